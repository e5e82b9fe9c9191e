"""Rows as the writes handle them: read by key from the database, as JSON for the audit log and
the journal, as text in an Arrow table for DuckDB to cast back, and the rows that reference a
row. The catalog (`schema`) is read once per set of applied migrations."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping

import duckdb
import pyarrow as pa

from atlas.identifiers import checked_identifier, checked_type_name
from atlas.schema import Table, describe_all


def plain(value: object) -> object:
    """A value as JSON and the previews show it: a date as ISO text, anything else as it is."""
    return value.isoformat() if isinstance(value, dt.date) else value


def to_json(row: Mapping[str, object] | None) -> str | None:
    """A row as JSON text: dates as ISO text, everything else as it is."""
    if row is None:
        return None
    return json.dumps({k: plain(v) for k, v in row.items()}, ensure_ascii=False)


def from_json(table: Table, text: str | None) -> dict | None:
    """The row `to_json` wrote, with its types back, so it can be written again exactly."""
    if text is None:
        return None
    row = json.loads(text)
    for name, value in row.items():
        if value is not None and table.columns[name].type == "DATE":
            row[name] = dt.date.fromisoformat(value)
    return row


_SCHEMAS: dict[tuple, dict[str, Table]] = {}


def schema(con: duckdb.DuckDBPyConnection) -> dict[str, Table]:
    """describe_all, read once per schema: the migrations applied decide what the catalog says."""
    applied = tuple(
        con.execute("SELECT version, name FROM schema_version ORDER BY version").fetchall()
    )
    if applied not in _SCHEMAS:
        _SCHEMAS[applied] = describe_all(con)
    return _SCHEMAS[applied]


def with_defaults(table: Table, values: dict) -> dict:
    """The whole row as it would be stored: every column, an empty one taking its default."""
    row = {}
    for name, column in table.columns.items():
        value = values.get(name)
        if value is None and column.default is not None and column.type == "BOOLEAN":
            value = column.default.strip("'").lower() in ("true", "t")
        row[name] = value
    return row


def as_text(value: object) -> str | None:
    """A value as text DuckDB casts back to exactly the same value."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def as_arrow(columns: list[str], rows: Iterable[Mapping[str, object]]) -> pa.Table:
    rows = list(rows)
    return pa.table(
        {c: pa.array([as_text(r.get(c)) for r in rows], type=pa.string()) for c in columns}
    )


def typed_select(table: Table, columns: list[str], view: str) -> str:
    """SELECT casting each text column of a registered view back to the table's type. Names and
    types come from the catalog; the values stay in the view."""
    casts = ", ".join(
        f"CAST({checked_identifier(c)} AS {checked_type_name(table.columns[c].type)}) AS {checked_identifier(c)}"
        for c in columns
    )
    return "SELECT " + casts + " FROM " + view  # noqa: S608


def fetch_rows(
    con: duckdb.DuckDBPyConnection, table: Table, keys: Iterable[tuple]
) -> dict[tuple, dict]:
    """The stored rows for these keys, by key."""
    keys = list(dict.fromkeys(keys))
    if not keys:
        return {}
    view = f"wanted_keys_{uuid.uuid4().hex[:8]}"
    con.register(
        view, as_arrow(list(table.key), (dict(zip(table.key, k, strict=True)) for k in keys))
    )
    try:
        on = " AND ".join(
            f"t.{checked_identifier(k)} = w.{checked_identifier(k)}" for k in table.key
        )
        sql = (
            "SELECT t.* FROM "  # noqa: S608
            + checked_identifier(table.name)
            + " AS t JOIN ("
            + typed_select(table, list(table.key), view)
            + ") AS w ON "
            + on
        )
        cursor = con.execute(sql)
        names = [d[0] for d in cursor.description]
        rows = [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]
    finally:
        con.unregister(view)
    return {tuple(r[k] for k in table.key): r for r in rows}


def references(tables: Mapping[str, Table]) -> dict[str, list[tuple[str, str, str]]]:
    """For each table, the (child table, child column, parent column) that reference it."""
    refs: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for child in tables.values():
        for column in child.columns.values():
            if column.references and column.references[0] in tables:
                refs[column.references[0]].append((child.name, column.name, column.references[1]))
    return refs


def children(
    con: duckdb.DuckDBPyConnection,
    tables: Mapping[str, Table],
    table: str,
    row: Mapping[str, object],
) -> list[tuple[str, tuple, dict]]:
    """The stored rows that reference this row: (table, key, row)."""
    found = []
    for child, column, parent_column in references(tables)[table]:
        ct = tables[child]
        cursor = con.execute(
            "SELECT * FROM "  # noqa: S608
            + checked_identifier(child)
            + " WHERE "
            + checked_identifier(column)
            + " = $v",
            {"v": row[parent_column]},
        )
        names = [d[0] for d in cursor.description]
        for values in cursor.fetchall():
            r = dict(zip(names, values, strict=True))
            found.append((child, tuple(r[k] for k in ct.key), r))
    return found
