"""Rules written after the tenth blind set's first run (issue 16): places of events told in
annual reports, letters, communiqués and board reports, each tested on sentences of our own,
with sentences that must not trigger it."""

from __future__ import annotations

import pytest

from atlas.extract import date_phrases, extract_text, numbers


def drafts_of(text: str) -> list[dict]:
    return [
        {
            "title": d.title,
            "start": d.start_date.isoformat() if d.start_date else None,
            "city": d.city,
            "venue": d.venue,
            "country": d.country_iso3,
            "homes": sorted(p.country_iso3 for p in d.participation),
        }
        for d in extract_text(text)
    ]


# A verb of holding, its date, then the town ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "city", "country", "homes"),
    [
        (
            "The training took place from 11 until 13 June 2019 in Utrecht, with 24 researchers "
            "from member organisations in Belgium, Germany and France.",
            "Utrecht",
            "NLD",
            ["BEL", "DEU", "FRA"],
        ),
        (
            "The workshop was held on 3 March 2020 in Nairobi, with 30 participants from member "
            "organisations in Uganda and Tanzania.",
            "Nairobi",
            "KEN",
            ["TZA", "UGA"],
        ),
        (
            "The seminar was organised on Tuesday, 4 May 2021 in Cotonou for 20 journalists "
            "from Togo and Niger.",
            "Cotonou",
            "BEN",
            ["NER", "TGO"],
        ),
    ],
)
def test_the_town_after_a_verb_of_holding_and_its_date_is_the_events(text, city, country, homes):
    [d] = drafts_of(text)
    assert (d["city"], d["country"], d["homes"]) == (city, country, homes)


def test_what_follows_a_holding_verbs_date_must_be_a_place():
    [d] = drafts_of("The workshop was held on 3 March 2020 in the presence of members from Uganda.")
    assert (d["city"], d["country"]) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "The workshop took place in March 2020, with members from Uganda.",
        "The workshop was held in March, 2020 with members from Uganda.",
    ],
)
def test_a_month_before_its_year_is_no_town(text):
    [d] = drafts_of(text)
    assert (d["start"], d["city"]) == ("2020-03-01", None)


def test_a_town_after_a_month_and_year_is_still_read():
    [d] = drafts_of("The workshop took place in May 2019 in Kampala.")
    assert (d["city"], d["country"]) == ("Kampala", "UGA")


# A venue's address, closed by its town ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "city", "venue", "country"),
    [
        (
            "The workshop was held on 12 July 2016 at Thang Long Conference Hall, 15 Ly Thuong "
            "Kiet street, Hanoi.",
            "Hanoi",
            "Thang Long Conference Hall",
            "VNM",
        ),
        (
            "The consultation was organised on 22 November 2019 at Red Cross Bhawan, Unit-8, "
            "Bhubaneswar.",
            "Bhubaneswar",
            "Red Cross Bhawan",
            "IND",
        ),
        (
            "The workshop was held on 12 July 2016 at the Grand Hotel, Hanoi.",
            "Hanoi",
            "Grand Hotel",
            "VNM",
        ),
    ],
)
def test_a_venues_address_closed_by_its_town_places_the_event(text, city, venue, country):
    [d] = drafts_of(text)
    assert (d["city"], d["venue"], d["country"]) == (city, venue, country)


def test_a_name_after_the_venue_that_goes_on_is_no_town():
    [d] = drafts_of(
        "The workshop was held on 12 July 2016 at the Grand Hotel, Mary Jones, a trainer, "
        "opened it."
    )
    assert (d["venue"], d["city"], d["country"]) == ("Grand Hotel", None, None)


# People who came together at a named place in a town ------------------------------------------


@pytest.mark.parametrize(
    ("text", "city", "venue", "country"),
    [
        (
            "Young people came together at the Pacific Youth Hub in Suva for the Pacific Youth "
            "Climate Dialogue 2022 on 16 August 2022.",
            "Suva",
            "Pacific Youth Hub",
            "FJI",
        ),
        (
            "Thirty women came together in Kampala for a workshop on 3 May 2019.",
            "Kampala",
            None,
            "UGA",
        ),
        (
            "Farmers met at Kibera Market in Nairobi for a dialogue on 16 August 2022.",
            "Nairobi",
            "Kibera Market",
            "KEN",
        ),
        (
            "Young people met in Nadi in Fiji for a dialogue on 16 August 2022.",
            "Nadi",
            None,
            "FJI",
        ),
    ],
)
def test_people_who_came_together_at_a_named_place_in_a_town(text, city, venue, country):
    [d] = drafts_of(text)
    assert (d["city"], d["venue"], d["country"]) == (city, venue, country)


