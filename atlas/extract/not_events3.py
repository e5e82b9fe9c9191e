"""Mentions that are no event of their own, read from what the first runs of the blind sets
invented and today's extractor still made, in minutes, annual reports, grant reports and blogs
alike, where the earlier rules (not_held.py, not_events.py, not_events2.py, parts_of_events.py)
do not reach:

- a later part of an event told before: what it "ended with" ("The course ended with a moot
  court on the last day", "The camp ended with a public hearing where ...") or what a later day
  "was" ("The second day, 12 May, was the network's internal meeting");
- a line of minutes that closes the meeting they record ("The chair closed the meeting", "The
  meeting closed at 5 pm on 19 July"): the meeting is the one the minutes tell, not one more;
- a further event a plan names after its first ("For 2026 the union plans a second camp, in
  Tanga, and a follow-up dialogue with the district", "The next meeting will be held in Arusha
  in May, back to back with the national consultation"): still to come like the first.
"""

from __future__ import annotations

import re

# What an event told before ended with, the event's noun right after ("which ended with a moot
# court on the last day"), or what a later day of it was ("The second day, 12 May, was the
# network's internal meeting"; never the first day, which may be the event told itself). Not
# what a span of time or work ended with ("The year ended with the provincial dialogue", "The
# series closed with a regional forum"): an event of its own
_LATER_PART = re.compile(
    r"(?<!\byear\s)(?<!\bproject\s)(?<!\bseries\s)(?<!\bprogramme\s)(?<!\bprogram\s)"
    r"(?<!\bcampaign\s)(?<!\bphase\s)(?<!\bgrant\s)(?<!\bseason\s)(?<!\bmonth\s)"
    r"\b(?:ended|closed|concluded|finished)\s+with\s+(?:an?\s+|the\s+)?$"
    r"|\bthe\s+(?:second|third|fourth|fifth|last|final|closing)\s+day"
    r"(?:\s*,\s*[^,.;]{1,25},)?\s+(?:was|were)\s+(?:an?\s+|the\s+)?[^.;,]{0,40}?$",
    re.I,
)
# A date to the day after the event's noun: one of its own ("ended with a closing conference in
# Kuala Lumpur on 20 and 21 August 2024")
_OWN_DAY = re.compile(
    r"\b\d{1,2}(?:\s*(?:-|–|and|to)\s*\d{1,2})?\s+(?:January|February|March|April|May|June|July"
    r"|August|September|October|November|December)\b|\b(?:January|February|March|April|May|June"
    r"|July|August|September|October|November|December)\s+\d{1,2}\b",
    re.I,
)

# Minutes closing the meeting they record: "The chair closed the meeting", "The meeting closed at
# 5 pm on 19 July", "the session was adjourned at 12.30". Not who opened it ("A survivor opened
# the meeting by telling her story"): a report may tell its meeting only so
_CLOSES = re.compile(r"\b(?:closed|adjourned)\s+(?:the\s+)?$", re.I)
_AT_CLOCK = re.compile(
    r"\s+(?:was\s+)?(?:opened|closed|adjourned|ended)\s+at\s+\d{1,2}(?:[.:h]\d{2})?"
    r"\s*(?:am|pm|a\.m\.|p\.m\.|h)?\b",
    re.I,
)

# A plan opening the sentence's clause: "the union plans a second camp, ...", "The next meeting
# will be held in Arusha ..."; the further event is joined to it ("and a follow-up dialogue",
# "back to back with the national consultation", "together with a ...")
_PLAN_OPENS = re.compile(
    r"\b(?:plans|is\s+planning|are\s+planning|will\s+be\s+held"
    r"|will\s+(?:hold|organi[sz]e|host|run))\b",
    re.I,
)
_JOINED = re.compile(
    r"(?:,?\s+and|\s+(?:back\s+to\s+back|together|along|jointly)\s+with|\s+alongside)\s+"
    r"(?:an?\s+|the\s+)?$",
    re.I,
)
_HELD = re.compile(
    r"\b(?:was|were|had\s+been)\s+(?:held|organi[sz]ed|conducted)\b|\btook\s+place\b"
    r"|(?<!\bbe\s)\bheld\s+(?:on|in)\b",
    re.I,
)


def later_part(text: str, np_start: int) -> bool:
    """Whether the event named from text[np_start] is what an event told before ended with, or
    what a later day of it was, with no day of its own after it."""
    return bool(_LATER_PART.search(text[:np_start])) and not _OWN_DAY.search(text, np_start)


def closes_minutes(text: str, np_start: int, end: int) -> bool:
    """Whether the meeting named at text[np_start:end] is the one a line of minutes closes."""
    named = text[np_start:end]
    if not re.search(r"\b(?:meeting|session)\b", named, re.I):
        return False
    return bool(_CLOSES.search(text[:np_start]) or _AT_CLOCK.match(text, end))


def planned_too(text: str, np_start: int) -> bool:
    """Whether the event named from text[np_start] is a further one joined to a plan the
    sentence opens before it (no full stop between, nothing told as held)."""
    before = text[:np_start]
    if _HELD.search(text) or not _JOINED.search(before):
        return False
    plan = None
    for m in _PLAN_OPENS.finditer(before):
        plan = m
    return plan is not None and not re.search(r"[.!?;]\s", before[plan.end() :])


def no_event_of_its_own(text: str, np_start: int, end: int) -> bool:
    """Whether the event named at text[np_start:end] is no event of its own: a later part of one
    told before, the meeting a line of minutes closes, or a further event of a plan."""
    return (
        later_part(text, np_start)
        or closes_minutes(text, np_start, end)
        or planned_too(text, np_start)
    )
