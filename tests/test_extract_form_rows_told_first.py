"""A table of activities rewritten as forms (atlas/extract/tables.py) and numbered paragraphs
under it that tell each row again:

- "2. The workshop in Kep was organised with X." names the row's workshop by its kind and
  town; read before the table's rows, it is that row's event, not a second, undated one
  (events._Document._dated_after_its_town), so the paragraph's organiser and home countries go
  to the row and the next row keeps its own date;
- a row's date cell with days of one abbreviated month ("10-12 Jun") is read.
"""

from __future__ import annotations

import datetime as dt

from atlas.extract.date_phrases import find
from atlas.extract.pipeline import extract_text

REPORT = """Coastal Fishers Network (CFN)
Progress Update, Quarter 2 (April-June 2025)

Activities of the quarter

No.   Activity                                Dates       Place                                 Participants
1     Boat safety training                    14-16 Apr   Kampot, CFN meeting room              22
2     Fish drying workshop                    20 May      Kep, Kep Community Hall               18
3     Exchange visit to Sihanoukville ports   10-12 Jun   Sihanoukville                         9

1. The three-day training was given by two instructors of the Maritime Safety School.

2. The workshop in Kep was organised with Kep Women Fish Processors Group. Participants were mostly Cambodian women, and also 3 Vietnamese women who married into the village.

3. The exchange visit: 9 members from Kampot and Kep groups went to Sihanoukville, where the Sihanoukville Fishers Association was our host.

All three activities were financed by Tonle Sap Solidarity Fund.
"""


def _drafts():
    return extract_text(REPORT, "cfn.txt")


def test_each_row_is_one_event():
    assert [d.title for d in _drafts()] == [
        "Boat safety training",
        "Fish drying workshop",
        "Exchange visit",
    ]


def test_the_workshop_told_by_its_town_is_the_rows_workshop():
    workshop = _drafts()[1]
    assert (workshop.start_date, workshop.city, workshop.participants_total) == (
        dt.date(2025, 5, 20),
        "Kep",
        18,
    )
    assert ("Kep Women Fish Processors Group", "organiser") in {
        (o.name, o.role) for o in workshop.organisations
    }
    assert "VNM" in {p.country_iso3 for p in workshop.participation}


def test_the_last_row_keeps_its_days_of_june():
    visit = _drafts()[2]
    assert (visit.start_date, visit.end_date, visit.city) == (
        dt.date(2025, 6, 10),
        dt.date(2025, 6, 12),
        "Sihanoukville",
    )


def test_a_date_cell_of_days_in_an_abbreviated_month():
    (found,) = find("Date: 10-12 Jun", 2025)
    assert (found.first, found.last, found.precision) == (
        dt.date(2025, 6, 10),
        dt.date(2025, 6, 12),
        "day",
    )


MINUTES = """LAKE FISHERS UNION (LFU)
Minutes of the 4th Meeting of the Executive Committee

Date: 27 December 2024
Venue: Hotel Lake Shore, Pokhara
Present: 13 out of 15 members.

Item 1: Province committee
The Union's Gandaki provincial meeting held yesterday in Pokhara with 64 returnees formed the Gandaki Province Committee of 11 members.
Decision: The committee endorsed it.
"""


def test_a_meeting_told_by_a_name_of_its_own_is_not_the_forms():
    counts = sorted(d.participants_total for d in extract_text(MINUTES, "lfu.txt"))
    assert counts == [13, 64]
