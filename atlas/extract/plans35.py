"""An event titled from its activity code (issue 16: a kind of text the first runs of three sets
or more read into event names): "Activity 1.2.3, paralegal training", "Activity 2.3: Business
skills training in Hawassa", "(ii) Consultation with employers", "B. Activity-wise progress (i)
Training of village health volunteers": the code, its label and the section title it was joined
to are no part of the event's name ("Paralegal training").

The round that wrote this module also taught atlas/extract/events.py the plans sections of
progress, annual and final reports ("5. Plans for next quarter (October to December 2025)",
"Next six months", "Outlook", "Activities not implemented or postponed"); they live in its one
list of plan titles, `_PLAN_SECTION`.

This module imports nothing of the package at its top: `events` asks it.
"""

from __future__ import annotations

import re

# An activity's code before its name: "Activity 1.2.3, ", "Activity 2.3: ", "Output 2 - ",
# "(ii) ", and a lettered or numbered section title joined before it ("B. Activity-wise progress
# (i) ")
_CODE = re.compile(
    r"^(?:(?:[A-H]|\d{1,2}|[IVX]{1,4})\.\s+[\w -]{0,40}?\s)?"
    r"(?:(?:Activity|Output|Result|Component)\s+\d{1,2}(?:\.\d{1,2}){0,3}\s*[,:.–-]\s*"
    r"|\((?:[ivx]{1,5}|[a-h]|\d{1,2})\)\s+)",
    re.I,
)


def drop_codes(drafts: list) -> None:
    """Titles without the activity code (and a section title joined before it) they were read
    with: "Activity 1.2.3, paralegal training" -> "Paralegal training"."""
    for d in drafts:
        m = _CODE.match(d.title or "")
        rest = d.title[m.end() :].strip() if m else ""
        if re.match(r"[A-Za-z]", rest):
            d.title = rest[0].upper() + rest[1:]
