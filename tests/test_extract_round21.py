"""Rules written after the twenty-first blind set's first run (issue 16): "results at a glance"
pages and donor dashboards of figures, chair's summaries in numbered paragraphs, events pages and
calendars of past and coming items; each tested on sentences of our own, with sentences that
must not trigger it."""

from __future__ import annotations

from tests.extract_drafts import drafts_of, one_draft


def _by_title(found: list[dict], word: str) -> dict:
    return next(d for d in found if word in d["title"])


# A dashboard's figures total many events: no event, no count ----------------------------------


def test_a_line_of_figures_is_no_event():
    text = """Highland Porters Association - Donor Dashboard, 2024

KEY RESULTS
7 valley meetings | 260 people reached | 2 valleys
3 trainings | 51 guides trained
"""
    assert drafts_of(text) == []


def test_figures_a_sentence_calls_totals_are_no_event():
    text = """Highland Porters Association - Donor Dashboard, 2024

The 7 valley meetings and the 260 people are totals for the whole year in Lukla and Namche.
"""
    assert drafts_of(text) == []


def test_a_series_told_with_its_count_is_still_read():
    # not a figure: three workshops told as held, each an event
    text = "In March 2024 we held three workshops for porters in Lukla, with 20 porters each."
    assert len(drafts_of(text)) == 3


# A chair's summary: the meeting of paragraph 1 told again, and the event that came before it -----

_SUMMARY = """NATIONAL FORUM ON PORTERS' RIGHTS
Summary by the Chair

1. The National Forum on Porters' Rights was held at the Himalaya Hotel in Kathmandu on 5 and 6 May 2024. It was organised by the Highland Porters Association.

2. The forum was preceded on 4 May 2024 by a training of 20 women leaders, given by the Mountain Law Clinic at the same hotel.

3. The chair thanked the interpreters and closed the forum on 6 May 2024.
"""


def test_what_preceded_the_meeting_takes_the_date_and_the_meeting_is_not_told_again():
    found = drafts_of(_SUMMARY)
    assert [d["type"] for d in found] == ["conference", "training"], found
    training = _by_title(found, "raining")
    assert training["start"] == "2024-05-04"
    assert training["total"] == 20


def test_the_meeting_closed_on_one_of_its_days_is_the_same_meeting():
    found = drafts_of(_SUMMARY)
    forums = [d for d in found if d["type"] == "conference"]
    assert len(forums) == 1
    assert (forums[0]["start"], forums[0]["end"]) == ("2024-05-05", "2024-05-06")


def test_a_meeting_of_the_same_kind_on_another_day_is_another_one():
    text = """Report of the Highland Porters Association, 2024

The national forum on porters' rights was held in Kathmandu on 5 and 6 May 2024.
A regional forum on loads was held in Pokhara on 20 June 2024.
"""
    assert len(drafts_of(text)) == 2


# A summary's proposals for later meetings, with no date fixed ---------------------------------


def test_a_proposal_to_hold_meetings_is_no_event():
    text = """1. The national forum was held in Kathmandu on 5 May 2024.

2. A proposal to hold district forums in Pokhara and Dhangadhi in 2025 was welcomed; no dates were set.
"""
    found = drafts_of(text)
    assert [d["city"] for d in found] == ["Kathmandu"], found


def test_a_meeting_proposed_and_not_fixed_is_no_event():
    text = """1. The national forum was held in Kathmandu on 5 May 2024.

2. A porters' meeting in Lukla with the lodge owners was proposed; it has not been fixed.
"""
    found = drafts_of(text)
    assert [d["city"] for d in found] == ["Kathmandu"], found


def test_a_meeting_proposed_by_a_body_and_held_is_an_event():
    text = "A porters' meeting in Lukla, proposed by the lodge owners, was held on 9 June 2024."
    assert one_draft(text)["start"] == "2024-06-09"


# An events page's entries: a line of date, town and venue over the line telling the entry -------

