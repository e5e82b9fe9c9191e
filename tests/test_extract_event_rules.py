"""Events, dates, places and event types, each rule tested on short reports written for these
tests (several phrasings each, and text that must not become an event)."""

from __future__ import annotations

import datetime as dt

import pytest

from atlas.extract import extract_text


def drafts(text: str):
    return extract_text(text, "test")


def one(text: str):
    found = drafts(text)
    assert len(found) == 1, [d.title for d in found]
    return found[0]


# Events told by an action at a venue, and by their length -------------------------------------


@pytest.mark.parametrize(
    "text, venue, city, country",
    [
        (
            "Our guide for returnee nurses, Coming Home, was launched at the Metro Hotel in Manila "
            "on 9 September 2022. Some 60 people attended.",
            "Metro Hotel",
            "Manila",
            "PHL",
        ),
        (
            "The Coastal Workers Forum launched its study Salt and Steel at the Harbour View Hotel "
            "in Dhaka on 14 May 2021. About 80 people attended.",
            "Harbour View Hotel",
            "Dhaka",
            "BGD",
        ),
    ],
)
def test_a_publication_launched_at_a_venue_is_a_launch_either_way_round(text, venue, city, country):
    d = one(text)
    assert (d.event_type, d.venue, d.city, d.country_iso3) == ("launch", venue, city, country)
    assert [o.outcome_type for o in d.outcomes] == ["publication"]


def test_a_programme_told_by_its_length_and_dates():
    d = one(
        "An eight-day exchange, from 10 to 17 March 2019, brought 12 women farmers from Malawi to "
        "cooperatives in Mbeya, Tanzania. The exchange was organised by the Southern Africa "
        "Farmers Network."
    )
    assert (d.event_type, d.start_date, d.end_date) == (
        "exchange",
        dt.date(2019, 3, 10),
        dt.date(2019, 3, 17),
    )
    assert (d.city, d.country_iso3) == ("Mbeya", "TZA")


@pytest.mark.parametrize(
    "text",
    [
        "From October to December 2016, the Returnee Women's Centre ran a course on bookkeeping "
        "in Cebu City for 18 women.",
        "From October to December 2016, the Returnee Women's Centre ran a bookkeeping course in "
        "Cebu City for 18 women.",
    ],
)
def test_a_course_over_a_range_of_months(text):
    d = one(text)
    assert (d.event_type, d.start_date, d.end_date, d.date_precision) == (
        "training",
        dt.date(2016, 10, 1),
        dt.date(2016, 12, 1),
        "month",
    )
    assert (d.city, d.participants_total) == ("Cebu City", 18)


def test_of_course_and_a_course_told_by_its_verb_are_no_event_of_their_own():
    assert drafts("Of course, the union wrote to the ministry in May 2019.") == []
    d = one(
        "In June 2021 the Returnee Network trained 30 returnees as paralegals at a five-day course "
        "in Lagos."
    )
    assert d.event_type == "training"
    assert d.title != "Course"


# One event told in several sentences ----------------------------------------------------------


@pytest.mark.parametrize(
    "second",
    [
        "The workshop, held as a mix of lectures and role plays, covered the new wage board.",
        "It was run as a combination of seminar and workshop.",
        "It combined a seminar in the morning with a workshop in the afternoon.",
    ],
)
def test_a_sentence_on_the_events_format_is_no_second_event(second):
    d = one(
        "The Tea Garden Workers Union held a workshop on wages in Sylhet, Bangladesh, on 6 May "
        f"2021 with 28 participants. {second}"
    )
    assert (d.event_type, d.participants_total) == ("workshop", 28)


def test_a_series_total_is_no_single_meetings_count():
    found = drafts(
        "In 2018 the network held four town-hall meetings on labour migration, reaching 400 "
        "people in all. The first, in Kandy on 12 March 2018, brought together 120 residents. "
        "The second, in Galle in June, drew 90."
    )
    assert len(found) == 4
    assert all(d.participants_total != 400 for d in found)
    assert (found[0].city, found[0].start_date) == ("Kandy", dt.date(2018, 3, 12))


def test_a_date_in_a_clause_about_a_publication_is_not_the_events():
    # "The meeting" with no meeting told before, and a date that is the statement's.
    assert (
        drafts(
            "Care worker organisations from five countries gathered in Berlin. The meeting ended "
            "with a joint statement on live-in care, which was published in January 2019."
        )
        == []
    )
    d = one(
        "The network held a training for shelter staff in Oaxaca, Mexico, on 3 April 2017. The "
        "training's manual, which was printed in June 2017, was given to every participant."
    )
    assert d.start_date == dt.date(2017, 4, 3)


# Places -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, venue, city",
    [
        (
            "The union organised a seminar on pensions at the Hotel Madrid in Lima on 8 August "
            "2018, attended by 45 workers.",
            "Hotel Madrid",
            "Lima",
        ),
        (
            "A workshop on fair recruitment took place at the Grand Paris Hotel in Kathmandu on 16 "
            "June 2022 with 33 participants.",
            "Grand Paris Hotel",
            "Kathmandu",
        ),
    ],
)
def test_a_venue_named_after_another_city_is_not_the_city(text, venue, city):
    d = one(text)
    assert (d.venue, d.city) == (venue, city)


@pytest.mark.parametrize(
    "text, city, country",
    [
        (
            "The farmers' cooperative held a training in San Jose, Batangas, in the Philippines, "
            "on 2 May 2017 for 24 members.",
            "San Jose",
            "PHL",
        ),
        (
            "The Women Fish Workers Forum held a meeting in Victoria, Seychelles, on 4 March 2018 "
            "with 19 members.",
            "Victoria",
            "SYC",
        ),
        (
            "The Highland Farmers Association held a meeting in Santa Rosa, Guatemala, on 18 July "
            "2020, attended by 35 coffee workers.",
            "Santa Rosa",
            "GTM",
        ),
    ],
)
def test_a_town_stays_in_the_country_the_report_names(text, city, country):
    d = one(text)
    assert (d.city, d.country_iso3) == (city, country)


# Dates by context, ranges, deadlines and plans ------------------------------------------------


def test_the_second_week_of_a_month_without_its_year_takes_the_year_before():
    found = drafts(
        "At the end of June 2022 the Alliance of Migrant Nurses met in Lisbon for a two-day "
        "seminar on recognition of qualifications. In the second week of November it held a "
        "second seminar in Porto with 40 nurses."
    )
    assert [(d.city, d.start_date, d.date_precision) for d in found] == [
        ("Lisbon", dt.date(2022, 6, 1), "month"),
        ("Porto", dt.date(2022, 11, 1), "month"),
    ]


def test_a_year_later_is_known_to_the_year():
    found = drafts(
        "In March 2015 the network held a workshop for paralegals in Kisumu, Kenya, with 25 "
        "participants. A year later it held a follow-up workshop in Eldoret with 20 of them."
    )
    assert [(d.city, d.start_date, d.date_precision) for d in found] == [
        ("Kisumu", dt.date(2015, 3, 1), "month"),
        ("Eldoret", dt.date(2016, 1, 1), "year"),
    ]


