"""Where one named statement's time goes before it runs: DuckDB's own profile (detailed mode) of
the statement for each of the bench's event-type states (bench.summary_tables.bench_states), each
run `runs` times: binding, the planner as a whole (binding included), the optimizers (in all and
the join order's share), the physical plan, and the operators' CPU, as the median and the least
over all runs. The least is the figure for a quiet machine: a phase of a few milliseconds is
stretched by whatever else the shared machine runs, the executed operators less so.

    python -m bench.statement_phases DB funders/page_groups [--runs 3] [--limit 100]
    python -m bench.statement_phases DB results/table_groups --funder

For a funders/ statement the page's funder (bench.summary_tables.first_funder) is bound as
$funder; --funder binds it as the filter's $funders instead (the Funders page's targets table).
The profile is written to a temporary file and read back; nothing in the database changes.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
from pathlib import Path

from atlas import db, queries
from atlas.access import Scope
from bench.summary_tables import bench_states, first_funder

PHASES = ("binding", "planner", "optimizers", "join order", "physical plan", "operators' CPU")


def phases(profile: dict) -> dict[str, float]:
    """The phases of one profiled statement, in seconds."""
    return {
        "binding": profile["planner"]["binding_time"],
        "planner": profile["planner"]["total_time"],
        "optimizers": profile["optimizer"]["total_time"],
        "join order": profile["optimizer"].get("join_order", 0.0),
        "physical plan": profile["physical_planner"]["total_time"],
        "operators' CPU": profile["query"]["cpu_time"],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.statement_phases")
    parser.add_argument("db", type=Path)
    parser.add_argument("name", help="a named query, e.g. funders/page_groups")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--limit", type=int, default=100, help="$limit, where the statement has one"
    )
    parser.add_argument(
        "--funder", action="store_true", help="each state with the page's funder chosen ($funders)"
    )
    args = parser.parse_args(argv)

    con = db.connect(args.db, read_only=True)
    funder = first_funder(con)
    query = queries.load(args.name)
    found: dict[str, list[float]] = {phase: [] for phase in PHASES}
    with tempfile.TemporaryDirectory() as folder:
        output = Path(folder) / "profile.json"
        cursor = con.cursor()
        cursor.execute("PRAGMA enable_profiling = 'json'")
        cursor.execute(f"PRAGMA profiling_output = '{output}'")
        cursor.execute("SET profiling_mode = 'detailed'")
        for state in bench_states():
            if args.funder:
                state = state.replace(funders=(funder,))
            extra = {"funder": funder, "limit": args.limit, "search": None}
            params = state.sql_params() | {k: v for k, v in extra.items() if k in query.params}
            params = queries.with_derived(cursor, args.name, Scope(None), params)
            scoped, bound = queries._scoped(args.name, Scope(None), params)
            for _ in range(args.runs):
                cursor.execute(scoped.sql, bound).fetchall()
                for phase, seconds in phases(json.loads(output.read_text())).items():
                    found[phase].append(seconds)
        cursor.close()
    print(f"{args.name}, {args.db.name}, {len(bench_states())} states x {args.runs} runs")
    for phase in PHASES:
        values = found[phase]
        print(
            f"  {phase}: median {statistics.median(values) * 1000:.1f} ms, "
            f"least {min(values) * 1000:.1f} ms"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
