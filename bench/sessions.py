"""(f) Several browser sessions changing filters at once on one server, against one session alone:
latency of each change and the server's resident memory.
"""

from __future__ import annotations

import time

from bench import browser
from tests.server import Server


def measure(
    chromium,
    server: Server,
    path: str,
    sessions: int = 10,
    rounds: int = 10,
    budget_s: float = 600,
    offset: int = 0,
) -> dict:
    """`sessions` sessions changing filters at the same time, `rounds` times each (bounded).
    Each session adds the event types in its own order, so their states differ. Server memory is
    read with one session open and with all open."""
    pages, latencies, errors, misses = [], [], 0, 0
    try:
        pages.append(browser.open_page(chromium, server.url + path))
        rss_one = server.rss()
        # The other sessions load at the same time (opening is not timed).
        pages += [browser.start_page(chromium, server.url + path) for _ in range(sessions - 1)]
        for page in pages[1:]:
            browser.settle(page)
        rss_all = server.rss()
        # Session i adds the types starting from type offset + i: its own states, and (with the
        # offsets run.py passes) not the ones filter_to_charts' order already put in the cache.
        types = browser.TYPES
        orders = [
            types[(offset + i) % len(types) :] + types[: (offset + i) % len(types)]
            for i in range(sessions)
        ]
        deadline = time.monotonic() + budget_s
        for step in range(rounds):
            if time.monotonic() > deadline:
                break
            started = []
            for page, order in zip(pages, orders, strict=True):
                try:
                    browser.start_change(page, step, order)
                    started.append(page)
                except Exception:  # noqa: BLE001
                    errors += 1
            for page in started:
                try:
                    latencies.append(browser.finish_change(page))
                except browser.Missed:
                    misses += 1
                except Exception:  # noqa: BLE001
                    errors += 1
        errors += sum(browser.errors_on(p) for p in pages)
        rss_end = server.rss()
    finally:
        for page in pages:
            page.context.close()
    return {
        "latencies": latencies,
        "errors": errors,
        "misses": misses,
        "rss_one": rss_one,
        "rss_all": rss_all,
        "rss_end": rss_end,
        "sessions": sessions,
    }
