"""Dates as the network's reports write them beyond the usual forms: Thai reports' Buddhist Era
years, quarters, a month then its days between commas as people say it, "last year" in a speech,
and a month named first and dated in full later in the sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from atlas.extract import date_phrases, extract_text


def _dates(sentence: str, year: int | None = None) -> list[tuple[dt.date, dt.date | None, str]]:
    return [(p.first, p.last, p.precision) for p in date_phrases.find(sentence, year)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("03/02/2566 - Members' meeting at the union hall.", (dt.date(2023, 2, 3), None, "day")),
        (
            "21-23 Nov 2566 Training for 30 shop workers.",
            (dt.date(2023, 11, 21), dt.date(2023, 11, 23), "day"),
        ),
        ("Sept. 2565: the leaflet was printed.", (dt.date(2022, 9, 1), None, "month")),
        (
            "From 14/06/2567 to 16/06/2567 the camp ran.",
            (dt.date(2024, 6, 14), dt.date(2024, 6, 16), "day"),
        ),
        ("Held in 2566 B.E. at the temple.", (dt.date(2023, 1, 1), None, "year")),
    ],
)
def test_a_buddhist_era_year_is_read_as_the_common_era_year(sentence, expected):
    assert _dates(sentence)[0] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The union helped 2500 workers get their papers.",
        "In 2500 households the water was cut.",
        "We spent 2,567 baht on the venue.",
        "The 2566 budget was approved.",
    ],
)
def test_a_number_like_a_buddhist_era_year_that_dates_nothing_is_left_alone(sentence):
    assert _dates(sentence) == []


def test_an_event_in_a_chronology_dated_by_the_buddhist_era():
    (d,) = extract_text(
        "Chronology of the Songkhla Women Vendors' Group, B.E. 2566\n\n"
        "14/03/2566 - Training on food safety for 25 market vendors in Hat Yai, "
        "Thailand.",
        "test",
    )
    assert (d.event_type, d.start_date, d.city, d.participants_total) == (
        "training",
        dt.date(2023, 3, 14),
        "Hat Yai",
        25,
    )


@pytest.mark.parametrize(
    "sentence",
    ["Q4 2023 - Savings training for 30 fishers.", "In the third quarter of 2023 we trained 30."],
)
def test_a_quarter_dates_its_event_to_the_year(sentence):
    assert _dates(sentence)[0] == (dt.date(2023, 1, 1), None, "year")


@pytest.mark.parametrize(
    ("sentence", "first", "last"),
    [
        ("In October, 11 to 13, we had training for 20 leaders.", 11, 13),
        ("Then in September, 10 and 11, we held a workshop.", 10, 11),
        ("In May, from 14 to 16, 45 leaders met in Udon Thani.", 14, 16),
    ],
)
def test_a_month_then_its_days_between_commas(sentence, first, last):
    ((start, end, precision),) = _dates(sentence, 2024)
    month = start.month
    assert (start, end, precision) == (
        dt.date(2024, month, first),
        dt.date(2024, month, last),
        "day",
    )


def test_a_month_then_a_count_is_no_day_range():
    # "In October, 11 and 12 women joined": counts, not days
    assert _dates("In October, 11 and 12 women joined.", 2024) == [
        (dt.date(2024, 10, 1), None, "month")
    ]


def test_last_year_in_a_report_dated_this_year():
    assert _dates("Last year in July we made the first job fair.", 2025) == [
        (dt.date(2024, 7, 1), None, "month")
    ]
    # "the last year of the project" is no year before
    assert _dates("In the last year of the project, in July, we met.", 2025)[0][0].year == 2025


def test_a_month_named_first_is_the_month_of_the_full_date_later():
    assert _dates(
        "In June, 40 crew members finished the course, on five Saturdays from 1 June to "
        "29 June 2024.",
        2025,
    ) == [(dt.date(2024, 6, 1), dt.date(2024, 6, 29), "day")]
