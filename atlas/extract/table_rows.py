"""An activity table's rows that tell their number with the activity (issue 16, events the first
runs missed whole in the final reports and updates of three blind sets and more): the number is
set apart so that the row's cells keep the labels of their columns.
"""

from __future__ import annotations

import re

# "A2. Workshop on wage deductions", "1. Psychosocial support camp", "3) Training of ...": the
# row's number or code at the head of its activity cell.
_NUMBER_IN_CELL = re.compile(
    r"^(?P<id>(?:[A-Z]{1,3}[-‐ ]?\d{1,3}(?:\.\d{1,2})?|\d{1,3})[.)])\s+(?=[A-Z])"
)
# a cell that is only a row's number: "1", "A2", "2."
_NUMBER_ALONE = re.compile(r"^(?:[A-Z]{1,6}[-‐ ]?\d{1,3}|\d{1,3})\.?$")


def numbered_row(cells: list[str], labels: list[str] | None) -> list[str]:
    """The cells of a table's row with its number apart: a row one cell longer than its header
    whose first cell is only a number ("1 | Legal awareness camp | 12 Jan | ..." under "Activity
    | Date | Place | ...") loses that cell, so its activity falls under "Activity"; an activity
    cell that opens with the row's number ("A2. Workshop on wage deductions | 14 September 2023 |
    ...") keeps the activity only, as does a headerless log's first cell."""
    if labels and len(cells) == len(labels) + 1 and _NUMBER_ALONE.match(cells[0].strip()):
        cells = cells[1:]
    # a log with no header: the activity is its first cell ("1. Psychosocial support camp |
    # 14-18 November 2022 | Masaka, ...")
    k = labels.index("Activity") if labels and "Activity" in labels else 0 if not labels else -1
    if 0 <= k < len(cells):
        cells = [*cells[:k], _NUMBER_IN_CELL.sub("", cells[k].strip()), *cells[k + 1 :]]
    return cells
