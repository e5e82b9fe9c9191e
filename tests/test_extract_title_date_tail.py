"""A title whose words ran into the sentence's date ends before it (atlas/extract/titles33.py's
without_date_tail, applied to every draft in atlas/extract/pipeline.py): the Review page showed
"Training on safe migration on 12" for "Training on safe migration on 12 March 2026 in Kampot".
A number that is part of the name, or a title that would be left a single word, stays."""

from __future__ import annotations

from atlas.extract.titles33 import without_date_tail
from tests.extract_drafts import one_draft


def test_a_title_cut_at_its_sentences_date_loses_the_day():
    d = one_draft(
        "Report\n\nTraining on safe migration on 12 March 2026 in Kampot. 30 workers took part."
    )
    assert d["title"] == "Training on safe migration"
    assert d["start"] == "2026-03-12"


def test_weekdays_parts_of_the_day_and_itself():
    assert without_date_tail("Members' meeting of Saturday 14") == "Members' meeting"
    assert without_date_tail("Candle vigil on the evening of 30 July itself") == "Candle vigil"
    assert without_date_tail("Public fair held on the 18th of December") == "Public fair"


def test_numbers_of_the_name_and_one_word_titles_stay():
    assert without_date_tail("Workshop on 12 steps to safe migration") == (
        "Workshop on 12 steps to safe migration"
    )
    assert without_date_tail("Meeting on 12") == "Meeting on 12"
    assert without_date_tail(None) is None


def test_a_date_and_its_town_closing_a_title_line():
    assert without_date_tail("Training on safe migration on 12 March 2026 in Kampot") == (
        "Training on safe migration"
    )
    assert without_date_tail("Workshop in Kampot") == "Workshop in Kampot"


def test_a_title_cut_at_the_comma_after_its_weekday():
    d = one_draft(
        "Report\n\nKSJC conducted a press conference on Wednesday, 11th March 2026, at the Mekong "
        "Press Room of the Tonle Sap Riverside Hotel, Phnom Penh. 42 persons attended."
    )
    assert d["title"] == "Press conference"
    assert without_date_tail("Press conference on Wednesday") == "Press conference"
    # a weekday the event meets on is part of its name
    assert without_date_tail("Workshop on Wednesday evenings") == "Workshop on Wednesday evenings"
    assert without_date_tail("Meeting on Sunday") == "Meeting on Sunday"


def test_a_span_of_days_closing_a_title():
    assert without_date_tail("Batch 1 on 8-9") == "Batch 1"
    assert without_date_tail("Workshop on 5-6 steps") == "Workshop on 5-6 steps"