_EVENTS_PAGE = """Highland Porters Association - EVENTS
Last updated 2 June 2024

PAST EVENTS

9 March 2024 | Pokhara, Lakeside Community Hall
Workshop on safe loads for porters. 44 porters came.

Saturday 20 April 2024 - Kathmandu, Himalaya Hotel
Training: first aid on the trail, for 18 guides. Trainers from the Mountain Rescue Clinic.

May 2024, Bharatpur
Meeting of lodge owners and porters, about 30 people.
"""


def test_an_entry_line_gives_its_town_and_venue_to_the_entry_below():
    found = drafts_of(_EVENTS_PAGE)
    workshop = _by_title(found, "orkshop")
    assert (workshop["start"], workshop["city"], workshop["venue"]) == (
        "2024-03-09",
        "Pokhara",
        "Lakeside Community Hall",
    )
    training = _by_title(found, "raining")
    assert (training["start"], training["city"], training["venue"]) == (
        "2024-04-20",
        "Kathmandu",
        "Himalaya Hotel",
    )
    meeting = _by_title(found, "eeting")
    assert (meeting["start"], meeting["precision"], meeting["city"]) == (
        "2024-05-01",
        "month",
        "Bharatpur",
    )


def test_an_entry_line_is_not_part_of_the_title():
    for d in drafts_of(_EVENTS_PAGE):
        assert not d["title"].startswith(("Pokhara", "Lakeside", "Himalaya", "Bharatpur")), d


def test_a_dated_line_naming_its_event_still_tells_it():
    # "date - what": the event's own line, not a town and venue over it
    text = """Highland Porters Association - EVENTS

9 March 2024 - Workshop on safe loads in Pokhara
44 porters came and shared their stories.
"""
    assert one_draft(text)["city"] == "Pokhara"


def test_an_events_pages_upcoming_and_cancelled_entries_are_no_events():
    text = (
        _EVENTS_PAGE
        + """
CANCELLED

12 May 2024 - Pokhara, Lakeside Community Hall
Workshop for lodge cooks on hygiene.

COMING UP

15 June 2024 - Kathmandu, Himalaya Hotel
Training on rescue at altitude for 25 guides.

Upcoming

July 2024, Bharatpur
Assembly of porters.
"""
    )
    found = drafts_of(text)
    assert sorted(d["start"] for d in found) == ["2024-03-09", "2024-04-20", "2024-05-01"], found


# An events page, a calendar or a dashboard under its body's name: the body organised its events ----


def test_an_events_page_under_its_bodys_name_names_it_organiser():
    for d in drafts_of(_EVENTS_PAGE):
        assert ("Highland Porters Association", "organiser") in d["orgs"], d


def test_a_calendar_and_a_dashboard_under_their_bodys_name_name_it_organiser():
    calendar = """Valley Porters Union
QUARTERLY CALENDAR: April - June 2024

9 May 2024 - Pokhara, Lakeside Community Hall
Workshop on safe loads for 44 porters. Held.
"""
    dashboard = """Valley Porters Union - Donor Dashboard 2024

STORY: A day on the trail
On 9 May 2024, 44 porters took part in a workshop on safe loads at the Lakeside Community Hall in Pokhara.
"""
    for text in (calendar, dashboard):
        assert ("Valley Porters Union", "organiser") in one_draft(text)["orgs"], text


def test_a_newspapers_events_listing_names_no_organiser():
    text = """The Valley Courier - EVENTS THIS WEEK

9 May 2024 - Pokhara, Lakeside Community Hall
Workshop on safe loads for 44 porters, run by the Valley Porters Union.
"""
    assert ("The Valley Courier", "organiser") not in one_draft(text)["orgs"]
    assert ("Valley Courier", "organiser") not in one_draft(text)["orgs"]


# An op-ed's line on its writer names the writer's body ------------------------------------------

_OP_ED = """OPINION | Porters carry more than loads

Published 3 June 2024

The writer is a field coordinator with the Highland Porters Association in Pokhara.

Every spring the trails fill with porters. In April we held a workshop on safe loads in Pokhara with 44 porters, and they told us what they carry.
"""


