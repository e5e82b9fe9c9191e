"""`make bench`: how Outcome Atlas does at scale, against the alternatives, in one run.

    python -m bench.run --sizes 10000,100000,1000000 [--seed 1] [--out bench/results.md]

For each size N a synthetic network of N events is built with atlas.synth (kept in bench/out/
and reused when it is there, unless --rebuild), then:
  (a) every named query through the query layer vs the same SQL on a bare DuckDB cursor;
  (b) every page's full script (AppTest) vs an empty Streamlit page, cold and cached;
  (c) the Overview the "typical Streamlit way" (pandas) vs ours, time and memory;
  (d) in Chromium against a real server: filter change -> every chart drawn, per page, vs the
      same page on the seed database and a floor page with as many charts of constant data;
  (e) CSV export of all N events via atlas.exports vs DuckDB's own COPY, time and memory;
  (f) ten browser sessions changing filters at once vs one session.
The tables go to bench/results.md with the machine they ran on, followed by bench/analysis.md
(what was done about the shortfalls, written by hand). Raw numbers go to bench/out/results.json.
Only 127.0.0.1 is ever contacted; every loop is bounded in count and time.
"""

from __future__ import annotations

import argparse
import ast
import datetime as dt
import json
import logging
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
APP = ROOT / "app.py"

TARGETS = {
    "query": 1.1,  # query layer / bare DuckDB, median
    "page": 2.0,  # page script / empty page, median
    "pandas": 10.0,  # pandas way / ours, at least
    "vs_seed": 1.25,  # filter -> drawn at N / on the seed database
    "vs_floor": 1.5,  # filter -> drawn at N / floor page
    "export": 2.0,  # atlas.exports CSV / DuckDB COPY
    "sessions": 3.0,  # p95 with ten sessions / one session
}


# ----------------------------------------------------------------------------------------------
# Small tools


def median(xs: list[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


def p95(xs: list[float]) -> float:
    if not xs:
        return float("nan")
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(0.95 * (len(xs) - 1)))]


def ms(x: float) -> str:
    return "–" if x != x else f"{x * 1000:,.1f}"


def ratio(a: float, b: float) -> float:
    return a / b if b and a == a and b == b else float("nan")


def fx(x: float) -> str:
    return "–" if x != x else f"{x:.2f}×"


def mb(x: float) -> str:
    return f"{x / 2**20:,.0f}"


def mark(ok: bool) -> str:
    return "✅" if ok else "❌"


def log(*args) -> None:
    print(f"[{time.strftime('%H:%M:%S')}]", *args, flush=True)


ONLY_PAGES: set[str] = set()  # --pages: measure only these titles


