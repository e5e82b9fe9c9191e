"""A page's two independent statements one after the other against both at once, each on its own
cursor from a thread of its own (DuckDB releases the GIL while it plans and executes), in one
process, the two ways taking turns state by state (the bench's 21 event-type states):
  funders: the Funders page's statement (funders/page_groups, the page's funder, $limit 100)
           and its targets table (results/table_groups, the funder chosen), as the page reads
           them;
  data:    the Data page's count and first 100 rows of its Events table (atlas.export's
           count and preview), as its summary reads them.
Wall and process CPU time (DuckDB's threads included) per pair, medians; and how idle the
machine's cores were over the run (from /proc/stat): the two ways can differ only by what an idle
core lets them overlap, so on a busy machine they cannot.

    python -m bench.statements_at_once DB [--pairs funders,data] [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from atlas import db, export, queries
from atlas.access import Scope
from atlas.export.rows import count, preview
from atlas.filters import Filters
from bench.summary_tables import bench_states, first_funder

PAIRS = ("funders", "data")
WAYS = ("one after the other", "at once")


def cpu_ticks() -> tuple[int, int]:
    """(busy, idle) jiffies of every core since boot."""
    fields = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle and iowait
    return sum(fields[:8]) - idle, idle


def pair_calls(con, pair: str, state: Filters, funder: str) -> tuple[Callable, Callable]:
    everything = Scope.everything()
    if pair == "funders":
        return (
            lambda: queries.run_parts(
                "funders/page",
                scope=everything,
                con=con,
                funder=funder,
                limit=100,
                **state.sql_params(),
            ),
            lambda: queries.run(
                "results/table",
                scope=everything,
                con=con,
                search=None,
                **state.replace(funders=(funder,)).sql_params(),
            ),
        )
    selection = export.Selection("events", state, "", scope=everything)
    return (lambda: preview(con, selection, 100), lambda: count(con, selection))


def one_after_the_other(first: Callable, second: Callable) -> None:
    first()
    second()


def at_once(first: Callable, second: Callable) -> None:
    with ThreadPoolExecutor(max_workers=1) as pool:
        other = pool.submit(second)
        first()
        other.result()


def measure(path: Path, pairs: list[str], runs: int) -> dict:
    con = db.connect(path, read_only=True)
    funder = first_funder(con)
    states = bench_states()
    ways = {WAYS[0]: one_after_the_other, WAYS[1]: at_once}
    out: dict[str, dict[str, dict[str, list[float]]]] = {}
    busy0, idle0 = cpu_ticks()
    for pair in pairs:
        slot = out.setdefault(pair, {w: {"wall": [], "cpu": []} for w in ways})
        for way in ways.values():  # warm: the statements parsed, the file's pages read
            way(*pair_calls(con, pair, states[0], funder))
        for run in range(runs):
            for i, state in enumerate(states):
                order = list(ways) if (i + run) % 2 == 0 else list(ways)[::-1]
                for name in order:
                    calls = pair_calls(con, pair, state, funder)
                    wall, cpu = time.perf_counter(), time.process_time()
                    ways[name](*calls)
                    slot[name]["wall"].append(time.perf_counter() - wall)
                    slot[name]["cpu"].append(time.process_time() - cpu)
    busy1, idle1 = cpu_ticks()
    con.close()
    out["idle"] = (idle1 - idle0) / max(1, (busy1 - busy0) + (idle1 - idle0))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.statements_at_once")
    parser.add_argument("db", type=Path)
    parser.add_argument("--pairs", default=",".join(PAIRS), help="of " + ", ".join(PAIRS))
    parser.add_argument("--runs", type=int, default=3, help="rounds of the 21 states")
    args = parser.parse_args(argv)
    pairs = [p for p in args.pairs.split(",") if p]
    if not set(pairs) <= set(PAIRS):
        raise SystemExit(f"--pairs: not among {', '.join(PAIRS)}")
    found = measure(args.db, pairs, args.runs)
    idle = found.pop("idle")
    print(
        f"{args.db.name}; {args.runs} x {len(bench_states())} states a way, taking turns; ms;"
        f" the machine's cores {idle:.0%} idle over the run\n"
    )
    print("| pair | way | wall | CPU | wall ÷ one after the other |")
    print("|---|---|---:|---:|---:|")
    for pair, m in found.items():
        base = statistics.median(m[WAYS[0]]["wall"])
        for way, v in m.items():
            wall, cpu = (statistics.median(v[k]) for k in ("wall", "cpu"))
            print(f"| {pair} | {way} | {wall * 1000:.1f} | {cpu * 1000:.1f} | {wall / base:.2f}x |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
