"""CSV and Parquet, written by DuckDB itself with COPY (query) TO file: the rows never pass
through Python."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import duckdb

from atlas.export import hxl
from atlas.export.formulas import CSV_SAFE_MACRO
from atlas.export.manifest import manifest_json
from atlas.export.rows import column_types, wrapped
from atlas.identifiers import quote_identifier


def write_csv(
    cur: duckdb.DuckDBPyConnection,
    sql: str,
    params: dict[str, object],
    path: Path,
    *,
    sep: str = ",",
    excel: bool = False,
    hxl_table: str | None = None,
) -> int:
    """DuckDB writes the rows of `sql` to `path` as CSV: UTF-8, header line, ISO dates, NULL as an
    empty cell, text neutralised against formulas in SQL. With `hxl_table`, the HXL hashtag row of
    that table's columns follows the header (DuckDB then writes the rows without a header, after
    the two lines). Returns the number of rows."""
    cur.execute(CSV_SAFE_MACRO)
    result_columns = column_types(cur, sql, params)
    text = [name for name, dtype in result_columns if dtype == "VARCHAR"]
    select = sql
    if text:
        # Column names come from the query's own result description, quoted as identifiers.
        replace = ", ".join(
            f"csv_safe({quote_identifier(n)}) AS {quote_identifier(n)}" for n in text
        )
        select = wrapped(f"SELECT * REPLACE ({replace}) FROM ", sql)  # noqa: S608
    # The target is bound like any value (DuckDB 2.0 accepts a parameter there).
    target = path.with_name(path.name + ".body") if excel or hxl_table else path
    header = "false" if hxl_table else "true"
    copy = wrapped(
        "COPY ",
        select,
        " TO $export_path (FORMAT csv, HEADER " + header + ", DELIMITER $export_sep)",
    )
    written = int(
        cur.execute(copy, params | {"export_path": str(target), "export_sep": sep}).fetchone()[0]
    )
    if excel or hxl_table:
        with path.open("wb") as out, target.open("rb") as body:
            if excel:  # Excel reads a CSV as UTF-8 only when it starts with a byte-order mark.
                out.write("\ufeff".encode())
            if hxl_table:
                names = [name for name, _ in result_columns]
                out.write(_csv_lines([names, hxl.row(hxl_table, names)], sep))
            shutil.copyfileobj(body, out, 1 << 20)
        target.unlink()
    return written


def _csv_lines(rows: list[list[str]], sep: str) -> bytes:
    """Lines quoted as DuckDB quotes its header (only where needed), each ending in a newline."""
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=sep, lineterminator="\n", quoting=csv.QUOTE_MINIMAL).writerows(
        rows
    )
    return buffer.getvalue().encode("utf-8")


def write_parquet(
    cur: duckdb.DuckDBPyConnection,
    sql: str,
    params: dict[str, object],
    path: Path,
    *,
    manifest: dict[str, object],
) -> int:
    """DuckDB writes the rows of `sql` to `path` as Parquet, the manifest (JSON) in the file's
    key-value metadata under 'outcome_atlas_manifest'."""
    copy = wrapped(
        "COPY ",
        sql,
        " TO $export_path (FORMAT parquet, KV_METADATA {outcome_atlas_manifest: $export_manifest})",
    )
    values = {"export_path": str(path), "export_manifest": manifest_json(manifest).decode("utf-8")}
    return int(cur.execute(copy, params | values).fetchone()[0])
