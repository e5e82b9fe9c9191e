"""Which of a sentence's counts of people is the count of those who came. Read from the first
runs' wrong counts across the blind sets: a sentence often first counts a part of those there
(those who spoke, gave testimony or travelled from one place, the staff who went) and then the
whole ("Six women gave testimony, and more than 120 persons listened", "27 fishers and 9 family
members attended (36 in all)", "40 members of our union travelled by bus; the march gathered more
than 2,000 people"). The first count was taken; the whole, told as such, is the event's count.
"""

from __future__ import annotations

import re

from atlas.extract import numbers
from atlas.extract.numbers import Count

# Words after a count that tell it is everyone there: "36 in all", "120 persons listened",
# "about 70 people attended", "130 participants" after "with"
_WHOLE_AFTER = re.compile(
    r"\s*\)?\s*(?:(?:people|persons|participants|attendees|in\s+all|in\s+total|altogether)\b"
    r"[^.;:]{0,12}?)?\b(?:in\s+all|in\s+total|altogether|attended|listened|were\s+present"
    r"|took\s+part|participated|came|joined)\b"
    r"|\s+(?:people|persons|participants|attendees)\b(?!\s+from\b)",
    re.I,
)
_WHOLE_BEFORE = re.compile(
    r"\b(?:in\s+all|a\s+total\s+of|total(?:\s+of)?|gathered|drew|attracted|attended\s+by"
    r"|with|listened\s+to\s+by)\s+(?:(?:more\s+than|over|about|around|some|nearly|at\s+least)\s+)?$",
    re.I,
)
# The whole is told after the part it counts, in its own clause: after ";", ", and", ":" or a
# bracket ("... gave testimony; around 70 people attended", "... received us: 43 women in all")
_NEW_CLAUSE = re.compile(
    r"[;:(]|,\s+(?:and|while|with)\b|,\s+total\b|\band\s+(?:more\s+than|over|about|around)\b"
)


def _whole(text: str, c: Count) -> bool:
    """Whether the count at `c` is told as everyone there."""
    return bool(
        re.search(r"\bin\s+(?:all|total)\b", text[c.start : c.end])  # "36 in all"
        or _WHOLE_AFTER.match(text, c.end)
        or _WHOLE_BEFORE.search(text[max(0, c.start - 30) : c.start])
    )


def whole_count(counts: list[Count], text: str) -> Count:
    """The count of those who came among a sentence's counts (`counts`, left to right, read in
    `text`): the first, unless a later and larger one is told as the whole, in a clause of its
    own after the first, and the first is not."""
    first = counts[0]
    if len(counts) < 2 or _whole(text, first):
        return first
    for c in counts[1:]:
        if (
            c.value > first.value
            and _NEW_CLAUSE.search(text, first.end, c.start)
            and _whole(text, c)
        ):
            return c
    return first


# A body's size, not those who came: "the association, which has 57 registered members", "a
# network of farmers' groups was founded with 35 founding members", "launched with 11 radio
# stations as founding members" (never "The delegation had 13 members": those who went)
_BODY_SIZE = re.compile(
    r"\b(?:founding|registered|paying|paid-up|card-carrying|card-holding)\s+members\b", re.I
)


# A count of those expected, planned or who will go, not of those who came: "Expected
# participants: 50 young farmers", "Participants expected: 30 women", "Planned: 25
# participants", "Target: 40 fishers", "Three delegates will take the statement to Nairobi"
_NOT_YET_COME = re.compile(
    r"^\s*(?:(?:expected|planned|targeted|target|foreseen|invited)\s+(?:participants|attendance"
    r"|number\s+of\s+participants)|(?:participants|attendance)\s+(?:expected|planned|targeted)"
    r"|expected|planned|target|foreseen)\s*:\s*(?:(?:about|around|some|up\s+to)\s+)?$",
    re.I,
)
_WILL = re.compile(r"\s+(?:will|would|shall|are\s+to|is\s+to)\s", re.I)


def people_counts(text: str) -> list[Count]:
    """The counts of people in digit-form text (numbers.totals), without the counts of a body's
    members that tell its size and the counts of people expected or who will go."""
    return [
        c
        for c in numbers.totals(text)
        if not _BODY_SIZE.search(text, c.start, c.end)
        and not _NOT_YET_COME.match(text[: c.start])
        and not _WILL.match(text, c.end)
    ]
