"""Home countries that hold every participant, read after the drafts are made (issue 16).

The first runs of the blind sets named the country of "26 deckhand leaders, all from Myanmar"
without its count, and left out the country of "the rest": both kinds recur across many sets'
first runs.

- "all from X" with the count it follows: "we trained 26 deckhand leaders, all from Myanmar",
  "54 participants attended, all of them Lao", "Twenty-two men came, all of them Cambodian",
  "72 people in all, every one from Myanmar": X's count is that number when it is the event's
  total; any other country the same sentence gave without a count is no home ("60 women going
  to Thailand as domestic workers, all from Myanmar").
"""

from __future__ import annotations

import re

from atlas.extract import numbers
from atlas.extract.drafts import Draft
from atlas.extract.numbers import ANY_PEOPLE
from atlas.extract.origins import country_list

# "26 deckhand leaders, all from Myanmar", "54 participants attended, all of them Lao",
# "72 people in all, every one from Myanmar", "30 women volunteers, all of whom fled from X"
_ALL_FROM = re.compile(
    r"\b(?P<n>\d[\d,]*)\s+(?P<who>[^\d.;:!?()]{0,80}?)"
    r",\s+(?:all|every\s+one)(?:\s+of\s+(?:them|whom))?"
    r"(?:\s+(?:were|was|are|came|come|had\s+come|fled))?\s+(?:from\s+(?:the\s+)?)?(?=[A-Z])"
)
_PEOPLE_WORD = re.compile(rf"\b{ANY_PEOPLE}\b", re.I)
# Not a count of them all: the top of a range or a count of each group ("each with 8 to 10
# workers, all from X"), a count told roughly ("Over 300 returnees, all of them Nepali citizens",
# where guests from elsewhere came too)
_NOT_EXACT = re.compile(
    r"(?:\b(?:to|or|each(?:\s+\w+)?|over|about|around|some|nearly|almost|approximately|more\s+than"
    r"|up\s+to)|[-–])\s*$",
    re.I,
)


def _all_from(text: str) -> tuple[str, int] | None:
    """The one country and the count of "N people, all from X" in a sentence, if it says so."""
    digits = numbers.digits(text)
    for m in _ALL_FROM.finditer(digits):
        if not _PEOPLE_WORD.search(f"{m.group('n')} {m.group('who')}"):
            continue
        if _NOT_EXACT.search(digits[max(0, m.start() - 30) : m.start()]):
            continue
        listed, _end = country_list(digits, m.end(), adjectives=True)
        if len(listed) == 1:
            return listed[0][0], int(m.group("n").replace(",", ""))
    return None


def add_whole_homes(drafts: list[Draft]) -> None:
    """Give "all from X" its count (the event's total) and drop the countries the same sentence
    named without a count beside it."""
    for d in drafts:
        for p in list(d.participation):
            quote = d.evidence.get(f"participation[{d.participation.index(p)}]")
            if p.participants is not None or not quote:
                continue
            found = _all_from(quote)
            if not found or found[0] != p.country_iso3 or found[1] != d.participants_total:
                continue
            p.participants = found[1]
            others = [
                i
                for i, q in enumerate(d.participation)
                if q is not p
                and q.participants is None
                and d.evidence.get(f"participation[{i}]") == quote
            ]
            if others:
                keep = [i for i in range(len(d.participation)) if i not in others]
                d.keep_items("participation", keep)
            break
