"""A learned check on which sentences tell an event held, on top of the rules (issue 16).

On text they were not written for the rules miss whole events, and a missed event loses every
field it has (bench/extract-org-check.md: half the organisation pairs the first runs missed sit
on events no draft found). This module takes every date a report's sentences give that no draft
of the report covers as a candidate, describes the sentence the way a reader would weigh it (a
past verb of holding or taking part, a plan or deadline word, a full date, a venue or town, a
count of people, an event noun and whether it is plural or counted, a series or a part of a
bigger event, where in the report, how far the date is from the drafts' dates), and scores it
with a logistic regression trained offline on the annotated sets (tools/train_event_check.py,
which writes the weights to the small JSON file `WEIGHTS`); `check` reads them with numpy, so
nothing is learned or downloaded at run time. A candidate it is sure of becomes a draft built as
the rules of missed_events.py build one: the title and kind of the event noun the sentence (or
the one before it) names, the dates of its date phrase, the town and venue it names, marked
unsure with the sentence as evidence.

It runs in the pipeline after each report's rules (pipeline.read_texts): it passed the rule
written in bench/extract-event-check.md before it was measured, on the first runs and on today's
extractor. Before it does, a candidate is set aside when the rules rule its sentence out (a plan,
a reference, a part: events._planned) or a draft of the report may already tell its event
(`told_already`): the check adds events the rules did not read, it does not overrule them.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np

from atlas.dates import period_end
from atlas.extract import date_phrases, events, numbers, places, weights
from atlas.extract.drafts import Draft
from atlas.extract.mentions import Mention, mentions
from atlas.extract.merging import title_match
from atlas.extract.sentences import Sentence
from atlas.i18n import M_

WEIGHTS = Path(__file__).with_name("event_check_weights.json")

FEATURES = (
    "held_verb",  # a past verb of holding: "was held", "took place", "organised", "convened"
    "took_part_verb",  # a past verb of taking part: "attended", "participated", "gathered", "met"
    "future",  # "will", "shall", "upcoming", "next", "scheduled", "to be held", "planned"
    "deadline",  # "deadline", "due", "submit", "by the end of", "no later than"
    "history",  # "founded", "established", "since", "set up in", "was born"
    "series",  # "in total", "altogether", "a series of", "each", "every", "so far"
    "part_of",  # "on the first day", "session", "opening", "closing", "during the"
    "day_precision",  # the date is a day
    "month_precision",  # ... a month
    "year_precision",  # ... a year (or a season)
    "range",  # the phrase is a range ("14-16 August 2023")
    "year_from_context",  # the phrase gives no year of its own
    "venue",  # a venue word ("Hotel", "Hall", "Centre") in the sentence
    "town",  # a town or country the sentence puts something in or at
    "people_count",  # a count of participants
    "mention",  # an event noun in the sentence
    "mention_before",  # none in it, one in the sentence before it
    "mention_plural",  # the event noun is plural or counted ("two workshops")
    "proper_title",  # the event is named by its own title
    "mention_the",  # "the workshop": an event told before
    "we",  # "we", "our": the writers did it
    "heading",  # the sentence is a heading
    "bullet",  # ... a bullet
    "position",  # where in the report (0 first, 1 last)
    "first_three",  # in the report's first three sentences
    "drafts",  # how many drafts the rules gave the report (log)
    "no_draft",  # the rules gave the report none
    "days_to_draft",  # the distance in days to the nearest draft's date (log), 0 with no draft
    "before_drafts",  # the date is before every draft's
    "after_drafts",  # the date is after every draft's
    "latest_date",  # the date is the report's latest
    "earliest_date",  # ... its earliest
    "same_date_sentences",  # how many sentences give the same date (log)
    "dates_in_sentence",  # how many date phrases the sentence has (log)
    "words",  # the sentence's length (log words)
)
_INDEX = {name: k for k, name in enumerate(FEATURES)}

_HELD = re.compile(
    r"\b(?:was|were|had\s+been|has\s+been)\s+(?:successfully\s+|jointly\s+|also\s+)?"
    r"(?:held|organi[sz]ed|conducted|convened|hosted|launched|facilitated|run|staged|"
    r"carried\s+out|celebrated|opened|delivered|implemented)\b"
    r"|\btook\s+place\b|\b(?:held|organi[sz]ed|convened|hosted|launched|conducted|ran|staged|"
    r"celebrated|facilitated|co-organi[sz]ed|co-hosted|marched|handed\s+over|presented)\b",
    re.I,
)
_TOOK_PART = re.compile(
    r"\b(?:attended|participated|gathered|met|joined|visited|took\s+part|came\s+together|"
    r"were\s+trained|travel(?:l)?ed|welcomed|brought\s+together)\b",
    re.I,
)
_FUTURE = re.compile(
    r"\b(?:will|shall|upcoming|forthcoming|next|scheduled|to\s+be\s+(?:held|organi[sz]ed)|"
    r"plan(?:s|ned)?\s+(?:to|for)|planning|intends?|is\s+expected|are\s+expected|"
    r"agreed\s+to\s+(?:meet|hold|organi[sz]e)|postponed|cancel(?:l)?ed|would)\b",
    re.I,
)
_DEADLINE = re.compile(
    r"\b(?:deadline|due|submit(?:ted)?|by\s+the\s+end\s+of|no\s+later\s+than|until|expires?)\b",
    re.I,
)
_HISTORY = re.compile(
    r"\b(?:founded|established|since|set\s+up\s+in|was\s+born|created\s+in|started\s+in)\b", re.I
)
_SERIES = re.compile(
    r"\b(?:in\s+total|altogether|a\s+total\s+of|series|each|every|so\s+far|to\s+date|"
    r"throughout|over\s+the\s+(?:year|period|months)|a\s+number\s+of)\b",
    re.I,
)
_PART = re.compile(
    r"\b(?:(?:first|second|third|last|final|opening|closing)\s+day|day\s+(?:one|two|three|\d)|"
    r"sessions?|opening|closing|morning|afternoon|evening|during\s+the|as\s+part\s+of|"
    r"on\s+the\s+sidelines|side\s+event)\b",
    re.I,
)
_WE = re.compile(r"\b(?:we|our|us)\b", re.I)
_VENUE = re.compile(rf"\b(?:{places.VENUE_WORDS})\b")
_AT_IN = re.compile(r"\b(?:in|at)\s+(?:the\s+)?(?=[A-ZÀ-ÖØ-Þ])")

# Shown beside the draft's title on the Review page: where the draft came from and what to do.
UNSURE = M_(
    "proposed by a learned check from a sentence that dates it, not by the rules: compare it "
    "with the report"
)


@dataclass
class Candidate:
    """A sentence and a date in it that no draft of the report covers, with what describes it."""

    sentence: int  # index into the report's sentences
    phrase: date_phrases.DatePhrase
    features: list[float]
    mention: Mention | None  # the event noun that names it (in the sentence or the one before)
    text: str = ""
    extra: dict = field(default_factory=dict)


def _covered(day, precision: str, drafts: list[Draft]) -> bool:
    """Whether a draft of the report already covers the date (its days, or its month)."""
    for d in drafts:
        if d.start_date is None:
            continue
        last = d.end_date or period_end(d.start_date, d.date_precision or "day")
        if d.end_date is None and (d.date_precision or "day") != "day":
            last = period_end(d.start_date, d.date_precision)
        if d.start_date <= day <= last:
            return True
        if precision != "day" and (day.year, day.month) == (d.start_date.year, d.start_date.month):
            return True
    return False


def _setter(x: list[float]):
    def put(name: str, value: float | bool) -> None:
        x[_INDEX[name]] = float(value)

    return put


def _event_mention(text: str) -> Mention | None:
    found = mentions(text)
    return found[0] if found else None


def candidates(drafts: list[Draft], split: list[Sentence]) -> list[Candidate]:
    """Every date a report's sentences give that no draft of it covers, with its features."""
    text = "\n".join(s.text for s in split)
    year = date_phrases.last_year(text)
    found: list[tuple[int, date_phrases.DatePhrase]] = []
    per_sentence: dict[int, int] = {}
    for k, s in enumerate(split):
        phrases = [p for p in date_phrases.find(s.text, year) if p.first.year >= 1950]
        per_sentence[k] = len(phrases)
        found.extend((k, p) for p in phrases)
    if not found:
        return []
    all_days = [p.first for _, p in found]
    earliest, latest = min(all_days), max(all_days)
    same_date: dict = {}
    for _, p in found:
        same_date[p.first] = same_date.get(p.first, 0) + 1
    drafted = sorted(d.start_date for d in drafts if d.start_date is not None)
    out: list[Candidate] = []
    n = max(len(split) - 1, 1)
    for k, p in found:
        if _covered(p.first, p.precision, drafts):
            continue
        s = split[k].text
        m = _event_mention(s)
        m_before = None
        if m is None and k > 0 and split[k - 1].section == split[k].section:
            m_before = _event_mention(split[k - 1].text)
        x = [0.0] * len(FEATURES)
        put = _setter(x)

        put("held_verb", bool(_HELD.search(s)))
        put("took_part_verb", bool(_TOOK_PART.search(s)))
        put("future", bool(_FUTURE.search(s)))
        put("deadline", bool(_DEADLINE.search(s)))
        put("history", bool(_HISTORY.search(s)))
        put("series", bool(_SERIES.search(s)))
        put("part_of", bool(_PART.search(s)))
        put("day_precision", p.precision == "day")
        put("month_precision", p.precision == "month")
        put("year_precision", p.precision not in ("day", "month"))
        put("range", p.last is not None and p.last != p.first)
        put("year_from_context", p.year_from_context)
        put("venue", bool(_VENUE.search(s)))
        put("town", any(places.place_at(s, a.end()) for a in _AT_IN.finditer(s)))
        put("people_count", bool(numbers.totals(numbers.digits(s))))
        put("mention", m is not None)
        put("mention_before", m_before is not None)
        named = m or m_before
        if told_already(named, p, drafts, m is not None) or ruled_out(s, m):
            continue
        put("mention_plural", named is not None and (named.plural or (named.count or 0) > 1))
        put("proper_title", named is not None and bool(named.proper_title))
        put("mention_the", named is not None and named.determiner == "the")
        put("we", bool(_WE.search(s)))
        put("heading", split[k].kind == "heading")
        put("bullet", split[k].kind == "bullet")
        put("position", k / n)
        put("first_three", k < 3)
        put("drafts", math.log1p(len(drafts)))
        put("no_draft", not drafts)
        if drafted:
            gap = min(abs((p.first - day).days) for day in drafted)
            put("days_to_draft", math.log1p(gap) / 3)
            put("before_drafts", p.first < drafted[0])
            put("after_drafts", p.first > drafted[-1])
        put("latest_date", p.first == latest and earliest != latest)
        put("earliest_date", p.first == earliest and earliest != latest)
        put("same_date_sentences", math.log1p(same_date[p.first] - 1))
        put("dates_in_sentence", math.log1p(per_sentence[k] - 1))
        put("words", math.log1p(len(s.split())) / 3)
        out.append(Candidate(k, p, x, named, s))
    return out


