"""event_facts (migration 006): the per-event table the filter and the charts read, derived from
events and their child rows and rewritten on every write that touches them; and the summary
tables (migration 009) of event_facts by group (event_type, project_id, start year, last year)
and the targets' facts (migration 010) by the same groups, rewritten with it; and the facts of
the events naming a funder and of their outcomes (funder_event_facts, funder_outcome_facts:
migrations 010 and 011); and the outcomes of projects as a whole (project_outcome_facts:
migration 012), kept by outcome; and each event's number (event_numbers: migration 014), the
integer key event_facts and the outcomes at an event (event_outcome_facts) carry.

    refresh(con)                  # every event: after a bulk build
    refresh(con, {"ev-0001"})     # these events: inside the write's own transaction
    refresh_project_outcomes(con, {"out-0001"})   # these outcomes: the same

The rows come from the database's own macros (event_facts_of, summary_*_of), so each derivation
is stated once, in SQL, and a check can compare the tables with a fresh derivation (stale()).
"""

from __future__ import annotations

from collections.abc import Iterable

import duckdb

# Tables whose rows carry an event_id: a write to any of them changes that event's facts.
EVENT_TABLES = ("events", "participation", "event_organisations", "outcomes")

# Summary table -> the macro deriving it (migration 009).
SUMMARIES = {
    "summary_events": "summary_events_of",
    "summary_origins": "summary_origins_of",
    "summary_orgs": "summary_orgs_of",
    "summary_outcomes": "summary_outcomes_of",
    "summary_hosts": "summary_hosts_of",
    "summary_flows": "summary_flows_of",
    # the targets' facts (migration 010), by the same groups
    "target_days": "target_days_of",
    "target_countries": "target_countries_of",
    "target_outcomes": "target_outcomes_of",
}
_KEYS = "STRUCT(event_type VARCHAR, project_id VARCHAR, start_year BIGINT, last_year BIGINT)[]"
# The event_facts write of some events, each saying the summary group (event_type, project_id,
# start year, last year) of every row it removes or adds (RETURNING), so that finding the groups
# to rewrite costs no scan of its own.
_DELETE_FACTS = (
    "DELETE FROM event_facts WHERE event_id IN (SELECT unnest($ids::VARCHAR[]))"
    " RETURNING event_type, project_id, year(start_date), year(period_last_day)"
)
_INSERT_FACTS = (
    "INSERT INTO event_facts SELECT * FROM event_facts_of($ids::VARCHAR[])"
    " RETURNING event_type, project_id, year(start_date), year(period_last_day)"
)


# funder_event_facts (migration 010): the event_facts rows of the events naming a funder; and
# funder_outcome_facts (migration 011): their outcomes, derived from those rows.
FUNDER_EVENTS = "SELECT * FROM event_facts WHERE len(funder_ids) > 0"
FUNDER_OUTCOMES = "SELECT * FROM funder_outcome_facts_of(NULL::VARCHAR[])"
# project_outcome_facts (migration 012): the outcomes that belong to no event.
PROJECT_OUTCOMES = "SELECT * FROM project_outcome_facts_of(NULL::VARCHAR[])"
# event_outcome_facts (migration 014): the outcomes at an event, with the event's number.
EVENT_OUTCOMES = "SELECT * FROM event_outcome_facts_of(NULL::VARCHAR[])"

# event_numbers (migration 014): a bulk refresh numbers every event in event_facts' build order
# (so the same data get the same numbers); a write numbers its new events after the largest
# number and drops the numbers of the events it deleted.
_NUMBER_ALL = (
    "INSERT INTO event_numbers SELECT event_id,"
    " (row_number() OVER (ORDER BY start_date NULLS LAST, event_id))::INTEGER FROM events"
)
_DROP_NUMBERS = (
    "DELETE FROM event_numbers WHERE event_id IN (SELECT unnest($ids::VARCHAR[]))"
    " AND event_id NOT IN (SELECT event_id FROM events WHERE event_id IN (SELECT unnest($ids::VARCHAR[])))"
)
_NUMBER_NEW = (
    "INSERT INTO event_numbers"
    " SELECT e.event_id, ((SELECT coalesce(max(event_no), 0) FROM event_numbers)"
    " + row_number() OVER (ORDER BY e.start_date NULLS LAST, e.event_id))::INTEGER"
    " FROM events AS e"
    " WHERE e.event_id IN (SELECT unnest($ids::VARCHAR[]))"
    " AND e.event_id NOT IN (SELECT event_id FROM event_numbers"
    " WHERE event_id IN (SELECT unnest($ids::VARCHAR[])))"
)


