"""A course told by "the" and its name in quotes ('realized the course "Emprender en la
Frontera"') or by how it ran ("The course ran for six weeks, from ...") is an event noun
(atlas/extract/mentions.py), as "a course on ..." is; "the course" otherwise ("in the course of
the year", "the course met every Saturday") is not. A dated draft titled only by its kind takes
the name of the one undated draft of its kind told before it (missed_events.join_undated_mentions).
"""

from __future__ import annotations

import datetime as dt

from atlas.extract.mentions import mentions
from atlas.extract.pipeline import extract_text


def test_the_course_named_in_quotes_is_an_event():
    (d,) = extract_text(
        'From February to April 2023, the Border Welcome Network realized the course "Starting '
        'Up at the Border" for 35 migrant women in Cúcuta, Colombia.'
    )
    assert (d.event_type, d.start_date, d.date_precision, d.city, d.country_iso3) == (
        "training",
        dt.date(2023, 2, 1),
        "month",
        "Cúcuta",
        "COL",
    )
    assert d.participants_total == 35


def test_the_course_with_no_name_after_it_is_no_event_noun():
    assert mentions("In the course of the year the network grew.") == []
    assert mentions("The course met every Saturday for twelve weeks.") == []


def test_the_course_told_by_how_it_ran_is_an_event():
    (d,) = extract_text(
        "The Delta Youth Centre ran a hospitality skills course for returnee youth in Hue, with "
        "funding from the River Trust.\n\nThe course. The course ran for six weeks, from 13 "
        "October to 21 November 2025, at the Hue Hotel School. It had 30 young people."
    )
    assert (d.event_type, d.start_date, d.end_date, d.city, d.participants_total) == (
        "training",
        dt.date(2025, 10, 13),
        dt.date(2025, 11, 21),
        "Hue",
        30,
    )


def test_a_dated_course_titled_by_its_kind_takes_the_name_told_before():
    (d,) = extract_text(
        "In 2025 the Delta Youth Centre started a training for returnee youth on hotel work in "
        "Hue. The course took place from 13 October to 21 November 2025 with 30 young people."
    )
    assert (d.title, d.start_date, d.end_date) == (
        "Training for returnee youth on hotel work",
        dt.date(2025, 10, 13),
        dt.date(2025, 11, 21),
    )


def test_a_course_meeting_on_saturdays_is_no_event():
    assert extract_text("The course met every Saturday from 3 May 2025.") == []
