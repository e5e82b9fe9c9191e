"""Each chart drawn alone in Chromium: the figures a chart page sends for the bench's filter
states (bench/browser.TYPE_CODES added one at a time, as (d) makes them), each drawn by
Plotly.newPlot in a blank page served from 127.0.0.1 with the plotly.js the app's plotly
package ships, purged, and drawn again; medians per chart. With --before REV the same figures
as the app at REV builds them are drawn too, the two trees' figures taking turns, so both meet
the same load.

    python -m bench.draw_alone DB [DB ...] [--pages overview,countries,outcomes] [--before REV]
        [--states 11] [--rounds 5]

Capturing runs each tree's app in AppTest (its own Python process, its own tree) and keeps the
JSON of every st.plotly_chart, so what is drawn is what the page sends. Prints per chart: its
traces, points (values on its data arrays), labels (text strings), height and the median time to
draw; writes bench/out/draw-alone.json.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from bench.workload import OUT, ROOT

CAPTURE = r"""
import json, os, sys
from pathlib import Path
root, db, pages, states = Path(sys.argv[1]), sys.argv[2], sys.argv[3].split(","), int(sys.argv[4])
sys.path.insert(0, str(root))
os.chdir(root)
os.environ["ATLAS_DB"], os.environ["ATLAS_READ_ONLY"] = db, "1"
from streamlit.testing.v1 import AppTest
from atlas.filters import Filters
TYPES = ("workshop", "meeting", "training", "consultation", "seminar", "conference",
         "field_visit", "exchange", "exhibition", "launch", "other")
out = {}
for page in pages:
    for k in range(1, states + 1):
        at = AppTest.from_file(str(root / "app.py"), default_timeout=120)
        for key, value in Filters(event_types=TYPES[:k]).to_query().items():
            at.query_params[key] = value
        at.switch_page(f"app_pages/{page}.py")
        at.run()
        assert not at.exception, at.exception
        specs = [json.loads(el.proto.spec) for el in at.get("plotly_chart")]
        out.setdefault(page, []).append(specs)
