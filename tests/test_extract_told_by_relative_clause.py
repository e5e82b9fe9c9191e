"""An event a report's opening sentence tells by a relative clause with its subject ("a report of
the workshop which we held on ...", "the meeting which the Network held with the Ministry on
Tuesday, 10th February 2026"): held, dated and placed there (atlas/extract/events.py's
_TOLD_HERE). Each with a sentence that must not give an event."""

from __future__ import annotations

from tests.extract_drafts import drafts_of


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(d["type"], d["start"], d["city"]) for d in drafts_of(text)]


def test_a_report_of_the_workshop_which_we_held():
    text = "We share the report of the workshop which we held on 21 November 2026 in Bangkok."
    assert _events(text) == [("workshop", "2026-11-21", "Bangkok")]


def test_a_report_of_the_meeting_which_a_body_held_with_a_ministry_on_an_ordinal_day():
    text = (
        "Kindly find herein a brief report of the meeting which the Cambodian Returnee Women's "
        "Network held with the Ministry of Labour and Vocational Training on Tuesday, 10th "
        "February 2026, in the course of our exchange visit to Cambodia. The meeting had 18 "
        "participants."
    )
    assert [(t, s) for t, s, _ in _events(text)] == [("meeting", "2026-02-10")]


def test_a_workshop_which_we_will_hold_is_no_event_held():
    text = "We share the plan of the workshop which we will hold on 21 November 2026 in Bangkok."
    assert _events(text) == []
