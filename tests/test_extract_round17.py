"""Rules written after the seventeenth blind set's first run (issue 16): minutes of a steering
committee or board, the findings section of an evaluation, letters to partners and donors, and
results-framework narratives; each tested on sentences of our own, with sentences that must not
trigger it."""

from __future__ import annotations

from atlas.extract import numbers, sentences
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


# Minutes: the numbered items of an agenda, each read anew, under a title of their own --------


MINUTES = """HIGHLAND CARE WORKERS NETWORK (HCWN)
Minutes of Coordinating Committee Meeting No. 3/2024

Date and time: 12 September 2024, 09.00-16.00
Venue: Riverside Guest House, Nong Khai
Attendance: 8 committee members from the member groups; the coordinator (minutes)

Agenda 1: Matters for information
1.1 Legal clinic. HCWN held a legal clinic for 45 care workers at the Udon Thani Labour Office on 17 August 2024.
1.2 The public forum "Care Work Counts" was held on 2 September 2024 in Khon Kaen with 90 participants.

Agenda 2: Decisions
- Refresher clinic in Sakon Nakhon, November 2024.
- Next coordinating committee meeting in Loei, December 2024.
"""


def test_minutes_tell_their_own_meeting_and_each_numbered_item_apart():
    found = drafts_of(MINUTES)
    got = {d["start"]: (d["city"], d["total"]) for d in found}
    assert got["2024-09-12"] == ("Nong Khai", 8)
    assert got["2024-08-17"][1] == 45
    assert got["2024-09-02"] == ("Khon Kaen", 90)


def test_minutes_name_their_writer_organiser_of_events_with_no_organiser_of_their_own():
    found = drafts_of(MINUTES)
    meeting = next(d for d in found if d["start"] == "2024-09-12")
    assert ("Highland Care Workers Network", "organiser") in [
        (n.title(), r) for n, r in meeting["orgs"]
    ]


def test_minutes_decisions_and_the_next_meeting_are_plans():
    starts = {d["start"] for d in drafts_of(MINUTES)}
    assert starts == {"2024-09-12", "2024-08-17", "2024-09-02"}


def test_plans_for_the_year_approved_are_plans():
    text = """Minutes of the Board Meeting

Date: 4 March 2025
Venue: Association office, Vientiane
Present (9): 7 Board members, the Director and the Accountant

2. Plans for 2025 (approved)
- Batch 5 of the sewing course in Savannakhet, May 2025.
- Study visit to Udon Thani in July 2025.
"""
    found = drafts_of(text)
    assert [d["start"] for d in found] == ["2025-03-04"]
    assert found[0]["total"] == 9


def test_a_sentence_opening_with_next_names_a_plan_but_a_next_day_does_not():
    plan = "Next steering committee meeting in Hue, October 2025."
    assert drafts_of(plan) == []
    held = (
        "On 3 May 2024 the network held a meeting in Hue with 20 members. "
        "The next day, a workshop for 15 volunteers took place in Da Nang."
    )
    assert {d["city"] for d in drafts_of(held)} == {"Hue", "Da Nang"}


# A results framework's or logframe's writer in its head organised its events --------------


RESULTS = """COASTAL WOMEN WORKERS' UNION (CWWU)
Results Framework Narrative, Year 1 (January - December 2024)
Project: Safe Work on the Coast

Output 1: Women workers know their rights
Target: 4 trainings. Achieved: 2. A rights training was held in Galle on 9 March 2024 for 26 women. A second one was held in Matara on 14 June 2024 for 31 women.
"""


def test_a_results_framework_headed_by_its_writer_names_it_organiser():
    found = drafts_of(RESULTS)
    assert len(found) == 2
    for d in found:
        assert any(r == "organiser" and "Coastal Women Workers" in n for n, r in d["orgs"])


def test_a_report_headed_by_a_fund_with_no_kind_of_own_record_names_no_organiser():
    text = """COASTAL SOLIDARITY FUND
Call for proposals 2025

A rights training was held in Galle on 9 March 2024 for 26 women.
"""
    for d in drafts_of(text):
        assert not any(r == "organiser" for _, r in d["orgs"])


