"""Forms and imports through atlas.ingest on a private copy of the seed: every validation rule
with its exact message on both paths, the diff by key, audit rows for every change, writes split
for DuckDB's foreign-key limits, deletes with what goes with them, undo, the round trip of
exported tables, reading files (encodings, sheets, damage, size) and the command line."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from atlas import db, export, facts, ingest, spreadsheet
from atlas.access import Person, Scope
from atlas.schema import DATA_TABLES, describe_all
from atlas.spreadsheet import FileRefused
from tests.workbooks import open_workbook, workbook

ROOT = Path(__file__).resolve().parent.parent
LAO = "ilo-consultation-lao-2009-06"  # June 2009: 29 participants, 7 from Lao PDR
EXCHANGE = "exchange-2014-chiang-mai"  # 24 from MMR, THA, KHM with no split


@pytest.fixture
def con(fresh_db):
    connection = db.connect(fresh_db)
    db.migrate(connection)
    yield connection
    # Whatever the test wrote, the derived per-event table (migration 006) must still match a
    # fresh derivation from the data.
    connection.close()
    check = db.connect(fresh_db)
    try:
        assert facts.stale(check) == 0
    finally:
        check.close()


def event(**changes) -> dict[str, str]:
    """A valid new event as the text cells of a spreadsheet row (or a form's fields)."""
    row = {
        "event_id": "workshop-2019-yangon",
        "project_id": "",
        "title": "Workshop on safe migration",
        "event_type": "workshop",
        "start_date": "2019-03-01",
        "end_date": "",
        "date_precision": "month",
        "city": "Yangon",
        "venue": "",
        "country_iso3": "MMR",
        "participants_total": "30",
        "participants_at_least": "false",
        "description": "",
        "source_id": "report-001",
        "source_quote": "A workshop with 30 participants.",
    }
    return row | changes


def csv_bytes(rows: list[dict], header: list[str] | None = None, encoding: str = "utf-8") -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, header or list(rows[0]), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode(encoding)


def import_plan(con, table: str, rows: list[dict], name: str = "partner.csv") -> ingest.Plan:
    return ingest.plan_import(con, table, spreadsheet.read_bytes(csv_bytes(rows), name))


def data_checksums(con) -> dict[str, str]:
    return {t: ingest.table_checksum(con, t) for t in DATA_TABLES}


def stored(con, sql: str, **params):
    return con.execute(sql, params).fetchall()


# --- each rule, through the form and the import, with the exact message ----------------------

# (rule, the event's fields that break it, column, message). The import puts the row at
# spreadsheet row 14 (twelve good rows before it); the form names the field.
EVENT_RULES = [
    ("count below zero", {"participants_total": "-3"}, "participants_total", "-3 is below zero"),
    (
        "end before start",
        {"start_date": "2020-03-01", "end_date": "2020-02-01", "date_precision": "day"},
        "end_date",
        "2020-02-01 is before the start date 2020-03-01",
    ),
    (
        "unknown country",
        {"country_iso3": "Cambodja"},
        "country_iso3",
        "'Cambodja' is not a known country code (did you mean Cambodia or Samoa?)",
    ),
    (
        "date not at its precision",
        {"start_date": "2016-05-17", "date_precision": "month"},
        "start_date",
        "2016-05-17 is not the first day of a month (store May 2016 as 2016-05-01; early/mid/late as January/May/September 1)",
    ),
    (
        "precision without a date",
        {"start_date": "", "date_precision": "month"},
        "start_date",
        "is required when date_precision is given",
    ),
    ("source required", {"source_id": ""}, "source_id", "is required"),
    ("source sentence required", {"source_quote": "   "}, "source_quote", "is required"),
    ("unknown source", {"source_id": "report-999"}, "source_id", "'report-999' is not in sources"),
    (
        "not a real date",
        {"start_date": "2016-02-30"},
        "start_date",
        "'2016-02-30' is not a real date (expected YYYY-MM-DD)",
    ),
    (
        "not a whole number",
        {"participants_total": "3.5"},
        "participants_total",
        "'3.5' is not a whole number",
    ),
    (
        "too large",
        {"participants_total": "99999999999"},
        "participants_total",
        "99999999999 is too large",
    ),
    (
        "not an allowed value",
        {"event_type": "party"},
        "event_type",
        "'party' is not one of: workshop, exchange, consultation, seminar, training, field_visit, exhibition, launch, meeting, conference, other",
    ),
    (
        "lower bound needs a total",
        {"participants_total": "", "participants_at_least": "true"},
        "participants_total",
        "is required when participants_at_least is true",
    ),
    (
        "control character",
        {"title": "Workshop\x07 on migration"},
        "title",
        "contains the control character U+0007, which is not text (remove it)",
    ),
]


@pytest.mark.parametrize(
    ("rule", "bad", "column", "message"), EVENT_RULES, ids=[r[0] for r in EVENT_RULES]
)
def test_each_event_rule_has_the_same_message_through_form_and_import(
    con, rule, bad, column, message
):
    before = ingest.checksums(con)
    good = [event(event_id=f"good-{i}") for i in range(12)]
    plan = import_plan(con, "events", [*good, event(**bad)])
    assert f"Row 14, column {column}: {message}" in [str(p) for p in plan.problems]
    assert {p.location for p in plan.problems} == {"Row 14"}  # the good rows are not blamed
    with pytest.raises(ingest.Refused):
        ingest.commit(con, plan, Person.local("tester"))

    form = ingest.plan_form(con, "events", event(**bad))
    assert (column, message) in [(p.column, p.message) for p in form.problems]
    assert all(p.location == "Event" for p in form.problems)
    with pytest.raises(ingest.Refused):
        ingest.commit(con, form, Person.local("tester"))
    assert ingest.checksums(con) == before


def test_participation_rules_through_form_and_import(con):
    # June 2009 Lao consultation: 29 in all. 40 from Lao PDR would be more than the total.
    plan = import_plan(
        con,
        "participation",
        [{"event_id": LAO, "country_iso3": "LAO", "participants": "40", "source_quote": ""}],
    )
    assert [str(p) for p in plan.problems] == [
        "Row 2, column participants: the countries' counts add up to 40, more than the event's total of 29"
    ]
    plan = import_plan(
        con,
        "participation",
        [{"event_id": LAO, "country_iso3": "THA", "participants": "-3", "source_quote": ""}],
    )
    assert "Row 2, column participants: -3 is below zero" in [str(p) for p in plan.problems]

    form = ingest.plan_form(
        con,
        "events",
        event(participants_total="29"),
        participation=[
            {"country_iso3": "LAO", "participants": 20},
            {"country_iso3": "THA", "participants": 10},
        ],
    )
    assert [(p.column, p.message) for p in form.problems] == [
        ("participants", "the countries' counts add up to 30, more than the event's total of 29")
    ]
    form = ingest.plan_form(
        con, "events", event(), participation=[{"country_iso3": "THA", "participants": -3}]
    )
    assert [(p.location, p.column, p.message) for p in form.problems] == [
        ("Participants from Thailand", "participants", "-3 is below zero")
    ]


def test_a_lower_bound_total_allows_larger_country_counts(con):
    form = ingest.plan_form(
        con,
        "events",
        event(participants_total="80", participants_at_least="true"),
        participation=[{"country_iso3": "THA", "participants": 85}],
    )
    assert form.problems == []


def test_outcome_rules_through_form_and_import(con):
    outcome = {
        "outcome_id": "o-new",
        "outcome_type": "publication",
        "title": "A report",
        "description": "",
        "quantity": "5",
        "unit": "",
        "date": "",
        "date_precision": "",
        "project_id": "",
        "event_id": "",
        "country_iso3": "",
        "source_id": "report-001",
        "source_quote": "It was published.",
    }
    plan = import_plan(con, "outcomes", [outcome])
    assert sorted(str(p) for p in plan.problems) == [
        "Row 2, column project_id: an outcome needs a project or an event",
        "Row 2, column unit: is required when a quantity is given (e.g. newsletters, languages)",
    ]
    form = ingest.plan_form(con, "outcomes", outcome)
    assert sorted((p.column, p.message) for p in form.problems) == [
        ("project_id", "an outcome needs a project or an event"),
        ("unit", "is required when a quantity is given (e.g. newsletters, languages)"),
    ]


def test_keys_names_and_duplicates(con):
    form = ingest.plan_form(con, "events", event(event_id=LAO))
    assert [(p.column, p.message) for p in form.problems] == [
        ("event_id", f"'{LAO}' is already in the database")
    ]
    plan = import_plan(con, "events", [event(event_id="a"), event(event_id="a")])
    assert [str(p) for p in plan.problems] == [
        "Row 3, column event_id: 'a' appears twice (also at Row 2)"
    ]
    org = {
        "org_id": "diakonia-2",
        "name": "Diakonia",
        "short_name": "",
        "kind": "funder",
        "country_iso3": "",
        "source_id": "report-000",
        "source_quote": "",
        "iati_org_id": "",
        "iati_org_type": "",
    }
    assert [str(p) for p in import_plan(con, "organisations", [org]).problems] == [
        "Row 2, column name: 'Diakonia' is already used by organisation 'diakonia'"
    ]


def test_country_names_are_resolved_and_unknown_ones_suggested_never_guessed(con):
    plan = import_plan(
        con,
        "events",
        [
            event(country_iso3="Lao PDR"),
            event(event_id="b", country_iso3="burma"),
            event(event_id="c", country_iso3="Atlantis"),
        ],
    )
    assert [c.after["country_iso3"] for c in plan.changes] == [
        "LAO",
        "MMR",
    ]  # the refused row is left out
    assert [str(p) for p in plan.problems] == [
        "Row 4, column country_iso3: 'Atlantis' is not a known country code (did you mean Albania?)"
    ]
    assert plan.notes == ["1 row with problems is left out of the changes shown."]


# --- the diff, the commit and its audit rows ----------------------------------------------


def as_cells(row: dict) -> dict[str, str]:
    """A stored row as the text cells of a spreadsheet row."""
    return {k: ingest.as_text(v) or "" for k, v in row.items()}


def test_import_diff_by_key_then_commit_with_an_audit_row_per_change(con):
    lao = as_cells(stored_row(con, "events", LAO))
    plan = import_plan(
        con, "events", [lao | {"title": "Consultation with Lao PDR counterparts"}, event()]
    )
    assert plan.problems == []
    assert (plan.count("insert"), plan.count("update"), plan.unchanged) == (1, 1, 0)
    update = next(c for c in plan.changes if c.action == "update")
    assert update.columns == ["title"]
    assert update.before["title"] == "Consultation of Thai-Cord members and Lao PDR counterparts"
    other_tables = {t: ingest.table_checksum(con, t) for t in DATA_TABLES if t != "events"}

    written = ingest.commit(con, plan, Person.local("tester"))
    assert (written.inserted, written.updated, written.import_id) == (1, 1, 1)
    assert stored(con, "SELECT title FROM events WHERE event_id = $e", e=LAO) == [
        ("Consultation with Lao PDR counterparts",)
    ]
    assert stored(con, "SELECT participants FROM participation WHERE event_id = $e", e=LAO) == [
        (7,)
    ]  # untouched
    audit = stored(
        con,
        "SELECT action, table_name, row_key, before, after, via, import_id, actor FROM audit_log ORDER BY audit_id",
    )
    assert [(a, t, json.loads(k), v, i, who) for a, t, k, _, _, v, i, who in audit] == [
        ("update", "events", [LAO], "import", 1, "tester"),
        ("insert", "events", ["workshop-2019-yangon"], "import", 1, "tester"),
    ]
    assert json.loads(audit[0][3])["title"] == update.before["title"]
    assert json.loads(audit[0][4])["title"] == "Consultation with Lao PDR counterparts"
    assert audit[1][3] is None and json.loads(audit[1][4])["participants_total"] == 30
    assert stored(con, "SELECT file_name, table_name, rows_new, rows_changed FROM imports") == [
        ("partner.csv", "events", 1, 1)
    ]
    assert {t: ingest.table_checksum(con, t) for t in other_tables} == other_tables


def test_commit_refuses_when_the_data_changed_after_the_preview(con):
    plan = import_plan(con, "events", [event()])
    ingest.commit(
        con,
        ingest.plan_form(con, "events", event(title="Entered by hand meanwhile")),
        Person.local("someone"),
    )
    before = ingest.checksums(con)
    with pytest.raises(ingest.Refused, match="The data changed since this preview"):
        ingest.commit(con, plan, Person.local("tester"))
    assert ingest.checksums(con) == before


def test_form_adds_an_event_with_participants_and_the_overview_counts_them(con):
    plan = ingest.plan_form(
        con,
        "events",
        event(),
        participation=[
            {"country_iso3": "MMR", "participants": 12},
            {"country_iso3": "THA", "participants": None},
        ],
    )
    assert plan.problems == [] and plan.summary() == "3 added"
    writes = db.shared.writes
    ingest.commit(con, plan, Person.local("tester"))
    assert db.shared.writes > writes  # the app's caches see a new data version
    assert stored(con, "SELECT count(*), sum(participants_total) FROM events") == [(18, 322)]
    assert stored(
        con,
        "SELECT country_iso3, participants FROM participation WHERE event_id = 'workshop-2019-yangon' ORDER BY 1",
    ) == [("MMR", 12), ("THA", None)]
    assert stored(
        con, "SELECT count(*) FROM audit_log WHERE via = 'form' AND action = 'insert'"
    ) == [(3,)]


def test_editing_an_event_that_has_participation_keeps_it(con):
    """A plain column (title, total) is updated in place; a foreign-key column (country, project,
    source) of a referenced event cannot be in DuckDB, so the write is split and the participation
    rows come back exactly."""
    lao = {k: v for k, v in stored_row(con, "events", LAO).items()}
    participation = [
        {
            "country_iso3": "LAO",
            "participants": 7,
            "source_quote": stored(
                con, "SELECT source_quote FROM participation WHERE event_id = $e", e=LAO
            )[0][0],
        }
    ]
    other = {t: ingest.table_checksum(con, t) for t in ("event_organisations", "outcomes")}
    plan = ingest.plan_form(
        con,
        "events",
        lao | {"title": "Thai-Cord and Lao PDR consultation"},
        editing=(LAO,),
        participation=participation,
    )
    assert [(c.action, c.columns) for c in plan.changes] == [("update", ["title"])]
    assert ingest.commit(con, plan, Person.local("tester")).steps == 1

    lao = stored_row(con, "events", LAO)
    plan = ingest.plan_form(
        con,
        "events",
        lao | {"country_iso3": "LAO", "source_id": "report-002"},
        editing=(LAO,),
        participation=participation,
    )
    written = ingest.commit(con, plan, Person.local("tester"))
    assert written.steps == 2
    assert stored(
        con, "SELECT title, country_iso3, source_id FROM events WHERE event_id = $e", e=LAO
    ) == [("Thai-Cord and Lao PDR consultation", "LAO", "report-002")]
    assert stored(
        con, "SELECT country_iso3, participants FROM participation WHERE event_id = $e", e=LAO
    ) == [("LAO", 7)]
    assert {t: ingest.table_checksum(con, t) for t in other} == other
    assert stored(con, "SELECT count(*) FROM pending_writes") == [(0,)]
    # Only the intended change is audited, not the rows DuckDB made us lift and put back.
    assert stored(con, "SELECT action, table_name FROM audit_log ORDER BY audit_id") == [
        ("update", "events"),
        ("update", "events"),
    ]


def stored_row(con, table: str, key: str) -> dict:
    t = describe_all(con)[table]
    return ingest.fetch_rows(con, t, [(key,)])[(key,)]


def test_a_split_write_cut_short_is_finished_from_the_journal(con, fresh_db, tmp_path, monkeypatch):
    """Kill after the first of two transactions (simulated: the later steps are not run), then the
    next write finishes it: the data end exactly as an uninterrupted write leaves them."""
    import shutil

    twin_path = tmp_path / "twin.duckdb"
    con.execute("CHECKPOINT")
    shutil.copy(fresh_db, twin_path)
    twin = db.connect(twin_path)
    edit = stored_row(con, "events", EXCHANGE) | {"country_iso3": "KHM"}
    parts = [
        {"country_iso3": c, "participants": None, "source_quote": q}
        for c, q in con.execute(
            "SELECT country_iso3, source_quote FROM participation WHERE event_id = $e",
            {"e": EXCHANGE},
        ).fetchall()
    ]
    ingest.commit(
        twin,
        ingest.plan_form(twin, "events", edit, editing=(EXCHANGE,), participation=parts),
        Person.local("tester"),
    )
    expected = data_checksums(twin)
    twin.close()

    monkeypatch.setattr(ingest.writes, "resume_pending", lambda con: 0)  # what commit calls
    ingest.commit(
        con,
        ingest.plan_form(con, "events", edit, editing=(EXCHANGE,), participation=parts),
        Person.local("tester"),
    )
    assert stored(con, "SELECT count(*) FROM participation WHERE event_id = $e", e=EXCHANGE) == [
        (0,)
    ]  # between
    assert stored(con, "SELECT next_step FROM pending_writes") == [(1,)]
    monkeypatch.undo()
    assert ingest.resume_pending(con) == 1
    assert data_checksums(con) == expected
    assert stored(con, "SELECT count(*) FROM pending_writes") == [(0,)]


def test_renaming_an_organisation_that_leads_a_project_keeps_everything_below_it(con):
    before = {
        t: ingest.table_checksum(con, t)
        for t in ("projects", "events", "participation", "event_organisations", "outcomes")
    }
    mmn = stored_row(con, "organisations", "mmn")
    written = ingest.commit(
        con,
        ingest.plan_form(
            con, "organisations", mmn | {"name": "Mekong Migration Network (MMN)"}, editing=("mmn",)
        ),
        Person.local("tester"),
    )
    assert written.steps > 1
    assert stored(con, "SELECT name FROM organisations WHERE org_id = 'mmn'") == [
        ("Mekong Migration Network (MMN)",)
    ]
    assert {t: ingest.table_checksum(con, t) for t in before} == before


# --- deletes --------------------------------------------------------------------------------


def test_deleting_an_event_says_what_goes_with_it_and_deletes_children_first(con):
    plan = ingest.plan_delete(con, "events", (EXCHANGE,))
    assert plan.problems == []
    assert plan.notes == [
        "Also deleted: 5 organisation links, 3 participation rows (participants by country), 1 outcome."
    ]
    ingest.commit(con, plan, Person.local("tester"))
    assert stored(con, "SELECT count(*), sum(participants_total) FROM events") == [(16, 268)]
    for table in ("participation", "event_organisations", "outcomes"):
        assert stored(
            con, "SELECT count(*) FROM " + table + " WHERE event_id = $e", e=EXCHANGE
        ) == [(0,)]
    audit = stored(con, "SELECT action, table_name FROM audit_log ORDER BY audit_id")
    assert (
        len(audit) == 10
        and audit[-1] == ("delete", "events")
        and {a for a, _ in audit} == {"delete"}
    )


def test_a_source_still_cited_cannot_be_deleted_and_says_by_what(con):
    plan = ingest.plan_delete(con, "sources", ("report-000",))
    messages = [str(p) for p in plan.problems]
    assert messages == [
        "Source 'report-000': is still used by 2 organisations ('diakonia', 'empower'); change or delete them first",
        "Source 'report-000': is still used by 1 project ('exchange-2014'); change or delete them first",
        f"Source 'report-000': is still used by 1 event ('{EXCHANGE}'); change or delete them first",
        "Source 'report-000': is still used by 1 outcome ('exchange-2014-recommendations'); change or delete them first",
    ]
    with pytest.raises(ingest.Refused):
        ingest.commit(con, plan, Person.local("tester"))


def test_removing_a_country_from_an_event_deletes_only_that_row(con):
    parts = [
        {"country_iso3": c, "participants": None, "source_quote": q}
        for c, q in con.execute(
            "SELECT country_iso3, source_quote FROM participation WHERE event_id = $e AND country_iso3 <> 'KHM'",
            {"e": EXCHANGE},
        ).fetchall()
    ]
    plan = ingest.plan_form(
        con, "events", stored_row(con, "events", EXCHANGE), editing=(EXCHANGE,), participation=parts
    )
    assert [(c.action, c.table, c.key) for c in plan.changes] == [
        ("delete", "participation", (EXCHANGE, "KHM"))
    ]
    ingest.commit(con, plan, Person.local("tester"))
    assert stored(
        con, "SELECT country_iso3 FROM participation WHERE event_id = $e ORDER BY 1", e=EXCHANGE
    ) == [("MMR",), ("THA",)]


# --- undo ------------------------------------------------------------------------------------


def test_undo_of_the_last_import_restores_every_table_exactly(con):
    original = data_checksums(con)
    lao = {k: ingest.as_text(v) or "" for k, v in stored_row(con, "events", LAO).items()}
    ingest.commit(
        con,
        import_plan(
            con, "events", [lao | {"title": "Renamed", "participants_total": "31"}, event()]
        ),
        Person.local("a"),
    )
    ingest.commit(
        con,
        import_plan(
            con,
            "participation",
            [
                {
                    "event_id": "workshop-2019-yangon",
                    "country_iso3": "MMR",
                    "participants": "12",
                    "source_quote": "",
                }
            ],
        ),
        Person.local("b"),
    )
    assert ingest.last_import(con).table == "participation"
    ingest.undo_last_import(con, Person.local("c"))
    info = ingest.last_import(con)
    assert (info.table, info.can_undo) == ("events", True)
    ingest.undo_last_import(con, Person.local("c"))
    assert data_checksums(con) == original
    assert ingest.last_import(con) is None
    undo_rows = stored(
        con,
        "SELECT action, table_name, import_id FROM audit_log WHERE via = 'undo' ORDER BY audit_id",
    )
    assert undo_rows == [
        ("delete", "participation", 2),
        ("delete", "events", 1),
        ("update", "events", 1),
    ]
    assert stored(con, "SELECT import_id, undone_by FROM imports ORDER BY 1") == [
        (1, "c"),
        (2, "c"),
    ]


def test_undo_is_refused_once_something_else_changed_the_data(con):
    ingest.commit(con, import_plan(con, "events", [event()]), Person.local("a"))
    ingest.commit(
        con, ingest.plan_form(con, "events", event(event_id="by-hand")), Person.local("b")
    )
    info = ingest.last_import(con)
    assert not info.can_undo
    assert info.reason.startswith(
        "1 change was made after this import (the first: addition of event by-hand on "
    )
    before = ingest.checksums(con)
    with pytest.raises(ingest.Refused):
        ingest.undo_last_import(con, Person.local("a"))
    assert ingest.checksums(con) == before


# --- round trip -------------------------------------------------------------------------------


@pytest.mark.parametrize("table", DATA_TABLES)
def test_a_table_written_as_csv_by_duckdb_imports_back_unchanged(con, tmp_path, table):
    path = tmp_path / f"{table}.csv"
    con.execute("COPY " + table + " TO '" + str(path) + "' (HEADER)")  # a test path, not user input
    plan = ingest.plan_import(con, table, spreadsheet.read_path(path))
    total = con.execute("SELECT count(*) FROM " + table).fetchone()[0]
    assert (plan.problems, plan.changes, plan.unchanged) == ([], [], total)


@pytest.mark.parametrize("table", ["events", "outcomes", "participation"])
def test_a_table_saved_as_xlsx_imports_back_unchanged(con, tmp_path, table):
    cursor = con.execute("SELECT * FROM " + table)
    path = tmp_path / f"{table}.xlsx"
    path.write_bytes(
        workbook({table: [[d[0] for d in cursor.description], *map(list, cursor.fetchall())]})
    )
    plan = ingest.plan_import(con, table, spreadsheet.read_path(path))
    assert plan.problems == [] and plan.changes == []


@pytest.mark.parametrize(
    ("kind", "sep", "excel"), [("csv", ",", False), ("csv", ";", True), ("xlsx", ",", False)]
)
def test_the_data_pages_export_imports_back_unchanged(con, kind, sep, excel):
    """What the Data page downloads (atlas.export, formula guard included) imports back as it is."""
    data = export.to_bytes(
        con,
        export.Selection(table="events", scope=Scope.everything()),
        export.FileFormat(kind, sep=sep, excel=excel),
    )
    names = spreadsheet.sheet_names(data)
    plan = ingest.plan_import(
        con,
        "events",
        spreadsheet.read_bytes(data, "events." + kind, sheet=names[0] if names else None),
    )
    assert (plan.problems, plan.changes, plan.unchanged) == ([], [], 17)


def test_text_guarded_against_formulas_by_an_export_comes_back_as_it_was(con):
    plan = import_plan(
        con, "events", [event(title="'=1+1", description="'-3 months later", city="'Chiang Mai")]
    )
    after = plan.changes[0].after
    assert (after["title"], after["description"], after["city"]) == (
        "=1+1",
        "-3 months later",
        "'Chiang Mai",
    )


# --- reading files ------------------------------------------------------------------------------

ACCENTED = [event(city="Bogotá", venue="Café Müller")]


@pytest.mark.parametrize(
    ("encoding", "bom", "named"),
    [
        ("utf-8", b"", "UTF-8"),
        ("utf-8", b"\xef\xbb\xbf", "UTF-8 with BOM"),
        ("utf-16-le", b"\xff\xfe", "UTF-16"),
        ("utf-16-be", b"\xfe\xff", "UTF-16"),
        ("latin-1", b"", "Latin-1"),
    ],
)
def test_encodings_are_detected_and_named(con, encoding, bom, named):
    sheet = spreadsheet.read_bytes(bom + csv_bytes(ACCENTED, encoding=encoding), "x.csv")
    assert sheet.described == f"CSV, {named}, comma-separated"
    plan = ingest.plan_import(con, "events", sheet)
    assert plan.problems == [] and (
        plan.changes[0].after["city"],
        plan.changes[0].after["venue"],
    ) == ("Bogotá", "Café Müller")


def test_windows_1252_curly_quotes_are_read_as_such():
    data = csv_bytes([event(title="The “Beyond Tolerance” launch – Bangkok")], encoding="cp1252")
    sheet = spreadsheet.read_bytes(data, "x.csv")
    assert sheet.described.startswith("CSV, Latin-1 (Windows-1252)")
    assert "The “Beyond Tolerance” launch – Bangkok" in sheet.rows[0][1]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("ชื่อ,เมือง\nการประชุม,เชียงใหม่\n".encode("tis-620"), "is not UTF-8, UTF-16 or Latin-1 text"),
        ("名前,都市\n会議,東京\n".encode("shift_jis"), "is not UTF-8, UTF-16 or Latin-1 text"),
        ("a,b\n1,2\n".encode("utf-16-le"), "UTF-16 text without a byte-order mark"),
        (b"\xff\xfe\x00\x00a\x00\x00\x00", "UTF-32"),
        (b"", "The file is empty."),
        (b"\xef\xbb\xbf", "The file is empty."),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "old-style .xls"),
    ],
)
def test_unreadable_text_is_refused_with_a_reason(data, message):
    with pytest.raises(
        FileRefused, match=message.replace("(", r"\(").replace(")", r"\)").replace(".", r"\.")
    ):
        spreadsheet.read_bytes(data, "x.csv")


