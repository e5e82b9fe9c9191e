"""General rules against invented events (issue 16), read from what the first runs of the blind
sets invented and today's extractor still made (the thirtieth round of this kind,
atlas/extract/not_events3.py): a later part of an event told before, the lines of minutes that
open or close the meeting they record, a plan's further event. Each is tested on sentences of
our own, with a sentence that must still give its event."""

from __future__ import annotations

from tests.extract_drafts import drafts_of

_WORKSHOP = "On 4 March 2024 the union held a workshop in Mwanza with 30 fishers. "


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return [(d["type"], d["start"]) for d in drafts_of(text)]


# A later part of an event told before -------------------------------------------------------


def test_what_an_event_ended_with_or_a_later_day_was_is_no_event_of_its_own():
    for part in (
        "Two advocates from the bar taught the course, which ended with a moot court on the "
        "last day.",
        "The camp ended with a public hearing where the young people told their stories.",
        "The second day, 5 March, was the union's internal meeting.",
    ):
        assert _kinds(_WORKSHOP + part) == [("workshop", "2024-03-04")], part


def test_an_event_held_on_a_first_day_or_after_another_is_still_an_event():
    # what a span of work ended with, or an ending with a day of its own, is an event
    assert ("conference", "2024-11-20") in _kinds(
        "The project ended with a closing conference in Dodoma on 20 and 21 November 2024."
    )
    assert ("conference", "2024-11-20") in _kinds(
        "In 2024 the union trained 300 fishers. The year ended with the union's regional forum "
        "at the Lake Hotel in Mwanza, held on 20 November 2024 with 80 delegates."
    )
    assert _kinds(
        "The first day, 4 March 2024, was a policy dialogue with officials in Mwanza."
    ) == [("meeting", "2024-03-04")]
    assert ("meeting", "2024-05-10") in _kinds(
        _WORKSHOP + "After the workshop ended, the union held a meeting in Musoma on 10 May 2024."
    )


# Minutes closing the meeting they record -------------------------------------------


def test_minutes_closing_their_meeting_add_no_meeting():
    for line in (
        "The chairperson closed the meeting and thanked the guests from Uganda.",
        "The meeting closed at 5.15 pm on 4 March.",
        "The session was adjourned at 12.30 on 4 March.",
    ):
        assert _kinds(_WORKSHOP + line) == [("workshop", "2024-03-04")], line


def test_a_meeting_held_at_an_hour_or_opened_by_someone_is_still_an_event():
    # the report's one telling of its meeting
    assert ("meeting", "2024-05-10") in _kinds(
        "On 10 May 2024 a fisher from Ukerewe opened the meeting of the union with the district "
        "officers in Musoma by telling how her boat was seized."
    )
    assert ("meeting", "2024-05-10") in _kinds(
        "The union held a meeting with the district officers at 10 am on 10 May 2024 in Musoma."
    )


# A plan's further event ----------------------------------------------------------------------


def test_a_further_event_of_a_plan_is_no_event():
    for plan in (
        "For 2025 the union plans a second workshop, this time in Musoma, and a dialogue with the "
        "district officers before the end of June.",
        "The next union meeting will be held in Musoma in May 2025, back to back with the "
        "national consultation of the fishers' groups.",
    ):
        assert _kinds(_WORKSHOP + plan) == [("workshop", "2024-03-04")], plan


def test_an_event_held_with_another_is_still_an_event():
    found = _kinds(
        "In May 2024 the union held a meeting in Musoma together with a dialogue with the "
        "district officers, which took place on 12 May 2024."
    )
    assert found and all(kind != (None, None) for kind in found)
