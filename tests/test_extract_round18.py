"""Rules written after the eighteenth blind set's first run (issue 16): the track-record section
of a funding proposal or concept note, chronologies of dated lines, interviews in a newsletter,
and speeches read at an opening, closing or anniversary; each tested on sentences of our own,
with sentences that must not trigger it."""

from __future__ import annotations

from tests.extract_drafts import drafts_of


def _orgs(found: list[dict], start: str) -> list[tuple[str, str]]:
    return next(d["orgs"] for d in found if d["start"] == start)


# The writer named in a chronology's, a speech's, a proposal's or an interview's head ---------


def test_a_chronology_under_its_writers_name_names_it_organiser():
    text = """Lakeshore Tenants Union (LTU)
Chronology of activities 2023

04/03/2023 - Training on tenancy law in Kisumu, 30 members.

11/06/2023 - Meeting with landlords in Kisumu, 22 participants.
"""
    found = drafts_of(text)
    assert _orgs(found, "2023-03-04") == [("Lakeshore Tenants Union", "organiser")]
    assert _orgs(found, "2023-06-11") == [("Lakeshore Tenants Union", "organiser")]


def test_a_speech_names_the_body_of_the_speaker():
    text = """Closing remarks of the President, Highland Weavers Cooperative (HWC)
Cusco, 20 May 2023

Dear friends,

On 14 March 2023 we held a training on natural dyes in Cusco for 26 weavers.
"""
    found = drafts_of(text)
    assert _orgs(found, "2023-03-14") == [("Highland Weavers Cooperative", "organiser")]


def test_an_interview_names_the_body_of_the_one_interviewed_not_the_newsletter():
    text = """RIVER NOTES - newsletter of Friends of the Delta (UK), Summer 2023

A conversation with the coordinator of the Delta Boatmen Association

Q: What did you do this year?
A: In April we had a training for 25 boatmen in Barisal, two days, on safety at sea.
"""
    found = drafts_of(text)
    assert _orgs(found, "2023-04-01") == [("Delta Boatmen Association", "organiser")]


def test_a_bulletins_interview_with_its_member_names_the_bulletins_body():
    text = """Bulletin of the Coastal Vendors Network, No. 4, March 2023

Member interview: "We sell, we learn"

Q: What did the Network do?
A: On 9 February 2023 we held a workshop on food hygiene in Mombasa for 18 vendors.
"""
    found = drafts_of(text)
    assert _orgs(found, "2023-02-09") == [("Coastal Vendors Network", "organiser")]


def test_a_proposals_applicant_told_as_its_backgrounds_subject_is_the_organiser():
    text = """PROJECT PROPOSAL - "Safe Fields", 2025-2027
Part 2: Background of the organisation

The Valley Farmworkers Network (VFN) was founded in 2012 by farmworkers of the valley.

On 8 May 2023 we held a training on pesticide safety in Salinas for 32 farmworkers.
"""
    found = drafts_of(text)
    assert _orgs(found, "2023-05-08") == [("Valley Farmworkers Network", "organiser")]


def test_an_applicant_line_names_the_organiser():
    text = """Grant Application - Section B: Track Record
Applicant: Northern Porters Union (NPU)

On 2 October 2023 we organised a workshop on fair loads in Lukla for 40 porters.
"""
    found = drafts_of(text)
    assert _orgs(found, "2023-10-02") == [("Northern Porters Union", "organiser")]


def test_the_writer_is_not_added_to_an_event_another_body_organised():
    text = """Lakeshore Tenants Union (LTU)
Chronology of activities 2023

04/03/2023 - Training on tenancy law in Kisumu, 30 members.

20/09/2023 - Regional housing forum in Kampala, organised by the East African Housing Alliance. Our 2 members spoke.
"""
    found = drafts_of(text)
    assert ("Lakeshore Tenants Union", "organiser") not in _orgs(found, "2023-09-20")


def test_a_newsletter_with_no_interview_names_no_writer():
    text = """Bulletin of the Coastal Vendors Network, No. 4, March 2023

News from the region

On 9 February 2023 the Market Traders Forum held a workshop on food hygiene in Mombasa for 18 vendors.
"""
    found = drafts_of(text)
    assert ("Coastal Vendors Network", "organiser") not in _orgs(found, "2023-02-09")


# The writer's event run "together with" another body makes both its organisers -------------


def test_together_with_another_body_we_organised_makes_both_organisers():
    text = """Lakeshore Tenants Union (LTU)
Chronology of activities 2023

On 5 July 2023, together with the Kisumu Legal Aid Clinic, we organised a dialogue with landlords in Kisumu for 35 people.
"""
    found = drafts_of(text)
    assert _orgs(found, "2023-07-05") == [
        ("Kisumu Legal Aid Clinic", "organiser"),
        ("Lakeshore Tenants Union", "organiser"),
    ]


def test_an_event_told_together_with_a_partner_without_we_keeps_it_a_partner():
    text = (
        "On 5 July 2023 a dialogue with landlords was held in Kisumu together with the Kisumu "
        "Legal Aid Clinic, for 35 people."
    )
    found = drafts_of(text)
    assert ("Kisumu Legal Aid Clinic", "organiser") not in _orgs(found, "2023-07-05")


# One funder for the events above, or for the events a sentence names by their kind ------------

_TWO_EVENTS = """Lakeshore Tenants Union (LTU)
Chronology of activities 2023

04/03/2023 - Training on tenancy law in Kisumu, 30 members.

11/06/2023 - Dialogue with landlords in Kisumu, 22 participants.

20/08/2023 - Workshop on rent law in Kisumu, 18 members.
"""


def _funders(found: list[dict]) -> dict[str, list[str]]:
    return {d["start"]: [n for n, r in d["orgs"] if r == "funder"] for d in found}


