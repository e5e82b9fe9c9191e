"""Charts of many countries or projects name the first few and add the others up in one bar, row
or column (atlas.charts.style.split_top, the pages' "Show every ..." toggles): the grouped part
is the exact sum of the parts it stands for, every count a chart shows adds up to the same total
as before, a distinct count is never summed, and the toggle draws every one."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from atlas import charts, db, synth
from atlas.charts.style import split_top, year_step
from atlas.i18n import LANGUAGES

APP = str(Path(__file__).resolve().parent.parent / "app.py")

CODES = ["THA", "MMR", "KHM", "VNM", "LAO", "MYS", "CHN", "IDN", "PHL", "NPL", "KOR", "JPN"]
NAMES = [
    "Thailand",
    "Myanmar",
    "Cambodia",
    "Viet Nam",
    "Lao PDR",
    "Malaysia",
    "China",
    "Indonesia",
    "Philippines",
    "Nepal",
    "South Korea",
    "Japan",
]


def homes() -> pd.DataFrame:
    """Twelve home countries, most participants first as the query orders them; the last two
    named only without a count, and one with a count also named without one."""
    return pd.DataFrame(
        {
            "country_iso3": CODES,
            "country": NAMES,
            "participants": [120, 90, 80, 60, 50, 40, 30, 20, 15, 5, None, None],
            "events": [9, 8, 7, 6, 5, 4, 3, 2, 2, 1, 3, 1],
            "events_without_count": [1, 0, 0, 0, 0, 0, 0, 0, 2, 0, 3, 1],
        }
    )


def test_split_top_never_makes_a_group_of_one():
    assert split_top(list(range(10)), 8) == (list(range(8)), [8, 9])
    assert split_top(list(range(9)), 8) == (list(range(9)), [])
    assert split_top(list(range(12)), None) == (list(range(12)), [])


def test_participants_bars_name_the_top_and_add_up_the_others():
    fig = charts.participants_by_country(homes(), not_broken_down=100, top=8)
    bar = fig.data[0]
    assert list(bar.y) == NAMES[:8] + ["4 other countries", "Not broken down by country"]
    # The group is the sum of the stated counts of Philippines, Nepal and two named only.
    assert list(bar.x) == [120, 90, 80, 60, 50, 40, 30, 20, 20, 100]
    # Every stated count and the remainder, as without grouping.
    assert sum(bar.x) == homes()["participants"].sum() + 100 == 610
    # Three of the four were named at an event without a count: a count of countries, not a
    # sum of each country's events (an event may name several).
    assert bar.customdata[8] == (
        "20 (3 of them named without a count)<br>Philippines, Nepal, South Korea, Japan"
    )
    # its words, whatever lines they are drawn on (no-break spaces pad the shorter lines)
    assert (
        " ".join(bar.text[8].replace("<br>", " ").split()) == "20 (3 of them named without a count)"
    )
    assert bar.customdata[0] == "120 (+ named at 1 more event, no count)"


def test_participants_bars_without_top_or_with_few_countries_show_every_country():
    every = charts.participants_by_country(homes(), not_broken_down=100).data[0]
    assert list(every.y) == NAMES + ["Not broken down by country"]
    assert sum(every.x) == 610
    few = charts.participants_by_country(homes().head(9), top=8).data[0]
    assert list(few.y) == NAMES[:9]  # nine countries: a group of one is not made


def test_host_bars_add_up_the_other_hosts_events_and_keep_no_place_apart():
    hosts = pd.DataFrame(
        {
            "country_iso3": CODES[:11] + [None],
            "country": NAMES[:11] + [None],
            "events": [50, 40, 30, 20, 10, 9, 8, 7, 6, 5, 4, 12],
            "participants": [None] * 12,
            "at_least_events": [0] * 12,
            "events_without_count": [0] * 12,
        }
    )
    bar = charts.events_by_host(hosts, top=8).data[0]
    assert list(bar.y) == NAMES[:8] + ["3 other countries", "Place not stated"]
    assert list(bar.x) == [50, 40, 30, 20, 10, 9, 8, 7, 15, 12]
    assert sum(bar.x) == hosts["events"].sum()  # an event has one host: the sum counts it once
    assert list(bar.customdata) == CODES[:8] + ["", ""]  # a click on the group narrows nothing
    assert bar.hovertext[8] == "15 events<br>Philippines, Nepal, South Korea"
    assert len(charts.events_by_host(hosts).data[0].y) == 12


def test_project_bars_add_up_the_other_projects_outcomes():
    df = pd.DataFrame(
        {"project": [f"Project {i:02d}" for i in range(11)] + [None], "outcomes": range(23, 11, -1)}
    )
    bar = charts.outcomes_by_project(df, top=8).data[0]
    assert list(bar.y)[-1] == "4 other projects"
    assert list(bar.x) == list(range(23, 15, -1)) + [15 + 14 + 13 + 12]
    assert sum(bar.x) == df["outcomes"].sum()
    assert bar.customdata[-1] == "4 other projects (Project 08, Project 09, Project 10, No project)"
    assert bar.hovertext[-1] == "54 outcomes"
    assert len(charts.outcomes_by_project(df).data[0].y) == 12


def flows() -> pd.DataFrame:
    """Eleven home countries to eleven hosts (each home to its own country and to Thailand, 300
    from Thailand, 95, 90, ... from the others), the last home named only without a count, and
    a remainder in each host."""
    rows = []
    for i, (code, name) in enumerate(zip(CODES[:11], NAMES[:11], strict=True)):
        named_only = i == 10
        for host_code, host in {(code, name), ("THA", "Thailand")}:
            rows.append(
                dict(
                    home_iso3=code,
                    home=name,
                    host_iso3=host_code,
                    host=host,
                    participants=None if named_only else (100 - 5 * i if i else 300),
                    events=2,
                    events_without_count=1 if named_only or i == 9 else 0,
                    at_least=False,
                )
            )
    for i, (code, name) in enumerate(zip(CODES[:11], NAMES[:11], strict=True)):
        rows.append(
            dict(
                home_iso3=None,
                home=None,
                host_iso3=code,
                host=name,
                participants=10 + i,
                events=1,
                events_without_count=0,
                at_least=i == 10,
            )
        )
    return pd.DataFrame(rows)


def cells(fig, shown: bool = False) -> dict[tuple[str, str], str]:
    """Each drawn cell's words in full (its hover), or with `shown` the text written in it."""
    heat = fig.data[0]
    return {
        (row, col): text
        for row, texts in zip(heat.y, heat.text if shown else heat.hovertext, strict=True)
        for col, text in zip(heat.x, texts, strict=True)
        if text
    }


