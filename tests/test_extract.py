"""The report extractor: each pattern on small sentences, the five seed reports against the
seed, the ten invented reports against the drafts written by hand beside them, and the rows
it hands to validation."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from atlas import schema, validation
from atlas.extract import (
    date_phrases,
    drafts_to_rows,
    extract_text,
    extract_texts,
    numbers,
    places,
    sentences,
)
from atlas.extract import organisations as orgs
from atlas.extract import outcomes as outs
from atlas.extract.__main__ import main as cli
from atlas.extract.drafts import JSON_KEYS
from atlas.extract.merging import title_match

ROOT = Path(__file__).resolve().parent.parent
REPORTS = sorted((ROOT / "data" / "reports").glob("*.txt"))
EXTRA = ROOT / "tests" / "data" / "reports_extra"
D = dt.date


# Sentences ---------------------------------------------------------------------------------


def test_sentences_keep_honorifics_and_split_bullets():
    text = "Ms. Pollock spoke first. Dr. Rosalia from Mahidol University followed.\n\n- one point;\n- another point."
    got = sentences.split(text)
    assert [s.text for s in got] == [
        "Ms. Pollock spoke first.",
        "Dr. Rosalia from Mahidol University followed.",
        "one point;",
        "another point.",
    ]
    assert [s.kind for s in got] == ["text", "text", "bullet", "bullet"]
    assert got[2].item != got[3].item


def test_sentences_join_a_sentence_broken_by_a_blank_line_and_drop_page_numbers():
    text = "At the Mekong-Cord consultation\n\nin April 2010, members agreed on three primary strategies.\n\n6\n\nNext one."
    assert [s.text for s in sentences.split(text)] == [
        "At the Mekong-Cord consultation in April 2010, members agreed on three primary strategies.",
        "Next one.",
    ]


def test_a_repeated_paragraph_is_read_once():
    para = "The Regional Exchange Program was a successful example of networking."
    assert len(sentences.split(f"{para}\n{para}\n\n{para}")) == 1


# Dates ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "last", "precision"),
    [
        ("On 5-7 August 2014 a Regional Exchange", D(2014, 8, 5), D(2014, 8, 7), "day"),
        ("from 28 February - 2 March 2017 in Vientiane", D(2017, 2, 28), D(2017, 3, 2), "day"),
        ("On March 3-5, 2016, the network", D(2016, 3, 3), D(2016, 3, 5), "day"),
        ("Between 2 and 4 July 2018, a delegation", D(2018, 7, 2), D(2018, 7, 4), "day"),
        ("On 4 August 2018, Mekong Migration Network", D(2018, 8, 4), None, "day"),
        ("field visits to Thailand (May 2016)", D(2016, 5, 1), None, "month"),
        ("A national seminar took place in January 2009", D(2009, 1, 1), None, "month"),
        ("In May-June 2019 the collective", D(2019, 5, 1), D(2019, 6, 1), "month"),
        ("were arranged (in early 2010) to train", D(2010, 1, 1), None, "season"),
        ("In mid-2015 the alliance", D(2015, 5, 1), None, "season"),
        ("In late 2015 a follow-up meeting", D(2015, 9, 1), None, "season"),
        ("In 2022 the association organised", D(2022, 1, 1), None, "year"),
    ],
)
def test_date_phrases_at_their_precision(text, first, last, precision):
    found = date_phrases.find(text)
    assert [(p.first, p.last, p.precision) for p in found] == [(first, last, precision)]


def test_an_impossible_date_is_not_read_as_another():
    assert date_phrases.find("on 31 February 2017 and in May 2016")[0].text == "May 2016"
    assert len(date_phrases.find("on 31 February 2017 and in May 2016")) == 1


# Numbers and countries -----------------------------------------------------------------------


def _totals(text):
    return [(c.value, c.at_least) for c in numbers.totals(numbers.digits(text))]


def test_participant_totals_in_digits_and_words():
    assert _totals("42 participants attended the event") == [(42, False)]
    assert _totals("A total of twenty-four participants took part") == [(24, False)]
    assert _totals("More than eighty people attended") == [(80, True)]
    assert _totals("The workshop was attended by 35 officials") == [(35, False)]


def test_a_number_without_a_word_for_people_is_not_a_count():
    text = "in order to empower migrant communities and 29 advocate for policy reform"
    assert _totals(text) == []
    assert _totals("The workshop discussed how 12 provinces of the Mekong Delta") == []


def test_per_country_counts():
    def counts(text):
        return [
            (c.country_iso3, c.participants) for c in numbers.country_counts(numbers.digits(text))
        ]

    assert counts("with 29 participants (7 from Lao PDR)") == [("LAO", 7)]
    assert counts("51 participants, 22 of them from Cambodia") == [("KHM", 22)]
    assert counts("Eleven delegates took part: seven from Myanmar and four from Lao PDR.") == [
        ("MMR", 7),
        ("LAO", 4),
    ]
    assert counts("41 representatives attended, 15 of whom came from Thailand") == [("THA", 15)]
    # a total shared by three countries is no country's count
    assert counts("24 participants from Burma/Myanmar, Thailand and Cambodia") == []


def test_countries_named_without_counts():
    def named(text):
        return [c.country_iso3 for c in numbers.countries_named(numbers.digits(text))]

    assert named(
        "A total of 24 participants from Burma/Myanmar, Thailand and Cambodia took part"
    ) == ["MMR", "THA", "KHM"]
    assert named("Two workshops between Thai and Lao counterparts were arranged") == ["THA", "LAO"]
    assert named("a series of trainings for the Lao counterparts") == ["LAO"]
    assert named("participants from the Thai Government, NGOs and the media") == []
    assert named("participants from the Mekong Delta") == []


def test_places():
    assert places.city("Chiang Mai").country_iso3 == "THA"
    assert places.city("Phnom Penh").country_iso3 == "KHM"
    assert places.country("Burma/Myanmar") == "MMR"
    assert places.country("the Mekong Delta") is None
    assert places.city("Mekong Delta") is None


# Organisations ---------------------------------------------------------------------------------


def _roles(text, has_event=True, aliases=None):
    return [(r.name, r.role) for r in orgs.roles(text, aliases or {}, has_event)]


def test_organisation_roles():
    assert _roles(
        "The exchange program was funded by the international non-profit organisation Diakonia."
    ) == [("Diakonia", "funder")]
    assert _roles("supported by the Toyota Foundation, the project is") == [
        ("Toyota Foundation", "funder")
    ]
    assert _roles(
        "Participants also visited the MAP Foundation, EMPOWER and MMN and learnt issues."
    ) == [
        ("MAP Foundation", "visited"),
        ("EMPOWER", "visited"),
        ("MMN", "visited"),
    ]
    assert _roles(
        "On 4 August 2018, Mekong Migration Network (MMN) organised the 15th Anniversary Workshop"
    ) == [
        ("Mekong Migration Network", "organiser"),
    ]
    assert _roles(
        "The launch was co-funded by the Copperleaf Foundation and the Tidewater Fund."
    ) == [
        ("Copperleaf Foundation", "funder"),
        ("Tidewater Fund", "funder"),
    ]
    assert _roles(
        "Member organizations, including the Foundation for Child Development and the Center for the "
        "Protection of Children's Rights Foundation, worked together to conduct a series of trainings."
    ) == [
        ("Foundation for Child Development", "trainer"),
        ("Center for the Protection of Children's Rights Foundation", "trainer"),
    ]


def test_people_are_never_proposed_as_organisations():
    assert _roles("The training was organised by Ms Jane Roe with support from John Smith.") == []
    assert _roles(
        "participants heard from Dr. Rosalia Sciotino, Associate Professor from Mahidol University"
    ) == [
        ("Mahidol University", "speaker"),
    ]


def test_short_names_a_report_defines():
    text = (
        "Mekong Migration Network (MMN) organised it. The Thai Coordinating Committee on Migrant "
        "Children (Thai-Cord) was re-established."
    )
    assert orgs.aliases(text) == {
        "MMN": "Mekong Migration Network",
        "Thai-Cord": "Thai Coordinating Committee on Migrant Children",
    }


# Outcomes --------------------------------------------------------------------------------------


def _outcomes(text, items=0):
    return [(f.outcome_type, f.quantity) for f in outs.find(text, items)]


def test_outcome_patterns():
    assert _outcomes(
        "Five “Discovering the Stories of Migrant Children” newsletters were published and distributed."
    ) == [("publication", 5)]
    assert _outcomes(
        "an advocacy paper entitled Permanently Temporary: Examining the Impact of Social Exclusion."
    ) == [("publication", None)]
    assert _outcomes(
        "MMN produced the multimedia documentary entitled Beyond ‘Tolerance’: Living Together with Migrants to document it."
    ) == [("documentary", None)]
    assert (
        outs.languages(
            "The documentary is available in English, Thai, Khmer, Burmese, and Japanese."
        )
        == 5
    )
    assert _outcomes(
        "The Exchange Program concluded with a range of recommendations for MMN and Diakonia."
    ) == [("recommendation", None)]
    assert _outcomes(
        "Through the Mekong-Cord, the Thai and Lao PDR counterparts agreed on the following issues:",
        items=4,
    ) == [("agreement", 4)]
    assert _outcomes(
        "At the consultation in April 2010, members agreed on three primary strategies."
    ) == [("agreement", 3)]
    assert _outcomes(
        "The Handbook for Practitioners for the Protection of Migrant Children in Thailand was distributed."
    ) == [("materials_distributed", None)]
    assert _outcomes(
        "The Department of Juvenile Observation appointed a Working Group on the Review of Measures."
    ) == [("policy_change", None)]
    assert _outcomes(
        "Through the seminar, the Thai Coordinating Committee (Thai-Cord) was re-established as a network of organizations."
    ) == [("network", None)]


def test_plans_are_not_outcomes():
    assert (
        _outcomes("This will include newsletters (in English and local languages) and a website.")
        == []
    )
    assert _outcomes("The youth groups will produce radio spots and online dramas.") == []


# Events on small texts -------------------------------------------------------------------------


def test_one_sentence_two_dates_two_events():
    drafts = extract_text(
        "A national seminar took place in January 2009 with 71 participants and again in April 2010 with 75 participants to discuss the situation of migrant children in Thailand."
    )
    assert [(d.start_date, d.date_precision, d.participants_total) for d in drafts] == [
        (D(2009, 1, 1), "month", 71),
        (D(2010, 4, 1), "month", 75),
    ]


def test_a_number_of_events_and_a_season():
    drafts = extract_text(
        "Two workshops to develop a joint campaign between Thai and Lao counterparts were arranged (in early 2010) to train youth leaders from both countries."
    )
    assert len(drafts) == 2
    assert {(d.start_date, d.date_precision) for d in drafts} == {(D(2010, 1, 1), "season")}
    assert [p.country_iso3 for p in drafts[0].participation] == ["THA", "LAO"]
    assert all(p.participants is None for p in drafts[0].participation)


def test_a_list_of_places_with_their_own_dates():
    drafts = extract_text(
        "MMN conducted field visits to Thailand (May 2016), Cambodia (May 2016), Myanmar (June 2016), and Japan (July 2016), in collaboration with partnering CSOs."
    )
    assert [(d.country_iso3, d.start_date, d.event_type) for d in drafts] == [
        ("THA", D(2016, 5, 1), "field_visit"),
        ("KHM", D(2016, 5, 1), "field_visit"),
        ("MMR", D(2016, 6, 1), "field_visit"),
        ("JPN", D(2016, 7, 1), "field_visit"),
    ]
    assert all(("MMN", "organiser") == (o.name, o.role) for d in drafts for o in d.organisations)


def test_more_than_is_a_lower_bound():
    [d] = extract_text(
        "On 2 May 2019 the Harbour Rights Institute held a workshop in Bangkok. More than eighty people attended the workshop."
    )
    assert (d.participants_total, d.participants_at_least) == (80, True)
    assert d.evidence["participants_at_least"] == "More than eighty people attended the workshop."


def test_plans_are_not_events_and_text_without_events_gives_none():
    assert extract_text("A second workshop will be held in 2023 in Bangkok.") == []
    assert (
        extract_text("Migrants cross the border every year for the harvest. Many pay brokers.")
        == []
    )


def test_a_repeated_last_paragraph_adds_nothing():
    report = REPORTS[0].read_text(encoding="utf-8")
    [draft] = extract_text(report, "000")
    assert draft.participants_total == 24  # not the stray "29 advocate"
    assert [(p.country_iso3, p.participants) for p in draft.participation] == [
        ("MMR", None),
        ("THA", None),
        ("KHM", None),
    ]


# The five seed reports against the seed ----------------------------------------------------------


@pytest.fixture(scope="module")
def seed_drafts():
    return extract_texts([(p.read_text(encoding="utf-8"), p.name) for p in REPORTS])


def _find(drafts, event_type, start=None, place=None):
    found = [
        d
        for d in drafts
        if d.event_type == event_type
        and d.start_date == start
        and (place is None or place in (d.city, d.country_iso3))
    ]
    assert len(found) == 1, [d.title for d in found]
    return found[0]


def test_seed_reports_give_the_seeds_events(seed_drafts):
    assert len(seed_drafts) == 17
    exchange = _find(seed_drafts, "exchange", D(2014, 8, 5))
    assert (exchange.end_date, exchange.date_precision, exchange.city, exchange.country_iso3) == (
        D(2014, 8, 7),
        "day",
        "Chiang Mai",
        "THA",
    )
    assert exchange.participants_total == 24
    assert {(p.country_iso3, p.participants) for p in exchange.participation} == {
        ("MMR", None),
        ("THA", None),
        ("KHM", None),
    }
    anniversary = _find(seed_drafts, "workshop", D(2018, 8, 4))
    assert (
        anniversary.city,
        anniversary.venue,
        anniversary.country_iso3,
        anniversary.participants_total,
    ) == ("Chiang Mai", "Empress Hotel", "THA", 42)
    lao = _find(seed_drafts, "consultation", D(2009, 6, 1))
    assert (
        lao.participants_total,
        [(p.country_iso3, p.participants) for p in lao.participation],
    ) == (29, [("LAO", 7)])
    cambodia = _find(seed_drafts, "consultation", D(2009, 7, 1))
    assert (
        cambodia.participants_total,
        [(p.country_iso3, p.participants) for p in cambodia.participation],
    ) == (51, [("KHM", 22)])
    assert _find(seed_drafts, "seminar", D(2009, 1, 1)).participants_total == 71
    assert _find(seed_drafts, "seminar", D(2010, 4, 1)).participants_total == 75
    assert _find(seed_drafts, "consultation", D(2010, 4, 1)).participants_total is None
    workshops = [
        d for d in seed_drafts if d.event_type == "workshop" and d.date_precision == "season"
    ]
    assert [(d.start_date, d.city) for d in workshops] == [(D(2010, 1, 1), None)] * 2
    visits = {d.country_iso3: d.start_date for d in seed_drafts if d.event_type == "field_visit"}
    assert visits == {
        "THA": D(2016, 5, 1),
        "KHM": D(2016, 5, 1),
        "MMR": D(2016, 6, 1),
        "JPN": D(2016, 7, 1),
    }
    exhibitions = {
        (d.city, d.country_iso3, d.start_date) for d in seed_drafts if d.event_type == "exhibition"
    }
    assert exhibitions == {
        ("Bangkok", "THA", None),
        ("Yangon", "MMR", None),
        ("Phnom Penh", "KHM", None),
    }
    assert all(d.country_iso3 != "VNM" for d in seed_drafts)  # "the Mekong Delta" is no country


def test_seed_reports_organisations_and_outcomes(seed_drafts):
    exchange = _find(seed_drafts, "exchange", D(2014, 8, 5))
    assert ("Diakonia", "funder") in {(o.name, o.role) for o in exchange.organisations}
    outcomes = [(o.outcome_type, o.quantity) for d in seed_drafts for o in d.outcomes]
    assert ("publication", 5) in outcomes  # five newsletters
    assert ("documentary", 5) in outcomes  # five languages
    assert sorted(q for t, q in outcomes if t == "agreement") == [3, 4, 5]
    # report 002 repeats 004's project: its exhibitions are not counted twice
    assert sum(1 for d in seed_drafts if d.event_type == "exhibition") == 3


def test_every_field_carries_a_sentence_of_its_report(seed_drafts):
    texts = {p.name: " ".join(p.read_text(encoding="utf-8").split()) for p in REPORTS}
    everything = " ".join(texts.values())
    for d in seed_drafts:
        shown = d.to_json()
        for key in (
            "title",
            "event_type",
            "start_date",
            "city",
            "country_iso3",
            "participants_total",
        ):
            if shown[key] is not None:
                assert key in d.evidence, (d.title, key)
        for key in ("participation", "organisations", "outcomes"):
            for i in range(len(shown[key])):
                assert f"{key}[{i}]" in d.evidence, (d.title, key, i)
        for quote in d.evidence.values():
            for part in quote.split(" … "):
                assert part in everything, part


def test_guessed_fields_are_marked(seed_drafts):
    anniversary = _find(seed_drafts, "workshop", D(2018, 8, 4))
    assert "country_iso3" in anniversary.unsure  # the report names Chiang Mai only
    trainings = _find(seed_drafts, "training")
    assert "start_date" in trainings.unsure


# The ten invented reports against their expected drafts -----------------------------------------


EXTRA_REPORTS = sorted(p for p in EXTRA.iterdir() if p.suffix in (".txt", ".md"))


def test_there_are_ten_extra_reports():
    assert len(EXTRA_REPORTS) == 10


@pytest.mark.parametrize("report", EXTRA_REPORTS, ids=lambda p: p.stem)
def test_extra_report_matches_its_expected_drafts(report):
    expected = json.loads(report.with_suffix(".json").read_text(encoding="utf-8"))
    got = [d.to_json() for d in extract_text(report.read_text(encoding="utf-8"), report.name)]
    assert len(got) == len(expected)
    key = (
        "event_type",
        "start_date",
        "end_date",
        "date_precision",
        "city",
        "venue",
        "country_iso3",
        "participants_total",
        "participants_at_least",
    )
    for want in expected:
        match = [g for g in got if all(g[k] == want[k] for k in key)]
        assert match, f"no draft matches {want['title']!r}: {[{k: g[k] for k in key} for g in got]}"
        g = match[0]
        assert title_match(g["title"], want["title"]) >= 0.5, (g["title"], want["title"])
        assert sorted(map(tuple_of, g["participation"])) == sorted(
            map(tuple_of, want["participation"])
        )
        assert {(o["name"], o["role"]) for o in g["organisations"]} == {
            (o["name"], o["role"]) for o in want["organisations"]
        }
    # Outcomes over the report: which of its events one is shown with is the reviewer's call.
    assert sorted(
        (o["outcome_type"], o["quantity"] or 0) for g in got for o in g["outcomes"]
    ) == sorted((o["outcome_type"], o["quantity"] or 0) for w in expected for o in w["outcomes"])


def tuple_of(item: dict) -> tuple:
    return item["country_iso3"], item["participants"] if item["participants"] is not None else -1


# Command line and rows ------------------------------------------------------------------------


def test_cli_prints_one_object_per_event_with_exactly_the_keys(capsys):
    assert cli([str(REPORTS[1]), "--json"]) == 0
    [event] = json.loads(capsys.readouterr().out)
    assert tuple(event) == JSON_KEYS
    assert (event["start_date"], event["date_precision"], event["participants_total"]) == (
        "2018-08-04",
        "day",
        42,
    )


def test_cli_month_dates_and_several_files(capsys):
    assert cli([str(REPORTS[2]), str(REPORTS[4]), "--json"]) == 0
    drafts = json.loads(capsys.readouterr().out)
    visits = sorted(
        (d["country_iso3"], d["start_date"]) for d in drafts if d["event_type"] == "field_visit"
    )
    assert visits == [
        ("JPN", "2016-07"),
        ("KHM", "2016-05"),
        ("MMR", "2016-06"),
        ("THA", "2016-05"),
    ]
    assert sum(d["event_type"] == "exhibition" for d in drafts) == 3


def test_rows_pass_the_same_validation_as_any_import(seed_con, seed_drafts):
    tables = schema.describe_all(seed_con)
    known = {
        name: org_id
        for org_id, name, short in seed_con.execute(
            "SELECT org_id, name, short_name FROM organisations"
        ).fetchall()
        for name in (name, short)
        if name
    }
    projects = dict(seed_con.execute("SELECT name, project_id FROM projects").fetchall())
    taken = {
        r[0]
        for sql in (
            "SELECT event_id FROM events",
            "SELECT org_id FROM organisations",
            "SELECT project_id FROM projects",
            "SELECT outcome_id FROM outcomes",
        )
        for r in seed_con.execute(sql).fetchall()
    }
    rows = drafts_to_rows(
        seed_drafts,
        "report-import-test",
        known_orgs=known,
        known_projects=projects,
        taken_ids=taken,
    )
    rows["sources"] = [
        {
            "source_id": "report-import-test",
            "title": "Five reports",
            "kind": "report",
            "path_or_url": None,
            "published": None,
        }
    ]
    batch, problems = {}, []
    for name, raw_rows in rows.items():
        batch[name] = []
        for n, raw in enumerate(raw_rows, start=1):
            row, found = validation.coerce(tables[name], f"{name} row {n}", raw)
            batch[name].append(row)
            problems += found
    problems += validation.check_batch(tables, batch, validation.Existing(seed_con))
    assert problems == []
    assert len(rows["events"]) == 17
    lao = next(r for r in rows["events"] if r["start_date"] == D(2009, 6, 1))
    assert lao["participants_total"] == 29
    assert {
        (r["country_iso3"], r["participants"])
        for r in rows["participation"]
        if r["event_id"] == lao["event_id"]
    } == {("LAO", 7)}
    assert any(
        r["org_id"] == "diakonia" and r["role"] == "funder" for r in rows["event_organisations"]
    )
