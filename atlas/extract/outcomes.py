"""What came of an event or project, as a sentence states it.

Most outcomes are read as a verb and its object (atlas.extract.outcome_lexicon: "adopted the
Lima Declaration", "a glossary ... was produced", "set up a peace committee"), the type from the
object's head noun. The rules here read what that general reading cannot: titles set apart by
commas, quotes or "entitled" ("its first report, Caminantes, on"), counted issues and
newsletters, documentaries, recommendations, "agreed on the following issues:" and its list,
copies handed out of a publication named before, networks "re-established as a network", bodies
appointed, media products and their languages. A sentence about the future proposes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from atlas.extract import numbers, outcome_lexicon, places, places34, qty33
from atlas.extract.merging import similar_words

# Case-sensitive: "May 2016" is a month, not "may".
_MODAL = re.compile(
    r"\b(?:[Ww]ill|would|shall|should|could|can|may|might|plans? to|intends? to|aims? to|hopes? to)\b"
)
_TCAP = r"(?:[A-Z0-9‘'“\"][\w’'‘”\"-]*:?)"
_TJOIN = r"(?:of|for|the|and|on|in|to|with|a|an|at|by|from|about|between|de|del|la|las|los|da|do|dos|das|por|para|pour|et|&)"
TITLE = rf"{_TCAP}(?:\s+(?:{_TJOIN}\s+)*{_TCAP})*"
_QUOTED = r"[“\"]([^”\"]{3,150})[”\"]"
_KINDS = (
    r"(?:advocacy |research |policy |briefing |discussion |position |working )?(?:paper|report"
    r"|book|study|handbook|guide|guidebook|manual|brief|newsletter|booklet|toolkit|leaflet"
    r"|brochure|bulletin|journal|magazine|compilation|collection|briefing(?: paper| note)?)"
)
_ORDINAL_WORDS = (
    r"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
)
# Media a project makes in numbers: "14 short radio dramas".
_MEDIA = (
    r"(?:radio dramas|radio spots|radio programmes|radio programs|radio shows|podcasts|videos"
    r"|video clips|short films|films|songs|music videos|comics|posters|infographics|animations"
    r"|dramas|plays|spots|public service announcements)"
)


@dataclass(frozen=True)
class Found:
    """An outcome a sentence states."""

    outcome_type: str
    title: str
    quantity: int | None = None
    unit: str | None = None


def _title(text: str, single: bool = False) -> str | None:
    """The title at the start of `text`: a quoted title or a run of capitalised words (one word
    only when `single`, where the sentence sets it apart: "its first report, Caminantes, on")."""
    text = text.lstrip(" ,:")
    m = re.match(_QUOTED, text)
    if m:
        return m.group(1).strip()
    m = re.match(TITLE, text)
    if not m:
        return None
    title = m.group(0).rstrip(":,'\" ")
    title = re.sub(r"\s+(?:" + _TJOIN + r")$", "", title)
    return title if len(title.split()) >= 2 or title.isupper() or single else None


def _cap(text: str) -> str:
    text = " ".join(text.split()).strip(" ,;:.")
    return text[:1].upper() + text[1:]


def _words(text: str, limit: int = 14) -> str:
    words = text.split()
    return " ".join(words[:limit]) + (" ..." if len(words) > limit else "")


@dataclass
class _Reading:
    """One sentence while the rules read it: its text, the same with numbers as digits, and the
    outcomes found so far (a later rule may look at what an earlier one found)."""

    sentence: str
    digits: str
    following_items: int
    last_title: str | None
    found: list[Found]


@dataclass(frozen=True)
class _Rule:
    """A way reports state an outcome: a pattern and what a match of it gives (or None)."""

    pattern: re.Pattern[str]
    handler: Callable[[re.Match[str], _Reading], Found | None]
    on_digits: bool = False  # match against the sentence with number words as digits
    first_only: bool = False  # only the pattern's first match counts
    any_tense: bool = False  # a modal before the match ("will") does not stop it


def _rule(pattern: str, flags: int = 0, **options: bool) -> Callable:
    """Register the decorated handler with its pattern in RULES, in the order written."""

    def register(handler: Callable[[re.Match[str], _Reading], Found | None]) -> Callable:
        RULES.append(_Rule(re.compile(pattern, flags), handler, **options))
        return handler

    return register


def _step(handler: Callable[[_Reading], None]) -> Callable[[_Reading], None]:
    """Register a step that tidies what the rules before it found."""
    RULES.append(handler)
    return handler


RULES: list[_Rule | Callable[[_Reading], None]] = []


def find(sentence: str, following_items: int = 0, last_title: str | None = None) -> list[Found]:
    """Outcomes a sentence states, by RULES in order. `following_items` is the number of list
    items right after it, counted for "agreed on the following issues:"; `last_title` is the
    publication the report named last, for "800 copies were distributed" with no title of its own."""
    r = _Reading(sentence, numbers.digits(sentence), following_items, last_title, [])
    for rule in RULES:
        if not isinstance(rule, _Rule):
            rule(r)
            continue
        text = r.digits if rule.on_digits else r.sentence
        matches = [rule.pattern.search(text)] if rule.first_only else rule.pattern.finditer(text)
        for m in matches:
            if m is None or (not rule.any_tense and _MODAL.search(text[: m.start()])):
                continue
            found = rule.handler(m, r)
            if found is not None:
                r.found.append(found)
    return r.found


# Publications ---------------------------------------------------------------------------------


@_rule(
    rf"(?<![\w-])(\d+)\s+(?:{_QUOTED}\s+)?({_KINDS}s)\s+(?:were|have been|was)\s+(?:published|produced|issued|released|printed)",
    re.I,
    on_digits=True,
)
def _numbered(m: re.Match[str], r: _Reading) -> Found:
    """ "Five "X" newsletters were published"."""
    kind = m.group(3).split()[-1].lower()
    title = f"“{m.group(2)}” {kind}" if m.group(2) else kind.capitalize()
    return Found("publication", title, int(m.group(1)), kind)


@_rule(rf"\b({_KINDS})s?\s*,?\s*(?:entitled|called|titled|named)\b[:,]?\s*", re.I)
def _entitled(m: re.Match[str], r: _Reading) -> Found | None:
    """ "an advocacy paper entitled X", "a newsletter called X"."""
    title = _title(r.sentence[m.end() :])
    return Found("publication", title) if title else None


@_rule(
    rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[\w-]+[’']s)\s+(?:(?!{_KINDS}\b)[\w-]+\s+){{0,2}}?({_KINDS})"
    rf"(?:\s+(?:on|about|of)\s+[a-z][^,;.]{{0,60}})?,\s+"
)
def _kind_then_title(m: re.Match[str], r: _Reading) -> Found | None:
    """ "The Advocacy Paper, X, provides", "its first report, Caminantes, on ..."."""
    title = _title(r.sentence[m.end() :], single=True)
    if title and "," in r.sentence[m.end() + len(title) : m.end() + len(title) + 2]:
        return Found("publication", title)
    return None


@_rule(r"\b(?:published|printed|produced|released|launched|issued)\s+(?=[A-Z“\"])")
def _title_then_kind(m: re.Match[str], r: _Reading) -> Found | None:
    """ "printed Working From Home, a handbook for organisers": the title, then what it is."""
    title = _title(r.sentence[m.end() :])
    after = r.sentence[m.end() + len(title or "") :]
    more = re.match(rf",\s+({TITLE})(?=,)", after)  # "Working From Home, Working With Rights"
    if title and more:
        title, after = f"{title}, {more.group(1)}", after[more.end() :]
    if title and re.match(
        rf"\W*,\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){{0,2}}?{_KINDS}\b", after
    ):
        return Found("publication", title)
    return None


_ISSUED = re.compile(
    r"\b(?:published|issued|released|printed|came out|appeared|were (?:published|issued|released|printed))\b"
)


@_rule(
    rf"(?<![\w-])(\d+)\s+(issues|editions|volumes|numbers)\s+of\s+(?:its|their|a|(?:the\s+)?[\w-]+[’']s|the)\s+(?:[\w-]+\s+)?({_KINDS})\b,?\s*",
    re.I,
    on_digits=True,
)
def _issues_of(m: re.Match[str], r: _Reading) -> Found | None:
    """ "published three issues of its newsletter, Paper Trails", "Two issues of the coalition's
    newsletter, River Children, came out"."""
    if not _ISSUED.search(r.digits):
        return None
    title = _title(r.digits[m.end() :])
    kind = m.group(3).split()[-1]
    return Found(
        "publication",
        f"{title} {kind}" if title else kind.capitalize(),
        int(m.group(1)),
        m.group(2),
    )


