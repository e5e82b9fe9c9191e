"""The summary tables (migration 009) and the page statements that read them
(queries/<page>/page_groups.sql): which filter states they answer (atlas.queries.
answered_by_summary), that for every such state they give exactly what the page's own statement
gives, part by part, on the seed and on a synthetic network, and that every kind of write keeps
them equal to a fresh derivation."""

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
from tests.conftest import file_before_migration
from tests.test_ingest import event, import_plan, stored_row

# The pages with a summary twin and the extra parameters they take.
ROUTED = {
    "overview/page": {"limit": 10},
    "countries/page": {"limit": 200},
    "outcomes/page": {"limit": 50},
}
LAO = "ilo-consultation-lao-2009-06"
EXCHANGE = "exchange-2014-chiang-mai"


# --- which states the summary answers ---------------------------------------------------------


@pytest.mark.parametrize(
    "filters",
    [
        Filters(),
        Filters(event_types=("workshop", "training")),
        Filters(projects=("ilo-ipec",)),
        Filters(date_from=dt.date(2015, 1, 1)),
        Filters(date_to=dt.date(2012, 12, 31)),
        Filters(
            date_from=dt.date(2009, 1, 1), date_to=dt.date(2010, 12, 31), event_types=("seminar",)
        ),
    ],
    ids=lambda f: str(f.to_query()) or "all",
)
def test_event_types_projects_and_whole_years_are_answered_by_the_summary(filters):
    params = filters.sql_params()
    assert queries.answered_by_summary(params)
    assert queries.statement_for("overview/page", params) == "overview/page_groups"
    assert queries.statement_for("outcomes/page", params) == "outcomes/page_groups"
    assert queries.statement_for("countries/page", params) == "countries/page_groups"


@pytest.mark.parametrize(
    "filters",
    [
        Filters(date_from=dt.date(2018, 3, 1)),
        Filters(date_from=dt.date(2018, 1, 2)),
        Filters(date_to=dt.date(2018, 12, 30)),
        Filters(date_to=dt.date(2019, 1, 1)),
        Filters(countries=("LAO",)),
        Filters(funders=("diakonia",)),
        Filters(organisations=("ilo",)),
        Filters(event_types=("workshop",), countries=("THA",)),
    ],
    ids=lambda f: str(f.to_query()),
)
def test_countries_funders_organisations_and_dates_inside_a_year_keep_the_page_statement(filters):
    params = filters.sql_params()
    assert not queries.answered_by_summary(params)
    assert queries.statement_for("countries/page", params) == "countries/page"
    assert queries.statement_for("outcomes/page", params) == "outcomes/page"
    if not filters.funders:
        assert queries.statement_for("overview/page", params) == "overview/page"


@pytest.mark.parametrize(
    "filters",
    [
        Filters(funders=("diakonia",)),
        Filters(funders=("diakonia", "toyota-foundation"), event_types=("workshop",)),
        Filters(funders=("diakonia",), date_from=dt.date(2015, 1, 1), projects=("ilo-ipec",)),
    ],
    ids=lambda f: str(f.to_query()),
)
def test_funders_are_answered_by_the_overview_twin_only(filters):
    """The Overview's twin adds the funders' own-funder events to their projects' groups; the
    Countries and Outcomes twins do not, so a funders filter keeps their page statement."""
    params = filters.sql_params()
    assert queries.answered_by_summary(params, funders=True)
    assert queries.statement_for("overview/page", params) == "overview/page_funders"
    assert queries.statement_for("countries/page", params) == "countries/page"
    assert queries.statement_for("outcomes/page", params) == "outcomes/page"
    # with a country or an organisation besides, no twin
    for other in ({"countries": ["LAO"]}, {"organisations": ["ilo"]}):
        assert queries.statement_for("overview/page", params | other) == "overview/page"


def test_an_empty_choice_a_timestamp_and_a_page_without_a_twin_keep_the_page_statement():
    assert not queries.answered_by_summary(Filters().sql_params() | {"countries": []})
    assert not queries.answered_by_summary({"date_from": dt.datetime(2018, 1, 1, 12)})
    assert not queries.answered_by_summary({"date_from": "2018-01-01"})
    # The Funders page's own funder is answered by its twin; a country still is not.
    assert (
        queries.statement_for("funders/page", Filters().sql_params() | {"funder": "diakonia"})
        == "funders/page_groups"
    )
    assert (
        queries.statement_for(
            "funders/page", Filters(countries=("LAO",)).sql_params() | {"funder": "diakonia"}
        )
        == "funders/page"
    )


# --- the two statements agree -----------------------------------------------------------------


