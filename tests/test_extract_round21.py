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
