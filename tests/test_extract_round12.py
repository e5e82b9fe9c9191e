"""Rules written after the twelfth blind set's first run (issue 16): pages of social-media posts
and threads (a post's date on a line of its own or closing the thread's heading, a thread's post
numbers and times, "Day 1 of the ..." opening an event); each tested on sentences of our own,
with sentences that must not trigger it."""

from __future__ import annotations

import pytest

from tests.extract_drafts import drafts_of

# Posts dated each by a line of their own --------------------------------------------------------

POSTS = """Green Valley Farmers: Facebook posts, 3 to 5 September 2024

Tue 3 September 2024
Good morning all! Day 1 of the 3-day Regional Compost Training is on at the Riverside Hall, Kisumu. Farmers from four countries are here with us!

Wed 4 September 2024
Meet the group: Kenya 10, Uganda 6, Tanzania 5 and Rwanda 3. The Burundian team could not travel.

Thu 5 September 2024
Last day: every farmer went home with a compost kit from our team.
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


# An evaluation's title block ----------------------------------------------------------------------


def test_an_evaluations_title_line_names_the_event_its_body_tells():
    [d] = drafts_of(
        "EVALUATION SUMMARY\n"
        "Regional Workshop on Fair Fishing in the Lake Basin\n"
        "Prepared by the Lakeside Rights Centre, June 2023\n\n"
        "1. The workshop\n"
        "The two-day workshop opened on 3 May 2023 at the Imperial Hotel, Kisumu. It was "
        "organised by the Lakeside Rights Centre.\n"
    )
    assert d["title"] == "Regional Workshop on Fair Fishing in the Lake Basin"
    assert (d["start"], d["end"], d["city"]) == ("2023-05-03", "2023-05-04", "Kisumu")


def test_the_documents_own_name_is_no_event_and_its_date_line_dates_the_event():
    [d] = drafts_of(
        "TRAINING EVALUATION SUMMARY\n"
        "Safer Boats for Small Island Fishers\n"
        "Suva, Fiji, 6 to 8 March 2024\n"
        "Pacific Fishers Network\n\n"
        "Background\n"
        "The network organised this regional training at the Harbour Hall in Suva.\n\n"
        "Participants\n"
        "Participants came from three countries: Fiji (12), Tonga (5) and Samoa (4).\n"
    )
    assert d["title"] == "Safer Boats for Small Island Fishers"
    assert (d["type"], d["start"], d["end"]) == ("training", "2024-03-06", "2024-03-08")
    assert d["homes"] == [("FJI", 12), ("TON", 5), ("WSM", 4)]


def test_a_title_line_with_its_place_and_date_keeps_the_words_before_them():
    [d] = drafts_of(
        "TRAINING EVALUATION SUMMARY\n"
        "Organic Composting, Kisumu, Kenya, 13 to 16 March 2024\n"
        "Lakeside Farmers Union, April 2024\n\n"
        "Organisation\n"
        "The training was organised by the Lakeside Farmers Union in Kisumu with 30 farmers.\n"
    )
    assert d["title"] == "Organic Composting"
    assert (d["start"], d["end"], d["total"]) == ("2024-03-13", "2024-03-16", 30)


def test_an_evaluation_of_several_events_renames_none():
    drafts = drafts_of(
        "EVALUATION REPORT\n"
        "Programme on Fair Fishing\n\n"
        "A workshop was held in Kisumu on 3 May 2023 with 20 fishers. A training was held in "
        "Mombasa on 9 June 2023 with 15 fishers.\n"
    )
    assert sorted(d["title"] for d in drafts) == ["Training", "Workshop"]


def test_a_report_not_named_an_evaluation_keeps_its_events_title():
    [d] = drafts_of(
        "ANNUAL NEWSLETTER\n"
        "Programme on Fair Fishing\n\n"
        "A workshop was held in Kisumu on 3 May 2023 with 20 fishers.\n"
    )
    assert d["title"] == "Workshop"


def test_an_evaluations_recommendations_for_the_next_time_are_no_event():
    [d] = drafts_of(
        "EVALUATION SUMMARY\n"
        "Regional Workshop on Fair Fishing\n\n"
        "The workshop was held in Kisumu on 3 May 2023 with 20 fishers.\n\n"
        "Recommendations for the next workshop\n"
        "- Hold the follow-up workshop in Mombasa in mid-2024.\n"
        "- Send the reading pack two weeks in advance.\n"
    )
    assert (d["start"], d["city"]) == ("2023-05-03", "Kisumu")


# A hui ---------------------------------------------------------------------------------------------


def test_a_hui_is_a_meeting():
    [d] = drafts_of(
        "The Trust held its second hui for youth workers at the marae in Rotorua from 4 to "
        "6 March 2024. 40 youth workers attended."
    )
    assert (d["type"], d["start"], d["end"], d["city"], d["total"]) == (
        "meeting",
        "2024-03-04",
        "2024-03-06",
        "Rotorua",
        40,
    )


def test_a_person_named_hui_is_no_meeting():
    assert drafts_of("Mr Hui visited the office in Rotorua on 4 March 2024 with Hui Ling.") == []


# A date told by a clause on what came out of the event -------------------------------------------


def test_a_date_in_which_we_lodged_is_the_submissions_not_a_second_event():
    [d] = drafts_of(
        "Report to the Board\n\n"
        "A meeting of tenants was held in Whanganui on 19 March 2022 with 40 tenants. The "
        "meeting agreed a joint submission with five recommendations, which we lodged with the "
        "select committee on 1 April 2022.\n"
    )
    assert (d["start"], d["city"], d["total"]) == ("2022-03-19", "Whanganui", 40)


def test_a_meeting_told_with_its_own_date_after_another_is_still_an_event():
    drafts = drafts_of(
        "Report to the Board\n\n"
        "A meeting of tenants was held in Whanganui on 19 March 2022 with 40 tenants. A second "
        "meeting was held in Wellington on 1 April 2022 with 25 tenants.\n"
    )
    assert sorted(d["start"] for d in drafts) == ["2022-03-19", "2022-04-01"]


# A progress report's addressee and its plans for the next period -----------------------------------

PROGRESS = """LAKESIDE FARMERS UNION
Quarterly Progress Report, Q2 2023 (April to June)
{to}

