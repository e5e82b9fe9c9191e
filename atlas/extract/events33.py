"""Events the first runs missed whole, and drafts they invented, in kinds of text found in the
misses of three sets or more (issue 16, read from the first runs of the blind sets up to the
thirty-second).

- a launch of a work named in quotes, told by its verb in a dated sentence, wherever the
  sentence then puts it ("On 9 May the network launched its report "Empty Nets" in the
  faculty's hall before 90 people", "On the last day, 12 May, we launched the booklet "To
  Stay" at the auditorium of the university", "On 10 December we launched "Coming Back" in
  Lima", "The report Leaving Home: Women in the Gulf was launched on 3 May at the Riverside
  Hotel"): an event of its own; never one launched at or in an event told before ("launched at
  the workshop its handbook "X"", "At the gathering the network launched its "Y""), online, or
  with no date nor day of its own ("The same day we launched our handbook "Z""). Told on a
  day of the event before it ("On the afternoon of the second day, at the same venue, the
  network launched its report "X""), it takes that day and place.
- a story of one public event whose lede tells its day, place and crowd with no event's noun
  ("On the evening of 30 July, about 250 people lit candles in front of the District Office"),
  the event named only later by who organised it ("The vigil was organised by X together with
  Y"): the event, titled by the story's title line, dated, placed and counted by its lede;
  never under a title naming a document ("Final Narrative Report", "Minutes of ...").
- public and community events of nouns the lexicon did not hold (mentions._HEADS): cultural or
  music nights, open, family, community, registration, service or legal-aid days, clean-ups,
  anniversary, welcome, memorial or graduation ceremonies, football tournaments, picnics,
  bazaars, livelihood or community fairs, the screening of a film; an event only in a sentence
  that dates it ("In the evening there was a solidarity culture night" is a part of one told
  before); classes an organisation ran ("ran Sunday classes in Thai reading for 40 workers"), a
  training; a body's annual review ("held its annual review on 16 and 17 December", "met for
  their annual review on 31 January"), a meeting; a body that met for days ("The steering
  committee of the Network met for two days, on 3 and 4 April, at ..."), its meeting.
- no event of its own: one told already, placed in its series ("This was the sixth clean-up
  since the association began them in 2023"), a plan being discussed ("A follow-up seminar in
  Dhaka is being discussed for late 2025"), a venue named after an event's noun ("the
  University seminar building"), a clinic a speaker came from ("A lawyer from a legal clinic in
  Texas joined").

This module imports nothing of the package at its top: `mentions` asks it.
"""

from __future__ import annotations

import re

# A thing written or made that is launched: "report", "study", "recipe book", "phrasebook",
# "briefing paper", "toolkit"
_WORK = (
    r"(?:report|study|studies|research|book|booklet|guide|guidebook|handbook|toolkit|manual"
    r"|phrasebook|brief|paper|atlas|calendar|album|collection|index|survey|map|comic|storybook)"
)
# The verb, its object's determiner and words, the work's noun, and the name in quotes: "launched
# its report "...", "launched on Monday its regional report "...", "launched the recipe book
# and testimony collection "...", "launched "..."" (a name alone). Not "presented the findings
# of the study "..."": the work's noun is the verb's own object.
_LAUNCHED_NAMED = re.compile(
    r"\b(?P<verb>launched|unveiled|released|presented)\s+"
    r"(?:on\s+[A-Z][a-z]+day\s+)?"
    r"(?:(?:(?:its|their|our|the|his|her)\s+)?"
    r"(?P<mods>(?:(?!(?:of|the|and|on|at|in|findings|results)\b)[\w'’-]+\s+){0,3}?)"
    r"(?P<work>" + _WORK + r")\s+"
    r"(?:and\s+(?:[\w'’-]+\s+){0,2}?" + _WORK + r"\s+)?"
    r"|(?:(?:its|their|our|his|her)\s+)?(?=[“\"]))"
    r"[“\"](?P<name>[^\"”]{3,150})[”\"]"
)
# Told the other way round, the name unquoted and maybe with its subtitle: "The report Leaving
# to Care: Cambodian Domestic Workers in Malaysia was launched on 18 September 2025 at ..."
_NAMED_LAUNCHED = re.compile(
    r"(?:^|(?<=[.;]\s))(?:[Tt]he|[Oo]ur|[Ii]ts|[Tt]heir)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?P<work>" + _WORK + r")\s+[“\"]?(?P<name>[A-Z][^.;“”\"]{2,150}?)[”\"]?,?\s+"
    r"(?:was|were)\s+(?:launched|unveiled)\s+on\s+\d"
)
# Launched where an event told before was held, as its part: "launched at the workshop its
# handbook", "At the gathering the network launched ...", "at the forum"
_AT_AN_EVENT = re.compile(
    r"\b(?:[Aa]t|[Ii]n|[Dd]uring)\s+(?:the|this|that)\s+(?:[\w'’-]+\s+){0,2}?(?:rally|gathering"
    r"|forum|workshop|meeting|seminar|training|assembly|dialogue|consultation|summit|festival"
    r"|fair|march|event|session|exchange|celebration|ceremony|vigil|caravan|course)s?\b"
)
_ONLINE = re.compile(r"\bonline\b|\bon\s+(?:its|our|their|the)\s+website\b|\bvirtual")
# A time of day or a day of an event told before, which places the launch within it when the
# sentence gives no date: "In the evening, ...", "On the afternoon of the second day", "During
# the lunch hour", "On the first evening"
_DAY_TOLD = re.compile(
    r"\b(?:[Ii]n|[Oo]n|[Dd]uring)\s+the\s+(?:(?:first|second|third|last|final|same)\s+)?"
    r"(?:evening|morning|afternoon|lunch(?:\s+(?:hour|break))?|night)\b"
)
# "On the afternoon of the second day", "on the third day": a day of the event told before
_NTH_DAY = re.compile(
    r"\b[Oo]n\s+(?:the|its)\s+(?:\w+\s+of\s+the\s+)?(?:second|third|fourth|fifth|last)\s+day\b"
)


