"""A filter change split into its parts, in Chromium, pages open at once taking turns (one change
each, bench/browser.py's sequence): per change, the server's share (the first and the last
websocket message after the click), the bytes the websocket brought, each chart's last DOM
change (by its place on the page), the last change of the page's table, and the main thread's
long tasks after the last message, and the page's main-thread time (Chromium's Performance
metrics: tasks, scripts, layout and style).

    python -m bench.filter_split [--sizes 10000] [--changes 10] [--page countries]
        [--tree NAME=FOLDER ...]

Each database's page is served by this working tree (read-only) beside the floor page
(bench/floor_app.py) with as many charts; the seed's page is measured in the same turns. With
--tree, other copies of the app (e.g. one with a chart taken out) are served on the largest
database and take the same turns. Prints medians per page and part, in ms (bytes in kB); writes
bench/out/filter-split.json.

Websocket times are read twice: by a wrapper in the page and by the DevTools protocol; both
are taken on the renderer's main thread, so a message that arrives while Plotly draws is seen
when the drawing ends (they bound the server's share from above, they do not measure it).
"server_cpu" counts only the server's threads alive at the end of the change (a rerun's script
thread has ended by then), so it is not the script's CPU: bench.page_scripts_alternating is.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys

from bench import browser, workload
from bench.machine import load_average
from bench.workload import OUT, ROOT
from tests.server import Server

PROBE = """(() => {
  const s = window.__split = {bytes: 0, long: [], charts: {}, table: 0};
  const Native = window.WebSocket;
  class Sized extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (e) => {
        const d = e.data; s.bytes += d.byteLength || d.size || d.length || 0;
      });
    }
  }
  window.WebSocket = Sized;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) s.long.push([e.startTime, e.duration]);
    }).observe({type: 'longtask', buffered: false});
  } catch (e) {}
})();"""
WATCH = """() => {
  const s = window.__split;
  const app = document.querySelector('[data-testid="stApp"]');
  new MutationObserver((records) => {
    const now = performance.now();
    for (const r of records) {
      const el = r.target.nodeType === 1 ? r.target : r.target.parentElement;
      if (!el) continue;
      const chart = el.closest('[data-testid="stPlotlyChart"]');
      if (chart) {
        const keyed = chart.closest('[class*="st-key-"]');
        const name = keyed ? [...keyed.classList].find((c) => c.startsWith('st-key-')).slice(7) : '?';
        s.charts[name] = now;
      } else if (el.closest('[data-testid="stDataFrame"]')) s.table = now;
    }
  }).observe(app, {subtree: true, childList: true, attributes: true, characterData: true});
}"""
RESET = "() => { const s = window.__split; s.bytes = 0; s.long = []; s.charts = {}; s.table = 0; }"
READ = """() => { const s = window.__split, b = window.__bench, w = window.__ws;
  const rel = (t) => t ? t - b.t0 : 0;
  const after = s.long.filter(([t, d]) => t + d > w.last);
  return {first: rel(w.first), last: rel(w.last), kb: s.bytes / 1024,
          charts: Object.fromEntries(Object.entries(s.charts).map(([k, t]) => [k, rel(t)])),
          table: rel(s.table), done: Math.max(b.last, w.last) - b.t0,
          long_after: after.reduce((a, [t, d]) => a + d - Math.max(0, w.last - t), 0),
          long_all: s.long.filter(([t, d]) => t >= b.t0).reduce((a, [t, d]) => a + d, 0)}; }"""


def open_split(chromium, url):
    page = browser.start_page(chromium, url)
    page.add_init_script(PROBE)
    page.reload()
    browser.settle(page)
    page.evaluate(WATCH)
    # The websocket's frames as the network stack sees them (not delayed by a busy main thread).
    frames: list = []
    cdp = page.context.new_cdp_session(page)
    cdp.on("Network.webSocketFrameSent", lambda e: frames.append(("sent", e["timestamp"], 0)))
    cdp.on(
        "Network.webSocketFrameReceived",
        lambda e: frames.append(("got", e["timestamp"], len(e["response"]["payloadData"]))),
    )
    cdp.send("Network.enable")
    cdp.send("Performance.enable", {"timeDomain": "threadTicks"})
    page._split_frames = frames
    page._split_cdp = cdp
    return page


def renderer_ms(page) -> dict:
    """The page's main thread so far (Chromium's Performance metrics, ms): tasks, scripts, layout
    and style."""
    got = {m["name"]: m["value"] for m in page._split_cdp.send("Performance.getMetrics")["metrics"]}
    return {
        "task": got["TaskDuration"] * 1000,
        "script": got["ScriptDuration"] * 1000,
        "layout": (got["LayoutDuration"] + got["RecalcStyleDuration"]) * 1000,
    }


def server_cpu_ms(server) -> float:
    """CPU time of the server's threads alive now (Linux schedstat, ns), in ms."""
    from pathlib import Path

    total = 0
    for task in Path(f"/proc/{server.proc.pid}/task").iterdir():
        try:
            total += int((task / "schedstat").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            pass
    return total / 1e6


def server_share(frames: list) -> dict:
    """From the first frame the page sent (the rerun request) to the last frame received."""
    sent = [t for kind, t, _ in frames if kind == "sent"]
    got = [(t, n) for kind, t, n in frames if kind == "got"]
    if not sent or not got:
        return {"net_last": 0, "net_kb": 0}
    t0 = sent[0]
    return {
        "net_last": (got[-1][0] - t0) * 1000,
        "net_kb": sum(n for t, n in got if t >= t0) / 1024,
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.filter_split")
    parser.add_argument("--sizes", default="10000")
    parser.add_argument("--changes", type=int, default=10)
    parser.add_argument("--page", default="countries")
    parser.add_argument(
        "--tree",
        action="append",
        default=[],
        help="NAME=FOLDER: another copy of the app, served on the largest database beside this one",
    )
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    databases = {"seed": workload.seed_db()}
    for n in [int(s) for s in args.sizes.split(",") if s.strip()]:
        databases[f"{n:,}"] = workload.synthetic_db(n, 1, False)[0]
    workload.use_database(None)
    load0 = load_average()
    servers = {
        k: Server(db, log_dir=OUT / "logs", env={"ATLAS_READ_ONLY": "1"})
        for k, db in databases.items()
    }
    from pathlib import Path

    last = list(databases)[-1]
    for spec in args.tree:
        name, folder = spec.split("=", 1)
        root = Path(folder).resolve()
        servers[f"{last} {name}"] = Server(
            databases[last],
            log_dir=OUT / "logs",
            root=root,
            script=root / "app.py",
            env={"ATLAS_READ_ONLY": "1"},
        )
    floor = Server(
        databases["seed"],
        log_dir=OUT / "logs",
        script=ROOT / "bench" / "floor_app.py",
        env={"ATLAS_READ_ONLY": "1"},
    )
    out: dict = {}
    try:
        with sync_playwright() as pw:
            chromium = browser.launch(pw)
            pages = {k: open_split(chromium, f"{s.url}/{args.page}") for k, s in servers.items()}
            charts = pages[last].locator('[data-testid="stPlotlyChart"]').count()
            pages["floor"] = open_split(chromium, f"{floor.url}/?charts={charts}")
            for name, page in pages.items():
                page._split_server = floor if name == "floor" else servers[name]
            for step in range(args.changes):
                names = list(pages)
                for name in names[step % len(names) :] + names[: step % len(names)]:
                    page = pages[name]
                    page.evaluate(RESET)
                    page._split_frames.clear()
                    r0, c0 = renderer_ms(page), server_cpu_ms(page._split_server)
                    try:
                        browser.change(page, step, browser.TYPES)
                    except Exception as err:  # noqa: BLE001
                        print(name, step, type(err).__name__, file=sys.stderr)
                        continue
                    page.wait_for_timeout(50)
                    row = page.evaluate(READ) | server_share(page._split_frames)
                    r1, c1 = renderer_ms(page), server_cpu_ms(page._split_server)
                    row |= {f"r_{k}": r1[k] - r0[k] for k in r1} | {"server_cpu": c1 - c0}
                    out.setdefault(name, []).append(row)
            for page in pages.values():
                page.context.close()
            chromium.close()
    finally:
        for s in [*servers.values(), floor]:
            s.stop()
    (OUT / "filter-split.json").write_text(json.dumps(out, indent=1))
    print(f"load average {load0} -> {load_average()}; {args.changes} changes; p50 ms (kB)")
    for name, rows in out.items():
        med = lambda f, rows=rows: statistics.median(f(r) for r in rows)  # noqa: E731
        keys = sorted({k for r in rows for k in r["charts"]})
        parts = ", ".join(
            f"chart{k} {med(lambda r, k=k: r['charts'].get(k, 0)):.0f}"
            f" (changed {sum(k in r['charts'] for r in rows)})"
            for k in keys
        )
        print(
            f"{name}: done {med(lambda r: r['done']):.0f}, first msg {med(lambda r: r['first']):.0f},"
            f" last msg {med(lambda r: r['last']):.0f}, network: request -> last frame"
            f" {med(lambda r: r['net_last']):.0f} ({med(lambda r: r['net_kb']):.1f} kB),"
            f" {med(lambda r: r['kb']):.1f} kB, {parts},"
            f" table {med(lambda r: r['table']):.0f}; CPU: server {med(lambda r: r['server_cpu']):.0f},"
            f" renderer tasks {med(lambda r: r['r_task']):.0f} (script {med(lambda r: r['r_script']):.0f},"
            f" layout+style {med(lambda r: r['r_layout']):.0f}); long tasks after last msg"
            f" {med(lambda r: r['long_after']):.0f}, all {med(lambda r: r['long_all']):.0f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
