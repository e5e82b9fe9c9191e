"""Every named statement is parsed once (atlas.queries.parsed) and executed parsed, with its
parameters bound as its text would be: each query parses to one statement, its own, and the pages'
statements and the Funders page's others (its funded list, the targets table and its twin) give
the same rows parsed as from their text, on the seed and on a synthetic network, under no scope
and a funder's."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from atlas import db, queries, synth
from atlas.access import Scope
from atlas.filters import Filters
from bench.summary_tables import bench_states
from bench.workload import typical_states
from tests.test_page_frames import STATEMENTS
from tests.test_page_queries import SEED_STATES

# the Funders page's statements besides its page statement, with what it passes
OTHERS = {
    "funders/funded": {},
    "results/table": {"search": None},
    "results/table_groups": {"search": None},
}


@pytest.mark.parametrize("name", queries.names())
def test_each_query_parses_to_its_own_one_statement(name):
    query = queries.load(name)
    statement = queries.parsed(query)
    # its text, from its first word on (the header comment is not kept)
    assert statement.query.strip() and query.sql.rstrip().endswith(statement.query.rstrip())
    assert queries.parsed(queries.load(name)) is statement  # parsed once


def _params(name: str, filters: Filters, funder: str) -> dict[str, object]:
    if name in STATEMENTS:
        extra = STATEMENTS[name]
        if "funder" in queries.load(name).params:
            return filters.replace(funders=()).sql_params() | extra | {"funder": funder}
        return filters.sql_params() | extra
    if name == "funders/funded":
        return {"funder": funder}
    return filters.replace(funders=(funder,)).sql_params() | OTHERS[name]


def _every_statement(con, filters: Filters, funder: str, scope: Scope) -> int:
    """Each statement's rows parsed against its text; how many compared."""
    compared = 0
    for name in [*STATEMENTS, *OTHERS]:
        params = queries.with_derived(con, name, scope, _params(name, filters, funder))
        query, bound = queries._scoped(name, scope, params)
        cursor = con.cursor()
        try:
            text = queries.statement_arrow(cursor, query.sql, bound)
            parsed = queries.statement_arrow(cursor, queries.parsed(query), bound)
        finally:
            cursor.close()
        assert parsed.equals(text, check_metadata=True), f"{name} {filters}: parsed differs"
        compared += 1
    return compared


@pytest.mark.parametrize("filters", SEED_STATES, ids=lambda f: str(f.to_query()) or "all")
def test_parsed_statements_give_their_texts_rows_on_the_seed(filters, seed_con):
    con = seed_con.cursor()
    try:
        assert _every_statement(con, filters, "diakonia", Scope.everything()) == 12
        _every_statement(con, filters, "diakonia", Scope("diakonia"))
    finally:
        con.close()


@pytest.fixture(scope="module")
def synth_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return synth.build(3000, 5, tmp_path_factory.mktemp("parsed") / "synth.duckdb")


def test_parsed_statements_give_their_texts_rows_on_a_synthetic_network(synth_path):
    states, extras = typical_states(synth_path)
    con = db.connect(synth_path, read_only=True)
    try:
        for filters in [*states, *bench_states()[:6]]:
            _every_statement(con, filters, extras["funder"], Scope.everything())
        _every_statement(con, states[0], extras["funder"], Scope(extras["funder"]))
    finally:
        con.close()


def test_one_parsed_statement_is_run_by_several_sessions_at_once(seed_con):
    # Streamlit runs each session's script in a thread of its own: the one parsed statement is
    # executed by several at once, each on its own cursor, and each gets its own rows
    name = "results/table"
    query = queries.load(name)
    states = SEED_STATES[:4]
    bound = [
        queries._scoped(name, Scope.everything(), _params(name, f, "diakonia"))[1] for f in states
    ]
    cursor = seed_con.cursor()
    try:
        wanted = [cursor.execute(query.sql, b).fetchall() for b in bound]
    finally:
        cursor.close()
    found: list[object] = []

    def session(k: int) -> None:
        for _ in range(5):
            own = seed_con.cursor()
            try:
                found.append(own.execute(queries.parsed(query), bound[k]).fetchall() == wanted[k])
            except Exception as error:  # noqa: BLE001 - reported by the assertion below
                found.append(error)
            finally:
                own.close()

    threads = [threading.Thread(target=session, args=(k,)) for k in range(len(bound))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert found == [True] * 5 * len(bound)
