"""Thousands written with a dot ("1.200 participants") and decimals that stay decimals."""

from atlas.extract import numbers


def _totals(sentence: str) -> list[int]:
    return [c.value for c in numbers.totals(numbers.digits(sentence))]


def test_a_dot_before_three_digits_and_people_is_a_thousands_separator():
    assert _totals("1.200 participants came to the fair.") == [1200]
    assert _totals("About 2.500 domestic workers marched to the ministry.") == [2500]


def test_a_count_of_things_with_a_dot_is_read_as_thousands():
    assert numbers.digits("The monitors distributed 1.200 leaflets.") == (
        "The monitors distributed 1,200 leaflets."
    )


def test_several_dots_of_thousands():
    assert _totals("1.200.000 people took part in the consultation.") == [1200000]


def test_a_decimal_stays_a_decimal():
    assert numbers.digits("The budget rose 1.20 times.") == "The budget rose 1.20 times."
    assert _totals("1.20 participants") == []


def test_a_million_with_a_decimal_is_no_count_of_one_million():
    assert numbers.digits("1.5 million migrants live there.") == "1.5 million migrants live there."
    assert _totals("1.5 million participants attended online.") == []


def test_another_decimal_in_the_sentence_keeps_the_dot_a_decimal_point():
    text = "1.200 participants and 1.5 million views"
    assert numbers.digits(text) == text


def test_a_unit_after_the_number_is_no_count():
    assert numbers.digits("a march of 1.200 km") == "a march of 1.200 km"


def test_number_words_are_still_written_as_digits():
    assert _totals("Twenty-four participants attended.") == [24]
