"""The page tests' view of a synthetic network: the app's shared connection pointed at a file of
one for the length of a block, and the filter states drawn there (the network's typical states
and every fifth state of the bench's)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from atlas import db
from atlas.filters import Filters
from bench.summary_tables import bench_states
from bench.workload import typical_states


@contextmanager
def pages_reading(path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Filters]]:
    """Within the block every page reads `path`; yields the states to draw. The shared
    connection is closed before and after, so neither side sees the other's file."""
    states, _ = typical_states(path)
    db.shared.close()
    monkeypatch.setenv("ATLAS_DB", str(path))
    try:
        yield [*states, *bench_states()[::5]]
    finally:
        db.shared.close()