def _same(con, page: str, filters: Filters, scope: Scope) -> None:
    params = filters.sql_params() | ROUTED[page]
    twin = page + ("_funders" if filters.funders else "_groups")
    assert queries.statement_for(page, params) == twin, filters
    expected = queries.run_parts(page, scope=scope, con=con, summary=False, **params)
    got = queries.run_parts(twin, scope=scope, con=con, **params)
    assert set(got) == set(expected)
    for part in expected:
        pd.testing.assert_frame_equal(got[part], expected[part], obj=f"{page}:{part} {filters}")


def states(event_types: list[str], projects: list[str]):
    """Answerable filter states: subsets of event types and projects, year-aligned ranges with
    open ends (a from after the to is a view of nothing)."""
    years = st.one_of(st.none(), st.integers(2003, 2027))
    return st.builds(
        lambda types, pros, start, end: Filters(
            event_types=tuple(types),
            projects=tuple(pros),
            date_from=dt.date(start, 1, 1) if start is not None else None,
            date_to=dt.date(end, 12, 31) if end is not None else None,
        ),
        st.lists(st.sampled_from(event_types), max_size=3, unique=True),
        st.lists(st.sampled_from(projects), max_size=3, unique=True),
        years,
        years,
    )


def _choices(con) -> tuple[list[str], list[str], str]:
    types = list(describe(con, "events").columns["event_type"].allowed)
    projects = [p for (p,) in con.execute("SELECT project_id FROM projects ORDER BY 1").fetchall()]
    (funder,) = con.execute(
        "SELECT org_id FROM project_funders GROUP BY ALL ORDER BY count(*) DESC, org_id LIMIT 1"
    ).fetchone()
    return types, projects, funder


@pytest.fixture(scope="module")
def synth_con(tmp_path_factory: pytest.TempPathFactory):
    path = synth.build(3000, 7, tmp_path_factory.mktemp("summary") / "synth.duckdb")
    con = db.connect(path, read_only=True)
    yield con
    con.close()


def test_the_networks_have_what_the_groups_must_handle(seed_con, synth_con):
    """Undated events and events of no project are in the data the comparisons run on."""
    for con in (seed_con, synth_con):
        undated, no_project, outcomes_of_projects = con.execute(
            "SELECT (SELECT count(*) FROM events WHERE start_date IS NULL),"
            " (SELECT count(*) FROM events WHERE project_id IS NULL),"
            " (SELECT count(*) FROM outcomes WHERE event_id IS NULL)"
        ).fetchone()
        assert no_project > 0 and outcomes_of_projects > 0
    assert (
        synth_con.execute("SELECT count(*) FROM events WHERE start_date IS NULL").fetchone()[0] > 0
    )


@pytest.mark.parametrize("page", sorted(ROUTED))
@pytest.mark.parametrize("network", ["seed", "synthetic"])
def test_the_summary_statement_gives_what_the_page_statement_gives(page, network, request):
    con = request.getfixturevalue("seed_con" if network == "seed" else "synth_con")
    types, projects, funder = _choices(con)

    @settings(
        max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True
    )
    @given(filters=states(types, projects), scoped=st.booleans())
    def check(filters, scoped):
        _same(con, page, filters, Scope(funder) if scoped else Scope.everything())

    check()
    # and the states the benchmark and a user set most: nothing, and event types one by one
    for n in range(len(types) + 1):
        _same(con, page, Filters(event_types=tuple(types[:n])), Scope.everything())


def test_a_stale_summary_is_found(fresh_db):
    con = db.connect(fresh_db)
    try:
        assert facts.stale(con) == 0
        con.execute("UPDATE summary_events SET events = events + 1 WHERE event_type = 'workshop'")
        assert facts.stale_summary(con) > 0 and facts.stale(con) > 0
        facts.refresh(con)
        assert facts.stale(con) == 0
        con.execute("DELETE FROM summary_orgs WHERE org_id = 'diakonia'")
        assert facts.stale(con) > 0
    finally:
        con.close()


# --- writes keep it in step -------------------------------------------------------------------


def _overview(con) -> dict[str, pd.DataFrame]:
    return queries.run_parts(
        "overview/page", scope=Scope.everything(), con=con, **Filters().sql_params(), limit=10
    )


