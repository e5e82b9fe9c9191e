"""Funders told by what they gave (atlas/extract/organisations.py's _BY["funder"]): financial
assistance received from X, a cost or an event "paid by" X (not a report or a study), the solidarity or kind support X gave ("had",
"received the support of"), and "the financial support of X" after another body's help.

People who paid ("fees paid by the workers") are no funder; "technical support" is no money.
"""

from __future__ import annotations

from tests.extract_drafts import roles_of


def test_financial_assistance_received_from_a_body():
    assert roles_of("Financial assistance was received from the Open Seas Trust.") == {
        ("Open Seas Trust", "funder")
    }


def test_costs_paid_by_a_body():
    assert roles_of(
        "The bus tickets and the rooms were paid by the Fondo Solidario Manos Unidas."
    ) == {("Fondo Solidario Manos Unidas", "funder")}


def test_an_event_paid_by_a_body_but_not_a_work():
    assert roles_of("The camp was paid by the Steppe Rivers Foundation.") == {
        ("Steppe Rivers Foundation", "funder")
    }
    assert roles_of("The report and the study were paid by the Lake Housing Fund.") == set()


def test_the_solidarity_support_a_body_gave():
    assert roles_of(
        "The forum had the solidarity support of the Southern Cross Fund, which paid the travel."
    ) == {("Southern Cross Fund", "funder")}
    assert roles_of(
        "We received the kind support of the Harbour Light Foundation for the two days."
    ) == {("Harbour Light Foundation", "funder")}


def test_the_financial_support_after_another_bodys_help():
    assert roles_of(
        "The network held two activities in Pakse, with the accompaniment of the River Radio "
        "Network and the financial support of the Fund for Youth on the Move."
    ) >= {("Fund for Youth on the Move", "funder")}


def test_people_who_paid_and_technical_support_are_no_funders():
    assert roles_of("The recruitment fees were paid by the workers themselves.") == set()
    assert not any(
        role == "funder"
        for _, role in roles_of(
            "The workshop had the technical support of the Labour Rights Institute."
        )
    )
