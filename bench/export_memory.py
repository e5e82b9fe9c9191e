"""Peak memory of an export against its row count: builds synthetic databases (events made by
SQL range() into the real schema) and runs `python -m atlas.export` on each in a fresh process,
reporting that process's peak RSS, the time and the file size. Measures; asserts nothing.

    .venv/bin/python -m bench.export_memory [--rows 100000 1000000] [--formats csv parquet]

The rows are synthetic (source kind 'synthetic'), never real events.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from atlas import db, facts

ROOT = Path(__file__).resolve().parent.parent

FILL = """
INSERT INTO sources VALUES ('synthetic-bench', 'Synthetic rows for the export benchmark', 'synthetic', NULL, NULL);
INSERT INTO projects (project_id, name, source_id) VALUES ('bench', 'Benchmark project', 'synthetic-bench');
INSERT INTO events (event_id, project_id, title, event_type, start_date, date_precision, city, country_iso3,
                    participants_total, participants_at_least, description, source_id, source_quote)
SELECT 'bench-' || i, 'bench', 'Synthetic workshop ' || i || ' on migration and labour rights',
       (['workshop', 'seminar', 'consultation', 'training'])[1 + i % 4],
       DATE '2000-01-01' + CAST(i % 7000 AS INTEGER), 'day', 'City ' || (i % 100),
       (['THA', 'KHM', 'LAO', 'MMR'])[1 + i % 4], CAST(i % 200 AS INTEGER), false,
       repeat('Synthetic description text. ', 6), 'synthetic-bench',
       'Synthetic quote ' || i || ': ' || repeat('x', 100)
FROM range($n) AS t(i);
INSERT INTO participation
SELECT 'bench-' || i, (['THA', 'KHM', 'LAO', 'MMR'])[1 + (i // 2) % 4], CAST(i % 50 AS INTEGER), NULL
FROM range($n) AS t(i) WHERE i % 2 = 0;
"""

# Run in a fresh interpreter; its peak is VmHWM, the high-water mark of its own memory map.
# (getrusage's ru_maxrss is no good here: Linux carries it over from the forking parent.)
PEAK = """
def peak_kb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
"""
PROBE = (
    PEAK
    + """
import sys, time
from atlas.export.__main__ import main
start = time.perf_counter()
code = main(sys.argv[1:])
print(peak_kb(), time.perf_counter() - start, code)
"""
)
# What the Data page's download button runs: the same file, read back as bytes for Streamlit,
# which keeps a download in memory until it is served.
PAGE_PROBE = (
    PEAK
    + """
import sys, time
from pathlib import Path
from atlas import export
from atlas.access import Scope
from atlas.db import shared
start = time.perf_counter()
data = export.to_bytes(shared.connection(), export.Selection(sys.argv[1], scope=Scope.everything()), export.FileFormat(sys.argv[3]))
Path(sys.argv[-1]).write_bytes(data)
print(peak_kb(), time.perf_counter() - start, 0)
"""
)


def build(path: Path, rows: int) -> None:
    con = db.connect(path)
    db.migrate(con)
    for statement in FILL.split(";\n"):
        if statement.strip():
            con.execute(statement, {"n": rows} if "$n" in statement else None)
    facts.refresh(con)
    con.execute("CHECKPOINT")
    con.close()


def measure(
    database: Path, out: Path, args: list[str], page: bool = False
) -> tuple[float, float, int]:
    env = {**os.environ, "ATLAS_DB": str(database), "ATLAS_READ_ONLY": "1"}
    result = subprocess.run(
        [sys.executable, "-c", PAGE_PROBE if page else PROBE, *args, "-o", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    peak_kb, seconds, code = result.stdout.split()
    if code != "0":
        raise RuntimeError(result.stderr)
    return int(peak_kb) / 1024, float(seconds), out.stat().st_size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[100_000, 1_000_000, 3_000_000])
    parser.add_argument(
        "--formats",
        nargs="+",
        default=["empty", "csv", "csv-excel", "parquet", "wide-csv", "page-csv", "xlsx"],
    )
    args = parser.parse_args()
    runs = {
        "empty": ["events", "--format", "csv", "--search", "no row has this"],  # the baseline
        "csv": ["events", "--format", "csv"],
        "page-csv": ["events", "--format", "csv"],
        "csv-excel": ["events", "--format", "csv", "--sep", ";", "--excel"],
        "parquet": ["events", "--format", "parquet"],
        "wide-csv": ["events_by_country", "--format", "csv"],
        "xlsx": ["events", "--format", "xlsx"],
    }
    with tempfile.TemporaryDirectory(prefix="atlas-bench-") as folder:
        print("| rows | export | peak RSS (MB) | seconds | file (MB) |")
        print("|---:|---|---:|---:|---:|")
        for rows in args.rows:
            database = Path(folder) / f"bench-{rows}.duckdb"
            build(database, rows)
            for name in args.formats:
                if name == "xlsx" and rows > 1_048_575:
                    continue  # more rows than a sheet holds: the export refuses, by design
                ext = "xlsx" if name == "xlsx" else "parquet" if name == "parquet" else "csv"
                out = Path(folder) / f"{name}-{rows}.{ext}"
                peak, seconds, size = measure(
                    database, out, runs[name], page=name.startswith("page")
                )
                print(
                    f"| {rows:,} | {name} | {peak:,.0f} | {seconds:,.1f} | {size / 1e6:,.1f} |",
                    flush=True,
                )
                out.unlink()


if __name__ == "__main__":
    main()
