"""What came of an event or project, as a sentence states it.

Each pattern is a way reports say it: "Five ... newsletters were published" (publication, with
its number), "an advocacy paper entitled X", "produced the documentary X" and "available in
English, Thai and Khmer" (documentary; the number of languages is its quantity), "concluded with
recommendations", "recommended that" (recommendation), "agreed on the following issues:" and
the list after it, or "agreed on three strategies" (agreement, with the number of points), "X was
distributed" (materials distributed), "re-established as a network" (network), "appointed a
Working Group" (policy change), "broadcast on television" (media product). A sentence that
speaks of the future ("will include newsletters") proposes nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from atlas.extract import numbers, places

# Case-sensitive: "May 2016" is a month, not "may".
_MODAL = re.compile(r"\b(?:[Ww]ill|would|shall|should|could|can|may|might|plans? to|intends? to|aims? to|hopes? to)\b")
_TCAP = r"(?:[A-Z0-9‘'“\"][\w’'‘”\"-]*:?)"
_TJOIN = r"(?:of|for|the|and|on|in|to|with|a|an|at|by|from|about|between|&)"
TITLE = rf"{_TCAP}(?:\s+(?:{_TJOIN}\s+)*{_TCAP})*"
_QUOTED = r"[“\"]([^”\"]{3,150})[”\"]"
_KINDS = (
    r"(?:advocacy |research |policy |briefing |discussion |position |working )?(?:paper|report"
    r"|book|study|handbook|guide|guidebook|manual|brief|newsletter|booklet|toolkit|leaflet"
    r"|brochure|bulletin|journal|magazine|compilation|collection|briefing(?: paper| note)?)"
)
_ORDINAL_WORDS = r"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
# What a meeting adopts: "a new three-year strategy", "the Hanoi Call to Action".
_ADOPTABLE = (
    r"(?:strateg(?:y|ies)|strategic plan|work\s?plan|plan of action|action plan|declaration|charter"
    r"|statement|call to action|resolution|constitution|framework|road\s?map|agenda|code of conduct"
    r"|commitments?|manifesto|position paper)"
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


def _title(text: str) -> str | None:
    """The title at the start of `text`: a quoted title or a run of capitalised words."""
    text = text.lstrip(" ,:")
    m = re.match(_QUOTED, text)
    if m:
        return m.group(1).strip()
    m = re.match(TITLE, text)
    if not m:
        return None
    title = m.group(0).rstrip(":,'\" ")
    title = re.sub(r"\s+(?:" + _TJOIN + r")$", "", title)
    return title if len(title.split()) >= 2 or title.isupper() else None


def _cap(text: str) -> str:
    text = " ".join(text.split()).strip(" ,;:.")
    return text[:1].upper() + text[1:]


def _words(text: str, limit: int = 14) -> str:
    words = text.split()
    return " ".join(words[:limit]) + (" ..." if len(words) > limit else "")


def find(sentence: str, following_items: int = 0, last_title: str | None = None) -> list[Found]:
    """Outcomes a sentence states. `following_items` is the number of list items right after
    it, counted for "agreed on the following issues:"; `last_title` is the publication the
    report named last, for "800 copies were distributed" with no title of its own."""
    found: list[Found] = []
    digits = numbers.digits(sentence)

    def future_before(pos: int, text: str = sentence) -> bool:
        return bool(_MODAL.search(text[:pos]))

    # Publications: "Five "X" newsletters were published", "a newsletter called X",
    # "an advocacy paper entitled X", "The Advocacy Paper, X, provides", "the publication of X".
    for m in re.finditer(
        rf"(?<![\w-])(\d+)\s+(?:{_QUOTED}\s+)?({_KINDS}s)\s+(?:were|have been|was)\s+(?:published|produced|issued|released|printed)",
        digits,
        re.I,
    ):
        if not future_before(m.start(), digits):
            kind = m.group(3).split()[-1].lower()
            title = f"“{m.group(2)}” {kind}" if m.group(2) else kind.capitalize()
            found.append(Found("publication", title, int(m.group(1)), kind))
    for m in re.finditer(rf"\b({_KINDS})s?\s*,?\s*(?:entitled|called|titled|named)\b[:,]?\s*", sentence, re.I):
        title = _title(sentence[m.end():])
        if title and not future_before(m.start()):
            found.append(Found("publication", title))
    for m in re.finditer(
        rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[\w-]+[’']s)\s+(?:(?!{_KINDS}\b)[\w-]+\s+){{0,2}}?({_KINDS})"
        rf"(?:\s+(?:on|about|of)\s+[a-z][^,;.]{{0,60}})?,\s+", sentence
    ):
        title = _title(sentence[m.end():])
        if title and not future_before(m.start()) and "," in sentence[m.end() + len(title): m.end() + len(title) + 2]:
            found.append(Found("publication", title))
    # "printed Working From Home, a handbook for organisers": the title, then what it is.
    for m in re.finditer(r"\b(?:published|printed|produced|released|launched|issued)\s+(?=[A-Z“\"])", sentence):
        title = _title(sentence[m.end():])
        after = sentence[m.end() + len(title or ""):]
        more = re.match(rf",\s+({TITLE})(?=,)", after)  # "Working From Home, Working With Rights"
        if title and more:
            title, after = f"{title}, {more.group(1)}", after[more.end():]
        if title and re.match(rf"\W*,\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){{0,2}}?{_KINDS}\b", after) and not future_before(m.start()):
            found.append(Found("publication", title))
    for m in re.finditer(r"\b(?:publication|publishing|launch) of\s+(?:the\s+)?(?:\w+\s+)?", sentence):
        title = _title(sentence[m.end():])
        if title and re.match(r"\s*[“\"]", sentence[m.end():]) and not future_before(m.start()):
            found.append(Found("publication", title))

    # "published three issues of its newsletter, Paper Trails", "Two issues of the coalition's
    # newsletter, River Children, came out".
    issued = re.search(r"\b(?:published|issued|released|printed|came out|appeared|were (?:published|issued|released|printed))\b", digits)
    for m in re.finditer(
        rf"(?<![\w-])(\d+)\s+(issues|editions|volumes|numbers)\s+of\s+(?:its|their|a|(?:the\s+)?[\w-]+[’']s|the)\s+(?:[\w-]+\s+)?({_KINDS})\b,?\s*",
        digits, re.I,
    ):
        if issued and not future_before(m.start(), digits):
            title = _title(digits[m.end():])
            kind = m.group(3).split()[-1]
            found.append(Found("publication", f"{title} {kind}" if title else kind.capitalize(), int(m.group(1)), m.group(2)))
    # "published its 6th and 7th newsletters, Deck Notes": as many as the numbers it lists.
    for m in re.finditer(
        rf"\b(?:published|issued|released|printed|produced)\s+(?:its|their|the)\s+"
        rf"({_ORDINAL_WORDS}(?:(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+){_ORDINAL_WORDS})*)\s+(?:issues?\s+of\s+(?:its|their|the)\s+)?({_KINDS})s?\b,?\s*",
        sentence, re.I,
    ):
        if not future_before(m.start()):
            title = _title(sentence[m.end():])
            kind = m.group(2).split()[-1].lower()
            n = len(re.findall(_ORDINAL_WORDS, m.group(1), re.I))
            found.append(Found("publication", f"{title} {kind}" if title else kind.capitalize(), n, "issues"))

    # A documentary named beside its noun: "A short documentary, Fair From the Start, was screened".
    for m in re.finditer(r"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,2}?(documentary|film)\s*,\s*", sentence):
        title = _title(sentence[m.end():])
        rest = sentence[m.end() + len(title or ""):]
        if title and re.match(r"\s*,\s*(?:was|is|has been)\s+(?:screened|produced|released|launched|shown|made)", rest):
            found.append(Found("documentary", title))

    # Documentaries and films: "produced the multimedia documentary entitled X".
    for m in re.finditer(
        r"\b(?:produced|made|released|launched|premiered|screened)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
        r"(documentary|film|video)\b(?:\s+(?:entitled|called|titled))?[:,]?\s*",
        sentence,
    ):
        if future_before(m.start()):
            continue
        title = _title(sentence[m.end():])
        if title is None and re.search(r"\bthe\s+(?:[\w-]+\s+){0,2}?(?:documentary|film|video)\b", m.group(0)):
            continue  # "launched the documentary": one told before
        found.append(Found("documentary", title or m.group(1).capitalize()))

    # Recommendations.
    m = re.search(
        r"\b(?:concluded with|ended with|closed with|resulted in|made|produced|developed|adopted|issued"
        r"|formulated|put forward|came up with|submitted|contribute|contributed|presented|agreed on|drafted"
        r"|sets? out|lays? out|offers?|offered|proposes|proposed)\s+(?:a|an|the|its|their|several|"
        r"(?P<n>\d+)|a range of|a set of|a number of|a list of)?\s*"
        r"(?:(?:short\s+|long\s+)?(?:range|set|number|list|series)\s+of\s+)?(?:(?P<n2>\d+)\s+)?"
        r"(?P<what>(?:[\w-]+\s+)?recommendations)\b",
        digits,
    )
    if m and not future_before(m.start(), digits):
        rest = re.split(r"[,;.]|\s(?:which|that|who)\s", digits[m.start("what"):])[0]
        n = int(m.group("n") or m.group("n2")) if m.group("n") or m.group("n2") else None
        found.append(Found("recommendation", _cap(_words(rest)), n, "recommendations" if n else None))
    else:
        m = re.search(r"\brecommended\s+(?:that|to)\s+", sentence)
        if m and not future_before(m.start()):
            rest = re.split(r"[,;.]", sentence[m.end():])[0]
            found.append(Found("recommendation", "Recommendation: " + _words(rest, 12)))

    # Agreements: "X agreed on the following issues:" (+ the list), "agreed on three strategies".
    m = re.search(r"\bagreed\s+(?:on|upon)\s+(?:the\s+following\s+(\w+)|(\d+)\s+(?:[\w-]+\s+)?(\w+))", digits)
    if m and not future_before(m.start(), digits) and not re.search(r"\bagreed upon in (?:19|20)\d\d", digits):
        subject = re.split(r",\s*", digits[: m.start()].strip())[-1]
        subject = _cap(re.sub(r"^(?:the|The)\s+", "", subject)) or "Participants"
        if m.group(1) and following_items:
            found.append(Found("agreement", f"{subject} agreed on the following {m.group(1)}", following_items, "points agreed"))
        elif m.group(2):
            what = re.split(r"[,;.]", digits[m.start(2):])[0]
            found.append(Found("agreement", f"{subject} agreed on {what}", int(m.group(2)), m.group(3)))
    for m in re.finditer(
        rf"\b(adopted|approved|endorsed|issued|drafted|wrote)\s+(?:a|an|the|its|their)\s+(?:new\s+|joint\s+)?((?:[\w-]+\s+){{0,3}}?{_ADOPTABLE})\b",
        sentence, re.I,
    ):
        if future_before(m.start()) or m.group(2)[:1].isupper():
            continue
        found.append(Found("agreement", _cap(f"{m.group(2)} {m.group(1).split()[0]}")))
    # A named text adopted: "adopted the Hanoi Call to Action, a set of seven commitments".
    for m in re.finditer(r"\b(?:adopted|approved|endorsed|signed|issued)\s+(?:the\s+)?(?=[A-Z“\"])", digits):
        title = _title(digits[m.end():])
        if not title or not re.search(_ADOPTABLE, title, re.I) or future_before(m.start(), digits):
            continue
        after = digits[m.end() + len(title):]
        n = re.match(
            r"\W*,\s+(?:(?:which|that)\s+(?:sets?\s+out|lists?|contains?|includes?|has|makes?)\s+)?"
            r"(?:a\s+(?:set|list|series)\s+of\s+)?(\d+)\s+([a-z]+)", after
        )
        found.append(Found("agreement", title, int(n.group(1)) if n else None, n.group(2) if n else None))
    for m in re.finditer(r"\bsigned\s+(?:a|an|the)\s+((?:[\w-]+\s+){0,3}?(?:agreement|memorandum of understanding|MOU|MoU|declaration|protocol))\b", sentence):
        if not future_before(m.start()):
            found.append(Found("agreement", _cap("Signed " + m.group(1))))

    # Materials distributed: "X was distributed", "distributed 500 copies of X".
    publication_here = any(f.outcome_type == "publication" and f.quantity for f in found)
    m = re.search(r"\b(?:was|were|have been|has been)\s+distributed\b", sentence)
    if m and not publication_here and not future_before(m.start()):
        before = re.sub(r",\s+which$", "", sentence[: m.start()].rstrip(" ,")).rstrip(" ,")  # "X, which was distributed"
        runs = list(re.finditer(TITLE, before))
        if runs and runs[-1].end() == len(before) and not re.fullmatch(r"[\d,.]+", runs[-1].group(0)):
            title = re.sub(r"^(?:The|the)\s+", "", runs[-1].group(0))
            found.append(Found("materials_distributed", f"{title} distributed"))
    for m in re.finditer(r"\bdistributed\s+(\d[\d,]*)\s+(copies|\w+)\s+of\s+(?:the\s+|a\s+|an\s+|its\s+)?", digits):
        kind_first = re.match(rf"(?:[\w-]+\s+){{0,2}}?{_KINDS},\s+", digits[m.end():])  # "of a pocket guide, Know Your Rights"
        title = (_title(digits[m.end() + kind_first.end():]) if kind_first else None) or _title(digits[m.end():]) or _cap(re.split(r"[,;.]|\s(?:to|for|and|among|in)\s", digits[m.end():])[0])
        if title and not future_before(m.start(), digits):
            found.append(Found("materials_distributed", f"{title} distributed", int(m.group(1).replace(",", "")), m.group(2)))
    # "2,400 were distributed", "distributed 1,500 copies in Khmer": copies of the publication
    # this sentence names, or else the one the report named last.
    named_here = [f.title for f in found if f.outcome_type == "publication" and not f.quantity]
    for m in re.finditer(
        r"(?<![\w,.])(\d{1,3}(?:,\d{3})+|\d+)\s+(?:printed\s+)?(?:copies\s+)?(?:were|have been)\s+distributed\b"
        r"|\bdistributed\s+(\d{1,3}(?:,\d{3})+|\d+)\s+(?:printed\s+)?copies\b(?!\s+of\b)",
        digits,
    ):
        title = named_here[-1] if named_here else last_title
        if title and not future_before(m.start(), digits) and not any(f.outcome_type == "materials_distributed" and f.quantity for f in found):
            n = int((m.group(1) or m.group(2)).replace(",", ""))
            found = [f for f in found if not (f.outcome_type == "materials_distributed" and f.title == f"{title} distributed")]
            found.append(Found("materials_distributed", f"{title} distributed", n, "copies"))
    # A publication told twice in one sentence ("three issues of its newsletter, Paper Trails")
    # is kept with its number.
    counted = [f.title for f in found if f.outcome_type == "publication" and f.quantity]
    found = [
        f for f in found
        if not (f.outcome_type == "publication" and not f.quantity and any(f.title in t for t in counted))
    ]
    # A handbook the report says was handed out is counted as materials distributed, not also
    # as a publication (the seed's handbooks and guides are).
    handed_out = {f.title.removesuffix(" distributed") for f in found if f.outcome_type == "materials_distributed"}
    found = [f for f in found if not (f.outcome_type == "publication" and not f.quantity and f.title in handed_out)]

    # Networks formed: "X was re-established as a network", "to (re-)establish the X Network".
    m = re.search(r"\b(?:was|were)\s+((?:re-)?(?:established|formed|founded|set up|launched|created))\s+as\s+a\s+network\b", sentence)
    if m:
        runs = list(re.finditer(TITLE, sentence[: m.start()].rstrip()))
        if runs:
            name = re.sub(r"^(?:The|the)\s+", "", runs[-1].group(0))
            found.append(Found("network", f"{name} {m.group(1)} as a network"))
    for m in re.finditer(r"\b((?:re-)?(?:establish|established|form|formed|found|founded|set up|launch|launched|create|created))\s+(?:a|an|the)\s+", sentence):
        title = _title(sentence[m.end():])
        if title and re.search(r"\b(?:Network|Coalition|Alliance|Platform)\b", title) and not future_before(m.start()):
            verb = m.group(1) if m.group(1).endswith("ed") or m.group(1) == "set up" else m.group(1) + "ed"
            verb = verb.replace("eed", "ed")
            found.append(Found("network", f"{title} {verb}"))

    # Policy and institutional change: "appointed a Working Group on ...".
    for m in re.finditer(r"\b(?:appointed|established|set up|formed)\s+(?:a|an|the)\s+(?=(?:Working Group|Task Force|Committee|Commission)\b)", sentence):
        title = _title(sentence[m.end():])
        if title and not future_before(m.start()):
            found.append(Found("policy_change", f"{_words(title, 16)} appointed"))
    for m in re.finditer(r"\badopted\s+(?:a|an|the)\s+(?:new\s+)?((?:[\w-]+\s+){0,3}?(?:law|policy|regulation|decree|guidelines))\b", sentence):
        if not future_before(m.start()):
            found.append(Found("policy_change", _cap("Adopted " + m.group(1))))

    # Media products made in numbers: "produced 14 short radio dramas about safe migration".
    for m in re.finditer(
        rf"\b(?:produced|made|recorded|created|developed|wrote|filmed|presented|screened|showed|showcased)\s+(\d+)\s+((?:[\w-]+\s+){{0,3}}?{_MEDIA})\b",
        digits,
    ):
        if not future_before(m.start(), digits):
            rest = re.split(r"[,;.]|\s(?:which|that|who|and)\s", digits[m.start(2):])[0]
            found.append(Found("media_product", _cap(_words(rest)), int(m.group(1)), m.group(2).split()[-1]))
    # Media products: "broadcast on Lao television".
    m = re.search(r"\bbroadcast\s+on\s+((?:[A-Z][\w-]*\s+)?(?:national\s+)?(?:television|TV|radio))\b", sentence)
    if m and not future_before(m.start()):
        found.append(Found("media_product", f"Broadcast on {m.group(1)}"))
    return found


def languages(sentence: str) -> int | None:
    """How many languages "available in English, Thai, Khmer, Burmese, and Japanese" names."""
    m = re.search(r"\b(?:available|produced|subtitled|dubbed|translated|published|subtitles)\s+(?:in|into)\s+", sentence)
    if not m:
        return None
    names = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.split(r"[.;(]|\s(?:to|for|with)\s", sentence[m.end():])[0])
    count = sum(1 for name in names if places.language(name.strip()))
    return count if count >= 2 else None
