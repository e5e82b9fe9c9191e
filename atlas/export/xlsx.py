"""XLSX: rows streamed from the cursor in batches into openpyxl's write-only workbook, with a
"manifest" sheet, and the same bytes for the same export (every zip member dated the generated-at
time)."""

from __future__ import annotations

import datetime as dt
import shutil
import zipfile
from pathlib import Path

import duckdb
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.writer.excel import ExcelWriter

from atlas.export.formulas import neutralise
from atlas.export.selection import ExportError

EXCEL_MAX_ROWS = 1_048_575  # a sheet holds 1,048,576 rows, one of them the header
EXCEL_MAX_CELL = 32_767  # characters in one cell
BATCH_ROWS = 10_000  # rows fetched at a time for XLSX


def write_xlsx(
    cur: duckdb.DuckDBPyConnection,
    sql: str,
    params: dict[str, object],
    path: Path,
    *,
    sheet: str,
    manifest: dict[str, object],
    generated_at: dt.datetime,
) -> int:
    """The rows of `sql` as an XLSX workbook: numbers as numbers, dates as Excel dates, text
    neutralised against formulas, header row frozen, and a second sheet "manifest". Rows are
    streamed from the cursor into openpyxl's write-only workbook."""
    wb = Workbook(write_only=True)
    stamp = generated_at.astimezone(dt.UTC).replace(tzinfo=None)
    wb.properties.creator = "Outcome Atlas"
    wb.properties.created = wb.properties.modified = stamp
    ws = wb.create_sheet(sheet[:31])
    ws.freeze_panes = "A2"
    cur.execute(sql, params)
    names = [d[0] for d in cur.description]
    bold = Font(bold=True)
    ws.append([_header_cell(ws, n, bold) for n in names])
    written = 0
    while batch := cur.fetchmany(BATCH_ROWS):
        for row in batch:
            written += 1
            ws.append([_xlsx_value(v, written, names[i]) for i, v in enumerate(row)])
    if names:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(names))}{written + 1}"
    _manifest_sheet(wb.create_sheet("manifest"), manifest, bold)
    raw = path.with_name(path.name + ".raw")
    # ExcelWriter rather than wb.save(): save() stamps the workbook "modified" with the clock,
    # which would make the same export differ from run to run.
    ExcelWriter(wb, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED, allowZip64=True)).save()
    _fix_zip_times(raw, path, stamp)
    raw.unlink()
    return written


def _header_cell(ws, name: str, font: Font) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=name)
    cell.font = font
    return cell


def _xlsx_value(value: object, row: int, column: str) -> object:
    if not isinstance(value, str):
        return value  # int, float, Decimal, date, bool, None: written as themselves
    if len(value) > EXCEL_MAX_CELL:
        raise ExportError(
            f"Row {row:,}, column {column}: {len(value):,} characters is more than an "
            f"Excel cell holds ({EXCEL_MAX_CELL:,}). Download CSV or Parquet instead."
        )
    return neutralise(ILLEGAL_CHARACTERS_RE.sub("\ufffd", value))


def _manifest_sheet(ws, manifest: dict[str, object], bold: Font) -> None:
    """Key / value rows, then the data dictionary as a small table."""
    for key, value in manifest.items():
        if key == "columns":
            continue
        if isinstance(value, dict):
            for sub, inner in value.items():
                ws.append([f"{key}: {sub}", _manifest_value(inner)])
        else:
            ws.append([key, _manifest_value(value)])
    ws.append([])
    entries = manifest.get("columns") or []
    if entries:
        header = list(entries[0])
        ws.append([_header_cell(ws, h, bold) for h in header])
        for entry in entries:
            ws.append([neutralise(str(entry[h])) for h in header])


def _manifest_value(value: object) -> object:
    if value is None:
        return ""
    return neutralise(value) if isinstance(value, str) else value


def _fix_zip_times(src: Path, dst: Path, stamp: dt.datetime) -> None:
    """Copy an XLSX with every member dated `stamp`, so the same export gives the same bytes
    (openpyxl dates each member with the current time)."""
    when = (max(stamp.year, 1980), stamp.month, stamp.day, stamp.hour, stamp.minute, stamp.second)
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=when)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = info.external_attr
            with zin.open(info) as body, zout.open(member, "w", force_zip64=True) as copy:
                shutil.copyfileobj(body, copy, 1 << 20)
