"""Organisations and outcomes in the shapes the eighth blind set's first run missed, on
sentences written for these tests (not taken from any report set), several phrasings each, with
sentences that must give nothing or another role."""

from __future__ import annotations

import pytest

from atlas.extract import organisations as orgs


def roles(text: str, has_event: bool = True) -> set[tuple[str, str]]:
    aliases = orgs.aliases(text)
    return {
        (aliases.get(r.name, r.name), r.role)
        for r in orgs.roles(text, aliases, has_event=has_event)
    }


# Names: capitals with accents, "Lab", "... International", "with" inside a name, a date before --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The clinic was run by Fondation Étoile du Nord in Jacmel.",
            {("Fondation Étoile du Nord", "organiser")},
        ),
        (
            "It was organised by the Asociación Ñandú de Mujeres Rurales.",
            {("Asociación Ñandú de Mujeres Rurales", "organiser")},
        ),
        (
            "Trainers from the Civic Data Lab showed how to read budgets.",
            {("Civic Data Lab", "trainer")},
        ),
        (
            "The forum was made possible with funding from Helping Hands International.",
            {("Helping Hands International", "funder")},
        ),
        (
            "It was organised by the Blind Union in partnership with the Families of Children with "
            "Autism Association.",
            {
                ("Blind Union", "organiser"),
                ("Families of Children with Autism Association", "partner"),
            },
        ),
        (
            "On 3 March 2021 KWN and the Mombasa Chamber of Commerce organised a job fair. "
            "The Kilifi Women's Network (KWN) is a member.",
            {("Kilifi Women's Network", "organiser"), ("Mombasa Chamber of Commerce", "organiser")},
        ),
    ],
)
def test_names_read_whole(text: str, expected: set[tuple[str, str]]) -> None:
    assert roles(text) == expected


def test_with_between_two_names_still_splits() -> None:
    # "with" joins a name only inside it, not after a name that has ended with its own word
    assert roles("The Farmers Union with Youth Action Network ran the day.") != {
        ("Farmers Union with Youth Action Network", "organiser")
    }


# Funders: a contribution or a grant from X; a name followed by what it is --------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Transport was covered by the members, with a contribution from Agua Fresca "
            "Solidarity, a Basque NGO.",
            {("Agua Fresca Solidarity", "funder")},
        ),
        (
            "The congress was paid for by dues and a grant from the Linden Foundation.",
            {("Linden Foundation", "funder")},
        ),
        (
            "The course was paid from the alliance's core grant from the Harbour Relief Fund.",
            {("Harbour Relief Fund", "funder")},
        ),
        (
            "It was supported by Hands Across Borders, a Dutch charity.",
            {("Hands Across Borders", "funder")},
        ),
    ],
)
def test_funders(text: str, expected: set[tuple[str, str]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "It was funded by the Head Teacher, a local resident.",
        "The grant of land from the Ministry was welcome.",
        "Families asked for a grant from the council next year.",
    ],
)
def test_no_funder(text: str) -> None:
    assert not {r for r in roles(text) if r[1] == "funder"}


# Trainers provided by X; X, partner of the project; X's annual meeting ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trainers were provided by the Coastal Law Clinic Association.",
            {("Coastal Law Clinic Association", "trainer")},
        ),
        (
            "The facilitators were seconded by the Hill Teachers Union.",
            {("Hill Teachers Union", "trainer")},
        ),
        (
            "On the second day the advocates of the Rural Justice Collective, partner of the "
            "project, gave advice to families.",
            {("Rural Justice Collective", "partner")},
        ),
        (
            "The Andean Seed Coalition's annual members' meeting took place in Cusco on 3 May.",
            {("Andean Seed Coalition", "organiser")},
        ),
        (
            "The Network's regional training was held in Dodoma.",
            set(),  # "the Network" alone names no organisation here
        ),
        (
            "The Delta Fishers Union's second congress was held in Can Tho.",
            {("Delta Fishers Union", "organiser")},
        ),
    ],
)
def test_trainers_partners_possessive(text: str, expected: set[tuple[str, str]]) -> None:
    assert roles(text) == expected


def test_possessive_without_event_verb_is_nothing() -> None:
    assert roles("The Andean Seed Coalition's annual meeting is a good idea.") == set()


# A report's head: labelled lines, "funded by" in a heading, a report to a fund, its writer ----

from atlas.extract import extract_text  # noqa: E402


def orgs_of(text: str) -> list[set[tuple[str, str]]]:
    return [{(o.name, o.role) for o in d.organisations} for d in extract_text(text)]


