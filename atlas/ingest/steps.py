"""How a plan's changes become operations, grouped into steps (one transaction each), and how
one operation runs. Most writes are one step; the docstring of atlas.ingest says when a write
needs several and why."""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Mapping

import duckdb

from atlas import facts, labels
from atlas.i18n import M_
from atlas.identifiers import checked_identifier
from atlas.ingest.checksums import table_checksum
from atlas.ingest.plan import Change, Refused
from atlas.ingest.rows import as_arrow, children, from_json, plain, references, typed_select
from atlas.schema import DATA_TABLES, Table


def _indexed_columns(con: duckdb.DuckDBPyConnection) -> dict[str, set[str]]:
    """Columns DuckDB keeps in an index (key, UNIQUE, foreign key): see the docstring of atlas.ingest."""
    indexed: dict[str, set[str]] = defaultdict(set)
    for table, cols in con.execute(
        "SELECT table_name, constraint_column_names FROM duckdb_constraints()"
        " WHERE constraint_type IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')"
    ).fetchall():
        indexed[table] |= set(cols)
    return indexed


def _op(action: str, table: Table, rows: list[dict], columns: list[str] | None = None) -> dict:
    """A step's operation as JSON-able data: the journal stores it and `apply_op` runs it."""
    if action == "update":
        columns = list(table.key) + [c for c in (columns or []) if c not in table.key]
    elif action == "delete":
        columns = list(table.key)
    else:
        columns = table.column_names
    return {
        "op": action,
        "table": table.name,
        "columns": columns,
        "rows": [{c: plain(r.get(c)) for c in columns} for r in rows],
    }


def _ops(
    action: str, tables: Mapping[str, Table], changes: list[Change], *, parents_first: bool
) -> list[dict]:
    """Changes of one kind grouped into operations, table by table in write order."""
    order = list(DATA_TABLES) if parents_first else list(reversed(DATA_TABLES))
    ops = []
    for name in order:
        mine = [c for c in changes if c.table == name]
        if not mine:
            continue
        if action == "update":
            groups: dict[tuple, list[Change]] = defaultdict(list)
            for c in mine:
                groups[tuple(c.columns)].append(c)
            ops += [
                _op("update", tables[name], [c.after for c in group], list(cols))
                for cols, group in groups.items()
            ]
        elif action == "delete":
            ops.append(_op("delete", tables[name], [c.before for c in mine]))
        else:
            ops.append(_op("insert", tables[name], [c.after for c in mine]))
    return ops


def referenced_rows(
    con: duckdb.DuckDBPyConnection, tables: Mapping[str, Table], changes: list[Change]
) -> set[tuple[str, tuple]]:
    """(table, key) of the rows in `changes` that stored rows reference: one query per reference."""
    found: set[tuple[str, tuple]] = set()
    by_table: dict[str, list[Change]] = defaultdict(list)
    for c in changes:
        by_table[c.table].append(c)
    for table, mine in by_table.items():
        for child, column, parent_column in references(tables)[table]:
            values = list({c.before[parent_column] for c in mine} - {None})
            if not values:
                continue
            used = {
                v
                for (v,) in con.execute(
                    "SELECT DISTINCT "  # noqa: S608
                    + checked_identifier(column)
                    + " FROM "
                    + checked_identifier(child)
                    + " WHERE "
                    + checked_identifier(column)
                    + " = ANY($v)",
                    {"v": values},
                ).fetchall()
            }
            found |= {(table, c.key) for c in mine if c.before[parent_column] in used}
    return found


