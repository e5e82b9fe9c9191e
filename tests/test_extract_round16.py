"""Rules written after the sixteenth blind set's first run (issue 16): back-to-office and
mission reports in headed sections and bullets, and quarterly or six-monthly updates with a
plain-text activity table; each tested on sentences of our own, with sentences that must not
trigger it."""

from __future__ import annotations

from atlas.extract import tables
from tests.extract_drafts import drafts_of

# A mission's header line places the activities below it -------------------------------------


MISSION_ONE_TOWN = """BACK-TO-OFFICE REPORT

Organisation: Lakeshore Fisherfolk Alliance, Kampala office
Mission: Jinja, Busoga region, Uganda, 4-8 March 2024

ACTIVITIES
- 5-6 March: workshop on safety at sea at the Nile Landing Training Hall, organised with the local beach unit. 27 boat owners attended.
- 7 March: dialogue on fish levies in the office of the town clerk, with 41 persons from the council and the landing sites.

FOLLOW-UP
- Board meeting on 20 March to hear the mission report.
"""


def test_a_mission_line_with_one_town_places_the_activities_of_its_days():
    found = drafts_of(MISSION_ONE_TOWN)
    dated = {d["start"]: d for d in found}
    assert dated["2024-03-05"]["city"] == "Jinja"
    assert dated["2024-03-05"]["country"] == "UGA"
    assert dated["2024-03-07"]["city"] == "Jinja"
    # the board meeting after the mission is not placed by the mission's line
    for d in found:
        if d["start"] == "2024-03-20":
            assert d["city"] is None and d["country"] is None


MISSION_TWO_TOWNS = """MISSION REPORT

Team: Coordinator and Legal Officer, Andes Home Workers Union
Mission: Cusco and Puno, Peru, 10-16 June 2024

Activities
1. Workshop "Know Your Contract", 11 June, Casa del Maestro, Cusco. 31 home workers attended.
2. Assembly of home workers, 14 June, Puno, in the parish hall. 52 members took part.
"""


def test_a_mission_line_with_several_towns_places_each_activity_by_the_town_it_names():
    found = drafts_of(MISSION_TWO_TOWNS)
    got = {d["start"]: (d["city"], d["country"], d["total"]) for d in found}
    assert got["2024-06-11"] == ("Cusco", "PER", 31)
    assert got["2024-06-14"] == ("Puno", "PER", 52)


def test_a_route_line_starts_at_home_and_a_town_the_gazetteer_lacks_takes_its_country():
    text = """TRIP REPORT

Route: Lima - Cusco - Lima, 3-6 May 2024

Activities
- 4 May: training for community health promoters, Cusco, at the regional health office. 24 promoters attended.
"""
    found = drafts_of(text)
    assert [(d["start"], d["city"], d["country"], d["total"]) for d in found] == [
        ("2024-05-04", "Cusco", "PER", 24)
    ]


def test_no_mission_line_leaves_activities_unplaced():
    # a "Subject:" line naming no place, and an activity outside the mission's days
    text = """MISSION REPORT

Subject: follow-up of the savings groups
Mission: Jinja, Uganda, 4-8 March 2024

Activities
- 20 April: workshop on savings groups with 19 women leaders.
"""
    found = drafts_of(text)
    assert found and all(d["city"] is None and d["country"] is None for d in found)


# A plain-text activity table with columns aligned by spaces -------------------------------------


ALIGNED_TABLE = """RIVER VALLEY FARMERS' NETWORK
Quarterly Update to Members - July to September 2023

Activity                           Dates        Place                          Participants
Training of seed committees        4-6 July     Mzuzu, Katoto Farm Institute   28
Open day on composting             19 August    Rumphi, Rumphi district        75
Workshop for lead farmers          12 Sep       Karonga, Boma hall             16

Training. The committees learnt to keep seed records.
"""


def test_a_space_aligned_activity_table_is_read_row_by_row():
    forms = tables.as_forms(ALIGNED_TABLE)
    assert "Activity: Workshop for lead farmers\nDate: 12 Sep\nPlace: Karonga, Boma hall\n" in forms
    assert "Place: Rumphi, Rumphi district\nParticipants: 75" in forms
    found = drafts_of(ALIGNED_TABLE)
    got = [(d["start"], d["end"], d["city"], d["country"], d["total"], d["venue"]) for d in found]
    assert ("2023-07-04", "2023-07-06", "Mzuzu", "MWI", 28, "Katoto Farm Institute") in got


def test_prose_with_wide_spaces_is_no_table():
    text = """Update from the network, May 2023

We met  twice  in Lilongwe  this month.  The workshop on 12 May 2023 in Lilongwe was attended by 22 farmers.
"""
    assert tables.as_forms(text) == text
    found = drafts_of(text)
    assert [(d["start"], d["city"], d["total"]) for d in found] == [("2023-05-12", "Lilongwe", 22)]


def test_a_place_cell_naming_the_town_first_then_its_venue():
    text = """Six-monthly update, January - June 2024

| Activity | Date | Place | Participants |
|---|---|---|---|
| Paralegal training | 12-14 Mar | Kurnool, Town Hall | 35 |
| Rally for decent wages | 1 May | Kurnool, Lusaka | 200 |
"""
    found = drafts_of(text)
    first = next(d for d in found if d["start"] == "2024-03-12")
    assert (first["city"], first["venue"], first["country"], first["total"]) == (
        "Kurnool",
        "Town Hall",
        "IND",
        35,
    )
    # two towns in one cell: no town-then-venue reading
    rally = [d for d in found if d["start"] == "2024-05-01"]
    assert all(d["venue"] is None for d in rally)


