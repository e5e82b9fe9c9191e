"""Home countries told for the whole after the total's sentence, or beside other homes
(atlas/extract/whole_homes.py, atlas/extract/homes32.py): each rule with a sentence it must read
and one it must leave alone."""

from __future__ import annotations

from tests.extract_drafts import one_draft

TRAINING = (
    "Thirty-six village volunteers completed a three-day training on safe migration in "
    "Savannakhet, from 13 to 15 May 2025. "
)


def test_the_sentence_after_the_total_says_all_are_of_one_nationality():
    d = one_draft(TRAINING + "The volunteers, 20 women and 16 men, are all Lao nationals.")
    assert d["total"] == 36
    assert d["homes"] == [("LAO", 36)]


def test_all_nationals_in_a_sentence_of_its_own():
    d = one_draft(
        "On 4 June 2025 we held a reintegration dialogue with returnee fishers at the Ochheuteal "
        "Community Hall, Sihanoukville. 52 participants (M 39 / F 13). All Cambodian nationals."
    )
    assert d["homes"] == [("KHM", 52)]


def test_those_who_ran_it_all_of_one_nationality_are_no_home():
    d = one_draft(TRAINING + "The trainers were all Thai nationals.")
    assert d["total"] == 36
    assert d["homes"] == []


def test_two_nationalities_after_all_give_no_count():
    d = one_draft(TRAINING + "The volunteers are all Lao and Thai nationals.")
    assert ("LAO", 36) not in d["homes"] and ("THA", 36) not in d["homes"]


def test_a_split_by_nationality_after_a_colon():
    d = one_draft(
        "On 18 November 2025 we held a workshop on regularisation at the Puente Plaza Hotel, "
        "Cucuta. 45 participants, F 41 / M 4. By nationality: 38 Venezuelan, 7 Colombian."
    )
    assert d["total"] == 45
    assert sorted(d["homes"]) == [("COL", 7), ("VEN", 38)]


def test_a_split_by_nationality_that_does_not_add_up_gives_no_counts():
    d = one_draft(
        "On 18 November 2025 we held a workshop on regularisation at the Puente Plaza Hotel, "
        "Cucuta. 45 participants, F 41 / M 4. By nationality: 30 Venezuelan, 7 Colombian."
    )
    assert ("VEN", 30) not in d["homes"] and ("COL", 7) not in d["homes"]


def test_a_split_by_sex_in_brackets_before_all_of_one_nationality():
    d = one_draft(
        "On 14 October 2025 we held an orientation on safe migration for young people in "
        "Houayxay. 40 participants (F 22 / M 18), all Lao, from 6 villages."
    )
    assert d["total"] == 40
    assert d["homes"] == [("LAO", 40)]


def test_a_split_by_sex_of_the_trainers_gives_the_whole_no_home():
    d = one_draft(
        "On 14 October 2025 we held an orientation on safe migration for 40 young people in "
        "Houayxay. It was run by 4 trainers (F 2 / M 2), all Thai."
    )
    assert d["total"] == 40
    assert ("THA", 40) not in d["homes"]


def test_a_part_among_those_who_came_beside_another_home():
    d = one_draft(
        "On 3 May 2025 the Network launched its study at the Mekong Lotus Riverside Hotel in Phnom "
        "Penh. More than 120 people attended the launch, among them 45 returnee migrant workers, "
        "all Cambodian, and six Thai trade union organisers."
    )
    assert sorted(d["homes"]) == [("KHM", 45), ("THA", 6)]


def test_a_part_that_does_not_fit_in_the_total_is_left_out():
    d = one_draft(
        "On 3 May 2025 the Network launched its study at the Mekong Lotus Riverside Hotel in Phnom "
        "Penh. 40 people attended the launch, among them 45 returnee migrant workers, all "
        "Cambodian, and six Thai trade union organisers."
    )
    assert ("KHM", 45) not in d["homes"]
