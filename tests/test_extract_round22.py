"""Rules written after the twenty-second blind set's first run (issue 16): history pages of a
recurring meeting told edition by edition; each tested on sentences of our own, with sentences
that must not trigger it."""

from __future__ import annotations

from tests.extract_drafts import drafts_of


def _by_title(found: list[dict], word: str) -> dict:
    return next(d for d in found if word in d["title"])


# A history page's edition lines: ordinal and name, then date and town --------------------------

_HISTORY = """Our story: the Coastal Women's Congress

The Coastal Women's Congress is called every second year by the Delta Seaweed Farmers League.

The 1st Congress, 2015, Mombasa. Some ninety seaweed farmers met for one day.

2nd Congress (8-9 June 2017, Kilifi, Bahari Community Hall). 130 participants from Kenya and Tanzania.

3rd Congress, 2019, Lamu, 4-5 March. 150 farmers attended.
"""


def test_an_edition_line_is_the_edition_held_there_then():
    found = drafts_of(_HISTORY)
    assert len(found) == 3, found
    first = _by_title(found, "1st")
    assert (first["start"], first["precision"], first["city"]) == ("2015-01-01", "year", "Mombasa")
    assert first["total"] == 90


def test_an_edition_in_brackets_keeps_its_days_venue_and_homes():
    second = _by_title(drafts_of(_HISTORY), "2nd")
    assert (second["start"], second["end"]) == ("2017-06-08", "2017-06-09")
    assert second["city"] == "Kilifi"
    assert second["venue"] == "Bahari Community Hall"
    assert second["total"] == 130
    assert [c for c, _ in second["homes"]] == ["KEN", "TZA"]


def test_the_days_after_the_town_take_the_year_before_it():
    third = _by_title(drafts_of(_HISTORY), "3rd")
    assert (third["start"], third["end"], third["city"]) == ("2019-03-04", "2019-03-05", "Lamu")


def test_a_numbered_line_with_no_year_or_no_town_is_no_edition():
    text = """Office move

The 2nd Floor, Block B. The files were moved there by the staff.

The 3rd Report, 2021. It was sent to the donor.
"""
    assert drafts_of(text) == []


def test_an_assembly_with_its_ordinal_is_held_not_a_legislature():
    text = "The Third Assembly was held in Kisumu in 2019. Around 80 members came."
    found = drafts_of(text)
    assert [(d["type"], d["city"], d["total"]) for d in found] == [("meeting", "Kisumu", 80)]


def test_a_legislature_is_still_no_meeting():
    text = "Our members met officials at the National Assembly in Nairobi in 2019."
    assert not any("Assembly" in d["title"] for d in drafts_of(text))
