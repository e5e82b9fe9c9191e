"""Rules written after the fourteenth blind set's first run (issue 16): plain narrative reports of
civil-society networks (donor reports on one grant period, reports of one regional meeting,
yearly highlights, campaign case studies) that tell public actions and community events (a
sit-in, a vigil, a march, a health camp, a festival, a planting day, a people's hearing, a side
session or a panel) and date them by an international day or by "for N days from"; each tested
on sentences of our own, with sentences that must not trigger it."""

from __future__ import annotations

import datetime as dt

from atlas.extract import date_phrases, sentences
from tests.extract_drafts import drafts_of


def dates_of(sentence: str, year: int | None = None) -> list[tuple]:
    return [(p.first, p.last, p.precision) for p in date_phrases.find(sentence, year)]


# An international day observed on a fixed date --------------------------------------------------


def test_an_international_day_is_its_fixed_date_in_the_reports_year():
    assert dates_of("On World Water Day we marched to the county offices.", 2022) == [
        (dt.date(2022, 3, 22), None, "day")
    ]
    assert dates_of("On the Day of the Seafarer the crews held a vigil.", 2021) == [
        (dt.date(2021, 6, 25), None, "day")
    ]
    assert dates_of("We marched on International Migrants Day 2019.") == [
        (dt.date(2019, 12, 18), None, "day")
    ]
    assert dates_of("On the World Day against Child Labour we met.", 2020) == [
        (dt.date(2020, 6, 12), None, "day")
    ]


def test_an_international_day_takes_the_year_the_sentence_gives_before_it():
    assert (dt.date(2018, 12, 10), None, "day") in dates_of(
        "In 2018, on Human Rights Day, we held a rally.", 2024
    )


def test_a_named_day_after_its_own_date_is_that_one_date():
    assert dates_of("On 22 March 2022, World Water Day, we marched.") == [
        (dt.date(2022, 3, 22), None, "day")
    ]


def test_no_year_no_named_day_and_movable_or_national_days_are_never_read():
    assert dates_of("On World Water Day we marched.") == []
    # Labour Day falls on different dates in different countries; World Habitat Day on a Monday
    assert dates_of("On Labour Day we held a rally.", 2023) == []
    assert dates_of("On World Habitat Day we held a rally.", 2023) == []
    # "may" as a verb is no May Day
    assert dates_of("The workers may day-dream of home.", 2023) == []


def test_a_march_on_an_international_day_is_an_event_with_its_date():
    [d] = drafts_of(
        "Report on the water campaign 2022\n\n"
        "On World Water Day we joined the march for water in Nairobi; the march gathered "
        "300 residents."
    )
    assert d["start"] == "2022-03-22"
    assert d["precision"] == "day"
    assert d["city"] == "Nairobi"


# "For N days from" a day ------------------------------------------------------------------------


def test_for_n_days_from_a_day_is_the_span_of_those_days():
    assert dates_of("For six days from 11 October, 35 fishers camped outside.", 2023) == [
        (dt.date(2023, 10, 11), dt.date(2023, 10, 16), "day")
    ]
    assert dates_of("The camp ran for three days from 30 June 2021.") == [
        (dt.date(2021, 6, 30), dt.date(2021, 7, 2), "day")
    ]


def test_from_a_day_without_a_length_stays_one_day():
    assert dates_of("From 11 October the fishers camped outside.", 2023) == [
        (dt.date(2023, 10, 11), None, "day")
    ]
    # the days counted are not the event's span when they come after it
    assert dates_of("On 4 May, three days after the strike, we met.", 2023) == [
        (dt.date(2023, 5, 4), None, "day")
    ]


# Public actions and community events as event nouns ----------------------------------------------


