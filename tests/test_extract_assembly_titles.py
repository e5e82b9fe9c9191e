"""A body's own assembly named in a title's capitals, with its number or year (atlas/extract/
organisations.py's _ASSEMBLY_OF): "Third General Assembly of the X", "Annual Members' Meeting
2024 of the X", "the annual members' meeting of the X took place" make X its organiser.

A titled meeting of many ("Convention of Returnee Women Workers", "Meeting of Migrant Worker
Organisations on Social Protection") names those who met, no one body.
"""

from __future__ import annotations

from tests.extract_drafts import roles_of


def test_a_titled_assembly_with_its_number():
    assert roles_of("Third General Assembly of the Federation of Hill Domestic Workers") == {
        ("Federation of Hill Domestic Workers", "organiser")
    }
    assert roles_of("Second Assembly of the Gulf Coast Fishers' Union: a step forward") == {
        ("Gulf Coast Fishers' Union", "organiser")
    }


def test_a_titled_meeting_with_its_year():
    assert roles_of("Annual Members' Meeting 2024 of the Tonle Returnee Network: Summary") == {
        ("Tonle Returnee Network", "organiser")
    }
    assert roles_of(
        "Report on the Annual General Meeting 2024 of the Coastal Fishworkers' Federation"
    ) == {("Coastal Fishworkers' Federation", "organiser")}


def test_a_members_meeting_told_in_a_sentence():
    assert roles_of(
        "The annual members' meeting of the Kep Fishers' Savings Group took place on 23 August "
        "2025 at the group's own hall."
    ) == {("Kep Fishers' Savings Group", "organiser")}


def test_a_titled_meeting_of_many_names_no_body():
    assert roles_of("National Convention of Returnee Women Migrant Workers") == set()
    assert (
        roles_of("Regional Meeting of Migrant Worker Organisations on Social Protection") == set()
    )
