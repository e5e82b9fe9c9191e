"""The guard against formula injection (OWASP "CSV injection"): text a spreadsheet would run as a
formula gets a leading ', in Python for XLSX cells and as a DuckDB macro for CSV columns."""

from __future__ import annotations

# OWASP "CSV injection": a spreadsheet runs a cell that starts with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


# The same rule for DuckDB, created on the export's own cursor (a temporary macro, so it works on
# a read-only database too). Applied to text columns only: numbers, negative ones included, stay
# numbers.
CSV_SAFE_MACRO = (
    "CREATE OR REPLACE TEMP MACRO csv_safe(x) AS "
    "CASE WHEN left(x, 1) IN ('=', '+', '-', '@', chr(9), chr(13)) THEN '''' || x ELSE x END"
)


def neutralise(text: str) -> str:
    """A text a spreadsheet would run as a formula, made to show as text (OWASP CSV injection)."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text
