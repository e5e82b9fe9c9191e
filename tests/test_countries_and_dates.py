"""Country names the reports use, and dates shown at the precision the reports give."""

import datetime as dt

import pytest

from atlas import countries, dates


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("Burma/Myanmar", "MMR"),
        ("Burma", "MMR"),
        ("Myanmar", "MMR"),
        ("Lao PDR", "LAO"),
        ("Laos", "LAO"),
        ("Viet Nam", "VNM"),
        ("Vietnam", "VNM"),
        ("China (Yunnan)", "CHN"),
        ("Cambodia", "KHM"),
        ("Thailand", "THA"),
        ("Japan", "JPN"),
        ("tha", "THA"),
        ("  lao pdr ", "LAO"),
        ("Republic of Korea", "KOR"),
        ("Korea, Republic of", "KOR"),
    ],
)
def test_report_names_resolve(name, iso3):
    assert countries.resolve(name) == iso3


@pytest.mark.parametrize("name", ["Mekong Delta", "Atlantis", "", "GMS", None])
def test_unknown_names_are_not_guessed(name):
    assert countries.resolve(name) is None


def test_unknown_names_get_suggestions():
    assert countries.suggest("Cambodja")[0] == "Cambodia"
    assert "Thailand" in countries.suggest("Thailnd")


def test_display_names_use_the_regions_usage():
    assert countries.display_name("LAO") == "Lao PDR"
    assert countries.display_name("VNM") == "Viet Nam"


@pytest.mark.parametrize(
    ("value", "precision", "text"),
    [
        (dt.date(2014, 8, 5), "day", "5 August 2014"),
        (dt.date(2016, 5, 1), "month", "May 2016"),
        (dt.date(2010, 1, 1), "season", "early 2010"),
        (dt.date(2010, 9, 1), "season", "late 2010"),
        (dt.date(2016, 1, 1), "year", "2016"),
        (None, None, "date not stated"),
    ],
)
def test_dates_are_shown_at_their_precision(value, precision, text):
    assert dates.format_date(value, precision) == text


def test_ranges_and_period_ends():
    assert dates.format_range(dt.date(2014, 8, 5), dt.date(2014, 8, 7), "day") == "5-7 August 2014"
    assert (
        dates.format_range(dt.date(2017, 2, 28), dt.date(2017, 3, 2), "day")
        == "28 February - 2 March 2017"
    )
    assert dates.period_end(dt.date(2016, 5, 1), "month") == dt.date(2016, 5, 31)
    assert dates.period_end(dt.date(2010, 1, 1), "season") == dt.date(2010, 4, 30)
    assert dates.iso_at_precision(dt.date(2016, 5, 1), "month") == "2016-05"
    assert dates.iso_at_precision(dt.date(2010, 1, 1), "season") == "2010-01"
    assert dates.iso_at_precision(dt.date(2010, 1, 1), "year") == "2010"
