"""Which events a progress report tells as held, read from kinds of text the first runs read as
events in three or more blind sets (issue 16); tested on texts of our own, each with a text that
must keep its event."""

from __future__ import annotations

from atlas.extract import extract_text
from tests.extract_drafts import drafts_of

_HELD = (
    "Quarterly report, April to June 2025\n\n"
    "1. Activities\n"
    "On 14 May 2025 the association held a workshop on farm wages in Battambang. "
    "Forty farm workers attended.\n\n"
)


def _titles(text: str) -> list[str]:
    return [d["title"] for d in drafts_of(text)]


# A section of the next period's plans whose title carries its period in brackets, or reads
# "Next trimester", "Planned for next quarter": what it names is not held yet.


def test_plans_titled_with_their_period_in_brackets():
    text = _HELD + (
        "5. Plans for next quarter (July to September 2025)\n"
        "- Refresher workshop for farm leaders, Pailin, August 2025.\n"
    )
    assert len(drafts_of(text)) == 1


def test_plans_under_next_trimester():
    text = _HELD + "Next trimester\nA seminar on land titles in Pursat, if the governor agrees.\n"
    assert len(drafts_of(text)) == 1


def test_plans_under_planned_for_next_quarter():
    text = _HELD + (
        "4. Planned for next quarter\nA second workshop in Kampot; the first meeting of the "
        "steering group.\n"
    )
    assert len(drafts_of(text)) == 1


def test_activities_not_implemented():
    text = _HELD + (
        "Activities not implemented or postponed\n"
        "- Training of farm leaders in Pailin, August 2025.\n"
    )
    assert len(drafts_of(text)) == 1


def test_a_section_of_results_against_the_plan_keeps_its_event():
    text = (
        "Quarterly report, April to June 2025\n\n"
        "Results against the plan\n"
        "On 14 May 2025 the association held a workshop on farm wages in Battambang. "
        "Forty farm workers attended.\n"
    )
    assert len(drafts_of(text)) == 1


def test_a_heading_in_brackets_that_is_no_plan_keeps_its_event():
    text = (
        "2. Activities (April to June 2025)\n"
        "On 14 May 2025 the association held a workshop on farm wages in Battambang.\n"
    )
    assert len(drafts_of(text)) == 1


# An event titled from its activity code: the code and its label are no part of its name.


def test_an_activity_code_is_no_part_of_the_title():
    text = (
        "Activity 2.4, legal awareness workshop. A two-day legal awareness workshop was held "
        "on 3 and 4 March 2025 in Kampot for 30 fishers.\n"
    )
    titles = _titles(text)
    assert len(titles) == 1
    assert not titles[0].lower().startswith("activity")
    assert "legal awareness workshop" in titles[0].lower()


def test_a_title_that_names_an_activity_without_code_keeps_its_words():
    text = (
        "Activity report. A two-day legal awareness workshop was held on 3 and 4 March 2025 in "
        "Kampot for 30 fishers.\n"
    )
    titles = _titles(text)
    assert len(titles) == 1
    assert "workshop" in titles[0].lower()


def test_drop_codes_on_titles():
    from types import SimpleNamespace

    from atlas.extract.plans35 import drop_codes

    drafts = [
        SimpleNamespace(title="Activity 1.2.3, paralegal training"),
        SimpleNamespace(title="B. Activity-wise progress (i) Training of health volunteers"),
        SimpleNamespace(title="(ii) Consultation with employers"),
        SimpleNamespace(title="Workshop on the Activity 2 report"),
        SimpleNamespace(title="Output 3"),
    ]
    drop_codes(drafts)
    assert [d.title for d in drafts] == [
        "Paralegal training",
        "Training of health volunteers",
        "Consultation with employers",
        "Workshop on the Activity 2 report",
        "Output 3",
    ]


def test_plans_on_a_slide():
    text = (
        "Slide 3 - Activities\n"
        "- Workshop on farm wages in Battambang, 14 May 2025, 40 farm workers\n\n"
        "Slide 9 - Next\n"
        "- Seminar in Pailin (August), second workshop in 2026\n"
    )
    titles = _titles(text)
    assert len(titles) == 1
    assert "Pailin" not in titles[0]


def test_a_slide_of_activities_keeps_its_events():
    text = "Slide 3 - Activities\n- Workshop on farm wages in Battambang, 14 May 2025, 40 farm workers\n"
    assert len(drafts_of(text)) == 1


def test_a_line_of_plans_for_a_year_tells_no_event():
    text = (
        "In April 2025 the Union held a two-day training for 18 shop stewards in Savannakhet.\n\n"
        "Plans for 2026: to hold a refresher training for the shop stewards in Pakse in the "
        "first half of the year, to open an office in Thakhek, and to print a guide by the end "
        "of 2026."
    )
    drafts = extract_text(text, "plans_line.txt")
    assert [(d.event_type, d.city) for d in drafts] == [("training", "Savannakhet")]


def test_plans_for_a_year_named_in_a_sentence_of_what_was_held_keep_the_event():
    text = (
        "Plans for 2026 were the first item. On 4 May 2025 the network held a workshop in "
        "Hpa-An for 30 members."
    )
    drafts = extract_text(text, "plans_named.txt")
    assert [(d.event_type, d.city, d.participants_total) for d in drafts] == [
        ("workshop", "Hpa-An", 30)
    ]
