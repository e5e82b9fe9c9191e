"""Numbers in words and digits, and the participant counts a sentence states.

text2num turns "twenty-four" into 24 and "Five" into 5. A count is only a participant count when
a word for people follows it ("24 participants", "more than 80 delegates") or "attended by"
precedes it; a number on its own ("communities and 29 advocate for") is never taken for one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import alpha2digit, text2num

from atlas.extract import places

PEOPLE = (
    r"(?:participants|people|persons|attendees|delegates|representatives|youth leaders"
    r"|young people|trainees|students|women|men|officials|activists|members|migrants|visitors"
    r"|guests)"
)
# Other words for people, which name who attended only where the sentence says so ("trained 27
# crew leaders", "with 40 volunteers", "... attended"): "1,200 children are returned each year"
# and "2 million migrant workers live in Malaysia" are no event's count.
OTHER_PEOPLE = (
    r"(?:leaders|workers|fishers|fishermen|farmers|organi[sz]ers|volunteers|teachers|journalists"
    r"|staff|advocates|officers|researchers|practitioners|unionists|survivors|returnees|employers"
    r"|counsellors|paralegals|lawyers|children|girls|boys|villagers|experts|learners|parents"
    r"|youths?|mothers|graduates|employees|community members|civil servants|traders|vendors|seafarers"
    r"|nurses|caregivers|trade unionists|domestic workers|women leaders|coordinators|miners)"
)
_ANY_PEOPLE = rf"(?:{PEOPLE}|{OTHER_PEOPLE})"
# Where a count of OTHER_PEOPLE is attendance: a word right before it, or a verb in the sentence.
_CUE_BEFORE = re.compile(
    r"\b(?:with|for|trained|training|together|gathered|welcomed|involving|involved|including|among them|of whom)\s+$",
    re.I,
)
_CUE_VERB = re.compile(
    r"\b(?:attend\w*|took part|take part|taking part|participat\w*|joined|gathered|were present"
    r"|came together|brought together|bringing together|were trained|registered|enrolled|visited"
    r"|travell?ed|spent|came\s+from|completed)\b",
    re.I,
)
_AT_LEAST = r"(?:more than|over|at least|in excess of|upwards of|no fewer than|no less than)"
_ABOUT = r"(?:about|around|approximately|roughly|nearly|almost|some|an estimated)"
_NUMBER = r"\d{1,3}(?:,\d{3})*|\d+"

_TOTAL = re.compile(
    rf"(?:(?P<least>{_AT_LEAST})\s+|(?P<about>{_ABOUT})\s+|a total of\s+|total of\s+)?"
    rf"(?<![\d,.-])(?P<n>{_NUMBER})(?![\d,.%-])\s+(?P<words>(?:of\s+(?:its|their|our|the)\s+)?(?:[a-z-]+\s+){{0,4}}?)(?P<who>{_ANY_PEOPLE})\b",
    re.I,
)
_NOT_A_COUNT_WORD = re.compile(
    r"\b(?:million|billion|thousand|hundred|per|percent|cent|of|in|on|at|to|who|which|that|are|were|is|was)\b",
    re.I,
)
# "Delegates from Kenya, Uganda and Tanzania, 53 in all, elected ...": a total after a list.
_IN_ALL = re.compile(
    rf"(?<![\d,.])(?P<n>{_NUMBER})\s+(?:people\s+|persons\s+)?in\s+(?:all|total)\b", re.I
)
_ATTENDED_BY = re.compile(
    rf"\battended by\s+(?:(?P<least>{_AT_LEAST})\s+|(?P<about>{_ABOUT})\s+)?(?P<n>{_NUMBER})\b",
    re.I,
)


def digits(sentence: str) -> str:
    """The sentence with number words written as digits ("twenty-four" -> "24")."""
    try:
        return alpha2digit(sentence, "en", threshold=0)
    except Exception:  # noqa: BLE001 - a library hiccup on odd text must not stop extraction
        return sentence


def number(word: str) -> int | None:
    """The value of one number written in digits or words ("7", "twenty-four", "Two")."""
    word = word.strip().replace(",", "")
    if word.isdigit():
        return int(word)
    try:
        return int(text2num(word.lower(), "en"))
    except (ValueError, TypeError):
        return None


@dataclass(frozen=True)
class Count:
    """A participant count: its value, whether it is a lower bound, and where it is."""

    value: int
    at_least: bool
    approximate: bool
    start: int
    end: int


def totals(text: str) -> list[Count]:
    """Participant counts in digit-form text (see `digits`), left to right.

    A count followed by "from <country>" with the country's own count in brackets is still the
    total; a count that is itself a per-country count ("7 from Lao PDR") is not one of these,
    because "from" is not a word for people.
    """
    found: list[Count] = []
    patterns = [_TOTAL, _ATTENDED_BY]
    if re.search(rf"\b{_ANY_PEOPLE}\b|\bdelegations?\b", text, re.I):
        patterns.append(_IN_ALL)
    for pattern in patterns:
        for m in pattern.finditer(text):
            value = int(m.group("n").replace(",", ""))
            if 1900 <= value <= 2100 and not m.groupdict().get("least"):
                continue  # a year before "members" ("2015 members" is never meant)
            between = text[m.end("n") : m.end()]
            words = re.sub(
                r"^of\s+(?:its|their|our|the)\s+", "", m.groupdict().get("words") or ""
            )  # "nine of its teachers"
            if _NOT_A_COUNT_WORD.search(words):
                continue  # "2 million migrant workers", "12 provinces of the delta people"
            if (
                pattern is _TOTAL
                and not re.fullmatch(PEOPLE, m.group("who"), re.I)
                and not (_CUE_BEFORE.search(text[: m.start()]) or _CUE_VERB.search(text))
            ):
                continue  # "1,200 children are returned each year"
            nations = len(places.country_pattern().findall(between)) + len(
                places.adjective_pattern().findall(between)
            )
            if nations == 1:
                continue  # "12 Vietnamese participants" is one country's count, not the total
            if any(c.start < m.end() and m.start() < c.end for c in found):
                continue
            least, about = m.groupdict().get("least"), m.groupdict().get("about")
            found.append(Count(value, bool(least), bool(about), m.start(), m.end()))
    return sorted(found, key=lambda c: c.start)


@dataclass(frozen=True)
class CountryCount:
    country_iso3: str
    participants: int | None
    start: int


def _country_at(text: str, pos: int, adjectives: bool = True) -> tuple[str, int] | None:
    """The country (name, or adjective when allowed) that starts at `pos`, and where it ends."""
    m = places.country_pattern().match(text, pos)
    if not m and adjectives:
        m = places.adjective_pattern().match(text, pos)
    if not m:
        return None
    iso3 = places.country_or_adjective(m.group(1))
    return (iso3, m.end()) if iso3 else None


def country_counts(text: str) -> list[CountryCount]:
    """Per-country counts in digit-form text: "7 from Lao PDR", "22 of them from Cambodia",
    "12 Cambodian participants", "Cambodia (12)"."""
    found: list[CountryCount] = []
    for m in re.finditer(r"(?<![\d,.])(\d+)\s+((?:[a-z-]+\s+){0,4}?)from\s+", text, re.I):
        words = m.group(2)
        if words.strip() and not re.search(
            rf"\b(?:{_ANY_PEOPLE}|of (?:them|whom|these)|were|came)\b", words, re.I
        ):
            continue  # "300 kilometres from Thailand"
        listed, _ = _country_list(text, m.end(), adjectives=False)
        if len(listed) == 1:  # "24 participants from A, B and C" is a total, not A's count
            found.append(CountryCount(listed[0][0], int(m.group(1)), m.start()))
    for m in re.finditer(r"(?<![\d,.])(\d+)\s+(?=[A-Z])", text):
        hit = _country_at(text, m.end())
        if hit and re.match(rf"\s+(?:[a-z-]+\s+)?{_ANY_PEOPLE}\b", text[hit[1] :], re.I):
            found.append(CountryCount(hit[0], int(m.group(1)), m.start()))
    for m in re.finditer(
        rf"\b[Tt]he\s+([A-Z][\w'’-]+)\s+(?:[a-z-]+\s+)?{_SENDER}s?\s+(?:sent|brought)\s+(\d+)\b",
        text,
    ):
        iso3 = places.country_or_adjective(m.group(1))
        if iso3:
            found.append(CountryCount(iso3, int(m.group(2)), m.start()))
            rest = re.match(
                rf"\s+(?:[a-z-]+\s+){{0,3}}?(?:,\s*)?and\s+the\s+([A-Z][\w'’-]+)\s+(?:[a-z-]+\s+)?{_SENDER}s?\s+(\d+)\b",
                text[m.end() :],
            )
            if rest and places.country_or_adjective(rest.group(1)):
                found.append(
                    CountryCount(
                        places.country_or_adjective(rest.group(1)),
                        int(rest.group(2)),
                        m.end() + rest.start(),
                    )
                )
    for m in places.country_pattern().finditer(text):
        after = re.match(r"\s*\((\d+)\)", text[m.end() :])
        iso3 = places.country(m.group(1))
        if after and iso3:
            found.append(CountryCount(iso3, int(after.group(1)), m.start()))
    return sorted(found, key=lambda c: c.start)


_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+|as well as\s+)?|and\s+|&\s+|as well as\s+|or\s+)")
# Who a country's adjective or name can qualify in "Thai and Lao counterparts".
_GROUP = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:counterparts|participants|delegates|delegations|youth leaders"
    r"|officials|representatives|partners|trainees|CSOs|NGOs|people|youths?|students|leaders"
    r"|volunteers|activists|organi[sz]ers|unionists|groups|organi[sz]ations|unions|networks"
    rf"|associations|communities|newcomers|{OTHER_PEOPLE[3:-1]}|{PEOPLE[3:-1]})\b"
)
# People a report names by their country who are not participants: those who taught or spoke.
_NOT_PARTICIPANTS = re.compile(
    r"\b(?:trainers?|speakers?|resource\s+persons?|facilitators?|panell?ists?|presenters?|lecturers?"
    r"|experts?|specialists?|researchers?|economists?|lawyers?|photographers?|keynote)\b",
    re.I,
)
_TAUGHT = re.compile(
    r"\b(?:led|spoke|presented|facilitated|taught|lectured|shared|described|trained)\b"
)
# "Shelters in Guatemala, Honduras and Mexico sent 34 delegates": the countries they came from.
_SENT_FROM = re.compile(
    r"\b(?:shelters|organi[sz]ations|groups|unions|associations|networks|partners|members|chapters"
    r"|communities)\s+(?:in|from)\s+(?:the\s+)?",
    re.I,
)
# "The Zambian union sent six members and the Malawian association five".
_SENDER = (
    r"(?:union|association|network|organi[sz]ation|group|delegation|shelter|partner|chapter|team"
    r"|federation|alliance|coalition|NGO|centre|center)"
)
# "22 Filipino and Indonesian domestic workers": nationalities of the people a count is of.
_COUNTED_GROUP = re.compile(rf"\s+(?:[a-z-]+\s+){{0,2}}?{_ANY_PEOPLE}\b", re.I)


def _country_list(text: str, pos: int, adjectives: bool) -> tuple[list[tuple[str, int]], int]:
    """Countries listed from `pos` ("Burma/Myanmar, Thailand and Cambodia") and where the list
    ends."""
    found: list[tuple[str, int]] = []
    end = pos
    while True:
        hit = _country_at(text, pos, adjectives)
        if not hit:
            return found, end
        found.append((hit[0], pos))
        end = hit[1]
        sep = _SEPARATOR.match(text, end)
        if not sep:
            return found, end
        pos = sep.end()


def _taught(text: str, start: int, end: int) -> bool:
    """Whether the people named from `start` to `end` taught or spoke rather than took part."""
    return bool(
        _NOT_PARTICIPANTS.search(text[max(0, start - 20) : end])
        or _TAUGHT.search(text[end : end + 60])
    )


def countries_named(text: str) -> list[CountryCount]:
    """Countries participants came from, without a count: "participants from Burma/Myanmar,
    Thailand and Cambodia", "between Thai and Lao counterparts", "for the Lao counterparts".
    A country named for another reason ("the situation in Thailand") is not one of them."""
    found: list[CountryCount] = []
    for m in re.finditer(
        rf"\b(?:{_ANY_PEOPLE}|delegations|others|rest|remainder)\s+(?:[a-z]+\s+){{0,2}}?from\s+(?:the\s+)?",
        text,
        re.I,
    ):
        listed, end = _country_list(text, m.end(), adjectives=False)
        if listed and _taught(text, m.start(), end):
            continue  # "Trainers from Uganda and Tanzania", "Lawyers from Greece and Italy led the sessions"
        found += [CountryCount(iso3, None, pos) for iso3, pos in listed]
    for m in _SENT_FROM.finditer(text):
        listed, end = _country_list(text, m.end(), adjectives=False)
        if listed and re.match(r"\s+sent\b", text[end:]):
            found += [CountryCount(iso3, None, pos) for iso3, pos in listed]
    starts = sorted(
        {m.start(1) for m in places.country_pattern().finditer(text)}
        | {m.start(1) for m in places.adjective_pattern().finditer(text)}
    )
    covered = -1
    for start in starts:
        if start < covered:
            continue
        listed, end = _country_list(text, start, adjectives=True)
        covered = end
        counted = re.search(r"\d\s+$", text[:start]) and _COUNTED_GROUP.match(text, end)
        group = _GROUP.match(text, end)
        if listed and group and _taught(text, start, group.end()):
            continue
        if listed and (group or counted):
            found += [CountryCount(iso3, None, pos) for iso3, pos in listed]
    return sorted({c.country_iso3: c for c in reversed(found)}.values(), key=lambda c: c.start)
