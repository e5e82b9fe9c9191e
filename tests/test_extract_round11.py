"""Rules written after the eleventh blind set's first run (issue 16): home countries told by
the largest group, a host country, a summit ended "today", gathering nouns kept in their own
language, organisations named with their home town or country; each tested on sentences of our
own, with sentences that must not trigger it."""

from __future__ import annotations

import pytest

from tests.extract_drafts import drafts_of

# The largest group first, then the others in order of size -------------------------------------


@pytest.mark.parametrize(
    ("text", "homes"),
    [
        (
            "From 3 to 5 May 2022, 40 fishers met in Mombasa for a workshop. Kenya as host had "
            "the biggest group (18), followed by Tanzania with 11, Uganda 7 and Somalia 4.",
            [("KEN", 18), ("TZA", 11), ("UGA", 7), ("SOM", 4)],
        ),
        (
            "A workshop was held in Suva from 2 to 4 June 2021 with 25 women. Tonga sent the "
            "largest group with 10 and Vanuatu had 8; the others came from Nauru.",
            [("TON", 10), ("VUT", 8), ("NRU", None)],
        ),
        (
            "A two-day meeting was held in Dakar on 6 March 2023 with 40 farmers. Senegal, as "
            "host country, had the largest delegation with 20 women, followed by Mali with 8, "
            "Niger and Togo with 6 each.",
            [("SEN", 20), ("MLI", 8), ("NER", 6), ("TGO", 6)],
        ),
    ],
)
def test_the_largest_group_and_the_rest_in_order_of_size(text, homes):
    [d] = drafts_of(text)
    assert d["homes"] == homes


def test_the_largest_number_of_something_else_is_no_home():
    [d] = drafts_of(
        "A workshop was held in Suva on 2 June 2021 with 25 women. Tonga has the largest "
        "number of boats in the region."
    )
    assert d["homes"] == []


def test_korea_alone_is_the_republic_of_korea():
    [d] = drafts_of(
        "We held a seminar on 4-5 May 2024 in Busan. We were 40 people: 25 from Korea and "
        "15 from Japan."
    )
    assert (d["country"], d["homes"]) == ("KOR", [("KOR", 25), ("JPN", 15)])


def test_north_korea_is_still_the_north():
    [d] = drafts_of(
        "We held a seminar on 4-5 May 2024 in Seoul with 40 people, of whom 3 from North Korea "
        "and 37 from Japan."
    )
    assert ("PRK", 3) in d["homes"] and ("KOR", 3) not in d["homes"]


# The host country named in the event's sentences ------------------------------------------------


def test_the_host_country_places_a_town_several_countries_share():
    # Lalitpur is a town of India and of Nepal; the gazetteer's guess is India
    [d] = drafts_of(
        "A meeting was held in Lalitpur on 6 March 2023 with 40 farmers. Nepal, as host "
        "country, had the largest delegation with 20, followed by India with 8."
    )
    assert (d["city"], d["country"]) == ("Lalitpur", "NPL")


def test_a_country_stated_beside_its_town_is_kept():
    [d] = drafts_of(
        "A meeting was held in Lalitpur, India, on 6 March 2023 with 40 farmers. Nepal, as "
        "host of the next meeting, sent 20."
    )
    assert d["country"] == "IND"


# A summit that ended on the dateline's day ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "PRESS RELEASE\n\nDakar, 3rd March 2025\n\nForty fisher women leaders concluded "
            "today a two-day regional summit at the Hotel Teranga in Dakar.",
            "2025-03-02",
            "2025-03-03",
        ),
        (
            "PRESS RELEASE\n\nDakar, 10 May 2024\n\nThirty union leaders closed today a "
            "three-day summit in Dakar.",
            "2024-05-08",
            "2024-05-10",
        ),
    ],
)
def test_an_event_that_ended_today_ran_back_over_its_length(text, start, end):
    [d] = drafts_of(text)
    assert (d["start"], d["end"]) == (start, end)


def test_an_event_that_opened_today_runs_forward():
    [d] = drafts_of(
        "PRESS RELEASE\n\nDakar, 10 May 2024\n\nThirty union leaders opened today a "
        "three-day summit in Dakar."
    )
    assert (d["start"], d["end"]) == ("2024-05-10", "2024-05-12")


