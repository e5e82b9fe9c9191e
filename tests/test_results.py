"""Targets against actuals (migration 007, queries/results/) and the IATI 2.03 export.

Actuals are checked against counts written here independently, straight from the base tables,
on the seed and on a synthetic network; the IATI file is validated against the official
schema in standards/iati-2.03/."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
from pathlib import Path

import duckdb
import pytest
from lxml import etree

from atlas import db, facts, ingest, queries, spreadsheet, synth
from atlas.access import Person, Scope
from atlas.export import iati
from atlas.filters import Filters

ALL = Filters()


def results(con, filters: Filters = ALL, search: str | None = None):
    return queries.run(
        "results/table", con=con, search=search, **filters.sql_params(), scope=Scope.everything()
    ).set_index("target_id")


# --- independent counts ------------------------------------------------------------------------

# One statement per indicator kind, from the base tables only (no macro, no event_facts): the
# project's records in the target's period (every record when it has none; a dated record
# counts when its period overlaps the target's).
INDEPENDENT = """
WITH ev AS (
    SELECT e.*, coalesce(e.end_date, CASE e.date_precision
        WHEN 'day' THEN e.start_date
        WHEN 'month' THEN (e.start_date + INTERVAL 1 MONTH - INTERVAL 1 DAY)::DATE
        WHEN 'season' THEN (e.start_date + INTERVAL 4 MONTH - INTERVAL 1 DAY)::DATE
        WHEN 'year' THEN (e.start_date + INTERVAL 1 YEAR - INTERVAL 1 DAY)::DATE END) AS last_day
    FROM events AS e
), inside AS (
    SELECT t.target_id, ev.*
    FROM targets AS t JOIN ev ON ev.project_id = t.project_id
    WHERE (t.period_start IS NULL AND t.period_end IS NULL)
       OR (ev.start_date IS NOT NULL
           AND (t.period_start IS NULL OR ev.last_day >= t.period_start)
           AND (t.period_end IS NULL OR ev.start_date <= t.period_end))
)
SELECT t.target_id,
       CASE t.indicator_kind
         WHEN 'events' THEN (SELECT count(*) FROM inside AS i WHERE i.target_id = t.target_id
                                AND (t.event_type IS NULL OR i.event_type = t.event_type))
         WHEN 'participants' THEN (SELECT CASE WHEN count(*) = 0 THEN 0 ELSE sum(i.participants_total) END
                                   FROM inside AS i WHERE i.target_id = t.target_id
                                   AND (t.event_type IS NULL OR i.event_type = t.event_type))
         WHEN 'countries_reached' THEN (
             SELECT count(DISTINCT c) FROM (
                 SELECT i.country_iso3 AS c FROM inside AS i WHERE i.target_id = t.target_id AND i.country_iso3 IS NOT NULL
                 UNION ALL
                 SELECT p.country_iso3 FROM inside AS i JOIN participation AS p ON p.event_id = i.event_id
                 WHERE i.target_id = t.target_id))
         WHEN 'outcomes' THEN (
             SELECT count(*) FROM outcomes AS o LEFT JOIN ev AS oe ON oe.event_id = o.event_id
             WHERE coalesce(o.project_id, oe.project_id) = t.project_id
               AND (t.outcome_type IS NULL OR o.outcome_type = t.outcome_type)
               AND ((t.period_start IS NULL AND t.period_end IS NULL)
                    OR (coalesce(o.date, oe.start_date) IS NOT NULL
                        AND (t.period_start IS NULL OR coalesce(CASE o.date_precision
                              WHEN 'day' THEN o.date
                              WHEN 'month' THEN (o.date + INTERVAL 1 MONTH - INTERVAL 1 DAY)::DATE
                              WHEN 'season' THEN (o.date + INTERVAL 4 MONTH - INTERVAL 1 DAY)::DATE
                              WHEN 'year' THEN (o.date + INTERVAL 1 YEAR - INTERVAL 1 DAY)::DATE END,
                              oe.last_day) >= t.period_start)
                        AND (t.period_end IS NULL OR coalesce(o.date, oe.start_date) <= t.period_end))))
         ELSE t.manual_actual END AS expected
