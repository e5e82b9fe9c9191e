"""Where participants came from: the countries a sentence names as their homes, and how many
came from each.

A country is a participant's home only where the sentence ties it to the people who took part:

- a list after words for them, whatever stands between: "24 participants from A, B and C",
  "Forty-five delegates joined it, from A and B", "90 workers, most of them from A and B",
  "Representatives of eight unions joined from A", "The interpreters came from A", "Most came
  from A", "They had travelled from A and B", "staff from migrant shelters in A and B", "leaders
  sent by member organisations in A", "represented unions from across the region: the Dock
  Union (Kenya) and ...";
- organisations in such a list, by their nationality ("from the Polish union Solidarnosc, the
  Romanian association Casa Ofelia and the German hosts") or with their country in brackets
  ("delegates of WorkerNet (Nepal) and Migrant Voice (Sri Lanka)");
- nationalities of the groups that took part: "between Thai and Lao counterparts", "with the
  Vietnamese and Lao unions", "30 Nigerian returnees".
- lists after a label or a colon ("Countries represented: A, B", "Organisations from five
  countries took part: A, B and C", "Those attending included X (A) and Y (B)"), after "They
  represented" / "The volunteers were" / ", most of them", nationalities in the plural after a
  word of taking part ("including Cambodians, Vietnamese and Thais"), places within a country
  ("from Kerala and Tamil Nadu in India"), delegations named by their nationality.

Counts per country: "7 from Lao PDR", "22 of them from Cambodia", "Cambodia (12)", "The Zambian
union sent six members and the Malawian association five", "Ethiopia sent 14 participants,
Kenya 8 and Uganda 6", "nine of them were Filipino and seven Sri Lankan", "12 Vietnamese and 8
Lao participants", "a nine-member delegation from Nepal", "Colombia (12), Peru (9)", "Colombia 12, Peru 9", "the
Domestic Workers Union of India sent 10". A count of one nationality with no
other count in its sentence ("Forty-one Kenyan paralegals") is the event's total
(`numbers.totals`), and the country is named without a count.

Not homes: the countries of the people the participants work with or serve ("volunteers
working with refugees from A"), of those who taught or spoke (trainers, speakers, resource persons,
facilitators, experts), of embassies, and of organisers, hosts and funders named by their
nationality ("hosted by the German union", "the Senegalese association Jappo ran the
sessions"); the makers of a work that was shown ("photographs taken by 12 women from A");
where returnees came back from; what a study or a session was about ("testimonies
of Filipino fishers", "the rights of Cambodian workers", "among Bangladeshi workers").

Every function takes text whose number words are already digits (`numbers.digits`).
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache

from atlas.extract import homes32, homes35, numbers, organisations, people34, places
from atlas.extract.not_held import kept_away
from atlas.extract.numbers import ANY_PEOPLE, OTHER_PEOPLE, PEOPLE


@dataclass(frozen=True)
class CountryCount:
    country_iso3: str
    participants: int | None
    start: int


# People a report names by their country who are not participants: those who taught, spoke or
# paid, and diplomats.
NOT_PARTICIPANTS = re.compile(
    r"\b(?:trainers?|speakers?|resource\s+persons?|facilitators?|panell?ists?|presenters?|lecturers?"
    r"|instructors?|tutors?|mentors?|moderators?|experts?|specialists?|researchers?|economists?"
    r"|lawyers?|photographers?|keynote|consultants?|donors?|funders?|sponsors?|ambassadors?"
    r"|diplomats?|consuls?|embass(?:y|ies)|consulates?|observers?)\b",
    re.I,
)
# What those who taught or spoke did, said right after them ("Lawyers from Greece and Italy
# led the sessions"). Participants describe and share too, so "described" and "shared" are not
# among these.
_TAUGHT = re.compile(
    # not "community-led", "women-led": an adjective, not what the people did
    r"(?<![\w-])(?:led|spoke|presented|facilitated|taught|lectured|trained|advised|explained|observed"
    r"|ran\s+the\s+(?:sessions?|training|course|classes))\b"
)
# Organisations, in the singular or plural, that people come from or stand for.
_BODIES = (
    r"(?:unions?|associations?|networks?|organi[sz]ations?|groups?|federations?|alliances?"
    r"|coalitions?|collectives?|co-?operatives?|movements?|platforms?|centres?|centers?|councils?"
    r"|committees?|foundations?|trusts?|forums?|chapters?|branches|branch|shelters?|NGOs?|CSOs?"
    r"|societ(?:y|ies)|communit(?:y|ies)|villages?|schools?|delegations?|teams?|contingents?"
    r"|partners?|members?|hosts?|countries|provinces?|districts?|states?|authorit(?:y|ies)"
    r"|institutions?|agenc(?:y|ies)|ministr(?:y|ies))"
)
# Bodies whose people are never participants from their country.
_NOT_BODIES = re.compile(
    r"\b(?:[Ee]mbass(?:y|ies)|[Cc]onsulates?|[Mm]inistr(?:y|ies)|[Gg]overnments?|[Mm]issions?"
    r"|[Pp]olice|[Aa]uthorit(?:y|ies)|[Aa]rmy|[Nn]avy)\b"
)
_EDGE = r"(?![\w-])"
_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+|as well as\s+)?|and\s+|&\s+|as well as\s+|or\s+)")
# A name inside a list: capitalised words, joined by "of", "for" and the like, never by "and"
# or a comma (those separate the list's items).
_ITEM_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:(?:of|for|on|the|de|del|la|las|los|do|da|dos|das|du|des)\s+)*[A-Z0-9][\w'’.-]*)*"


def _country_at(text: str, pos: int, adjectives: bool = True) -> tuple[str, int] | None:
    """The country (name, or adjective when allowed) that starts at `pos`, and where it ends."""
    m = places.country_pattern().match(text, pos)
    if not m and adjectives:
        m = places.adjective_pattern().match(text, pos)
    if not m:
        return None
    iso3 = places.country_or_adjective(m.group(1))
    return (iso3, m.end()) if iso3 else None


def _body_at(text: str, pos: int) -> tuple[str, int] | None:
    """An organisation told by its nationality or its country in brackets, at `pos`: "the
    Polish union Solidarnosc", "the Bulgarian Care Workers' Union", "the German hosts",
    "WorkerNet (Nepal)". Its country, and where it ends; never an embassy or a ministry."""
    start = pos + (4 if text.startswith("the ", pos) else 0)
    adjective = places.adjective_pattern().match(text, start)
    if adjective:
        iso3 = places.country_or_adjective(adjective.group(1))
        described = re.compile(
            rf"\s+(?:[a-z][\w'’-]*\s+){{0,3}}?{_BODIES}{_EDGE}(?:\s+(?!and\b){_ITEM_NAME})?"
        ).match(text, adjective.end())
        named = re.compile(rf"\s+{_ITEM_NAME}").match(text, adjective.end())
        if named and not organisations.ORG_WORD.search(named.group(0)):
            named = None
        hit = described or named
        if iso3 and hit and not _NOT_BODIES.search(hit.group(0)):
            return iso3, hit.end()
    bracket = re.compile(rf"{_ITEM_NAME}\s*\(\s*").match(text, start)
    if bracket:
        country = places.country_pattern().match(text, bracket.end())
        close = country and re.match(r"\s*\)", text[country.end() :])
        if country and close and not _NOT_BODIES.search(bracket.group(0)):
            iso3 = places.country(country.group(1))
            if iso3:
                return iso3, country.end() + close.end()
    return None


_BRACKET_COUNT = re.compile(r"\s*\(\s*\d+(?:\s+[a-z]+){0,2}\s*\)")


def country_list(
    text: str, pos: int, adjectives: bool = False, bodies: bool = False
) -> tuple[list[tuple[str, int]], int]:
    """Countries listed from `pos` ("Burma/Myanmar, Thailand and Cambodia"; with `bodies`, also
    organisations by their country, "the Polish union X and WorkerNet (Nepal)") and where the
    list ends. The list ends at the first item that names no country."""
    found: list[tuple[str, int]] = []
    end = pos
    while True:
        hit = (_body_at(text, pos) if bodies else None) or _country_at(text, pos, adjectives)
        if not hit:
            return found, end
        found.append((hit[0], pos))
        end = hit[1]
        count = _BRACKET_COUNT.match(text, end)  # "Colombia (12), Peru (9)": the list goes on
        if count:
            end = count.end()
        sep = _SEPARATOR.match(text, end)
        if not sep:
            return found, end
        pos = sep.end()


# The words for people the event's count is of ("32 community lawyers"): those people took part,
# though the same word elsewhere names those who taught ("Lawyers from Greece led the sessions").
_COUNTED_AS: ContextVar[frozenset[str]] = ContextVar("counted_as", default=frozenset())


@contextmanager
def counted_as(sentence: str | None):
    """Read the sentences inside with the people the event's count (told in `sentence`) is of
    taken as those who took part: "trained 32 community lawyers ... The lawyers came from A"."""
    token = _COUNTED_AS.set(_people_counted(sentence or ""))
    try:
        yield
    finally:
        _COUNTED_AS.reset(token)


# The other kinds of people in a counted list: "80 trade unionists, lawyers and advocates".
_MORE_KINDS = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)((?:(?!and\b)[\w'’-]+\s+){0,2}[a-z][\w'’-]*s)\b"
)


def _people_counted(sentence: str) -> frozenset[str]:
    """The people an event's count is of: "80 trade unionists, lawyers and advocates" counts the
    lawyers as those who came, not as those who taught."""
    text = numbers.digits(sentence)
    words = set()
    for c in numbers.totals(text):
        if c.end <= c.start:
            continue
        words.add(text[c.start : c.end].split()[-1].lower())
        pos = c.end
        while more := _MORE_KINDS.match(text, pos):
            words.add(more.group(1).split()[-1].lower())
            pos = more.end()
    return frozenset(words)


def _taught(text: str, start: int, end: int) -> bool:
    """Whether the people named from `start` to `end` taught, spoke or paid rather than took
    part. Trainers who took part ("19 trainers took part: 11 Filipinos and 8 Indonesians", a
    training of trainers) took part, and so did the people the event's count is of."""
    window = max(0, start - 30)
    counted = _COUNTED_AS.get() | _people_counted(text)
    for m in NOT_PARTICIPANTS.finditer(text[window:end]):
        if m.group(0).lower() in counted and not _TAUGHT.search(text[end : end + 60]):
            continue  # "a training for 32 lawyers from Peru", "The lawyers came from Peru"
        if not _TOOK_PART_AFTER.match(text, window + m.end()):
            return True
    return bool(_TAUGHT.search(text[end : end + 60]))


