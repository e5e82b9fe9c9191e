"""A report's table or list of participants by country, standing apart from the sentences that
tell its event:

    Participants by country
    - Lakeland: 16
    - Riverland: 8
    Total: 24

    Country | Participants
    Riverland | 21
    Lakeland | 9
    Total | 30

Each country's count belongs to the event the list counts: the one whose total is the list's
sum, or the report's one dated event when the list adds up to its own "Total" line. A list under
a title that counts something else ("Member groups by country") is none.
"""

from __future__ import annotations

import re

from atlas.extract import places
from atlas.extract.drafts import Draft
from atlas.extract.facts import add_country
from atlas.extract.sentences import Sentence

# One item: "Fiji: 16", "Fiji 16", "India - 22", "Romania | 21".
_ITEM = re.compile(r"(?P<name>[A-Z][\w'’. -]{1,40}?)\s*(?:[:|–—-]\s*)?(?P<n>\d{1,4})\b")
_SEP = re.compile(r"\s*(?:[,;]|:|\.$|$)\s*")
# What the list's title counts: the people who came, by country.
_PEOPLE_TITLE = re.compile(
    r"\b(?:participants?|delegates?|attendance|attendees|by\s+country|countries|nationalit(?:y|ies))\b",
    re.I,
)
_OTHER_TITLE = re.compile(
    r"\b(?:members?|member\s+(?:groups|organi[sz]ations)|budget|costs?|funds?|cases|households"
    r"|villages|copies|signatures)\b",
    re.I,
)
_TOTAL = re.compile(
    r"^Total\s*[:|–—-]?\s*(?P<n>\d{1,5})\b(?:\s+(?:participants|people|persons))?\.?$", re.I
)


def _items(text: str) -> tuple[str, list[tuple[str, int]]] | None:
    """The title and the (country, count) items of a line that is only such a list."""
    first = None
    for m in places.country_pattern().finditer(text):
        if _ITEM.match(text, m.start()):
            first = m.start()
            break
    if first is None:
        return None
    title = text[:first].strip(" :-–—|")
    if len(title.split()) > 8:
        return None
    pos, found = first, []
    while pos < len(text):
        m = _ITEM.match(text, pos)
        if not m:
            return None
        iso3 = places.country(m.group("name").strip())
        if not iso3:
            return None
        found.append((iso3, int(m.group("n"))))
        sep = _SEP.match(text, m.end())
        if not sep or sep.end() == m.end() and m.end() < len(text):
            return None
        pos = sep.end()
    return title, found


def add_country_tables(sentences: list[Sentence], drafts: list[Draft]) -> None:
    """Give each country's count of a participants-by-country list to the event it counts."""
    for i, s in enumerate(sentences):
        got = _items(s.text.strip())
        if not got:
            continue
        title, items = got
        if len(items) < 2 or len({c for c, _ in items}) < len(items):
            continue
        before = sentences[i - 1].text.strip() if i else ""
        named = title or (before if len(before.split()) <= 8 else "")
        if _OTHER_TITLE.search(named):
            continue
        after = sentences[i + 1].text.strip() if i + 1 < len(sentences) else ""
        total = _TOTAL.match(after)
        sum_ = sum(n for _, n in items)
        if total and int(total.group("n")) != sum_:
            continue
        if not (total or _PEOPLE_TITLE.search(named)):
            continue
        same = [d for d in drafts if d.participants_total == sum_]
        dated = [d for d in drafts if d.start_date]
        target = same[0] if len(same) == 1 else dated[0] if len(dated) == 1 and total else None
        if target is None or any(p.participants for p in target.participation):
            continue
        for iso3, n in items:
            add_country(target, iso3, n, s.text)
