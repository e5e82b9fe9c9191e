"""target_countries by spans of days (migration 015): the pairs of dates of a group's events
reaching a country that overlap or touch are one row, and the targets table counts the same
countries from the spans as from the pairs: for windows beginning and ending on a span's first or
last day, the day before or after it, and in the gap between two spans, on the seed and on a
synthetic network, the twin (queries/results/table_groups.sql) gives what results/table.sql gives
and what it gave reading the pairs. A write that joins two spans or parts them shows on the next
read; migration 015 turns a file's pairs into spans."""

from __future__ import annotations

import datetime as dt
import shutil

import pandas as pd
import pytest

from atlas import db, facts, ingest, queries, synth
from atlas.access import Person, Scope
from atlas.filters import Filters
from tests.test_ingest import event
from tests.test_target_facts import TWIN, _params, _same

# target_countries as migration 010 kept it: one row per group, pair of dates and country.
PAIRS = """
SELECT DISTINCT project_id, event_type, start_year, last_year, start_date, period_last_day, country_iso3
FROM (SELECT project_id, event_type, start_year, last_year, start_date, period_last_day, country_iso3
      FROM summary_facts(NULL) WHERE country_iso3 IS NOT NULL
      UNION ALL
      SELECT project_id, event_type, start_year, last_year, start_date, period_last_day,
             unnest(origin_countries) AS country_iso3
      FROM summary_facts(NULL))
"""
GROUP = "project_id, event_type, start_year, last_year, country_iso3"
DAY = dt.timedelta(days=1)


@pytest.fixture(scope="module")
def synth_path(tmp_path_factory: pytest.TempPathFactory):
    return synth.build(3000, 17, tmp_path_factory.mktemp("country_spans") / "synth.duckdb")


@pytest.fixture(scope="module")
def synth_con(synth_path):
    con = db.connect(synth_path, read_only=True)
    yield con
    con.close()


def _touching(con) -> int:
    """Spans of one group and country that overlap or touch (there should be none)."""
    return con.execute(
        f"SELECT count(*) FROM target_countries AS a JOIN target_countries AS b USING ({GROUP})"
        " WHERE a.rowid < b.rowid AND a.start_date <= b.period_last_day + 1"
        " AND b.start_date <= a.period_last_day + 1"
    ).fetchone()[0]


def _uncovered(con) -> int:
    """Pairs of dates not inside exactly one span of their group and country, and spans whose
    first or last day is no pair's."""
    return con.execute(
        f"WITH p AS ({PAIRS}) "
        f"SELECT (SELECT count(*) FROM p WHERE start_date IS NOT NULL AND 1 <> (SELECT count(*)"
        "         FROM target_countries AS s WHERE s.project_id IS NOT DISTINCT FROM p.project_id"
        "         AND s.event_type = p.event_type AND s.start_year IS NOT DISTINCT FROM p.start_year"
        "         AND s.last_year IS NOT DISTINCT FROM p.last_year AND s.country_iso3 = p.country_iso3"
        "         AND s.start_date <= p.start_date AND p.period_last_day <= s.period_last_day))"
        f" + (SELECT count(*) FROM target_countries AS s WHERE s.start_date IS NOT NULL AND ("
        f"      (s.start_date NOT IN (SELECT start_date FROM p WHERE ({GROUP}) IS NOT DISTINCT FROM"
        "        (s.project_id, s.event_type, s.start_year, s.last_year, s.country_iso3)))"
        f"   OR (s.period_last_day NOT IN (SELECT period_last_day FROM p WHERE ({GROUP})"
        "        IS NOT DISTINCT FROM (s.project_id, s.event_type, s.start_year, s.last_year, s.country_iso3)))))"
    ).fetchone()[0]


