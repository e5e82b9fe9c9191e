"""The first event of a report that dates none takes the one span of days its head gives under
the title (atlas/extract/event_country.py's add_head_date), marked unsure; a date of the document
itself dates nothing (issue 16)."""

from __future__ import annotations

from atlas.extract import event_country, extract_text
from atlas.extract.drafts import Draft

TITLE = "Proceedings Report: Regional Workshop on Victim Identification\n\n"
BODY = (
    "1. Organisers\n"
    "The Regional Workshop was organised by the Lake Region Women's Association (LRWA) jointly "
    "with the Border Families Alliance.\n\n"
    "2. Participation\n"
    "The workshop saw the participation of 52 delegates from five countries.\n\n"
    "3. Field visit\n"
    "The participants made an exposure visit to the Riverside Shelter for Women.\n"
)


def _workshop(line: str):
    return next(d for d in extract_text(TITLE + line + "\n\n" + BODY) if d.title == "Workshop")


def test_a_span_of_days_under_the_title_dates_the_event():
    line = "Kunming, Yunnan Province, China – 23rd to 25th March 2026"
    d = _workshop(line)
    assert (d.start_date.isoformat(), d.end_date.isoformat(), d.date_precision) == (
        "2026-03-23",
        "2026-03-25",
        "day",
    )
    assert d.evidence["start_date"] == line


def test_the_rule_dates_the_first_of_undated_drafts_and_marks_it_unsure():
    line = "Kunming, Yunnan Province, China – 23rd to 25th March 2026"
    first, second = (
        Draft(title="Workshop", event_type="workshop"),
        Draft(title="Field visit", event_type="field_visit"),
    )
    event_country.add_head_date([first, second], TITLE + line + "\n\n" + BODY)
    assert (first.start_date.isoformat(), first.end_date.isoformat()) == (
        "2026-03-23",
        "2026-03-25",
    )
    assert first.evidence["start_date"] == line
    assert "start_date" in first.unsure
    assert second.start_date is None
    # a report that dates one of its events tells its own dates
    dated = Draft(
        title="Workshop", event_type="workshop", start_date=first.start_date.replace(day=2)
    )
    other = Draft(title="Field visit", event_type="field_visit")
    event_country.add_head_date([dated, other], TITLE + line + "\n\n" + BODY)
    assert other.start_date is None


def test_the_documents_own_date_dates_nothing():
    for line in ("Published 28 October 2025", "4 December 2024"):
        assert _workshop(line).start_date is None, line
