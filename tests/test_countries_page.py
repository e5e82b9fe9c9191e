"""The Countries page: its named queries on the seed, the map, bar and flow-matrix builders, the
shipped world map, and the page itself under AppTest (no filter, a narrow filter, a filter
matching nothing, clearing the country from the page)."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from atlas import charts, maps, queries
from atlas.access import Scope
from atlas.charts import country_maps
from atlas.filters import Filters
from tests.conftest import ROOT
from tools import make_world_map

ALL = Filters().sql_params()
LAO = Filters(countries=("LAO",)).sql_params()


# --- queries --------------------------------------------------------------------------------


def test_hosts_count_every_event_once_with_the_unplaced_ones_in_their_own_row(seed_con):
    hosts = queries.run("countries/hosts", scope=Scope.everything(), **ALL)
    assert hosts["events"].sum() == 17
    by_code = hosts.set_index(hosts["country_iso3"].fillna("none"))
    assert (
        by_code.loc["THA", "events"] == 6
    )  # exchange, anniversary, visit, exhibition, two seminars
    assert by_code.loc["THA", "participants"] == 24 + 42 + 71 + 75
    assert by_code.loc["THA", "events_without_count"] == 2
    assert (
        by_code.loc["KHM", "events"],
        by_code.loc["MMR", "events"],
        by_code.loc["JPN", "events"],
    ) == (2, 2, 1)
    assert by_code.loc["none", "events"] == 6  # the consultations, youth workshops and trainings
    assert by_code.loc["none", "participants"] == 29 + 51
    assert list(hosts["country_iso3"].iloc[-1:].isna()) == [True]  # "place not stated" comes last


def _flows(params: dict) -> pd.DataFrame:
    flows = queries.run("countries/flows", scope=Scope.everything(), **params)
    flows["pair"] = [
        f"{h if isinstance(h, str) else '-'}>{t if isinstance(t, str) else '?'}"
        for h, t in zip(flows["home_iso3"], flows["host_iso3"], strict=True)
    ]
    return flows.set_index("pair")


def test_flows_keep_stated_counts_named_countries_and_the_remainder_per_host(seed_con):
    flows = _flows(ALL)
    assert flows.loc["KHM>?", "participants"] == 22  # July 2009 consultation, no place named
    assert flows.loc["LAO>?", "participants"] == 7  # June 2009 consultation
    assert flows.loc["LAO>?", "events_without_count"] == 3  # two youth workshops, the trainings
    for pair in ("MMR>THA", "THA>THA", "KHM>THA"):  # the 2014 exchange: named, no split
        assert pd.isna(flows.loc[pair, "participants"]), pair
        assert flows.loc[pair, "events_without_count"] == 1
    assert flows.loc["->THA", "participants"] == 212
    assert flows.loc["->?", "participants"] == 22 + 29
    remainder = flows[flows["home_iso3"].isna()]["participants"].sum()
    stated = flows[flows["home_iso3"].notna()]["participants"].sum()
    assert (stated, remainder, stated + remainder) == (29, 263, 292)


def test_flows_for_lao_pdr_show_its_7_and_the_22_not_broken_down(seed_con):
    flows = _flows(LAO)
    assert set(flows.index) == {"LAO>?", "->?"}
    assert flows.loc["LAO>?", "participants"] == 7
    assert flows.loc["->?", "participants"] == 22


def test_events_list_the_june_2009_consultation_with_its_7_and_22(seed_con):
    rows = queries.run("countries/events", scope=Scope.everything(), limit=50, **LAO).set_index(
        "event_id"
    )
    assert len(rows) == 4
    june = rows.loc["ilo-consultation-lao-2009-06"]
    assert [dict(o) for o in june["origins"]] == [{"country": "Lao PDR", "participants": 7}]
    assert (june["participants_total"], june["stated"], june["not_broken_down"]) == (29, 7, 22)
    assert pd.isna(june["host"])
    assert "29 participants (7 from Lao PDR)" in june["source_quote"]


# --- the shipped map and the chart builders -------------------------------------------------


def test_the_map_the_charts_ask_for_is_shipped():
    assert maps.TOPOLOGY == ROOT / "static" / f"world_{maps.RESOLUTION}m.json"
    assert maps.TOPOLOGY.is_file()
    for code in ("LAO", "KHM", "MMR", "THA", "VNM", "CHN", "JPN", "SGP", "HKG"):
        assert maps.on_map(code), code
    assert not maps.on_map("GIB")


def test_the_shipped_map_is_what_the_tool_makes_from_natural_earth():
    """static/world_50m.json is tools/make_world_map.py's output, byte for byte: the land and
    countries of the source, every country with its id, a fifth of the points or fewer."""
    shipped_text = maps.TOPOLOGY.read_text(encoding="utf-8")
    assert shipped_text == make_world_map.build()
    shipped = json.loads(shipped_text)
    source = json.loads(make_world_map.SOURCE.read_text(encoding="utf-8"))
    assert set(shipped["objects"]) == {"countries", "land"}
    ids = [g.get("id") for g in shipped["objects"]["countries"]["geometries"]]
    assert ids == [g.get("id") for g in source["objects"]["countries"]["geometries"]]
    assert len(ids) == 241 and "SGP" in ids and "MDV" in ids and "HKG" in ids
    assert shipped["transform"] == source["transform"]
    points = sum(len(arc) for arc in shipped["arcs"])
    assert points * 5 < sum(len(arc) for arc in source["arcs"]), points


def test_a_single_country_is_framed_with_its_neighbours():
    view = maps.frame(["LAO"])
    lon, lat = view["lon"], view["lat"]
    assert lon[0] < 100.1 and lon[1] > 107.7 and lat[0] < 13.9 and lat[1] > 22.5  # all of Lao PDR
    assert lon[1] - lon[0] >= 30  # and Thailand, Viet Nam, Cambodia around it
    assert maps.frame(["GIB"]) is None


def _by_country() -> pd.DataFrame:
    return queries.run("participation/by_country", scope=Scope.everything(), **ALL)


def test_participants_map_colours_counts_and_marks_named_countries_without_inventing_numbers(
    seed_con,
):
    fig = charts.participants_map(_by_country(), not_broken_down=263)
    counted, ring, named = fig.data
    assert list(counted.locations) == ["KHM", "LAO"] and list(counted.z) == [22, 7]
    assert list(ring.locations) == ["KHM", "LAO"]  # also named elsewhere without a count
    assert named.name == charts.NAMED_NO_COUNT_LABEL
    assert sorted(named.locations) == ["MMR", "THA"]
    assert named.colorscale[0][1] == named.colorscale[-1][1] == charts.NAMED_NO_COUNT
    assert fig.layout.geo.resolution == maps.REGION_RESOLUTION  # the seed lies in the region
    assert (
        "263 participants whose home country the reports do not break down"
        in fig.layout.annotations[0].text.replace("<br>", " ")
    )
    assert list(counted.customdata) == ["KHM", "LAO"]  # clicks read the ISO code


def test_participants_map_names_a_country_too_small_to_draw():
    df = pd.DataFrame(
        {
            "country_iso3": ["GIB"],
            "country": ["Gibraltar"],
            "participants": [3],
            "events": [1],
            "events_without_count": [0],
        }
    )
    fig = charts.participants_map(df)
    assert "Too small for this map: Gibraltar" in fig.layout.annotations[0].text
    assert charts.participants_map(df.iloc[0:0]) is None


@pytest.mark.parametrize("lang", ["en", "th"])
def test_a_long_note_under_a_map_is_wrapped_between_words_never_inside_one(lang, monkeypatch):
    """The map sits in half the page: a note of 80-odd characters was cut off at its edge. It is
    wrapped between words at 64 characters; a script without spaces keeps its line whole."""
    df = pd.DataFrame(
        {
            "country_iso3": ["THA"],
            "country": ["Thailand"],
            "participants": [30],
            "events": [1],
            "events_without_count": [0],
        }
    )
    fig = charts.participants_map(df, not_broken_down=88855, at_least=True, lang=lang)
    lines = fig.layout.annotations[0].text.split("<br>")
    monkeypatch.setattr(country_maps, "NOTE_WIDTH", 10_000)
    unwrapped = charts.participants_map(df, not_broken_down=88855, at_least=True, lang=lang)
    (whole,) = unwrapped.layout.annotations[0].text.split("<br>")
    assert " ".join(lines) == whole  # broken only where a space was
    assert all(len(line) <= 64 or " " not in line for line in lines)
    if lang == "en":
        assert lines == [
            "Not on the map: at least 88,855 participants whose home country",
            "the reports do not break down.",
        ]
    assert fig.layout.margin.b == 20 + 18 * len(lines)


def test_events_map_and_bars_count_unplaced_events_apart(seed_con):
    hosts = queries.run("countries/hosts", scope=Scope.everything(), **ALL)
    fig = charts.events_map(hosts)
    assert dict(zip(fig.data[0].locations, fig.data[0].z, strict=True)) == {
        "THA": 6,
        "KHM": 2,
        "MMR": 2,
        "JPN": 1,
    }
    assert "6 events whose report names no place" in fig.layout.annotations[0].text
    bars = charts.events_by_host(hosts).data[0]
    assert list(bars.y) == [
        "Thailand",
        "Cambodia",
        "Myanmar",
        "Japan",
        charts.HOST_NOT_STATED_LABEL,
    ]
    assert list(bars.x) == [6, 2, 2, 1, 6]
    assert list(bars.marker.color)[-1] == charts.NOT_BROKEN_DOWN
    assert list(bars.customdata) == ["THA", "KHM", "MMR", "JPN", ""]


def test_events_map_with_only_unplaced_events_still_says_how_many(seed_con):
    hosts = queries.run("countries/hosts", scope=Scope.everything(), **LAO)
    fig = charts.events_map(hosts)
    assert "4 events whose report names no place" in fig.layout.annotations[0].text
    assert charts.events_map(hosts.iloc[0:0]) is None


def test_one_map_shows_home_countries_first_and_host_countries_at_a_button(seed_con):
    homes = _by_country()
    hosts = queries.run("countries/hosts", scope=Scope.everything(), **ALL)
    fig = charts.country_map(homes, hosts, not_broken_down=263)
    home_view = charts.participants_map(homes, not_broken_down=263)
    host_view = charts.events_map(hosts)
    assert len(fig.data) == len(home_view.data) + len(host_view.data) == 4
    assert [trace.visible for trace in fig.data] == [None, None, None, False]
    assert list(fig.data[0].locations) == ["KHM", "LAO"]  # what a click on it reads first
    assert fig.layout.title.text == "Map: Participants by home country"
    assert "263 participants whose home country" in fig.layout.annotations[0].text
    (menu,) = fig.layout.updatemenus
    home, host = menu.buttons
    assert (home.label, host.label) == ("Home countries", "Host countries")
    assert home.args[0]["visible"] == [True, True, True, False]
    assert host.args[0]["visible"] == [False, False, False, True]
    assert host.args[1]["title.text"] == "<b>Map: Events by host country</b>"
    (note,) = host.args[1]["annotations"]
    assert "6 events whose report names no place" in note["text"]
    shown = dict(zip(fig.data[3].locations, fig.data[3].z, strict=True))
    assert shown == {"THA": 6, "KHM": 2, "MMR": 2, "JPN": 1}
    # The host view is framed on its own countries, Japan included.
    assert list(host.args[1]["geo.lonaxis.range"]) == list(host_view.layout.geo.lonaxis.range)
    assert host.args[1]["geo.lonaxis.range"][1] > 140 > fig.layout.geo.lonaxis.range[1]


def test_one_map_with_only_one_view_is_that_view(seed_con):
    homes = _by_country()
    hosts = queries.run("countries/hosts", scope=Scope.everything(), **ALL)
    only_hosts = charts.country_map(homes.iloc[0:0], hosts)
    assert not only_hosts.layout.updatemenus
    assert only_hosts.layout.title.text == "Map: Events by host country"
    only_homes = charts.country_map(homes, hosts.iloc[0:0])
    assert only_homes.layout.title.text == "Map: Participants by home country"
    assert charts.country_map(homes.iloc[0:0], hosts.iloc[0:0]) is None


def test_flows_matrix_writes_counts_named_cells_and_the_remainder_row(seed_con):
    fig = charts.flows_matrix(queries.run("countries/flows", scope=Scope.everything(), **ALL))
    cells = {}
    (trace,) = fig.data  # one heatmap: each cell's kind is its customdata (its hover's label)
    for i, row in enumerate(trace.y):
        for j, col in enumerate(trace.x):
            if trace.z[i][j] is not None:
                cells[(row, col)] = (trace.customdata[i][j], trace.text[i][j])
    assert cells[("Cambodia", charts.HOST_NOT_STATED_LABEL)] == ("Participants stated", "22")
    assert cells[("Lao PDR", charts.HOST_NOT_STATED_LABEL)][1].startswith("7<br>+ named at 3 more")
    assert cells[("Myanmar", "Thailand")] == (
        charts.NAMED_NO_COUNT_LABEL,
        "named, no count<br>(1 event)",
    )
    assert cells[(charts.NOT_BROKEN_DOWN_LABEL, "Thailand")] == (
        charts.NOT_BROKEN_DOWN_LABEL,
        "212",
    )
    assert cells[(charts.NOT_BROKEN_DOWN_LABEL, charts.HOST_NOT_STATED_LABEL)][1] == "51"
    assert ("Lao PDR", "Thailand") not in cells  # nothing stated, nothing drawn
    assert (
        charts.flows_matrix(
            queries.run("countries/flows", scope=Scope.everything(), **ALL).iloc[0:0]
        )
        is None
    )


def _colour_at(scale, position: float) -> str:
    """The colour a Plotly colour scale gives at `position` (0-1), for scales whose bands are
    single colours or a blend only at the stated counts' band."""
    for (a, colour_a), (b, colour_b) in zip(scale, scale[1:], strict=False):
        if a <= position <= b:
            if colour_a == colour_b or position == a:
                return colour_a
            if position == b:
                return colour_b
            return f"blend of {colour_a} and {colour_b} at {(position - a) / (b - a):.3f}"
    raise AssertionError(position)