@pytest.mark.parametrize(
    "after",
    [
        "Members agreed to meet again before the end of September to review progress.",
        "Members agreed to meet again before the end of March.",
        "The network will hold its next meeting in La Paz in March 2020, and a workshop on safety "
        "is planned for the second half of 2020.",
        "Applications for the next round of grants are due by the end of February.",
    ],
)
def test_deadlines_and_plans_are_no_events(after):
    d = one(
        "The Andean Miners Network held a regional meeting in Cusco, Peru, from 3 to 5 June 2019, "
        f"with 28 delegates. {after}"
    )
    assert (d.city, d.start_date) == ("Cusco", dt.date(2019, 6, 3))


# Event types --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Mekong Labour Network held a policy dialogue on social protection in Vientiane, "
        "Laos, on 5 April 2019. Thirty officials and activists took part.",
        "On 14 March 2017 the alliance held a national dialogue with employers in Phnom Penh.",
    ],
)
def test_a_policy_dialogue_is_a_meeting(text):
    assert one(text).event_type == "meeting"


def test_a_workshop_within_a_forum_takes_the_forums_city_and_its_own_day():
    found = drafts(
        "The Regional Forum on Migration took place in Bangkok from 2 to 4 December 2019. Within "
        "the forum, our network ran a workshop on fishers' rights for 40 participants on the "
        "second day."
    )
    workshop = next(d for d in found if d.event_type == "workshop")
    assert (workshop.city, workshop.start_date, workshop.participants_total) == (
        "Bangkok",
        dt.date(2019, 12, 3),
        40,
    )


# Launches told as "presented to the public", first screenings, handovers, legislatures ---------


@pytest.mark.parametrize(
    "text, title, city",
    [
        (
            "Our study of cane cutters, Sweet Debts, was presented to the public at the Grand "
            "Hotel in Nairobi, Kenya on 3 May 2018. Some 80 guests attended.",
            "Launch of Sweet Debts",
            "Nairobi",
        ),
        (
            "The handbook, Safe at Sea, was made public at the Harbour Hall in Manila, "
            "Philippines on 12 June 2019.",
            "Launch of Safe at Sea",
            "Manila",
        ),
    ],
)
def test_a_publication_presented_to_the_public_at_a_venue_is_a_launch(text, title, city):
    d = one(text)
    assert (d.event_type, d.title, d.city) == ("launch", title, city)


@pytest.mark.parametrize(
    "text, title",
    [
        (
            "On 4 March 2021 the documentary Salt Roads, about fishers who work on foreign "
            "boats, was shown for the first time at the Riverside Cinema in Yangon, Myanmar.",
            "Screening of Salt Roads",
        ),
        (
            "On 9 November 2020 the network screened its film Night Shift at the Alliance Hall "
            "in Dakar, Senegal. More than 150 people came.",
            "Screening of Night Shift",
        ),
    ],
)
def test_a_first_screening_at_a_venue_is_a_launch(text, title):
    d = one(text)
    assert (d.event_type, d.title) == ("launch", title)


def test_a_film_shown_in_a_month_is_no_screening_event():
    assert drafts("A film about the fishers was shown in October 2019.") == []


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2019 the union spoke at the National Assembly in Bangkok.",
        "On 3 May 2019 the campaign took its demands to the Sindh Assembly in Karachi.",
        "On 3 May 2019 workers gathered outside the Legislative Assembly in Suva, Fiji.",
    ],
)
def test_a_legislature_named_as_a_place_is_no_meeting(text):
    assert all(d.event_type != "meeting" for d in drafts(text))


def test_a_general_assembly_is_still_a_meeting():
    d = one("On 3 May 2019 the network held its General Assembly in Lima, Peru.")
    assert d.event_type == "meeting"


@pytest.mark.parametrize(
    "text, start, kind",
    [
        (
            "On 8 March 2015 the federation held a conference in Lahore, Pakistan. Exactly a year "
            "later, 20 workers handed the petition to the chair of the labour committee in Lahore "
            "and met the committee's members.",
            dt.date(2016, 3, 8),
            "meeting",
        ),
        (
            "On 2 June 2018 the union held a rally in Quezon City, Philippines. On 5 June 2018 "
            "the union handed over a petition to the Senate in Manila.",
            dt.date(2018, 6, 5),
            "other",
        ),
    ],
)
def test_a_handover_is_an_event_and_a_meeting_where_they_met(text, start, kind):
    handover = [d for d in drafts(text) if d.title.startswith("Petition handed over")]
    assert [(d.start_date, d.event_type) for d in handover] == [(start, kind)]


def test_a_year_later_without_exactly_is_known_to_the_year():
    found = drafts(
        "On 8 March 2015 the federation held a conference in Lahore, Pakistan. A year later, 20 "
        "workers handed the petition to the chair of the labour committee in Lahore."
    )
    handover = [d for d in found if d.title.startswith("Petition handed over")]
    assert [(d.start_date, d.date_precision) for d in handover] == [(dt.date(2016, 1, 1), "year")]


@pytest.mark.parametrize(
    "text",
    [
        "In June 2022 the network trained 24 labour inspectors in Lilongwe, Malawi.",
        "In June 2022 the network trained 18 police prosecutors in Lilongwe, Malawi.",
        "In June 2022 the network trained 30 health promoters in Lilongwe, Malawi.",
    ],
)
def test_training_of_inspectors_prosecutors_and_promoters(text):
    d = one(text)
    assert d.event_type == "training" and d.participants_total in (24, 18, 30)


# A town in a region of a named country, not a namesake on another continent --------------------


@pytest.mark.parametrize(
    "text, city, country",
    [
        ("Lagos, in the Algarve region of Portugal", "Lagos", "PRT"),
        ("Filadelfia, in the Boquerón department of Paraguay", "Filadelfia", "PRY"),
        ("Valencia, in the Carabobo state of Venezuela", "Valencia", "VEN"),
        ("Trinidad, in the Beni department of Bolivia", "Trinidad", "BOL"),
    ],
)
def test_a_town_in_a_region_of_a_named_country(text, city, country):
    from atlas.extract import places

    place = places.place_at(text, 0)[0]
    assert (place.city, place.country) == (city, country)


def test_a_town_with_a_region_that_names_no_country_keeps_the_gazetteer():
    from atlas.extract import places

    assert places.place_at("Lagos, in the south-west", 0)[0].country == "NGA"


def test_a_consultation_in_a_portuguese_lagos():
    d = one(
        "The association held a consultation with farm workers in Lagos, in the Algarve region "
        "of Portugal, on Sunday 16 April 2023."
    )
    assert (d.city, d.country_iso3) == ("Lagos", "PRT")


# A conference told in one sentence that only hosts the event told in the next -----------------


@pytest.mark.parametrize(
    "text, start, venue",
    [
        (
            "The Asia Labour Summit met from 6 to 8 May 2022 at the Harbour Congress Centre in "
            "Manila, Philippines. On the second day of the summit, the network ran a workshop "
            "on wage theft. About 40 people attended the workshop.",
            dt.date(2022, 5, 7),
            "Harbour Congress Centre",
        ),
        (
            "The African Migration Congress was held from 2 to 4 June 2019 at the Lake Hotel in "
            "Kampala, Uganda. During the congress, the alliance held a workshop on remittances "
            "with 25 participants.",
            dt.date(2019, 6, 2),
            "Lake Hotel",
        ),
        (
            "The Pacific Labour Conference met at the Civic Centre in Apia, Samoa, on 12 and 13 "
            "September 2018. On its second day the fishers' network was given a slot to run a "
            "workshop on crew contracts. Some 30 people came to the workshop.",
            dt.date(2018, 9, 13),
            "Civic Centre",
        ),
    ],
)
def test_a_conference_that_only_hosts_the_next_sentences_event_is_no_event(text, start, venue):
    d = one(text)
    assert (d.event_type, d.start_date, d.venue) == ("workshop", start, venue)