FROM targets AS t
ORDER BY t.target_id
"""


def _compare(con) -> int:
    expected = dict(con.execute(INDEPENDENT).fetchall())
    frame = results(con)
    actual = {k: (None if v is None or v != v else int(v)) for k, v in frame["actual"].items()}
    expected = {k: (None if v is None else int(v)) for k, v in expected.items()}
    assert actual == expected
    return len(expected)


def test_seed_actuals_equal_independent_counts(seed_con):
    assert _compare(seed_con) == 4


def test_beyond_tolerance_reads_four_of_four_one_of_one_three_of_three_one_of_one(seed_con):
    frame = results(seed_con)
    got = {
        t: (int(r.target_value), int(r.actual), int(r.progress_pct)) for t, r in frame.iterrows()
    }
    assert got == {
        "beyond-tolerance-country-visits": (4, 4, 100),
        "beyond-tolerance-multimedia": (1, 1, 100),
        "beyond-tolerance-exhibitions": (3, 3, 100),
        "beyond-tolerance-advocacy-paper": (1, 1, 100),
    }
    # The three exhibitions have no date in report 004: counted (the target has no period) and
    # said apart; none of the four is a lower bound.
    assert frame.loc["beyond-tolerance-exhibitions", "undated_in_actual"] == 3
    assert frame.loc["beyond-tolerance-country-visits", "undated_in_actual"] == 0
    assert not frame["actual_at_least"].any()


@pytest.fixture(scope="module")
def synth_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("synth") / "synth.duckdb"
    synth.build(2000, 11, path)
    return path


def test_synthetic_actuals_equal_independent_counts(synth_path):
    con = db.connect(synth_path, read_only=True)
    try:
        n = _compare(con)
        frame = results(con)
        # The generator's targets cover every kind, with and without periods.
        assert n == len(frame) >= 50
        assert set(frame["indicator_kind"]) == {
            "events",
            "participants",
            "countries_reached",
            "outcomes",
            "manual",
        }
        assert frame["period_start"].notna().any()
    finally:
        con.close()


def test_each_counted_record_links_to_its_sentence(seed_con):
    rows = queries.run(
        "results/records",
        con=seed_con,
        target_id="beyond-tolerance-country-visits",
        **ALL.sql_params(),
        scope=Scope.everything(),
    )
    assert sorted(rows["record_id"]) == [
        "beyond-tolerance-visit-cambodia",
        "beyond-tolerance-visit-japan",
        "beyond-tolerance-visit-myanmar",
        "beyond-tolerance-visit-thailand",
    ]
    assert set(rows["status"]) == {"counted"}
    assert (
        rows["source_quote"]
        .str.startswith("MMN conducted field visits to Thailand (May 2016)")
        .all()
    )


# --- undated records, lower bounds, a total not broken down --------------------------------------


def _add_target(con, **values) -> None:
    row = {
        "target_id": "t",
        "project_id": "beyond-tolerance",
        "indicator": "Events in 2016",
        "indicator_kind": "events",
        "event_type": None,
        "outcome_type": None,
        "target_value": 7,
        "baseline_value": None,
        "baseline_year": None,
        "period_start": None,
        "period_end": None,
        "manual_actual": None,
        "manual_actual_quote": None,
        "source_id": "report-004",
        "source_quote": "A test target.",
    } | values
    con.execute(
        "INSERT INTO targets BY NAME SELECT * FROM (SELECT "
        + ", ".join(f"${k} AS {k}" for k in row)
        + ")",
        row,
    )


def test_a_target_whose_events_are_partly_undated_shows_them_apart(fresh_db):
    con = db.connect(fresh_db)
    try:
        _add_target(
            con,
            target_id="events-2016",
            period_start=dt.date(2016, 1, 1),
            period_end=dt.date(2016, 12, 31),
        )
        row = results(con).loc["events-2016"]
        # The four 2016 country visits count; the three exhibitions have no date to place in
        # 2016: left out, said apart, and the actual becomes a lower bound.
        assert (row["actual"], row["undated_left_out"], row["undated_in_actual"]) == (4, 3, 0)
        assert bool(row["actual_at_least"])
        records = queries.run(
            "results/records",
            con=con,
            target_id="events-2016",
            **ALL.sql_params(),
            scope=Scope.everything(),
        )
        assert (records["status"] == "undated").sum() == 3
        assert set(records.loc[records["status"] == "undated", "record_id"]) == {
            "beyond-tolerance-exhibition-bangkok",
            "beyond-tolerance-exhibition-yangon",
            "beyond-tolerance-exhibition-phnom-penh",
        }
        # The view's date range bounds the window too: in a 2016 view the exhibitions of the
        # seed's target (no period) are shown apart rather than dropped.
        in_2016 = results(
            con, Filters(date_from=dt.date(2016, 1, 1), date_to=dt.date(2016, 12, 31))
        )
        assert (
            in_2016.loc["beyond-tolerance-exhibitions", "actual"],
            in_2016.loc["beyond-tolerance-exhibitions", "undated_left_out"],
        ) == (0, 3)
    finally:
        con.close()


def test_countries_reached_counts_named_countries_never_a_total_not_broken_down(fresh_db):
    con = db.connect(fresh_db)
    try:
        _add_target(
            con,
            target_id="reach",
            project_id="exchange-2014",
            indicator="Countries reached",
            indicator_kind="countries_reached",
            target_value=3,
        )
        _add_target(
            con,
            target_id="people",
            project_id="ilo-ipec",
            indicator="Participants",
            indicator_kind="participants",
            target_value=300,
        )
        frame = results(con)
        # 24 participants "from Burma/Myanmar, Thailand and Cambodia", no split: three countries
        # named, hosted in Thailand; the 24 reach no further country.
        assert frame.loc["reach", "actual"] == 3
        # ILO-IPEC: 71 + 75 + 29 + 51 stated; the youth workshops and trainings state no total,
        # so the sum is a lower bound.
        assert frame.loc["people", "actual"] == 71 + 75 + 29 + 51
        assert bool(frame.loc["people", "actual_at_least"])
        dims = queries.run(
            "results/participants_by_country", con=con, **ALL.sql_params(), scope=Scope.everything()
        )
        assert dict(zip(dims["country_iso3"], dims["participants"], strict=True)) == {
            "KHM": 22,
            "LAO": 7,
        }
    finally:
        con.close()


def test_filters_narrow_what_is_counted_never_which_targets_show(seed_con):
    khm = results(seed_con, Filters(countries=("KHM",)))
    assert len(khm) == 4
    assert khm.loc["beyond-tolerance-country-visits", "actual"] == 1
    assert khm.loc["beyond-tolerance-exhibitions", "actual"] == 1
    assert results(seed_con, Filters(funders=("diakonia",))).empty
    assert len(results(seed_con, Filters(funders=("toyota-foundation",)))) == 4


# --- bad input through the import: row, column, reason; nothing written ------------------------


def _target_csv(rows: list[dict]) -> bytes:
    import io

    header = [
        "target_id",
        "project_id",
        "indicator",
        "indicator_kind",
        "event_type",
        "outcome_type",
        "target_value",
        "baseline_value",
        "baseline_year",
        "period_start",
        "period_end",
        "manual_actual",
        "manual_actual_quote",
        "source_id",
        "source_quote",
    ]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, header, lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({h: "" for h in header} | row)
    return buffer.getvalue().encode("utf-8")


def test_bad_targets_are_refused_with_row_column_and_reason_and_nothing_is_written(fresh_db):
    con = db.connect(fresh_db)
    try:
        before = ingest.table_checksum(con, "targets")
        good = {
            "target_id": "ok",
            "project_id": "ilo-ipec",
            "indicator": "Seminars",
            "indicator_kind": "events",
            "event_type": "seminar",
            "target_value": "2",
            "source_id": "report-003",
            "source_quote": "Two seminars.",
        }
        rows = [
            good,
            good | {"target_id": "below", "target_value": "-1"},
            good
            | {"target_id": "backwards", "period_start": "2010-06-01", "period_end": "2010-01-31"},
            good | {"target_id": "kind", "indicator_kind": "meetings", "event_type": ""},
        ]
        plan = ingest.plan_import(
            con, "targets", spreadsheet.read_bytes(_target_csv(rows), "targets.csv")
        )
        assert [str(p) for p in plan.problems] == [
            "Row 3, column target_value: -1 is below zero",
            "Row 4, column period_end: 2010-01-31 is before the period's start 2010-06-01",
            "Row 5, column indicator_kind: 'meetings' is not one of: events, participants, countries_reached, "
            "outcomes, manual",
        ]
        with pytest.raises(ingest.Refused):
            ingest.commit(con, plan, Person.local("test"))
        assert ingest.table_checksum(con, "targets") == before
        # The database refuses them too, whichever path writes.
        with pytest.raises(duckdb.ConstraintException):
            _add_target(con, target_id="neg", target_value=-1)
        with pytest.raises(duckdb.ConstraintException):
            _add_target(
                con,
                target_id="back",
                period_start=dt.date(2010, 6, 1),
                period_end=dt.date(2010, 1, 1),
            )
    finally:
        con.close()


# --- IATI 2.03 ---------------------------------------------------------------------------------

NS_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def test_the_seed_export_refuses_and_names_every_missing_identifier(seed_con):
    with pytest.raises(iati.IatiRefused) as refused:
        iati.activities(seed_con, scope=Scope.everything())
    text = str(refused.value)
    assert "organisations.iati_org_id" in text
    assert "projects.iati_activity_status" in text
    assert "python -m atlas.ingest projects FILE --commit" in text
    # The reports give Beyond 'Tolerance' no end date and its targets no period.
    assert "Target beyond-tolerance-country-visits" in text


def _fill_identifiers(con) -> None:
    """What a publishing network adds (test values, marked as such): its IATI identifier and type,
    each project's status, and the end of Beyond 'Tolerance', which the reports do not give."""
    con.execute(
        "UPDATE organisations SET iati_org_id = 'XX-TEST-MMN', iati_org_type = '23' WHERE org_id = 'mmn'"
    )
    con.execute("UPDATE projects SET iati_activity_status = '4'")
    con.execute(
        "UPDATE projects SET end_date = DATE '2017-12-31' WHERE project_id = 'beyond-tolerance'"
    )