_EVENT = (
    "A three-day training on tenancy law was held in Kisumu from 4 to 6 March 2019 for 25 "
    "tenant leaders."
)


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (
            "Quarterly report, January-March 2019\nGrantee: Lake Tenants Union (LTU)\n"
            "Donor: Harbour Light Foundation",
            {("Lake Tenants Union", "organiser"), ("Harbour Light Foundation", "funder")},
        ),
        (
            "PROGRESS REPORT TO THE RIVERSIDE JUSTICE FUND\nReporting period: 1 January - 30 June "
            "2019\nImplementing partner: Western Paralegals Network",
            {("Western Paralegals Network", "organiser"), ("Riverside Justice Fund", "funder")},
        ),
        (
            "Activity log 2019 - East African Tenants Network (EATN)\nFunded by: Open Doors Trust",
            {("East African Tenants Network", "organiser"), ("Open Doors Trust", "funder")},
        ),
        (
            "Annex 1. Activities completed in 2019\nEast African Tenants Network (EATN) - programme "
            '"Safe Homes", funded by the Open Doors Trust',
            {("East African Tenants Network", "organiser"), ("Open Doors Trust", "funder")},
        ),
        (
            'Activity report - first semester 2019\nProject "Safe Homes", Corporación Casa Digna, '
            "with the support of the Open Doors Trust",
            {("Corporación Casa Digna", "organiser"), ("Open Doors Trust", "funder")},
        ),
        (
            "Statement of activities for 2019 (submitted to the Open Doors Trust)",
            {("Open Doors Trust", "funder")},
        ),
    ],
)
def test_a_reports_head_names_organiser_and_funder(head: str, expected: set) -> None:
    assert orgs_of(f"{head}\n\n{_EVENT}") == [expected]


@pytest.mark.parametrize(
    "head",
    [
        # a newsletter tells its members' events: its publisher organised none of them
        "Tenants News - Issue 4\nEast African Tenants Network (EATN)",
        # a report to someone who is not a fund: no funder
        "Report to the Board of the East African Tenants Network",
        # a programme names no writer
        "Annex 1. Activities completed in 2019\nSafe Homes Programme - Kenya",
    ],
)
def test_a_head_that_names_no_organiser_or_funder(head: str) -> None:
    assert orgs_of(f"{head}\n\n{_EVENT}") == [set()]


def test_prose_is_no_head() -> None:
    # a first sentence of prose with "supported by" speaks of its own thing, not the report
    text = "The exhibition was supported by the Harbour Light Foundation.\n\n" + _EVENT
    assert ("Harbour Light Foundation", "funder") not in orgs_of(text)[0]


def test_writer_co_organised_an_event_told_as_co_organised_with() -> None:
    text = (
        "Activity log 2019 - East African Tenants Network (EATN)\n\n"
        "A one-day dialogue with the county housing office was held in Kisumu on 9 May 2019 "
        "with 41 participants. The dialogue was co-organised with the Kisumu Hawkers Union."
    )
    assert orgs_of(text) == [
        {("Kisumu Hawkers Union", "organiser"), ("East African Tenants Network", "organiser")}
    ]


# Every event's funder or organiser told once; a short name with its full name in brackets -----


def test_both_events_funded_by_one_fund() -> None:
    text = (
        "The first, a two-day workshop on tenancy law, was held in Kisumu on 4-5 March 2019 for "
        "25 tenant leaders.\n\nThe second, a one-day training on mediation, was held in Eldoret "
        "on 9 May 2019 for 30 tenant leaders.\n\nBoth workshops were funded by the Open Doors "
        "Trust."
    )
    found = orgs_of(text)
    assert len(found) == 2
    assert all(("Open Doors Trust", "funder") in f for f in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our partner KOFA (Kolo Fishers Association) held a workshop in Mahajanga.",
            {"KOFA": "Kolo Fishers Association"},
        ),
        (
            "The ILO (International Labour Organization) spoke.",
            {"ILO": "International Labour Organization"},
        ),
        ("Delegates of KWN (Kenya) came.", {}),
        ("Staff of EMPOWER (Chiang Mai) came.", {}),
        ("The BTA (Women Traders Union) came.", {}),  # the first letters differ
    ],
)
def test_short_name_then_full_name_in_brackets(text: str, expected: dict) -> None:
    assert orgs.aliases(text) == expected


# Outcomes: letters, calls, amendments, proposals of law, positions, submissions agreed or sent;
# notes and calendars published; reports presented by their makers; points agreed -------------

from atlas.extract import outcomes  # noqa: E402


