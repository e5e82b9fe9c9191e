"""Events a sentence names as still to come, or names again only to tell how its date moved.
Read from what the first runs of the blind sets invented and today's extractor still made, in
grant reports, lessons-learned notes, minutes, e-mails and bulletins alike, where the plan
words nearer the event's noun (atlas/extract/events.py, not_held.py, not_events.py) do not
reach:

- what is still to come: an event "not held" and moved to the next period, one the body "will
  discuss" at a later meeting, a deadline to send things "for the exhibition", something "is
  expected to be" done, what "we propose", a note's advice in the imperative ("Plan the
  dialogue ...", "...; hold a second workshop in ..."), an e-mail's "next seminar";
- a change of schedule told of an event named before ("The forum was planned for July and took
  place one month later", "The forum was postponed from September to November"): the event told
  again, with the planned month as its date;
- a count of meetings over a span split into one draft each, when the report tells one of them
  on its own day (`drop_series_told_apart`).

And one wrong value of events found: a count that is one part of the whole its sentence gives
("The Lao delegation 8 persons and the Thai side 12 persons, totally 20 persons"), read as the
whole (`whole_of_parts`).
"""

from __future__ import annotations

import re

from atlas.dates import period_end

# Told as held in the sentence, not denied: "..., not held in 2023 because of the floods, was held
# on 4 May 2024" (never the "not held" itself)
_HELD = re.compile(
    r"(?<!\bnot\s)(?<!\bnever\s)\b(?:(?:was|were)\s+(?:finally\s+)?held|took\s+place|went\s+ahead)\b",
    re.I,
)

# After the event: "The two trainings that were not held in Kampong Cham are moved to the next
# period", "the meeting was not held and is carried over to the next quarter"
_NOT_HELD_AFTER = re.compile(
    r"\b(?:is|are|was|were)\s+not\s+(?:yet\s+)?(?:held|organi[sz]ed|conducted|carried\s+out)\b"
    r"|\b(?:moved|carried\s+over|postponed|shifted)\s+to\s+the\s+next\s+(?:reporting\s+)?"
    r"(?:period|quarter|semester|year|phase|month)\b",
    re.I,
)

# Before the event, in its own clause (no full stop between): the sentence's subject will take
# it up later ("the Platform will discuss a return visit ... at its general assembly in
# December"), a deadline ("Participants have until 15 May to send their photographs ... for the
# exhibition"), a proposal ("What we propose now builds on these results: a second border
# workshop ..."), a note's advice in the imperative ("Plan the agency dialogue in Tashkent from
# the start", "Continue to organise mobile consultation; hold a second exchange workshop in
# Takeo"), an e-mail's "Thank you & next seminar in Osaka"
_TO_COME_BEFORE = re.compile(
    r"\b(?:will|shall)\s+(?:also\s+|then\s+|now\s+)?(?:discuss|decide\s+on|consider|examine"
    r"|review|talk\s+about|prepare|plan)\b"
    r"|\b(?:have|has)\s+until\s+[^.;]{1,40}?\bto\s+(?:send|submit|return|register|apply|bring)\b"
    r"|\b(?:we|I|they)\s+(?:now\s+)?propose\b"
    r"|(?:^|[;:]\s*|^\s*[-•*]\s*)(?:Plan(?!\s+International\b)|Budget\s+for)\s",
    re.I | re.M,
)
# The same advice to hold one more ("Continue to organise mobile consultation; hold a second
# exchange workshop in Takeo"), never of the event told ("1. Hold the assembly on a Sunday":
# how to hold it next time, the assembly itself told before)
_DO_ONE_MORE = re.compile(
    r"(?:^|[;:]\s*|^\s*(?:[-•*]|\d+\.)\s*)(?:Hold|Organi[sz]e|Schedule|Repeat|Run)\s", re.I | re.M
)
# The next one, with no determiner, in a line of its own or after "&": an e-mail's subject
# "Thank you & next seminar in Osaka" (the determiners' "the next meeting" is events.py's)
_NEXT = re.compile(
    r"(?:^|[&:;]\s*|\band\s+)next\s+(?!(?:day|morning|afternoon|evening|night|week|weekend"
    r"|month|time|year)\b)(?:[\w'’-]+\s+){0,2}?[\w'’-]+$",
    re.I | re.M,
)

