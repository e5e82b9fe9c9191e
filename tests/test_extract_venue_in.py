"""A venue named after "in" as after "at" ("in the Karsiyaka Culture House in Izmir"), of one shape
only: its own words, then its kind last; and an event noun inside a venue's name ("the Lancang
River Training House") tells no event (issue 16). Tested on texts of our own, with texts that
must give no venue."""

from __future__ import annotations

from tests.extract_drafts import drafts_of


def _where(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(d["city"], d["venue"], d["country"]) for d in drafts_of(text)]


def test_a_named_venue_after_in_and_before_its_town():
    text = (
        "On 4 May 2024 the network held a meeting of 52 women workers in the Karsiyaka Culture "
        "House in Izmir, Turkey."
    )
    assert _where(text) == [("Izmir", "Karsiyaka Culture House", "TUR")]


def test_a_named_venue_after_in_and_a_span_of_days():
    text = (
        "The Growers' Network of Ireland held its annual gathering in Galway, Ireland, over the "
        "last weekend of May 2017 - Saturday the 27th and Sunday the 28th - in Claddagh "
        "Community Hall, with 70 members."
    )
    assert [venue for _, venue, _ in _where(text)] == ["Claddagh Community Hall"]


def test_a_venue_named_after_in_with_its_kind_in_the_middle():
    text = (
        'On 12 June 2023 we organised in Lublin, Poland, the conference "Two Years On" in the '
        "Wschod Meeting Centre, with 85 participants."
    )
    assert [venue for _, venue, _ in _where(text)] == ["Wschod Meeting Centre"]


def test_no_venue_from_a_room_named_by_its_kind_alone():
    text = (
        "On 3 October 2025 the union held a side event on fishers' contracts in Meeting Room 3, "
        "in Vientiane, Lao PDR, with 40 participants."
    )
    assert [venue for _, venue, _ in _where(text)] == [None]


def test_no_venue_from_a_treaty_named_after_in():
    text = (
        "On 5 March 2024 the crews' union held a forum on the Work in Fishing Convention in "
        "Bangkok, Thailand, with 90 fishers."
    )
    assert _where(text) == [("Bangkok", None, "THA")]


def test_an_event_noun_inside_a_venues_name_tells_no_event():
    text = (
        "The course was held in the Lancang River Training House in Jinghong, China, from 5 to 16 "
        "May 2025, with 46 workers from Myanmar and Laos."
    )
    drafts = drafts_of(text)
    assert [(d["title"], d["venue"]) for d in drafts] == [
        ("Course", "Lancang River Training House")
    ]
