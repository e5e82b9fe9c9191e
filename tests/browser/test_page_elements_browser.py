"""The Funders page's evidence and the Outcomes page's cards, each one Markdown block (issue 17),
in a real browser on the database whose every free-text cell is hostile (tests/test_hostile_text):
every quote, name and source reads as written, the small type of a caption line is drawn as small
type (its directive is not shown as characters), and nothing is made of the data: no image, link
to javascript:, formula or dialog."""

from __future__ import annotations

import duckdb
import pytest

from tests.browser.conftest import screenshot, wait_for_app
from tests.browser.test_hostile_text_browser import MADE_FROM_TEXT, _text_once_drawn
from tests.test_hostile_text import plant_hostile

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def hostile(start_server, seed_con, tmp_path_factory):
    path, _ = plant_hostile(tmp_path_factory.mktemp("elements-browser"), seed_con)
    con = duckdb.connect(str(path), read_only=True)
    quotes = [
        r[0]
        for r in con.execute(
            "SELECT e.source_quote FROM events AS e JOIN project_funders AS f USING (project_id)"
            " WHERE f.org_id = 'diakonia' ORDER BY e.start_date, e.event_id"
        ).fetchall()
    ]
    funding = [
        r[0]
        for r in con.execute(
            "SELECT source_quote FROM project_funders WHERE org_id = 'diakonia'"
        ).fetchall()
    ]
    titles = [r[0] for r in con.execute("SELECT title FROM outcomes ORDER BY 1").fetchall()]
    con.close()
    return start_server(path), quotes + funding, titles


def _nothing_made(page) -> None:
    assert page.locator('[data-testid="stException"]').count() == 0
    for what, selector in MADE_FROM_TEXT.items():
        assert page.locator(selector).count() == 0, f"a {what} was made from the data"


def test_the_evidence_and_the_cards_read_as_written(hostile, page):
    server, quotes, titles = hostile
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{server.url}/funders?funder=diakonia")
    wait_for_app(page)
    page.get_by_text("Where these figures come from").click()
    text = _text_once_drawn(page, quotes)
    for quote in quotes:
        assert " ".join(quote.split()) in text, quote
    assert ":gray[" not in text and ":small[" not in text
    small = page.locator('[data-testid="stExpander"] span[style*="font-size"]')
    assert small.count() >= len(quotes)  # each quote's caption line, in small type
    _nothing_made(page)
    screenshot(page, "elements-funders-evidence")

    page.goto(f"{server.url}/outcomes")
    wait_for_app(page)
    text = _text_once_drawn(page, titles)
    for title in titles:
        assert " ".join(title.split()) in text, title
    assert ":gray[" not in text and ":small[" not in text
    _nothing_made(page)
    screenshot(page, "elements-outcome-cards")
    assert dialogs == []
    assert page.outside_requests == []
