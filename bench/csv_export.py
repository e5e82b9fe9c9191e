"""(e) The Data page's Events table, every event, written to CSV by atlas.export (formula
neutralising, manifest) against DuckDB's own COPY of the same query: time and peak memory.
"""

from __future__ import annotations

from pathlib import Path

from bench import probe
from bench.workload import OUT


def measure(path: Path) -> dict:
    """Both ways' seconds, rows, file size and peak memory, each in a process of its own."""
    out = OUT / "export"
    out.mkdir(parents=True, exist_ok=True)
    try:
        atlas_way = probe.measure("export-atlas", str(path), str(out / "atlas.csv"))
        copy = probe.measure("export-copy", str(path), str(out / "copy.csv"))
    finally:
        for f in out.glob("*.csv"):
            f.unlink()
    return {"atlas": atlas_way, "copy": copy}
