"""A body's name with no organisation word in it, opened by a region or a nationality
(atlas/extract/organisations.py's looks_like_org): "Mekong Returnee Futures held a workshop",
"organised by the Lao Youth Move". No person's name opens so. A region's own places ("the
Mekong Delta", "Shan State") and an office held ("the Thai Prime Minister") stay no body.
"""

from __future__ import annotations

from atlas.extract.organisations import looks_like_org
from tests.extract_drafts import roles_of


def test_a_body_named_after_its_region_held_the_event():
    assert roles_of(
        "On 17 and 18 January 2022 Mekong Returnee Futures held a two-day workshop on debts."
    ) == {("Mekong Returnee Futures", "organiser")}


def test_a_body_named_after_a_nationality_organised_it():
    assert roles_of("The conference was organised by the Lao Youth Move.") == {
        ("Lao Youth Move", "organiser")
    }
    assert roles_of("The Andaman Sea Voices supported the event.") == {
        ("Andaman Sea Voices", "funder")
    }


def test_places_and_offices_of_a_region_are_no_body():
    assert not looks_like_org("Mekong Delta Region")
    assert not looks_like_org("Shan Hills State")
    assert not looks_like_org("Thai Prime Minister")
    assert roles_of("The meeting was opened by the Thai Prime Minister.") == set()