def test_a_summit_of_leaders_is_their_meeting_and_may_hold_a_workshop():
    [d] = drafts_of("A regional summit of women farmer leaders was held in Accra on 4 May 2023.")
    assert d["type"] == "meeting"
    drafts = drafts_of(
        "The Migrant Health Summit met from 6 to 8 May 2022 in Vienna. On the second day of the "
        "summit, the network ran a workshop on hospital bills for 30 nurses."
    )
    workshop = next(d for d in drafts if d["type"] == "workshop")
    assert (workshop["start"], workshop["city"]) == ("2022-05-07", "Vienna")


# An organisation named with its home after "of" -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "A workshop was held in Suva on 2 June 2021 with 25 women. The workshop was funded "
            "by the Green Reef Foundation of Australia.",
            ("Green Reef Foundation", "funder"),
        ),
        (
            "A training was held in Kisumu on 2 June 2021 with 25 vendors. The trainers came from "
            "the Umoja Savings Cooperative of Nairobi.",
            ("Umoja Savings Cooperative", "trainer"),
        ),
    ],
)
def test_a_funds_or_cooperatives_home_after_of_is_no_part_of_its_name(text, org):
    [d] = drafts_of(text)
    assert org in d["orgs"]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "A workshop was held in Delhi on 2 June 2021. The workshop was organised by the "
            "Domestic Workers Union of India.",
            "Domestic Workers Union of India",
        ),
        (
            "A workshop was held in Nairobi on 2 June 2021. The workshop was funded by the "
            "National Cooperative Trust of Kenya.",
            "National Cooperative Trust of Kenya",
        ),
    ],
)
def test_a_union_or_a_national_body_keeps_its_country(text, org):
    [d] = drafts_of(text)
    assert org in [name for name, _ in d["orgs"]]


# Gatherings named in their own language -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "The petition was adopted at the National Farmers' Indaba that the union convened "
            "from 3 to 5 August 2022 at the Kloof Conference Centre in Durban.",
            "2022-08-03",
            "2022-08-05",
        ),
        (
            "The Encuentro de Mujeres Pescadoras took place in Lima from 19 to 21 March 2024.",
            "2024-03-19",
            "2024-03-21",
        ),
    ],
)
def test_an_indaba_or_encuentro_named_as_such_is_a_meeting(text, start, end):
    [d] = drafts_of(text)
    assert (d["type"], d["start"], d["end"]) == ("meeting", start, end)


def test_the_word_in_lower_case_names_no_event():
    assert drafts_of("Subject: Lima encuentro - numbers for our board, 28 March 2024.") == []


# People who did not come ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A training was held in Lima from 4 to 8 April 2022 with 30 leaders from Peru and "
        "Bolivia. The delegation of Chile cancelled one week before.",
        "A workshop was held in Accra on 4 April 2022 with 30 participants from Ghana and Togo. "
        "Mali and Niger were not able to attend because of the suspension of their membership.",
        "A training was held in Iasi on 4 April 2022 with 30 volunteers from Romania and "
        "Moldova. Our partner from Minsk, Belarus, could not obtain the permission to travel, so "
        "the Belarusian group did not participate.",
    ],
)
def test_a_country_whose_people_did_not_come_is_no_home(text):
    [d] = drafts_of(text)
    assert len(d["homes"]) == 2, d["homes"]


def test_a_country_that_came_beside_one_that_could_not_is_kept():
    [d] = drafts_of(
        "A workshop was held in Accra on 4 April 2022. Delegates from Ghana attended, but the "
        "Malian group could not travel."
    )
    assert d["homes"] == [("GHA", None)]


# A table of participants by country ----------------------------------------------------------------


def test_a_table_of_countries_counts_its_total_column():
    [d] = drafts_of(
        "The training was held from 25 to 29 April 2022 in Tarija.\n\n"
        "| Country  | Women | Men | Total |\n"
        "| Bolivia  | 9     | 7   | 16    |\n"
        "| Peru     | 5     | 4   | 9     |\n"
        "| Chile    | 2     | 1   | 3     |\n"
        "| Total    | 16    | 12  | 28    |\n"
    )
    assert d["homes"] == [("BOL", 16), ("PER", 9), ("CHL", 3)]


def test_a_table_of_countries_with_several_columns_of_figures_and_no_total_is_not_read():
    [d] = drafts_of(
        "The training was held from 25 to 29 April 2022 in Tarija.\n\n"
        "| Country  | Women | Men |\n"
        "| Bolivia  | 9     | 7   |\n"
        "| Peru     | 5     | 4   |\n"
    )
    assert d["homes"] == []