def test_flow_matrix_groups_other_homes_and_hosts_into_exact_sums():
    every, grouped = charts.flows_matrix(flows()), charts.flows_matrix(flows(), top=8)
    assert len(every.data[0].y) == 12 and len(every.data[0].x) == 11
    heat = grouped.data[0]
    assert list(heat.y) == [
        "Not broken down by country",
        "3 other home countries",
        *reversed(NAMES[1:8]),  # homes as the rows came, Thailand first (its two cells lead)
        "Thailand",
    ]
    assert list(heat.x) == sorted(NAMES[:8]) + ["3 other host countries"]
    shown = cells(grouped)
    # Philippines, Nepal, South Korea to Thailand: 60 + 55 stated, South Korea named only.
    assert shown[("3 other home countries", "Thailand")] == "115 + named elsewhere without a count"
    # ... and to their own countries, the other hosts' column: the same sum.
    assert (
        shown[("3 other home countries", "3 other host countries")]
        == shown[("3 other home countries", "Thailand")]
    )
    # The hosts' remainders: 18 + 19 + 20, one of them a lower bound.
    assert shown[("Not broken down by country", "3 other host countries")] == "at least 57"
    # A pair of one home and one host keeps its own words.
    assert shown[("Myanmar", "Myanmar")] == "95"

    # Every stated participant is in exactly one cell, grouped or not.
    def total(fig):
        return sum(
            int(t.replace("at least ", "").split(" ")[0].replace(",", ""))
            for t in cells(fig).values()
            if t[0].isdigit() or t.startswith("at least")
        )

    stated = 300 + 2 * sum(100 - 5 * i for i in range(1, 10))  # Thailand's one cell, two each
    assert total(grouped) == total(every) == stated + sum(range(10, 21)) == 1815