1. Activities
1.1 Compost training. On 12 May 2023, the union ran a training in Kisumu for 30 farmers.

2. {plans}
- Seed fair in Busia (August).
- Second compost training in Homa Bay (September).
"""


@pytest.mark.parametrize(
    ("to", "fund"),
    [
        ("Submitted to: the Green Hills Trust", "Green Hills Trust"),
        ("To: Green Hills Trust, grant GHT-2022-04", "Green Hills Trust"),
        ("For: Nordlicht-Brücken Stiftung", "Nordlicht-Brücken Stiftung"),
    ],
)
def test_a_progress_reports_addressee_fund_is_the_funder(to, fund):
    [d] = drafts_of(PROGRESS.format(to=to, plans="Next quarter"))
    assert (fund, "funder") in d["orgs"]


def test_an_addressee_that_is_no_fund_pays_for_nothing():
    [d] = drafts_of(PROGRESS.format(to="To: the Board of Directors", plans="Next quarter"))
    assert not any(role == "funder" for _, role in d["orgs"])


@pytest.mark.parametrize(
    "plans", ["Next quarter", "Plans for Q3", "Coming up", "Planned activities"]
)
def test_a_progress_reports_plans_for_the_next_period_are_no_events(plans):
    [d] = drafts_of(PROGRESS.format(to="For: Green Hills Trust", plans=plans))
    assert (d["start"], d["city"], d["total"]) == ("2023-05-12", "Kisumu", 30)


def test_a_section_of_results_after_the_plans_is_read_again():
    drafts = drafts_of(
        PROGRESS.format(to="For: Green Hills Trust", plans="Next quarter")
        + "\n3. Other activities\nA seed fair was held in Busia on 20 June 2023 with 200 "
        "visitors.\n"
    )
    assert sorted(d["start"] for d in drafts) == ["2023-05-12", "2023-06-20"]


# Whose page, whom the posts thank, who did not come ------------------------------------------------


def test_the_pages_owner_organised_the_event_its_posts_tell_as_their_own():
    [d] = drafts_of(POSTS)
    assert ("Green Valley Farmers", "organiser") in d["orgs"]


def test_a_threads_author_in_brackets_organised_it():
    [d] = drafts_of(
        "Thread from @LakeWomen (Lake Women Collective), Saturday 2 December 2023\n\n"
        "1/ Today we held our Fishers' Encuentro in Kisumu with 40 women.\n\n"
        "2/ Thanks to the Lakeside Fund, who paid the travel of 12 of our colleagues.\n"
    )
    assert d["start"] == "2023-12-02"
    assert d["orgs"] == [("Lake Women Collective", "organiser"), ("Lakeside Fund", "funder")]


def test_a_page_that_tells_no_event_of_its_own_organised_nothing():
    [d] = drafts_of(
        "Green Valley Farmers: Facebook posts, 3 September 2024\n\n"
        "Tue 3 September 2024\n"
        "The Kisumu County Government held a training in Kisumu today for 30 farmers.\n\n"
        "Wed 4 September 2024\n"
        "We visited the seed bank.\n"
    )
    assert d["start"] == "2024-09-03"
    assert not any(role == "organiser" for _, role in d["orgs"])


def test_thanks_in_the_writers_language_for_funding_names_the_funder():
    [d] = drafts_of(
        "Posts\n\nOn 8 July 2024 a training was held in Suva with 30 youth. Big vinaka to the "
        "Reef Futures Trust for funding all flights.\n"
    )
    assert ("Reef Futures Trust", "funder") in d["orgs"]


def test_thanks_to_a_body_who_came_is_no_funding():
    [d] = drafts_of(
        "Posts\n\nOn 8 July 2024 a training was held in Suva with 30 youth. Thanks to the "
        "Lakeside Network, who came all the way from Kisumu.\n"
    )
    assert not any(role == "funder" for _, role in d["orgs"])


def test_an_emoji_ends_a_posts_sentence():
    [d] = drafts_of(
        "Thread posted by Lake Women (@LakeWomen), 5 October 2023\n\n"
        "1/2 Today in Kisumu: the Lake Basin Dialogue on Fishing Rights with 25 women. [09:10]\n\n"
        "2/2 Thank you to the Lakeside Fund for supporting this dialogue 🙏 Next step: a "
        "meeting with the county in January. [17:45]\n"
    )
    assert (d["start"], d["total"]) == ("2023-10-05", 25)
    assert ("Lakeside Fund", "funder") in d["orgs"]


def test_a_team_whose_flight_was_cancelled_did_not_come():
    [d] = drafts_of(
        "Posts\n\nOn 8 July 2024 a training was held in Suva with 30 youth from Fiji (20) and "
        "Tonga (10). The Samoa team had registered too, but their flight was cancelled.\n"
    )
    assert d["homes"] == [("FJI", 20), ("TON", 10)]


def test_a_team_that_came_late_but_stayed_still_came():
    [d] = drafts_of(
        "Posts\n\nOn 8 July 2024 a training was held in Suva with 30 youth from Fiji (20), "
        "Tonga (6) and Samoa (4). The Samoa team came late, but they stayed for all three days.\n"
    )
    assert d["homes"] == [("FJI", 20), ("TON", 6), ("WSM", 4)]


@pytest.mark.parametrize(
    "line",
    [
        "Blog of Lake Women Collective | posted Tuesday 14 May 2024 by one of our volunteers",
        "Posted 14 May 2024 on the blog of Lake Women Collective",
    ],
)
def test_a_blogs_owner_organised_the_event_its_post_tells_as_their_own(line):
    [d] = drafts_of(
        f"MY WEEKEND AT THE FISHERS' TRAINING\n\n{line}\n\n"
        "On 11 and 12 May 2024 we ran a training for 20 women fishers in Kisumu.\n"
    )
    assert (d["start"], d["city"]) == ("2024-05-11", "Kisumu")
    assert ("Lake Women Collective", "organiser") in d["orgs"]


def test_a_blog_post_on_an_event_others_held_names_no_organiser():
    [d] = drafts_of(
        "MY WEEKEND AT THE FISHERS' TRAINING\n\n"
        "Posted 14 May 2024 on the blog of Lake Women Collective\n\n"
        "On 11 and 12 May 2024 the county ran a training for 20 fishers in Kisumu.\n"
    )
    assert not any(role == "organiser" for _, role in d["orgs"])
