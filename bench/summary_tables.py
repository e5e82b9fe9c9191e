"""The summary tables (migration 009) against the page statements they stand in for, in one
process: for each page with a summary twin, on the benchmark's own filter states (no filter, then
the event types bench/browser.py adds one by one and removes again), the page statement and its
twin run alternately (which goes first alternates too), CPU time of this process (DuckDB's threads
included) and wall time, medians. Then the cost of one event's refresh inside a write's
transaction (rolled back): event_facts alone (as before migration 009) and with the summary groups.
The Funders page is measured for the funder it opens on when the link names none (the first by
name, as the benchmark's filter changes see it).

    python -m bench.summary_tables DB [--runs 3] [--pages overview,funders] [--no-refresh]

The machine is shared: CPU seconds, old and new side by side, are what to compare.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from atlas import db, facts, queries
from atlas.access import Scope
from atlas.filters import Filters
from bench.browser import TYPE_CODES

PAGES = {
    "overview/page": {"limit": 10},
    "countries/page": {"limit": 200},
    "outcomes/page": {"limit": 50},
    "funders/page": {"limit": 100},  # and the funder: first_funder()
}
ORDER = list(TYPE_CODES)  # the order bench/browser.py's filter changes add them


def bench_states() -> list[Filters]:
    """No filter, the types added one by one, then removed from the first."""
    added = [Filters(event_types=tuple(ORDER[: n + 1])) for n in range(len(ORDER))]
    removed = [Filters(event_types=tuple(ORDER[n:])) for n in range(1, len(ORDER) - 1)]
    return [Filters(), *added, *removed]


def first_funder(con) -> str:
    """The funder the Funders page shows when the link names none: the first of its choices."""
    return queries.run("filters/funders", scope=Scope.everything(), con=con)["org_id"].iloc[0]


def _timed(fn) -> tuple[float, float]:
    cpu, wall = time.process_time(), time.perf_counter()
    fn()
    return time.process_time() - cpu, time.perf_counter() - wall


def compare(
    con, page: str, states: list[Filters], runs: int, extra: dict | None = None
) -> dict[str, float]:
    old_cpu, new_cpu, old_wall, new_wall = [], [], [], []
    for i, filters in enumerate(states):
        params = filters.sql_params() | PAGES[page] | (extra or {})
        assert queries.statement_for(page, params) != page, filters
        per = {"old": ([], []), "new": ([], [])}
        for r in range(runs):
            order = ("old", "new") if (i + r) % 2 == 0 else ("new", "old")
            for which in order:
                cpu, wall = _timed(
                    lambda which=which, params=params: queries.run_parts(
                        page, scope=Scope.everything(), con=con, summary=which == "new", **params
                    )
                )
                per[which][0].append(cpu)
                per[which][1].append(wall)
        old_cpu.append(statistics.median(per["old"][0]))
        new_cpu.append(statistics.median(per["new"][0]))
        old_wall.append(statistics.median(per["old"][1]))
        new_wall.append(statistics.median(per["new"][1]))
    return {
        "old_cpu_median": statistics.median(old_cpu),
        "new_cpu_median": statistics.median(new_cpu),
        "old_wall_median": statistics.median(old_wall),
        "new_wall_median": statistics.median(new_wall),
        "old_cpu_none": old_cpu[0],
        "new_cpu_none": new_cpu[0],
    }


def refresh_cost(con, runs: int) -> dict[str, float]:
    """One event's refresh in a rolled-back transaction: event_facts alone, then with the groups."""
    ids = [
        i
        for (i,) in con.execute(
            "SELECT event_id FROM events ORDER BY hash(event_id) LIMIT $n", {"n": runs}
        ).fetchall()
    ]

    def facts_only(event_id: str) -> None:
        con.execute("DELETE FROM event_facts WHERE event_id = $e", {"e": event_id})
        con.execute("INSERT INTO event_facts SELECT * FROM event_facts_of([$e])", {"e": event_id})

    out: dict[str, list[float]] = {"facts_only": [], "with_summary": []}
    for n, event_id in enumerate(ids):
        order = ("facts_only", "with_summary") if n % 2 == 0 else ("with_summary", "facts_only")
        for which in order:
            con.execute("BEGIN")
            try:
                fn = (
                    (lambda event_id=event_id: facts_only(event_id))
                    if which == "facts_only"
                    else (lambda event_id=event_id: facts.refresh(con, [event_id]))
                )
                out[which].append(_timed(fn)[1])
            finally:
                con.execute("ROLLBACK")
    return {k: statistics.median(v) for k, v in out.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.summary_tables")
    parser.add_argument("db", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pages", default="", help="only these pages (overview,funders)")
    parser.add_argument("--no-refresh", action="store_true", help="skip the write's cost")
    args = parser.parse_args(argv)
    only = {p.strip() for p in args.pages.split(",") if p.strip()}
    con = db.connect(args.db)
    db.migrate(con)  # a file built before migration 009 gets the tables here
    events = con.execute("SELECT count(*) FROM events").fetchone()[0]
    rows = {
        t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: S608 (facts.SUMMARIES)
        for t in facts.SUMMARIES
    }
    print(f"{args.db.name}: {events:,} events; summary rows {rows}")
    states = bench_states()
    funder = first_funder(con)
    for page in PAGES:
        if only and page.split("/")[0] not in only:
            continue
        extra = {"funder": funder} if page == "funders/page" else None
        r = compare(con, page, states, args.runs, extra)
        print(
            f"{page}{f' ({funder})' if extra else ''}: CPU median over {len(states)} states {r['old_cpu_median'] * 1000:.1f} -> "
            f"{r['new_cpu_median'] * 1000:.1f} ms ({r['new_cpu_median'] / r['old_cpu_median']:.2f}x); "
            f"no filter {r['old_cpu_none'] * 1000:.1f} -> {r['new_cpu_none'] * 1000:.1f} ms; "
            f"wall {r['old_wall_median'] * 1000:.1f} -> {r['new_wall_median'] * 1000:.1f} ms"
        )
    if not only or "overview" in only:
        # the funder in the filter bar: the Overview's twin answers it too
        with_funder = [f.replace(funders=(funder,)) for f in states]
        r = compare(con, "overview/page", with_funder, args.runs)
        print(
            f"overview/page, funders=({funder},) in the filter bar: CPU median over "
            f"{len(states)} states {r['old_cpu_median'] * 1000:.1f} -> "
            f"{r['new_cpu_median'] * 1000:.1f} ms ({r['new_cpu_median'] / r['old_cpu_median']:.2f}x); "
            f"that funder alone {r['old_cpu_none'] * 1000:.1f} -> {r['new_cpu_none'] * 1000:.1f} ms; "
            f"wall {r['old_wall_median'] * 1000:.1f} -> {r['new_wall_median'] * 1000:.1f} ms"
        )
    if args.no_refresh:
        con.close()
        return 0
    w = refresh_cost(con, max(args.runs * 4, 10))
    print(
        f"one event's refresh (wall, median): event_facts alone {w['facts_only'] * 1000:.1f} ms, "
        f"with the summary groups {w['with_summary'] * 1000:.1f} ms"
    )
    con.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
