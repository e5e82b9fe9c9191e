"""General rules for organisations and their roles, read from the kinds of text the first runs
missed in three or more blind sets (issue 16); each tested on texts of our own, with texts that
must not trigger it."""

from __future__ import annotations

from tests.extract_drafts import drafts_of


def _funders(found: list[dict]) -> list[list[str]]:
    return [[name for name, role in d["orgs"] if role == "funder"] for d in found]


# One funder for all of a report's work, told once -----------------------------------------------

_YEAR = """Annual report 2023 of the Kivu Farmers Union

On 4 March 2023 the Kivu Farmers Union held a training on seed storage in Goma for 30 farmers.

On 12 August 2023 the union held a meeting with buyers in Bukavu, with 45 participants.

All our activities this year were made possible by the support of the Tanganyika Seed Fund (Belgium).
"""


def test_a_funder_of_all_the_work_pays_every_event():
    assert _funders(drafts_of(_YEAR)) == [["Tanganyika Seed Fund"]] * 2


_CAMPAIGN = """Campaign note: clean water for Kisiwani ward

On 14 May 2022 the Kisiwani Residents Forum held a public hearing on water prices in Tanga with 80 residents.

On 9 September 2022 the Kisiwani Residents Forum held a meeting with the water utility in Tanga with 25 residents.

The whole campaign was funded by the Pwani Civic Trust, except the meeting with the utility.
"""


def test_a_funder_of_the_whole_campaign_pays_all_but_the_one_excepted():
    found = drafts_of(_CAMPAIGN)
    assert len(found) == 2, found
    assert _funders(found) == [["Pwani Civic Trust"], []]


_BELOW = """Quarterly update of the Lake Shore Fishers Network

On 3 February 2024 the network held a meeting of boat owners in Kisumu with 20 owners.

All the activities below were financed by the Victoria Fisheries Fund.

On 10 March 2024 the network held a training on boat safety in Homa Bay for 35 fishers.

On 22 March 2024 the network held a workshop on fish prices in Mbita with 18 traders.
"""


def test_activities_below_are_the_ones_told_after_the_sentence():
    found = drafts_of(_BELOW)
    assert len(found) == 3, found
    assert _funders(found) == [[], ["Victoria Fisheries Fund"], ["Victoria Fisheries Fund"]]


_ONE_EVENT = """Quarterly update of the Lake Shore Fishers Network

On 10 March 2024 the network held a training on boat safety in Homa Bay for 35 fishers.

On 22 March 2024 the network held a workshop on fish prices in Mbita with 18 traders. The workshop was funded by the Victoria Fisheries Fund.
"""


def test_one_event_funded_gives_no_funder_to_the_others():
    found = drafts_of(_ONE_EVENT)
    assert _funders(found) == [[], ["Victoria Fisheries Fund"]]


_SINCE = """About us: the Lake Shore Fishers Network

In 2019 the network held a founding assembly in Kisumu with 60 fishers.

On 10 March 2022 the network held a training on boat safety in Homa Bay for 35 fishers.

All our activities since 2021 are supported by the Victoria Fisheries Fund.
"""


def test_a_funder_since_a_year_pays_no_event_before_it():
    found = drafts_of(_SINCE)
    assert len(found) == 2, found
    assert _funders(found) == [[], ["Victoria Fisheries Fund"]]


# The trainers told in a sentence of their own --------------------------------------------------

_TRAINED = "On 4 March 2023 the Kivu Farmers Union held a training on seed storage in Goma for 30 farmers. "


def _trainers(text: str) -> list[str]:
    found = drafts_of(_TRAINED + text)
    assert len(found) == 1, found
    return [name for name, role in found[0]["orgs"] if role == "trainer"]


def test_the_trainers_told_by_who_they_were():
    for text in (
        "The teachers were from the Lake Agronomy Institute.",
        "The trainers were two agronomists from the Lake Agronomy Institute, a group based in Bukavu.",
        "The trainer was a soil scientist of the Lake Agronomy Institute.",
        "The trainer was the Lake Agronomy Institute.",
        "The trainers were three agronomists of the Bukavu-based Lake Agronomy Institute.",
    ):
        assert _trainers(text) == ["Lake Agronomy Institute"], text


def test_the_trainers_told_by_their_body():
    for text in (
        "The agronomists of the Lake Agronomy Institute were the trainers.",
        "An agronomist from the Lake Agronomy Institute was the trainer.",
        "Agronomists from the Lake Agronomy Institute taught the sessions.",
        "The Lake Agronomy Institute led both sessions.",
        "Two agronomists of the Lake Agronomy Institute facilitated.",
    ):
        assert _trainers(text) == ["Lake Agronomy Institute"], text


def test_people_of_a_body_who_did_something_else_are_no_trainers():
    for text in (
        "The participants were teachers from the Goma Girls School.",
        "Volunteers of the Lake Agronomy Institute ran the seed stalls.",
        "The Lake Agronomy Institute was the venue.",
    ):
        assert _trainers(text) == [], text


def test_a_body_that_taught_a_course_ending_in_another_event_trains_only_the_course():
    text = (
        "From 3 to 12 February 2025 the Kivu Farmers Union held a course on seed law in Goma for 22"
        " farmers. The Lake Agronomy Institute taught the course, which ended with a field visit on"
        " the last day."
    )
    for d in drafts_of(text):
        if "field visit" in d["title"].lower():
            assert ("Lake Agronomy Institute", "trainer") not in d["orgs"], d


# A funder as the last item of a "with" list ----------------------------------------------------


def test_funding_from_at_the_end_of_a_with_list_is_the_funder():
    for text in (
        "On 4 March 2023 the Kivu Farmers Union held a training on seed storage in Goma for 30"
        " farmers, with trainers from the Lake Agronomy Institute and funding from the Tanganyika"
        " Seed Fund.",
        "In May 2023 the Kivu Farmers Union ran a two-day workshop on prices in Bukavu for 20"
        " traders, with volunteers of the Lake Agronomy Institute, and support from the Tanganyika"
        " Seed Fund.",
    ):
        assert _funders(drafts_of(text)) == [["Tanganyika Seed Fund"]], text


def test_support_from_people_in_a_with_list_gives_no_funder():
    text = (
        "On 4 March 2023 the Kivu Farmers Union held a training on seed storage in Goma for 30"
        " farmers, with songs and support from the elders of the village."
    )
    assert _funders(drafts_of(text)) == [[]]
