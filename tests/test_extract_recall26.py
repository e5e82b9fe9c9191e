"""Rules for events the blind sets' first runs missed whole, in kinds of text that recur across
sets (issue 16): each tested on sentences of our own, with sentences that must not trigger it."""

from __future__ import annotations

from tests.extract_drafts import drafts_of

# A march or walk to a public building named in lower case ----------------------------------------


def test_a_march_to_offices_told_in_lower_case_is_a_march():
    found = drafts_of(
        "NAKURU, 3 May 2021 - More than 300 residents marched with buckets from the estate to the "
        "offices of the county water company in Nakuru town, singing."
    )
    assert [(d["type"], d["start"], d["city"]) for d in found] == [
        ("other", "2021-05-03", "Nakuru")
    ]
    assert found[0]["title"].startswith("March to the offices")


def test_a_walk_to_a_hall_told_in_lower_case_is_a_walk():
    found = drafts_of(
        "On 10 December 2024 more than 300 people walked with us to the provincial hall in Kampot "
        "and gave a petition to the governor."
    )
    assert [(d["type"], d["start"], d["city"]) for d in found] == [
        ("other", "2024-12-10", "Kampot")
    ]


def test_a_walk_to_a_place_that_is_no_public_building_is_no_event():
    assert (
        drafts_of(
            "On 10 December 2024 more than 300 women walked with us to the river in Kampot to fetch "
            "water."
        )
        == []
    )
    assert (
        drafts_of("On 10 December 2024 about 40 villagers walked to the end of the road in Kampot.")
        == []
    )


def test_a_march_on_an_international_day_is_titled_by_the_day():
    found = drafts_of(
        "On World Water Day 2021, more than 400 residents marched from the estate to the offices "
        "of the county water company in Nakuru town."
    )
    assert [(d["title"], d["start"]) for d in found] == [("March on World Water Day", "2021-03-22")]
    # with no day named, the march keeps its destination
    found = drafts_of(
        "On 3 May 2021 more than 400 residents marched to the County Assembly in Nakuru."
    )
    assert [d["title"] for d in found] == ["March to the County Assembly"]


# An event named in quotes after "the", held on a day of a larger event told before -----------

_FORUM = "The Regional Labour Forum was held in Kigali from 6 to 8 May 2019. "


def test_a_named_side_event_on_the_forums_second_day_is_dated_from_the_forum():
    for told in (
        'On its second day our network organised the side event "Fair Pay" in Hall B.',
        'On the second day of the forum we held the workshop "Wages on Time" in Hall C.',
    ):
        found = drafts_of(_FORUM + told)
        assert [(d["start"], d["city"]) for d in found] == [("2019-05-07", "Kigali")], found
        assert found[0]["type"] in ("seminar", "workshop")


def test_a_named_event_that_does_not_point_back_at_the_forum_is_not_dated_from_it():
    found = drafts_of(_FORUM + 'Our network later ran the workshop "Fair Pay" in Hall B.')
    assert not any(d["start"] == "2019-05-07" for d in found), found


# "The consultation" in a report whose title block names and dates the consultation --------------

_TITLE_BLOCK = """NARRATIVE REPORT
Andean Regional Consultation on Fair Wages
Cusco, Peru, 7-9 November 2023

1. Background
Rural workers in the Andes still earn little.

2. Organisation
The consultation was organised by the Andean Labour Link at the Inti Conference Centre.

3. Participants
45 participants came from three countries: Peru (20), Bolivia (15) and Ecuador (10).
"""


def test_the_consultation_told_under_a_title_block_is_the_title_blocks_event():
    found = drafts_of(_TITLE_BLOCK)
    assert len(found) == 1, found
    (d,) = found
    assert d["title"] == "Andean Regional Consultation on Fair Wages"
    assert (d["start"], d["end"], d["city"]) == ("2023-11-07", "2023-11-09", "Cusco")
    assert d["venue"] == "Inti Conference Centre"
    assert d["total"] == 45


def test_an_event_of_another_kind_is_not_the_title_blocks_event():
    # "the workshop" does not point back at a consultation: it stays a workshop of its own
    text = _TITLE_BLOCK.replace("The consultation was organised", "The workshop was organised")
    found = drafts_of(text)
    assert any(d["type"] == "workshop" for d in found), found
    assert not any(d["title"] == "Andean Regional Consultation on Fair Wages" for d in found)
