"""Reviewing a report: its drafts planned as one batch (atlas.review.plan_drafts) and written with
their audit rows by atlas.ingest.commit; the Review page (AppTest) proposes, saves only on Save,
and the other pages count what it saved."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from atlas import db, ingest, review
from atlas.access import Person
from atlas.extract import extract_text
from atlas.markdown import shown
from atlas.schema import DATA_TABLES
from atlas.validation import Problem

ROOT = Path(__file__).resolve().parent.parent
REPORTS = {path.name[:3]: path for path in sorted((ROOT / "data" / "reports").glob("*.txt"))}
# The seed's events each report tells (report 002 summarises 004; the seed cites 004 for them).
SEED_EVENTS = {
    "000": ["exchange-2014-chiang-mai"],
    "001": ["anniversary-2018-chiang-mai"],
    "002": [
        "beyond-tolerance-exhibition-bangkok",
        "beyond-tolerance-exhibition-yangon",
        "beyond-tolerance-exhibition-phnom-penh",
    ],
    "003": [
        "ilo-youth-media-workshop-1",
        "ilo-youth-media-workshop-2",
        "ilo-subregional-consultation-2010-04",
        "ilo-national-seminar-2009-01",
        "ilo-national-seminar-2010-04",
        "ilo-consultation-lao-2009-06",
        "ilo-consultation-cambodia-2009-07",
        "ilo-trainings-lao-counterparts",
    ],
    "004": [
        "beyond-tolerance-visit-thailand",
        "beyond-tolerance-visit-cambodia",
        "beyond-tolerance-visit-myanmar",
        "beyond-tolerance-visit-japan",
        "beyond-tolerance-exhibition-bangkok",
        "beyond-tolerance-exhibition-yangon",
        "beyond-tolerance-exhibition-phnom-penh",
    ],
}
FACTS = """
SELECT e.start_date, e.end_date, e.date_precision, e.city, e.venue, e.country_iso3, e.participants_total,
       e.participants_at_least,
       (SELECT list((p.country_iso3, p.participants) ORDER BY p.country_iso3) FROM participation p
        WHERE p.event_id = e.event_id) AS participation
FROM events e WHERE $ids IS NULL OR e.event_id = ANY($ids)
"""


def facts(con: duckdb.DuckDBPyConnection, ids: list[str] | None = None) -> list[tuple]:
    """The key facts of events (dates, place, counts, participants by country), sorted."""
    return sorted(con.execute(FACTS, {"ids": ids}).fetchall(), key=repr)


def counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    return {
        t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: S608 - fixed table names
        for t in (*DATA_TABLES, "audit_log")
    }


@pytest.fixture
def empty_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A database with the schema and no records (built from an empty seed folder), made the app's."""
    (tmp_path / "seed").mkdir()
    path = db.build(tmp_path / "seed", tmp_path / "atlas.duckdb")
    db.shared.close()
    monkeypatch.setenv("ATLAS_DB", str(path))
    yield path
    db.shared.close()


@pytest.fixture
def con(empty_db: Path):
    """A connection to the empty database, closed after the test."""
    con = db.connect(empty_db)
    yield con
    con.close()


def seed_without(event_ids: set[str], folder: Path) -> Path:
    """A database built from the seed less these events and the rows that hang on them."""
    seed = ROOT / "data" / "seed"
    out = folder / "seed"
    out.mkdir()
    for path in seed.glob("*.csv"):
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            rows = [r for r in reader if r.get("event_id") not in event_ids]
            header = reader.fieldnames
        with (out / path.name).open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, header)
            writer.writeheader()
            writer.writerows(rows)
    return db.build(out, folder / "atlas.duckdb")


