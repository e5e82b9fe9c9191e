"""The database refuses bad rows itself; the build is atomic, idempotent and explains refusals."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from atlas import db
from atlas.schema import describe_all
from atlas.validation import Existing, Row, check_batch
from tests.conftest import code_of_version

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "seed"

EVENT = dict(
    event_id="e-test",
    project_id=None,
    title="Test event",
    event_type="workshop",
    start_date="2020-03-01",
    end_date=None,
    date_precision="month",
    city=None,
    venue=None,
    country_iso3="THA",
    participants_total=10,
    participants_at_least=False,
    description=None,
    source_id="report-000",
    source_quote="A sentence.",
)


def insert_event(con, **changes):
    row = {**EVENT, **changes}
    cols = list(row)
    con.execute(
        "INSERT INTO events ("
        + ", ".join(cols)
        + ") VALUES ("
        + ", ".join("$" + c for c in cols)
        + ")",
        row,
    )


def test_schema_version_records_every_migration(seed_con):
    versions = [
        v
        for (v,) in seed_con.cursor()
        .execute("SELECT version FROM schema_version ORDER BY version")
        .fetchall()
    ]
    files = sorted(int(p.name.split("_")[0]) for p in (ROOT / "atlas" / "migrations").glob("*.sql"))
    assert versions == files


@pytest.mark.parametrize(
    ("changes", "fragment"),
    [
        ({"participants_total": -1}, "CHECK"),
        ({"end_date": "2020-02-01"}, "CHECK"),
        ({"country_iso3": "XXX"}, "foreign key"),
        ({"source_id": "no-such-report"}, "foreign key"),
        ({"date_precision": "fortnight"}, "CHECK"),
        ({"start_date": "2020-03-15"}, "CHECK"),  # month precision must be stored as the 1st
        ({"start_date": None}, "CHECK"),  # a precision without a date
    ],
)
def test_database_refuses_bad_events(fresh_db, changes, fragment):
    con = db.connect(fresh_db)
    try:
        with pytest.raises(duckdb.Error) as err:
            insert_event(con, **changes)
        assert fragment.lower() in str(err.value).lower()
        assert (
            con.execute("SELECT count(*) FROM events WHERE event_id = 'e-test'").fetchone()[0] == 0
        )
    finally:
        con.close()


def test_database_refuses_negative_participation_and_unknown_country(fresh_db):
    con = db.connect(fresh_db)
    try:
        with pytest.raises(duckdb.Error):
            con.execute(
                "INSERT INTO participation VALUES ('ilo-consultation-lao-2009-06', 'THA', -3, NULL)"
            )
        with pytest.raises(duckdb.Error):
            con.execute(
                "INSERT INTO participation VALUES ('ilo-consultation-lao-2009-06', 'ZZZ', 3, NULL)"
            )
    finally:
        con.close()


def test_validation_refuses_country_counts_above_the_total(seed_con):
    tables = describe_all(seed_con)
    # The June 2009 Lao consultation had 29 participants, 7 of them from Lao PDR; 23 more from
    # Thailand would make 30.
    rows = [
        Row(
            "Row 1",
            {"event_id": "ilo-consultation-lao-2009-06", "country_iso3": "THA", "participants": 23},
        )
    ]
    problems = check_batch(tables, {"participation": rows}, Existing(seed_con))
    assert [str(p) for p in problems] == [
        "Row 1, column participants: the countries' counts add up to 30, more than the event's total of 29"
    ]
    rows[0].values["participants"] = 22
    assert check_batch(tables, {"participation": rows}, Existing(seed_con)) == []


def test_validation_allows_counts_above_a_lower_bound(seed_con):
    tables = describe_all(seed_con)
    batch = {
        "events": [
            Row("Row 1", {**EVENT, "participants_total": 80, "participants_at_least": True})
        ],
        "participation": [
            Row("Row 1", {"event_id": "e-test", "country_iso3": "THA", "participants": 85})
        ],
    }
    for row in batch["events"]:
        row.values["start_date"] = __import__("datetime").date(2020, 3, 1)
    assert check_batch(tables, batch, Existing(seed_con)) == []


def test_validation_messages_are_in_users_words(seed_con):
    tables = describe_all(seed_con)
    import datetime as dt

    bad = {
        **EVENT,
        "participants_total": -3,
        "start_date": dt.date(2020, 3, 1),
        "end_date": dt.date(2020, 2, 1),
        "country_iso3": "Cambodja",
        "event_type": "party",
    }
    messages = {
        str(p) for p in check_batch(tables, {"events": [Row("Row 14", bad)]}, Existing(seed_con))
    }
    assert "Row 14, column participants_total: -3 is below zero" in messages
    assert "Row 14, column end_date: 2020-02-01 is before the start date 2020-03-01" in messages
    assert any(
        m.startswith(
            "Row 14, column country_iso3: 'Cambodja' is not a known country code (did you mean Cambodia"
        )
        for m in messages
    )
    assert any(
        m.startswith("Row 14, column event_type: 'party' is not one of: workshop, exchange")
        for m in messages
    )


def _copy_seed(tmp_path: Path) -> Path:
    seed = tmp_path / "seed"
    shutil.copytree(SEED, seed)
    return seed


def _edit_csv(path: Path, row_index: int, column: str, value: str) -> None:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
        fields = list(rows[0])
    rows[row_index][column] = value
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def _build_cli(seed: Path, out: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "atlas.db", "build", "--seed", str(seed), "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_build_refuses_a_bad_seed_row_naming_file_line_column_and_leaves_old_file(tmp_path):
    seed = _copy_seed(tmp_path)
    out = tmp_path / "atlas.duckdb"
    assert _build_cli(seed, out).returncode == 0
    before = out.read_bytes()
    _edit_csv(seed / "events.csv", 2, "participants_total", "-3")  # the third data row: line 4
    result = _build_cli(seed, out)
    assert result.returncode != 0
    assert "events.csv line 4, column participants_total: -3 is below zero" in result.stderr
    assert "old database is unchanged" in result.stderr
    assert out.read_bytes() == before
    assert not list(tmp_path.glob(".atlas.duckdb.*"))  # no half-written file left behind


def test_build_refuses_unreal_date_and_unknown_reference(tmp_path):
    seed = _copy_seed(tmp_path)
    _edit_csv(seed / "events.csv", 0, "start_date", "2016-02-30")
    _edit_csv(seed / "participation.csv", 0, "event_id", "no-such-event")
    result = _build_cli(seed, tmp_path / "x.duckdb")
    assert result.returncode != 0
    assert (
        "events.csv line 2, column start_date: '2016-02-30' is not a real date (expected YYYY-MM-DD)"
        in result.stderr
    )
    assert (
        "participation.csv line 2, column event_id: 'no-such-event' is not in events"
        in result.stderr
    )
    assert not (tmp_path / "x.duckdb").exists()


def _content(path: Path) -> dict[str, list]:
    con = db.connect(path, read_only=True)
    try:
        return {
            t: sorted(map(repr, con.execute("SELECT * FROM " + t).fetchall()))
            for t in (
                "events",
                "participation",
                "outcomes",
                "organisations",
                "projects",
                "countries",
            )
        }
    finally:
        con.close()


def test_build_is_idempotent(tmp_path):
    first, second = tmp_path / "a.duckdb", tmp_path / "b.duckdb"
    db.build(SEED, first)
    db.build(SEED, second)
    db.build(SEED, second)  # building over an existing file replaces it
    assert _content(first) == _content(second)


def macros(path: Path) -> dict[str, tuple]:
    """Every SQL macro the file holds: name -> (parameters, definition as DuckDB keeps it). Read
    through a connection of its own, as the file stores them: DuckDB may print a macro it has
    just parsed differently (the order of an EXCLUDE list) from one it read back from the file."""
    con = db.connect(path, read_only=True)
    try:
        rows = con.execute(
            "SELECT function_name, parameters, macro_definition FROM duckdb_functions() "
            "WHERE function_type IN ('macro', 'table_macro') AND NOT internal "
            "AND database_name = current_database()"
        ).fetchall()
    finally:
        con.close()
    return {name: (tuple(parameters), definition) for name, parameters, definition in rows}


@pytest.fixture(scope="module")
def fresh_macros(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple]:
    """The macros of a file this code builds from the seed."""
    return macros(db.build(SEED, tmp_path_factory.mktemp("fresh") / "fresh.duckdb"))


def test_the_live_macros_are_the_ones_in_atlas_macros_sql():
    defined = re.findall(
        r"^CREATE OR REPLACE MACRO (\w+)\(", db.MACROS.read_text(encoding="utf-8"), re.MULTILINE
    )
    assert {
        "filtered_events",
        "filtered_facts",
        "filtered_outcomes",
        "period_end",
        "event_facts_of",
    } <= set(defined)
    assert len(defined) == len(set(defined))  # each defined once


LATEST = db.migrations()[-1][0]


@pytest.mark.parametrize("version", [1, 5, LATEST])
def test_a_migrated_file_ends_with_the_same_macros_as_a_fresh_one(fresh_macros, tmp_path, version):
    live = fresh_macros
    assert set(live) == set(
        re.findall(
            r"^CREATE OR REPLACE MACRO (\w+)\(", db.MACROS.read_text(encoding="utf-8"), re.MULTILINE
        )
    )
    older = tmp_path / "older.duckdb"
    with code_of_version(version, tmp_path):
        con = db.connect(older)
        db.migrate(con)
        if version >= 2:  # a definition older code may have left, even at the newest schema version
            con.execute("CREATE OR REPLACE MACRO period_end(d, p) AS d")
        con.close()
    before = macros(older)
    if version >= 2:
        assert before["period_end"] != live["period_end"]
    if version == 5:  # the filter as migration 002 stated it, before event_facts and the scope
        assert before["filtered_events"] != live["filtered_events"]
    con = db.connect(older)
    assert db.migrate(con) == [v for v, _ in db.migrations() if v > version]
    con.close()
    assert macros(older) == live
