"""Rules written after the fifteenth blind set's first run (issue 16): plain reports of
civil-society networks (press releases on one or two public actions, study tours and exposure
visits, training courses given in batches or cohorts, a secretariat's report to its general
assembly); each tested on sentences of our own, with sentences that must not trigger it."""

from __future__ import annotations

from tests.extract_drafts import drafts_of

# A course given in batches or cohorts: each batch is one training --------------------------------


COURSE = """Bookkeeping School for Market Vendors - Report 2022
Lakeside Traders' Association

About the school
The school teaches market vendors to keep books and to save in groups.

Batch 1 - Kisumu
The first batch had 18 vendors and met at the Kibuye Hall in Kisumu from 7 to 11 March 2022.

Batch 2 - Homa Bay
The second batch was held in Homa Bay from 4 to 8 July 2022 for 21 vendors.

Next steps
A third batch is planned for Migori in 2023.
"""


def test_each_batch_of_a_course_is_a_training_of_its_own():
    found = drafts_of(COURSE)
    assert [(d["type"], d["start"], d["end"], d["city"], d["total"]) for d in found] == [
        ("training", "2022-03-07", "2022-03-11", "Kisumu", 18),
        ("training", "2022-07-04", "2022-07-08", "Homa Bay", 21),
    ]
    assert all(d["country"] == "KEN" for d in found)


def test_a_cohort_heading_names_its_training():
    text = """Youth Climate School - Completion Report
Green Delta Youth Network

Cohort 2, Khulna
Cohort 2 was trained in Khulna from 12 to 16 February 2023. The 26 trainees were all students.
"""
    found = drafts_of(text)
    assert [(d["type"], d["start"], d["end"], d["city"], d["total"]) for d in found] == [
        ("training", "2023-02-12", "2023-02-16", "Khulna", 26)
    ]
    assert "Cohort 2" in found[0]["title"]


def test_a_cohort_or_batch_of_things_or_a_future_cohort_is_no_event():
    # "a cohort of", "a batch of leaflets", "applications for the second cohort" are no event
    text = """Update from the union, May 2023

We printed a batch of 2,000 leaflets and a cohort of young members joined the union.
Applications for the second cohort of the school close on 30 June 2023.
"""
    assert drafts_of(text) == []


# A study tour's report: the tour, named and dated by the title block, is one event -------------


TOUR = """Report of the Study Visit to Kuching, 2-6 October 2023
Coastal Women Fish Traders' Network

Background
Our members wanted to learn how fish traders in Sarawak save together. The delegation had 9 members.

Programme
Day 1: arrival and a meeting with our host, the Kuching Fish Traders' Cooperative.
Day 2: visit to the Balik Pulau market, then a forum with 40 traders of the cooperative.
Day 3: reflection day.
"""


def test_a_study_tour_named_and_dated_by_its_title_is_one_event():
    found = drafts_of(TOUR)
    assert len(found) == 1  # the programme's visit and forum are inside the tour
    tour = found[0]
    assert (tour["start"], tour["end"], tour["precision"]) == ("2023-10-02", "2023-10-06", "day")
    assert (tour["city"], tour["country"], tour["total"]) == ("Kuching", "MYS", 9)
    assert "Kuching" in tour["title"]


def test_a_tour_based_in_one_town_takes_that_town():
    text = """Study Tour Report: Dairy Cooperatives to Kenya
14th to 18th August 2023

The group was 12 persons from our district unions.
The delegation stayed in Nakuru throughout and travelled out by day.
Tuesday 15th: visit to the Ol Kalou dairy, which collects milk from 900 farmers.
"""
    found = drafts_of(text)
    assert [(d["start"], d["end"], d["city"], d["country"], d["total"]) for d in found] == [
        ("2023-08-14", "2023-08-18", "Nakuru", "KEN", 12)
    ]


def test_a_report_of_more_than_a_tour_keeps_its_events():
    # an event before the title's days: the report is not of the tour alone
    text = """Exposure Visit to Chiang Mai, 10-12 May 2023
Northern Farmers' Network

On 2 April 2023 a preparatory workshop was held in Lampang with 20 farmers.
The visit itself had 15 farmers from our network.
"""
    found = drafts_of(text)
    assert any(d["type"] == "workshop" and d["start"] == "2023-04-02" for d in found)


# A training given in dated modules or blocks runs from the first to the last ------------------


def test_a_training_in_dated_modules_runs_from_the_first_to_the_last():
    text = """Cooperative Leaders' Course 2022
Highland Coffee Growers' Union

Batch 1 - Mbale
The first batch met in Mbale in three modules: 14-16 March, 9-11 May and 4-6 July 2022. It had 25 growers.
"""
    found = drafts_of(text)
    assert [(d["start"], d["end"], d["precision"], d["city"]) for d in found] == [
        ("2022-03-14", "2022-07-06", "day", "Mbale")
    ]


def test_modules_given_by_months_are_a_month_range():
    text = """Seed Keepers' School - Report 2021
Valley Farmers' Network

Cohort 1, Cusco
Cohort 1 studied in Cusco in three modules in April, June and September 2021. It had 19 farmers.
"""
    found = drafts_of(text)
    assert [(d["start"], d["end"], d["precision"]) for d in found] == [
        ("2021-04-01", "2021-09-01", "month")
    ]


def test_a_training_with_one_date_or_no_modules_keeps_its_date():
    text = """Cooperative Leaders' Course 2022
Highland Coffee Growers' Union

Batch 1 - Mbale
The first batch met in Mbale from 14 to 18 March 2022 and covered all three modules.
"""
    found = drafts_of(text)
    assert [(d["start"], d["end"]) for d in found] == [("2022-03-14", "2022-03-18")]
