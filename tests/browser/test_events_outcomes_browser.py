"""The Events and Outcomes pages in a real Chromium against a real server, outside hosts blocked:
an event opened from a link shows its story, with the "not broken down" remainder drawn grey."""

from __future__ import annotations

import io
import shutil

import duckdb
import numpy as np
import pytest
from PIL import Image

from atlas import charts, facts
from tests.browser.conftest import screenshot, wait_for_app

pytestmark = pytest.mark.browser

LAO_JUNE = "ilo-consultation-lao-2009-06"
HTML_TITLE = "<img src=x onerror=alert(1)>"
GREY = tuple(int(charts.NOT_BROKEN_DOWN[i : i + 2], 16) for i in (1, 3, 5))


def _grey_pixels(png: bytes) -> int:
    pixels = np.asarray(Image.open(io.BytesIO(png)).convert("RGB"), dtype=int)
    return int((np.abs(pixels - np.array(GREY)).max(axis=2) <= 6).sum())


def test_event_link_opens_its_story_with_the_grey_remainder(page, server):
    page.set_viewport_size({"width": 1400, "height": 3600})  # the whole page in one screenshot
    page.goto(f"{server.url}/events?event={LAO_JUNE}")
    wait_for_app(page)
    story_chart = page.locator('[data-testid="stPlotlyChart"]').filter(
        has_text="Participants by home country: 29 in all"
    )
    story_chart.wait_for(timeout=60_000)
    story_chart.scroll_into_view_if_needed()
    page.get_by_text("Lao PDR: 7").wait_for(timeout=10_000)
    page.get_by_text("Timeline of projects and their events").wait_for(timeout=10_000)
    wait_for_app(page)
    screenshot(page, "events-story")
    assert page.locator('[data-testid="stException"]').count() == 0
    assert page.get_by_text("22 not broken down", exact=False).count() >= 1
    assert (
        page.get_by_text(
            "A consultation between members of Thai-Cord and Lao PDR counterparts"
        ).count()
        >= 1
    )
    # The remainder is drawn: its bar is filled with the grey, and that grey is on screen.
    fills = story_chart.locator(".barlayer path").evaluate_all(
        "els => els.map(e => getComputedStyle(e).fill)"
    )
    assert f"rgb({GREY[0]}, {GREY[1]}, {GREY[2]})" in fills, fills
    assert _grey_pixels(story_chart.screenshot()) > 2_000
    assert "event=" + LAO_JUNE in page.url
    assert page.outside_requests == []


def test_choosing_an_event_puts_it_in_the_url(page, server):
    page.goto(f"{server.url}/events")
    wait_for_app(page)
    page.locator('[data-testid="stDataFrame"]').first.wait_for(timeout=60_000)
    page.locator('[data-testid="stSelectbox"]').filter(has_text="Event story").locator(
        "input"
    ).click()
    page.get_by_role("option", name="Regional Exchange Program on Migration Issues").click()
    page.wait_for_url("**event=exchange-2014-chiang-mai**", timeout=60_000)
    wait_for_app(page)
    page.get_by_text("Participants by home country: 24 in all").wait_for(timeout=60_000)
    assert page.locator('[data-testid="stException"]').count() == 0
    assert page.outside_requests == []


def test_outcomes_page_loads_offline(page, server):
    page.set_viewport_size({"width": 1400, "height": 3600})
    page.goto(f"{server.url}/outcomes")
    wait_for_app(page)
    page.locator(".js-plotly-plot").nth(3).wait_for(timeout=60_000)  # type, year, project, chain
    page.get_by_text("5 newsletters", exact=False).first.wait_for(timeout=10_000)
    wait_for_app(page)
    screenshot(page, "outcomes")
    assert page.locator('[data-testid="stException"]').count() == 0
    assert page.locator('[data-testid="stMetricValue"]').first.inner_text().strip() == "15"
    assert page.outside_requests == []


def test_a_story_shows_an_html_title_and_quote_as_text(page, start_server, seed_db_path, tmp_path):
    """The story's title, quote and organisation lines go through markdown; they must read as typed."""
    path = tmp_path / "atlas.duckdb"
    shutil.copy(seed_db_path, path)
    con = duckdb.connect(str(path))
    try:
        con.execute(
            "UPDATE events SET title = $t, source_quote = $t WHERE event_id = $id",
            {"t": HTML_TITLE, "id": LAO_JUNE},
        )
        facts.refresh(con, [LAO_JUNE])  # as every write through atlas.ingest does
    finally:
        con.close()
    server = start_server(path)
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{server.url}/events?event={LAO_JUNE}")
    wait_for_app(page)
    page.get_by_role("heading", name=HTML_TITLE).wait_for(timeout=60_000)
    quote = page.locator("blockquote").filter(has_text=HTML_TITLE)
    quote.wait_for(timeout=60_000)
    assert quote.inner_text().strip() == HTML_TITLE
    page.wait_for_timeout(1_000)
    assert dialogs == []
    assert page.locator('img[src="x"]').count() == 0
    assert page.locator('[data-testid="stException"]').count() == 0
