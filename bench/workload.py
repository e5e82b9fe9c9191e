"""What every benchmark runs against: the synthetic and seed databases (kept in bench/out/), the
filter states a user typically sets, and the app's pages as app.py registers them.
"""

from __future__ import annotations

import ast
import datetime as dt
import os
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
APP = ROOT / "app.py"

ONLY_PAGES: set[str] = set()  # --pages: measure only these pages, by script name ("countries")


def app_pages() -> list[tuple[str, str, str]]:
    """(title, script, url path) of every page in app.py's PAGES, read from its source."""
    pages = []
    for node in ast.walk(ast.parse(APP.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "Page":
            kw = {k.arg: k.value.value for k in node.keywords if isinstance(k.value, ast.Constant)}
            script = node.args[0].value
            default = kw.get("default", False)
            pages.append(
                (
                    # The title is translated in app.py (a call, not a constant): name the page
                    # by its script, the same in every language.
                    Path(script).stem,
                    script,
                    "" if default else kw.get("url_path", Path(script).stem),
                )
            )
    return [p for p in pages if not ONLY_PAGES or p[0] in {n.lower() for n in ONLY_PAGES}]


def chart_pages() -> list[tuple[str, str, str]]:
    """The pages that draw charts (their script calls shell.chart): the ones (d) times, since a
    page without a chart has no "every chart drawn" to wait for. (b) runs every page."""
    return [p for p in app_pages() if "shell.chart(" in (ROOT / p[1]).read_text(encoding="utf-8")]


def use_database(path: Path | None, *, read_only: bool = True) -> None:
    """Point the app's shared connection at `path` (None: close it only)."""
    from atlas.db import shared

    shared.close()
    if path is not None:
        os.environ["ATLAS_DB"] = str(path)
        os.environ["ATLAS_READ_ONLY"] = "1" if read_only else "0"


def synthetic_db(events: int, seed: int, rebuild: bool) -> tuple[Path, float | None]:
    """bench/out/synth-<N>-s<seed>.duckdb, built unless present; the build time when built."""
    from atlas import synth

    path = OUT / f"synth-{events}-s{seed}.duckdb"
    if path.exists() and not rebuild:
        # A file kept from an older schema gets the newer migrations (the app opens it read-only
        # and would refuse it): migration 009's summary tables take about 4 s at 1M events.
        from atlas import db

        con = db.connect(path)
        try:
            db.migrate(con)
        finally:
            con.close()
        return path, None
    started = time.perf_counter()
    synth.build(events, seed, path)
    return path, time.perf_counter() - started


def seed_db() -> Path:
    from atlas import db

    return db.build(db.DEFAULT_SEED, OUT / "seed.duckdb")


def typical_states(path: Path):
    """The filter states a user typically sets, on this database: none, a start date, a country,
    two event types, a date range with two countries, the busiest project, the largest funder."""
    from atlas import db
    from atlas.filters import Filters

    con = db.connect(path, read_only=True)
    try:
        project = con.execute(
            "SELECT project_id FROM events WHERE project_id IS NOT NULL "
            "GROUP BY ALL ORDER BY count(*) DESC, project_id LIMIT 1"
        ).fetchone()[0]
        funder = con.execute(
            "SELECT org_id FROM project_funders GROUP BY ALL ORDER BY count(*) DESC, org_id LIMIT 1"
        ).fetchone()[0]
        event_id = con.execute(
            "SELECT event_id FROM events ORDER BY event_id "
            "LIMIT 1 OFFSET (SELECT count(*) // 2 FROM events)"
        ).fetchone()[0]
        target = con.execute(
            "SELECT target_id FROM targets WHERE project_id = $p ORDER BY target_id LIMIT 1",
            {"p": project},
        ).fetchone()
        project_ids = [
            p
            for (p,) in con.execute(
                "SELECT project_id FROM projects ORDER BY project_id"
            ).fetchall()
        ]
    finally:
        con.close()
    states = [
        Filters(),
        Filters(date_from=dt.date(2015, 1, 1)),
        Filters(countries=("THA",)),
        Filters(event_types=("workshop", "training")),
        Filters(
            date_from=dt.date(2018, 1, 1), date_to=dt.date(2020, 12, 31), countries=("LAO", "KHM")
        ),
        Filters(projects=(project,)),
        Filters(funders=(funder,)),
    ]
    extras = {
        "limit": 100,
        "event_id": event_id,
        "funder": funder,
        "search": "labour",
        "tables": None,
        "actions": None,
        "actors": None,  # the audit trail's own filters: all
        "target_id": target[0] if target else None,
        "project_ids": project_ids,
        "org_id": None,
    }
    return states, extras
