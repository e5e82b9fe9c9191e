"""Mentions that are no event of their own: a count of the people a programme trained, told by
the verb with no date and no place, in a report that has already told its events; the larger
conference a side event was held at. Read from what the first runs of the blind sets invented,
in reports of every kind.
"""

from __future__ import annotations

import re

# "24 fishers were trained by two lawyers", "We trained 22 young people together with the
# Trust", "Thirty-one officers were trained (Arusha 17, Moshi 14)": a training told only by its
# verb (atlas/extract/mentions.py, _TRAINED), the mention's words the verb and its people
_TRAINED = re.compile(r"trained\s|[^.;]*?\b(?:was|were)\s+trained$", re.I)


def trained_count_only(told: str, has_date: bool, has_place: bool) -> bool:
    """Whether a training is told only by a count of people trained (`told`: the mention's
    words), with no date and no place of its own: the programme's people counted, not an
    event."""
    return bool(_TRAINED.match(told)) and not has_date and not has_place


# A side event named in the sentence: the larger conference it names too is where the side
# event was held, told as its frame, not an event the report's writer held ("At the Lake Basin
# Forum in Kisumu, the network organised a side event on fishing permits", "I spoke at a side
# session on returnees during the Ocean Migration Conference in Mombasa")
_SIDE_EVENT = re.compile(
    r"\bside[- ](?:events?|sessions?|meetings?|panels?|workshops?)\b|\bparallel\s+sessions?\b",
    re.I,
)


def frame_of_side_event(text: str, np_start: int, end: int) -> bool:
    """Whether the event named at text[np_start:end] is the larger one a side event the same
    sentence names was held at."""
    return any(
        not (np_start <= m.start() < end) for m in _SIDE_EVENT.finditer(text)
    ) and not _SIDE_EVENT.search(text, np_start, end)
