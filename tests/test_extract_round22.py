"""Rules written after the twenty-second blind set's first run (issue 16): history pages of a
recurring meeting told edition by edition; each tested on sentences of our own, with sentences
that must not trigger it."""

from __future__ import annotations

from atlas.extract.sentences import split
from tests.extract_drafts import drafts_of


def _by_title(found: list[dict], word: str) -> dict:
    return next(d for d in found if word in d["title"])


# A history page's edition lines: ordinal and name, then date and town --------------------------

_HISTORY = """Our story: the Coastal Women's Congress

The Coastal Women's Congress is called every second year by the Delta Seaweed Farmers League.

The 1st Congress, 2015, Mombasa. Some ninety seaweed farmers met for one day.

2nd Congress (8-9 June 2017, Kilifi, Bahari Community Hall). 130 participants from Kenya and Tanzania.

3rd Congress, 2019, Lamu, 4-5 March. 150 farmers attended.
"""


def test_an_edition_line_is_the_edition_held_there_then():
    found = drafts_of(_HISTORY)
    assert len(found) == 3, found
    first = _by_title(found, "1st")
    assert (first["start"], first["precision"], first["city"]) == ("2015-01-01", "year", "Mombasa")
    assert first["total"] == 90


def test_an_edition_in_brackets_keeps_its_days_venue_and_homes():
    second = _by_title(drafts_of(_HISTORY), "2nd")
    assert (second["start"], second["end"]) == ("2017-06-08", "2017-06-09")
    assert second["city"] == "Kilifi"
    assert second["venue"] == "Bahari Community Hall"
    assert second["total"] == 130
    assert [c for c, _ in second["homes"]] == ["KEN", "TZA"]


def test_the_days_after_the_town_take_the_year_before_it():
    third = _by_title(drafts_of(_HISTORY), "3rd")
    assert (third["start"], third["end"], third["city"]) == ("2019-03-04", "2019-03-05", "Lamu")


def test_a_numbered_line_with_no_year_or_no_town_is_no_edition():
    text = """Office move

The 2nd Floor, Block B. The files were moved there by the staff.

The 3rd Report, 2021. It was sent to the donor.
"""
    assert drafts_of(text) == []


def test_an_assembly_with_its_ordinal_is_held_not_a_legislature():
    text = "The Third Assembly was held in Kisumu in 2019. Around 80 members came."
    found = drafts_of(text)
    assert [(d["type"], d["city"], d["total"]) for d in found] == [("meeting", "Kisumu", 80)]


def test_a_legislature_is_still_no_meeting():
    text = "Our members met officials at the National Assembly in Nairobi in 2019."
    assert not any("Assembly" in d["title"] for d in drafts_of(text))


# An expenditure report's item lines: the code heads the line, the amounts count no one --------

_EXPENDITURE = """Lakeside Fishers Cooperative
Expenditure report to the Harbour Fund, January to June 2024. Amounts in Kenyan shillings (KES).

Budget line 1 - Training
101 Training of beach management unit leaders, Kisumu, 11-12 March 2024, Lakeview Hotel, 26 participants x 2 days, per diem KES 1,500. Budget 90,000; spent 84,300.
102 Refresher training of leaders, Homa Bay, planned for May 2024, 20 pax x 1 day. Budget 40,000; spent 0.

Budget line 2 - Meetings
Activity line 201 - Meeting of women fish traders, Homa Bay, 9 April 2024, 40 participants. Budget 30,000; spent 31,000.
"""


def test_an_item_line_is_read_without_its_code():
    found = drafts_of(_EXPENDITURE)
    training = _by_title(found, "Training of beach")
    assert training["city"] == "Kisumu"
    assert (training["start"], training["end"]) == ("2024-03-11", "2024-03-12")
    assert training["total"] == 26
    meeting = _by_title(found, "traders")
    assert meeting["total"] == 40


def test_an_item_planned_and_not_spent_on_is_no_event():
    found = drafts_of(_EXPENDITURE)
    assert not any("Refresher" in d["title"] for d in found), found
    assert len(found) == 2


def test_numbered_lines_that_cost_nothing_keep_their_numbers():
    # no line tells what it cost: the numbers are a list's, and a plan in it is kept
    text = """Minutes of the board

12 Members asked about the loan fund, planned for 2025. Spent 0 minutes on it.
13 Members agreed to meet again in Kisumu.
"""
    told = " ".join(s.text for s in split(text))
    assert "12 Members asked" in told
    assert "13 Members agreed" in told


# A history page's years with no edition ---------------------------------------------------------


def test_a_year_with_no_meeting_held_is_no_event():
    assert drafts_of("In 2020 and 2021 no congress was held, because of the floods.") == []
    assert drafts_of("No training took place in Kisumu in 2022.") == []


def test_a_meeting_held_with_no_report_written_is_still_one():
    found = drafts_of("The congress was held in Kisumu in 2019, and no report was written.")
    assert [(d["type"], d["city"]) for d in found] == [("conference", "Kisumu")]


# A history page's body that holds the series organises each edition --------------------------


def test_the_body_that_convenes_the_series_organises_each_edition():
    found = drafts_of(_HISTORY)
    assert len(found) == 3
    for d in found:
        assert ("Delta Seaweed Farmers League", "organiser") in d["orgs"], d


def test_the_body_that_has_held_the_series_organises_each_edition():
    text = """Past editions of the Lake Traders' Congress

Since 2016 the Nyanza Fish Traders Union has held a congress every second year.

The 1st Congress, 2016, Kisumu. Some forty traders met for a day.

The 2nd Congress, 2018, Homa Bay. 75 participants.
"""
    found = drafts_of(text)
    assert len(found) == 2
    assert all(("Nyanza Fish Traders Union", "organiser") in d["orgs"] for d in found), found


