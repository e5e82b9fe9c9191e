"""One named statement as it was at REV and as it is now, in one process, taking turns: the bench's
event-type states (bench.summary_tables.bench_states), each run `runs` times per side, which side
goes first alternating; CPU time of this process (DuckDB's threads included) and wall time,
medians per state, then the median over the states. The two sides' rows are compared for every
state, so a faster statement that answers differently stops the run.

    python -m bench.statement_turns DB outcomes/page_groups --before REV [--runs 3] [--limit 50]
    python -m bench.statement_turns DB results/table_groups --before-table target_countries=target_countries_pairs

--before-table NEW=OLD: the "before" side is this tree's statement reading the table OLD where it
reads NEW (a copy of a derived table as it was before a change of its rows, kept in a measurement
copy of the database), for a change to a table's contents that leaves the statement as it is.

Both sides use this tree's macros (bench.funder_reads is the tool when a change touches them).
For a funders/ statement the page's funder (bench.summary_tables.first_funder) is bound too.
The machine is shared: the ratio of the two sides is the figure to read, not either time.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import statistics
import time
from pathlib import Path

from atlas import db, queries
from atlas.access import Scope
from bench.funder_reads import at
from bench.summary_tables import bench_states, first_funder


def swap_table(sql: str, table: str, other: str) -> str:
    """`sql` reading the table `other` wherever it reads `table` (FROM or JOIN)."""
    swapped = re.sub(rf"\b(FROM|JOIN)\s+{table}\b", rf"\1 {other}", sql)
    if swapped == sql:
        raise SystemExit(f"the statement does not read {table}")
    return swapped


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.statement_turns")
    parser.add_argument("db", type=Path)
    parser.add_argument("name", help="a named query, e.g. outcomes/page_groups")
    parser.add_argument("--before", help="the git revision to compare with")
    parser.add_argument("--before-table", help="NEW=OLD: before reads table OLD where NEW is read")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--limit", type=int, default=50, help="$limit, where the statement has one")
    parser.add_argument(
        "--funder", action="store_true", help="each state with the page's funder chosen ($funders)"
    )
    args = parser.parse_args(argv)

    con = db.connect(args.db, read_only=True)
    new = queries.load(args.name)
    if args.before_table:
        table, old_table = args.before_table.split("=")
        old_sql = swap_table(new.sql, table, old_table)
    else:
        old_sql = at(args.before, f"queries/{args.name}.sql")
    old_params = frozenset(queries._PARAM.findall(queries._STRING_OR_COMMENT.sub("", old_sql)))
    old = queries.Query(args.name, old_sql, old_params, "")
    extra: dict[str, object] = {"limit": args.limit, "search": None}
    if args.name.startswith("funders/"):
        extra["funder"] = first_funder(con)
    scope = Scope.everything()
    cpu: dict[str, list[float]] = {"before": [], "after": []}
    wall: dict[str, list[float]] = {"before": [], "after": []}
    states = bench_states()
    if args.funder:
        states = [dataclasses.replace(f, funders=(first_funder(con),)) for f in states]
    for i, filters in enumerate(states):
        params = filters.sql_params() | extra
        params = {k: v for k, v in params.items() if k in new.params or k in queries.FILTER_PARAMS}
        # a value the new statement takes derived from the others (queries.DERIVED_PARAMS), once
        # per state and outside the timing, as the page derives it in the same transaction
        params = queries.with_derived(con, args.name, scope, params)
        if queries.SCOPE_PARAM in new.params:
            params[queries.SCOPE_PARAM] = scope.funder
        per_cpu: dict[str, list[float]] = {"before": [], "after": []}
        per_wall: dict[str, list[float]] = {"before": [], "after": []}
        rows: dict[str, list] = {}
        for r in range(args.runs):
            order = ("before", "after") if (i + r) % 2 == 0 else ("after", "before")
            for side in order:
                query = old if side == "before" else new
                bound = queries.bind(
                    query,
                    {
                        k: v
                        for k, v in params.items()
                        if k in query.params or k in queries.FILTER_PARAMS
                    },
                )
                cursor = con.cursor()
                c, w = time.process_time(), time.perf_counter()
                rows[side] = cursor.execute(query.sql, bound).fetchall()
                per_cpu[side].append(time.process_time() - c)
                per_wall[side].append(time.perf_counter() - w)
                cursor.close()
        if rows["before"] != rows["after"]:
            raise SystemExit(f"state {i} ({filters}): the two statements answer differently")
        for side in cpu:
            cpu[side].append(statistics.median(per_cpu[side]))
            wall[side].append(statistics.median(per_wall[side]))
    print(f"{args.name}, {args.db.name}, {len(cpu['after'])} states x {args.runs} runs a side")
    for side in cpu:
        print(
            f"  {side}: CPU {statistics.median(cpu[side]) * 1000:.1f} ms, "
            f"wall {statistics.median(wall[side]) * 1000:.1f} ms "
            f"(no filter: CPU {cpu[side][0] * 1000:.1f} ms)"
        )
    ratio = statistics.median(cpu["after"]) / statistics.median(cpu["before"])
    walls = statistics.median(wall["after"]) / statistics.median(wall["before"])
    print(f"  after / before: CPU {ratio:.2f}x, wall {walls:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