@_rule(
    rf"\b(?:published|issued|released|printed|produced)\s+(?:its|their|the)\s+"
    rf"({_ORDINAL_WORDS}(?:(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+){_ORDINAL_WORDS})*)\s+(?:issues?\s+of\s+(?:its|their|the)\s+)?({_KINDS})s?\b,?\s*",
    re.I,
)
def _ordinal_issues(m: re.Match[str], r: _Reading) -> Found:
    """ "published its 6th and 7th newsletters, Deck Notes": as many as the numbers it lists ("its
    first report" alone is the first ever, not a count)."""
    if m.group(1).lower() == "first":
        return None
    title = _title(r.sentence[m.end() :])
    kind = m.group(2).split()[-1].lower()
    n = len(re.findall(_ORDINAL_WORDS, m.group(1), re.I))
    return Found("publication", f"{title} {kind}" if title else kind.capitalize(), n, "issues")


# Documentaries and films ----------------------------------------------------------------------


@_rule(r"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,2}?(documentary|film)\s*,\s*", any_tense=True)
def _film_named(m: re.Match[str], r: _Reading) -> Found | None:
    """ "A short documentary, Fair From the Start, was screened"."""
    title = _title(r.sentence[m.end() :])
    rest = r.sentence[m.end() + len(title or "") :]
    if title and re.match(
        r"\s*,\s*(?:was|is|has been)\s+(?:screened|produced|released|launched|shown|made)", rest
    ):
        return Found("documentary", title)
    return None