# The next meeting is not held yet ------------------------------------------------------------------


def test_the_next_meeting_offered_is_no_event():
    drafts = drafts_of(
        "The meeting was held in Dhaka on 21 January 2025 with 17 delegates. Sri Lanka offered "
        "to host the next meeting in Colombo in the second half of 2025."
    )
    assert [d["city"] for d in drafts] == ["Dhaka"]


def test_the_next_meeting_told_as_held_is_an_event():
    drafts = drafts_of(
        "The first meeting was held in Dhaka on 21 January 2025. The next meeting was held in "
        "Colombo on 3 June 2025 with 20 delegates."
    )
    assert sorted(d["city"] for d in drafts) == ["Colombo", "Dhaka"]


# A list of those present, a body a line with its country and count --------------------------------


def test_a_list_of_bodies_present_counts_each_country():
    [d] = drafts_of(
        "Minutes of the 3rd meeting of the Board\n\n"
        "Held at Bamako, Maison des Femmes, on 9 and 10 May 2023.\n\n"
        "Members present:\n"
        "1. Union des Pêcheurs de Mopti (Mali) - 2 delegates\n"
        "2. Réseau Paysan de Kayes (Mali) - 1 delegate\n"
        "3. Coordination des Femmes de Thiès (Senegal) - 3 delegates\n"
        "Total: 6 members present.\n"
    )
    assert (d["homes"], d["start"]) == ([("MLI", 3), ("SEN", 3)], "2023-05-09")


def test_a_list_of_bodies_without_countries_is_no_count_by_country():
    [d] = drafts_of(
        "Minutes of the 3rd meeting of the Board\n\n"
        "Held at Bamako, Maison des Femmes, on 9 and 10 May 2023.\n\n"
        "Members present:\n"
        "1. Union des Pêcheurs de Mopti (fishers) - 2 delegates\n"
        "2. Réseau Paysan de Kayes (farmers) - 1 delegate\n"
    )
    assert d["homes"] == []


# "The Forum" told by a verb of holding -------------------------------------------------------------


def test_the_forum_held_is_an_event():
    [d] = drafts_of(
        "The Forum was organised by the Pacific Labour Network from 19 to 21 September 2024 at "
        "the Harbour Convention Hall, Suva. Over 300 participants attended."
    )
    assert (d["type"], d["start"], d["end"], d["city"]) == (
        "conference",
        "2024-09-19",
        "2024-09-21",
        "Suva",
    )


def test_the_forum_as_a_body_is_no_event():
    assert drafts_of("The Forum wrote to the minister on 3 May 2024 about the new law.") == []


# The writer's body on a report's head lines --------------------------------------------------------


def test_the_writers_body_after_their_title_organised_the_events_told():
    [d] = drafts_of(
        "TRIP REPORT\n"
        "Submitted by: Programme Coordinator, Sahayog Kendra, Pune\n\n"
        "Our workshop was held on 20 September 2024 in Bangkok with 46 participants."
    )
    assert ("Sahayog Kendra", "organiser") in d["orgs"]


def test_an_evaluator_writes_but_organises_nothing():
    [d] = drafts_of(
        "EVALUATION REPORT\n"
        "Submitted by: External Evaluator, Sahayog Consulting, Pune\n\n"
        "The workshop was held on 20 September 2024 in Bangkok with 46 participants."
    )
    assert d["orgs"] == []


def test_a_grants_beneficiary_organised_the_events_told():
    [d] = drafts_of(
        "FINAL REPORT\n"
        "Beneficiary: Youth Bridges Association (Chisinau)\n\n"
        "A training for volunteers was held in Iasi from 2 to 6 October 2019 with 30 volunteers."
    )
    assert ("Youth Bridges Association", "organiser") in d["orgs"]


# What a section of next steps tells is a plan ------------------------------------------------------


def test_a_training_under_next_steps_is_no_event():
    drafts = drafts_of(
        "2. Realisation\n"
        "The training was held from 25 to 29 April 2022 in Tarija with 30 leaders.\n\n"
        "5. Next steps\n"
        "Replica trainings in each country between July and September 2022.\n"
    )
    assert [d["start"] for d in drafts] == ["2022-04-25"]


