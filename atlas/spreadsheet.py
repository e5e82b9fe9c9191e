"""Reading a partner's spreadsheet (CSV or XLSX) into a header and rows, and writing the empty
template of a table. No validation happens here beyond "is this a table at all": the cells are
handed to atlas.ingest as they are, with the row numbers a person sees in the spreadsheet (the
header is row 1).

How the text encoding of a CSV file is decided, in this order (never by guessing statistically):
1. a byte-order mark: UTF-8 with BOM, UTF-16 (LE or BE); UTF-32 is refused;
2. otherwise NUL bytes mean UTF-16 without a BOM or a binary file: refused;
3. otherwise the bytes are decoded as strict UTF-8;
4. otherwise, when they are plausible Western European text, as Latin-1 (Windows-1252 when the
   bytes 0x80-0x9F, its curly quotes and dashes, occur). Plausible means: no control bytes, and
   no run of four or more non-ASCII bytes in a row, which Latin-1 text (accented letters between
   plain ones) does not have but Thai, Chinese or Japanese text in a legacy encoding does;
5. anything else is refused with a message saying to save the file as "CSV UTF-8".
A file whose rows mix encodings (some rows UTF-8, others Latin-1) is refused naming the first
row that is not UTF-8, never read whole as Latin-1 (which would write "CafÃ©"). Every encoding
refusal names its row. The encoding used is reported in the preview so a person can check the
accents.

Bounds, checked before the work grows (a file within them peaks well under 500 MB of memory,
measured with bench/import_bounds.py): the file's size (ATLAS_IMPORT_MAX_MB, default 50); an
.xlsx's expanded size (the sum of its parts unzipped, MAX_EXPANDED_MB, so a zip bomb is refused
from its directory before anything is inflated) and its number of parts; MAX_COLUMNS columns
per row; MAX_CELL_CHARS characters per cell (Excel's own limit), refused naming the row and
column; MAX_CELLS non-empty cells in all.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import os
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree.ElementTree import ParseError

import openpyxl
from openpyxl.utils.exceptions import InvalidFileException

from atlas.i18n import M_, MN_
from atlas.validation import Problem

DEFAULT_MAX_MB = 50
MAX_EXPANDED_MB = 100  # an .xlsx unzipped: every part together
MAX_PARTS = 1000  # files inside an .xlsx
MAX_COLUMNS = 1000  # a table of this app has at most 15; the rest is room for notes columns
MAX_CELL_CHARS = 32767  # Excel's limit for one cell
MAX_CELLS = 1_000_000  # non-empty cells in one file (2M short cells peaked at 478 MB while read)
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls and password-protected workbooks
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_HIGH_RUN = re.compile(rb"[\x80-\xff]{4,}")
DAMAGED = M_(
    "The Excel file is damaged or incomplete: it cannot be read as a workbook. "
    "Save it again from Excel (or download it again) and upload the new file."
)


class FileRefused(Exception):
    """The file cannot be read as one table; the message says why in the user's words (an
    atlas.i18n Message: English as a str, said in the page's language on screen).
    `sheets` lists the workbook's sheets when the refusal is "choose a sheet"."""

    def __init__(self, message: str, *, sheets: list[str] | None = None):
        super().__init__(message)
        self.message = message
        self.sheets = sheets or []


@dataclass
class Sheet:
    """One table read from a file: its header and its non-empty rows."""

    file_name: str
    described: str  # "CSV, UTF-8, comma-separated" or "Excel sheet 'Events'"
    header: list[str]
    rows: list[tuple[int, list[object]]]  # (row number as the spreadsheet shows it, cells)
    problems: list[Problem] = field(default_factory=list)  # cells that could not be read
    notes: list[str] = field(default_factory=list)


# What openpyxl raises for a damaged or not-really-xlsx file: each is refused as DAMAGED.
UNREADABLE_XLSX = (
    zipfile.BadZipFile,
    zlib.error,
    KeyError,
    OSError,
    EOFError,
    ValueError,
    ParseError,
    InvalidFileException,
)


