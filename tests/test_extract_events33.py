"""Events the first runs missed whole and drafts they invented, in kinds of text found in the
misses of three blind sets or more (issue 16); tested on texts of our own, each rule with a text
that must give nothing more."""

from __future__ import annotations

from tests.extract_drafts import drafts_of, one_draft

# A launch of a work named in quotes, told by its verb, wherever the sentence puts it.


def test_a_launch_in_a_hall_in_small_letters():
    d = one_draft(
        'On 14 March 2024, at lunchtime, the alliance launched its study "Hands Behind the '
        "Harvest: Women on Farms\" in the university's main hall before about 80 people."
    )
    assert (d["title"], d["type"], d["start"], d["total"]) == (
        "Launch of the study Hands Behind the Harvest",
        "launch",
        "2024-03-14",
        80,
    )


def test_a_launch_told_last_in_its_sentence():
    d = one_draft(
        "On the evening of 9 October 2023, in the hotel's garden room in Kisumu, the union and "
        'its partners launched the booklet "Safe Roads Home".'
    )
    assert (d["title"], d["type"], d["start"]) == (
        "Launch of the booklet Safe Roads Home",
        "launch",
        "2023-10-09",
    )


def test_a_work_launched_told_first_with_its_subtitle():
    d = one_draft(
        "The report Nets Adrift: Fishers Lost at Sea was launched on 2 May 2023 at the "
        "Lakeside Hotel in Mombasa."
    )
    assert (d["title"], d["type"], d["start"], d["venue"]) == (
        "Launch of the report Nets Adrift",
        "launch",
        "2023-05-02",
        "Lakeside Hotel",
    )


def test_no_launch_of_its_own_at_the_workshop_told_before():
    found = drafts_of(
        "On 5 and 6 June 2024 the network held a workshop on fair recruitment in Da Nang, with "
        '32 participants. At the workshop the network also launched its handbook "Crossing '
        'Well", printed in 2,000 copies.'
    )
    assert [d["type"] for d in found] == ["workshop"]


def test_no_launch_of_a_report_released_online():
    text = 'On 3 June 2024 we released online our report "Nets Adrift", on twelve missing crews.'
    assert [d["type"] for d in drafts_of(text)] == []


# A story of one public event told first by its day, place and crowd, the event named only in a
# later sentence saying who organised it.


_STORY = (
    "Lanterns on the River: A Night for Migrant Families in Savannakhet\n\n"
    "On the evening of 12 October 2024, about 300 people gathered on the riverbank in "
    "Savannakhet, below the old market. Families sang and young people floated paper boats.\n\n"
    "The evening was organised by the Mekong Families Association together with the Savan "
    "Youth Club. The River Care Fund supported it.\n"
)


def test_a_story_of_one_event_named_after_it_is_told():
    d = one_draft(_STORY)
    assert (d["title"], d["type"], d["start"], d["total"], d["city"]) == (
        "Lanterns on the River: A Night for Migrant Families in Savannakhet",
        "other",
        "2024-10-12",
        300,
        "Savannakhet",
    )


def test_no_story_event_from_a_plan():
    text = _STORY.replace("The evening was organised by", "The next evening will be organised by")
    assert drafts_of(text) == []


# Public and community events of nouns the lexicon did not hold.


def test_a_cultural_night():
    d = one_draft(
        "On Sunday 9 June 2024 the association held a cultural night for Cambodian workers at "
        "the Rayong Community Hall, with about 250 guests."
    )
    assert (d["type"], d["start"], d["total"]) == ("other", "2024-06-09", 250)


def test_a_coastal_clean_up():
    d = one_draft(
        "On 5 April 2025 more than 120 fishers and students joined a coastal clean-up at the "
        "landing of Kampot."
    )
    assert (d["type"], d["start"], d["total"]) == ("other", "2025-04-05", 120)


def test_no_community_event_without_a_day_of_its_own():
    found = drafts_of(
        "On 12 May 2024 the network held a workshop on wages in Hue with 30 members. In the "
        "evening there was a cultural night in the hall of the hotel in Hue."
    )
    assert [d["type"] for d in found] == ["workshop"]


