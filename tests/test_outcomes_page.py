"""The Outcomes page: its named queries on the seed, its chart builders, and the page under
AppTest (no filter, a narrow filter, a filter matching nothing)."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from atlas import charts, labels, queries
from atlas.access import Scope
from atlas.filters import Filters
from atlas.markdown import shown
from tests.conftest import ROOT

ALL = Filters().sql_params()
LAO = Filters(countries=("LAO",)).sql_params()


# --- queries --------------------------------------------------------------------------------


def test_outcome_list_has_all_15_seed_outcomes_with_quantities_as_stated(seed_con):
    listed = queries.run("outcomes/list", scope=Scope.everything(), **ALL, limit=1000).set_index(
        "outcome_id"
    )
    assert len(listed) == 15 and int(listed["matching"].iloc[0]) == 15
    assert (
        labels.quantity(
            listed.loc["ilo-newsletters", "quantity"], listed.loc["ilo-newsletters", "unit"]
        )
        == "5 newsletters"
    )
    doc = listed.loc["beyond-tolerance-documentary"]
    assert labels.quantity(doc["quantity"], doc["unit"]) == "5 languages"
    assert doc["source_quote"].endswith(
        "The documentary is available in English, Thai, Khmer, Burmese, and Japanese."
    )
    assert listed["quantity"].notna().sum() == 5  # no quantity invented for the other ten
    assert listed["source_quote"].str.len().gt(0).all() and listed["path_or_url"].notna().all()


def test_outcome_dates_come_from_the_outcome_else_its_event(seed_con):
    listed = queries.run("outcomes/list", scope=Scope.everything(), **ALL, limit=1000).set_index(
        "outcome_id"
    )
    plan = listed.loc["ilo-plan-of-action"]
    assert (str(plan["date"].date()), plan["date_precision"], bool(plan["date_from_event"])) == (
        "2010-04-01",
        "month",
        True,
    )
    assert listed["date"].isna().sum() == 12
    by_year = queries.run("outcomes/by_year", scope=Scope.everything(), **ALL)
    dated = by_year[by_year["year"].notna()]
    assert sorted(zip(dated["year"].astype(int), dated["outcome_type"], strict=True)) == [
        (2010, "agreement"),
        (2014, "recommendation"),
        (2018, "recommendation"),
    ]
    assert int(by_year.loc[by_year["year"].isna(), "outcomes"].sum()) == 12


def test_outcomes_by_project(seed_con):
    by_project = queries.run("outcomes/by_project", scope=Scope.everything(), **ALL)
    counts = dict(zip(by_project["project_id"].fillna("none"), by_project["outcomes"], strict=True))
    assert counts == {"ilo-ipec": 10, "beyond-tolerance": 3, "exchange-2014": 1, "none": 1}


def test_chain_accounts_for_every_outcome_once(seed_con):
    chain = queries.run("outcomes/chain", scope=Scope.everything(), **ALL)
    assert int(chain["outcomes"].sum()) == 15
    via_events = chain[chain["event_id"].notna()]
    assert set(via_events["event_id"]) == {
        "exchange-2014-chiang-mai",
        "anniversary-2018-chiang-mai",
        "ilo-subregional-consultation-2010-04",
    }


def test_a_country_filter_keeps_project_outcomes_that_name_no_other_country(seed_con):
    listed = queries.run("outcomes/list", scope=Scope.everything(), **LAO, limit=1000)
    assert set(listed["outcome_id"]) == {
        "ilo-thai-cambodia-agreements",
        "ilo-thai-lao-agreements",
        "ilo-youth-media-broadcast",
        "ilo-mekong-cord-adopted",
        "ilo-newsletters",
    }


# --- chart builders ------------------------------------------------------------------------


def test_outcomes_per_year_counts_undated_ones_in_a_note_and_is_none_without_a_year():
    df = pd.DataFrame(
        {"year": [2010, None], "outcome_type": ["agreement", "publication"], "outcomes": [1, 2]}
    )
    fig = charts.outcomes_per_year(df)
    assert [(t.name, list(t.y)) for t in fig.data] == [("Agreement", [1])]
    assert "2 outcomes with no date stated" in fig.layout.annotations[0].text
    assert charts.outcomes_per_year(df[df["year"].isna()]) is None
    assert charts.outcomes_per_year(df.iloc[:0]) is None


def test_outcomes_by_project_names_outcomes_outside_any_project():
    fig = charts.outcomes_by_project(pd.DataFrame({"project": ["P", None], "outcomes": [3, 1]}))
    assert list(fig.data[0].y) == ["P", "No project"] and list(fig.data[0].x) == [3, 1]
    assert charts.outcomes_by_project(pd.DataFrame({"project": [], "outcomes": []})) is None


def test_outcome_chain_links_project_to_event_to_type():
    df = pd.DataFrame(
        {
            "project_id": ["p", "p", "p"],
            "project": ["<b>P</b>", "<b>P</b>", "<b>P</b>"],
            "event_id": ["e", "e", None],
            "event": ["E", "E", None],
            "event_start": [pd.Timestamp("2016-05-01")] * 2 + [pd.NaT],
            "event_precision": ["month", "month", None],
            "outcome_type": ["publication", "agreement", "publication"],
            "outcomes": [2, 1, 4],
        }
    )
    sankey = charts.outcome_chain(df).data[0]
    names = list(sankey.node.label)
    assert names == [
        "&lt;b&gt;P&lt;/b&gt;",
        "E (May 2016)",
        "Publication",
        "Agreement",
        "(project as a whole)",
    ]
    links = {
        (names[s], names[t]): v
        for s, t, v in zip(sankey.link.source, sankey.link.target, sankey.link.value, strict=True)
    }
    assert links[("&lt;b&gt;P&lt;/b&gt;", "E (May 2016)")] == 3
    assert links[("(project as a whole)", "Publication")] == 4
    assert charts.outcome_chain(df.iloc[:0]) is None


# --- the page -------------------------------------------------------------------------------


def outcomes_page(**url: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    for key, value in url.items():
        at.query_params[key] = value
    at.switch_page("app_pages/outcomes.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _text(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown).replace("\\", "")


def test_page_without_filters_shows_the_15_outcomes_with_their_evidence(seed_db_path):
    at = outcomes_page()
    assert at.metric[0].value == "15"
    assert any("12 of the 15 outcomes have no date stated" in shown(c.value) for c in at.caption)
    text = _text(at)
    assert "— 5 newsletters" in text
    assert "— 5 languages" in text
    assert "> The documentary is available in English, Thai, Khmer, Burmese, and Japanese." in text
    titles = [  # drawn in bold, as the Streamlit theme drew them (style.own_look)
        json.loads(c.proto.spec)["layout"]["title"]["text"].removeprefix("<b>").removesuffix("</b>")
        for c in at.get("plotly_chart")
    ]
    assert titles == [
        "Outcomes by type",
        "Outcomes per year, by type",
        "Outcomes by project",
        "From projects to events to outcomes (widths: outcomes)",
    ]
    assert len(at.expander) == 4  # one per report the outcomes cite (000, 001, 003, 004)
    # A report's text is sent only while its box is open.
    assert all(len(box.code) == 0 for box in at.expander)
    at.session_state["outcomes_report_report-000"] = True
    at.run()
    opened = [box for box in at.expander if len(box.code)]
    assert [shown(box.label) for box in opened] == [
        "Regional Exchange Program on Migration Issues (Chiang Mai, August 2014)"
    ]
    assert "A total of 24 participants from Burma/Myanmar" in opened[0].code[0].value


def test_page_with_a_country_filter_shows_the_lao_outcomes(seed_db_path):
    at = outcomes_page(country="LAO")
    assert at.metric[0].value == "5"
    assert "— 5 newsletters" in _text(at) and "— 5 languages" not in _text(at)
    assert any("None of these 5 outcomes has a date stated" in i.value for i in at.info)


def test_page_with_a_filter_matching_nothing_says_so(seed_db_path):
    at = outcomes_page(**{"from": "2030"})
    assert any("No outcome matches these filters" in i.value for i in at.info)
    assert not at.get("plotly_chart")


@pytest.mark.parametrize(
    "url", [{"project": "beyond-tolerance"}, {"type": "exchange"}, {"funder": "diakonia"}]
)
def test_page_runs_without_exception(seed_db_path, url):
    outcomes_page(**url)


def test_count_axes_tick_whole_numbers_only(seed_con):
    """With a few events or outcomes, plotly would tick 0, 0.5, 1, ... and ",d" shows "0, 1, 1, 2":
    every count axis ticks whole numbers; a large count keeps plotly's own steps."""
    lao = queries.run(
        "events/by_year_type", scope=Scope.everything(), **LAO
    )  # 2009: 1 consultation, 2010: 2 workshops
    assert charts.events_per_year(lao).layout.yaxis.dtick == 1
    assert (
        charts.outcomes_by_type(
            queries.run("outcomes/by_type", scope=Scope.everything(), **LAO)
        ).layout.xaxis.dtick
        == 1
    )
    many = pd.DataFrame({"outcome_type": ["publication"], "outcomes": [250]})
    assert charts.outcomes_by_type(many).layout.xaxis.dtick is None
