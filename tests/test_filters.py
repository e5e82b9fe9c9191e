"""Filters <-> URL: a round trip is the identity; hostile links never raise and keep what is valid."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from atlas.filters import MAX_VALUES, Choices, Filters, parse_date

IDS = st.from_regex(r"[a-z0-9][a-z0-9-]{0,20}", fullmatch=True)
ISO3 = st.sampled_from(["THA", "LAO", "KHM", "MMR", "VNM", "JPN", "CHN"])
DATES = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2100, 12, 31))


@st.composite
def filter_states(draw) -> Filters:
    start = draw(st.none() | DATES)
    end = draw(st.none() | DATES)
    if start and end and end < start:
        start, end = end, start
    return Filters(
        date_from=start,
        date_to=end,
        countries=tuple(draw(st.lists(ISO3, max_size=4))),
        event_types=tuple(
            draw(st.lists(st.sampled_from(["workshop", "seminar", "field_visit"]), max_size=3))
        ),
        projects=tuple(draw(st.lists(IDS, max_size=3))),
        funders=tuple(draw(st.lists(IDS, max_size=3))),
        organisations=tuple(draw(st.lists(IDS, max_size=3))),
    )


@given(filter_states())
def test_filters_to_url_and_back_is_the_identity(filters):
    back, notices = Filters.from_query(filters.to_query())
    assert back == filters
    assert notices == []


@given(filter_states())
def test_sql_params_use_null_for_all(filters):
    params = filters.sql_params()
    assert set(params) == {
        "date_from",
        "date_to",
        "countries",
        "event_types",
        "projects",
        "funders",
        "organisations",
    }
    for name in ("countries", "event_types", "projects", "funders", "organisations"):
        assert params[name] is None or params[name] == list(getattr(filters, name))


HOSTILE = st.one_of(
    st.text(max_size=300),
    st.sampled_from(
        [
            "'; DROP TABLE events; --",
            "1 OR 1=1",
            "<script>alert(1)</script>",
            "%00",
            "../../etc/passwd",
            "2016-02-30",
            "99999-01-01",
            "2014-13",
            "0000",
            "x" * 5000,
            "THA,,,,",
            "ＴＨＡ",
        ]
    ),
)


@settings(max_examples=300)
@given(
    st.dictionaries(
        st.sampled_from(
            ["from", "to", "country", "type", "project", "funder", "org", "zz", "evil"]
        ),
        st.one_of(HOSTILE, st.lists(HOSTILE, max_size=5)),
        max_size=6,
    )
)
def test_hostile_links_never_raise(query):
    choices = Choices(
        event_types=frozenset({"workshop", "seminar"}), projects=frozenset({"ilo-ipec"})
    )
    filters, notices = Filters.from_query(query, choices)
    assert isinstance(filters, Filters)
    assert all(isinstance(n, str) and n for n in notices)
    assert set(filters.event_types) <= {"workshop", "seminar"}
    assert set(filters.projects) <= {"ilo-ipec"}


def test_valid_part_of_a_hostile_link_still_applies():
    query = {
        "country": ["LAO", "'; DROP TABLE events; --", "Laos", "XXX"],
        "from": "2009-13-01",
        "to": "2010",
        "type": "seminar,party",
        "utm_source": "mail",
    }
    filters, notices = Filters.from_query(
        query, Choices(event_types=frozenset({"seminar", "workshop"}))
    )
    assert filters == Filters(
        date_to=dt.date(2010, 12, 31), countries=("LAO",), event_types=("seminar",)
    )
    assert "Ignored from='2009-13-01': not a date (use 2014, 2014-08 or 2014-08-05)." in notices
    assert "Ignored unknown country values: \"'; DROP TABLE events; --\", 'XXX'." in notices
    assert "Ignored an unknown type value: 'party'." in notices
    assert "Ignored unknown link parameter 'utm_source'." in notices


def test_huge_lists_are_cut_with_a_notice():
    filters, notices = Filters.from_query({"country": ",".join(["THA"] * 5000)})
    assert filters.countries == ("THA",)
    assert f"Used the first {MAX_VALUES} of 5000 values given for 'country'." in notices


def test_reversed_range_drops_the_end():
    filters, notices = Filters.from_query({"from": "2015", "to": "2010"})
    assert filters == Filters(date_from=dt.date(2015, 1, 1))
    assert notices == ["Ignored to=2010-12-31: it is before from=2015-01-01."]


def test_dates_at_year_and_month_precision():
    assert parse_date("2014") == dt.date(2014, 1, 1)
    assert parse_date("2014", end=True) == dt.date(2014, 12, 31)
    assert parse_date("2016-02", end=True) == dt.date(2016, 2, 29)
    assert parse_date("2016-02-30") is None
    assert parse_date("0000") is None
