"""A body's seat between its name and what the sentence goes on to say of it
(atlas/extract/organisations.py's seats_masked): "X, Dhaka, organised", "X (AB), Trat, together
with Y, held", "a researcher of X, Leiden spoke". The seat is read past, so the body meets its
verb or its partner, and stays in the name when it is a town.

A town before ", and" leaves the comma that opens the next clause ("together with X, Chonburi,
and the Y hosted": Y hosted, X did not); a name with a comma in it ("Red de Casas, Sur y
Frontera") and a date after the town ("X, Mae Sot, 22 June") are not seats read past; a country
after a name is not kept in it.
"""

from __future__ import annotations

from tests.extract_drafts import roles_of


def test_a_subject_with_its_short_name_before_a_partner_with_its_seat():
    assert roles_of(
        "The Lotus Network for Climate Migrants (LNCM), together with the Institute for Delta "
        "Mobility, Khulna, organised a regional conference from 4 to 6 May 2025."
    ) == {
        ("Lotus Network for Climate Migrants", "organiser"),
        ("Institute for Delta Mobility, Khulna", "organiser"),
    }


def test_a_subject_with_its_seat_before_together_with():
    assert roles_of(
        "The Gulf Coast Fisherfolk Federation, Trat, together with the Kep Fishing Families "
        "Association, organised a six-day exchange of fishers."
    ) == {
        ("Gulf Coast Fisherfolk Federation, Trat", "organiser"),
        ("Kep Fishing Families Association", "organiser"),
    }


def test_a_speaker_with_a_town_and_no_comma_before_the_verb():
    assert roles_of(
        "A researcher of the Institute for Labour Mobility Studies, Leiden spoke on the debts of "
        "workers."
    ) == {("Institute for Labour Mobility Studies, Leiden", "speaker")}


def test_a_country_after_a_name_is_read_past_but_not_kept():
    assert roles_of("A lecturer of the University of Kisumu, Kenya, spoke on the debts.") == {
        ("University of Kisumu", "speaker")
    }


def test_a_town_before_and_leaves_the_next_clause_its_own():
    assert roles_of(
        "The exchange was organised together with the Friends of Care Workers, Chonburi, and the "
        "Faculty of Social Work of Burapha University hosted the meetings."
    ) == {
        ("Friends of Care Workers, Chonburi", "organiser"),
        ("Faculty of Social Work of Burapha University", "host"),
    }


def test_no_seat_read_past_before_a_date_or_inside_a_name():
    assert roles_of(
        "Case review meeting, co-organised with the Border Workers Welfare Committee, Mae Sot, "
        "22 June 2024, 18 participants."
    ) == {("Border Workers Welfare Committee", "organiser")}
    assert roles_of(
        "The dialogue was organised by the Red de Casas del Migrante, Sur y Frontera, in Tapachula."
    ) == {("Red de Casas del Migrante, Sur y Frontera", "organiser")}
