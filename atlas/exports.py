"""Analyst exports: the tables of the Data page, their row counts, previews and data dictionary,
and the files they download as (CSV, XLSX, Parquet), each with a manifest.

No Streamlit here. The Data page and `python -m atlas.export` call the same `write()`, so a file
made on the command line has the same bytes as one downloaded from the page, given the same
generated-at time (both take it as an argument; it is the only thing that differs between runs).

Large exports never pass through a DataFrame: DuckDB writes CSV and Parquet itself with
COPY (query) TO file, and XLSX rows are streamed from the cursor in batches into openpyxl's
write-only workbook. Every file holds exactly the rows of the selection; nothing is capped.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import os
import re
import shlex
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

import duckdb
import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.writer.excel import ExcelWriter

from atlas import countries, hxl, queries
from atlas.filters import Choices, Filters
from atlas.schema import DATA_TABLES, describe


class ExportError(Exception):
    """A selection that cannot be written in the chosen format; the message is for the user."""


@dataclass(frozen=True)
class ExportTable:
    name: str  # the key in links and on the command line
    title: str  # what the Data page calls it
    query: str  # the named query in queries/data/
    columns_from: str  # the schema table whose column comments describe its columns
    which: str  # which rows the filters select, in the users' words (the query's rule)
    by_country: bool = False  # one column per home country is added (see _relation)


TABLES: dict[str, ExportTable] = {
    t.name: t
    for t in (
        ExportTable("events", "Events", "data/events", "events",
                    "The events the filters select."),
        ExportTable("events_by_country", "Events with participants by country", "data/events_by_country",
                    "events",
                    "One row per event the filters select, one column per home country named at those "
                    "events with the count the source states (empty where it names the country without "
                    "a count), and the participants not broken down by country.",
                    by_country=True),
        ExportTable("participation", "Participation by home country", "data/participation", "participation",
                    "Home countries of participants at the events the filters select; with a country "
                    "filter, only those countries."),
        ExportTable("outcomes", "Outcomes", "data/outcomes", "outcomes",
                    "Outcomes of the events the filters select, and of their projects as a whole."),
        ExportTable("organisations", "Organisations", "data/organisations", "organisations",
                    "With no filter set, every organisation; otherwise those with a role in a selected "
                    "event or that lead, fund or partner its project."),
        ExportTable("projects", "Projects", "data/projects", "projects",
                    "With no filter set, every project; otherwise the projects of the selected events."),
        ExportTable("results", "Results: targets against actuals", "results/table", "targets",
                    "One row per target of the projects the projects, funders and organisations filters "
                    "select, with its actual counted from the records; dates, countries and event types "
                    "narrow what is counted, never which targets are listed."),
    )
}

# OWASP "CSV injection": a spreadsheet runs a cell that starts with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# The same rule for DuckDB, created on the export's own cursor (a temporary macro, so it works on
# a read-only database too). Applied to text columns only: numbers, negative ones included, stay
# numbers.
CSV_SAFE_MACRO = (
    "CREATE OR REPLACE TEMP MACRO csv_safe(x) AS "
    "CASE WHEN left(x, 1) IN ('=', '+', '-', '@', chr(9), chr(13)) THEN '''' || x ELSE x END"
)

EXCEL_MAX_ROWS = 1_048_575  # a sheet holds 1,048,576 rows, one of them the header
EXCEL_MAX_CELL = 32_767  # characters in one cell
BATCH_ROWS = 10_000  # rows fetched at a time for XLSX
SEARCH_MAX = 200  # characters of a text search

# The wide view: the event columns of data/events_by_country, one column per home country named
# at those events with the stated count (NULL when named without one), then the remainder.
# DuckDB cannot PIVOT on values found in the data in a statement with bound parameters, so the
# selected events are first stored in a temporary table (with the filters bound), and the pivoted
# rows in another, which the export then reads. Fixed text: no value is ever put into it.
BY_COUNTRY_SQL = """
CREATE OR REPLACE TEMP TABLE export_rows AS
SELECT e.* EXCLUDE (not_broken_down, countries_without_count),
       p.* EXCLUDE (event_id),
       e.not_broken_down, e.countries_without_count