def test_a_conference_with_its_own_count_stays_an_event_beside_its_workshop():
    found = drafts(
        "The network held its annual conference from 6 to 8 May 2022 in Manila, Philippines, "
        "with 300 participants. On the second day of the conference, the youth wing ran a "
        "workshop on wage theft."
    )
    assert sorted(d.event_type for d in found) == ["conference", "workshop"]


@pytest.mark.parametrize(
    "text",
    [
        "many of them mothers of young women recruited for domestic work in Malaysia",
        "most of whom had worked in Qatar",
        "some of them living in Thailand",
        "fishers employed on boats in Indonesia",
    ],
)
def test_where_people_work_or_live_is_not_the_events_place(text):
    from atlas.extract import places

    assert places.place_named_in(text) is None
    assert places.place_in_clause(text, "meeting") is None


def test_a_workshop_in_a_country_is_still_placed():
    from atlas.extract import places

    assert places.place_named_in("a workshop on labour migration in Thailand").country == "THA"


# A later sentence that says where the event was held ------------------------------------------


@pytest.mark.parametrize(
    "text, city, venue, country",
    [
        (
            "In June 2022 the network trained 24 labour inspectors. The course was held at the "
            "Capital Lodge in Lilongwe, Malawi.",
            "Lilongwe",
            "Capital Lodge",
            "MWI",
        ),
        (
            "At the end of January 2018 the project trained 40 young women as peer educators. "
            "The five-day training was held in Tamale at the Savannah Women's Centre.",
            "Tamale",
            "Savannah Women's Centre",
            "GHA",
        ),
        (
            "On 3 May 2019 the union held a consultation with 60 drivers. The consultation took "
            "place in Mombasa, Kenya.",
            "Mombasa",
            None,
            "KEN",
        ),
    ],
)
def test_a_later_sentence_places_an_event_its_anchor_left_without_a_place(
    text, city, venue, country
):
    d = one(text)
    assert (d.city, d.venue, d.country_iso3) == (city, venue, country)


def test_a_later_sentence_does_not_move_an_event_already_placed():
    d = one(
        "On 3 May 2019 the union held a consultation in Nairobi, Kenya with 60 drivers. The "
        "consultation was held in a hall near the port."
    )
    assert d.city == "Nairobi"


# Venues: names in other languages, a venue told in a later sentence ----------------------------


@pytest.mark.parametrize(
    ("text", "city", "country", "venue"),
    [
        (
            "On 9 November 2021 the health network launched its study at the Universidad del "
            "Norte in Barranquilla, Colombia.",
            "Barranquilla",
            "COL",
            "Universidad del Norte",
        ),
        (
            "On 4 March 2020 the union held a workshop at the Centro Cultural de España in Lima, "
            "Peru, with 40 participants.",
            "Lima",
            "PER",
            "Centro Cultural de España",
        ),
        (
            "On 8 June 2019 the collective held a meeting at the Maison des Syndicats in Dakar, "
            "Senegal.",
            "Dakar",
            "SEN",
            "Maison des Syndicats",
        ),
    ],
)
def test_a_venue_named_in_another_language_is_not_a_city(text, city, country, venue):
    d = one(text)
    assert (d.city, d.country_iso3, d.venue) == (city, country, venue)


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "From 9 to 11 September 2018 the network organised a training for 28 leaders in "
            "Hai Phong, Vietnam. The course was held at the Coastal Fisheries College and funded "
            "by a fund.",
            "Coastal Fisheries College",
        ),
        (
            "From 2 to 6 May 2022 the Northern Girls Network ran a training for 30 peer educators "
            "in Tamale, Ghana. The training was held in Tamale at the Savannah Women's Centre.",
            "Savannah Women's Centre",
        ),
        # another city in the later sentence: not this event's venue
        (
            "From 2 to 6 May 2022 the Northern Girls Network ran a training for 30 peer educators "
            "in Tamale, Ghana. The training was held in Accra at the Harbour Centre.",
            None,
        ),
    ],
)
def test_a_later_sentence_gives_the_venue_of_an_event_already_placed(text, venue):
    assert one(text).venue == venue


# A press release: its dateline, the march, who handed the petition over ------------------------


def test_a_press_release_is_placed_by_its_dateline_and_counts_those_who_marched():
    d = one(
        "Nairobi, 14 October 2022 – Members of the Coast Domestic Workers Union today handed a "
        "petition signed by 9,000 workers to the Speaker of the National Assembly. About 150 "
        "domestic workers marched from the park to the assembly. The union was supported by the "
        "Solidarity Center and the Federation of Employers did not comment."
    )
    assert (d.city, d.country_iso3, d.participants_total) == ("Nairobi", "KEN", 150)
    assert {(o.name, o.role) for o in d.organisations} == {
        ("Coast Domestic Workers Union", "organiser"),
        ("Solidarity Center", "funder"),
    }


def test_a_place_and_a_date_that_open_a_sentence_without_a_dash_are_no_dateline():
    d = one("On 14 October 2022 the union held a meeting with 40 workers.")
    assert (d.city, d.country_iso3) == (None, None)


# A visit told by a group that visited a place; what it attended there is part of it -----------


def test_a_delegation_that_visited_a_place_is_a_visit_there_and_what_it_attended_is_part_of_it():
    d = one(
        "From 6 to 10 May 2019, a delegation of eight care workers from the Romanian union "
        "Sanitas visited Bologna, Italy, at the invitation of the Italian union FP CGIL. The "
        "delegation met carers working in private homes, visited two nursing homes and attended "
        "a regional assembly of care workers."
    )
    assert (d.event_type, d.city, d.country_iso3, d.start_date) == (
        "field_visit",
        "Bologna",
        "ITA",
        dt.date(2019, 5, 6),
    )
    assert {(o.name, o.role) for o in d.organisations} == {("FP CGIL", "host")}


def test_travelling_to_a_place_for_an_event_is_that_event_not_a_visit_beside_it():
    found = drafts(
        "In late 2018 teachers from seven learning centres in Mae Sot travelled to Chiang Rai "
        "for a learning exchange with the Hillside Schools Network."
    )
    assert [d.event_type for d in found] == ["exchange"]


def test_a_group_that_visited_an_organisation_in_a_town_visited_that_town():
    d = one("On 3 June 2020 twelve organisers visited the Coastal Fishers Foundation in Songkhla.")
    assert (d.event_type, d.city, d.participants_total) == ("field_visit", "Songkhla", 12)
    assert {(o.name, o.role) for o in d.organisations} == {
        ("Coastal Fishers Foundation", "visited")
    }


# Several events told as one, then apart by their ordinals; events called off ------------------


def test_events_told_as_several_then_by_ordinals_are_as_many_as_the_ordinals():
    found = drafts(
        "In February and March 2020, the Hill Migration Platform held meetings in two villages "
        "of the district. The first, in Melamchi on 12 February, drew 65 villagers. The second, "
        "in Chautara on 3 March, had 48 participants."
    )
    assert [(d.start_date, d.participants_total) for d in found] == [
        (dt.date(2020, 2, 12), 65),
        (dt.date(2020, 3, 3), 48),
    ]
    assert found[1].city == "Chautara"


