"""Counts of participants and their home countries told in kinds of text the first runs of the
blind sets missed in three sets or more (issue 16).

- "N people came": the bare verb of those who came ("Around 75 workers came.", "About 70 fishers
  came, most of them from X", "More than 300 citizens came, and ...", "65 villagers came",
  "22 crew members came: 14 from A and 8 B", "about 300 workers came to a health day we
  organised") makes a count of people who are not always participants (workers, fishers,
  villagers) the event's count, as "attended" or "took part" does; not those who came back or
  home from abroad, nor "came from" (read elsewhere), nor "came to <country>" to live or work;
  not people of one nationality ("Around 70 Cambodian porters came": that country's count, read
  elsewhere), nor when another event's word follows ("380 returnees came, and 52 of them found
  work or training": the count would make an event of it).
- the host country's count: "joined the host country's 18 delegates", "Beside the host country's
  70 delegates from commune councils", "Delegates were 12 from the host country, 10 from A": the
  event's country, when it has one and no count yet, takes that count; not "the host country's
  3 ministries" (no people counted).
- "N people, all X" where the event names no home at all: "for 80 workers, all Fijian", "25 wives
  and mothers of boat crew met at the jetty room, all from Myanmar": X holds the count when it
  is the event's total (whole_homes gives it the count when X was named already); not after a
  rough count ("over 60 workers, all Fijian").
- a total split by where its people came from, a part told by nationality or by a place within a
  country: "22 crew members came: 14 from Laos and 8 Thai", "64 young people attended: 41 from
  hill villages in Thailand and 23 who crossed from Tachileik in Myanmar": each country its part,
  when every part names one country, the parts add up to the total and the event names no other
  home.

This module imports nothing of the package at its top: `numbers` asks it.
"""

from __future__ import annotations

import re
from functools import cache

# Right after the people counted: "75 workers came.", "70 fishers came, most ...", "22 crew
# members came: ...", "300 workers came to a health day", "70 porters came for advice"; not
# "came back", "came home", "came from" or "came to Thailand" (a country, a capital)
_CAME = re.compile(
    r"\s+(?:all\s+|also\s+|finally\s+|eventually\s+)?came"
    r"(?=\s*(?:[.,;:!]|$)|\s+(?:to|for)\s+(?:a|an|the|our|their|its|this|that|advice)\b)",
    re.I,
)


# Another event's word told after those who came ("380 returnees came, and 52 of them found work
# or training"): the count would make an event of it
_OTHER_EVENT = re.compile(
    r"\b(?:trainings?|workshops?|meetings?|seminars?|courses?|forums?|conferences?|sessions?)\b",
    re.I,
)


def came_after(text: str, between: str, end: int) -> bool:
    """Whether the people counted, ending at `end`, are told as those who came: not those of
    one nationality ("70 Cambodian porters came", whose country takes the count), nor when
    another event's word follows in the sentence."""
    from atlas.extract import places  # places reads numbers' neighbours; imported when asked

    m = _CAME.match(text, end)
    if not m or _OTHER_EVENT.search(text, m.end()):
        return False
    return not (
        places.country_pattern().search(between) or places.adjective_pattern().search(between)
    )


# "joined the host country's 18 delegates", "Beside the host country's 70 delegates from commune
# councils", "Delegates were 12 from the host country, 10 from A and 3 from B", "with 25 members
# of the host country's unions"
_HOST_COUNTRY = re.compile(
    r"\b(?:the\s+)?host(?:ing)?\s+country['’]s\s+(?P<a>\d[\d,]*)\s+(?:[a-z-]+\s+){0,3}?(?P<who_a>[a-z]+)\b"
    r"|(?<![\d,.])(?P<b>\d[\d,]*)\s+(?:(?P<who_b>[a-z-]+(?:\s+[a-z-]+){0,2}?)\s+)?(?:were\s+)?from\s+"
    r"the\s+host(?:ing)?\s+country\b",
    re.I,
)


def host_country_counts(text: str) -> list[int]:
    """The counts a sentence gives those of the host country ("the host country's 18
    delegates", "12 from the host country"), in digit-form text."""
    from atlas.extract import numbers

    found = []
    for m in _HOST_COUNTRY.finditer(text):
        who = m.group("who_a") or m.group("who_b") or ""
        if who and not re.fullmatch(rf"(?:[a-z-]+\s+){{0,2}}?{numbers.ANY_PEOPLE}", who, re.I):
            continue  # "the host country's 3 ministries": no people counted
        found.append(int((m.group("a") or m.group("b")).replace(",", "")))
    return found


def add_host_counts(drafts: list) -> None:
    """Give the event's country the count its sentences give those of the host country, when the
    event has a country and no count for it yet: the hosts are among those who took part."""
    from atlas.extract import numbers
    from atlas.extract.facts import add_country

    for d in drafts:
        if not d.country_iso3:
            continue
        if any(p.country_iso3 == d.country_iso3 and p.participants for p in d.participation):
            continue
        for quote in sorted(set(d.evidence.values())):
            counts = host_country_counts(numbers.digits(quote))
            if len(counts) == 1:
                add_country(d, d.country_iso3, counts[0], quote)
                break


def add_all_of_one_country(drafts: list) -> None:
    """The only home of "N people, all X" ("80 workers, all Fijian", "25 wives of crew met at the jetty, all from
    Myanmar") where the event names no home country at all: X is the only home and holds the
    count, when the count is the event's total (whole_homes gives the count to X when X was
    already named)."""
    from atlas.extract.facts import add_country
    from atlas.extract.whole_homes import _all_from as all_from

    for d in drafts:
        quote = d.evidence.get("participants_total")
        if d.participation or d.participants_total is None or not quote:
            continue
        found = all_from(quote)
        if found and found[1] == d.participants_total:
            add_country(d, found[0], found[1], quote)


