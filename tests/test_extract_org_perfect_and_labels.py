"""Organisers told in the present perfect ("X has held a yearly exchange", "X has organised a
convention"), "in coordination with X", a form's "Implementing organisation:" line, and names in
Portuguese or French joined by "à" or "para a" ("Centro Local de Apoio à Integração de
Migrantes", "Fundo Interamericano para a Mobilidade Humana"), read whole
(atlas/extract/organisations.py). A year opening the sentence is no part of the name after it.
"""

from __future__ import annotations

from tests.extract_drafts import one_draft, roles_of


def test_has_held_after_a_year_and_a_description():
    found = roles_of(
        "Since 2018 Survivors Voices Delta, a network of women who returned from trafficking, "
        "has held a yearly Survivors' Exchange on both sides of the border."
    )
    assert ("Survivors Voices Delta", "organiser") in found
    assert not any(name.startswith("Since") for name, _ in found)


def test_has_organised_a_convention():
    found = roles_of(
        "The Returnee Women Workers' Forum (RWWF) has organised a day-long National Convention "
        "of Returnee Women yesterday, 8 December 2023, in Dhaka."
    )
    assert ("Returnee Women Workers' Forum", "organiser") in found


def test_in_coordination_with():
    found = roles_of(
        "CCRS organized the training in coordination with Song Lam Women's Association."
    )
    assert ("Song Lam Women's Association", "organiser") in found


def test_a_forms_implementing_organisation_line():
    found = roles_of("Implementing organisation: Rangeland Women's Land Rights Network (RWLRN)")
    assert ("Rangeland Women's Land Rights Network", "organiser") in found


def test_names_joined_by_portuguese_and_french_contractions():
    found = roles_of(
        "The exchange was co-hosted with the Centro Local de Apoio à Integração de Migrantes de "
        "Odemira and supported by the Fundo Interamericano para a Mobilidade Humana."
    )
    assert found >= {
        ("Centro Local de Apoio à Integração de Migrantes de Odemira", "organiser"),
        ("Fundo Interamericano para a Mobilidade Humana", "funder"),
    }


def test_a_perfect_tense_organiser_in_a_whole_report():
    d = one_draft(
        "The Returnee Women Workers' Forum has organised a day-long National Convention of "
        "Returnee Women on 8 December 2023 at the Meghna Hall in Dhaka, Bangladesh, with 300 "
        "women."
    )
    assert ("Returnee Women Workers' Forum", "organiser") in d["orgs"]


def test_an_english_a_after_a_name_joins_nothing():
    found = roles_of("The forum was organised by the Delta Fishers Union a week later.")
    assert ("Delta Fishers Union", "organiser") in found