def test_a_sit_in_a_health_camp_and_a_festival_are_events():
    text = (
        "Yearly highlights 2022\n\n"
        "On 3 April we held a sit-in outside the Labour Office in Colombo with 40 domestic workers.\n\n"
        "On 9 July we ran a free health camp in Dubai for 250 workers.\n\n"
        "On 2 October we celebrated the Festival of the Lake in Nakuru with 500 residents.\n"
    )
    drafts = drafts_of(text)
    assert [(d["start"], d["city"], d["total"], d["type"]) for d in drafts] == [
        ("2022-04-03", "Colombo", 40, "other"),
        ("2022-07-09", "Dubai", 250, "other"),
        ("2022-10-02", "Nakuru", 500, "other"),
    ]


def test_a_planting_day_and_a_peoples_hearing_are_events():
    drafts = drafts_of(
        "Annual highlights 2021\n\n"
        "On 5 June 120 volunteers joined our tree planting day in Arusha.\n\n"
        "On 14 August we held a People's Hearing in Mombasa, with 80 fishers listening.\n"
    )
    assert [(d["start"], d["city"], d["total"]) for d in drafts] == [
        ("2021-06-05", "Arusha", 120),
        ("2021-08-14", "Mombasa", 80),
    ]


def test_a_possessive_word_for_people_is_whose_the_event_is_not_a_count():
    # the day of the date before "People's" is not 14 people
    [d] = drafts_of("Highlights 2021\n\nOn 14 August we held a People's Hearing in Mombasa.\n")
    assert (d["start"], d["city"], d["total"]) == ("2021-08-14", "Mombasa", None)
    [d] = drafts_of("On 2 May 2021 we held a forum in Kampala with 12 women's groups.")
    assert d["total"] is None


def test_a_side_session_and_a_panel_on_a_subject_are_seminars():
    [d] = drafts_of(
        "On 12 May 2022 we co-organised a side session on wage theft in Manila with "
        "35 participants."
    )
    assert (d["type"], d["start"], d["city"], d["total"]) == ("seminar", "2022-05-12", "Manila", 35)
    [d] = drafts_of(
        "On 3 June 2022 our centre ran a panel on safe migration in Kathmandu for 60 workers."
    )
    assert (d["type"], d["start"], d["city"], d["total"]) == (
        "seminar",
        "2022-06-03",
        "Kathmandu",
        60,
    )


def test_things_that_share_the_words_are_no_events():
    for text in (
        "On 3 June 2022 the panel of judges in Doha heard 60 workers.",
        "On 3 June 2022 we fitted solar panels on the clinic in Doha for 60 families.",
        "On 3 June 2022 the Festival Committee met the mayor's office in Doha.",
        "On 3 June 2022 the planting season began in Arusha for 60 farmers.",
    ):
        assert all(d["type"] not in ("seminar",) for d in drafts_of(text)), text
    assert drafts_of("On 3 June 2022 the planting season began in Arusha for 60 farmers.") == []


def test_a_heading_naming_a_side_session_is_not_a_second_event():
    drafts = drafts_of(
        "Side session at the Regional Labour Forum\n"
        "The Regional Labour Forum was held from 4 to 6 May 2022 in Manila. On its second day "
        'we co-organised a side session "Wages Owed" with 40 participants.\n'
    )
    assert [d["title"] for d in drafts] == ["Wages Owed"]


# A wish is a plan -------------------------------------------------------------------------------


def test_an_event_we_want_to_repeat_is_a_plan_not_an_event():
    drafts = drafts_of(
        "On 10 July 2023 we held a youth eco-camp in Almaty with 24 teenagers. "
        "In 2024 we want to hold the eco-camp again in Bukhara."
    )
    assert [(d["start"], d["city"]) for d in drafts] == [("2023-07-10", "Almaty")]


def test_people_who_want_to_migrate_are_whom_a_training_was_for():
    [d] = drafts_of(
        "On 10 July 2023 we held a training in Kathmandu for 30 women who want to work abroad."
    )
    assert (d["start"], d["city"], d["total"]) == ("2023-07-10", "Kathmandu", 30)


# The writer named in a first-person report's title block ----------------------------------------


