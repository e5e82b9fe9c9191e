"""Every page in a real Chromium against a real `streamlit run` server, outside hosts blocked.

The pages are read from PAGES in app.py, so a new page is covered without touching this file:
each loads with no exception and no request leaving this machine, and leaves a screenshot in
tests/screenshots/<page>.png. Then what only a browser shows: the maps drawn from the shipped
topology, a filter or a map click written to the URL and reproduced by a new browser, and an
HTML title shown as text with no script run.
"""

from __future__ import annotations

import ast
import io
import shutil
from pathlib import Path
from urllib.parse import urlparse

import duckdb
import pytest
from PIL import Image

from atlas import charts, facts
from tests.browser.conftest import LOCAL_HOSTS, ROOT, SCREENSHOTS, wait_for_app

pytestmark = pytest.mark.browser

XSS_TITLE = "<img src=x onerror=alert(1)>"


def app_pages() -> list[tuple[str, str]]:
    """(url path, title) of every st.Page(...) app.py registers, in PAGES or appended to it
    (Manage, where the app may write); "" for the default page."""
    tree = ast.parse((ROOT / "app.py").read_text(encoding="utf-8"))
    calls = sorted(
        (
            node
            for node in ast.walk(tree)
            if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "Page"
        ),
        key=lambda node: node.lineno,
    )
    pages = []
    for call in calls:
        # title=_("Overview"): the English title is the message inside _()
        kwargs = {
            k.arg: ast.literal_eval(k.value.args[0] if isinstance(k.value, ast.Call) else k.value)
            for k in call.keywords
        }
        path = ast.literal_eval(call.args[0])
        url_path = "" if kwargs.get("default") else kwargs.get("url_path", Path(path).stem)
        pages.append((url_path, kwargs.get("title", Path(path).stem)))
    return pages


PAGES = app_pages()


def guard(context, outside: list[str]) -> None:
    """Block and record every request from `context` to a host other than this machine."""

    def route(r):
        host = urlparse(r.request.url).hostname or ""
        if r.request.url.startswith(("data:", "blob:")) or host in LOCAL_HOSTS:
            r.continue_()
        else:
            outside.append(r.request.url)
            r.abort()

    context.route("**/*", route)


def wait_for_charts(page, at_least: int = 0, timeout: float = 30_000) -> None:
    """Wait until the script has settled and every plotly chart on the page (at least
    `at_least` of them) has drawn its SVG; a map, once its land is in (the topology loaded)."""
    wait_for_app(page)
    page.wait_for_timeout(1_000)  # the status widget shows only after a moment: look again
    wait_for_app(page)
    page.wait_for_function(
        """(n) => {
            const charts = [...document.querySelectorAll('[data-testid="stPlotlyChart"]')];
            return charts.length >= n && charts.every(c => c.querySelector('.main-svg') &&
                (!c.querySelector('.geo') || c.querySelector('.geo .layer.land path')));
        }""",
        arg=at_least,
        timeout=timeout,
    )
    # Chart and table components load lazily: wait until what is drawn stops changing.
    drawn = (
        "() => document.querySelectorAll('.main-svg, [data-testid=\"stDataFrame\"] canvas').length"
    )
    previous, stable = -1, 0
    for _ in range(30):
        page.wait_for_timeout(1_000)
        now = page.evaluate(drawn)
        stable, previous = (stable + 1, now) if now == previous else (0, now)
        if stable == 3:
            break


def whole_page_screenshot(page, name: str) -> Path:
    """Screenshot of the whole page: Streamlit scrolls inside its main section, so the viewport
    is made as tall as that content first."""
    for _ in range(2):  # charts re-lay themselves out after a resize, which can change the height
        height = page.evaluate(
            "() => document.querySelector('[data-testid=\"stMain\"]').scrollHeight"
        )
        page.set_viewport_size({"width": 1400, "height": max(1000, int(height) + 40)})
        page.wait_for_timeout(700)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path))
    return path


def metric_values(page) -> dict[str, str]:
    metrics = page.locator('[data-testid="stMetric"]')
    return {
        metrics.nth(i).locator('[data-testid="stMetricLabel"]').inner_text().strip(): metrics.nth(i)
        .locator('[data-testid="stMetricValue"]')
        .inner_text()
        .strip()
        for i in range(metrics.count())
    }