# Public and community events of nouns the lexicon did not hold (mentions._HEADS reads them as
# "other"): "a cultural night for Myanmar workers", "our Port Welfare Day" ("open day", "family
# day", "registration days", "Legal-Aid Day"; never "World Water Day" nor "International
# Migrants Day", days of the calendar), "a coastal clean-up", "an anniversary ceremony", "a
# football tournament", "a day-off picnic", "a livelihood fair", "the screening of the
# documentary ...". Such a noun names an event only where its sentence dates, places or counts
# it, as every noun of the lexicon.
COMMUNITY_EVENTS = (
    r"(?:cultural|culture|music|film|movie|solidarity|talent|poetry)\s+nights?"
    r"|(?<!World\s)(?<!International\s)"
    r"(?:open|family|community|registration|documents?|legal[- ]aid|clinic|service)\s+days?"
    r"|clean-?ups?(?!\s+(?:of|costs?|crews?|operations?)\b)"
    r"|(?:anniversary|welcome(?:\s+home)?|memorial|graduation|blessing)\s+ceremon(?:y|ies)"
    r"|(?:football|volleyball|futsal|sports?)\s+(?:tournaments?|matches|match)|picnics?|bazaars?"
    r"|(?:livelihood|community|skills?|cultural|documentation)\s+fairs?"
    r"|screenings?(?=\s+of\s+(?:the|a|an|its|their|our)\s+(?:[\w-]+\s+){0,2}?(?:documentary|film|movie)\b)"
)


# Classes an organisation ran, one course told as a whole ("From July to September the network
# ran Sunday classes in Thai reading for 40 domestic workers", "ran English-for-work classes in
# Spalding for 45 workers", "ran the first orientation class in Chautara ... for 45 women"): a
# training (mentions._HEADS); never "classes" of a school, nor a class of people.
RAN_CLASSES = (
    r"(?:(?<=\bran\s)|(?<=\bran\sthe\sfirst\s)|(?<=\bran\sa\s)|(?<=\bran\san\s))"
    r"(?:[\w-]+\s+){0,2}?class(?:es)?(?=\s+(?:in|on|for|at)\b)"
)


# An event told already, placed in its series: "This was the sixth clean-up since the
# association began them in 2023", "This was the second of twelve clinic days the foundation
# plans in 2025", "It was the third of four such trainings in the project year". The date of
# such a sentence is the series', never one more event's.
_ONE_OF_ITS_SERIES = re.compile(
    r"(?:^|[.;]\s+)(?:[Tt]his|[Ii]t)\s+was\s+(?:also\s+)?the\s+(?:first|second|third|fourth|fifth"
    r"|sixth|seventh|eighth|ninth|tenth|last|\d{1,2}(?:st|nd|rd|th))\s+"
    r"(?:of\s+(?:the\s+)?[\w-]+\s+(?:such\s+)?)?(?:[\w'’-]+\s+){0,2}?(?=\S+$)"
)


