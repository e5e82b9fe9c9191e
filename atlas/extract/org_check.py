"""A learned check on organisations and their roles, on top of the rules (issue 16).

The rules (atlas.extract.organisations and the passes that read a report's writer and funders)
give an event's organisations where a sentence ties a name to it with a phrase they know. On
text they were not written for they miss names told in other shapes and give some a wrong
role. This module turns every organisation name the rules gave any draft of a report, and every
name the extractor's finders see in it (`organisations.names_in` and `organisations.roles` on
each sentence, short names resolved as the rules resolve them), into a candidate for each of
the report's drafts, describes it the way a reader would weigh it (did the rules give it to
this draft, and with which role; which role words stand near its mentions, "organised by",
"funded by", "with the support of", "co-hosted", "in partnership with", speakers and trainers,
a visit; in brackets, in a heading, in an "About" paragraph; where and how often it is named;
whether it is named in a sentence the draft took its event from), and scores it with two
logistic regressions trained offline on the annotated sets (tools/train_org_check.py): one
says whether the name is one of the event's organisations at all, the other which role it has.
Their weights are a small JSON file (`WEIGHTS`) read with numpy: nothing is learned or
downloaded at run time. No report's own words are features.

The check is not part of the pipeline (bench/extract-org-check.md).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np

from atlas.extract import organisations, weights
from atlas.extract.drafts import Draft, OrganisationRole
from atlas.extract.sentences import Sentence
from atlas.folding import fold_for_scoring

WEIGHTS = Path(__file__).with_name("org_check_weights.json")

# The roles of the expected files, commonest first.
ROLES = ("organiser", "funder", "trainer", "host", "speaker", "partner", "visited")

# Words near a mention, by the role they point to. "Before" is the stretch of its clause before
# the name (the name follows "organised by"); "after" the words right after it (the name is the
# subject: "X organised", "X funded").
_CUES_BEFORE = {
    "organised_by": r"\b(?:organi[sz]ed|convened|run|led|conducted|arranged|coordinated|initiated"
    r"|launched)\s+by\s+(?:the\s+)?$|\borgani[sz]ers?\b|\bco-organi[sz]",
    "funded_by": r"\b(?:funded|supported|sponsored|financed|co-funded|backed|made\s+possible)\s+by"
    r"|\b(?:support|funding|grant|donation|contribution|sponsorship|backing)\s+(?:of|from|by)\b"
    r"|\bthanks?\s+(?:you\s+)?(?:to\b)?|\bgrateful\s+to\b|\bfunders?\b|\bdonors?\b",
    "hosted_by": r"\bco-host(?:ed|s)?\b|\bhosted\s+by\b|\bhosts?\b|\bat\s+the\s+invitation\s+of\b"
    r"|\b(?:at|in)\s+the\s+(?:offices?|premises|headquarters|hall|campus)\s+of\b",
    "with_partner": r"\bin\s+(?:partnership|collaboration|cooperation|co-operation|coordination)"
    r"\s+with\b|\b(?:together|jointly)\s+with\b|\bpartners?\b|\bwith\s+(?:the\s+)?$",
    "speaker": r"\b(?:speakers?|panell?ists?|presenters?|keynote|spoke|presented|presentations?)\b",
    "trainer": r"\b(?:trainers?|facilitators?|facilitated|resource\s+persons?|instructors?"
    r"|lecturers?|tutors?|taught|teachers?)\b",
    "visited": r"\bvisit(?:ed|s|ing)?\b|\bstudy\s+tour\b|\bmet\s+with\b",
}
_CUES_AFTER = {
    "organised_by": r"^\W{0,3}(?:\([^()]{1,40}\)\s*)?(?:,\s*[^,]{1,60},\s*)?(?:also\s+|jointly\s+)?"
    r"(?:organi[sz]ed|co-organi[sz]ed|convened|held|ran|conducted|hosted|launched|brought)\b",
    "funded_by": r"^\W{0,3}(?:\([^()]{1,40}\)\s*)?(?:also\s+|generously\s+)?(?:funded|co-funded"
    r"|sponsored|financed|supported|paid|provided\s+(?:funding|a\s+grant|financial))\b"
    r"|^\s*for\s+(?:(?:its|their|the)\s+)?(?:generous\s+|financial\s+|kind\s+)?(?:support|funding)",
    "hosted_by": r"^\W{0,3}(?:\([^()]{1,40}\)\s*)?(?:also\s+)?(?:hosted|co-hosted|welcomed|received)\b",
    "speaker": r"^\W{0,3}(?:\([^()]{1,40}\)\s*)?(?:also\s+)?(?:presented|spoke|shared|gave\s+a)\b",
    "trainer": r"^\W{0,3}(?:\([^()]{1,40}\)\s*)?(?:also\s+)?(?:trained|taught|facilitated|led\s+the)\b",
}
_BEFORE = {k: re.compile(v, re.I) for k, v in _CUES_BEFORE.items()}
_AFTER = {k: re.compile(v, re.I) for k, v in _CUES_AFTER.items()}
CUES = tuple(_CUES_BEFORE)
_CLAUSE_END = re.compile(r"[.;!?:]")
_ABOUT = re.compile(r"^(?:About\b|Who\s+we\s+are\b|About\s+the\s+organi[sz]ers?)", re.I)
_DESCRIBED_AS = re.compile(
    r"^\W{0,3}(?:\([^()]{1,40}\)\s*)?,?\s*(?:is|was|are)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:network|organi[sz]ation|union|association|foundation|NGO|group|coalition|alliance|body"
    r"|charity|centre|center|institute|agency|federation|movement|platform|collective)\b",
    re.I,
)

FEATURES = (
    "rules_org",  # the rules gave it to this draft
    *(f"rules_{r}" for r in ROLES),  # ... with this role
    "rules_other_draft",  # the rules gave it to another draft of the report, not this one
    "draft_orgs",  # how many organisations the rules gave this draft (log)
    "found_by_finders",  # the extractor's finders see it in the report
    "sentences",  # how many sentences name it (log)
    "share_of_mentions",  # its mentions over all candidates' mentions in the report
    *(f"cue_{c}" for c in CUES),  # a role word near one of its mentions
    "in_brackets",  # named inside brackets
    "in_heading",  # a heading or title line names it
    "in_about",  # named in an "About ..." section or where the report says what it is
    "in_event_evidence",  # a sentence the draft took its title, date or place from names it
    "in_org_evidence",  # a sentence the draft took an organisation from names it
    "first_position",  # where it is first named (0 = first sentence, 1 = last)
    "in_first_lines",  # named in the report's first three sentences
    "org_word",  # its name has an organisation word (Network, Foundation)
    "short_name",  # it is in capitals or the report defines a short name for it
    "name_words",  # how many words its name has (log)
    "several_events",  # the report gives more than one draft
    "candidates",  # how many names are candidates in the report (log)
    "list_like",  # share of the report's lines that are bullets or headings
)
_EVENT_FIELDS = ("title", "start_date", "end_date", "venue", "city", "country_iso3")


@dataclass
class Candidate:
    """One organisation name of a report, as a possible organisation of one draft's event."""

    draft: int  # index into the report's drafts
    name: str  # as the rules gave it, else as the finders found it (short names resolved)
    key: str  # the name folded as the scorer folds it
    rules_roles: tuple[str, ...]  # the roles the rules gave it in this draft
    features: list[float]
    quote: str = ""  # the first sentence that names it


