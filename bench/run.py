"""`make bench`: how Outcome Atlas does at scale, against the alternatives, in one run.

    python -m bench.run --sizes 10000,100000,1000000 [--seed 1] [--out bench/results.md]

For each size N a synthetic network of N events is built with atlas.synth (kept in bench/out/
and reused when it is there, unless --rebuild), then, one module each:
  (a) named_queries:    every named query through the query layer vs the same SQL on a bare
                        DuckDB cursor;
  (b) page_scripts:     every page's full script (AppTest) vs an empty Streamlit page, cold and
                        cached;
  (c) pandas_way:       the Overview the "typical Streamlit way" (pandas) vs ours, time and memory;
  (d) filter_to_charts: in Chromium against a real server: filter change -> every chart drawn,
                        per page, vs the same page on the seed database and a floor page with as
                        many charts of constant data;
  (e) csv_export:       CSV export of all N events via atlas.export vs DuckDB's own COPY, time
                        and memory;
  (f) sessions:         ten browser sessions changing filters at once vs one session.
This module is the command line and the order of a run. The tables (results.py) go to
bench/results.md with the machine they ran on, followed by bench/analysis.md (what was done about
the shortfalls, written by hand). Raw numbers go to bench/out/results.json. Only 127.0.0.1 is
ever contacted; every loop is bounded in count and time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
import time
from pathlib import Path

from bench import (
    csv_export,
    filter_to_charts,
    named_queries,
    page_scripts,
    pandas_way,
    sessions,
    workload,
)
from bench.machine import load_average, machine
from bench.results import report
from bench.workload import OUT, ROOT
from tests.server import Server


def log(*args) -> None:
    print(f"[{time.strftime('%H:%M:%S')}]", *args, flush=True)


def in_chromium(
    paths: dict[str, Path],
    seed: Path,
    changes: int,
    sessions_at_once: int,
    rounds: int,
    results: dict,
    save,
    budget_s: float,
) -> dict:
    """(d) and (f), one server per database: the chart pages on the seed database, then on each
    size the chart pages and the sessions, then the floor page for every chart count seen."""
    from playwright.sync_api import sync_playwright

    from bench import browser

    pages = workload.chart_pages()
    logs = OUT / "logs"
    results.update({"sizes": {}, "seed": {}, "floor": {}, "concurrent": {}})
    with sync_playwright() as pw:
        chromium = browser.launch(pw)
        try:
            for label, path in [("seed", seed), *paths.items()]:
                # Served as `make run` serves it: read-write (so the Manage page is there too).
                with Server(path, log_dir=logs, env={"ATLAS_READ_ONLY": None}) as server:
                    measured = (
                        results["seed"]
                        if label == "seed"
                        else results["sizes"].setdefault(label, {})
                    )
                    for title, _, url_path in pages:
                        log(f"browser {label}: {title}")
                        shot = OUT / "screens" / f"{label}-{title.lower().replace(' ', '-')}.png"
                        measured[title] = filter_to_charts.measure(
                            chromium, f"{server.url}/{url_path}", changes, shot, budget_s=budget_s
                        )
                        save()
                    if label != "seed":
                        log(f"browser {label}: {sessions_at_once} sessions")
                        try:
                            # Rotations other than filter_to_charts' (0), so neither run starts from cached states.
                            one = sessions.measure(
                                chromium,
                                server,
                                "/",
                                sessions=1,
                                rounds=rounds,
                                budget_s=4 * budget_s,
                                offset=1,
                            )
                            many = sessions.measure(
                                chromium,
                                server,
                                "/",
                                sessions=sessions_at_once,
                                rounds=rounds,
                                budget_s=4 * budget_s,
                                offset=2,
                            )
                            results["concurrent"][label] = {"one": one, "many": many}
                        except Exception as err:  # noqa: BLE001 - recorded, the run goes on
                            results["concurrent"][label] = {
                                "failed": f"{type(err).__name__}: {str(err)[:200]}"
                            }
                        save()
            counts = sorted(
                {m["charts"] for size in results["sizes"].values() for m in size.values()}
                | {m["charts"] for m in results["seed"].values()}
            )
            with Server(
                seed,
                log_dir=logs,
                script=ROOT / "bench" / "floor_app.py",
                env={"ATLAS_READ_ONLY": None},
            ) as server:
                for n in counts:
                    log(f"browser floor: {n} charts")
                    results["floor"][str(n)] = filter_to_charts.measure(
                        chromium,
                        f"{server.url}/?charts={n}",
                        changes,
                        OUT / "screens" / f"floor-{n}.png",
                        budget_s=budget_s,
                    )
                    save()
        finally:
            chromium.close()
    return results


def main(argv: list[str] | None = None) -> int:
    # AppTest and cache clearing outside a script run log a harmless warning each time.
    logging.getLogger("streamlit.runtime.scriptrunner_utils.script_run_context").setLevel(
        logging.ERROR
    )
    logging.getLogger("streamlit.runtime.caching.cache_data_api").setLevel(logging.ERROR)
    parser = argparse.ArgumentParser(
        prog="python -m bench.run", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument(
        "--sizes", default="10000,100000,1000000", help="event counts, comma-separated"
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--reps", type=int, default=10, help="runs per named query and way (a)")
    parser.add_argument("--runs", type=int, default=10, help="AppTest runs per page (b)")
    parser.add_argument(
        "--changes", type=int, default=20, help="filter changes per page in Chromium (d)"
    )
    parser.add_argument("--sessions", type=int, default=10, help="concurrent sessions (f)")
    parser.add_argument("--rounds", type=int, default=10, help="changes per session in (f)")
    parser.add_argument(
        "--quick",
        action="store_true",
        help="fewer repetitions (5 query runs, 5 page runs, 6 changes, 3 rounds): "
        "the every-day `make bench` at 10k; the committed results use the defaults",
    )
    parser.add_argument("--no-browser", action="store_true", help="skip (d) and (f)")
    parser.add_argument(
        "--page-budget",
        type=float,
        default=420,
        help="seconds at most per page in Chromium (the sessions run gets four times it)",
    )
    parser.add_argument(
        "--pages",
        default="",
        help="only these pages, by script name (overview,countries), comma-separated (default all)",
    )
    parser.add_argument("--rebuild", action="store_true", help="rebuild the synthetic databases")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results.md")
    parser.add_argument(
        "--report-only",
        action="store_true",
        help="measure nothing: write the report again from bench/out/results.json "
        "(after editing bench/analysis.md)",
    )
    args = parser.parse_args(argv)
    if args.report_only:
        saved = json.loads((OUT / "results.json").read_text())
        args.out.write_text(report(saved["meta"], saved["results"]), encoding="utf-8")
        return 0
    if args.quick:
        args.reps, args.runs, args.changes, args.rounds = 5, 5, 6, 3
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    workload.ONLY_PAGES.update(t.strip() for t in args.pages.split(",") if t.strip())
    OUT.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    meta = {
        "sizes": sizes,
        "seed": args.seed,
        "reps": args.reps,
        "runs": args.runs,
        "changes": args.changes,
        "sessions": args.sessions,
        "rounds": args.rounds,
        "machine": machine(),
        "load_start": load_average(),
        "started": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }
    res: dict = {"databases": {}, "queries": {}, "pages": {}, "pandas": {}, "export": {}}

    def save() -> None:
        """Results so far, so that a run cut short still leaves its numbers (--report-only)."""
        meta["load_end"] = load_average()
        meta["minutes"] = (time.perf_counter() - started) / 60
        (OUT / "results.json").write_text(
            json.dumps({"meta": meta, "results": res}, indent=1, default=str)
        )

    paths = {}
    seed = workload.seed_db()
    for n in sizes:
        log(f"{n:,} events: database")
        path, seconds = workload.synthetic_db(n, args.seed, args.rebuild)
        paths[str(n)] = path
        res["databases"][str(n)] = {"build_seconds": seconds, "bytes": path.stat().st_size}
        states, extras = workload.typical_states(path)
        log(f"{n:,} events: (a) queries")
        res["queries"][str(n)] = named_queries.measure(path, states, extras, args.reps)
        save()
        log(f"{n:,} events: (b) pages")
        res["pages"][str(n)] = page_scripts.measure(path, states, args.runs)
        save()
        log(f"{n:,} events: (c) pandas way")
        res["pandas"][str(n)] = pandas_way.measure(path, states)
        save()
        log(f"{n:,} events: (e) export")
        res["export"][str(n)] = csv_export.measure(path)
        save()
    if not args.no_browser:
        workload.use_database(None)  # the servers open the files; this process lets go of them
        res["browser"] = {}
        in_chromium(
            paths,
            seed,
            args.changes,
            args.sessions,
            args.rounds,
            res["browser"],
            save,
            args.page_budget,
        )
    meta["load_end"] = load_average()
    meta["minutes"] = (time.perf_counter() - started) / 60
    (OUT / "results.json").write_text(
        json.dumps({"meta": meta, "results": res}, indent=1, default=str)
    )
    args.out.write_text(report(meta, res), encoding="utf-8")
    log(f"wrote {args.out} in {meta['minutes']:.1f} minutes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
