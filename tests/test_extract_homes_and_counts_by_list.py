"""Three rules for kinds of text issue 16 names (where participants came from, told other than
"from A, B and C" after the count; a multi-day exchange told by its length that takes people to a
place), each tested on sentences of our own with sentences that must not trigger it."""

from __future__ import annotations

from tests.extract_drafts import drafts_of

_HEAD = "Mekong Migrant Network\nAnnual report 2023\n\n"


def _one(sentence: str) -> dict:
    found = drafts_of(_HEAD + sentence + "\n")
    assert len(found) == 1, found
    return found[0]


def test_a_count_of_people_named_by_a_list_of_nationalities():
    d = _one("On 5 May 2023 we held a workshop in Bangkok with 40 Thai, Cambodian and Lao trade unionists.")
    assert d["total"] == 40
    assert d["homes"] == [("THA", None), ("KHM", None), ("LAO", None)]


def test_a_day_and_month_before_a_name_is_no_count():
    # "18 December, International Migrants Day": a date, then a day's name, no 18 migrants
    d = _one(
        "On 18 December, International Migrants Day, we held a vigil in Mae Sot with 120 people."
    )
    assert d["total"] == 120


def test_the_nationalities_of_the_counted_after_a_colon():
    d = _one(
        "On 5 May 2023 we held a workshop in Bangkok with 40 participants: Thai, Cambodian and "
        "Lao trade unionists."
    )
    assert d["total"] == 40
    assert d["homes"] == [("THA", None), ("KHM", None), ("LAO", None)]
    # what they were, not where from: no home
    d = _one(
        "On 5 May 2023 we held a workshop in Bangkok with 40 participants: Labour Ministry "
        "officials, lawyers and workers."
    )
    assert d["homes"] == []


def test_an_exchange_that_took_its_people_to_a_town_was_there():
    d = _one("A ten-day exchange, from 3 to 12 June 2023, brought 16 youth leaders from Laos to Chiang Mai.")
    assert (d["type"], d["start"], d["end"], d["city"], d["country"], d["total"], d["homes"]) == (
        "exchange",
        "2023-06-03",
        "2023-06-12",
        "Chiang Mai",
        "THA",
        16,
        [("LAO", 16)],
    )
    # a report sent to a ministry is no place of the exchange
    d = _one(
        "A ten-day exchange, from 3 to 12 June 2023, in Vientiane, with 16 youth leaders from "
        "Cambodia, led to a report to Bangkok officials."
    )
    assert d["city"] == "Vientiane"