_TOOK_PART_AFTER = re.compile(
    r"\s+(?:(?:who\s+)?(?:also\s+|all\s+)?(?:took\s+part|attended|participated|joined|were\s+trained"
    r"|completed|enrolled|registered)|in\s+training)\b"
)


# Words that may stand between people and where they came from: "joined it,", "took part,",
# "most of them", "of eight unions", "who had travelled", "(45 in all)", "— from".
_GAP_WORD = (
    r"(?:took|take|taking|part|joined|joining|it|them|attended|attending|came|come|coming|had"
    r"|have|has|travell?ed|travell?ing|arrived|arriving|gathered|were|was|are|all|most|many|some"
    r"|several|half|majority|the|of|whom|these|those|mainly|mostly|largely|chiefly|primarily|also"
    r"|who|invited|selected|drawn|sent|nominated|recruited|originally|hailed|hailing|each|both"
    rf"|other|remaining|in\s+all|in\s+total|\d+|new|young|local|migrant|member|partner|{_BODIES}"
    r"|with\s+disabilit(?:y|ies)|living\s+with\s+[A-Z]+|almost|nearly|virtually|online|remotely"
    # "55 persons proceeding from Bolivia": English written in Spanish or French word order
    r"|proceeding|originating|originary|provenient"
    r"|[a-z]+s['’](?!\w))"
)
_GAP = rf"(?:(?:\s*[,—–]?\s+{_GAP_WORD}(?!\w)|\s*\([^()]{{1,40}}\)){{0,6}}?)"
_WHENCE = r"(?:from|represented|representing|on\s+behalf\s+of)"
_FROM = re.compile(
    rf"\b(?P<who>{ANY_PEOPLE}|delegations?|delegates|colleagues|peers|partners|others|rest|those"
    rf"|remainder|(?:participating|member|partner|sending)\s+{_BODIES})\b(?P<gap>{_GAP})\s*[,—–]?\s+(?P<whence>{_WHENCE})\s+(?:the\s+)?",
    re.I,
)
# Words that name those who took part and nothing else.
_ATTENDERS = re.compile(
    r"^(?:participants|delegates|delegations?|attendees|trainees|representatives|others|rest|those"
    r"|remainder|visitors|guests|colleagues|peers|members"
    r"|(?:participating|member|partner|sending)\s+\w+)$",
    re.I,
)
_OF = re.compile(
    rf"\b(?P<who>{ANY_PEOPLE}|delegations?|delegates|members)\s+of\s+(?:the\s+)?", re.I
)
# Who is named after "of" with their countries: "representatives of Cambodia and Laos".
_OF_COUNTRIES = re.compile(r"^(?:representatives|delegates|delegations?)$", re.I)
# Returnees "from" a country came back from it; it is not their home.
_RETURNED = re.compile(r"^(?:returnees|deportees|evacuees)$", re.I)
# "from member organisations in A and B", "from migrant shelters in A", "representing 14
# organisations from A", "from 12 countries, including A": the bodies, then their countries.
_BODIES_IN = re.compile(
    # "migrant associations, trade unions and local authorities in A, B and C": a list of bodies
    rf"(?:(?:the|their|its|our|\d+)\s+)?(?:(?:[a-z][\w'’-]*\s+){{0,3}}?{_BODIES}(?:\s*,\s*|\s+and\s+))"
    rf"{{0,3}}(?:[a-z][\w'’-]*\s+){{0,4}}?{_BODIES}\s+(?:in|from|across|of|based\s+in)\s+(?:the\s+)?"
    r"|(?:\d+\s+)?(?:other\s+)?(?:[A-Z]{2,}\s+)?countries(?:\s*,\s*|\s+)(?:including|such\s+as|namely"
    r"|among\s+them|among\s+which)\s+(?:the\s+)?"
    r"|(?:\d+\s+)?countries\s*:\s*(?:the\s+)?"
)
# "represented ex-miners' organisations from across the region: the Miners Union (Lesotho), ...",
# "delegates of 5 unions: the Polish union X and ...": bodies, then a colon, then the bodies
# named, each with its country in brackets or by its nationality.
_BODIES_COLON = re.compile(
    rf"(?:(?:the|their|its|\d+)\s+)?(?:[a-z][\w'’-]*\s+){{0,3}}?{_BODIES}{_EDGE}"
    r"(?:\s+(?:from\s+)?(?:across|throughout|around|all\s+over)\s+(?:the\s+)?"
    r"(?:region|country|continent|world|subregion))?\s*:\s*"
)
# "from Kerala and Tamil Nadu in India", "from Mandalay, Myanmar": places within a country.
_PLACE_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
_REGIONS_IN = re.compile(
    rf"(?:{_PLACE_NAME}(?:\s*,\s*|\s+and\s+))*?{_PLACE_NAME}"
    r"(?:\s+(?:provinces?|states?|districts?|regions?|counties|county|departments?))?"
    r"\s*(?:,\s*|\s+in\s+(?:the\s+)?)"
)
# "from Nepal's seven provinces and from the Indian state of Bihar": the list goes on.
_AND_FROM = re.compile(
    r"(?:['’]s)?(?:\s+[a-z\d][\w-]*){0,4}?\s*,?\s+and\s+(?:also\s+)?"
    rf"(?:(?:[a-z][\w'’-]*\s+){{0,3}}?{_BODIES}\s+)?from\s+(?:the\s+)?"
)
# "leaders sent by member organisations in A and B", "Unions in Peru and Ecuador sent 12".
_SENT_BY = re.compile(
    rf"\b(?:sent|nominated|delegated|selected)\s+by\s+(?:(?:the|their|its)\s+)?(?:[a-z][\w-]*\s+){{0,2}}?{_BODIES}\s+(?:in|from|across)\s+(?:the\s+)?",
    re.I,
)
_SENT_BY_COLON = re.compile(
    rf"\b(?:sent|nominated|delegated)\s+by\s+(?:(?:the|their|its)\s+)?(?:[\w'’-]+\s+){{0,3}}?{_BODIES}\s*:\s*",
    re.I,
)
_REPRESENTED_AS = re.compile(
    rf"\b{_BODIES}\s+(?:were|was)\s+represented\s*[,:]\s*(?:the\s+)?", re.I
)
_COMING = re.compile(
    r"\b(?:coming|arriving|come|proceeding|originating|originary)\s+(?:from|of)\s+(?:the\s+)?", re.I
)
_COMING_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:of|from)\s+)?(?:the\s+)?")
_SENT_FROM = re.compile(
    r"\b(?:shelters|organi[sz]ations|groups|unions|associations|networks|partners|members|chapters"
    r"|communities)\s+(?:in|from)\s+(?:the\s+)?",
    re.I,
)
# "The interpreters came from A and B", "a small group came from C": any word for people as the
# subject of "came from".
_CAME_FROM = re.compile(
    r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Oo]ur|[Ii]ts|[Tt]heir|[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?P<who>[a-z]+(?:ers|ists|ants|ees|ors|ives|ians|men|women|people|youths?|staff)"
    r"|groups?|teams?|delegations?|contingents?|handful)\s*(?:,[^,.;]{1,60},)?\s+(?:of\s+\d+\s+)?"
    r"(?:(?:had|have)\s+)?(?:also\s+|all\s+|mostly\s+|mainly\s+|largely\s+)?(?:came|come|travell?ed|arrived|hailed|were|joined)\s+"
    r"(?:all\s+|mostly\s+|mainly\s+|largely\s+|originally\s+)?from\s+(?:the\s+)?"
)
# "Some 45 leaders of fishers' organisations attended, from Senegal, Mauritania and The Gambia":
# those who attended, then where from.
_ATTENDED_FROM = re.compile(
    r"\b(?:attended|took\s+part|participated|joined)\s*,\s+(?:(?:mostly|mainly|all)\s+)?from\s+(?:the\s+)?"
)
_NOT_PEOPLE = re.compile(
    r"^(?:papers|letters|numbers|posters|banners|flyers|orders|borders|headquarters|quarters"
    r"|computers|containers|matters|centers|factors|sectors|errors|doors|floors|colou?rs"
    r"|remittances|materials)$"
)
_MOST_CAME = re.compile(
    r"\b(?:[Mm]ost|[Mm]any|[Aa]ll|[Ss]ome|[Hh]alf|[Tt]he\s+majority|(?<![\w,] )[Tt]hey(?:\s+all)?"
    # "Most were Burmese; a few came from Cambodia", "the others came from Laos"
    r"|[Aa]\s+few|[Aa]\s+handful|[Ss]everal|[Oo]thers|[Tt]he\s+(?:others|rest))"
    r"(?:\s+of\s+(?:them|whom|these|those))?"
    r",?\s+(?:(?:had\s+)?(?:came|come|travell?ed|arrived|were|joined)\s+(?:all\s+|mostly\s+|mainly\s+)?from"
    r"|(?:all\s+|mostly\s+|mainly\s+)?represent(?:ed|ing))\s+(?:the\s+)?"
)
# "Organisations from five countries took part: A, B and C", "Twelve countries were represented:
# A, B, ...", "Delegates attended from three countries: A, B and C": the list after a colon whose
# clause says that people or bodies from countries took part.
_COUNTRIES_COLON = re.compile(
    rf"\b(?:{ANY_PEOPLE}|delegations?|{_BODIES})\b[^.;:]{{0,60}}?\b(?:from|of)\s+(?:\d+|several|many"
    r"|various|different|all)\s+(?:other\s+)?countries\b[^.;:]{0,40}:\s*(?:the\s+)?"
    r"|\b\d+\s+countries\s+(?:were|was)\s+represented\s*:\s*(?:the\s+)?"
    rf"|(?:^|[.;]\s+)(?:countries\s+represented|participating\s+(?:countries|{_BODIES})"
    r"|participants|delegations|(?:participants\s+)?by\s+country(?:\s+of\s+origin)?"
    r"|countries\s+of\s+origin)\s*:\s*(?:the\s+)?",
    re.I,
)
# People before "from" who are those the participants work with or for, not those who came:
# "volunteers working with refugees from A", "paralegals who support migrants from B".
_SERVED = re.compile(
    r"\b(?:work(?:s|ing|ed)?\s+(?:with|for|among|alongside)|support(?:s|ing|ed)?|serv(?:e|es|ing|ed)"
    r"|assist(?:s|ing|ed)?|help(?:s|ing|ed)?|advis(?:e|es|ing|ed)|defend(?:s|ing|ed)?"
    r"|(?:care|caring|cares|cared)\s+for|reach(?:es|ing)?|shelter(?:s|ing)?)\s+(?:the\s+|many\s+|[\d,]+\s+)?(?:[a-z-]+\s+){0,2}$"
)
# "Participants were Cambodian and Thai", "the rest were Thai", "The participating organisations
# were WorkerNet (Nepal) and Sahay (India)": who they were, listed.
_WERE = re.compile(
    r"\b(?:[Pp]articipants|[Dd]elegates|[Aa]ttendees|[Tt]rainees|[Tt]he\s+rest|[Tt]he\s+others"
    r"|(?:[Mm]any|[Mm]ost|[Ss]ome|[Hh]alf|[Aa]ll|[Oo]thers)(?:\s+of\s+(?:them|these|those))?"
    r"|[Tt]he\s+remainder|(?<![\w,] )[Tt]hey|[Tt]hose\s+(?:present|attending|taking\s+part|who\s+(?:attended|took\s+part"
    r"|came|joined|participated))|(?:[Tt]he\s+)?(?:participating|member)\s+"
    r"(?:organi[sz]ations|groups|unions|countries|associations|networks)"
    rf"|[Tt]he\s+(?:[a-z-]+\s+)?{ANY_PEOPLE}(?=\s+(?:were|was)\s))"
    r"\s+(?:were|included|comprised|consisted\s+of)\s+(?:(?:all|mostly|mainly|largely|chiefly)\s+)?"
    r"|[Aa]mong\s+(?:them|those\s+(?:present|attending)|the\s+(?:[a-z-]+\s+)?"
    rf"{ANY_PEOPLE})\s*,?\s+(?:were|was)\s+"
    r"|,\s+(?:most|many|all|half|some|several)\s+of\s+(?:them|whom)\s+(?:were\s+)?"
    r"(?:(?:all|mostly|mainly|largely|chiefly)\s+)?(?=[A-Z])"
    # "with 40 participants: Thai, Cambodian and Lao trade unionists": who the counted were,
    # after a colon
    rf"|\b\d[\d,]*\s+(?:[a-z-]+\s+){{0,2}}?(?i:{ANY_PEOPLE})\s*:\s*(?:(?:all|mostly|mainly)\s+)?(?=[A-Z])"
)
_PEOPLE_FROM = re.compile(
    rf"(?:(?!by\b|with\b|to\b)[a-z-]+\s+){{0,3}}?({ANY_PEOPLE})\s+(?:from|of)\s+(?:the\s+)?", re.I
)  # not "welcomed by members of unions in A"
# Who a country's adjective or name can qualify in "Thai and Lao counterparts".
_GROUP = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:counterparts|participants|delegates|delegations?|youth leaders"
    r"|officials|representatives|partners|trainees|CSOs|NGOs|people|youths?|students|leaders"
    r"|volunteers|activists|organi[sz]ers|unionists|groups?|organi[sz]ations?|unions?|networks?"
    r"|associations?|federations?|communities|newcomers|teams?|contingents?"
    rf"|{OTHER_PEOPLE[3:-1]}|{PEOPLE[3:-1]})\b"
)
# An organisation told by its nationality that organised, hosted, funded or taught: its
# country is not a participant's ("the Romanian association Ameliorare held a seminar").
_RUNS_IT = re.compile(
    rf"(?:\s+{_ITEM_NAME})?,?\s+(?:also\s+|then\s+|jointly\s+)?(?:organi[sz]ed|co-organi[sz]ed"
    r"|hosted|co-hosted|held|convened|ran|funded|co-funded|financed|sponsored|supported|led"
    r"|facilitated|trained|taught|arranged|launched|invited|welcomed|received|receiving|returned)\b"
)
_BY_IT = re.compile(
    r"\b(?:(?:organi[sz]ed|hosted|funded|financed|sponsored|supported|run|led|convened|facilitated"
    r"|taught|given|delivered|co-\w+)\s+(?:jointly\s+)?by|support\s+(?:of|from)|funding\s+from"
    r"|grant\s+from|invitation\s+of)\s+(?:the\s+|an?\s+|\d+\s+)?$"
)
# People named after "by" did something to those who came: "welcomed by members of unions in A".
_BY_WHOM = re.compile(
    r"\b(?<!joined\s)(?<!attended\s)(?<!accompanied\s)(?<!represented\s)by\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:\d+\s+)?(?:[a-z-]+\s+)?$"
)
# What a nationality before it is only about: "testimonies of Filipino fishers", "the rights of
# Cambodian workers", "among Bangladeshi workers", "a session on Lao migrants".
_ABOUT = re.compile(
    r"(?:\b(?:on|about|concerning|regarding|affecting|facing|against|toward|towards)"
    r"|\bamong(?!\s+(?:them|whom|these|those|the\s+participants)))"
    r"\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}$"
)
_OF_WHAT = re.compile(r"\b([a-z]+)\s+of\s+(?:the\s+|its\s+|their\s+)?$")
_OF_PEOPLE = re.compile(
    rf"^(?:{ANY_PEOPLE}|total|number|group|groups|team|teams|delegation|delegations|contingent"
    r"|batch|cohort|consisting|comprising|made|up|composed)$",
    re.I,
)
# "22 Filipino and Indonesian domestic workers": nationalities of the people a count is of.
_COUNTED_GROUP = re.compile(rf"\s+(?:[a-z-]+\s+){{0,2}}?{ANY_PEOPLE}\b", re.I)
# Where a list after "Participants were" ends: the clause's end, or the people it qualifies.
_LIST_ENDS = re.compile(
    rf"\s*(?:[.;,:)]|$)|\s+(?:and|but|while|who|with|from)\b|{_COUNTED_GROUP.pattern}", re.I
)