def types(sentence: str) -> list[str]:
    return [f.outcome_type for f in outcomes.find(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The two unions signed a joint letter to the port authority on night shifts.",
            ["agreement"],
        ),
        ("Delegates adopted the Harare Call for Safe Clinics.", ["agreement"]),
        (
            "On the last day the women wrote an open letter to the fisheries ministry.",
            ["agreement"],
        ),
        ("The assembly agreed amendments to the cooperative's bylaws.", ["agreement"]),
        ("The congress approved a proposal of law on rural pensions.", ["agreement"]),
        ("The network adopted a common position on seed laws.", ["agreement"]),
        ("The plenary approved a ten-point platform for the talks.", ["agreement"]),
        ("The young people drafted a submission on the coastal plan.", ["recommendation"]),
        ("The team published a learning note on cash transfers.", ["publication"]),
        ("The delegates validated the regional manual on seed banks.", ["publication"]),
        ("Our member presented its shadow report on housing to the city council.", ["publication"]),
        ('The findings were launched as a short report, "Doors Closed".', ["publication"]),
    ],
)
def test_outcomes_stated(sentence: str, expected: list[str]) -> None:
    assert types(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The fund issued a call for proposals on youth media.",
        "The network will send a letter to the ministry next month.",
        "She presented the report of the working group.",  # not its own work
        "The participants did not adopt the amendments.",
        "Speakers from the university presented their study on rents.",
    ],
)
def test_no_outcome(sentence: str) -> None:
    assert types(sentence) == []


def test_points_counted() -> None:
    (found,) = outcomes.find("The plenary approved a ten-point platform for the talks.")
    assert (found.quantity, found.unit) == (10, "points")


# A table's cell or a log's result told as a headline ------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "| 2 | Study visit | 3-5 May 2022 | Mwanza | 15 | Policy note on fish landing fees published |",
            [("publication", "Policy note on fish landing fees")],
        ),
        (
            "| 1 | Training | Gulu | 30 | Mediation toolkit adapted to Acholi |",
            [("publication", "Mediation toolkit")],
        ),
        (
            "ACT-3 · Assembly · 4/5/2022 · Result: a savings network of 9 groups was formed; the "
            'almanac calendar "Rains of the Year" was printed.',
            [
                ("network", "Savings network of 9 groups formed"),
                ("publication", "Rains of the Year"),
            ],
        ),
    ],
)
def test_headline_cells(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.outcome_type, f.title) for f in outcomes.find(sentence)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "| 4 | Regional meeting | postponed to Q3 | - | - | - |",
        "| 5 | Booklet on land rights | to be published in 2023 | - |",
        "| 6 | Training | Gulu | 30 | Trainees trained in mediation |",
    ],
)
def test_no_headline_outcome(sentence: str) -> None:
    assert outcomes.find(sentence) == []


def test_prose_with_a_semicolon_is_read_as_prose_not_as_cells() -> None:
    # the card printed is the one thing read (a rights card is a thing printed and handed out);
    # no cell ("500 were handed to new members") becomes an outcome of its own
    found = outcomes.find("The union also printed a rights card; 500 were handed to new members.")
    assert [(f.outcome_type, f.title) for f in found] == [("publication", "Rights card")]


# Trees planted; a memorandum put to an authority; something agreed in common; members counted --


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "On Saturday we planted 1,200 indigenous tree seedlings along the river bank, and then "
            "we cleaned the beach.",
            ("other", "Indigenous tree seedlings planted along the river bank", 1200),
        ),
        (
            "Eight hundred mangrove seedlings were planted at the river mouth.",
            ("other", "Mangrove seedlings planted", 800),
        ),
        (
            "| 1 | Hearing | Patna | 80 | Memorandum of 9 points submitted to the Labour Department |",
            # its parts counted after "of" (the twenty-first set's round)
            ("recommendation", "Memorandum of 9 points", 9),
        ),
        (
            "The growers agreed on a common minimum price for cocoa, which they will take to the buyers.",
            ("agreement", "Common minimum price for cocoa", None),
        ),
        (
            "The unions agreed upon a joint timetable for the strike.",
            ("agreement", "Joint timetable for the strike", None),
        ),
        (
            "In May the groups created the Regional Network of Fisher Women, with 14 member "
            "organisations, to speak with the ministry.",
            ("network", "Regional Network of Fisher Women created", 14),
        ),
    ],
)
def test_more_outcomes(sentence: str, expected: tuple) -> None:
    assert [(f.outcome_type, f.title, f.quantity) for f in outcomes.find(sentence)] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "The families walked to the fields with rice seedlings.",
        "The plan is to plant 500 trees next year.",
        "They will agree on a common price next year.",
        "They discussed a common price for the season.",
    ],
)
def test_no_such_outcome(sentence: str) -> None:
    assert outcomes.find(sentence) == []


