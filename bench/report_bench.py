"""Reports at scale: seconds and peak memory of `python -m atlas.report`'s work (assembling the
content from the named queries, then writing the PDF or Word file) on synthetic networks.

    python -m bench.report_bench --sizes 10000,100000,1000000 [--seed 1] [--rebuild] [--write]

For each size N a synthetic network of N events is built with atlas.synth (kept in bench/out/
as synth-N-s<seed>.duckdb, as bench/run.py keeps it). Each report is made in a fresh interpreter
on the database opened read-only, so its peak RSS (VmHWM) is its own: all records as PDF and as
Word, the funder with the most events as PDF, and one country's filter state as PDF. --write
puts the table in bench/report-results.md. The rows are synthetic, never real events.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
RESULTS = ROOT / "bench" / "report-results.md"

# Run in a fresh interpreter: its VmHWM is the high-water mark of its own memory (getrusage's
# ru_maxrss would carry over the forking parent's).
PROBE = """
import json, sys, time
start = time.perf_counter()
from atlas.access import Scope
from atlas.db import shared
from atlas.filters import Filters
from atlas.report import content, render
imported = time.perf_counter()
request = content.Request(filters=Filters(countries=tuple(c for c in sys.argv[3].split(",") if c)),
                          funder=sys.argv[2] or None, scope=Scope.everything())
report = content.assemble(shared.connection(), request)
assembled = time.perf_counter()
data = render(report, sys.argv[1])
done = time.perf_counter()
open(sys.argv[4], "wb").write(data)
peak = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
events = next(b for s in report.sections for b in s.blocks if isinstance(b, content.KeyFigures)).items
print(json.dumps({"import": imported - start, "content": assembled - imported, "write": done - assembled,
                  "peak_kb": peak, "bytes": len(data), "notes": len(report.notes),
                  "events": next(i.value for i in events if i.label == "Events")}))
"""


def synthetic_db(events: int, seed: int, rebuild: bool) -> tuple[Path, float | None]:
    """The same file as bench.workload's, brought up to the current schema when kept."""
    from bench import workload

    OUT.mkdir(parents=True, exist_ok=True)
    return workload.synthetic_db(events, seed, rebuild)


def biggest_funder_and_country(path: Path) -> tuple[str, str]:
    import duckdb

    con = duckdb.connect(str(path), read_only=True)
    try:
        funder = con.execute(
            "SELECT pf.org_id FROM project_funders AS pf JOIN events AS e USING (project_id) "
            "GROUP BY pf.org_id ORDER BY count(*) DESC, pf.org_id LIMIT 1"
        ).fetchone()[0]
        country = con.execute(
            "SELECT country_iso3 FROM events WHERE country_iso3 IS NOT NULL "
            "GROUP BY ALL ORDER BY count(*) DESC, country_iso3 LIMIT 1"
        ).fetchone()[0]
    finally:
        con.close()
    return funder, country


def measure(database: Path, kind: str, funder: str, countries: str, out: Path) -> dict:
    env = {**os.environ, "ATLAS_DB": str(database), "ATLAS_READ_ONLY": "1", "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", PROBE, kind, funder, countries, str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - start
    if result.returncode:
        raise RuntimeError(result.stderr)
    return json.loads(result.stdout.splitlines()[-1]) | {"wall": wall}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.report_bench", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument(
        "--sizes", default="10000,100000,1000000", help="event counts, comma-separated"
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rebuild", action="store_true", help="rebuild the synthetic databases")
    parser.add_argument(
        "--write", action="store_true", help=f"write the table to {RESULTS.relative_to(ROOT)}"
    )
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    lines = [
        "| events | report | format | events in it | notes | content (s) | writing (s) | whole run (s) | "
        "peak RSS (MB) | file (KB) |",
        "|---:|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    print("\n".join(lines), flush=True)
    built = []
    with tempfile.TemporaryDirectory(prefix="atlas-report-bench-") as folder:
        for n in sizes:
            path, seconds = synthetic_db(n, args.seed, args.rebuild)
            if seconds is not None:
                built.append(f"{n:,} events built in {seconds:.0f} s")
            funder, country = biggest_funder_and_country(path)
            for name, kind, f, c in (
                ("all records", "pdf", "", ""),
                ("all records", "docx", "", ""),
                (f"funder {funder}", "pdf", funder, ""),
                (f"country={country}", "pdf", "", country),
            ):
                r = measure(path, kind, f, c, Path(folder) / f"r.{kind}")
                line = (
                    f"| {n:,} | {name} | {kind} | {r['events']} | {r['notes']} | {r['content']:.2f} | "
                    f"{r['write']:.2f} | {r['wall']:.1f} | {r['peak_kb'] / 1024:,.0f} | {r['bytes'] / 1024:,.0f} |"
                )
                lines.append(line)
                print(line, flush=True)
    if args.write:
        machine = (
            f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
        )
        RESULTS.write_text(
            "# Report benchmark\n\n"
            f"`python -m bench.report_bench --sizes {args.sizes}` on {machine}, {time.strftime('%Y-%m-%d')}. "
            "Each report is made in a fresh interpreter on the synthetic database opened read-only; "
            "'content' is the named queries and the content's assembly, 'writing' the PDF (fpdf2, with the "
            "charts drawn by matplotlib) or Word file (python-docx), 'whole run' adds starting Python and "
            "importing the libraries. Peak RSS is the process's VmHWM.\n\n"
            + "\n".join(lines)
            + "\n"
            + ("\n" + "; ".join(built) + ".\n" if built else ""),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
