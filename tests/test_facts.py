"""event_facts (migration 006): the per-event table the filter and the charts read. It must say
exactly what the child tables say, after a build and after every kind of write, and the filter
built on it must select the same events as the rule of migration 002 stated over the child
tables."""

from __future__ import annotations

import csv
import datetime as dt
import shutil

import pytest
from streamlit.testing.v1 import AppTest

from atlas import db, facts, ingest, queries, schema, synth
from atlas.access import Person, Scope
from atlas.filters import Filters
from atlas.markdown import shown
from atlas.schema import DATA_TABLES, describe_all
from tests.conftest import ROOT, code_of_version

LAO = "ilo-consultation-lao-2009-06"  # June 2009: 29 participants, 7 from Lao PDR
EXCHANGE = "exchange-2014-chiang-mai"  # 24 from MMR, THA, KHM with no split

# Migration 002's filter, over the child tables: the reference the facts-based filter must match.
RULE_002 = """
SELECT e.event_id FROM events AS e
WHERE ($date_from IS NULL OR coalesce(e.end_date, period_end(e.start_date, e.date_precision)) >= $date_from)
  AND ($date_to IS NULL OR e.start_date <= $date_to)
  AND ($countries IS NULL OR e.country_iso3 = ANY($countries)
       OR e.event_id IN (SELECT p.event_id FROM participation AS p WHERE p.country_iso3 = ANY($countries)))
  AND ($event_types IS NULL OR e.event_type = ANY($event_types))
  AND ($projects IS NULL OR e.project_id = ANY($projects))
  AND ($funders IS NULL
       OR e.project_id IN (SELECT pf.project_id FROM project_funders AS pf WHERE pf.org_id = ANY($funders))
       OR e.event_id IN (SELECT eo.event_id FROM event_organisations AS eo WHERE eo.role = 'funder' AND eo.org_id = ANY($funders)))
  AND ($organisations IS NULL
       OR e.event_id IN (SELECT eo.event_id FROM event_organisations AS eo WHERE eo.org_id = ANY($organisations))
       OR e.project_id IN (SELECT pp.project_id FROM project_partners AS pp WHERE pp.org_id = ANY($organisations))
       OR e.project_id IN (SELECT pf.project_id FROM project_funders AS pf WHERE pf.org_id = ANY($organisations))
       OR e.project_id IN (SELECT pr.project_id FROM projects AS pr WHERE pr.lead_org_id = ANY($organisations)))
ORDER BY 1
"""
NEW = (
    "SELECT event_id FROM filtered_events($date_from, $date_to, $countries, $event_types, $projects, "
    "$funders, $organisations, NULL) ORDER BY 1"
)


@pytest.fixture
def con(fresh_db):
    connection = db.connect(fresh_db)
    yield connection
    connection.close()


def row(con, event_id: str) -> dict:
    cursor = con.execute("SELECT * FROM event_facts WHERE event_id = $e", {"e": event_id})
    names = [d[0] for d in cursor.description]
    rows = cursor.fetchall()
    assert len(rows) == 1, f"{event_id}: {len(rows)} rows of facts"
    return dict(zip(names, rows[0], strict=True))


def test_the_seed_facts_say_what_the_reports_say(seed_con):
    assert facts.stale(seed_con) == 0
    assert seed_con.execute(
        "SELECT count(*), count(DISTINCT event_id) FROM event_facts"
    ).fetchone() == (17, 17)
    lao = row(seed_con, LAO)
    assert (
        lao["participants_total"],
        lao["counted"],
        lao["countries_named"],
        lao["countries_without_count"],
    ) == (29, 7, 1, 0)
    assert lao["origins"] == [{"country_iso3": "LAO", "participants": 7}]
    assert lao["period_last_day"] == dt.date(2009, 6, 30)  # "June 2009" runs to the month's end
    exchange = row(seed_con, EXCHANGE)
    assert (
        exchange["counted"],
        exchange["countries_named"],
        exchange["countries_without_count"],
    ) == (0, 3, 3)
    assert exchange["origin_countries"] == ["KHM", "MMR", "THA"]
    assert "diakonia" in exchange["funder_ids"] and set(exchange["funder_ids"]) <= set(
        exchange["org_ids"]
    )


