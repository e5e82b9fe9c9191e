"""The event check (atlas/extract/event_check.py): which dates become candidates, what a
reader's cues say about them, and that in the pipeline it adds an event held that no rule read
and leaves a planned one alone (bench/extract-event-check.md)."""

import datetime as dt

from atlas.extract import event_check, pipeline, sentences
from atlas.extract.drafts import Draft

# An event told by what people did on its days, its noun in the sentence before: no rule reads
# it, and a plan after it ("will take place") that is no event.
_REPORT = (
    "Field notes from our partners\n\n"
    "Our mapping workshop. Members of the cooperative spent 14 and 15 September 2023 at the "
    "Lakeview Hotel in Kisumu, mapping the landing sites with 28 fishers from Homa Bay and "
    "Siaya.\n\n"
    "The next exchange visit will take place on 3 July 2024 in Kampala.\n"
)


def _features(text: str, drafts: list[Draft]) -> dict[str, dict[str, float]]:
    found = event_check.candidates(drafts, sentences.split(text))
    return {c.phrase.text: dict(zip(event_check.FEATURES, c.features, strict=True)) for c in found}


def test_a_date_a_draft_covers_is_no_candidate_nor_a_plan_the_rules_set_aside():
    d = Draft("Mapping workshop", "workshop")
    d.start_date, d.end_date, d.date_precision = dt.date(2023, 9, 14), dt.date(2023, 9, 15), "day"
    assert _features(_REPORT, [d]) == {}


def test_the_cues_of_an_event_held():
    got = _features(_REPORT, [])
    assert list(got) == ["14 and 15 September 2023"]
    held = got["14 and 15 September 2023"]
    assert held["range"] and held["venue"] and held["people_count"] and held["mention_before"]
    assert not held["future"] and not held["mention"]


def test_the_span_of_a_larger_event_a_draft_was_held_within_is_no_candidate():
    text = (
        "At the Global Forum on Migration in Porto Alegre (20-24 January 2021), the network "
        "organised a seminar on care work on 22 January."
    )
    d = Draft("Seminar on care work", "seminar")
    d.start_date, d.date_precision = dt.date(2021, 1, 22), "day"
    assert _features(text, [d]) == {}


def test_the_pipeline_adds_the_event_held_and_leaves_the_plan_alone():
    drafts = pipeline.extract_text(_REPORT, "notes.txt")
    assert len(drafts) == 1
    d = drafts[0]
    assert (d.title, d.event_type) == ("Mapping workshop", "workshop")
    assert (d.start_date, d.end_date) == (dt.date(2023, 9, 14), dt.date(2023, 9, 15))
    assert (d.city, d.venue, d.participants_total) == ("Kisumu", "Lakeview Hotel", 28)
    assert d.unsure["title"] == event_check.UNSURE
    assert "spent 14 and 15 September 2023" in d.evidence["start_date"]


def test_a_plan_alone_gives_no_draft():
    text = (
        "Notes for members\n\n"
        "A follow-up workshop will be held on 20 June 2024 in Nairobi, and applications are due "
        "by 30 May 2024.\n"
    )
    assert pipeline.extract_text(text, "plan.txt") == []
