"""The Chromium driver of the browser benchmarks, (d) bench/filter_to_charts.py and (f)
bench/sessions.py: the system Chromium driven by Playwright's sync API against a real server
(tests/server.py, the one the browser tests use).

A filter change is timed inside the page: the time is taken just before the sidebar's "Event
types" multiselect is changed, and the change is done when the server has answered it (a
websocket message arrived after the click), the app is not running a script, no element is
stale, and neither a message nor a change to any chart's DOM has come for QUIET_MS. Its latency
runs to the later of the last message and the last chart change (Plotly drawing it): "filter
change -> every chart drawn". Messages are watched, not stApp's data-test-script-state: React
batches a fast rerun's "running" and "notRunning" into one render, so a rerun of the floor page
often never showed "running" and was taken for a missed click.

A change is one step of a sequence (start_change): the eleven event types added one at a time
in a given order, then the first remaining one removed. Everything is bounded: each change
waits at most CHANGE_TIMEOUT_MS, and a timed-out or failed change counts as an error rather
than hanging the run.
"""

from __future__ import annotations

import os
from urllib.parse import urlparse

from atlas import labels

LOCAL_HOSTS = {"127.0.0.1", "localhost", "[::1]", "::1"}
QUIET_MS = 150
CHANGE_TIMEOUT_MS = 30_000
START_TIMEOUT_MS = 5_000
OPEN_TIMEOUT_MS = 90_000
# The event types the filter changes add, in this order, as codes and as the sidebar labels them.
TYPE_CODES = (
    "workshop",
    "meeting",
    "training",
    "consultation",
    "seminar",
    "conference",
    "field_visit",
    "exchange",
    "exhibition",
    "launch",
    "other",
)
TYPES = [labels.event_type(t) for t in TYPE_CODES]

# Before the app's scripts: count the websocket messages the page receives, with their times.
WS_PROBE = """(() => {
  const w = window.__ws = {count: 0, first: 0, last: 0};
  const Native = window.WebSocket;
  class Counted extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', () => {
        const now = performance.now();
        w.count += 1; w.last = now; if (!w.first) w.first = now;
      });
    }
  }
  window.WebSocket = Counted;
})();"""
OBSERVER = """() => {
  const b = window.__bench = {t0: 0, last: 0, count0: 0};
  const app = document.querySelector('[data-testid="stApp"]');
  new MutationObserver((records) => {
    const now = performance.now();
    for (const r of records) {
      const el = r.target.nodeType === 1 ? r.target : r.target.parentElement;
      if (el && el.closest('[data-testid="stPlotlyChart"]')) b.last = now;
    }
  }).observe(app, {subtree: true, childList: true, attributes: true, characterData: true});
}"""
START = """() => { const b = window.__bench, w = window.__ws;
  b.t0 = performance.now(); b.last = 0; b.count0 = w.count; w.first = 0; }"""