# Words that name only those who came: "the Jamaican and Haitian delegations presented ...".
_ATTENDER_GROUP = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:delegations?|delegates|participants|trainees|attendees|contingents?)\b"
)


# Where a group named by its nationality is among those who came: a word before it ("with",
# "for", "between", "among them were", "brought together"), or a verb of taking part.
_TOOK_PART_BEFORE = re.compile(
    r"\b(?:with|for|between|including|included|among\s+them|of\s+whom|from|of|brought\s+together"
    r"|bringing\s+together|gathered|welcomed|trained|training|train|invited|hosted|received)"
    r"\s+(?:(?:the|their|its|both)\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)


def _took_part(text: str, start: int) -> bool:
    return bool(
        _TOOK_PART_BEFORE.search(text[max(0, start - 60) : start]) or numbers.CUE_VERB.search(text)
    )


def _about(text: str, start: int) -> bool:
    """Whether the nationality at `start` only says what something is about."""
    before = text[max(0, start - 60) : start]
    if _ABOUT.search(before):
        return True
    of = _OF_WHAT.search(before)
    if of and re.fullmatch(_BODIES, of.group(1), re.I) and _SENT_OF.search(before[: of.start()]):
        return False  # "representatives of organisations of persons with disabilities from A"
    return bool(of and not _OF_PEOPLE.match(of.group(1)))


# Those sent by bodies, before "of" and the bodies: "representatives of organisations of ...".
_SENT_OF = re.compile(
    r"\b(?:representatives|delegates|members|leaders|staff)\s+of\s+(?:the\s+|their\s+)?(?:[a-z-]+\s+){0,2}$",
    re.I,
)


# "The network will replicate the process for youth leaders from Cambodia": people of a plan,
# not of an event that took place (case-sensitive: "May" is a month).
_PLAN = re.compile(
    r"\b(?:will|shall|would|plans?\s+to|planned\s+to|intends?\s+to|is\s+to|are\s+to"
    r"|[Nn]ext\s+year)\b"
)


def _planned(text: str, pos: int) -> bool:
    """Whether the clause around `pos` speaks of a plan: "The network will ... for youth
    leaders from A", "Next year, delegates from A and B will join"."""
    clause = (
        re.split(r"[.;]\s", text[:pos])[-1]
        + re.split(r"[.;](?:\s|$)|,\s+(?:and|but)\s", text[pos:])[0]
    )
    if _PLAN.search(clause) or _ANOTHER_EVENT.search(clause):
        return True
    # people who did not come: "The delegation of Chile cancelled one week before", "Mali and
    # Niger were not able to attend", "our partner from Minsk could not travel, so ..."
    own = (
        re.split(r"[.;]\s|,?\s+(?:but|although|though|while|whereas|so|yet)\s", text[:pos])[-1]
        + re.split(
            r"[.;](?:\s|$)|,?\s+(?:but|although|though|while|whereas|so|yet|and)\s", text[pos:]
        )[0]
    )
    if _ABSENT.search(own):
        return True
    # "the Cook Islands team had registered too, but their flight was cancelled": the clause
    # after "but" tells, of them, that they did not come
    then = re.match(
        r"[^.;]*?,?\s+but\s+((?:their|its|they|the\s+team|the\s+group)\b[^.;]{0,80})",
        text[pos:],
    )
    # "Colleagues from Lesotho were registered but could not come", "the members from Burundi
    # missed the trip": invited or registered, and kept away
    return bool(then and _ABSENT.search(then.group(1))) or kept_away(text[pos:])


_ABSENT = re.compile(
    r"\b(?:could\s+not|couldn[’']t|cannot|can[’']t|(?:was|were)\s+(?:not|un)able\s+to|unable\s+to"
    r"|did\s+not\s+(?:come|attend|participate|take\s+part|travel|make\s+it|join)"
    r"|didn[’']t\s+(?:come|attend|participate|travel|join)|cancell?ed|withdrew|absent)\b",
    re.I,
)


# A clause about another event than the one told: "It followed a similar workshop held with
# Rwandan and Burundian unions in 2018".
_ANOTHER_EVENT = re.compile(
    r"\b(?:a|an|the|its)\s+(?:similar|previous|earlier|prior|last\s+year['’]s)\s+(?:[\w-]+\s+)?"
    r"(?:workshop|meeting|training|course|seminar|conference|forum|consultation|exchange|visit"
    r"|dialogue|round\s+table|assembly|event)s?\b"
)


# A verb in the past right after the people and their countries: "Traders from Zimbabwe and
# Malawi described the attacks", "Volunteers from Chad took part".
_DID = re.compile(
    r"\s*(?:,[^,.;]{0,60},\s*)?(?:also\s+|then\s+|later\s+|all\s+|both\s+|each\s+)?"
    r"(?:[a-z]+ed|met|took|came|went|spoke|told|gave|made|held|ran|brought|sent|saw|wrote|drew"
    r"|found|began|left|heard|chose|won|sang|set|put|got|had|were)\b"
)


def _cued(text: str, m: re.Match[str], end: int) -> bool:
    """Whether the people before "from" are those who came: a word that names only them, a
    count, a word before them ("with", "including"), a verb of taking part in the sentence, or
    a verb in the past after the list (`end`). "Migrant workers from Myanmar make up most of the
    workforce" names no one who came."""
    who = m.group("who")
    return bool(
        _ATTENDERS.match(who)
        or m.group("gap").strip()
        or re.search(r"\d+\s+(?:[\w-]+\s+){0,5}$", text[max(0, m.start() - 50) : m.start()])
        or _took_part(text, m.start())
        or re.search(r"\b(?:includ\w+|present|among\s+them)\b", text, re.I)
        or _DID.match(text, end)
    )


# Those who made a work that is shown ("photographs taken by 12 women from A and B", "a film
# made by young people from C") are its makers, not those who came to see it.
_MADE_BY = re.compile(
    r"\b(?:taken|made|painted|drawn|written|produced|created|shot|filmed|directed|photographed"
    r"|recorded|composed|sewn|woven|crafted)\s+(?:by|with|together\s+with)\s+(?:the\s+)?(?:\d+\s+)?"
    r"(?:[a-z-]+\s+){0,2}(?:of\s+(?:the\s+)?)?$"
)


# ", from A, B and C." closing a sentence, after a comma
_FROM_AT_END = re.compile(r",\s+(?:(?:all|most|mostly|mainly|largely)\s+)?from\s+(?:the\s+)?")
# A verb of taking part that closes its clause: "Forty-five persons participated, ..."
_TOOK_PART_VERB = re.compile(
    r"\b(?:took\s+part|participated|attended|joined|gathered|came|registered)\s*,", re.I
)
_SENTENCE_ENDS = re.compile(r"\s*(?:[.;!]|$)")


def countries_named(text: str) -> list[CountryCount]:
    """Countries participants came from, without a count: "participants from Burma/Myanmar,
    Thailand and Cambodia", "between Thai and Lao counterparts", "for the Lao counterparts".
    A country named for another reason ("the situation in Thailand") is not one of them."""
    text = without_ages(text)
    found: list[CountryCount] = []

    def add(listed: list[tuple[str, int]]) -> None:
        found.extend(CountryCount(iso3, None, at) for iso3, at in listed if not _planned(text, at))

    for m in _FROM.finditer(text):
        who = m.group("who")
        if _RETURNED.match(who) and not m.group("gap").strip():
            continue  # "240 returnees from Libya" came back from Libya
        if _MADE_BY.search(text[max(0, m.start() - 60) : m.start()]):
            continue  # "photographs taken by 12 women from Guinea": the makers of what was shown
        if _SERVED.search(text[max(0, m.start("who") - 60) : m.start("who")]):
            continue  # "volunteers working with refugees from Syria": whom they serve
        if _BY_IT.search(text[max(0, m.start("who") - 40) : m.start("who")]) or _BY_WHOM.search(
            text[max(0, m.start("who") - 30) : m.start("who")]
        ):
            continue  # "funded by partners from Germany", "welcomed by members from X"
        if _about(text, m.start("who")):
            continue  # "the situation of migrants from Myanmar"
        listed, end = _list_from(text, m.end())
        if not _cued(text, m, end):
            continue
        if listed and _taught(text, m.start("who"), end):
            continue  # "Trainers from Uganda and Tanzania", "Lawyers from Greece led the sessions"
        add(listed)
    for m in _OF.finditer(text):
        if _BY_WHOM.search(text[max(0, m.start() - 30) : m.start()]) or _MADE_BY.search(
            text[max(0, m.start() - 60) : m.start()]
        ):
            continue  # "They were welcomed by members of unions in Tanzania"
        inside = _BODIES_IN.match(text, m.end())
        listed, end = country_list(text, inside.end() if inside else m.end(), bodies=not inside)
        counted = re.search(r"\d+\s+(?:[a-z-]+\s+){0,2}$", text[max(0, m.start() - 40) : m.start()])
        # "30 participants of Mozambique and Angola" (French or Portuguese word order): people
        # counted, then their countries; never "30 officials of Thailand's ministry"
        counted = counted and not re.search(r"^[^,;.]*?['’]s\b", text[end:])
        if not (inside or _OF_COUNTRIES.match(m.group("who")) or counted):
            # "officials of Thailand's ministry" is no list of homes; organisations are
            listed = [x for x in listed if not places.country_pattern().match(text, x[1])]
        if listed and not _taught(text, m.start("who"), end):
            add(listed)
    for pattern in (_CAME_FROM, _MOST_CAME, _ATTENDED_FROM):
        for m in pattern.finditer(text):
            who = m.groupdict().get("who") or ""
            if who and (_NOT_PEOPLE.match(who) or _RETURNED.match(who)):
                continue
            listed, end = _list_from(text, m.end())
            if listed and not _taught(text, m.start(), end):
                add(listed)
    for m in _COUNTRIES_COLON.finditer(text):
        listed, end = country_list(text, m.end(), adjectives=True, bodies=True)
        if listed and not _taught(text, m.start(), end):
            add(listed)
    for m in _WERE.finditer(text):
        listed, end = country_list(text, m.end(), adjectives=True, bodies=True)
        if listed and _LIST_ENDS.match(text, end) and not _taught(text, m.start(), end):
            add(listed)
        people = None if listed else _PEOPLE_FROM.match(text, m.end())
        if people and not _RETURNED.match(
            people.group(1)
        ):  # "All participants were migrants from A"
            listed, end = _list_from(text, people.end())
            if listed and not _taught(text, m.start(), end):
                add(listed)
    for m in _SENT_BY.finditer(text):
        add(country_list(text, m.end())[0])
    for m in _SENT_BY_COLON.finditer(text):
        # "sent by the network's member organisations: the Free Press Centre (Montenegro), ..."
        listed, end = country_list(text, m.end(), adjectives=True, bodies=True)
        if not _taught(text, m.start(), end):
            add(listed)
    for m in _REPRESENTED_AS.finditer(text):
        # "38 associations were represented, Cameroonian, Ivorian and Senegalese"
        listed, end = country_list(text, m.end(), adjectives=True)
        if len(listed) >= 2 and not _taught(text, m.start(), end):
            add(listed)
    for m in _COMING.finditer(text):
        # "64 participants, in majority women, coming of Senegal, of the Gambia and of
        # Guinea-Bissau" (French word order): those counted, then where they came from
        if not re.search(rf"\b{ANY_PEOPLE}\b", text[max(0, m.start() - 60) : m.start()], re.I):
            continue
        listed, pos = [], m.end()
        while hit := _country_at(text, pos, adjectives=False):
            listed.append((hit[0], pos))
            sep = _COMING_SEPARATOR.match(text, hit[1])
            if not sep:
                break
            pos = sep.end()
        if not _taught(text, m.start(), pos):
            add(listed)
    for m in _SENT_FROM.finditer(text):
        listed, end = country_list(text, m.end())
        if listed and re.match(r"\s+sent\b", text[end:]):
            add(listed)
    for m in _FROM_AT_END.finditer(text):
        # "Forty-five persons participated, representatives of associations, trade unions and
        # some domestic workers themselves, from Tunisia, Morocco and Algeria.": the people who
        # took part, described at length, then where they came from, closing the sentence
        head = text[: m.start()]
        verbs = list(_TOOK_PART_VERB.finditer(head))
        verb = verbs[-1] if verbs else None  # the last verb of taking part before the list
        if not (verb and re.search(rf"\b{ANY_PEOPLE}\b", head[: verb.start()], re.I)):
            continue
        listed, end = country_list(text, m.end())
        if listed and _SENTENCE_ENDS.match(text, end) and not _taught(text, 0, end):
            if not (_SERVED.search(head) or _about(text, m.start())):
                add(listed)
    for m in _AMONG_THEM.finditer(text):
        # "More than 120 persons attended, among them residents' committees from A, B and C":
        # the bodies of those who came, after a word that names them as the attenders
        listed, end = country_list(text, m.end())
        if listed and not _taught(text, m.start(), end):
            add(listed)
    found += _nationalities(text, _taught_lists(text))
    found += _plurals(text)
    found += people34.vaguely_counted(text)  # "with smaller groups from A and B"
    return sorted({c.country_iso3: c for c in reversed(found)}.values(), key=lambda c: c.start)


_AMONG_THEM = re.compile(
    rf"\b(?:among\s+them|among\s+whom|including)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?{_BODIES}"
    r"\s+from\s+(?:the\s+)?",
    re.I,
)


# Before a list of nationalities in the plural, words that make them those who came.
_PLURALS_CUE = re.compile(
    r"\b(?:including|included|among\s+them|among\s+whom|mostly|mainly|chiefly|largely|all|were"
    r"|with|for|between|gathered|brought\s+together|welcomed)\s+(?:\d+\s+)?$",
    re.I,
)


def _plurals(text: str) -> list[CountryCount]:
    """ "24 crew members, including Cambodians, Vietnamese and Thais": nationalities as nouns
    in the plural, listed after a word that makes them those who came."""
    found: list[CountryCount] = []
    covered = -1
    for m in _plural_pattern().finditer(text):
        if m.start() < covered:
            continue
        start = m.start()
        while True:  # back to the list's first item ("Vietnamese and Thais")
            before = re.search(r"(?:,\s*|\s+and\s+)$", text[:start])
            prev = before and places.adjective_pattern().search(text[: before.start()])
            if not (prev and prev.end() == before.start()):
                break
            start = prev.start(1)
        listed: list[tuple[str, int]] = []
        pos, end = start, start
        while True:
            hit = _plural_at(text, pos) or _country_at(text, pos)
            if not hit:
                break
            listed.append((hit[0], pos))
            end = hit[1]
            sep = _SEPARATOR.match(text, end)
            if not sep:
                break
            pos = sep.end()
        covered = end
        before = text[max(0, start - 60) : start]
        if not (listed and _PLURALS_CUE.search(before) and _LIST_ENDS.match(text, end)):
            continue
        if _about(text, start) or _taught(text, start, end) or _BY_IT.search(before):
            continue
        if _SERVED.search(before) or _planned(text, start):
            continue
        found += [CountryCount(iso3, None, at) for iso3, at in listed]
    return found


# A region named before the countries it stands for: "(from) across the Mekong region (Cambodia,
# Laos, ...)", "the Greater Mekong Subregion: A, B and C", "six ASEAN countries (A, B, ...)"
_REGION_LISTED = re.compile(
    r"(?:(?:across|all\s+over|throughout)\s+)?(?:the\s+)?(?:\w+\s+)?(?:[A-Z][\w'’-]*\s+){0,3}"
    r"(?:region|sub-?region|countries|basin|corridor)\s*(?:\(\s*|:\s*)(?:the\s+)?"
)


def _list_from(text: str, pos: int) -> tuple[list[tuple[str, int]], int]:
    """The countries listed after "from" at `pos`, through the bodies they are in ("member
    organisations in A and B") and on after "and from" ("from Nepal's provinces and from the
    Indian state of Bihar")."""
    found: list[tuple[str, int]] = []
    end = pos
    while True:
        inside = _BODIES_IN.match(text, pos)
        if inside and _BODIES_IN.match(text, inside.end()):
            inside = _BODIES_IN.match(text, inside.end())  # "unions in 12 EU countries, among them"
        listed, end = country_list(text, inside.end() if inside else pos, bodies=not inside)
        if not listed and not found:
            name = organisations._NAME_RE.match(text, pos)
            more = name and _AND_FROM.match(text, name.end())
            if more and organisations.ORG_WORD.search(name.group(0)):
                pos = more.end()  # "from the Migrant Forum in Asia and from networks in A and B"
                continue
        colon = None if listed else _BODIES_COLON.match(text, pos)
        if colon:
            listed, end = country_list(text, colon.end(), bodies=True)
        regions = None if listed else _REGIONS_IN.match(text, pos)
        if regions:  # "from Kerala and Tamil Nadu in India", "from Mandalay, Myanmar"
            listed, end = country_list(text, regions.end())
            if not _LIST_ENDS.match(text, end) and not _AND_FROM.match(text, end):
                listed = []
        region = None if listed else _REGION_LISTED.match(text, pos)
        if region:  # "from across the Mekong region (Cambodia, Laos, Myanmar and Thailand)"
            listed, end = country_list(text, region.end())
            if not re.match(r"\s*\)", text[end:]) and region.group(0).rstrip()[-1] == "(":
                listed = []
        if not listed:
            return found, end if found else pos
        found += listed
        more = _AND_FROM.match(text, end)
        if not more:
            return found, end
        pos = more.end()


# "Speakers came from the Portuguese union X and the Spanish union Y": a list of those who taught
# or spoke, however long.
_TAUGHT_FROM = re.compile(
    rf"{NOT_PARTICIPANTS.pattern}(?:\s*,?\s+{_GAP_WORD}\b){{0,6}}?\s*,?\s+(?:from|of)\s+(?:the\s+)?",
    re.I,
)


def _taught_lists(text: str) -> list[tuple[int, int]]:
    """Where lists of the homes of those who taught or spoke run."""
    spans = []
    for m in _TAUGHT_FROM.finditer(text):
        inside = _BODIES_IN.match(text, m.end())
        _, end = country_list(text, inside.end() if inside else m.end(), True, bodies=True)
        spans.append((m.start(), end))
    return spans


# People named by their nationality who met, gathered or took part, whatever word names them:
# "Kenyan and Ugandan pastoralists met in Moroto", "Bolivian weavers took part".
_MET_GROUP = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?[a-z]+(?:ists|ers|ants|ents|ees|ors|ians|women|men|people|youths?)"
    r"\s+(?:(?:also|all|both)\s+)?(?:met|gathered|came\s+together|convened|assembled|attended"
    r"|took\s+part|participated|marched)\b"
)