def max_mb() -> float:
    """The import size limit in megabytes: $ATLAS_IMPORT_MAX_MB, default 50."""
    try:
        mb = float(os.environ.get("ATLAS_IMPORT_MAX_MB") or DEFAULT_MAX_MB)
    except ValueError:
        return DEFAULT_MAX_MB
    return mb if mb > 0 else DEFAULT_MAX_MB


def max_bytes() -> int:
    return int(max_mb() * 1024 * 1024)


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return M_("{size} MB", size=round(n / 1024 / 1024, 1))
    return M_("{size} KB", size=round(n / 1024, 1))


def check_size(size: int) -> None:
    """Refuse a file over the limit before any of it is parsed."""
    if size > max_bytes():
        raise FileRefused(
            M_(
                "The file is {size}, over the import limit of {limit} MB. "
                "Split it into smaller files (or ask for ATLAS_IMPORT_MAX_MB to be raised).",
                size=_size(size),
                limit=max_mb(),
            )
        )


def read_path(path: Path | str, *, sheet: str | None = None) -> Sheet:
    """Read a file from disk, checking its size before reading it."""
    path = Path(path)
    check_size(path.stat().st_size)
    return read_bytes(path.read_bytes(), path.name, sheet=sheet)


def read_bytes(data: bytes, file_name: str, *, sheet: str | None = None) -> Sheet:
    """Read an uploaded file. The format is told by its content, not its name."""
    check_size(len(data))
    if not data.strip():
        raise FileRefused(M_("The file is empty."))
    if data.startswith(_ZIP):
        return _read_xlsx(data, file_name, sheet)
    if data.startswith(_OLE):
        raise FileRefused(
            M_(
                "This is an old-style .xls workbook or a password-protected one. "
                "Save it as .xlsx (without a password) or as CSV UTF-8, and upload that."
            )
        )
    text, encoding = decode(data)
    return _read_csv(text, file_name, encoding)


def sheet_names(data: bytes) -> list[str]:
    """The worksheets of an .xlsx file, in order; [] for any other file."""
    if not data.startswith(_ZIP):
        return []
    check_expanded(data)
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    except UNREADABLE_XLSX:
        raise FileRefused(DAMAGED) from None
    try:
        return [ws.title for ws in book.worksheets]
    finally:
        book.close()


def _row_of(data: bytes, offset: int) -> int:
    """The spreadsheet row (1 = header) holding byte `offset`: lines counted as a CSV reader
    would, so a quoted cell spanning lines is one row."""
    head = data[:offset].decode("latin-1")
    start = head.rfind("\n") + 1
    rows = sum(1 for _ in csv.reader(io.StringIO(head[:start], newline=""))) if start else 0
    return rows + 1


