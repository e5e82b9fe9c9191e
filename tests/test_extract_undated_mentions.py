"""A draft with no date whose title is only its kind, read from a later sentence of the report
("A total of 85 participants attended the forum."), is the report's one dated event of that
kind told again: its count and homes go to it and no second draft is proposed
(atlas/extract/missed_events.py's join_undated_mentions). With two dated events of the kind, or
a town of its own, it is left as it is."""

from __future__ import annotations

import datetime as dt

from atlas.extract.drafts import Draft
from atlas.extract.missed_events import join_undated_mentions
from tests.extract_drafts import drafts_of

BLOCK = (
    "Regional Forum on Labour Migration and Families\n"
    "Venue: Lakeside Garden Hotel, Kunming, Yunnan Province, China\n"
    "Dates: 14th–15th May 2026\n\n"
    "Introduction\n"
    "The two-day regional forum was organised by the Border Families Centre.\n\n"
    "Participation\n"
)
COUNT = (
    "A total of 85 participants attended the forum. The country-wise breakup is as follows: "
    "China 40, Myanmar 18, Viet Nam 15 and Lao PDR 12."
)


def test_the_forum_attended_is_the_dated_forum():
    found = drafts_of(BLOCK + COUNT)
    assert len(found) == 1, found
    [d] = found
    assert (d["start"], d["end"], d["city"]) == ("2026-05-14", "2026-05-15", "Kunming")
    assert d["total"] == 85
    assert d["homes"] == [("CHN", 40), ("MMR", 18), ("VNM", 15), ("LAO", 12)]


def _forum(title: str, day: int | None, city: str | None, total: int | None = None) -> Draft:
    return Draft(
        title=title,
        event_type="conference",
        start_date=dt.date(2026, 5, day) if day else None,
        city=city,
        participants_total=total,
    )


def test_two_dated_forums_or_another_town_keep_an_undated_mention_apart():
    told = [_forum("Forum on wages", 3, "Kunming"), _forum("Forum on housing", 9, "Kunming")]
    told.append(_forum("Forum", None, None, 85))
    join_undated_mentions(told)
    assert [d.participants_total for d in told] == [None, None, 85]
    told = [_forum("Forum on wages", 3, "Kunming"), _forum("Forum", None, "Dali", 85)]
    join_undated_mentions(told)
    assert [d.participants_total for d in told] == [None, 85]


def test_a_named_undated_event_is_not_a_mention():
    told = [
        _forum("Forum on wages", 3, "Kunming"),
        _forum("Youth Forum on Housing", None, None, 40),
    ]
    join_undated_mentions(told)
    assert len(told) == 2


def test_a_venue_line_names_no_event():
    text = (
        "Regional Forum on Labour Migration\n\n14-15 May 2026\n\n"
        "Venue: Green Spring Conference Hotel, Kunming, Yunnan Province, China\n\n"
        "A total of 85 participants attended the forum.\n"
    )
    found = drafts_of(text)
    assert [d["title"] for d in found] == ["Regional Forum on Labour Migration"]
    assert found[0]["total"] == 85
