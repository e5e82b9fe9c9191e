"""Organisations and home countries read from kinds of text the first runs missed in two or more
blind sets, the thirty-third among them (issue 16); tested on texts of our own, each rule with a
text that must not give what it reads."""

from __future__ import annotations

from tests.extract_drafts import drafts_of


def _orgs(text: str) -> list[tuple[str, str]]:
    return [o for d in drafts_of(text) for o in d["orgs"]]


# A name that goes on after a comma with its town, closed by a second comma and a clause about
# the body ("X, Mombasa, which sent ...", "X, Dhaka, in cooperation with Y"): the town is part
# of the name.


def test_a_town_before_in_cooperation_with():
    text = (
        "On 4 June 2025 a workshop on wage claims was organised by the Harbour Rights Clinic, "
        "Mombasa, in cooperation with the Reef Workers' Forum, for 30 dock workers."
    )
    assert ("Harbour Rights Clinic, Mombasa", "organiser") in _orgs(text)


def test_a_town_before_which():
    text = (
        "On 4 June 2025 the Coast Network held a training on safe migration for 30 fishers, "
        "together with the Lake Fishers' Federation, Kisumu, which sent two of its organisers."
    )
    assert ("Lake Fishers' Federation, Kisumu", "organiser") in _orgs(text)


def test_a_town_before_the_verb_of_a_list_of_organisers():
    text = (
        "The Coast Network, together with the Delta Institute for Labour Studies, Kigali, "
        "organised a regional conference on labour migration on 4 June 2025 for 80 delegates."
    )
    assert ("Delta Institute for Labour Studies, Kigali", "organiser") in _orgs(text)


def test_no_town_after_trainers_who_came_from_the_body():
    text = (
        "On 4 June 2025 the Coast Network held a training on safe migration for 30 fishers. "
        "The trainers were from the Harbour Rights Clinic, Mombasa, which also printed the "
        "leaflets."
    )
    assert not [n for n, _ in _orgs(text) if "Mombasa" in n]


def test_no_town_before_a_date():
    text = (
        "Case review meeting with paralegals, co-organised with the Lake Fishers' Federation, "
        "Kisumu, 22 June 2024, 18 participants."
    )
    assert not [n for n, _ in _orgs(text) if "Kisumu" in n]


def test_no_place_that_is_no_town():
    text = (
        "On 4 June 2025 a workshop on wage claims was organised by the Harbour Rights Clinic, "
        "Programme Unit, in cooperation with the Reef Workers' Forum, for 30 dock workers."
    )
    assert ("Harbour Rights Clinic", "organiser") in _orgs(text)
