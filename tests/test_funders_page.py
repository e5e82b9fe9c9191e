"""The Funders page: its named queries on the seed, the summary sentence, and the page under
AppTest (the first funder by default, a funder from the link, a narrow filter, a filter matching
nothing, choosing a funder rewrites the link)."""

from __future__ import annotations

import pandas as pd
from streamlit.testing.v1 import AppTest

from atlas import db, ingest, queries
from atlas.access import Person, Scope
from atlas.filters import Filters
from atlas.funders import summary_sentence
from atlas.markdown import shown
from tests.conftest import ROOT

ALL = Filters().sql_params()
DIAKONIA_SENTENCE = (
    "Diakonia funded 1 project with 1 event reaching 24 participants from 3 countries "
    "(no split given), with 1 outcome."
)


# --- queries --------------------------------------------------------------------------------


def test_diakonia_summary_is_the_2014_exchange(seed_con):
    row = queries.run("funders/summary", scope=Scope.everything(), funder="diakonia", **ALL).iloc[0]
    assert dict(row) == {
        "projects_funded": 1,
        "projects_in_view": 1,
        "events": 1,
        "participants": 24,
        "at_least_events": 0,
        "events_with_count": 1,
        "events_without_count": 0,
        "countries": 3,
        "countries_with_count": 0,
        "stated": 0,
        "not_broken_down": 24,
        "outcomes": 1,
    }


def test_toyota_foundation_funded_beyond_tolerance_with_7_events_and_3_outcomes(seed_con):
    projects = queries.run(
        "funders/projects", scope=Scope.everything(), funder="toyota-foundation", **ALL
    )
    assert list(projects["project_id"]) == ["beyond-tolerance"]
    project = projects.iloc[0]
    assert (project["events"], project["events_without_count"], project["outcomes"]) == (7, 7, 3)
    assert pd.isna(project["participants"])  # no report gives a count: not zero, unknown
    assert "supported by the Toyota Foundation" in project["funding_quote"]


def test_a_project_funded_through_its_events_quotes_its_earliest_event(fresh_db):
    """A project the funder funds only through its events is quoted by the earliest of them,
    whichever was written first; the project's own funding sentence, once written, comes first.
    The project list of the Funders page (both its statements) and the report's agree."""
    con = db.connect(fresh_db)
    try:
        (project,) = con.execute(
            "SELECT project_id FROM events WHERE start_date IS NOT NULL GROUP BY 1"
            " HAVING count(DISTINCT start_date) >= 2 ORDER BY 1 LIMIT 1"
        ).fetchone()
        dated = con.execute(
            "SELECT event_id FROM events WHERE project_id = $p AND start_date IS NOT NULL"
            " ORDER BY start_date, event_id",
            {"p": project},
        ).fetchall()
        earlier, later = dated[0][0], dated[-1][0]
        (funder,) = con.execute(
            "SELECT min(org_id) FROM organisations WHERE org_id NOT IN"
            " (SELECT org_id FROM project_funders) AND org_id NOT IN"
            " (SELECT org_id FROM event_organisations WHERE role = 'funder')"
        ).fetchone()
        me = Person.local("tester")

        def name_funder(table: str, values: dict) -> None:
            ingest.commit(con, ingest.plan_form(con, table, values), me)

        def quotes() -> set[str]:
            listed = queries.run(
                "funders/projects", scope=Scope.everything(), con=con, funder=funder, **ALL
            )
            found = {listed.set_index("project_id").at[project, "funding_quote"]}
            for summary in (True, False):
                page = queries.run_parts(
                    "funders/page",
                    scope=Scope.everything(),
                    con=con,
                    summary=summary,
                    funder=funder,
                    limit=100,
                    **ALL,
                )
                found.add(page["projects"].set_index("project_id").at[project, "funding_quote"])
            return found

        for event_id, quote in (
            (later, "The later event was funded by it."),
            (earlier, "The earlier event was funded by it."),
        ):
            name_funder(
                "event_organisations",
                {"event_id": event_id, "org_id": funder, "role": "funder", "source_quote": quote},
            )
        assert quotes() == {"The earlier event was funded by it."}
        name_funder(
            "project_funders",
            {
                "project_id": project,
                "org_id": funder,
                "source_quote": "The project is funded by it.",
            },
        )
        assert quotes() == {"The project is funded by it."}
    finally:
        con.close()