def test_a_report_that_is_no_history_page_names_no_convenor():
    text = """Annual report 2019

The meetings were convened by the Nyanza Fish Traders Union on request of the county.

The 2nd Congress was held in Homa Bay in 2018 with 75 participants, organised by the Lake Women Group.
"""
    found = drafts_of(text)
    assert all(("Nyanza Fish Traders Union", "organiser") not in d["orgs"] for d in found), found


# A course's selection and attendance: each part in its town is an event; the chosen are no count


_COURSE = """Boat Safety Course 2024: selection and attendance

Selection
Applications: 120 (crew leaders and boat owners).
Selected: 32, including 6 women.

Attendance
Part 1, Mombasa, 4-6 March 2024, Likoni Community Hall: 30 attended.
Part 2, Malindi, 10-12 June 2024: 28 of the 32 selected attended, 26 of them from Kenya.
"""


def test_each_part_of_a_course_in_its_town_is_an_event():
    found = drafts_of(_COURSE)
    assert [(d["type"], d["city"], d["start"], d["end"]) for d in found] == [
        ("training", "Mombasa", "2024-03-04", "2024-03-06"),
        ("training", "Malindi", "2024-06-10", "2024-06-12"),
    ], found
    assert found[0]["venue"] == "Likoni Community Hall"


def test_those_who_attended_are_the_count_not_those_selected():
    found = drafts_of(_COURSE)
    assert [d["total"] for d in found] == [30, 28]


def test_a_selection_is_no_count():
    text = "The paralegal training was held in Kisumu on 3-5 May 2024. We selected 30 of 140 applicants."
    assert drafts_of(text)[0]["total"] is None
    text = "The paralegal training was held in Kisumu on 3-5 May 2024. Selected: 30, including 8 women."
    assert drafts_of(text)[0]["total"] is None


def test_a_numbered_part_outside_a_course_report_is_left_alone():
    text = """Minutes of the board, 2024

Part 2, Malindi, 10-12 June 2024: the board visited the landing sites.
"""
    assert all(d["type"] != "training" for d in drafts_of(text))


# A track record's line headed by its year and a dash ------------------------------------------


def test_a_year_and_a_dash_date_the_line():
    text = """Capacity statement: Lakeside Fishers Cooperative

Track record
2021 - Fish traders' forum in Kisumu. More than 80 traders met.

2022 - Training of beach leaders in Homa Bay. 25 leaders took part.
"""
    found = drafts_of(text)
    assert [(d["type"], d["start"], d["precision"], d["city"]) for d in found] == [
        ("conference", "2021-01-01", "year", "Kisumu"),
        ("training", "2022-01-01", "year", "Homa Bay"),
    ], found


def test_a_year_in_a_sentence_with_a_dash_later_is_no_heading():
    # "2021" is inside the sentence, not at the head of the line: nothing is rewritten
    text = "Our members held a forum in Kisumu in 2021 - the first one."
    assert split(text)[0].text == text


def test_a_regional_exchange_at_the_head_of_a_line_is_an_event():
    text = "Regional exchange in Mwanza, 4-5 June 2023, hosted by the Lake Traders Union. 30 traders took part."
    found = drafts_of(text)
    assert [(d["type"], d["city"], d["start"]) for d in found] == [
        ("exchange", "Mwanza", "2023-06-04")
    ], found


def test_an_exchange_of_information_at_the_head_of_a_line_is_none():
    assert drafts_of("Information exchange in Mwanza was slow in June 2023.") == []


# An after-action review: the count planned is not the count of those who came ------------------


def test_a_count_in_the_plan_is_no_count_and_the_one_who_came_is():
    text = """After-action review: paralegal training, Kisumu

What was planned
The project document foresaw a two-day paralegal training for 40 traders in Kisumu on 3 and 4 June 2024.

What happened
The training took place on the planned dates. Thirty-one participants attended.
"""
    found = drafts_of(text)
    assert [(d["type"], d["total"]) for d in found] == [("training", 31)], found


def test_a_plan_that_tells_who_came_keeps_the_count():
    text = "The workshop planned for May was held in Kisumu in June 2024 with 30 participants."
    assert [d["total"] for d in drafts_of(text)] == [30]


# A study's methodology: its rounds of focus groups are one meeting ----------------------------


def test_rounds_of_focus_groups_held_somewhere_are_one_meeting():
    text = (
        "Three rounds of focus groups were held in Homa Bay in May 2024, with 27 women traders "
        "in all, all Kenyan."
    )
    found = drafts_of(text)
    assert [(d["type"], d["city"], d["start"], d["total"]) for d in found] == [
        ("meeting", "Homa Bay", "2024-05-01", 27)
    ], found


def test_interviews_and_a_focus_of_a_training_are_no_focus_group():
    text = (
        "The study team interviewed 40 traders in Homa Bay in May 2024. Their answers will "
        "focus the group's advocacy."
    )
    assert drafts_of(text) == []


def test_heads_in_a_budget_line_are_a_count_and_their_days_none():
    text = (
        "Training of beach leaders, Kisumu, 11-12 March 2024, 26 pax x 2 days, per diem KES 1,500 "
        "x 52 person-days. Budget 90,000; spent 84,300."
    )
    assert [d["total"] for d in drafts_of(text)] == [26]


def test_an_entry_line_of_a_month_and_a_place_is_left_to_its_entry():
    text = "February 2025 - Luang Prabang\nPeer meeting of survivors, about twenty women."
    assert split(text)[0].text.startswith("February 2025 - Luang Prabang")
