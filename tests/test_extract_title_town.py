"""A report's title line that ends with the town it is about places the events the rules left
with no place (atlas/extract/event_country.py's add_title_town), marked unsure; a town told by
the event's own sentence, a country in the title, or a first line that is a sentence are left
to the other rules."""

from __future__ import annotations

from atlas.extract import extract_text
from tests.extract_drafts import drafts_of

BODY = (
    "On 10 December 2026 the Lake Region Workers' Alliance held an open forum at the community "
    "hall. About 80 workers took part."
)


def test_the_town_after_the_titles_last_comma():
    [d] = drafts_of("Human Rights Day 2026: Open Forum and Concert, Kisumu\n\n" + BODY)
    assert (d["city"], d["country"]) == ("Kisumu", "KEN")
    [draft] = extract_text("Human Rights Day 2026: Open Forum and Concert, Kisumu\n\n" + BODY)
    assert "city" in draft.unsure
    assert draft.evidence["city"] == "Human Rights Day 2026: Open Forum and Concert, Kisumu"


def test_the_town_after_in_before_its_provinces_word_and_the_documents_kind():
    [d] = drafts_of("Report: Migrants Day Fair in Battambang Province\n\n" + BODY)
    assert d["city"] == "Battambang"
    [d] = drafts_of("Human Rights Day, Kisumu: activity report\n\n" + BODY)
    assert d["city"] == "Kisumu"


def test_a_town_the_events_sentence_names_stays():
    text = "Human Rights Day 2026, Kisumu\n\n" + BODY.replace("at the community hall", "in Nakuru")
    [d] = drafts_of(text)
    assert d["city"] == "Nakuru"


def test_a_country_in_the_title_or_a_first_line_that_is_a_sentence_gives_no_town():
    [d] = drafts_of("Human Rights Day 2026, Kenya\n\n" + BODY)
    assert d["city"] is None
    [d] = drafts_of("We marked Human Rights Day in Kisumu.\n\n" + BODY)
    assert d["city"] is None