@_rule(
    r"\b(?:produced|made|released|launched|premiered|screened)\s+(?:a|an|the|its|their|our)\s+(?:[\w-]+\s+){0,2}?"
    r"(documentary|film|video)\b(?:\s+(?:entitled|called|titled))?[:,]?\s*"
)
def _film_made(m: re.Match[str], r: _Reading) -> Found | None:
    """ "produced the multimedia documentary entitled X"; "launched the documentary" alone is one
    told before."""
    title = _title(r.sentence[m.end() :])
    if title is None and re.search(
        r"\b(?:the|its|their|our)\s+(?:[\w-]+\s+){0,2}?(?:documentary|film|video)\b", m.group(0)
    ):
        return None
    return Found("documentary", title or m.group(1).capitalize())


# Recommendations ------------------------------------------------------------------------------


@_rule(
    r"\b(?:concluded with|ended with|closed with|resulted in|made|produced|developed|adopted|issued"
    r"|drew(?:\s+up)?|drawn\s+up|agreed"
    r"|formulated|put forward|came up with|submitted|contribute|contributed|presented|agreed on|drafted"
    r"|sets? out|lays? out|offers?|offered|proposes|proposed)\s+(?:a|an|the|its|their|several|"
    r"(?P<n>\d+)|a range of|a set of|a number of|a list of)?\s*"
    r"(?:(?:short\s+|long\s+)?(?:range|set|number|list|series)\s+of\s+)?(?:(?P<n2>\d+)\s+)?"
    r"(?P<what>(?:[\w-]+\s+)?recommendations)\b",
    on_digits=True,
    first_only=True,
)
def _recommendations(m: re.Match[str], r: _Reading) -> Found:
    """ "concluded with recommendations", "made 12 recommendations"."""
    rest = re.split(r"[,;.:]|\s(?:which|that|who)\s", r.digits[m.start("what") :])[0]
    n = int(m.group("n") or m.group("n2")) if m.group("n") or m.group("n2") else None
    return Found("recommendation", _cap(_words(rest)), n, "recommendations" if n else None)


