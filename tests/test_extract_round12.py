"""Rules written after the twelfth blind set's first run (issue 16): pages of social-media posts
and threads (a post's date on a line of its own or closing the thread's heading, a thread's post
numbers and times, "Day 1 of the ..." opening an event); each tested on sentences of our own,
with sentences that must not trigger it."""

from __future__ import annotations

from atlas.extract import extract_text


def drafts_of(text: str) -> list[dict]:
    return [
        {
            "title": d.title,
            "type": d.event_type,
            "start": d.start_date.isoformat() if d.start_date else None,
            "end": d.end_date.isoformat() if d.end_date else None,
            "city": d.city,
            "country": d.country_iso3,
            "total": d.participants_total,
            "homes": [(p.country_iso3, p.participants) for p in d.participation],
            "orgs": sorted((o.name, o.role) for o in d.organisations),
        }
        for d in extract_text(text)
    ]


# Posts dated each by a line of their own --------------------------------------------------------

POSTS = """Green Valley Farmers: Facebook posts, 3 to 5 September 2024

Tue 3 September 2024
Good morning all! Day 1 of the 3-day Regional Compost Training is on at the Riverside Hall, Kisumu. Farmers from four countries are here!

Wed 4 September 2024
Meet the group: Kenya 10, Uganda 6, Tanzania 5 and Rwanda 3. The Burundian team could not travel.

Thu 5 September 2024
Last day: every farmer went home with a compost kit.
"""


def test_day_one_of_an_event_under_a_posts_date_opens_it_that_day():
    [d] = drafts_of(POSTS)
    assert d["start"] == "2024-09-03"
    assert d["end"] == "2024-09-05"  # a 3-day event from its first day
    assert d["city"] == "Kisumu"
    assert d["country"] == "KEN"


def test_a_later_posts_counts_by_country_belong_to_the_event_of_the_page():
    [d] = drafts_of(POSTS)
    assert d["homes"] == [("KEN", 10), ("UGA", 6), ("TZA", 5), ("RWA", 3)]


def test_a_post_date_line_dates_only_the_post_below_it():
    [d] = drafts_of(
        "Notes of the week\n\n12 March 2024\nWe met the mayor.\n\n"
        "14 March 2024\nThe training in Nadi was held for 20 youth.\n"
    )
    assert (d["start"], d["city"], d["total"]) == ("2024-03-14", "Nadi", 20)


def test_day_one_of_an_event_told_before_is_that_event():
    [d] = drafts_of(
        "Report of the network\n\n"
        "A workshop on seed saving was held in Suva from 2 to 4 June 2021 with 25 farmers.\n\n"
        "Day 1 of the workshop brought the farmers to the seed bank. Day one of the workshop "
        "ended with a visit to the market.\n"
    )
    assert (d["start"], d["end"], d["total"]) == ("2021-06-02", "2021-06-04", 25)


def test_the_first_day_within_a_sentence_is_still_a_reference():
    [d] = drafts_of(
        "Report of the network\n\n"
        "A workshop on seed saving was held in Suva from 2 to 4 June 2021 with 25 farmers. "
        "A film about the first day of the workshop was shown in Lautoka on 9 July 2021.\n"
    )
    assert d["start"] == "2021-06-02"


# Threads: post numbers, times and the thread's day -----------------------------------------------

THREAD = """Thread posted by River Women Network (@RiverWomen), 5 October 2023

1/4 Today in Kisumu: the Lake Basin Dialogue on Fishing Rights, organised by River Women Network. [09:10]

2/4 Delegates from Kenya (18) and Uganda (7): 25 participants in all. [10:02]

3/4 The delegation of Tanzania could not join, their bus broke down. [11:30]

4/4 Thanks to the Lakeside Fund for supporting this dialogue! Next step: a meeting with the county in January. [17:45]
"""


def test_a_threads_heading_dates_today_in_its_first_post():
    [d] = drafts_of(THREAD)
    assert d["title"] == "Lake Basin Dialogue on Fishing Rights"
    assert d["start"] == "2023-10-05"
    assert d["end"] is None
    assert d["total"] == 25


def test_a_threads_post_numbers_and_times_are_no_counts():
    [d] = drafts_of(THREAD)
    assert d["homes"] == [("KEN", 18), ("UGA", 7)]
    assert ("River Women Network", "organiser") in d["orgs"]


def test_a_heading_with_a_date_and_no_today_below_dates_nothing():
    [d] = drafts_of(
        "Newsletter of the network, 5 October 2023\n\n"
        "A training on bookkeeping was held in Kisumu in March 2023 with 30 women.\n"
    )
    assert d["start"] == "2023-03"[:7] + "-01"
    assert d["total"] == 30


def test_one_line_opening_with_a_fraction_is_left_as_it_is():
    [d] = drafts_of(
        "Report\n\n"
        "A workshop was held in Kisumu on 4 May 2022 with 30 farmers.\n\n"
        "1/2 of them were women.\n"
    )
    assert (d["start"], d["total"]) == ("2022-05-04", 30)
