"""Organisations and participants' home countries told in kinds of text the first runs of the
blind sets missed in two sets or more, the thirty-third among them (issue 16).

- A name that goes on after a comma with its town, closed by a second comma and a clause about
  the body: "organised by the Harbour Rights Clinic, Mombasa, in cooperation with the Reef
  Forum", "from the Workers' Help Centre, Kisumu, which sent two staff members", "provided by
  the Centre for Fair Hiring, Dhaka, whose team ...", "The Coast Network, together with the
  Delta Institute, Kigali, organised the forum", "the Fishers' Federation, Lamu, together with
  ...". The town is part of the name the newer sets expect ("Harbour Rights Clinic, Mombasa");
  organisations' `_PLACE_TAIL` reads it before a verb, orgs32 before ", and". Not where people
  came from ("The trainers were from the Harbour Rights Clinic, Mombasa, who ..." keeps the
  town out, as orgs32 reads it), nor a date after the town ("co-organised with the X, Mae Sot,
  22 June": an activity line's place), nor before a sentence's end, where the sets disagree.
  Added after the thirty-sixth set's first run: towns joined by "and" before "and supported by"
  ("X, Kampong Cham and Prey Veng, and supported by Y") and a country with the body's short name
  in brackets ("X, Nepal (FFMW-Nepal), co-hosted with Y"; the short name is no part of it).
- A delegation's count told with its members and one home: "The delegation had 12 members, all
  of them from Kenya: ...", "The team had 14 members, all Nepali", "Our group counted 9
  members, all from Laos": that country holds the count. Not a delegation with several homes
  ("The delegation had 12 members, 8 from Kenya ..."), nor "all" of something else ("had 12
  members, all of them women").
- A delegation or group of one nationality with its count: "a group of 12 Kenyan domestic
  workers also joined", "The delegation of 15 Lao returnee women together with 10 Thai
  volunteers ...": that country holds the count. Not a group of things ("a group of 12 Kenyan
  companies").
- A delegation's count in a list whose verb is told once: "The Kenyan delegation had nine
  members, the Ugandan delegation eight and the Rwandan delegation seven", "The Lao and
  Cambodian delegations had four members each and the Thai delegation three", "The Lao
  delegation 8 persons and the Thai side 12 persons": each country its count (homes32 reads the
  first, told with its verb). Not a count of things ("the Thai delegation 3 papers").
- One more of those who taught or spoke, told by "one from" after them: "Two resource persons
  from Malaysia and one from Fiji shared ...", "two trainers from Kenya and one from Uganda",
  "Two resource persons, one from Fiji and one from Samoa, ...", "A resource person from Nepal
  and one from India attended": the "one" is a trainer or speaker, not a participant from that
  country. Not when people are counted between ("The trainers from the X trained 20 workers
  from Kenya and 4 from Uganda": a count of those trained).
- People counted by the country they came back from: "22 migrants returned from Russia", "30
  survivors who returned from China", "64 who came back from Thailand and 11 from Malaysia",
  "40 workers deported from Libya": the country is where they worked or were held, not their
  home (as "240 returnees from Libya" is read already). Not those who came from a country to
  the event ("12 who came from Laos", "30 delegates who travelled from Kenya").
- Homes told with a vague count: "Participants came mainly from A and B, with smaller groups
  from C and D", "... took part, and a few from C and D", "About 150 people came, returnees from
  A and a small group from C and D", "C, D and E sent between 15 and 20 each": each country a
  home without a count. Not when those few taught or spoke ("a few trainers from C"), nor a
  vague count in a sentence that tells of no one coming or taking part ("a small group from C
  visited the ministry last year").
- The largest group and those that followed it: "Kenyan youth made up the largest group, with
  45 participants", "Ghana had the biggest delegation with 78 women, followed by Togo with 21",
  "The host had the largest delegation with 15 participants, followed by Gabon with 8 and
  Chad with 7": each country named its count (homes32 reads "The Kenyan delegation was the
  largest, with 30 members"). Not a count of things ("followed by Gabon with 8 papers").
- A name before ", co-hosted with" or ", organised with": "The forum was organised by A and B,
  co-hosted with C", "convened by A, co-hosted with C". The verb after the comma tells how the
  event was made, not what A did: A organised it (read from "organised by") and is no host, as
  six sets read it. Not "A co-hosted the forum with C" (A is the verb's subject).
- Three small fixes to organisations' own patterns, where these kinds belong: a writer's
  "realised" for "held" ("The Returnee Network realised a public hearing", "the foundation
  realized a workshop": the body organised it; not "realised that", "realised the importance
  of"); "had the support of X", "counted on the support of X" (X funded it, as "with the
  support of X" is read already); "organised by X in cooperation with Y" (Y organised it too,
  as three sets read it and none reads it a partner; "in partnership with" stays a partner's,
  as seven sets read it).

This module imports nothing of the package at its top: `organisations` and `origins` ask it.
"""