def test_a_date_within_a_groups_months_refines_the_later_event():
    found = drafts(
        "In February and March 2020, the platform held two meetings in Nepal. The first was on "
        "12 February. The second, on 3 March, had 48 participants."
    )
    assert [d.start_date for d in found] == [dt.date(2020, 2, 12), dt.date(2020, 3, 3)]


@pytest.mark.parametrize(
    "called_off",
    [
        "A third meeting, planned for late March, was cancelled because of the lockdown.",
        "A follow-up workshop was called off after the floods.",
        "The second workshop was postponed indefinitely.",
    ],
)
def test_an_event_called_off_is_no_event(called_off):
    found = drafts(f"The union held a workshop in Lima on 3 May 2019 with 30 workers. {called_off}")
    assert [(d.event_type, d.start_date) for d in found] == [("workshop", dt.date(2019, 5, 3))]


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        (
            "In Brussels on 5 December 2022, the platform held a dialogue with 55 participants.",
            "Brussels",
            "BEL",
        ),
        (
            "In October 2018, the observatory organised a study tour for nine municipal officials "
            "from Honduras to Tapachula, Mexico.",
            "Tapachula",
            "MEX",
        ),
    ],
)
def test_a_place_that_opens_the_sentence_or_a_visits_destination(text, city, country):
    d = one(text)
    assert (d.city, d.country_iso3) == (city, country)


def test_a_place_a_sentence_is_about_is_not_opened_on():
    d = one("In Nepal migration is common; in 2019 the platform held a meeting with 40 women.")
    assert d.city is None


def test_an_organisation_that_met_somewhere_on_a_date_held_a_meeting():
    d = one(
        "The Coastal Fisheries Network met in Dakar, Senegal, on 27 and 28 January 2020. "
        "Thirty-one delegates took part."
    )
    assert (d.event_type, d.city, d.start_date, d.participants_total) == (
        "meeting",
        "Dakar",
        dt.date(2020, 1, 27),
        31,
    )
    assert {(o.name, o.role) for o in d.organisations} == {
        ("Coastal Fisheries Network", "organiser")
    }


def test_a_heading_names_the_meeting_an_organisation_held_by_meeting():
    d = one(
        "## Sub-regional meeting of fishers' unions\n\nThe Coastal Fisheries Network met in "
        "Dakar, Senegal, on 27 January 2020."
    )
    assert d.title == "Sub-regional meeting of fishers' unions"


@pytest.mark.parametrize(
    "text",
    [
        "The network met in Dakar to plan its work.",  # no date: no event told
        "Its members met their families in Dakar on 27 January 2020.",  # met people, not in
    ],
)
def test_met_without_a_date_or_a_place_is_no_meeting(text):
    assert drafts(text) == []


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        # the capital named after its country
        (
            "The network held its third regional conference in Mexico City on 25 April 2018.",
            "Mexico City",
            "MEX",
        ),
        # a day between "met" and the place
        (
            "Some 90 domestic workers met on Sunday 12 May 2019 in Santiago for the founding "
            "assembly of the Migrant Care Workers Coordination.",
            "Santiago",
            "CHL",
        ),
        # a venue whose name holds a capital or a city of a million, and no other place
        (
            "On 30 January 2020 the association held a seminar at the Novotel Bucharest City "
            "Centre with 48 participants.",
            "Bucharest",
            "ROU",
        ),
        (
            "On 24 August 2023 the documentary was shown for the first time at the Dili Cultural "
            "Centre.",
            "Dili",
            "TLS",
        ),
    ],
)
def test_more_ways_a_report_places_its_event(text, city, country):
    d = one(text)
    assert (d.city, d.country_iso3) == (city, country)


@pytest.mark.parametrize(
    "venue",
    ["the Savannah Women's Centre", "the Hotel Casa Blanca", "the Victoria Hall", "the Nile Hotel"],
)
def test_a_venue_named_after_a_region_or_a_small_town_places_nothing(venue):
    d = one(f"On 2 May 2022 the network ran a training for 30 peer educators at {venue}.")
    assert (d.city, d.country_iso3) == (None, None)


def test_a_university_named_in_full_is_the_venue_and_not_a_town_called_university():
    d = one(
        "In July 2022, 40 young people spent a week at a youth camp held at the University of "
        "the South Pacific's Laucala campus in Suva."
    )
    assert (d.city, d.country_iso3, d.venue) == ("Suva", "FJI", "University of the South Pacific")


def test_a_region_named_with_a_compass_word_is_not_a_town_of_that_word():
    found = drafts(
        "The network held two consultations with returnee fishers in Central Java in 2019. The "
        "first took place in Tegal on 9 March with 38 returnees; the second in Pemalang on 13 "
        "April."
    )
    assert [(d.city, d.country_iso3) for d in found] == [("Tegal", "IDN"), ("Pemalang", "IDN")]


def test_a_guide_launched_in_a_city_on_a_day_is_a_launch_there():
    d = one(
        "On 18 December 2020 the Health Coalition launched its Migrant Workers' Health Guide in "
        "Kuala Lumpur. About 250 people followed it. The guide was written with doctors of the "
        "Malaysian Medical Association."
    )
    assert (d.event_type, d.city, d.participants_total) == ("launch", "Kuala Lumpur", 250)
    assert [(o.outcome_type, o.title) for o in d.outcomes] == [
        ("publication", "Migrant Workers' Health Guide")
    ]
    assert d.participation == []


def test_a_public_hearing_is_a_meeting():
    d = one(
        "A public hearing on the deaths of migrant workers was held at the Press Club in "
        "Kathmandu on 27 August 2021."
    )
    assert (d.event_type, d.city, d.venue) == ("meeting", "Kathmandu", "Press Club")


def test_a_guide_launched_in_a_language_is_no_launch_in_a_place():
    found = drafts("On 3 May 2021 the network launched its guide in Tagalog.")
    assert [(d.event_type, d.city) for d in found if d.event_type == "launch"] == []


# Events told by "an exchange for/with", by counted people who met at a place, by a gathering ---


@pytest.mark.parametrize(
    "text, city, start, end",
    [
        (
            "From 3 to 9 May 2016, nine nurses from Kerala travelled to Muscat, Oman, for an "
            "exchange with migrant nurses' groups.",
            "Muscat",
            dt.date(2016, 5, 3),
            dt.date(2016, 5, 9),
        ),
        (
            "A six-day exchange for women farmers took place in Lilongwe, Malawi, from 12 to 17 "
            "June 2019.",
            "Lilongwe",
            dt.date(2019, 6, 12),
            dt.date(2019, 6, 17),
        ),
        (
            "Between 2 and 5 October 2018, fourteen teachers went to Pokhara, Nepal, for the "
            "exchange with rural schools.",
            "Pokhara",
            dt.date(2018, 10, 2),
            dt.date(2018, 10, 5),
        ),
    ],
)
def test_an_exchange_for_or_with_someone_is_an_event(text, city, start, end):
    d = one(text)
    assert (d.event_type, d.city, d.start_date, d.end_date) == ("exchange", city, start, end)