def test_header_only_and_semicolons(con):
    with pytest.raises(FileRefused, match="has a header but no rows"):
        spreadsheet.read_bytes(b"event_id,title\r\n\r\n", "x.csv")
    sheet = spreadsheet.read_bytes(csv_bytes([event()]).replace(b",", b";"), "x.csv")
    assert sheet.described == "CSV, UTF-8, semicolon-separated"
    assert ingest.plan_import(con, "events", sheet).problems == []


def test_size_limit_is_checked_before_parsing(tmp_path, monkeypatch):
    monkeypatch.setenv("ATLAS_IMPORT_MAX_MB", "0.001")  # about 1 KB
    path = tmp_path / "big.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 5000)  # would be "damaged" if it were parsed
    with pytest.raises(
        FileRefused, match=r"^The file is 4\.9 KB, over the import limit of 0\.001 MB\."
    ):
        spreadsheet.read_path(path)
    monkeypatch.delenv("ATLAS_IMPORT_MAX_MB")
    assert spreadsheet.max_bytes() == 50 * 1024 * 1024


def test_a_workbook_with_several_sheets_asks_which(con):
    header = list(event())
    data = workbook({"Notes": [["read me"]], "Events": [header, list(event().values())]})
    with pytest.raises(FileRefused) as refused:
        spreadsheet.read_bytes(data, "x.xlsx")
    assert (
        refused.value.message
        == "The workbook has 2 sheets ('Notes', 'Events'). Choose the one to import."
    )
    assert refused.value.sheets == ["Notes", "Events"]
    plan = ingest.plan_import(con, "events", spreadsheet.read_bytes(data, "x.xlsx", sheet="Events"))
    assert plan.problems == [] and plan.count("insert") == 1


