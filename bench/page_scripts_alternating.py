"""Before and after a change to the page scripts only (app_pages/), in one process, old and new
taking turns state by state: each cold run (the page's caches cleared, as (b) runs them) is the
whole app script under AppTest, started from REV's app.py (exported as bench/before_after.py
does, so its pages are REV's app_pages/*.py) or this tree's, both running this tree's atlas/ and
ui/ (already imported). Wall time and the process's CPU time (DuckDB's threads included) per run,
and the empty page's. On a shared machine the CPU time is the steadier of the two.

    python -m bench.page_scripts_alternating DB --before REV [--pages funders,outcomes]
                                             [--runs 12] [--statements events/table,...]
                                             [--before-table NEW=OLD]

Only fair when atlas/ and ui/ are unchanged since REV, or changed in ways REV's pages do not
depend on; the changes here are app_pages/ and additions to atlas/markdown.py. --statements
names queries whose REV files REV's pages read while they run (a page and the statements it
reads changed together), as bench.cold_cuts_alternating's sql cut does. --before-table NEW=OLD
makes those statements read the table OLD on REV's side where they read NEW: for a change of a
derived table's rows, OLD being a copy of it as it was, kept in a measurement copy of the DB.
"""

from __future__ import annotations

import argparse
import statistics
import time
from contextlib import contextmanager, nullcontext
from pathlib import Path
from unittest import mock

from bench.before_after import export
from bench.browser import TYPE_CODES
from bench.page_scripts import quiet_apptest_logs
from bench.workload import APP, ROOT, app_pages, use_database


@contextmanager
def rev_statements(before: Path, names: list[str], tables: tuple[str, str] | None = None):
    """queries.load giving REV's file for each of `names` (the rest as this tree has them), reading
    the table tables[1] where it reads tables[0] when `tables` is given."""
    from atlas import queries
    from bench.statement_turns import swap_table

    load = queries.load
    rev = {n: (before / "queries" / f"{n}.sql").read_text(encoding="utf-8") for n in names}
    if tables:
        rev = {n: swap_table(sql, *tables) for n, sql in rev.items()}

    def rev_load(name: str):
        query = load(name)
        if name not in rev:
            return query
        sql = rev[name]
        params = frozenset(queries._PARAM.findall(queries._STRING_OR_COMMENT.sub("", sql)))
        return queries.Query(name, sql, params, query.doc)

    with mock.patch.object(queries, "load", rev_load):
        yield


def measure(
    path: Path,
    before: Path,
    pages: list[str],
    runs: int,
    statements: list[str] = (),
    tables: tuple[str, str] | None = None,
) -> dict:
    from streamlit.testing.v1 import AppTest

    from atlas.filters import Filters
    from ui import shell

    use_database(path, read_only=False)
    trees = {"before": before / "app.py", "after": APP}
    states = [Filters(event_types=TYPE_CODES[: 1 + i % len(TYPE_CODES)]) for i in range(runs)]
    out: dict[str, dict[str, dict[str, list[float]]]] = {}

    def once(entry: Path, script: str | None, state) -> tuple[float, float]:
        with (
            rev_statements(before, statements, tables)
            if entry == trees["before"]
            else nullcontext()
        ):
            return timed(entry, script, state)

    def timed(entry: Path, script: str | None, state) -> tuple[float, float]:
        shell._cached.clear()
        shell._cached_parts.clear()
        shell._figure.clear()
        at = AppTest.from_file(str(entry), default_timeout=120)
        if state is not None:
            for key, value in state.to_query().items():
                at.query_params[key] = value
        if script:
            at.switch_page(script)
        wall, cpu = time.perf_counter(), time.process_time()
        at.run()
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        assert not at.exception, at.exception
        return wall, cpu

    empty = ROOT / "bench" / "empty_page.py"
    for title, script, _ in app_pages():
        if title not in pages:
            continue
        # Imports (this tree's first, so REV's pages find every module already imported from
        # here) and the filter bar's choices.
        for entry in (APP, trees["before"]):
            once(entry, script, states[0])
        slot = out.setdefault(title, {v: {"wall": [], "cpu": []} for v in trees})
        for i, state in enumerate(states):
            order = list(trees) if i % 2 == 0 else list(trees)[::-1]
            for variant in order:
                wall, cpu = once(trees[variant], script, state)
                slot[variant]["wall"].append(wall)
                slot[variant]["cpu"].append(cpu)
        e = out.setdefault("(empty page)", {"both": {"wall": [], "cpu": []}})
        for _ in range(runs):
            wall, cpu = once(empty, None, None)
            e["both"]["wall"].append(wall)
            e["both"]["cpu"].append(cpu)
    use_database(None)
    import sys

    stray = [
        m for m, mod in sys.modules.items() if str(before) in str(getattr(mod, "__file__", ""))
    ]
    assert not stray, f"modules imported from REV's tree: {stray}"
    return out


def main(argv: list[str] | None = None) -> int:
    quiet_apptest_logs()
    parser = argparse.ArgumentParser(prog="python -m bench.page_scripts_alternating")
    parser.add_argument("db", type=Path)
    parser.add_argument("--before", required=True)
    parser.add_argument("--pages", default="funders,outcomes")
    parser.add_argument("--runs", type=int, default=12)
    parser.add_argument("--statements", default="", help="queries REV's pages read as REV has them")
    parser.add_argument(
        "--before-table",
        help="NEW=OLD: those queries read table OLD on REV's side where NEW is read",
    )
    args = parser.parse_args(argv)
    commit, before = export(args.before)
    statements = [n for n in args.statements.split(",") if n]
    tables = tuple(args.before_table.split("=")) if args.before_table else None
    found = measure(args.db, before, args.pages.split(","), args.runs, statements, tables)
    empty = found.pop("(empty page)")["both"]
    e_wall, e_cpu = (statistics.median(empty[k]) * 1000 for k in ("wall", "cpu"))
    print(f"{args.db.name}; before {commit[:12]}; {args.runs} cold runs each, taking turns; ms\n")
    print(
        "| page | before wall | after wall | after ÷ before | before CPU | after CPU | after ÷ before |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|")
    for page, m in found.items():
        b_w, a_w, b_c, a_c = (
            statistics.median(m[v][k]) * 1000
            for v, k in (("before", "wall"), ("after", "wall"), ("before", "cpu"), ("after", "cpu"))
        )
        print(
            f"| {page} | {b_w:.0f} | {a_w:.0f} | {a_w / b_w:.2f}x | {b_c:.0f} | {a_c:.0f} | {a_c / b_c:.2f}x |"
        )
    print(f"| (empty page) | {e_wall:.0f} | | | {e_cpu:.0f} | | |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