def _nationalities(text: str, taught: list[tuple[int, int]]) -> list[CountryCount]:
    """ "between Thai and Lao counterparts", "the Vietnamese and Lao unions", "30 Nigerian
    returnees": nationalities of the groups that took part, outside the lists of those who
    taught or spoke (`taught`)."""
    found: list[CountryCount] = []
    last = -1  # where the last group of those who came ends: "miners and Bolivian employers"
    starts = sorted(
        {m.start(1) for m in places.country_pattern().finditer(text)}
        | {m.start(1) for m in places.adjective_pattern().finditer(text)}
    )
    covered = -1
    for start in starts:
        if start < covered:
            continue
        listed, end = country_list(text, start, adjectives=True)
        covered = end
        if not listed:
            continue
        number = re.search(r"(?<![\d,.])(\d+)\s+$", text[:start])
        counted = (
            number
            and not 1900 <= int(number.group(1)) <= 2100  # "In 2019 Cambodian workers ..."
            and _COUNTED_GROUP.match(text, end)
        )
        group = _GROUP.match(text, end)
        met_group = _MET_GROUP.match(text, end)
        listed_on = last >= 0 and re.fullmatch(
            r"\s*(?:,\s*)?(?:and\s+|as\s+well\s+as\s+)?(?:the\s+)?", text[last:start]
        )
        attenders = group and _ATTENDER_GROUP.match(text, end)
        if group and not (counted or listed_on or attenders or _took_part(text, start)):
            group = None  # "Cambodian workers sent home more": workers, not those who came
        group = group or met_group  # "Kenyan and Ugandan pastoralists met in Moroto"
        if not (group or counted):
            continue
        stop = (group or counted).end()
        if attenders and not NOT_PARTICIPANTS.search(text[max(0, start - 30) : stop]):
            pass  # "the Haitian delegations presented their plans": delegates present too
        elif _taught(text, start, stop) or _about(text, start):
            continue
        if any(a <= start < b for a, b in taught):
            continue
        if _BY_IT.search(text[max(0, start - 40) : start]) or _RUNS_IT.match(text, stop):
            continue  # "hosted by the German union", "the Romanian association X held a seminar"
        if _planned(text, start):
            continue  # "a similar workshop held with Rwandan unions in 2018", "will invite Thai ..."
        found += [CountryCount(iso3, None, pos) for iso3, pos in listed]
        last = stop
    return found


