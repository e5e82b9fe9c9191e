"""The Funders page's own reads (issue 17): results/table reading only the targets in view
(target_records' only_projects, the events naming a funder or an organisation found by
event_facts' lists) gives exactly what the statement before it gave, for drawn filter states on
the seed and on a synthetic network, and after writes; filtered_facts' list_has_any matches what
the lambdas it replaced matched. The Funders page's own statement (funders/page_groups) is checked
against page.sql in tests/test_summary.py."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from atlas import db, facts, ingest, queries, synth
from atlas.access import Person, Scope
from atlas.filters import Filters
from atlas.schema import describe

BEFORE = (Path(__file__).parent / "data" / "results_table_before.sql").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def synth_con(tmp_path_factory: pytest.TempPathFactory):
    path = synth.build(3000, 11, tmp_path_factory.mktemp("funder_reads") / "synth.duckdb")
    con = db.connect(path, read_only=True)
    yield con
    con.close()


def _table(con, filters: Filters, scope: Scope, sql: str | None = None) -> pd.DataFrame:
    params = filters.sql_params() | {"search": None}
    if sql is None:
        return queries.run("results/table", scope=scope, con=con, **params)
    _, bound = queries._scoped("results/table", scope, params)
    cursor = con.cursor()
    try:
        return cursor.execute(sql, bound).df()
    finally:
        cursor.close()


def _same_table(con, filters: Filters, scope: Scope) -> pd.DataFrame:
    got = _table(con, filters, scope)
    pd.testing.assert_frame_equal(
        got, _table(con, filters, scope, BEFORE), obj=f"{filters} {scope}"
    )
    return got


def _choices(con) -> dict[str, list[str]]:
    def ids(sql: str) -> list[str]:
        return [r[0] for r in con.execute(sql).fetchall()]

    return {
        "types": list(describe(con, "events").columns["event_type"].allowed),
        "projects": ids("SELECT project_id FROM projects ORDER BY 1"),
        "funders": ids(
            "SELECT org_id FROM (SELECT org_id FROM project_funders UNION"
            " SELECT org_id FROM event_organisations WHERE role = 'funder') ORDER BY 1"
        ),
        "organisations": ids("SELECT org_id FROM organisations ORDER BY 1"),
        "countries": ids(
            "SELECT country_iso3 FROM participation UNION SELECT country_iso3 FROM events"
            " WHERE country_iso3 IS NOT NULL ORDER BY 1"
        ),
    }


def _states(c: dict[str, list[str]]):
    """Any filter state: a few of each choice, any dates (not only whole years)."""
    days = st.one_of(st.none(), st.dates(dt.date(2005, 1, 1), dt.date(2026, 12, 31)))

    def few(values: list[str]):
        return st.lists(st.sampled_from(values), max_size=2, unique=True).map(tuple)

    return st.builds(
        Filters,
        date_from=days,
        date_to=days,
        countries=st.one_of(st.just(()), few(c["countries"])),
        event_types=st.one_of(st.just(()), few(c["types"])),
        projects=st.one_of(st.just(()), few(c["projects"])),
        funders=few(c["funders"]),
        organisations=st.one_of(st.just(()), few(c["organisations"])),
    )


@pytest.mark.parametrize("network", ["seed", "synthetic"])
def test_the_targets_table_gives_what_it_gave_before(network, request):
    con = request.getfixturevalue("seed_con" if network == "seed" else "synth_con")
    c = _choices(con)
    assert (con.execute("SELECT count(*) FROM targets").fetchone()[0]) > 0
    scopes = [Scope.everything(), Scope(c["funders"][0])]

    @settings(
        max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True
    )
    @given(filters=_states(c), scoped=st.booleans())
    def check(filters, scoped):
        _same_table(con, filters, scopes[scoped])

    check()
    # the Funders page's own states: each funder alone, and with the first types
    for funder in c["funders"]:
        for n in (0, 2):
            _same_table(
                con, Filters(funders=(funder,), event_types=tuple(c["types"][:n])), scopes[0]
            )


def test_funders_and_organisations_match_as_the_lambdas_did(seed_con, synth_con):
    old = (
        "SELECT event_id FROM event_facts AS f WHERE ($funders IS NULL OR list_bool_or("
        "list_transform($funders, lambda x: list_contains(f.funder_ids, x)))"
        " OR f.project_id IN (SELECT project_id FROM project_funders WHERE org_id = ANY($funders)))"
        " AND ($organisations IS NULL OR list_bool_or("
        "list_transform($organisations, lambda x: list_contains(f.org_ids, x)))"
        " OR f.project_id IN (SELECT project_id FROM project_partners WHERE org_id = ANY($organisations))"
        " OR f.project_id IN (SELECT project_id FROM project_funders WHERE org_id = ANY($organisations))"
        " OR f.project_id IN (SELECT project_id FROM projects WHERE lead_org_id = ANY($organisations)))"
        " ORDER BY 1"
    )
    # filtered_facts with every other filter open; its project clauses are added to the old way
    new = (
        "SELECT event_id FROM filtered_facts(NULL, NULL, NULL, NULL, NULL, $funders,"
        " $organisations, NULL) ORDER BY 1"
    )
    for con in (seed_con, synth_con):
        c = _choices(con)
        for funders in (None, [], c["funders"][:1], c["funders"][-2:], c["funders"]):
            for orgs in (None, [], c["organisations"][:1], c["organisations"][3:6]):
                params = {"funders": funders, "organisations": orgs}
                assert con.execute(new, params).fetchall() == con.execute(old, params).fetchall()


def test_a_funder_role_written_shows_in_its_targets_on_the_next_run(fresh_db):
    """An event of a project with targets names a funder that funds none of the project: the
    project's targets join the funder's table at once, counting that event; removing the role
    takes them out again. The statement equals the one before it after each write."""
    con = db.connect(fresh_db)
    try:
        project, event_id = con.execute(
            "SELECT t.project_id, min(e.event_id) FROM targets AS t"
            " JOIN events AS e ON e.project_id = t.project_id GROUP BY 1 ORDER BY 1 LIMIT 1"
        ).fetchone()
        (funder,) = con.execute(
            "SELECT min(org_id) FROM organisations WHERE org_id NOT IN"
            " (SELECT org_id FROM project_funders WHERE project_id = $p)"
            " AND org_id NOT IN (SELECT org_id FROM event_organisations WHERE event_id = $e)",
            {"p": project, "e": event_id},
        ).fetchone()
        view = Filters(funders=(funder,))

        def of_project() -> pd.DataFrame:
            table = _same_table(con, view, Scope.everything())
            return table[table["project_id"] == project]

        assert of_project().empty
        me = Person.local("tester")
        role = {"event_id": event_id, "org_id": funder, "role": "funder", "source_quote": ""}
        ingest.commit(con, ingest.plan_form(con, "event_organisations", role), me)
        shown = of_project()
        assert not shown.empty
        events = shown[shown["indicator_kind"] == "events"]
        # the one event naming the funder is what its event targets can count
        assert set(events["actual"]) <= {0, 1}
        ingest.commit(
            con, ingest.plan_delete(con, "event_organisations", (event_id, funder, "funder")), me
        )
        assert of_project().empty
        assert facts.stale(con) == 0
    finally:
        con.close()
