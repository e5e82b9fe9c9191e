"""One measurement in a process of its own, so that its peak memory is its own:

    python -m bench.probe overview-pandas DB STATES_JSON
    python -m bench.probe overview-sql DB STATES_JSON
    python -m bench.probe export-atlas DB OUT
    python -m bench.probe export-copy DB OUT

prints one JSON object: seconds (one per interaction or one export), load_seconds (the pandas
way's one-off load), figures (for the check that both Overview ways agree), and memory in bytes:
peak resident size minus the resident size once imports are done and the database is open.
measure(NAME, *ARGS) runs one in a new process and returns that object.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def measure(*args: str) -> dict:
    """`python -m bench.probe ARGS` in a process of its own; the object it printed."""
    done = subprocess.run(
        [sys.executable, "-m", "bench.probe", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    if done.returncode:
        raise RuntimeError(f"probe {args[0]} failed: {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def rss_now() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


def rss_peak() -> int:
    """Peak resident size since reset_peak() (Linux VmHWM), else since the process started."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def baseline() -> int:
    """The resident size now, with the peak reset to it (Linux: clear_refs 5), so that what was
    used while importing does not count."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass
    return rss_now()


def _states(text: str):
    from atlas.filters import Filters

    return [Filters.from_query(q)[0] for q in json.loads(text)]


def overview_pandas(db_path: str, states_json: str) -> dict:
    from atlas import db
    from bench import pandas_overview

    states = _states(states_json)
    con = db.connect(db_path, read_only=True)
    base = baseline()
    started = time.perf_counter()
    tables = pandas_overview.load(con)  # what @st.cache_data would keep between interactions
    load_seconds = time.perf_counter() - started
    seconds, figures = [], []
    for f in states:
        started = time.perf_counter()
        result = pandas_overview.overview(tables, f)
        seconds.append(time.perf_counter() - started)
        figures.append(
            result["headline"]
            | {
                "not_broken_down": result["not_broken_down"]["participants"],
                "by_country_rows": len(result["by_country"]),
            }
        )
    return {
        "seconds": seconds,
        "load_seconds": load_seconds,
        "figures": figures,
        "memory": rss_peak() - base,
    }


def overview_sql(db_path: str, states_json: str) -> dict:
    """Ours: the Overview's one statement (queries/overview/page.sql), as the page runs it."""
    os.environ["ATLAS_DB"], os.environ["ATLAS_READ_ONLY"] = db_path, "1"
    from atlas import queries
    from atlas.access import Scope
    from atlas.db import shared

    states = _states(states_json)
    shared.connection()
    base = baseline()
    seconds, figures = [], []
    for f in states:
        started = time.perf_counter()
        page = queries.run_parts(
            "overview/page", scope=Scope.everything(), **f.sql_params(), limit=10
        )
        seconds.append(time.perf_counter() - started)
        head = page["headline"].iloc[0]
        figures.append(
            {
                k: (None if head[k] is None or head[k] != head[k] else int(head[k]))
                for k in head.index
            }
            | {
                "not_broken_down": int(page["not_broken_down"].iloc[0]["participants"]),
                "by_country_rows": len(page["by_country"]),
            }
        )
    return {"seconds": seconds, "figures": figures, "memory": rss_peak() - base}


def export_atlas(db_path: str, out: str) -> dict:
    from atlas import db, export
    from atlas.access import Scope

    con = db.connect(db_path, read_only=True)
    base = baseline()
    started = time.perf_counter()
    manifest = export.write(
        con,
        export.Selection("events", scope=Scope.everything()),
        export.FileFormat("csv"),
        Path(out),
    )
    return {
        "seconds": [time.perf_counter() - started],
        "rows": manifest.get("rows"),
        "bytes": Path(out).stat().st_size,
        "memory": rss_peak() - base,
    }


def export_copy(db_path: str, out: str) -> dict:
    from atlas import db, queries

    con = db.connect(db_path, read_only=True)
    query = queries.load("data/events")
    params = queries.bind(
        query, {"search": None, "scope_funder": None} | dict.fromkeys(queries.FILTER_PARAMS)
    )
    base = baseline()
    started = time.perf_counter()
    # The same query, written by DuckDB alone: the floor any CSV export can reach.
    rows = con.execute(
        "COPY (\n" + query.sql + "\n) TO $out (FORMAT csv, HEADER true)", params | {"out": out}
    ).fetchone()[0]
    return {
        "seconds": [time.perf_counter() - started],
        "rows": rows,
        "bytes": Path(out).stat().st_size,
        "memory": rss_peak() - base,
    }


PROBES = {
    "overview-pandas": overview_pandas,
    "overview-sql": overview_sql,
    "export-atlas": export_atlas,
    "export-copy": export_copy,
}

if __name__ == "__main__":
    print(json.dumps(PROBES[sys.argv[1]](*sys.argv[2:]), default=str))
