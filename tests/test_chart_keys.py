"""Every chart the app draws has a key of its own (shell.chart): two charts never share a key, on a
page or across pages, and a page that draws charts cannot be added without being checked here."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
# Each page that draws charts, with the URL that makes it draw all of them (the Events page
# draws the timeline, and with an event in the URL that event's participants too).
PAGES = {
    "app_pages/overview.py": {},
    "app_pages/countries.py": {},
    "app_pages/outcomes.py": {},
    "app_pages/funders.py": {},
    "app_pages/events.py": {"event": "ilo-consultation-lao-2009-06"},
}
EXPECTED = {
    "app_pages/overview.py": [
        "overview_events_per_year",
        "overview_participants_bars",
        "overview_outcomes_by_type",
    ],
    "app_pages/countries.py": [
        "countries_map",
        "countries_host_bars",
        "countries_home_bars",
        "countries_flows_matrix",
    ],
    "app_pages/outcomes.py": [
        "outcomes_by_type",
        "outcomes_per_year",
        "outcomes_by_project",
        "outcomes_chain",
    ],
    "app_pages/funders.py": ["funders_participants_bars"],
    "app_pages/events.py": ["events_story_participants", "events_timeline"],
}


def chart_keys(script: str, url: dict[str, str]) -> list[str]:
    """The keys of the charts `script` draws on the seed, in page order."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    for key, value in url.items():
        at.query_params[key] = value
    at.switch_page(script)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    # An element id is "$$ID-<hash>-<key>", "None" when a chart has no key.
    return [el.proto.id.split("-", 2)[2] for el in at.get("plotly_chart")]


def test_every_page_that_draws_charts_is_checked():
    drawing = {
        f"app_pages/{p.name}"
        for p in (ROOT / "app_pages").glob("*.py")
        if "shell.chart(" in p.read_text(encoding="utf-8")
    }
    assert drawing == set(PAGES)


def test_every_chart_has_its_own_key(seed_db_path):
    seen: dict[str, str] = {}
    for script, url in PAGES.items():
        keys = chart_keys(script, url)
        assert keys == EXPECTED[script], script
        assert len(set(keys)) == len(keys)
        for key in keys:  # one key per chart and page: none is used on two pages either
            assert seen.setdefault(key, script) == script, (key, script, seen[key])


def test_every_chart_carries_the_apps_own_look_and_plain_numbers():
    """Charts are drawn with theme=None and carry their look themselves (atlas.charts.style.
    own_look): the app's font and palette, the theme's white background, grey axis text and
    hover label, the title in bold; no template (one would be a new object on every pass and
    recompute the chart), numbers as plain lists (base64 arrays come back as new typed arrays)
    and a data revision."""
    import json

    from atlas.charts.style import FONT, PALETTE

    for script, url in PAGES.items():
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
        for key, value in url.items():
            at.query_params[key] = value
        at.switch_page(script)
        at.run()
        assert not at.exception, [e.value for e in at.exception]
        for el in at.get("plotly_chart"):
            assert el.proto.theme == "", script
            fig = json.loads(el.proto.spec)
            layout = fig["layout"]
            assert layout["template"] is None, script
            assert layout["font"]["family"] == FONT["family"], script
            assert layout["font"]["color"] == "#808495", script
            assert layout["colorway"] == PALETTE, script
            assert layout["paper_bgcolor"] == "#FFFFFF", script
            assert layout["hoverlabel"]["bgcolor"] == "#FFFFFF", script
            assert layout["title"]["text"].startswith("<b>"), script
            assert layout["datarevision"], script
            assert "bdata" not in el.proto.spec, script