# Counts ----------------------------------------------------------------------------------------

_COUNT_AFTER_NATION = re.compile(rf"\s+(?:[a-z-]+\s+){{0,2}}?{ANY_PEOPLE}\b", re.I)
# "Ethiopia sent 14 participants", "the Zambian union sent six members", "WorkerNet (Nepal) sent 5".
_SENDER = (
    r"(?:union|association|network|organi[sz]ation|group|delegation|shelter|partner|chapter|team"
    r"|federation|alliance|coalition|NGO|centre|center|contingent)"
)
_SENT_N = re.compile(
    r"\s+(?:also\s+)?(?:sent|brought|fielded|contributed|numbered|counted)\s+"
    # "Barbados sent the largest group, 11 women", "Kenya sent a delegation of 8"
    r"(?:(?:the|a|its)\s+(?:[a-z]+\s+){0,2}?(?:group|delegation|contingent|team)(?:\s*,\s*|\s+of\s+))?"
    r"(\d+)\b"
)
# The rest of an elided list: ", Kenya 8, Uganda 6 and Djibouti 4".
# "..., followed by Fiji with 8, Kiribati 7": the list told in order of size.
_THEN_COUNTRY_N = re.compile(r"\s*(?:,\s*(?:and\s+|followed\s+by\s+)?|;\s*|\s+and\s+)(?:the\s+)?")
# The largest group told with its size and where it came from.
_LARGEST = (
    r"(?:largest|biggest|second[- ]largest|next\s+largest)\s+(?:group|delegation|contingent|number)"
)
_LARGEST_FROM = re.compile(
    rf"\b[Tt]he\s+{_LARGEST}\s*(?:,\s*(?:of\s+)?|\(\s*)(\d+)(?:\s+[a-z]+)?\s*[,)]\s+(?:came|were|was)\s+"
    r"(?:all\s+)?from\s+(?:the\s+)?"
)
_LARGEST_WERE = re.compile(
    rf"(?<![\w'’-])(?P<adj>[A-Z][\w'’-]*)\s+(?:[a-z-]+\s+){{0,2}}?{ANY_PEOPLE}\s+(?:were|formed|made\s+up)"
    rf"\s+the\s+{_LARGEST}\s*(?:\(\s*|,\s*)(?P<n>\d+)\b"
)
_PLURAL_LARGEST = re.compile(
    rf"\s+(?:were|formed|made\s+up)\s+the\s+{_LARGEST}\s*(?:\(\s*|,\s*(?:of\s+)?)(?P<n>\d+)\b"
    r"(?!\s*%)"
)
# "a nine-member delegation from Nepal", "The Nepali delegation numbered 9".
_DELEGATION_OF_N = re.compile(
    r"\b([\w]+)-(?:member|strong|person|people)\s+(?:delegation|team|contingent|group)\s+from\s+(?:the\s+)?"
)


