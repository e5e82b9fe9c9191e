"""An event told again by "the", with only the day it ran until ("The exhibition stayed open
until 8 January 2023"), is the one event of its kind told before, which ends then
(events._Document._ran_until); it is no second event.
"""

from __future__ import annotations

import datetime as dt

from atlas.extract.pipeline import extract_text

OPENED = (
    'On 3 March 2024 the River Youth Collective opened its photo exhibition "Boats and Borders" '
    "at the Riverside Gallery in Pakse. "
)


def test_the_exhibition_that_stayed_open_until_a_day_ends_then():
    drafts = extract_text(
        OPENED + "The exhibition stayed open until 24 March 2024 and received 900 visitors."
    )
    assert [(d.event_type, d.start_date, d.end_date) for d in drafts] == [
        ("exhibition", dt.date(2024, 3, 3), dt.date(2024, 3, 24))
    ]
    assert "stayed open until" in drafts[0].evidence["end_date"]


def test_an_exhibition_that_continued_until_a_day_ends_then():
    drafts = extract_text(
        "On 5 May 2024 the Delta Women Network opened an exhibition of returnee cooperatives' "
        "crafts in Can Tho. The exhibition continued until 9 May 2024."
    )
    assert [(d.start_date, d.end_date) for d in drafts] == [
        (dt.date(2024, 5, 5), dt.date(2024, 5, 9))
    ]


def test_a_second_event_of_the_kind_on_a_later_day_is_kept():
    drafts = extract_text(
        OPENED + "The exhibition was shown again in Savannakhet on 24 March 2024 to 300 visitors."
    )
    assert len(drafts) == 2


def test_an_event_that_already_has_its_end_keeps_it():
    drafts = extract_text(
        "From 3 to 10 March 2024 the River Youth Collective showed its photo exhibition at the "
        "Riverside Gallery in Pakse. The exhibition stayed open until 24 March 2024."
    )
    assert [d.end_date for d in drafts if d.start_date == dt.date(2024, 3, 3)] == [
        dt.date(2024, 3, 10)
    ]


def test_a_month_it_ran_until_gives_no_day_to_end_it():
    drafts = extract_text(OPENED + "The exhibition stayed open until April 2024.")
    assert [d.end_date for d in drafts if d.start_date == dt.date(2024, 3, 3)] == [None]
