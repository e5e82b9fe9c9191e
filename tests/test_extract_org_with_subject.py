"""Organisations told beside the subject of an event's verb, and funders told by their support
or by the costs they met (atlas/extract/organisations.py's roles): "X, along with Y, organised",
"X, co-hosted with Y, held", "X together with Y held", "X, in alliance with Y, carried out" make
both organisers; "with the kind support of X", "the cost ... was borne by X" and "supported by A
and by B" make funders; "is implemented by X" an organiser. A study carried out is no event's
organising, and a fund named after "with the support of" is not the subject of the verb after it.
"""

from __future__ import annotations

from tests.extract_drafts import one_draft, roles_of

WHEN = "on 12 May 2026 at the Riverside Hall in Can Tho"


def test_the_subject_along_with_a_partner_organised_it_too():
    d = one_draft(
        "The Delta Home Care Collective, along with the River Boat Workers Union, organised a "
        f"one-day workshop on wages {WHEN}. Some 40 workers took part."
    )
    assert ("Delta Home Care Collective", "organiser") in d["orgs"]
    assert ("River Boat Workers Union", "organiser") in d["orgs"]


def test_the_subject_co_hosted_with_a_partner_held_it():
    d = one_draft(
        "The Lakeside Women Workers Alliance, co-hosted with the Hill Farmers Union, held an "
        f"open forum on decent work {WHEN}. About 60 people came."
    )
    assert ("Lakeside Women Workers Alliance", "organiser") in d["orgs"]
    assert ("Hill Farmers Union", "organiser") in d["orgs"]


def test_a_day_marked_by_the_subject_with_its_partner():
    found = roles_of(
        "The Lakeside Women Workers Alliance, co-hosted with the Hill Farmers Union, marked "
        "International Domestic Workers Day with an open forum and a cultural evening."
    )
    assert ("Lakeside Women Workers Alliance", "organiser") in found
    assert ("Hill Farmers Union", "organiser") in found


def test_together_with_and_no_commas():
    found = roles_of(
        "On 4 June 2026 the Border Youth Foundation together with the Valley Legal Clinic held a "
        "two-day training on labour rights."
    )
    assert found >= {("Border Youth Foundation", "organiser"), ("Valley Legal Clinic", "organiser")}


def test_in_alliance_with_and_a_session_carried_out():
    found = roles_of(
        "The Upland Families Network, in alliance with the Photo Memory Collective, carried out "
        "a hybrid session on birth registration."
    )
    assert found >= {
        ("Upland Families Network", "organiser"),
        ("Photo Memory Collective", "organiser"),
    }


def test_funders_by_kind_support_costs_met_and_a_second_by():
    assert roles_of(
        "The meeting was conducted with the kind support of the Salween Community Fund."
    ) == {("Salween Community Fund", "funder")}
    assert roles_of("The cost of the meeting was borne by the Golden Hills Health Fund.") == {
        ("Golden Hills Health Fund", "funder")
    }
    assert roles_of(
        "Our work was supported by the Great Lakes Women's Trust and by the Zuri Work Foundation."
    ) == {("Great Lakes Women's Trust", "funder"), ("Zuri Work Foundation", "funder")}


def test_a_programme_implemented_by_a_body():
    assert ("Coastal Families Association", "organiser") in roles_of(
        "The programme is implemented by the Coastal Families Association and financed by the "
        "Open Borders Fund."
    )


def test_a_study_carried_out_organises_nothing():
    assert (
        roles_of("The Solidarity Fund carried out a survey of 200 workers before the training.")
        == set()
    )
    assert ("Hill Network", "organiser") not in roles_of(
        "The Hill Network, together with the Valley Group, carried out interviews in ten villages."
    )


def test_a_fund_named_after_with_the_support_of_is_no_subject():
    found = roles_of(
        "The Colectivo Sur, together with the Red de Casas and with the support of the Fondo "
        "Norte para la Movilidad, carried out a training of trainers."
    )
    assert ("Fondo Norte para la Movilidad", "organiser") not in found
    assert ("Fondo Norte para la Movilidad", "funder") in found


def test_costs_paid_by_the_participants_name_no_funder():
    assert roles_of("The cost of the trip was met by the participants themselves.") == set()