def decode(data: bytes) -> tuple[str, str]:
    """The text of a CSV file and the name of the encoding it was read with (see module doc)."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        raise FileRefused(
            M_("The file is UTF-32 text, which is not supported. Save it as CSV UTF-8.")
        )
    boms = (
        (codecs.BOM_UTF8, "utf-8-sig", "UTF-8 with BOM"),
        (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
        (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
    )
    for bom, codec, label in boms:
        if data.startswith(bom):
            try:
                return data.decode(codec), label
            except UnicodeDecodeError as err:
                if codec == "utf-16":  # count rows in the text that did decode
                    good = data[: err.start - (err.start % 2)].decode("utf-16", errors="replace")
                    row = (
                        sum(
                            1
                            for _ in csv.reader(
                                io.StringIO(good[: good.rfind("\n") + 1], newline="")
                            )
                        )
                        + 1
                    )
                else:
                    row = _row_of(data, err.start)
                raise FileRefused(
                    M_(
                        "Row {row} is not {encoding} text (byte {byte} of the file), though the "
                        "file starts as that: it may be damaged or mix encodings. Save it again "
                        "as CSV UTF-8.",
                        row=str(row),
                        encoding=label,
                        byte=err.start,
                    )
                ) from None
    if b"\x00" in data:
        row = _row_of(data, data.index(b"\x00"))
        raise FileRefused(
            M_(
                "Row {row} contains a NUL byte: the file is UTF-16 text without a byte-order "
                "mark, or not a text file at all. Save it as CSV UTF-8 (or .xlsx) and upload that.",
                row=str(row),
            )
        )
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError as err:
        first_bad = err.start
    if _has_utf8_rows(data):
        raise FileRefused(
            M_(
                "Row {row} is not UTF-8 text while other rows are: the file mixes encodings (for "
                "example rows pasted from another file). Nothing was read; save the whole file as "
                "'CSV UTF-8' and upload it again.",
                row=str(_row_of(data, first_bad)),
            )
        )
    implausible = _CONTROL_BYTES.search(data) or _HIGH_RUN.search(data)
    if not implausible:
        if re.search(rb"[\x80-\x9f]", data):
            try:
                return data.decode("cp1252"), "Latin-1 (Windows-1252)"
            except UnicodeDecodeError:
                pass
        else:
            return data.decode("latin-1"), "Latin-1"
    where = implausible.start() if implausible else first_bad
    raise FileRefused(
        M_(
            "Row {row} is not UTF-8, UTF-16 or Latin-1 text (the file may be in another encoding, "
            "such as Thai TIS-620 or Shift-JIS). Save it as 'CSV UTF-8' and upload it again.",
            row=str(_row_of(data, where)),
        )
    )


def _has_utf8_rows(data: bytes) -> bool:
    """True when some line holds non-ASCII text that is valid UTF-8 (while the file as a whole is
    not): a Latin-1 or legacy-encoded line almost never decodes as UTF-8 by chance."""
    for line in data.split(b"\n"):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            continue
        return True
    return False


def _delimiter(text: str) -> str:
    first = text.split("\n", 1)[0]
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def _read_csv(text: str, file_name: str, encoding: str) -> Sheet:
    if not text.strip():
        raise FileRefused(M_("The file is empty."))
    delimiter = _delimiter(text)
    csv.field_size_limit(
        max(csv.field_size_limit(), max_bytes() + 1)
    )  # cells are measured below, by column
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[list[str]] = []
    bounds = _Bounds()
    try:
        for record in reader:
            records.append(record)
            bounds.check(len(records), record)
    except csv.Error as err:
        raise FileRefused(
            M_(
                "Row {row}: the file is not valid CSV there ({reason}).",
                row=str(len(records) + 1),
                reason=str(err),  # the csv module's words
            )
        ) from None
    described = {
        ",": M_("CSV, {encoding}, comma-separated", encoding=encoding),
        ";": M_("CSV, {encoding}, semicolon-separated", encoding=encoding),
        "\t": M_("CSV, {encoding}, tab-separated", encoding=encoding),
    }[delimiter]
    return _sheet(file_name, described, records)


class _Bounds:
    """Columns per row, characters per cell and cells in all, checked row by row as a file is
    read, so a refusal comes before the rest of the file is taken in."""

    def __init__(self) -> None:
        self.header: list[object] | None = None
        self.cells = 0

    def check(self, number: int, cells: list[object]) -> None:
        width = len(cells)
        while width and not _filled(cells[width - 1]):
            width -= 1
        if width > MAX_COLUMNS:
            raise FileRefused(
                M_(
                    "Row {row} has {n} columns; at most {most} are read. "
                    "Remove the extra columns and upload the file again.",
                    row=str(number),
                    n=width,
                    most=MAX_COLUMNS,
                )
            )
        if self.header is None and width:
            self.header = list(cells[:width])
        for c, cell in enumerate(cells[:width]):
            if isinstance(cell, str) and len(cell) > MAX_CELL_CHARS:
                raise FileRefused(
                    M_(
                        "Row {row}, column {column}: the cell holds {n} characters; a cell holds "
                        "at most {most} (Excel's limit). Shorten it and upload the file again.",
                        row=str(number),
                        column=self._column(c),
                        n=len(cell),
                        most=MAX_CELL_CHARS,
                    )
                )
            if _filled(cell):
                self.cells += 1
        if self.cells > MAX_CELLS:
            raise FileRefused(
                M_(
                    "The file holds more than {most} filled cells (reached at row {row}). "
                    "Split it into smaller files.",
                    most=MAX_CELLS,
                    row=str(number),
                )
            )

    def _column(self, c: int) -> str:
        name = self.header[c] if self.header is not None and c < len(self.header) else None
        if isinstance(name, str) and name.strip() and len(name) <= 60:
            return name.strip()
        return column_number(c)


def column_number(c: int) -> str:
    """A column without a name in the header, by its place (c counts from 0): "number 3"."""
    return M_("number {n}", n=str(c + 1))


def _sheet(
    file_name: str,
    described: str,
    records: list[list[object]],
    problems: list[Problem] | None = None,
    notes: list[str] | None = None,
) -> Sheet:
    """Header = the first non-empty row; rows = the non-empty rows after it, numbered as shown."""
    numbered = [
        (n, cells) for n, cells in enumerate(records, start=1) if any(_filled(c) for c in cells)
    ]
    if not numbered:
        raise FileRefused(M_("The file has no header and no rows."))
    header_at, header_cells = numbered[0]
    while header_cells and not _filled(header_cells[-1]):
        header_cells = header_cells[:-1]
    header = [str(c).strip() if c is not None else "" for c in header_cells]
    rows = numbered[1:]
    if not rows:
        raise FileRefused(M_("The file has a header but no rows: there is nothing to import."))
    skipped = sum(
        1
        for n, cells in enumerate(records, start=1)
        if n > header_at and not any(_filled(c) for c in cells)
    )
    sheet = Sheet(file_name, described, header, rows, problems or [], notes or [])
    if skipped:
        sheet.notes.append(MN_("{n} empty row skipped.", "{n} empty rows skipped.", skipped))
    return sheet


def _filled(cell: object) -> bool:
    return cell is not None and not (isinstance(cell, str) and not cell.strip())


def check_expanded(data: bytes) -> None:
    """Refuse an .xlsx whose parts, unzipped, would exceed MAX_EXPANDED_MB (a zip bomb), from the
    zip's directory, before anything is inflated. Python's zipfile never inflates a part past the
    size its directory states, so the stated sizes bound the work."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError):
        raise FileRefused(DAMAGED) from None
    if len(parts) > MAX_PARTS:
        raise FileRefused(
            M_(
                "The workbook is made of {n} parts; a workbook this app reads has at most {most}. "
                "Save it again from Excel, or save the sheet as CSV UTF-8.",
                n=len(parts),
                most=MAX_PARTS,
            )
        )
    expanded = sum(p.file_size for p in parts)
    if expanded > MAX_EXPANDED_MB * 1024 * 1024:
        raise FileRefused(
            M_(
                "The workbook unpacks to {size} ({packed} packed), over the limit of {limit} MB "
                "unpacked. Split it into smaller files or save the sheet as CSV UTF-8.",
                size=_size(expanded),
                packed=_size(len(data)),
                limit=MAX_EXPANDED_MB,
            )
        )