def test_seed_export_with_identifiers_validates_and_reports_four_of_four(fresh_db):
    con = db.connect(fresh_db)
    try:
        _fill_identifiers(con)
        # ILO-IPEC has no start date in report 003: the file holds the complete projects and says
        # which one it left out and why.
        with pytest.raises(iati.IatiRefused, match=r"ilo-ipec.*projects.start_date"):
            iati.activities(con, scope=Scope.everything())
        out = iati.activities(con, complete_only=True, scope=Scope.everything())
    finally:
        con.close()
    assert iati.validate(out.xml) == []
    assert (out.activities, out.left_out) == (2, 1)
    assert any("ilo-ipec" in w and "left out" in w for w in out.warnings)
    doc = etree.fromstring(out.xml)
    activity = doc.xpath("iati-activity[iati-identifier='XX-TEST-MMN-beyond-tolerance']")[0]
    assert activity.xpath("reporting-org/@ref") == ["XX-TEST-MMN"]
    assert activity.xpath("participating-org[@role='1']/narrative/text()") == ["Toyota Foundation"]
    assert activity.xpath("participating-org[@role='4']/narrative/text()") == [
        "Mekong Migration Network"
    ]
    assert sorted(activity.xpath("recipient-country/@code")) == ["JP", "KH", "MM", "TH"]
    assert activity.xpath("document-link/@url") == ["reports/004_fbe826ad48248216.txt"]
    visits = activity.xpath(
        "result[title/narrative='Country visits to the four countries concerned']/indicator/period"
    )[0]
    assert visits.xpath("target/@value") == ["4"]
    assert visits.xpath("actual/@value") == ["4"]
    exhibitions = activity.xpath(
        "result[title/narrative='Talks and exhibitions in Bangkok, Yangon and Phnom Penh']"
        "/indicator/period/actual"
    )[0]
    assert exhibitions.get("value") == "3"
    assert "3 counted records have no date" in exhibitions.xpath("comment/narrative/text()")[0]