def test_filtered_events_returns_the_events_columns_and_no_other(seed_con):
    events = [d[0] for d in seed_con.execute("SELECT * FROM events LIMIT 0").description]
    cursor = seed_con.execute(
        "SELECT * FROM filtered_events(NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL) LIMIT 0"
    )
    assert [d[0] for d in cursor.description] == events


STATES = [
    Filters(),
    Filters(date_from=dt.date(2014, 6, 1)),
    Filters(date_to=dt.date(2009, 6, 15)),
    Filters(countries=("LAO",)),
    Filters(countries=("THA", "KHM")),
    Filters(event_types=("consultation", "seminar")),
    Filters(funders=("diakonia",)),
    Filters(organisations=("mmn",)),
    Filters(organisations=("diakonia", "ilo")),
    Filters(date_from=dt.date(2009, 1, 1), date_to=dt.date(2010, 12, 31), countries=("LAO", "MMR")),
]


@pytest.mark.parametrize(
    "state", STATES, ids=lambda s: "&".join(f"{k}={v}" for k, v in s.to_query().items()) or "none"
)
def test_the_filter_selects_what_the_rule_over_the_child_tables_selects_on_the_seed(
    seed_con, state
):
    params = state.sql_params()
    expected = seed_con.execute(RULE_002, params).fetchall()
    assert seed_con.execute(NEW, params).fetchall() == expected


def test_the_filter_selects_what_the_rule_selects_on_a_synthetic_network(tmp_path):
    path = synth.build(3000, 5, tmp_path / "synth.duckdb")
    con = db.connect(path, read_only=True)
    try:
        assert facts.stale(con) == 0
        project, funder, org = con.execute(
            "SELECT (SELECT project_id FROM events WHERE project_id IS NOT NULL LIMIT 1),"
            " (SELECT org_id FROM event_organisations WHERE role = 'funder' LIMIT 1),"
            " (SELECT org_id FROM event_organisations LIMIT 1)"
        ).fetchone()
        states = STATES[:2] + [
            Filters(countries=("THA",)),
            Filters(projects=(project,)),
            Filters(funders=(funder,)),
            Filters(organisations=(org,)),
            Filters(date_from=dt.date(2018, 1, 1), countries=("LAO", "VNM")),
        ]
        for state in states:
            params = state.sql_params()
            expected = con.execute(RULE_002, params).fetchall()
            assert con.execute(NEW, params).fetchall() == expected, state
            assert len(expected) > 0, state
    finally:
        con.close()


def test_every_kind_of_write_keeps_the_facts_current(con):
    def ok():
        assert facts.stale(con) == 0

    exchange = ingest.fetch_rows(con, ingest.schema(con)["events"], [(EXCHANGE,)])[(EXCHANGE,)]
    # A stated count for one of the three countries named without one.
    parts = [
        {"country_iso3": c, "participants": 10 if c == "THA" else None, "source_quote": q}
        for c, q in con.execute(
            "SELECT country_iso3, source_quote FROM participation WHERE event_id = $e",
            {"e": EXCHANGE},
        ).fetchall()
    ]
    ingest.commit(
        con,
        ingest.plan_form(con, "events", exchange, editing=(EXCHANGE,), participation=parts),
        Person.local("tester"),
    )
    ok()
    assert (row(con, EXCHANGE)["counted"], row(con, EXCHANGE)["countries_without_count"]) == (10, 2)
    # Moving the event to another host country: a write DuckDB makes us split into steps.
    written = ingest.commit(
        con,
        ingest.plan_form(
            con,
            "events",
            exchange | {"country_iso3": "KHM"},
            editing=(EXCHANGE,),
            participation=parts,
        ),
        Person.local("tester"),
    )
    assert written.steps > 1
    ok()
    assert row(con, EXCHANGE)["country_iso3"] == "KHM" and row(con, EXCHANGE)["counted"] == 10
    # An outcome moved from one event to another changes both events' counts.
    (outcome_id,) = con.execute(
        "SELECT outcome_id FROM outcomes WHERE event_id = $e LIMIT 1", {"e": EXCHANGE}
    ).fetchone()
    before = (row(con, EXCHANGE)["outcome_count"], row(con, LAO)["outcome_count"])
    outcome = ingest.fetch_rows(con, ingest.schema(con)["outcomes"], [(outcome_id,)])[(outcome_id,)]
    ingest.commit(
        con,
        ingest.plan_form(con, "outcomes", outcome | {"event_id": LAO}, editing=(outcome_id,)),
        Person.local("tester"),
    )
    ok()
    assert (row(con, EXCHANGE)["outcome_count"], row(con, LAO)["outcome_count"]) == (
        before[0] - 1,
        before[1] + 1,
    )
    # Deleting an event with its children leaves no facts row behind.
    ingest.commit(con, ingest.plan_delete(con, "events", (EXCHANGE,)), Person.local("tester"))
    ok()
    assert con.execute(
        "SELECT count(*) FROM event_facts WHERE event_id = $e", {"e": EXCHANGE}
    ).fetchone() == (0,)
    assert con.execute("SELECT count(*) FROM event_facts").fetchone() == (16,)