def app_pages() -> list[tuple[str, str, str]]:
    """(title, script, url path) of every page in app.py's PAGES, read from its source."""
    pages = []
    for node in ast.walk(ast.parse(APP.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "Page":
            kw = {k.arg: k.value.value for k in node.keywords if isinstance(k.value, ast.Constant)}
            script = node.args[0].value
            default = kw.get("default", False)
            pages.append((kw.get("title", Path(script).stem), script,
                          "" if default else kw.get("url_path", Path(script).stem)))
    return [p for p in pages if not ONLY_PAGES or p[0] in ONLY_PAGES]


def chart_pages() -> list[tuple[str, str, str]]:
    """The pages that draw charts (their script calls shell.chart): the ones (d) times, since a
    page without a chart has no "every chart drawn" to wait for. (b) runs every page."""
    return [p for p in app_pages() if "shell.chart(" in (ROOT / p[1]).read_text(encoding="utf-8")]


def use_database(path: Path | None, *, read_only: bool = True) -> None:
    """Point the app's shared connection at `path` (None: close it only)."""
    from atlas.db import shared

    shared.close()
    if path is not None:
        os.environ["ATLAS_DB"] = str(path)
        os.environ["ATLAS_READ_ONLY"] = "1" if read_only else "0"


def machine() -> dict[str, str]:
    import duckdb
    import numpy
    import pandas
    import plotly
    import streamlit

    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor() or "unknown")
    mem = next(int(line.split()[1]) * 1024 for line in Path("/proc/meminfo").read_text().splitlines()
               if line.startswith("MemTotal"))
    chromium = subprocess.run(["/usr/bin/chromium", "--version"], capture_output=True, text=True,
                              timeout=30).stdout.strip() if Path("/usr/bin/chromium").exists() else "not found"
    return {"CPU": cpu, "cores": str(os.cpu_count()), "RAM": f"{mem / 2**30:.0f} GiB",
            "OS": platform.platform(), "Python": platform.python_version(), "DuckDB": duckdb.__version__,
            "Streamlit": streamlit.__version__, "pandas": pandas.__version__, "numpy": numpy.__version__,
            "Plotly": plotly.__version__, "Chromium": chromium}


def load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


# ----------------------------------------------------------------------------------------------
# Databases and the filter states every measure uses


def synthetic_db(events: int, seed: int, rebuild: bool) -> tuple[Path, float | None]:
    """bench/out/synth-<N>-s<seed>.duckdb, built unless present; the build time when built."""
    from atlas import synth

    path = OUT / f"synth-{events}-s{seed}.duckdb"
    if path.exists() and not rebuild:
        return path, None
    started = time.perf_counter()
    synth.build(events, seed, path)
    return path, time.perf_counter() - started


def seed_db() -> Path:
    from atlas import db

    return db.build(db.DEFAULT_SEED, OUT / "seed.duckdb")


def typical_states(path: Path):
    """The filter states a user typically sets, on this database: none, a start date, a country,
    two event types, a date range with two countries, the busiest project, the largest funder."""
    from atlas import db
    from atlas.filters import Filters

    con = db.connect(path, read_only=True)
    try:
        project = con.execute("SELECT project_id FROM events WHERE project_id IS NOT NULL "
                              "GROUP BY ALL ORDER BY count(*) DESC, project_id LIMIT 1").fetchone()[0]
        funder = con.execute("SELECT org_id FROM project_funders GROUP BY ALL "
                             "ORDER BY count(*) DESC, org_id LIMIT 1").fetchone()[0]
        event_id = con.execute("SELECT event_id FROM events ORDER BY event_id "
                               "LIMIT 1 OFFSET (SELECT count(*) // 2 FROM events)").fetchone()[0]
        target = con.execute("SELECT target_id FROM targets WHERE project_id = $p ORDER BY target_id LIMIT 1",
                             {"p": project}).fetchone()
        project_ids = [p for (p,) in con.execute("SELECT project_id FROM projects ORDER BY project_id").fetchall()]
    finally:
        con.close()
    states = [Filters(), Filters(date_from=dt.date(2015, 1, 1)), Filters(countries=("THA",)),
              Filters(event_types=("workshop", "training")),
              Filters(date_from=dt.date(2018, 1, 1), date_to=dt.date(2020, 12, 31), countries=("LAO", "KHM")),
              Filters(projects=(project,)), Filters(funders=(funder,))]
    extras = {"limit": 100, "event_id": event_id, "funder": funder, "search": "labour",
              "tables": None, "actions": None, "actors": None,  # the audit trail's own filters: all
              "target_id": target[0] if target else None, "project_ids": project_ids, "org_id": None}
    return states, extras


# ----------------------------------------------------------------------------------------------
# (a) named queries: query layer vs bare cursor


def bench_queries(path: Path, states, extras: dict, reps: int) -> dict:
    from atlas import queries
    from atlas.access import Scope
    from atlas.db import shared

    use_database(path)
    con = shared.connection()
    results = {}
    for name in queries.names():
        query = queries.load(name)
        missing = query.params - queries.FILTER_PARAMS - extras.keys() - {queries.SCOPE_PARAM}
        if missing:
            results[name] = {"skipped": f"needs {', '.join(sorted(missing))}"}
            continue
        layer, bare = [], []
        for i in range(reps + 1):
            params = states[i % len(states)].sql_params() | {k: extras[k] for k in query.params if k in extras}
            bound = {k: (params | {queries.SCOPE_PARAM: None})[k] for k in query.params}

            def through_layer(params=params, name=name):
                started = time.perf_counter()
                queries.run(name, scope=Scope.everything(), **params)
                return time.perf_counter() - started

            def on_bare_cursor(bound=bound, query=query):
                started = time.perf_counter()
                cur = con.cursor()
                try:
                    cur.execute(query.sql, bound).df()
                finally:
                    cur.close()
                return time.perf_counter() - started

            first, second = (through_layer, on_bare_cursor) if i % 2 else (on_bare_cursor, through_layer)
            a, b = first(), second()
            if i == 0:
                continue  # warm-up: file pages and plans
            t_layer, t_bare = (a, b) if first is through_layer else (b, a)
            layer.append(t_layer)
            bare.append(t_bare)
        results[name] = {"layer": layer, "bare": bare}
    use_database(None)
    return results


# ----------------------------------------------------------------------------------------------
# (b) page scripts via AppTest vs an empty page


def bench_pages(path: Path, states, runs: int) -> dict:
    from streamlit.testing.v1 import AppTest

    from ui import shell

    use_database(path, read_only=False)  # as `make run` serves it: the Manage page is there too

    def run_once(script: str, page: str | None, state, clear: bool) -> tuple[float, bool]:
        if clear:
            shell._cached.clear()  # the page's queries; the filter bar's choices stay cached
            shell._figure.clear()  # and the figures drawn from them: a new state draws new ones
        at = AppTest.from_file(str(script), default_timeout=120)
        if state is not None:
            for key, value in state.to_query().items():
                at.query_params[key] = value
        if page:
            at.switch_page(page)
        started = time.perf_counter()
        try:
            at.run()
        except RuntimeError:  # AppTest's timeout: counted as an error, with the time it took
            return time.perf_counter() - started, True
        return time.perf_counter() - started, bool(at.exception)

    results: dict[str, dict] = {}
    empty = [run_once(str(ROOT / "bench" / "empty_page.py"), None, None, False)[0] for _ in range(runs + 1)][1:]
    results["(empty page)"] = {"cold": empty, "warm": empty, "errors": 0}
    for title, script, _ in app_pages():
        run_once(str(APP), script, states[0], False)  # imports and the filter bar's choices
        cold, warm, errors = [], [], 0
        for i in range(runs):
            seconds, failed = run_once(str(APP), script, states[i % len(states)], True)
            cold.append(seconds)
            errors += failed
        for i in range(runs):  # fill the cache with every state the cached runs will use
            run_once(str(APP), script, states[i % len(states)], False)
        for i in range(runs):
            seconds, failed = run_once(str(APP), script, states[i % len(states)], False)
            warm.append(seconds)
            errors += failed
        results[title] = {"cold": cold, "warm": warm, "errors": errors}
    use_database(None)
    return results


# ----------------------------------------------------------------------------------------------
# (c) and (e): measures in a process of their own (bench/probe.py), for their peak memory


def probe(*args: str) -> dict:
    done = subprocess.run([sys.executable, "-m", "bench.probe", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=1800, env={**os.environ, "PYTHONPATH": str(ROOT)})
    if done.returncode:
        raise RuntimeError(f"probe {args[0]} failed: {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def bench_pandas(path: Path, states) -> dict:
    payload = json.dumps([s.to_query() for s in states])
    pandas_way = probe("overview-pandas", str(path), payload)
    ours = probe("overview-sql", str(path), payload)
    agree = all(_same(a, b) for a, b in zip(pandas_way["figures"], ours["figures"], strict=True))
    return {"pandas": pandas_way, "ours": ours, "agree": agree}


def _same(a: dict, b: dict) -> bool:
    return all(a.get(k) == b.get(k) for k in a)


def bench_export(path: Path) -> dict:
    out = OUT / "export"
    out.mkdir(parents=True, exist_ok=True)
    try:
        atlas_way = probe("export-atlas", str(path), str(out / "atlas.csv"))
        copy = probe("export-copy", str(path), str(out / "copy.csv"))
    finally:
        for f in out.glob("*.csv"):
            f.unlink()
    return {"atlas": atlas_way, "copy": copy}


# ----------------------------------------------------------------------------------------------
# (d) and (f): Chromium against real servers


def bench_browser(paths: dict[str, Path], seed: Path, changes: int, sessions: int, rounds: int,
                  results: dict, save, budget_s: float) -> dict:
    from playwright.sync_api import sync_playwright

    from bench import browser

    pages = chart_pages()
    results.update({"sizes": {}, "seed": {}, "floor": {}, "concurrent": {}})
    with sync_playwright() as pw:
        chromium = browser.launch(pw)
        try:
            for label, path in [("seed", seed), *paths.items()]:
                server = browser.Server(APP, path, OUT / "logs")
                try:
                    measured = results["seed"] if label == "seed" else results["sizes"].setdefault(label, {})
                    for title, _, url_path in pages:
                        log(f"browser {label}: {title}")
                        shot = OUT / "screens" / f"{label}-{title.lower().replace(' ', '-')}.png"
                        measured[title] = browser.measure_page(chromium, f"{server.url}/{url_path}", changes, shot,
                                                               budget_s=budget_s)
                        save()
                    if label != "seed":
                        log(f"browser {label}: {sessions} sessions")
                        try:
                            # Rotations other than measure_page's (0), so neither run starts from cached states.
                            one = browser.concurrent(chromium, server, "/", sessions=1, rounds=rounds,
                                                     budget_s=4 * budget_s, offset=1)
                            many = browser.concurrent(chromium, server, "/", sessions=sessions, rounds=rounds,
                                                      budget_s=4 * budget_s, offset=2)
                            results["concurrent"][label] = {"one": one, "many": many}
                        except Exception as err:  # noqa: BLE001 - recorded, the run goes on
                            results["concurrent"][label] = {"failed": f"{type(err).__name__}: {str(err)[:200]}"}
                        save()
                finally:
                    server.stop()
            counts = sorted({m["charts"] for size in results["sizes"].values() for m in size.values()}
                            | {m["charts"] for m in results["seed"].values()})
            server = browser.Server(ROOT / "bench" / "floor_app.py", seed, OUT / "logs")
            try:
                for n in counts:
                    log(f"browser floor: {n} charts")
                    results["floor"][str(n)] = browser.measure_page(chromium, f"{server.url}/?charts={n}", changes,
                                                                    OUT / "screens" / f"floor-{n}.png", budget_s=budget_s)
                    save()
            finally:
                server.stop()
        finally:
            chromium.close()
    return results


# ----------------------------------------------------------------------------------------------
# The report


def report(meta: dict, res: dict) -> str:
    sizes = meta["sizes"]
    lines = ["# Benchmark results", "",
             f"Made by `python -m bench.run --sizes {','.join(map(str, sizes))} --reps {meta['reps']} "
             f"--runs {meta['runs']} --changes {meta['changes']} --sessions {meta['sessions']} "
             f"--rounds {meta['rounds']}` on {meta['started']} "
             f"in {meta['minutes']:.1f} minutes; every number below comes from that one run. "
             f"Synthetic networks from `python -m atlas.synth --seed {meta['seed']}`.", "",
             "| machine | |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in meta["machine"].items()]
    lines += [f"| load average at start / end | {meta['load_start']} / {meta['load_end']} |", "",
              "Targets (issue 7): query layer ≤ 1.1× bare DuckDB; page script ≤ 2× the empty page; "
              "pandas way ≥ 10× slower than ours; filter → charts drawn ≤ 1.25× the seed database and "
              "≤ 1.5× the floor page; export ≤ 2× DuckDB COPY with memory flat in the row count; "
              "10 sessions p95 ≤ 3× one session with 0 errors. ✅ met, ❌ not met (see the analysis "
              "below the tables).", ""]

    lines += ["## Synthetic databases", "", "| events | build (s) | file (MB) |", "|---:|---:|---:|"]
    for n in sizes:
        g = res["databases"].get(str(n))
        if not g:
            continue
        built = "reused" if g["build_seconds"] is None else f"{g['build_seconds']:.1f}"
        lines.append(f"| {n:,} | {built} | {mb(g['bytes'])} |")

    lines += ["", "## (a) Named queries: query layer vs bare DuckDB cursor", "",
              f"Each query run {meta['reps']} times (after one warm-up), cycling through the typical "
              "filter states, alternating which goes first. Times in ms.", ""]
    for n in sizes:
        q = res["queries"].get(str(n))
        if not q:
            continue
        worst = max((ratio(median(v["layer"]), median(v["bare"])) for v in q.values() if "layer" in v), default=float("nan"))
        lines += [f"### {n:,} events (worst ratio {fx(worst)} {mark(worst <= TARGETS['query'])})", "",
                  "| query | layer median | layer p95 | bare median | bare p95 | ratio |", "|---|---:|---:|---:|---:|---:|"]
        for name, v in q.items():
            if "skipped" in v:
                lines.append(f"| {name} | skipped: {v['skipped']} | | | | |")
                continue
            r = ratio(median(v["layer"]), median(v["bare"]))
            lines.append(f"| {name} | {ms(median(v['layer']))} | {ms(p95(v['layer']))} | {ms(median(v['bare']))} "
                         f"| {ms(p95(v['bare']))} | {fx(r)} {mark(r <= TARGETS['query'])} |")
        lines.append("")

    lines += ["## (b) Page scripts (AppTest) vs an empty Streamlit page", "",
              f"Median of {meta['runs']} runs of the whole app script (filter bar, banner, page) with "
              "typical filters in the URL. Cold: the page's query and figure caches cleared before each run (a filter "
              "state not seen before); cached: the same states again. Times in ms.", "",
              "| events | page | cold | cached | empty page | cold ratio | cached ratio | errors |",
              "|---:|---|---:|---:|---:|---:|---:|---:|"]
    for n in sizes:
        p = res["pages"].get(str(n))
        if not p:
            continue
        empty = median(p["(empty page)"]["cold"])
        for title, v in p.items():
            if title == "(empty page)":
                continue
            rc, rw = ratio(median(v["cold"]), empty), ratio(median(v["warm"]), empty)
            lines.append(f"| {n:,} | {title} | {ms(median(v['cold']))} | {ms(median(v['warm']))} | {ms(empty)} "
                         f"| {fx(rc)} {mark(rc <= TARGETS['page'])} | {fx(rw)} {mark(rw <= TARGETS['page'])} | {v['errors']} |")

    lines += ["", "## (c) Overview: the typical pandas way vs ours", "",
              "Pandas way: every table the Overview needs loaded into DataFrames once (what "
              "`@st.cache_data` would keep), then per interaction filtered and aggregated in pandas "
              "(bench/pandas_overview.py). Ours: the Overview's six named queries, uncached. Same "
              "filter states; both must give the same figures. Memory: peak resident size minus the "
              "size once the database is open, each in a process of its own.", "",
              "| events | pandas load (s) | pandas per interaction (ms) | ours per interaction (ms) | ratio | "
              "pandas memory (MB) | ours memory (MB) | same figures |", "|---:|---:|---:|---:|---:|---:|---:|---|"]
    for n in sizes:
        c = res["pandas"].get(str(n))
        if not c:
            continue
        r = ratio(median(c["pandas"]["seconds"]), median(c["ours"]["seconds"]))
        lines.append(f"| {n:,} | {c['pandas']['load_seconds']:.2f} | {ms(median(c['pandas']['seconds']))} | "
                     f"{ms(median(c['ours']['seconds']))} | {fx(r)} {mark(r >= TARGETS['pandas'])} | "
                     f"{mb(c['pandas']['memory'])} | {mb(c['ours']['memory'])} | {'yes' if c['agree'] else 'NO'} |")

    b = res.get("browser")
    lines += ["", "## (d) Chromium: filter change → every chart drawn", ""]
    if not b:
        lines.append("Not measured in this run (--no-browser).")
    else:
        lines += [f"{meta['changes']} changes of the sidebar's event types on each page that draws charts "
                  "(Data, History, Manage and Review draw none, so they have no chart to wait for; (b) runs them) "
                  "(see bench/browser.py), "
                  "each timed in the page from the click to the last chart's DOM change after the rerun. "
                  "Seed: the same page on the seed database (17 events). Floor: bench/floor_app.py with "
                  "as many Plotly charts of constant data. Ratios compare medians. Script: when the last "
                  "message of the rerun reached the page (the server's share); the rest of the latency is "
                  "the browser drawing. Times in ms.", "",
                  "| events | page | charts | p50 | p95 | script p50 | seed p50 | seed p95 | seed script p50 "
                  "| floor p50 | floor p95 | ÷ seed | ÷ floor | errors |",
                  "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for n in sizes:
            for title, m in b.get("sizes", {}).get(str(n), {}).items():
                seed_m = b.get("seed", {}).get(title, {"latencies": []})
                floor_m = b.get("floor", {}).get(str(m["charts"]), {"latencies": []})
                rs = ratio(median(m["latencies"]), median(seed_m["latencies"]))
                rf = ratio(median(m["latencies"]), median(floor_m["latencies"]))
                lines.append(
                    f"| {n:,} | {title} | {m['charts']} | {ms(median(m['latencies']))} | {ms(p95(m['latencies']))} "
                    f"| {ms(median(m.get('script', [])))} "
                    f"| {ms(median(seed_m['latencies']))} | {ms(p95(seed_m['latencies']))} "
                    f"| {ms(median(seed_m.get('script', [])))} "
                    f"| {ms(median(floor_m['latencies']))} | {ms(p95(floor_m['latencies']))} "
                    f"| {fx(rs)} {mark(rs <= TARGETS['vs_seed'])} | {fx(rf)} {mark(rf <= TARGETS['vs_floor'])} "
                    f"| {m['errors']}{' (' + m['failed'] + ')' if m.get('failed') else ''} |")

    lines += ["", "## (e) CSV export of every event: atlas.exports vs DuckDB COPY", "",
              "The Data page's Events table, no filter, written by `atlas.exports.write` (CSV, formula "
              "neutralising, manifest) and by a bare `COPY (same query) TO file`. Memory: peak resident "
              "size minus the size once the database is open, each in a process of its own.", "",
              "| events | rows | atlas.exports (s) | COPY (s) | ratio | atlas.exports memory (MB) | COPY memory (MB) | file (MB) |",
              "|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for n in sizes:
        e = res["export"].get(str(n))
        if not e:
            continue
        r = ratio(e["atlas"]["seconds"][0], e["copy"]["seconds"][0])
        lines.append(f"| {n:,} | {e['atlas']['rows']:,} | {e['atlas']['seconds'][0]:.2f} | {e['copy']['seconds'][0]:.2f} "
                     f"| {fx(r)} {mark(r <= TARGETS['export'])} | {mb(e['atlas']['memory'])} | {mb(e['copy']['memory'])} "
                     f"| {mb(e['atlas']['bytes'])} |")

    lines += ["", f"## (f) {meta['sessions']} sessions at once on the Overview", ""]
    if not b:
        lines.append("Not measured in this run (--no-browser).")
    else:
        lines += [f"One session, then {meta['sessions']} sessions (one Chromium, a context each), each making "
                  f"{meta['rounds']} event-type changes, all sessions' changes started together each round; "
                  "each session adds the types in its own order, so their filter states differ. Server "
                  "memory is the streamlit process's resident size. Times in ms.", "",
                  f"| events | one session p50 | one session p95 | {meta['sessions']} sessions p50 | {meta['sessions']} sessions p95 "
                  f"| p95 ratio | errors | missed clicks | server MB, 1 session | server MB, {meta['sessions']} sessions | MB per added session |",
                  "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for n in sizes:
            c = b.get("concurrent", {}).get(str(n))
            if not c:
                continue
            if "failed" in c:
                lines.append(f"| {n:,} | failed: {c['failed']} | | | | | | | | | |")
                continue
            one, many = c["one"], c["many"]
            r = ratio(p95(many["latencies"]), p95(one["latencies"]))
            per = (many["rss_all"] - many["rss_one"]) / max(1, many["sessions"] - 1)
            lines.append(f"| {n:,} | {ms(median(one['latencies']))} | {ms(p95(one['latencies']))} | "
                         f"{ms(median(many['latencies']))} | {ms(p95(many['latencies']))} | "
                         f"{fx(r)} {mark(r <= TARGETS['sessions'] and many['errors'] == 0)} | {many['errors']} | "
                         f"{many['misses']} | {mb(many['rss_one'])} | {mb(many['rss_all'])} | {per / 2**20:,.1f} |")

    analysis = ROOT / "bench" / "analysis.md"
    if analysis.exists():
        lines += ["", analysis.read_text(encoding="utf-8").rstrip()]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    # AppTest and cache clearing outside a script run log a harmless warning each time.
    logging.getLogger("streamlit.runtime.scriptrunner_utils.script_run_context").setLevel(logging.ERROR)
    logging.getLogger("streamlit.runtime.caching.cache_data_api").setLevel(logging.ERROR)
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000,1000000", help="event counts, comma-separated")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--reps", type=int, default=10, help="runs per named query and way (a)")
    parser.add_argument("--runs", type=int, default=10, help="AppTest runs per page (b)")
    parser.add_argument("--changes", type=int, default=20, help="filter changes per page in Chromium (d)")
    parser.add_argument("--sessions", type=int, default=10, help="concurrent sessions (f)")
    parser.add_argument("--rounds", type=int, default=10, help="changes per session in (f)")
    parser.add_argument("--quick", action="store_true",
                        help="fewer repetitions (5 query runs, 5 page runs, 6 changes, 3 rounds): "
                             "the every-day `make bench` at 10k; the committed results use the defaults")
    parser.add_argument("--no-browser", action="store_true", help="skip (d) and (f)")
    parser.add_argument("--page-budget", type=float, default=420,
                        help="seconds at most per page in Chromium (the sessions run gets four times it)")
    parser.add_argument("--pages", default="", help="only these page titles, comma-separated (default all)")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the synthetic databases")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results.md")
    parser.add_argument("--report-only", action="store_true",
                        help="measure nothing: write the report again from bench/out/results.json "
                             "(after editing bench/analysis.md)")
    args = parser.parse_args(argv)
    if args.report_only:
        saved = json.loads((OUT / "results.json").read_text())
        args.out.write_text(report(saved["meta"], saved["results"]), encoding="utf-8")
        return 0
    if args.quick:
        args.reps, args.runs, args.changes, args.rounds = 5, 5, 6, 3
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    ONLY_PAGES.update(t.strip() for t in args.pages.split(",") if t.strip())
    OUT.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    meta = {"sizes": sizes, "seed": args.seed, "reps": args.reps, "runs": args.runs, "changes": args.changes,
            "sessions": args.sessions, "rounds": args.rounds, "machine": machine(), "load_start": load_average(),
            "started": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")}
    res: dict = {"databases": {}, "queries": {}, "pages": {}, "pandas": {}, "export": {}}

    def save() -> None:
        """Results so far, so that a run cut short still leaves its numbers (--report-only)."""
        meta["load_end"] = load_average()
        meta["minutes"] = (time.perf_counter() - started) / 60
        (OUT / "results.json").write_text(json.dumps({"meta": meta, "results": res}, indent=1, default=str))

    paths = {}
    seed = seed_db()
    for n in sizes:
        log(f"{n:,} events: database")
        path, seconds = synthetic_db(n, args.seed, args.rebuild)
        paths[str(n)] = path
        res["databases"][str(n)] = {"build_seconds": seconds, "bytes": path.stat().st_size}
        states, extras = typical_states(path)
        log(f"{n:,} events: (a) queries")
        res["queries"][str(n)] = bench_queries(path, states, extras, args.reps)
        save()
        log(f"{n:,} events: (b) pages")
        res["pages"][str(n)] = bench_pages(path, states, args.runs)
        save()
        log(f"{n:,} events: (c) pandas way")
        res["pandas"][str(n)] = bench_pandas(path, states)
        save()
        log(f"{n:,} events: (e) export")
        res["export"][str(n)] = bench_export(path)
        save()
    if not args.no_browser:
        from atlas.db import shared

        shared.close()
        res["browser"] = {}
        bench_browser(paths, seed, args.changes, args.sessions, args.rounds, res["browser"], save, args.page_budget)
    meta["load_end"] = load_average()
    meta["minutes"] = (time.perf_counter() - started) / 60
    (OUT / "results.json").write_text(json.dumps({"meta": meta, "results": res}, indent=1, default=str))
    args.out.write_text(report(meta, res), encoding="utf-8")
    log(f"wrote {args.out} in {meta['minutes']:.1f} minutes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