def draft_of(c: Candidate, source_name: str) -> Draft | None:
    """The draft a candidate tells: the title and kind of its event noun, the dates of its
    phrase, the town and venue its sentence names and one participant count, marked unsure.
    None when no event noun names it (there is no kind to give it)."""
    if c.mention is None:
        return None
    d = Draft(c.mention.title, c.mention.event_type, source_name=source_name)
    p = c.phrase
    d.start_date, d.date_precision = p.first, p.precision
    d.end_date = p.last if p.last and p.last != p.first else None
    d.evidence["title"] = d.evidence["start_date"] = c.text
    d.unsure["title"] = UNSURE
    for a in _AT_IN.finditer(c.text):
        found = places.place_at(c.text, a.end())
        if found:
            places.put_place(d, found[0], c.text)
            break
    venue = places.venue_in(c.text)
    if venue:
        d.venue, d.evidence["venue"] = venue, c.text
    counts = numbers.totals(numbers.digits(c.text))
    if len(counts) == 1:
        d.participants_total = counts[0].value
        d.participants_at_least = counts[0].at_least
        d.evidence["participants_total"] = c.text
    return d


def probabilities(found: list[Candidate], coefficients: np.ndarray, intercept: float) -> np.ndarray:
    """The model's probability that each candidate's sentence tells an event held on its date."""
    if not found:
        return np.zeros(0)
    x = np.array([c.features for c in found], dtype=float)
    return 1.0 / (1.0 + np.exp(-(x @ coefficients + intercept)))