def test_synthetic_export_of_2000_events_validates(synth_path, tmp_path):
    path = tmp_path / "synth.duckdb"
    shutil.copy(synth_path, path)
    con = db.connect(path, read_only=True)
    try:
        out = iati.activities(con, complete_only=True, scope=Scope.everything())
        expected_results = con.execute(
            "SELECT count(*) FROM targets AS t JOIN projects AS p USING (project_id) WHERE p.start_date IS NOT NULL"
            " AND (t.period_start IS NOT NULL OR p.end_date IS NOT NULL)"
        ).fetchone()[0]
        events = con.execute("SELECT count(*) FROM events").fetchone()[0]
    finally:
        con.close()
    assert events == 2000
    assert iati.validate(out.xml) == []
    doc = etree.fromstring(out.xml)
    assert len(doc.xpath("iati-activity")) == out.activities >= 20
    assert len(doc.xpath("//result")) == out.results
    assert out.results <= expected_results
    # Participants by home country, where counted, as dimensions of extra actuals.
    assert doc.xpath("//actual/dimension[@name='home country']")
    assert doc.get("version") == "2.03" and doc.xpath("iati-activity")[0].get(NS_LANG) == "en"


def test_a_broken_file_is_caught_by_the_schema():
    bad = (
        b"<iati-activities version='2.03'><iati-activity><title/></iati-activity></iati-activities>"
    )
    assert iati.validate(bad)


