"""How many times the browser computes each changed chart per filter change: plotly's
`gd.calcdata = ...` (set once by every full computation, plotly's doCalcdata) counted per chart
div, over the filter changes of bench/browser.py, on one page of a served tree.

    python -m bench.draw_count DB [--page overview] [--changes 6] [--root TREE]

Prints, per change, the charts computed and the computations, and the mean computations per
changed chart; with --root another checkout (e.g. bench/out/before-<commit>/) is served.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from playwright.sync_api import sync_playwright

from bench import browser
from bench.workload import OUT, ROOT
from tests.server import Server

# Counts every array assigned to a chart div's `calcdata` (plotly's doCalcdata sets it once per
# full computation), per div, in window.__calc (the div is tagged with a number).
COUNTER = """
(() => {
  window.__calc = {}; let next = 0;
  Object.defineProperty(HTMLElement.prototype, 'calcdata', {
    configurable: true,
    get() { return this.__cd; },
    set(v) {
      this.__cd = v;
      if (Array.isArray(v)) {
        if (this.__n === undefined) this.__n = next++;
        window.__calc[this.__n] = (window.__calc[this.__n] || 0) + 1;
      }
    },
  });
})();
"""


def count(db: Path, page_path: str, changes: int, root: Path) -> dict:
    with Server(db, log_dir=OUT / "logs", root=root) as server, sync_playwright() as p:
        chromium = browser.launch(p)
        try:
            page = browser.start_page(chromium, f"{server.url}/{page_path}")
            page.context.add_init_script(COUNTER)
            page.reload(wait_until="commit")
            browser.settle(page)
            rows = []
            for step in range(changes):
                page.evaluate("() => { window.__calc = {}; }")
                ms = browser.change(page, step, browser.TYPES) * 1000
                page.wait_for_timeout(1500)  # a late second computation still counts
                calc = page.evaluate("() => window.__calc")
                rows.append({"ms": round(ms, 1), "charts": len(calc), "calcs": sum(calc.values())})
            errors = browser.errors_on(page)
        finally:
            chromium.close()
    charts = sum(r["charts"] for r in rows)
    return {
        "rows": rows,
        "per_chart": round(sum(r["calcs"] for r in rows) / charts, 2) if charts else None,
        "errors": errors,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("db", type=Path)
    parser.add_argument("--page", default="")
    parser.add_argument("--changes", type=int, default=6)
    parser.add_argument("--root", type=Path, default=ROOT)
    args = parser.parse_args()
    print(json.dumps(count(args.db, args.page, args.changes, args.root.resolve()), indent=1))


if __name__ == "__main__":
    main()
