"""Names and manifests: the file name that says what an export holds, and the manifest that
records its filters, link, command, rows, schema and data version, columns and time."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from pathlib import Path

import duckdb

from atlas import queries
from atlas.export.dictionary import column_entries, table_meaning
from atlas.export.rows import column_types, cursor, relation, wrapped
from atlas.export.selection import FileFormat, Selection
from atlas.i18n import DEFAULT, translator
from atlas.schema import DATA_TABLES


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
    for values, word, most in (
        (f.countries, "countries", 4),
        (f.event_types, "types", 2),
        (f.projects, "projects", 1),
        (f.funders, "funders", 1),
        (f.organisations, "organisations", 1),
    ):
        if len(values) > most:
            parts.append(f"{len(values)}-{word}")
        else:
            parts += values
    if selection.search:
        parts.append("search")
    parts.append(today.isoformat())
    stem = "-".join(re.sub(r"[^A-Za-z0-9_.-]+", "_", p).strip("_.") or "x" for p in parts)
    suffix = (
        ("-semicolon" if fmt.sep == ";" else "")
        + ("-excel" if fmt.excel else "")
        + ("-hxl" if fmt.hxl else "")
    )
    return stem[:150] + suffix + fmt.extension


def _date_part(value: dt.date | None, *, end: bool) -> str | None:
    if value is None:
        return None
    whole_year = (value.month, value.day) == ((12, 31) if end else (1, 1))
    return str(value.year) if whole_year else value.isoformat()


def manifest_file_name(data_file_name: str) -> str:
    """The sidecar of a CSV: atlas-events-2026-11-24.csv -> atlas-events-2026-11-24.manifest.json."""
    return str(Path(data_file_name).with_suffix("")) + ".manifest.json"


def _funder_name(cur: duckdb.DuckDBPyConnection, selection: Selection) -> str | None:
    """The name of the funder whose scope the selection is read in, read within that scope."""
    if selection.scope.funder is None:
        return None
    found = queries.run("filters/funders", scope=selection.scope, con=cur)
    named = dict(found[["org_id", "name"]].itertuples(index=False))
    return named.get(selection.scope.funder)


def build_manifest(
    cur: duckdb.DuckDBPyConnection,
    selection: Selection,
    fmt: FileFormat,
    rows: int,
    dictionary_rows: list[dict[str, object]],
    generated_at: dt.datetime,
    lang: str = DEFAULT,
) -> dict[str, object]:
    """The manifest: its keys stay as they are (read by programs); its words follow `lang`, the
    language of the page that made it (English from the command line)."""
    _ = translator(lang)._
    text_rule = _(
        "Text cells that begin with =, +, -, @, tab or carriage return start with an added ' "
        "so that a spreadsheet shows them as text instead of running them as formulas; "
        "numbers are unchanged."
    )
    return {
        "title": _("Outcome Atlas export: {title}").format(title=_(selection.title)),
        "table": selection.table,
        "what a row is": table_meaning(cur, selection, lang),
        "rows": rows,
        "filters": {
            "in words": selection.in_words(lang),
            "query string": selection.query_string(),
            "text search": selection.search,
        },
        "scope": {
            "funder": selection.scope.funder,
            "in words": translator(lang).text(
                selection.scope.describe(_funder_name(cur, selection))
            ),
        },
        "link": selection.link(),
        "command": selection.command(fmt),
        "database": database_version(cur),
        "generated at": generated_at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "file": fmt.describe(lang),
        "text cells": text_rule
        if fmt.kind != "parquet"
        else _("Stored exactly as in the database."),
        "columns": dictionary_rows,
    }


def manifest_json(manifest: dict[str, object]) -> bytes:
    return (json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def describe_export(
    con: duckdb.DuckDBPyConnection,
    selection: Selection,
    fmt: FileFormat,
    generated_at: dt.datetime | None = None,
    lang: str = DEFAULT,
) -> dict[str, object]:
    """The manifest of an export without writing the file (the CSV sidecar offered on the page)."""
    generated_at = generated_at or now()
    with cursor(con) as cur:
        cur.execute("BEGIN TRANSACTION")
        try:
            with relation(cur, selection) as (sql, params):
                rows = int(cur.execute(wrapped("SELECT count(*) FROM ", sql), params).fetchone()[0])
                entries = column_entries(cur, selection, column_types(cur, sql, params), lang)
                return build_manifest(cur, selection, fmt, rows, entries, generated_at, lang)
        finally:
            cur.execute("ROLLBACK")