@_rule(r"\brecommended\s+(?:that|to)\s+", first_only=True)
def _recommended_that(m: re.Match[str], r: _Reading) -> Found | None:
    """ "recommended that ...", when the sentence has no recommendations noun already."""
    if any(f.outcome_type == "recommendation" for f in r.found):
        return None
    rest = re.split(r"[,;.]", r.sentence[m.end() :])[0]
    return Found("recommendation", "Recommendation: " + _words(rest, 12))


# Agreements -----------------------------------------------------------------------------------


@_rule(
    r"\bagreed\s+(?:on|upon)\s+(?:the\s+following\s+(\w+)|(\d+)\s+(?:[\w-]+\s+)?(\w+))",
    on_digits=True,
    first_only=True,
)
def _agreed_on(m: re.Match[str], r: _Reading) -> Found | None:
    """ "X agreed on the following issues:" (+ the list), "agreed on three strategies"."""
    if re.search(r"\bagreed upon in (?:19|20)\d\d", r.digits):
        return None
    subject = re.split(r",\s*", r.digits[: m.start()].strip())[-1]
    subject = _cap(re.sub(r"^(?:the|The)\s+", "", subject)) or "Participants"
    if m.group(1) and r.following_items:
        return Found(
            "agreement",
            f"{subject} agreed on the following {m.group(1)}",
            r.following_items,
            "points agreed",
        )
    if m.group(2):
        if any(f.outcome_type == "recommendation" for f in r.found):
            return None  # "agreed on 8 recommendations": the recommendations, read once
        what = re.split(r"[,;.]", r.digits[m.start(2) :])[0]
        return Found("agreement", f"{subject} agreed on {what}", int(m.group(2)), m.group(3))
    return None


@_rule(
    r"\b(?:agreed|settled|decided)\s+(?:on|upon)\s+(?:a|an|the)\s+(?P<what>(?:common|joint|shared|single"
    r"|minimum|collective|uniform)\s+[a-z][^,;.]{2,100})"
)
def _agreed_common(m: re.Match[str], r: _Reading) -> Found:
    """ "the women agreed on a common floor price for the season", "agreed upon a joint
    timetable": something held in common, agreed."""
    what = re.split(r"\s+(?:which|that|who|so\s+that|because|when|after)\s+", m.group("what"))[0]
    return Found("agreement", _cap(_words(what, 12)))


# Commitments ----------------------------------------------------------------------------------

# Who commits: a body of the state (its undertaking is a policy change) or another body (an
# agreement): "the county fisheries department agreed to gazette two landing sites", "the
# district land office promised to reopen registration", "two of the institutions agreed to
# pilot a loan product". People at the event ("participants agreed to meet again") commit the
# event to nothing that came of it.
_STATE_BODY = (
    r"(?:department|ministry|ministries|office|secretariat|authority|authorities|government"
    r"|council|commission|municipality|inspectorate|police|governor|minister|mayor|court"
    r"|parliament|administration|directorate|board|prefecture|county)"
)
_OTHER_BODY = (
    r"(?:institutions?|compan(?:y|ies)|employers?|banks?|firms?|agenc(?:y|ies)|operators?|owners?"
    r"|brands?|factor(?:y|ies)|lenders?|hospitals?|clinics?|schools?|landlords?|unions?"
    r"|associations?|chambers?|federations?|cooperatives?|providers?)"
)
_NOT_COMMITMENT = re.compile(
    r"(?:meet|hold|attend|visit|return|continue|consider|look\s+into|study|discuss|review|keep"
    r"|stay|share|take\s+part|join|participate|come|talk)\b"
)


