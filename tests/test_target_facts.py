"""The targets' facts (migration 010) and the targets table read from them
(queries/results/table_groups.sql): for any filter state with no country or organisation chosen
it gives exactly what results/table.sql gives, for drawn states on the seed and on a synthetic
network (dates drawn from the targets' period edges and the records' own days, where a record is
in or out of a window by one day), for every funder and under every funder's scope; every write
(an event, an outcome, an import and its undo) keeps the facts equal to a fresh derivation and
shows on the next read; a funder's scope sees only the targets of the projects it funds."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from atlas import db, facts, ingest, queries, synth
from atlas.access import Person, Scope
from atlas.filters import Filters
from tests.conftest import file_before_migration
from tests.test_funder_reads import _choices
from tests.test_ingest import event, import_plan, stored_row

TWIN = "results/table_groups"


@pytest.fixture(scope="module")
def synth_con(tmp_path_factory: pytest.TempPathFactory):
    path = synth.build(3000, 17, tmp_path_factory.mktemp("target_facts") / "synth.duckdb")
    con = db.connect(path, read_only=True)
    yield con
    con.close()


def _params(filters: Filters) -> dict[str, object]:
    return filters.sql_params() | {"search": None}


def _same(con, filters: Filters, scope: Scope) -> pd.DataFrame:
    """The twin against results/table.sql for one state; returns the rows."""
    params = _params(filters)
    assert queries.statement_for("results/table", params) == TWIN, filters
    got = queries.run("results/table", scope=scope, con=con, **params)
    want = queries.run("results/table", scope=scope, con=con, summary=False, **params)
    pd.testing.assert_frame_equal(got, want, obj=f"{filters} {scope}")
    return got


def _days(con) -> list[dt.date]:
    """The days on which a record enters or leaves a window: the targets' period edges and the
    records' own first and last days, each with the day before and after."""
    found = {
        d
        for (d,) in con.execute(
            "SELECT period_start FROM targets UNION SELECT period_end FROM targets"
            " UNION SELECT start_date FROM event_facts UNION SELECT period_last_day FROM event_facts"
            " UNION SELECT date FROM outcomes UNION SELECT period_end(date, date_precision) FROM outcomes"
        ).fetchall()
        if d is not None
    }
    return sorted({d + dt.timedelta(days=k) for d in found for k in (-1, 0, 1)})


def _states(con):
    c = _choices(con)
    days = _days(con)
    date = st.one_of(st.none(), st.sampled_from(days))

    def few(values: list[str]):
        return st.lists(st.sampled_from(values), max_size=2, unique=True).map(tuple)

    return st.builds(
        Filters,
        date_from=date,
        date_to=date,
        event_types=st.one_of(st.just(()), few(c["types"])),
        projects=st.one_of(st.just(()), few(c["projects"])),
        funders=st.one_of(st.just(()), few(c["funders"])),
    )


@pytest.mark.parametrize("network", ["seed", "synthetic"])
def test_the_twin_gives_what_the_table_gives_for_drawn_states(network, request):
    con = request.getfixturevalue("seed_con" if network == "seed" else "synth_con")
    c = _choices(con)
    kinds = {k for (k,) in con.execute("SELECT DISTINCT indicator_kind FROM targets").fetchall()}
    if network == "synthetic":  # every kind of target, and periods to place records in
        assert kinds >= {"events", "participants", "countries_reached", "outcomes", "manual"}
        assert con.execute("SELECT count(period_start) FROM targets").fetchone()[0] > 10
    scopes = [Scope.everything(), Scope(c["funders"][0]), Scope(c["funders"][-1])]
    nonzero = []

    @settings(
        max_examples=60, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True
    )
    @given(filters=_states(con), scope=st.sampled_from(scopes))
    def check(filters, scope):
        got = _same(con, filters, scope)
        nonzero.append(int((got["actual"].fillna(0) > 0).sum()))

    check()
    assert sum(nonzero) > 0  # the states drawn counted something