def test_every_kind_of_write_keeps_the_summary_equal_to_a_fresh_derivation(fresh_db):
    con = db.connect(fresh_db)
    me = Person.local("tester")

    def ok():
        assert facts.stale(con) == 0
        _same(con, "overview/page", Filters(), Scope.everything())
        _same(con, "outcomes/page", Filters(), Scope.everything())
        _same(con, "countries/page", Filters(), Scope.everything())

    def group_events(event_type, project_id, year) -> int:
        return con.execute(
            "SELECT coalesce(sum(events), 0) FROM summary_events WHERE event_type = $t"
            " AND project_id IS NOT DISTINCT FROM $p AND start_year = $y",
            {"t": event_type, "p": project_id, "y": year},
        ).fetchone()[0]

    try:
        ok()
        events = _overview(con)["headline"].iloc[0]["events"]
        # A new event: a workshop of no project in 2019.
        before = group_events("workshop", None, 2019)
        ingest.commit(con, ingest.plan_form(con, "events", event()), me)
        ok()
        assert group_events("workshop", None, 2019) == before + 1
        assert _overview(con)["headline"].iloc[0]["events"] == events + 1
        # Moved to another type, year and project: it leaves its group for another.
        new = event(event_type="seminar", start_date="2016-01-01", project_id="ilo-ipec")
        was = group_events("seminar", "ilo-ipec", 2016)
        ingest.commit(
            con, ingest.plan_form(con, "events", new, editing=("workshop-2019-yangon",)), me
        )
        ok()
        assert group_events("workshop", None, 2019) == before
        assert group_events("seminar", "ilo-ipec", 2016) == was + 1
        # An outcome moved from one event to another.
        (outcome_id,) = con.execute(
            "SELECT outcome_id FROM outcomes WHERE event_id = $e LIMIT 1", {"e": EXCHANGE}
        ).fetchone()
        outcome = ingest.fetch_rows(con, ingest.schema(con)["outcomes"], [(outcome_id,)])[
            (outcome_id,)
        ]
        ingest.commit(
            con,
            ingest.plan_form(con, "outcomes", outcome | {"event_id": LAO}, editing=(outcome_id,)),
            me,
        )
        ok()
        # Deleting an event with what goes with it.
        ingest.commit(con, ingest.plan_delete(con, "events", (EXCHANGE,)), me)
        ok()
        assert _overview(con)["headline"].iloc[0]["events"] == events
        # An import (a changed year and a new event) and its undo.
        lao = {k: ingest.as_text(v) or "" for k, v in stored_row(con, "events", LAO).items()}
        ingest.commit(
            con,
            import_plan(
                con,
                "events",
                [
                    lao | {"start_date": "2011-06-01"},
                    event(event_id="imported", event_type="training"),
                ],
            ),
            me,
        )
        ok()
        assert _overview(con)["headline"].iloc[0]["events"] == events + 1
        ingest.undo_last_import(con, me)
        ok()
        assert _overview(con)["headline"].iloc[0]["events"] == events
    finally:
        con.close()


def test_a_file_from_before_the_summary_gets_it_by_the_migration(tmp_path: Path, seed_db_path):
    """Migration 009 fills the tables from the facts an existing file has."""
    own = [t for t in facts.SUMMARIES if t.startswith("summary_")]  # 009's own
    con = file_before_migration(seed_db_path, tmp_path, 9, own)
    try:
        assert 9 in db.migrate(con)
        assert facts.stale(con) == 0
        assert con.execute("SELECT sum(events) FROM summary_events").fetchone()[0] == 17
    finally:
        con.close()


def test_whole_group_facts_selects_what_filtered_facts_selects(seed_con, synth_con):
    """The top-N lists of the summary twins read whole_group_facts: for any dates (not only
    whole years), event types, projects and scope it selects the events filtered_facts does."""
    sql_new = (
        "SELECT event_id FROM whole_group_facts($date_from, $date_to, $event_types, $projects,"
        " $scope_funder) ORDER BY 1"
    )
    sql_old = (
        "SELECT event_id FROM filtered_facts($date_from, $date_to, NULL, $event_types, $projects,"
        " NULL, NULL, $scope_funder) ORDER BY 1"
    )
    for con in (seed_con, synth_con):
        types, projects, funder = _choices(con)
        cases = [
            Filters(),
            Filters(date_from=dt.date(2009, 6, 15)),
            Filters(date_to=dt.date(2014, 3, 31)),
            Filters(event_types=tuple(types[:2]), projects=tuple(projects[:3])),
            Filters(
                date_from=dt.date(2010, 5, 1),
                date_to=dt.date(2016, 8, 31),
                projects=(projects[-1],),
            ),
        ]
        for filters in cases:
            for scope in (None, funder, "no-such-funder"):
                p = filters.sql_params()
                params = {k: p[k] for k in ("date_from", "date_to", "event_types", "projects")}
                params["scope_funder"] = scope
                expected = con.execute(sql_old, params).fetchall()
                assert con.execute(sql_new, params).fetchall() == expected, (filters, scope)
                if scope is None and filters == Filters():
                    assert len(expected) == con.execute("SELECT count(*) FROM events").fetchone()[0]