def test_flows_matrix_colours_each_kind_as_its_own_scale_did():
    """One heatmap draws the three kinds of cell (one image for the browser, not three), each
    coloured as its own heatmap coloured it: a stated count from the light tint at the smallest
    stated count to sky blue at the largest (Plotly ranged that scale over the counts), a pair
    named without a count orange and the remainder row grey, whatever their numbers."""
    flows = pd.DataFrame(
        {
            "home_iso3": ["KHM", "VNM", "LAO", "MMR", None],
            "home": ["Cambodia", "Viet Nam", "Lao PDR", "Myanmar", None],
            "host_iso3": ["THA"] * 5,
            "host": ["Thailand"] * 5,
            "participants": [40.0, 25.0, 10.0, None, 212.0],
            "events": [2, 1, 1, 1, 3],
            "events_without_count": [0, 0, 0, 1, 0],
            "at_least": [False, False, False, False, True],
        }
    )
    fig = charts.flows_matrix(flows)
    (trace,) = fig.data
    scale = [[pos, colour] for pos, colour in trace.colorscale]
    top = trace.zmax
    assert trace.zmin == 0
    kinds = {row: trace.customdata[i][0] for i, row in enumerate(trace.y)}
    colours = {row: _colour_at(scale, trace.z[i][0] / top) for i, row in enumerate(trace.y)}
    texts = {row: trace.text[i][0] for i, row in enumerate(trace.y)}
    tint, sky = "#D5ECFA", charts.PALETTE[4]  # colour_scale(sky blue): a quarter of it on white
    assert kinds == {
        "Cambodia": "Participants stated",
        "Viet Nam": "Participants stated",
        "Lao PDR": "Participants stated",
        "Myanmar": charts.NAMED_NO_COUNT_LABEL,
        charts.NOT_BROKEN_DOWN_LABEL: charts.NOT_BROKEN_DOWN_LABEL,
    }
    assert colours["Cambodia"] == sky  # the largest stated count: the full colour
    assert colours["Viet Nam"] == f"blend of {tint} and {sky} at 0.500"  # half way from 10 to 40
    assert colours["Lao PDR"] == tint  # the smallest stated count
    assert colours["Myanmar"] == charts.NAMED_NO_COUNT
    assert colours[charts.NOT_BROKEN_DOWN_LABEL] == charts.NOT_BROKEN_DOWN  # 212, yet grey
    assert texts == {
        "Cambodia": "40",
        "Viet Nam": "25",
        "Lao PDR": "10",
        "Myanmar": "named, no count<br>(1 event)",
        charts.NOT_BROKEN_DOWN_LABEL: "at least 212",
    }
    assert trace.hovertemplate == "%{y} → %{x}: %{hovertext}<extra>%{customdata}</extra>"
    hovers = {row: trace.hovertext[i][0] for i, row in enumerate(trace.y)}
    assert hovers["Myanmar"] == "named, no count (1 event)"  # the cell's words on one line
    # Rows in the axis's own order (bottom to top): Plotly looks a hovered cell's text up in the
    # order given, so any other order showed another row's text on hover.
    assert list(trace.y) == list(fig.layout.yaxis.categoryarray)
    assert list(trace.x) == list(fig.layout.xaxis.categoryarray)