# One part of a total split by where its people came from: "14 from Laos", "8 Thai", "23 who
# crossed from Tachileik in Myanmar", "41 from hill villages in Thailand"
_PART = re.compile(
    r"(?<![\d,.])(?P<n>\d[\d,]*)\s+(?:(?:who|that)\s+[a-z]+\s+)?"
    r"(?:(?:came\s+)?from\s+(?:the\s+)?(?:(?P<place>(?:[\w'’-]+\s+){1,4}?)in\s+)?)?(?=[A-Z])"
)
_PART_SEP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")


def _first_split(text: str, starts, part_at, total: int) -> list[tuple[str, int]]:
    """The first list of parts, read from one of `starts` (matches whose end opens a list) by
    `part_at` (a position -> the part's country, count and end, or None) with "," or "and"
    between, that splits the total: two or more, each country once, adding up to it."""
    for start in starts:
        parts: list[tuple[str, int]] = []
        pos = start.end()
        while hit := part_at(pos):
            parts.append(hit[:2])
            sep = _PART_SEP.match(text, hit[2])
            if not sep:
                break
            pos = sep.end()
        if len(parts) >= 2 and sum(n for _, n in parts) == total and len(dict(parts)) == len(parts):
            return parts
    return []


def split_of_total(text: str, total: int) -> list[tuple[str, int]]:
    """The parts of `total` a sentence tells by where they came from, after a colon or a comma
    ("22 crew members came: 14 from Laos and 8 Thai", "64 young people attended: 41 from hill
    villages in Thailand and 23 who crossed from Tachileik in Myanmar"), when every part names
    one country and the parts add up to the total."""
    from atlas.extract.origins import _country_at

    def part_at(pos: int) -> tuple[str, int, int] | None:
        m = _PART.match(text, pos)
        country = m and _country_at(text, m.end(), adjectives=not m.group("place"))
        return (country[0], int(m.group("n").replace(",", "")), country[1]) if country else None

    return _first_split(text, re.finditer(r"[:,]\s*", text), part_at, total)


# A part told country first, a bracket of its bodies after it: "China 11 (Yunnan Border Health
# Friends Association, ...)", "Lao PDR 2 (Luang Namtha Community Health Network)"
_COUNT_AFTER = re.compile(r"\s+(?P<n>\d{1,4})(?![\d,.:/])(?:\s*\([^()]{1,200}\))?")
# A body's country and count in brackets after its name: "(Myanmar, 5 persons)", "(Kenya: 4
# participants)"
_COUNTRY_AND_COUNT_IN_BRACKETS = re.compile(r"\(\s*(?=[A-Z])")


@cache
def _count_in_brackets() -> re.Pattern[str]:
    """The count of people after the country in a body's brackets: ", 5 persons)"."""
    from atlas.extract import numbers

    return re.compile(rf"\s*[,:]\s*(?P<n>\d{{1,4}})\s+{numbers.ANY_PEOPLE}\s*\)", re.I)


def split_by_country_first(text: str, total: int) -> list[tuple[str, int]]:
    """The parts of `total` a minutes' list of those present tells country first ("Present: 19
    members and invitees, namely China 11 (...), Myanmar 4 (...), Lao PDR 2 (...) and Viet Nam 2
    (...)"), when every part names one country and the parts add up to the total."""
    from atlas.extract.origins import _country_at

    def part_at(pos: int) -> tuple[str, int, int] | None:
        country = _country_at(text, pos, adjectives=False)
        m = country and _COUNT_AFTER.match(text, country[1])
        return (country[0], int(m.group("n")), m.end()) if m else None

    return _first_split(text, re.finditer(r"(?:[:,]|\bnamely)\s*", text), part_at, total)


def bodies_by_country(text: str, total: int) -> list[tuple[str, int]]:
    """Each country with the count of the bodies' people told in brackets after their names
    ("Myanmar Workers' Solidarity Association (Myanmar, 5 persons); Cambodian Migrant Workers'
    Friends (Cambodia, 3 persons)"), when two or more are told so, each country once, and their
    counts fit in the total."""
    from atlas.extract.origins import _country_at

    parts: list[tuple[str, int]] = []
    for m in _COUNTRY_AND_COUNT_IN_BRACKETS.finditer(text):
        country = _country_at(text, m.end(), adjectives=False)
        count = country and _count_in_brackets().match(text, country[1])
        if count:
            parts.append((country[0], int(count.group("n"))))
    if len(parts) < 2 or len(dict(parts)) < len(parts):
        return []
    return parts if sum(n for _, n in parts) <= total else []


def add_split_of_total(drafts: list) -> None:
    """Give each country its part of the event's total where the sentence of the total splits it
    by where they came from (`split_of_total`), beside what the other rules read."""
    from atlas.extract import numbers
    from atlas.extract.facts import add_country

    for d in drafts:
        quote = d.evidence.get("participants_total")
        if d.participants_total is None or not quote:
            continue
        text = numbers.digits(quote)
        parts = (
            split_of_total(text, d.participants_total)
            or split_by_country_first(text, d.participants_total)
            or bodies_by_country(text, d.participants_total)
        )
        if not parts:
            continue
        named = {p.country_iso3 for p in d.participation}
        if named - {c for c, _ in parts}:
            continue  # another home the sentence or the report gave: leave it to the other rules
        for iso3, n in parts:
            add_country(d, iso3, n, quote)