def test_yearly_highlights_headed_by_the_network_name_it_as_organiser():
    for head in (
        "RIVERSIDE FISHERS NETWORK\n2022 HIGHLIGHTS",
        "Riverside Fishers Network - Highlights of 2022",
    ):
        drafts = drafts_of(
            f"{head}\n\n"
            "Our members were busy this year.\n\n"
            "On 4 March 2022 we held a training in Mombasa for 25 fishers.\n\n"
            "On 9 May 2022 we held a vigil in Kilifi with 80 fishers.\n"
        )
        assert [(d["start"], d["city"], d["total"]) for d in drafts] == [
            ("2022-03-04", "Mombasa", 25),
            ("2022-05-09", "Kilifi", 80),
        ], head
        for d in drafts:
            assert ("Riverside Fishers Network", "organiser") in d["orgs"], head


def test_a_donor_report_whose_writer_stands_on_its_own_line_under_the_grant_period():
    [d] = drafts_of(
        "Narrative Report to the Birchwood Foundation\n"
        "Grant period: 1 January 2022 - 31 December 2022\n"
        "Coastal Workers' Rights Centre, Mombasa, Kenya\n\n"
        "On 4 March 2022 we held a training in Mombasa for 25 fishers.\n"
    )
    assert (d["start"], d["city"], d["total"]) == ("2022-03-04", "Mombasa", 25)
    assert ("Coastal Workers' Rights Centre", "organiser") in d["orgs"]
    assert ("Birchwood Foundation", "funder") in d["orgs"]
    assert not any(role == "organiser" and "Foundation" in name for name, role in d["orgs"])


def test_a_case_study_under_its_writers_line_with_its_town():
    [d] = drafts_of(
        'Case study: "Wages Now" - how 300 workers were paid\n'
        "Harbour Workers' Collective, Dhaka\n\n"
        "On 4 March 2022 we held a rally in Dhaka with 300 workers.\n"
    )
    assert (d["start"], d["city"]) == ("2022-03-04", "Dhaka")
    assert ("Harbour Workers' Collective", "organiser") in d["orgs"]


def test_a_title_blocks_lines_are_each_their_own_and_an_events_block_is_left_whole():
    report = sentences.split(
        "Narrative Report to the Birchwood Foundation\n"
        "Grant period: 1 January 2022 - 31 December 2022\n"
        "Coastal Workers' Rights Centre, Mombasa, Kenya\n\n"
        "On 4 March 2022 we held a training in Mombasa for 25 fishers.\n"
    )
    assert [s.text for s in report][:3] == [
        "Narrative Report to the Birchwood Foundation",
        "Grant period: 1 January 2022 - 31 December 2022",
        "Coastal Workers' Rights Centre, Mombasa, Kenya",
    ]
    # an event's title, its place and date line and its organiser stay one unit, as before
    event = sentences.split(
        "WORKSHOP SUMMARY\n"
        "Safer Boats for Small Fishers\n"
        "Mombasa, Kenya, 4 to 6 March 2022\n"
        "Coastal Fishers Network (CFN)\n\n"
        "CFN organised this three-day workshop with 30 fishers.\n"
    )
    assert "Safer Boats for Small Fishers Mombasa, Kenya, 4 to 6 March 2022" in event[1].text


def test_a_newsletter_headed_by_a_network_names_no_organiser_for_its_stories():
    drafts = drafts_of(
        "RIVERSIDE FISHERS NETWORK\nNEWSLETTER 2022\n\n"
        "On 4 March 2022 the Kilifi Boat Owners Association held a meeting in Kilifi with 40 "
        "owners.\n"
    )
    for d in drafts:
        assert ("Riverside Fishers Network", "organiser") not in d["orgs"]


def test_a_forms_lines_are_no_title_block():
    [d] = drafts_of(
        "Name of event: Training of boat captains\n"
        "Date: 4th March 2022\n"
        "Location: Mombasa, Kenya\n"
        "No. of participants: 30\n"
    )
    assert (d["start"], d["city"], d["total"]) == ("2022-03-04", "Mombasa", 30)
