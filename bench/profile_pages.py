"""Where a chart page's script spends its time for a filter state it has not seen: the bench's
event-type changes (bench/browser.TYPE_CODES added one at a time, as (d) makes them) run by
AppTest with the page's caches cleared before each run, as (b) runs its cold states (each script
compiled once), under
cProfile in the script's thread. Prints, per page, the median run and the functions that take
the most of it (cumulative, per run).

    python -m bench.profile_pages DB [--pages overview,countries] [--runs 6] [--top 25]
"""

from __future__ import annotations

import argparse
import cProfile
import logging
import pstats
import statistics
import time
from pathlib import Path

from bench.browser import TYPE_CODES
from bench.page_scripts import one_script_cache
from bench.workload import APP, app_pages, use_database


def states(runs: int):
    from atlas.filters import Filters

    return [Filters(event_types=TYPE_CODES[: 1 + i % len(TYPE_CODES)]) for i in range(runs)]


def profile(path: Path, pages: list[str], runs: int) -> dict[str, tuple[list[float], pstats.Stats]]:
    from streamlit.testing.v1 import AppTest
    from streamlit.testing.v1.local_script_runner import LocalScriptRunner

    from ui import shell

    use_database(path, read_only=False)
    profiler: cProfile.Profile | None = None
    plain = LocalScriptRunner._run_script_thread

    def profiled(self) -> None:  # the script runs in its own thread: profile that thread
        if profiler is None:
            return plain(self)
        profiler.enable()
        try:
            return plain(self)
        finally:
            profiler.disable()

    LocalScriptRunner._run_script_thread = profiled
    out = {}
    try:
        for title, script, _ in app_pages():
            if title not in pages:
                continue

            def run_once(state, clear: bool, script: str = script) -> float:
                if clear:
                    shell._cached.clear()
                    shell._cached_parts.clear()
                    shell._figure.clear()
                at = AppTest.from_file(str(APP), default_timeout=120)
                for key, value in state.to_query().items():
                    at.query_params[key] = value
                at.switch_page(script)
                started = time.perf_counter()
                at.run()
                assert not at.exception, at.exception
                return time.perf_counter() - started

            run_once(states(1)[0], False)  # imports and the filter bar's choices
            profiler = None
            times = [run_once(s, True) for s in states(runs)]  # unprofiled: the real times
            profiler = cProfile.Profile()
            for s in states(runs):
                run_once(s, True)
            stats = pstats.Stats(profiler)
            profiler = None
            out[title] = (times, stats)
    finally:
        LocalScriptRunner._run_script_thread = plain
        use_database(None)
    return out


def main(argv: list[str] | None = None) -> int:
    logging.getLogger("streamlit").setLevel(logging.ERROR)
    parser = argparse.ArgumentParser(prog="python -m bench.profile_pages")
    parser.add_argument("db", type=Path)
    parser.add_argument("--pages", default="overview,countries,outcomes,funders")
    parser.add_argument("--runs", type=int, default=6)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--sort", default="cumulative")
    args = parser.parse_args(argv)
    with one_script_cache():  # each script compiled once, as (b) and a server do
        found = profile(args.db, args.pages.split(","), args.runs)
    for title, (times, stats) in found.items():
        print(
            f"\n=== {title}: cold median {statistics.median(times) * 1000:.0f} ms "
            f"over {len(times)} runs (unprofiled) ==="
        )
        stats.sort_stats(args.sort).print_stats(args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
