"""Which events a progress, six-monthly, annual or final report tells as held (issue 16: kinds of
text the first runs of three sets or more read as events).

- a section of the next period's plans whose title the plan titles of atlas/extract/events.py
  did not know: the title with its period in brackets ("5. Plans for next quarter (October to
  December 2025)", "D. Plan for next period (July to December 2025)", "6. Follow-up (planned)"),
  "Planned for next quarter", "Next trimester", "Next six months", "4. Next year plan", "Plan for
  fiscal year 2568", "Part 3. Plan for the first half of 2025", "What is next", "What comes
  next", "Outlook", a bare "Plans" or "Next", a slide deck's "Slide 9 - Plans 2025" or "Slide 8 -
  Next", and a final report's "Activities not implemented or postponed": what it names is a plan
  or was not held; not "Results against plans" nor "Deviations from the work plan" (they tell
  what was held).
- an event titled from its activity code: "Activity 1.2.3, paralegal training", "Activity 2.3:
  Business skills training in Hawassa", "(ii) Consultation with employers", "B. Activity-wise
  progress (i) Training of village health volunteers": the code, its label and the section
  title it was joined to are no part of the event's name ("Paralegal training").

This module imports nothing of the package at its top: `events` asks it.
"""

from __future__ import annotations

import re

# A section's number or letter: "5.", "D.", "IV.", "Part 3.", "3.4"
_NUMBER = (
    r"(?:Slide\s+\d{1,2}\s*[-–:.]\s*)?"
    r"(?:(?:Part|Section)\s+\d{1,2}\s*[.:]?\s*|(?:\d{1,2}(?:\.\d{1,2})*|[A-H]|[IVX]{1,4})[.)]?\s+)?"
)
_PERIOD = (
    r"(?:quarter|period|reporting\s+period|trimester|semester|half[- ]year|year|month"
    r"|(?:six|three|twelve)\s+months|phase)"
)
_PLAN_TITLE = re.compile(
    _NUMBER
    + r"(?:Planned\s+for\s+(?:the\s+)?(?:next|coming)\s+"
    + _PERIOD
    + r"|Next\s+"
    + _PERIOD
    + r"(?:\s+plans?)?"
    + r"|Plans?\s+for\s+(?:the\s+)?(?:next|coming)\s+"
    + _PERIOD
    + r"|Plans?\s+for\s+(?:the\s+)?(?:fiscal\s+year\s+\d{4}|(?:first|second)\s+half\s+of\s+\d{4})"
    r"|What\s+(?:is|comes)\s+next|What\s+next|Outlook|Plans?(?:\s+(?:19|20)\d\d)?|Next"
    r"|Activities\s+not\s+(?:implemented|carried\s+out|realised|realized|held)"
    r"(?:\s+or\s+(?:postponed|cancell?ed))?)"
    r"\s*:?",
    re.I,
)
# The period or a note in brackets after a title: "(October to December 2025)", "(planned)"
_BRACKETS = re.compile(r"\s*\([^()]{1,60}\)\s*:?\s*$")


def plan_title(line: str, known: re.Pattern[str]) -> bool:
    """Whether a section title opens the next period's plans or what was not held: one of
    `known` (the plan titles events.py reads) with its period in brackets, or one it did not
    know ("Planned for next quarter", "Next trimester", "Activities not implemented or
    postponed")."""
    line = line.strip()
    bare = _BRACKETS.sub("", line)
    if bare != line and known.fullmatch(bare):
        return True
    return _PLAN_TITLE.fullmatch(bare) is not None


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