# --- HXL ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "table",
    [
        "events",
        "events_by_country",
        "participation",
        "outcomes",
        "organisations",
        "projects",
        "results",
    ],
)
def test_a_csv_with_hxl_has_the_header_the_hashtag_row_then_the_same_rows(seed_con, table):
    from atlas import export as exports
    from atlas.export import hxl

    selection = exports.Selection(table, scope=Scope.everything())
    at = dt.datetime(2026, 11, 24, 12, tzinfo=dt.UTC)
    plain = (
        exports.to_bytes(seed_con, selection, exports.FileFormat("csv"), at)
        .decode("utf-8")
        .splitlines()
    )
    tagged = (
        exports.to_bytes(seed_con, selection, exports.FileFormat("csv", hxl=True), at)
        .decode("utf-8")
        .splitlines()
    )
    assert tagged[0] == plain[0]
    assert tagged[2:] == plain[1:]
    header = next(csv.reader([plain[0]]))
    tags = next(csv.reader([tagged[1]]))
    assert tags == hxl.row(table, header)
    # Every column has a well-formed hashtag, and the dictionary lists the same one.
    assert all(hxl.is_hashtag(t) for t in tags), [
        h for h, t in zip(header, tags, strict=True) if not hxl.is_hashtag(t)
    ]
    dictionary = exports.dictionary(seed_con, selection)
    assert list(dictionary["HXL hashtag"]) == tags


def test_hashtags_an_analyst_would_expect():
    from atlas.export import hxl

    assert hxl.row("events", ["event_id", "start_date", "country_iso3", "participants_total"]) == [
        "#event+id",
        "#date+start",
        "#country+code+v_iso3+host",
        "#reached+num",
    ]
    assert hxl.hashtag("participation", "country_iso3") == "#country+code+v_iso3+origin"
    assert hxl.hashtag("events_by_country", "LAO") == "#reached+num+origin+lao"
    assert hxl.hashtag("results", "target_value") == "#indicator+num+target"


def test_hxl_applies_to_csv_only():
    from atlas import export as exports

    with pytest.raises(exports.ExportError, match="CSV only"):
        exports.FileFormat("xlsx", hxl=True)
    assert exports.FileFormat("csv", hxl=True).describe()["HXL"].startswith("second line")


# --- the command line and the pages -------------------------------------------------------------