# A progress update's plans for the next quarter ---------------------------------------------------


def test_plans_for_quarter_n_are_no_events():
    text = """Quarterly update, Quarter 1 (January-March 2024)

The training on cooperative bookkeeping was held in Mersin on 12 February 2024 for 18 women.

Plans for Quarter 2
- Bookkeeping training for Adana cooperatives (April).
- Network general meeting in May.
"""
    found = drafts_of(text)
    assert [(d["start"], d["city"], d["total"]) for d in found] == [("2024-02-12", "Mersin", 18)]


# A form's or a table's date cell with an abbreviated month and no year ----------------------------


def test_a_date_cell_with_an_abbreviated_month_takes_the_reports_year():
    text = """Quarterly update, July - September 2024

| Activity | Date | Place | Participants |
|---|---|---|---|
| Public hearing on unpaid wages | 14 Aug | Kurnool, Town Hall | 120 |
| Training of paralegals | Sat 21 Sep | Kurnool, Town Hall | 25 |
| Photo exhibition of returnees | Jul - Aug | Kurnool, Town Hall | 900 |
"""
    found = drafts_of(text)
    got = {(d["start"], d["end"], d["precision"], d["total"]) for d in found}
    assert ("2024-08-14", None, "day", 120) in got
    assert ("2024-09-21", None, "day", 25) in got
    assert ("2024-07-01", "2024-08-01", "month", 900) in got


def test_a_day_and_abbreviated_month_in_running_text_is_not_a_date_cell():
    from atlas.extract import date_phrases

    assert date_phrases.find("Date: 14 Aug", 2024)
    assert date_phrases.find("We met on 14 Aug, then again", 2024) == []
    assert date_phrases.find("Date: every Sunday", 2024) == []


# A form's activity line naming its event whole ------------------------------------------------------


def test_an_activity_line_whose_noun_ends_it_names_the_event_whole():
    text = """Quarterly update, Quarter 3 (July-September 2024)

| Activity | Date | Place | Participants |
|---|---|---|---|
| Food hygiene and packaging workshop | 11 Sep | Mersin, Tarsus Hall | 19 |
"""
    found = drafts_of(text)
    assert [(d["type"], d["start"], d["city"], d["total"]) for d in found] == [
        ("workshop", "2024-09-11", "Mersin", 19)
    ]
    assert found[0]["title"] == "Food hygiene and packaging workshop"


# A town the gazetteer knows by another name, in a table's place cell ------------------------------


def test_a_place_cell_town_known_by_another_name_is_kept_as_written():
    text = """Six-monthly update, January - June 2024

| Activity | Date | Place | Participants |
|---|---|---|---|
| Training of shop stewards | 12-14 Mar | Bombay, Kamgar Hall | 35 |
"""
    found = drafts_of(text)
    assert [(d["city"], d["country"], d["venue"]) for d in found] == [
        ("Bombay", "IND", "Kamgar Hall")
    ]


# A venue named between commas before the event's town ---------------------------------------------


def test_a_venue_between_commas_before_the_town_is_the_events_venue():
    text = """MISSION REPORT

Mission: Cusco and Puno, Peru, 10-16 June 2024

Activities
1. Assembly of home workers, 14 June, Wayra Workers' House, Puno. 52 members took part.
2. Workshop for leaders, 15 June, Puno. 18 leaders attended.
"""
    found = drafts_of(text)
    got = {d["start"]: (d["city"], d["venue"]) for d in found}
    assert got["2024-06-14"] == ("Puno", "Wayra Workers' House")
    assert got["2024-06-15"] == ("Puno", None)


# A lettered follow-up section holds plans ------------------------------------------------------------


def test_a_lettered_follow_up_section_holds_plans_not_events():
    text = """MISSION REPORT

Mission: Jinja, Uganda, 4-8 March 2024

B. Activities
1. Workshop on safety at sea, 5 March, Jinja. 27 boat owners attended.

D. Follow-up
- Mission report to the board meeting on 20 March.
"""
    found = drafts_of(text)
    assert [(d["start"], d["city"]) for d in found] == [("2024-03-05", "Jinja")]


# A bulletin's items headed by their place -----------------------------------------------------------


BULLETIN = """HARBOUR WORKERS NETWORK - E-NEWS, OCTOBER 2024

Dear members, here is our news.

Mombasa: dockers' safety training
On 3 and 4 September we trained 26 dockers in first aid at the port workers' hall.

Dar es Salaam (Tanzania) - dialogue with the port authority
Our member union held a dialogue on 12 September with 40 casual workers and managers.

Online - webinar on contracts
On 20 September 85 members joined a webinar on written contracts.
"""


def test_a_bulletin_item_headed_by_its_place_places_its_events():
    found = drafts_of(BULLETIN)
    got = {d["start"]: (d["city"], d["country"], d["total"]) for d in found}
    assert got["2024-09-03"][:2] == ("Mombasa", "KEN")
    assert got["2024-09-12"] == ("Dar es Salaam", "TZA", 40)
    # an item headed "Online" is placed nowhere, not in the item before it
    assert all(d["city"] is None for d in found if d["start"] == "2024-09-20")


def test_one_place_headed_line_or_a_count_by_country_places_nothing():
    text = """Report of the regional workshop, 2024

Kenya: 12
Uganda: 9

The workshop was held on 4 May 2024 with 21 participants.
"""
    found = drafts_of(text)
    assert found and all(d["city"] is None and d["country"] is None for d in found)
