"""A page statement's parts are turned into pandas by pyarrow (atlas.queries.as_duckdb_frame), not by
DuckDB's own .df(), which plans a statement per part: the DataFrames must be the ones DuckDB
would give, dtype for dtype and value for value, for every type a part can hold (with no NULL,
some, only NULLs, no row) and for every part of every page statement and its twins, on the seed
and on a synthetic network. The statement's row, executed as run_parts executes it
(atlas.queries.statement_arrow), must be the table a relation over it gives."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pytest

from atlas import db, queries, synth
from atlas.access import Scope
from atlas.filters import Filters
from bench.summary_tables import bench_states
from bench.workload import typical_states
from tests.test_page_queries import SEED_STATES

VALUES = {
    "VARCHAR": "'a'",
    "INTEGER": "1",
    "BIGINT": "-2",
    "SMALLINT": "3",
    "UBIGINT": "4",
    "HUGEINT": "5",  # sum() of a BIGINT
    "DECIMAL(38,0)": "6",
    "DECIMAL(18,2)": "7.25",
    "DOUBLE": "8.5",
    "FLOAT": "9.5",
    "BOOLEAN": "true",
    "DATE": "DATE '2016-05-01'",
    "TIMESTAMP": "TIMESTAMP '2016-05-01 10:11:12'",
    "VARCHAR[]": "['a', 'b']",  # not converted by pyarrow: DuckDB's own .df()
    "STRUCT(a INTEGER)": "{'a': 1}",
    # a list of rows of text and whole numbers (the Countries page's origins), a NULL field, a
    # NULL row and an empty list among them
    "STRUCT(country VARCHAR, participants INTEGER)[]": "[{'country': 'Lao PDR', 'participants': 7}, "
    "{'country': 'Myanmar', 'participants': NULL}, NULL]",
    "STRUCT(country VARCHAR, n BIGINT)[]": "[]",
}
ROWS = {
    "no NULL": "SELECT {v}::{t} AS x, range AS n FROM range(3)",
    "some NULL": "SELECT CASE WHEN range = 1 THEN NULL ELSE {v}::{t} END AS x, range AS n FROM range(3)",
    "only NULL": "SELECT NULL::{t} AS x, range AS n FROM range(3)",
    "no row": "SELECT {v}::{t} AS x, range AS n FROM range(0)",
}
# each statement a page runs, with the parameters its page passes besides the filters
STATEMENTS = {
    "overview/page": {"limit": 10},
    "overview/page_groups": {"limit": 10},
    "overview/page_funders": {"limit": 10},
    "countries/page": {"limit": 200},
    "countries/page_groups": {"limit": 200},
    "outcomes/page": {"limit": 50},
    "outcomes/page_groups": {"limit": 50},
    "funders/page": {"limit": 100},
    "funders/page_groups": {"limit": 100},
}


def _same(table, con: duckdb.DuckDBPyConnection, what: str) -> None:
    got = queries.as_duckdb_frame(table, con)
    pd.testing.assert_frame_equal(got, con.from_arrow(table).df(), check_exact=True, obj=what)


@pytest.mark.parametrize("rows", sorted(ROWS))
@pytest.mark.parametrize("kind", sorted(VALUES))
def test_each_type_comes_out_as_duckdb_gives_it(kind, rows):
    con = duckdb.connect()
    table = con.sql(ROWS[rows].format(v=VALUES[kind], t=kind)).to_arrow_table()
    _same(table, con, f"{kind}, {rows}")


def _every_part(con, filters: Filters, funder: str, scope: Scope) -> int:
    """Each statement's parts for `filters`, pyarrow's frames against DuckDB's; how many parts."""
    compared = 0
    for name, extra in STATEMENTS.items():
        params = filters.sql_params() | extra
        if "funder" in queries.load(name).params:
            params = filters.replace(funders=()).sql_params() | extra | {"funder": funder}
        # a derived parameter (the Funders twin's $funded) as run_parts derives it
        params = queries.with_derived(con, name, scope, params)
        query, bound = queries._scoped(name, scope, params)
        row = con.sql(query.sql, params=bound).to_arrow_table()
        # run_parts executes the statement (atlas.queries.statement_arrow) rather than reading
        # it through a relation as above: the same table, types and values
        cursor = con.cursor()
        try:
            executed = queries.statement_arrow(cursor, query.sql, bound)
        finally:
            cursor.close()
        assert executed.equals(row, check_metadata=True), f"{name} {filters}: executed differs"
        for column in row.column_names:
            _same(queries._rows_of(row.column(column)), con, f"{name}:{column} {filters}")
            compared += 1
    return compared


@pytest.mark.parametrize("filters", SEED_STATES, ids=lambda f: str(f.to_query()) or "all")
def test_every_part_of_every_page_statement_on_the_seed(filters, seed_con):
    # a cursor of its own: the session's seed connection may hold another test's unfinished
    # result (execute() then fetchone()), and DuckDB refuses a relation on it until that ends
    con = seed_con.cursor()
    try:
        assert _every_part(con, filters, "diakonia", Scope.everything()) >= 50
        _every_part(con, filters, "diakonia", Scope("diakonia"))
    finally:
        con.close()


@pytest.fixture(scope="module")
def synth_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return synth.build(3000, 5, tmp_path_factory.mktemp("frames") / "synth.duckdb")


def test_every_part_of_every_page_statement_on_a_synthetic_network(synth_path):
    states, extras = typical_states(synth_path)
    con = db.connect(synth_path, read_only=True)
    try:
        for filters in [*states, *bench_states()[:6]]:
            _every_part(con, filters, extras["funder"], Scope.everything())
        _every_part(con, states[0], extras["funder"], Scope(extras["funder"]))
    finally:
        con.close()