# Anywhere in the sentence, its only tense the future: "A video of the session, recorded by
# conference volunteers, is expected to be posted online in August"
_EXPECTED = re.compile(r"\b(?:is|are)\s+(?:expected|due)\s+to\s+be\b", re.I)

# A change of schedule told of an event named before, right after its noun: "The exchange under
# 3.2 was planned for October and took place a month later", "the forum was postponed from
# September to November"
_RESCHEDULED = re.compile(
    r"(?:\s+(?:under|of|in)\s+[^.;,]{1,30}?)?\s+(?:was|were|had\s+been)\s+"
    r"(?:(?:planned|scheduled|foreseen|due)\s+(?:for|in)\s+[^.;]{1,40}?\s+and\s+"
    r"(?:took\s+place|was\s+held|were\s+held|happened)\s+(?:a|one|two|three|four|some|\d+)\s+"
    r"(?:\w+\s+)?(?:later|earlier)\b"
    r"|(?:postponed|moved|delayed|pushed\s+back|brought\s+forward)\s+from\s+[^.;]{1,30}?\s+to\b)",
    re.I,
)


def still_to_come(
    text: str, np_start: int, end: int, hi: int | None = None, determiner: str = ""
) -> bool:
    """Whether the event named at text[np_start:end] is one the sentence tells as still to
    come: not held and moved on, to be discussed, a deadline's object, proposed, advised, or
    the next one (`hi`: where the next event named in the sentence begins; `determiner`: the
    mention's, "the" for one told before)."""
    stop = len(text) if hi is None else hi
    if _HELD.search(text):
        return False
    if _NOT_HELD_AFTER.search(text, end, stop):
        return True
    opens = None
    for m in _TO_COME_BEFORE.finditer(text, 0, np_start):
        opens = m
    if opens is not None and not re.search(r"[.!?]\s", text[opens.end() : np_start]):
        return True
    if determiner != "the":
        for m in _DO_ONE_MORE.finditer(text, 0, np_start):
            if not re.search(r"[.!?;]\s", text[m.end() : np_start]):
                return True
    if _NEXT.search(text, max(0, np_start - 40), end):
        return True
    return bool(_EXPECTED.search(text)) and not re.search(
        r"\b(?:held|organi[sz]ed|ran|hosted|conducted)\b", text, re.I
    )


def told_again_rescheduled(text: str, np_start: int, end: int, determiner: str) -> bool:
    """Whether a definite mention ("The forum ...") is told again only to say how its date
    moved: the planned month is no date of the event, told elsewhere."""
    # the event's kind alone ("The forum", "The exchange under 3.2"), never with its town or name
    # ("The Arua training was moved from June to August": the one line telling its town)
    named = re.search(r"\s[A-Z]", text[np_start:end])
    return determiner == "the" and not named and bool(_RESCHEDULED.match(text, end))


def _day_dated(d) -> bool:
    return d.start_date is not None and d.date_precision == "day"


def drop_series_told_apart(events: list) -> None:
    """A count of meetings over a span, split into one draft each ("During the reporting period,
    four pre-departure trainings were held from January to March 2025, reaching 212 prospective
    migrants", "Over the four months, nine dialogues in Saint-Louis, Mbour, Joal and Kayar
    reached 520 young people"), when the report tells one of that kind on its own, dated to the
    day ("The first, in Prey Veng on 14 January, ...", "The first dialogue ... on 22 March"):
    the count announces the one told, and the others are no events of their own. Each of the
    rest that holds no day of its own and no count of its own (only the series' total, which
    every one of them holds) is dropped. (atlas/extract/events.py `_drop_undated_of_series`
    keeps those a place or a shared total sets apart.)"""
    groups: dict[int, list] = {}
    for e in events:
        if e.group >= 0:
            groups.setdefault(e.group, []).append(e)
    for group in groups.values():
        if len(group) < 2:
            continue
        totals = {e.draft.participants_total for e in group}
        if len(totals) != 1:
            continue  # "three meetings, the first with 25 women, the second with 40": their own
        said = group[0].draft.evidence.get("participants_total", "")
        if re.search(r"\beach\b|\bper\s+(?:meeting|session|training|workshop)\b", said, re.I):
            continue  # "three trainings with 30 women each": each one's own count
        kind = group[0].draft.event_type
        country = group[0].draft.country_iso3
        first = group[0].draft
        lo = first.start_date
        hi = period_end(first.end_date or lo, first.date_precision) if lo else None
        told = any(
            _day_dated(e.draft)
            # within the series' span, when it has one ("In 2021 ... nine consultations" does not
            # announce one held in 2023)
            and (lo is None or lo <= e.draft.start_date <= hi)
            and e.draft.event_type == kind
            and (not country or not e.draft.country_iso3 or e.draft.country_iso3 == country)
            for e in events
        )
        if not told:
            continue
        for e in group:
            if not _day_dated(e.draft) and e in events:
                events.remove(e)