_COUNT_AFTER_COUNTRY = re.compile(
    rf"(?P<colon>\s*:)?\s+(?P<n>\d+)(?:\s+(?:{ANY_PEOPLE}|persons))?(?=\s*(?:[/,;|]|and\b|\.(?!\d)|$))",
    re.I,
)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$")
# A count in brackets after a country or a nationality, with or without its people: "Cambodia
# (12)", "The Embassies of Cambodia (3 officials), Lao PDR (2) and Myanmar (4)"
_BRACKET_COUNT = re.compile(rf"\s*\((\d+)(?:\s+(?:{ANY_PEOPLE}|persons|person))?\)", re.I)
_PEOPLE_COUNTED = re.compile(rf"\b\d+\s+(?:{ANY_PEOPLE}|persons)\b", re.I)


# A label that counts other things than people by country: "Member groups by country:",
# "Offices per country:", "Budget by country:", "Copies sent:"
_NOT_PEOPLE_LABEL = re.compile(
    r"[^.:;]{0,40}\b(?:members?|(?:member\s+)?groups|organi[sz]ations|branches|offices|staff"
    r"|projects|schools|villages|communities|budget|funds?|grants?|cases|copies|households)"
    r"(?:\s+(?:by|per|in\s+each)\s+(?:country|countries))?\s*:",
    re.I,
)


# One count for each country of a list: "eight each from Cambodia, Laos and Myanmar", "10
# participants each from Nepal and India"
_EACH_FROM = re.compile(
    rf"(?<![\d,.])(?P<n>\d+)\s+(?:(?:[a-z-]+\s+){{0,2}}?{ANY_PEOPLE}\s+)?each\s+from\s+(?:the\s+)?",
    re.I,
)


def country_counts(text: str) -> list[CountryCount]:
    """Per-country counts in digit-form text: "7 from Lao PDR", "22 of them from Cambodia",
    "12 Cambodian participants" (beside another count), "Cambodia (12)", "Ethiopia sent 14
    participants, Kenya 8"."""
    label = _NOT_PEOPLE_LABEL.match(text)
    if label and not _PEOPLE_COUNTED.search(label.group(0)):
        # "Member groups by country: Kenya 18, Uganda 9": not people who took part; "26 people
        # attended, from 11 member groups: 15 from ..." counts its people first
        return []
    found: list[CountryCount] = []
    found += _counts_from(text)
    found += _counts_of_nationals(text)
    found += _counts_sent(text)
    found += _counts_listed(text)
    found += _counts_of(text)
    found += _codes_listed(text)
    found += split_by_nationality(text)
    # "Laos was represented by 9", "The Thai delegation, 14 members, was the largest"
    found += homes32.subject_counts(text)
    found += people34.delegation_counts(text)  # "The delegation had 12 members, all from X"
    found += people34.largest_group_counts(text)  # "followed by Gabon with 8 and Chad with 7"
    for m in places.country_pattern().finditer(text):
        after = _BRACKET_COUNT.match(text, m.end())
        iso3 = places.country(m.group(1))
        # "member organisations in Kenya (8)": bodies counted, not people (homes35)
        if after and iso3 and not homes35.members_counted(text, m.start()):
            found.append(CountryCount(iso3, int(after.group(1)), m.start()))
    for m in places.country_pattern().finditer(text):
        # a form's line "Senegal: 20 / Mali: 12 / Guinea-Bissau: 10"; an e-mail's "from
        # Kyrgyzstan 18 persons, from Tajikistan 7 and from Kazakhstan 5"
        after = _COUNT_AFTER_COUNTRY.match(text, m.end())
        iso3 = places.country(m.group(1))
        if after and iso3 and (after.group("colon") or _FROM_BEFORE.search(text, 0, m.start())):
            if not 1900 <= int(after.group("n")) <= 2100:
                found.append(CountryCount(iso3, int(after.group("n")), m.start()))
    for m in _plural_pattern().finditer(text):  # "Afghans (9), Somalis (6)"
        after = _BRACKET_COUNT.match(text, m.end())
        iso3 = places.adjectives().get(m.group(1))
        if (
            after
            and iso3
            and not 1900 <= int(after.group(1)) <= 2100
            and not homes35.members_counted(text, m.start())  # "Laos (4)" of member bodies
        ):
            if not _taught(text, m.start(), after.end()):
                found.append(CountryCount(iso3, int(after.group(1)), m.start()))
    for m in places.adjective_pattern().finditer(text):  # "Ethiopian (11), Filipino (9)"
        after = _BRACKET_COUNT.match(text, m.end())
        iso3 = places.country_or_adjective(m.group(1))
        if (
            after
            and iso3
            and not 1900 <= int(after.group(1)) <= 2100
            and not homes35.members_counted(text, m.start())  # "Myanmar (5)" of member bodies
        ):
            if not _taught(text, m.start(), after.end()):
                found.append(CountryCount(iso3, int(after.group(1)), m.start()))
    for m in _LARGEST_FROM.finditer(text):  # "the largest delegation, 17 people, came from X"
        hit = _country_at(text, m.end(), adjectives=False)
        if hit:
            found.append(CountryCount(hit[0], int(m.group(1)), m.start()))
    for m in _LARGEST_WERE.finditer(
        text
    ):  # "Bangladeshi garment workers were the largest group (41)"
        iso3 = places.country_or_adjective(m.group("adj"))
        if iso3 and not _taught(text, m.start(), m.end()):
            found.append(CountryCount(iso3, int(m.group("n")), m.start()))
    for m in _plural_pattern().finditer(text):
        # "The Venezuelans were the largest group, 48 of them": a nationality as the subject
        size = _PLURAL_LARGEST.match(text, m.end())
        iso3 = places.adjectives().get(m.group(1)) if size else None
        if iso3 and not _taught(text, m.start(), size.end()):
            found.append(CountryCount(iso3, int(size.group("n")), m.start()))
    for m in _EACH_FROM.finditer(text):  # "eight each from Cambodia, Laos and Myanmar"
        listed, end = country_list(text, m.end())
        if listed and not _taught(text, m.start(), end):
            found += [CountryCount(iso3, int(m.group("n")), m.start()) for iso3, _ in listed]
    for m in _DELEGATION_OF_N.finditer(text):
        hit = _country_at(text, m.end(), adjectives=False)
        n = numbers.number(m.group(1))  # "nine-member" keeps its word: digits() leaves it
        if hit and n:
            found.append(CountryCount(hit[0], n, m.start()))
    seen: set[tuple[str, int]] = set()
    unique = []
    for c in sorted(found, key=lambda c: c.start):
        if (c.country_iso3, c.start) not in seen and not _planned(text, c.start):
            seen.add((c.country_iso3, c.start))
            unique.append(c)
    return unique


# A province or town before its country: "West Kalimantan, " / "Kerala in "
_REGION_OF_COUNTRY = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}(?:\s*,\s*|\s+in\s+)")


