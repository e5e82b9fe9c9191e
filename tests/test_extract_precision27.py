"""General rules against invented events (issue 16), read from what the first runs of the blind
sets invented and today's extractor still made: kinds of text that recur in three sets or more,
not one report's wording. Each is tested on sentences of our own, with a sentence that must
still give its event."""

from __future__ import annotations

from tests.extract_drafts import drafts_of


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return [(d["type"], d["start"]) for d in drafts_of(text)]


# An event the report says is not its own: not counted, not part of the work, not organised ------


def test_an_event_the_report_leaves_out_is_no_event():
    for text in (
        "The director's trip to Vienna in May was for a UN meeting and is not part of this project.",
        "The regional congress, which the union did not organise, drew about 400 people and is "
        "not reported here.",
        "The assembly planned for 2021 met only by telephone; the board does not count it as an "
        "assembly and it is not listed below.",
        "Our chair went to Nairobi in June for a conference of another network; we did not "
        "organise it.",
        "Evening: private talks with five mothers after the workshop (follow-up, not counted).",
        "In August our secretary went to Dakar to visit a partner; that was a study trip, not an "
        "activity of the project.",
    ):
        assert drafts_of(text) == [], text


def test_an_event_held_beside_one_left_out_is_still_an_event():
    text = (
        "On 3 May 2024 the union held a workshop in Mwanza with 30 fishers; the minister's visit "
        "on the same day is not part of this project."
    )
    assert ("workshop", "2024-05-03") in _kinds(text)
    text = "On 9 June 2023 we organised a forum in Kisumu with 80 traders, counted in the table."
    assert _kinds(text) == [("conference", "2023-06-09")]
    # held by the report's own body, only outside its plan: still its event
    text = (
        "The union also organised a harvest festival in Moshi on 2 August 2024, not part of "
        "the project plan, which drew about 500 farmers."
    )
    assert _kinds(text) == [("other", "2024-08-02")]


# An event stopped, or only asked for or announced: never held -------------------------------------


def test_an_event_stopped_or_not_settled_is_no_event():
    for text in (
        "A hearing with the Ministry of Labour was solicited but not yet obtained.",
        "The march to the border post, foreseen in June, was suspended for security reasons.",
        "The second training in Mopti was cancelled because of the floods.",
        "The partners invited us to a regional workshop in Lomé in October, but no decision has "
        "been taken.",
    ):
        assert drafts_of(text) == [], text


def test_an_event_announced_in_a_bulletin_is_no_event():
    for text in (
        "Save the date: regional forum on fishers' rights in Mombasa, 12 October.",
        "Members' meeting in Kigali, 3-4 March (please register by 10 February).",
        "Annual meeting of the network in Arusha, 15 January 2026 (by invitation).",
    ):
        assert drafts_of(text) == [], text


def test_an_event_held_after_a_delay_is_still_an_event():
    text = "The training in Mopti, postponed once because of the floods, was held on 4 May 2024."
    assert _kinds(text) == [("training", "2024-05-04")]
    text = "On 5 March 2024 the network held its members' meeting in Kigali; 40 members registered."
    assert _kinds(text) == [("meeting", "2024-03-05")]


# A part of an event told before, read as another event: its day, morning or afternoon, its end ----

_WORKSHOP = "On 6-7 May 2024 the network held a workshop on land rights in Tamale for 40 farmers. "


def test_a_part_of_an_event_told_before_is_no_event_of_its_own():
    for part in (
        "A visit to the district land office on the second afternoon was the highlight.",
        "In the afternoon of day 1 the Togolese guests gave a short training on mapping.",
        "The second day began with a visit to the seed market at 6 a.m.",
        "The workshop ended with a mock hearing before the chief.",
    ):
        assert _kinds(_WORKSHOP + part) == [("workshop", "2024-05-06")], part


def test_an_event_on_a_day_of_its_own_is_still_an_event():
    text = _WORKSHOP + "On 20 June 2024 the network held a field visit to Savelugu with 12 farmers."
    assert _kinds(text) == [("workshop", "2024-05-06"), ("field_visit", "2024-06-20")]