def refresh(con: duckdb.DuckDBPyConnection, event_ids: Iterable[str] | None = None) -> None:
    """Rewrite the facts of `event_ids` (every event when None) from the data as it is now, and
    the summary groups those events were in before and are in after; runs in the caller's
    transaction. An id with no event left loses its row."""
    if event_ids is None:
        con.execute("DELETE FROM event_numbers")
        con.execute(_NUMBER_ALL)
        con.execute("DELETE FROM event_facts")
        con.execute(
            "INSERT INTO event_facts SELECT * FROM event_facts_of(NULL::VARCHAR[]) "
            "ORDER BY start_date NULLS LAST, event_id"
        )
        con.execute("DELETE FROM funder_event_facts")
        con.execute(
            f"INSERT INTO funder_event_facts {FUNDER_EVENTS} ORDER BY start_date NULLS LAST, event_id"
        )
        con.execute("DELETE FROM funder_outcome_facts")
        con.execute(f"INSERT INTO funder_outcome_facts {FUNDER_OUTCOMES} ORDER BY ALL")
        con.execute("DELETE FROM project_outcome_facts")
        con.execute(
            f"INSERT INTO project_outcome_facts {PROJECT_OUTCOMES}"  # noqa: S608 (a constant)
            " ORDER BY project_id, date NULLS LAST, outcome_id"
        )
        con.execute("DELETE FROM event_outcome_facts")
        con.execute(
            f"INSERT INTO event_outcome_facts {EVENT_OUTCOMES} ORDER BY event_no, outcome_id"
        )
        for table, macro in SUMMARIES.items():
            con.execute(f"DELETE FROM {table}")  # noqa: S608 (names from SUMMARIES)
            con.execute(f"INSERT INTO {table} SELECT * FROM {macro}(NULL) ORDER BY ALL")  # noqa: S608
        return
    ids = sorted({i for i in event_ids if i is not None})
    if not ids:
        return
    con.execute(_DROP_NUMBERS, {"ids": ids})
    con.execute(_NUMBER_NEW, {"ids": ids})
    before = con.execute(_DELETE_FACTS, {"ids": ids}).fetchall()
    after = con.execute(_INSERT_FACTS, {"ids": ids}).fetchall()
    con.execute(
        "DELETE FROM funder_event_facts WHERE event_id IN (SELECT unnest($ids::VARCHAR[]))",
        {"ids": ids},
    )
    con.execute(
        f"INSERT INTO funder_event_facts {FUNDER_EVENTS}"  # noqa: S608 (a constant)
        " AND event_id IN (SELECT unnest($ids::VARCHAR[]))",
        {"ids": ids},
    )
    con.execute(
        "DELETE FROM funder_outcome_facts WHERE event_id IN (SELECT unnest($ids::VARCHAR[]))",
        {"ids": ids},
    )
    con.execute(
        "INSERT INTO funder_outcome_facts SELECT * FROM funder_outcome_facts_of($ids::VARCHAR[])",
        {"ids": ids},
    )
    con.execute(
        "DELETE FROM event_outcome_facts WHERE event_id IN (SELECT unnest($ids::VARCHAR[]))",
        {"ids": ids},
    )
    con.execute(
        "INSERT INTO event_outcome_facts SELECT * FROM event_outcome_facts_of($ids::VARCHAR[])",
        {"ids": ids},
    )
    _rewrite_groups(con, set(before) | set(after))


