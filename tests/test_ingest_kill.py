"""Killing the import process midway (SIGKILL, no chance to clean up) leaves the database as it
was before the import or as it is after it, never in between: the import is one transaction and
DuckDB's write-ahead log replays only committed ones."""

from __future__ import annotations

import csv
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from atlas import db, ingest
from atlas.schema import DATA_TABLES

ROOT = Path(__file__).resolve().parent.parent
EVENTS = 20_000
# When to kill, as fractions of how long the write took in an uninterrupted run (timed from the
# command saying "Writing..." to its exit), so the kills spread over the transaction on any
# machine; the last one comes well after the commit.
FRACTIONS = (0.0, 0.25, 0.5, 0.75, 0.9, 1.1, 3.0)


def write_bulk_events(path: Path) -> None:
    header = [
        "event_id",
        "project_id",
        "title",
        "event_type",
        "start_date",
        "end_date",
        "date_precision",
        "city",
        "venue",
        "country_iso3",
        "participants_total",
        "participants_at_least",
        "description",
        "source_id",
        "source_quote",
    ]
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        for i in range(EVENTS):
            writer.writerow(
                [
                    f"bulk-{i:05d}",
                    "",
                    f"Bulk workshop {i}",
                    "workshop",
                    f"20{10 + i % 9}-0{1 + i % 9}-01",
                    "",
                    "month",
                    "Yangon",
                    "",
                    "MMR",
                    str(10 + i % 50),
                    "false",
                    "",
                    "report-001",
                    "A workshop.",
                ]
            )


def state(path: Path) -> tuple[dict[str, str], int, int, int]:
    """Checksums of the data tables, and how many audit rows, imports and unfinished writes."""
    con = db.connect(path)  # read-write: opening replays the write-ahead log as a restart would
    try:
        sums = {t: ingest.table_checksum(con, t) for t in DATA_TABLES}
        counts = [
            con.execute("SELECT count(*) FROM " + t).fetchone()[0]
            for t in ("audit_log", "imports", "pending_writes")
        ]
        return sums, *counts
    finally:
        con.close()


def start_import(path: Path, csv_path: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "atlas.ingest", "events", str(csv_path), "--commit"],
        cwd=ROOT,
        env={**os.environ, "ATLAS_DB": str(path)},
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


@pytest.mark.slow
def test_killing_an_import_midway_leaves_the_database_before_or_after(fresh_db, tmp_path):
    bulk = tmp_path / "bulk.csv"
    write_bulk_events(bulk)
    before = state(fresh_db)
    assert before[1:] == (0, 0, 0)

    finished = tmp_path / "finished.duckdb"
    shutil.copy(fresh_db, finished)
    proc = start_import(finished, bulk)
    for line in proc.stdout:
        if line.startswith("Writing"):
            break
    started = time.monotonic()
    proc.communicate(timeout=300)
    writing = time.monotonic() - started
    assert proc.returncode == 0
    after = state(finished)
    assert after[1:] == (EVENTS, 1, 0) and after[0] != before[0]

    seen = []
    delays = [round(f * writing, 2) for f in FRACTIONS]
    for i, delay in enumerate(delays):
        target = tmp_path / f"killed-{i}.duckdb"
        shutil.copy(fresh_db, target)
        proc = start_import(target, bulk)
        for line in proc.stdout:
            if line.startswith("Writing"):
                break
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        got = state(target)
        assert got in (before, after), (
            f"kill {delay}s after 'Writing...' left the database between before and after"
        )
        seen.append("before" if got == before else "after")
    # The last kill comes long after the commit: that import stands, whole.
    assert seen[-1] == "after"
    print(
        f"the write took {writing:.2f}s; state after a kill at each delay:",
        dict(zip(delays, seen, strict=True)),
    )