def chosen(
    found: list[Candidate], p: np.ndarray, add_above: float, per_report: int
) -> list[Candidate]:
    """The candidates to add: those at or above `add_above` with an event noun, one per date
    (the surest sentence), at most `per_report`, surest first."""
    best: dict = {}
    for c, prob in zip(found, p, strict=True):
        if prob < add_above or c.mention is None:
            continue
        if c.phrase.first not in best or prob > best[c.phrase.first][0]:
            best[c.phrase.first] = (float(prob), c)
    ranked = sorted(best.values(), key=lambda t: -t[0])
    return [c for _, c in ranked[:per_report]]


def ruled_out(text: str, mention: Mention | None) -> bool:
    """Whether the rules say the sentence tells no event held: a plan, a deadline's object, a
    demand, a body set up, a part of an event told before, one only pointed back at, or words
    of the future near its noun (events._planned, events.only_a_reference). The check weighs a
    sentence the rules did not read; it does not overrule what they read and set aside."""
    if events._PLAN_LINE.match(text):
        return True
    if mention is None:
        return bool(events._FUTURE.search(text))
    near = text[max(0, mention.np_start - 40) : mention.end + 60]
    return bool(
        events._FUTURE.search(near)
        or events._planned(text, mention)
        or events.only_a_reference(text, mention)
    )