def test_a_wide_flow_matrix_writes_numbers_with_plus_for_lower_bounds_and_hovers_the_words():
    """Past six columns the cells are too narrow for their sentences: a cell shows its number,
    "+" when it is a lower bound, nothing for a pair named only without a count (its colour
    says it); the hover keeps the words. The numbers still add up to every stated participant."""
    grouped = charts.flows_matrix(flows(), top=8)
    shown, words = cells(grouped, shown=True), cells(grouped)
    assert shown[("3 other home countries", "Thailand")] == "115+"  # + named without a count
    assert shown[("Not broken down by country", "3 other host countries")] == "57+"  # at least
    assert shown[("Myanmar", "Myanmar")] == "95"
    assert words[("Myanmar", "Myanmar")] == "95"
    assert sum(int(t.rstrip("+").replace(",", "")) for t in shown.values()) == 1815
    assert set(words) - set(shown) == set()  # every shown cell has its words on hover
    # A matrix of few columns (the seed's) keeps its words in the cells.
    few = flows()[flows()["host_iso3"].isin(["THA", "MMR"])]
    heat = charts.flows_matrix(few).data[0]
    assert len(heat.x) <= 6
    written = [[t.replace("<br>", " ") for t in row] for row in heat.text]
    assert written == [list(row) for row in heat.hovertext]
    assert any("named" in t for row in written for t in row)


def test_flow_matrix_group_of_pairs_named_only_says_so_without_a_number():
    df = flows()
    df.loc[df["home_iso3"].isin(["NPL", "PHL"]), "participants"] = None
    shown = cells(charts.flows_matrix(df, top=8))
    assert shown[("3 other home countries", "Thailand")] == "named, no count"


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_grouped_labels_are_in_every_language(lang):
    bar = charts.participants_by_country(homes(), not_broken_down=100, top=8, lang=lang).data[0]
    other = bar.y[8]
    assert "4" in other and bar.x[8] == 20
    heat = charts.flows_matrix(flows(), top=8, lang=lang).data[0]
    hosts = charts.events_by_host(
        homes().assign(events=range(12, 0, -1), at_least_events=0), top=8, lang=lang
    ).data[0]
    projects = charts.outcomes_by_project(
        pd.DataFrame({"project": [f"P{i}" for i in range(12)], "outcomes": range(12, 0, -1)}),
        top=8,
        lang=lang,
    ).data[0]
    words = [
        other,
        heat.y[1],
        heat.x[-1],
        hosts.y[8],
        projects.y[8],
        bar.customdata[8].split("<br>")[0],
    ]
    if lang == "en":
        assert words == [
            "4 other countries",
            "3 other home countries",
            "3 other host countries",
            "4 other countries",
            "4 other projects",
            "20 (3 of them named without a count)",
        ]
    else:  # translated: none of the English words left
        for text in words:
            assert not any(w in text for w in ("other", "named", "count", "project")), text


