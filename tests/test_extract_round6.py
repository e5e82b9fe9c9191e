"""The sixth generalisation round (issue 16): rules written on sentences of our own, each with
sentences that must not trigger it."""

from __future__ import annotations

import pytest

from atlas.extract.numbers import digits
from atlas.extract.origins import countries_named, country_counts
from atlas.extract.pipeline import extract_text


def titles(text: str) -> list[str]:
    return [d.title for d in extract_text(text)]


# Plans, conditions and activities not carried out are no events ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Q1: Regional training of Roma mediators in Skopje, North Macedonia (25 participants), "
        "to be organised with the Roma Education Fund.",
        "Q3: Summer school for 40 young Roma activists in Novi Sad, if the grant is approved.",
        "A seed caravan to Sikasso in 2025, subject to funding.",
        "Activity 2.2 Exposure visit to Mindanao. Not carried out in 2022 because of travel "
        "restrictions; it is moved to the next phase.",
        "After the fair in March 2024 the caravan continues to a workshop in Sikasso next month.",
    ],
)
def test_a_plan_a_condition_or_an_activity_not_carried_out_is_no_event(text):
    assert titles(text) == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # "the next month" tells a past month in a story, not a plan
        (
            "The network met in January 2023. The next month, a workshop on seed laws was held "
            "in Sikasso with 40 farmers.",
            "Workshop on seed laws",
        ),
        # a held event whose follow-up waits for funds is still an event
        (
            "On 7 June 2023 a training of fisher leaders was held in Bitung with 31 participants. "
            "A second training will follow if the grant is approved.",
            "Training of fisher leaders",
        ),
    ],
)
def test_an_event_held_stays_beside_a_plan(text, title):
    assert title in titles(text)


# Home countries on lines of their own, under a title --------------------------------------------

REPORT = (
    "Report of the regional workshop on seed laws\n\n"
    "On 4 May 2022 the Seed Savers Network held a regional workshop on seed laws in Nakuru, "
    "Kenya.\n\n"
)


def participation(text: str) -> list[tuple[str, int | None]]:
    (draft,) = extract_text(text)
    return [(p.country_iso3, p.participants) for p in draft.participation]


@pytest.mark.parametrize(
    "annex",
    [
        "Annex 1 - Participants by country\nKenya: 18\nUganda: 9\nRwanda: 7",
        "Participants per country\n- Kenya (18)\n- Uganda (9)\n- Rwanda (7)",
        "Delegates by country\nKenya – 18 participants\nUganda – 9 participants\nRwanda – 7 participants",
    ],
)
def test_country_count_lines_under_a_title_tell_home_countries(annex):
    assert participation(REPORT + "Summary\nThe workshop went well.\n\n" + annex) == [
        ("KEN", 18),
        ("UGA", 9),
        ("RWA", 7),
    ]


@pytest.mark.parametrize(
    "annex",
    [
        # lines of a budget, not of countries
        "Budget by line\nTransport: 300\nVenue: 250\nMeals: 400",
        # members of a network by country are not the workshop's participants
        "Member groups by country\nKenya: 18\nUganda: 9",
    ],
)
def test_lines_that_are_not_participants_by_country_name_no_home(annex):
    assert participation(REPORT + annex) == []


def test_an_annex_of_countries_is_not_given_to_one_of_two_events():
    text = (
        REPORT
        + "On 9 June 2022 the network held a second workshop in Arusha, Tanzania.\n\n"
        + "Summary\nBoth went well.\n\nAnnex 1 - Participants by country\nKenya: 18\nUganda: 9"
    )
    assert [d.participation for d in extract_text(text)] == [[], []]


def test_a_part_number_before_a_dash_is_no_count():
    (draft,) = extract_text(REPORT + "Annex 1 - Participants by country\nKenya: 18\nUganda: 9")
    assert draft.participants_total is None


# A venue label with its town or country in brackets ---------------------------------------------


@pytest.mark.parametrize(
    ("line", "city", "venue", "country"),
    [
        ("Venue: Casa Campesina, Cusco (Peru)", "Cusco", "Casa Campesina", "PER"),
        ("Venue: Casa Campesina (Cusco, Peru)", "Cusco", "Casa Campesina", "PER"),
        ("Place: Cusco (Peru)", "Cusco", None, "PER"),
        # the older shape still holds: the venue in brackets after the town
        (
            "Place: Addis Ababa, Ethiopia (Meskel Square Youth Centre)",
            "Addis Ababa",
            "Meskel Square Youth Centre",
            "ETH",
        ),
        # a venue named after a country is not its country
        ("Venue: Hotel Peru (Lima)", "Lima", "Hotel Peru", "PER"),
    ],
)
def test_a_venue_label_with_brackets(line, city, venue, country):
    text = (
        f"Andean workshop on water\n\nDate: 22-24 August 2022\n{line}\nOrganiser: Water Alliance\n"
    )
    (draft,) = extract_text(text)
    assert (draft.city, draft.venue, draft.country_iso3) == (city, venue, country)