@pytest.mark.parametrize("network", ["seed", "synthetic"])
def test_the_twin_gives_what_the_table_gives_for_every_funder_and_window(network, request):
    """The Funders page's states (each funder alone, with no type and with two), under each
    scope; and windows of one day, one month and one year around the targets' own periods."""
    con = request.getfixturevalue("seed_con" if network == "seed" else "synth_con")
    c = _choices(con)
    for funder in c["funders"]:
        for scope in (Scope.everything(), Scope(funder)):
            for n in (0, 2):
                _same(con, Filters(funders=(funder,), event_types=tuple(c["types"][:n])), scope)
    starts = [
        d
        for (d,) in con.execute(
            "SELECT DISTINCT period_start FROM targets WHERE period_start IS NOT NULL ORDER BY 1"
        ).fetchall()
    ][:8] or [dt.date(2014, 3, 1)]
    for start in starts:
        for length in (0, 30, 365):
            _same(
                con,
                Filters(date_from=start, date_to=start + dt.timedelta(days=length)),
                Scope.everything(),
            )


def test_a_record_on_a_window_s_edge_is_placed_as_the_table_places_it(synth_con):
    """Windows that begin on a record's last day or the day after, and end on its first day or
    the day before: an event of a project with targets, and an outcome with a date of its own
    (whose last day is that of the period its date stands for)."""
    edges = synth_con.execute(
        "(SELECT start_date, period_last_day FROM event_facts"
        "  WHERE project_id IN (SELECT project_id FROM targets) AND start_date IS NOT NULL"
        "  ORDER BY hash(event_id) LIMIT 12)"
        " UNION ALL "
        "(SELECT o.date, period_end(o.date, o.date_precision) FROM outcomes AS o"
        "  JOIN targets AS t ON t.project_id = o.project_id AND t.indicator_kind = 'outcomes'"
        "  WHERE o.date IS NOT NULL AND o.date_precision <> 'day'"
        "  ORDER BY hash(o.outcome_id) LIMIT 6)"
    ).fetchall()
    assert len(edges) == 18
    one = dt.timedelta(days=1)
    for first, last in edges:
        for begin, end in ((last, first), (last + one, first), (last, first - one)):
            _same(synth_con, Filters(date_from=begin, date_to=end), Scope.everything())


def test_countries_and_organisations_keep_the_table():
    for chosen in ({"countries": ["THA"]}, {"organisations": ["diakonia"]}, {"countries": []}):
        assert (
            queries.statement_for("results/table", _params(Filters()) | chosen) == "results/table"
        )
    assert queries.statement_for("results/table", _params(Filters())) == TWIN
    dated = {"date_from": dt.date(2016, 5, 17), "date_to": dt.date(2016, 5, 18)}
    assert queries.statement_for("results/table", _params(Filters()) | dated) == TWIN


def test_a_funder_s_scope_sees_only_the_targets_of_its_projects(synth_con):
    c = _choices(synth_con)
    for funder in c["funders"]:
        funded = {
            p
            for (p,) in synth_con.execute(
                "SELECT project_id FROM project_funders WHERE org_id = $f", {"f": funder}
            ).fetchall()
        }
        got = _same(synth_con, Filters(), Scope(funder))
        assert set(got["project_id"]) <= funded
        # another funder's projects, asked for by name, are not shown either
        others = sorted(set(c["projects"]) - funded)[:3]
        assert _same(synth_con, Filters(projects=tuple(others)), Scope(funder)).empty


# --- writes ------------------------------------------------------------------------------------


def _actual(con, target_id: str, filters: Filters | None = None, scope: Scope | None = None) -> int:
    table = _same(con, filters or Filters(), scope or Scope.everything()).set_index("target_id")
    return int(table.loc[target_id, "actual"])


