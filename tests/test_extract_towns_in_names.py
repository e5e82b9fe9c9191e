"""A name that goes on past a comma with its towns or country, closed by a second comma and
"and supported by" or by its short name in brackets (atlas/extract/people34.py's
town_before_clause): the places are part of the name, as the newer sets record them. Each rule
with a text that must not give what it reads."""

from __future__ import annotations

from tests.extract_drafts import drafts_of


def _orgs(text: str) -> list[tuple[str, str]]:
    return [o for d in drafts_of(text) for o in d["orgs"]]


def test_two_towns_before_and_supported_by():
    text = (
        "On 3 May 2025 the Returnee Voices Network launched its study at the Lotus Hotel in Phnom "
        "Penh. The launch was co-hosted with the Legal Aid Centre for Migrant Workers, Kampong "
        "Cham and Prey Veng, and supported by the Nordic Fund for Fair Migration."
    )
    orgs = _orgs(text)
    assert ("Legal Aid Centre for Migrant Workers, Kampong Cham and Prey Veng", "organiser") in orgs
    assert ("Nordic Fund for Fair Migration", "funder") in orgs


def test_a_country_and_its_short_name_in_brackets_before_a_clause():
    text = (
        "On 3 August 2025 a consultation of migrant families was held in Kathmandu, organised by "
        "the Forum for Families of Migrant Workers, Nepal (FFMW-Nepal), co-hosted with the Safe "
        "Migration Resource Centre."
    )
    names = [n for n, _ in _orgs(text)]
    assert "Forum for Families of Migrant Workers, Nepal" in names
    assert not [n for n in names if "FFMW" in n]


def test_no_place_that_is_no_town_before_and_supported_by():
    text = (
        "On 3 May 2025 the Returnee Voices Network launched its study at the Lotus Hotel in Phnom "
        "Penh. The launch was co-hosted with the Legal Aid Centre for Migrant Workers, Research "
        "Unit, and supported by the Nordic Fund for Fair Migration."
    )
    names = [n for n, _ in _orgs(text)]
    assert "Legal Aid Centre for Migrant Workers" in names
    assert not [n for n in names if "Research Unit" in n]
