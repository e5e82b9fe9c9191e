"""General rules for participants' home countries, their counts and the event's total count, read
from the kinds of text the first runs missed in three or more blind sets (issue 16); each tested on
texts of our own, with texts that must not trigger it."""

from __future__ import annotations

from tests.extract_drafts import drafts_of, one_draft

# "N people came": the bare verb of those who came is their count --------------------------------


def test_people_who_came_are_the_count():
    text = (
        "On 3 June 2024 the Lakeside Growers Union held a workshop on seed prices in Kisumu. "
        "Around 85 farmers came, most of them women."
    )
    assert one_draft(text)["total"] == 85


def test_people_who_came_to_the_day_are_the_count():
    text = (
        "On 3 June 2024 the Lakeside Growers Union held a health day at the Kisumu market. "
        "About 140 traders came to the health day."
    )
    assert one_draft(text)["total"] == 140


def test_people_who_came_back_from_abroad_are_no_count():
    text = (
        "On 3 June 2024 the Lakeside Growers Union held a workshop on seed prices in Kisumu. "
        "Last year 900 workers came back from the Gulf."
    )
    assert one_draft(text)["total"] is None


def test_people_of_one_nationality_who_came_keep_their_country_count():
    text = (
        "On 3 June 2024 the Lakeside Growers Union held a legal clinic at the Busia market. "
        "Around 60 Ugandan traders came for advice on permits."
    )
    found = one_draft(text)
    assert found["total"] is None
    assert found["homes"] == [("UGA", 60)]


def test_a_count_of_those_who_came_beside_another_event_word_is_not_taken():
    text = (
        "In May the Lakeside Growers Union held a seed fair at Kisumu Town Hall. "
        "500 farmers came, and 40 of them signed up for a training."
    )
    assert all(d["total"] != 500 for d in drafts_of(text))


# The host country's count: "the host country's 18 delegates", "12 from the host country" ---------


def test_the_host_countrys_delegates_are_the_event_countrys_count():
    text = (
        "On 4 April 2024 the Andean Waste Pickers Network held a regional meeting in Lima, Peru. "
        "Delegates from Ecuador and Bolivia joined the host country's 22 delegates."
    )
    assert ("PER", 22) in one_draft(text)["homes"]


def test_those_from_the_host_country_are_its_count():
    text = (
        "On 4 April 2024 the Andean Waste Pickers Network held a regional meeting in Lima, Peru. "
        "Delegates were 14 from the host country and 6 from Ecuador."
    )
    assert ("PER", 14) in one_draft(text)["homes"]


def test_the_host_countrys_bodies_are_no_count():
    text = (
        "On 4 April 2024 the Andean Waste Pickers Network held a regional meeting in Lima, Peru, "
        "with 30 participants. The host country's 3 ministries sent observers."
    )
    assert ("PER", 3) not in one_draft(text)["homes"]


# "N people, all X" where nothing else names a home: X holds them all ------------------------------


def test_a_count_all_of_one_nationality_is_that_countrys():
    text = "On 9 May 2023 the Coral Coast Workers Union held a pre-departure training in Nadi for 60 workers, all Fijian."
    assert one_draft(text)["homes"] == [("FJI", 60)]


def test_a_count_all_of_one_nationality_after_a_rough_count_keeps_none():
    text = "On 9 May 2023 the Coral Coast Workers Union held a pre-departure training in Nadi for over 60 workers, all Fijian."
    assert ("FJI", 60) not in one_draft(text)["homes"]


# A total split by where its people came from, a part told by nationality or by a place in a country


def test_a_total_split_into_a_from_part_and_a_nationality():
    text = "On 2 April 2024 the Riverside Boat Union held a training on safety in Nong Khai. 30 crew members came: 19 from Laos and 11 Thai."
    assert sorted(one_draft(text)["homes"]) == [("LAO", 19), ("THA", 11)]


def test_a_total_split_by_places_within_countries():
    text = (
        "On 2 April 2024 the Riverside Youth Circle held a forum in Mae Sai. 50 young people "
        "attended: 32 from hill villages in Thailand and 18 who crossed from Tachileik in Myanmar."
    )
    assert sorted(one_draft(text)["homes"]) == [("MMR", 18), ("THA", 32)]


def test_parts_that_do_not_add_up_to_the_total_give_no_counts():
    text = (
        "On 2 April 2024 the Riverside Youth Circle held a forum in Mae Sai. 50 young people "
        "attended: 20 from hill villages in Thailand and 18 who crossed from Tachileik in Myanmar."
    )
    assert ("THA", 20) not in one_draft(text)["homes"]
