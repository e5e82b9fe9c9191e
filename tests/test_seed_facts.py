"""The seed database says exactly what the five reports say: one test per fact, per report.

Each expected value below was read off the report sentence quoted beside it.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from atlas import dates

ROOT = Path(__file__).resolve().parent.parent


def event(con, event_id: str) -> dict:
    cur = con.cursor()
    row = cur.execute("SELECT * FROM events WHERE event_id = $id", {"id": event_id}).fetchone()
    assert row is not None, f"no event {event_id}"
    return dict(zip([d[0] for d in cur.description], row, strict=True))


def participation(con, event_id: str) -> dict[str, int | None]:
    rows = (
        con.cursor()
        .execute(
            "SELECT country_iso3, participants FROM participation WHERE event_id = $id",
            {"id": event_id},
        )
        .fetchall()
    )
    return dict(rows)


def roles(con, event_id: str) -> set[tuple[str, str]]:
    return set(
        con.cursor()
        .execute(
            "SELECT org_id, role FROM event_organisations WHERE event_id = $id", {"id": event_id}
        )
        .fetchall()
    )


def outcome(con, outcome_id: str) -> dict:
    cur = con.cursor()
    row = cur.execute(
        "SELECT * FROM outcomes WHERE outcome_id = $id", {"id": outcome_id}
    ).fetchone()
    assert row is not None, f"no outcome {outcome_id}"
    return dict(zip([d[0] for d in cur.description], row, strict=True))


# --- Report 000: the 2014 Regional Exchange Program ----------------------------------------


def test_000_exchange_dates_place_and_total(seed_con):
    # "On 5-7 August 2014 a Regional Exchange Program on Migration Issues was organised in Chiang Mai, Thailand."
    e = event(seed_con, "exchange-2014-chiang-mai")
    assert (e["start_date"], e["end_date"], e["date_precision"]) == (
        dt.date(2014, 8, 5),
        dt.date(2014, 8, 7),
        "day",
    )
    assert (
        dates.format_range(e["start_date"], e["end_date"], e["date_precision"]) == "5-7 August 2014"
    )
    assert (e["city"], e["country_iso3"], e["event_type"]) == ("Chiang Mai", "THA", "exchange")
    # "A total of 24 participants from Burma/Myanmar, Thailand and Cambodia took part"
    assert (e["participants_total"], e["participants_at_least"]) == (24, False)
    assert e["source_id"] == "report-000"


def test_000_three_countries_with_no_split(seed_con):
    assert participation(seed_con, "exchange-2014-chiang-mai") == {
        "MMR": None,
        "THA": None,
        "KHM": None,
    }


def test_000_funded_by_diakonia_and_stray_29_is_not_a_count(seed_con):
    # "The exchange program was funded by the international non-profit organisation Diakonia."
    assert ("diakonia", "funder") in roles(seed_con, "exchange-2014-chiang-mai")
    funders = seed_con.cursor().execute("SELECT project_id, org_id FROM project_funders").fetchall()
    assert ("exchange-2014", "diakonia") in funders
    # "... empower migrant communities and 29 advocate for policy reform" is a stray number.
    assert 29 not in participation(seed_con, "exchange-2014-chiang-mai").values()
    visited = {o for o, r in roles(seed_con, "exchange-2014-chiang-mai") if r == "visited"}
    assert visited == {"map-foundation", "empower", "mmn"}


def test_000_recommendations_outcome(seed_con):
    o = outcome(seed_con, "exchange-2014-recommendations")
    assert (o["outcome_type"], o["event_id"], o["quantity"]) == (
        "recommendation",
        "exchange-2014-chiang-mai",
        None,
    )


# --- Report 001: the 15th Anniversary Workshop -----------------------------------------------


def test_001_anniversary_workshop(seed_con):
    # "On 4 August 2018, Mekong Migration Network (MMN) organised the 15th Anniversary Workshop
    #  at the Empress Hotel in Chiang Mai." / "42 participants attended the event"
    e = event(seed_con, "anniversary-2018-chiang-mai")
    assert (e["start_date"], e["end_date"], e["date_precision"]) == (
        dt.date(2018, 8, 4),
        None,
        "day",
    )
    assert (e["city"], e["venue"], e["participants_total"]) == ("Chiang Mai", "Empress Hotel", 42)
    assert ("mmn", "organiser") in roles(seed_con, "anniversary-2018-chiang-mai")
    assert participation(seed_con, "anniversary-2018-chiang-mai") == {}
    assert e["project_id"] is None


# --- Reports 002 and 004: Beyond 'Tolerance' -------------------------------------------------


def test_004_project_started_november_2015_supported_by_toyota(seed_con):
    row = (
        seed_con.cursor()
        .execute(
            "SELECT start_date, date_precision, end_date, lead_org_id FROM projects WHERE project_id = 'beyond-tolerance'"
        )
        .fetchone()
    )
    assert row == (dt.date(2015, 11, 1), "month", None, "mmn")
    funders = {
        o
        for (o,) in seed_con.cursor()
        .execute("SELECT org_id FROM project_funders WHERE project_id = 'beyond-tolerance'")
        .fetchall()
    }
    assert funders == {"toyota-foundation"}
    partners = {
        o
        for (o,) in seed_con.cursor()
        .execute("SELECT org_id FROM project_partners WHERE project_id = 'beyond-tolerance'")
        .fetchall()
    }
    assert partners == {"map-foundation", "lscw", "cwcc", "88-generation", "meiji-gakuin"}


@pytest.mark.parametrize(
    ("country", "iso3", "month"),
    [
        ("thailand", "THA", 5),
        ("cambodia", "KHM", 5),
        ("myanmar", "MMR", 6),
        ("japan", "JPN", 7),
    ],
)
def test_004_four_country_visits_with_their_months(seed_con, country, iso3, month):
    # "MMN conducted field visits to Thailand (May 2016), Cambodia (May 2016), Myanmar (June 2016), and Japan (July 2016)"
    e = event(seed_con, f"beyond-tolerance-visit-{country}")
    assert (e["start_date"], e["date_precision"], e["country_iso3"]) == (
        dt.date(2016, month, 1),
        "month",
        iso3,
    )
    assert e["participants_total"] is None  # the report gives no count
    assert e["source_id"] == "report-004"


def test_004_three_exhibitions_without_dates(seed_con):
    rows = (
        seed_con.cursor()
        .execute(
            "SELECT city, country_iso3, start_date FROM events WHERE event_type = 'exhibition' ORDER BY city"
        )
        .fetchall()
    )
    assert rows == [("Bangkok", "THA", None), ("Phnom Penh", "KHM", None), ("Yangon", "MMR", None)]


def test_004_documentary_in_five_languages_and_advocacy_paper(seed_con):
    # "The documentary is available in English, Thai, Khmer, Burmese, and Japanese."
    doc = outcome(seed_con, "beyond-tolerance-documentary")
    assert (doc["outcome_type"], doc["quantity"], doc["unit"]) == ("documentary", 5, "languages")
    paper = outcome(seed_con, "beyond-tolerance-advocacy-paper")
    assert paper["outcome_type"] == "publication"
    assert paper["title"].startswith("Permanently Temporary")


def test_002_and_004_tell_one_project_once(seed_con):
    # The same facts appear in both reports; each is one row, citing report 004.
    cur = seed_con.cursor()
    assert cur.execute("SELECT count(*) FROM projects WHERE name LIKE 'Beyond%'").fetchone()[0] == 1
    assert (
        cur.execute("SELECT count(*) FROM events WHERE event_type = 'field_visit'").fetchone()[0]
        == 4
    )
    for table in ("events", "outcomes", "projects"):
        assert (
            cur.execute(
                "SELECT count(*) FROM " + table + " WHERE source_id = 'report-002'"
            ).fetchone()[0]
            == 0
        )


# --- Report 003: the ILO-IPEC child-protection network ---------------------------------------


def test_003_national_seminars(seed_con):
    # "A national seminar took place in January 2009 with 71 participants and again in April 2010 with 75 participants"
    first = event(seed_con, "ilo-national-seminar-2009-01")
    second = event(seed_con, "ilo-national-seminar-2010-04")
    assert (first["start_date"], first["date_precision"], first["participants_total"]) == (
        dt.date(2009, 1, 1),
        "month",
        71,
    )
    assert (second["start_date"], second["date_precision"], second["participants_total"]) == (
        dt.date(2010, 4, 1),
        "month",
        75,
    )
    assert dates.format_date(first["start_date"], first["date_precision"]) == "January 2009"


def test_003_june_2009_lao_consultation_7_of_29(seed_con):
    # "A consultation between members of Thai-Cord and Lao PDR counterparts took place in June 2009 with 29 participants (7 from Lao PDR)."
    e = event(seed_con, "ilo-consultation-lao-2009-06")
    assert (e["start_date"], e["date_precision"], e["participants_total"]) == (
        dt.date(2009, 6, 1),
        "month",
        29,
    )
    assert participation(seed_con, "ilo-consultation-lao-2009-06") == {"LAO": 7}
    assert e["country_iso3"] is None  # the report does not say where it was held


def test_003_july_2009_cambodia_consultation_22_of_51(seed_con):
    e = event(seed_con, "ilo-consultation-cambodia-2009-07")
    assert (e["start_date"], e["participants_total"]) == (dt.date(2009, 7, 1), 51)
    assert participation(seed_con, "ilo-consultation-cambodia-2009-07") == {"KHM": 22}


def test_003_early_2010_workshops_are_season_precision(seed_con):
    # "Two workshops ... were arranged (in early 2010) to train youth leaders from both countries"
    rows = (
        seed_con.cursor()
        .execute(
            "SELECT start_date, date_precision FROM events WHERE event_id LIKE 'ilo-youth-media-workshop-%'"
        )
        .fetchall()
    )
    assert rows == [(dt.date(2010, 1, 1), "season")] * 2
    assert dates.format_date(rows[0][0], rows[0][1]) == "early 2010"
    assert participation(seed_con, "ilo-youth-media-workshop-1") == {"LAO": None, "THA": None}


def test_003_subregional_consultation_april_2010_with_plan_of_action(seed_con):
    e = event(seed_con, "ilo-subregional-consultation-2010-04")
    assert (e["start_date"], e["date_precision"]) == (dt.date(2010, 4, 1), "month")
    plan = outcome(seed_con, "ilo-plan-of-action")
    assert (plan["quantity"], plan["unit"], plan["event_id"]) == (3, "strategies", e["event_id"])


def test_003_outcomes_newsletters_handbook_working_group(seed_con):
    # "Five “Discovering the Stories of Migrant Children” newsletters were published and distributed"
    news = outcome(seed_con, "ilo-newsletters")
    assert (news["outcome_type"], news["quantity"], news["unit"]) == (
        "publication",
        5,
        "newsletters",
    )
    assert outcome(seed_con, "ilo-handbook-distributed")["outcome_type"] == "materials_distributed"
    assert outcome(seed_con, "ilo-working-group-appointed")["outcome_type"] == "policy_change"
    agreements = {
        o["outcome_id"]: o["quantity"]
        for o in map(
            lambda i: outcome(seed_con, i),
            ["ilo-thai-lao-agreements", "ilo-thai-cambodia-agreements"],
        )
    }
    assert agreements == {"ilo-thai-lao-agreements": 4, "ilo-thai-cambodia-agreements": 5}


# --- Across the seed ---------------------------------------------------------------------------


def test_totals_across_all_reports(seed_con):
    cur = seed_con.cursor()
    assert cur.execute("SELECT count(*) FROM events").fetchone()[0] == 17
    # 24 + 42 + 71 + 75 + 29 + 51: every total a report states, and nothing else.
    assert cur.execute("SELECT sum(participants_total) FROM events").fetchone()[0] == 292
    assert cur.execute("SELECT sum(participants) FROM participation").fetchone()[0] == 29
    assert cur.execute("SELECT count(*) FROM outcomes").fetchone()[0] == 15
    assert cur.execute("SELECT count(*) FROM sources").fetchone()[0] == 5


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def test_every_source_quote_is_verbatim_in_its_report(seed_con):
    cur = seed_con.cursor()
    reports = {
        sid: _normal((ROOT / "data" / path).read_text(encoding="utf-8"))
        for sid, path in cur.execute("SELECT source_id, path_or_url FROM sources").fetchall()
    }
    checked = 0
    for table, key in [
        ("events", "event_id"),
        ("outcomes", "outcome_id"),
        ("organisations", "org_id"),
        ("projects", "project_id"),
        ("targets", "target_id"),
    ]:
        for row_key, source_id, quote in cur.execute(
            "SELECT "
            + key
            + ", source_id, source_quote FROM "
            + table
            + " WHERE source_quote IS NOT NULL"
        ).fetchall():
            for sentence in quote.split(" … "):
                assert _normal(sentence) in reports[source_id], (
                    f"{table} {row_key}: not in {source_id}: {sentence[:80]}"
                )
                checked += 1
    assert checked >= 50


def test_beyond_tolerance_targets_are_the_components_report_004_states(seed_con):
    """ "The major components of the project involved visits to the four countries concerned, the
    production of a multimedia presentation, ..., a series of talks and exhibitions in Bangkok,
    Yangon, and Phnom Penh, and an advocacy paper" (report 004): four targets, each counted from
    the records of the kind that sentence names."""
    rows = (
        seed_con.cursor()
        .execute(
            "SELECT target_id, indicator_kind, coalesce(event_type, outcome_type), target_value, source_id"
            " FROM targets ORDER BY target_id"
        )
        .fetchall()
    )
    assert rows == [
        ("beyond-tolerance-advocacy-paper", "outcomes", "publication", 1, "report-004"),
        ("beyond-tolerance-country-visits", "events", "field_visit", 4, "report-004"),
        ("beyond-tolerance-exhibitions", "events", "exhibition", 3, "report-004"),
        ("beyond-tolerance-multimedia", "outcomes", "documentary", 1, "report-004"),
    ]


def test_participation_quotes_are_from_their_events_report(seed_con):
    rows = (
        seed_con.cursor()
        .execute(
            "SELECT p.event_id, p.source_quote, s.path_or_url FROM participation AS p"
            " JOIN events AS e USING (event_id) JOIN sources AS s ON s.source_id = e.source_id"
        )
        .fetchall()
    )
    for event_id, quote, path in rows:
        text = _normal((ROOT / "data" / path).read_text(encoding="utf-8"))
        assert _normal(quote) in text, event_id
