"""General rules for the town an event was held in, read from the kinds of text the first runs
missed in three or more blind sets (issue 16; atlas/extract/held_places.py); each tested on
texts of our own, with texts that must not trigger it."""

from __future__ import annotations

from tests.extract_drafts import drafts_of, one_draft

# A venue, a comma and the town, the sentence going on -------------------------------------------


def test_a_town_after_the_venue_and_a_comma_is_where_the_event_was():
    d = one_draft(
        "Our largest activity was a two-day regional workshop from 8 May 2023 at the Riverside "
        "Palm Hotel, Kisumu, co-organised with the Lake Traders Network."
    )
    assert (d["venue"], d["city"], d["country"]) == ("Riverside Palm Hotel", "Kisumu", "KEN")


def test_a_town_after_the_venue_then_the_people_it_was_for():
    d = one_draft(
        "A four-day training started on 6 February 2024 at the Msalato Training Centre, Dodoma, "
        "for 28 village health workers."
    )
    assert (d["city"], d["country"]) == ("Dodoma", "TZA")


def test_a_country_after_the_venue_is_no_town():
    d = one_draft(
        "A four-day training started on 6 February 2024 at the Msalato Training Centre, Tanzania, "
        "for 28 village health workers."
    )
    assert d["city"] is None


def test_a_town_in_another_country_than_the_drafts_is_left_out():
    d = one_draft(
        "In Kenya, a four-day training started on 6 February 2024 at the Msalato Training Centre, "
        "Dodoma, for 28 village health workers."
    )
    assert d["city"] is None


# A sentence opening with the town ---------------------------------------------------------------


def test_a_sentence_opening_in_the_town_places_its_event():
    d = one_draft("In Khujand we ran a training on seed saving for 22 farmers on 14 April 2023.")
    assert (d["city"], d["country"]) == ("Khujand", "TJK")


def test_back_in_the_town_and_a_comma_places_its_event():
    d = one_draft("Back in Mwanza, on 3 October 2023 the union held a workshop with 40 traders.")
    assert (d["city"], d["country"]) == ("Mwanza", "TZA")


def test_a_sentence_opening_in_a_month_or_a_country_gives_no_town():
    assert (
        one_draft("In April 2023 we ran a training on seed saving for 22 farmers.")["city"] is None
    )
    d = one_draft("In Tanzania we ran a training on seed saving for 22 farmers on 14 April 2023.")
    assert d["city"] is None


def test_a_sentence_opening_in_a_place_the_gazetteer_does_not_hold_gives_no_town():
    d = one_draft(
        "In Mbeya Hills we ran a training on seed saving for 22 farmers on 14 April 2023."
    )
    assert d["city"] is None


# A short line whose parts are the event, its town and its date or count --------------------------


def test_a_town_between_commas_in_a_short_line_is_where_the_event_was():
    d = one_draft("May 2023: meeting on fish prices, Kigoma, 35 traders.")
    assert (d["city"], d["country"]) == ("Kigoma", "TZA")


def test_a_town_after_the_colon_of_a_dated_line():
    d = one_draft("In June 2024: Public hearing, Mombasa.")
    assert (d["city"], d["country"]) == ("Mombasa", "KEN")


def test_a_country_or_a_body_named_after_a_town_in_a_short_line_is_no_town():
    assert one_draft("May 2023: meeting on fish prices, Tanzania, 35 traders.")["city"] is None
    d = one_draft("May 2023: meeting with the Kigoma Traders Union, 35 traders.")
    assert d["city"] is None


_SLIDES = """Andaman Fishers Network - annual review 2024 (slides)

Slide 1 - Our year
- 2 courses | 60 fishers

Slide 2 - Net repair course, Trang
- May 2024 | 2 days | Ban Pak Meng, Trang | 30 fishers

Slide 3 - Sea safety course, Krabi
- August 2024 | 3 days | 30 fishers
"""


def test_a_province_written_after_a_smaller_place_is_no_town():
    # the heading's part is the province that the slide's line writes after its village
    assert [(d["title"], d["city"]) for d in drafts_of(_SLIDES)] == [
        ("Net repair course", None),
        ("Sea safety course", "Krabi"),
    ]


_UPDATE = """Lake Traders Alliance, Kisumu
Fair prices campaign - update, June 2024

We held two events this spring.

12 April 2024 - Vigil, Kisumu. We held a vigil at the fish market for traders who lost their
stalls. About 90 traders came.
"""


def test_the_writers_seat_in_the_head_is_no_smaller_place():
    # the head's "Alliance, Kisumu" names the writer's seat, which the writer rule gives the
    # vigil as its organiser's line: it does not make Kisumu a province of a smaller place
    [d] = drafts_of(_UPDATE)
    assert (d["title"], d["city"], d["country"]) == ("Vigil", "Kisumu", "KEN")
