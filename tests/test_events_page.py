"""The Events page: its named queries on the seed, the story's chart builders, the timeline, and
the page itself under AppTest (no filter, a narrow filter, a filter matching nothing, a story
opened from the URL, a bad event id in the URL, an HTML title shown as text)."""

from __future__ import annotations

import datetime as dt
import json

import duckdb
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from atlas import charts, facts, queries, sources
from atlas.access import Scope
from atlas.filters import Filters
from atlas.markdown import literal, shown
from tests.conftest import ROOT

ALL = Filters().sql_params()
LAO_JUNE = "ilo-consultation-lao-2009-06"
EXCHANGE = "exchange-2014-chiang-mai"


# --- queries --------------------------------------------------------------------------------


def test_story_of_the_2014_exchange_keeps_its_24_participants_unsplit(seed_con):
    story = queries.run("events/story", scope=Scope.everything(), event_id=EXCHANGE).iloc[0]
    assert story["participants_total"] == 24
    assert story["counted"] == 0
    assert story["not_broken_down"] == 24
    assert (story["start_date"].date(), story["end_date"].date()) == (
        dt.date(2014, 8, 5),
        dt.date(2014, 8, 7),
    )
    assert story["city"] == "Chiang Mai" and story["country"] == "Thailand"
    people = queries.run("events/story_participation", scope=Scope.everything(), event_id=EXCHANGE)
    assert set(people["country_iso3"]) == {"MMR", "THA", "KHM"}
    assert people["participants"].isna().all()  # named without a count; no split invented
    orgs = queries.run(
        "events/story_organisations", scope=Scope.everything(), event_id=EXCHANGE
    ).set_index("org_id")
    assert "funder" in list(orgs.loc["diakonia", "roles"])
    assert set(orgs.loc["mmn", "roles"]) == {"speaker", "visited"}
    outcomes = queries.run("events/story_outcomes", scope=Scope.everything(), event_id=EXCHANGE)
    assert list(outcomes["outcome_id"]) == ["exchange-2014-recommendations"]


def test_story_of_the_june_2009_lao_consultation_has_7_from_lao_and_22_not_broken_down(seed_con):
    story = queries.run("events/story", scope=Scope.everything(), event_id=LAO_JUNE).iloc[0]
    assert (story["participants_total"], story["counted"], story["not_broken_down"]) == (29, 7, 22)
    assert story["date_precision"] == "month"
    people = queries.run("events/story_participation", scope=Scope.everything(), event_id=LAO_JUNE)
    assert people[["country_iso3", "participants"]].values.tolist() == [["LAO", 7]]


def test_story_of_an_unknown_id_is_empty(seed_con):
    assert queries.run("events/story", scope=Scope.everything(), event_id="no-such-event").empty


def test_project_funders_are_named_in_a_story_even_when_the_event_does_not_name_them(seed_con):
    orgs = queries.run(
        "events/story_organisations",
        scope=Scope.everything(),
        event_id="beyond-tolerance-visit-japan",
    ).set_index("org_id")
    assert bool(orgs.loc["toyota-foundation", "funds_project"])
    assert list(orgs.loc["toyota-foundation", "roles"]) == []
    assert list(orgs.loc["mmn", "roles"]) == ["organiser"]


def test_event_table_lists_all_17_seed_events_latest_first(seed_con):
    table = queries.run("events/table", scope=Scope.everything(), **ALL, search=None, limit=1000)
    count = queries.run("events/count", scope=Scope.everything(), **ALL, search=None)
    assert len(table) == 17 and int(count["matching"].iloc[0]) == 17
    assert table["event_id"].iloc[0] == "anniversary-2018-chiang-mai"
    assert table["start_date"].iloc[-4:].isna().all()  # the four undated events come last


def test_event_table_search_is_plain_text_and_case_blind(seed_con):
    def found(text, filters=ALL):
        return set(
            queries.run(
                "events/table", scope=Scope.everything(), **filters, search=text, limit=1000
            )["event_id"]
        )

    assert found("chiang mai") == {EXCHANGE, "anniversary-2018-chiang-mai"}
    assert LAO_JUNE in found("LAO")
    assert found("%") == set() and found("_") == set()  # wildcards match only themselves
    assert found("'; DROP TABLE events; --") == set()
    assert found("lao", Filters(event_types=("consultation",)).sql_params()) == {LAO_JUNE}
    assert (
        len(queries.run("events/table", scope=Scope.everything(), **ALL, search="", limit=1000))
        == 17
    )


def test_event_table_limit_keeps_the_full_count(seed_con):
    table = queries.run("events/table", scope=Scope.everything(), **ALL, search=None, limit=5)
    count = queries.run("events/count", scope=Scope.everything(), **ALL, search=None)
    assert len(table) == 5 and int(count["matching"].iloc[0]) == 17