def test_memorandum_of_understanding_signed_stays_an_agreement() -> None:
    assert types(
        "The parties signed a memorandum of understanding with the Ministry of Health."
    ) == ["agreement"]


# A name after its kind; "With support from" opening a sentence; a delegation received; an
# organisation told by its kind alone -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The round table was organised by our member organisation, the public organisation "
            "Dilshod Umed, in cooperation with the employment office.",
            {("Dilshod Umed", "organiser")},
        ),
        ("It was organised by the youth group Tarkib.", {("Tarkib", "organiser")}),
        ("With support from the Health Rights Fund.", {("Health Rights Fund", "funder")}),
        (
            "From 4 to 8 October the Federation of Housing Cooperatives (FUVI) received a "
            "delegation of 18 leaders from Paraguay.",
            {("Federation of Housing Cooperatives", "host")},
        ),
        (
            "The Dockers Union welcomed the visitors at its hall in Durban.",
            {("Dockers Union", "host")},
        ),
    ],
)
def test_more_roles(text: str, expected: set) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "It was organised by the city Lagos.",
        "The committee received a letter from the Ministry.",  # a letter, not visitors
    ],
)
def test_no_more_roles(text: str) -> None:
    assert {r for r in roles(text) if r[1] in ("organiser", "host")} == set()


def test_the_network_alone_is_the_network_the_report_named() -> None:
    text = (
        "Coastal Youth Climate Network - Spring 2021 Newsletter\n\n"
        "A five-day leadership school was held in Mombasa from 9 to 13 March 2021 for 20 young "
        "people. The school was run by the Network and supported by the Open Tide Fund."
    )
    assert orgs_of(text) == [
        {("Coastal Youth Climate Network", "organiser"), ("Open Tide Fund", "funder")}
    ]


def test_a_kind_alone_with_no_name_of_its_kind_is_dropped() -> None:
    text = (
        "A five-day leadership school was held in Mombasa from 9 to 13 March 2021 for 20 young "
        "people. The school was run by the Network and supported by the Open Tide Fund."
    )
    assert orgs_of(text) == [{("Open Tide Fund", "funder")}]


# Notes on one numbered row of a table or log ------------------------------------------------

_TABLE = (
    "Annex 3. Activities completed in 2022\n"
    "Lake Traders Network (LTN) - programme funded by the Open Market Fund\n\n"
    "| # | Activity | Date | Place | Participants |\n"
    "|---|----------|------|-------|--------------|\n"
    "| 1 | Training of market leaders on bookkeeping | 14-16 Feb 2022 | Kisumu, Kenya | 28 |\n"
    "| 2 | Dialogue with the county on market fees | 9 May 2022 | Kisumu, Kenya | 41 |\n\n"
    "Notes\n"
    "- Activity 1 was co-facilitated by the Kisumu Bookkeepers' Association.\n"
    "- Activity 2 was co-organised with the Kisumu Hawkers' Federation.\n"
)


def test_a_note_on_one_row_gives_that_rows_event_its_organisations() -> None:
    found = orgs_of(_TABLE)
    assert len(found) == 2
    first, second = found
    assert ("Kisumu Hawkers' Federation", "organiser") not in first
    assert ("Kisumu Hawkers' Federation", "organiser") in second
    assert ("Lake Traders Network", "organiser") in second  # co-organised with the writer
    assert ("Lake Traders Network", "organiser") in first
    assert ("Kisumu Bookkeepers' Association", "trainer") not in second


def test_a_log_lists_who_did_each_line() -> None:
    text = (
        "Activity log 2022 - Andean Seed Keepers Network (ASKN)\n"
        "Funded by: Mountain Seeds Fund\n\n"
        "ACT-03 · Encounter of Quechua women on native seeds · 11-12/06/2022 · Cusco, Peru · "
        "64 women · Result: a seed network was formed.\n\n"
        "ACT-04 · Workshop on seed laws · 30/07/2022 · Puno, Peru · 35 participants · Result: "
        "a protocol drafted.\n\n"
        "Responsible:\n"
        "ACT-03: Asociación de Mujeres Sumaq Muju (host), with the ASKN coordination.\n"
        "ACT-04: Asociación de Productores Wiñay.\n"
    )
    found = orgs_of(text)
    assert len(found) == 2
    first, second = found
    assert ("Asociación de Mujeres Sumaq Muju", "host") in first
    assert ("Andean Seed Keepers Network", "organiser") in first
    assert ("Asociación de Productores Wiñay", "organiser") in second
    assert ("Andean Seed Keepers Network", "organiser") not in second
    assert all(("Mountain Seeds Fund", "funder") in f for f in found)