# An evaluation's count of a year's meetings announces those it tells, and is none itself ------


def test_a_count_of_a_years_meetings_is_no_event_when_one_is_told_with_its_date():
    text = (
        "The programme records seven village consultations in Samoa during 2024. The evaluation "
        "team joined the consultation at Lalomanu on 12 June 2024, attended by 54 villagers."
    )
    found = drafts_of(text)
    assert [(d["start"], d["total"]) for d in found] == [("2024-06-12", 54)]


def test_a_years_meetings_with_none_told_on_its_own_stay_as_they_are():
    text = "The network held four village consultations in Samoa during 2024."
    assert drafts_of(text) != []


# Letters' and evaluations' plans, hopes and postponements -----------------------------------


def test_a_letters_hopes_and_coming_months_are_plans():
    text = """Dear friends,

On 6 April 2025 we held a health day in Mae Sot for 140 workers.
What's next: we also dream of a boat festival in June, but no money yet!
For the coming months, we prepare the training in Tak for August.
Coming up: in summer an exchange visit to Vientiane.
"""
    found = drafts_of(text)
    assert [(d["start"], d["city"], d["total"]) for d in found] == [("2025-04-06", "Mae Sot", 140)]


def test_an_exchange_postponed_because_of_travel_rules_was_not_held():
    text = (
        "A follow-up exchange to Mae Sot, planned for May 2024, was postponed because of the "
        "travel restrictions."
    )
    assert drafts_of(text) == []
    held = (
        "The exchange to Mae Sot, postponed from April, took place on 8 May 2024 with 12 members."
    )
    assert [d["start"] for d in drafts_of(held)] == ["2024-05-08"]


# Minutes' attendance: a count in brackets after the label, "N out of M" -----------------------


def test_an_attendance_label_with_its_count_in_brackets_counts_all_present():
    assert numbers.totals("Present (12): 9 Board members, the Director and 2 staff")[0].value == 12


def test_those_present_out_of_a_bodys_members_are_the_count_not_the_bodys_size():
    assert [c.value for c in numbers.totals("Present: 11 out of 13 executive members.")] == [11]
    assert [c.value for c in numbers.totals("9 of the 12 board members attended.")] == [9]
    # a body's size alone is no count
    assert numbers.totals("The assembly elected a board of 7 members.") == []


# Who paid for all of a report's activities, told in a line of its own -------------------------


ACTIVITIES = (
    "On 3 March 2024 the union held a training in Galle for 26 women. "
    "On 9 June 2024 it held a dialogue in Matara with 40 employers and workers.\n\n"
)


def _funders(text: str) -> list[set[str]]:
    return [{n for n, r in d["orgs"] if r == "funder"} for d in drafts_of(text)]


def test_funding_lines_in_several_shapes_fund_every_event():
    for line in (
        "Funding: all activities were supported by Lagoon Rights Fund.",
        "All activities above were funded by Lagoon Rights Fund (Norway).",
        "Funding: Lagoon Rights Fund (Norway) funded all activities.",
    ):
        assert _funders(ACTIVITIES + line + "\n") == [{"Lagoon Rights Fund"}] * 2, line


def test_a_funding_line_with_an_exception_funds_every_event_but_the_one_excepted():
    line = (
        "The project, including all activities above except the dialogue, is funded by "
        "Lagoon Rights Fund."
    )
    assert _funders(ACTIVITIES + line + "\n") == [{"Lagoon Rights Fund"}, set()]


def test_all_activities_organised_by_one_body_are_funded_and_another_bodys_are_not():
    text = (
        "On 3 March 2024 the Coastal Union held a training in Galle for 26 women. "
        "On 9 June 2024 the Harbour Forum held a dialogue in Matara with 40 workers, where the "
        "Coastal Union spoke.\n\n"
        "All activities above organised by the Coastal Union were funded by Lagoon Rights Fund.\n"
    )
    got = {d["start"]: {n for n, r in d["orgs"] if r == "funder"} for d in drafts_of(text)}
    assert got["2024-03-03"] == {"Lagoon Rights Fund"}
    assert got["2024-06-09"] == set()


# An evaluation of the writer's own project names it under the title ---------------------------