def test_command_line_iati_refuses_then_writes_a_valid_file(fresh_db, tmp_path, capsys):
    from atlas.export import __main__ as export

    out = tmp_path / "activities.xml"
    assert export.main(["iati", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert (
        "No IATI file was written" in err
        and "organisations.iati_org_id" in err
        and not out.exists()
    )
    db.shared.close()
    con = db.connect(fresh_db)
    _fill_identifiers(con)
    con.close()
    assert export.main(["iati", "--query", "project=beyond-tolerance", "-o", str(out)]) == 0
    assert "valid against the IATI 2.03 schema" in capsys.readouterr().err
    assert iati.validate(out.read_bytes()) == []
    doc = etree.parse(str(out)).getroot()
    assert doc.xpath("//iati-identifier/text()") == ["XX-TEST-MMN-beyond-tolerance"]


def test_command_line_results_csv(tmp_path, capsys):
    from atlas.export import __main__ as export

    out = tmp_path / "results.csv"
    assert export.main(["results", "--format", "csv", "--hxl", "-o", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[1].startswith("#indicator+id,#activity+id")
    assert len(lines) == 2 + 4


def test_results_page_and_the_funders_page_show_target_against_actual():
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(
        str(Path(__file__).resolve().parent.parent / "app.py"), default_timeout=60
    )
    at.switch_page("app_pages/results.py")
    at.run()
    assert not at.exception
    table = at.dataframe[0].value.set_index("Indicator")
    assert table.loc[
        "Country visits to the four countries concerned", ["Target", "Actual"]
    ].tolist() == [4, "4"]
    assert (
        table.loc["Talks and exhibitions in Bangkok, Yangon and Phnom Penh", "Undated"]
        == "3 counted with no date"
    )
    # The table and the IATI file are a click away, on the Data page with the results table chosen
    # (a command line is no use to a funder in a browser).
    [link] = [e.proto for e in at.main if getattr(e, "type", "") == "page_link"]
    assert link.label.startswith("Download this table") and "IATI 2.03" in link.label
    assert link.page.endswith("data") and "table=results" in link.query_string
    at = AppTest.from_file(
        str(Path(__file__).resolve().parent.parent / "app.py"), default_timeout=60
    )
    at.query_params["funder"] = "toyota-foundation"
    at.switch_page("app_pages/funders.py")
    at.run()
    assert not at.exception
    assert "Planned against done" in [s.value for s in at.subheader]
    frames = [d.value for d in at.dataframe if "Indicator" in d.value.columns]
    assert sorted(frames[0]["Progress"].tolist()) == [100, 100, 100, 100]
    # Diakonia's project planned nothing the reports state.
    at = AppTest.from_file(
        str(Path(__file__).resolve().parent.parent / "app.py"), default_timeout=60
    )
    at.query_params["funder"] = "diakonia"
    at.switch_page("app_pages/funders.py")
    at.run()
    assert any("No target is recorded" in i.value for i in at.info)


def test_an_outcome_counts_for_its_own_project_even_at_another_projects_event(fresh_db):
    con = db.connect(fresh_db)
    try:
        # An outcome of Beyond 'Tolerance' recorded at an ILO-IPEC event (a project with no target).
        con.execute(
            "INSERT INTO outcomes (outcome_id, outcome_type, title, project_id, event_id, source_id, source_quote)"
            " VALUES ('x', 'publication', 'A test paper', 'beyond-tolerance', 'ilo-national-seminar-2009-01',"
            " 'report-004', 'A test sentence.')"
        )
        facts.refresh(con, ["ilo-national-seminar-2009-01"])  # what every write does (atlas.ingest)
        assert results(con).loc["beyond-tolerance-advocacy-paper", "actual"] == 2
        assert _compare(con) == 4
    finally:
        con.close()


def test_a_records_story_link_is_relative_encoded_and_keeps_the_language():
    from ui.targets import story_link

    assert (
        story_link("ilo-consultation-lao-2009-06", "en")
        == "events?event=ilo-consultation-lao-2009-06"
    )
    assert story_link("งาน 1 & 2", "th") == (
        "events?event=%E0%B8%87%E0%B8%B2%E0%B8%99+1+%26+2&lang=th"
    )
