"""The journal of writes made in steps (pending_writes): each later step is its own
transaction that also advances the journal, and a write cut short is finished from it by
`resume_pending` the next time anything is written."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Mapping

import duckdb

from atlas.db import shared
from atlas.ingest.plan import Refused
from atlas.ingest.rows import schema
from atlas.ingest.steps import apply_op
from atlas.schema import Table

STEP_RETRIES = 5


def in_transaction(con: duckdb.DuckDBPyConnection, work) -> object:
    con.execute("BEGIN TRANSACTION")
    try:
        result = work()
        con.execute("COMMIT")
        return result
    except BaseException:
        con.execute("ROLLBACK")
        raise


def database_words(err: Exception) -> str:
    text = str(err).split("\n")[0]
    return re.sub(r"^Constraint Error: ", "", text)


def _run_step(
    con: duckdb.DuckDBPyConnection,
    tables: Mapping[str, Table],
    write_id: str,
    steps: list,
    number: int,
) -> None:
    for op in steps[number]:
        apply_op(con, tables, op)
    if number + 1 < len(steps):
        con.execute(
            "UPDATE pending_writes SET next_step = $n WHERE write_id = $id",
            {"n": number + 1, "id": write_id},
        )
    else:
        con.execute("DELETE FROM pending_writes WHERE write_id = $id", {"id": write_id})


def resume_pending(con: duckdb.DuckDBPyConnection) -> int:
    """Finish writes that were split into steps and cut short; returns how many were finished.

    Each step is one transaction that also advances the journal, so a step is never run twice.
    A step DuckDB refuses for a moment (a reader still holds rows deleted in the step before) is
    retried; if it keeps failing it stays in the journal for the next write.
    """
    try:
        pending = con.execute(
            'SELECT write_id, next_step, steps FROM pending_writes ORDER BY "at"'
        ).fetchall()
    except duckdb.CatalogException:  # a database from before migration 004
        return 0
    if not pending:
        return 0
    tables = schema(con)
    finished = 0
    for write_id, next_step, steps_json in pending:
        steps = json.loads(steps_json)
        for number in range(next_step, len(steps)):
            for attempt in range(STEP_RETRIES):
                try:
                    in_transaction(
                        con, lambda n=number, w=write_id, s=steps: _run_step(con, tables, w, s, n)
                    )
                    break
                except duckdb.ConstraintException as err:
                    if attempt == STEP_RETRIES - 1:
                        raise Refused(
                            f"A change written in steps could not be finished ({database_words(err)}); "
                            "its remaining steps are kept and will be tried again on the next write."
                        ) from None
                    time.sleep(0.05 * 2**attempt)
        finished += 1
    shared.writes += 1
    return finished
