"""Ten sessions changing filters at once: a state two sessions ask for at the same moment is
computed once. Streamlit's cache takes a lock per cached value (cache_utils._handle_cache_miss:
the second caller waits and then reads what the first stored); this checks it still does for the
page statements' cache, whose misses at a million events cost the most."""

from __future__ import annotations

import threading

import pandas as pd

from atlas import queries
from ui import shell


def test_two_sessions_asking_for_one_new_state_at_once_compute_it_once(monkeypatch):
    calls = []
    release = threading.Event()

    def slow_run_parts(name, *, scope, **params):
        calls.append(name)
        release.wait(timeout=30)
        return {"headline": pd.DataFrame({"events": [len(calls)]})}

    monkeypatch.setattr(queries, "run_parts", slow_run_parts)
    shell._cached_parts.clear()
    key = (("countries", ("KHM",)), ("limit", 10))
    results = []

    def session():
        results.append(shell._cached_parts("overview/page", "v-test", None, key))

    first, second = threading.Thread(target=session), threading.Thread(target=session)
    first.start()
    while not calls and first.is_alive():  # the first session is computing the value
        first.join(timeout=0.01)
    second.start()
    second.join(timeout=1)  # without the per-value lock it would compute it now, a second time
    release.set()
    first.join(timeout=30)
    second.join(timeout=30)
    shell._cached_parts.clear()
    assert calls == ["overview/page"]
    assert len(results) == 2
    assert [r["headline"]["events"].tolist() for r in results] == [[1], [1]]
