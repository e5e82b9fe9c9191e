"""The copies of a thing printed, told in kinds of text the first runs of the blind sets missed
in three sets or more (issue 16). Every set counts a publication's copies, and leaflets or
booklets handed out, as the outcome's quantity; the other counts an outcome may come with
(members, points, signatures) the sets do not count alike, and are left to the rules before.

- the copies in the sentence that tells the thing printed, wherever they stand: "published the
  guide "Know Your Pay" in Tamil and Hindi, 3,000 copies", "the proceedings were printed in two
  languages (400 copies) and sent to the schools", "a handbook of 600 copies", "with 1,200 copies
  printed": the one count of copies the sentence gives is the quantity of the one thing printed it
  tells; not a rough count ("more than 500 copies": the data have no "at least" for outcomes),
  not two counts of copies, not two things printed with one count.
- the copies told in a sentence of their own, up to four sentences after the thing printed in
  the same paragraph, with no other thing printed between: "We launched the study "Fields of
  Debt" on 3 May. 800 copies were printed in Khmer.", "It was printed in 1,000 copies",
  "Printed copies (500) are at our office", "About 70 guests came. The network printed 300
  copies in Lao." give the study its copies.
- a thing printed that the sentence tells only by its copies: "In 2022 we printed 4,000 copies
  of the handbook "Safe Roads"", "An atlas of the springs of the valley was printed in 500
  copies in May", "The network published a casebook for nurses, with 600 copies printed": the
  thing, by its quoted title or its words, is a publication (or materials distributed when the
  sentence says they were handed out); not "copies of the report" alone, which points back to a
  report told before, nor what is only planned ("will print 2,000 copies") or denied.

Outcomes missed whole, of a kind found in three sets or more:

- a way of working agreed: "agreed a joint referral procedure with 5 steps", "agreed on a model
  work contract of 10 articles", "adopted a checklist for farm visits", "agreed a common form
  for handing over cases", "agreed on a set of minimum standards for rented rooms": the
  procedure, contract, checklist, form, guidelines, rules or standards is an `agreement`,
  counted by its parts as other agreements are (outcome_lexicon); a `recommendation` when the
  sentence sends it on ("to be sent to the ministry as recommendations"); not "have not agreed
  a procedure", nor "will have adopted" one, nor a contract one person signed.

This module imports nothing of the package at its top: `outcomes` asks it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from atlas.extract.drafts import Draft, LooseOutcome
    from atlas.extract.outcomes import Found
    from atlas.extract.sentences import Sentence

PRINTED = ("publication", "materials_distributed")

_NUM = r"\d{1,3}(?:,\d{3})+|\d+"
# "3,000 copies", "500 printed copies", "(500 copies)"; "Printed copies (500)"
_COPIES = re.compile(
    rf"(?<![\w,.])(?P<n>{_NUM})\s+(?:printed\s+|paper\s+|hard\s+)?copies\b"
    rf"|\bcopies\s*\(\s*(?P<m>{_NUM})\s*\)"
)
# A count of copies the report does not give as such: "more than 500 copies", "over 1,000"
_ROUGH = re.compile(
    r"\b(?:more\s+than|over|at\s+least|nearly|almost|up\s+to|under|less\s+than|fewer\s+than"
    r"|some\s+of\s+the|of\s+the)\s+$",
    re.I,
)
_DENIED = re.compile(r"\b(?:not|never|no\s+longer)\b|n['’]t\b", re.I)


def copies_told(sentence: str) -> int | None:
    """The one count of copies a sentence gives ("2,000 copies", "(500 copies)"), in digit-form
    text; None when it gives none, two, or a rough one."""
    values = set()
    for m in _COPIES.finditer(sentence):
        if _ROUGH.search(sentence[: m.start()]):
            return None
        values.add(int((m.group("n") or m.group("m")).replace(",", "")))
    return values.pop() if len(values) == 1 else None


def _one_thing(titles: list[str]) -> bool:
    """Whether the titles name one thing ("Guide X" and "Guide X distributed")."""
    bare = {re.sub(r"\s+distributed$", "", t).lower() for t in titles}
    return len(bare) == 1


# The things printed, beyond the outcome lexicon's nouns: "an atlas of springs", "a casebook",
# "an outreach flipchart", "a photo book", "a comic", "a map of the clinics"
_MORE_HEADS = (
    r"(?:atlas(?:es)?|flipcharts?|comics?|maps?|catalogues?|workbooks?|casebooks?|cards?)\b"
)


def _heads() -> str:
    from atlas.extract import outcome_lexicon  # outcome_lexicon is read by outcomes: asked late

    return rf"(?:{outcome_lexicon.MATERIAL_HEAD}|{_MORE_HEADS})"


_DET = r"(?:a|an|the|its|our|their|this|his|her)"
# A verb between a determiner and a head is no part of the thing: "The network published a guide"
_VERB = (
    r"(?:published|printed|produced|launched|released|issued|wrote|made|developed|compiled"
    r"|prepared|distributed|handed|gave|given|was|were|has|have|had|is|are)"
)
_QUOTE = re.compile(r"[“\"]([^”\"]{3,120})[”\"]")


def _thing(sentence: str) -> str | None:
    """The thing a sentence tells printed: its one quoted title, else its words from the
    determiner to the head noun and what the head takes after it ("a casebook for nurses in
    Lao" -> "Casebook for nurses"); None for "the report" or "our handbook" alone, which
    point back to a thing told before."""
    quoted = _QUOTE.findall(sentence)
    if len(quoted) == 1:
        return quoted[0].strip(" ,.")
    if quoted:
        return None
    heads = _heads()
    m = re.search(
        rf"\b(?P<det>{_DET})\s+(?P<np>(?:(?!{_DET}\s|{_VERB}\s)[\w'’-]+\s+){{0,4}}?[\w'’-]*{heads}"
        r"(?:\s+(?:of|for|on|about|with|to)\s+[^,;:.()]{1,70}?)?)"
        r"(?=\s*(?:[,;:.()]|$)|\s+(?:was|were|has|have|had|is|are|in|printed|published|which)\b)",
        sentence,
        re.I,
    )
    if not m:
        return None
    np = re.sub(r"\s+(?:in|into)\s+[A-Z][\w-]+(?:(?:,\s*|\s+and\s+)[A-Z][\w-]+)*$", "", m["np"])
    np = re.sub(rf"\s+(?:of|with)\s+(?:{_NUM})\s+copies\b.*$", "", np)
    if re.fullmatch(rf"[\w'’-]*{heads}", np, re.I):
        return None  # "1,500 copies of the report (of our handbook) were printed": told before
    return np[:1].upper() + np[1:]


# "agreed a joint referral procedure", "agreed on a model work contract", "adopted a set of
# community reintegration guidelines"; not "agreed to ...", which is a plan
_AGREED_TEXT = re.compile(
    r"\b(?:agreed(?:\s+(?:on|upon))?|adopted|approved|validated|endorsed)\s+"
    r"(?P<np>(?:a|an|the|their|its|our|one|1)\s+(?:(?:common|joint|shared)\s+)?"
    r"(?:(?:set|list)\s+of\s+)?(?:(?!(?:and|or|with|of|for)\s)[\w'’-]+\s+){0,3}?"
    r"(?i:procedures?|contracts?|checklists?|guidelines|forms?|rules|standards)\b"
    r"(?:\s+(?:for|on|about|to)\s+[^,;:.()]{1,60}?)?)"
    r"(?=\s*(?:[,;:.()]|$)|\s+(?:with|of|in|that|which|and|to|at|so|now)\b)"
)


_SENT_AS = re.compile(
    r"\bas\s+(?:its\s+|their\s+)?recommendations?\b"
    r"|\bto\s+be\s+(?:sent|submitted|presented|handed)\s+to\b"
)


def agreed_texts(sentence: str, found: list[Found]) -> list[Found]:
    """The procedures, contracts, checklists, forms, rules and standards a sentence tells
    agreed, that no rule before read."""
    from atlas.extract import numbers, outcome_lexicon, outcomes
    from atlas.extract.merging import similar_words

    added = []
    for m in _AGREED_TEXT.finditer(sentence):
        if outcomes._MODAL.search(sentence[: m.start()]) or _DENIED.search(sentence[: m.start()]):
            continue
        np = m["np"]
        title = re.sub(r"^(?:a|an|the|their|its|our|one|1)\s+", "", np)
        title = title[:1].upper() + title[1:]
        if any(similar_words(f.title, title, "within") >= 0.5 for f in [*found, *added]):
            continue  # read already, maybe as a publication or a network
        # "agreed on minimum standards ..., to be sent to the city as recommendations": asked for
        kind = "recommendation" if _SENT_AS.search(sentence, m.end()) else "agreement"
        quantity, unit = outcome_lexicon._quantity(kind, numbers.digits(np), sentence[m.end() :])
        added.append(outcomes.Found(kind, title, quantity, unit))
    return [*found, *added]


# Copies told as those handed out: "and 1,500 copies were distributed", "handed out 300 copies"
_HANDED_COPIES = re.compile(
    r"\s+(?:of\s+[^,;.]{1,80}?\s+)?(?:were|have\s+been|had\s+been|are|was)\s+"
    r"(?:(?:then|also|now|being|all)\s+)?(?:distributed|handed|given|sent)\b"
)
_HANDING_OUT = re.compile(r"\b(?:distributed|handed\s+out|gave\s+out|given\s+out|gave)\s+$")
# What makes a thing printed, and what hands it out: "printed ... and handed out" made it
_MADE = re.compile(
    r"\b(?:printed|reprinted|published|produced|launched|released|presented|issued|wrote|written)\b"
)
_HANDED = re.compile(
    r"\b(?:distributed|handed\s+out|given\s+out|gave\s+out|received|handed\s+to|given\s+to)\b"
)
# A thing only planned: "In the new project we plan: ...; to produce a handbook (2,000 copies)"
_PLANNED = re.compile(
    r"\b(?:plan|plans|planned|planning|intends?|aims?|hopes?|expects?)\s*(?:to\b|:)"
    r"|\bto\s+(?:produce|print|reprint|publish|develop|write|translate|distribute)\b",
    re.I,
)


# A sentence about a thing printed told before: "The book, with ..., was printed", "It was
# printed in 1,000 copies"; what a rule read in it is no title of the thing
_TOLD_BEFORE = re.compile(
    r"(?:The|This|That)\s+(?:[\w-]+\s+)?(?P<head>book|report|study|guide|handbook|booklet"
    r"|manual|toolkit|brief|proceedings|leaflets?|comic)\b(?!\s+(?:of|on|for|about)\b|\s*,?\s*[“\"])"
    r"|It\s+(?:was|is|has)\b"
)


def count_copies(sentence: str, found: list[Found]) -> list[Found]:
    """The outcomes a sentence states, with the copies it tells: given to the one thing printed
    it names without a count, or that thing added when no rule read it."""
    from atlas.extract import numbers, outcomes

    text = numbers.digits(sentence)
    n = copies_told(text)
    if n is None or _DENIED.search(text):
        return found
    first = _COPIES.search(text)
    before = text[: first.start()] if first else text
    if outcomes._MODAL.search(before) or _PLANNED.search(before):
        return found  # "will print 2,000 copies", "we plan to produce a handbook": not done yet
    printed = [f for f in found if f.outcome_type in PRINTED]
    bare = [f for f in printed if f.quantity is None]
    told = _TOLD_BEFORE.match(text)
    if told:
        # "The book, with 40 testimonies from A and B, was printed in 2,000 copies": only what
        # a rule read as the book itself
        bare = [f for f in bare if told["head"] and told["head"].lower() in f.title.lower()]
        if not bare:
            return found
    if bare and _one_thing([f.title for f in bare]):
        if any(f.quantity not in (None, n) for f in printed):
            return found  # another count of the same thing told here
        if first and (_HANDED_COPIES.match(text, first.end()) or _HANDING_OUT.search(before)):
            # "printed a handbook, and 1,500 copies were distributed": those handed out, which
            # the sets count apart from what was printed, or not at all
            return found
        bare_ids = {id(f) for f in bare}
        return [
            outcomes.Found(f.outcome_type, f.title, n, "copies") if id(f) in bare_ids else f
            for f in found
        ]
    if printed:
        return found
    title = _thing(text)
    if title is None:
        return found
    if _HANDED.search(text) and not _MADE.search(text):
        return [
            *found,
            outcomes.Found("materials_distributed", f"{title} distributed", n, "copies"),
        ]
    return [*found, outcomes.Found("publication", title, n, "copies")]


def add_copies_told_after(
    drafts: list[Draft], loose: list[LooseOutcome], sentences: list[Sentence]
) -> None:
    """The copies told in a sentence of their own, up to four sentences after a thing printed in
    the same paragraph, when no sentence between names another: "We launched the study "X".
    About 70 people came. 800 copies were printed in Khmer." give the study its copies."""
    from atlas.extract import numbers

    told = [
        (o, d.evidence, f"outcomes[{i}]")
        for d in drafts
        for i, o in enumerate(d.outcomes)
        if o.outcome_type in PRINTED
    ]
    loose = [lo for lo in loose if lo.outcome.outcome_type in PRINTED]
    quote = {id(o): ev.get(key, "") for o, ev, key in told}
    quote.update({id(lo.outcome): lo.evidence for lo in loose})
    every = [o for o, _, _ in told] + [lo.outcome for lo in loose]
    for s in sentences:
        text = numbers.digits(s.text)
        n = copies_told(text)
        if n is None or _DENIED.search(text) or _QUOTE.search(text) or s.kind == "heading":
            continue
        if any(s.text in quote[id(o)] for o in every):
            continue  # the sentence told its own thing printed
        first: list = []
        for before in reversed(sentences[max(0, s.index - 4) : s.index]):
            if before.paragraph != s.paragraph:
                break
            first = [o for o in every if before.text in quote[id(o)]]
            if first:
                break
        if not first or not _one_thing([o.title for o in first]):
            continue
        if any(o.quantity is not None for o in first):
            continue
        given = {id(o) for o in first}
        for o in first:
            o.quantity, o.unit = n, "copies"
        for o, ev, key in told:
            if id(o) in given:
                ev[key] = f"{ev.get(key, '')} … {s.text}".strip(" …")
        for lo in loose:
            if id(lo.outcome) in given:
                lo.evidence = f"{lo.evidence} … {s.text}"
