"""The Manage and History pages, run by Streamlit's AppTest on a private copy of the seed: add an
event with its participants and see it counted on the Overview, the remainder that is not broken
down computed as counts change, a refused form, a delete that says what goes with it, undoing an
import, and the Manage page absent when the app runs read-only."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from atlas import db, ingest, spreadsheet
from atlas.access import Person
from atlas.markdown import shown

APP = str(Path(__file__).resolve().parent.parent / "app.py")
NEW = "manage_events_+new_0_"  # widget keys of the empty event form
LAO = "ilo-consultation-lao-2009-06"
EXCHANGE = "exchange-2014-chiang-mai"


def app(page: str | None = "app_pages/manage.py") -> AppTest:
    at = AppTest.from_file(APP, default_timeout=90)
    at.run()
    if page:
        at.switch_page(page).run()
    assert not at.exception, at.exception
    return at


def overview(at: AppTest) -> dict[str, str]:
    at.switch_page("app_pages/overview.py").run()
    assert not at.exception, at.exception
    return {m.label: m.value for m in at.metric}


def fill_new_event(at: AppTest, total: int) -> None:
    at.text_input(key=NEW + "event_id").set_value("workshop-2019-yangon")
    at.text_area(key=NEW + "title").set_value("Workshop on safe migration")
    at.selectbox(key=NEW + "event_type").set_value("workshop")
    at.date_input(key=NEW + "start_date").set_value(dt.date(2019, 3, 1))
    at.selectbox(key=NEW + "date_precision").set_value("month")
    at.text_input(key=NEW + "city").set_value("Yangon")
    at.selectbox(key=NEW + "country_iso3").set_value("MMR")
    at.number_input(key=NEW + "participants_total").set_value(total)
    at.selectbox(key=NEW + "source_id").set_value("report-001")
    at.text_area(key=NEW + "source_quote").set_value(
        "A workshop in Yangon with 30 participants, 12 from Myanmar."
    )
    at.run()


def test_adding_an_event_with_participants_shows_on_the_overview(fresh_db):
    at = app()
    fill_new_event(at, 30)
    at.multiselect(key=NEW + "countries").set_value(["MMR", "THA"]).run()
    at.number_input(key=NEW + "count_MMR").set_value(12).run()
    captions = [shown(c.value) for c in at.caption]
    assert (
        "30 in all: 12 counted by country, 18 not broken down by country; 1 country named without a count."
        in captions
    )
    at.button(key=NEW + "save").click().run()
    assert not at.exception, at.exception
    assert [shown(s.value) for s in at.success] == ["Saved event 'workshop-2019-yangon': 3 added."]
    assert (
        at.selectbox(key="manage_pick_events").value == "workshop-2019-yangon"
    )  # now open for editing

    assert overview(at) == {
        "Events": "18",
        "Participants": "322",
        "Countries of origin": "4",
        "Organisations": "9",
        "Outcomes": "15",
    }
    at.switch_page("app_pages/history.py").run()
    assert not at.exception, at.exception
    history = at.dataframe[0].value
    assert list(history["Action"]) == ["added"] * 3
    assert set(history["Row"]) == {
        "workshop-2019-yangon",
        "workshop-2019-yangon / MMR",
        "workshop-2019-yangon / THA",
    }
    assert set(history["Who"]) == {ingest.os_actor()}


def test_a_refused_form_says_why_and_writes_nothing(fresh_db):
    at = app()
    fill_new_event(at, -3)
    at.button(key=NEW + "save").click().run()
    assert [shown(e.value) for e in at.error] == ["Participants in all: -3 is below zero"]
    assert overview(at)["Events"] == "17"


def test_a_required_choice_starts_empty_and_is_asked_for(fresh_db):
    at = app()
    assert at.selectbox(key=NEW + "source_id").value is None  # no source is chosen for the user
    at.text_input(key=NEW + "event_id").set_value("no-source").run()
    at.text_area(key=NEW + "title").set_value("An event without its source").run()
    at.button(key=NEW + "save").click().run()
    assert sorted(shown(e.value) for e in at.error) == [
        "Sentence from the source: is required",
        "Source: is required",
        "Type of event: is required",
    ]


def test_the_remainder_not_broken_down_follows_the_counts(fresh_db):
    at = app()
    at.selectbox(key="manage_pick_events").set_value(LAO).run()
    prefix = f"manage_events_{LAO}_0_"
    assert at.number_input(key=prefix + "participants_total").value == 29
    assert "29 in all: 7 counted by country, 22 not broken down by country." in [
        shown(c.value) for c in at.caption
    ]
    at.multiselect(key=prefix + "countries").set_value(["LAO", "THA"]).run()
    at.number_input(key=prefix + "count_THA").set_value(20).run()
    assert "29 in all: 27 counted by country, 2 not broken down by country." in [
        shown(c.value) for c in at.caption
    ]
    at.number_input(key=prefix + "count_THA").set_value(25).run()
    assert "The counts by country add up to 32, more than the total of 29." in [
        shown(w.value) for w in at.warning
    ]


def test_deleting_an_event_lists_what_goes_and_needs_a_confirmation(fresh_db):
    at = app()
    at.selectbox(key="manage_pick_events").set_value(EXCHANGE).run()
    prefix = f"manage_events_{EXCHANGE}_0_"
    texts = [shown(m.value) for m in at.markdown]
    assert (
        "Also deleted: 5 organisation links, 3 participation rows (participants by country), 1 outcome."
        in texts
    )
    assert at.button(key=prefix + "delete").disabled
    at.checkbox(key=prefix + "sure").check().run()
    at.button(key=prefix + "delete").click().run()
    assert not at.exception, at.exception
    assert [shown(s.value) for s in at.success] == [
        f"Deleted event '{EXCHANGE}': 10 deleted in all."
    ]
    assert overview(at)["Events"] == "16"
    assert overview(at)["Participants"] == "268"


def test_history_undoes_the_last_import(fresh_db):
    rows = (
        "event_id,project_id,title,event_type,start_date,end_date,date_precision,city,venue,country_iso3,"
        "participants_total,participants_at_least,description,source_id,source_quote\r\n"
        "import-1,,Imported workshop,workshop,2019-03-01,,month,Yangon,,MMR,40,false,,report-001,A workshop.\r\n"
    )
    con = db.shared.cursor()
    try:
        plan = ingest.plan_import(
            con, "events", spreadsheet.read_bytes(rows.encode(), "partner.csv")
        )
        ingest.commit(con, plan, Person.local("partner desk"))
    finally:
        con.close()
    at = app("app_pages/history.py")
    assert "Import 1: partner.csv into events, 1 new and 0 changed rows" in " ".join(
        shown(m.value) for m in at.markdown
    )
    assert overview(at)["Events"] == "18"
    at.switch_page("app_pages/history.py").run()
    assert at.button(key="undo_import").disabled
    at.checkbox(key="undo_sure_1").check().run()
    at.button(key="undo_import").click().run()
    assert not at.exception, at.exception
    assert [shown(s.value) for s in at.success] == [
        "Import 1 undone: 1 deleted; events is back as it was before it."
    ]
    assert overview(at)["Events"] == "17"


def test_history_filters_by_table_and_action(fresh_db):
    con = db.shared.cursor()
    try:
        ingest.commit(con, ingest.plan_delete(con, "events", (EXCHANGE,)), Person.local("tester"))
    finally:
        con.close()
    at = app("app_pages/history.py")
    assert len(at.dataframe[0].value) == 10
    at.multiselect(key="history_tables").set_value(["participation"]).run()
    frame = at.dataframe[0].value
    assert sorted(frame["Row"]) == [f"{EXCHANGE} / KHM", f"{EXCHANGE} / MMR", f"{EXCHANGE} / THA"]
    assert set(frame["Action"]) == {"deleted"}
    at.multiselect(key="history_actions").set_value(["insert"]).run()
    assert [i.value for i in at.info] == ["No change matches these filters."]


def test_manage_is_not_offered_when_the_app_is_read_only(fresh_db, monkeypatch):
    monkeypatch.setenv("ATLAS_READ_ONLY", "1")
    db.shared.close()
    at = app(None)
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        at.switch_page("app_pages/manage.py")
    at.switch_page("app_pages/history.py").run()
    assert not at.exception, at.exception
    assert not [b for b in at.button if b.key == "undo_import"]


RECORDS = {
    "events": "event_id",
    "outcomes": "outcome_id",
    "organisations": "org_id",
    "projects": "project_id",
    "sources": "source_id",
}
TABS = {
    "events": "Events",
    "outcomes": "Outcomes",
    "organisations": "Organisations",
    "projects": "Projects",
    "sources": "Sources",
}


@pytest.mark.parametrize("table", list(RECORDS))
def test_every_record_opens_in_its_form_and_saves_back_unchanged(fresh_db, table):
    """Each seed record shown in the form and saved as it is: nothing changes, so every field
    (dates at their precision, empty numbers, lower bounds, long quotes) round-trips exactly."""
    con = db.shared.cursor()
    try:
        keys = [
            k
            for (k,) in con.execute(
                "SELECT " + RECORDS[table] + " FROM " + table + " ORDER BY 1"
            ).fetchall()
        ]
        before = ingest.checksums(con)
    finally:
        con.close()
    at = app()
    at.radio(key="manage_what").set_value(TABS[table]).run()
    for key in keys:
        at.selectbox(key=f"manage_pick_{table}").set_value(key).run()
        at.button(key=f"manage_{table}_{key}_0_save").click().run()
        assert not at.exception, at.exception
        assert [i.value for i in at.info] == ["Nothing has changed, so nothing was written."], key
    con = db.shared.cursor()
    try:
        assert ingest.checksums(con) == before
    finally:
        con.close()
