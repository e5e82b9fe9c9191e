"""A report whose one event only the learned check finds (atlas/extract/event_check.py), such
as a "Key facts" block over body paragraphs in other sections: every sentence of the report is
about that event, as about a title block's event (facts.facts_of_lone_event), so it takes the
report's counts, home countries and organisations, and the report's outcomes, marked as
guessed; the list's "- Where: <venue>, <town>, <country>" line places it (events.place_from_label,
"Where" a label of place as "Place" and "Venue" are). A report with no event keeps its outcomes
apart.
"""

from __future__ import annotations

import datetime as dt

from atlas.extract.pipeline import read_texts

KEY_FACTS = """River Women Forum on Fair Recruitment, Pakse – short report

Key facts
- What: the River Women Forum on Fair Recruitment, a two-day forum for women who plan to work abroad
- When: 9 to 10 May 2025
- Where: Champasak Provincial Hall, Pakse, Lao PDR
- Who: 85 women from villages of three provinces

The two-day forum was organised by the Southern Women Migration Group together with the Pakse Legal Aid Clinic. The Lotus Rights Fund supported the event.

The 85 women came from three countries: Lao PDR (61), Cambodia (14) and Thailand (10).

Outcomes
The women adopted the Pakse Call for Fair Recruitment, which asks recruitment agencies to stop charging fees to workers.
"""


def _reading():
    return read_texts([(KEY_FACTS, "forum.txt")])


def test_the_one_event_takes_the_reports_counts_and_homes():
    (d,) = _reading().drafts
    assert d.start_date == dt.date(2025, 5, 9)
    assert d.participants_total == 85
    assert {(p.country_iso3, p.participants) for p in d.participation} == {
        ("LAO", 61),
        ("KHM", 14),
        ("THA", 10),
    }


def test_the_one_event_takes_the_reports_organisations():
    (d,) = _reading().drafts
    assert {(o.name, o.role) for o in d.organisations} == {
        ("Southern Women Migration Group", "organiser"),
        ("Pakse Legal Aid Clinic", "organiser"),
        ("Lotus Rights Fund", "funder"),
    }


def test_the_reports_outcome_goes_to_it_marked_as_guessed():
    reading = _reading()
    (d,) = reading.drafts
    assert [(o.outcome_type, o.title) for o in d.outcomes] == [
        ("agreement", "Pakse Call for Fair Recruitment")
    ]
    assert "outcomes[0]" in d.unsure
    assert reading.loose_outcomes == []


def test_a_report_of_no_event_keeps_its_outcome_apart():
    text = (
        "Policy brief on fair recruitment\n\n"
        "The Southern Women Migration Group published a policy brief on recruitment fees. "
        "The network adopted the Pakse Call for Fair Recruitment."
    )
    reading = read_texts([(text, "brief.txt")])
    assert reading.drafts == []
    assert [lo.outcome.title for lo in reading.loose_outcomes] == [
        "Policy brief on recruitment fees",
        "Pakse Call for Fair Recruitment",
    ]


def test_the_key_facts_where_line_places_it():
    (d,) = _reading().drafts
    assert (d.city, d.venue, d.country_iso3) == ("Pakse", "Champasak Provincial Hall", "LAO")
    assert d.evidence["city"] == "Where: Champasak Provincial Hall, Pakse, Lao PDR"


def test_a_where_line_with_no_place_places_nothing():
    text = KEY_FACTS.replace(
        "- Where: Champasak Provincial Hall, Pakse, Lao PDR", "- Where: to be confirmed"
    )
    (d,) = read_texts([(text, "forum.txt")]).drafts
    assert (d.city, d.country_iso3) == (None, None)