def schedule(
    con: duckdb.DuckDBPyConnection, tables: Mapping[str, Table], changes: list[Change]
) -> list[list[dict]]:
    """The steps (one transaction each) that make `changes`, see the docstring of atlas.ingest.

    Usually one step: deletes (children first), updates, inserts (parents first). When a row to
    delete, or to change in an indexed column, is referenced by stored rows, those rows (and the
    rows referencing them) are removed in earlier steps, the deepest first, and put back, with
    their own changes, in the last step.
    """
    indexed = _indexed_columns(con)
    deletes = [c for c in changes if c.action == "delete"]
    updates = [c for c in changes if c.action == "update"]
    inserts = [c for c in changes if c.action == "insert"]
    candidates = [
        c for c in deletes + updates if c.action == "delete" or set(c.columns) & indexed[c.table]
    ]
    referenced = referenced_rows(con, tables, candidates)
    blocked = [c for c in candidates if (c.table, c.key) in referenced]
    if not blocked:
        return [
            _ops("delete", tables, deletes, parents_first=False)
            + _ops("update", tables, updates, parents_first=True)
            + _ops("insert", tables, inserts, parents_first=True)
        ]

    # Rows to remove before the blocked ones, with their height (0 = nothing references them).
    removed: dict[tuple[str, tuple], dict] = {}
    height: dict[tuple[str, tuple], int] = {}

    def remove(table: str, key: tuple, row: dict) -> int:
        ident = (table, key)
        if ident in height:
            return height[ident]
        removed[ident] = row
        below = [remove(ct, ck, cr) for ct, ck, cr in children(con, tables, table, row)]
        height[ident] = 1 + max(below) if below else 0
        return height[ident]

    for c in deletes:
        remove(c.table, c.key, c.before)
    deleted = {(c.table, c.key) for c in deletes}
    still_used = [ident for ident in removed if ident not in deleted]
    if still_used:
        table, key = still_used[0]
        raise Refused(
            M_(
                "A row to delete is still used by {rows} (the first: {key}); nothing was written.",
                rows=labels.counted(table, len(still_used)),
                key=" / ".join(map(str, key)),
            )
        )
    for c in blocked:
        if c.action == "update" and (c.table, c.key) not in removed:
            for ct, ck, cr in children(con, tables, c.table, c.before):
                remove(ct, ck, cr)
    top = max(height.values())
    steps: list[list[dict]] = []
    for level in range(top + 1):
        rows = [
            Change(t, "delete", k, r, None)
            for (t, k), r in removed.items()
            if height[(t, k)] == level
        ]
        steps.append(_ops("delete", tables, rows, parents_first=False))
    updated = {(c.table, c.key): c.after for c in updates}
    put_back = [
        Change(t, "insert", k, None, updated.get((t, k), r))
        for (t, k), r in removed.items()
        if (t, k) not in deleted
    ]
    last = _ops(
        "update",
        tables,
        [c for c in updates if (c.table, c.key) not in removed],
        parents_first=True,
    ) + _ops("insert", tables, put_back + inserts, parents_first=True)
    if last:
        steps.append(last)
    return steps


def apply_op(con: duckdb.DuckDBPyConnection, tables: Mapping[str, Table], op: dict) -> None:
    """Run one operation of a step: insert, update or delete rows through a registered table."""
    if op["op"] == "finish_import":
        table = op["table"]
        con.execute(
            "UPDATE imports SET checksum_after = $c WHERE import_id = $i",
            {"c": table_checksum(con, table), "i": op["import_id"]},
        )
        return
    table = tables[op["table"]]
    columns = op["columns"]
    rows = [from_json(table, json.dumps(r)) for r in op["rows"]]
    view = f"step_rows_{uuid.uuid4().hex[:8]}"
    con.register(view, as_arrow(columns, rows))
    try:
        source = "(" + typed_select(table, columns, view) + ") AS s"
        match = " AND ".join(
            f"{checked_identifier(table.name)}.{checked_identifier(k)} = s.{checked_identifier(k)}"
            for k in table.key
        )
        touched = (
            _touched_events(con, table, rows, source, match)
            if table.name in facts.EVENT_TABLES
            else None
        )
        if op["op"] == "insert":
            con.execute(
                "INSERT INTO " + checked_identifier(table.name) + " BY NAME SELECT * FROM " + source  # noqa: S608
            )
        elif op["op"] == "delete":
            con.execute(
                "DELETE FROM "  # noqa: S608
                + checked_identifier(table.name)
                + " USING "
                + source
                + " WHERE "
                + match
            )
        elif op["op"] == "update":
            sets = ", ".join(
                f"{checked_identifier(c)} = s.{checked_identifier(c)}"
                for c in columns
                if c not in table.key
            )
            con.execute(
                "UPDATE "  # noqa: S608
                + checked_identifier(table.name)
                + " SET "
                + sets
                + " FROM "
                + source
                + " WHERE "
                + match
            )
        else:
            raise ValueError(f"unknown operation {op['op']!r}")
        if touched is not None:
            facts.refresh(con, touched)
        if table.name == "outcomes":
            facts.refresh_project_outcomes(con, (r.get("outcome_id") for r in rows))
    finally:
        con.unregister(view)


def _touched_events(
    con: duckdb.DuckDBPyConnection, table: Table, rows: list[dict], source: str, match: str
) -> set[str]:
    """The events whose facts an operation on `table` changes: the event_id of each row written,
    and the event the row belonged to before (an outcome moved to another event changes both)."""
    ids = {r.get("event_id") for r in rows} - {None}
    if "event_id" not in table.key:
        ids |= {
            i
            for (i,) in con.execute(
                "SELECT "  # noqa: S608
                + checked_identifier(table.name)
                + ".event_id FROM "
                + checked_identifier(table.name)
                + ", "
                + source
                + " WHERE "
                + match
            ).fetchall()
            if i is not None
        }
    return ids
