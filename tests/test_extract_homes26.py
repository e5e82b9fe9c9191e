"""Rules for participants' home countries read from the blind sets' first runs (issue 16): kinds
of text that recur across several sets' first runs; each tested on sentences of our own, with
sentences that must not trigger it."""

from __future__ import annotations

from tests.extract_drafts import one_draft

# "N people, all from X": X holds every participant -----------------------------------------------


def test_all_from_a_country_gives_it_the_count():
    d = one_draft(
        "From 3 to 5 May 2024 we held a training in Chittagong at the Harbour Hall for 31 "
        "fishers, all from Bangladesh."
    )
    assert d["total"] == 31
    assert d["homes"] == [("BGD", 31)]


def test_all_of_them_and_a_nationality_give_the_count():
    d = one_draft(
        "The seed fair was held in Tamale on 9 March 2023 with 40 farmers, all of them Ghanaian."
    )
    assert d["homes"] == [("GHA", 40)]


def test_all_from_after_a_place_they_go_to():
    d = one_draft(
        "In June 2024 we held a pre-departure workshop in Dhaka for 44 women going to Jordan "
        "as garment workers, all from Bangladesh."
    )
    assert d["homes"] == [("BGD", 44)]


def test_all_from_after_things_counted_gives_no_home():
    d = one_draft(
        "From 3 to 5 May 2024 we held a training in Chittagong at the Harbour Hall for 31 "
        "fishers; the 12 boats, all from Bangladesh, were mended."
    )
    assert d["homes"] == []


def test_all_from_after_a_rough_count_or_a_range_gives_no_count():
    rough = one_draft(
        "The assembly was held in Kathmandu on 4 May 2024. Over 200 returnees, all of them "
        "Nepali citizens, took part."
    )
    assert ("NPL", 200) not in rough["homes"]
    ranged = one_draft(
        "From 4 to 6 March 2024 we held a training in Mahachai in three groups, each with 6 to 9 "
        "women workers, all from Cambodia."
    )
    assert ("KHM", 9) not in ranged["homes"]


# "... and the rest X": those counted first came from elsewhere, the rest from X -------------------


def test_the_rest_after_counts_by_country_is_a_home():
    d = one_draft(
        "The seminar took place in Lima on 4 June 2024 with 80 participants: 50 from Venezuela, "
        "10 from Colombia and the rest Peruvian neighbours."
    )
    assert d["homes"] == [("VEN", 50), ("COL", 10), ("PER", None)]


def test_the_others_as_a_plural_nationality_or_after_came_from():
    plural = one_draft(
        "The forum was held in Quito on 4 June 2024. Participated 45 attendees: 30 Venezuelans, "
        "10 Colombians and the rest Ecuadorians of the host community."
    )
    assert ("ECU", None) in plural["homes"]
    came = one_draft(
        "The training was held in Kep on 4 June 2024. The 30 participants included five staff "
        "of Thai partner organisations; the others came from Cambodian ministries and unions."
    )
    assert ("KHM", None) in came["homes"]


def test_the_rest_of_something_else_is_no_home():
    d = one_draft(
        "The training was held in Kep on 4 June 2024 for 30 fishers from Cambodia; the rest of "
        "the money, 400 dollars, came from German donors."
    )
    assert [c for c, _n in d["homes"]] == ["KHM"]


# Counts by nationality told as a list: "21 Malian farmers and 9 Burkinabe farmers" -------------


def test_counts_by_nationality_in_a_sentence_that_names_the_trainers():
    d = one_draft(
        "From 2 to 6 September 2024 we held a training in Chennai where 26 teachers - 15 Sri "
        "Lankan refugee teachers and 11 Indian teachers - were trained as trainers by two "
        "specialists from Kenya."
    )
    assert sorted(d["homes"]) == [("IND", 11), ("LKA", 15)]


def test_counted_trainers_by_nationality_are_no_homes():
    d = one_draft(
        "From 2 to 6 September 2024 we held a training in Chennai for 26 teachers, led by 3 "
        "Kenyan trainers and 2 Ugandan facilitators."
    )
    assert not {c for c, _n in d["homes"]} & {"KEN", "UGA"}


def test_a_nationality_count_beside_a_count_from_a_country():
    d = one_draft(
        "On 12 May 2024 we held a meeting in Mae Sot with 40 workers, of which 31 Burmese and 9 "
        "from Laos."
    )
    assert sorted(d["homes"]) == [("LAO", 9), ("MMR", 31)]


def test_one_counted_nationality_alone_keeps_no_count():
    d = one_draft("On 12 May 2024 we held a training in Mae Sot for 40 Burmese workers.")
    assert d["homes"] == [("MMR", None)]


# A group counted "from X" after the count of them all: "and 3 observers from Nepal" ------------


def test_a_group_counted_from_a_country_after_the_total():
    d = one_draft(
        "The forum was held in Arusha on 8 May 2024. It had 50 participants: farmers from "
        "Tanzania (30) and Kenya (16), and 4 observers from Uganda."
    )
    assert ("UGA", 4) in d["homes"]


def test_a_count_from_a_country_with_its_noun_left_out():
    d = one_draft(
        "On 17 August 2024 a forum in Bangkok brought together 70 people: 35 fishers from "
        "Myanmar, 20 from Laos, and Thai union members."
    )
    assert ("MMR", 35) in d["homes"] and ("LAO", 20) in d["homes"]


def test_counted_trainers_or_returnees_from_a_country_get_no_count():
    d = one_draft(
        "The forum was held in Arusha on 8 May 2024 with 50 participants, among them 6 "
        "returnees from Oman and 3 lawyers from Kenya who led the sessions."
    )
    assert ("OMN", 6) not in d["homes"] and ("KEN", 3) not in d["homes"]
