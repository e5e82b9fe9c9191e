"""Speakers told by an office's holder, by a speech given or by a person a body sent
(atlas/extract/role_orgs.py), and a body's seat or two seats after its name before the
sentence's end or the clause of what it did (atlas/extract/homes35.py's town_at_end).

A speech told before its speaker ("The keynote address was delivered by ...") is no lesson, so
no trainer; a module delivered by a body still is. A town after a body people came "from" says
where they travelled from, and a country after a name is left to the rules for countries.
"""

from __future__ import annotations

from tests.extract_drafts import roles_of


def test_an_offices_holder_who_gave_the_opening_speech():
    assert roles_of(
        "The Deputy Director of the Coastal Department of Fisheries delivered the opening speech."
    ) == {("Coastal Department of Fisheries", "speaker")}
    assert roles_of(
        "The Chief Director of the Ministry of Rural Works, represented by a director, declared "
        "the workshop open."
    ) == {("Ministry of Rural Works", "speaker")}


def test_a_keynote_given_by_a_body_or_its_chairperson_is_no_lesson():
    assert roles_of(
        "The keynote address was delivered by the Chairperson of the Andes Forum on Mobility, "
        "who drew lessons from ten years of campaigns."
    ) == {("Andes Forum on Mobility", "speaker")}
    assert roles_of("The keynote speech was given by the Regional Institute for Work Studies.") == {
        ("Regional Institute for Work Studies", "speaker")
    }
    assert roles_of(
        "A researcher of the Hill Institute for Welfare gave the keynote on pensions."
    ) == {("Hill Institute for Welfare", "speaker")}


def test_a_body_that_sent_someone_who_spoke():
    assert roles_of(
        "The Lakeside County Department of Gender and Social Services sent a deputy director who "
        "made the opening remarks."
    ) == {("Lakeside County Department of Gender and Social Services", "speaker")}


def test_a_module_delivered_by_a_body_still_trains_and_a_survey_says_nothing():
    assert roles_of("The module was delivered by the Hill Legal Clinic.") == {
        ("Hill Legal Clinic", "trainer")
    }
    assert roles_of("A researcher of the Hill Institute made a survey of 40 villages.") == set()


def test_a_body_with_two_seats_at_the_sentences_end():
    assert ("Harbour Workers Fund, Oslo and Bergen", "funder") in roles_of(
        "The workshop was financed by the Harbour Workers Fund, Oslo and Bergen."
    )


def test_a_seat_before_the_clause_of_what_the_body_did():
    assert ("River Sisters Legal Aid, Vientiane and Pakse", "speaker") in roles_of(
        "A lawyer from the River Sisters Legal Aid, Vientiane and Pakse, explained the labour law."
    )
    # the rules before this one already read a seat before "and financed by"
    assert ("Lotus Care Centre, Prague and Berlin", "organiser") in roles_of(
        "The forum was organised by the Viet Workers Support Centre, co-hosted with the Lotus "
        "Care Centre, Prague and Berlin, and financed by the Fair Migration Fund."
    )


def test_a_town_after_from_or_a_country_after_the_name_stays_out():
    found = roles_of("The trainers came from the Andes Legal Clinic, Lima.")
    assert all("Lima" not in name for name, _ in found)
    found = roles_of("The workshop was financed by the Harbour Workers Fund, Norway and Denmark.")
    assert ("Harbour Workers Fund", "funder") in found
