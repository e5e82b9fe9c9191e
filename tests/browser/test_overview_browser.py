"""The Overview in a real Chromium against a real server, with the outside world blocked."""

import pytest

from tests.browser.conftest import screenshot, wait_for_app

pytestmark = pytest.mark.browser


def test_overview_loads_offline_with_seed_figures(page, server):
    page.goto(server.url)
    wait_for_app(page)
    page.get_by_text("Participants by home country").first.wait_for(timeout=20_000)
    screenshot(page, "overview")
    assert page.locator('[data-testid="stException"]').count() == 0
    metrics = page.locator('[data-testid="stMetric"]')
    values = {
        metrics.nth(i).locator('[data-testid="stMetricLabel"]').inner_text().strip(): metrics.nth(i)
        .locator('[data-testid="stMetricValue"]')
        .inner_text()
        .strip()
        for i in range(metrics.count())
    }
    assert values["Events"] == "17"
    assert values["Participants"] == "292"
    assert page.outside_requests == []
    assert any("127.0.0.1" in url for url in page.all_requests)
