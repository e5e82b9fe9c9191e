"""Activity tables and logs read as form-like records, one per row; tables and lists of
participants by country read as the sentence a report would write.

Reports annex their activities as a Markdown table, a pipe-separated statement, a plain-text
table whose columns are aligned with spaces, or a log whose
cells are separated by "·" ("ACT-07 · Encounter of ... · 11-12/06/2022 · Changuinola, Panama ·
64 women (Panama 41, Costa Rica 23) · Result: ..."). Each row becomes a small record the rest
of the extractor reads as it reads a form: a heading ("Activity 2"), then "Activity: ...",
"Date: ...", "Place: ..." or "Venue: ...", "Participants: ..." and "Result: ..." lines, each
cell under the label its column's header gives. A log without a header is labelled cell by cell
by what the cell holds: a date, a count of people, a place, or the first words (the activity).
Empty cells ("-") are left out. Text that is no table is returned unchanged.
"""

from __future__ import annotations

import re

from atlas.extract import table_rows

# What a column's header says -> the label a form gives it.
_HEADER_LABELS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^(?:sl\.?|s\.?\s*no\.?|no\.?|#|n[°º]|ref\.?|id|code)$", re.I), ""),
    (re.compile(r"\b(?:activit|event|title|description|what)", re.I), "Activity"),
    (re.compile(r"\bdates?\b|\bdate\(s\)|\bwhen\b|\bperiod\b", re.I), "Date"),
    (re.compile(r"\bvenue\b", re.I), "Venue"),
    (re.compile(r"\b(?:place|location|where|city|town)", re.I), "Place"),
    (re.compile(r"\b(?:participants?|attend|people|no\.\s+of|number)", re.I), "Participants"),
    (
        re.compile(r"\b(?:results?|remarks?|outputs?|outcomes?|achievements?|comments?)", re.I),
        "Result",
    ),
]
_EMPTY = re.compile(r"^[\s\-–—/.]*$|^n/?a$", re.I)
_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_ROW_ID = re.compile(r"^(?:[A-Z]{1,6}[-‐ ]?\d{1,3}|\d{1,3})\.?$")
_COUNT = re.compile(
    r"^(?:(?:approx\.?|about|around|some|over|more than|c\.)\s+)?\d{1,3}(?:[,.]\d{3})*\+?"
    r"(?:\s+[a-z][\w'’ -]*)?(?:\s*\(.*\))?$",
    re.I,
)
_CALLED_OFF = re.compile(
    r"\b(?:postponed|cancell?ed|called\s+off|deferred|not\s+(?:yet\s+)?held|rescheduled)\b", re.I
)
# A calendar's column of status, for an item not held yet: "Planned", "Upcoming", "TBC".
_NOT_YET = re.compile(
    r"^(?:planned|upcoming|scheduled|forthcoming|to\s+come|tbc|to\s+be\s+confirmed|proposed)\b",
    re.I,
)
_LABELLED = re.compile(r"^[A-Z][\w'’()/-]*(?:\s+[\w'’()/-]+){0,3}\s*:\s+\S")


def _cells(line: str, sep: str) -> list[str]:
    line = line.strip()
    if sep == "|":
        line = line.strip("|")
    return [c.strip() for c in line.split(sep)]


def _separator(line: str) -> str | None:
    if line.count("|") >= 2:
        return "|"
    if line.count(" · ") >= 2:
        return "·"
    return None


_GAP = re.compile(r"\s{2,}|\t")


def _aligned_rows(lines: list[str], k: int) -> int:
    """Where a plain-text table whose columns are aligned with spaces ends, when one starts at
    line k: a header naming its columns ("Activity    Dates    Place    Participants", two spaces
    or a tab or more between them), then two or more rows with as many cells. k itself when no
    such table starts there."""
    head = [c for c in _GAP.split(lines[k].strip()) if c]
    if len(head) < 3 or _header(head) is None:
        return k
    run = k + 1
    while run < len(lines) and len([c for c in _GAP.split(lines[run].strip()) if c]) == len(head):
        run += 1
    return run if run - k >= 3 else k


def _write_records(out: list[str], records: list[list[str]]) -> bool:
    """A table's rows as records, each followed by a blank line, after a blank line; False (and
    nothing written) when no row made a record."""
    if not any(records):
        return False
    if out and out[-1].strip():
        out.append("")
    for record in records:
        if record:
            out.extend([*record, ""])
    return True


