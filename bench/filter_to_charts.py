"""(d) Filter change -> every chart drawn, in Chromium against a real server (bench/browser.py
says how a change is timed): each page that draws charts, on each synthetic database, on the
seed database and on a floor page with as many charts of constant data (bench/floor_app.py).

Each page gets the same 20 changes: the eleven event types added one at a time, then the first
remaining one removed nine times, so every state is new to the server's query cache.
"""

from __future__ import annotations

import time
from pathlib import Path

from bench import browser


def measure(
    chromium, url: str, changes: int = 20, screenshot: Path | None = None, budget_s: float = 420
) -> dict:
    """Latencies of `changes` filter changes on one page in one session (fewer when the time
    budget runs out first)."""
    deadline = time.monotonic() + budget_s
    try:
        page = browser.open_page(chromium, url)
    except Exception as err:  # noqa: BLE001 - a page that never finishes loading is a result too
        return {
            "latencies": [],
            "charts": 0,
            "errors": 1,
            "failed": f"did not load: {type(err).__name__}",
        }
    charts = page.locator('[data-testid="stPlotlyChart"]').count()
    latencies, script, errors, redrawn = [], [], 0, 0
    try:
        for step in range(changes):
            if time.monotonic() > deadline:
                break
            try:
                latencies.append(browser.change(page, step, browser.TYPES))
                # The last message from the server: its share (the rerun and its messages);
                # the rest of the latency is the browser drawing.
                _first, last, chart = page.evaluate(browser.PARTS)
                script.append(last / 1000)
                # Whether any chart changed at all: on the seed many changes select the same
                # rows (no event of the added type), so nothing is redrawn and the change costs
                # only the rerun; at scale every change redraws every chart.
                redrawn += chart > 0
            except Exception:  # noqa: BLE001 - a failed change is counted, the run goes on
                errors += 1
                page.wait_for_timeout(1000)
        errors += browser.errors_on(page)
        # Counted again once the changes are drawn: a page whose first run went quiet before its
        # charts came (the Countries page at 1M in the 12:19 run counted 0) would otherwise be
        # compared with a floor page of no charts.
        charts = max(charts, page.locator('[data-testid="stPlotlyChart"]').count())
        if screenshot is not None:
            screenshot.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(screenshot), full_page=True)
    finally:
        page.context.close()
    return {
        "latencies": latencies,
        "script": script,
        "charts": charts,
        "errors": errors,
        "redrawn": redrawn,
    }
