"""Benchmark: the extractor on the five seed reports, scored field by field against the seed.

`python -m atlas.extract.score` reads data/reports/ in one run (as the review page or the command
line would), pairs each draft with the hand-built seed event it describes (same dates first, then
kind, title and place), and counts for every field:

- a true positive when the draft's value equals the seed's,
- a false positive when the draft proposes a value the seed does not have (or a different one),
- a false negative when the seed has a value the draft lacks (or got wrong).

Lists count item by item: participation as (country, count) pairs, organisations as (organisation,
role) pairs matched to the seed's organisations by name or short name. A title counts as right
when its words and the seed's agree with an F1 of 0.5 or more (titles in the seed were written
by hand: "MMN 15th Anniversary Workshop" for the report's "15th Anniversary Workshop").
Outcomes are scored over the whole run (the seed ties some to a project, not an event): each
seed outcome is paired with a proposed one of the same type, the closest title first, and the
quantity is scored on the pairs. A draft no seed event matches counts every field it fills as a
false positive; a seed event no draft matches counts every field it has as a false negative.
Overall is the micro-average over all fields. Nothing here tunes the extractor: it only reads
its output.

A folder of reports (a blind set, each report read on its own) is scored the same way, except
that a draft pairs only with an expected event, and an outcome only with an expected outcome, of
the report it was read from. Until 2026-12-01 the pairing ran over the whole folder, so an event
one report's reading invented could pair with an event another report told and the reading of
that report missed; tools/rescore_first_runs.py says what that did to each recorded first run.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

from atlas import dates
from atlas.extract.documents import read_path
from atlas.extract.drafts import SCALAR_FIELDS, Draft, LooseOutcome, Outcome
from atlas.extract.merging import title_match
from atlas.extract.pipeline import Reading, read_texts
from atlas.extract.truth import EXTRA, HOLDOUT, ROOT, SEED, Truth, load_expected, load_truth  # noqa: F401
from atlas.folding import fold_for_scoring

RESULTS = ROOT / "bench" / "extract-results.md"
SCALARS = SCALAR_FIELDS
FIELDS = (*SCALARS, "participation", "organisations", "outcomes", "outcome_quantity")


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Tally) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Score:
    fields: dict[str, Tally] = field(
        default_factory=lambda: {f: Tally() for f in ("events", *FIELDS)}
    )
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        """Count `other`'s fields and misses in with these (reports scored one by one)."""
        for name, tally in other.fields.items():
            self.fields[name].add(tally)
        self.misses.extend(other.misses)

    @property
    def overall(self) -> Tally:
        total = Tally()
        for name, tally in self.fields.items():
            if name != "events":
                total.add(tally)
        return total


def _draft_value(d: Draft, name: str) -> str | None:
    value = getattr(d, name)
    if name == "participants_at_least":
        return "true" if value else None
    if name in ("start_date", "end_date"):
        return dates.iso_at_precision(value, d.date_precision) if value else None
    return None if value is None else str(value)


def _seed_value(e: dict, name: str) -> str | None:
    value = e.get(name) or None
    if name == "participants_at_least":
        return "true" if value in ("true", True) else None
    return None if value is None else str(value)


def _pair_score(d: Draft, e: dict) -> float | None:
    """How well a draft and an expected event agree, or None when they are not the same event.
    Equal dates weigh most; a draft with a wrong date can still pair on kind, title and place,
    so that its other fields are scored rather than all counted as extra."""
    same_type = d.event_type == e["event_type"]
    title = title_match(d.title, e["title"])
    if not same_type and title < 0.5:
        return None
    score = 2.0 if _draft_value(d, "start_date") == _seed_value(e, "start_date") else 0.0
    score += title + (1.0 if same_type else 0.0)
    score += 1.0 if d.city and d.city == e["city"] else 0.0
    score += 1.0 if d.country_iso3 and d.country_iso3 == e["country_iso3"] else 0.0
    return score if score >= 1.5 else None


def _count(tally: Tally, got: object, want: object, same: bool) -> str | None:
    if got is not None and want is not None:
        if same:
            tally.tp += 1
            return None
        tally.fp += 1
        tally.fn += 1
        return "wrong"
    if got is not None:
        tally.fp += 1
        return "extra"
    if want is not None:
        tally.fn += 1
        return "missed"
    return None


def _one_report(truth: Truth) -> bool:
    """Whether the truth is one report's or one run's (the seed's rows name no report): then any
    draft may pair with any expected event; else only with one of the report it was read from."""
    return len(truth.labels) <= 1


def _same_report(source_name: str, report: str | None) -> bool:
    """A draft read from `source_name` (a file name) and an expected item of `report` (its stem)."""
    return Path(source_name).stem == report


def match(drafts: list[Draft], truth: Truth) -> dict[int, int]:
    """Which expected event each draft describes (draft index -> event index), best pairs first;
    a draft no expected event matches is left out. In a folder of reports a draft pairs only
    with an expected event of its own report: a report's invented event may not "find" another
    report's event of the same kind."""
    anywhere = _one_report(truth)
    pairs = sorted(
        (
            (s, i, j)
            for i, d in enumerate(drafts)
            for j, e in enumerate(truth.events)
            if (anywhere or _same_report(d.source_name, e.get("report")))
            and (s := _pair_score(d, e)) is not None
        ),
        reverse=True,
    )
    matched: dict[int, int] = {}
    used: set[int] = set()
    for _, i, j in pairs:
        if i not in matched and j not in used:
            matched[i] = j
            used.add(j)
    return matched


def score(
    drafts: list[Draft],
    truth: Truth,
    loose: list[Outcome | LooseOutcome] | None = None,
    *,
    pairs: dict[int, int] | None = None,
    exact_titles: bool = False,
) -> Score:
    """Field by field; `loose` are outcomes the run found with no event to go with them. `pairs`
    (draft index -> expected event index) when it is known which draft became which event (a
    review's record), else they are matched by `match`; `exact_titles` counts a title right only
    when it is the same text (a title a person saved), not when half its words agree."""
    result = Score()
    matched = match(drafts, truth) if pairs is None else dict(pairs)
    used = set(matched.values())
    result.fields["events"].tp = len(matched)
    result.fields["events"].fp = len(drafts) - len(matched)
    result.fields["events"].fn = len(truth.events) - len(matched)

    def org_key(name: str) -> str:
        return truth.org_ids.get(fold_for_scoring(name), fold_for_scoring(name))

    for i, d in enumerate(drafts):
        e = truth.events[matched[i]] if i in matched else {}
        label = e.get("label") or f"(no seed event) {d.title}"
        for name in SCALARS:
            got, want = _draft_value(d, name), _seed_value(e, name) if e else None
            same = (
                title_match(got, want) >= 0.5
                if name == "title" and got and want and not exact_titles
                else got == want
            )
            how = _count(result.fields[name], got, want, same)
            if how:
                result.misses.append(f"{label}: {name} {how} (proposed {got!r}, seed {want!r})")
        got_parts = {(p.country_iso3, p.participants) for p in d.participation}
        got_orgs = {(org_key(o.name), o.role) for o in d.organisations}
        for name, got_set, want_set in (
            ("participation", got_parts, truth.participation[matched[i]] if e else set()),
            ("organisations", got_orgs, truth.organisations[matched[i]] if e else set()),
        ):
            tally = result.fields[name]
            tally.tp += len(got_set & want_set)
            tally.fp += len(got_set - want_set)
            tally.fn += len(want_set - got_set)
            for item in sorted(got_set - want_set, key=str):
                result.misses.append(f"{label}: {name} extra {item}")
            for item in sorted(want_set - got_set, key=str):
                result.misses.append(f"{label}: {name} missed {item}")
    for j, e in enumerate(truth.events):
        if j in used:
            continue
        result.misses.append(f"{e['label']}: event missed")
        for name in SCALARS:
            _count(result.fields[name], None, _seed_value(e, name), False)
        result.fields["participation"].fn += len(truth.participation[j])
        result.fields["organisations"].fn += len(truth.organisations[j])
    _score_outcomes(drafts, truth, result, loose or [])
    return result


