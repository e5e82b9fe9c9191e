"""A report headed by its event's title block (atlas/extract/sentences.py's event_title_block,
atlas/extract/missed_events.py's event_of_title_block): the event's name, its theme, a line of
venue and town and a line of dates, each on a line of its own. Texts it must read, and heads it
must leave alone: a news item's headline over its dateline, a speech's head, a grant period."""

from __future__ import annotations

from atlas.extract.pipeline import read_texts
from atlas.extract.sentences import event_title_block
from tests.extract_drafts import drafts_of

FORUM = (
    "REGIONAL FORUM OF DOMESTIC WORKERS' UNIONS\n"
    '"Decent Work Begins at Home"\n'
    "Silver Lotus Hall, Phnom Penh, Cambodia\n"
    "14 – 16 May 2026\n\n"
    "Summary\n\n"
    "The forum is held every two years by the Mekong Domestic Workers' Federation. About 90 "
    "delegates took part, from Cambodia, Laos and Thailand. They adopted a common charter.\n"
)


def test_a_forum_dated_and_placed_by_its_title_block():
    [d] = drafts_of(FORUM)
    assert d["title"] == "Regional Forum of Domestic Workers' Unions"
    assert (d["start"], d["end"]) == ("2026-05-14", "2026-05-16")
    assert (d["city"], d["venue"], d["country"]) == ("Phnom Penh", "Silver Lotus Hall", "KHM")


def test_a_training_whose_title_block_gives_venue_town_and_days_on_one_line():
    text = (
        "TRAINING OF PARALEGALS ON LABOUR LAW\n"
        "River View Lodge, Mae Sot, Tak Province – Monday 9th to Wednesday 11th March 2026\n\n"
        "1. Introduction\n"
        "The Moei Legal Aid Group, together with the Border Workers' Centre, organised a "
        "three-day training for paralegals who help migrant workers with wage claims. Twenty "
        "paralegals took part.\n"
    )
    [d] = drafts_of(text)
    assert (d["start"], d["end"]) == ("2026-03-09", "2026-03-11")
    assert (d["city"], d["venue"]) == ("Mae Sot", "River View Lodge")
    assert d["total"] == 20


def test_a_meeting_named_over_its_place_and_day_in_a_block_of_its_own():
    text = (
        "Mekong Youth Network – Annual Planning Meeting\n\n"
        "Vientiane, Friday 6 February 2026\n\n"
        "Summary of the meeting\n\n"
        "The members of the network met for one day at the Youth Centre. They agreed the plan "
        "for the year.\n"
    )
    [d] = drafts_of(text)
    assert d["start"] == "2026-02-06" and d["city"] == "Vientiane"


def test_a_news_headline_over_its_dateline_dates_no_event():
    text = (
        "Youth Leaders Speak at Regional Forum in Bangkok\n\n"
        "Vientiane, 20 February 2026\n\n"
        "Five youth leaders of the network spoke at the Regional Youth Forum on Migration, held "
        "in Bangkok from 10 to 12 February 2026.\n"
    )
    assert all(d["start"] != "2026-02-20" for d in drafts_of(text))


def test_a_speech_head_and_a_grant_period_are_no_event_title_blocks():
    assert not event_title_block(
        [
            "Annual Assembly of the Coast Workers' Network 2026",
            "Closing remarks of the chair, read by the secretary",
            "Seaside Hall, Sihanoukville, 21 March 2026",
        ]
    )
    assert not event_title_block(
        ["Training Programme for Returnee Women", "Narrative report, 1 July – 30 September 2025"]
    )


def test_the_block_of_a_forum_is_one():
    assert event_title_block(FORUM.split("\n\n")[0].splitlines())


def test_the_facts_of_a_report_that_tells_its_event_only_in_its_title_block_are_that_events():
    text = (
        "SOUTH ASIAN FORUM ON SAFE RETURN OF MIGRANT WORKERS\n"
        'Theme: "Home With Dignity"\n'
        "Lotus Garden Hall, Kathmandu, Nepal\n"
        "Monday 9th to Wednesday 11th March 2026\n\n"
        "Forum Report\n\n"
        "Background\n"
        "The South Asian Forum on Safe Return of Migrant Workers was convened by the Nepal "
        "Returnee Workers' Forum. It brought together returnee workers, trade unions and lawyers "
        "from the region.\n\n"
        "Attendance\n"
        "About 80 delegates attended: Nepal (41), Bangladesh (22) and Sri Lanka (9).\n\n"
        "Results\n"
        "The delegates adopted the Kathmandu Declaration on Safe Return.\n"
    )
    reading = read_texts([(text, "forum.txt")])
    [d] = reading.drafts
    assert d.title == "South Asian Forum on Safe Return of Migrant Workers"
    assert (d.start_date.isoformat(), d.city) == ("2026-03-09", "Kathmandu")
    assert [o.title for o in d.outcomes] == ["Kathmandu Declaration on Safe Return"]
    assert reading.loose_outcomes == []
    # every sentence of such a report is about its one event: its count, homes and organiser
    assert d.participants_total == 80
    homes = [(p.country_iso3, p.participants) for p in d.participation]
    assert homes == [("NPL", 41), ("BGD", 22), ("LKA", 9)]
    assert ("Nepal Returnee Workers' Forum", "organiser") in [
        (o.name, o.role) for o in d.organisations
    ]
