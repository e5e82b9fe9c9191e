"""General rules against invented events (issue 16), read from what the first runs of the blind
sets invented and today's extractor still made (the twenty-ninth round of this kind): kinds of
text that recur in three sets or more, not one report's wording. Each is tested on sentences of
our own, with a sentence that must still give its event."""

from __future__ import annotations

from tests.extract_drafts import drafts_of

_WORKSHOP = "On 4 March 2024 the union held a workshop in Mwanza with 30 fishers. "


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return [(d["type"], d["start"]) for d in drafts_of(text)]


# What is still to come: not held, moved on, to be discussed, proposed, advised, a deadline --------


def test_an_event_still_to_come_is_no_event():
    for later in (
        "The two trainings that were not held in Moshi are moved to the next quarter because of "
        "the harvest.",
        "The Platform will discuss a study visit by Kenyan farmers at its general assembly in "
        "December.",
        "Members have until 15 May to send their drawings for the exhibition to the office in "
        "Arusha.",
        "A short film of the day, made by conference volunteers, is expected to be posted online "
        "in August.",
        "What we propose now builds on these results: a second regional workshop in Dodoma (2026) "
        "and a training for 40 volunteers.",
        "Continue the home visits; hold a second exchange workshop in Tanga in the third quarter "
        "of 2025.",
        "Plan the district dialogue in Tabora from the start.",
        "Re: thanks for everything & next seminar in Dodoma",
    ):
        assert _kinds(_WORKSHOP + later) == [("workshop", "2024-03-04")], later


def test_an_event_held_beside_words_of_the_future_is_still_an_event():
    text = (
        "On 9 May 2024 the union held a training in Moshi for 25 leaders. Each leader has until "
        "the end of the year to bring ten members to the union."
    )
    assert _kinds(text) == [("training", "2024-05-09")]
    text = "Plan International held a workshop in Dodoma on 12 June 2024 with 40 teachers."
    assert _kinds(text) == [("workshop", "2024-06-12")]
    text = (
        "The training in Moshi, not held last year because of the floods, was held on 4 May 2024 "
        "with 25 leaders."
    )
    assert _kinds(text) == [("training", "2024-05-04")]


# A change of schedule told of an event named before ("The forum was planned for July and took
# place a month later"): the event told again, its date wrong -------------------------------------


def test_a_change_of_schedule_of_an_event_told_before_is_no_new_event():
    for later in (
        "The workshop was planned for July and took place one month later because of the rains.",
        "The forum was postponed from September to November because of the elections.",
        "The exchange was planned for October and took place two weeks later.",
    ):
        assert _kinds(_WORKSHOP + later) == [("workshop", "2024-03-04")], later


def test_an_event_moved_and_held_on_its_own_day_is_still_an_event():
    text = (
        "A forum in Arusha, postponed from September, was held on 14 November 2024 with 90 traders."
    )
    assert _kinds(text) == [("conference", "2024-11-14")]


def test_advice_on_an_event_told_and_its_town_moved_are_still_read():
    # how to hold the event told, next time: the event stays one
    text = (
        "On 9 November 2024 the association held its first assembly in Vientiane with 110 "
        "members. Lessons: 1. Hold the assembly on a Sunday."
    )
    assert _kinds(text) == [("meeting", "2024-11-09")]
    # the event's town told only in the sentence of its new date
    text = "The Moshi training was moved from June to August 2022 because the hall was flooded."
    assert [d["title"] for d in drafts_of(text)] == ["Moshi training"]


# A count of meetings over a span, split into one draft each, when the report tells one of them
# on its own day: the count announces the one told ------------------------------------------------


def test_a_counted_series_with_one_told_apart_gives_only_the_one_told():
    text = (
        "Between April and June 2024 five savings trainings were held, reaching 160 women. "
        "The first, in Tabora on 9 April 2024, drew 35 women."
    )
    assert _kinds(text) == [("training", "2024-04-09")]
    text = (
        "On 22 March 2025 the network held a dialogue with fishers in Tanga with 47 people. "
        "Over the four months, seven dialogues in Tanga, Pangani, Mkinga and Muheza reached 400 "
        "young people."
    )
    assert _kinds(text) == [("meeting", "2025-03-22")]


def test_a_counted_series_with_each_told_is_still_read():
    text = (
        "The union held two trainings in 2024. The first, in Tabora on 9 April 2024, drew 30 "
        "women; the second, in Kigoma on 14 May 2024, drew 25 women."
    )
    assert _kinds(text) == [("training", "2024-04-09"), ("training", "2024-05-14")]
    # a count each one holds is its own: the three are told, beside another on its own day
    text = (
        "Between April and June 2024 three savings trainings were held in Tabora, with 30 women "
        "each. On 4 August 2024 the union held a training in Kigoma."
    )
    assert len(_kinds(text)) == 4


# A count that is one part of a whole its sentence gives: the whole --------------------------------


def test_a_count_that_is_a_part_of_the_whole_told_becomes_the_whole():
    text = (
        "On 5 June 2024 the network held a cross-border meeting in Busia. The Kenyan side 14 "
        "persons and the Ugandan side 11 persons, totally 25 persons."
    )
    assert [d["total"] for d in drafts_of(text)] == [25]
    text = (
        "From 3 to 8 March 2024 a delegation of 18, eleven farmers and seven staff members, took "
        "part in an exchange visit in Kisumu."
    )
    assert [d["total"] for d in drafts_of(text)] == [18]


def test_a_count_beside_other_numbers_stays_its_own():
    text = (
        "On 15 May 2024 the union held a training in Moshi with 10 women; 5 of them came from "
        "Arusha."
    )
    assert [d["total"] for d in drafts_of(text)] == [10]
    # a target's figure and a selection are no whole of the count read
    text = (
        "Target: 40 | Achieved: 38. The union held a training in Moshi from 3 to 5 June 2024 "
        "with 19 women."
    )
    assert [d["total"] for d in drafts_of(text)] == [19]


# A forum of the people of a place, told by who it is for: their meeting --------------------------


def test_a_public_or_community_forum_is_a_meeting():
    for text in (
        "On 20 June 2024 the network held a public forum in Lima with 90 people.",
        "Our community forum took place on Saturday 6 July 2024 at the town hall in Tamale.",
        "On 3 May 2024 a binational forum on the border was held in Tumbes with 120 women.",
    ):
        assert [d["type"] for d in drafts_of(text)] == ["meeting"], text


def test_a_public_forum_told_again_stays_one_meeting():
    text = (
        "On 20 June 2024 the network held a public forum at the Plaza Hotel in Lima. The forum "
        "was attended by 94 participants."
    )
    assert [(d["type"], d["total"]) for d in drafts_of(text)] == [("meeting", 94)]


def test_a_regional_forum_is_still_a_conference():
    text = "On 20 June 2024 the network held a regional forum in Lima with 300 delegates."
    assert [d["type"] for d in drafts_of(text)] == ["conference"]
