"""The rows of a selection, read on a cursor of their own: the SQL and bound parameters that
select them (the wide view of events by country is pivoted into temporary tables), their count,
a preview, and the result's column types."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import duckdb
import pandas as pd

from atlas import queries
from atlas.export.selection import TABLES, Selection


@contextmanager
def cursor(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    cur = con.cursor()
    try:
        yield cur
    finally:
        cur.close()


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


@contextmanager
def relation(
    cur: duckdb.DuckDBPyConnection, selection: Selection
) -> Iterator[tuple[str, dict[str, object]]]:
    """SQL text and bound parameters whose rows are the selection, valid on `cur` inside the block."""
    table = TABLES[selection.table]
    query = queries.load(table.query)
    params = queries.bind(query, selection.params() | selection.scope.params())
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


def wrapped(before: str, sql: str, after: str = "") -> str:
    """A trusted query placed inside another (a subquery): SQL text from queries/ and this module
    only, never a value. The newline ends any trailing `--` comment of the inner query."""
    return before + "(\n" + sql + "\n)" + after


def count(con: duckdb.DuckDBPyConnection, selection: Selection) -> int:
    """How many rows the selection has: the number shown before any download."""
    with cursor(con) as cur, relation(cur, selection) as (sql, params):
        return int(cur.execute(wrapped("SELECT count(*) FROM ", sql), params).fetchone()[0])


def preview(con: duckdb.DuckDBPyConnection, selection: Selection, rows: int = 100) -> pd.DataFrame:
    """The first `rows` rows of the selection, in export order."""
    with cursor(con) as cur, relation(cur, selection) as (sql, params):
        return cur.execute(
            wrapped("SELECT * FROM ", sql, " LIMIT $preview_rows"),
            params | {"preview_rows": int(rows)},
        ).df()


def frame(con: duckdb.DuckDBPyConnection, selection: Selection) -> pd.DataFrame:
    """Every row of the selection as a DataFrame (for tests and small selections only)."""
    with cursor(con) as cur, relation(cur, selection) as (sql, params):
        return cur.execute(sql, params).df()


def column_types(
    cur: duckdb.DuckDBPyConnection, sql: str, params: dict[str, object]
) -> list[tuple[str, str]]:
    """(name, DuckDB type) of each result column, without running the query."""
    cur.execute(wrapped("SELECT * FROM ", sql, " LIMIT 0"), params)
    return [(d[0], str(d[1])) for d in cur.description]


def columns(con: duckdb.DuckDBPyConnection, selection: Selection) -> list[tuple[str, str]]:
    with cursor(con) as cur, relation(cur, selection) as (sql, params):
        return column_types(cur, sql, params)
