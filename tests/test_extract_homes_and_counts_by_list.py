"""Rules for kinds of text issue 16 names (where participants came from, told other than
"from A, B and C" after the count; a multi-day exchange told by its length that takes people to a
place; organisations introduced by "Together with"; an outcome told after "At the forum"), each
tested on sentences of our own with sentences that must not trigger it."""

from __future__ import annotations

from atlas.extract import extract_text
from tests.extract_drafts import drafts_of, one_draft

_HEAD = "Mekong Migrant Network\nAnnual report 2023\n\n"


def _one(sentence: str) -> dict:
    return one_draft(_HEAD + sentence + "\n")


def test_a_count_of_people_named_by_a_list_of_nationalities():
    d = _one(
        "On 5 May 2023 we held a workshop in Bangkok with 40 Thai, Cambodian and Lao trade unionists."
    )
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
    d = _one(
        "A ten-day exchange, from 3 to 12 June 2023, brought 16 youth leaders from Laos to Chiang Mai."
    )
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


# Organisations introduced by "Together with", and an outcome told after the event it came of ---


def test_together_with_at_the_head_of_the_sentence_names_an_organiser():
    d = _one(
        "Together with the Lao Women's Union, we held a training in Pakse on 5 May 2023 for 25 women."
    )
    assert d["orgs"] == [
        ("Lao Women's Union", "organiser"),
        ("Mekong Migrant Network", "organiser"),
    ]
    d = _one(
        "Together with Savan Youth Centre we held a training in Pakse on 5 May 2023 for 25 women."
    )
    assert ("Savan Youth Centre", "organiser") in d["orgs"]


def test_together_with_inside_a_title_names_no_one():
    d = _one(
        "On 5 May 2023 we held a screening of the film Living Together with Migrants in Pakse for "
        "60 students."
    )
    assert all(name != "Migrants" for name, _ in d["orgs"])


def test_the_event_an_outcome_came_of_is_no_part_of_its_title():
    found = drafts_of(
        _HEAD
        + "On 5 May 2023 we held a forum in Hanoi with 120 workers. At the forum a provincial "
        "committee of migrant workers was set up.\n"
    )
    assert len(found) == 1
    (outcome,) = extract_text(
        _HEAD
        + "On 5 May 2023 we held a forum in Hanoi with 120 workers. At the forum a provincial "
        "committee of migrant workers was set up.\n"
    )[0].outcomes
    assert (outcome.outcome_type, outcome.title) == (
        "network",
        "Provincial committee of migrant workers set up",
    )


# A launch told after the date that opens the sentence ------------------------------------------


def test_a_work_launched_at_a_venue_after_the_opening_date():
    d = _one(
        "On 5 May 2023 the report 'Left Behind' was launched at the Foreign Correspondents' Club "
        "in Bangkok, with 70 journalists and diplomats."
    )
    assert (d["type"], d["start"], d["city"], d["venue"], d["total"]) == (
        "launch",
        "2023-05-05",
        "Bangkok",
        "Foreign Correspondents' Club",
        70,
    )


def test_a_work_launched_nowhere_is_no_event():
    assert drafts_of(_HEAD + "On 5 May 2023 the report 'Left Behind' was launched online.\n") == []


# Homes told after the first group: "a few came from", an elided "sent" of a body in brackets ----


def test_a_few_who_came_from_a_country_after_the_largest_group():
    found = drafts_of(
        _HEAD + "On 5 May 2023 we held a workshop in Bangkok with 30 participants. Most were "
        "Burmese; a few came from Cambodia.\n"
    )
    assert found[0]["homes"] == [("MMR", None), ("KHM", None)]


def test_a_few_who_came_from_elsewhere_are_no_country():
    found = drafts_of(
        _HEAD + "On 5 May 2023 we held a workshop in Bangkok with 30 participants. Most were "
        "Burmese; a few came from the factories nearby.\n"
    )
    assert found[0]["homes"] == [("MMR", None)]


def test_a_second_body_in_brackets_with_its_count_after_sent():
    found = drafts_of(
        _HEAD + "On 5 May 2023 we held a workshop in Bangkok with 30 participants. WorkerNet "
        "(Nepal) sent 10 people and Sahay (India) 8.\n"
    )
    assert found[0]["homes"] == [("NPL", 10), ("IND", 8)]


def test_people_who_handed_over_a_petition_are_counted():
    d = _one(
        "On 5 May 2023, 200 workers handed over a petition to the Ministry of Labour in Phnom Penh."
    )
    assert (d["start"], d["city"], d["total"]) == ("2023-05-05", "Phnom Penh", 200)


def test_people_a_petition_speaks_for_are_not_counted():
    d = _one(
        "On 5 May 2023 we handed over a petition for 5,000 workers to the Ministry of Labour in "
        "Phnom Penh."
    )
    assert d["total"] is None


# A region named before its countries; one count for each country of a list ----------------------


def test_the_countries_in_brackets_after_a_region():
    d = _one(
        "On 5 May 2023 we held a regional workshop in Bangkok with 30 participants from across the "
        "Mekong region (Cambodia, Laos, Myanmar, Thailand and Viet Nam)."
    )
    assert d["homes"] == [("KHM", None), ("LAO", None), ("MMR", None), ("THA", None), ("VNM", None)]
    # a region with no countries named gives none
    d = _one(
        "On 5 May 2023 we held a regional workshop in Bangkok with 30 participants from six ASEAN "
        "countries."
    )
    assert d["homes"] == []


def test_one_count_each_for_the_countries_of_a_list():
    d = _one(
        "On 5 May 2023 we held a regional workshop in Bangkok. Thirty activists attended: eight "
        "each from Cambodia, Laos and Myanmar, and six from Thailand."
    )
    assert d["total"] == 30
    assert d["homes"] == [("KHM", 8), ("LAO", 8), ("MMR", 8), ("THA", 6)]


def test_a_name_that_ends_in_a_building_is_a_venue_not_a_body():
    from atlas.extract.organisations import looks_like_org

    for venue in (
        "Blue Lotus Riverside Hotel",
        "Sea View Conference Hall",
        "Golden Sands Beach Resort",
    ):
        assert not looks_like_org(venue), venue
    for body in ("Lao Fishers Network", "Hall Road Women's Association", "Hotel Workers Union"):
        assert looks_like_org(body), body


def test_a_count_before_a_short_name_and_a_campaign_of_days_are_no_names():
    from atlas.extract.organisations import clean_name, looks_like_org

    assert clean_name("38 MWRN") == "MWRN"
    assert not looks_like_org("16 Days of Activism against Gender-Based Violence")
    assert looks_like_org("Mekong Women Returnees Network")
