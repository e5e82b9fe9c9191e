"""Home countries that hold every participant, read after the drafts are made (issue 16).

The first runs of the blind sets named the country of "26 deckhand leaders, all from Myanmar"
without its count, and left out the country of "the rest": both kinds recur across many sets'
first runs.

- "all from X" with the count it follows: "we trained 26 deckhand leaders, all from Myanmar",
  "54 participants attended, all of them Lao", "Twenty-two men came, all of them Cambodian",
  "72 people in all, every one from Myanmar": X's count is that number when it is the event's
  total; any other country the same sentence gave without a count is no home ("60 women going
  to Thailand as domestic workers, all from Myanmar").
- "the rest" after those counted: "150 people took part: 110 from Venezuela, 20 from Colombia
  and the rest Peruvian neighbours", "the others came from Cambodian ministries": X is a home
  too, without a count.
"""

from __future__ import annotations

import re

from atlas.extract import numbers
from atlas.extract.drafts import Draft
from atlas.extract.facts import add_country
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


# "50 from Venezuela, 10 from Colombia and the rest Peruvian neighbours", "the others came from
# Cambodian ministries and unions", "of which 5 Gambians, the others Senegalese", "the rest
# were from Sri Lanka": those counted first came from elsewhere, the rest from X
_THE_REST = re.compile(
    r"(?:[,;:]\s*|\band\s+)(?:while\s+)?the\s+(?:rest|others|remaining\s+[a-z]+|other\s+[a-z]+)"
    r"(?:\s+of\s+them)?(?:\s+(?:were|came|come|being|was))?(?:\s+(?:all|mostly|mainly))?"
    r"(?:\s+from)?\s+(?:the\s+)?(?=[A-Z])"
)
_PLURAL = re.compile(r"([A-Z][a-z]+?)s\b")


def _the_rest(text: str) -> list[str]:
    """The countries "the rest" of those counted came from, as a sentence tells them."""
    found: list[str] = []
    for m in _THE_REST.finditer(text):
        listed, _end = country_list(text, m.end(), adjectives=True)
        plural = _PLURAL.match(text, m.end())
        if not listed and plural:  # "the rest Ecuadorians"
            listed, _end = country_list(plural.group(1), 0, adjectives=True)
        found += [iso3 for iso3, _at in listed]
    return found


def add_the_rest(drafts: list[Draft]) -> None:
    """Add the country of "the rest" in a sentence that gave the draft its count or its homes."""
    for d in drafts:
        quotes = {
            q
            for k, q in d.evidence.items()
            if k == "participants_total" or k.startswith("participation[")
        }
        for quote in sorted(quotes):
            if not re.search(r"\d", numbers.digits(quote)):
                continue  # "the rest" of those counted
            for iso3 in _the_rest(quote):
                if all(p.country_iso3 != iso3 for p in d.participation):
                    add_country(d, iso3, None, quote)