def _header(cells: list[str]) -> list[str] | None:
    """The labels of a header row, or None when the row is no header (it holds figures or
    words no column is named by)."""
    if any(re.search(r"\d{2}", c) for c in cells):
        return None
    labels = []
    known = 0
    for cell in cells:
        label = next((lab for pat, lab in _HEADER_LABELS if pat.search(cell)), None)
        known += label is not None
        labels.append("-" if label is None else label)
    return labels if known >= 2 and "Activity" in labels else None


def _guess(cell: str, taken: set[str]) -> str:
    """The label of a headerless log's cell, by what it holds."""
    from atlas.extract import date_phrases, places

    if _ROW_ID.match(cell):
        return ""
    if _LABELLED.match(cell):
        return "-"  # "Result: ..." keeps its own label
    if "Date" not in taken:
        found = date_phrases.find(cell)
        if found and sum(p.end - p.start for p in found) >= len(cell) * 0.5:
            return "Date"
    if "Participants" not in taken and _COUNT.match(cell):
        return "Participants"
    if "Activity" not in taken:
        return "Activity"
    if "Place" not in taken:
        starts = [0] + [m.end() for m in re.finditer(r",\s+", cell)]
        if any(places.place_at(cell, s) for s in starts):
            return "Place"
    return "-"


def _record(cells: list[str], labels: list[str] | None, number: int) -> list[str]:
    cells = table_rows.numbered_row(cells, labels)
    lines: list[str] = []
    taken: set[str] = set()
    name = f"Activity {number}"
    for k, cell in enumerate(cells):
        if _EMPTY.match(cell):
            continue
        if _CALLED_OFF.search(cell) or (
            labels and k < len(labels) and labels[k] == "-" and _NOT_YET.match(cell)
        ):
            return []  # "postponed to Q3": no event held; a column of status's "Planned"
        label = labels[k] if labels and k < len(labels) else _guess(cell, taken)
        if k > 0 and label == "" and not labels:
            label = "-"
        if label == "" and _ROW_ID.match(cell):
            name = f"Activity {cell.rstrip('.')}" if cell[:1].isdigit() else cell
            continue
        if label in ("", "-"):
            lines.append(cell if cell.endswith((".", "!", "?")) else cell + ".")
            continue
        taken.add(label)
        lines.append(f"{label}: {cell}")
    if not any(line.startswith("Activity: ") for line in lines):
        return []
    # a log with no header is a log only when a cell of its own is a date
    return [name, *lines] if labels or "Date" in taken else []


_COUNTRY_HEADER = re.compile(r"^(?:country|countries|nationality|country\s+of\s+origin)$", re.I)
_TOTAL_HEADER = re.compile(r"^(?:total|participants|persons|people|no\.?|number|n)$", re.I)
_TOTAL_ROW = re.compile(r"^(?:total|grand\s+total|all)$", re.I)
_TWO_COLUMN_HEAD = re.compile(
    r"^\s*(?:country|countries|nationality|country\s+of\s+origin)\s*\|\s*[A-Za-z][\w. ]*$", re.I
)


def _by_country(rows: list[list[str]]) -> str | None:
    """A table of participants by country ("| Country | Women | Men | Total |", a row per
    country and a total row) as the sentence a report would write: "Participants by country:
    Bolivia 16, Peru 9. Total: 25 participants." Only the column headed "Total" (or the table's
    one column of figures) counts people; None for any other table."""
    from atlas.extract import places

    header = rows[0]
    if not header or not _COUNTRY_HEADER.match(header[0]):
        return None
    totals = [i for i, c in enumerate(header) if i > 0 and _TOTAL_HEADER.match(c)]
    if len(header) == 2:
        totals = totals or [1]
    if len(totals) != 1:
        return None
    col = totals[0]
    listed: list[str] = []
    total = None
    for cells in rows[1:]:
        if len(cells) <= col or not re.fullmatch(r"\d{1,4}", cells[col]):
            return None
        if _TOTAL_ROW.match(cells[0]):
            total = cells[col]
        elif places.country(cells[0]):
            listed.append(f"{cells[0]} {cells[col]}")
        else:
            return None
    if len(listed) < 2:
        return None
    line = "Participants by country: " + ", ".join(listed) + "."
    return line + (f" Total: {total} participants." if total else "")