FROM export_events AS e
LEFT JOIN (
    PIVOT (SELECT event_id, country_iso3, participants FROM participation
           WHERE event_id IN (SELECT event_id FROM export_events))
    ON country_iso3 USING first(participants) GROUP BY event_id
) AS p ON p.event_id = e.event_id
ORDER BY e.rowid
"""

# Meanings of the wide view's computed columns (they are not schema columns, so they have no
# comment in the catalogue; they are defined here, next to the SQL that computes them).
BY_COUNTRY_COLUMNS = {
    "not_broken_down": (
        "Participants of the event whom no country count accounts for: participants_total minus "
        "the stated country counts. A lower bound when participants_at_least is true; empty when "
        "the source gives no total.", "people"),
    "countries_without_count": (
        "Home countries the source names for the event without a count, comma-separated ISO-3 "
        "codes. Their participants are inside not_broken_down.", None),
}

# Meanings of the results table's computed columns (queries/results/table.sql says how each is
# counted); the target's own columns are described by their comments in the catalogue.
RESULTS_COLUMNS = {
    "project_name": ("Name of the project.", None),
    "actual": ("What the project did, counted live from its records in view: events, outcomes or "
               "countries counted; for participants the sum of the counted events' stated totals "
               "(empty when none states one); for manual indicators the count entered by hand.", None),
    "actual_at_least": ("True when actual is a lower bound: a \"more than\" total, an event with no "
                        "stated total, or records with no date left out of a bounded period.", None),
    "progress_pct": ("actual / target_value x 100, rounded; empty for a target of 0 or no actual.", "percent"),
    "undated_in_actual": ("Records with no date that actual counts (the target has no period and the "
                          "view no date range).", "records"),
    "undated_left_out": ("Records with no date that actual leaves out, because the target's period or "
                         "the view's date range bounds it and they cannot be placed in it.", "records"),
}
COMPUTED_COLUMNS = {"events_by_country": BY_COUNTRY_COLUMNS, "results": RESULTS_COLUMNS}

TYPE_WORDS = {
    "VARCHAR": "text",
    "INTEGER": "whole number",
    "BIGINT": "whole number",
    "HUGEINT": "whole number",
    "DOUBLE": "number",
    "DATE": "date (YYYY-MM-DD)",
    "BOOLEAN": "true/false",
    "TIMESTAMP": "date and time (UTC)",
}


@dataclass(frozen=True)
class Selection:
    """What to export: a table, the shared filters and a text search."""

    table: str
    filters: Filters = field(default_factory=Filters)
    search: str | None = None

    def __post_init__(self) -> None:
        if self.table not in TABLES:
            raise ExportError(f"No table {self.table!r}; choose one of: {', '.join(TABLES)}.")
        search = (self.search or "").strip() or None
        if search is not None and len(search) > SEARCH_MAX:
            raise ExportError(f"The search text is longer than {SEARCH_MAX} characters.")
        object.__setattr__(self, "search", search)

    @property
    def title(self) -> str:
        return TABLES[self.table].title

    def params(self) -> dict[str, object]:
        return self.filters.sql_params() | {"search": self.search}

    def query(self) -> dict[str, str]:
        """The URL query of the Data page showing this selection."""
        return {"table": self.table} | self.filters.to_query() | ({"q": self.search} if self.search else {})

    def query_string(self) -> str:
        return urlencode(self.query(), safe=",")

    def link(self) -> str:
        """The link that reproduces the view: on $ATLAS_BASE_URL when set, else app-relative."""
        base = os.environ.get("ATLAS_BASE_URL", "").rstrip("/")
        return f"{base}/data?{self.query_string()}"

    def in_words(self) -> str:
        words = self.filters.describe()
        if self.search:
            words += f'; text contains "{self.search}"'
        return words

    def command(self, fmt: FileFormat) -> str:
        """The command line that writes the same file."""
        args = ["python", "-m", "atlas.export", self.table, "--format", fmt.kind]
        if fmt.kind == "csv" and fmt.sep != ",":
            args += ["--sep", fmt.sep]
        if fmt.excel:
            args.append("--excel")
        if fmt.hxl:
            args.append("--hxl")
        filters = urlencode(self.filters.to_query() | ({"q": self.search} if self.search else {}), safe=",")
        if filters:
            args += ["--query", filters]
        return shlex.join(args)


@dataclass(frozen=True)
class FileFormat:
    kind: str  # csv, xlsx, parquet
    sep: str = ","  # CSV only: , or ;
    excel: bool = False  # CSV only: starts with a UTF-8 byte-order mark so Excel reads UTF-8
    hxl: bool = False  # CSV only: the HXL hashtag row under the header (atlas/hxl.py)

    def __post_init__(self) -> None:
        if self.kind not in ("csv", "xlsx", "parquet"):
            raise ExportError(f"No format {self.kind!r}; choose csv, xlsx or parquet.")
        if self.sep not in (",", ";"):
            raise ExportError("The CSV separator is a comma or a semicolon.")
        if self.kind != "csv" and (self.sep != "," or self.excel or self.hxl):
            raise ExportError("The separator, the Excel variant and the HXL row apply to CSV only.")

    @property
    def extension(self) -> str:
        return "." + self.kind

    @property
    def mime(self) -> str:
        return {
            "csv": "text/csv",
            "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "parquet": "application/vnd.apache.parquet",
        }[self.kind]

    def describe(self) -> dict[str, object]:
        if self.kind == "csv":
            described = {"type": "csv", "encoding": "UTF-8" + (" with byte-order mark (for Excel)" if self.excel else ""),
                         "separator": self.sep, "header": "first line", "dates": "ISO 8601, YYYY-MM-DD",
                         "empty cell": "not stated (NULL)", "booleans": "true / false"}
            if self.hxl:
                described["HXL"] = ("second line: the HXL hashtag of each column (hxlstandard.org; listed in the "
                                    "columns below); the data start on the third line")
            return described
        if self.kind == "xlsx":
            return {"type": "xlsx", "data sheet": "first sheet, header row frozen",
                    "manifest sheet": "manifest", "dates": "Excel dates (format yyyy-mm-dd)",
                    "empty cell": "not stated (NULL)"}
        return {"type": "parquet", "manifest": "key-value metadata 'outcome_atlas_manifest' (JSON)",
                "empty cell": "NULL"}


# ---------------------------------------------------------------------------------------------
# Reading: the rows of a selection, their count, a preview and the data dictionary.


@contextmanager
def _cursor(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    cur = con.cursor()
    try:
        yield cur
    finally:
        cur.close()


@contextmanager
def _relation(cur: duckdb.DuckDBPyConnection, selection: Selection) -> Iterator[tuple[str, dict[str, object]]]:
    """SQL text and bound parameters whose rows are the selection, valid on `cur` inside the block."""
    table = TABLES[selection.table]
    query = queries.load(table.query)
    params = queries.bind(query, selection.params())
    if not table.by_country:
        yield query.sql, params
        return
    # The query text comes from a file in queries/; the values are bound.
    cur.execute("CREATE OR REPLACE TEMP TABLE export_events AS\n" + query.sql, params)
    try:
        cur.execute(BY_COUNTRY_SQL)
        yield "SELECT * FROM export_rows ORDER BY rowid", {}
    finally:
        for temp in ("export_rows", "export_events"):
            try:
                cur.execute("DROP TABLE IF EXISTS " + temp)
            except duckdb.Error:
                pass  # an aborted transaction; its rollback drops the table


def _wrapped(before: str, sql: str, after: str = "") -> str:
    """A trusted query placed inside another (a subquery): SQL text from queries/ and this module
    only, never a value. The newline ends any trailing `--` comment of the inner query."""
    return before + "(\n" + sql + "\n)" + after


def count(con: duckdb.DuckDBPyConnection, selection: Selection) -> int:
    """How many rows the selection has: the number shown before any download."""
    with _cursor(con) as cur, _relation(cur, selection) as (sql, params):
        return int(cur.execute(_wrapped("SELECT count(*) FROM ", sql), params).fetchone()[0])


def preview(con: duckdb.DuckDBPyConnection, selection: Selection, rows: int = 100) -> pd.DataFrame:
    """The first `rows` rows of the selection, in export order."""
    with _cursor(con) as cur, _relation(cur, selection) as (sql, params):
        return cur.execute(_wrapped("SELECT * FROM ", sql, " LIMIT $preview_rows"),
                           params | {"preview_rows": int(rows)}).df()


def summary(con: duckdb.DuckDBPyConnection, selection: Selection,
            rows: int = 100) -> tuple[int, pd.DataFrame, pd.DataFrame]:
    """Row count, first `rows` rows and data dictionary in one go (the wide view's temporary
    tables are made once): what the Data page shows before any download."""
    with _cursor(con) as cur, _relation(cur, selection) as (sql, params):
        total = int(cur.execute(_wrapped("SELECT count(*) FROM ", sql), params).fetchone()[0])
        first = cur.execute(_wrapped("SELECT * FROM ", sql, " LIMIT $preview_rows"),
                            params | {"preview_rows": int(rows)}).df()
        entries = pd.DataFrame(_dictionary(cur, selection, _columns(cur, sql, params)))
    return total, first, entries


def frame(con: duckdb.DuckDBPyConnection, selection: Selection) -> pd.DataFrame:
    """Every row of the selection as a DataFrame (for tests and small selections only)."""
    with _cursor(con) as cur, _relation(cur, selection) as (sql, params):
        return cur.execute(sql, params).df()


def _columns(cur: duckdb.DuckDBPyConnection, sql: str, params: dict[str, object]) -> list[tuple[str, str]]:
    """(name, DuckDB type) of each result column, without running the query."""
    cur.execute(_wrapped("SELECT * FROM ", sql, " LIMIT 0"), params)
    return [(d[0], str(d[1])) for d in cur.description]


def columns(con: duckdb.DuckDBPyConnection, selection: Selection) -> list[tuple[str, str]]:
    with _cursor(con) as cur, _relation(cur, selection) as (sql, params):
        return _columns(cur, sql, params)


def _dictionary(cur: duckdb.DuckDBPyConnection, selection: Selection,
                result_columns: list[tuple[str, str]]) -> list[dict[str, object]]:
    table = TABLES[selection.table]
    schema = describe(cur, table.columns_from)
    comments = dict(cur.execute(
        "SELECT column_name, comment FROM duckdb_columns()"
        " WHERE database_name = current_database() AND table_name = $t",
        {"t": table.columns_from},
    ).fetchall())
    entries = []
    for name, dtype in result_columns:
        col = schema.columns.get(name)
        if col is not None:
            meaning, unit = _split_unit(comments.get(name) or "")
            allowed = ", ".join(col.allowed) if col.allowed else ""
            links = f"{col.references[0]}.{col.references[1]}" if col.references else ""
            can_be_empty = not col.required and col.default is None
        elif name in COMPUTED_COLUMNS.get(selection.table, {}):
            meaning, unit = COMPUTED_COLUMNS[selection.table][name]
            allowed, links, can_be_empty = "", "", True
        elif table.by_country and countries.is_code(name):
            meaning = (f"Participants from {countries.display_name(name)} ({name}) as the source states "
                       "them; empty when the source names the country without a count (see "
                       "countries_without_count) or does not name it for the event.")
            unit, allowed, links, can_be_empty = "people", "", "", True
        else:
            meaning, unit, allowed, links, can_be_empty = "", None, "", "", True
        entries.append({
            "column": name,
            "type": f"{dtype} ({TYPE_WORDS[dtype]})" if dtype in TYPE_WORDS else dtype,
            "meaning": meaning,
            "unit": unit or "",
            "allowed values": allowed,
            "links to": links,
            "can be empty": "yes" if can_be_empty else "no",
            "HXL hashtag": hxl.hashtag(selection.table, name),
        })
    return entries


def _split_unit(comment: str) -> tuple[str, str | None]:
    """'Participants ... Unit: people.' -> ('Participants ...', 'people')."""
    match = re.search(r"\s*Unit: ([^.]+)\.\s*$", comment)
    if not match:
        return comment, None
    return comment[: match.start()], match.group(1)


def dictionary(con: duckdb.DuckDBPyConnection, selection: Selection) -> pd.DataFrame:
    """The data dictionary of the selection's columns: meaning, type, unit, allowed values, links,
    whether a cell can be empty. Generated from the schema and its column comments."""
    with _cursor(con) as cur, _relation(cur, selection) as (sql, params):
        return pd.DataFrame(_dictionary(cur, selection, _columns(cur, sql, params)))


def table_meaning(con: duckdb.DuckDBPyConnection, selection: Selection) -> str:
    """What one row means (the table's comment in the catalogue) and which rows the filters keep."""
    table = TABLES[selection.table]
    if table.by_country:
        return table.which
    with _cursor(con) as cur:
        comment = cur.execute(
            "SELECT comment FROM duckdb_tables() WHERE database_name = current_database() AND table_name = $t",
            {"t": table.columns_from},
        ).fetchone()
    return " ".join(x for x in ((comment[0] if comment else None), table.which) if x)


def database_version(cur: duckdb.DuckDBPyConnection) -> dict[str, object]:
    """The schema version (highest migration applied) and a fingerprint of the data: the row count
    and an order-free hash of every row of each data table, so any edit changes it."""
    schema_version = cur.execute("SELECT max(version) FROM schema_version").fetchone()[0]
    digest = hashlib.sha256()
    for name in DATA_TABLES:
        # Table names come from atlas.schema.DATA_TABLES, not from input.
        rows, fingerprint = cur.execute(
            "SELECT count(*), coalesce(bit_xor(hash(t)), 0) FROM " + name + " AS t"  # noqa: S608
        ).fetchone()
        digest.update(f"{name}:{rows}:{fingerprint};".encode())
    return {"schema_version": int(schema_version or 0), "data_version": digest.hexdigest()[:16]}


def filter_choices(con: duckdb.DuckDBPyConnection) -> Choices:
    """The ids each filter accepts, as the filter bar offers them (countries: any ISO code)."""
    event_types = describe(con, "events").columns["event_type"].allowed or ()
    return Choices(
        countries=None,
        event_types=frozenset(event_types),
        projects=frozenset(queries.run("filters/projects", con=con)["project_id"]),
        funders=frozenset(queries.run("filters/funders", con=con)["org_id"]),
        organisations=frozenset(queries.run("filters/organisations", con=con)["org_id"]),
    )


# ---------------------------------------------------------------------------------------------
# Names and manifests.


def now() -> dt.datetime:
    """The generated-at time: UTC, whole seconds."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def file_name(selection: Selection, fmt: FileFormat, today: dt.date) -> str:
    """A name that says what the file holds: atlas-events-2014-2018-KHM-THA-2026-11-24.csv."""
    f = selection.filters
    parts = ["atlas", selection.table.replace("_", "-")]
    start = _date_part(f.date_from, end=False)
    stop = _date_part(f.date_to, end=True)
    if start and stop:
        parts.append(start if start == stop else f"{start}-{stop}")
    elif start:
        parts.append(f"from-{start}")
    elif stop:
        parts.append(f"to-{stop}")
    for values, word, most in ((f.countries, "countries", 4), (f.event_types, "types", 2),
                               (f.projects, "projects", 1), (f.funders, "funders", 1),
                               (f.organisations, "organisations", 1)):
        if len(values) > most:
            parts.append(f"{len(values)}-{word}")
        else:
            parts += values
    if selection.search:
        parts.append("search")
    parts.append(today.isoformat())
    stem = "-".join(re.sub(r"[^A-Za-z0-9_.-]+", "_", p).strip("_.") or "x" for p in parts)
    suffix = ("-semicolon" if fmt.sep == ";" else "") + ("-excel" if fmt.excel else "") + ("-hxl" if fmt.hxl else "")
    return stem[:150] + suffix + fmt.extension


def _date_part(value: dt.date | None, *, end: bool) -> str | None:
    if value is None:
        return None
    whole_year = (value.month, value.day) == ((12, 31) if end else (1, 1))
    return str(value.year) if whole_year else value.isoformat()


def manifest_file_name(data_file_name: str) -> str:
    """The sidecar of a CSV: atlas-events-2026-11-24.csv -> atlas-events-2026-11-24.manifest.json."""
    return str(Path(data_file_name).with_suffix("")) + ".manifest.json"


def _manifest(cur: duckdb.DuckDBPyConnection, selection: Selection, fmt: FileFormat, rows: int,
              dictionary_rows: list[dict[str, object]], generated_at: dt.datetime) -> dict[str, object]:
    text_rule = ("Text cells that begin with =, +, -, @, tab or carriage return start with an added ' "
                 "so that a spreadsheet shows them as text instead of running them as formulas; "
                 "numbers are unchanged.")
    return {
        "title": f"Outcome Atlas export: {selection.title}",
        "table": selection.table,
        "what a row is": table_meaning(cur, selection),
        "rows": rows,
        "filters": {
            "in words": selection.in_words(),
            "query string": selection.query_string(),
            "text search": selection.search,
        },
        "link": selection.link(),
        "command": selection.command(fmt),
        "database": database_version(cur),
        "generated at": generated_at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "file": fmt.describe(),
        "text cells": text_rule if fmt.kind != "parquet" else "Stored exactly as in the database.",
        "columns": dictionary_rows,
    }


def manifest_json(manifest: dict[str, object]) -> bytes:
    return (json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def describe_export(con: duckdb.DuckDBPyConnection, selection: Selection, fmt: FileFormat,
                    generated_at: dt.datetime | None = None) -> dict[str, object]:
    """The manifest of an export without writing the file (the CSV sidecar offered on the page)."""
    generated_at = generated_at or now()
    with _cursor(con) as cur:
        cur.execute("BEGIN TRANSACTION")
        try:
            with _relation(cur, selection) as (sql, params):
                rows = int(cur.execute(_wrapped("SELECT count(*) FROM ", sql), params).fetchone()[0])
                entries = _dictionary(cur, selection, _columns(cur, sql, params))
                return _manifest(cur, selection, fmt, rows, entries, generated_at)
        finally:
            cur.execute("ROLLBACK")


# ---------------------------------------------------------------------------------------------
# Writing.


def write(con: duckdb.DuckDBPyConnection, selection: Selection, fmt: FileFormat, out: Path,
          generated_at: dt.datetime | None = None) -> dict[str, object]:
    """Write the selection to `out` in `fmt` and return its manifest. The file appears whole or not
    at all (written next to `out`, then renamed). Count, rows and manifest come from one
    transaction, so they agree even while the app writes."""
    out = Path(out)
    generated_at = generated_at or now()
    part = out.with_name(f".{out.name}.{os.getpid()}.part")
    with _cursor(con) as cur:
        cur.execute("BEGIN TRANSACTION")
        try:
            with _relation(cur, selection) as (sql, params):
                rows = int(cur.execute(_wrapped("SELECT count(*) FROM ", sql), params).fetchone()[0])
                if fmt.kind == "xlsx" and rows > EXCEL_MAX_ROWS:
                    raise ExportError(
                        f"This selection has {rows:,} rows; an Excel sheet holds at most "
                        f"{EXCEL_MAX_ROWS:,}. Download CSV or Parquet, or narrow the filters.")
                entries = _dictionary(cur, selection, _columns(cur, sql, params))
                manifest = _manifest(cur, selection, fmt, rows, entries, generated_at)
                if fmt.kind == "csv":
                    written = write_csv(cur, sql, params, part, sep=fmt.sep, excel=fmt.excel,
                                        hxl_table=selection.table if fmt.hxl else None)
                elif fmt.kind == "xlsx":
                    written = write_xlsx(cur, sql, params, part, sheet=selection.table,
                                         manifest=manifest, generated_at=generated_at)
                else:
                    written = write_parquet(cur, sql, params, part, manifest=manifest)
            if written != rows:  # cannot happen inside one transaction; never ship a wrong manifest
                raise ExportError(f"Wrote {written:,} rows but counted {rows:,}; nothing was saved.")
            os.replace(part, out)
        finally:
            cur.execute("ROLLBACK")
            part.unlink(missing_ok=True)
    return manifest


def to_bytes(con: duckdb.DuckDBPyConnection, selection: Selection, fmt: FileFormat,
             generated_at: dt.datetime | None = None) -> bytes:
    """The file's bytes, for a download. The file is written by `write` into a fresh temporary
    folder and read back once; no DataFrame of the rows is ever made."""
    with tempfile.TemporaryDirectory(prefix="atlas-export-") as folder:
        path = Path(folder) / ("export" + fmt.extension)
        write(con, selection, fmt, path, generated_at)
        return path.read_bytes()


def write_csv(cur: duckdb.DuckDBPyConnection, sql: str, params: dict[str, object], path: Path, *,
              sep: str = ",", excel: bool = False, hxl_table: str | None = None) -> int:
    """DuckDB writes the rows of `sql` to `path` as CSV: UTF-8, header line, ISO dates, NULL as an
    empty cell, text neutralised against formulas in SQL. With `hxl_table`, the HXL hashtag row of
    that table's columns follows the header (DuckDB writes the rows without a header, after the
    two lines). Returns the number of rows."""
    cur.execute(CSV_SAFE_MACRO)
    result_columns = _columns(cur, sql, params)
    text = [name for name, dtype in result_columns if dtype == "VARCHAR"]
    select = sql
    if text:
        # Column names come from the query's own result description, quoted as identifiers.
        replace = ", ".join(f"csv_safe({_ident(n)}) AS {_ident(n)}" for n in text)
        select = _wrapped(f"SELECT * REPLACE ({replace}) FROM ", sql)  # noqa: S608
    # The target is bound like any value (DuckDB 2.0 accepts a parameter there).
    target = path.with_name(path.name + ".body") if excel or hxl_table else path
    header = "false" if hxl_table else "true"
    copy = _wrapped("COPY ", select, " TO $export_path (FORMAT csv, HEADER " + header + ", DELIMITER $export_sep)")
    written = int(cur.execute(copy, params | {"export_path": str(target), "export_sep": sep}).fetchone()[0])
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
    """Lines quoted as DuckDB quotes its header (only where needed), ending in a newline."""
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=sep, lineterminator="\n", quoting=csv.QUOTE_MINIMAL).writerows(rows)
    return buffer.getvalue().encode("utf-8")


def write_parquet(cur: duckdb.DuckDBPyConnection, sql: str, params: dict[str, object], path: Path, *,
                  manifest: dict[str, object]) -> int:
    """DuckDB writes the rows of `sql` to `path` as Parquet, the manifest (JSON) in the file's
    key-value metadata under 'outcome_atlas_manifest'."""
    copy = _wrapped("COPY ", sql, " TO $export_path (FORMAT parquet, "
                    "KV_METADATA {outcome_atlas_manifest: $export_manifest})")
    values = {"export_path": str(path), "export_manifest": manifest_json(manifest).decode("utf-8")}
    return int(cur.execute(copy, params | values).fetchone()[0])


def write_xlsx(cur: duckdb.DuckDBPyConnection, sql: str, params: dict[str, object], path: Path, *,
               sheet: str, manifest: dict[str, object], generated_at: dt.datetime) -> int:
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
        raise ExportError(f"Row {row:,}, column {column}: {len(value):,} characters is more than an "
                          f"Excel cell holds ({EXCEL_MAX_CELL:,}). Download CSV or Parquet instead.")
    return neutralise(ILLEGAL_CHARACTERS_RE.sub("\ufffd", value))


def neutralise(text: str) -> str:
    """A text a spreadsheet would run as a formula, made to show as text (OWASP CSV injection)."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


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


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