@_rule(
    r"\b(?:agreed|undertook|committed(?:\s+(?:itself|themselves))?|promised|pledged)\s+to\s+"
    r"(?P<what>[a-z][^,;.]*)"
)
def _committed(m: re.Match[str], r: _Reading) -> Found | None:
    """A body that agreed, undertook, committed itself or promised to do something."""
    if _NOT_COMMITMENT.match(m.group("what")) or re.match(
        r"(?:set\s+up|form|establish|found|create|launch|adopt|sign)\b", m.group("what")
    ):
        return None  # a plan to meet; what was set up is read as what it is
    subject = re.split(
        r"[,;:]\s*|\b(?:and|which|where|when|while|but)\s+", r.sentence[: m.start()]
    )[-1].strip()
    if re.search(r"\b(?:not|never|no)\b", subject):
        return None
    of = r"(?:\s+(?:of|for)\s+(?:the\s+)?[\w'’-]+(?:\s+(?:and\s+)?[\w'’-]+){0,4})?\s*$"
    if re.search(rf"\b{_STATE_BODY}{of}", subject, re.I):
        kind = "policy_change"
    elif re.search(rf"\b{_OTHER_BODY}{of}", subject, re.I):
        kind = "agreement"
    else:
        return None
    who = re.sub(r"^(?:(?:at|by)\s+the\s+end,?\s+|then\s+|also\s+)?(?:the|The)\s+", "", subject)
    what = re.split(
        r"\s+(?:that|which|who|because|after|once|if|so that|by the end)\s+", m.group("what")
    )[0]
    verb = m.group(0)[: m.start("what") - m.start()].strip()
    return Found(kind, _cap(_words(f"{who} {verb} {what}", 18)))


# Materials distributed ------------------------------------------------------------------------


@_rule(
    r"\b(?:distributed|gave\s+out|handed\s+out)\s+(\d[\d,]*)\s+(copies|\w+)\s+of\s+"
    r"(?:the\s+|a\s+|an\s+|its\s+|our\s+|their\s+)?",
    on_digits=True,
)
def _copies_of(m: re.Match[str], r: _Reading) -> Found | None:
    """ "distributed 500 copies of X", "of a pocket guide, Know Your Rights"."""
    kind_first = re.match(rf"(?:[\w-]+\s+){{0,2}}?{_KINDS},\s+", r.digits[m.end() :])
    title = (
        (_title(r.digits[m.end() + kind_first.end() :]) if kind_first else None)
        or _title(r.digits[m.end() :])
        or _cap(re.split(r"[,;.]|\s(?:to|for|and|among|in)\s", r.digits[m.end() :])[0])
    )
    if title:
        return Found(
            "materials_distributed",
            f"{title} distributed",
            int(m.group(1).replace(",", "")),
            m.group(2),
        )
    return None


@_rule(
    r"^(?:[-•*]\s*)?(?:[^:]{1,40}:\s+)?(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s+(?P<what>(?:[^,;:.“”\"]|[“\"][^”\"]{1,80}[”\"]){3,90}?)\s+"
    r"(?:(?:printed|produced|made)\s+and\s+)?(?:distributed|handed\s+out|given\s+out"
    # "- 18 first aid kits given to the 18 trainees"
    r"|(?:given|handed)\s+(?=to\s+(?:the\s+|each\s+|all\s+)?(?:\d+\s+)?[a-z]))\b",
    on_digits=True,
    first_only=True,
)
def _counted_and_handed_out(m: re.Match[str], r: _Reading) -> Found | None:
    """A log's line or a headline with no verb of its own: "15 March: 1,200 hygiene kits
    distributed in Sfax", "600 posters on the closed season printed and distributed"."""
    what = m.group("what")
    if re.search(r"\b(?:was|were|are|is|been|had|have|has|not|be)\b", what):
        return None  # "2,000 copies were distributed": read by the rules for copies
    copies = re.match(r"(?:printed\s+)?copies\s+of\s+(?:the\s+|a\s+|an\s+|its\s+|our\s+)?", what)
    thing = what[copies.end() :] if copies else what
    if not re.search(rf"\b{outcome_lexicon.MATERIAL_HEAD}", thing, re.I):
        return None  # "300 people handed out ...", "40 volunteers distributed": not things
    kind_first = re.match(rf"(?:[\w-]+\s+){{0,3}}?{_KINDS}\s+(?=[“\"])", thing)
    title = (_title(thing[kind_first.end() :]) if kind_first else None) or _cap(thing)
    unit = "copies" if copies else None
    return Found("materials_distributed", title, int(m.group("n").replace(",", "")), unit)


