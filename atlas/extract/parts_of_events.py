"""Mentions that are no event of their own in a report that has already told its events: a
count of the people a programme trained, told by the verb with no date and no place. Read from
what the first runs of the blind sets invented, in reports of every kind.
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