def test_coming_together_to_do_something_names_no_place():
    [d] = drafts_of("Thirty women came together to discuss, and on 3 May 2019 a workshop was held.")
    assert (d["city"], d["venue"], d["country"]) == (None, None, None)


# Dates written year first ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        ("on 2025.02.27-28 in", "2025-02-27", "2025-02-28"),
        ("on 2019-11-05.", "2019-11-05", None),
        ("on 2021/03/02", "2021-03-02", None),
        ("from 2025.02.27 to 2025.03.01", "2025-02-27", "2025-03-01"),
        ("from 2025.02.27-03.01", "2025-02-27", "2025-03-01"),
    ],
)
def test_a_date_written_year_first_is_read(phrase, first, last):
    [p] = date_phrases.find(phrase)
    assert (p.first.isoformat(), p.last.isoformat() if p.last else None) == (first, last)


@pytest.mark.parametrize(
    "phrase", ["version 2025.13.40", "call 2025-02-27-1234", "on 2019-11-05 to 2019-11-03"]
)
def test_numbers_that_are_no_year_first_date_are_not_read(phrase):
    assert date_phrases.find(phrase) == []


# An event a letter names, told by "which was organized ... on <date>" -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We write about the forum, which was held on 27-28 February 2025 in Nairobi.",
        "With this letter we inform you about the Herders' Forum on Pasture Use, which was "
        "organized by our Network with your generous support on 2025.02.27-28 in Nairobi.",
    ],
)
def test_an_event_named_after_about_and_told_by_its_clause_is_held(text):
    [d] = drafts_of(text)
    assert d["start"] == "2025-02-27"


@pytest.mark.parametrize(
    "text",
    [
        "Farmers spoke about the forum, and on 3 May 2019 a petition was handed over.",
        "The film about the visit was shown on 3 May 2019 in Nairobi.",
    ],
)
def test_an_event_only_pointed_back_at_is_no_new_event(text):
    assert [d["title"] for d in drafts_of(text)] == []


# A series told only as a whole: a span of months, a range of counts over its meetings ---------


@pytest.mark.parametrize(
    "text",
    [
        "with from 20 to 60 persons each",
        "with between 20 and 60 persons each.",
        "with 20 to 60 persons at each meeting",
    ],
)
def test_a_range_of_counts_over_each_meeting_is_no_count(text):
    assert numbers.totals(numbers.digits(text)) == []


def test_a_count_after_a_range_of_years_is_still_a_count():
    [c] = numbers.totals(numbers.digits("Between 2018 and 2020, 45 participants attended each"))
    assert c.value == 45


def test_two_months_in_a_row_opening_a_sentence_are_one_span():
    [p] = date_phrases.find("In February and March we met farmers in five towns.", 2020)
    assert (p.first.isoformat(), p.last.isoformat(), p.precision) == (
        "2020-02-01",
        "2020-03-01",
        "month",
    )


@pytest.mark.parametrize(
    "text",
    [
        "The second and third took place in A and B in February and March.",
        "in July and November we met",
    ],
)
def test_months_told_for_several_events_or_apart_stay_apart(text):
    assert len(date_phrases.find(text, 2020)) == 2


def test_a_series_of_meetings_told_only_as_a_whole_is_one_event_over_its_span():
    text = (
        "The network was busy in 2020. In February and March we held a series of five meetings with inhabitants in smaller "
        "towns (Nowy Targ, Tarnow and Bochnia), with from 20 to 60 persons each."
    )
    [d] = drafts_of(text)
    assert (d["start"], d["title"]) == ("2020-02-01", "Meeting with inhabitants")
    assert d["homes"] == []


# A town's name opening with an accented capital -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        ("A workshop was held in İzmir on 3 March 2020.", "İzmir", "TUR"),
        ("A workshop was held in Évora on 3 March 2020.", "Évora", "PRT"),
        (
            "We organised the meeting on 9 September 2023 in the Alsancak Culture House in İzmir.",
            "İzmir",
            "TUR",
        ),
    ],
)
def test_a_town_opening_with_an_accented_capital_is_read(text, city, country):
    [d] = drafts_of(text)
    assert (d["city"], d["country"]) == (city, country)


def test_an_accented_word_that_is_no_town_places_nothing():
    [d] = drafts_of("A workshop was held in Éxito Hall on 3 March 2020.")
    assert (d["city"], d["country"]) == (None, None)