# Where they came from, closing a sentence after the people are described -----------------------


def homes(sentence: str) -> list[str]:
    return [c.country_iso3 for c in countries_named(digits(sentence))]


@pytest.mark.parametrize(
    ("sentence", "countries"),
    [
        (
            "Forty-five persons participated, representatives of associations, trade unions "
            "and some domestic workers themselves, from Tunisia, Morocco and Algeria.",
            ["TUN", "MAR", "DZA"],
        ),
        (
            "About 70 women took part, farmers, traders and a few teachers of the district "
            "schools, mostly from Ghana and Togo.",
            ["GHA", "TGO"],
        ),
    ],
)
def test_homes_closing_a_sentence_after_the_people_are_described(sentence, countries):
    assert homes(sentence) == countries


@pytest.mark.parametrize(
    "sentence",
    [
        # the list is of those who led a session, not of those who took part
        "Thirty participants attended the session led by two experts, from Kenya and Uganda.",
        # of the buyers the participants met
        "The 40 participants visited a cooperative that sells coffee to buyers, from Germany "
        "and Japan.",
        # of the trainers, after a verb of taking part
        "Twenty leaders attended, and the sessions were run by trainers, from Kenya and Uganda.",
    ],
)
def test_a_closing_list_of_others_is_no_home(sentence):
    assert homes(sentence) == []


# A count from a province, then its country ------------------------------------------------------


def counts(sentence: str) -> list[tuple[str, int | None]]:
    return [(c.country_iso3, c.participants) for c in country_counts(digits(sentence))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A group of 16 forest managers went on an exchange: nine from West Kalimantan, "
            "Indonesia, and seven from Cambodian community forests.",
            [("IDN", 9), ("KHM", 7)],
        ),
        (
            "The 30 participants came: 12 from Kerala in India and 18 from Sindh, Pakistan.",
            [("IND", 12), ("PAK", 18)],
        ),
    ],
)
def test_a_count_from_a_province_of_a_country(sentence, expected):
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # towns with no country: no home is told
        "Of the 40 participants, 25 came from Mombasa, and 15 from Kisumu.",
        # a distance is not a count of people
        "The 20 participants walked 300 kilometres from Lviv, Ukraine.",
        # a list of places, not a province and its country
        "12 participants from Westminster, the Netherlands and Belgium took part.",
    ],
)
def test_no_count_from_towns_distances_or_lists(sentence):
    assert counts(sentence) == []


# A venue of a town ---------------------------------------------------------------------------


def place(text: str) -> tuple[str | None, str | None, str | None]:
    (draft,) = extract_text(text)
    return draft.city, draft.venue, draft.country_iso3


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        (
            "On 27 February 2024, 300 women farmers met in the courtyard of the Maison de la "
            "Culture of Bobo-Dioulasso, Burkina Faso, for a day of exchanges on farmer seeds.",
            "Bobo-Dioulasso",
            "BFA",
        ),
        (
            "On 27 February 2024, 300 farmers in Kenya held a workshop at the Town Hall of Kisumu.",
            "Kisumu",
            "KEN",
        ),
    ],
)
def test_a_venue_of_a_town_places_the_event_in_the_town(text, city, country):
    assert place(text)[0::2] == (city, country)


def test_a_venue_of_something_else_names_no_town():
    text = "On 27 February 2024, 300 farmers in Kenya held a workshop at the House of Lords."
    assert place(text) == (None, "House of Lords", None)


# An organisation's role told by a verb ---------------------------------------------------------

HELD = "On 27 February 2024, 300 farmers held a workshop on seeds in Kisumu, Kenya. "


def orgs(text: str) -> list[tuple[str, str]]:
    (draft,) = extract_text(HELD + text)
    return [(o.name, o.role) for o in draft.organisations]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The day was animated by the West African Women Farmers Platform, and the "
            "Municipality of Kisumu provided the hall.",
            [
                ("West African Women Farmers Platform", "organiser"),
                ("Municipality of Kisumu", "host"),
            ],
        ),
        ("The Kisumu Youth Centre offered its meeting room.", [("Kisumu Youth Centre", "host")]),
    ],
)
def test_who_ran_it_or_gave_it_a_room(text, expected):
    assert orgs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # what was given was not the event's place
        "The Kenya Seed Company provided the seeds.",
        # a film, not the event, was animated
        "The film shown at the end was animated by the Nairobi Film Studio.",
    ],
)
def test_other_gifts_and_other_animations_give_no_role(text):
    assert orgs(text) == []


# A form's line of place on top of a report of one event ------------------------------------------

