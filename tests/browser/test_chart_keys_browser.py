"""Charts with their keys and data revisions (shell.chart, style.own_look), in a real
Chromium on the seed: after each filter change the participants' bars show the numbers of the
new filter (the same figure AppTest gets for that filter in the URL), also when a filter comes
back to a state drawn before; a click on a bar still narrows the country filter."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.browser.conftest import wait_for_app
from tests.browser.test_pages_browser import wait_for_charts

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]


def expected_figures(script: str, types: list[str]) -> list[dict]:
    """The figures `script` draws with these event types in the URL (none: every type)."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    if types:
        at.query_params["type"] = ",".join(types)  # as the app writes a list to the URL
    at.switch_page(script)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return [json.loads(el.proto.spec) for el in at.get("plotly_chart")]


def drawn_bars(page, chart: int) -> tuple[list[str], list[str]]:
    """The `chart`-th chart's bar labels (numbers) in data order and its y tick labels bottom up."""
    the_chart = page.locator('[data-testid="stPlotlyChart"]').nth(chart)
    texts = the_chart.locator(".bars .point .bartext").evaluate_all(
        "ts => ts.map(t => t.textContent)"
    )
    ticks = the_chart.locator(".yaxislayer-above .ytick text").evaluate_all(
        "ts => ts.map(t => t.textContent)"
    )
    return texts, ticks


def figure_bars(fig: dict) -> tuple[list[str], list[str]]:
    bar = fig["data"][0]
    return [t.replace("<br>", "") for t in bar["text"]], [y.replace("<br>", "") for y in bar["y"]]


def types_box(page):
    return page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').filter(
        has_text="Event types"
    )


def add_type(page, label: str) -> None:
    box = types_box(page)
    box.locator("input").click()
    box.locator("input").fill(label)
    page.get_by_role("option", name=label, exact=True).click()
    page.keyboard.press("Escape")


def remove_type(page, label: str) -> None:
    types_box(page).locator(f'button[aria-label="Remove {label}"]').click()


def settled_on(page, types: list[str]) -> None:
    """Wait until the URL holds exactly `types` and the rerun for them has drawn its charts."""
    page.wait_for_function(
        "(want) => { const got = (new URL(location.href).searchParams.get('type') || '').split(',');"
        " return got.length === want.length && want.every(t => got.includes(t)); }",
        arg=types,
        timeout=20_000,
    )
    wait_for_charts(page, at_least=3)


def test_a_filter_change_redraws_the_overview_bars_with_the_new_numbers(page, server):
    page.goto(f"{server.url}/")
    wait_for_charts(page, at_least=3)
    everything = figure_bars(expected_figures("app_pages/overview.py", [])[1])
    assert drawn_bars(page, 1)[0] == everything[0]

    steps = [
        (lambda: add_type(page, "Consultation"), ["consultation"]),
        (lambda: add_type(page, "Seminar"), ["consultation", "seminar"]),
        (lambda: remove_type(page, "Consultation"), ["seminar"]),
        # Back to a state drawn before: its figure (and element) again, not the last one's.
        (lambda: (remove_type(page, "Seminar"), add_type(page, "Consultation")), ["consultation"]),
    ]
    seen = [everything]
    for act, types in steps:
        act()
        settled_on(page, types)
        want = figure_bars(expected_figures("app_pages/overview.py", types)[1])
        texts, ticks = drawn_bars(page, 1)
        assert texts == want[0], types
        assert sorted(ticks) == sorted(want[1]), types
        seen.append(want)
    # The states differ, so each check above could have caught a stale chart.
    assert len({tuple(s[0]) for s in seen[:4]}) == 4
    assert page.locator('[data-testid="stException"]').count() == 0
    assert page.outside_requests == []


def test_a_click_on_a_bar_still_narrows_the_country_filter(page, server):
    page.goto(f"{server.url}/countries")
    wait_for_charts(page, at_least=4)
    bars = expected_figures("app_pages/countries.py", [])[2]["data"][0]
    first = bars["y"][0].replace("<br>", " ")
    home_bars = page.locator('[data-testid="stPlotlyChart"]').nth(2)
    home_bars.locator(".bars .point path").first.click(force=True)
    page.wait_for_url("**country=**", timeout=20_000)
    wait_for_app(page)
    page.get_by_text(f"Filtered to: {first}").wait_for(timeout=20_000)
    assert page.locator('[data-testid="stException"]').count() == 0


def test_a_filter_change_computes_each_changed_chart_once_with_the_new_numbers(page, server):
    """Each chart the change touches is computed once (plotly's `gd.calcdata` set once per full
    computation, bench/draw_count.py); Streamlit's theme pass used to compute it a second time."""
    from bench.draw_count import COUNTER

    page.context.add_init_script(COUNTER)
    page.goto(f"{server.url}/")
    wait_for_charts(page, at_least=3)
    for act, types in [
        (lambda: add_type(page, "Consultation"), ["consultation"]),
        (lambda: add_type(page, "Seminar"), ["consultation", "seminar"]),
    ]:
        page.evaluate("() => { window.__calc = {}; }")
        act()
        settled_on(page, types)
        page.wait_for_timeout(1500)  # a second computation would come after the mount
        computed = page.evaluate("() => window.__calc")
        # at least the two bar charts change with the types (the outcomes chart may not)
        assert len(computed) >= 2, computed
        assert set(computed.values()) == {1}, computed
        want = figure_bars(expected_figures("app_pages/overview.py", types)[1])
        assert drawn_bars(page, 1)[0] == want[0], types
    assert page.locator('[data-testid="stException"]').count() == 0
    assert page.outside_requests == []