def _score_outcomes(
    drafts: list[Draft], truth: Truth, result: Score, loose: list[Outcome | LooseOutcome]
) -> None:
    """Outcomes paired by type and title, within their report as events are (match); a loose
    outcome given as a bare Outcome (one report's) may pair with any."""
    found = [(o, d.source_name) for d in drafts for o in d.outcomes] + [
        (lo.outcome, lo.source_name) if isinstance(lo, LooseOutcome) else (lo, None) for lo in loose
    ]
    proposed = [o for o, _source in found]
    anywhere = _one_report(truth)
    pairs = sorted(
        (
            (title_match(o.title, s["title"]), i, j)
            for i, (o, source) in enumerate(found)
            for j, s in enumerate(truth.outcomes)
            if o.outcome_type == s["outcome_type"]
            and (anywhere or source is None or _same_report(source, s.get("report")))
        ),
        reverse=True,
    )
    matched: dict[int, int] = {}
    used: set[int] = set()
    for _, i, j in pairs:
        if i not in matched and j not in used:
            matched[i] = j
            used.add(j)
    tally, quantity = result.fields["outcomes"], result.fields["outcome_quantity"]
    tally.tp += len(matched)
    tally.fp += len(proposed) - len(matched)
    tally.fn += len(truth.outcomes) - len(matched)
    for i, o in enumerate(proposed):
        want = truth.outcomes[matched[i]]["quantity"] or None if i in matched else None
        got = None if o.quantity is None else str(o.quantity)
        how = _count(quantity, got, want, got == want)
        if i not in matched:
            result.misses.append(f"outcome extra: {o.outcome_type} {o.title!r}")
        elif how:
            result.misses.append(
                f"outcome {truth.outcomes[matched[i]]['outcome_id']}: quantity {how} (proposed {got}, seed {want})"
            )
    for j, s in enumerate(truth.outcomes):
        if j not in used:
            result.misses.append(f"outcome missed: {s['outcome_id']} ({s['outcome_type']})")
            if s["quantity"]:
                quantity.fn += 1


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def table(result: Score) -> str:
    lines = [
        "| field | TP | FP | FN | precision | recall | F1 |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    rows = [*result.fields.items(), ("**overall (fields)**", result.overall)]
    for name, t in rows:
        lines.append(
            f"| {name} | {t.tp} | {t.fp} | {t.fn} | {_fmt(t.precision)} | {_fmt(t.recall)} | {_fmt(t.f1)} |"
        )
    return "\n".join(lines)


def report_texts(truth: Truth) -> list[tuple[str, str]]:
    """The truth's reports as (text, file name), as the extractor takes them."""
    return [(read_path(p), p.name) for p in truth.reports]


def read_reports(truth: Truth, one_run: bool) -> tuple[list[tuple[str, str]], list[Reading]]:
    """The truth's reports (report_texts) and what the extractor read in them: in one run, or
    each report on its own as the benchmark reads a folder."""
    texts = report_texts(truth)
    return texts, [read_texts(texts)] if one_run else [read_texts([text]) for text in texts]


def run(truth: Truth, one_run: bool) -> tuple[list[Draft], Score]:
    """The drafts for the truth's reports (read as one run, or each on its own) and their score."""
    _texts, readings = read_reports(truth, one_run)
    drafts = [d for r in readings for d in r.drafts]
    loose = [o for r in readings for o in r.loose_outcomes]
    return drafts, score(drafts, truth, loose)


BLIND = ROOT / "tests" / "data" / "reports_blind"
UNSEEN = ROOT / "tests" / "data" / "reports_unseen"
BLIND2 = ROOT / "tests" / "data" / "reports_blind2"
BLIND3 = ROOT / "tests" / "data" / "reports_blind3"
BLIND4 = ROOT / "tests" / "data" / "reports_blind4"
BLIND5 = ROOT / "tests" / "data" / "reports_blind5"
BLIND6 = ROOT / "tests" / "data" / "reports_blind6"
BLIND7 = ROOT / "tests" / "data" / "reports_blind7"
BLIND8 = ROOT / "tests" / "data" / "reports_blind8"
BLIND9 = ROOT / "tests" / "data" / "reports_blind9"
BLIND10 = ROOT / "tests" / "data" / "reports_blind10"
BLIND11 = ROOT / "tests" / "data" / "reports_blind11"
BLIND12 = ROOT / "tests" / "data" / "reports_blind12"
BLIND13 = ROOT / "tests" / "data" / "reports_blind13"
BLIND14 = ROOT / "tests" / "data" / "reports_blind14"
BLIND15 = ROOT / "tests" / "data" / "reports_blind15"
BLIND16 = ROOT / "tests" / "data" / "reports_blind16"
BLIND17 = ROOT / "tests" / "data" / "reports_blind17"
BLIND18 = ROOT / "tests" / "data" / "reports_blind18"
BLIND19 = ROOT / "tests" / "data" / "reports_blind19"
BLIND20 = ROOT / "tests" / "data" / "reports_blind20"
BLIND21 = ROOT / "tests" / "data" / "reports_blind21"
BLIND22 = ROOT / "tests" / "data" / "reports_blind22"
BLIND23 = ROOT / "tests" / "data" / "reports_blind23"
BLIND24 = ROOT / "tests" / "data" / "reports_blind24"
BLIND25 = ROOT / "tests" / "data" / "reports_blind25"
BLIND26 = ROOT / "tests" / "data" / "reports_blind26"
BLIND27 = ROOT / "tests" / "data" / "reports_blind27"
BLIND28 = ROOT / "tests" / "data" / "reports_blind28"
BLIND29 = ROOT / "tests" / "data" / "reports_blind29"
BLIND30 = ROOT / "tests" / "data" / "reports_blind30"
BLIND31 = ROOT / "tests" / "data" / "reports_blind31"
BLIND32 = ROOT / "tests" / "data" / "reports_blind32"
BLIND33 = ROOT / "tests" / "data" / "reports_blind33"
BLIND34 = ROOT / "tests" / "data" / "reports_blind34"
BLIND35 = ROOT / "tests" / "data" / "reports_blind35"
BLIND36 = ROOT / "tests" / "data" / "reports_blind36"
BLIND37 = ROOT / "tests" / "data" / "reports_blind37"
BLIND38 = ROOT / "tests" / "data" / "reports_blind38"
BLIND39 = ROOT / "tests" / "data" / "reports_blind39"
BLIND40 = ROOT / "tests" / "data" / "reports_blind40"
BLIND41 = ROOT / "tests" / "data" / "reports_blind41"
BLIND42 = ROOT / "tests" / "data" / "reports_blind42"

# The kinds of text the thirteenth set's round wrote rules for (its 'tuned' entry).
KINDS13 = (
    "a project completion report's title page naming its executing or lead organisation, its "
    "proponent, its financing, 'all activities funded by' and 'implemented in partnership "
    "with' for every event; a one-word fund's, a fund named head first and a centre's town or "
    "country after its name; Catalan 'i' inside a name; an event's own name in quotes after "
    "its noun as its title; a two-column table of participants by country with one bar a "
    "line; people counted then split by nationality ('29 participants, 18 Cambodian and 11 "
    "Thai'), nationalities as plural nouns with counts in brackets"
)

# The kinds of text the fourteenth set's round wrote rules for (its 'tuned' entry).
KINDS15 = (
    "a course given in batches or cohorts ('Batch 1 - Duhok', 'Cohort 3, Arua', 'the second "
    "cohort met') as one training per batch, never 'a cohort of', 'a batch of leaflets' or "
    "'applications for the second cohort'; a training given in modules or blocks dated in one "
    "list as running from the first module's first day to the last module's last day; a study "
    "tour's or exposure visit's report naming and dating the tour in its title block as one "
    "event of those days, in the town it stayed in or its title's place, counted by its "
    "delegation, with the visits, forums and seminars of its programme inside it"
)
KINDS16 = (
    "a mission's or trip's header line ('Mission: <town>, <province>, <country>, <dates>', "
    "'Destination:', 'Subject: Mission to', 'Route: <home> - <town> - <town>') placing each "
    "activity below it with no place of its own in the header's town its line names, or, dated "
    "within the mission's days, in its one town or its towns' country, never a meeting after the "
    "return; a members' bulletin's items headed by their place ('Mokpo: training for ...', "
    "'Poipet, Cambodia - ...', 'Skopje (North Macedonia): ...') placing the events told under "
    "them, an item headed 'Online' placed nowhere; a plain-text activity table whose columns are "
    "aligned with spaces read row by row; a table's place cell naming the town first, then its "
    "venue ('Kurnool, Town Hall'), never a district; a date cell with an abbreviated month and no "
    "year ('21 Feb', 'Sun 11 Aug', 'Apr - May') in the report's year; an activity line whose "
    "event noun ends it named whole; a venue between commas before the event's town; 'Plans for "
    "Quarter 2' and a lettered 'D. Follow-up' as plans"
)
KINDS18 = (
    "the writer of a chronology or timeline, a proposal's track record, a speech or a "
    "newsletter's interview named in its head ('X (AB)' over 'Timeline of activities', "
    "'Applicant: X', 'Submitted by: X', 'Closing remarks of the Director, X', 'a conversation "
    "with the coordinator of X', 'Bulletin of X' over a member's interview, a background opening "
    "'X was founded in') as organiser of the events with no other organiser, and 'we organised "
    "... together with Y' making Y an organiser with it; one funder for the events above ('All "
    "of the above was funded by X, except the rally', 'These activities were financed by X', "
    "'All activity in 2024 was with support from X') or for the events a sentence names by their "
    "kind ('The consultation and the training were paid by X', 'Thank you to X, which paid the "
    "training and the job fair'); a proposal's 'Proposed activities', 'What we propose' and 'Our "
    "plan for the new project' as plans; a chronology's postponed, cancelled, 'not done' and "
    "'(planned)' lines as no events; Buddhist Era years in date places ('08/01/2567', "
    "'5-9 Feb 2567') as the Common Era year, a quarter to its year, 'In October, 11 to 13,' as "
    "those days, 'Last year in May' as the year before the report's, a month named first as the "
    "month of the full date later in the sentence"
)
KINDS17 = (
    "minutes' numbered agenda items ('1.1 ...', '2.3 ...') read one by one under their title, "
    "and an evaluation's numbered subsection titles ('3.1 Peer educators') as headings; minutes, "
    "results-framework and logframe narratives and an evaluation headed by their writer naming "
    "it organiser of the events with no organiser of their own, and a letter's writer named in "
    "its opening lines ('news of X', 'a catch-up from X', 'what X did'); funding lines for every "
    "event ('Funding: all activities were supported by X', 'All activities above were funded by "
    "X', 'X funded all activities', 'except the festival') no longer given to the nearest; "
    "minutes' decisions and agreements, 'Plans for 2025 (approved)', 'Next X meeting', letters' "
    "hopes ('we dream of', 'inchallah', 'the coming months', 'Coming up:'), 'we are planning' "
    "and 'postponed because' as plans; a count of a year's meetings announcing the one told as "
    "none; 'Present (10):' and 'N out of M members' as counts; a work named in quotes presented "
    "at a venue as a launch; a health day or documentation day as an event"
)
KINDS14 = (
    "public actions and community events as events (a sit-in, a free health camp, an "
    "eco-camp, a Festival 'of', a tree planting day or planting marathon, a People's Hearing, "
    "a side event or side session after its determiner, a panel on a subject); an "
    "international day observed on a fixed date ('On World Water Day', 'the Day of the "
    "Seafarer', 'May Day') as that day in the report's year, never a movable or national day; "
    "'for six days from 11 October' as the span of those days; 'we want to repeat' as a "
    "plan; a possessive word for people ('a People's Hearing', 'women's groups') as no count; "
    "a report's first block of short title and form lines read line by line, and yearly "
    "highlights, a case study or a report to a funder headed by its writer's name naming it "
    "organiser of the events with no organiser of their own"
)

# The kinds of text the twelfth set's round wrote rules for (its 'tuned' entry and the note).
KINDS12 = (
    "posts dated each by a line of their own and threads with numbered posts, times and "
    "their day in the heading, 'Day 1 of the ...', a page's, thread's or blog's owner as "
    "organiser, thanks in the writer's language and 'who paid the travel', an emoji ending "
    "a sentence, a team whose flight was cancelled; an evaluation's title block naming and "
    "dating its event, its recommendations for the next time and a progress report's plans "
    "for the next period as plans, a progress report's addressee fund as funder, "
    "'Stiftung'; a hui as a meeting; a date in ', which we lodged ... on <date>'"
)

# The numbers before this benchmark's last round of rules cannot be computed from the code as it
# is now; they are the first runs, recorded when they were made (bench/extract-*-first-run.txt
# keep the blind and unseen ones as printed). "Start" is the extractor as it was before the
# round (commit 058f762), run on every set with this scorer.
HONEST_NOTE = (
    "Every 'F1 now' above is on text whose misses were read while the rules were written, and "
    "says only that those rules hold there; the first runs say how they hold on new text. Each "
    "round of rules after a first run is named in its set's 'rules tuned on it?' cell and "
    "tested on sentences of its own in tests/test_extract_*.py (its set's section below names "
    "the file); the README's table gives each round's score before and after. Four generalisation rounds were "
    "written on short reports of our own (tests/data/dev_shapes3 to dev_shapes6, not scored "
    "here), each measured only by the next first run. The unseen set was written after the "
    "first blind set's misses had been worked through: the extractor before that round scored "
    "0.64 on it and the one after 0.68, so the gain a round buys on new text is of that order, "
    "not the 0.47 -> 0.99 the first blind set shows on seen text."
)

# A learned check on home countries was measured and not made part of the extractor.
HOME_CHECK_NOTE = (
    "A learned check on participants' home countries (atlas/extract/home_check.py: a logistic "
    "regression on the rules' findings and a reader's cues for every country a report names, "
    "trained by tools/train_home_check.py) was measured leave-one-set-out and is not part of "
    "the extractor: on today's extractor, whose rules were written with every set's misses "
    "read, home-country F1 pooled over the 20 annotated sets stays 0.89; on the eleven blind "
    "sets as the extractor of each first run read them it rises 0.49 -> 0.64 (tenth set 0.57 "
    "-> 0.66) but the unseen set falls 0.50 -> 0.40, and three of those sets' misses were read "
    "while its features were chosen; per set in bench/extract-home-check.md. Scores on sets a "
    "model or a rule was trained on are on seen text. Trained on those first runs and applied "
    "to the eleventh blind set's first run (a test and its bar written before the set), it "
    "moved home countries 0.44 -> 0.47 and overall F1 0.51 -> 0.51, at the bar's edge, but it "
    "broke written cases of the rules (it dropped homes a sentence counts and added countries "
    "no sentence gives), so it stays out. On the later first runs (bench/extract-blind12-, "
    "-blind13- and -blind14-first-run.txt) it put no home country right and one more wrong on "
    "the twelfth, 3 fields fewer right on the thirteenth, and home countries 0.58 -> 0.62 (5 "
    "more right, 2 more wrong) on the fourteenth. Leave-one-set-out over all fifteen earlier "
    "first runs it rises 0.49 -> 0.57 pooled, adding only (no set down by more than 0.01); "
    "trained on them and applied to the fifteenth set's first run, it added 8 wrong homes and "
    "no right one (0.58 -> 0.56)."
)


def benchmark_sets() -> list[tuple[str, Truth, bool, str, str, str]]:
    """(heading, truth, read in one run, tuned on?, F1 history, about) for each set."""
    return [
        (
            "The five seed reports",
            load_truth(),
            True,
            "yes: the rules were written while reading them",
            "0.98 at the start of this round",
            "data/reports/ read in one run, scored against the hand-built seed in data/seed/.",
        ),
        (
            "The ten extra reports",
            load_expected(),
            False,
            "yes, after their first run",
            "first run 0.88; 1.00 at the start",
            "tests/data/reports_extra/, each read on its own, scored against the JSON written "
            "by hand beside each report. The extractor's general rules were corrected after the "
            "first run on these (which scored 0.88 overall), so they are no longer unseen.",
        ),
        (
            "Four held-out reports",
            load_expected(HOLDOUT),
            False,
            "yes, after their first run",
            "first run 0.45; 0.58 at the start",
            "tests/data/reports_holdout/, written with their JSON after the rules above were "
            "settled. Their first run scored 0.45 overall; four general rules were added after it "
            "and scored 0.58; their remaining misses (ordinals of events, months without a year, "
            "a launch told by its verb, 'Republic of Korea', an adopted strategy) were among the "
            "patterns this round of rules was written for, so they are seen.",
        ),
        (
            "Eight blind reports",
            load_expected(BLIND),
            False,
            "yes, after their first run",
            "first run 0.47 (written and committed before the extractor was run on them)",
            "tests/data/reports_blind/, written with their JSON before the extractor was run on "
            "them or its code read for them, and scored once (bench/extract-blind-first-run.txt). "
            "Their misses were then read and rules were added for the patterns behind them, so "
            "this score is on seen text. None of their expected JSON was edited after that run.",
        ),
        (
            "Six unseen reports",
            load_expected(UNSEEN),
            False,
            "yes, after their first run",
            "start extractor 0.64; first run 0.68",
            "tests/data/reports_unseen/, written with their JSON after the rules for the blind set "
            "were settled and before the extractor was run on them; their first run scored 0.68 "
            "(bench/extract-unseen-first-run.txt; the extractor before this round scores 0.64 on "
            "them). Rules were then added for what they showed (a forum, dates in brackets without "
            "a year, 'the second and third ... with 30 and 27 participants', 'at the same venue', "
            "an event moved online), so this score is on seen text too. None of their expected JSON "
            "was edited.",
        ),
        (
            "A second blind set",
            load_expected(BLIND2),
            False,
            "yes, after their first run",
            "first run 0.64 (precision 0.83, recall 0.53; home countries 0.48, organisations 0.55, outcomes 0.56), "
            "written and committed before the extractor was run on them",
            "tests/data/reports_blind2/, 23 reports in South-East and South Asian, African, Latin "
            "American and European styles, written with their JSON and committed before the extractor "
            "was run on them; the first run, field by field, is in bench/extract-blind2-first-run.txt. "
            "Rules for the kinds of text issue 16 lists were then written and tested on sentences of "
            "their own, and these reports' misses were read, so this score is on seen text. None of "
            "their expected JSON was edited after the first run.",
        ),
        (
            "A third blind set",
            load_expected(BLIND3),
            False,
            "yes: rules written after its first run with its misses read (dates by context, events "
            "within a conference, home countries, organisations, outcomes, events and places)",
            "first run 0.60 (precision 0.76, recall 0.50; home countries 0.33, organisations 0.50, "
            "outcomes 0.56), written and committed before the extractor was run on them",
            "tests/data/reports_blind3/, 23 reports in South-East and South Asian, African, Latin "
            "American, European, Pacific and Middle Eastern styles, written with their JSON and "
            "committed before the extractor was run on them or its rules read; the first run, field "
            "by field, is in bench/extract-blind3-first-run.txt. Two general rules were then written "
            "for what it and the second set missed (dates by context: 'at the end of', 'the second "
            "week of', 'a year later', 'the following March'; an event held within a larger "
            "conference), each tested on sentences of its own. Its misses were then read again "
            "while outcomes were rewritten as a verb crossed with an object (atlas/extract/"
            "outcome_lexicon.py) and while rules for launches told the other way round, series "
            "totals, courses and dates in a clause about a publication were written, so this score "
            "is on seen text. None of their expected JSON was edited after the first run.",
        ),
        (
            "A fourth blind set",
            load_expected(BLIND4),
            False,
            "yes: rules written after its first run with its misses read (home countries, "
            "events, places, organisation names), then the second generalisation round",
            "first run 0.74 (precision 0.83, recall 0.67; home countries 0.40, organisations 0.71, "
            "outcomes 0.82), written and committed before the extractor was run on them",
            "tests/data/reports_blind4/, 24 reports in South-East and South Asian, African, Latin "
            "American and European styles, written with their JSON and committed before the "
            "extractor was run on them; the first run, field by field, is in "
            "bench/extract-blind4-first-run.txt. General rules were then written for the kinds of "
            "text it missed ('They came from A, B and C', bodies after a colon with their "
            "countries in brackets, the makers of a work shown, launches 'presented to the public', "
            "first screenings, handovers, a conference that only hosts the next sentence's "
            "workshop, a legislature named as a place, a town in a region of a named country, "
            "names cut at 'of the South', 'and Kenya', 'in the Maghreb'), each tested on "
            "sentences of its own, with these reports' misses read, so this score is on seen "
            "text (0.90 then; 0.92 after the second generalisation round of issue 16, whose rules "
            "were written from sentences of their own and checked here). None of their expected "
            "JSON was edited after the first run.",
        ),
        (
            "A fifth blind set",
            load_expected(BLIND5),
            False,
            "yes: rules written after its first run with its misses read (events told by "
            "'met at', 'an exchange for/with', a gathering, a dateline, minutes' labels, a heading's "
            "date; home countries; organisations; outcomes; venues)",
            "first run 0.66 (precision 0.85, recall 0.54; home countries 0.52, organisations 0.70, "
            "outcomes 0.84), written and committed before the extractor was run on them",
            "tests/data/reports_blind5/, 27 reports in Pacific, South Asian, South-East Asian, "
            "African, Latin American and European styles, written with their JSON by a writer who "
            "never read the rules, and committed before the extractor was run on them; the first "
            "run, field by field, is in bench/extract-blind5-first-run.txt. General rules were "
            "then written for the kinds of text it missed (counted people who 'met at' a place, "
            "'an exchange for/with', 'a gathering', a launch dated between its verb and venue, a "
            "petition handed over where they marched to, a dateline closed by a full stop, minutes "
            "with 'Date:' and 'Place:' labels, a heading's date, 'The second, held in ...'; several kinds of people counted "
            "together, 'attended, from A'; funders told by what they paid for, names after a "
            "description; recommendations drawn, agendas adopted; the venue where people met; and "
            "for precision: plans, 'the first of four', a forum that only hosts a side workshop), "
            "each tested on sentences of its own, with these reports' misses read, so this score "
            "is on seen text. None of their expected JSON was edited after the first run.",
        ),
        (
            "A sixth blind set",
            load_expected(BLIND6),
            False,
            "yes: rules written after its first run with its misses read (organisations named "
            "once for a whole report, names with 'and' or 'to'; commitments, things handed out, "
            "communiqués; a study released, a legislature, a named body, a part of a programme; "
            "venues, provinces, 'Benin City'; homes after a list of bodies, the largest group; "
            "people a study heard; days after a month; venues named kind first; dated clauses of "
            "one long sentence)",
            "first run 0.73 (precision 0.82, recall 0.65; home countries 0.65, organisations 0.57, "
            "outcomes 0.64; 40 of 44 events found, 4 invented), written and committed before the "
            "extractor was run on them",
            "tests/data/reports_blind6/, 26 reports in South and South-East Asian, African, Latin "
            "American, Pacific, Central Asian and European styles, written with their JSON by a "
            "writer who never read the rules, and committed before the extractor was run on them "
            "(after the third generalisation round); the first run, field by field, is in "
            "bench/extract-blind6-first-run.txt. General rules were then written for the kinds of "
            "text it missed (a grant-maker's summary funds every grantee's event, a project's "
            "funder told once, a log headed by its writer; places joined by 'and' are no name, "
            "'on the Right to Food and Land' keeps its name whole; bodies that agreed, undertook, "
            "committed or promised to act; things handed out, counted, in a log line with no verb; "
            "a communiqué adopted, a circle set up, a documentary premiered; a study released at a "
            "venue; a national congress, a body named after 'with the', the part of a programme "
            "are no events; a venue's first word is no town, a town over its province, 'Benin "
            "City' in Nigeria; homes after a list of bodies, the largest group and its size; "
            "people a study interviewed are no count; days told after their month; a venue named "
            "kind first, 'the Sala Mendoza'; the dated clauses of one long sentence read one by "
            "one, an event 'at that training' named again), each tested "
            "on sentences of its own, with these reports' misses read, so this score is on seen "
            "text (0.86; 0.87 after the fourth generalisation round, written on reports of its "
            "own). None of their expected JSON was edited after the first run.",
        ),
        (
            "A seventh blind set",
            load_expected(BLIND7),
            False,
            "yes: rules written after its first run with its misses read (a series' meetings "
            "told with no date of their own; plans; forms; an event told again with a finer "
            "date; 'It was ...'; a work launched; homes in French word order, after a colon, by "
            "nationality; names after a month; an e-mail's writer and funder; outcomes)",
            "first run 0.54 (precision 0.67, recall 0.44; home countries 0.51, organisations 0.43, "
            "outcomes 0.60; 24 of 39 events found, 16 invented), written and committed before the "
            "extractor was run on them",
            "tests/data/reports_blind7/, 32 reports in South-East, South and Central Asian, "
            "African, Latin American and Caribbean, Pacific and Balkan styles, written with their "
            "JSON by a writer who never read the rules, and committed before the extractor was "
            "run on them (after the fourth generalisation round); the first run, field by field, "
            "is in bench/extract-blind7-first-run.txt. General rules were then written for the "
            "kinds of text it missed: a series' meetings told with no date, place or count of "
            "their own are no separate dated events (the convention every set's JSON now "
            "follows; only dev_shapes4/e10, a set of our own, was changed for it), a series "
            "named again ('all six dialogues') is no new one, 'The second and third dialogues "
            "took place in A and B' reads places in order; 'Follow-up:', 'agreed to hold' and "
            "'not yet reported' are plans; a form's title line told by the lines after it, its "
            "venue and town on lines of their own, its organisations by their labels; the one "
            "event of a kind told again by 'the' with a finer date; an event named, then told "
            "by 'It was ...'; a work named first, then launched at a venue; homes 'coming of A, "
            "of B', after 'sent by member organisations:', by nationality after 'were "
            "represented'; a month before a name; an e-mail's writer and funder; a plea "
            "adopted, a body put in place or its creation decided, a manual finalised; a "
            "dateline's 'yesterday', an assembly of workers (not a legislature), a committee's "
            "size that is no count. Each was "
            "tested on sentences of its own (tests/test_extract_series.py), with these reports' "
            "misses read, so this score is on seen text. None of their expected JSON was "
            "edited after the first run.",
        ),
        (
            "An eighth blind set",
            load_expected(BLIND8),
            False,
            "yes: rules written after its first run with its misses read (series announced then "
            "told one by one, a dash or a date's number counting no events; activity tables and "
            "logs read row by row; dates in numbers, by weekday, 'the 2nd and the 6th', ordinal "
            "days after a month, abbreviated months in log lines, a plan's year; towns after "
            "their kind, their topic or a venue and a comma, towns that hosted, other names; "
            "minutes' title lines; events dated without a year, conventions; codes in brackets)",
            "first run 0.50 (precision 0.70, recall 0.38; home countries 0.49, organisations 0.24, "
            "outcomes 0.62; 26 of 43 events found, 11 invented), written and committed before the "
            "extractor was run on them",
            "tests/data/reports_blind8/, 26 reports in seven kinds of document (narrative "
            "reports, progress reports to a donor, minutes, blog posts, trip reports, newsletter "
            "round-ups, activity tables and logs) from Africa, the Americas, Asia, Europe with the "
            "Caucasus and Oceania, written with their JSON by a "
            "writer who never read the rules, and committed before the extractor was run on them "
            "(after the fifth generalisation round); the first run, field by field, is in "
            "bench/extract-blind8-first-run.txt. General rules were then written for the kinds "
            "of text it missed in events, dates, places, counts and home countries (tables, "
            "logs, minutes, trip reports, newsletters, blogs), each tested on sentences of its "
            "own (tests/test_extract_round8.py), with these reports' misses read, so this score "
            "is on seen text; organisations and outcomes had a round of their own, with the "
            "same misses read (tests/test_extract_orgs_outcomes8.py). None of their expected JSON "
            "was edited after the first run.",
        ),
        (
            "A ninth blind set",
            load_expected(BLIND9),
            False,
            "yes: rules written after its first run with its misses read, for events, dates, "
            "places, counts and home countries (forms' labels and numbered lines, a venue after a "
            "dash, events planned for a date or only an idea, weekdays before days, abbreviated "
            "months, short country names, 'Country: N' and 'from Country N' counts, a dateline "
            "on its own line dating 'today', a title's line of place and date)",
            "first run 0.56 (precision 0.79, recall 0.43; home countries 0.33, organisations 0.53, "
            "outcomes 0.81; 18 of 29 events found, 6 invented), written and committed before the "
            "extractor was run on them",
            "tests/data/reports_blind9/, 26 reports in seven kinds of document (plain narratives, "
            "press releases, e-mails, completion forms, social-media posts and threads, success "
            "and Most Significant Change stories, rapporteur's and evaluation summaries) from "
            "Africa, the Americas, Asia, Europe and Oceania, written with their JSON by a writer "
            "who never read the rules, and committed before the extractor was run on them (after "
            "the eighth set's two rounds of rules); the first run, field by field, is in "
            "bench/extract-blind9-first-run.txt. General rules were then written for the kinds "
            "of text it missed in events, dates, places, counts and home countries, each tested "
            "on sentences of its own (tests/test_extract_round9.py), and for its organisations "
            "and outcomes in a round of their own (tests/test_extract_orgs_outcomes9.py), with "
            "these reports' misses read, so this score is on seen text. None of their expected "
            "JSON was edited after the first run.",
        ),
        (
            "A tenth blind set",
            load_expected(BLIND10),
            False,
            "yes: rules written after its first run with its misses read, for events, dates, "
            "places and counts (a town after a holding verb and its date, a venue's address "
            "closed by its town, people who came together at a named place, dates written year "
            "first, an event a letter names told by its own clause, a series told only as a "
            "whole, towns opening with an accented capital), and for organisations and outcomes "
            "(bodies told by what they are, roles told by hosting, sponsoring, co-convening and "
            "facilitating, a report's writer in more kinds of heading, short names by initials, "
            "an agreement's parts and signers, a body's members)",
            "first run 0.54 (precision 0.73, recall 0.43; home countries 0.57, organisations 0.44, "
            "outcomes 0.69; 22 of 32 events found, 11 invented), written and committed before the "
            "extractor was run on them",
            "tests/data/reports_blind10/, 24 reports in six kinds of document (plain narratives, "
            "communiqués and declarations, letters, exported WhatsApp group chats, annual report "
            "extracts, reports to a board or steering committee), written with their JSON by a "
            "writer who never read the rules, and committed before the extractor was run on them "
            "(after the sixth generalisation round); the first run, field by field, is in "
            "bench/extract-blind10-first-run.txt. General rules were then written for the kinds "
            "of text it missed in events, dates, places and counts, each tested on sentences of "
            "its own (tests/test_extract_round10.py), with these reports' misses read, so this "
            "score is on seen text. None of their expected JSON was edited after the first run.",
        ),
        (
            "An eleventh blind set",
            load_expected(BLIND11),
            False,
            "yes: rules written after its first run with its misses read (homes told by the "
            "largest group and the rest in order of size, a host country, people who did not "
            "come, bodies 'among them' those who came, tables and lists of those present by "
            "country; an N-day event that ended on the dateline's day, a headline between "
            "dateline and lead, 'Yesterday' opening a lead, month-first spans; gatherings named "
            "in their own language, 'The Forum' held, a summit as a meeting, an e-mail's quoted "
            "lines, an event named after 'of' told by its own clause; sections of next steps and "
            "'the next meeting' as plans; venues named hub, grounds or bhaban; a fund's or "
            "cooperative's home after its name, a trip or mission report's writer line and a "
            "grant's beneficiary as organiser)",
            "first run 0.51 (precision 0.72, recall 0.39; home countries 0.44, organisations 0.39, "
            "outcomes 0.67; 24 of 37 events found, 10 invented), written and committed before the "
            "extractor was run on them",
            "tests/data/reports_blind11/, 24 reports in six kinds of document (newsletters, "
            "minutes with attendance lists, press releases, mission reports, grant final reports, "
            "e-mail threads), written with their JSON by a writer who never read the rules, and "
            "committed before the extractor was run on them (after the tenth set's rounds); the "
            "first run, field by field, is in bench/extract-blind11-first-run.txt. General rules "
            "were then written for the kinds of text it missed, each tested on sentences of its "
            "own (tests/test_extract_round11.py), with these reports' misses read, so this score "
            "is on seen text. None of their expected JSON was edited after the first run.",
        ),
        (
            "A twelfth blind set",
            load_expected(BLIND12),
            False,
            "yes: rules written after its first run with its misses read (" + KINDS12 + ")",
            "first run 0.54 (precision 0.71, recall 0.44; home countries 0.44, organisations 0.53, "
            "outcomes 0.71; 23 of 34 events found, 10 invented), written and committed before the "
            "extractor was run on them",
            "tests/data/reports_blind12/, 24 reports in six kinds of document (blog posts by a "
            "participant, social-media threads, quarterly progress reports, stories of change, "
            "workshop evaluation summaries, bilingual notes in Thai, Bahasa Indonesia, Spanish "
            "and Swahili with English), a third of them on labour migration in South-East Asia, "
            "written with their JSON by a writer who never read the rules, and committed before "
            "the extractor was run on them (after the eleventh set's round); the first run, field "
            "by field, is in bench/extract-blind12-first-run.txt. General rules were then "
            "written for the kinds of text it missed, each tested on sentences of its own "
            "(tests/test_extract_round12.py), with these reports' misses read, so this score is "
            "on seen text. None of their expected JSON was edited after the first run.",
        ),
        (
            "A thirteenth blind set",
            load_expected(BLIND13),
            False,
            "yes: rules written after its first run with its misses read (" + KINDS13 + ")",
            "first run 0.64 (precision 0.81, recall 0.53; home countries 0.48, organisations 0.50, "
            "outcomes 0.92; 41 of 56 events found, 10 invented), written and committed before the "
            "extractor was run on them",
            "tests/data/reports_blind13/, 24 plain narrative reports of civil-society networks in "
            "four kinds (activities sections of annual reports, narrative reports of one event, "
            "project completion narratives, newsletter features), half of them on labour "
            "migration, trafficking or refugees in South and South-East Asia, the rest from "
            "Africa, Latin America and Europe, written with their JSON by a writer who never read "
            "the rules, and committed before the extractor was run on them (after the twelfth "
            "set's round); the first run, field by field, is in "
            "bench/extract-blind13-first-run.txt. General rules were then written for the kinds "
            "of text it missed, each tested on sentences of its own "
            "(tests/test_extract_round13.py), with these reports' misses read, so this score is "
            "on seen text. None of their expected JSON was edited after the first run.",
        ),
        (
            "A fourteenth blind set",
            load_expected(BLIND14),
            False,
            "yes: rules written after its first run with its misses read (" + KINDS14 + ")",
            "first run 0.58 (precision 0.85, recall 0.44; home countries 0.58, organisations 0.46, "
            "outcomes 0.64; 46 of 70 events found, 4 invented), written and committed before the "
            "extractor was run on them",
            "tests/data/reports_blind14/, 24 plain narrative reports of civil-society networks by "
            "other writers on other subjects than the thirteenth's, in four kinds (narrative "
            "reports to a donor on one grant period, reports of one regional meeting or "
            "conference, a network's yearly highlights, campaign case studies), half on migrant "
            "and domestic workers, fishers and seafarers in South-East and South Asia and the "
            "Gulf, the rest from Central Asia, the Pacific, Africa, Latin America and Eastern "
            "Europe, written with their JSON by a writer who never read the rules, and committed "
            "before the extractor was run on them (after the thirteenth set's round); the first "
            "run, field by field, is in bench/extract-blind14-first-run.txt. General rules were "
            "then written for the kinds of text it missed, each tested on sentences of its own "
            "(tests/test_extract_round14.py), with these reports' misses read, so this score is "
            "on seen text. None of their expected JSON was edited after the first run.",
        ),
        (
            "A fifteenth blind set",
            load_expected(BLIND15),
            False,
            "yes: rules written after its first run with its misses read (" + KINDS15 + ")",
            "first run 0.55 (precision 0.73, recall 0.44; home countries 0.58, organisations 0.32, "
            "outcomes 0.89; 35 of 60 events found, 14 invented), written and committed before the "
            "extractor was run on them",
            "tests/data/reports_blind15/, 24 plain reports of civil-society networks in four kinds "
            "the earlier sets did not have (press releases or news items on one or two events or "
            "public actions, exposure visits and study tours, training courses or schools in "
            "batches or cohorts, a network secretariat's report to its general assembly), half on "
            "migrant and domestic workers, fishers, seafarers and refugees in South-East, South "
            "and East Asia, the rest from Central Asia, the Middle East, Africa, Latin America, "
            "the Caribbean and Western Europe, written with their JSON by a writer who never read "
            "the rules, and committed before the extractor was run on them (after the fourteenth "
            "set's round); the first run, field by field, is in "
            "bench/extract-blind15-first-run.txt. General rules were then written for the kinds "
            "of text it missed, each tested on sentences of its own "
            "(tests/test_extract_round15.py), with these reports' misses read, so this score is "
            "on seen text. None of their expected JSON was edited after the first run.",
        ),
        (
            "A sixteenth blind set",
            load_expected(BLIND16),
            False,
            "yes: rules written after its first run with its misses read (" + KINDS16 + ")",
            "first run 0.45 (precision 0.72, recall 0.33; home countries 0.29, organisations 0.37, "
            "outcomes 0.81; 40 of 77 events found, 10 invented), written and committed before the "
            "extractor was run on them",
            "tests/data/reports_blind16/, 24 reports of civil-society networks in four kinds the "
            "earlier sets did not have (back-to-office and mission reports in headed sections and "
            "bullets, conference or forum proceedings session by session, quarterly or six-monthly "
            "updates with a plain-text activity table, members' e-bulletins and blog posts with "
            "several short items), half on migrant, domestic and care workers, fishers, seafarers, "
            "trafficking survivors and refugees in South-East, South and East Asia, the rest from "
            "Central Asia, the Middle East, Africa, Latin America, the Caribbean, the Pacific and "
            "Eastern Europe, written with their JSON by a writer who never read the rules, and "
            "committed before the extractor was run on them (after the fifteenth set's round); "
            "the first run, field by field, is in bench/extract-blind16-first-run.txt. General "
            "rules were then written for the kinds of text it missed, each tested on sentences of "
            "its own (tests/test_extract_round16.py), with these reports' misses read, so this "
            "score is on seen text. None of their expected JSON was edited after the first run.",
        ),
        (
            "A seventeenth blind set",
            load_expected(BLIND17),
            False,
            "yes: rules written after its first run with its misses read (" + KINDS17 + ")",
            "first run 0.60 (precision 0.75, recall 0.49; home countries 0.70, organisations 0.41, "
            "outcomes 0.78; 60 of 89 events found, 21 invented), written and committed before the "
            "extractor was run on them",
            "tests/data/reports_blind17/, 24 reports of civil-society networks in four kinds the "
            "earlier sets did not have (minutes of a steering committee or board whose items "
            "report past events and decide future ones, the findings section of a mid-term review "
            "or evaluation, letters to partners and donors, results-framework narratives of "
            "target against achieved), two thirds on migrant and domestic workers, fishers, "
            "trafficking survivors, stateless people and border communities in Cambodia, Laos, "
            "Myanmar, Thailand, Viet Nam and Yunnan, the rest from South Asia, Africa, Latin "
            "America and the Pacific, written with their JSON by a writer who never read the "
            "rules, and committed before the extractor was run on them (after the sixteenth set's "
            "round); the first run, field by field, is in bench/extract-blind17-first-run.txt. "
            "General rules were then written for the kinds of text it missed, each tested on "
            "sentences of its own (tests/test_extract_round17.py), with these reports' misses "
            "read, so this score is on seen text. None of their expected JSON was edited after "
            "the first run.",
        ),
        (
            "An eighteenth blind set",
            load_expected(BLIND18),
            False,
            "yes: rules written after its first run with its misses read (" + KINDS18 + ")",
            "first run 0.51 (precision 0.72, recall 0.39; home countries 0.54, organisations 0.28, "
            "outcomes 0.53; 55 of 90 events found, 19 invented), written and committed before the "
            "extractor was run on them",
            "tests/data/reports_blind18/, 24 reports of civil-society networks in four kinds the "
            "earlier sets did not have (the track-record or background section of a funding "
            "proposal or concept note, which tells past events and proposes future ones; "
            "chronologies of dated lines in mixed date formats, Buddhist-era years and quarters "
            "among them; interviews and Q&A features; speeches read at an opening, closing or "
            "anniversary), two thirds on migrant and domestic workers, fishers, trafficking "
            "survivors, stateless people and border communities in Cambodia, Laos, Myanmar, "
            "Thailand, Viet Nam and Yunnan, the rest from South Asia, Africa, Latin America and "
            "the Pacific, written with their JSON by a writer who never read the rules, and "
            "committed before the extractor was run on them (after the seventeenth set's round); "
            "the first run, field by field, is in bench/extract-blind18-first-run.txt. General "
            "rules were then written for the kinds of text it missed, each tested on sentences of "
            "its own (tests/test_extract_round18.py, "
            "tests/test_extract_buddhist_era_and_spoken_dates.py), with these reports' misses "
            "read, so this score is on seen text. None of their expected JSON was edited after the "
            "first run.",
        ),
        (
            "A nineteenth blind set",
            load_expected(BLIND19),
            False,
            "yes: rules written after its first run with its misses read (a consortium's joint "
            "report with a section per partner, 'Partner 2: X (Cambodia)', 'Partner 1 (lead): X "
            "(Thailand)', 'PART 3 - X (Myanmar)', 'Section 1 - X (Mexico)', each section's events "
            "its partner's, organiser or, 'we hosted', host, 'Partner N' and 'the lead partner' "
            "as the partners so numbered, the consortium of the heading organiser of none of the "
            "partners' own events; a funder of all activities 'unless said otherwise' giving way "
            "to an event's own funder)",
            "first run 0.54 (precision 0.74, recall 0.43; home countries 0.59, organisations 0.26, "
            "outcomes 0.65; 60 of 90 events found, 15 invented), written and committed before the "
            "extractor was run on them",
            "tests/data/reports_blind19/, 24 reports in four kinds the earlier sets did not have "
            "(news articles by outside journalists covering a network's events; consortium reports "
            "with a section per partner; 'Our history' and 'About us' pages telling years of work "
            "in prose; reports translated literally from Khmer, Lao, Thai, Vietnamese or Burmese), "
            "two thirds on migrant and domestic workers, fishers, trafficking survivors, stateless "
            "people and border communities in Cambodia, Laos, Myanmar, Thailand, Viet Nam and "
            "Yunnan, the rest from South Asia, Africa, Latin America and the Pacific, written with "
            "their JSON by a writer who never read the rules, and committed before the extractor "
            "was run on them (after the eighteenth set's round); the first run, field by field, is "
            "in bench/extract-blind19-first-run.txt. General rules were then written for the "
            "kinds of text it missed, each tested on sentences of its own "
            "(tests/test_extract_round19.py), with these reports' misses read, so this score is "
            "on seen text. None of their expected JSON was edited after the first run.",
        ),
        (
            "A twentieth blind set",
            load_expected(BLIND20),
            False,
            "yes: rules written after its first run with its misses read (a field diary's day "
            "headings ('Day 2 - Tuesday 4 June') dating the day's events, its events with no place "
            "in the town last travelled to ('Drive to Mengla'); a slide deck read slide by slide, "
            "title over bullets, cells split by bars as date, town, venue and home countries, a "
            "bullet that is a count of people ('52 teachers') its count, a summary slide's tally "
            "no meetings; a radio or podcast transcript read without its speaker labels, 'last "
            "Sunday' and 'yesterday' dated from the recording day, the guest's body ('I am the "
            "coordinator of X') organiser; a photo essay's opening body and town for its "
            "captions; a diary, log, slide deck or essay under its body's name naming it "
            "organiser; 'Funded by X' and 'Co-organised with X' opening a line; fairs of advice "
            "or services as events; plans hanging on money, only requested, or wished for with "
            "nothing agreed as no events)",
            "first run 0.43 (precision 0.74, recall 0.30; home countries 0.55, organisations 0.28, "
            "outcomes 0.51; 41 of 77 events found, 15 invented), written and committed before the "
            "extractor was run on them",
            "tests/data/reports_blind20/, 24 reports in four kinds the earlier sets did not have "
            "(slide decks exported to text, slide by slide with speaker notes; photo essays told in "
            "numbered captions; a staff member's field diary across a trip, day by day; radio and "
            "podcast transcripts with spoken numbers and dates relative to the recording), two "
            "thirds on migrant and domestic workers, fishers, trafficking survivors, stateless "
            "people and border communities in Cambodia, Laos, Myanmar, Thailand, Viet Nam and "
            "Yunnan, the rest from South Asia, Central Asia, Africa, Latin America, the Middle East "
            "and the Pacific, written with their JSON by a writer who never read the rules, and "
            "committed before the extractor was run on them (after the nineteenth set's round and "
            "three rules from its leftover misses); the first run, field by field, is in "
            "bench/extract-blind20-first-run.txt. General rules were then written for the "
            "kinds of text it missed, each tested on sentences of its own "
            "(tests/test_extract_round20.py), with these reports' misses read, so this score is "
            "on seen text. None of their expected JSON was edited after the first run.",
        ),
        (
            "A twenty-first blind set",
            load_expected(BLIND21),
            False,
            "yes: rules written after its first run with its misses read (a dashboard's figures "
            "(a line of '9 village meetings', '410 people reached' side by side, 'the 9 village "
            "meetings ... are totals for the six months') as no events and no counts; a chair's summary's 'The "
            "consultation was preceded on 9 December by a meeting of ...' dating the meeting "
            "before, 'closed the consultation on 11 December' as the same consultation, proposals "
            "with no date set as no events; an events page's or calendar's entry line ('12 "
            "January 2025 - Chiang Mai, Wat Suan Dok', '- 5 Oct, Siem Reap - DONE.') dating and "
            "placing the entry below, its 'UPCOMING', 'POSTPONED' and 'CANCELLED' parts and "
            "entries and a table's 'Planned' rows as no events, a table with blank lines between "
            "its rows read as one; an events page, calendar or donor dashboard under its body's "
            "name and an op-ed's writer's line ('The writer is a coordinator with X') naming the "
            "body organiser; meetings asked for or still requested as no events; a charter 'of 8 "
            "points' or a plan 'with 6 actions' counted, copies printed told in the next sentence; "
            "an orientation day, a pre-departure briefing and an information day as events)",
            "first run 0.61 (precision 0.73, recall 0.52; home countries 0.76, organisations 0.50, "
            "outcomes 0.78; 50 of 68 events found, 23 invented), written and committed before the "
            "extractor was run on them",
            "tests/data/reports_blind21/, 24 reports in four kinds the earlier sets did not have "
            "('results at a glance' pages and donor dashboards of figures with short stories; op-eds "
            "by a network's staff telling its events in prose; events pages and quarterly calendars "
            "mixing past, upcoming, cancelled and internal items; chair's summaries of a meeting in "
            "numbered paragraphs), two thirds on migrant and domestic workers, fishers, trafficking "
            "survivors, stateless people and border communities in Cambodia, Laos, Myanmar, "
            "Thailand, Viet Nam and Yunnan, the rest from South Asia, Central Asia, Africa, Latin "
            "America, the Middle East and the Pacific, written with their JSON by a writer who never "
            "read the rules, and committed before the extractor was run on them (after the "
            "twentieth set's round and the rules written from the issue's list of kinds); the first "
            "run, field by field, is in bench/extract-blind21-first-run.txt. General rules were "
            "then written for the kinds of text it missed, each tested on sentences of its own "
            "(tests/test_extract_round21.py), with these reports' misses read, so this score is "
            "on seen text. None of their expected JSON was edited after the first run.",
        ),
        (
            "A twenty-second blind set",
            load_expected(BLIND22),
            False,
            "yes: rules written after its first run with its misses read (a history page's "
            "edition lines ('The 3rd Forum, 12-14 November 2019, Bangkok, Hotel.', 'Fifth "
            "Assembly (5-6 November 2022, Chiang Mai).') as the edition held there then, 'the "
            "Third Assembly' as no legislature, the body its opening says convenes the series "
            "as each edition's organiser, a year with 'no assembly was held' as no event; an "
            "expenditure report's item lines read without their budget codes, an item planned "
            "and not spent on as no event, '32 pax x 2 days' as a count of 32; a course "
            "report's part lines ('Part A, Phnom Penh, 6-10 February 2023, ...') as trainings, "
            "'24 attended' and '31 of the 35 selected attended' as counts and a selection "
            "('Selected: 35, including 9 women') as none)",
            "first run 0.45 (precision 0.68, recall 0.33; home countries 0.35, organisations 0.37, "
            "outcomes 0.69; 39 of 85 events found, 17 invented), written and committed before the "
            "extractor was run on them",
            "tests/data/reports_blind22/, 24 reports in four kinds the earlier sets did not have "
            "(history pages of a recurring event, edition by edition; expenditure reports with an "
            "activity line per budget item, amounts, per-diem days and budget codes that are no "
            "counts; a funder's monitoring or site-visit report on a grantee; selection and "
            "attendance reports of courses and fellowships, applicants and those selected apart "
            "from those who attended), two thirds on migrant and domestic workers, fishers, "
            "trafficking survivors, stateless people and border communities in Cambodia, Laos, "
            "Myanmar, Thailand, Viet Nam and Yunnan, the rest from South Asia, Latin America, "
            "Africa, the Pacific, Central Asia and the Middle East, written with their JSON by a "
            "writer who never read the rules, and committed before the extractor was run on them "
            "(after the twenty-first set's round and a round of general rules from what the "
            "earlier sets still missed); the first run, field by field, is in "
            "bench/extract-blind22-first-run.txt. General rules were then written for the kinds "
            "of text it missed, each tested on sentences of its own "
            "(tests/test_extract_round22.py), with these reports' misses read, so this score is "
            "on seen text. None of their expected JSON was edited after the first run.",
        ),
        (
            "A twenty-third blind set",
            load_expected(BLIND23),
            False,
            "yes: rules written after its first run with its misses read (a capacity "
            "statement's track-record lines headed by a year and a dash ('2021 - Survivor-led "
            "forum in Phnom Penh.') dated by it, a regional exchange at the head of a line as "
            "an event; an after-action review's planned count ('foresaw a training for 40 crew "
            "members') as no count; a methodology section's rounds of focus groups as one "
            "meeting)",
            "first run 0.56 (precision 0.76, recall 0.44; home countries 0.44, organisations 0.30, "
            "outcomes 0.84; 44 of 70 events found, 11 invented), written and committed before the "
            "extractor was run on them",
            "tests/data/reports_blind23/, 24 reports in four kinds the earlier sets did not have "
            "(the methodology section of a research report or policy brief, its consultations and "
            "validation workshops as events and its interviews and surveys as none; an "
            "organisation's capacity statement or profile listing the trainings it ran; "
            "after-action reviews, planned numbers against actual ones; invitations with their "
            "report-back, where the date, venue or numbers changed), two thirds on the Mekong "
            "region and Yunnan, the rest from South Asia, Africa, Latin America, the Pacific, "
            "Central Asia and the Middle East, written with their JSON by a writer who never read "
            "the rules, and committed before the extractor was run on them (with the same rules "
            "as the twenty-second set's first run, one after the other); the first run, field by "
            "field, is in bench/extract-blind23-first-run.txt. General rules were then written "
            "for the kinds of text it missed, each tested on sentences of its own "
            "(tests/test_extract_round22.py), with these reports' misses read, so this score is "
            "on seen text. None of their expected JSON was edited after the first run.",
        ),
        (
            "A twenty-fourth blind set",
            load_expected(BLIND24),
            False,
            "yes: rules written after its first run with its misses read (a group's notes in "
            "shorthand read as the words they stand for, each dated entry as a small form, its "
            "plans left out; a campaign's hand-over, vigil or launch headed by its noun; a "
            "meeting with officials, a march or a gathering told by its verb; a digest's message "
            "dated and organised by its header's date and sender; the writer of notes or a "
            "campaign update as organiser; a venue named then its kind in small letters)",
            "first run 0.50 (precision 0.73, recall 0.38; home countries 0.55, organisations 0.30, "
            "outcomes 0.82; 45 of 81 events found, 15 invented), written and committed before the "
            "extractor was run on them",
            "tests/data/reports_blind24/, 24 reports in four kinds the earlier sets did not have (a "
            "small community group's notes in shorthand English with abbreviations, typos and "
            "mixed date styles; campaign and petition update pages, whose signatures and online "
            "supporters are no participants; award nominations and citations telling a network's "
            "record in passing beside totals over years; mailing-list digests of forwarded "
            "messages from member groups, some only announcing an event to come), two thirds on "
            "the Mekong region and Yunnan, the rest from South Asia, Central Asia, Africa, Latin "
            "America, the Pacific and the Middle East, written with their JSON by a writer who "
            "never read the rules, and committed before the extractor was run on them (after the "
            "twenty-second and twenty-third sets' round); the first run, field by field, is in "
            "bench/extract-blind24-first-run.txt. General rules were then written for the kinds "
            "of text it missed, each tested on sentences of its own "
            "(tests/test_extract_round24.py), with these reports' misses read, so this score is "
            "on seen text. None of their expected JSON was edited after the first run.",
        ),
        (
            "A twenty-fifth blind set",
            load_expected(BLIND25),
            False,
            "yes: rules written after its first run with its misses read (a venue 'in the locals "
            "of' or in a room of a named venue, its town as the district or the smallest unit "
            "after the province ('at Nghe An Province, Ky Son District, Muong Xen Town'), a town "
            "with an accented last syllable ending its sentence; a numbered line's heading of "
            "noun and town and its telling as one event; people counted in 'numbers' ('35 "
            "numbers of participants'); dates 'On 9 January B.E. 2567' and 'Day 18 month 4 year "
            "2024', a title ended by 'dated')",
            "first run 0.64 (precision 0.78, recall 0.55; home countries 0.57, organisations 0.69, "
            "outcomes 0.70; 58 of 72 events found, 15 invented), written and committed before the "
            "extractor was run on them",
            "tests/data/reports_blind25/, 24 ordinary event reports written in English by people "
            "whose first language is another, or translated, in four hands (Thai and Lao official "
            "style with Buddhist Era years and day/month/year numerals; Vietnamese and Khmer "
            "translated style, 'On the date of', 'day 5 month 3 year 2024'; Spanish, Portuguese "
            "and French translated style, 'the day 12 of March', 'realized a workshop', "
            "'assistants'; mixed South Asian, Pacific, Central Asian and Middle Eastern English, "
            "'35 numbers of participants', 'dated 12.03.2024'), two thirds on the Mekong region "
            "and Yunnan, the rest from Latin America, Africa, South Asia, the Pacific, Central "
            "Asia and the Middle East, written with their JSON by a writer who never read the "
            "rules, and committed before the extractor was run on them (after the twenty-fourth "
            "set's round and the round against invented events read from the first runs); the "
            "first run, field by field, is in bench/extract-blind25-first-run.txt. General rules "
            "were then written for the kinds of text it missed, each tested on sentences of its "
            "own (tests/test_extract_round25.py), with these reports' misses read, so this score "
            "is on seen text. None of their expected JSON was edited after the first run.",
        ),
        (
            "A twenty-sixth blind set",
            load_expected(BLIND26),
            False,
            "yes: read with every earlier first run by three rounds after its first run (the "
            "writer's organisation named in the report's head as the organiser of its dated "
            "events; events told as left out, stopped, only announced or a part of a day of "
            "another; a town after a venue and a comma, opening a sentence or standing alone in a "
            "short line)",
            "first run 0.64 (precision 0.72, recall 0.58; home countries 0.62, organisations 0.46, "
            "outcomes 0.84; 47 of 59 events found, 12 invented), written and committed before the "
            "extractor was run on them",
            "tests/data/reports_blind26/, 24 ordinary public event reports of civil-society "
            "networks as published on a network's website, in four regional styles (Asia-Pacific, "
            "African, Latin American and Caribbean, European and Central Asian), each carrying "
            "kinds of text issue 16 lists (home countries told in a later sentence, after a colon "
            "or through organisations; speakers' countries that are no homes; events told by an "
            "action at a venue or by their length; venues named with a city's name; dates by "
            "context; plans and deadlines; co-hosts; outcomes told with varied verbs; a policy "
            "dialogue; an event within a conference), two thirds on the Mekong region and Yunnan, "
            "the rest from Africa, Latin America, the Caribbean, South Asia, Central Asia and North "
            "Africa, written with their JSON by a writer who never read the rules, and committed "
            "before the extractor was run on them (after three rounds read from every earlier "
            "first run's misses: home countries, organisations, events missed whole); the first "
            "run, field by field, is in bench/extract-blind26-first-run.txt. Three rounds then read "
            "its misses with every earlier first run's, and wrote rules for kinds of text recurring "
            "in three sets or more, so this score is on seen text. None of its expected JSON was "
            "edited after the first run.",
        ),
        (
            "A twenty-seventh blind set",
            load_expected(BLIND27),
            False,
            "yes: rules written after its first run with its misses read, each kept as a kind of "
            "text found in three sets or more (a newsletter's body as organiser of the events it "
            "tells as its own; the writer before a dash and its kind of report; a town read in the "
            "one country the report names; a town after a time told first; a body's room as the "
            "venue; a count of people inside the gathering they made)",
            "first run 0.70 (precision 0.75, recall 0.66; home countries 0.82, organisations 0.43, "
            "outcomes 0.69; 41 of 47 events found, 9 invented), written and committed before the "
            "extractor was run on them",
            "tests/data/reports_blind27/, 24 public texts of civil-society networks telling the "
            "events they ran, in four publication forms, six each: news items; newsletter digests "
            "of short items, some telling no event (a publication, a call, staff news); sections of "
            "project progress reports to a funder, with planned or postponed activities that are "
            "no events; press releases and joint statements with notes to editors; writers' styles "
            "of South-East Asia, East and West Africa, Latin America and Europe, each kind of text "
            "issue 16 lists in three reports or more, two thirds on the Mekong region and Yunnan, "
            "the rest from Kenya, Tanzania, South Africa, Ethiopia, Mexico, Ecuador, Chile, "
            "Portugal and Belgium, written with their JSON by a writer who never read the rules, "
            "and committed before the extractor was run on them (after three rounds read from "
            "every earlier first run's misses: the writer's organisation as organiser, invented "
            "events, towns); the first run, field by field, is in "
            "bench/extract-blind27-first-run.txt. Rules were then written after reading its "
            "misses, so this score is on seen text. None of its expected JSON was edited after the "
            "first run.",
        ),
        (
            "A twenty-eighth blind set",
            load_expected(BLIND28),
            False,
            "yes: read with every earlier first run by three rounds after its first run (a "
            "meeting told by the head of its own record; a numbered row of an activity table; a "
            "launch named as an activity's title; a later part of an event, a meeting's closing "
            "line and a plan's further event dropped; counts told with a bare 'came', the host "
            "country's count, 'N people, all X', a total split by country)",
            "first run 0.58 (precision 0.68, recall 0.51; home countries 0.67, organisations 0.50, "
            "outcomes 0.77; 36 of 55 events found, 15 invented), written and committed before the "
            "extractor was run on them",
            "tests/data/reports_blind28/, 24 public texts of civil-society networks telling the "
            "events they ran, in four publication forms the earlier sets used less, six each: "
            "chapters of a network's annual report (a year in summary, events by month only, "
            "finances and staff that tell no event); minutes and summary records of a meeting "
            "(action points and the next meeting are no events); first-person blog posts; final "
            "narrative reports to a donor with tables of activities (targets and postponed "
            "activities are no events); writers' styles of South and South-East Asia, East and "
            "West Africa, Latin America and Europe, each kind of text issue 16 lists in three "
            "reports or more, two thirds on the Mekong region and Yunnan, the rest from Nepal, "
            "Ghana, Kenya, Uganda, Colombia, Mexico, Spain and England, written with their JSON by "
            "a writer who never read the rules, and committed before the extractor was run on them "
            "(after three rounds read from every earlier first run's misses: organisations through "
            "their people and thanks, places from venues and rooms, plans and re-tellings that are "
            "no events); the first run, field by field, is in bench/extract-blind28-first-run.txt. "
            "Three rounds then read its misses with every earlier first run's, and wrote rules for "
            "kinds of text recurring in three sets or more, so this score is on seen text. None of "
            "its expected JSON was edited after the first run.",
        ),
        (
            "A twenty-ninth blind set",
            load_expected(BLIND29),
            False,
            "yes: read with every earlier first run by three rounds after its first run (home "
            "countries counted as the subject of a count or told as all of one country; places told "
            "in a later sentence, venues told in parts or named kind first; names read whole past a "
            "comma, bodies that sent trainers, 'organised by X together with Y')",
            "first run 0.57 (precision 0.68, recall 0.49; home countries 0.55, organisations 0.48, "
            "outcomes 0.81; 35 of 51 events found, 17 invented), written and committed before the "
            "extractor was run on them",
            "tests/data/reports_blind29/, 24 public texts of civil-society networks telling the "
            "events they ran, in four publication forms the earlier sets used less, six each: case "
            "studies or success stories written around one person or community (by role); threads "
            "of social-media posts by a network's account; the rapporteur's summary of a "
            "conference's or workshop's proceedings; back-to-office or monitoring visit reports "
            "(follow-up actions are no events); writers' styles of South and South-East Asia, East "
            "and West Africa, Latin America and Europe, each kind of text issue 16 lists in three "
            "reports or more, two thirds on the Mekong region and Yunnan, the rest from Bangladesh, "
            "Ethiopia, Senegal, Tanzania, Peru, Costa Rica, Italy, Germany and Poland, written "
            "with their JSON by a writer who never read the rules, and committed before the "
            "extractor was run on them (after three rounds read from every earlier first run's "
            "misses, the twenty-eighth set's among them: events missed whole, invented events, "
            "home countries and counts); the first run, field by field, is in "
            "bench/extract-blind29-first-run.txt. Three rounds then read its misses with every earlier "
            "first run's, so this score is on seen text. None of its expected JSON was edited "
            "after the first run.",
        ),
        (
            "A thirtieth blind set",
            load_expected(BLIND30),
            False,
            "yes: read with every earlier first run by three rounds after its first run (home "
            "countries counted as the subject of a count or told as all of one country; places told "
            "in a later sentence, venues told in parts or named kind first; names read whole past a "
            "comma, bodies that sent trainers, 'organised by X together with Y')",
            "first run 0.62 (precision 0.75, recall 0.52; home countries 0.43, organisations 0.49, "
            "outcomes 0.65; 31 of 42 events found, 4 invented), written and committed before the "
            "extractor was run on them",
            "tests/data/reports_blind30/, 24 ordinary post-event reports of civil-society networks, "
            "six of each kind: workshops and trainings; conferences and forums; meetings, "
            "consultations and dialogues; public and community events; writers' styles of South-"
            "East Asia, East and West Africa, Latin America and Europe, two thirds on the Mekong "
            "region and Yunnan, the rest in Nepal, India, Kenya, Ghana, Colombia, Mexico, Greece "
            "and Spain, written with their JSON by a writer who never read the rules, and "
            "committed before the extractor was run on them; the first run, field by field, is in "
            "bench/extract-blind30-first-run.txt. Three rounds then read its misses with every earlier "
            "first run's, so this score is on seen text. None of its expected JSON was edited "
            "after the first run.",
        ),
        (
            "A thirty-first blind set",
            load_expected(BLIND31),
            False,
            "yes: read with every earlier first run by three rounds after its first run (home "
            "countries counted as the subject of a count or told as all of one country; places told "
            "in a later sentence, venues told in parts or named kind first; names read whole past a "
            "comma, bodies that sent trainers, 'organised by X together with Y')",
            "first run 0.52 (precision 0.58, recall 0.48; home countries 0.34, organisations 0.43, "
            "outcomes 0.76; 28 of 37 events found, 12 invented), written and committed before the "
            "extractor was run on them",
            "tests/data/reports_blind31/, 24 ordinary post-event reports of civil-society networks, "
            "six of each kind: exchanges and study tours; general assemblies; trainings of "
            "trainers and courses; campaign events; writers' styles of South-East Asia, East and "
            "West Africa, Latin America and Europe, two thirds on the Mekong region and Yunnan, "
            "the rest in Indonesia, the Philippines, Uganda, Nigeria, Brazil, Guatemala, Portugal "
            "and Romania, written with their JSON by a writer who never read the rules, and "
            "committed before the extractor was run on them; the first run, field by field, is in "
            "bench/extract-blind31-first-run.txt. Three rounds then read its misses with every earlier "
            "first run's, so this score is on seen text. None of its expected JSON was edited "
            "after the first run.",
        ),
        (
            "A thirty-second blind set",
            load_expected(BLIND32),
            False,
            "yes: read with every earlier first run by three rounds after its first run (event "
            "titles from a heading over the event, the body that held it, the day it was held on; "
            "community and public events, launches of works named in quotes; outcomes' copies and "
            "counts)",
            "first run 0.59 (precision 0.73, recall 0.50; home countries 0.59, organisations 0.60, "
            "outcomes 0.77; 17 of 25 events found, 3 invented), written and committed before the "
            "extractor was run on them",
            "tests/data/reports_blind32/, 20 reports of civil-society networks, five of each kind: "
            "regional workshops and seminars with participants from several countries; policy "
            "dialogues, consultations and round tables; community and public events; network "
            "meetings; writers' styles of South-East Asia, East and West Africa, Latin America and "
            "Europe, 14 on the Mekong region and Yunnan, the rest in Nepal, Kenya, Mexico, "
            "Colombia, Greece and Italy, written with their JSON by a writer who never read the "
            "rules, and committed before the extractor was run on them (after three rounds read "
            "from every earlier first run's misses, the thirtieth and thirty-first sets' among "
            "them); the first run, field by field, is in bench/extract-blind32-first-run.txt. Three "
            "rounds then read its misses with every earlier first run's, so this score is on seen "
            "text. None of its expected JSON was edited after the first run.",
        ),
        (
            "A thirty-third blind set",
            load_expected(BLIND33),
            False,
            "yes: read with every earlier first run by three rounds after its first run (a "
            "trip's visits and meetings as parts of it, trips titled or told as exchanges, plans "
            "agreed after an event and parallel sessions as no events; organisation names closed "
            "by their town, delegations and groups of one nationality, vague counts as homes with "
            "no count; venues from where sessions were held or people went for the event's "
            "action, a launch within a conference at its place; things handed over, bodies "
            "announced or constituted)",
            "first run 0.69 (precision 0.72, recall 0.67; home countries 0.70, organisations 0.69, "
            "outcomes 0.78; 18 of 22 events found, 10 invented), written and committed before the "
            "extractor was run on them",
            "tests/data/reports_blind33/, 20 reports of civil-society networks, five of each kind: "
            "trainings and trainings of trainers; conferences and regional forums with a "
            "declaration adopted; exchange visits and study tours told as a trip; campaign actions "
            "and hearings; writers' styles of South-East Asia, South Asia, Africa, Latin America "
            "and Europe, 16 on migration in the Mekong region, the rest in Guatemala, Uganda, Sri "
            "Lanka and South Africa, written with their JSON by a writer who never read the rules, "
            "and committed before the extractor was run on them (after three rounds on event "
            "titles, community and public events and outcome quantities); the first run, field "
            "by field, is in bench/extract-blind33-first-run.txt. Three rounds (trips34, people34, "
            "places34) were written with its misses read: this score is on seen text.",
        ),
        (
            "A thirty-fourth blind set",
            load_expected(BLIND34),
            False,
            "yes: read with every earlier first run by two rounds after its first run (a report's "
            "plans sections titled with their period, activities not implemented or postponed, "
            "an activity code cut from a title; two bodies joined by 'and of', a name closed by "
            "its town at a sentence's end, member organisations counted by country, "
            "'Prepared by:' and 'Funding partner:' head labels)",
            "first run 0.68 (precision 0.72, recall 0.63; home countries 0.54, organisations 0.51, "
            "outcomes 0.63; 24 of 27 events found, 10 invented), written and committed before the "
            "extractor was run on them",
            "tests/data/reports_blind34/, 20 reports of civil-society networks, five of each kind: "
            "general assemblies and members' meetings; validation workshops and national "
            "consultations; media and public-facing events (a report launch with a press "
            "conference, a screening, an exhibition, a radio call-in, a media training); quarterly "
            "and six-monthly progress reports telling two or three events each; writers' styles of "
            "South-East Asia, South Asia, East and West Africa, Europe and Latin America, 16 on "
            "migration in the Mekong region and Yunnan, the rest in Nairobi, Tegucigalpa, Dhaka and "
            "Ethiopia, written with their JSON by a writer who never read the rules, and committed "
            "before the extractor was run on them (after three rounds on which events exist, "
            "organisations and home countries, and places, totals and outcomes); the first run, "
            "field by field, is in bench/extract-blind34-first-run.txt. Two rounds (plans35, "
            "homes35) were written with its misses read: this score is on seen text.",
        ),
        (
            "A thirty-fifth blind set",
            load_expected(BLIND35),
            False,
            "yes: one rule written after its first run (a line of plans for a year or the next "
            "period, 'Plans for 2026: to hold ...', tells no event held)",
            "first run 0.63 (precision 0.72, recall 0.56; home countries 0.53, organisations 0.55, "
            "outcomes 0.71; 26 of 32 events found, 6 invented), written and committed before the "
            "extractor was run on them",
            "tests/data/reports_blind35/, 20 reports of civil-society networks, five of each kind: "
            "webinars and hybrid events; cross-border case-management and coordination meetings; "
            "sections of annual and year-in-review reports telling two or three events each; "
            "skills and livelihood courses for returnees and migrants; writers' styles of "
            "South-East Asia, South Asia, East and West Africa, Europe and Latin America, 16 in "
            "the Mekong region and Yunnan, the rest in Nepal, Bangladesh and India, Uganda and "
            "Mexico, written with their JSON by a writer who never read the rules, and committed "
            "before the extractor was run on them (after two rounds on the thirty-fourth set's "
            "misses: plans sections of reports to funders, organisation names and home "
            "countries); the first run, field by field, is in "
            "bench/extract-blind35-first-run.txt. One rule (a line of plans, in events.py) was "
            "written after reading it: this score is on seen text.",
        ),
        (
            "A thirty-sixth blind set",
            load_expected(BLIND36),
            False,
            "yes: rules written after its first run with its misses read (home countries told "
            "after the total or beside other homes; towns closing an organisation's name before "
            "'and supported by'; folders, cards and packs handed out or 'given to' those who "
            "came; a thread's 'Tue (14/10)'; minutes' lists of those present counted by country)",
            "first run 0.65 (precision 0.78, recall 0.56; home countries 0.57, organisations 0.54, "
            "outcomes 0.44; 23 of 28 events found, 6 invented), written and committed before the "
            "extractor was run on them",
            "tests/data/reports_blind36/, 20 reports of civil-society networks, five of each kind: "
            "press releases and news items; minutes and summary records of meetings; newsletter "
            "round-ups telling two or three items each; short updates to a funder by e-mail or as "
            "a social-media thread (kinds that earlier sets held too, which its writer did not "
            "know); writers' styles of South-East Asia, South Asia, East Africa, Europe and Latin "
            "America, 16 in the Mekong region and Yunnan, the rest in Nepal, Kenya, Portugal and "
            "Colombia, written with their JSON by a writer who never read the rules, and committed "
            "before the extractor was run on them (with the rules as the last session left them); "
            "the first run, field by field, is in bench/extract-blind36-first-run.txt. Rules "
            "were written with its misses read: this score is on seen text.",
        ),
        (
            "A thirty-seventh blind set",
            load_expected(BLIND37),
            False,
            "yes: rules written after its first run with its misses read (a forum's long name "
            "held or taking place; an event told by 'which we held' or 'which the Network "
            "held ... on 10th February')",
            "first run 0.67 (precision 0.82, recall 0.57; home countries 0.62, organisations 0.61, "
            "outcomes 0.56; 18 of 24 events found, 3 invented), written and committed before the "
            "extractor was run on them",
            "tests/data/reports_blind37/, 20 ordinary post-event reports of civil-society "
            "networks, five of each kind: workshops and trainings; conferences and regional "
            "forums with named side events; meetings, consultations and policy dialogues; "
            "community and public events; writers' styles of South-East Asia, South Asia, East "
            "and West Africa, Europe and Latin America, 16 in the Mekong region and Yunnan, the "
            "rest in Uganda, Ghana, Poland and Mexico, written with their JSON by a writer who "
            "never read the rules, and committed before the extractor was run on them (after "
            "the rules written on the thirty-sixth set's misses); the first run, field by field, "
            "is in bench/extract-blind37-first-run.txt. Rules were written with its misses read: "
            "this score is on seen text.",
        ),
        (
            "A thirty-eighth blind set",
            load_expected(BLIND38),
            False,
            "no: its first run is its score",
            "first run 0.46 (precision 0.57, recall 0.38; home countries 0.28, organisations 0.35, "
            "outcomes 0.62; 11 of 21 events found, 13 invented), written and committed before the "
            "extractor was run on them",
            "tests/data/reports_blind38/, 20 ordinary post-event reports of civil-society "
            "networks, five of each kind: trainings run by small grassroots groups, written "
            "plainly; community dialogues and village meetings with local officials; regional "
            "meetings and workshops with national delegations; advocacy events (a petition "
            "handed over, a press conference, a march, a public hearing); writers' styles of "
            "South-East Asia, South Asia, East and West Africa, Europe and Latin America, 14 in "
            "the Mekong region and Yunnan, the rest in Kenya, Guatemala, Nigeria, Mexico and "
            "Belgium, written with their JSON by a writer who never read the rules, and committed "
            "before the extractor was run on them (after the rules written on the thirty-sixth "
            "and thirty-seventh sets' misses); the first run, field by field, is in "
            "bench/extract-blind38-first-run.txt.",
        ),
        (
            "A thirty-ninth blind set",
            load_expected(BLIND39),
            False,
            "yes: a rule written after its first run with its misses read (an event's title "
            "block, its name over lines of theme, venue and town, and dates, dating and placing "
            "the event it names, tests/test_extract_title_blocks.py)",
            "first run 0.57 (precision 0.74, recall 0.46; home countries 0.43, organisations 0.38, "
            "outcomes 0.71; 15 of 20 events found, 5 invented), written and committed before the "
            "extractor was run on them",
            "tests/data/reports_blind39/, 20 ordinary post-event reports of civil-society "
            "networks, five of each kind: workshops and trainings for officials and front-line "
            "staff; conferences and regional forums with a title block, parallel sessions and a "
            "declaration; exchange visits and study tours across a border; network meetings with "
            "members counted by organisation or country; writers' styles of South-East Asia, "
            "South Asia, East and West Africa, Europe and Latin America, 14 in the Mekong region "
            "and Yunnan, the rest in Ghana, Uganda, Colombia, Argentina, Benin and Austria, "
            "written with their JSON by a writer who never read the rules, and committed before "
            "the extractor was run on them; the first run, field by field, is in "
            "bench/extract-blind39-first-run.txt. A rule was written with its misses read: this "
            "score is on seen text.",
        ),
        (
            "A fortieth blind set",
            load_expected(BLIND40),
            False,
            "yes: a rule written after its first run with its misses read (the town a report's "
            "title line ends with, for events no sentence places, tests/test_extract_title_town.py)",
            "first run 0.53 (precision 0.64, recall 0.45; home countries 0.54, organisations 0.36, "
            "outcomes 0.51; 20 of 28 events found, 10 invented), written and committed before the "
            "extractor was run on them",
            "tests/data/reports_blind40/, 20 ordinary post-event reports of civil-society "
            "networks, five of each kind: public days and commemorations marked with public "
            "events; project inception and closing workshops; consultations with government on a "
            "law, policy or action plan; trainings of trainers and courses over several weeks; "
            "eight tell two events; writers' styles of South-East Asia, South Asia, East and West "
            "Africa, Europe and Latin America, 15 in the Mekong region and Yunnan, the rest in "
            "Kenya, Peru, Ghana, Portugal and Mexico, written with their JSON by a writer who "
            "never read the rules, and committed before the extractor was run on them (after the "
            "title-block rule and the event check); the first run, field by field, is in "
            "bench/extract-blind40-first-run.txt. A rule was written with its misses read: this "
            "score is on seen text.",
        ),
        (
            "A forty-first blind set",
            load_expected(BLIND41),
            False,
            "no: its reports and misses are not read; the rules written after its first run were "
            "read from earlier sets, so this score is on text no rule was written for",
            "first run 0.68 (precision 0.77, recall 0.62; home countries 0.65, organisations 0.53, "
            "outcomes 0.66; 28 of 32 events found, 6 invented), written and committed before the "
            "extractor was run on them",
            "tests/data/reports_blind41/, 20 reports of civil-society networks, five of each kind: "
            "research validation and dissemination workshops; donors' narrative progress reports "
            "for a period; cross-border coordination meetings of officials and civil society; "
            "work with media and the public; every report names three organisations or more in "
            "roles; twelve tell two events; writers' styles of South-East Asia, South Asia, East "
            "and West Africa, Europe and Latin America, 16 in the Mekong region and Yunnan, the "
            "rest in Uganda, Colombia, Romania and Moldova, and Ghana, written with their JSON by "
            "a writer who never read the rules, and committed before the extractor was run on "
            "them (after the organisations rule of 501c1a4); the first run, field by field, is in "
            "bench/extract-blind41-first-run.txt. Its reports and misses are kept unread, so "
            "every later rule is measured on it as on unseen text.",
        ),
        (
            "A forty-second blind set",
            load_expected(BLIND42),
            False,
            "no: its reports and misses are not read, as the forty-first set's are not",
            "first run 0.56 (precision 0.81, recall 0.43; home countries 0.74, organisations 0.33, "
            "outcomes 0.56; 17 of 29 events found, 1 invented), written and committed before the "
            "extractor was run on them",
            "tests/data/reports_blind42/, 20 reports of civil-society networks, five of each kind: "
            "legal aid clinics and mobile legal camps; a network's general meeting or members' "
            "assembly; sessions with young people and schools on safe migration and trafficking; "
            "informal e-mails and field notes to partners; every report names three organisations "
            "or more in roles; nine tell two events; writers' styles of South-East Asia, South "
            "Asia, East and West Africa, Europe and Latin America, 16 in the Mekong region and "
            "Yunnan, the rest in Nigeria, Austria, Guatemala and Kenya, written with their JSON by "
            "a writer who never read the rules, and committed before the extractor was run on "
            "them (the extractor as at the session's start); the first run, field by field, is in "
            "bench/extract-blind42-first-run.txt. Its reports and misses are kept unread, so "
            "every later rule is measured on it as on unseen text.",
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    from atlas.extract import first_runs  # it reads its records with this module's Tally

    parser = argparse.ArgumentParser(
        prog="python -m atlas.extract.score", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--out", type=Path, default=RESULTS, help="where to write the results (Markdown)"
    )
    parser.add_argument(
        "--folder",
        type=Path,
        help="score only the reports in this folder (each REPORT beside REPORT.json, read on its "
        "own) and print the table and misses; nothing is written",
    )
    args = parser.parse_args(argv)
    if args.folder:
        truth = load_expected(args.folder)
        drafts, result = run(truth, one_run=False)
        print(
            f"{args.folder}: {len(drafts)} drafts, {len(truth.events)} expected events\n{table(result)}\n"
        )
        print("\n".join(f"- {m}" for m in result.misses) or "- nothing")
        return 0
    sections = []
    summary = []
    for heading, truth, one_run, tuned, history, about in benchmark_sets():
        drafts, result = run(truth, one_run)
        text = table(result)
        print(f"{heading}: {len(drafts)} drafts, {len(truth.events)} expected events\n{text}\n")
        misses = "\n".join(f"- {m}" for m in result.misses) or "- nothing"
        sections.append(
            f"## {heading}\n\n{about} {len(drafts)} drafts proposed, {len(truth.events)} "
            f"events expected.\n\n{text}\n\n### What it got wrong or missed\n\n{misses}\n"
        )
        events = result.fields["events"]
        summary.append(
            f"| {heading} | {len(truth.reports)} / {len(truth.events)} | {tuned} | {history} "
            f"| {_fmt(result.overall.f1)} | {events.tp} of {len(truth.events)} |"
        )
    overview = (
        "| set | reports / events | rules tuned on it? | F1 before (first runs) | F1 now | events found now |\n"
        "|---|---|---|---|---:|---|\n"
        + "\n".join(summary)
        + "\n\n**First runs**, as the scorer printed them on the day (bench/extract-<set>-first-run"
        ".txt, read back by atlas/extract/first_runs.py; 'extractor' is the commit that read the "
        "set): the only measure of text the rules were not written for.\n\n"
        + first_runs.table()
        + "\n\n"
        + first_runs.reading()
        + "\n\n"
        + HONEST_NOTE
        + "\n\n"
        + HOME_CHECK_NOTE
        + "\n\n"
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        "# Report extraction benchmark\n\n"
        "Written by `python -m atlas.extract.score`. How drafts are paired with expected events "
        "and how fields are counted: the docstring of atlas/extract/score.py. F1 is the overall "
        "(micro-averaged) field F1.\n\n" + overview + "\n".join(sections),
        encoding="utf-8",
    )
    print(
        f"\nwritten to {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
