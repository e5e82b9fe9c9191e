"""Text stays text on every page: a corpus of hostile strings planted in every free-text column of
the data, in the actor and file name of an import, and in every link parameter, is shown
literally. Every Markdown-rendering element (markdown, caption, title, subheader, alerts) that
shows a planted string shows it in escaped form (atlas.markdown.literal), so no bold, LaTeX,
colour directive, link or image is made from it; no page raises."""

from __future__ import annotations

import csv
import datetime as dt
import itertools
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from atlas import db
from atlas.labels import IATI_CODES
from atlas.markdown import literal, shown
from atlas.schema import DATA_TABLES, describe_all

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "seed"

HOSTILE = [
    "**bold**",
    "__bold__",
    "*em*",
    "_em_",
    "~~strike~~",
    "`code`",
    "```fence```",
    "$x^2$",
    "$$\\int_0^1 x$$",
    ":red[alarm]",
    ":blue-background[box]",
    ":rainbow[gay]",
    ":material/home:",
    ":smile:",
    "[a](javascript:alert(1))",
    "![img](http://example.invalid/i.png)",
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    "<https://example.invalid>",
    "https://example.invalid/x",
    "# Heading",
    "> quote",
    "- item",
    "1. item",
    "| a | b |",
    "---",
    "\\*escaped\\*",
    "[ref][1]",
    "&amp; &lt;b&gt;",
    "@user #tag",
    "x<sub>2</sub>",
    "ภาษาไทย **หนา**",
    "\u202eevil",
    "=cmd|' /C calc'!A0",
    "{{7*7}}",
    "${7*7}",
    "%s%n",
    "'; DROP TABLE events; --",
    "a\\nb",
    "~~~",
    "[!NOTE] callout",
]
LINK_KEYS = ["country", "type", "project", "funder", "org", "from", "to", "event", "table", "q"]
PAGES = [
    "overview",
    "events",
    "countries",
    "outcomes",
    "funders",
    "results",
    "data",
    "history",
    "manage",
    "review",
]
RENDERED = (
    "markdown",
    "caption",
    "title",
    "header",
    "subheader",
    "warning",
    "error",
    "info",
    "success",
)


def _free_text(tables) -> dict[str, list[str]]:
    out = {}
    for name in DATA_TABLES:
        t = tables[name]
        out[name] = [
            c
            for c, col in t.columns.items()
            if col.type == "VARCHAR"
            and c not in t.key
            and not col.references
            and not col.allowed
            and c not in IATI_CODES
        ]  # coded columns, refused unless one of IATI's codes
    return out


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory, seed_con) -> tuple[Path, int]:
    return plant_hostile(tmp_path_factory.mktemp("hostile"), seed_con)


def plant_hostile(folder: Path, seed_con) -> tuple[Path, int]:
    """The seed with every free-text cell replaced by a hostile string (kept unique per cell, for
    unique names), plus imports whose actor and file name are hostile, built in `folder`. Returns
    the path and the number of cells planted. The browser test reads the same database."""
    seed = folder / "seed"
    seed.mkdir()
    columns = _free_text(describe_all(seed_con))
    corpus = itertools.cycle(HOSTILE)
    planted = 0
    for name in DATA_TABLES:
        with (SEED / f"{name}.csv").open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            rows, fields = list(reader), reader.fieldnames
        for n, row in enumerate(rows):
            for column in columns[name]:
                if column in row:
                    row[column] = f"{next(corpus)} {n}"
                    planted += 1
        with (seed / f"{name}.csv").open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=fields)
            writer.writeheader()
            writer.writerows(rows)
    path = db.build(seed, folder / "atlas.duckdb")
    con = db.connect(path)
    at = dt.datetime(2025, 1, 1)
    for i, text in enumerate(
        HOSTILE[:3], start=1
    ):  # the last one is what History's undo line shows
        con.execute(
            'INSERT INTO imports (import_id, "at", actor, file_name, table_name, rows_new, rows_changed, '
            "checksum_before) VALUES ($i, $at, $actor, $file, 'events', 0, 0, 'x')",
            {"i": i, "at": at, "actor": f"{text} actor", "file": f"{HOSTILE[-i]}.csv"},
        )
        con.execute(
            'INSERT INTO audit_log ("at", actor, action, table_name, row_key, before, after, via, import_id)'
            " VALUES ($at, $actor, 'update', 'events', '[\"x\"]', '{\"title\": \"a\"}', $after, 'import', $i)",
            {
                "at": at,
                "actor": f"{text} actor",
                "after": '{"title": "' + text.replace('"', "") + '"}',
                "i": i,
            },
        )
        planted += 2
    con.close()
    return path, planted


def _run(page: str, query: dict[str, str]) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    for key, value in query.items():
        at.query_params[key] = value
    at.switch_page(f"app_pages/{page}.py")
    at.run()
    return at


def _interpreted(at: AppTest) -> list[str]:
    """Planted strings an element would render as Markdown: shown on the page, but not in the
    escaped form that displays them literally."""
    bad = []
    for kind in RENDERED:
        for element in getattr(at, kind):
            body = str(element.value)
            text = shown(body)
            for h in HOSTILE:
                plain = " ".join(h.split())
                if plain in text and literal(plain) not in body:
                    bad.append(f"{kind}: {body[:120]!r}")
    return bad


@pytest.fixture
def on_hostile_db(hostile_db, monkeypatch):
    path, _ = hostile_db
    db.shared.close()
    monkeypatch.setenv("ATLAS_DB", str(path))
    yield path
    db.shared.close()


@pytest.mark.slow
def test_every_page_shows_planted_text_literally(hostile_db, on_hostile_db):
    assert (
        hostile_db[1] == 298
    )  # 292 free-text cells of the seed (targets included), 3 import actors and 3 file names
    con = db.connect(on_hostile_db, read_only=True)
    projects = [r[0] for r in con.execute("SELECT project_id FROM projects").fetchall()]
    orgs = [r[0] for r in con.execute("SELECT org_id FROM organisations").fetchall()]
    funders = [r[0] for r in con.execute("SELECT DISTINCT org_id FROM project_funders").fetchall()]
    event = con.execute("SELECT event_id FROM events ORDER BY event_id LIMIT 1").fetchone()[0]
    con.close()
    filtered = {
        "project": ",".join(projects),
        "org": ",".join(orgs[:10]),
        "funder": ",".join(funders),
    }
    problems = []
    views = 0
    for page in PAGES:
        for query in ({}, filtered, {"event": event} if page == "events" else {}):
            at = _run(page, query)
            views += 1
            assert not at.exception, (page, [e.value for e in at.exception])
            problems += [f"{page} {query}: {p}" for p in _interpreted(at)]
    assert views >= 18
    assert problems == []


@pytest.mark.slow
@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_link_values_are_dropped_with_literal_notices(text):
    query = {key: text for key in LINK_KEYS} | {text: "1"}
    problems = []
    for page in ("events", "data"):
        at = _run(page, query)
        assert not at.exception, (page, [e.value for e in at.exception])
        notices = [shown(w.value) for w in at.warning]
        assert any("Ignored unknown link parameter" in n for n in notices), notices
        problems += _interpreted(at)
    assert problems == []