def test_a_training_after_the_next_steps_section_is_read_again():
    drafts = drafts_of(
        "5. Next steps\n"
        "Replica trainings in each country between July and September 2022.\n\n"
        "6. Annex\n"
        "A second training was held from 3 to 5 May 2022 in Sucre with 20 leaders.\n"
    )
    assert [d["start"] for d in drafts] == ["2022-05-03"]


# A press release's headline between its dateline and its lead -------------------------------------


def test_yesterday_in_a_lead_below_a_headline_is_the_day_before_the_dateline():
    [d] = drafts_of(
        "PRESS RELEASE\n\n"
        "Harbour Residents Coalition\n"
        "Accra, 7 November 2024\n\n"
        'Residents raise their voice at the housing forum: "Do not remove us"\n\n'
        "Yesterday, in the frame of the national housing week which is held in Accra until "
        "Friday, the coalition organised a round table on upgrading. More than 120 persons "
        "attended."
    )
    assert (d["start"], d["city"]) == ("2024-11-06", "Accra")


def test_a_sentence_with_a_full_stop_between_dateline_and_lead_ends_the_dateline():
    drafts = drafts_of(
        "PRESS RELEASE\n\n"
        "Accra, 7 November 2024\n\n"
        "The coalition was founded in 2010 by residents.\n\n"
        "Yesterday the coalition organised a round table on upgrading in Accra."
    )
    assert all(d["start"] != "2024-11-06" for d in drafts)


# Bodies of those who came, "among them" ------------------------------------------------------------


def test_bodies_among_those_who_came_name_their_homes():
    [d] = drafts_of(
        "A round table was held in Accra on 6 November 2024. More than 120 persons attended, "
        "among them residents' committees from Ghana, Togo and Benin, planners and journalists."
    )
    assert d["homes"] == [("GHA", None), ("TGO", None), ("BEN", None)]


def test_a_topic_among_other_things_names_no_home():
    [d] = drafts_of(
        "A round table was held in Accra on 6 November 2024 on several topics, among them "
        "the evictions of communities in Lagos."
    )
    assert d["homes"] == []


# Venues named hub, grounds or bhaban ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "The meeting was held on 16 September 2023 at the Riverside Migrant Hub, Brisbane.",
            "Brisbane",
        ),
        ("The festival was held on 21 September 2022 at the Boma Grounds, Gulu.", "Gulu"),
        ("The meeting was held on 21 January 2025 at the Shramik Bhaban, Dhaka.", "Dhaka"),
    ],
)
def test_a_hub_grounds_or_bhaban_is_a_venue_not_a_town(text, city):
    [d] = drafts_of(text)
    assert d["city"] == city


# An e-mail thread's quoted lines --------------------------------------------------------------------


def test_a_quoted_message_is_read_as_the_text_it_quotes():
    [d] = drafts_of(
        "From: Programme officer\n"
        "Date: 20 June 2024\n"
        "Subject: RE: seminar numbers\n\n"
        "Thank you, this is what our board needs.\n\n"
        "> Dear friends,\n"
        "> Thank you for joining the seminar that we organised on 14-15 June 2024 at our Labour "
        "Hall in Busan.\n"
        "> We were 40 people: 25 from Korea and 15 from Japan.\n"
    )
    assert (d["start"], d["end"], d["homes"]) == (
        "2024-06-14",
        "2024-06-15",
        [("KOR", 25), ("JPN", 15)],
    )


def test_a_greater_than_sign_within_a_line_is_kept():
    [d] = drafts_of("A workshop was held in Lima on 3 May 2022 with 30 participants (ratio > 2).")
    assert (d["start"], d["city"]) == ("2022-05-03", "Lima")


# An event named in a letter and told by its own clause, month first ---------------------------------


def test_an_event_of_the_data_told_by_its_own_clause_month_first():
    [d] = drafts_of(
        "Date: March 28, 2025\n\n"
        "Here the data of the Encuentro de Mujeres Pescadoras that we organized with your "
        "support in Lima, from March 19 to 21, in the Casa de la Cultura.\n"
    )
    assert (d["type"], d["start"], d["end"], d["city"]) == (
        "meeting",
        "2025-03-19",
        "2025-03-21",
        "Lima",
    )


def test_an_event_of_which_a_report_speaks_without_its_own_clause_is_only_named():
    assert (
        drafts_of("Date: March 28, 2025\n\nHere the report of the Encuentro, as promised.\n") == []
    )