def test_a_truncated_workbook_is_refused_as_damaged():
    data = workbook({"Events": [list(event()), list(event().values())]})
    for cut in (len(data) // 10, len(data) // 2, len(data) - 100, len(data) - 1):
        with pytest.raises(FileRefused, match="damaged or incomplete"):
            spreadsheet.read_bytes(data[:cut], "x.xlsx")


def test_excel_cells_read_as_typed_and_formulas_by_their_saved_result(con):
    header = list(event())
    values = list(event().values())
    values[header.index("participants_total")] = 30  # a number cell
    values[header.index("start_date")] = dt.datetime(2019, 3, 1)  # a date cell
    values[header.index("title")] = (
        '=CONCAT("Workshop", " on migration")'  # a formula never calculated
    )
    plan = ingest.plan_import(
        con, "events", spreadsheet.read_bytes(workbook({"Events": [header, values]}), "x.xlsx")
    )
    assert (
        "Row 2, column title: holds a formula with no saved result; open the file in Excel, save it, and import it again"
        in [str(p) for p in plan.problems]
    )
    assert not any(p.column in ("participants_total", "start_date") for p in plan.problems)


def test_a_formula_with_a_saved_result_is_read_as_that_result(con, tmp_path):
    header = list(event())
    values = list(event().values())
    values[header.index("title")] = '=CONCAT("Workshop", " on migration")'
    data = workbook({"Events": [header, values]})
    # Write the cached result into the sheet XML as Excel does on saving (title is column C).
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                content = content.replace(b'<c r="C2"><f>', b'<c r="C2" t="str"><f>').replace(
                    b"</f><v></v>", b"</f><v>Workshop on migration</v>"
                )
            target.writestr(item, content)
    sheet = spreadsheet.read_bytes(out.getvalue(), "x.xlsx")
    assert sheet.notes == ["1 cell holds a formula; its saved result is imported."]
    plan = ingest.plan_import(con, "events", sheet)
    assert plan.problems == [] and plan.changes[0].after["title"] == "Workshop on migration"


def test_templates_carry_the_schema_header(con):
    for table in DATA_TABLES:
        columns = describe_all(con)[table].column_names
        assert spreadsheet.template_csv(columns).decode("utf-8-sig").strip() == ",".join(columns)
        book = open_workbook(spreadsheet.template_xlsx(table, columns))
        assert [c.value for c in book[table][1]] == columns


def test_renamed_and_missing_headers_are_refused(con):
    row = event()
    renamed = {("start" if k == "start_date" else k): v for k, v in row.items()}
    assert [str(p) for p in import_plan(con, "events", [renamed]).problems] == [
        "Row 1, column start: is not a column of events (the columns are: " + ", ".join(row) + ")",
        "Row 1, column start_date: missing from the header; download the template for the expected header",
    ]


# --- the command line -----------------------------------------------------------------------


def cli(*args: str, db_path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "atlas.ingest", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "ATLAS_DB": str(db_path)},
    )


