"""The Funders page's own reads before and after a change, in one process: for the funder the page
opens on (bench/summary_tables.first_funder) and the benchmark's event-type states, the page's
statement (funders/page_groups) and its targets table (results/table, as ui/targets.show runs it)
as they were at REV and as they are now (the statement atlas.queries.statement_for picks now,
against REV's file of the name), alternating (which goes first alternates too); CPU time
of this process (DuckDB's threads included), medians per state, then the median over the states.
REV's statements run on a cursor of their own holding REV's macros as temporary ones (temporary
macros come first on that cursor), so both sides read the same file.

    python -m bench.funder_reads DB --before REV [--runs 3] [--states 21]

The machine is shared: CPU seconds, old and new side by side, are what to compare.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import time
from pathlib import Path

from atlas import db, queries
from atlas.access import Scope
from bench.summary_tables import bench_states, first_funder

ROOT = Path(__file__).resolve().parent.parent
# the macros the two statements read that the change touched
MACROS = ("filtered_facts", "target_records")


def at(rev: str, path: str) -> str:
    return subprocess.run(
        ["git", "show", f"{rev}:{path}"], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout


def old_macros(rev: str) -> list[str]:
    """REV's definitions of MACROS, as temporary macros."""
    text = at(rev, "atlas/macros.sql")
    out = []
    for name in MACROS:
        match = re.search(rf"^CREATE OR REPLACE MACRO {name}\(.*?;\s*$", text, flags=re.S | re.M)
        if match is None:
            raise SystemExit(f"{name} not found in {rev}:atlas/macros.sql")
        out.append(
            match.group(0).replace("CREATE OR REPLACE MACRO", "CREATE OR REPLACE TEMP MACRO", 1)
        )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.funder_reads")
    parser.add_argument("db", type=Path)
    parser.add_argument("--before", required=True, help="the git revision to compare with")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--states", type=int, default=21)
    args = parser.parse_args(argv)

    con = db.connect(args.db)
    db.migrate(con)
    old_cursor, new_cursor = con.cursor(), con.cursor()
    for sql in old_macros(args.before):
        old_cursor.execute(sql)
    old_sql = {
        name: at(args.before, f"queries/{name}.sql")
        for name in ("funders/page_groups", "results/table")
    }
    funder = first_funder(con)
    scope = Scope.everything()
    medians: dict[str, dict[str, list[float]]] = {}
    for i, filters in enumerate(bench_states()[: args.states]):
        page = filters.sql_params() | {"funder": funder, "limit": 100}
        assert queries.statement_for("funders/page", page) == "funders/page_groups"
        table = filters.replace(funders=(funder,)).sql_params() | {"search": None}
        for name, params in (("funders/page_groups", page), ("results/table", table)):
            # the statement the app runs now (results/table_groups for these states), against
            # REV's file of the name
            chosen = queries.statement_for(name, params)
            query, bound = queries._scoped(
                chosen, scope, queries.with_derived(new_cursor, chosen, scope, params)
            )
            old_params = queries._PARAM.findall(queries._STRING_OR_COMMENT.sub("", old_sql[name]))
            old_bound = {k: v for k, v in bound.items() if k in old_params}
            sides = {
                "old": lambda q=old_sql[name], b=old_bound: old_cursor.execute(q, b).fetchall(),
                "new": lambda q=query.sql, b=bound: new_cursor.execute(q, b).fetchall(),
            }
            assert sides["old"]() == sides["new"](), (name, filters)
            per: dict[str, list[float]] = {"old": [], "new": []}
            for r in range(args.runs):
                for which in ("old", "new") if (i + r) % 2 == 0 else ("new", "old"):
                    cpu = time.process_time()
                    sides[which]()
                    per[which].append(time.process_time() - cpu)
            for which, values in per.items():
                medians.setdefault(name, {}).setdefault(which, []).append(statistics.median(values))
    print(
        f"{args.db.name}: funder {funder}, {len(medians['results/table']['old'])} states, "
        f"{args.runs} runs each, CPU ms (median over the states; the no-filter state in brackets)"
    )
    for name, sides in medians.items():
        old, new = statistics.median(sides["old"]), statistics.median(sides["new"])
        print(
            f"  {name:22s} {old * 1000:7.1f} -> {new * 1000:7.1f} ms ({new / old:.2f}x)"
            f"  ({sides['old'][0] * 1000:.1f} -> {sides['new'][0] * 1000:.1f})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