def _read_xlsx(data: bytes, file_name: str, sheet: str | None) -> Sheet:
    """Cell values as Excel last saved them. A formula cell's saved result is used; one saved
    without a result (written by a program, never opened in Excel) is reported, not guessed."""
    check_expanded(data)
    records, formulas, title = _xlsx_cells(data, sheet, data_only=False)
    problems: list[Problem] = []
    notes: list[str] = []
    if formulas:
        values, _, _ = _xlsx_cells(data, title, data_only=True)
        header = records[0] if records else []
        for r, c in formulas:
            saved = values[r][c] if r < len(values) and c < len(values[r]) else None
            records[r][c] = saved
            if saved is None:
                column = str(header[c]) if c < len(header) and header[c] else column_number(c)
                problems.append(
                    Problem(
                        M_("Row {n}", n=str(r + 1)),
                        column,
                        M_(
                            "holds a formula with no saved result; open the file in Excel, save "
                            "it, and import it again"
                        ),
                    )
                )
        notes.append(
            MN_(
                "{n} cell holds a formula; its saved result is imported.",
                "{n} cells hold formulas; their saved results are imported.",
                len(formulas),
            )
        )
    return _sheet(file_name, M_("Excel sheet '{sheet}'", sheet=title), records, problems, notes)


def _xlsx_cells(
    data: bytes, sheet: str | None, *, data_only: bool
) -> tuple[list[list[object]], list[tuple[int, int]], str]:
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=data_only)
    except UNREADABLE_XLSX:
        raise FileRefused(DAMAGED) from None
    try:
        names = [ws.title for ws in book.worksheets]
        if sheet is None:
            if len(names) != 1:
                listed = ", ".join(repr(n) for n in names)
                raise FileRefused(
                    MN_(
                        "The workbook has {n} sheet ({sheets}). Choose the one to import.",
                        "The workbook has {n} sheets ({sheets}). Choose the one to import.",
                        len(names),
                        sheets=listed,
                    ),
                    sheets=names,
                )
            sheet = names[0]
        if sheet not in names:
            raise FileRefused(
                M_(
                    "The workbook has no sheet named {sheet}; its sheets are: {sheets}.",
                    sheet=repr(sheet),
                    sheets=", ".join(names),
                ),
                sheets=names,
            )
        ws = book[sheet]
        ws.reset_dimensions()  # read every row, whatever size the file claims
        records: list[list[object]] = []
        formulas: list[tuple[int, int]] = []
        bounds = _Bounds()
        for r, row in enumerate(ws.iter_rows()):
            cells = []
            for c, cell in enumerate(row):
                if getattr(cell, "data_type", None) == "f":
                    formulas.append((r, c))
                cells.append(_cell_value(cell.value))
            if not data_only:
                bounds.check(r + 1, cells)
            records.append(cells)
        return records, formulas, sheet
    except FileRefused:
        raise
    except (
        zipfile.BadZipFile,
        zlib.error,
        KeyError,
        OSError,
        EOFError,
        ValueError,
        ParseError,
        TypeError,
    ):
        raise FileRefused(DAMAGED) from None
    finally:
        book.close()


def _cell_value(value: object) -> object:
    """Excel's numbers and dates in the form a person typed them: 24 not 24.0, a date not midnight."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    if isinstance(value, dt.datetime) and value.time() == dt.time(0, 0):
        return value.date()
    if isinstance(value, dt.time):
        return value.isoformat()
    return value


# Exports put a ' before text that a spreadsheet would run as a formula (OWASP "CSV injection":
# text starting with =, +, -, @, tab or carriage return). Reading such a cell back takes the '
# off again, so exported data imported back changes nothing.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def unguard_formula(value: object) -> object:
    """Text as it was before an export guarded it against running as a formula."""
    if isinstance(value, str) and len(value) > 1 and value[0] == "'" and value[1] in FORMULA_STARTS:
        return value[1:]
    return value


def template_csv(columns: list[str]) -> bytes:
    """An empty CSV with the table's header, UTF-8 with a BOM so Excel shows accents right."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerow(columns)
    return buffer.getvalue().encode("utf-8-sig")


def template_xlsx(table: str, columns: list[str]) -> bytes:
    """An empty workbook with one sheet named after the table and its header row."""
    book = openpyxl.Workbook(write_only=True)
    ws = book.create_sheet(title=table[:31])
    ws.append(columns)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
