"""People who converged on, filled or packed a named hall met there: its venue and town are the
event's ("215 people filled the Prey Veng Provincial Hall in Prey Veng town for our forum")
(issue 16); tested on texts of our own, with a text that must give no venue."""

from __future__ import annotations

from tests.extract_drafts import drafts_of


def _where(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(d["city"], d["venue"], d["country"]) for d in drafts_of(text)]


def test_people_who_filled_a_hall_for_the_event():
    text = (
        "On 18 May 2023, 180 people filled the Takeo Provincial Hall in Takeo, Cambodia, for our "
        "forum of migrant families."
    )
    assert _where(text) == [("Takeo", "Takeo Provincial Hall", "KHM")]


def test_people_who_converged_at_a_centre_for_the_event():
    text = (
        "Over 90 women fish traders from Togo and Benin converged at the Aneho Lagoon Conference "
        "Centre in Lome, Togo, from 18th to 20th July 2024 for the Fish Traders' Dialogue."
    )
    assert _where(text) == [("Lome", "Aneho Lagoon Conference Centre", "TGO")]


def test_no_venue_from_a_form_filled_in():
    text = (
        "On 18 May 2023 our network held a forum of migrant families in Takeo, Cambodia; 180 "
        "people filled the Registration Form of the district."
    )
    assert [venue for _, venue, _ in _where(text)] == [None]