@_rule(
    r"(?<![\w,.])(\d{1,3}(?:,\d{3})+|\d+)\s+(?:printed\s+)?(?:copies\s+)?(?:were|have been)\s+distributed\b"
    r"|\bdistributed\s+(\d{1,3}(?:,\d{3})+|\d+)\s+(?:printed\s+)?copies\b(?!\s+of\b)",
    on_digits=True,
)
def _copies(m: re.Match[str], r: _Reading) -> Found | None:
    """ "2,400 were distributed", "distributed 1,500 copies in Khmer": copies of the publication
    this sentence names, or else the one the report named last."""
    named_here = [f.title for f in r.found if f.outcome_type == "publication" and not f.quantity]
    title = named_here[-1] if named_here else r.last_title
    if not title or any(f.outcome_type == "materials_distributed" and f.quantity for f in r.found):
        return None
    n = int((m.group(1) or m.group(2)).replace(",", ""))
    r.found = [
        f
        for f in r.found
        if not (f.outcome_type == "materials_distributed" and f.title == f"{title} distributed")
    ]
    return Found("materials_distributed", f"{title} distributed", n, "copies")


@_step
def _told_twice(r: _Reading) -> None:
    """A publication told twice in one sentence ("three issues of its newsletter, Paper Trails")
    is kept with its number; a handbook the report says was handed out is counted as materials
    distributed, not also as a publication (the seed's handbooks and guides are)."""
    counted = [f.title for f in r.found if f.outcome_type == "publication" and f.quantity]
    r.found = [
        f
        for f in r.found
        if not (
            f.outcome_type == "publication"
            and not f.quantity
            and any(f.title in t for t in counted)
        )
    ]
    handed_out = {
        f.title.removesuffix(" distributed")
        for f in r.found
        if f.outcome_type == "materials_distributed"
    }
    r.found = [
        f
        for f in r.found
        if not (f.outcome_type == "publication" and not f.quantity and f.title in handed_out)
    ]


# Trees planted --------------------------------------------------------------------------------

_PLANTED_THINGS = (
    r"(?:[\w-]+\s+){0,3}?(?:seedlings|trees|saplings|mangroves|propagules|cuttings|fruit\s+trees)"
)


@_rule(
    rf"\bplanted\s+(?:some\s+|over\s+|more\s+than\s+|about\s+|around\s+|nearly\s+)?"
    rf"(\d{{1,3}}(?:,\d{{3}})+|\d+)\s+({_PLANTED_THINGS})\b"
    rf"|(?<![\w,.])(\d{{1,3}}(?:,\d{{3}})+|\d+)\s+({_PLANTED_THINGS})\s+(?:were|have\s+been|had\s+been)\s+planted\b",
    on_digits=True,
)
def _planted(m: re.Match[str], r: _Reading) -> Found:
    """ "we planted 1,500 indigenous tree seedlings along the stream", "800 mangrove seedlings
    were planted": what was planted and how many."""
    n, what = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    where = re.match(r"\s+((?:along|on|in|at|around|near)\s+[^,;.]{3,60})", r.digits[m.end() :])
    where_text = f" {where.group(1)}" if where and not m.group(3) else ""
    where_text = re.split(r"\s+(?:and|with|by|to|where|which)\s+", where_text)[0]
    return Found(
        "other", _cap(f"{what} planted{where_text}"), int(n.replace(",", "")), what.split()[-1]
    )


# Networks formed ------------------------------------------------------------------------------


@_rule(
    r"\b(?:was|were)\s+((?:re-)?(?:established|formed|founded|set up|launched|created))\s+as\s+a\s+network\b",
    first_only=True,
    any_tense=True,
)
def _as_a_network(m: re.Match[str], r: _Reading) -> Found | None:
    """ "X was re-established as a network"."""
    runs = list(re.finditer(TITLE, r.sentence[: m.start()].rstrip()))
    if not runs:
        return None
    name = re.sub(r"^(?:The|the)\s+", "", runs[-1].group(0))
    return Found("network", f"{name} {m.group(1)} as a network")


