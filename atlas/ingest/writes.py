"""Writing a plan: check its rows are still as planned, then write the changes with their audit
rows, all or nothing (or in journalled steps, see the docstring of atlas.ingest)."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import duckdb
import pyarrow as pa

from atlas import backup, labels
from atlas.access.people import NotAllowed, Person, require
from atlas.db import shared
from atlas.i18n import M_, MN_
from atlas.ingest.checksums import table_checksum
from atlas.ingest.journal import database_words, in_transaction, resume_pending
from atlas.ingest.plan import Change, Plan, Refused, counts_in_words
from atlas.ingest.rows import fetch_rows, plain, schema, to_json
from atlas.ingest.steps import apply_op, schedule
from atlas.schema import Table


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _key_json(key: tuple) -> str:
    return json.dumps([plain(k) for k in key], ensure_ascii=False)


@dataclass
class Written:
    inserted: int
    updated: int
    deleted: int
    import_id: int | None = None
    steps: int = 1
    warning: str | None = None

    def summary(self) -> str:
        return counts_in_words(self.inserted, self.updated, self.deleted) or M_("nothing changed")


def _check_current(
    con: duckdb.DuckDBPyConnection, tables: Mapping[str, Table], changes: list[Change]
) -> None:
    """Refuse when a row is no longer as the plan saw it (someone wrote in between)."""
    by_table: dict[str, list[Change]] = defaultdict(list)
    for c in changes:
        by_table[c.table].append(c)
    stale = []
    for name, mine in by_table.items():
        stored = fetch_rows(con, tables[name], [c.key for c in mine])
        stale += [c for c in mine if stored.get(c.key) != c.before]
    if stale:
        first = stale[0]
        raise Refused(
            MN_(
                "The data changed since this preview ({rows} differs, the first {key}). Nothing "
                "was written; look at the preview again.",
                "The data changed since this preview ({rows} differ, the first {key}). Nothing "
                "was written; look at the preview again.",
                len(stale),
                rows=labels.counted(first.table, len(stale)),
                key=repr(first.key[0]),
            )
        )


def _audit_rows(
    changes: list[Change], at: dt.datetime, actor: str, via: str, import_id: int | None
) -> pa.Table:
    return pa.table(
        {
            "at": pa.array([at] * len(changes), type=pa.timestamp("us")),
            "actor": pa.array([actor] * len(changes), type=pa.string()),
            "action": pa.array([c.action for c in changes], type=pa.string()),
            "table_name": pa.array([c.table for c in changes], type=pa.string()),
            "row_key": pa.array([_key_json(c.key) for c in changes], type=pa.string()),
            "before": pa.array([to_json(c.before) for c in changes], type=pa.string()),
            "after": pa.array([to_json(c.after) for c in changes], type=pa.string()),
            "via": pa.array([via] * len(changes), type=pa.string()),
            "import_id": pa.array([import_id] * len(changes), type=pa.int64()),
        }
    )


def commit(
    con: duckdb.DuckDBPyConnection,
    plan: Plan,
    by: Person,
    record: Callable[[duckdb.DuckDBPyConnection], None] | None = None,
) -> Written:
    """Write a plan with its audit rows, all or nothing (see the docstring of atlas.ingest for the one
    case written in steps). `by` is who writes: a signed-in person's role must allow writing at
    this moment (read from the database inside the write's transaction); the audit trail records
    their email. `record`, when given, writes bookkeeping that stands or falls with the plan's rows
    (the Review page's record of what was proposed and saved) in the first transaction, after
    them. Raises Refused, having written nothing, when the person may not write, the plan has
    problems, the rows changed since it was made, or the database refuses a row."""
    try:
        require(con, by, "write")
    except NotAllowed as err:
        raise Refused(str(err)) from None
    actor = by.name
    if plan.problems:
        raise Refused(
            MN_(
                "{n} problem to fix first; nothing was written.",
                "{n} problems to fix first; nothing was written.",
                len(plan.problems),
            ),
            plan.problems,
        )
    if not plan.changes:
        return Written(0, 0, 0)
    resume_pending(con)
    backup.before_write(con, plan)  # undo, or a delete with dependants: a dated backup first
    tables = schema(con)
    at = _now()
    via = plan.via

    def first_step() -> tuple[list[list[dict]], int | None, str | None]:
        try:
            require(con, by, "write")  # again inside the transaction: a revoke meanwhile counts
        except NotAllowed as err:
            raise Refused(str(err)) from None
        _check_current(con, tables, plan.changes)
        steps = schedule(con, tables, plan.changes)
        import_id = plan.import_id
        expected = None
        if via == "import":
            import_id = con.execute("SELECT nextval('imports_seq')").fetchone()[0]
            con.execute(
                'INSERT INTO imports (import_id, "at", actor, file_name, table_name, rows_new, rows_changed,'
                " checksum_before) VALUES ($i, $at, $actor, $file, $table, $new, $changed, $sum)",
                {
                    "i": import_id,
                    "at": at,
                    "actor": actor,
                    "file": plan.file_name or "",
                    "table": plan.table,
                    "new": plan.count("insert"),
                    "changed": plan.count("update"),
                    "sum": table_checksum(con, plan.table),
                },
            )
            steps[-1].append({"op": "finish_import", "table": plan.table, "import_id": import_id})
        elif via == "undo":
            expected = con.execute(
                "SELECT checksum_before FROM imports WHERE import_id = $i", {"i": import_id}
            ).fetchone()[0]
            con.execute(
                "UPDATE imports SET undone_at = $at, undone_by = $actor WHERE import_id = $i",
                {"at": at, "actor": actor, "i": import_id},
            )
        audit = _audit_rows(plan.changes, at, actor, via, import_id)
        view = f"audit_rows_{uuid.uuid4().hex[:8]}"
        con.register(view, audit)
        try:
            con.execute("INSERT INTO audit_log BY NAME SELECT * FROM " + view)  # noqa: S608
        finally:
            con.unregister(view)
        for op in steps[0]:
            apply_op(con, tables, op)
        if record is not None:
            record(con)
        if len(steps) > 1:
            con.execute(
                "INSERT INTO pending_writes VALUES ($id, $at, 1, $steps)",
                {"id": uuid.uuid4().hex, "at": at, "steps": json.dumps(steps, ensure_ascii=False)},
            )
        elif via == "undo" and table_checksum(con, plan.table) != expected:
            raise Refused(
                "Undo would not bring the table back exactly as it was before the import "
                "(its checksum differs); nothing was changed."
            )
        return steps, import_id, expected

    try:
        steps, import_id, expected = in_transaction(con, first_step)
    except duckdb.ConstraintException as err:
        raise Refused(
            M_(
                "The database refused the change, so nothing was written: {reason}",
                reason=database_words(err),
            )
        ) from None
    warning = None
    if len(steps) > 1:
        resume_pending(con)
        if via == "undo" and table_checksum(con, plan.table) != expected:
            warning = "The table does not match its checksum from before the import."
    shared.writes += 1
    return Written(
        plan.count("insert"),
        plan.count("update"),
        plan.count("delete"),
        import_id=import_id if via == "import" else None,
        steps=len(steps),
        warning=warning,
    )