def coloured_share(png: bytes) -> tuple[float, float]:
    """(share of pixels that are not white, share in the "named, no count" orange)."""
    image = Image.open(io.BytesIO(png)).convert("RGB")
    orange = tuple(int(charts.NAMED_NO_COUNT[i : i + 2], 16) for i in (1, 3, 5))
    counts = image.getcolors(image.width * image.height)
    total = image.width * image.height
    not_white = sum(n for n, colour in counts if min(colour) < 250)  # the land is #F2F2F2
    in_orange = sum(
        n
        for n, colour in counts
        if all(abs(a - b) <= 12 for a, b in zip(colour, orange, strict=True))
    )
    return not_white / total, in_orange / total


def test_app_py_lists_the_pages_this_file_checks():
    paths = [p for p, _ in PAGES]
    assert paths[0] == "" and {"countries", "funders"} <= set(paths)


@pytest.mark.parametrize("url_path", [p for p, _ in PAGES], ids=[p or "overview" for p, _ in PAGES])
def test_every_page_loads_offline_without_an_exception(page, server, url_path):
    page.goto(f"{server.url}/{url_path}")
    wait_for_charts(page)
    whole_page_screenshot(page, url_path or "overview")
    assert page.locator('[data-testid="stException"]').count() == 0
    assert page.outside_requests == []
    assert any(urlparse(u).hostname == "127.0.0.1" for u in page.all_requests)


def test_maps_are_drawn_from_the_shipped_topology(page, server, browser):
    page.goto(f"{server.url}/countries")
    wait_for_charts(page, at_least=4)
    topology = [u for u in page.all_requests if u.endswith(".json") and "world_" in u]
    assert topology and all(u.startswith(f"{server.url}/app/static/world_") for u in topology), (
        topology
    )
    home_map = page.locator('[data-testid="stPlotlyChart"]').filter(has=page.locator(".geo")).first
    drawn, orange = coloured_share(home_map.screenshot())
    print(f"map pixels: {drawn:.1%} not white, {orange:.1%} orange")
    # The land, borders and coloured countries fill the map: Myanmar and Thailand are orange
    # ("named, no count"), Cambodia and Lao PDR in the participants' blues.
    assert drawn > 0.20, drawn
    assert orange > 0.01, orange
    assert page.outside_requests == []

    # The same page with the topology withheld draws no land: the pixel check can tell.
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    outside: list[str] = []
    guard(context, outside)
    context.route("**/app/static/world_*", lambda r: r.abort())
    blank = context.new_page()
    blank.goto(f"{server.url}/countries")
    wait_for_app(blank)
    blank.get_by_text("Participants by home country").first.wait_for(timeout=20_000)
    blank.wait_for_timeout(2_000)
    empty_map = blank.locator('[data-testid="stPlotlyChart"]').first
    withheld = coloured_share(empty_map.screenshot())[0]
    print(f"map pixels with the topology withheld: {withheld:.1%} not white")
    assert withheld < drawn / 2
    context.close()


def green_share(png: bytes) -> float:
    """Share of pixels in the events' green (PALETTE[2]) or its tints."""
    image = Image.open(io.BytesIO(png)).convert("RGB")
    return sum(
        n
        for n, (r, g, b) in image.getcolors(image.width * image.height)
        if g > r + 40 and g > b + 10  # greens from #009E73 to its light tint
    ) / (image.width * image.height)


def test_the_one_map_switches_to_host_countries_in_the_browser(page, server):
    """Home countries first (Myanmar and Thailand orange, no green); the "Host countries" button
    redraws the same map with the events' greens and its own sentence, with no message from the
    server (no rerun)."""
    frames: list[object] = []
    page.on("websocket", lambda ws: ws.on("framereceived", lambda frame: frames.append(frame)))
    page.goto(f"{server.url}/countries")
    wait_for_charts(page, at_least=4)
    the_map = page.locator('[data-testid="stPlotlyChart"]').filter(has=page.locator(".geo"))
    assert the_map.count() == 1
    before = the_map.screenshot()
    assert coloured_share(before)[1] > 0.01 and green_share(before) < 0.001
    received = len(frames)
    the_map.locator("g.updatemenu-button").filter(has_text="Host countries").click()
    the_map.get_by_text("Map: Events by host country").wait_for(timeout=10_000)
    the_map.get_by_text("6 events whose report names no place").wait_for(timeout=10_000)
    page.wait_for_timeout(500)
    after = the_map.screenshot()
    print(
        f"map pixels: {green_share(after):.1%} green for hosts, {coloured_share(after)[1]:.1%} orange"
    )
    assert green_share(after) > 0.01
    assert coloured_share(after)[1] < 0.001  # no "named, no count" orange in the events' view
    assert len(frames) == received
    assert page.outside_requests == []