def test_an_evaluations_body_under_its_title_organised_the_events_it_reviews():
    text = """Mid-Term Review of the "Safe Harbours" programme
Delta Fishworkers Network (DFN)

Findings
Project records show a training in Khulna on 4 April 2024 for 28 fishers. A dialogue in Mongla on 19 June 2024 gathered 45 participants.
"""
    for d in drafts_of(text):
        assert ("Delta Fishworkers Network", "organiser") in d["orgs"]


def test_an_evaluators_line_names_no_organiser():
    text = """Mid-Term Review of the "Safe Harbours" programme
Prepared by: Lead Evaluator, Northbridge Consulting Group

Findings
Project records show a training in Khulna on 4 April 2024 for 28 fishers. A dialogue in Mongla on 19 June 2024 gathered 45 participants.
"""
    for d in drafts_of(text):
        assert not any(n == "Northbridge Consulting Group" for n, _ in d["orgs"])


# A letter to partners names its writer in its opening lines ----------------------------------


LETTER = """Dear friends and partners,

Warm greetings from Kep! Here is a short update from Coastal Sisters Collective for the first months of 2025.

In February we organised a savings training for 24 women in Kampot, 3 days from 10 February 2025. On 8 March 2025 the Kep Women's Council held a march in Kep with 300 women, where we spoke.
"""


def test_a_letters_writer_organised_the_events_it_tells_as_its_own():
    got = {d["start"]: d["orgs"] for d in drafts_of(LETTER)}
    assert ("Coastal Sisters Collective", "organiser") in got["2025-02-10"]
    assert ("Coastal Sisters Collective", "organiser") not in got.get("2025-03-08", [])


def test_a_letter_thanking_a_fund_does_not_make_the_fund_its_writer():
    text = LETTER.replace(
        "Here is a short update from Coastal Sisters Collective", "Here is news of Tide Fund"
    )
    for d in drafts_of(text):
        assert not any(r == "organiser" and n == "Tide Fund" for n, r in d["orgs"])


def test_a_hope_of_god_willing_is_a_plan():
    text = (
        "In the coming weeks we finish the report and, inchallah, the assembly of the "
        "network in Thies in July 2025."
    )
    assert drafts_of(text) == []


# A work presented in public, and a day of services, are events -------------------------------


def test_a_work_named_in_quotes_and_presented_at_a_venue_is_a_launch():
    text = (
        'On 12 March 2025 we presented our study "Borders of Care" at the Casa de la Cultura in '
        "Tacna, and 65 persons came."
    )
    found = drafts_of(text)
    assert [(d["type"], d["start"], d["city"], d["total"]) for d in found] == [
        ("launch", "2025-03-12", "Tacna", 65)
    ]


def test_a_report_presented_publicly_in_a_town_is_a_launch():
    text = (
        'The network\'s report "Closed Roads 2024" was presented publicly on 4 February 2025 in '
        "Tegucigalpa, at the Hotel Maya, with 80 guests."
    )
    found = drafts_of(text)
    assert [(d["type"], d["start"], d["city"], d["total"]) for d in found] == [
        ("launch", "2025-02-04", "Tegucigalpa", 80)
    ]


def test_a_staff_members_report_to_a_board_is_no_launch():
    text = "On 3 May 2024 the director presented the annual report at the Board meeting."
    assert all(d["type"] != "launch" for d in drafts_of(text))


def test_a_health_day_and_documentation_days_are_events_but_world_health_day_is_not():
    text = "On 9 November 2024 the shelter held a health day in Tapachula; 150 migrants were seen."
    found = drafts_of(text)
    assert [(d["type"], d["start"], d["city"], d["total"]) for d in found] == [
        ("other", "2024-11-09", "Tapachula", 150)
    ]
    assert drafts_of("On World Health Day, 7 April 2024, we posted a message to members.") == []


# "we plan a <event>" and a "Looking ahead" section are plans (held back in the round while the
# benchmark paired a report's invented event with another report's: see atlas/extract/score.py) --


def test_we_plan_a_meeting_is_a_plan_not_an_event():
    assert drafts_of("Next year we plan a regional assembly of fishers in Hue.") == []
    assert drafts_of("They plan two district dialogues in Kampot in March 2025.") == []