@pytest.mark.parametrize(
    "text",
    [
        "On 4 May 2017 the union offered training in exchange for a small fee in Nairobi, Kenya.",
        "On 4 May 2017 the leaders had a lively exchange with the minister in Nairobi, Kenya.",
    ],
)
def test_exchange_for_a_fee_or_a_lively_exchange_is_not_an_exchange(text):
    assert "exchange" not in [d.event_type for d in drafts(text)]


@pytest.mark.parametrize(
    "text, city, total",
    [
        (
            "On 28 April 2021, sixty women fish vendors met at the Fugalei market hall in Apia to "
            "talk about the price of ice.",
            "Apia",
            60,
        ),
        (
            "On 3 March 2018, 25 domestic workers met in Lusaka, Zambia, to plan a campaign.",
            "Lusaka",
            25,
        ),
        (
            "Some 40 farmers from six districts gathered in Mbeya, Tanzania, on 9 July 2020.",
            "Mbeya",
            40,
        ),
    ],
)
def test_counted_people_who_met_at_a_place_on_a_date_are_a_meeting(text, city, total):
    d = one(text)
    assert (d.event_type, d.city, d.participants_total) == ("meeting", city, total)


@pytest.mark.parametrize(
    "text",
    [
        # no date: a habit, not an event
        "Sixty women fish vendors met at the Fugalei market hall in Apia every month.",
        # no place: who met whom
        "On 3 March 2018, 25 domestic workers met the labour commissioner to ask for a hearing.",
    ],
)
def test_people_who_met_with_no_date_or_no_place_are_not_a_meeting(text):
    assert drafts(text) == []


def test_a_gathering_is_a_meeting_but_data_gathering_is_not():
    d = one("On 19 and 20 August 2015, 48 women met in Lima, Peru, for a gathering on land rights.")
    assert (d.event_type, d.start_date, d.end_date, d.participants_total) == (
        "meeting",
        dt.date(2015, 8, 19),
        dt.date(2015, 8, 20),
        48,
    )
    assert drafts("Data gathering in Lima, Peru, began on 3 May 2016.") == []


# A launch dated between its verb and its venue; a petition handed over where they marched to;
# a press release's dateline closed by a full stop ------------------------------------------


@pytest.mark.parametrize(
    "text, venue",
    [
        (
            "Our study of debt among garment workers, Sewn Into Debt, was launched on 12 December "
            "2019 at the Sylhet Garden Hotel in Dhaka.",
            "Sylhet Garden Hotel",
        ),
        (
            "The union's guide, Know Your Rights, was presented to the public on March 4, 2020, at "
            "the Pearl Hotel in Kampala.",
            "Pearl Hotel",
        ),
    ],
)
def test_a_launch_dated_between_its_verb_and_its_venue_is_a_launch(text, venue):
    d = one(text)
    assert (d.event_type, d.venue) == ("launch", venue)
    assert d.start_date is not None


@pytest.mark.parametrize(
    "text, title",
    [
        (
            "On 9 March 2020, about 60 domestic workers walked from Uhuru Park to the Ministry of "
            "Labour and Social Protection in Nairobi and handed over a petition.",
            "Petition handed over to Ministry of Labour and Social Protection",
        ),
        (
            "On 5 June 2018 the delegation went to the Ministry of Health and presented a "
            "memorandum on nurses' pay.",
            "Memorandum handed over to Ministry of Health",
        ),
    ],
)
def test_a_petition_handed_over_where_they_walked_to_is_a_handover_there(text, title):
    assert one(text).title == title


@pytest.mark.parametrize(
    "text",
    [
        # a city is not an authority a petition is handed to
        "On 5 June 2018 members travelled to Geneva and presented a statement at a side event.",
        # a plan, undated
        "The union will march to the Ministry of Labour and hand over a petition next month.",
    ],
)
def test_travelling_to_a_city_and_presenting_a_text_is_not_a_handover(text):
    assert [d.title for d in drafts(text) if "handed over" in d.title] == []


@pytest.mark.parametrize(
    "text, start",
    [
        (
            "Killybegs, Co. Donegal, 3 June 2021. Twenty-six migrant fishers met at the Harbour "
            "Mission for a consultation on work permits.",
            dt.date(2021, 6, 3),
        ),
        (
            "Kisumu, 14 October 2022. The union held a workshop on organising.",
            dt.date(2022, 10, 14),
        ),
        ("MANILA, June 3, 2021. Forty seafarers joined a dialogue on wages.", dt.date(2021, 6, 3)),
        (
            "Accra, 15-16 July 2016. About 150 teachers met in Accra for a regional conference.",
            dt.date(2016, 7, 15),
        ),
    ],
)
def test_a_dateline_closed_by_a_full_stop_dates_the_event_it_opens(text, start):
    assert one(text).start_date == start


def test_a_sentence_that_ends_with_a_date_is_not_a_dateline():
    from atlas.extract import sentences

    texts = [s.text for s in sentences.split("We met on 3 June 2021. A workshop followed.")]
    assert texts == ["We met on 3 June 2021.", "A workshop followed."]


@pytest.mark.parametrize(
    "text, day, country",
    [
        (
            "The Asia-Pacific Forum on Migration opened on 24 October 2018 at the United Nations "
            "Conference Centre in Bangkok. On the forum's second day, the alliance held a side "
            "workshop on forced labour, attended by about 70 people.",
            dt.date(2018, 10, 25),
            "THA",
        ),
        (
            "The Global Summit on Care Work was held from 6 to 8 May 2019 in Vienna, Austria. On "
            "the summit's last day, the platform ran a workshop on home care.",
            dt.date(2019, 5, 8),
            "AUT",
        ),
    ],
)
def test_a_workshop_on_a_forums_nth_day_is_held_within_it_and_the_forum_is_no_event(
    text, day, country
):
    d = one(text)
    assert (d.event_type, d.start_date, d.country_iso3) == ("workshop", day, country)


# "The first of four consultations" is one event; a plan named before an event is no event ----


@pytest.mark.parametrize(
    "text, start",
    [
        (
            "The first of four village consultations on climate displacement took place in "
            "Khulna, Bangladesh, on 10 January 2021. Fifty-five residents spoke.",
            dt.date(2021, 1, 10),
        ),
        (
            "The last of three trainings for nurses was held in Kisumu, Kenya, on 4 May 2019.",
            dt.date(2019, 5, 4),
        ),
    ],
)
def test_the_first_of_several_events_is_the_one_the_sentence_tells(text, start):
    d = one(text)
    assert d.start_date == start
    assert "(1 of" not in d.title and "(3 of" not in d.title


@pytest.mark.parametrize(
    "text",
    [
        "Next step: the coalition plans national follow-up meetings in each of the four "
        "countries before the end of 2018.",
        "The union is planning a workshop in Accra in May 2019.",
        "Next steps: a training for shop stewards in Kisumu, Kenya, in March 2020.",
    ],
)
def test_a_plan_named_before_an_event_is_no_event(text):
    assert drafts(text) == []


def test_an_event_about_plans_is_still_an_event():
    d = one("A workshop on national action plans took place in Accra, Ghana, on 5 May 2019.")
    assert d.start_date == dt.date(2019, 5, 5)


# The venue where people met, told before the event they met for ------------------------------