def test_the_events_named_by_their_kind_have_the_funder_that_paid_them():
    found = drafts_of(
        _TWO_EVENTS + "\nThe training and the dialogue were paid by the Great Lakes Housing Fund.\n"
    )
    assert _funders(found) == {
        "2023-03-04": ["Great Lakes Housing Fund"],
        "2023-06-11": ["Great Lakes Housing Fund"],
        "2023-08-20": [],
    }


def test_thanks_to_a_fund_which_paid_the_events_it_names():
    found = drafts_of(
        _TWO_EVENTS
        + "\nThank you to the Great Lakes Housing Fund, which paid for the workshop and for the training.\n"
    )
    assert _funders(found) == {
        "2023-03-04": ["Great Lakes Housing Fund"],
        "2023-06-11": [],
        "2023-08-20": ["Great Lakes Housing Fund"],
    }


def test_all_of_the_above_except_one_event_leaves_that_event_unpaid():
    found = drafts_of(
        _TWO_EVENTS
        + "\nAll of the above was funded by the Great Lakes Housing Fund, except the workshop, "
        "which the members paid themselves.\n"
    )
    assert _funders(found)["2023-08-20"] == []
    assert _funders(found)["2023-03-04"] == ["Great Lakes Housing Fund"]


def test_these_activities_funded_does_not_reach_the_plans_told_after_it():
    text = """Grant Application - Section B: Track Record
Applicant: Northern Porters Union (NPU)

On 2 October 2023 we organised a workshop on fair loads in Lukla for 40 porters.

On 9 November 2023 we held a meeting with lodge owners in Namche for 25 people.

These activities were financed by the Everest Porters Fund.

Proposed activities
We will hold a forum in Kathmandu in 2026.
"""
    got = _funders(drafts_of(text))
    assert got["2023-10-02"] == ["Everest Porters Fund"]
    assert got["2023-11-09"] == ["Everest Porters Fund"]
    assert all(v == [] for k, v in got.items() if k and k.startswith("2026"))


def test_all_activities_of_a_year_had_support_only_in_that_year():
    text = (
        "On 4 March 2023 we held a training in Kisumu for 30 members. On 6 February 2024 we held "
        "a dialogue in Kisumu with 22 landlords. All our 2023 activities had support of the Great "
        "Lakes Housing Fund."
    )
    got = _funders(drafts_of(text))
    assert got == {"2023-03-04": ["Great Lakes Housing Fund"], "2024-02-06": []}


def test_a_paid_report_is_no_event_to_give_a_funder():
    found = drafts_of(
        _TWO_EVENTS + "\nThe report and the study were paid by the Great Lakes Housing Fund.\n"
    )
    assert all(v == [] for v in _funders(found).values())


# A proposal's plans after its track record, and a chronology's lines of what did not happen --

_PROPOSAL = """Grant Application - Section B: Track Record
Applicant: Northern Porters Union (NPU)

On 2 October 2023 we organised a workshop on fair loads in Lukla for 40 porters.

{heading}

Under this grant NPU will extend its work to Jiri and organise a national dialogue with the labour ministry in Kathmandu in 2026.
"""


def test_events_under_a_proposals_plans_heading_are_plans():
    for heading in (
        "4. Proposed activities",
        "III. Proposed Activities",
        "Section 3: Proposed Activities",
        "What we propose",
        "Our plan for the new project:",
    ):
        found = drafts_of(_PROPOSAL.format(heading=heading))
        assert [d["start"] for d in found] == ["2023-10-02"], heading


def test_a_heading_that_tells_past_work_keeps_its_events():
    text = """Section 2: Our experience

On 2 October 2023 we organised a workshop on fair loads in Lukla for 40 porters.

III. Activities carried out

On 9 November 2023 we held a meeting with lodge owners in Namche for 25 people.
"""
    assert [d["start"] for d in drafts_of(text)] == ["2023-10-02", "2023-11-09"]


def test_a_chronologys_postponed_cancelled_or_not_done_lines_are_no_events():
    text = """Lakeshore Tenants Union (LTU)
Chronology of activities 2023

04/03/2023 - Training on tenancy law in Kisumu, 30 members.

15/05/2023 - Meeting with landlords in Kisumu - postponed by the landlords.

Jun 2023 - Workshop on rent law in Kisumu: POSTPONED to 2024 (no room).

Aug 2023 - Exchange visit to Kampala - not done, no budget.

10/12/2023 - Annual assembly (planned).
"""
    found = drafts_of(text)
    assert [(d["start"], d["city"], d["total"]) for d in found] == [("2023-03-04", "Kisumu", 30)]


def test_a_meeting_held_after_a_postponed_one_is_still_an_event():
    text = """Lakeshore Tenants Union (LTU)
Chronology of activities 2023

15/05/2023 - Meeting with landlords in Kisumu - postponed by the landlords.

20/06/2023 - Meeting with landlords in Kisumu, 18 landlords and 12 members.
"""
    found = drafts_of(text)
    assert [(d["start"], d["city"]) for d in found] == [("2023-06-20", "Kisumu")]


def test_an_event_postponed_or_planned_by_someone_and_then_held_is_an_event():
    # "planned by" and "postponed" mark a chronology's lines that did not happen; a sentence
    # that tells the event held after all keeps it
    text = """The tenants' forum, planned by the youth committee, was held in Kisumu on 5 May 2023 \
with 80 participants.

The workshop on rent law, first postponed, was finally held in Nakuru on 3 June 2023 with 25 \
members.
"""
    found = drafts_of(text)
    assert [(d["start"], d["city"]) for d in found] == [
        ("2023-05-05", "Kisumu"),
        ("2023-06-03", "Nakuru"),
    ]
