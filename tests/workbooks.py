"""Excel workbooks in tests: made from rows, and read back, one way for every test.

data = workbook({"Events": [header, row]})      # .xlsx bytes, one sheet per entry, in order
book = open_workbook(path_or_bytes)              # openpyxl's Workbook, cells as stored
manifest_of(book)                                # an export's `manifest` sheet as a dict
"""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl


def workbook(sheets: dict[str, list[list]]) -> bytes:
    """An .xlsx file holding `sheets` (title -> rows, each row a list of cell values)."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def open_workbook(source: Path | bytes) -> openpyxl.Workbook:
    """The workbook in a file or in bytes, as stored: formulas as formulas, dates as dates."""
    return openpyxl.load_workbook(io.BytesIO(source) if isinstance(source, bytes) else source)


def manifest_of(book: openpyxl.Workbook) -> dict:
    """The `manifest` sheet of an export: the first column's names with the second's values."""
    return {
        row[0].value: row[1].value for row in book["manifest"].iter_rows() if row and row[0].value
    }