def test_cli_previews_then_writes_with_commit(con, fresh_db, tmp_path):
    path = tmp_path / "partner.csv"
    path.write_bytes(csv_bytes([event(), event(event_id="bad", participants_total="-3")]))
    con.close()
    result = cli("events", str(path), db_path=fresh_db)
    assert result.returncode == 1
    assert "Row 3, column participants_total: -3 is below zero" in result.stdout
    assert "Nothing was written" in result.stderr

    path.write_bytes(csv_bytes([event()]))
    before = _file_checksums(fresh_db)
    result = cli("events", str(path), db_path=fresh_db)
    assert result.returncode == 0
    assert (
        "Changes: 1 new, 0 changed, 0 unchanged" in result.stdout
        and "new      Row 2: workshop-2019-yangon" in result.stdout
    )
    assert "Preview only: nothing was written" in result.stdout
    assert _file_checksums(fresh_db) == before

    result = cli("events", str(path), "--commit", "--actor", "cli-test", db_path=fresh_db)
    assert result.returncode == 0, result.stderr
    assert "Written: 1 added (import 1)." in result.stdout
    check = db.connect(fresh_db, read_only=True)
    assert check.execute("SELECT actor, via FROM audit_log").fetchall() == [("cli-test", "import")]
    check.close()


def _file_checksums(path: Path) -> dict[str, str]:
    check = db.connect(path, read_only=True)
    try:
        return ingest.checksums(check)
    finally:
        check.close()


def test_cli_says_when_the_database_is_locked_and_changes_nothing(con, fresh_db, tmp_path):
    con.close()
    path = tmp_path / "partner.csv"
    path.write_bytes(csv_bytes([event()]))
    before = _file_checksums(fresh_db)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time, duckdb; c = duckdb.connect(sys.argv[1]); print('ready', flush=True); time.sleep(60)",
            str(fresh_db),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        result = cli("events", str(path), "--commit", db_path=fresh_db)
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode == 3
    assert (
        "is in use by another process" in result.stderr and "Nothing was changed" in result.stderr
    )
    time.sleep(0.1)
    assert _file_checksums(fresh_db) == before