def test_an_event_held_to_plan_something_is_still_an_event():
    text = (
        "On 9 June 2024 we held a planning workshop in Kampot with 18 members, where they plan "
        "the year's campaigns."
    )
    found = drafts_of(text)
    assert [(d["start"], d["city"], d["total"]) for d in found] == [("2024-06-09", "Kampot", 18)]


def test_the_events_under_a_looking_ahead_heading_are_plans():
    text = """Members' news, May 2025

On 12 April 2025 the network held a seafarers' welfare forum in Haiphong with 64 participants.

Looking ahead
A regional meeting of members in Suva in September 2025.
"""
    found = drafts_of(text)
    assert [(d["start"], d["city"], d["total"]) for d in found] == [("2025-04-12", "Haiphong", 64)]


# The round's rules kept to what they were written for (a review of the round found these) ------


def test_next_day_in_a_past_narrative_is_no_plan():
    text = (
        "On 3 May 2023 the trainers arrived in Hue.\n\n"
        "Next day the trainers held a workshop with 15 district officials in Hue."
    )
    got = [(d["type"], d["city"], d["total"]) for d in drafts_of(text)]
    assert ("workshop", "Hue", 15) in got
    assert drafts_of("Next month the network held a consultation in Vinh with 31 returnees.") != []
    assert drafts_of("Next steering committee meeting in Hue, October 2025.") == []


def test_an_annual_reports_agreements_section_tells_agreements_signed_at_events_held():
    text = """Annual Report 2023

2. Agreements
On 4 May 2023 the network held a signing ceremony in Hue with 40 guests, where the provincial
union and the network signed a memorandum of understanding.
"""
    found = drafts_of(text)
    assert [(d["start"], d["city"], d["total"]) for d in found] == [("2023-05-04", "Hue", 40)]


def test_minutes_decisions_still_plans_and_their_title_is_no_organiser():
    minutes = """Minutes of the 7th Executive Committee Meeting

Date: 12 January 2025
Place: Pokhara, Nepal
Present: 9 members

3. {heading}
- District orientation for 30 returnees in Syangja, 15 March 2025.
"""
    decided = drafts_of(minutes.format(heading="Decisions"))
    assert "2025-03-15" not in [d["start"] for d in decided]
    assert [d["start"] for d in decided] == ["2025-01-12"]
    # the minutes' title names the meeting, not who wrote them
    assert decided[0]["orgs"] == []
    done = drafts_of(minutes.format(heading="Activities"))
    assert "2025-03-15" in [d["start"] for d in done]


def test_a_years_count_announces_only_a_meeting_told_in_that_year():
    text = (
        "In 2021 the network ran nine village consultations in Fiji. "
        "On 4 September 2023 the network held a consultation in Suva with 30 villagers."
    )
    starts = sorted(d["start"] or "" for d in drafts_of(text))
    assert "2023-09-04" in starts
    assert any(s.startswith("2021") for s in starts)


def test_a_letters_writer_is_quoted_from_the_sentence_that_names_it():
    text = """Dear friends,

We hope you are well and your families too.

Here is short news of the Mekong Fishers Network.

In March we organised a river clean-up in Chiang Khong with 60 villagers, on 9 March 2025.
"""
    from atlas.extract import extract_text

    (d,) = extract_text(text)
    (org,) = [i for i, o in enumerate(d.organisations) if o.role == "organiser"]
    assert d.organisations[org].name == "Mekong Fishers Network"
    assert (
        d.evidence[f"organisations[{org}]"] == "Here is short news of the Mekong Fishers Network."
    )


def test_what_another_body_announced_does_not_make_it_the_letters_writer():
    text = """Dear partners,

We were glad to read what UNHCR announced in January.

In February we organised a legal clinic in Mae Sot with 45 workers, on 16 February 2025.
"""
    for d in drafts_of(text):
        assert ("Unhcr", "organiser") not in [(n.title(), r) for n, r in d["orgs"]]
        assert not any(r == "organiser" and n.upper() == "UNHCR" for n, r in d["orgs"])
