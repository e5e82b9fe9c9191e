"""Where an event was held, read from kinds of text the first runs missed in three or more blind
sets (issue 16); tested on texts of our own, each with a text that must give nothing."""

from __future__ import annotations

from tests.extract_drafts import drafts_of


def _where(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(d["city"], d["venue"], d["country"]) for d in drafts_of(text)]


# A venue named after the town it belongs to ("the Pietermaritzburg City Hall", "the Mae Sot
# Community Hall", "the Sangkhlaburi District Office"): the town the event was held in.


def test_a_town_hall_named_after_its_town():
    text = "On 4 June 2025 the union held a public forum on farm wages at the Pietermaritzburg City Hall."
    assert _where(text) == [("Pietermaritzburg", "Pietermaritzburg City Hall", "ZAF")]


def test_a_community_hall_named_after_its_town():
    text = (
        "On 12 May 2024 the federation held its general assembly at the Mae Sot Community Hall, "
        "where 90 members voted."
    )
    assert _where(text) == [("Mae Sot", "Mae Sot Community Hall", "THA")]


def test_no_town_from_a_hall_named_after_a_town_of_several_countries():
    text = (
        "On 4 June 2025 the union held a public forum on farm wages at the Richmond Community Hall."
    )
    assert _where(text) == [(None, "Richmond Community Hall", None)]


def test_no_town_from_a_hotel_named_after_a_town():
    # a hotel may bear the name of a town far away ("the Hotel Tashkent Residence" in Almaty)
    text = "On 4 June 2025 the network held a regional meeting at the Pokhara Grand Hotel."
    assert [w[0] for w in _where(text)] == [None]


def test_no_town_in_another_country_than_the_events():
    text = (
        "On 4 June 2025 the union held a public forum on farm wages in Kenya, at the "
        "Pietermaritzburg City Hall."
    )
    assert [w[0] for w in _where(text)] == [None]