def test_a_filter_goes_into_the_url_and_a_new_browser_reproduces_the_figures(page, server, browser):
    page.goto(f"{server.url}/countries")
    wait_for_app(page)
    countries = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').filter(
        has_text="Countries"
    )
    countries.locator("input").click()
    countries.locator("input").fill("Lao")
    page.get_by_role("option", name="Lao PDR").click()
    page.wait_for_url("**country=LAO**", timeout=20_000)
    page.get_by_text("Filtered to: Lao PDR").wait_for(timeout=20_000)  # the run for the new filter
    wait_for_charts(page, at_least=4)
    figures = metric_values(page)
    assert figures["Counted by country"] == "7"
    assert figures["Not broken down"] == "22"

    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    outside: list[str] = []
    guard(context, outside)
    fresh = context.new_page()
    fresh.goto(page.url)
    fresh.get_by_text("Filtered to: Lao PDR").wait_for(timeout=20_000)
    wait_for_charts(fresh, at_least=4)
    assert metric_values(fresh) == figures
    assert outside == [] and page.outside_requests == []
    context.close()


def test_clicking_a_country_on_the_map_narrows_the_page_and_the_url(page, server):
    page.goto(f"{server.url}/countries")
    wait_for_charts(page, at_least=4)
    home_map = page.locator('[data-testid="stPlotlyChart"]').filter(has=page.locator(".geo")).first
    # The first trace's first country is Cambodia, the country with the most stated participants.
    home_map.locator("path.choroplethlocation").first.click(force=True)
    page.wait_for_url("**country=KHM**", timeout=20_000)
    wait_for_app(page)
    page.get_by_role("button", name="Show all countries").wait_for(timeout=20_000)
    assert metric_values(page)["Counted by country"] == "22"
    assert page.locator('[data-testid="stException"]').count() == 0
    assert page.outside_requests == []


@pytest.fixture(scope="module")
def xss_server(start_server, seed_db_path: Path, tmp_path_factory: pytest.TempPathFactory):
    """The app on a copy of the seed with one more event, the latest, titled with HTML."""
    path = tmp_path_factory.mktemp("xss") / "atlas.duckdb"
    shutil.copy(seed_db_path, path)
    con = duckdb.connect(str(path))
    try:
        con.execute(
            "INSERT INTO events (event_id, title, event_type, start_date, date_precision, country_iso3, "
            "participants_total, source_id, source_quote) VALUES "
            "('xss-test', $title, 'workshop', DATE '2020-01-01', 'day', 'THA', 5, 'report-000', $title)",
            {"title": XSS_TITLE},
        )
        facts.refresh(con, ["xss-test"])  # as every write through atlas.ingest does
    finally:
        con.close()
    return start_server(path)


@pytest.mark.parametrize(
    "url_path",
    [p for p in ("", "events") if p in {q for q, _ in PAGES}],
    ids=lambda p: p or "overview",
)
def test_an_html_title_is_shown_as_text_and_runs_nothing(page, xss_server, url_path):
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{xss_server.url}/{url_path}")
    wait_for_app(page)
    # The latest-events table is drawn on a canvas; its cells are also in the DOM (hidden, for
    # screen readers), where the title must be text, not an <img> element.
    shown = page.get_by_text(XSS_TITLE, exact=True).first
    shown.wait_for(state="attached", timeout=20_000)
    assert shown.text_content() == XSS_TITLE
    page.wait_for_timeout(1_000)
    assert dialogs == []
    assert page.locator('img[src="x"]').count() == 0
    assert page.locator('[data-testid="stException"]').count() == 0
    assert page.outside_requests == []