def test_timeline_spans_each_date_over_its_precision_and_keeps_undated_events(seed_con):
    tl = queries.run("events/timeline", scope=Scope.everything(), **ALL, limit=500).set_index(
        "event_id"
    )
    assert len(tl) == 17 and tl["start_date"].isna().sum() == 4
    assert tl.loc["ilo-youth-media-workshop-1", "last_day"].date() == dt.date(
        2010, 4, 30
    )  # early 2010
    assert tl.loc["beyond-tolerance-visit-thailand", "last_day"].date() == dt.date(
        2016, 5, 31
    )  # May 2016
    assert tl.loc[EXCHANGE, "last_day"].date() == dt.date(2014, 8, 7)
    assert tl.loc[EXCHANGE, "project_end"].date() == dt.date(2014, 8, 7)


# --- chart builders ------------------------------------------------------------------------


def _segments(fig):
    return {t.name: (t.x[0], t.marker.color) for t in fig.data}


def test_story_bar_draws_the_not_broken_down_remainder_as_its_own_grey_segment():
    df = pd.DataFrame({"country": ["Lao PDR"], "participants": [7]})
    fig = charts.event_participants(df, 29)
    assert _segments(fig) == {
        "Lao PDR": (7, charts.PALETTE[0]),
        charts.NOT_BROKEN_DOWN_LABEL: (22, charts.NOT_BROKEN_DOWN),
    }
    assert "29 in all" in fig.layout.title.text


def test_story_bar_gives_countries_without_a_count_no_share():
    df = pd.DataFrame(
        {"country": ["Myanmar", "Thailand", "Cambodia"], "participants": [None, None, None]}
    )
    fig = charts.event_participants(df, 24)
    assert _segments(fig) == {charts.NOT_BROKEN_DOWN_LABEL: (24, charts.NOT_BROKEN_DOWN)}
    assert "Named without a count: Myanmar, Thailand, Cambodia" in fig.layout.annotations[0].text


def test_story_bar_keeps_more_than_n_as_at_least():
    fig = charts.event_participants(
        pd.DataFrame({"country": ["Thailand"], "participants": [30]}), 80, at_least=True
    )
    assert fig.data[-1].text[0] == "at least 50 not broken down"
    assert "at least 80 in all" in fig.layout.title.text


def test_story_bar_is_none_without_any_count():
    assert (
        charts.event_participants(pd.DataFrame({"country": [], "participants": []}), None) is None
    )
    assert (
        charts.event_participants(
            pd.DataFrame({"country": ["Lao PDR"], "participants": [None]}), None
        )
        is None
    )


def _timeline_frame(**overrides):
    row = {
        "event_id": "a",
        "title": "A",
        "event_type": "workshop",
        "start_date": pd.Timestamp("2010-01-01"),
        "end_date": pd.NaT,
        "last_day": pd.Timestamp("2010-04-30"),
        "date_precision": "season",
        "project": "P",
        "project_start": pd.NaT,
        "project_end": pd.NaT,
    }
    return pd.DataFrame([row | overrides])


def test_timeline_is_none_for_no_events_and_counts_undated_ones():
    assert charts.events_timeline(_timeline_frame().iloc[:0]) is None
    undated = _timeline_frame(event_id="b", start_date=pd.NaT, last_day=pd.NaT, date_precision=None)
    fig = charts.events_timeline(pd.concat([_timeline_frame(), undated]))
    assert "1 event whose report gives no date" in fig.layout.annotations[0].text
    marks = [t for t in fig.data if t.mode == "markers"]
    assert marks[0].customdata[0][0] == "early 2010"


def test_timeline_shows_html_in_titles_as_text():
    fig = charts.events_timeline(_timeline_frame(title="<img src=x onerror=alert(1)>"))
    hover = [t for t in fig.data if t.mode == "markers"][0].customdata[0][1]
    assert "<img" not in hover and "&lt;img src=x onerror=alert(1)&gt;" in hover


# --- sources and literal text ---------------------------------------------------------------


def test_source_sentences_and_report_text():
    assert sources.sentences("One. … Two.") == ["One.", "Two."]
    assert sources.sentences(None) == []
    assert "Chiang Mai" in sources.report_text("reports/000_259dd89c90ad3a3b.txt")
    assert sources.report_text("../atlas/db.py") is None  # never outside data/
    assert sources.report_text("https://example.org/report") is None  # never fetched


def test_literal_markdown_escapes_html_and_markup():
    assert literal("<img src=x onerror=alert(1)>") == r"\<img src\=x onerror\=alert\(1\)\>"
    assert literal("$5 *fund*") == r"\$5 \*fund\*"
    assert literal(None) == ""


# --- the page -------------------------------------------------------------------------------


