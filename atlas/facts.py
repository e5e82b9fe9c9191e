"""event_facts (migration 006): the per-event table the filter and the charts read, derived from
events and their child rows and rewritten on every write that touches them.

    refresh(con)                  # every event: after a bulk build
    refresh(con, {"ev-0001"})     # these events: inside the write's own transaction

The rows come from the database's own macro event_facts_of, so the derivation is stated once,
in SQL, and a check can compare the table with a fresh derivation (stale()).
"""

from __future__ import annotations

from collections.abc import Iterable

import duckdb

# Tables whose rows carry an event_id: a write to any of them changes that event's facts.
EVENT_TABLES = ("events", "participation", "event_organisations", "outcomes")


def refresh(con: duckdb.DuckDBPyConnection, event_ids: Iterable[str] | None = None) -> None:
    """Rewrite the facts of `event_ids` (every event when None) from the data as it is now; runs
    in the caller's transaction. An id with no event left loses its row."""
    if event_ids is None:
        con.execute("DELETE FROM event_facts")
        con.execute(
            "INSERT INTO event_facts SELECT * FROM event_facts_of(NULL::VARCHAR[]) "
            "ORDER BY start_date NULLS LAST, event_id"
        )
        return
    ids = sorted({i for i in event_ids if i is not None})
    if not ids:
        return
    con.execute(
        "DELETE FROM event_facts WHERE event_id IN (SELECT unnest($ids::VARCHAR[]))", {"ids": ids}
    )
    con.execute(
        "INSERT INTO event_facts SELECT * FROM event_facts_of($ids::VARCHAR[])", {"ids": ids}
    )


def stale(con: duckdb.DuckDBPyConnection) -> int:
    """How many events' rows differ from a fresh derivation (missing, extra or changed): 0 when
    the table is current."""
    return con.execute(
        "SELECT count(*) FROM ((SELECT * FROM event_facts EXCEPT ALL SELECT * FROM event_facts_of(NULL::VARCHAR[]))"
        " UNION ALL (SELECT * FROM event_facts_of(NULL::VARCHAR[]) EXCEPT ALL SELECT * FROM event_facts))"
    ).fetchone()[0]
