"""A database that holds people's work is never replaced: not by `make db` after a seed or
requirements change, not by `atlas.db build` while another process holds it, and not without
--force (and then only after a backup)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from atlas import backup, db

ROOT = Path(__file__).resolve().parent.parent
HEADER = (
    "event_id,project_id,title,event_type,start_date,end_date,date_precision,city,venue,country_iso3,"
    "participants_total,participants_at_least,description,source_id,source_quote\n"
)
NEW_EVENT = (
    HEADER
    + "added-2020,,Added after the build,workshop,2020-01-01,2020-01-01,day,Vientiane,,LAO,5,false,,report-000,A sentence.\n"
)


def _counts(path: Path) -> tuple[int, int]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return (
            con.execute("SELECT count(*) FROM events").fetchone()[0],
            con.execute("SELECT count(*) FROM audit_log").fetchone()[0],
        )
    finally:
        con.close()


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("ATLAS_DB", "MAKEFLAGS", "MAKELEVEL")}
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


@pytest.fixture
def clone(tmp_path: Path) -> Path:
    """A fresh copy of the repository's files (tracked and new, as `git clone` of this tree would
    give), sharing the virtualenv."""
    files = (
        subprocess.run(
            ["git", "ls-files", "-co", "--exclude-standard", "-z"],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        .stdout.decode()
        .split("\0")
    )
    target = tmp_path / "repo"
    for name in filter(None, files):
        src = ROOT / name
        if src.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, target / name)
    (target / ".venv").symlink_to((ROOT / ".venv").resolve())
    return target


@pytest.mark.slow
def test_make_db_keeps_an_added_event_after_seed_and_requirements_change(
    clone: Path, tmp_path: Path
):
    made = _run(["make", "db"], clone)
    assert made.returncode == 0, made.stderr
    database = clone / "data" / "atlas.duckdb"
    assert _counts(database) == (17, 0)
    (tmp_path / "new.csv").write_text(NEW_EVENT, encoding="utf-8")
    added = _run(
        [".venv/bin/python", "-m", "atlas.ingest", "events", str(tmp_path / "new.csv"), "--commit"],
        clone,
    )
    assert added.returncode == 0, added.stdout + added.stderr
    assert _counts(database) == (18, 1)

    later = time.time() + 5  # what a `git pull` bringing a seed change does to the file's time
    os.utime(clone / "data" / "seed" / "events.csv", (later, later))
    again = _run(["make", "db"], clone)
    assert again.returncode == 0, again.stderr
    assert _counts(database) == (18, 1)
    assert "holds 1 change(s) entered after its build" in again.stdout

    os.utime(clone / "requirements.txt", (later + 5, later + 5))
    third = _run(["make", "db"], clone)
    assert third.returncode == 0, third.stderr
    assert _counts(database) == (18, 1)

    # A real change to the seed is reported as an import with its difference, not applied.
    seed = clone / "data" / "seed" / "events.csv"
    seed.write_text(
        seed.read_text(encoding="utf-8").replace(
            "Regional Exchange Program on Migration Issues,exchange",
            "Regional Exchange Programme,exchange",
        ),
        encoding="utf-8",
    )
    fourth = _run(["make", "db"], clone)
    assert _counts(database) == (18, 1)
    assert "events: 0 new, 1 changed, 16 unchanged" in fourth.stdout
    assert "python -m atlas.ingest events data/seed/events.csv" in fourth.stdout


def test_make_db_rebuilds_from_a_newer_seed_while_nothing_was_entered(clone: Path):
    assert _run(["make", "db"], clone).returncode == 0
    seed = clone / "data" / "seed" / "events.csv"
    seed.write_text(
        seed.read_text(encoding="utf-8").replace(
            "Regional Exchange Program on Migration Issues,exchange",
            "Regional Exchange Programme,exchange",
        ),
        encoding="utf-8",
    )
    again = _run(["make", "db"], clone)
    assert "Rebuilt" in again.stdout
    con = duckdb.connect(str(clone / "data" / "atlas.duckdb"), read_only=True)
    assert (
        con.execute(
            "SELECT count(*) FROM events WHERE title = 'Regional Exchange Programme'"
        ).fetchone()[0]
        == 1
    )
    con.close()


def _with_work(path: Path, seed_db_path: Path) -> None:
    shutil.copy(seed_db_path, path)
    con = db.connect(path)
    con.execute(
        'INSERT INTO audit_log ("at", actor, action, table_name, row_key, before, after, via) '
        "VALUES (now()::TIMESTAMP, 'someone', 'insert', 'events', '[\"x\"]', NULL, '{}', 'form')"
    )
    con.close()


def test_build_refuses_a_database_holding_work_and_force_backs_it_up_first(tmp_path, seed_db_path):
    target = tmp_path / "atlas.duckdb"
    _with_work(target, seed_db_path)
    before = backup.checksums_of(target)
    with pytest.raises(db.Refusal, match="holds 1 change"):
        db.build(db.DEFAULT_SEED, target)
    assert backup.checksums_of(target) == before
    db.build(db.DEFAULT_SEED, target, force=True)
    assert _counts(target) == (17, 0)
    saved = list((tmp_path / "backups").glob("atlas-*-before-build.duckdb"))
    assert len(saved) == 1
    assert backup.checksums_of(saved[0]) == before


HOLD = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1])
con.execute("SELECT 1")
print("holding", flush=True)
time.sleep(60)
"""


def test_build_refuses_a_file_another_process_holds(tmp_path, seed_db_path):
    target = tmp_path / "atlas.duckdb"
    shutil.copy(seed_db_path, target)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(target)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "holding"
        result = subprocess.run(
            [sys.executable, "-m", "atlas.db", "build", "--out", str(target)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 3
        assert "in use by another process" in result.stderr
    finally:
        holder.kill()
        holder.wait()
    assert _counts(target) == (17, 0)
    assert not list(tmp_path.glob(".atlas.duckdb.*"))