# A list of those present, one body a line with its country and count: "1. Union des
# Groupements de Zorgho (Burkina Faso) - 2 delegates"
_PRESENT_LINE = re.compile(
    r"^\s*(?:\d{1,2}[.)]|[-*•])\s+(?P<body>[^()\n]{3,120}?)\s*\((?P<country>[^()\n]{2,40})\)"
    r"\s*[-–—:,]\s*(?P<n>\d{1,3})\s+(?:delegates?|participants?|persons?|members?"
    r"|representatives?|people)\.?\s*$",
    re.I,
)


def _present_by_country(lines: list[str]) -> str | None:
    """A run of attendance lines as the sentence a report would write: "Participants by
    country: Burkina Faso 2, Mali 3." (each country's count summed over its bodies), or None
    when a line's country is no country."""
    from atlas.extract import places

    counts: dict[str, int] = {}
    for line in lines:
        m = _PRESENT_LINE.match(line)
        name = m.group("country").strip() if m else ""
        if not m or not places.country(name):
            return None
        counts[name] = counts.get(name, 0) + int(m.group("n"))
    return "Participants by country: " + ", ".join(f"{c} {n}" for c, n in counts.items()) + "."


def _blank_between_rows(lines: list[str], at: int, sep: str, first: int) -> bool:
    """Whether the blank line at `at` stands between two rows of one table ("Date | Place |
    Activity | Status", a blank line, "6 July 2024 | Ha Tinh | Orientation day ... | Held", a
    blank line, ...): the table's first row is a header, and the next line has its cells."""
    if lines[at].strip() or at + 1 >= len(lines) or _separator(lines[at + 1]) != sep:
        return False
    head = _cells(lines[first], sep)
    return _header(head) is not None and len(_cells(lines[at + 1], sep)) == len(head)


def as_forms(text: str) -> str:
    """`text` with each table or log it holds written as one form-like record per row."""
    lines = text.split("\n")
    out: list[str] = []
    k = 0
    count = 0
    changed = False
    while k < len(lines):
        sep = _separator(lines[k])
        run = k
        aligned = _aligned_rows(lines, k) if not sep else k
        if aligned > k:
            # "Activity   Dates   Place   Participants" over rows aligned with spaces
            rows = [[c for c in _GAP.split(line.strip()) if c] for line in lines[k:aligned]]
            labels = _header(rows[0])
            records = [_record(cells, labels, count + n) for n, cells in enumerate(rows[1:], 1)]
            count += len(rows) - 1
            if _write_records(out, records):
                changed = True
                k = aligned
                continue
        while run < len(lines) and sep:
            if _separator(lines[run]) == sep or _RULE.match(lines[run]):
                run += 1
            elif _blank_between_rows(lines, run, sep, k):
                run += 1  # a calendar's rows, a blank line between each
            else:
                break
        while run > k and not lines[run - 1].strip():
            run -= 1
        rows = (
            [_cells(line, sep) for line in lines[k:run] if line.strip() and not _RULE.match(line)]
            if sep
            else []
        )
        present = k
        while present < len(lines) and _PRESENT_LINE.match(lines[present]):
            present += 1
        listed = _present_by_country(lines[k:present]) if present - k >= 2 else None
        if listed:
            out.append(listed)
            changed = True
            k = present
            continue
        if not sep and _TWO_COLUMN_HEAD.match(lines[k]):
            # "Country | Participants" with no outer pipes: a two-column table has one bar a line
            run = k
            while run < len(lines) and (lines[run].count("|") == 1 or _RULE.match(lines[run])):
                run += 1
            rows = [_cells(line, "|") for line in lines[k:run] if not _RULE.match(line)]
            sep = "|" if len(rows) >= 3 else None
        by_country = _by_country(rows) if sep == "|" and len(rows) >= 3 else None
        if by_country:
            if out and out[-1].strip():
                out.append("")
            out.extend([by_country, ""])
            changed = True
            k = run
            continue
        if sep and (len(rows) >= 2 or (sep == "·" and rows)):
            labels = _header(rows[0])
            body = rows[1:] if labels else rows
            if labels is None and sep == "|" and len(rows) >= 2 and len(rows[0]) == len(rows[1]):
                body = rows  # a pipe table with no header: cells labelled by what they hold
            records = [_record(cells, labels, count + n) for n, cells in enumerate(body, start=1)]
            count += len(body)
            if _write_records(out, records):
                changed = True
                k = run
                continue
        out.append(lines[k])
        k += 1
    return "\n".join(out) if changed else text
