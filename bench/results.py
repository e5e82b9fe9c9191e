"""The results of a run as bench/results.md: from bench/out/results.json, the tables with the
machine they ran on, each ratio marked against its target, followed by bench/analysis.md
(written by hand).

    python -m bench.run --report-only     # writes it again from the saved results
"""

from __future__ import annotations

import statistics
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

TARGETS = {
    "query": 1.1,  # query layer / bare DuckDB, median
    "page": 2.0,  # page script / empty page, median
    "pandas": 10.0,  # pandas way / ours, at least
    "vs_seed": 1.25,  # filter -> drawn at N / on the seed database
    "vs_floor": 1.5,  # filter -> drawn at N / floor page
    "export": 2.0,  # atlas.export CSV / DuckDB COPY
    "sessions": 3.0,  # p95 with ten sessions / one session
}


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


def report(meta: dict, res: dict) -> str:
    """The whole report: what was run on which machine, one section per benchmark, the analysis."""
    sizes = [str(n) for n in meta["sizes"]]
    lines = (
        header(meta)
        + databases(sizes, res["databases"])
        + named_queries(meta, sizes, res["queries"])
    )
    lines += page_scripts(meta, sizes, res["pages"]) + pandas_way(sizes, res["pandas"])
    lines += filter_to_charts(meta, sizes, res.get("browser")) + csv_export(sizes, res["export"])
    lines += sessions(meta, sizes, res.get("browser"))
    analysis = ROOT / "bench" / "analysis.md"
    if analysis.exists():
        lines += ["", analysis.read_text(encoding="utf-8").rstrip()]
    return "\n".join(lines) + "\n"


def header(meta: dict) -> list[str]:
    sizes = meta["sizes"]
    lines = [
        "# Benchmark results",
        "",
        f"Made by `python -m bench.run --sizes {','.join(map(str, sizes))} --reps {meta['reps']} "
        f"--runs {meta['runs']} --changes {meta['changes']} --sessions {meta['sessions']} "
        f"--rounds {meta['rounds']}` on {meta['started']} "
        f"in {meta['minutes']:.1f} minutes; every number below comes from that one run. "
        f"Synthetic networks from `python -m atlas.synth --seed {meta['seed']}`.",
        "",
        "| machine | |",
        "|---|---|",
    ]
    lines += [f"| {k} | {v} |" for k, v in meta["machine"].items()]
    lines += [
        f"| load average at start / end | {meta['load_start']} / {meta['load_end']} |",
        "",
        "Targets (issue 7): query layer ≤ 1.1× bare DuckDB; page script ≤ 2× the empty page; "
        "pandas way ≥ 10× slower than ours; filter → charts drawn ≤ 1.25× the seed database and "
        "≤ 1.5× the floor page; export ≤ 2× DuckDB COPY with memory flat in the row count; "
        "10 sessions p95 ≤ 3× one session with 0 errors. ✅ met, ❌ not met (see the analysis "
        "below the tables).",
        "",
    ]
    return lines


def databases(sizes: list[str], built: dict) -> list[str]:
    lines = ["## Synthetic databases", "", "| events | build (s) | file (MB) |", "|---:|---:|---:|"]
    for n in sizes:
        g = built.get(n)
        if not g:
            continue
        seconds = "reused" if g["build_seconds"] is None else f"{g['build_seconds']:.1f}"
        lines.append(f"| {int(n):,} | {seconds} | {mb(g['bytes'])} |")
    return lines


def named_queries(meta: dict, sizes: list[str], measured: dict) -> list[str]:
    """(a): one table per size, its worst ratio in the heading."""
    lines = [
        "",
        "## (a) Named queries: query layer vs bare DuckDB cursor",
        "",
        f"Each query run {meta['reps']} times (after one warm-up), cycling through the typical "
        "filter states, alternating which goes first. Times in ms.",
        "",
    ]
    for n in sizes:
        q = measured.get(n)
        if not q:
            continue
        worst = max(
            (ratio(median(v["layer"]), median(v["bare"])) for v in q.values() if "layer" in v),
            default=float("nan"),
        )
        lines += [
            f"### {int(n):,} events (worst ratio {fx(worst)} {mark(worst <= TARGETS['query'])})",
            "",
            "| query | layer median | layer p95 | bare median | bare p95 | ratio |",
            "|---|---:|---:|---:|---:|---:|",
        ]
        for name, v in q.items():
            if "skipped" in v:
                lines.append(f"| {name} | skipped: {v['skipped']} | | | | |")
                continue
            r = ratio(median(v["layer"]), median(v["bare"]))
            lines.append(
                f"| {name} | {ms(median(v['layer']))} | {ms(p95(v['layer']))} | {ms(median(v['bare']))} "
                f"| {ms(p95(v['bare']))} | {fx(r)} {mark(r <= TARGETS['query'])} |"
            )
        lines.append("")
    return lines


