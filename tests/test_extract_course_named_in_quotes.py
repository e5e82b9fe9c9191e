"""A course told by "the" and its name in quotes ('realized the course "Emprender en la
Frontera"') is an event noun (atlas/extract/mentions.py), as "a course on ..." is; "the course"
with no name after it ("in the course of the year", "the course met every Saturday") is not.
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