def test_every_write_shows_in_the_targets_on_the_next_read(fresh_db):
    """On the seed: beyond-tolerance counts its field visits (events) and its documentaries
    (outcomes). A new field visit, moved out of a one-month window and back, an outcome added
    to it with a date of its own, and an import with its undo: each shows at once, and the facts
    stay equal to a fresh derivation."""
    con = db.connect(fresh_db)
    me = Person.local("tester")
    visits, films = "beyond-tolerance-country-visits", "beyond-tolerance-multimedia"
    june = Filters(date_from=dt.date(2021, 6, 1), date_to=dt.date(2021, 6, 30))
    try:
        assert facts.stale(con) == 0
        visits_before, films_before = _actual(con, visits), _actual(con, films)
        in_june = _actual(con, visits, june)
        visit = event(
            event_id="visit-2021-06",
            project_id="beyond-tolerance",
            event_type="field_visit",
            start_date="2021-06-30",
            date_precision="day",
        )
        ingest.commit(con, ingest.plan_form(con, "events", visit), me)
        assert facts.stale(con) == 0
        assert _actual(con, visits) == visits_before + 1
        assert _actual(con, visits, june) == in_june + 1
        # a day later it leaves June's window, and comes back
        moved = visit | {"start_date": "2021-07-01"}
        ingest.commit(con, ingest.plan_form(con, "events", moved, editing=("visit-2021-06",)), me)
        assert facts.stale(con) == 0
        assert _actual(con, visits, june) == in_june
        ingest.commit(con, ingest.plan_form(con, "events", visit, editing=("visit-2021-06",)), me)
        assert _actual(con, visits, june) == in_june + 1
        # an outcome of the visit, a documentary dated in May: counted, though not in June
        (outcome_id,) = con.execute(
            "SELECT outcome_id FROM outcomes WHERE outcome_type = 'documentary' LIMIT 1"
        ).fetchone()
        film = {
            k: ingest.as_text(v) or "" for k, v in stored_row(con, "outcomes", outcome_id).items()
        }
        film |= {
            "outcome_id": "film-2021",
            "event_id": "visit-2021-06",
            "project_id": "",
            "date": "2021-05-31",
            "date_precision": "day",
        }
        films_june = _actual(con, films, june)
        ingest.commit(con, ingest.plan_form(con, "outcomes", film), me)
        assert facts.stale(con) == 0
        assert _actual(con, films) == films_before + 1
        assert _actual(con, films, june) == films_june
        # a documentary of the project recorded at an event of another project, which the
        # project's funder does not fund: counted in the whole database, not in its scope
        toyota = Scope("toyota-foundation")
        films_toyota = _actual(con, films, scope=toyota)
        (other,) = con.execute(
            "SELECT min(event_id) FROM events WHERE project_id = 'ilo-ipec'"
        ).fetchone()
        cross = film | {
            "outcome_id": "film-elsewhere",
            "event_id": other,
            "project_id": "beyond-tolerance",
        }
        ingest.commit(con, ingest.plan_form(con, "outcomes", cross), me)
        assert facts.stale(con) == 0
        assert _actual(con, films) == films_before + 2
        assert _actual(con, films, scope=toyota) == films_toyota
        # an import moving the visit to 2022 and its undo
        row = {
            k: ingest.as_text(v) or ""
            for k, v in stored_row(con, "events", "visit-2021-06").items()
        }
        ingest.commit(con, import_plan(con, "events", [row | {"start_date": "2022-01-10"}]), me)
        assert facts.stale(con) == 0
        assert _actual(con, visits, june) == in_june
        ingest.undo_last_import(con, me)
        assert facts.stale(con) == 0
        assert _actual(con, visits, june) == in_june + 1
        # deleting the event takes its outcome and its count with it
        ingest.commit(con, ingest.plan_delete(con, "events", ("visit-2021-06",)), me)
        assert facts.stale(con) == 0
        assert (_actual(con, visits), _actual(con, films)) == (visits_before, films_before + 1)
    finally:
        con.close()


