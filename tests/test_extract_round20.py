"""Rules written after the twentieth blind set's first run (issue 16): slide decks exported to
text, photo essays in numbered captions, staff field diaries day by day and radio or podcast
transcripts; each tested on sentences of our own, with sentences that must not trigger it."""

from __future__ import annotations

from tests.extract_drafts import drafts_of


def _by_title(found: list[dict], word: str) -> dict:
    return next(d for d in found if word in d["title"])


# A field diary's day headings date the day's events ------------------------------------------

_DIARY = """Trip notes - community organiser, Lake Victoria visit
Kisumu Fisherfolk Rights Network

Day 1 - Sunday 9 March 2025
Morning: Bus from Nairobi to Kisumu, six hours.
Evening: Met the volunteers at the guesthouse.

Day 2 - Monday 10 March
Morning: Workshop for fish traders on credit and contracts at Kisumu Social Hall, 31 women.
Afternoon: Meeting with the beach management unit in Dunga, 18 members.

Day 3 – Wednesday, 12 March
Whole day: Training on boat safety in Homa Bay for 26 crew members.
"""


def test_a_day_heading_dates_every_event_under_it():
    found = drafts_of(_DIARY)
    assert _by_title(found, "Workshop")["start"] == "2025-03-10"
    assert _by_title(found, "Workshop")["precision"] == "day"
    # two events of one day both take it, and "Day 2 - Monday 10 March" is not "2 to 10 March"
    assert _by_title(found, "Meeting")["start"] == "2025-03-10"
    assert _by_title(found, "Meeting")["end"] is None
    assert _by_title(found, "Training")["start"] == "2025-03-12"


def test_a_heading_that_is_more_than_a_date_dates_no_event_it_does_not_tell():
    text = """Report of the quarter, 2025

Two activities took place in Kisumu, 10 March 2025, and after.
A workshop for fish traders on credit was held with 31 women.
A meeting with the beach management unit had 18 members on 2 April 2025.
"""
    found = drafts_of(text)
    assert _by_title(found, "Meeting")["start"] == "2025-04-02"


def test_a_news_items_one_dateline_heads_no_day():
    text = """The Coast Courier - Community

Fish traders ask county for credit

Monday, March 10, 2025

KISUMU - Fish traders have held a workshop on credit at the Kisumu Social Hall, with 31 women.
A meeting with the beach management unit in Dunga followed, with 18 members.
"""
    found = drafts_of(text)
    # the day the item was printed is not the day of the events it tells
    assert _by_title(found, "orkshop")["start"] != "2025-03-10"
    assert _by_title(found, "eeting")["start"] != "2025-03-10"


# A field diary's or a slide deck's head names its writer ---------------------------------------


def test_a_diary_headed_by_its_writer_names_it_organiser_of_the_days_events():
    found = drafts_of(_DIARY)
    for d in found:
        assert ("Kisumu Fisherfolk Rights Network", "organiser") in d["orgs"]


def test_a_slide_deck_headed_by_its_writer_names_it_organiser():
    text = """Slide 1
Highland Porters Association
Results 2024 - slides for the general assembly

Slide 2
A training on first aid was held in Mbeya on 4 May 2024 for 22 porters.
"""
    found = drafts_of(text)
    assert _by_title(found, "raining")["orgs"] == [("Highland Porters Association", "organiser")]


def test_a_head_that_is_no_record_of_the_writers_own_names_no_organiser():
    text = """Lake Victoria: stories from the shore
Kisumu Fisherfolk Rights Network

Workshop for fish traders on credit at Kisumu Social Hall on 10 March 2025, 31 women.
"""
    found = drafts_of(text)
    assert ("Kisumu Fisherfolk Rights Network", "organiser") not in found[0]["orgs"]
