"""Undoing the last import: possible only while it is the latest change, so that no later work
is lost, and checked against the table's checksum from before the import."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

import duckdb

from atlas import labels
from atlas.access.people import Person
from atlas.i18n import M_, MN_
from atlas.ingest.plan import Change, Plan, Refused
from atlas.ingest.rows import from_json, schema
from atlas.ingest.writes import Written, commit


@dataclass
class ImportInfo:
    import_id: int
    at: dt.datetime
    actor: str
    file_name: str
    table: str
    rows_new: int
    rows_changed: int
    can_undo: bool
    reason: str = ""


def last_import(con: duckdb.DuckDBPyConnection) -> ImportInfo | None:
    """The latest import not undone, and whether it can be undone now: only while nothing else
    has changed the data since (other than imports undone after it), so undo puts back exactly
    the state before it and loses no later work."""
    row = con.execute(
        'SELECT import_id, "at", actor, file_name, table_name, rows_new, rows_changed FROM imports'
        " WHERE undone_at IS NULL ORDER BY import_id DESC LIMIT 1"
    ).fetchone()
    if row is None:
        return None
    info = ImportInfo(*row, can_undo=True)
    later = con.execute(
        'SELECT "at", actor, action, table_name, row_key, count(*) OVER () FROM audit_log'
        " WHERE audit_id > (SELECT max(audit_id) FROM audit_log WHERE import_id = $i AND via = 'import')"
        "   AND via <> 'access'"  # a grant or revoke changes who may see the data, not the data
        "   AND (import_id IS NULL OR import_id NOT IN (SELECT import_id FROM imports WHERE undone_at IS NOT NULL))"
        " ORDER BY audit_id LIMIT 1",
        {"i": info.import_id},
    ).fetchone()
    if later is not None:
        at, actor, action, table, key, n = later
        info.can_undo = False
        info.reason = MN_(
            "{n} change was made after this import (the first: {action} of {thing} {key} on {at} "
            "by {actor}). An import can only be undone while it is the latest change, so that no "
            "later work is lost.",
            "{n} changes were made after this import (the first: {action} of {thing} {key} on {at} "
            "by {actor}). An import can only be undone while it is the latest change, so that no "
            "later work is lost.",
            n,
            action=M_(labels.ACTION_NOUNS[action]) if action in labels.ACTION_NOUNS else action,
            thing=M_(labels.TABLE_ROWS[table][0]),
            key=" / ".join(map(str, json.loads(key))),
            at=f"{at:%Y-%m-%d %H:%M}",
            actor=actor,
        )
    return info


def plan_undo(con: duckdb.DuckDBPyConnection) -> Plan:
    """The changes that reverse the last import: its new rows deleted, its changed rows put back."""
    info = last_import(con)
    if info is None:
        raise Refused(M_("There is no import to undo."))
    if not info.can_undo:
        raise Refused(info.reason)
    tables = schema(con)
    table = tables[info.table]
    plan = Plan(info.table, "undo", file_name=info.file_name, import_id=info.import_id)
    for action, key, before, after in con.execute(
        "SELECT action, row_key, before, after FROM audit_log WHERE import_id = $i AND via = 'import'"
        " ORDER BY audit_id DESC",
        {"i": info.import_id},
    ).fetchall():
        key = tuple(json.loads(key))
        if action == "insert":
            plan.changes.append(Change(info.table, "delete", key, from_json(table, after), None))
        else:
            plan.changes.append(
                Change(info.table, "update", key, from_json(table, after), from_json(table, before))
            )
    return plan


def undo_last_import(con: duckdb.DuckDBPyConnection, by: Person) -> Written:
    """Undo the last import, checked against its checksum; raises Refused when it cannot be or
    when `by` may not write now."""
    return commit(con, plan_undo(con), by)
