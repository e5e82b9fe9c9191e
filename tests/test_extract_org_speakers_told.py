"""Speakers told in more shapes (atlas/extract/role_orgs.py and organisations.py): one of a body's
people who "was the speaker" or "joined as resource persons"; a speaker, reporter, inspector or
adviser of a body who explained or presented; and a body's name read without where it is based
("the Beirut-based X"), its country's possessive ("Thailand's X") or its people's noun
("Researchers of the X") before it. A country's possessive before a word that is no country stays.
"""

from __future__ import annotations

from tests.extract_drafts import roles_of


def test_one_of_its_people_was_the_speaker():
    found = roles_of(
        "A lawyer from Justice Bridge Singapore was the speaker and went through a standard "
        "contract clause by clause."
    )
    assert ("Justice Bridge Singapore", "speaker") in found


def test_its_people_joined_as_resource_persons():
    found = roles_of(
        "Two lawyers of the Gulf Legal Aid Network joined as resource persons and explained how "
        "the sponsorship system works."
    )
    assert ("Gulf Legal Aid Network", "speaker") in found


def test_an_inspector_of_a_body_explained():
    found = roles_of(
        "A labour inspector of the Provincial Labour Protection Office explained how a complaint "
        "is filed."
    )
    assert ("Provincial Labour Protection Office", "speaker") in found


def test_where_it_is_based_and_its_people_are_no_part_of_the_name():
    assert ("Cedar Research Group", "speaker") in roles_of(
        "Researchers of the Beirut-based Cedar Research Group presented the main findings."
    )
    assert ("Sea Harvest Institute", "speaker") in roles_of(
        "The Senegal-based Sea Harvest Institute presented how fishmeal factories take the fish."
    )


def test_a_countrys_possessive_is_no_part_of_the_name():
    found = roles_of(
        "Keynote speeches were given by a researcher from Thailand's Mahidol University and by a "
        "legal adviser from Singapore."
    )
    assert ("Mahidol University", "speaker") in found
    assert not any(name.startswith("Thailand") for name, _ in found)


def test_a_possessive_that_is_no_country_stays():
    found = roles_of("The meeting was hosted by St Mary's Parish Centre.")
    assert ("St Mary's Parish Centre", "host") in found
