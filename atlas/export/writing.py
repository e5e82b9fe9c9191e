"""Writing a selection to a file (`write`) or to bytes for a download (`to_bytes`): count, rows
and manifest from one transaction, the file appearing whole or not at all."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

import duckdb

from atlas.export import xlsx
from atlas.export.dictionary import column_entries
from atlas.export.duckdb_copy import write_csv, write_parquet
from atlas.export.manifest import build_manifest, now
from atlas.export.rows import column_types, cursor, relation, wrapped
from atlas.export.selection import ExportError, FileFormat, Selection
from atlas.i18n import DEFAULT


def write(
    con: duckdb.DuckDBPyConnection,
    selection: Selection,
    fmt: FileFormat,
    out: Path,
    generated_at: dt.datetime | None = None,
    lang: str = DEFAULT,
) -> dict[str, object]:
    """Write the selection to `out` in `fmt` and return its manifest. The file appears whole or not
    at all (written next to `out`, then renamed). Count, rows and manifest come from one
    transaction, so they agree even while the app writes."""
    out = Path(out)
    generated_at = generated_at or now()
    part = out.with_name(f".{out.name}.{os.getpid()}.part")
    with cursor(con) as cur:
        cur.execute("BEGIN TRANSACTION")
        try:
            with relation(cur, selection) as (sql, params):
                rows = int(cur.execute(wrapped("SELECT count(*) FROM ", sql), params).fetchone()[0])
                if fmt.kind == "xlsx" and rows > xlsx.EXCEL_MAX_ROWS:
                    raise ExportError(
                        f"This selection has {rows:,} rows; an Excel sheet holds at most "
                        f"{xlsx.EXCEL_MAX_ROWS:,}. Download CSV or Parquet, or narrow the filters."
                    )
                entries = column_entries(cur, selection, column_types(cur, sql, params), lang)
                manifest = build_manifest(cur, selection, fmt, rows, entries, generated_at, lang)
                if fmt.kind == "csv":
                    written = write_csv(
                        cur,
                        sql,
                        params,
                        part,
                        sep=fmt.sep,
                        excel=fmt.excel,
                        hxl_table=selection.table if fmt.hxl else None,
                    )
                elif fmt.kind == "xlsx":
                    written = xlsx.write_xlsx(
                        cur,
                        sql,
                        params,
                        part,
                        sheet=selection.table,
                        manifest=manifest,
                        generated_at=generated_at,
                    )
                else:
                    written = write_parquet(cur, sql, params, part, manifest=manifest)
            if written != rows:  # cannot happen inside one transaction; never ship a wrong manifest
                raise ExportError(
                    f"Wrote {written:,} rows but counted {rows:,}; nothing was saved."
                )
            os.replace(part, out)
        finally:
            cur.execute("ROLLBACK")
            part.unlink(missing_ok=True)
    return manifest


def to_bytes(
    con: duckdb.DuckDBPyConnection,
    selection: Selection,
    fmt: FileFormat,
    generated_at: dt.datetime | None = None,
    lang: str = DEFAULT,
) -> bytes:
    """The file's bytes, for a download. The file is written by `write` into a fresh temporary
    folder and read back once; no DataFrame of the rows is ever made."""
    with tempfile.TemporaryDirectory(prefix="atlas-export-") as folder:
        path = Path(folder) / ("export" + fmt.extension)
        write(con, selection, fmt, path, generated_at, lang)
        return path.read_bytes()