from __future__ import annotations

import re
from functools import cache

# ", Mombasa, which", ", Kisumu, whose", ", Dhaka, in cooperation with", ", Lamu, together with",
# ", Kigali, organised": one to three capitalised words between commas (a town, or two joined by
# "and": ", Iloilo and Antique,"), then a clause that goes on about the body
_TOWN_BEFORE_CLAUSE = re.compile(
    r",\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
    r"(?:\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?)"
    # its short name in brackets: ", Nepal (FFMW-Nepal), co-hosted with"
    r"(?:\s*\([A-Z][\w.-]{1,15}\))?,\s+"
    r"(?=which\b|whose\b|in\s+cooperation\s+with\b|in\s+partnership\s+with\b|together\s+with\b"
    r"|(?:co-)?(?:organi[sz]ed|hosted|convened)\b"
    # ", Kampong Cham and Prey Veng, and supported by", ", Jhapa and Morang, and was supported by"
    r"|and\s+(?:was\s+|were\s+)?(?:supported|financed|funded|sponsored)\s+by\b)"
)
# people who came "from" the body: the place says where they travelled from (orgs32 reads it so)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$")
# "were drawn from the provincial office and from the X": a body that sent people, told with
# "drawn from", is a body of the event all the same
_DRAWN_FROM = re.compile(r"\b(?:drawn|provided|sent|recruited)\s+(?:from|by)\b[^.;:]*$")


def town_before_clause(before: str, after: str) -> str:
    """The town that goes on with a name past a comma when a clause about the body follows a
    second comma (", Mombasa, which sent ...", ", Dhaka, in cooperation with ..."); "" when
    none does. `before` is the sentence before the name, `after` the sentence after it."""
    from atlas.extract import places  # places is read by organisations: imported when asked

    m = _TOWN_BEFORE_CLAUSE.match(after)
    if not m or (_FROM_BEFORE.search(before) and not _DRAWN_FROM.search(before)):
        return ""
    first = re.split(r"\s+and\s+", m.group("place"))[0]  # "Iloilo" of "Iloilo and Antique"
    return after[: m.end("place")] if places.city(first) or places.country(first) else ""


# "The delegation had 12 members, all of them from Kenya", "The team had 14 members, all
# Nepali", "Our group counted 9 members, all from Laos"
_ALL_OF_ONE_HOME = (
    r"\b(?:delegation|team|group|contingent)\s+(?:had|counted|numbered|was\s+made\s+up\s+of)\s+"
    r"(?P<n>\d+)\s+(?:members|people|persons|participants|delegates)\s*[,:;]\s+all"
    r"(?:\s+of\s+them)?\s+(?:(?:were|came)\s+)?(?:from\s+)?"
)
# "the Ugandan delegation eight", "the Thai side 12 persons", "The Lao and Cambodian delegations
# had four members each": a delegation's count with its verb told once for the list
_COUNT_NO_VERB = r"\s+(?P<n>\d+)(?:\s+(?:members|persons|people|delegates|participants))?(?=\s*(?:[,.;]|and\b|$))"
_EACH_OF_THEM = r"\s+(?:had|counted|sent|brought)\s+(?P<n>\d+)\s+(?:members|persons|people|delegates|participants)\s+each\b"


@cache
def _delegation_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    from atlas.extract import places  # places reads origins, which asks this module

    home = rf"(?:{places.country_pattern().pattern}|{places.adjective_pattern().pattern})"
    side = r"(?:delegations?|side|team|group|contingent)"
    return (
        re.compile(
            _ALL_OF_ONE_HOME + rf"(?P<home>{home})(?:\s+nationals)?(?=\s*[.,;:]|\s+and\b|$)"
        ),
        re.compile(rf"\b[Tt]he\s+(?P<home>{home})\s+{side}" + _COUNT_NO_VERB),
        re.compile(
            rf"\b[Tt]he\s+(?P<homes>{home}(?:\s*(?:,|\band)\s*{home})+)\s+delegations"
            + _EACH_OF_THEM
        ),
    )


