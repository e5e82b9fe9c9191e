"""The scope's cost: the Overview's statement within one funder's scope against the same statement
over the whole database, on synthetic networks (atlas.synth).

    python -m bench.scope_bench [--sizes 10000,1000000] [--runs 7] [--seed 1]

For each size it builds (once, into bench/out/) a synthetic database, picks the funder whose
projects hold the median number of events (a typical funder) and the one with the most, and
times the one statement the Overview runs (queries/overview/page.sql) for three filter states. Scoped and
unscoped runs alternate so that the machine's drift hits both alike; each figure is the median
of --runs. Results go to bench/scope-results.md. The issue's target: a funder-scoped Overview
within 1.1x of the unscoped one at 1M events.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import statistics
import time
from pathlib import Path

from atlas import db, queries, synth
from atlas.access import Scope
from atlas.filters import Filters

OUT = Path(__file__).resolve().parent / "out"
RESULTS = Path(__file__).resolve().parent / "scope-results.md"
STATES = {
    "no filter": Filters(),
    "years 2010-2014": Filters(date_from=dt.date(2010, 1, 1), date_to=dt.date(2014, 12, 31)),
    "one country (THA)": Filters(countries=("THA",)),
}


def overview(con, scope: Scope, filters: Filters) -> float:
    started = time.perf_counter()
    queries.run_parts("overview/page", scope=scope, con=con, **filters.sql_params(), limit=10)
    return time.perf_counter() - started


def funders(con) -> tuple[str, int, str, int]:
    rows = con.execute("""
        SELECT pf.org_id, count(*) AS events
        FROM project_funders AS pf JOIN events AS e ON e.project_id = pf.project_id
        GROUP BY pf.org_id ORDER BY events, pf.org_id""").fetchall()
    typical = rows[len(rows) // 2]
    largest = rows[-1]
    return typical[0], typical[1], largest[0], largest[1]


def measure(size: int, runs: int, seed: int) -> list[dict]:
    path = OUT / f"scope-synth-{size}-{seed}.duckdb"
    if not path.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        synth.build(size, seed, path)
        print(f"built {path.name} in {time.perf_counter() - started:.0f} s", flush=True)
    con = db.connect(path)
    db.migrate(con)  # a file built before migration 008 gets the scoped macros
    try:
        typical, typical_events, largest, largest_events = funders(con)
        rows = []
        for funder, events, which in (
            (typical, typical_events, "typical"),
            (largest, largest_events, "largest"),
        ):
            scope = Scope.of_funder(funder)
            for state, filters in STATES.items():
                overview(con, Scope.everything(), filters)  # warm both plans and the file's pages
                overview(con, scope, filters)
                whole, scoped = [], []
                for _ in range(runs):
                    whole.append(overview(con, Scope.everything(), filters))
                    scoped.append(overview(con, scope, filters))
                rows.append(
                    {
                        "events": size,
                        "funder": f"{which} ({events:,} events)",
                        "filters": state,
                        "whole": statistics.median(whole),
                        "scoped": statistics.median(scoped),
                    }
                )
                r = rows[-1]
                print(
                    f"{size:>9,} {r['funder']:<28} {state:<18} whole {r['whole'] * 1000:7.1f} ms  "
                    f"scoped {r['scoped'] * 1000:7.1f} ms  ratio {r['scoped'] / r['whole']:.2f}",
                    flush=True,
                )
        return rows
    finally:
        con.close()


def report(rows: list[dict], runs: int, seconds: float) -> str:
    lines = [
        "# The scope's cost: a funder-scoped Overview against the whole database",
        "",
        f"`python -m bench.scope_bench` on {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, {dt.datetime.now(dt.UTC):%Y-%m-%d}; {seconds / 60:.1f} minutes. The one "
        "statement of the Overview page (queries/overview/page.sql: headline, not broken down, events by year "
        f"and type, participants by country, outcomes by type, latest events) run through atlas.queries; median of {runs} runs, scoped "
        "and unscoped runs alternating. Target (issue 13): scoped within 1.1x of unscoped at 1M events.",
        "",
        "| events | funder's scope | filters | whole database (ms) | funder's scope (ms) | scoped / whole |",
        "|---:|---|---|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['events']:,} | {r['funder']} | {r['filters']} | {r['whole'] * 1000:.1f} | "
            f"{r['scoped'] * 1000:.1f} | {r['scoped'] / r['whole']:.2f} |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.scope_bench", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument(
        "--sizes", default="10000,1000000", help="events per synthetic database, comma-separated"
    )
    parser.add_argument(
        "--runs", type=int, default=7, help="timed runs per figure (the median is reported)"
    )
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        rows += measure(size, args.runs, args.seed)
    RESULTS.write_text(report(rows, args.runs, time.perf_counter() - started), encoding="utf-8")
    print(f"wrote {RESULTS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
