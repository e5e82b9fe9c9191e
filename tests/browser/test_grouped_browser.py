"""A network with more countries than a chart names, in a real Chromium: the Countries page draws
its bars and flow matrix with the 8 countries with the most participants and one group for the
others, says so, and its toggle draws every country, offline and without an exception."""

from __future__ import annotations

from pathlib import Path

import pytest

from atlas import synth
from tests.browser.conftest import screenshot
from tests.browser.test_pages_browser import wait_for_charts

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def many_countries_server(start_server, tmp_path_factory: pytest.TempPathFactory):
    path = synth.build(1500, 2, tmp_path_factory.mktemp("grouped-browser") / "synth.duckdb")
    return start_server(Path(path))


def bar_labels(page, chart: int) -> list[str]:
    """The category labels of the `chart`-th chart's y axis, top to bottom as drawn."""
    return (
        page.locator('[data-testid="stPlotlyChart"]')
        .nth(chart)
        .locator(".yaxislayer-above .ytick text")
        .evaluate_all("texts => texts.map(t => t.textContent)")
    )


def chart_text(page, chart: int) -> str:
    """Every text the `chart`-th chart draws (SVG text has no innerText)."""
    return page.locator('[data-testid="stPlotlyChart"]').nth(chart).evaluate("c => c.textContent")


def test_countries_page_groups_the_other_countries_and_the_toggle_shows_them(
    page, many_countries_server
):
    page.goto(f"{many_countries_server.url}/countries")
    wait_for_charts(page, at_least=4)
    labels = bar_labels(page, 2)  # the participants' bars under the map and the host bars
    assert len(labels) == 10  # 8 countries, the group, "not broken down"
    assert any(label.endswith("other countries") for label in labels), labels
    assert "other home countries" in chart_text(page, 3)
    assert page.get_by_text("name the 8 countries with the most participants").count() == 1
    screenshot(page, "countries-grouped")

    page.get_by_text("Show every country in the bars and the matrix").click()
    page.wait_for_function(
        """() => document.querySelectorAll('[data-testid="stPlotlyChart"]')[2]
             ?.querySelectorAll('.yaxislayer-above .ytick text').length > 10""",
        timeout=30_000,
    )
    wait_for_charts(page, at_least=4)
    labels = bar_labels(page, 2)
    assert not any("other countries" in label for label in labels), labels
    assert "other home countries" not in chart_text(page, 3)
    assert page.get_by_text("name the 8 countries with the most participants").count() == 0
    assert page.locator('[data-testid="stException"]').count() == 0
    assert page.outside_requests == []
    screenshot(page, "countries-every-country")
