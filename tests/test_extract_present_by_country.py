"""Minutes' lists of those present counted by country (atlas/extract/homes30.py's
split_by_country_first and bodies_by_country): each rule with a text it must read and one it must
leave alone."""

from __future__ import annotations

from tests.extract_drafts import drafts_of

HEAD = (
    "MEKONG MIGRANT HEALTH PARTNERSHIP\n\nMinutes of the 7th Meeting of the Steering Committee\n\n"
    "Date: 28 October 2025\nVenue: Spring City Garden Hotel, Kunming, China\n"
)


def _homes(text: str) -> list[tuple[str, int | None]]:
    [d] = drafts_of(text)
    return d["homes"]


def test_countries_first_with_their_bodies_in_brackets():
    text = HEAD + (
        "Present: 19 members and invitees, namely China 11 (Border Health Friends Association, "
        "Women Migrants' Service Centre), Myanmar 4 (Muse Health Volunteers Group), Lao PDR 2 "
        "(Namtha Community Health Network) and Viet Nam 2 (Lao Cai Migrant Health Group)."
    )
    assert _homes(text) == [("CHN", 11), ("MMR", 4), ("LAO", 2), ("VNM", 2)]


def test_countries_first_that_do_not_add_up_give_no_counts():
    text = HEAD + (
        "Present: 19 members and invitees, namely China 11 (Border Health Friends Association), "
        "Myanmar 4 (Muse Health Volunteers Group)."
    )
    assert ("CHN", 11) not in _homes(text) and ("MMR", 4) not in _homes(text)


def test_each_body_with_its_country_and_count_in_brackets():
    text = HEAD + (
        "Present (23 persons): Myanmar Workers' Solidarity Association (Myanmar, 5 persons); "
        "Cambodian Migrant Workers' Friends (Cambodia, 3 persons); Lao Migrant Support Desk (Lao "
        "PDR, 2 persons); and from Thailand: the Coalition secretariat."
    )
    assert _homes(text)[:3] == [("MMR", 5), ("KHM", 3), ("LAO", 2)]


def test_one_body_with_its_country_and_count_gives_no_split():
    text = HEAD + (
        "Present (23 persons): Myanmar Workers' Solidarity Association (Myanmar, 5 persons) and "
        "members of the Coalition."
    )
    assert ("MMR", 5) not in _homes(text)
