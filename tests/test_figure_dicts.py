"""The charts built from plain dicts (atlas.charts.style.figure): the app builds them without
plotly's property checks, which cost more than the rest of the figure; here the same dicts are
built both ways and must give the same figure, and a misspelt property must fail under the check
the test suite turns on (tests/conftest.py)."""

from __future__ import annotations

import json

import plotly.io as pio
import pytest

from atlas import charts, queries
from atlas.access.scope import Scope
from atlas.charts import style
from atlas.filters import Filters

STATES = [
    Filters(),
    Filters(event_types=("workshop",)),
    Filters(countries=("LAO",)),
    Filters(countries=("THA", "KHM"), event_types=("exchange", "meeting")),
]
LANGS = ("en", "th", "my", "vi")


def overview_figures(con, filters: Filters, lang: str) -> dict:
    page = queries.run_parts(
        "overview/page", scope=Scope.everything(), con=con, limit=10, **filters.sql_params()
    )
    rest = page["not_broken_down"].iloc[0]
    return {
        "per year": charts.events_per_year(page["by_year_type"], lang=lang),
        "by country": charts.participants_by_country(
            page["by_country"],
            not_broken_down=int(rest["participants"]),
            at_least=bool(rest["at_least"]),
            lang=lang,
        ),
        "outcomes": charts.outcomes_by_type(page["outcomes_by_type"], lang=lang),
    }


def dict_figures(con, filters: Filters, lang: str) -> dict:
    """Every chart, each built by style.figure: the Overview's three; the Outcomes page's per
    year, by project and the chain; the Countries page's map (both views, and each alone), host
    bars and flow matrix; the Events page's timeline and one event's participant bars."""
    filtered = dict(scope=Scope.everything(), con=con, **filters.sql_params())
    params = filtered | {"limit": 100}
    outcomes = queries.run_parts("outcomes/page", **params)
    countries = queries.run_parts("countries/page", **params)
    homes, hosts = countries["by_country"], countries["hosts"]
    rest = countries["not_broken_down"].iloc[0]
    nbd, at_least = int(rest["participants"]), bool(rest["at_least"])
    chain = queries.run("outcomes/chain", **filtered)
    timeline = queries.run("events/timeline", **params)
    return (
        overview_figures(con, filters, lang)
        | {
            "outcomes per year": charts.outcomes_per_year(outcomes["by_year"], lang=lang),
            "outcomes by project": charts.outcomes_by_project(outcomes["by_project"], lang=lang),
            "chain": charts.outcome_chain(chain, lang=lang),
            "hosts": charts.events_by_host(hosts, lang=lang),
            "map": charts.country_map(homes, hosts, nbd, at_least, lang=lang),
            "home map": charts.participants_map(homes, nbd, at_least, lang=lang),
            "host map": charts.events_map(hosts, lang=lang),
            "flows": charts.flows_matrix(countries["flows"], lang=lang),
            "timeline": charts.events_timeline(timeline, lang=lang),
        }
        | event_figures(con, lang)
    )


# Seed events with participant bars: countries named without a count and a remainder (a note
# under the bar), a country's count and a remainder, a total alone.
EVENTS = (
    "exchange-2014-chiang-mai",
    "ilo-consultation-cambodia-2009-07",
    "anniversary-2018-chiang-mai",
)


def event_figures(con, lang: str) -> dict:
    """One event's participant bars for each of EVENTS, with its stated total and without."""
    figures = {}
    for event_id in EVENTS:
        story = queries.run("events/story", scope=Scope.everything(), con=con, event_id=event_id)
        people = queries.run(
            "events/story_participation", scope=Scope.everything(), con=con, event_id=event_id
        )
        total, at_least = (
            story["participants_total"].iloc[0],
            story["participants_at_least"].iloc[0],
        )
        figures[event_id] = charts.event_participants(people, total, bool(at_least), lang=lang)
        figures[event_id + " no total"] = charts.event_participants(people, None, lang=lang)
    return figures


def plain(fig) -> object:
    """The figure as the browser receives it, without empty objects (plotly drops `{}` when it
    checks a layout and keeps it when it does not; plotly.js reads both as nothing set)."""

    def prune(value):
        if isinstance(value, dict):
            pruned = {k: prune(v) for k, v in value.items()}
            return {k: v for k, v in pruned.items() if v != {}}
        if isinstance(value, list):
            return [prune(v) for v in value]
        return value

    return None if fig is None else prune(json.loads(pio.to_json(fig, validate=False)))


