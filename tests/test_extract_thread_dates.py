"""A thread's or e-mail's day and month in brackets after the weekday, "Tue (14/10)", read with
the year of the report's head and only in the order that falls on the weekday
(atlas/extract/date_phrases.py's _WEEKDAY_NUM)."""

from __future__ import annotations

import datetime as dt

from atlas.extract import date_phrases
from tests.extract_drafts import drafts_of


def test_a_weekday_then_day_and_month_in_brackets():
    found = date_phrases.find("DONE last Tue (14/10) at Houayxay District Youth Hall.", 2025)
    assert [(p.first, p.year_from_context) for p in found] == [(dt.date(2025, 10, 14), True)]


def test_no_date_when_the_weekday_does_not_fall_on_it():
    # 14 October 2025 is a Tuesday and no year has a fourteenth month: no reading is a Monday
    assert date_phrases.find("DONE last Mon (14/10) at the hall.", 2025) == []


def test_a_bracket_left_open_is_no_date():
    assert date_phrases.find("DONE last Tue (14/10 at the hall.", 2025) == []


def test_a_thread_of_days_in_brackets_dates_its_training():
    text = (
        "Legal Aid Centre - thread - Sept 2025\n\n"
        "2/6 Mon (8/9) to Wed (10/9): 3-day paralegal training at Songkalia River Lodge, "
        "Sangkhlaburi. 24 pax."
    )
    [d] = drafts_of(text)
    assert (d["start"], d["end"], d["precision"]) == ("2025-09-08", "2025-09-10", "day")