@pytest.mark.parametrize(
    "text, city, venue",
    [
        (
            "On 18 October 2019, 80 trade unionists met at the Maison des Syndicats in Brussels "
            "for a seminar on firewalls.",
            "Brussels",
            "Maison des Syndicats",
        ),
        (
            "On 15 July 2016, 150 teachers met in the Great Hall of the Legon Institute of "
            "Education for a regional conference.",
            None,
            "Great Hall of the Legon Institute of Education",
        ),
        (
            "On 18 October 2019, 80 unionists met at the Grand Hotel in Brussels for a seminar.",
            "Brussels",
            "Grand Hotel",
        ),
        # a town alone, no venue
        ("On 18 October 2019, 80 unionists met in Brussels for a seminar.", "Brussels", None),
        # a ministry is not a venue word: nothing is made up
        (
            "On 18 October 2019, 80 unionists met at the Ministry of Labour for a seminar.",
            None,
            None,
        ),
    ],
)
def test_the_venue_where_people_met_for_an_event(text, city, venue):
    d = one(text)
    assert (d.city, d.venue) == (city, venue)


# Minutes: the event named in the heading, its date and place under labels ---------------------


def test_minutes_with_the_meeting_in_the_heading_and_date_and_place_labels():
    d = one(
        "Summary of the coordination meeting of the Coastal Workers' Network\n\n"
        "Date: 2 February 2015. Place: Workers' House, Surabaya. Attendance: 19 representatives "
        "of 14 member organisations.\n\n"
        "Members reported on the new rules for pre-departure training. After discussion, the "
        "meeting adopted the network's workplan for 2015."
    )
    assert (d.event_type, d.start_date, d.city, d.venue, d.country_iso3) == (
        "meeting",
        dt.date(2015, 2, 2),
        "Surabaya",
        "Workers' House",
        "IDN",
    )


@pytest.mark.parametrize(
    "title_block",
    [
        "MEKONG FISHERS NETWORK (MFN)\nMinutes of the 9th Steering Committee Meeting",
        # the minutes' title first, the network's name under it
        "Minutes of the 9th Steering Committee Meeting\nMEKONG FISHERS NETWORK (MFN)",
        "Minutes of the 9th Steering Committee Meeting\nMekong Fishers Network",
    ],
)
def test_minutes_tell_their_meeting_whichever_title_line_comes_first(title_block):
    drafts = extract_text(
        f"{title_block}\n\n"
        "Date: 12 March 2025\n"
        "Venue: Riverside Hotel, Pakse, Lao PDR\n"
        "Present (9): representatives of member organisations from Cambodia, Lao PDR and "
        "Thailand.\n\n"
        "Item 1: Update on activities\n"
        "The paralegal training in Stung Treng was held on 4-5 February 2025 with 22 fishers.",
        "test",
    )
    told = {(d.title, d.start_date, d.city, d.venue, d.participants_total) for d in drafts}
    assert told == {
        (
            "9th Steering Committee Meeting",
            dt.date(2025, 3, 12),
            "Pakse",
            "Riverside Hotel",
            9,
        ),
        ("Paralegal training", dt.date(2025, 2, 4), "Stung Treng", None, 22),
    }


def test_a_place_label_with_no_town_gives_no_place():
    d = one(
        "Summary of the coordination meeting of the Coastal Workers' Network\n\n"
        "Date: 2 February 2015. Place: to be confirmed. Attendance: 19 representatives.\n\n"
        "The meeting adopted the network's workplan for 2015."
    )
    assert (d.start_date, d.city, d.venue) == (dt.date(2015, 2, 2), None, None)


def test_the_date_in_a_heading_dates_the_one_undated_event_of_its_section():
    d = one(
        "Inclusive disaster preparedness training, Hue, 20-22 November 2020\n\n"
        "The network held a three-day training on disaster preparedness at the Riverside Hotel "
        "in Hue, Viet Nam. Thirty-four participants attended."
    )
    assert (d.start_date, d.end_date, d.date_precision) == (
        dt.date(2020, 11, 20),
        dt.date(2020, 11, 22),
        "day",
    )


def test_a_heading_date_is_not_given_to_an_event_dated_in_its_own_sentence():
    d = one(
        "Network news, 20 November 2020\n\n"
        "On 3 October 2020 the network held a training in Hue, Viet Nam, for 34 participants."
    )
    assert d.start_date == dt.date(2020, 10, 3)


@pytest.mark.parametrize(
    "second",
    [
        "The second, held in Gdansk on 12 October, gathered 52 workers.",
        "The second met in Gdansk on 12 October with 52 workers.",
    ],
)
def test_the_second_of_a_group_told_by_held_or_met_takes_its_own_date_place_and_count(second):
    found = drafts(
        "In 2019 the association held two meetings for migrant workers. The first took place "
        f"in Krakow in April. {second}"
    )
    assert [(d.city, d.start_date, d.participants_total) for d in found] == [
        ("Krakow", dt.date(2019, 4, 1), None),
        ("Gdansk", dt.date(2019, 10, 12), 52),
    ]


@pytest.mark.parametrize(
    "text, title",
    [
        (
            "On 28 April 2021, sixty women fish vendors met at the market hall in Apia.",
            "Meeting of women fish vendors",
        ),
        ("Some 40 farmers gathered in Mbeya, Tanzania, on 9 July 2020.", "Meeting of farmers"),
    ],
)
def test_a_meeting_told_by_who_met_is_titled_by_them(text, title):
    assert one(text).title == title


# Event nouns of no common kind, and gatherings told by a verb (third generalisation round) -----


@pytest.mark.parametrize(
    "text, event_type, city",
    [
        (
            "On 2-3 May 2021 the Delta Rice Farmers' Union held a national convening in Can Tho, "
            "Viet Nam, on seed prices. Forty farmers took part.",
            "meeting",
            "Can Tho",
        ),
        (
            "A two-day strategy retreat of the coalition's board took place in Entebbe, Uganda, "
            "on 8-9 June 2019, with 11 members.",
            "meeting",
            "Entebbe",
        ),
        (
            "A hearing on evictions along the railway was held on 4 March 2016 in Lahore, "
            "Pakistan; about 200 residents attended.",
            "meeting",
            "Lahore",
        ),
        (
            "Thirty nurses attended a week-long bootcamp on patient safety in Cebu City, the "
            "Philippines, from 5 to 9 August 2019.",
            "training",
            "Cebu City",
        ),
        (
            "On 12-16 July 2018 the union ran a summer school on collective bargaining in "
            "Vilnius, Lithuania, for 26 young members.",
            "training",
            "Vilnius",
        ),
        (
            "From 1 to 6 April 2022, a caravan of 60 water defenders in Tapachula, Mexico, "
            "stopped in nine towns.",
            "other",
            "Tapachula",
        ),
        (
            "A street festival of migrant cooks and musicians drew 700 people in Lisbon, "
            "Portugal, on 18 June 2017.",
            "other",
            "Lisbon",
        ),
        (
            "On 10 December 2020, a march of 500 home-based workers in Karachi, Pakistan, "
            "ended at the provincial assembly.",
            "other",
            "Karachi",
        ),
        (
            "On 9 February 2019 volunteer lawyers held a free legal clinic in Mae Sot, Thailand, "
            "for 85 migrant workers.",
            "other",
            "Mae Sot",
        ),
    ],
)
def test_unusual_event_nouns_are_events(text, event_type, city):
    d = one(text)
    assert (d.event_type, d.city) == (event_type, city)


