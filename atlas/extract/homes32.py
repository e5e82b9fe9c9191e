"""Home countries and their counts told in kinds of text the first runs of the thirtieth and
thirty-first blind sets missed, found in the misses of three sets or more (issue 16).

- a country or its delegation as the subject of a count ("Cambodia and Laos sent 6 delegates
  each", "Laos was represented by 9 officials", "the Thai host unions were represented by 12",
  "The Kenyan delegation, 14 members from Mombasa, was the largest", "The Chinese delegation
  was the largest, with 30 members", "The Nepali delegation alone counted 11 members", "The
  Lao delegation of 7 came from ...", "Ugandan participants numbered 40"): that country's count;
  not a count of things ("Laos was represented by 3 papers"), nor a country that received
  people ("Thailand received 12 delegates": no verb of sending is read).
- a part or the whole told as all of one country where the event names that country alone and
  without a count: "12 of the participants were survivors, all of them Lao women" (the part),
  "There were 40 participants: ... All of them were Lao." (the whole, in the next sentence),
  "The 46 participants included 21 fishers' wives, all Vietnamese, ..." (the part, the event
  naming no home at all); not a part told roughly ("over 20 of them, all Lao"), nor one part of
  a split that names other people ("38 took part: 34 youths, all Lao, and 4 observers from X").
- a section on who took part ("Participation", "Participants", "Attendance") in a report of
  several events: its sentences that name a home country tell who took part in the one event
  told before it ("Overview: the forum ... / Participation: Spain sent 24 and Portugal 15. /
  Programme: ... a hearing within the forum"); not when two events were told before it.

This module imports nothing of the package at its top: `origins` asks it.
"""

from __future__ import annotations

import re
from functools import cache

# A body of a country or those of one nationality, as the subject: "the Thai host unions", "The
# Kenyan delegation", "Ugandan participants", "The Myanmar organisations"
_GROUP = (
    r"(?:delegations?|contingents?|teams?|groups?|sides?|unions?|associations?|networks?"
    r"|organi[sz]ations?|federations?|partners?)"
)


@cache
def _subject() -> re.Pattern[str]:
    """A country named as the subject of a count: a list of countries ("Cambodia and Viet
    Nam"), or a body or people of a nationality ("the Thai host unions", "Ugandan
    participants")."""
    from atlas.extract import numbers, places

    name = places.country_pattern().pattern
    adjective = places.adjective_pattern().pattern
    return re.compile(
        rf"\b[Tt]he\s+(?P<adj>{adjective}|{name})\s+(?:[a-z-]+\s+){{0,2}}?{_GROUP}\b"
        rf"|(?P<list>{name}(?:\s*(?:,|\band)\s*{name})*)"
        rf"|(?P<people_adj>{adjective})\s+(?:[a-z-]+\s+)?{numbers.ANY_PEOPLE}\b"
    )


# After the subject, the count: "sent 8 delegates each", "was represented by 12", ", 32
# delegates from A and B, was the largest", "was the largest, with 41 members", "alone counted
# 14 members", "of 9 came", "numbered 80"
_EACH = re.compile(
    r"\s+(?:also\s+)?(?:sent|brought|fielded)\s+(?P<n>\d+)\s+(?P<who>(?:[a-z-]+\s+){0,2}?[a-z-]+)\s+each\b"
)
_REPRESENTED = re.compile(r"\s+(?:was|were)\s+represented\s+by\s+(?P<n>\d+)\b(?P<rest>[^.;:]*)")
_DELEGATION = re.compile(
    r",\s+(?P<n>\d+)\s+(?P<who>(?:[a-z-]+\s+){0,2}?[a-z-]+)\b[^.;:]{0,80}?,\s+(?:was|were)\b"
    r"|\s+(?:was|were)\s+the\s+(?:largest|biggest|smallest)(?:\s+[a-z]+)?\s*,?\s+with\s+(?P<n2>\d+)\b(?P<who2>\s+[a-z-]+(?:\s+[a-z-]+)?)?"
    r"|\s+(?:alone\s+|itself\s+)?(?:counted|numbered|had)\s+(?P<n3>\d+)\b(?P<who3>\s+[a-z-]+(?:\s+[a-z-]+)?)?"
    r"|\s+of\s+(?P<n4>\d+)\s+(?:came|arrived|travell?ed|joined|was|were)\b"
)


def _people(words: str | None, bare: bool) -> bool:
    """Whether the words after a count say it counts people ("delegates", "young leaders"),
    or, when `bare` allows it, say nothing of what is counted."""
    from atlas.extract import numbers

    words = (words or "").strip()
    if not words or re.match(r"(?:and|or|in|at|from|to|on|as)\b", words):
        return bare
    return bool(re.search(rf"\b{numbers.ANY_PEOPLE}\b", words, re.I))