def one_of_its_series(text: str, np_start: int, end: int) -> bool:
    """Whether the event's noun phrase (`np_start` to `end`, its noun last) is one told before,
    placed in its series ("This was the sixth clean-up since ...")."""
    return any(m.start() <= np_start <= m.end() for m in _ONE_OF_ITS_SERIES.finditer(text, 0, end))


# A body's review of its year, held as a meeting: "The network held its annual review on 16 and
# 17 December at ...", "The member groups met for their annual review on 31 January" (the
# records keep "Annual review of the network", "Quarterly review meeting" as meetings)
BODY_REVIEW = re.compile(
    r"(?:annual|yearly|quarterly|half-yearly|mid-?term|mid-?year)\s+reviews?", re.I
)


# A public or community event's noun in a sentence with no date ("The centre held an open day
# for fishers' families in Tema", "In the evening there was a solidarity culture night in the
# hall", "At the Jornada there were free health checks ... and a football tournament"): a part of
# an event told before, or one told with nothing to date it; an event only with its day.
def no_day_of_its_own(text: str, mention) -> bool:
    """Whether a mention of a public or community event's noun (COMMUNITY_EVENTS), not one
    pointing back ("the cultural night"), stands in a sentence that gives no date."""
    from atlas.extract import date_phrases

    return (
        text.rstrip().endswith(".")  # a sentence of prose, not a title naming the event
        and mention.determiner not in ("the", "each")
        and re.search(rf"(?:{COMMUNITY_EVENTS})$", text[mention.np_start : mention.end], re.I)
        is not None
        and not date_phrases.find(text)
        and not date_phrases.find(text, 2000)
        and not date_phrases.RELATIVE.search(text)
    )


# How long a body or people met, between the verb and the place (mentions._BODY_MET and
# _PEOPLE_MET): "The steering committee of the Network met for two days, on 3 and 4 April 2025,
# at the Acacia Gardens Hotel", "Around 110 delegates met for three days in the Ceremony Hall"
FOR_DAYS = (
    r"for\s+(?:a|one|two|three|four|five|\d)\s+(?:full\s+)?days?,?\s+"
    r"(?:on\s+[^.;,]{1,40}?\d{4},\s+|(?:from|on)\s+[^.;,]{1,30}?\s+)?"
)


def _work_title(work: str | None, name: str) -> str:
    """ "Launch of the report Coming Home Safely": the work's noun and its name up to the subtitle."""
    name = re.split(r":\s", name.strip(" ,"), maxsplit=1)[0].strip(" ,")
    return f"Launch of the {work.lower()} {name}" if work else f"Launch of {name}"