# --- the Funders page: a funder's projects' groups and its own-funder events ---------------------


def _funders(con) -> list[str]:
    """Funders of several kinds: the one funding the most projects, one naming itself own funder
    at events outside its projects, one that only names itself at events (funds no project) when
    there is one, and the first and last by id."""
    found = [
        f
        for (f,) in con.execute(
            "SELECT org_id FROM (SELECT org_id FROM project_funders"
            " UNION SELECT org_id FROM event_organisations WHERE role = 'funder') ORDER BY 1"
        ).fetchall()
    ]
    own_outside = con.execute(
        "SELECT eo.org_id FROM event_organisations AS eo JOIN events AS e USING (event_id)"
        " WHERE eo.role = 'funder' AND (e.project_id IS NULL OR e.project_id NOT IN"
        " (SELECT project_id FROM project_funders AS pf WHERE pf.org_id = eo.org_id))"
        " GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1"
    ).fetchone()
    only_events = con.execute(
        "SELECT org_id FROM event_organisations WHERE role = 'funder'"
        " AND org_id NOT IN (SELECT org_id FROM project_funders) ORDER BY 1 LIMIT 1"
    ).fetchone()
    chosen = [_choices(con)[2], found[0], found[-1]]
    chosen += [r[0] for r in (own_outside, only_events) if r]
    return list(dict.fromkeys(chosen))


def test_the_synthetic_network_has_own_funder_events_outside_the_funders_projects(synth_con):
    """The second set the twin adds is not empty there, so the comparisons test it (the seed has
    none: the write test below makes some)."""
    for con in (synth_con,):
        (outside,) = con.execute(
            "SELECT count(*) FROM event_organisations AS eo JOIN events AS e USING (event_id)"
            " WHERE eo.role = 'funder' AND (e.project_id IS NULL OR e.project_id NOT IN"
            " (SELECT project_id FROM project_funders AS pf WHERE pf.org_id = eo.org_id))"
        ).fetchone()
        assert outside > 0


def _same_funder(con, filters: Filters, funder: str, scope: Scope, limit: int = 100) -> None:
    params = filters.sql_params() | {"funder": funder, "limit": limit}
    assert queries.statement_for("funders/page", params) == "funders/page_groups", filters
    expected = queries.run_parts("funders/page", scope=scope, con=con, summary=False, **params)
    got = queries.run_parts("funders/page_groups", scope=scope, con=con, **params)
    assert set(got) == set(expected)
    for part in expected:
        pd.testing.assert_frame_equal(
            got[part], expected[part], obj=f"funders/page:{part} {funder} {filters} {scope}"
        )


@pytest.mark.parametrize("network", ["seed", "synthetic"])
def test_the_funders_summary_statement_gives_what_the_page_statement_gives(network, request):
    con = request.getfixturevalue("seed_con" if network == "seed" else "synth_con")
    types, projects, scope_funder = _choices(con)
    funders = _funders(con)
    assert len(funders) >= 2

    @settings(
        max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True
    )
    @given(
        filters=states(types, projects),
        funder=st.sampled_from(funders),
        scoped=st.sampled_from([None, scope_funder, "same"]),
        limit=st.sampled_from([100, 5]),
    )
    def check(filters, funder, scoped, limit):
        scope = (
            Scope.everything() if scoped is None else Scope(funder if scoped == "same" else scoped)
        )
        _same_funder(con, filters, funder, scope, limit)

    check()
    # and the benchmark's states: each funder, nothing, then event types one by one
    for funder in funders:
        for n in range(len(types) + 1):
            _same_funder(con, Filters(event_types=tuple(types[:n])), funder, Scope.everything())