def test_funder_events_and_outcomes_carry_their_source_sentences(seed_con):
    events = queries.run(
        "funders/events", scope=Scope.everything(), funder="diakonia", limit=100, **ALL
    )
    assert list(events["event_id"]) == ["exchange-2014-chiang-mai"]
    assert events.iloc[0]["participants_total"] == 24 and events.iloc[0]["matching"] == 1
    assert (
        "A total of 24 participants from Burma/Myanmar, Thailand and Cambodia"
        in events.iloc[0]["source_quote"]
    )
    outcomes = queries.run(
        "funders/outcomes", scope=Scope.everything(), funder="diakonia", limit=100, **ALL
    )
    assert list(outcomes["title"]) == ["Recommendations for MMN and Diakonia on further action"]
    assert outcomes.iloc[0]["source"].startswith("Regional Exchange Program on Migration Issues")


def test_funder_queries_follow_the_other_filters(seed_con):
    japan = Filters(countries=("JPN",)).sql_params()
    assert (
        queries.run("funders/summary", scope=Scope.everything(), funder="diakonia", **japan).iloc[
            0
        ]["events"]
        == 0
    )
    projects = queries.run("funders/projects", scope=Scope.everything(), funder="diakonia", **japan)
    assert list(projects["events"]) == [0]  # the project is still listed, with no event in view
    toyota = queries.run(
        "funders/summary", scope=Scope.everything(), funder="toyota-foundation", **japan
    ).iloc[0]
    assert (toyota["events"], toyota["projects_in_view"]) == (1, 1)  # the Japan country visit


# --- the summary sentence -------------------------------------------------------------------


def _row(**changes) -> dict:
    row = {
        "projects_funded": 1,
        "projects_in_view": 1,
        "events": 1,
        "participants": 24,
        "at_least_events": 0,
        "events_with_count": 1,
        "events_without_count": 0,
        "countries": 3,
        "countries_with_count": 0,
        "stated": 0,
        "not_broken_down": 24,
        "outcomes": 1,
    }
    return row | changes


def test_sentence_for_the_seed_funders(seed_con):
    diakonia = queries.run(
        "funders/summary", scope=Scope.everything(), funder="diakonia", **ALL
    ).iloc[0]
    assert summary_sentence("Diakonia", diakonia) == DIAKONIA_SENTENCE
    toyota = queries.run(
        "funders/summary", scope=Scope.everything(), funder="toyota-foundation", **ALL
    ).iloc[0]
    assert summary_sentence("Toyota Foundation", toyota) == (
        "Toyota Foundation funded 1 project with 7 events (the reports give no participant count), with 3 outcomes."
    )


def test_sentence_says_what_is_partial_or_missing():
    partial = _row(
        participants=80,
        countries=1,
        countries_with_count=1,
        stated=7,
        not_broken_down=73,
        at_least_events=1,
        events=3,
        events_with_count=2,
        events_without_count=1,
        outcomes=0,
    )
    assert summary_sentence("X", partial) == (
        "X funded 1 project with 3 events reaching at least 80 participants from 1 country "
        "(7 with a stated home country, 73 not broken down; 1 more event without a count); no outcome is recorded."
    )
    assert summary_sentence("X", _row(countries=0)) == (
        "X funded 1 project with 1 event reaching 24 participants (home countries not given), with 1 outcome."
    )
    named_only = _row(
        events_with_count=0, events_without_count=2, events=2, participants=0, countries=2
    )
    assert summary_sentence("X", named_only) == (
        "X funded 1 project with 2 events, with participants from 2 countries named "
        "(the reports give no participant count), with 1 outcome."
    )
    assert summary_sentence("X", _row(events=0, projects_in_view=0), filtered=True) == (
        "X funded 1 project; none of its events matches the filters."
    )
    assert summary_sentence("X", _row(projects_funded=2), filtered=True).startswith(
        "Within the filters, X funded 1 project with 1 event"
    )
    assert (
        summary_sentence("X", _row(events=0, projects_funded=0))
        == "X funded 0 projects; the reports name no event of it."
    )


# --- the page -------------------------------------------------------------------------------

APP = str(ROOT / "app.py")


def run_page(**query) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in query.items():
        at.query_params[key] = value
    at.switch_page("app_pages/funders.py")
    at.run()
    assert not at.exception, at.exception
    return at


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def markdown_text(at: AppTest) -> str:
    """Headings and markdown as a reader sees them (the page backslash-escapes data text)."""
    parts = [e.value for e in (*at.subheader, *at.markdown, *at.caption)]
    return " ".join(p.replace("\\", "") for p in parts)