# --- the page -------------------------------------------------------------------------------

APP = str(ROOT / "app.py")


def run_page(**query) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in query.items():
        at.query_params[key] = value
    at.switch_page("app_pages/countries.py")
    at.run()
    assert not at.exception, at.exception
    return at


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def test_page_with_no_filter():
    at = run_page()
    assert metrics(at) == {
        "Home countries": "4",
        "Counted by country": "29",
        "Not broken down": "263",
        "Host countries": "4",
        "No place stated": "6",
    }
    assert len(at.dataframe[0].value) == 17


def test_page_for_lao_pdr_shows_the_7_from_the_june_2009_consultation_and_22_not_broken_down():
    at = run_page(country="LAO")
    assert metrics(at)["Counted by country"] == "7"
    assert metrics(at)["Not broken down"] == "22"
    table = at.dataframe[0].value.set_index("Event")
    june = table.loc["Consultation of Thai-Cord members and Lao PDR counterparts"]
    assert (
        june["When"],
        june["Participants"],
        june["From (as stated)"],
        june["Not broken down"],
    ) == ("June 2009", "29", "Lao PDR: 7", "22")
    assert (
        table.loc["Series of trainings for Lao counterparts", "From (as stated)"]
        == "Lao PDR (no count)"
    )


def test_page_with_a_filter_matching_nothing_says_so():
    at = run_page(country="JPN", type="seminar")
    assert not at.metric
    assert any("No event matches these filters" in i.value for i in at.info)


def test_show_all_countries_clears_the_country_filter_and_the_link():
    at = run_page(country="LAO")
    next(b for b in at.main.button if b.label == "Show all countries").click().run()
    assert not at.exception
    assert "country" not in at.query_params
    assert metrics(at)["Counted by country"] == "29"


@pytest.mark.parametrize("query", [{"from": "2014", "to": "2014"}, {"funder": "toyota-foundation"}])
def test_page_with_other_filters_runs(query):
    at = run_page(**query)
    assert at.metric
