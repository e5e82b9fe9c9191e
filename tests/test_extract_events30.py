"""General rules for events the first runs missed whole, read from the kinds of text that recur
in three or more blind sets (issue 16); each tested on texts of our own, with texts that must not
trigger it."""

from __future__ import annotations

from tests.extract_drafts import drafts_of

# A meeting told only by the head of its own record ------------------------------------------------
# "Minutes of the ...", "Summary record of the ...", "MINUTES - ..." over a date line: the record's
# meeting is the event, whatever the items below it read.

_CAPITAL_HEAD = """Highland Tea Pickers Association Ltd.
MINUTES - ANNUAL GENERAL MEETING 2021

Held on Sunday the 7th of November, 9am to 3pm, at the Green Valley Workers Hall, Kericho.

Present (23):
- Kenya: 20 (pickers' representatives from six estates)
- Uganda: 3 (observers)

1. Welcome
The Chair opened the meeting and welcomed the observers.

2. Treasurer's report
Accepted. Moved by the Bomet branch, seconded by the Litein branch. Carried.
"""


def test_a_minutes_head_in_capitals_names_its_meeting_dated_by_its_held_on_line():
    found = [d for d in drafts_of(_CAPITAL_HEAD) if d["start"] == "2021-11-07"]
    assert len(found) == 1, drafts_of(_CAPITAL_HEAD)
    d = found[0]
    assert d["title"] == "Annual General Meeting 2021"
    assert d["type"] == "meeting"
    assert (d["city"], d["venue"]) == ("Kericho", "Green Valley Workers Hall")


_RECORD_HEAD = """NORDIC BICYCLE COURIERS FEDERATION
Summary record of the 5th General Assembly
Bergen, 22 September 2022 - Bryggen Culture House

Quorum: 14 of the 17 member unions were represented; the quorum was reached.

Decisions

1. The accounts of 2021 were approved.
2. Two new members were admitted.
"""


def test_a_summary_record_names_its_assembly_and_the_line_below_places_it():
    found = drafts_of(_RECORD_HEAD)
    assert [(d["title"], d["start"]) for d in found] == [("5th General Assembly", "2022-09-22")]
    assert (found[0]["city"], found[0]["venue"]) == ("Bergen", "Bryggen Culture House")


_NOT_A_MEETING = """Riverside Tenants Group
Minutes of the discussion on rents

Date: Tuesday 4 April 2023

1. Rents
The members compared their rents and agreed to write to the landlord.
"""


def test_minutes_of_no_meeting_add_no_event():
    assert [d for d in drafts_of(_NOT_A_MEETING) if "discussion" in d["title"].lower()] == []


_UNDATED = """Riverside Tenants Group
Minutes of the Annual General Meeting

1. Rents
The members compared their rents and agreed to write to the landlord.
"""


def test_a_minutes_head_with_no_date_line_adds_no_event():
    assert drafts_of(_UNDATED) == []


_TOLD_BELOW = """Lakeside Fishers Cooperative
Minutes of the Board Meeting

Date: Friday 3 March 2023
Place: Jinja, Uganda

1. Opening
The Board Meeting of the Lakeside Fishers Cooperative was held on 3 March 2023 in Jinja with 9 members.
"""


def test_a_record_whose_meeting_is_told_already_gives_it_once():
    found = drafts_of(_TOLD_BELOW)
    assert len(found) == 1, found


# A row of an activity table that tells its number with the activity ------------------------------
# "A2. Workshop on ... | 14 September 2023 | Town, Venue | 45", "1 | Training ... | ..." under a
# header with no column for the number, "1. Training ... | ..." in a log with no header.

_CODED_ROWS = """Final narrative report 2022

Activities implemented

Activity | Date | Place | Participants
B1. Training of salt workers on safety | 3 March 2022 | Malindi, Town Hall | 25
B2. Workshop on fair prices | 12 May 2022 | Mombasa, Harbour View Hotel | 40
"""


def test_an_activity_cell_that_opens_with_its_code_is_read_without_it():
    found = [(d["title"], d["start"], d["city"], d["total"]) for d in drafts_of(_CODED_ROWS)]
    assert found == [
        ("Training of salt workers on safety", "2022-03-03", "Malindi", 25),
        ("Workshop on fair prices", "2022-05-12", "Mombasa", 40),
    ]


_NUMBER_COLUMN = """Six-monthly update to the Coastal Fund

Activity | Date | Place | Participants
1 | Training of salt workers on safety | 3 March 2022 | Malindi, Town Hall | 25
2 | Workshop on fair prices | 12 May 2022 | Mombasa, Harbour View Hotel | 40
"""


