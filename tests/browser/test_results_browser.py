"""The Results page in a real Chromium: targets against actuals of the seed, and a click on a
target's row lists the records its actual counts, with their sentences."""

from __future__ import annotations

import pytest

from tests.browser.conftest import screenshot, wait_for_app

pytestmark = pytest.mark.browser

ROW = 35  # the data grid's header and row height, in pixels


def test_results_page_shows_four_of_four_and_what_counts(page, server):
    page.goto(f"{server.url}/results")
    wait_for_app(page)
    page.get_by_text("4 targets; 4 reached or passed.").wait_for(timeout=20_000)
    grid = page.locator('[data-testid="stDataFrame"]').first
    grid.wait_for(timeout=20_000)
    page.wait_for_timeout(1_000)
    # The rows are ordered by target id: advocacy paper, country visits, exhibitions, multimedia.
    # A click on the third row's marker (left edge) selects the exhibitions.
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 12, box["y"] + ROW + 2 * ROW + ROW / 2)
    page.get_by_text("Talks and exhibitions in Bangkok, Yangon and Phnom Penh").last.wait_for(
        timeout=20_000
    )
    page.get_by_text("against a target of 3").wait_for(timeout=20_000)
    wait_for_app(page)
    page.wait_for_timeout(1_000)
    screenshot(page, "results")
    assert page.locator('[data-testid="stDataFrame"]').count() == 2  # the targets, then what counts
    assert page.locator('[data-testid="stException"]').count() == 0
    assert page.outside_requests == []