@cache
def _group_of_one_nationality() -> re.Pattern[str]:
    """ "a group of 12 Kenyan domestic workers", "The delegation of 15 Lao returnee women"."""
    from atlas.extract import numbers, places  # places reads origins, which asks this module

    return re.compile(
        r"\b(?:[Aa]|[Tt]he|[Oo]ur|[Tt]heir)\s+(?:delegation|team|group|contingent)\s+of\s+"
        rf"(?P<n>\d+)\s+(?P<home>{places.adjective_pattern().pattern})\s+(?:[a-z-]+\s+){{0,2}}?"
        rf"{numbers.ANY_PEOPLE}\b"
    )


def delegation_counts(text: str) -> list:
    """Counts a digit-form sentence gives a delegation of one home ("The delegation had 12
    members, all of them from Kenya", "the Ugandan delegation 8", "The Lao and Cambodian
    delegations had 4 members each"), as `CountryCount`s."""
    from atlas.extract import places
    from atlas.extract.origins import CountryCount

    all_of_one, no_verb, each = _delegation_patterns()
    found = []
    for m in _group_of_one_nationality().finditer(text):
        iso3 = places.country_or_adjective(m.group("home"))
        if iso3:
            found.append(CountryCount(iso3, int(m.group("n")), m.start("home")))
    for m in list(all_of_one.finditer(text)) + list(no_verb.finditer(text)):
        iso3 = places.country_or_adjective(m.group("home"))
        if iso3:
            found.append(CountryCount(iso3, int(m.group("n")), m.start("home")))
    for m in each.finditer(text):
        homes = re.split(r"\s*(?:,|\band)\s*", m.group("homes"))
        isos = [places.country_or_adjective(h) for h in homes if h.strip()]
        if isos and None not in isos and len(set(isos)) == len(isos):
            found += [CountryCount(iso3, int(m.group("n")), m.start("homes")) for iso3 in isos]
    return found


# Right before "1 from Fiji": those who taught or spoke, where they came from if told, then a
# comma or "and" ("2 resource persons from Malaysia and ", "2 resource persons, ", "2 trainers
# from the Netherlands and "); no count between them, which would be of other people
_TAUGHT_BEFORE_ONE_MORE = (
    r"(?:\s*,)?(?:\s+(?:\d+\s+)?(?:were\s+|came\s+)?from\s+[^.;:\d]{1,60}?)?(?:\s*,\s*|\s+and\s+)$"
)


@cache
def _taught_before() -> re.Pattern[str]:
    from atlas.extract import origins  # origins asks this module: imported when asked

    return re.compile(rf"(?:{origins.NOT_PARTICIPANTS.pattern}){_TAUGHT_BEFORE_ONE_MORE}", re.I)


def one_more_who_taught(text: str, start: int) -> bool:
    """Whether the count at `start` ("1 from Fiji") is one more of those who taught or spoke,
    told right before it ("2 resource persons from Malaysia and 1 from Fiji")."""
    return bool(_taught_before().search(text[max(0, start - 120) : start]))


# Between a count and "from": those who came back ("migrants returned ", "survivors who
# returned ", "who came back ", "workers deported ")
_CAME_BACK = r"\b(?:returned|came\s+back|come\s+back|deported|repatriated|rescued)\s+$"
_CAME_BACK_WORDS = re.compile(_CAME_BACK, re.I)
# Right before "11 from Malaysia": a count of those who came back, where from, and "and" or a
# comma ("64 who came back from Thailand and ")
_CAME_BACK_BEFORE = re.compile(
    r"\b(?:returned|came\s+back|deported|repatriated|rescued)\s+from\s+[^.;:\d]{1,40}?"
    r"(?:\s*,\s*|\s+and\s+)$",
    re.I,
)


def came_back_from(text: str, start: int, words: str) -> bool:
    """Whether the count at `start`, with `words` between it and "from", counts people by the
    country they came back from ("22 migrants returned from Russia", "64 who came back from
    Thailand and 11 from Malaysia")."""
    return bool(
        _CAME_BACK_WORDS.search(words) or _CAME_BACK_BEFORE.search(text[max(0, start - 80) : start])
    )


# "with smaller groups from", "and a few from", "a small group of organisers from", "a handful
# from": a part of those who came, counted vaguely, then where they came from
_VAGUE_PART_FROM = re.compile(
    r"\b(?:a\s+few|a\s+small\s+group|(?:some\s+)?smaller\s+groups?|a\s+handful)"
    r"(?:\s+of\s+(?:[a-z'’-]+\s+){1,3}?)?\s+(?:also\s+)?(?:came\s+)?from\s+(?:the\s+)?"
)
# "sent between 15 and 20 each", "sent a few delegates each": a list of countries counted vaguely
_SENT_VAGUELY = re.compile(
    r"\s+(?:also\s+)?sent\s+(?:between\s+[\w-]+\s+and\s+[\w-]+|a\s+few\s+[a-z-]+|some\s+[a-z-]+)"
    r"\s+each\b"
)
# Someone came or took part in the sentence before the vague part
_CAME_OR_TOOK_PART = re.compile(
    r"\b(?:came|come|took\s+part|attended|participated|joined|travell?ed|participants?|delegates?"
    r"|delegations?)\b",
    re.I,
)