def events_page(**url: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    for key, value in url.items():
        at.query_params[key] = value
    at.switch_page("app_pages/events.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _url(at: AppTest, key: str) -> list[str] | None:
    """A URL key's values after the run (AppTest keeps a value the script never wrote as it was set)."""
    value = at.query_params.get(key)
    return None if value is None else [value] if isinstance(value, str) else list(value)


def _table(at: AppTest) -> pd.DataFrame:
    return at.dataframe[0].value


def _figures(at: AppTest) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


def test_page_without_filters_lists_every_event(seed_db_path):
    at = events_page()
    table = _table(at)
    assert len(table) == 17
    assert (
        table.set_index("Event").loc["Regional Exchange Program on Migration Issues", "When"]
        == "5-7 August 2014"
    )
    assert "early 2010" in set(table["When"]) and "May 2016" in set(table["When"])
    assert "date not stated" in set(table["When"]) and "not stated" in set(table["Participants"])
    assert any("17 events" in shown(c.value) for c in at.caption)
    assert not at.warning


def test_page_with_a_country_filter_lists_the_lao_events(seed_db_path):
    at = events_page(country="LAO")
    assert len(_table(at)) == 4
    assert "Consultation of Thai-Cord members and Lao PDR counterparts" in set(_table(at)["Event"])


def test_page_with_a_filter_matching_nothing_says_so(seed_db_path):
    at = events_page(**{"from": "2030"})
    assert any("No event matches these filters" in i.value for i in at.info)


def test_event_in_the_url_opens_its_story_with_7_and_22(seed_db_path):
    at = events_page(event=LAO_JUNE)
    assert _url(at, "event") == [LAO_JUNE]
    assert any("22 not broken down by country" in shown(c.value) for c in at.caption)
    bars = [
        f for f in _figures(at) if "Participants by home country" in f["layout"]["title"]["text"]
    ]
    assert len(bars) == 1
    segments = {t["name"]: (t["x"][0], t["marker"]["color"]) for t in bars[0]["data"]}
    assert segments == {
        "Lao PDR": (7, charts.PALETTE[0]),
        charts.NOT_BROKEN_DOWN_LABEL: (22, charts.NOT_BROKEN_DOWN),
    }
    assert any("June 2009" in m.value for m in at.markdown)
    assert at.selectbox(key="events_pick").value == LAO_JUNE


def test_exchange_story_names_diakonia_as_funder_and_quotes_the_report(seed_db_path):
    at = events_page(event=EXCHANGE)
    text = "\n".join(m.value for m in at.markdown)
    assert "5\\-7 August 2014" in text
    assert "Diakonia: funder" in text
    assert "A total of 24 participants from Burma/Myanmar" in text.replace("\\", "")
    # The report's whole text is sent only once its box is opened.
    [box] = [e for e in at.expander if e.label.startswith("Report text")]
    assert len(box.code) == 0
    at.session_state[f"events_report_{EXCHANGE}"] = True
    at.run()
    [box] = [e for e in at.expander if e.label.startswith("Report text")]
    assert "A total of 24 participants from Burma/Myanmar" in box.code[0].value


def test_event_outside_the_filters_still_opens_from_a_link(seed_db_path):
    at = events_page(event=EXCHANGE, country="LAO")
    assert any("outside the current filters" in shown(c.value) for c in at.caption)
    assert _url(at, "country") == ["LAO"] and _url(at, "event") == [EXCHANGE]


def test_bad_event_id_gives_a_notice_not_an_exception(seed_db_path):
    at = events_page(event="no-such-event", country="LAO")
    assert any("'no-such-event' was not found" in shown(w.value) for w in at.warning)
    assert not any("Ignored unknown link parameter" in shown(w.value) for w in at.warning)
    assert "event" not in at.query_params and _url(at, "country") == ["LAO"]
    assert len(_table(at)) == 4


def test_choosing_an_event_puts_it_in_the_url(seed_db_path):
    at = events_page()
    at.selectbox(key="events_pick").select(EXCHANGE).run()
    assert not at.exception
    assert _url(at, "event") == [EXCHANGE]
    assert any("24 participants from" in shown(c.value) for c in at.caption)


def test_story_shows_an_html_title_as_text(fresh_db):
    con = duckdb.connect(str(fresh_db))
    con.execute(
        "UPDATE events SET title = '<img src=x onerror=alert(1)>' WHERE event_id = $id",
        {"id": LAO_JUNE},
    )
    facts.refresh(con, [LAO_JUNE])  # as every write through atlas.ingest does
    con.close()
    at = events_page(event=LAO_JUNE)
    assert at.subheader[0].value == literal("<img src=x onerror=alert(1)>")


@pytest.mark.parametrize("url", [{}, {"country": "LAO"}, {"from": "2030"}, {"type": "exhibition"}])
def test_page_runs_without_exception(seed_db_path, url):
    events_page(**url)


def test_changing_a_filter_keeps_the_open_story_in_the_url(seed_db_path):
    at = events_page(event=LAO_JUNE)
    at.multiselect(key="filter_countries").set_value(["LAO"]).run()
    assert not at.exception
    assert _url(at, "country") == ["LAO"] and _url(at, "event") == [LAO_JUNE]
    assert len(_table(at)) == 4
    assert not any("Ignored unknown link parameter" in shown(w.value) for w in at.warning)