def told_already(
    mention: Mention | None,
    phrase: date_phrases.DatePhrase,
    drafts: list[Draft],
    own_noun: bool = True,
) -> bool:
    """Whether a draft of the report may already tell the event the candidate names, so that a
    second draft would only split it: one of its kind with half its title's words ("the
    consultation" undated, then "Held ... on 27 February 2024"; "Planned: ... 2 February"), one
    of its kind with no date, one dated a day before or after (a release dated the day after
    the forum it tells), or, when the sentence names no event of its own (a title block's line of
    place and date), any draft with no date; and whether the candidate's span holds a draft's
    day (the larger event a drafted one was held within: "At the Global Forum ... (20-24
    January 2021), the network organised a seminar ... on 22 January")."""
    day = phrase.first
    last = phrase.last if phrase.last and phrase.last != phrase.first else None
    for d in drafts:
        if not own_noun and d.start_date is None:
            return True
        if last is not None and d.start_date is not None and day <= d.start_date <= last:
            return True
        if mention is not None and d.event_type == mention.event_type:
            if d.start_date is None or title_match(d.title, mention.title) >= 0.5:
                return True
        ends = [x for x in (d.start_date, d.end_date) if x is not None]
        if any(abs((day - x).days) <= 1 for x in ends):
            return True
    return False


@cache
def _model() -> tuple[np.ndarray, float, float, int] | None:
    data = weights.read(WEIGHTS, FEATURES)
    if data is None:
        return None
    return (
        np.array(data["coefficients"], dtype=float),
        float(data["intercept"]),
        float(data["add_above"]),
        int(data["per_report"]),
    )


def check(drafts: list[Draft], split: list[Sentence], source_name: str = "") -> None:
    """The check on one report's drafts, with the committed weights (nothing when there are none):
    the events it is sure of that no draft tells are added after them."""
    model = _model()
    if model is None:
        return
    coefficients, intercept, add_above, per_report = model
    found = candidates(drafts, split)
    for c in chosen(found, probabilities(found, coefficients, intercept), add_above, per_report):
        d = draft_of(c, source_name)
        if d is not None:
            drafts.append(d)