def test_page_defaults_to_the_first_funder_diakonia_and_its_2014_exchange():
    at = run_page()
    assert at.selectbox(key="funders_page_choice").value == "diakonia"
    assert DIAKONIA_SENTENCE in markdown_text(at)
    assert metrics(at) == {
        "Projects funded": "1",
        "Events": "1",
        "Participants": "24",
        "Countries of origin": "3",
        "Outcomes": "1",
    }
    events = at.dataframe[1].value
    assert list(events["Event"]) == ["Regional Exchange Program on Migration Issues"]
    assert list(events["When"]) == ["5-7 August 2014"]
    assert list(events["Participants"]) == ["24"]
    # Participants reached by country: three countries named, the 24 not broken down.
    chart = at.get("plotly_chart")[0]
    assert (
        "Not broken down by country" in chart.proto.spec
        and "named at 1 event, no count" in chart.proto.spec
    )
    # The evidence: the funding sentence and the event's sentence, once its box is opened
    # (closed, it is neither made nor sent).
    funding = (
        "The exchange program was funded by the international non-profit organisation Diakonia."
    )
    assert funding not in markdown_text(at)
    at.session_state["funders_evidence_open"] = True  # app_pages/funders.py's EVIDENCE_OPEN
    at.run()
    evidence = markdown_text(at)
    assert funding in evidence
    assert (
        "A total of 24 participants from Burma/Myanmar, Thailand and Cambodia took part" in evidence
    )


def test_page_for_a_funder_in_the_link():
    at = run_page(funder="toyota-foundation")
    assert at.selectbox(key="funders_page_choice").value == "toyota-foundation"
    assert metrics(at)["Events"] == "7"
    assert metrics(at)["Participants"] == "not stated"
    assert len(at.dataframe[3].value) == 3  # outcomes, after projects, targets and events


def test_page_with_a_narrow_filter():
    at = run_page(funder="toyota-foundation", country="JPN")
    assert metrics(at)["Events"] == "1"
    assert "Within the filters, Toyota Foundation funded 1 project with 1 event" in markdown_text(
        at
    )


def test_page_with_a_filter_matching_nothing_says_so():
    at = run_page(country="LAO")  # Diakonia's exchange had no one from Lao PDR
    assert "Diakonia funded 1 project; none of its events matches the filters." in markdown_text(at)
    assert any("None of this funder's events matches the filters" in i.value for i in at.info)


def test_choosing_a_funder_sets_the_shared_filter_and_the_link():
    at = run_page()
    at.selectbox(key="funders_page_choice").set_value("toyota-foundation").run()
    assert not at.exception
    assert at.query_params["funder"] == "toyota-foundation"
    assert at.sidebar.multiselect(key="filter_funders").value == ["toyota-foundation"]
    assert metrics(at)["Events"] == "7"


def test_a_large_funder_lists_the_first_hundred_and_says_so(fresh_db):
    from atlas import db, facts

    con = db.connect(fresh_db)
    try:
        con.execute(
            "INSERT INTO events (event_id, project_id, title, event_type, start_date, date_precision,"
            " participants_total, source_id, source_quote)"
            " SELECT 'bulk-' || i, 'exchange-2014', 'Follow-up exchange ' || i, 'exchange',"
            " DATE '2015-01-01', 'year', 10, 'report-000', 'A test sentence.' FROM range(150) AS t(i)"
        )
        facts.refresh(
            con, [f"bulk-{i}" for i in range(150)]
        )  # as every write through atlas.ingest does
    finally:
        con.close()
    at = run_page(funder="diakonia")
    assert metrics(at)["Events"] == "151"
    captions = [shown(c.value) for c in at.caption]
    assert (
        "The first 100 of 151 events are listed here, with their sources; the Data page has them all."
        in captions
    )
    assert len(at.dataframe[1].value) == 100  # projects table first, then the events table


def test_a_lower_bound_is_said_in_the_participants_label_so_the_number_fits(fresh_db):
    """'at least 8,800' did not fit a fifth of the page: the label carries 'at least'."""
    from atlas import db, facts

    con = db.connect(fresh_db)
    try:
        con.execute(
            "INSERT INTO events (event_id, project_id, title, event_type, start_date, date_precision,"
            " participants_total, participants_at_least, source_id, source_quote)"
            " VALUES ('follow-up', 'exchange-2014', 'Follow-up exchange', 'exchange',"
            " DATE '2015-01-01', 'year', 80, true, 'report-000', 'More than 80 took part.')"
        )
        facts.refresh(con, ["follow-up"])  # as every write through atlas.ingest does
    finally:
        con.close()
    at = run_page(funder="diakonia")
    assert metrics(at)["Participants, at least"] == "104"  # 24 and more than 80
    assert "Participants" not in metrics(at)