@dataclass
class _Name:
    name: str
    forms: set[str] = field(default_factory=set)  # the spellings that name it in the text
    found: bool = False  # by the finders
    sentences: list[int] = field(default_factory=list)
    cues: set[str] = field(default_factory=set)
    brackets: bool = False
    about: bool = False


def _found_names(split: list[Sentence], aliases: dict[str, str]) -> dict[str, str]:
    """What the extractor's finders see: every name `names_in` and `roles` find in a sentence,
    short names resolved as the rules resolve them, by folded name."""
    found: dict[str, str] = {}
    for s in split:
        names = [n for n, _ in organisations.names_in(s.text, aliases)]
        names += [r.name for r in organisations.roles(s.text, aliases, has_event=True)]
        for n in names:
            full = aliases.get(n, n)
            found.setdefault(fold_for_scoring(full), full)
    return found


def _form_pattern(forms: set[str]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")


def _describe(names: dict[str, _Name], split: list[Sentence]) -> None:
    """Where each name is mentioned and with which role words."""
    patterns = {k: _form_pattern(n.forms) for k, n in names.items() if n.forms}
    about_sections = {s.section for s in split if s.kind == "heading" and _ABOUT.match(s.text)}
    for n_s, s in enumerate(split):
        for key, pattern in patterns.items():
            name = names[key]
            for m in pattern.finditer(s.text):
                if not name.sentences or name.sentences[-1] != n_s:
                    name.sentences.append(n_s)
                before = _CLAUSE_END.split(s.text[max(0, m.start() - 80) : m.start()])[-1]
                after = s.text[m.end() : m.end() + 80]
                name.cues |= {c for c, p in _BEFORE.items() if p.search(before)}
                name.cues |= {c for c, p in _AFTER.items() if p.search(after)}
                longest = len(m.group(0)) == max(map(len, name.forms))  # not "(MMN)"
                if longest and s.text[: m.start()].count("(") > s.text[: m.start()].count(")"):
                    name.brackets = True
                if (
                    s.section in about_sections
                    or _ABOUT.match(s.text)
                    or _DESCRIBED_AS.match(after)
                ):
                    name.about = True


def candidates(drafts: list[Draft], split: list[Sentence], text: str) -> list[Candidate]:
    """Every name the rules gave a draft of the report or the finders see in it, for every
    draft of the report."""
    if not drafts:
        return []
    # a short name's full name as the finders give it may run over a line break from the
    # heading above ("... in Chiang Mai\n\nThe Mekong Migration Network (MMN)"): its last line
    aliases = {
        short: organisations.clean_name(full.splitlines()[-1])
        for short, full in organisations.aliases(text).items()
    }
    shorts: dict[str, set[str]] = {}
    for short, full in aliases.items():
        shorts.setdefault(fold_for_scoring(full), set()).add(short)
    names: dict[str, _Name] = {}
    for key, name in _found_names(split, aliases).items():
        names[key] = _Name(name, found=True)
    for d in drafts:
        for o in d.organisations:
            names.setdefault(fold_for_scoring(o.name), _Name(o.name)).name = o.name
    if not names:
        return []
    for key, n in names.items():
        n.forms = {n.name, *shorts.get(key, ())} - {""}
    _describe(names, split)
    total_mentions = sum(len(n.sentences) for n in names.values()) or 1
    list_like = sum(s.kind != "text" for s in split) / max(len(split), 1)
    given = [
        {fold_for_scoring(o.name): set() for o in d.organisations} for d in drafts
    ]  # per draft: key -> roles
    for d, g in zip(drafts, given, strict=True):
        for o in d.organisations:
            g[fold_for_scoring(o.name)].add(o.role)
    event_evidence = [
        " ".join(v for k, v in d.evidence.items() if k in _EVENT_FIELDS) for d in drafts
    ]
    org_evidence = [
        " ".join(v for k, v in d.evidence.items() if k.startswith("organisations[")) for d in drafts
    ]
    out = []
    for key, n in names.items():
        own = n.sentences
        pattern = _form_pattern(n.forms)
        common = {
            "found_by_finders": float(n.found),
            "sentences": math.log1p(len(own)),
            "share_of_mentions": len(own) / total_mentions,
            **{f"cue_{c}": float(c in n.cues) for c in CUES},
            "in_brackets": float(n.brackets),
            "in_heading": float(any(split[i].kind == "heading" for i in own)),
            "in_about": float(n.about),
            "first_position": own[0] / max(len(split) - 1, 1) if own else 1.0,
            "in_first_lines": float(bool(own) and own[0] < 3),
            "org_word": float(bool(organisations.ORG_WORD.search(n.name))),
            "short_name": float(n.name.isupper() or key in shorts),
            "name_words": math.log1p(len(n.name.split())),
            "several_events": float(len(drafts) > 1),
            "candidates": math.log1p(len(names)),
            "list_like": list_like,
        }
        quote = split[own[0]].text if own else ""
        for i in range(len(drafts)):
            mine = given[i].get(key, set())
            values = {
                **common,
                "rules_org": float(bool(mine)),
                **{f"rules_{r}": float(r in mine) for r in ROLES},
                "rules_other_draft": float(
                    not mine and any(key in g for j, g in enumerate(given) if j != i)
                ),
                "draft_orgs": math.log1p(len(given[i])),
                "in_event_evidence": float(bool(pattern.search(event_evidence[i]))),
                "in_org_evidence": float(bool(pattern.search(org_evidence[i]))),
            }
            out.append(
                Candidate(
                    i,
                    n.name,
                    key,
                    tuple(r for r in ROLES if r in mine) + tuple(sorted(mine - set(ROLES))),
                    [values[f] for f in FEATURES],
                    quote,
                )
            )
    return out


@dataclass
class Model:
    """The two regressions and the three thresholds of the check."""

    keep_coefficients: np.ndarray  # (features,)
    keep_intercept: float
    role_coefficients: np.ndarray  # (roles, features), rows in the order of `roles`
    role_intercepts: np.ndarray  # (roles,)
    roles: tuple[str, ...]
    add_above: float  # add a name the rules missed when its keep probability is at least this
    drop_below: float  # drop a name the rules gave when it is below this
    switch_above: float  # change the rules' one role when another's probability is at least this


def keep_probabilities(found: list[Candidate], model: Model) -> np.ndarray:
    """The probability that each candidate is one of its draft's event's organisations."""
    if not found:
        return np.zeros(0)
    x = np.array([c.features for c in found], dtype=float)
    return 1.0 / (1.0 + np.exp(-(x @ model.keep_coefficients + model.keep_intercept)))


def role_probabilities(found: list[Candidate], model: Model) -> np.ndarray:
    """Each candidate's probability of each of `model.roles` (a softmax; rows sum to 1)."""
    if not found:
        return np.zeros((0, len(model.roles)))
    x = np.array([c.features for c in found], dtype=float)
    z = x @ model.role_coefficients.T + model.role_intercepts
    z -= z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def decide(c: Candidate, keep: float, roles: np.ndarray, model: Model) -> tuple[str, ...]:
    """The roles a candidate ends with: none (dropped, or not added), the rules' own, or the
    one the role model is sure of."""
    top = int(np.argmax(roles))
    best, sure = model.roles[top], float(roles[top])
    if c.rules_roles:
        if keep < model.drop_below:
            return ()
        if len(c.rules_roles) == 1 and best != c.rules_roles[0] and sure >= model.switch_above:
            return (best,)
        return c.rules_roles
    return (best,) if keep >= model.add_above else ()


def apply(drafts: list[Draft], found: list[Candidate], model: Model) -> None:
    """Change the drafts as the check decides: add the names it is sure the rules missed (with
    the sentence that first names them as evidence, marked unsure), drop the rules' names it is
    sure are not the event's, and change a role it is sure of."""
    keep = keep_probabilities(found, model)
    roles = role_probabilities(found, model)
    for c, k, r in zip(found, keep, roles, strict=True):
        d = drafts[c.draft]
        final = decide(c, float(k), r, model)
        if final == c.rules_roles:
            continue
        mine = [i for i, o in enumerate(d.organisations) if fold_for_scoring(o.name) == c.key]
        if mine:
            if not final:
                d.keep_items(
                    "organisations", [i for i in range(len(d.organisations)) if i not in mine]
                )
                continue
            d.organisations[mine[0]] = OrganisationRole(d.organisations[mine[0]].name, final[0])
            d.unsure[f"organisations[{mine[0]}]"] = (
                f"the organisation check changed its role from {c.rules_roles[0]}"
            )
            continue
        d.organisations.append(OrganisationRole(c.name, final[0]))
        n = len(d.organisations) - 1
        if c.quote:
            d.evidence[f"organisations[{n}]"] = c.quote
        d.unsure[f"organisations[{n}]"] = "the organisation check added it; the rules did not"


@cache
def _model() -> Model | None:
    data = weights.read(WEIGHTS, FEATURES)
    if data is None:
        return None
    return Model(
        np.array(data["keep"]["coefficients"], dtype=float),
        float(data["keep"]["intercept"]),
        np.array(data["role"]["coefficients"], dtype=float),
        np.array(data["role"]["intercepts"], dtype=float),
        tuple(data["role"]["roles"]),
        float(data["add_above"]),
        float(data["drop_below"]),
        float(data["switch_above"]),
    )


def check(drafts: list[Draft], split: list[Sentence], text: str) -> None:
    """The check on one report's drafts, with the committed weights (nothing when there are none)."""
    model = _model()
    if model is None or not drafts:
        return
    apply(drafts, candidates(drafts, split, text), model)
