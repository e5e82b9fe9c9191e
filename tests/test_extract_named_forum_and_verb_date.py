"""Rules from misses left after the nineteenth set's round (issue 16), each tested on
sentences of our own with sentences that must not trigger it: a forum with a name of its own told
as held; a date between the verb of holding and the event it holds (the word order of a literal
translation); a side event inside "the Forum" named with its capital; an event held "there", in a
conference told before; a sentence that tells an event's format ("run as a mix of seminar and
field visit") names no second event."""

from __future__ import annotations

from tests.extract_drafts import drafts_of, one_draft

_HEAD = "Mekong Domestic Workers Alliance\nReport of activities 2024\n\n"


def _one(sentence: str) -> dict:
    return one_draft(_HEAD + sentence + "\n")


def test_a_named_forum_told_as_held_is_an_event():
    d = _one(
        "The Regional Forum of Domestic Workers was held in Vientiane on 14 March 2024, "
        "with 60 participants."
    )
    assert (d["title"], d["type"], d["start"], d["city"], d["total"]) == (
        "Regional Forum of Domestic Workers",
        "conference",
        "2024-03-14",
        "Vientiane",
        60,
    )
    d = _one(
        "The Mekong Migration Forum 2024 took place in Bangkok on 3 June 2024 with 120 people."
    )
    assert (d["title"], d["start"], d["city"], d["total"]) == (
        "Mekong Migration Forum",
        "2024-06-03",
        "Bangkok",
        120,
    )


def test_a_forum_that_is_a_body_stays_a_body():
    d = _one(
        "On 3 June 2024 the Riverbank Labour Forum organised a workshop in Bangkok for 30 fishers."
    )
    assert d["type"] == "workshop"
    assert d["orgs"] == [("Riverbank Labour Forum", "organiser")]
    d = _one("Members of the Hill Forum met in Chiang Rai on 2 May 2024.")
    assert d["type"] == "meeting" and d["orgs"] == [("Hill Forum", "organiser")]


def test_a_date_between_the_verb_and_the_event_is_the_events():
    d = _one("We held in May 2024 a training in Savannakhet for 25 workers.")
    assert (d["type"], d["start"], d["precision"], d["city"], d["total"]) == (
        "training",
        "2024-05-01",
        "month",
        "Savannakhet",
        25,
    )
    d = _one(
        "Our network conducted in October 2023 a dialogue with employers in Pakse, with 40 people."
    )
    assert (d["start"], d["precision"], d["city"]) == ("2023-10-01", "month", "Pakse")


def test_a_date_of_something_else_before_the_event_is_not_the_events():
    # the year is the network's, told after its own verb: the dialogue has no date of its own
    d = _one(
        "The network, which we organised in 2019 as a federation, ran a dialogue with employers "
        "in Pakse with 40 people."
    )
    assert d["start"] is None


_SIDE = """Mekong Domestic Workers Alliance
Bulletin 2024

The Asia Labour Forum took place in Manila from 10 to 12 April 2024.
On the second day of the Forum we organised a side session on domestic work, with 45 participants.
"""


def test_a_side_session_on_a_day_of_the_forum_is_where_the_forum_was():
    found = drafts_of(_SIDE)
    assert [(d["type"], d["start"], d["city"], d["total"]) for d in found] == [
        ("seminar", "2024-04-11", "Manila", 45)
    ]


# An event held "there", within a conference told before --------------------------------------

_THERE = """Mekong Migrant Network
Annual report 2023

The ASEAN Civil Society Conference took place in Jakarta on 3-5 September 2023.
On 4 September we organised a workshop on migrant domestic workers there, with 60 participants.
"""


def test_an_event_held_there_takes_the_conference_told_before_as_its_place():
    found = drafts_of(_THERE)
    assert [(d["title"], d["start"], d["city"], d["country"], d["total"]) for d in found] == [
        ("Workshop on migrant domestic workers", "2023-09-04", "Jakarta", "IDN", 60)
    ]


def test_there_were_is_no_place():
    # the workshop was not held "there": the conference keeps its own place, the workshop its own
    found = drafts_of(
        _THERE.replace(
            "On 4 September we organised a workshop on migrant domestic workers there, with 60 "
            "participants.",
            "On 4 September we organised a workshop in Bogor; there were 60 participants.",
        )
    )
    workshop = next(d for d in found if d["type"] == "workshop")
    assert (workshop["start"], workshop["city"], workshop["total"]) == ("2023-09-04", "Bogor", 60)


# A sentence that tells an event's format names no second event --------------------------------


def test_the_format_of_an_event_is_no_second_event():
    for told in (
        "The workshop in Vientiane on 3 June 2016 was run as a mix of seminar and field visit, "
        "with 25 participants.",
        "The workshop in Vientiane on 3 June 2016, a combination of lectures, a seminar and a "
        "field visit, had 25 participants.",
    ):
        found = drafts_of("Mekong Migrant Network\nAnnual report 2016\n\n" + told + "\n")
        assert [(d["type"], d["start"], d["city"], d["total"]) for d in found] == [
            ("workshop", "2016-06-03", "Vientiane", 25)
        ], told


def test_a_field_visit_after_the_workshop_is_its_own_event():
    found = drafts_of(
        "Mekong Migrant Network\nAnnual report 2016\n\n"
        "The workshop in Vientiane on 3 June 2016 had 25 participants. On 4 June 2016 they made a "
        "field visit to a garment factory in Vientiane.\n"
    )
    assert [(d["type"], d["start"]) for d in found] == [
        ("workshop", "2016-06-03"),
        ("field_visit", "2016-06-04"),
    ]