@pytest.fixture(scope="module")
def many_countries(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A synthetic network with more home and host countries than a chart names (17)."""
    return synth.build(1500, 2, tmp_path_factory.mktemp("grouped") / "synth.duckdb")


@pytest.fixture
def on_many_countries(many_countries: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    db.shared.close()
    monkeypatch.setenv("ATLAS_DB", str(many_countries))
    yield many_countries
    db.shared.close()


def run_page(script: str, toggle: str | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.switch_page(script)
    at.run()
    assert not at.exception, at.exception
    if toggle is not None:
        at.toggle(key=toggle).set_value(True).run()
        assert not at.exception, at.exception
    return at


def figures(at: AppTest) -> list[dict]:
    import json

    return [json.loads(el.proto.spec) for el in at.get("plotly_chart")]


def test_countries_page_groups_by_default_and_the_toggle_shows_every_country(on_many_countries):
    con = db.connect(on_many_countries, read_only=True)
    try:
        homes = con.execute("SELECT count(DISTINCT country_iso3) FROM participation").fetchone()[0]
    finally:
        con.close()
    assert homes > 9
    at = run_page("app_pages/countries.py")
    grouped = figures(at)
    bars = grouped[2]["data"][0]
    assert bars["y"][8] == f"{homes - 8} other countries"
    assert any("name the 8 countries with the most participants" in c.value for c in at.caption)
    heat = grouped[3]["data"][0]
    assert len(heat["x"]) <= 10 and len(heat["y"]) <= 10
    at = run_page("app_pages/countries.py", toggle="countries_every_country")
    every = figures(at)
    assert len(every[2]["data"][0]["y"]) == homes + 1  # and the "not broken down" bar
    assert sum(every[2]["data"][0]["x"]) == sum(bars["x"])
    assert sum(every[1]["data"][0]["x"]) == sum(grouped[1]["data"][0]["x"])
    assert not any("name the 8 countries" in c.value for c in at.caption)


def test_overview_and_outcomes_group_and_show_all(on_many_countries):
    at = run_page("app_pages/overview.py")
    bars = figures(at)[1]["data"][0]
    assert bars["y"][8].endswith("other countries")
    at = run_page("app_pages/overview.py", toggle="overview_every_country")
    every = figures(at)[1]["data"][0]
    assert len(every["y"]) > len(bars["y"]) and sum(every["x"]) == sum(bars["x"])
    at = run_page("app_pages/outcomes.py")
    projects = figures(at)[2]["data"][0]
    assert projects["y"][-1].endswith("other projects")
    at = run_page("app_pages/outcomes.py", toggle="outcomes_every_project")
    every = figures(at)[2]["data"][0]
    assert len(every["y"]) > len(projects["y"]) and sum(every["x"]) == sum(projects["x"])


def test_countries_page_says_at_least_in_the_label_so_the_number_fits(on_many_countries):
    """A remainder that is a lower bound ('more than 80' at some event) says "at least" in the
    metric's label and gives its number whole: "at least 88,855" as a value was cut to
    "at least 8..." in a fifth of the page. The number is the matrix's bottom row, summed."""
    at = run_page("app_pages/countries.py")
    shown = {m.label: m.value for m in at.metric}
    assert "Not broken down, at least" in shown and "Not broken down" not in shown
    value = shown["Not broken down, at least"]
    bars = figures(at)[2]["data"][0]
    assert value.replace(",", "").isdigit()
    assert int(value.replace(",", "")) == bars["x"][-1]  # the "not broken down" bar


def test_overview_says_at_least_in_the_label_and_steps_its_years(on_many_countries):
    """On a network whose participants are a lower bound the Overview's figure reads "at least"
    in its label and gives the number whole (it was cut to "at least 2..."); twenty-odd years
    of events are labelled every second year, not every year run together."""
    at = run_page("app_pages/overview.py")
    shown = {m.label: m.value for m in at.metric}
    assert "Participants, at least" in shown and "Participants" not in shown
    assert shown["Participants, at least"].replace(",", "").isdigit()
    per_year = figures(at)[0]
    years = per_year["data"][0]["x"]
    assert len(years) > 12 and per_year["layout"]["xaxis"]["dtick"] == year_step(years) > 1


def test_year_step_labels_every_year_up_to_twelve():
    assert [year_step(list(range(n))) for n in (1, 12, 13, 24, 25, 60, 61)] == [
        1,
        1,
        2,
        2,
        5,
        5,
        10,
    ]
