"""Text stays text in a real browser: on the database whose every free-text cell holds a hostile
string (tests/test_hostile_text.py plants them), each page shows the names it lists exactly as
written, and nothing in the page was made from them: no link to javascript:, no image, no KaTeX
formula, no dialog."""

from __future__ import annotations

import time

import duckdb
import pytest

from tests.browser.conftest import screenshot, wait_for_app
from tests.test_hostile_text import HOSTILE, plant_hostile

pytestmark = pytest.mark.browser

PAGES = ["", "events", "countries", "outcomes", "funders", "results", "data", "history"]
MADE_FROM_TEXT = {
    "javascript link": 'a[href^="javascript:"]',
    "image": 'img[src="x"], img[src*="example.invalid"]',
    "formula": ".katex",
}


def _text_once_drawn(page, expected: list[str], timeout_s: float = 30) -> str:
    """The page's text, whitespace folded, once it holds every expected string (the main section
    may still be drawing when the status widget goes: a loaded machine shows the sidebar first),
    or as it is after `timeout_s`: the assertions that follow then say what is missing."""
    deadline = time.monotonic() + timeout_s
    while True:
        text = " ".join(page.inner_text("body").split())
        if all(" ".join(e.split()) in text for e in expected) or time.monotonic() > deadline:
            return text
        page.wait_for_timeout(250)


@pytest.fixture(scope="module")
def hostile_server(start_server, seed_con, tmp_path_factory):
    path, _ = plant_hostile(tmp_path_factory.mktemp("hostile-browser"), seed_con)
    con = duckdb.connect(str(path), read_only=True)
    projects = dict(
        con.execute("SELECT project_id, name FROM projects ORDER BY project_id").fetchall()
    )
    con.close()
    return start_server(path), projects


def test_names_from_the_data_are_shown_as_written_on_every_page(hostile_server, page):
    server, projects = hostile_server
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    query = "project=" + ",".join(projects)  # every page's "Filtered to" caption names them all
    for path in PAGES:
        page.goto(f"{server.url}/{path}?{query}")
        wait_for_app(page)
        if path == "history":  # its own filters; the undo line names the last import's actor
            shown = [f"{HOSTILE[2]} actor"]
        else:
            shown = list(projects.values())
        text = _text_once_drawn(page, ["Filtered to"] if path != "history" else shown)
        assert page.locator('[data-testid="stException"]').count() == 0, path
        if path != "history":
            assert "Filtered to" in text, f"/{path}: no 'Filtered to' caption"
        for name in shown:
            assert " ".join(name.split()) in text, f"/{path}: {name!r} is not shown as written"
        for what, selector in MADE_FROM_TEXT.items():
            assert page.locator(selector).count() == 0, f"/{path}: a {what} was made from the data"
        screenshot(page, f"hostile-{path or 'overview'}")
    assert dialogs == []
    assert page.outside_requests == []