def test_refresh_of_unknown_or_no_ids_changes_nothing(con):
    before = ingest.table_checksum(con, "event_facts")
    facts.refresh(con, [])
    facts.refresh(con, ["no-such-event", None])
    assert ingest.table_checksum(con, "event_facts") == before


def test_an_older_file_is_refused_read_only_in_words_then_upgraded_by_the_command(
    tmp_path, monkeypatch, capsys
):
    """A file from before migration 006 (the seed written through migrations 001-005 only)."""
    # The seed as it was then: no targets, no IATI columns (migration 007).
    seed = tmp_path / "seed"
    shutil.copytree(db.DEFAULT_SEED, seed)
    (seed / "targets.csv").unlink()
    for name in ("organisations", "projects"):
        rows = list(csv.DictReader((seed / f"{name}.csv").open(encoding="utf-8", newline="")))
        keep = [c for c in rows[0] if not c.startswith("iati_")]
        with (seed / f"{name}.csv").open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, keep, extrasaction="ignore")
            writer.writeheader()
            writer.writerows(rows)
    path = tmp_path / "older.duckdb"
    with code_of_version(5, tmp_path), monkeypatch.context() as patch:
        then = tuple(t for t in DATA_TABLES if t != "targets")
        patch.setattr(db, "DATA_TABLES", then)
        patch.setattr(schema, "DATA_TABLES", then)
        con = db.connect(path)
        db.migrate(con)
        tables = describe_all(con)
        batch, problems = db.read_seed(seed, tables)
        assert problems == []
        db.write_batch(con, tables, batch)
        con.close()
    latest = db.migrations()[-1][0]
    monkeypatch.setenv("ATLAS_DB", str(path))
    monkeypatch.setenv("ATLAS_READ_ONLY", "1")
    db.shared.close()
    with pytest.raises(
        RuntimeError,
        match=rf"schema version 5 and this app needs {latest}.*python -m atlas\.db refresh --db",
    ):
        db.shared.connection()
    db.shared.close()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.run()
    assert not at.exception, at.exception  # the page says it in words, not as a traceback
    assert any(
        f"this app needs {latest}" in e.value and "python -m atlas.db refresh" in shown(e.value)
        for e in at.error
    )
    assert db.main(["refresh", "--db", str(path)]) == 0
    assert "facts of 17 events rewritten" in capsys.readouterr().out
    db.shared.close()
    headline = queries.run(
        "overview/headline", scope=Scope.everything(), **Filters().sql_params()
    ).iloc[0]
    assert (headline["events"], headline["participants"], headline["outcomes"]) == (17, 292, 15)
    db.shared.close()


def test_refresh_refuses_a_missing_or_foreign_file_and_creates_nothing(tmp_path, capsys):
    missing = tmp_path / "missing.duckdb"
    assert db.main(["refresh", "--db", str(missing)]) == 1
    assert "No database at" in capsys.readouterr().err and not missing.exists()
    foreign = tmp_path / "notes.duckdb"
    foreign.write_text("not a database", encoding="utf-8")
    assert db.main(["refresh", "--db", str(foreign)]) == 1
    assert "not a valid DuckDB database file" in capsys.readouterr().err
    assert foreign.read_text(encoding="utf-8") == "not a database"