def test_a_file_from_before_the_targets_facts_gets_them_by_the_migration(tmp_path, seed_db_path):
    """Migration 010 fills the tables from the facts an existing file has."""
    tables = ("target_days", "target_countries", "target_outcomes", "funder_event_facts")
    con = file_before_migration(seed_db_path, tmp_path, 10, tables)
    try:
        assert 10 in db.migrate(con)
        assert facts.stale(con) == 0
        assert con.execute("SELECT sum(events) FROM target_days").fetchone()[0] == 17
        # the seed names one funder at an event: Diakonia at the Chiang Mai exchange
        assert con.execute("SELECT event_id FROM funder_event_facts").fetchall() == [
            ("exchange-2014-chiang-mai",)
        ]
    finally:
        con.close()


def test_a_stale_target_fact_is_found(fresh_db):
    con = db.connect(fresh_db)
    try:
        assert facts.stale(con) == 0
        con.execute("INSERT INTO funder_event_facts SELECT * FROM event_facts LIMIT 1")
        assert facts.stale(con) == 1
        facts.refresh(con)
        assert facts.stale(con) == 0
        for table in ("target_days", "target_countries", "target_outcomes"):
            con.execute(f"DELETE FROM {table} WHERE rowid = (SELECT min(rowid) FROM {table})")  # noqa: S608
            assert facts.stale_summary(con) > 0
            facts.refresh(con)
            assert facts.stale(con) == 0
    finally:
        con.close()


CHIANG_MAI = "exchange-2014-chiang-mai"  # the seed's one event naming a funder (Diakonia)


def _funder_outcomes(con) -> list[tuple]:
    return con.execute("SELECT * FROM funder_outcome_facts ORDER BY ALL").fetchall()


def test_a_file_from_before_migration_011_gets_the_funder_outcome_facts(tmp_path, seed_db_path):
    """Migration 011 fills funder_outcome_facts from the facts an existing file has: the seed's
    one outcome of an event naming a funder, placed on its event's dates (it has none of its
    own) and counted for its event's project."""
    con = file_before_migration(seed_db_path, tmp_path, 11, ["funder_outcome_facts"])
    try:
        assert 11 in db.migrate(con)
        assert facts.stale(con) == 0
        assert _funder_outcomes(con) == [
            (
                CHIANG_MAI,
                "exchange-2014",
                "recommendation",
                dt.date(2014, 8, 5),
                dt.date(2014, 8, 7),
            )
        ]
    finally:
        con.close()


def test_an_outcome_written_at_a_funders_event_is_in_its_facts_at_once(fresh_db):
    """An outcome recorded at the Chiang Mai exchange with a month of its own and another
    project is placed on that month and counted for that project; deleting it removes it; a
    stray row is found by stale() and a refresh clears it."""
    con = db.connect(fresh_db)
    me = Person.local("tester")
    try:
        before = _funder_outcomes(con)
        (outcome_id,) = con.execute(
            "SELECT outcome_id FROM outcomes WHERE event_id = ?", [CHIANG_MAI]
        ).fetchone()
        report = {
            k: ingest.as_text(v) or "" for k, v in stored_row(con, "outcomes", outcome_id).items()
        }
        report |= {
            "outcome_id": "exchange-2014-follow-up",
            "outcome_type": "publication",
            "title": "Follow-up report of the exchange",
            "date": "2015-05-01",
            "date_precision": "month",
            "project_id": "beyond-tolerance",
        }
        ingest.commit(con, ingest.plan_form(con, "outcomes", report), me)
        assert facts.stale(con) == 0
        added = (
            CHIANG_MAI,
            "beyond-tolerance",
            "publication",
            dt.date(2015, 5, 1),
            dt.date(2015, 5, 31),
        )
        assert _funder_outcomes(con) == sorted([*before, added])
        ingest.commit(con, ingest.plan_delete(con, "outcomes", ("exchange-2014-follow-up",)), me)
        assert facts.stale(con) == 0
        assert _funder_outcomes(con) == before
        con.execute(
            "INSERT INTO funder_outcome_facts VALUES (?, NULL, 'publication', NULL, NULL)",
            [CHIANG_MAI],
        )
        assert facts.stale(con) == 1
        facts.refresh(con)
        assert facts.stale(con) == 0 and _funder_outcomes(con) == before
    finally:
        con.close()