@_rule(
    r"\b((?:re-)?(?:establish|established|form|formed|found|founded|set up|launch|launched|create|created))\s+(?:a|an|the)\s+"
)
def _network_named(m: re.Match[str], r: _Reading) -> Found | None:
    """ "to (re-)establish the X Network"."""
    title = _title(r.sentence[m.end() :])
    if not title or not re.search(r"\b(?:Network|Coalition|Alliance|Platform)\b", title):
        return None
    verb = m.group(1) if m.group(1).endswith("ed") or m.group(1) == "set up" else m.group(1) + "ed"
    return Found("network", f"{title} {verb.replace('eed', 'ed')}")


# Policy and institutional change --------------------------------------------------------------


@_rule(
    r"\b(?:appointed|established|set up|formed)\s+(?:a|an|the)\s+(?=(?:Working Group|Task Force|Committee|Commission)\b)"
)
def _body_appointed(m: re.Match[str], r: _Reading) -> Found | None:
    """ "appointed a Working Group on ..."."""
    title = _title(r.sentence[m.end() :])
    return Found("policy_change", f"{_words(title, 16)} appointed") if title else None


# Media products -------------------------------------------------------------------------------


@_rule(
    rf"\b(?:produced|made|recorded|created|developed|wrote|filmed|presented|screened|showed|showcased)\s+(\d+)\s+((?:[\w-]+\s+){{0,3}}?{_MEDIA})\b",
    on_digits=True,
)
def _media_counted(m: re.Match[str], r: _Reading) -> Found:
    """ "produced 14 short radio dramas about safe migration"."""
    rest = re.split(r"[,;.]|\s(?:which|that|who|and)\s", r.digits[m.start(2) :])[0]
    return Found("media_product", _cap(_words(rest)), int(m.group(1)), m.group(2).split()[-1])


@_rule(
    rf"(?<![\w,.])(\d+)\s+((?:(?!and\b|or\b)[\w-]+\s+){{0,3}}?{_MEDIA})\s+(?:were|have\s+been|had\s+been)\s+"
    r"(?:produced|made|recorded|created|developed|written|filmed)\b",
    on_digits=True,
)
def _media_counted_passive(m: re.Match[str], r: _Reading) -> Found | None:
    """ "altogether 22 radio spots were produced in three languages explaining how to vote"."""
    if re.search(r"\b(?:will|would|should|to\s+be|not)\s+$", r.digits[: m.start()]):
        return None
    if re.fullmatch(r"(?:19|20)\d\d", m.group(1)):
        return None  # "in 2021 posters were made": a year
    rest = r.digits[m.start(2) :]
    # "22 radio spots were produced in Spanish and Mam explaining how to vote": what they tell
    clause = re.split(r"[;.]", rest)[0]
    telling = re.search(r"\s((?:explaining|about|calling|showing|telling)\s[^,;.]{3,80})", clause)
    title = m.group(2) + (" " + telling.group(1) if telling else "")
    return Found("media_product", _cap(_words(title, 12)), int(m.group(1)), m.group(2).split()[-1])


@_rule(
    r"\bbroadcast\s+on\s+((?:[A-Z][\w-]*\s+)?(?:national\s+)?(?:television|TV|radio))\b",
    first_only=True,
)
def _broadcast(m: re.Match[str], r: _Reading) -> Found:
    """ "broadcast on Lao television"."""
    return Found("media_product", f"Broadcast on {m.group(1)}")


def languages(sentence: str) -> int | None:
    """How many languages "available in English, Thai, Khmer, Burmese, and Japanese" names."""
    m = re.search(
        r"\b(?:available|produced|subtitled|dubbed|translated|published|subtitles)\s+(?:in|into)\s+",
        sentence,
    )
    if not m:
        return None
    names = re.split(
        r"\s*,\s*(?:and\s+)?|\s+and\s+",
        re.split(r"[.;(]|\s(?:to|for|with)\s", sentence[m.end() :])[0],
    )
    count = sum(1 for name in names if places.language(name.strip()))
    return count if count >= 2 else None