def vaguely_counted(text: str) -> list:
    """Homes a sentence tells with a vague count ("with smaller groups from A and B", "and a few
    from A", "A and B sent between 15 and 20 each"), as `CountryCount`s without a count."""
    from atlas.extract import origins, places
    from atlas.extract.origins import CountryCount

    found = []
    for m in _VAGUE_PART_FROM.finditer(text):
        if not _CAME_OR_TOOK_PART.search(text[: m.start()]):
            continue
        listed, end = origins.country_list(text, m.end())
        if listed and not origins.NOT_PARTICIPANTS.search(text[m.start() : m.end()]):
            found += [CountryCount(iso3, None, at) for iso3, at in listed]
    for m in places.country_pattern().finditer(text):
        listed, end = origins.country_list(text, m.start())
        if len(listed) >= 2 and _SENT_VAGUELY.match(text, end):
            found += [CountryCount(iso3, None, at) for iso3, at in listed]
    return found


_PEOPLE_WORDS = (
    r"(?:\s+(?:participants|members|delegates|people|persons|women|men|youths?|workers))?"
)
# "made up the largest group, with 45 participants", "had the biggest delegation with 78 women"
_THE_LARGEST = re.compile(
    r"\s+(?:made\s+up|formed|had|sent|were|was)\s+the\s+(?:largest|biggest)\s+"
    r"(?:group|delegation|contingent|share)\s*,?\s+with\s+(?P<n>\d+)" + _PEOPLE_WORDS + r"(?![\w-])"
)
# "followed by Gabon with 8", "and Chad with 7", "Bhutan and Nepal with 6 each"
_WITH_COUNT = re.compile(
    r"\s+with\s+(?P<n>\d+)" + _PEOPLE_WORDS + r"(?P<each>\s+each)?(?=\s*(?:[,.;]|and\b|while\b|$))"
)
_NEXT_ITEM = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def largest_group_counts(text: str) -> list:
    """Counts a digit-form sentence gives the largest group and those that followed it ("Lao
    youth made up the largest group, with 45 participants", "followed by Gabon with 8 and Chad
    with 7"), as `CountryCount`s."""
    from atlas.extract import places
    from atlas.extract.origins import CountryCount

    home = rf"(?:{places.country_pattern().pattern}|{places.adjective_pattern().pattern})"
    found = []
    subject = re.compile(rf"(?P<home>{home})(?:\s+[a-z-]+){{0,2}}?$")
    for m in _THE_LARGEST.finditer(text):
        clause = re.split(r"[,;:]\s+|\.\s+", text[: m.start()])[-1]
        s = subject.search(clause)
        iso3 = places.country_or_adjective(s.group("home")) if s else None
        if iso3 and not clause[: s.start()].strip(" \"'").lower().endswith(("of", "from", "in")):
            found.append(CountryCount(iso3, int(m.group("n")), m.start()))
    country = re.compile(home)
    for m in re.finditer(r"\bfollowed\s+by\s+(?:the\s+)?", text):
        pos, waiting = m.end(), []
        while c := country.match(text, pos):
            iso3 = places.country_or_adjective(c.group(0))
            if not iso3:
                break
            waiting.append((iso3, c.start()))
            count = _WITH_COUNT.match(text, c.end())
            if count:
                if len(waiting) > 1 and not count.group("each"):
                    break  # "Bhutan and Nepal with 6": one count for two countries
                found += [CountryCount(i, int(count.group("n")), at) for i, at in waiting]
                waiting, end = [], count.end()
            else:
                end = c.end()
            sep = _NEXT_ITEM.match(text, end)
            if not sep:
                break
            pos = sep.end()
    return found


# ", co-hosted with", ", organised together with": a participle after a comma, then "with"
_PARTICIPLE_AFTER_COMMA = re.compile(r",\s+(?:co-)?(?:hosted|organi[sz]ed|convened)$")
_WITH_AFTER = re.compile(r"\s+(?:together\s+|jointly\s+)?with\b")


def participle_after_comma(subject_and_verb: str, after: str) -> bool:
    """Whether a name read as the subject of a verb ("A, co-hosted" of "organised by A,
    co-hosted with C") is only followed by a participle that tells how the event was made."""
    return bool(_PARTICIPLE_AFTER_COMMA.search(subject_and_verb) and _WITH_AFTER.match(after))