def page_scripts(meta: dict, sizes: list[str], measured: dict) -> list[str]:
    """(b): each page cold and cached against the empty page."""
    lines = [
        "## (b) Page scripts (AppTest) vs an empty Streamlit page",
        "",
        f"Median of {meta['runs']} runs of the whole app script (filter bar, banner, page) with "
        "typical filters in the URL. Cold: the page's query and figure caches cleared before each run (a filter "
        "state not seen before); cached: the same states again. Times in ms.",
        "",
        "| events | page | cold | cached | empty page | cold ratio | cached ratio | errors |",
        "|---:|---|---:|---:|---:|---:|---:|---:|",
    ]
    for n in sizes:
        p = measured.get(n)
        if not p:
            continue
        empty = median(p["(empty page)"]["cold"])
        for title, v in p.items():
            if title == "(empty page)":
                continue
            rc, rw = ratio(median(v["cold"]), empty), ratio(median(v["warm"]), empty)
            lines.append(
                f"| {int(n):,} | {title} | {ms(median(v['cold']))} | {ms(median(v['warm']))} | {ms(empty)} "
                f"| {fx(rc)} {mark(rc <= TARGETS['page'])} | {fx(rw)} {mark(rw <= TARGETS['page'])} | {v['errors']} |"
            )
    return lines