def test_funder_facts_selects_what_filtered_facts_selects(seed_con, synth_con):
    """The Funders twin's lists read funder_facts (and own_funder_facts for its sums): for any
    dates, event types, projects, scope and cut they select what filtered_facts does."""
    sql_new = (
        "SELECT event_id FROM funder_facts($date_from, $date_to, $event_types, $projects,"
        " $funders, $scope_funder, $started_by) ORDER BY 1"
    )
    sql_old = (
        "SELECT event_id FROM filtered_facts($date_from, $date_to, NULL, $event_types, $projects,"
        " $funders, NULL, $scope_funder)"
        " WHERE $started_by IS NULL OR start_date <= $started_by ORDER BY 1"
    )
    for con in (seed_con, synth_con):
        types, projects, scope_funder = _choices(con)
        funders = _funders(con)
        cases = [
            Filters(),
            Filters(date_from=dt.date(2009, 6, 15)),
            Filters(date_to=dt.date(2014, 3, 31)),
            Filters(event_types=tuple(types[:2]), projects=tuple(projects[:3])),
        ]
        # a cut on the day an event of the funder's starts: that event is kept
        (a_start,) = con.execute(
            "SELECT quantile_disc(start_date, 0.5)"
            " FROM filtered_facts(NULL, NULL, NULL, NULL, NULL, $f, NULL, NULL)",
            {"f": [funders[0]]},
        ).fetchone()
        assert a_start is not None
        for filters in cases:
            for chosen in ([funders[0]], funders[1:3], funders):
                for scope in (None, scope_funder):
                    for started_by in (None, dt.date(2012, 12, 31), a_start):
                        p = filters.sql_params()
                        params = {
                            k: p[k] for k in ("date_from", "date_to", "event_types", "projects")
                        }
                        params |= {
                            "funders": chosen,
                            "scope_funder": scope,
                            "started_by": started_by,
                        }
                        expected = con.execute(sql_old, params).fetchall()
                        got = con.execute(sql_new, params).fetchall()
                        assert got == expected, (filters, chosen, scope, started_by)


def test_own_funder_roles_written_show_on_the_funders_twin(fresh_db):
    """No table of its own to keep in step: after adding an event's own funder role outside the
    funder's projects, moving that event into a project the funder funds, and removing the role,
    the twin still gives what page.sql gives (and the funder's count moves as it should)."""
    con = db.connect(fresh_db)
    try:
        funder = _choices(con)[2]
        (event_id, funded_project) = con.execute(
            "SELECT (SELECT event_id FROM events WHERE project_id IS NULL"
            "        OR project_id NOT IN (SELECT project_id FROM project_funders WHERE org_id = $f)"
            "        ORDER BY event_id LIMIT 1),"
            " (SELECT project_id FROM project_funders WHERE org_id = $f ORDER BY 1 LIMIT 1)",
            {"f": funder},
        ).fetchone()

        def events_of_funder() -> int:
            _same_funder(con, Filters(), funder, Scope.everything())
            _same_funder(
                con, Filters(event_types=("workshop", "seminar")), funder, Scope.everything()
            )
            params = Filters().sql_params() | {"funder": funder, "limit": 100}
            got = queries.run_parts("funders/page", scope=Scope.everything(), con=con, **params)
            return int(got["summary"].iloc[0]["events"])

        me = Person.local("tester")
        role = {"event_id": event_id, "org_id": funder, "role": "funder", "source_quote": ""}
        before = events_of_funder()
        # the event names the funder as its own funder: one event more
        ingest.commit(con, ingest.plan_form(con, "event_organisations", role), me)
        assert events_of_funder() == before + 1
        # moved into a project the funder funds: still counted once
        row = {k: ingest.as_text(v) or "" for k, v in stored_row(con, "events", event_id).items()}
        ingest.commit(
            con,
            ingest.plan_form(
                con, "events", row | {"project_id": funded_project}, editing=(event_id,)
            ),
            me,
        )
        assert events_of_funder() == before + 1
        # the role removed: still counted, by its project
        ingest.commit(
            con, ingest.plan_delete(con, "event_organisations", (event_id, funder, "funder")), me
        )
        assert events_of_funder() == before + 1
        # moved back out of the funder's projects: no longer the funder's
        ingest.commit(con, ingest.plan_form(con, "events", row, editing=(event_id,)), me)
        assert events_of_funder() == before
        assert facts.stale(con) == 0
    finally:
        con.close()


@pytest.mark.parametrize("network", ["seed", "synthetic"])
def test_the_overview_twin_gives_what_the_page_gives_with_funders_chosen(network, request):
    """Funders in the filter bar on the Overview: one, two, every funder and none (an empty
    choice), with and without a scope, with type, project and year filters."""
    con = request.getfixturevalue("seed_con" if network == "seed" else "synth_con")
    types, projects, scope_funder = _choices(con)
    funders = _funders(con)
    choices = st.sampled_from([funders[:1], funders[1:3], funders[-1:], funders, []])

    @settings(
        max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True
    )
    @given(filters=states(types, projects), chosen=choices, scoped=st.booleans())
    def check(filters, chosen, scoped):
        filters = filters.replace(funders=tuple(chosen))
        _same(con, "overview/page", filters, Scope(scope_funder) if scoped else Scope.everything())

    check()
    for funder in funders:
        for n in range(0, len(types) + 1, 3):
            filters = Filters(event_types=tuple(types[:n]), funders=(funder,))
            _same(con, "overview/page", filters, Scope.everything())