def test_an_op_eds_writer_line_names_the_writers_body_organiser():
    assert ("Highland Porters Association", "organiser") in one_draft(_OP_ED)["orgs"]


def test_an_op_ed_about_another_body_names_no_organiser():
    text = _OP_ED.replace(
        "The writer is a field coordinator with the Highland Porters Association in Pokhara.",
        "The writer is a retired teacher in Pokhara.",
    )
    assert one_draft(text)["orgs"] == []


# A calendar's table with a blank line between its rows, and a column of status -----------------

_TABLE = """Valley Porters Union
CALENDAR - SECOND QUARTER 2024

Date | Place | Activity | Status

9 April 2024 | Pokhara, Lakeside Community Hall | Workshop on safe loads for 44 porters. | Held

20 May 2024 | Bharatpur | Meeting of lodge owners and porters: 30 people. | Held

15 June 2024 | Kathmandu | Training on rescue at altitude for guides. | Planned

22 June 2024 | Pokhara | Assembly of porters. | Postponed (no date yet)
"""


def test_a_tables_rows_with_blank_lines_between_are_read_as_its_rows():
    found = drafts_of(_TABLE)
    workshop = _by_title(found, "orkshop")
    assert (workshop["start"], workshop["city"], workshop["total"]) == ("2024-04-09", "Pokhara", 44)
    assert _by_title(found, "eeting")["city"] == "Bharatpur"


def test_a_calendars_planned_and_postponed_rows_are_no_events():
    found = drafts_of(_TABLE)
    assert len(found) == 2, found


def test_paragraphs_with_bars_are_no_table():
    text = """Notes from the field | Valley Porters Union | 2024

On 9 April 2024, 44 porters took part in a workshop on safe loads in Pokhara.

Photos | Videos | Contact
"""
    assert one_draft(text)["city"] == "Pokhara"


# A calendar's bullets that open with their date, town and status --------------------------------

_BULLETS = """Valley Porters Union
QUARTERLY CALENDAR: April - June 2024

APRIL
- 9 Apr, Pokhara, Lakeside Community Hall - DONE. Workshop on safe loads: 44 porters.
- 20 Apr, Bharatpur - CANCELLED (strike). Meeting of lodge owners.

MAY
- 14-15 May, Kathmandu - HELD. Training for 18 guides on first aid.
"""


def test_a_calendar_bullets_date_town_and_status_tell_its_entry():
    found = drafts_of(_BULLETS)
    workshop = _by_title(found, "orkshop")
    assert (workshop["start"], workshop["city"], workshop["venue"]) == (
        "2024-04-09",
        "Pokhara",
        "Lakeside Community Hall",
    )
    training = _by_title(found, "raining")
    assert (training["start"], training["end"], training["city"]) == (
        "2024-05-14",
        "2024-05-15",
        "Kathmandu",
    )


def test_a_calendar_bullet_cancelled_is_no_event():
    assert not [d for d in drafts_of(_BULLETS) if d["type"] == "meeting"]


def test_a_town_named_after_the_first_tells_only_the_country():
    text = """Valley Porters Union
QUARTERLY CALENDAR: April - June 2024

- 9 Apr, Ghandruk, Pokhara - DONE. Workshop on safe loads for porters.
"""
    d = one_draft(text)
    assert (d["city"], d["country"]) == (None, "NPL")


def test_a_temple_after_the_town_is_the_venue_and_a_province_is_not():
    text = """Mekong Boat Crews Network
QUARTERLY CALENDAR: April - June 2024

- 9 Apr, Siem Reap, Wat Bo yard - DONE. Workshop on safe loads for boat crews.
- 20 May, Samraong, Oddar Meanchey - DONE. Training for village volunteers.
"""
    found = drafts_of(text)
    assert _by_title(found, "orkshop")["venue"] == "Wat Bo"
    assert _by_title(found, "raining")["venue"] is None


# Meetings asked for, requested or proposed for a year, not held ---------------------------------