# A count and the parts it is the sum of, in the sentence that gave an event its count ("The Lao
# delegation 8 persons and the Thai side 12 persons, totally 20 persons", "The delegation of 15
# Lao returnee women together with 10 Thai volunteers of the host, totally 25 persons", "a
# delegation of 16, twelve survivors and four staff members"): a number of people (not a day,
# a year or a time).
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_PEOPLE_NUMBER = re.compile(
    r"(?<![\d.,:/-])(?<!"
    + "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec".replace("|", r"\s)(?<!")
    + r"\s)"
    r"\b(\d{1,4})\b(?![.,:/-]?\d)(?!\s+" + _MONTHS + r")(?!\s*(?:am|pm|h\b|hours?|days?|weeks?"
    r"|months?|years?|km|%|per\s+cent|percent))",
    re.I,
)


_WHOLE_BEFORE = re.compile(
    r"\b(?:totally|in\s+total|altogether|a\s+total\s+of|total\s*:?"
    r"|(?:delegation|group|team|party)\s+of)\s*$",
    re.I,
)


def whole_of_parts(drafts: list) -> None:
    """An event's count that is one part of a whole its sentence also gives (the whole the sum
    of two parts, one of them the count read) becomes the whole: the Lao delegation's 8 of the
    20 persons, the 12 survivors of a delegation of 16."""
    from atlas.extract import numbers  # the number words, as the counts are read

    for d in drafts:
        t = d.participants_total
        said = d.evidence.get("participants_total", "")
        if t is None or not said:
            continue
        text = numbers.digits(said)
        found = [m for m in _PEOPLE_NUMBER.finditer(text) if not 1900 <= int(m.group(1)) <= 2100]
        values = [int(m.group(1)) for m in found]
        if values.count(t) != 1:
            continue
        # the whole called so ("totally 20", "a delegation of 16,"), the sum of the count read
        # and another part (never the count twice: "32 pax x 2 days, 64 person-days"), never a
        # target's or a selection's figure ("Achieved: 74", "31 of the 35 selected")
        wholes = {
            w
            for m, w in zip(found, values, strict=True)
            if _WHOLE_BEFORE.search(text, 0, m.start())
            and any(w == t + other for other in values if other not in (w, t))
        }
        if len(wholes) == 1:
            d.participants_total = wholes.pop()


# A forum of the people of a place, told by who it is for ("held a public forum at the Sovanna
# Garden Hotel", "our community forum", "a binational forum on the protection of migrants"):
# their meeting, as the reports' own
# records keep it, not a conference of papers (read from the first runs, where such forums were
# drafted as conferences in nine sets). A regional, national or youth forum stays a conference.
_PEOPLES_FORUM = re.compile(
    r"\b(?:public|community|village|bi-?national|returnees?['’]?)\s+forums?\b", re.I
)


def forums_of_people(drafts: list) -> None:
    """A conference drafted from a forum its sentence calls public, community, village,
    binational or returnees' is a meeting (once the forum's sentences are merged, so
    that "The forum was attended by 94" stays with "a public forum")."""
    for d in drafts:
        if d.event_type != "conference" or not re.search(r"(?i)\bforums?\b", d.title or ""):
            continue
        told = d.evidence.get("event_type", "") + " " + d.evidence.get("title", "")
        if _PEOPLES_FORUM.search(told) or _PEOPLES_FORUM.search(d.title):
            d.event_type = "meeting"