def _edge_states(con, most: int = 12) -> list[Filters]:
    """Windows around the spans of the projects with a countries target: each span's first and
    last day, the day before and after, the gap to the next span of its group and country, and
    open on either side; each with the project chosen and with no filter but the dates."""
    spans = con.execute(
        f"WITH s AS (SELECT project_id, start_date, period_last_day,"
        f" lead(start_date) OVER (PARTITION BY {GROUP} ORDER BY start_date) AS next_start"
        " FROM target_countries"
        " WHERE start_date IS NOT NULL AND project_id IN"
        "   (SELECT project_id FROM targets WHERE indicator_kind = 'countries_reached'))"
        # the longest spans, and those with the shortest gap (a day) to the next
        " (SELECT * FROM s ORDER BY period_last_day - start_date DESC, project_id, start_date"
        "  LIMIT $most)"
        " UNION"
        " (SELECT * FROM s WHERE next_start IS NOT NULL"
        "  ORDER BY next_start - period_last_day, project_id, start_date LIMIT $most)"
        " ORDER BY ALL",
        {"most": most // 2},
    ).fetchall()
    states = []
    for project, first, last, following in spans:
        windows = [
            (first - DAY, first - DAY),
            (first, first),
            (last, last),
            (last + DAY, last + DAY),
            (None, first - DAY),
            (last + DAY, None),
            (first + DAY, last - DAY),
        ]
        if following is not None:
            windows.append((last + DAY, following - DAY))
        for start, end in windows:
            if start is not None and end is not None and start > end:
                continue
            states.append(Filters(date_from=start, date_to=end, projects=(project,)))
            states.append(Filters(date_from=start, date_to=end))
    return states


def _twin_over_pairs(con, filters: Filters, scope: Scope, table: str) -> pd.DataFrame:
    """The twin as it is, reading `table` (the pairs) where it reads target_countries."""
    query = queries.load(TWIN)
    sql = query.sql.replace("FROM target_countries AS c", f"FROM {table} AS c")
    assert sql != query.sql
    params = _params(filters) | {queries.SCOPE_PARAM: scope.funder}
    return con.execute(sql, queries.bind(query, params)).df()


@pytest.mark.parametrize("network", ["seed", "synthetic"])
def test_spans_neither_overlap_nor_touch_and_cover_every_pair(network, request):
    con = request.getfixturevalue("seed_con" if network == "seed" else "synth_con")
    assert _touching(con) == 0
    assert _uncovered(con) == 0
    undated = con.execute(f"SELECT count(*) FROM ({PAIRS}) WHERE start_date IS NULL").fetchone()[0]
    assert (
        con.execute("SELECT count(*) FROM target_countries WHERE start_date IS NULL").fetchone()[0]
        == undated
    )
    if network == "synthetic":  # spans of many pairs, and groups with more than one span
        pairs = con.execute(f"SELECT count(*) FROM ({PAIRS})").fetchone()[0]
        spans = con.execute("SELECT count(*) FROM target_countries").fetchone()[0]
        assert pairs - spans > 100
        assert (
            con.execute(
                f"SELECT count(*) FROM (SELECT {GROUP} FROM target_countries"
                f" WHERE start_date IS NOT NULL GROUP BY ALL HAVING count(*) > 1)"
            ).fetchone()[0]
            > 10
        )


@pytest.mark.parametrize("network", ["seed", "synthetic"])
def test_windows_at_the_spans_edges_count_as_the_pairs_and_the_events(
    network, request, tmp_path, seed_db_path
):
    path = seed_db_path if network == "seed" else request.getfixturevalue("synth_path")
    copy = tmp_path / "copy.duckdb"
    shutil.copyfile(path, copy)
    con = db.connect(copy)
    try:
        con.execute(f"CREATE TABLE country_pairs AS {PAIRS}")
        if network == "seed":  # the seed has no countries target: one for each project, no period
            con.execute(
                "INSERT INTO targets SELECT * REPLACE ('countries-' || p.project_id AS target_id,"
                " p.project_id AS project_id, 'countries_reached' AS indicator_kind,"
                " NULL AS event_type, NULL AS outcome_type, NULL AS period_start, NULL AS period_end)"
                " FROM (SELECT * FROM targets LIMIT 1),"
                " (SELECT DISTINCT project_id FROM target_countries WHERE project_id IS NOT NULL) AS p"
            )
        funders = [
            f for (f,) in con.execute("SELECT DISTINCT org_id FROM project_funders").fetchall()
        ]
        states = _edge_states(con)
        assert len(states) > (20 if network == "seed" else 80)
        counted = 0
        for i, filters in enumerate(states):
            scope = Scope(funders[i % len(funders)]) if i % 3 == 2 else Scope.everything()
            got = _same(con, filters, scope)
            pd.testing.assert_frame_equal(
                got, _twin_over_pairs(con, filters, scope, "country_pairs"), obj=str(filters)
            )
            counted += int(got.loc[got["indicator_kind"] == "countries_reached", "actual"].sum())
        assert counted > 0
    finally:
        con.close()


def test_a_write_joining_two_spans_or_parting_them_shows_on_the_next_read(tmp_path, synth_path):
    copy = tmp_path / "copy.duckdb"
    shutil.copyfile(synth_path, copy)
    con = db.connect(copy)
    me = Person.local("tester")
    try:
        # two spans of one group and country a few days apart, the group one year of one type
        project, kind, year, country, end, following = con.execute(
            f"SELECT project_id, event_type, start_year, country_iso3, period_last_day, next_start"
            f" FROM (SELECT *, lead(start_date) OVER (PARTITION BY {GROUP} ORDER BY start_date)"
            "       AS next_start FROM target_countries WHERE start_date IS NOT NULL)"
            " WHERE next_start IS NOT NULL AND start_year = last_year AND project_id IS NOT NULL"
            "   AND year(next_start) = start_year AND next_start - period_last_day BETWEEN 3 AND 60"
            " ORDER BY project_id, start_date LIMIT 1"
        ).fetchone()
        (source,) = con.execute("SELECT min(source_id) FROM sources").fetchone()
        spans = f"SELECT count(*) FROM target_countries WHERE ({GROUP}) = ($p, $k, $y, $y, $c)"
        key = {"p": project, "k": kind, "y": year, "c": country}
        before = con.execute(spans, key).fetchone()[0]
        bridge = event(
            event_id="bridge-1",
            event_type=kind,
            project_id=project,
            country_iso3=country,
            start_date=(end + DAY).isoformat(),
            end_date=(following - DAY).isoformat(),
            date_precision="day",
            source_id=source,
        )
        ingest.commit(con, ingest.plan_form(con, "events", bridge), me)
        assert facts.stale(con) == 0
        assert con.execute(spans, key).fetchone()[0] == before - 1
        assert _touching(con) == 0
        # a day short of the next span: parted again
        short = bridge | {"end_date": (following - 2 * DAY).isoformat()}
        ingest.commit(con, ingest.plan_form(con, "events", short, editing=("bridge-1",)), me)
        assert facts.stale(con) == 0
        assert con.execute(spans, key).fetchone()[0] == before
        ingest.commit(con, ingest.plan_delete(con, "events", ("bridge-1",)), me)
        assert facts.stale(con) == 0
        assert con.execute(spans, key).fetchone()[0] == before
        assert _uncovered(con) == 0
    finally:
        con.close()


def test_migration_015_turns_a_files_pairs_into_spans(tmp_path, synth_path):
    copy = tmp_path / "older.duckdb"
    shutil.copyfile(synth_path, copy)
    con = db.connect(copy)
    try:
        con.execute("DELETE FROM target_countries")
        con.execute(f"INSERT INTO target_countries {PAIRS} ORDER BY ALL")
        con.execute("DELETE FROM schema_version WHERE version = 15")
        assert facts.stale_summary(con) > 0
        assert 15 in db.migrate(con)
        assert facts.stale(con) == 0
        assert _touching(con) == 0
    finally:
        con.close()