def _counts_from(text: str) -> list[CountryCount]:
    """ "7 from Lao PDR", "22 of them came from Cambodia", "five members from WorkerNet (Nepal)"."""
    found = []
    for m in re.finditer(
        r"(?<![\d,.])(\d+)\s+((?:[a-z-]+\s+){0,4}?)from\s+(?:the\s+)?", text, re.I
    ):
        words = m.group(2)
        if words.strip() and not re.search(
            rf"\b(?:{ANY_PEOPLE}|of (?:them|whom|these)|were|came|delegates)\b", words, re.I
        ):
            continue  # "300 kilometres from Thailand"
        if re.search(r"\b(?:returnees|deportees)\s+$", words, re.I):
            continue  # "240 returnees from Libya"
        if people34.came_back_from(text, m.start(), words):
            continue  # "22 migrants returned from Russia", "64 who came back from A and 11 from B"
        listed, end = country_list(text, m.end(), bodies=True)
        within = None if listed else _REGION_OF_COUNTRY.match(text, m.end())
        if within and not places.country_pattern().match(text, m.end()):
            # "nine from West Kalimantan, Indonesia": a province, then its country
            listed, end = country_list(text, within.end())
            if len(listed) != 1:
                listed = []  # "from Westminster, the Netherlands and Belgium": a list of places
        if listed and _taught(text, m.start(), end):
            continue  # "two trainers from X and one from the Senegalese association Y ran ..."
        if listed and people34.one_more_who_taught(text, m.start()):
            continue  # "Two resource persons from Malaysia and one from Fiji shared ..."
        if len(listed) == 1:  # "24 participants from A, B and C" is a total, not A's count
            found.append(CountryCount(listed[0][0], int(m.group(1)), m.start()))
    return found


@cache
def _plural_pattern() -> re.Pattern[str]:
    """Nationalities as nouns in the plural: "Indonesians", "Filipinos", "Thais"."""
    alternation = "|".join(
        re.escape(a) for a in sorted(places.adjectives(), key=len, reverse=True) if " " not in a
    )
    return re.compile(rf"(?<![\w-])({alternation})s(?![\w-])")


def _plural_at(text: str, pos: int) -> tuple[str, int] | None:
    m = _plural_pattern().match(text, pos)
    iso3 = places.adjectives().get(m.group(1)) if m else None
    return (iso3, m.end()) if iso3 else None


_PEOPLE_THEN_SPLIT = re.compile(
    rf"(?<![\d,.])\d+\s+(?:[a-z'’-]+\s+){{0,2}}?{ANY_PEOPLE}\s*[,:(–—]\s*$", re.I
)


def _counts_of_nationals(text: str) -> list[CountryCount]:
    """ "12 Vietnamese and 8 Lao participants", "nine of them were Filipino and seven Sri
    Lankan", and "12 Cambodian participants" beside another count. A lone count of one
    nationality is the total (see `numbers.totals`), not a country's count."""
    found = []
    totals = {(c.start, c.end) for c in numbers.totals(text)}
    pairs = re.compile(
        r"(?<![\d,.])(\d+)\s+(?:(?:of\s+(?:them|whom|these)\s+)?(?:were|was|are)\s+(?:from\s+)?)?(?=[A-Z])"
    )
    covered = -1
    for m in pairs.finditer(text):
        if m.start() < covered or 1900 <= int(m.group(1)) <= 2100:
            continue  # "In 2019 Cambodian workers ..." is a year
        chain = []
        pos = m.start()
        plural = False
        while True:
            p = pairs.match(text, pos)
            hit = _country_at(text, p.end()) if p else None
            if p and not hit:
                hit = _plural_at(text, p.end())
                plural = plural or bool(hit)
            if not hit:
                break
            chain.append((hit[0], int(p.group(1)), p.start(), hit[1]))
            sep = _SEPARATOR.match(text, hit[1])
            if not sep or not pairs.match(text, sep.end()):
                break
            pos = sep.end()
        if not chain:
            continue
        covered = chain[-1][3]
        # "of them were", "nine Indonesians": the people are named before or by the word itself
        told_as = m.group(0).strip().split()[1:] or plural
        people = _COUNT_AFTER_NATION.match(text, covered)
        # "There were 29 participants, 18 Kenyan and 11 Ugandan": the people counted just
        # before, then their split by nationality
        split = len(chain) >= 2 and bool(_PEOPLE_THEN_SPLIT.search(text[: chain[0][2]]))
        if not (people or told_as or split):
            continue
        if _taught(text, chain[0][2], people.end() if people else covered):
            continue  # "Three Nepali trainers and two Bangladeshi lawyers led the sessions"
        if _BY_IT.search(text[max(0, chain[0][2] - 40) : chain[0][2]]):
            continue  # "taught by 2 Thai labour inspectors"
        if len(chain) == 1 and people and not told_as:
            whole = (chain[0][2], people.end())
            if any(start <= whole[0] < end for start, end in totals):
                continue  # the sentence's one count: the total, and the country named without it
        found += [CountryCount(iso3, n, start) for iso3, n, start, _ in chain]
    return found


# "Colombia 12, Peru 9 and Venezuela 14", "Kenya: 8; Uganda: 6": a country and its count, two
# or more in a row (a year, a share or a distance is no count of people).
_COUNTRY_N = re.compile(r"\s*:?\s*(\d+)\b(?!\s*(?:%|per\b|km\b|kilomet|miles?\b|years?\b|[.,]\d))")


# "12 (ETH 6, KEN 6)": countries by their ISO codes, each with its count, in brackets
_CODE_ITEM = r"[A-Z]{3}\s*[:=]?\s*\d{1,4}"
_CODES_LISTED = re.compile(rf"\((?P<items>{_CODE_ITEM}(?:\s*[,;/]\s*{_CODE_ITEM})+)\)")


def _codes_listed(text: str) -> list[CountryCount]:
    found: list[CountryCount] = []
    for m in _CODES_LISTED.finditer(text):
        items = list(re.finditer(r"([A-Z]{3})\s*[:=]?\s*(\d{1,4})", m.group("items")))
        if all(places.country(i.group(1)) == i.group(1) for i in items):
            # every item a country's code, not "(UNDP 3, ILO 2)" or "(USD 20, EUR 15)"
            found += [
                CountryCount(i.group(1), int(i.group(2)), m.start("items") + i.start())
                for i in items
            ]
    return found


_N_OF = re.compile(r"(?<![\d,.])(\d+)\s+(?:(?P<who>[a-z-]+(?:\s+[a-z-]+)?)\s+)?of\s+(?:the\s+)?")


def _counts_of(text: str) -> list[CountryCount]:
    """ "120 persons participated, of which 85 returnees of Senegal, 20 of Mali and 15 of
    Guinea": people counted "of" their country, two or more in a list (one alone may be a
    part of a country: "3 of Cambodia's provinces")."""
    found: list[CountryCount] = []
    covered = -1
    for m in _N_OF.finditer(text):
        if m.start() < covered:
            continue
        who = m.group("who")
        if who and not re.fullmatch(rf"(?:{ANY_PEOPLE}|persons)", who, re.I):
            continue  # "12 provinces of Cambodia"
        chain: list[CountryCount] = []
        at, n = m, int(m.group(1))
        while at is not None:
            hit = _country_at(text, at.end(), adjectives=False)
            if hit is None or text.startswith(("'", "’"), hit[1]) or 1900 <= n <= 2100:
                break
            chain.append(CountryCount(hit[0], n, at.start()))
            sep = _LIST_SEP.match(text, hit[1])
            at = re.compile(r"(\d+)\s+of\s+(?:the\s+)?").match(text, sep.end()) if sep else None
            n = int(at.group(1)) if at else 0
        if len(chain) >= 2 and not _taught(text, chain[0].start, chain[-1].start):
            found += chain
            covered = chain[-1].start + 1
    return found


_ASIDE = re.compile(r"\s*\([^()]{1,60}\)")
_LIST_SEP = re.compile(r"\s*(?:[,;]\s*(?:and\s+)?|and\s+)(?:the\s+)?")


def _counts_listed(text: str) -> list[CountryCount]:
    """ "for 35 participants: Colombia 12, Peru 9, Venezuela 14": countries each with its count."""
    found: list[CountryCount] = []
    covered = -1
    for m in places.country_pattern().finditer(text):
        if m.start(1) < covered:
            continue
        chain = []
        pos = m.start(1)
        while True:
            hit = _country_at(text, pos, adjectives=False)
            n = _COUNTRY_N.match(text, hit[1]) if hit else None
            if not n or 1900 <= int(n.group(1)) <= 2100:
                break
            chain.append(CountryCount(hit[0], int(n.group(1)), pos))
            # "Uzbekistan 12 (Tashkent and Syrdarya regions), Kyrgyzstan 6": a bracket says more
            # of the count before the list goes on
            aside = _ASIDE.match(text, n.end())
            if aside and organisations.ORG_WORD.search(aside.group(0)):
                aside = None  # "China 11 (Border Health Friends Association)": homes30's bodies
            sep = _LIST_SEP.match(text, aside.end() if aside else n.end())
            if not sep:
                break
            pos = sep.end()
        if len(chain) >= 2 and not _taught(text, chain[0].start, pos):
            found += chain
            covered = pos
    return found


