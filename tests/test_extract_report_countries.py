"""A town known by another name, or too small for the main gazetteer, is taken where the report
names its country anywhere (its title, a heading, another sentence), not only in the sentence
that names the town (issue 16: "a small town must not be matched to a same-named place on another
continent when the report names its country or region"); a state's name is no town's other name;
a name two named countries have a town of says neither; a line of objectives is a plan. Each
tested on texts of our own, with texts that must not trigger it."""

from __future__ import annotations

from atlas.extract import places
from tests.extract_drafts import drafts_of


def _cities(text: str) -> list[tuple[str | None, str | None]]:
    return [(d["city"], d["country"]) for d in drafts_of(text)]


def test_a_small_town_in_the_country_a_heading_names():
    text = (
        "Shan Border Women's Network (Myanmar)\nAnnual report 2024\n\n"
        "On 3 March 2024 we held a training in Kawthaung for 25 women.\n"
    )
    assert _cities(text) == [("Kawthaung", "MMR")]


def test_a_small_town_in_a_report_that_names_no_country_stays_unplaced():
    text = "Border Women's Network\nAnnual report 2024\n\nOn 3 March 2024 we held a training in Kawthaung for 25 women.\n"
    assert _cities(text) == [(None, None)]


def test_a_towns_other_name_in_a_report_on_its_country():
    text = (
        "PART 1 - Border Workers Centre (China)\n"
        "On 16 July 2024 we trained 25 peer leaders at the Golden Peacock Hotel, Ruili.\n"
        "PART 2 - Muse Women Group (Myanmar)\n"
        "On 19 September 2024 we held a meeting in Muse with 20 women.\n"
    )
    assert ("Ruili", "CHN") in _cities(text)


def test_a_states_name_is_no_other_name_of_a_town():
    assert places.small_town("Sabah", {"MYS"}) is None
    # a province's capital of the province's own name is still its town
    assert places.small_town("Chhnok Tru", {"KHM"}) is not None


def test_a_name_two_named_countries_have_a_town_of_says_neither():
    found = places._small_towns().get(places.fold_for_place_lookup("Port Royal")) or ()
    countries = {town.country_iso3 for town in found}
    assert len(countries) >= 2  # the gazetteer's own ambiguity, which the test relies on
    assert places.small_town("Port Royal", countries) is None
    assert places.small_town("Port Royal", {sorted(countries)[0]}) is not None


def test_a_line_of_objectives_is_a_plan():
    text = (
        "Steppe Schools Network (Kazakhstan)\nTrip report, May 2024\n\n"
        "Next steps agreed with the district:\n"
        "- To hold a round table on inclusive education budgets in Shymkent.\n"
        "- To run a training for 30 teachers in Turkestan.\n"
    )
    assert drafts_of(text) == []
