"""A venue gone to whose first word is a town of a country the report never names is no town of
the event ("an exposure visit to the Riverside Shelter for Women" is not in Riverside, United
States); a venue opening with a town of the report's own country keeps it
(atlas/extract/places.py's _venue_of_a_far_town, issue 16)."""

from __future__ import annotations

from atlas.extract import places
from tests.extract_drafts import drafts_of


def test_a_venue_named_after_a_far_town_places_nothing():
    assert (
        places.place_in_clause(
            "made an exposure visit to the Riverside Shelter for Women.", "field_visit"
        )
        is None
    )
    drafts = drafts_of(
        "Proceedings Report: Regional Workshop on Victim Identification\n\n"
        "Kunming, Yunnan Province, China – 23rd to 25th March 2026\n\n"
        "1. Organisers\nThe Regional Workshop was organised by the Lake Region Women's "
        "Association jointly with the Border Families Alliance.\n\n"
        "2. Participation\nThe workshop saw the participation of 52 delegates.\n\n"
        "3. Field visit\nThe participants made an exposure visit to the Riverside Shelter for "
        "Women.\n"
    )
    by_title = {d["title"]: d for d in drafts}
    assert by_title["Field visit"]["city"] is None
    # no wrong town keeps the head's town off the report's first event any more
    assert (by_title["Workshop"]["city"], by_title["Workshop"]["country"]) == ("Kunming", "CHN")


def test_a_venue_named_after_a_town_of_the_reports_country_or_a_town_alone_keeps_it():
    place = places.place_in_clause(
        "a study visit to the Bangkok Shelter for Women in Thailand", "field_visit"
    )
    assert (place.city, place.country) == ("Bangkok", "THA")
    place = places.place_in_clause("a study visit to Kuala Lumpur", "field_visit")
    assert (place.city, place.country) == ("Kuala Lumpur", "MYS")