def pandas_way(sizes: list[str], measured: dict) -> list[str]:
    """(c): time per interaction and memory, and whether both ways gave the same figures."""
    lines = [
        "",
        "## (c) Overview: the typical pandas way vs ours",
        "",
        "Pandas way: every table the Overview needs loaded into DataFrames once (what "
        "`@st.cache_data` would keep), then per interaction filtered and aggregated in pandas "
        "(bench/pandas_overview.py). Ours: the Overview's one statement (queries/overview/page.sql), uncached. Same "
        "filter states; both must give the same figures. Memory: peak resident size minus the "
        "size once the database is open, each in a process of its own.",
        "",
        "| events | pandas load (s) | pandas per interaction (ms) | ours per interaction (ms) | ratio | "
        "pandas memory (MB) | ours memory (MB) | same figures |",
        "|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for n in sizes:
        c = measured.get(n)
        if not c:
            continue
        r = ratio(median(c["pandas"]["seconds"]), median(c["ours"]["seconds"]))
        lines.append(
            f"| {int(n):,} | {c['pandas']['load_seconds']:.2f} | {ms(median(c['pandas']['seconds']))} | "
            f"{ms(median(c['ours']['seconds']))} | {fx(r)} {mark(r >= TARGETS['pandas'])} | "
            f"{mb(c['pandas']['memory'])} | {mb(c['ours']['memory'])} | {'yes' if c['agree'] else 'NO'} |"
        )
    return lines


def filter_to_charts(meta: dict, sizes: list[str], b: dict | None) -> list[str]:
    """(d): each chart page at each size against the seed database and the floor page."""
    lines = ["", "## (d) Chromium: filter change → every chart drawn", ""]
    if not b:
        lines.append("Not measured in this run (--no-browser).")
        return lines
    lines += [
        f"{meta['changes']} changes of the sidebar's event types on each page that draws charts "
        "(Data, History, Manage and Review draw none, so they have no chart to wait for; (b) runs them) "
        "(see bench/browser.py), "
        "each timed in the page from the click to the last chart's DOM change after the rerun. "
        "Seed: the same page on the seed database (17 events). Floor: bench/floor_app.py with "
        "as many Plotly charts of constant data. Ratios compare medians. Script: when the last "
        "message of the rerun reached the page (the server's share); the rest of the latency is "
        "the browser drawing. Redrawn: in how many of the timed changes anything inside a chart's "
        "DOM changed after the click (on the seed, a change that adds a type no seed event has "
        "redraws nothing). Times in ms.",
        "",
        "| events | page | charts | p50 | p95 | script p50 | redrawn | seed p50 | seed p95 "
        "| seed script p50 | seed redrawn | floor p50 | floor p95 | ÷ seed | ÷ floor | errors |",
        "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]

    def redrawn(m: dict) -> str:
        if "redrawn" not in m:
            return "-"
        return f"{m['redrawn']} of {len(m['latencies'])}"

    for n in sizes:
        for title, m in b.get("sizes", {}).get(n, {}).items():
            seed_m = b.get("seed", {}).get(title, {"latencies": []})
            floor_m = b.get("floor", {}).get(str(m["charts"]), {"latencies": []})
            rs = ratio(median(m["latencies"]), median(seed_m["latencies"]))
            rf = ratio(median(m["latencies"]), median(floor_m["latencies"]))
            lines.append(
                f"| {int(n):,} | {title} | {m['charts']} | {ms(median(m['latencies']))} | {ms(p95(m['latencies']))} "
                f"| {ms(median(m.get('script', [])))} | {redrawn(m)} "
                f"| {ms(median(seed_m['latencies']))} | {ms(p95(seed_m['latencies']))} "
                f"| {ms(median(seed_m.get('script', [])))} | {redrawn(seed_m)} "
                f"| {ms(median(floor_m['latencies']))} | {ms(p95(floor_m['latencies']))} "
                f"| {fx(rs)} {mark(rs <= TARGETS['vs_seed'])} | {fx(rf)} {mark(rf <= TARGETS['vs_floor'])} "
                f"| {m['errors']}{' (' + m['failed'] + ')' if m.get('failed') else ''} |"
            )
    return lines


def csv_export(sizes: list[str], measured: dict) -> list[str]:
    """(e): time and memory of the two ways to write every event to CSV."""
    lines = [
        "",
        "## (e) CSV export of every event: atlas.exports vs DuckDB COPY",
        "",
        "The Data page's Events table, no filter, written by `atlas.exports.write` (CSV, formula "
        "neutralising, manifest) and by a bare `COPY (same query) TO file`. Memory: peak resident "
        "size minus the size once the database is open, each in a process of its own.",
        "",
        "| events | rows | atlas.exports (s) | COPY (s) | ratio | atlas.exports memory (MB) | COPY memory (MB) | file (MB) |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for n in sizes:
        e = measured.get(n)
        if not e:
            continue
        r = ratio(e["atlas"]["seconds"][0], e["copy"]["seconds"][0])
        lines.append(
            f"| {int(n):,} | {e['atlas']['rows']:,} | {e['atlas']['seconds'][0]:.2f} | {e['copy']['seconds'][0]:.2f} "
            f"| {fx(r)} {mark(r <= TARGETS['export'])} | {mb(e['atlas']['memory'])} | {mb(e['copy']['memory'])} "
            f"| {mb(e['atlas']['bytes'])} |"
        )
    return lines


def sessions(meta: dict, sizes: list[str], b: dict | None) -> list[str]:
    """(f): one session against many, latency and server memory."""
    lines = ["", f"## (f) {meta['sessions']} sessions at once on the Overview", ""]
    if not b:
        lines.append("Not measured in this run (--no-browser).")
        return lines
    lines += [
        f"One session, then {meta['sessions']} sessions (one Chromium, a context each), each making "
        f"{meta['rounds']} event-type changes, all sessions' changes started together each round; "
        "each session adds the types in its own order, so their filter states differ. Server "
        "memory is the streamlit process's resident size. Times in ms.",
        "",
        f"| events | one session p50 | one session p95 | {meta['sessions']} sessions p50 | {meta['sessions']} sessions p95 "
        f"| p95 ratio | errors | missed clicks | server MB, 1 session | server MB, {meta['sessions']} sessions | MB per added session |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for n in sizes:
        c = b.get("concurrent", {}).get(n)
        if not c:
            continue
        if "failed" in c:
            lines.append(f"| {int(n):,} | failed: {c['failed']} | | | | | | | | | |")
            continue
        one, many = c["one"], c["many"]
        r = ratio(p95(many["latencies"]), p95(one["latencies"]))
        per = (many["rss_all"] - many["rss_one"]) / max(1, many["sessions"] - 1)
        lines.append(
            f"| {int(n):,} | {ms(median(one['latencies']))} | {ms(p95(one['latencies']))} | "
            f"{ms(median(many['latencies']))} | {ms(p95(many['latencies']))} | "
            f"{fx(r)} {mark(r <= TARGETS['sessions'] and many['errors'] == 0)} | {many['errors']} | "
            f"{many['misses']} | {mb(many['rss_one'])} | {mb(many['rss_all'])} | {per / 2**20:,.1f} |"
        )
    return lines