@pytest.mark.parametrize("lang", LANGS)
def test_a_figure_built_unchecked_is_the_figure_plotly_checks(seed_con, monkeypatch, lang):
    for filters in STATES:
        monkeypatch.setenv(style.CHECK_FIGURES, "1")
        checked = dict_figures(seed_con, filters, lang)
        monkeypatch.setenv(style.CHECK_FIGURES, "0")
        unchecked = dict_figures(seed_con, filters, lang)
        assert checked.keys() == unchecked.keys()
        for name, fig in checked.items():
            assert plain(fig) == plain(unchecked[name]), (filters, lang, name)


def test_the_seed_overview_figures_hold_the_seed_numbers(seed_con):
    """What the dicts carry reaches the figure: the seed's 17 events are 13 in the bars by year
    and 4 undated ones in the footnote."""
    figs = overview_figures(seed_con, Filters(), "en")
    per_year = figs["per year"]
    assert sum(sum(trace.y) for trace in per_year.data) == 13
    assert per_year.layout.annotations[0].text == "Not shown: 4 events whose report gives no date."
    assert per_year.layout.barmode == "stack"
    assert per_year.layout.yaxis.title.text == "Events"
    bars = figs["by country"].data[0]
    assert bars.orientation == "h"
    assert figs["by country"].layout.yaxis.autorange == "reversed"
    assert figs["outcomes"].layout.title.text == "Outcomes by type"
    hosts = dict_figures(seed_con, Filters(), "en")["hosts"]
    assert hosts.layout.clickmode == "event+select"  # a click on a bar narrows the page
    assert dict(zip(hosts.data[0].y, hosts.data[0].x, strict=True))["Thailand"] == 6


def test_a_misspelt_property_fails_under_the_check_and_not_without(monkeypatch):
    monkeypatch.setenv(style.CHECK_FIGURES, "1")
    with pytest.raises(ValueError, match="colr"):
        style.figure([dict(type="bar", x=[1], y=[1], marker=dict(colr="red"))], {})
    monkeypatch.setenv(style.CHECK_FIGURES, "0")
    assert style.figure([dict(type="bar", x=[1], y=[1])], {}).data[0].x == (1,)


def test_merged_lays_nested_settings_over_a_layout():
    base = {"xaxis": {"showgrid": False, "title": {"text": "a"}}, "height": 380}
    over = {"xaxis": {"title": {"text": "b"}, "dtick": 1}, "height": None}
    assert style.merged(base, over) == {
        "xaxis": {"showgrid": False, "title": {"text": "b"}, "dtick": 1}
    }
    assert base["xaxis"]["title"]["text"] == "a"  # the base is not changed


@pytest.mark.parametrize("lang", ("en", "my"))
def test_a_drawn_figure_sends_what_plotly_would_send_and_is_never_copied_or_changed(seed_con, lang):
    """own_look's figure (style.Drawn) hands Streamlit its spec instead of a deep copy of every
    trace: for every chart of every state, what Streamlit's plotly_chart sends is what plotly
    sends for a go.Figure of the same spec, and the spec a cached figure shares between sessions
    comes back untouched and uncopied."""
    import copy

    import plotly.graph_objects as go
    import plotly.tools

    for filters in STATES:
        for name, fig in dict_figures(seed_con, filters, lang).items():
            drawn = style.own_look(fig)
            if drawn is None:
                continue
            before = copy.deepcopy(drawn.spec)
            handed = plotly.tools.return_figure_from_figure_or_data(drawn, validate_figure=True)
            assert handed is drawn.spec, name  # Streamlit's own call: no copy
            sent = json.loads(pio.to_json(handed, validate=False))
            plotly_way = go.Figure(copy.deepcopy(before), _validate=False)
            plotly_way.layout.template = None
            assert sent == json.loads(pio.to_json(plotly_way, validate=False)), (filters, name)
            assert drawn.spec == before, name  # sending it changed nothing
            assert sent["layout"]["template"] is None and sent["layout"]["datarevision"]