@pytest.fixture
def without_report_000(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The seed less report 000's event (the 2014 exchange) and its rows: 16 events, 268
    participants. Its organisations (Diakonia, MMN, ...) stay, as other reports name them too."""
    path = seed_without({"exchange-2014-chiang-mai"}, tmp_path)
    db.shared.close()
    monkeypatch.setenv("ATLAS_DB", str(path))
    yield path
    db.shared.close()


def report(number: str) -> str:
    return REPORTS[number].read_text(encoding="utf-8")


def plan_report(
    con: duckdb.DuckDBPyConnection, number: str, drafts=None
) -> tuple[dict, dict, ingest.Plan]:
    text = report(number)
    drafts = extract_text(text, REPORTS[number].name) if drafts is None else drafts
    source, rows = review.rows_for(
        con, drafts, review.default_title(text, REPORTS[number].name, drafts), REPORTS[number].name
    )
    return source, rows, review.plan_drafts(con, source, rows)


# --- plan_drafts and commit -------------------------------------------------------------------


@pytest.mark.parametrize("number", sorted(SEED_EVENTS))
def test_each_seed_report_into_an_empty_database_gives_the_seed_facts(number, con, seed_con):
    source, rows, plan = plan_report(con, number)
    assert plan.problems == []
    written = ingest.commit(con, plan, Person.local("tester"))
    assert written.inserted == len(plan.changes)
    # Dates, places, totals and participants by country as the hand-built seed has them.
    assert facts(con) == facts(seed_con, SEED_EVENTS[number])
    assert con.execute("SELECT title, kind, path_or_url FROM sources").fetchall() == [
        (source["title"], "report", REPORTS[number].name)
    ]
    assert con.execute(
        "SELECT count(*) FROM events WHERE source_id = $s", {"s": source["source_id"]}
    ).fetchone()[0] == len(SEED_EVENTS[number])
    # One audit row per row written, each by the actor, in the same write.
    audit = con.execute(
        'SELECT actor, action, table_name, count(DISTINCT "at") OVER () FROM audit_log'
    ).fetchall()
    assert (
        len(audit)
        == len(plan.changes)
        == sum(counts(con)[t] for t in counts(con) if t != "audit_log")
    )
    assert {(a, act, n) for a, act, _, n in audit} == {("tester", "insert", 1)}
    assert con.execute("SELECT DISTINCT via FROM audit_log").fetchall() == [("review",)]


def test_report_003_into_an_empty_database(con):
    _, rows, plan = plan_report(con, "003")
    ingest.commit(con, plan, Person.local("tester"))
    june = con.execute(
        "SELECT e.title, e.event_type, CAST(e.start_date AS VARCHAR), e.date_precision, e.participants_total,"
        " p.country_iso3, p.participants"
        " FROM events e JOIN participation p USING (event_id) WHERE e.start_date = DATE '2009-06-01'"
    ).fetchall()
    assert june == [
        (
            "ILO-IPEC consultation between members of Thai-Cord and Lao PDR counterparts",
            "consultation",
            "2009-06-01",
            "month",
            29,
            "LAO",
            7,
        )
    ]
    july = con.execute(
        "SELECT participants_total, list(p.participants) FROM events e JOIN participation p USING (event_id)"
        " WHERE e.start_date = DATE '2009-07-01' GROUP BY ALL"
    ).fetchall()
    assert july == [(51, [22])]
    assert con.execute("SELECT count(*), sum(participants_total) FROM events").fetchone() == (
        8,
        29 + 51 + 71 + 75,
    )
    # The project is added once and every event of the report belongs to it.
    assert con.execute("SELECT count(*) FROM projects").fetchone()[0] == 1
    assert con.execute("SELECT count(DISTINCT project_id) FROM events").fetchone()[0] == 1
    # The sentence each row came from is stored with it.
    quote = con.execute("SELECT source_quote FROM participation WHERE participants = 7").fetchone()[
        0
    ]
    assert "29 participants (7 from Lao PDR)" in quote


def test_a_negative_total_is_refused_with_its_message_and_nothing_is_written(con):
    before = ingest.checksums(con)
    drafts = extract_text(report("000"))
    drafts[0].participants_total = -3
    _, _, plan = plan_report(con, "000", drafts)
    assert plan.problems == [
        Problem(
            "Event 1 (Regional Exchange Program on Migration Issues)",
            "participants_total",
            "-3 is below zero",
        )
    ]
    assert str(plan.problems[0]) == (
        "Event 1 (Regional Exchange Program on Migration Issues), column "
        "participants_total: -3 is below zero"
    )
    assert plan.changes == []
    with pytest.raises(ingest.Refused, match="1 problem"):
        ingest.commit(con, plan, Person.local("tester"))
    assert ingest.checksums(con) == before


def test_saving_twice_does_not_duplicate(con):
    _, _, plan = plan_report(con, "000")
    ingest.commit(con, plan, Person.local("tester"))
    once = counts(con)
    assert once["events"] == 1
    before = ingest.checksums(con)
    _, _, again = plan_report(con, "000")
    assert [str(p) for p in again.problems] == [
        "Event 1 (Regional Exchange Program on Migration Issues): is already in the database as "
        "'regional-exchange-program-on-migration-issues-2014-08' (Regional Exchange Program on Migration "
        "Issues, 5-7 August 2014); untick it so it is not saved twice"
    ]
    assert again.changes == []
    with pytest.raises(ingest.Refused):
        ingest.commit(con, again, Person.local("tester"))
    assert ingest.checksums(con) == before


@pytest.mark.parametrize("number", sorted(SEED_EVENTS))
def test_a_seed_report_pasted_into_the_seed_database_is_found_there(number, fresh_db):
    """Every event of every report is matched to its seed event, so none is saved twice."""
    con = db.connect(fresh_db)
    try:
        drafts = extract_text(report(number), REPORTS[number].name)
        saved = review.find_saved(con, [vars(d) for d in drafts])
        assert sorted(s.event_id for s in saved) == sorted(SEED_EVENTS[number])
        _, _, plan = plan_report(con, number)
        assert len(plan.problems) == len(drafts) and plan.changes == []
    finally:
        con.close()


def test_organisations_in_the_database_are_reused_by_name(without_report_000):
    con = db.connect(without_report_000)
    try:
        _, rows, plan = plan_report(con, "000")
        assert plan.problems == []
        assert rows["organisations"] == []
        assert sorted({(r["org_id"], r["role"]) for r in rows["event_organisations"]}) == [
            ("diakonia", "funder"),
            ("empower", "visited"),
            ("map-foundation", "visited"),
            ("mmn", "speaker"),
            ("mmn", "visited"),
        ]
        ingest.commit(con, plan, Person.local("tester"))
        assert con.execute("SELECT count(*) FROM organisations").fetchone()[0] == 19
        assert con.execute("SELECT count(*), sum(participants_total) FROM events").fetchone() == (
            17,
            292,
        )
    finally:
        con.close()


def test_a_new_organisation_takes_a_free_identifier(without_report_000):
    """An identifier the database already uses is never taken again: 'mahidol' is Mahidol
    University's, so a new organisation called "Mahidol" becomes 'mahidol-2'."""
    con = db.connect(without_report_000)
    try:
        drafts = extract_text(report("000"))
        drafts[0].organisations[0].name = "Mahidol"  # not a name the database knows
        _, rows, plan = plan_report(con, "000", drafts)
        assert [(r["org_id"], r["name"]) for r in rows["organisations"]] == [
            ("mahidol-2", "Mahidol")
        ]
        assert plan.problems == []
    finally:
        con.close()


# --- drafts as editable rows ------------------------------------------------------------------


def test_editor_rows_round_trip_and_edits():
    drafts = extract_text(report("003"))
    june = next(i for i, d in enumerate(drafts) if d.participants_total == 29)
    table = review.editor_rows(drafts, [None] * len(drafts))
    assert table.loc[june, "participation"] == "Lao PDR: 7"
    assert table.loc[0, "participation"] == "Thailand: ?; Lao PDR: ?"
    assert table["save"].all()
    same = review.edited_drafts(drafts, table)
    assert [d.to_json() for d in same] == [d.to_json() for d in drafts]

    table.loc[:, "save"] = False
    table.loc[june, ["save", "participation", "participants_total"]] = [
        True,
        "LAO: 7; Thailand: ?",
        30.0,
    ]
    (edited,) = review.edited_drafts(drafts, table)
    assert edited.participants_total == 30
    assert [(p.country_iso3, p.participants) for p in edited.participation] == [
        ("LAO", 7),
        ("THA", None),
    ]
    # The sentence stays with the count it backs; the added country has none.
    assert edited.evidence["participation[0]"] == drafts[june].evidence["participation[0]"]
    assert "participation[1]" not in edited.evidence


def test_text_the_person_typed_is_kept_for_validation_to_name():
    assert [
        (p.country_iso3, p.participants)
        for p in review.parse_participation("Atlantis: 3; Cambodia: seven")
    ] == [("Atlantis", 3), ("KHM", "seven")]
    assert [
        (o.name, o.role)
        for o in review.parse_organisations(
            "Diakonia (funder); International Labour Organization (ILO)"
        )
    ] == [("Diakonia", "funder"), ("International Labour Organization", "ilo")]
    assert review.parse_participation(float("nan")) == [] and review.parse_organisations("") == []


def test_bad_edits_are_refused_in_the_users_words(con):
    drafts = extract_text(report("000"))
    table = review.editor_rows(drafts, [None])
    table.loc[0, ["participation", "organisations", "end_date"]] = [
        "Atlantis: 3; Cambodia: seven",
        "Diakonia (donor)",
        dt.date(2014, 8, 1),
    ]
    _, _, plan = plan_report(con, "000", review.edited_drafts(drafts, table))
    assert sorted(str(p) for p in plan.problems) == sorted(
        [
            "Event 1 (Regional Exchange Program on Migration Issues), column end_date: 2014-08-01 is before the "
            "start date 2014-08-05",
            "Event 1 (Regional Exchange Program on Migration Issues), participants from Atlantis, column "
            "country_iso3: 'Atlantis' is not a known country code (did you mean Albania?)",
            "Event 1 (Regional Exchange Program on Migration Issues), participants from Cambodia, column "
            "participants: 'seven' is not a whole number",
            "Event 1 (Regional Exchange Program on Migration Issues), organisation 'Diakonia', column role: "
            "'donor' is not one of: organiser, funder, partner, host, visited, trainer, speaker",
        ]
    )


def test_evidence_rows_put_each_field_beside_its_sentence():
    (draft,) = extract_text(report("001"))
    rows = {r["field"]: r for r in review.evidence_rows(draft)}
    assert rows["When"]["value"] == "4 August 2018"
    assert rows["When"]["sentence"].startswith(
        "On 4 August 2018, Mekong Migration Network (MMN) organised"
    )
    assert rows["Participants in all"]["value"] == "42"
    assert rows["Participants in all"]["sentence"].startswith("42 participants attended the event")
    # The country was guessed from the city, and says so.
    assert rows["Country"]["value"] == "Thailand"
    assert rows["Country"]["unsure"] == "not stated; Chiang Mai is in Thailand"


# --- the Review page (AppTest) --------------------------------------------------------------


def review_page() -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    at.switch_page("app_pages/review.py").run()
    assert not at.exception
    return at


def overview_figures() -> dict[str, str]:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    return {m.label: m.value for m in at.metric}


def test_review_page_proposes_saves_on_save_only_and_the_overview_counts_it(without_report_000):
    assert overview_figures()["Events"] == "16"
    assert overview_figures()["Participants"] == "268"
    con = db.shared.cursor()  # the app's own connection: DuckDB allows one configuration per file
    before = ingest.checksums(con)

    at = review_page()
    at.text_area(key="review_text").input(report("000")).run()
    assert not at.exception and not at.error
    table = at.dataframe[0]  # the events; the outcomes table follows it
    row = table.value.iloc[0]
    assert (
        row["title"],
        str(row["start_date"]),
        str(row["end_date"]),
        row["city"],
        row["country_iso3"],
    ) == (
        "Regional Exchange Program on Migration Issues",
        "2014-08-05",
        "2014-08-07",
        "Chiang Mai",
        "THA",
    )
    assert row["participants_total"] == 24 and bool(row["save"])
    assert row["participation"] == "Myanmar: ?; Thailand: ?; Cambodia: ?"
    evidence = at.table[0].value
    shown = dict(zip(evidence["Field"], evidence["Sentence in the report"], strict=True))
    assert "A total of 24 participants from Burma" in shown["Participants in all"]
    assert [b.label for b in at.button if b.key == "review_save"] == ["Save 1 event"]

    # Proposed, looked at, chosen in the evidence view: nothing is written before Save.
    at.selectbox(key=next(s.key for s in at.selectbox if s.key.startswith("review_pick_"))).select(
        0
    ).run()
    assert ingest.checksums(con) == before

    at.button(key="review_save").click().run()
    assert not at.exception and not at.error
    assert "1 source, 1 event, 3 participation rows" in at.success[0].value.replace("\\", "")
    assert [link.label for link in at.get("page_link")] == ["See them on the Events page"]
    # The same report is now in the database: unticked, named, and the button saves nothing.
    assert "Every event in this report is already in the database" in at.info[0].value
    assert [b.disabled for b in at.button if b.key == "review_save"] == [True]

    figures = overview_figures()
    assert (figures["Events"], figures["Participants"]) == ("17", "292")
    assert con.execute("SELECT actor, count(*) FROM audit_log GROUP BY actor").fetchall() == [
        (ingest.os_actor(), 11)
    ]
    (after,) = con.execute("SELECT after FROM audit_log WHERE table_name = 'events'").fetchone()
    assert json.loads(after)["participants_total"] == 24
    con.close()


@pytest.mark.parametrize(
    ("text", "kind", "message"),
    [
        (
            " ".join(["lorem ipsum dolor sit amet"] * 100),
            "error",
            "The text has no sentences (no full stops or paragraphs); paste a report's prose. Nothing was read from it.",
        ),
        (
            "The network met its members. Everyone agreed the newsletter was useful. The office moved to a new street.",
            "warning",
            "No event was found in this text, so there is nothing to save.",
        ),
    ],
)
def test_review_page_says_why_nothing_can_be_proposed(text, kind, message, empty_db):
    at = review_page()
    at.text_area(key="review_text").input(text).run()
    assert not at.exception
    assert shown(getattr(at, kind)[0].value).startswith(message)
    assert not at.dataframe and not [b for b in at.button if b.key == "review_save"]


def test_review_page_is_not_there_when_read_only(fresh_db, monkeypatch):
    monkeypatch.setenv("ATLAS_READ_ONLY", "1")
    db.shared.close()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        at.switch_page("app_pages/review.py")


def test_review_page_shows_every_problem_and_writes_nothing(empty_db):
    """A report whose own numbers disagree (12 from Cambodia of 10 in all) cannot be saved as it is."""
    at = review_page()
    at.text_area(key="review_text").input(
        "On 3 May 2019 a workshop on labour rights was held in Bangkok, Thailand, with 10 participants "
        "(12 from Cambodia)."
    ).run()
    assert at.dataframe[0].value.iloc[0]["participation"] == "Cambodia: 12"
    con = db.shared.cursor()
    before = ingest.checksums(con)
    at.button(key="review_save").click().run()
    assert not at.exception
    assert [e.value.replace("\\", "") for e in at.error] == [
        "Nothing was saved: 1 problem to fix first.",
        "Event 1 (Workshop on labour rights), participants from Cambodia: Participants: the countries' counts "
        "add up to 12, more than the event's total of 10",
    ]
    assert not at.success
    assert ingest.checksums(con) == before
    con.close()


def test_outcomes_are_edited_moved_and_saved_with_the_events_project(empty_db):
    """The outcomes table: a proposed outcome's type, title, quantity and event as the person edits
    them, and the event's project, are what is saved."""
    at = review_page()
    at.text_area(key="review_text").input(
        "On 3 May 2019 a workshop on labour rights was held in Bangkok, Thailand, with 10 participants. "
        "The workshop concluded with recommendations to employers."
    ).run()
    events, outcomes = at.data_editor
    assert outcomes.value.iloc[0]["event"] == "1. Workshop on labour rights"
    assert outcomes.value.iloc[0]["outcome_type"] == "recommendation"
    at.session_state[events.key] = {
        "edited_rows": {0: {"project": "Fair Work Project"}},
        "added_rows": [],
        "deleted_rows": [],
    }
    at.session_state[outcomes.key] = {
        "edited_rows": {
            0: {
                "outcome_type": "agreement",
                "title": "Charter of fair recruitment",
                "quantity": 7,
                "unit": "points",
            }
        },
        "added_rows": [],
        "deleted_rows": [],
    }
    at.run()
    at.button(key="review_save").click().run()
    assert not at.exception and not at.error
    con = db.shared.cursor()
    assert con.execute(
        "SELECT o.outcome_type, o.title, o.quantity, o.unit, e.title, p.name FROM outcomes o JOIN events e USING (event_id)"
        " JOIN projects p ON p.project_id = e.project_id"
    ).fetchall() == [
        (
            "agreement",
            "Charter of fair recruitment",
            7,
            "points",
            "Workshop on labour rights",
            "Fair Work Project",
        )
    ]
    con.close()


def test_an_outcome_moved_to_no_event_is_not_saved():
    drafts = extract_text(
        "On 3 May 2019 a workshop on labour rights was held in Bangkok, Thailand, with 10 "
        "participants. The workshop concluded with recommendations to employers."
    )
    rows = review.outcome_rows(drafts)
    rows.loc[0, "event"] = review.NO_EVENT
    (moved,) = review.with_outcomes(drafts, rows)
    assert moved.outcomes == [] and not any(k.startswith("outcomes[") for k in moved.evidence)


def test_outcomes_of_a_report_with_no_event_are_shown(empty_db):
    at = review_page()
    at.text_area(key="review_text").input(
        "The network published an advocacy paper entitled Safe Harbours at Work. "
        "It recommended that governments license recruiters."
    ).run()
    assert not at.exception
    assert "No event was found in this text" in at.warning[0].value
    shown = at.dataframe[0].value
    assert [t.replace("\\", "") for t in shown["Title"]] == [
        "Safe Harbours at Work",
        "Recommendation: governments license recruiters",
    ]
