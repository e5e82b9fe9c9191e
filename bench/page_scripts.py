"""(b) Every page's whole app script (filter bar, banner, page) run by AppTest against an empty
Streamlit page (bench/empty_page.py): cold, with the page's query and figure caches cleared
before each run, and cached, with the same states again.
"""

from __future__ import annotations

import contextlib
import logging
import time
from pathlib import Path
from unittest import mock

from bench.workload import APP, ROOT, app_pages, use_database


def quiet_apptest_logs() -> None:
    """AppTest, and cache clearing outside a script run, log a harmless warning each time."""
    for name in (
        "streamlit",
        "streamlit.runtime.scriptrunner_utils.script_run_context",
        "streamlit.runtime.caching.cache_data_api",
    ):
        logging.getLogger(name).setLevel(logging.ERROR)


@contextlib.contextmanager
def one_script_cache():
    """Within it, every AppTest shares one compiled-script cache, as a server's sessions do.

    A server compiles app.py and each page script once per process (its Runtime keeps one
    ScriptCache for every session and rerun), so a filter change never compiles anything. AppTest
    makes a new cache for each run, so without this every run of (b) would also parse, rewrite
    ("magic") and compile app.py and its page: 15-35 ms per run measured at 10k, paid by the
    app's pages and not by the one-line empty page, and by no user."""
    from streamlit.runtime.scriptrunner.script_cache import ScriptCache
    from streamlit.testing.v1 import app_test, local_script_runner

    shared = ScriptCache()
    with (
        mock.patch.object(app_test, "ScriptCache", lambda: shared),
        mock.patch.object(local_script_runner, "ScriptCache", lambda: shared),
    ):
        yield


def clear_page_summary() -> None:
    """Clear the Data page's cache of its count, first rows and dictionary (the page script's
    `summary`; the filter bar's choices stay cached)."""
    from streamlit.runtime.caching.cache_data_api import _data_caches

    with _data_caches._caches_lock:
        caches = [c for by_key in _data_caches._function_caches.values() for c in by_key.values()]
    for cache in caches:
        if cache.display_name.endswith(".summary"):
            cache.clear()


def measure(path: Path, states, runs: int, *, compile_each_run: bool = False) -> dict:
    """Per page title (and "(empty page)"), the seconds of each cold and cached run and how many
    runs failed. compile_each_run: as AppTest does by itself, every run compiles its scripts
    again (how (b) measured until 2026-12-01); by default they are compiled once, as a server
    does (one_script_cache)."""
    with contextlib.nullcontext() if compile_each_run else one_script_cache():
        return _measure(path, states, runs)


def _measure(path: Path, states, runs: int) -> dict:
    from streamlit.testing.v1 import AppTest

    from ui import shell

    use_database(path, read_only=False)  # as `make run` serves it: the Manage page is there too

    def run_once(script: str, page: str | None, state, clear: bool) -> tuple[float, bool]:
        if clear:
            shell._cached.clear()  # the page's queries; the filter bar's choices stay cached
            shell._cached_parts.clear()  # and its one statement (queries/<page>/page.sql)
            shell._figure.clear()  # and the figures drawn from them: a new state draws new ones
            clear_page_summary()  # and the Data page's own count, first rows and dictionary
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
    empty = [
        run_once(str(ROOT / "bench" / "empty_page.py"), None, None, False)[0]
        for _ in range(runs + 1)
    ][1:]
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
