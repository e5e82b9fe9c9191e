"""Co-organisers told by a "co-" verb in more shapes (atlas/extract/organisations.py's _BY): a line
opening on "Co-hosted with X", "co-run with X", "co-organise with X" in a list of what was done,
and "co-organised <the event> with X" or "co-organised it with X", where the event stands between
the verb and its partner; the writer's event held "jointly with" X as its "together with" X is.
Who co-hosted the meeting with X makes X its host, as before; money said after "with" is no
organiser.
"""

from __future__ import annotations

from tests.extract_drafts import one_draft, roles_of


def test_a_line_opening_on_co_hosted_with():
    found = roles_of(
        "Co-hosted with the Riverside Women Workers' Union and the Hill Farmers Collective."
    )
    assert found >= {
        ("Riverside Women Workers' Union", "organiser"),
        ("Hill Farmers Collective", "organiser"),
    }


def test_co_run_with_in_a_short_update():
    found = roles_of("- co-run with Upland Youth Network (their volunteers did the group work)")
    assert ("Upland Youth Network", "organiser") in found


def test_the_event_between_co_organised_and_with():
    found = roles_of(
        "On 20 March we co-organised a roundtable on statelessness with the Capital Citizenship "
        "Law Forum, with 40 lawyers, officials and community members."
    )
    assert ("Capital Citizenship Law Forum", "organiser") in found


def test_co_organised_it_with():
    found = roles_of("The network co-organised it with the Harbour Boat Crew Club.")
    assert ("Harbour Boat Crew Club", "organiser") in found


def test_co_organise_with_in_a_list_line():
    found = roles_of(
        "- Cross-border meeting on return, 19-20 December 2024 at the Riverside Hotel, "
        "co-organise with Mukdahan Home Workers Group."
    )
    assert ("Mukdahan Home Workers Group", "organiser") in found


def test_the_writers_event_held_jointly_with_after_a_comma():
    found = roles_of(
        "We held a legal clinic day at the community hall, jointly with the Southern Migrant "
        "Legal Aid Centre."
    )
    assert ("Southern Migrant Legal Aid Centre", "organiser") in found
    assert ("Southern Migrant Legal Aid Centre", "partner") not in found


def test_support_after_co_organised_is_money_not_an_organiser():
    found = roles_of("We co-organised the training with the support of the Mekong Dignity Fund.")
    assert ("Mekong Dignity Fund", "funder") in found
    assert ("Mekong Dignity Fund", "organiser") not in found


def test_co_hosted_the_meeting_with_stays_host():
    found = roles_of("The union co-hosted the meeting with the Labour Rights Centre.")
    assert ("Labour Rights Centre", "host") in found
    assert ("Labour Rights Centre", "organiser") not in found


def test_a_forms_organisers_line_jointly_with_another():
    found = roles_of(
        "Organisers: Bay Artisanal Fishers' Alliance (BAFA), jointly with Eastern Fisher Women's "
        "Federation"
    )
    assert found >= {
        ("Bay Artisanal Fishers' Alliance", "organiser"),
        ("Eastern Fisher Women's Federation", "organiser"),
    }
    assert ("Eastern Fisher Women's Federation", "partner") not in found


def test_the_writer_co_organised_the_event_with_another_body():
    d = one_draft(
        "OPINION: Papers for the border villages\n\nPublished 7 April 2025\n\n"
        "The writer is a legal officer with the Hill Villages Legal Status Project in Mae Sot.\n\n"
        "On 20 March 2025 we co-organised a roundtable on statelessness in Bangkok with the "
        "Capital Citizenship Law Forum, with 40 lawyers, officials and community members."
    )
    assert ("Capital Citizenship Law Forum", "organiser") in d["orgs"]
    assert ("Hill Villages Legal Status Project", "organiser") in d["orgs"]


def test_an_event_told_with_its_topic_and_town_before_with():
    found = roles_of(
        "On 2 November 2025 we co-organised a roundtable on wages in Phnom Penh with the Delta "
        "Home Workers Link, with 40 workers, officials and employers."
    )
    assert ("Delta Home Workers Link", "organiser") in found
