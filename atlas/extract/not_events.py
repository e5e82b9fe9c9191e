"""Events a sentence names but the report does not tell as its own, or as held: one it says it
leaves out (not counted, not part of its work, organised by others and not reported), one
stopped or still unsettled (suspended, cancelled, asked for and not obtained, no decision
taken), and one a bulletin announces (save the date, register by, by invitation). Read from what
the first runs of the blind sets invented and today's extractor still made, in bulletins, notes
and grant reports alike: the words that say so stand after the event's noun, often at the end
of the sentence, where the plan words nearer the noun (atlas/extract/events.py, not_held.py) do
not reach.
"""

from __future__ import annotations

import re

# The report says the event is not its own: "the visit to Geneva in June was for an ILO meeting
# and is not part of this campaign", "The forum itself, which the network did not organise, ...
# is not reported here", "the forum does not count it as a conference and it is not listed
# below", "a regional meeting of another organization; the collective did not organize it",
# "Private consultations with six women after the workshop (individual support, not counted)",
# "that was a learning trip, not an action"
_LEFT_OUT = re.compile(
    r"\bnot\s+(?:a\s+)?part\s+of\s+(?:this|our|the)\s+(?:campaign|project|programme|program"
    r"|grant|report|work|action)\b"
    r"|\b(?:is|was|are|were)\s+not\s+(?:reported|listed|counted|included)\s+(?:here|below|above"
    r"|in\s+th(?:is|e)\s+(?:report|table|list))\b"
    r"|\b(?:does|do|did)\s+not\s+count\s+(?:it|them)\b"
    r"|\b(?:did|does|do)\s+not\s+(?:organi[sz]e|co-organi[sz]e|host)\s+(?:it|them)\b"
    r"|\bwhich\s+(?:the\s+|our\s+)?(?:[\w'’-]+\s+){0,2}?(?:did|does)\s+not\s+(?:organi[sz]e|host)\b"
    r"|[(,]\s*(?:[\w'’-]+\s+){0,3}?not\s+counted\s*\)"
    r"|,\s*not\s+an?\s+(?:action|activity)\b",
    re.I,
)
# Stopped or not settled: "The caravan of information ..., foreseen in April, was suspended", "A
# meeting with the Consulate was solicited but not yet obtained", "invited the network to send
# speakers to a regional meeting ..., but no decision has been taken", "was cancelled"
_STOPPED = re.compile(
    r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:suspended|cancell?ed|called\s+off"
    r"|abandoned)\b"
    r"|\b(?:solicited|requested|asked\s+for)\s+but\s+not\b"
    r"|\bnot\s+(?:yet\s+)?obtained\b"
    r"|\bno\s+decision\s+(?:has|have|had)\s+(?:yet\s+)?been\s+(?:taken|made)\b",
    re.I,
)
# A bulletin's announcement: "Mekong regional members' meeting in Savannakhet, 14-15 May (please
# register by 15 April)", "Network annual meeting in Nagasaki, 20 January 2025 (by invitation)";
# the line's opening: "Save the date: forum on women's migration in Muang Xay, 21 November"
_ANNOUNCED_AFTER = re.compile(
    r"\(\s*(?:please\s+)?(?:register|registration|sign\s+up|apply)\b[^)]*\)"
    r"|\(\s*by\s+invitation(?:\s+only)?\s*\)",
    re.I,
)
_ANNOUNCED_BEFORE = re.compile(r"\bsave\s+the\s+date\s*[:!-]", re.I)
# ... unless the sentence tells it held: "The training, postponed once, was held on 4 May"
_HELD = re.compile(r"\b(?:was|were)\s+held\b|\btook\s+place\b|\bwent\s+ahead\b", re.I)


def not_an_event(text: str, np_start: int, end: int, hi: int | None = None) -> bool:
    """Whether the event named at text[np_start:end] is one the sentence says the report leaves
    out, was stopped or never settled, or is only announced (`hi`: where the next event named
    in the sentence begins; the words after the event are read up to it, those the report
    leaves out to the sentence's end, since they close it: "...; we did not organise it")."""
    stop = len(text) if hi is None else hi
    if _LEFT_OUT.search(text, end):
        return not _HELD.search(text, 0, np_start) and not re.search(
            r"\b(?:we|the\s+\w+)\s+(?:\w+\s+)?(?:held|organi[sz]ed|ran|hosted)\b",
            text[:np_start],
            re.I,
        )
    if _HELD.search(text):
        return False
    return bool(
        _STOPPED.search(text, end, stop)
        or _ANNOUNCED_AFTER.search(text, end, stop)
        or _ANNOUNCED_BEFORE.search(text, 0, np_start)
    )


# A part of an event told before: its morning or afternoon, or what began its day ("A study visit to two cooperatives on the second
# afternoon was the highlight", "In the afternoon of day 1 the team gave a practical workshop",
# "The second day began with a visit to the fishing harbour") or how it ended ("the course ...
# ended with a moot hearing on the last day", "A larger camp ... ended with a public hearing").
# Never "On the second day, participants went on a field visit to the School" alone: some
# reports record such a visit as an event of its own, some do not; nor a day with a date of its
# own.
_DAY_PART = (
    r"(?:on|during|in)\s+the\s+(?:first|second|third|fourth|last|final|closing|opening)\s+"
    r"(?:morning|afternoon|evening)\b(?!\s+of\b)"
    r"|in\s+the\s+(?:morning|afternoon|evening)\s+of\s+day\s+\d+\b"
)
_PART_BEFORE = re.compile(
    r"(?:^|[.;:]\s+)(?:" + _DAY_PART + r")"
    r"|\b(?:the\s+)?(?:first|second|third|last|final)\s+day\s+(?:began|opened|started|ended|closed)"
    r"\s+with\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?$"
    r"|\bended\s+with\s+(?:an?\s+)(?:[\w'’-]+\s+){0,3}?$",
    re.I,
)
_PART_AFTER = re.compile(r"[^.;]{0,60}?\b(?:" + _DAY_PART + r")", re.I)
_OWN_DATE = re.compile(
    r"\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\b|\b(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\s+\d{1,2}\b",
    re.I,
)


def part_of_event(text: str, np_start: int, end: int) -> bool:
    """Whether the event named at text[np_start:end] is a part of one told before: the
    sentence sets it on a day, morning or afternoon of that event, or as how it ended, and
    gives it no date of its own."""
    if _OWN_DATE.search(text):
        return False
    before = text[:np_start]
    # the day told after the event's noun only when the noun opens the sentence ("A study visit
    # ... on the second afternoon"), not of an object ("... we visited the farm on the last day")
    opens = re.fullmatch(r"\s*(?:(?:an?|the)\s+)?", before, re.I)
    return bool(_PART_BEFORE.search(before) or (opens and _PART_AFTER.match(text, end)))
