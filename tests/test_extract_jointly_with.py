"""Organisers named together (atlas/extract/organisations.py's _BY["partner"] and orgs32's
partners_who_organised): "organised by X jointly with Y" and "co-hosted by X together with Y
and Z" make each an organiser, as "organised by X together with Y" does; "together with"
alone, with no verb of making the event, stays a partner.
"""

from __future__ import annotations

from tests.extract_drafts import roles_of


def test_organised_by_one_jointly_with_another():
    assert roles_of(
        "The regional forum was organised by the Hill Women's Centre (HWC) jointly with the River "
        "Family Network (RFN)."
    ) == {("Hill Women's Centre", "organiser"), ("River Family Network", "organiser")}


def test_co_hosted_by_one_together_with_others():
    assert roles_of(
        "The conference was co-hosted by the Delta Youth Network together with the Lake Youth "
        "Union and the Faculty of Social Sciences of Lakeside University."
    ) == {
        ("Delta Youth Network", "organiser"),
        ("Lake Youth Union", "organiser"),
        ("Faculty of Social Sciences of Lakeside University", "organiser"),
    }


def test_together_with_and_no_verb_of_making_it_is_a_partner():
    assert ("Harbour Legal Clinic", "partner") in roles_of(
        "We gave advice to 40 workers together with the Harbour Legal Clinic."
    )