# A table's cell or a log's result told as a headline, a thing and then its participle with no
# "was": "Learning note on the relocation model published", "Toolkit adapted to Amharic",
# "Result: a seed network was formed; the calendar "Seeds" was printed (300 copies)".
_CELLS = re.compile(r"\s*(?:\||·|;|\bResults?\s*:|\bOutcomes?\s*:|\bRemarks?\s*:)\s*")
_HEADLINE = re.compile(
    r"^(?:(?:the|a|an|its|their)\s+)?(?P<np>[\w“\"][^|·;]{2,90}?)\s+(?:(?:was|were)\s+)?"
    r"(?P<verb>published|launched|printed|adopted|agreed|signed|submitted|adapted|produced"
    r"|finali[sz]ed|formed|set\s+up|created|established|drafted|validated|approved|endorsed)\b"
)


@_step
def _headline_cells(r: _Reading) -> None:
    if not re.search(r"[|·]|\b(?:Results?|Outcomes?|Remarks?)\s*:", r.sentence):
        return  # prose, even with a semicolon, is read by the rules above
    for cell in _CELLS.split(r.sentence):
        m = _HEADLINE.match(cell.strip())
        if not m or _MODAL.search(cell) or len(cell.split()) > 18:
            continue
        np = m.group("np")
        if re.search(r"\b(?:was|were|is|are|has|have|had|will|not)\b", np) or re.search(
            r"\b[a-z]+ed\b", np.split()[-1]
        ):
            continue
        np = re.sub(r"\s*([“\"][^”\"]{2,80}[”\"])", r", \1,", np)  # a quoted title, set apart
        rest = cell.strip()[m.end() :]
        made = f"The {np[:1].lower() + np[1:]} was {m.group('verb')}{rest}."
        for s in outcome_lexicon.read(made):
            if any(
                f.outcome_type == s.outcome_type and similar_words(f.title, s.title) >= 0.5
                for f in r.found
            ):
                continue
            title = s.title[:1].upper() + s.title[1:]
            r.found.append(Found(s.outcome_type, title, s.quantity, s.unit))


@_step
def _verb_and_object(r: _Reading) -> None:
    """What the verb-and-object reading finds that the rules above did not; a publication they
    found is one handed out when it says so ("a guide, X, which was distributed")."""
    printed = {"publication", "materials_distributed"}
    stated = outcome_lexicon.read(r.sentence)
    ruled = len(r.found)  # what the rules above found; the lexicon's own findings are kept apart
    for s in stated:
        same = [
            i
            for i, f in enumerate(r.found[:ruled])
            if similar_words(f.title, s.title) >= 0.5
            or (
                f.outcome_type == s.outcome_type
                and similar_words(f.title, s.title, "within") >= 0.5
            )
        ]
        for i in same:  # the same outcome, counted only here ("a list of twelve demands")
            f = r.found[i]
            if f.outcome_type == "publication" and s.outcome_type == "materials_distributed":
                if not any(t.outcome_type == "publication" for t in stated):
                    r.found[i] = Found(s.outcome_type, f"{f.title} distributed", s.quantity, s.unit)
            elif f.quantity is None and s.quantity is not None and f.outcome_type == s.outcome_type:
                r.found[i] = Found(f.outcome_type, f.title, s.quantity, s.unit)
        if same or (
            s.outcome_type in printed
            and any(f.outcome_type == s.outcome_type for f in r.found[:ruled])
        ):
            continue  # "its first report, Caminantes": the title a rule above read is better
        r.found.append(Found(s.outcome_type, s.title, s.quantity, s.unit))


@_step
def _copies_and_agreed_texts(r: _Reading) -> None:
    # "a guide ..., 3,000 copies", "agreed a referral procedure with 5 steps" (qty33)
    r.found = qty33.count_copies(r.sentence, qty33.agreed_texts(r.sentence, r.found))
    # "handed over 2,000 leaflets in Lao", "announced the creation of the X Committee" (places34)
    r.found = places34.outcomes_told(r.sentence, r.found)
