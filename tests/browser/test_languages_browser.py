"""The Overview in Khmer and Burmese in a real Chromium: drawn with the Noto fonts the app serves
(static/fonts/, declared in .streamlit/config.toml), offline, and reproduced by `?lang=`."""

import pytest

from tests.browser.conftest import screenshot, wait_for_app

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    ("lang", "family", "sample", "title"),
    [
        ("km", "Noto Sans Khmer", "ខ្មែរ", "ទិដ្ឋភាពទូទៅ"),
        ("my", "Noto Sans Myanmar", "မြန်မာ", "ခြုံငုံသုံးသပ်ချက်"),
    ],
)
def test_overview_is_drawn_with_the_served_font(page, server, lang, family, sample, title):
    page.goto(f"{server.url}/?lang={lang}")
    wait_for_app(page)
    page.get_by_role("heading", name=title).first.wait_for(timeout=20_000)
    page.locator(".js-plotly-plot").first.wait_for(timeout=20_000)
    page.evaluate("document.fonts.ready")
    page.wait_for_timeout(500)
    loaded = page.evaluate(
        """([family]) => [...document.fonts].filter(f => f.family.replace(/"/g, '') === family && f.status === 'loaded').length""",
        [family],
    )
    assert loaded >= 1  # the page's text made the browser fetch and use the served font
    assert page.evaluate(f"""document.fonts.check('16px "{family}"', '{sample}')""")
    screenshot(page, f"overview-{lang}")
    assert f"lang={lang}" in page.url  # the link reproduces the view
    assert page.outside_requests == []
    assert any(f"/app/static/fonts/{family.replace(' ', '')}" in url for url in page.all_requests)


@pytest.mark.parametrize(("lang", "title"), [("km", "លទ្ធផល"), ("my", "ရလဒ်များ")])
def test_outcomes_page_in_khmer_and_burmese_for_a_person_to_look_at(page, server, lang, title):
    """A page beside the Overview, with its charts' footnotes under the x-axis titles."""
    page.goto(f"{server.url}/outcomes?lang={lang}")
    wait_for_app(page)
    page.get_by_role("heading", name=title).first.wait_for(timeout=20_000)
    page.locator(".js-plotly-plot").nth(1).wait_for(timeout=20_000)
    page.evaluate("document.fonts.ready")
    page.wait_for_timeout(800)
    screenshot(page, f"outcomes-{lang}")
    assert page.outside_requests == []