print(json.dumps(out))
"""


def capture(root: Path, db: Path, pages: list[str], states: int) -> dict:
    """{page: [[figure spec, ...] per state]} as the app in `root` sends them."""
    done = subprocess.run(
        [sys.executable, "-c", CAPTURE, str(root), str(db), ",".join(pages), str(states)],
        check=True,
        capture_output=True,
        text=True,
        cwd=root,
    )
    return json.loads(done.stdout)


def _title(spec: dict) -> str:
    title = spec.get("layout", {}).get("title", {})
    text = title.get("text", "") if isinstance(title, dict) else str(title)
    return text.replace("<b>", "").replace("</b>", "")[:48]


def size(spec: dict) -> dict:
    """What a figure asks the browser to draw: traces, points, text labels, height."""
    points = labels = 0
    for trace in spec.get("data", []):
        for key in ("x", "y", "z", "locations", "value"):
            value = trace.get(key)
            if isinstance(value, list):
                flat = [v for row in value for v in (row if isinstance(row, list) else [row])]
                points += len(flat)
        for key in ("text",):
            value = trace.get(key)
            if isinstance(value, list):
                labels += sum(len(row) if isinstance(row, list) else 1 for row in value)
        node = trace.get("node", {})
        labels += len(node.get("label", []))
    return {
        "traces": len(spec.get("data", [])),
        "points": points,
        "labels": labels,
        "height": spec.get("layout", {}).get("height"),
    }


PAGE = """<!doctype html><html><head><meta charset="utf-8">
<script src="plotly.min.js"></script></head>
<body style="margin:0"><div id="chart" style="width:%dpx"></div></body></html>"""
DRAW = """async ([spec, wide]) => {
  const div = document.getElementById('chart');
  div.style.width = wide + 'px';
  const t0 = performance.now();
  await Plotly.newPlot(div, spec.data, spec.layout, {displaylogo: false, responsive: false, topojsonURL: 'static/'});
  await new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
  const t = performance.now() - t0;
  Plotly.purge(div);
  return t;
}"""


def serve() -> tuple[ThreadingHTTPServer, str]:
    """A blank page, plotly.min.js (the plotly package's) and the app's map file, as the app
    serves it (static/), from 127.0.0.1."""
    import plotly

    js = (Path(plotly.__file__).parent / "package_data" / "plotly.min.js").read_bytes()

    class Handler(SimpleHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            if self.path.endswith("plotly.min.js"):
                body, kind = js, "text/javascript"
            elif self.path.startswith("/static/") and self.path.endswith(".json"):
                body, kind = (
                    (ROOT / "static" / Path(self.path).name).read_bytes(),
                    "application/json",
                )
            else:
                body, kind = (PAGE % 660).encode(), "text/html"
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}/"


def draw(figures: dict, rounds: int) -> dict:
    """{variant: {chart key: [ms, ...]}}: every figure of every variant drawn `rounds` times,
    the variants taking turns figure by figure."""
    from playwright.sync_api import sync_playwright

    from bench import browser

    server, url = serve()
    times: dict = {v: {} for v in figures}
    try:
        with sync_playwright() as pw:
            chromium = browser.launch(pw)
            page = chromium.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(url)
            page.wait_for_function("() => window.Plotly !== undefined")
            keys = sorted({k for v in figures.values() for k in v})
            for spec in next(iter(figures.values())).values():  # warm up Plotly's code paths
                page.evaluate(DRAW, [spec["spec"], spec["width"]])
            for r in range(rounds):
                order = list(figures) if r % 2 == 0 else list(figures)[::-1]
                for key in keys:
                    for variant in order:
                        item = figures[variant].get(key)
                        if item is None:
                            continue
                        ms = page.evaluate(DRAW, [item["spec"], item["width"]])
                        times[variant].setdefault(key, []).append(ms)
            chromium.close()
    finally:
        server.shutdown()
    return times


# Charts that take the page's whole width (shell.chart outside st.columns).
FULL_WIDTH = {("countries", 2), ("countries", 3), ("outcomes", 2), ("outcomes", 3)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.draw_alone", description=__doc__)
    parser.add_argument("databases", nargs="+", type=Path)
    parser.add_argument("--pages", default="overview,countries,outcomes")
    parser.add_argument("--before", help="a git revision whose figures are drawn too")
    parser.add_argument("--states", type=int, default=11, help="filter states per page")
    parser.add_argument("--rounds", type=int, default=5, help="draws of each figure")
    args = parser.parse_args(argv)
    pages = [p.strip() for p in args.pages.split(",") if p.strip()]
    trees = {"after": ROOT}
    if args.before:
        from bench.before_after import export

        trees = {"before": export(args.before)[1], "after": ROOT}
    figures: dict = {v: {} for v in trees}
    sizes: dict = {}
    for db in args.databases:
        label = db.stem
        for variant, root in trees.items():
            captured = capture(root, db.resolve(), pages, args.states)
            for page, states in captured.items():
                for s, specs in enumerate(states):
                    for i, spec in enumerate(specs):
                        key = f"{label}|{page}|{i}|{s + 1}"
                        wide = 1180 if (page, i) in FULL_WIDTH else 580
                        figures[variant][key] = {"spec": spec, "width": wide}
                        sizes.setdefault(variant, {})[key] = size(spec) | {"title": _title(spec)}
    started = time.perf_counter()
    times = draw(figures, args.rounds)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "draw-alone.json").write_text(json.dumps({"sizes": sizes, "times": times}, indent=1))
    # Per chart (database, page, position): the median over states and rounds.
    charts: dict = {}
    for variant, by_key in times.items():
        for key, values in by_key.items():
            label, page, i, _ = key.split("|")
            charts.setdefault((label, page, int(i)), {}).setdefault(variant, []).extend(values)
    print(f"Drawn in {(time.perf_counter() - started) / 60:.1f} minutes; times in ms (medians).")
    head = "| database | page | chart | " + " | ".join(
        f"{v} traces/points/labels/height | {v} ms" for v in trees
    )
    print(head + (" | after ÷ before |" if len(trees) == 2 else " |"))
    print("|" + "---|" * (3 + 2 * len(trees) + (len(trees) == 2)))
    for (label, page, i), by_variant in sorted(charts.items()):
        cells, meds = [], {}
        for variant in trees:
            keys = [k for k in sizes.get(variant, {}) if k.startswith(f"{label}|{page}|{i}|")]
            if not keys:
                cells += ["", ""]
                continue
            s = [sizes[variant][k] for k in keys]
            title = s[-1]["title"]

            def med(f: str, s: list = s) -> int:
                return int(statistics.median(x[f] or 0 for x in s))

            meds[variant] = statistics.median(by_variant.get(variant, [0]))
            cells += [
                f"{med('traces')}/{med('points')}/{med('labels')}/{med('height')}",
                f"{meds[variant]:.1f}",
            ]
        ratio = (
            f" {meds['after'] / meds['before']:.2f}× |"
            if len(meds) == 2 and meds.get("before")
            else (" |" if len(trees) == 2 else "")
        )
        print(f"| {label} | {page} | {i}: {title} | " + " | ".join(cells) + " |" + ratio)
    return 0


if __name__ == "__main__":
    sys.exit(main())