MISSION = (
    "BACK-TO-OFFICE REPORT\n\n"
    "Mission: participation in the sub-regional meeting of herders\n"
    "Period of mission: 6-9 June 2023\n"
    "{place}\n\n"
    "1. Context\n"
    "The sub-regional meeting of herders was held at the Grand Hotel from 7 to 8 June 2023{where}.\n"
)


def test_a_place_label_places_the_only_event_told_nowhere_else():
    (draft,) = extract_text(MISSION.format(place="Place: Niamey, Niger", where=""))
    assert (draft.city, draft.country_iso3) == ("Niamey", "NER")


def test_the_prose_place_wins_over_the_label():
    text = MISSION.format(place="Place: Niamey, Niger", where=" in Zinder")
    (draft,) = extract_text(text)
    assert draft.city == "Zinder"


def test_a_label_that_names_no_place_places_nothing():
    (draft,) = extract_text(MISSION.format(place="Place: online", where=""))
    assert (draft.city, draft.country_iso3) == (None, None)


# What was demanded, and a body formed, are no events ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On 14 May 2021 the network published a communiqué that demands the end of evictions "
        "and the consultation of the indigenous peoples before any concession.",
        "On 3 June 2022 the unions called for a public hearing on the new mining law.",
        "On 3 June 2022 a steering group of nine members was set up to follow the campaign.",
    ],
)
def test_a_demand_or_a_body_set_up_is_no_event(text):
    assert titles(text) == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # asked for, then held
        (
            "The union requested a meeting with the minister, which took place on 5 May 2022 "
            "in Lusaka.",
            "Meeting with the minister",
        ),
        # a meeting that set up a body is still held
        (
            "On 3 June 2022 a meeting of 40 farmers was held in Arusha, where a committee was "
            "set up.",
            "Meeting of 40 farmers",
        ),
    ],
)
def test_an_event_asked_for_and_held_or_that_set_up_a_body_stays(text, title):
    assert title in titles(text)


def test_a_body_s_members_are_not_the_event_s_count():
    text = (
        "On 3 June 2022 a consultation on youth health was held in Kingston, Jamaica. A youth "
        "caucus of eight members was formed to follow up."
    )
    (draft,) = extract_text(text)
    assert draft.participants_total is None


# A section on who took part, in a report of one event --------------------------------------------

ONE = (
    "Rapporteur's report: regional youth consultation on water\n\n"
    "The Caribbean Youth Water Network held its regional consultation in Bridgetown, Barbados, "
    "on 3 and 4 May 2021.\n\n"
    "{heading}\n"
    "Forty young people took part: twenty from Barbados, twelve from Jamaica and eight from "
    "Guyana.\n"
)


def test_a_participation_section_is_about_the_only_event():
    (draft,) = extract_text(ONE.format(heading="Participation"))
    assert draft.participants_total == 40
    assert [(p.country_iso3, p.participants) for p in draft.participation] == [
        ("BRB", 20),
        ("JAM", 12),
        ("GUY", 8),
    ]


def test_a_section_on_something_else_is_not_read_into_the_event():
    (draft,) = extract_text(ONE.format(heading="Background of the network"))
    assert (draft.participants_total, draft.participation) == (None, [])


def test_a_participation_section_is_not_given_to_one_of_two_events():
    text = ONE.replace(
        "\n\n{heading}",
        " A second consultation was held in Kingston, Jamaica, on 9 June 2021.\n\n{heading}",
    ).format(heading="Participation")
    assert [d.participants_total for d in extract_text(text)] == [None, None]


# Camps held to learn or act --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "- March 2019: Youth climate camp, Luang Prabang, Laos - 85 young people",
            "Youth climate camp",
        ),
        (
            "On 3 May 2022 volunteers held a peace camp in Gulu, Uganda, with 40 young people.",
            "Peace camp",
        ),
    ],
)
def test_a_camp_held_to_learn_or_act_is_an_event(text, title):
    assert titles(text) == [title]


def test_a_camp_where_people_live_is_no_event():
    text = "On 3 May 2022 the network distributed food in a refugee camp near Kakuma, Kenya."
    assert titles(text) == []


# The next one of its kind, and a date still to confirm -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Next meeting: Ouagadougou, July 2022, to confirm.",
        "Upcoming training: Accra, 12 March 2023.",
        "A regional assembly in Dakar on 5 May 2023 (TBC).",
    ],
)
def test_the_next_one_or_a_date_to_confirm_is_no_event(text):
    assert titles(text) == []


def test_a_meeting_held_beside_its_next_one_stays():
    text = (
        "The coordination meeting was held in Cotonou on 24 January 2022 with 31 delegates.\n\n"
        "Next meeting: Ouagadougou, July 2022, to confirm."
    )
    assert titles(text) == ["Coordination meeting"]
