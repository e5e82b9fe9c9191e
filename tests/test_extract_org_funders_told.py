"""Funders told in more shapes (atlas/extract/organisations.py): a form's "Co-funded by:" and
"Funding partner:" lines, a line opening on "Funding by X" or "Funding was by X", "X, which
supported the event", thanks "for covering transport", a body that met, shared or bore the
costs, provided the budget, or "budget support from X"; funds named in Portuguese ("Fundo") or
without their accents ("Fundacion"). Meeting people is no paying: "met the transport workers"
names no funder.
"""

from __future__ import annotations

from tests.extract_drafts import one_draft, roles_of


def test_a_forms_co_funded_by_line():
    assert ("Social Innovation Programme", "funder") in roles_of(
        "Co-funded by: Social Innovation Programme"
    )


def test_a_forms_funding_partner_line():
    assert ("Rangelands Solidarity Fund", "funder") in roles_of(
        "Funding partner: Rangelands Solidarity Fund"
    )


def test_a_line_opening_on_funding_by():
    assert ("Border Citizenship Fund", "funder") in roles_of("Funding by Border Citizenship Fund.")
    assert ("Kiwi Delta Trust", "funder") in roles_of(
        "Funding was by Kiwi Delta Trust, New Zealand."
    )


def test_which_supported_the_event():
    found = roles_of(
        "The Partnership thanks the Hanse Harbour Foundation, which supported the event."
    )
    assert ("Hanse Harbour Foundation", "funder") in found


def test_thanks_for_covering_transport():
    found = roles_of("Thanks to the Volta River Fund for covering transport.")
    assert ("Volta River Fund", "funder") in found


def test_costs_met_or_shared_and_a_budget_provided():
    assert ("Care Workers Solidarity Fund", "funder") in roles_of(
        "The Care Workers Solidarity Fund met the costs of the travel."
    )
    assert ("Seafood Buyers Alliance", "funder") in roles_of(
        "The Seafood Buyers Alliance shared the costs of this dialogue."
    )
    assert ("River Sisters Fund", "funder") in roles_of(
        "The River Sisters Fund provided the budget for the workshop."
    )


def test_budget_support_received_from():
    found = roles_of(
        "Activities 2.1 and 2.2 received budget support from the Stronger Harbours Fund."
    )
    assert ("Stronger Harbours Fund", "funder") in found


def test_funds_named_in_portuguese_or_without_accents():
    assert ("Fundo Ipê Roxo", "funder") in roles_of("Support: Fundo Ipê Roxo")
    assert ("Fundacion Rio Claro", "funder") in roles_of(
        "It had the support of Fundacion Rio Claro."
    )


def test_a_funder_in_a_whole_report():
    d = one_draft(
        "On 14 March 2026 a one-day dialogue on port inspections was held in Songkhla, Thailand, "
        "with 45 fishers. The Seafood Buyers Alliance shared the costs of this dialogue."
    )
    assert ("Seafood Buyers Alliance", "funder") in d["orgs"]


def test_meeting_people_is_no_paying():
    found = roles_of(
        "The delegation of the Harbour Fishers Union met the transport workers of the Port "
        "Authority."
    )
    assert not any(role == "funder" for _, role in found)
