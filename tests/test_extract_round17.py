"""Rules written after the seventeenth blind set's first run (issue 16): minutes of a steering
committee or board, the findings section of an evaluation, letters to partners and donors, and
results-framework narratives; each tested on sentences of our own, with sentences that must not
trigger it."""

from __future__ import annotations

from atlas.extract import sentences
from tests.extract_drafts import drafts_of

# A numbered subsection's title over its paragraph is a title, not the paragraph's first words --


FINDINGS = """Final Review: "Safe Roads Home" (2022-2024)
Riverbank Returnee Circle (RRC)

Section 4: Findings

4.1 Peer mentors
Project records show a three-day mentoring course from 6 May 2024 in Pakse for 19 returnee women.

4.2 Dialogue with officials
RRC held a dialogue with district officials in Savannakhet on 2 August 2024 with 27 participants.
"""


def test_a_numbered_subsection_title_is_a_heading_of_its_own():
    found = sentences.split(FINDINGS)
    headings = [s.text for s in found if s.kind == "heading"]
    assert "4.1 Peer mentors" in headings
    assert "4.2 Dialogue with officials" in headings
    texts = [s.text for s in found if s.kind == "text"]
    assert any(t.startswith("Project records show") for t in texts)
    assert any(t.startswith("RRC held a dialogue") for t in texts)


def test_the_events_under_numbered_titles_keep_their_own_dates_towns_and_counts():
    got = {d["start"]: (d["city"], d["country"], d["total"]) for d in drafts_of(FINDINGS)}
    assert got["2024-08-02"] == ("Savannakhet", "LAO", 27)
    assert got["2024-05-06"][2] == 19


def test_a_numbered_title_that_dates_its_event_is_still_read_with_its_paragraph():
    text = """2. Events since the last meeting

2.1 Tenants' gathering, Nelson - 9 March
Thirty tenants came to the Stoke Community Hall for a one-day gathering on rent rules.
"""
    found = sentences.split(text)
    assert not any(s.kind == "heading" and s.text.startswith("2.1") for s in found)


def test_a_numbered_line_of_a_list_is_no_heading():
    text = """Decisions
1. The secretariat will send the report to the members by 30 June.
2. The next meeting will be held in Hue.
"""
    found = sentences.split(text)
    assert [s.kind for s in found if s.text.startswith("The ")] == ["bullet", "bullet"]


# "we are planning" tells a plan, not an event held ----------------------------------------


def test_we_are_planning_tells_a_plan_not_an_event():
    text = """3.3 Looking ahead
In 2025 we are planning district consultations in Sylhet and Rangpur.
"""
    assert drafts_of(text) == []


def test_a_consultation_held_by_people_planning_their_work_is_still_an_event():
    text = (
        "On 4 March 2024 the network held a district consultation in Sylhet with 42 farmers, "
        "who discussed the planning of the new season."
    )
    found = drafts_of(text)
    assert [(d["start"], d["city"], d["total"]) for d in found] == [("2024-03-04", "Sylhet", 42)]