def test_a_number_column_the_header_does_not_name_keeps_the_columns_in_place():
    found = [(d["title"], d["start"], d["city"], d["total"]) for d in drafts_of(_NUMBER_COLUMN)]
    assert found == [
        ("Training of salt workers on safety", "2022-03-03", "Malindi", 25),
        ("Workshop on fair prices", "2022-05-12", "Mombasa", 40),
    ]


_NUMBERED_LOG = """Final report to the Coastal Fund

The table below lists the activities carried out.

1. Training of salt workers on safety | 3-4 March 2022 | Malindi, Town Hall | 25
2. Workshop on fair prices | 12 May 2022 | Mombasa, Harbour View Hotel | 40
"""


def test_a_log_with_no_header_reads_its_numbered_rows():
    found = [(d["title"], d["start"], d["city"]) for d in drafts_of(_NUMBERED_LOG)]
    assert found == [
        ("Training of salt workers on safety", "2022-03-03", "Malindi"),
        ("Workshop on fair prices", "2022-05-12", "Mombasa"),
    ]


_NAMED_NUMBER_COLUMN = """Six-monthly update to the Coastal Fund

No. | Activity | Date | Place | Participants
1 | Training of salt workers on safety | 3 March 2022 | Malindi, Town Hall | 25
2 | Meeting with 3 fish buyers | 12 May 2022 | Mombasa, Harbour View Hotel | 40
"""


def test_a_number_column_the_header_names_and_numbers_in_titles_stay():
    found = [(d["title"], d["start"]) for d in drafts_of(_NAMED_NUMBER_COLUMN)]
    assert found == [
        ("Training of salt workers on safety", "2022-03-03"),
        ("Meeting with 3 fish buyers", "2022-05-12"),
    ]


# A launch named as an activity's title -------------------------------------------------------------
# "Launch of the ... Guide | date | place | count", "Activity 2.2: Launch of the report ...": the
# capital of a title names a launch of a thing made; "Launch of the project" is the start of work.

_LAUNCH_ROW = """Final report 2022

Activity | Date | Place | Participants
Training of salt workers | 3 March 2022 | Malindi, Town Hall | 25
Launch of the Salt Workers Guide | 12 May 2022 | Mombasa, Harbour Hall | about 80
"""


def test_a_launch_named_as_an_activity_is_an_event():
    found = [(d["title"], d["type"], d["start"]) for d in drafts_of(_LAUNCH_ROW)]
    assert ("Launch of the Salt Workers Guide", "launch", "2022-05-12") in found


_PROJECT_START = """Final report 2022

Activity | Date | Place | Participants
Training of salt workers | 3 March 2022 | Malindi, Town Hall | 25
Launch of the project activities | 12 May 2022 | Mombasa | -
"""


def test_the_launch_of_a_project_is_no_event():
    assert [d["type"] for d in drafts_of(_PROJECT_START)] == ["training"]


# The record's meeting read already by its name (its heading, dated by a sentence of the record
# or not at all) but with no place: the record's date line places it on the line's days.

_NAMED_AND_CLOSED = """Andes Porters Network
Summary Record of the Second Coordination Committee Meeting

Date and place: 3-4 April 2023, Cusco, Plaza Andina Hotel, room 2.

Attendance: 16 members of the committee.

Item 1. The agenda was adopted.

Item 2. The treasurer presented the accounts, which were approved.

The meeting closed at 5 pm on 4 April.
"""


def test_a_record_meeting_read_by_its_name_is_placed_by_the_date_line():
    found = drafts_of(_NAMED_AND_CLOSED)
    assert [(d["title"], d["start"], d["end"]) for d in found] == [
        ("Second Coordination Committee Meeting", "2023-04-03", "2023-04-04")
    ]
    assert (found[0]["city"], found[0]["venue"], found[0]["country"]) == (
        "Cusco",
        "Plaza Andina Hotel",
        "PER",
    )


_NAMED_ON_OTHER_DAYS = """Andes Porters Network
Summary Record of the Second Coordination Committee Meeting

Date and place: 3-4 April 2023, Cusco, Plaza Andina Hotel, room 2.

The Second Coordination Committee Meeting, first called for 12 May 2023 in Lima, was brought
forward after the strike.
"""


def test_the_date_line_places_no_meeting_dated_on_other_days():
    for d in drafts_of(_NAMED_ON_OTHER_DAYS):
        if d["start"] == "2023-05-12":
            assert d["venue"] != "Plaza Andina Hotel", d
