"""(c) The Overview the typical Streamlit way (every table in pandas, filtered and aggregated per
interaction: bench/pandas_overview.py) against ours (the Overview's one statement), time and
memory, on the same filter states.
"""

from __future__ import annotations

import json
from pathlib import Path

from bench import probe


def measure(path: Path, states) -> dict:
    """Both ways' seconds per interaction and peak memory, each in a process of its own, and
    whether they gave the same figures."""
    payload = json.dumps([s.to_query() for s in states])
    pandas_way = probe.measure("overview-pandas", str(path), payload)
    ours = probe.measure("overview-sql", str(path), payload)
    agree = all(_same(a, b) for a, b in zip(pandas_way["figures"], ours["figures"], strict=True))
    return {"pandas": pandas_way, "ours": ours, "agree": agree}


def _same(a: dict, b: dict) -> bool:
    return all(a.get(k) == b.get(k) for k in a)
