"""Roles told by a noun rather than a verb (atlas/extract/organisations.py's roles): a body "with
X as co-host" or "as main sponsor"; trainers told outright ("X, whose two lawyers were the
trainers", "The trainers, doctors and nurses of X, taught ...") kept beside the body's role as
organiser; a visit told by its noun ("a visit to the X", "Tuesday: visit to the X") or by "we
went to the X, where ...". Going to a ministry to hand something over is no visit.
"""

from __future__ import annotations

from tests.extract_drafts import roles_of


def test_a_co_host_or_a_sponsor_told_after_as():
    found = roles_of(
        "It was convened by the Border Women's Support Centre, with the Red River Children "
        "Service Centre, Hekou, as co-host."
    )
    assert ("Red River Children Service Centre, Hekou", "organiser") in found
    assert ("Hill Fund", "funder") in roles_of(
        "The workshop was held with the Hill Fund as main sponsor."
    )


def test_trainers_told_outright_beside_their_organising():
    found = roles_of(
        "The training was run together with the Coast Labour Law Volunteers Group, whose two "
        "lawyers were the trainers."
    )
    assert found >= {
        ("Coast Labour Law Volunteers Group", "organiser"),
        ("Coast Labour Law Volunteers Group", "trainer"),
    }
    assert ("Harbour Health Association", "trainer") in roles_of(
        "The trainers, doctors and nurses of the Harbour Health Association, taught first aid."
    )


def test_visits_told_by_their_noun_or_by_went_to_where():
    assert ("Bay Migrant Learning Centre", "visited") in roles_of(
        "Day 3: We went to the Bay Migrant Learning Centre, where children of workers study."
    )
    assert ("Cooperativa Textil Libre", "visited") in roles_of(
        "Tuesday: visit to the Cooperativa Textil Libre, a workshop run by its workers."
    )
    assert ("Harbour Fishers Union", "visited") in roles_of(
        "On the second day the delegation paid a visit to the Harbour Fishers Union in Songkhla."
    )


def test_going_to_a_ministry_to_hand_something_over_is_no_visit():
    assert roles_of("We went to the Ministry of Labour to hand over the petition.") == set()


def test_a_body_that_ran_a_training_is_still_not_its_trainer():
    assert roles_of("The Coast Workers Network ran a two-day training for crew.") == {
        ("Coast Workers Network", "organiser")
    }


def test_trainers_told_outright_after_the_bodys_seats():
    assert ("Delta Legal Aid Clinic, Phnom Penh and Kampot", "trainer") in roles_of(
        "The training was run with the Delta Legal Aid Clinic, Phnom Penh and Kampot, whose two "
        "lawyers were the trainers."
    )
