"""A study tour or exchange visit that a report names only in its title and dates in its first
sentence is the report's one event: what the sections under it say of its organisers, funder,
places visited and people is its own (atlas/extract/events.py's _tour_of_title, issue 16)."""

from __future__ import annotations

from tests.extract_drafts import one_draft

TOUR = (
    "EXCHANGE VISIT OF EAST AFRICAN DOMESTIC WORKERS' LEADERS TO BANGKOK\n\n"
    "Introduction\n"
    "From Sunday 11th to Saturday 17th October 2026, a delegation of domestic workers' leaders "
    "from East Africa travelled to Bangkok, Thailand, to learn how migrant domestic workers have "
    "organised themselves there. The visit was organised by the Uganda Domestic Workers' "
    "Solidarity Union together with the Kenya Household Workers' Association, and it was paid "
    "for by the Indian Ocean Workers' Solidarity Trust.\n\n"
    "What we did\n"
    "Tuesday: we visited the Rainbow Harbour Shelter for Migrant Women.\n"
)


def test_the_sections_under_a_tour_told_by_its_title_give_its_organisers_and_funder():
    d = one_draft(TOUR)
    assert (d["start"], d["end"]) == ("2026-10-11", "2026-10-17")
    assert ("Uganda Domestic Workers' Solidarity Union", "organiser") in d["orgs"]
    assert ("Kenya Household Workers' Association", "organiser") in d["orgs"]
    assert ("Indian Ocean Workers' Solidarity Trust", "funder") in d["orgs"]


def test_a_plan_under_the_tour_gives_it_nothing():
    d = one_draft(
        TOUR + "\nNext steps\nA report-back meeting will be organised by the Nairobi Domestic "
        "Workers' Forum in November.\n"
    )
    assert not any(name.startswith("Nairobi") for name, _ in d["orgs"])