def _country_in_name(name: str) -> str | None:
    """The one country an organisation's name holds ("the Domestic Workers Union of India", "the
    General Federation of Nepalese Trade Unions"), or None (no country, or more than one)."""
    if not organisations.ORG_WORD.search(name):
        return None
    found = {places.country(m.group(1)) for m in places.country_pattern().finditer(name)}
    found |= {
        places.country_or_adjective(m.group(1)) for m in places.adjective_pattern().finditer(name)
    }
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def _counts_sent(text: str) -> list[CountryCount]:
    """ "The Zambian union sent six members and the Malawian association five", "Ethiopia sent
    14 participants, Kenya 8, Uganda 6 and Djibouti 4", "WorkerNet (Nepal) sent five"."""
    found = []
    subjects = re.compile(
        rf"(?:\b[Tt]he\s+(?P<adj>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:[a-z-]+\s+)?{_SENDER}s?"
        rf"|(?<![\w-])(?P<body>{_ITEM_NAME}\s*\([^()]{{2,40}}\))"
        rf"|\b[Tt]he\s+(?P<named>{_ITEM_NAME})"
        rf"|(?<![\w-])(?P<country>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}}))(?=\s+(?:also\s+)?(?:sent|brought|fielded|contributed|numbered|counted)\b)"
    )
    for m in subjects.finditer(text):
        if m.group("adj"):
            iso3 = places.country_or_adjective(m.group("adj"))
        elif m.group("body"):
            hit = _body_at(text, m.start())
            iso3 = hit[0] if hit else None
        elif m.group("named"):
            iso3 = _country_in_name(m.group("named"))
        else:
            iso3 = places.country(m.group("country"))
            if re.search(r"(?:,|\band)\s*$", text[: m.start()]):
                iso3 = None  # "Shelters in Guatemala and Mexico sent 34": Mexico is one of a list
        n = _SENT_N.match(text, m.end())
        if not iso3 or not n:
            continue
        found.append(CountryCount(iso3, int(n.group(1)), m.start()))
        pos = n.end()
        rest_words = re.match(rf"(?:\s+(?:[a-z-]+\s+){{0,2}}?{ANY_PEOPLE}\b)?", text[pos:])
        pos += rest_words.end() if rest_words else 0
        found += _rest_of_list(text, pos)
    for m in _LARGEST_HAD.finditer(text):
        # "Tanzania as host had the biggest group (15), followed by Kenya with 12, Uganda 7",
        # "Fiji sent the largest group with 11 and Samoa had 6"
        iso3 = places.country(m.group("country"))
        if not iso3 or re.search(r"(?:,|\band)\s*$", text[: m.start()]):
            continue
        found.append(CountryCount(iso3, int(m.group("n")), m.start()))
        pos = m.end()
        rest_words = re.match(rf"(?:\s+(?:[a-z-]+\s+){{0,2}}?{ANY_PEOPLE}\b)?", text[pos:])
        pos += rest_words.end() if rest_words else 0
        found += _rest_of_list(text, pos)
    return found


# A country's group told as the largest, with its size: "Nepal, as host country, had the largest
# delegation with 22 women", "Tanzania as host had the biggest group (15)", "Fiji sent the
# largest group with 11".
_LARGEST_HAD = re.compile(
    r"(?<![\w-])(?P<country>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
    r"(?:\s*,?\s+as\s+(?:the\s+)?host(?:\s+country)?\s*,?)?"
    rf"\s+(?:had|sent|brought|formed|was)\s+the\s+{_LARGEST}"
    r"(?:\s*\(\s*|\s+with\s+|\s*,\s*|\s+of\s+)(?P<n>\d+)\b(?:\s*\))?"
)
_NEXT_COUNTRY_N = re.compile(
    rf"(?P<adj>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:[a-z-]+\s+)?{_SENDER}s?\s+(?P<n>\d+)\b"
    # "Kenya with 12", "Samoa had 6"
    r"|(?P<country>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+(?:with\s+|had\s+)?(?P<n2>\d+)\b"
    # "WorkerNet (Nepal) sent 10 people and Sahay (India) 8": a body with its country
    rf"|(?P<body>{_ITEM_NAME}\s*\([^()]{{2,40}}\))\s+(?:with\s+|had\s+)?(?P<n3>\d+)\b"
)
# "Bhutan and Pakistan with 6 each": two countries of one size
_BOTH_WITH_N = re.compile(
    r"(?P<a>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+and\s+(?:the\s+)?"
    r"(?P<b>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?:with\s+|had\s+)?(?P<n>\d+)\s+each\b"
)


def _rest_of_list(text: str, pos: int) -> list[CountryCount]:
    """The rest of a list whose verb and people are left out: ", Kenya 8, Uganda 6 and Djibouti
    4", ", followed by India with 9, Bhutan and Pakistan with 6 each", " and Samoa had 6"."""
    found = []
    while True:
        sep = _THEN_COUNTRY_N.match(text, pos)
        if not sep:
            break
        both = _BOTH_WITH_N.match(text, sep.end())
        if both:
            pair = [places.country(both.group("a")), places.country(both.group("b"))]
            if all(pair):
                found += [CountryCount(iso3, int(both.group("n")), sep.end()) for iso3 in pair]
                pos = both.end()
                continue
        nxt = _NEXT_COUNTRY_N.match(text, sep.end())
        if not nxt:
            break
        if nxt.group("body"):
            hit = _body_at(text, sep.end())
            iso3 = hit[0] if hit else None
        elif nxt.group("adj"):
            iso3 = places.country_or_adjective(nxt.group("adj"))
        else:
            iso3 = places.country(nxt.group("country"))
        if not iso3:
            break
        n = nxt.group("n") or nxt.group("n2") or nxt.group("n3")
        found.append(CountryCount(iso3, int(n), sep.end()))
        pos = nxt.end()
    return found


# A count of people split by nationality or country in items that add up to it, whatever the
# words between: "58 participants: Thai 40, Myanmar 12, Cambodian 6", "48 people, divided into
# Laos 30 people, Cambodia 18 people", "22 participants - 15 Romanian nurses and social workers
# and 7 Ukrainian colleagues", "45 took part, 26 Peruvian and 19 Bolivian".
_NATION_THEN_N = re.compile(
    rf"\s*:?\s*(\d+)\b(?:\s+(?:{ANY_PEOPLE}|persons|people))?(?!\s*(?:%|per\b|km\b|years?\b|[.,]\d))",
    re.I,
)
_N_THEN_NATION = re.compile(r"(?<![\d,.])(\d+)\s+(?:(?:are|were|of\s+them)\s+)?(?=[A-Z])")
_NATIONALS_NOUN = re.compile(
    r"(?:\s+(?!and\b)[a-z][\w'’-]*){0,3}(?:\s+and\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)?"
)
_ITEM_SEP = re.compile(r"\s*(?:[,;]\s*(?:and\s+)?|and\s+)(?:the\s+)?")


def _chain(text: str, pos: int, count_first: bool) -> tuple[list[CountryCount], int]:
    """The items of a split from `pos`: "Thai 40, Myanmar 12" (count_first False) or "15
    Romanian nurses and 7 Ukrainian colleagues" (count_first True), and where the list ends."""
    chain: list[CountryCount] = []
    end = pos
    while True:
        if count_first:
            n = _N_THEN_NATION.match(text, pos)
            hit = _country_at(text, n.end()) if n else None
            if not n or not hit:
                break
            tail = _NATIONALS_NOUN.match(text, hit[1])
            item_end = hit[1]
            # the noun after the nationality, unless the next item begins inside it
            if tail and not _N_THEN_NATION.search(tail.group(0)):
                item_end = tail.end()
            chain.append(CountryCount(hit[0], int(n.group(1)), n.start()))
        else:
            hit = _country_at(text, pos)
            n = _NATION_THEN_N.match(text, hit[1]) if hit else None
            if not n:
                break
            chain.append(CountryCount(hit[0], int(n.group(1)), pos))
            item_end = n.end()
        end = item_end
        if 1900 <= chain[-1].participants <= 2100:
            return [], end
        sep = _ITEM_SEP.match(text, item_end)
        if not sep:
            break
        pos = sep.end()
    return chain, end


_THINGS = (
    r"(?:leaflets?|copies|booklets?|posters?|books?|brochures?|flyers?|signatures|thumbprints"
    r"|kits?|packs?|bags?|boxes|items|t-?shirts|banners|cards|stickers|seedlings|trees|boats"
    r"|tons?|tonnes?|kg|dollars|euros?|USD|EUR)\b"
)


def split_by_nationality(text: str) -> list[CountryCount]:
    """Per-country counts of a list whose counts add up to a count of people told just before
    it (`_NATION_THEN_N`, `_N_THEN_NATION`); the sum is what ties the list to those people."""
    found: list[CountryCount] = []
    covered = -1
    starts = sorted(
        {(m.start(1), False) for m in places.country_pattern().finditer(text)}
        | {(m.start(1), False) for m in places.adjective_pattern().finditer(text)}
        | {(m.start(), True) for m in _N_THEN_NATION.finditer(text)}
    )
    for pos, count_first in starts:
        if pos < covered:
            continue
        chain, end = _chain(text, pos, count_first)
        if len(chain) < 2 or len({c.country_iso3 for c in chain}) < len(chain):
            continue
        total = sum(c.participants for c in chain)
        before = text[max(0, chain[0].start - 160) : chain[0].start]
        told = [int(n) for n in re.findall(r"(?<![\d,.])(\d+)(?![\d,.]\d)", before)]
        # the count is of people ("58 crew:", "45 took part,"), not of things ("500 leaflets")
        things = re.search(rf"(?<![\d,.]){total}\s+(?:[a-z'’-]+\s+){{0,2}}?{_THINGS}", before, re.I)
        if total not in told or things or _taught(text, chain[0].start, end):
            continue
        found += chain
        covered = end
    return found


# The people's ages between their count and where they came from: "30 young people aged 16 to 25
# from Samoa", "Twenty participants (aged 18-27) came from A and B", "women between 20 and 45
# years old from A".
_AGES = re.compile(
    r"\s*\(?\b(?:aged|ages?|between\s+the\s+ages\s+of)\s+(?:between\s+)?\d{1,2}\s*(?:to|-|–|and)\s*\d{1,2}"
    r"(?:\s+years(?:\s+old)?)?\)?,?"
    r"|\s*\bbetween\s+\d{1,2}\s+and\s+\d{1,2}\s+years(?:\s+old|\s+of\s+age)?,?",
    re.I,
)


def without_ages(text: str) -> str:
    """`text` with the ages of the people it counts blanked out, letter for letter (so that what
    is found keeps its place): "30 young people aged 16 to 25 from Samoa" reads as "30 young
    people from Samoa"."""
    return _AGES.sub(lambda m: " " * len(m.group(0)), text)