@pytest.mark.parametrize(
    "text",
    [
        # a month, a service, a name, a plan, hearing as a sense
        "The report was published in March 2019 in Colombo, Sri Lanka.",
        "In 2016 the Harbour Legal Clinic in Mombasa, Kenya, advised 400 fishers.",
        "Since May 2018 the centre has run a weekly legal clinic in Tema, Ghana, for 30 women.",
        "A bootcamp for young organisers is planned for March 2024 in Ndola, Zambia.",
        "In 2019 the project gave hearing aids to 40 children in Hue, Viet Nam.",
        "Summer school fees rose in 2020 in Accra, Ghana.",
    ],
)
def test_words_of_those_kinds_that_tell_no_event(text):
    assert drafts(text) == []


@pytest.mark.parametrize(
    "text, event_type, title, city",
    [
        (
            "On 1 May 2017, around 3,000 tea pickers marched through Kandy, Sri Lanka, to demand "
            "a higher daily wage.",
            "other",
            "March of tea pickers",
            "Kandy",
        ),
        (
            "On 25 November 2022, delegates of teachers' unions gathered at the Hotel "
            "Panamericano in Asunción, Paraguay, to compare pay scales.",
            "meeting",
            "Meeting of delegates of teachers' unions",
            "Asunción",
        ),
    ],
)
def test_people_who_marched_or_delegates_who_gathered_tell_an_event(text, event_type, title, city):
    d = one(text)
    assert (d.event_type, d.title, d.city) == (event_type, title, city)


def test_a_log_of_lines_under_a_heading_with_a_year_gives_each_line_its_date_and_place():
    found = drafts(
        "Field diary, second half of 2018\n\n"
        "3-5 July: refresher training for 22 midwives, Mwanza (Tanzania), by the district team.\n"
        "19 October: roundtable with ward officials, Dodoma; 30 participants.\n"
    )
    got = [(d.event_type, d.start_date, d.end_date, d.city, d.participants_total) for d in found]
    assert got == [
        ("training", dt.date(2018, 7, 3), dt.date(2018, 7, 5), "Mwanza", 22),
        ("meeting", dt.date(2018, 10, 19), None, "Dodoma", 30),
    ]


def test_a_heading_with_two_years_gives_no_year_and_a_place_after_a_comma_needs_a_log_line():
    # two years in the heading: neither is the year of the line below
    found = drafts("Plan 2019 and review 2020\n\n3-5 July: refresher training for 22 midwives.\n")
    assert all(d.start_date is None or d.start_date.year != 2019 for d in found)
    # no date opening the line: the place between commas is not read as where it was
    d = one(
        "In 2017 the union ran a refresher training for 22 midwives, Mwanza's nurses among them, "
        "with 22 participants."
    )
    assert d.city is None


@pytest.mark.parametrize(
    "text, event_type, city",
    [
        (
            "On 7 April 2017 the centre held an open day for fishers' families in Tema, Ghana.",
            "other",
            "Tema",
        ),
        (
            "The first civic hackathon on open data was held in Accra, Ghana, on 3 May 2022.",
            "other",
            "Accra",
        ),
        (
            "On 2 June 2016, about 200 workers staged a sit-in outside the Labour Department in "
            "Phnom Penh, Cambodia.",
            "other",
            "Phnom Penh",
        ),
        (
            "From 10 to 16 November 2018 a group of 14 leaders went on an exposure trip to "
            "Anand, India.",
            "field_visit",
            "Anand",
        ),
        (
            "On 6 October 2020 twenty women came together in Negombo, Sri Lanka, for a "
            "listening session on unpaid wages.",
            "meeting",  # people who came together: a meeting of them
            "Negombo",
        ),
    ],
)
def test_an_event_of_any_noun_held_staged_or_gathered_for_in_a_dated_placed_sentence(
    text, event_type, city
):
    d = one(text)
    assert (d.event_type, d.city) == (event_type, city)


@pytest.mark.parametrize(
    "text",
    [
        "In 2019 the union organised a campaign in Dhaka for 300 workers.",
        "In May 2020 the group ran a hotline in Lima, Peru.",
        "On 3 May 2019 the workers held banners outside the ministry in Accra, Ghana.",
        "In March 2018 the network held talks with the minister in Hanoi, Viet Nam.",
        "The union held a majority of seats in Lusaka, Zambia, in 2016.",
        "The centre held an open day for fishers' families in Tema, Ghana.",  # no date
        "In 2017 the network hosted an intern in Nairobi, Kenya.",
        "In 2019 the paper ran a column in Lagos, Nigeria, on migrants.",
        "In 2018 the union joined a federation in Accra, Ghana, with 300 members.",
        "In June 2020 the centre ran a helpline in Lima, Peru, for 500 callers.",
    ],
)
def test_things_held_or_run_that_are_no_event(text):
    assert drafts(text) == []


def test_a_town_matched_by_the_first_words_of_a_longer_name_stays_in_the_country_named():
    from atlas.extract import places

    text = "In Chiapas, Mexico, a fair was held in San Cristóbal de las Casas on 12 March 2021."
    place, _ = places.place_at(text, text.index("San Cristóbal"))
    assert (place.city, place.country) == ("San Cristóbal de las Casas", "MEX")
    # naming no country, the gazetteer's town is kept; naming its own country, too
    assert places.place_at("a fair in Santa Cruz today", 10)[0].city is not None


def test_a_longer_name_is_not_cut_to_a_town_in_another_country_when_two_are_named():
    from atlas.extract import places

    text = "Delegates from Peru and Bolivia met in San Cristóbal de las Casas."
    assert places.place_at(text, text.index("San Cristóbal")) is None


@pytest.mark.parametrize(
    "text, total",
    [
        (
            "On 2 June 2016, about 200 garment workers staged a sit-in outside the Labour "
            "Department in Phnom Penh, Cambodia.",
            200,
        ),
        (
            "From 10 to 16 November 2018 a group of 14 dairy leaders went on an exposure trip to "
            "Anand, India.",
            14,
        ),
    ],
)
def test_people_who_staged_or_went_on_an_event_are_its_count(text, total):
    assert one(text).participants_total == total


def test_workers_counted_where_no_verb_says_they_came_are_no_count():
    d = one(
        "On 2 June 2016 the union held a sit-in outside the Labour Department in Phnom Penh, "
        "Cambodia, for the 200 garment workers' severance."
    )
    assert d.participants_total is None


@pytest.mark.parametrize(
    "text, event_type, city",
    [
        (
            "A three-day induction for new volunteer interpreters took place in Gaziantep, "
            "Turkey, from 8 to 10 November 2016.",
            "training",
            "Gaziantep",
        ),
        (
            "Between 20 and 24 September 2019, a solidarity mission of eight trade unionists from "
            "Norway and Denmark travelled to Colombo, Sri Lanka.",
            "field_visit",
            "Colombo",
        ),
        (
            "On 3 March 2022 thirty young domestic workers joined a photo walk through Binondo "
            "in Manila, the Philippines.",
            "other",
            "Manila",
        ),
        (
            "- Paralegal refresher, Pietermaritzburg, 3-4 July 2018: 15 paralegals.",
            "training",
            "Pietermaritzburg",
        ),
        (
            "- Round table with employers, Durban, 12 April 2018: 21 participants.",
            "meeting",
            "Durban",
        ),
    ],
)
def test_inductions_missions_what_people_joined_and_a_line_of_name_place_and_date(
    text, event_type, city
):
    d = one(text)
    assert (d.event_type, d.city) == (event_type, city)