def test_a_meeting_asked_for_or_still_requested_is_no_event():
    for line in (
        "We asked the district office for a joint meeting on loads in December. It has not taken place.",
        "We have asked the tourism board for a meeting to discuss the loads.",
        "A meeting with the Ministry of Tourism is still being requested.",
        "A district dialogue with the lodge owners was proposed for early 2025; they have not answered.",
    ):
        text = (
            "On 9 April 2024 we held a workshop on safe loads in Pokhara with 44 women.\n\n" + line
        )
        found = drafts_of(text)
        assert [d["type"] for d in found] == ["workshop"], (line, found)


def test_a_meeting_held_after_asking_for_something_else_is_an_event():
    text = (
        "We asked the district office for a hall, and on 9 April 2024 we held a meeting on loads"
        " in Pokhara."
    )
    assert one_draft(text)["type"] == "meeting"


def test_the_eve_of_the_meeting_dates_the_event_told_after_it():
    text = _SUMMARY + (
        "\n4. On the eve of the forum, 4 May 2024, the association launched its report"
        ' "Heavy Loads" at the Himalaya Hotel in Kathmandu, before about 50 guests.\n'
    )
    launch = _by_title(drafts_of(text), "aunch")
    assert (launch["start"], launch["total"]) == ("2024-05-04", 50)


# A text agreed, counted by its parts after "of" or "with" -------------------------------------


def _outcomes_of(text: str) -> list[tuple[str, int | None]]:
    from atlas.extract import extract_text

    return [(o.title, o.quantity) for d in extract_text(text) for o in d.outcomes]


def test_a_charter_of_eight_points_and_a_plan_with_six_actions_are_counted():
    text = (
        "On 5 May 2024, 60 porters met in Pokhara for an assembly. They adopted the Pokhara Porters'"
        " Charter of 8 points, including rest days and loads of at most 30 kilos."
    )
    assert [q for _, q in _outcomes_of(text)] == [8]
    text = (
        "On 5 May 2024, 60 porters met in Pokhara for an assembly. They agreed the Valley Action"
        " Plan, with 6 actions for the next two years."
    )
    assert [q for _, q in _outcomes_of(text)] == [6]
    text = (
        "On 5 May 2024, 60 porters met in Pokhara for an assembly. They agreed a referral protocol"
        " of 5 steps for injured porters."
    )
    assert [q for _, q in _outcomes_of(text)] == [5]


def test_a_charter_of_a_valley_is_not_counted_by_its_years():
    text = (
        "On 5 May 2024, 60 porters met in Pokhara for an assembly. They adopted the Charter of"
        " the Valley, written over 3 years."
    )
    assert [q for _, q in _outcomes_of(text)] == [None]


def test_copies_printed_told_in_the_next_sentence_count_the_publication():
    text = (
        'On 5 May 2024 we launched our booklet "Safe Loads" in Pokhara, before 70 guests.'
        " We printed 800 copies."
    )
    assert _outcomes_of(text) == [("Safe Loads", 800)]


def test_copies_of_another_year_count_no_publication_told_before_them():
    text = (
        'On 5 May 2024 we launched our booklet "Safe Loads" in Pokhara, before 70 guests.'
        " The guests were porters and lodge owners.\n\nIn 2019, 800 copies were printed of our old leaflet."
    )
    assert ("Safe Loads", None) in _outcomes_of(text)


# A calendar's days of orientation, briefing or information --------------------------------------


def test_orientation_days_briefings_and_information_days_are_events():
    for line, kind in (
        ("Orientation day for 40 porters leaving for the Gulf, at the Lakeside Hall.", "training"),
        ("Pre-departure briefing for 52 guides leaving for Korea.", "training"),
        ("Information day for families of porters: around 110 people.", "other"),
    ):
        text = f"Valley Porters Union - EVENTS\n\n9 April 2024 - Pokhara\n{line}\n"
        assert one_draft(text)["type"] == kind, line


def test_a_briefing_of_the_press_or_an_information_note_is_no_event():
    text = "Valley Porters Union - EVENTS\n\n9 April 2024 - Pokhara\nThe secretary sent an information note to members.\n"
    assert drafts_of(text) == []