def named_work_launches(
    text: str, dated: bool, told: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """The launches of works named in quotes a sentence tells by its verb, as (start, end,
    title), none overlapping `told` (the spans of events read already). `dated`: the sentence
    gives a date or a day told by its distance from one."""
    unquoted = re.sub(r"[“\"][^\"”]*[”\"]", '""', text)  # a name's words tell nothing of its launch
    if _AT_AN_EVENT.search(unquoted) or _ONLINE.search(unquoted):
        return []
    if not dated and not _DAY_TOLD.search(text):
        return []
    found = []
    for m in [*_LAUNCHED_NAMED.finditer(text), *_NAMED_LAUNCHED.finditer(text)]:
        if any(start <= m.start() < end or m.start() <= start < m.end() for start, end in told):
            continue
        if m.groupdict().get("verb") == "presented" and not m.group("work"):
            continue  # "presented "Voices" to the minister": a text read out, not a work launched
        found.append((m.start(), m.end(), _work_title(m.group("work"), m.group("name"))))
    return found[:1]


# A story of one public event, its day, place and crowd told first with no event's noun ("On
# the evening of 30 July 2024, about 250 people lit candles in the square in front of the
# District Office"), the event named later only as the subject of who organised it ("The vigil
# was organised by X together with Y", "The clean-up was organised by ...", "The evening was
# organised by ..."): the noun of that later sentence.
_STORY_NOUN = (
    r"(?:event|evening|night|day|vigil|clean-?up|fair|festival|ceremony|celebration"
    r"|commemoration|clinic(?:\s+days?)?|march|walk|rally|gathering|exhibition|screening|concert"
    r"|party|picnic|tournament|bazaar|parade|campaign\s+day|open\s+day|meeting|forum|assembly"
    r"|workshop|seminar|training|dialogue|consultation|hearing|launch|caravan)"
)
_ORGANISED_BY = re.compile(
    r"^(?:[A-Z][^.;]{0,40}?,\s+)?[Tt]he\s+(?P<np>(?:[\w'’-]+\s+){0,3}?(?P<head>"
    + _STORY_NOUN
    + r"))"
    r"\s+(?:was|were)\s+(?:jointly\s+)?(?:co-)?(?:organi[sz]ed|hosted|run|convened|put\s+on)"
    r"\s+(?:by|together|jointly|with)\b"
)
_DOCUMENT = re.compile(
    r"\b(?:report|minutes|record|narrative|proposal|statement|update|bulletin|newsletter|digest"
    r"|log|diary|notes|summary|proceedings)\b",
    re.I,
)
_KINDS = {
    "meeting": "meeting",
    "forum": "meeting",
    "assembly": "meeting",
    "dialogue": "meeting",
    "hearing": "meeting",
    "workshop": "workshop",
    "seminar": "seminar",
    "training": "training",
    "consultation": "consultation",
    "exhibition": "exhibition",
    "launch": "launch",
}


def lone_event(doc, sentences: list, anchored: dict) -> None:
    """A report that told no event yet, whose sentence "The vigil was organised by X" names its
    one event after the sentences that tell it: the event, dated, placed and counted by the
    report's first dated sentence before it, titled by the report's heading when it opens with
    one. `doc` is the report being read (events._Document)."""
    from atlas.extract import date_phrases, places
    from atlas.extract.event_specs import spec_from
    from atlas.extract.events import _FUTURE
    from atlas.extract.mentions import Mention

    if doc.events:
        return
    named = next(
        (
            (s, m)
            for s in sentences
            if s.kind == "text"
            and (m := _ORGANISED_BY.match(s.text))
            and not _FUTURE.search(s.text)
        ),
        None,
    )
    if named is None:
        return
    s, m = named
    # the story's lede: its first two sentences under one title line naming no document
    # ("Final Narrative Report to the Fund", "Minutes of the Open Assembly": a report of its own
    # kind, read by other rules)
    heading = sentences[0] if sentences and sentences[0].kind == "heading" else None
    if heading is None or _DOCUMENT.search(heading.text):
        return
    lede = [t for t in sentences[1 : s.index + 1] if t.kind != "heading"][:2]
    if any(t.kind == "heading" for t in sentences[1 : lede[0].index if lede else 1]):
        return
    body = next((t for t in lede if date_phrases.find(t.text, doc.years[t.index])), None)
    if body is None or _FUTURE.search(body.text):
        return
    head = m.group("head").lower()
    kind = _KINDS.get(head, "other")
    title = (
        heading.text.strip()
        if len(heading.text.split()) <= 14
        else m.group("np")[:1].upper() + m.group("np")[1:]
    )
    dates = date_phrases.find(body.text, doc.years[body.index])
    place = places.place_in_clause(body.text, kind)
    if place is None:
        # "A Night of Lights for Myanmar Workers in Ruili": the town the story's title gives
        place = places.place_in_clause(heading.text, kind)
    mention = Mention.told_by_verb(0, 0, head, kind, title)
    event = doc._event(body, mention, spec_from(dates[0], place, body.text, ""))
    event.draft.title = title
    index, event = doc._told_apart(event, s, body)
    anchored[index] = [event]


def host_of_its_day(events: list, text: str, mention, index: int):
    """The draft whose day a launch told by its verb with no date of its own took place on ("On
    the afternoon of the second day, at the same venue, the network launched its report ...",
    "On the first evening, the Collective launched its study ... in the same hall"): the event
    told last before it with a date to the day, as a host whose day and place it takes (the
    first day, unless the sentence names a later one). None for any other mention."""
    import copy

    from atlas.extract import date_phrases

    if mention.head != "launch" or date_phrases.find(text):
        return None
    before = text[: mention.np_start]
    if not (_DAY_TOLD.search(before) or _NTH_DAY.search(before)):
        return None
    told = [e for e in events if e.anchor < index and e.draft.date_precision == "day"]
    if not told:
        return None
    host = copy.copy(told[-1].draft)
    if not _NTH_DAY.search(before):
        host.end_date = None  # "On the first evening": the event's first day
    return host
