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


# The report's head: a line of its own under the title, a title town before its region or a
# subtitle, and a head naming two towns (issue 16, the head's town)
HELD = (
    "On Saturday 14 March 2026 the Upland Families Network held its members' meeting in the "
    "hall of a partner. 32 members took part."
)


def test_a_line_of_town_and_country_under_the_title():
    [d] = drafts_of(
        "Members' Meeting of the Upland Families Network - Report\n\nKisumu, Kenya\n\n" + HELD
    )
    assert (d["city"], d["country"]) == ("Kisumu", "KEN")
    [draft] = extract_text("Members' Meeting - Report\n\nKisumu, Kenya\n\n" + HELD)
    assert draft.evidence["city"] == "Kisumu, Kenya"
    assert "city" in draft.unsure


def test_a_title_town_before_its_region_or_a_subtitle():
    [d] = drafts_of("Day of action for municipal fishers in San Fernando, La Union\n\n" + HELD)
    assert (d["city"], d["country"]) == ("San Fernando", "PHL")
    [d] = drafts_of("Migrants Day in Mae Sai: March and Letter to the District Chief\n\n" + HELD)
    assert (d["city"], d["country"]) == ("Mae Sai", "THA")


def test_a_draft_whose_country_is_the_towns_takes_the_town_and_another_country_keeps_none():
    held_in_kenya = HELD.replace("in the hall of a partner", "in Kenya")
    [d] = drafts_of("Members' Meeting\n\nKisumu, Kenya\n\n" + held_in_kenya)
    assert (d["city"], d["country"]) == ("Kisumu", "KEN")
    held_in_uganda = HELD.replace("in the hall of a partner", "in Uganda")
    [d] = drafts_of("Members' Meeting\n\nKisumu, Kenya\n\n" + held_in_uganda)
    assert (d["city"], d["country"]) == (None, "UGA")


def test_a_head_naming_two_towns_places_nothing():
    [d] = drafts_of("From Nairobi to Kisumu: Members Meet\n\nNairobi, 20 March 2026\n\n" + HELD)
    assert d["city"] is None
    [d] = drafts_of("Members' Meeting between Kisumu and Eldoret\n\nKisumu, Kenya\n\n" + HELD)
    assert d["city"] is None


# A district the event's sentence holds it in, named in small letters after its name
# (atlas/extract/event_country.py's _district_of)


def test_a_district_and_its_province_place_the_event():
    [d] = drafts_of(
        "In June 2024 the Centre held a community dialogue in Ky Son district, Nghe An, with 60 "
        "villagers and local officials."
    )
    assert (d["city"], d["country"]) == ("Ky Son", "VNM")


def test_a_district_in_the_one_country_the_report_names():
    [d] = drafts_of(
        "Our work in Cambodia\n\nOn 9 May 2024 Battambang Returnee Action held a pre-departure "
        "orientation day in Kamrieng district for 74 villagers."
    )
    assert (d["city"], d["country"]) == ("Kamrieng", "KHM")


def test_a_district_people_work_in_or_with_no_country_places_nothing():
    [d] = drafts_of(
        "Our work in Cambodia\n\nOn 9 May 2024 we held a workshop for 30 women who work in "
        "Kamrieng district."
    )
    assert d["city"] is None
    # two countries named and no province: the district's country is not said
    [d] = drafts_of(
        "On 9 May 2024 Battambang Returnee Action held a pre-departure orientation day in "
        "Kamrieng district for 74 villagers planning to go to Thailand or Malaysia."
    )
    assert d["city"] is None
