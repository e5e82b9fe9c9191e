"""Every dropped link value is said; one id rule for imports and links; the Data page refuses an
over-long search with a notice instead of an error."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from atlas import db, ingest
from atlas.access import Person
from atlas.filters import Choices, Filters
from atlas.spreadsheet import read_bytes
from atlas.validation import id_problem

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("key", "value"),
    [("from", "0001"), ("to", "9999"), ("from", "9999-12"), ("to", "1949-12-31"), ("from", "2101")],
)
def test_a_year_outside_the_range_is_dropped_with_a_notice(key, value):
    filters, notices = Filters.from_query({key: value})
    assert filters == Filters()
    assert notices == [f"Ignored {key}={value!r}: dates run from 1950 to 2100."]


def test_the_range_ends_themselves_are_kept():
    filters, notices = Filters.from_query({"from": "1950", "to": "2100"})
    assert notices == []
    assert (filters.date_from.isoformat(), filters.date_to.isoformat()) == (
        "1950-01-01",
        "2100-12-31",
    )


THAI = "โครงการ เด็ก 2009"


def test_ids_the_import_accepts_come_back_in_a_link():
    assert id_problem(THAI) is None
    assert id_problem("Project one") is None
    filters, notices = Filters.from_query(
        {"project": THAI, "funder": "Fund A"},
        Choices(projects=frozenset({THAI}), funders=frozenset({"Fund A"})),
    )
    assert notices == []
    assert filters.projects == (THAI,) and filters.funders == ("Fund A",)
    assert (
        Filters.from_query(
            filters.to_query(), Choices(projects=frozenset({THAI}), funders=frozenset({"Fund A"}))
        )[0]
        == filters
    )


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("a,b", "contains a comma"),
        ("tab\there", "U+0009"),
        ("x\x07", "U+0007"),
        ("x" * 201, "at most 200"),
    ],
)
def test_the_import_refuses_an_id_a_link_could_not_carry(fresh_db, value, reason):
    header = b"project_id,name,description,start_date,end_date,date_precision,lead_org_id,source_id,source_quote,iati_identifier,iati_activity_status\n"
    quoted = '"' + value.replace('"', '""') + '"'
    body = f"{quoted},A project,,,,,,report-000,A sentence.,,\n".encode()
    con = db.connect(fresh_db)
    try:
        plan = ingest.plan_import(con, "projects", read_bytes(header + body, "projects.csv"))
    finally:
        con.close()
    assert [(p.location, p.column) for p in plan.problems] == [("Row 2", "project_id")]
    assert reason in plan.problems[0].message


def test_a_thai_project_id_imported_is_shared_by_link(fresh_db):
    header = b"project_id,name,description,start_date,end_date,date_precision,lead_org_id,source_id,source_quote,iati_identifier,iati_activity_status\n"
    body = f"{THAI},Thai project,,,,,,report-000,A sentence.,,\n".encode()
    con = db.connect(fresh_db)
    try:
        plan = ingest.plan_import(con, "projects", read_bytes(header + body, "projects.csv"))
        assert not plan.problems
        ingest.commit(con, plan, Person.local("tester"))
    finally:
        con.close()
    db.shared.close()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params["project"] = THAI
    at.run()
    assert not at.exception
    assert [w.value for w in at.warning] == []
    assert "Thai project" in at.caption[0].value.replace("\\", "")
    db.shared.close()


def test_an_over_long_search_in_a_data_link_is_refused_with_a_notice():
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params["q"] = "x" * 250
    at.switch_page("app_pages/data.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    warnings = [w.value.replace("\\", "") for w in at.warning]
    assert any(
        "Ignored the link's search q=" in w and "longer than 200 characters" in w for w in warnings
    )
    assert at.text_input(key="data_search").value == ""
    assert at.metric[0].value == "17"
    assert "q" not in at.query_params