ANSWERED = "() => window.__ws.count > window.__bench.count0"
DONE = f"""() => {{
  const b = window.__bench, w = window.__ws, now = performance.now();
  const app = document.querySelector('[data-testid="stApp"]');
  return w.count > b.count0
    && app.getAttribute('data-test-script-state') !== 'running'
    && !document.querySelector('[data-stale="true"]')
    && now - Math.max(b.last, w.last) > {QUIET_MS};
}}"""
# The first run has answered and nothing in the page has changed for 700 ms: Streamlit loads
# the Plotly bundle only when a page first shows a chart, so the server being quiet is not
# enough (a page counted before its charts mounted was once recorded as having none).
SETTLED = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  if (!app) return false;
  const s = window.__settle || (window.__settle = {last: performance.now()});
  if (!s.observer) {
    s.observer = new MutationObserver(() => { s.last = performance.now(); });
    s.observer.observe(app, {subtree: true, childList: true, attributes: true, characterData: true});
  }
  const now = performance.now();
  return window.__ws.count > 0 && app.getAttribute('data-test-script-state') === 'notRunning'
    && !document.querySelector('[data-stale="true"]') && now - window.__ws.last > 500 && now - s.last > 700;
}"""
LATENCY = "() => { const b = window.__bench; return Math.max(b.last, window.__ws.last) - b.t0; }"
# [first message, last message, last chart change] after the click, in ms from it.
PARTS = "() => { const b = window.__bench, w = window.__ws; return [w.first - b.t0, w.last - b.t0, b.last - b.t0]; }"


def launch(playwright):
    """The system Chromium, headless."""
    chromium = os.environ.get("ATLAS_CHROMIUM") or "/usr/bin/chromium"
    return playwright.chromium.launch(
        executable_path=chromium,
        headless=True,
        args=[
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--disable-renderer-backgrounding",
            "--disable-background-timer-throttling",
            "--disable-backgrounding-occluded-windows",
        ],
    )


def open_page(browser, url: str):
    """A new session (its own context) on `url`, with requests off this machine blocked, once
    the app has drawn; returns the page."""
    return settle(start_page(browser, url))


def start_page(browser, url: str):
    """A new session on `url`, navigation begun but not waited for (several can load at once)."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})

    def guard(route):
        host = urlparse(route.request.url).hostname or ""
        if route.request.url.startswith(("data:", "blob:")) or host in LOCAL_HOSTS:
            route.continue_()
        else:
            route.abort()

    context.route("**/*", guard)
    context.add_init_script(WS_PROBE)
    page = context.new_page()
    try:
        page.goto(url, timeout=OPEN_TIMEOUT_MS, wait_until="commit")
    except Exception:
        context.close()
        raise
    return page


def settle(page):
    """Wait until the page's first run has drawn and gone quiet; then watch its charts."""
    try:
        page.wait_for_selector(
            '[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=OPEN_TIMEOUT_MS
        )
        page.wait_for_selector(
            '[data-testid="stSidebar"] [data-testid="stMultiSelect"]', timeout=OPEN_TIMEOUT_MS
        )
        page.wait_for_function(SETTLED, timeout=OPEN_TIMEOUT_MS, polling=50)
    except Exception:
        page.context.close()
        raise
    page.evaluate("() => window.__settle.observer.disconnect()")
    page.evaluate(OBSERVER)
    return page


def _types_box(page):
    return page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').filter(
        has_text="Event types"
    )


def start_change(page, step: int, order: list[str]) -> None:
    """Begin change number `step` (0-19) of the sequence, without waiting for the rerun."""
    box = _types_box(page)
    if step < len(order):
        box.locator("input").click()
        box.locator("input").fill(order[step])
        option = page.get_by_role("option", name=order[step], exact=True)
        option.wait_for(timeout=10_000)
        page.evaluate(START)  # the clock starts when the choice is made, not while typing
        option.click()
        page.keyboard.press("Escape")
    else:  # remove the first tag still selected
        remove = box.locator('button[aria-label^="Remove "]').first
        remove.wait_for(timeout=10_000)
        page.evaluate(START)
        remove.click()


class Missed(Exception):
    """The click did not reach the widget (no rerun began): the harness's miss, not the app's."""


def finish_change(page) -> float:
    """Wait for the change to be drawn; its latency in seconds."""
    try:
        page.wait_for_function(ANSWERED, timeout=START_TIMEOUT_MS, polling=25)
    except Exception as err:  # noqa: BLE001
        raise Missed from err
    page.wait_for_function(DONE, timeout=CHANGE_TIMEOUT_MS, polling=25)
    return page.evaluate(LATENCY) / 1000


def change(page, step: int, order: list[str]) -> float:
    """One change, tried again once when the click missed; its latency in seconds."""
    for attempt in range(2):
        start_change(page, step, order)
        try:
            return finish_change(page)
        except Missed:
            if attempt:
                raise
    raise AssertionError("unreachable")


def errors_on(page) -> int:
    return page.locator('[data-testid="stException"]').count()
