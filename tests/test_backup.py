"""Backups: consistent while another process holds the database, verified, restorable to the same
table checksums, harmless when killed, and taken automatically before destructive writes."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from atlas import backup, db, ingest, synth
from atlas.access import Person
from atlas.spreadsheet import read_bytes

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def seed_checksums(seed_db_path: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The seed's table checksums, read from a copy: this process may already hold the seed open
    read-write (seed_con, the app's connection), and DuckDB then refuses a read-only connection
    to it. Which tests ran first decided it, so under pytest-xdist it failed."""
    copy = tmp_path_factory.mktemp("seed-copy") / "atlas.duckdb"
    shutil.copy(seed_db_path, copy)
    return backup.checksums_of(copy)


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "atlas.db", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_backup_then_restore_gives_identical_checksums(tmp_path, seed_db_path):
    target = tmp_path / "atlas.duckdb"
    shutil.copy(seed_db_path, target)
    original = backup.checksums_of(target)
    made = _cli("backup", "--db", str(target), "--to", str(tmp_path / "saved"))
    assert made.returncode == 0, made.stderr
    (copy,) = (tmp_path / "saved").glob("atlas-*-manual.duckdb")
    assert backup.checksums_of(copy) == original

    con = db.connect(target)
    con.execute("DELETE FROM outcomes")
    con.close()
    assert backup.checksums_of(target) != original

    restored = _cli("restore", str(copy), "--db", str(target))
    assert restored.returncode == 0, restored.stderr
    assert backup.checksums_of(target) == original
    # the database it replaced was saved first
    (saved,) = (tmp_path / "backups").glob("atlas-*-before-restore.duckdb")
    assert backup.checksums_of(saved)["outcomes"] != original["outcomes"]


WRITER = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1])
con.execute("CREATE TABLE IF NOT EXISTS ticks (n INTEGER)")
print("holding", flush=True)
for n in range(int(sys.argv[2])):
    con.execute("INSERT INTO ticks VALUES ($n)", {"n": n})
    time.sleep(float(sys.argv[3]))
print("done", flush=True)
time.sleep(60)
"""


def test_backup_while_another_process_writes_is_a_consistent_readable_state(
    tmp_path, seed_db_path, seed_checksums
):
    target = tmp_path / "atlas.duckdb"
    shutil.copy(seed_db_path, target)
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(target), "40", "0.2"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert writer.stdout.readline().strip() == "holding"
        assert backup.in_use(target)
        made = _cli("backup", "--db", str(target), "--to", str(tmp_path / "saved"))
        assert made.returncode == 0, made.stderr
        (copy,) = (tmp_path / "saved").glob("*.duckdb")
        sums = backup.checksums_of(copy)
        # every table of the seed is there as it was; the writer's table holds some prefix 0..k
        assert {k: v for k, v in sums.items() if k != "ticks"} == seed_checksums
        con = db.connect(copy, read_only=True)
        ticks = [n for (n,) in con.execute("SELECT n FROM ticks ORDER BY n").fetchall()]
        con.close()
        assert ticks == list(range(len(ticks)))
        refused = _cli("restore", str(copy), "--db", str(target))
        assert refused.returncode == 1
        assert "in use by another process" in refused.stderr
    finally:
        writer.kill()
        writer.wait()


@pytest.mark.slow
def test_kill_during_backup_leaves_the_database_as_it_was(tmp_path):
    target = synth.build(20000, 3, tmp_path / "big.duckdb")
    original = backup.checksums_of(target)
    folder = tmp_path / "saved"
    proc = subprocess.Popen(
        [sys.executable, "-m", "atlas.db", "backup", "--db", str(target), "--to", str(folder)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while (
        time.monotonic() < deadline and not list(folder.glob(".*.partial*")) and proc.poll() is None
    ):
        time.sleep(0.002)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert backup.checksums_of(target) == original
    assert not list(folder.glob("*.duckdb"))  # no half backup under a backup's name
    again = _cli("backup", "--db", str(target), "--to", str(folder))
    assert again.returncode == 0, again.stderr
    assert not list(folder.glob(".*"))  # the killed run's leftovers are gone
    (copy,) = folder.glob("*.duckdb")
    assert backup.checksums_of(copy) == original


def test_undo_of_an_import_is_backed_up_first(fresh_db):
    con = db.connect(fresh_db)
    try:
        csv = (
            b"org_id,name,short_name,kind,country_iso3,source_id,source_quote,iati_org_id,iati_org_type\n"
            b"new-org,A new organisation,,partner,THA,report-000,A sentence.,,\n"
        )
        plan = ingest.plan_import(con, "organisations", read_bytes(csv, "orgs.csv"))
        assert not plan.problems, plan.problems
        ingest.commit(con, plan, Person.local("tester"))
        before_undo = backup.table_checksums(con)
        ingest.undo_last_import(con, Person.local("tester"))
    finally:
        con.close()
    (saved,) = (fresh_db.parent / "backups").glob("atlas-*-before-undo.duckdb")
    assert backup.checksums_of(saved) == before_undo


def test_delete_with_dependants_is_backed_up_first_and_a_plain_write_is_not(fresh_db):
    con = db.connect(fresh_db)
    try:
        before_delete = backup.table_checksums(con)
        plan = ingest.plan_delete(con, "events", ("exchange-2014-chiang-mai",))
        assert plan.count("delete") > 1
        ingest.commit(con, plan, Person.local("tester"))
    finally:
        con.close()
    (saved,) = (fresh_db.parent / "backups").glob("atlas-*-before-delete.duckdb")
    assert backup.checksums_of(saved) == before_delete


def test_automatic_backups_keep_the_newest(tmp_path, seed_db_path, monkeypatch):
    target = tmp_path / "atlas.duckdb"
    shutil.copy(seed_db_path, target)
    monkeypatch.setattr(backup, "KEEP_AUTOMATIC", 3)
    manual = backup.backup(target)
    made = [backup.backup(target, reason="before-build") for _ in range(5)]
    kept = sorted((tmp_path / "backups").glob("*.duckdb"))
    assert kept == sorted([manual, *made[-3:]])


def test_restore_refuses_a_file_that_is_not_a_database(tmp_path, seed_db_path, seed_checksums):
    target = tmp_path / "atlas.duckdb"
    shutil.copy(seed_db_path, target)
    junk = tmp_path / "junk.duckdb"
    junk.write_bytes(b"not a database" * 100)
    with pytest.raises(backup.BackupError, match="not a database of this app"):
        backup.restore(junk, target)
    assert backup.checksums_of(target) == seed_checksums


def test_a_table_checksum_sees_a_changed_a_lost_and_a_doubled_row_but_not_their_order():
    con = duckdb.connect()
    con.execute("CREATE TABLE t (k INTEGER, v VARCHAR)")
    con.execute("INSERT INTO t VALUES (1, 'a'), (2, 'b'), (3, 'c')")
    first = backup.table_checksums(con)["t"]
    con.execute("CREATE OR REPLACE TABLE t AS SELECT * FROM t ORDER BY k DESC")
    assert backup.table_checksums(con)["t"] == first  # same rows, other order
    con.execute("UPDATE t SET v = 'B' WHERE k = 2")
    changed = backup.table_checksums(con)["t"]
    con.execute("DELETE FROM t WHERE k = 3")
    lost = backup.table_checksums(con)["t"]
    con.execute("INSERT INTO t VALUES (1, 'a')")
    doubled = backup.table_checksums(con)["t"]
    assert len({first, changed, lost, doubled}) == 4