def test_no_event_from_a_day_of_the_calendar():
    text = "On International Family Day, 15 May 2024, the union published a statement on care work."
    assert drafts_of(text) == []


# Small fixes to existing readings.


def test_no_seminar_from_a_seminar_building():
    found = drafts_of(
        "On 3 May 2024 the network held its annual review at the university's seminar building "
        "in Hue, with 30 members."
    )
    assert "seminar" not in [d["type"] for d in found]


def test_no_event_from_a_follow_up_being_discussed():
    found = drafts_of(
        "On 8 and 9 July 2024 the federation held a regional workshop in Kisumu with 40 fishers. "
        "A follow-up workshop in Jinja is being discussed for 2025."
    )
    assert [(d["type"], d["city"]) for d in found] == [("workshop", "Kisumu")]


def test_no_clinic_a_speaker_came_from():
    found = drafts_of(
        "On 8 and 9 July 2024 the federation held a regional workshop in Kisumu with 40 fishers. "
        "A lawyer from a legal clinic in Nairobi joined on the second day."
    )
    assert [d["type"] for d in found] == ["workshop"]


def test_a_body_that_met_for_two_days():
    d = one_draft(
        "The board of the Pacific Fishers' Network met for two days, on 3 and 4 March 2025, at "
        "the Suva Harbour View Hotel."
    )
    assert (d["type"], d["start"], d["end"], d["city"]) == (
        "meeting",
        "2025-03-03",
        "2025-03-04",
        "Suva",
    )


def test_a_body_held_its_annual_review():
    d = one_draft(
        "On 3 May 2024 the network held its annual review at the university's seminar building "
        "in Hue, with 30 members."
    )
    assert (d["title"], d["type"], d["start"], d["total"]) == (
        "Annual review",
        "meeting",
        "2024-05-03",
        30,
    )


def test_no_meeting_from_an_annual_review_written():
    text = "In May 2024 the annual review of the budget by the auditors in Hue found no errors."
    assert drafts_of(text) == []


# Classes an organisation ran, one course told as a whole.


def test_classes_a_union_ran():
    d = one_draft(
        "From March to May 2024 the union ran Saturday classes in Spanish for 35 domestic "
        "workers at its office in Valencia."
    )
    assert (d["type"], d["start"], d["end"], d["total"]) == (
        "training",
        "2024-03-01",
        "2024-05-01",
        35,
    )


def test_no_training_from_classes_children_attend():
    text = "In 2024 the members' children attended classes in Valencia, 35 of them in Spanish."
    assert drafts_of(text) == []


# An event told already, placed in its series.


def test_no_event_from_the_place_of_one_in_its_series():
    found = drafts_of(
        "On 4 May 2024 the cooperative held a livelihood fair in Kisumu with about 400 visitors. "
        "This was the third fair since the cooperative began them in 2022."
    )
    assert [(d["type"], d["start"]) for d in found] == [("other", "2024-05-04")]


def test_a_second_one_told_with_its_own_day_is_an_event():
    found = drafts_of(
        "On 4 May 2024 the cooperative held a livelihood fair in Kisumu with about 400 visitors. "
        "A second fair was held in Kisumu on 3 August 2024 with 300 visitors."
    )
    assert [(d["type"], d["start"]) for d in found] == [
        ("other", "2024-05-04"),
        ("other", "2024-08-03"),
    ]


# A launch with no date of its own, told on a day of the event told before it.

_REVIEW = (
    "On 16 and 17 May 2024 the union held its annual review at the Riverside Hotel in Kisumu, "
    "with 40 members. "
)


def test_a_launch_on_the_second_day_of_the_event_told_before():
    found = drafts_of(
        _REVIEW + "On the afternoon of the second day, at the same venue, the union launched its "
        'guide "Fair Nets: Crews and Their Pay".'
    )
    assert [(d["title"], d["start"], d["city"]) for d in found] == [
        ("Annual review", "2024-05-16", "Kisumu"),
        ("Launch of the guide Fair Nets", "2024-05-17", "Kisumu"),
    ]


def test_no_launch_with_no_day_told():
    found = drafts_of(_REVIEW + 'Later the union launched its guide "Fair Nets".')
    assert [d["title"] for d in found] == ["Annual review"]
