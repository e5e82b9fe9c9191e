"""Venues named by kinds the venue patterns did not know (issue 16): a kind first in the region's
languages (a Thai or Lao temple "Wat ...", a Malay or Indonesian hall or building "Dewan ...",
"Balai ...", "Wisma ...", a gallery "Galeria ...", a parish "Parroquia ... de ..."), a kind last
("... Coliseum", "... Guildhall", "... Marae", "... Cafe", "... Gardens"); tested on texts of our own,
with texts that must give no venue or a shorter one."""

from __future__ import annotations

import pytest

from atlas.extract import places
from tests.extract_drafts import drafts_of


def _venues(text: str) -> list[str | None]:
    return [d["venue"] for d in drafts_of(text)]


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "On Sunday 12 May 2024 the Samut Sakhon Workers' Circle held a health check day for "
            "80 migrant workers at Wat Tha Chalom in Samut Sakhon, Thailand.",
            "Wat Tha Chalom",
        ),
        (
            "Our fifth General Assembly was held on Sunday 28 January 2024 at Dewan Melati in "
            "Kuala Lumpur, Malaysia, with 140 members.",
            "Dewan Melati",
        ),
        (
            "On 3 March 2024 the waste pickers' union ran a workshop on safety for 35 pickers at "
            "Balai Warga Tallo in Makassar, Indonesia.",
            "Balai Warga Tallo",
        ),
        (
            "The crew union held a public hearing on 9 July 2023 at Wisma Nelayan Baru, Jakarta, "
            "Indonesia, with 85 fishers.",
            "Wisma Nelayan Baru",
        ),
        (
            "On 5 May 2023 the collective held a meeting of 60 migrant women at the Parroquia "
            "Santa Rosa de Lima in Cúcuta, Colombia.",
            "Parroquia Santa Rosa de Lima",
        ),
        (
            "On 22 April 2017 some 120 members of water committees met at the Alto Sur Coliseum "
            "in Cochabamba, Bolivia, for a day-long meeting.",
            "Alto Sur Coliseum",
        ),
        (
            "The workers' assembly was held on 17 June 2023 in Lincoln, England, at the Lincoln "
            "Guildhall, with 150 workers.",
            "Lincoln Guildhall",
        ),
        (
            "On 4 May 2024 the trust held a hui for 40 community health workers at Te Aroha Marae "
            "in Rotorua, New Zealand.",
            "Te Aroha Marae",
        ),
        (
            "The story book was launched on 15 December 2024 at the Lantern Book Cafe in "
            "Vientiane, Lao PDR, with 60 guests.",
            "Lantern Book Cafe",
        ),
    ],
)
def test_a_venue_named_by_its_kind(text: str, venue: str) -> None:
    assert _venues(text) == [venue]


def test_for_whom_after_a_venue_is_not_its_name():
    text = (
        "On 8 March 2024 the union held a vigil at Uhuru Gardens for Kenyan women who died "
        "abroad, in Nairobi, Kenya, with 200 people."
    )
    assert _venues(text) == ["Uhuru Gardens"]
    assert places.venue_in("at the Centre for Rural Communication.") == (
        "Centre for Rural Communication"
    )


def test_a_kinds_word_alone_names_no_venue():
    assert places.venue_in("at the Gardens.") is None
    assert places.venue_in("at the Guildhall.") is None


def test_a_venue_whose_owner_is_said():
    text = (
        "On 14 June 2024 we held a seminar on care work for 52 members at our Mapo Workers' Hall "
        "in Seoul, South Korea."
    )
    assert _venues(text) == ["Mapo Workers' Hall"]


def test_a_galpon_named_kind_first():
    text = (
        "On 24 March 2023 we launched the cooperative's manual at the Galpón La Estación in "
        "Rosario, Argentina, with 90 participants."
    )
    assert _venues(text) == ["Galpón La Estación"]


def test_an_owner_with_no_venue_named_gives_none():
    text = (
        "On 14 June 2024 we held a seminar on care work for 52 members at our office in Seoul, "
        "South Korea."
    )
    assert _venues(text) == [None]