@pytest.mark.parametrize(
    "text",
    [
        "In 2019 the network joined a campaign for safer dams in Oruro, Bolivia.",
        "In May 2020 she attended a union in Lima, Peru.",
        "The refresher on the law of 2018 was read in Accra, Ghana, in 2019.",
    ],
)
def test_what_people_joined_that_is_no_event(text):
    assert drafts(text) == []


# A study released at a venue; a legislature, a body or a part of a programme is no event --------


@pytest.mark.parametrize(
    "text",
    [
        'The Delta Boatmen\'s Union released its study "Hidden Crews" at the Press Club in Khulna '
        "on 4 March 2021. About 50 people attended.",
        "On 9 May 2022 the network released a report on wage theft at the Serena Hotel in Kampala.",
        'The union released its study "Adrift: Crews Without Contracts" at the Harbour Hall in '
        "Tema on 2 June 2020.",
    ],
)
def test_a_study_or_report_released_at_a_venue_is_a_launch(text):
    d = one(text)
    assert d.event_type == "launch"
    assert d.start_date is not None


def test_what_was_released_that_is_not_written_is_no_launch():
    assert (
        drafts("On 3 May 2020 the police released the detained workers at the station in Dhaka.")
        == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "On 23 May 2023 we held a public hearing on evictions at the National Congress in "
        "Tegucigalpa, with 70 people.",
        "On 4 June 2019 the union ran a workshop for 30 lawyers, co-organised with the Kenyan "
        "Forum for Tenants' Rights, in Nairobi.",
        "On 12 November 2018 a five-day training for 22 social workers began in Chisinau. The "
        "programme combined case studies, role plays and a visit to a shelter.",
    ],
)
def test_a_legislature_a_named_body_or_a_part_of_a_programme_is_no_event_of_its_own(text):
    assert len(drafts(text)) == 1, [d.title for d in drafts(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The Fifth Regional Congress of domestic workers met in Lima on 3 March 2019 with 200 "
        "delegates.",
        "On 8 April 2019 the National Congress of Fishers' Unions opened in Dakar with 300 delegates.",
        "On 2 May 2021 the programme included role plays and a field visit to Kisumu port.",
    ],
)
def test_a_congress_held_and_a_visit_with_its_place_stay_events(text):
    assert len(drafts(text)) >= 1


def test_a_short_first_line_gives_its_year_to_the_log_below_it():
    text = (
        "Coastal Women's Network: activity log, second quarter of 2023 (for partners)\n\n"
        "- 12-14 May: training on fish smoking for 18 women, held in Kribi.\n"
        "- 23 May: meeting with 12 port officials in Douala."
    )
    found = drafts(text)
    assert [d.start_date for d in found] == [dt.date(2023, 5, 12), dt.date(2023, 5, 23)]


# Places: a venue's first word is no town; a town over its province; a city named like a country


@pytest.mark.parametrize(
    "text, city, country",
    [
        (
            "On 8 October 2018 a training for 52 teachers was held at the Tak Border Teachers' "
            "Resource Centre in Mae Sot, Tak province.",
            "Mae Sot",
            "THA",
        ),
        (
            "On 3 April 2019 a workshop for 30 nurses was held at the Kandy Lake Hall in Peradeniya, "
            "Central Province, Sri Lanka.",
            "Peradeniya",
            "LKA",
        ),
        (
            "On 9 May 2017 a training for 42 women was held at the Ikpoba Hill Community Hall in "
            "Benin City, Edo State, Nigeria.",
            "Benin City",
            "NGA",
        ),
        (
            "On 9 May 2017 a training for 42 women was held in Benin City.",
            "Benin City",
            "NGA",
        ),
    ],
)
def test_the_town_not_the_venue_or_province_and_a_city_named_like_a_country(text, city, country):
    d = one(text)
    assert (d.city, d.country_iso3) == (city, country)


def test_a_country_alone_is_still_the_country():
    d = one("On 9 May 2017 a training for 42 women was held in Benin.")
    assert (d.city, d.country_iso3) == (None, "BEN")


def test_days_told_after_the_month_date_the_event_to_the_day():
    d = one(
        "In September 2021 the network ran a three-day training for 24 leaders in Suva, from 14 "
        "to 16 September, at the Civic Hall."
    )
    assert (d.start_date, d.end_date, d.date_precision) == (
        dt.date(2021, 9, 14),
        dt.date(2021, 9, 16),
        "day",
    )


def test_a_month_with_days_of_another_month_keeps_the_month():
    from atlas.extract import date_phrases

    found = date_phrases.find("In September 2021 we planned it; on 4 October the team met.")
    assert [p.precision for p in found] == ["month", "day"]


def test_a_month_with_two_days_in_it_keeps_the_month():
    from atlas.extract import date_phrases

    found = date_phrases.find("In March 2019 two trainings were held, on 5 March and on 19 March.")
    assert found[0].precision == "month"


@pytest.mark.parametrize(
    "text, venue",
    [
        (
            "On 5 March 2020 the Colectivo Sur held a screening for 80 people at the Sala Mendoza, "
            "a community cinema in Rosario, Argentina.",
            "Sala Mendoza",
        ),
        (
            "On 12 May 2023 a training for 18 youths was held at the Centro Comunitario San Pedro in "
            "La Esperanza, Honduras.",
            "Centro Comunitario San Pedro",
        ),
        (
            "On 12 May 2023 a training for 18 youths was held at the Centro de Estudios Andinos in "
            "Cusco, Peru.",
            "Centro de Estudios Andinos",
        ),
    ],
)
def test_a_venue_whose_kind_comes_before_its_name(text, venue):
    assert one(text).venue == venue


def test_events_told_in_clauses_of_one_long_sentence_keep_their_own_facts():
    text = (
        "The year's three activities built on one another: in April 2019 the Coastal Land "
        "Network held a three-day paralegal training in Kenema for 30 land monitors, with trainers "
        "from the Legal Empowerment Centre; in August, eight monitors chosen at that training "
        "went on a four-day exchange visit to Robertsport, Liberia, hosted by the Forest "
        "Communities Union; and on 21 November the network convened a national dialogue on the "
        "draft bill at the Civic Centre in Freetown, attended by 150 people."
    )
    found = drafts(text)
    assert [(d.event_type, d.city) for d in found] == [
        ("training", "Kenema"),
        ("exchange", "Robertsport"),  # where the visit went; never Freetown
        ("meeting", "Freetown"),
    ]
    training, visit, dialogue = found
    assert not any(o.role == "trainer" for o in visit.organisations + dialogue.organisations)
    assert training.participants_total == 30 and dialogue.participants_total == 150


def test_a_long_sentence_whose_clauses_are_not_all_dated_stays_one():
    from atlas.extract import sentences

    text = (
        "On 4 May 2019 the network held a training in Bo for 30 monitors, who came from three "
        "districts and had all worked on land cases before; the trainers, who came from the "
        "Legal Empowerment Centre, used case studies, role plays and mock hearings, and the "
        "participants drew up a plan for documenting customary claims in their chiefdoms."
    )
    assert len(sentences.split(text)) == 1