def subject_counts(text: str) -> list:
    """Counts a digit-form sentence gives a country or its delegation as the subject of a
    count ("Cambodia and Laos sent 6 delegates each", "Laos was represented by 9 officials",
    "The Kenyan delegation, 14 members from Mombasa, was the largest"), as `CountryCount`s."""
    from atlas.extract import places
    from atlas.extract.origins import CountryCount

    found = []
    for m in _subject().finditer(text):
        if m.group("list"):
            isos = [
                places.country(c.group(1))
                for c in places.country_pattern().finditer(m.group("list"))
            ]
        else:
            isos = [places.country_or_adjective(m.group("adj") or m.group("people_adj"))]
        if not isos or None in isos or len(set(isos)) != len(isos):
            continue
        n = None
        if len(isos) > 1:
            each = _EACH.match(text, m.end())
            if each and _people(each.group("who"), bare=False):
                n = int(each.group("n"))
        elif rep := _REPRESENTED.match(text, m.end()):
            if _people(rep.group("rest"), bare=True):
                n = int(rep.group("n"))
        else:
            d = _DELEGATION.match(text, m.end())
            if d and m.group("list") and not (d.group("n3") and _people(d.group("who3"), False)):
                d = None  # a country's name alone: only "Senegal had 32 participants"
            if d and d.group("n") and _people(d.group("who"), bare=False):
                n = int(d.group("n"))
            elif d and (d.group("n2") or d.group("n3")):
                who = d.group("who2") if d.group("n2") else d.group("who3")
                n = int(d.group("n2") or d.group("n3"))
                n = n if _people(who, bare=True) else None
            elif d and d.group("n4"):
                n = int(d.group("n4"))
        if n is not None and not 1900 <= n <= 2100:
            found += [CountryCount(iso3, n, m.start()) for iso3 in isos]
    return found


# The whole told in a sentence of its own: "All of them were Lao.", "All 30 were from Laos.",
# "Every one of them came from Laos."
_ALL_WERE = re.compile(
    r"^\s*(?:All|Every\s+one)(?:\s+(?P<n>\d+))?(?:\s+of\s+them)?\s+(?:were|are|was|came)\s+"
    r"(?:from\s+)?(?:the\s+)?(?=[A-Z])"
)


def _whole_of_one_country(quote: str) -> tuple[str, int | None] | None:
    """The country of "All of them were Lao." (a sentence of its own), and its count if told."""
    from atlas.extract import numbers
    from atlas.extract.origins import country_list

    text = numbers.digits(quote)
    m = _ALL_WERE.match(text)
    if not m:
        return None
    listed, _end = country_list(text, m.end(), adjectives=True)
    if len(listed) != 1:
        return None
    return listed[0][0], int(m.group("n")) if m.group("n") else None


def _included(text: str, n: int) -> bool:
    """Whether a part is told as one of those the total included ("The 46 participants included
    21 ...", "among them 12 ..."), not as one part of a split that goes on to name others ("38
    took part: 34 young people, all Lao, and 4 observers from Yunnan")."""
    return bool(re.search(rf"\b(?:included|including|among\s+them|among\s+whom)\s+{n}\b", text))


def _add_included_part(d, total: int) -> None:
    """A part of the total told as among those who came, all of one country not yet named, beside
    the homes named with counts: "More than 120 people attended, among them 45 returnee migrant
    workers, all Cambodian, and six Thai trade union organisers" gives Cambodia 45 beside
    Thailand's 6, when the counts fit in the total."""
    from atlas.extract import numbers
    from atlas.extract.facts import add_country
    from atlas.extract.whole_homes import _all_from as all_from

    quote = d.evidence.get("participants_total")
    if not d.participation or not quote or any(p.participants is None for p in d.participation):
        return
    part = all_from(quote)
    if not part or part[0] in {p.country_iso3 for p in d.participation}:
        return
    if not _included(numbers.digits(quote), part[1]):
        return
    if part[1] + sum(p.participants for p in d.participation) <= total:
        add_country(d, part[0], part[1], quote)


def add_part_all_of_one_country(drafts: list) -> None:
    """Give the one country an event names without a count the count told as all of that
    country: the whole ("All of them were Lao.", after the total's sentence) or a part ("12 of
    the participants were survivors, all of them Lao women"); and where the event names no home
    at all, a part of its total told so ("The 46 participants included 21 fishers' wives, all
    Vietnamese"). whole_homes and homes30 give a whole told in the same sentence."""
    from atlas.extract import numbers
    from atlas.extract.facts import add_country
    from atlas.extract.whole_homes import _all_from as all_from

    for d in drafts:
        total = d.participants_total
        if total is None:
            continue
        _add_included_part(d, total)
        if len(d.participation) > 1:
            continue
        if d.participation:
            p = d.participation[0]
            quote = d.evidence.get("participation[0]")
            if p.participants is not None or not quote:
                continue
            whole = _whole_of_one_country(quote)
            if whole and whole[0] == p.country_iso3 and whole[1] in (None, total):
                p.participants = total
                continue
            part = all_from(quote)
            if part and part[0] == p.country_iso3 and part[1] < total:
                p.participants = part[1]
        elif quote := d.evidence.get("participants_total"):
            part = all_from(quote)
            if part and part[1] < total and _included(numbers.digits(quote), part[1]):
                add_country(d, part[0], part[1], quote)


def section_on_who_took_part(told_before: list, heading: str, text: str) -> bool:
    """Whether a sentence under `heading` tells who took part in the one event told before it,
    in a report of several events ("Overview: the forum ... / Participation: The Kenyan
    delegation, 14 members, was the largest. / Programme: ... a public hearing within the
    forum"): a section on who took part follows the event it is about, when only one was told
    before it. Only a sentence that names a home country is read so: the section may go on to
    tell other things."""
    from atlas.extract import places
    from atlas.extract.events import _PARTICIPATION_HEADING

    if len(told_before) != 1 or not _PARTICIPATION_HEADING.fullmatch(heading):
        return False
    return bool(places.country_pattern().search(text) or places.adjective_pattern().search(text))
