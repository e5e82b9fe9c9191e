"""General rules for the writer's own organisation as organiser, read from the kinds of text the
first runs missed in three or more blind sets (issue 16); each tested on texts of our own, with
texts that must not trigger it."""

from __future__ import annotations

from tests.extract_drafts import drafts_of


def _organisers(found: list[dict]) -> list[list[str]]:
    return [[name for name, role in d["orgs"] if role == "organiser"] for d in found]


# The writer named on a head's line with more after (or before) its name ------------------------

_REVIEW = """After-Action Review: Boat Safety Day and Crew Meeting, Mombasa, May 2024
Kilindini Fishers Network, for the Reef Trust

1. What happened

On 4 May 2024 a boat safety day was held at the Old Port in Mombasa for 60 crew members.

On 6 May 2024 a meeting with boat owners on crew contracts took place in Mombasa, with 14 owners.
"""


def test_a_review_headed_by_its_writer_for_its_funder_names_the_writer_organiser():
    found = drafts_of(_REVIEW)
    assert len(found) == 2, found
    assert _organisers(found) == [["Kilindini Fishers Network"]] * 2


_POSTED = """Campaign update: safe boats for every crew
Posted by the Kilindini Fishers Network, 12 June 2024

Where we stand

On 1 May 2024 we launched the petition with a rally at the fish market in Malindi, with 200 fishers.

On 20 May 2024 a vigil for lost crew was held on the beach at Watamu, with 80 people.
"""


def test_a_campaign_update_posted_by_its_writer_names_the_writer_organiser():
    found = drafts_of(_POSTED)
    assert found and all(o == ["Kilindini Fishers Network"] for o in _organisers(found)), found


_STORY = """Story of change: "The boat is ours again"
Kilindini Fishers Network, Kwale programme, funded by the Reef Trust

On 9 March 2023 a paralegal training was held in Shimoni for 22 fishers' wives.
"""


def test_a_story_of_change_under_its_writer_and_programme_names_the_writer_organiser():
    assert _organisers(drafts_of(_STORY)) == [["Kilindini Fishers Network"]]


_OTHERS = """Coast Civic Forum Bulletin, June 2024
Kilindini Fishers Network, for the Reef Trust

On 6 May 2024 a meeting with boat owners on crew contracts took place in Mombasa, with 14 owners.
"""

_FUND = """Site visit report
Reef Trust, for the Kilindini Fishers Network

On 6 May 2024 a meeting with boat owners on crew contracts took place in Mombasa, with 14 owners.
"""

# A head that says no kind of record (an event's name) names no writer.
_NO_KIND = """Boat Safety Day 2024
Kilindini Fishers Network, for the Reef Trust

On 6 May 2024 a meeting with boat owners on crew contracts took place in Mombasa, with 14 owners.
"""


def test_a_bulletin_a_funds_head_or_an_events_name_names_no_writer_organiser():
    assert _organisers(drafts_of(_OTHERS)) == [[]]
    assert _organisers(drafts_of(_FUND)) == [[]]
    assert _organisers(drafts_of(_NO_KIND)) == [[]]


_OWN_ORGANISER = """After-Action Review: Boat Safety Day, Mombasa, May 2024
Kilindini Fishers Network, for the Reef Trust

On 4 May 2024 the Mombasa Port Workers Union held a boat safety day at the Old Port in Mombasa for 60 crew members.
"""


def test_an_event_with_an_organiser_of_its_own_keeps_it_alone():
    assert _organisers(drafts_of(_OWN_ORGANISER)) == [["Mombasa Port Workers Union"]]


# An event held, run or prepared "together with" another body --------------------------------

_HELD_WITH = """Notes of the Kilindini Fishers Network

On 4 June 2024 the network held a dialogue on landing sites in Malindi together with the Watamu Boat Crews Association, with 40 fishers.
"""

_RUN_WITH = """Notes of the Kilindini Fishers Network

On 9 July 2024 a training on sea safety was run by the Kilindini Fishers Network in Kilifi together with the Watamu Boat Crews Association, for 25 crew members.
"""


def test_an_event_held_or_run_together_with_a_body_makes_it_an_organiser():
    for text in (_HELD_WITH, _RUN_WITH):
        found = drafts_of(text)
        assert len(found) == 1, found
        assert ("Watamu Boat Crews Association", "organiser") in found[0]["orgs"], found
        assert ("Watamu Boat Crews Association", "partner") not in found[0]["orgs"], found


_ORGANISED_BY_WITH = """Notes of the Coast Civic Forum

On 4 June 2024 a dialogue on landing sites was organised by the Kilindini Fishers Network together with the Watamu Boat Crews Association in Malindi, with 40 fishers.
"""

_COLLABORATION = """Notes of the Kilindini Fishers Network

On 4 June 2024 the network held a dialogue on landing sites in Malindi in collaboration with the Watamu Boat Crews Association, with 40 fishers.
"""


# An event with no organiser named keeps the older reading (tests/test_extract_round18.py).
_NO_ORGANISER = """Notes of the Coast Civic Forum

On 4 June 2024 a dialogue on landing sites was held in Malindi together with the Watamu Boat Crews Association, with 40 fishers.
"""


def test_organised_by_x_together_with_y_makes_y_an_organiser_too():
    # the newer blind sets' reading (orgs32)
    found = drafts_of(_ORGANISED_BY_WITH)
    assert len(found) == 1, found
    assert ("Watamu Boat Crews Association", "organiser") in found[0]["orgs"], found
    assert ("Kilindini Fishers Network", "organiser") in found[0]["orgs"], found


def test_in_collaboration_or_with_no_organiser_keeps_a_partner():
    for text in (_COLLABORATION, _NO_ORGANISER):
        found = drafts_of(text)
        assert len(found) == 1, found
        assert ("Watamu Boat Crews Association", "partner") in found[0]["orgs"], found
