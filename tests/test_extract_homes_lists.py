"""Home countries counted in lists the rules read in part (issue 16): people counted "of" their
country in a list, a bracket after a country's count, and a sentence that counts its people
before naming the groups they came from (atlas/extract/origins.py)."""

from __future__ import annotations

from atlas.extract import numbers, origins
from tests.extract_drafts import one_draft


def counts(sentence: str) -> list[tuple[str, int | None]]:
    return [
        (c.country_iso3, c.participants) for c in origins.country_counts(numbers.digits(sentence))
    ]


def test_people_counted_of_their_country_in_a_list():
    assert counts(
        "120 persons participated, of which 85 returnees of Senegal, 20 of Mali and 15 of Guinea."
    ) == [("SEN", 85), ("MLI", 20), ("GIN", 15)]
    d = one_draft(
        "On 14 March 2024 the consortium held a regional forum of returnees in Tambacounda. "
        "120 persons participated, of which 85 returnees of Senegal, 20 of Mali and 15 of Guinea."
    )
    assert d["homes"] == [("SEN", 85), ("MLI", 20), ("GIN", 15)]


def test_one_count_of_a_country_or_things_of_countries_are_no_homes():
    assert counts("The team went to 3 of Cambodia's provinces and 2 of Laos's.") == []
    assert counts("The project covers 12 provinces of Cambodia and 4 of Laos.") == []
    assert counts("Around 40 people came, 25 of Kenya.") == []


def test_a_bracket_after_a_countrys_count_keeps_the_list_going():
    assert counts(
        "By country: Kazakhstan 34, Uzbekistan 12 (Tashkent and Syrdarya regions), Kyrgyzstan 6."
    ) == [("KAZ", 34), ("UZB", 12), ("KGZ", 6)]


def test_people_counted_before_the_member_groups_they_came_from():
    assert counts(
        "Twenty-six people attended, from eleven member groups: 15 from Greek member groups, "
        "6 from North Macedonia and 5 from Bulgaria."
    ) == [("GRC", 15), ("MKD", 6), ("BGR", 5)]
    # a label that counts the groups themselves gives no homes
    assert counts("Member groups by country: Kenya 18, Uganda 9.") == []


def test_the_largest_group_told_by_its_nationality_or_with_of_before_its_size():
    assert counts("The Venezuelans were the largest group, 48 of them, many who walked.") == [
        ("VEN", 48)
    ]
    assert counts("The largest delegation, of 46 persons, came from Thailand.") == [("THA", 46)]
    # a share is not a count
    assert counts("The Thais were the largest group, 40% of those present.") == []


def test_a_bracket_naming_bodies_after_a_countrys_count_stops_the_list():
    # the bodies each country sent are read with their sum by homes30, not as a plain list
    assert counts("Present: China 11 (Border Health Friends Association), Myanmar 4.") == []


def test_a_count_in_brackets_with_its_people_after_a_country():
    assert counts(
        "The Embassies of Cambodia (3 officials), Lao PDR (2) and Myanmar (4) were represented "
        "by their labour attachés."
    ) == [("KHM", 3), ("LAO", 2), ("MMR", 4)]
    # bodies in brackets are not people
    assert counts("Member groups in Kenya (8 organisations) sent their views.") == []