def refresh_project_outcomes(con: duckdb.DuckDBPyConnection, outcome_ids: Iterable[str]) -> None:
    """Rewrite the project_outcome_facts rows of `outcome_ids` from outcomes as it is now: an
    outcome of no event gets its row, one moved to an event or deleted loses it; runs in the
    caller's transaction."""
    ids = sorted({i for i in outcome_ids if i is not None})
    if not ids:
        return
    con.execute(
        "DELETE FROM project_outcome_facts WHERE outcome_id IN (SELECT unnest($ids::VARCHAR[]))",
        {"ids": ids},
    )
    con.execute(
        "INSERT INTO project_outcome_facts SELECT * FROM project_outcome_facts_of($ids::VARCHAR[])",
        {"ids": ids},
    )


def _rewrite_groups(con: duckdb.DuckDBPyConnection, groups: set[tuple]) -> None:
    """Rewrite the summary rows of `groups` ((event_type, project_id, start_year, last_year))
    from event_facts as it is now."""
    if not groups:
        return
    keys = [
        {"event_type": t, "project_id": p, "start_year": s, "last_year": e}
        for t, p, s, e in sorted(groups, key=repr)
    ]
    for table, macro in SUMMARIES.items():
        con.execute(
            f"DELETE FROM {table} AS t USING (SELECT unnest($keys::{_KEYS}, recursive := true)) AS k"  # noqa: S608
            " WHERE t.event_type = k.event_type AND t.project_id IS NOT DISTINCT FROM k.project_id"
            " AND t.start_year IS NOT DISTINCT FROM k.start_year"
            " AND t.last_year IS NOT DISTINCT FROM k.last_year",
            {"keys": keys},
        )
        con.execute(
            f"INSERT INTO {table} SELECT * FROM {macro}($keys::{_KEYS})",  # noqa: S608
            {"keys": keys},
        )


def stale(con: duckdb.DuckDBPyConnection) -> int:
    """How many rows of event_facts, funder_event_facts, funder_outcome_facts,
    project_outcome_facts, event_outcome_facts and the summary tables differ from a fresh
    derivation (missing, extra or changed), and how many of event_numbers break its rules: 0 when
    every one is current."""
    found = misnumbered(con)
    found += _differing(con, "event_facts", "SELECT * FROM event_facts_of(NULL::VARCHAR[])")
    found += _differing(con, "funder_event_facts", FUNDER_EVENTS)
    found += _differing(con, "funder_outcome_facts", FUNDER_OUTCOMES)
    found += _differing(con, "project_outcome_facts", PROJECT_OUTCOMES)
    found += _differing(con, "event_outcome_facts", EVENT_OUTCOMES)
    return found + stale_summary(con)


def misnumbered(con: duckdb.DuckDBPyConnection) -> int:
    """How many events have no number or more than one, numbers no event, or share a number
    (event_numbers: a number is assigned, not derived, so it is checked by these rules)."""
    return con.execute(
        "SELECT (SELECT count(*) FROM events AS e"
        "        WHERE e.event_id NOT IN (SELECT event_id FROM event_numbers))"
        " + (SELECT count(*) FROM event_numbers AS n"
        "    WHERE n.event_id IS NULL OR n.event_no IS NULL"
        "       OR n.event_id NOT IN (SELECT event_id FROM events))"
        " + (SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM event_numbers"
        "    GROUP BY event_id HAVING count(*) > 1))"
        " + (SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM event_numbers"
        "    GROUP BY event_no HAVING count(*) > 1))"
    ).fetchone()[0]


def stale_summary(con: duckdb.DuckDBPyConnection) -> int:
    """How many summary rows differ from a fresh derivation from event_facts."""
    return sum(
        _differing(con, table, f"SELECT * FROM {macro}(NULL)")  # noqa: S608 (names from SUMMARIES)
        for table, macro in SUMMARIES.items()
    )


def _differing(con: duckdb.DuckDBPyConnection, table: str, derivation: str) -> int:
    """How many rows of `table` and of the query `derivation` (a constant of this module) are not
    matched row for row in the other."""
    return con.execute(
        f"SELECT count(*) FROM ((SELECT * FROM {table} EXCEPT ALL {derivation})"  # noqa: S608
        f" UNION ALL ({derivation} EXCEPT ALL SELECT * FROM {table}))"
    ).fetchone()[0]
