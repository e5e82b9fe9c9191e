"""Where an event was held, read from kinds of text the first runs missed in three or more blind
sets (issue 16); tested on texts of our own, each with a text that must give nothing."""

from __future__ import annotations

from tests.extract_drafts import drafts_of


def _where(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(d["city"], d["venue"], d["country"]) for d in drafts_of(text)]


# A venue named after the town it belongs to ("the Pietermaritzburg City Hall", "the Mae Sot
# Community Hall", "the Sangkhlaburi District Office"): the town the event was held in.


def test_a_town_hall_named_after_its_town():
    text = "On 4 June 2025 the union held a public forum on farm wages at the Pietermaritzburg City Hall."
    assert _where(text) == [("Pietermaritzburg", "Pietermaritzburg City Hall", "ZAF")]


def test_a_community_hall_named_after_its_town():
    text = (
        "On 12 May 2024 the federation held its general assembly at the Mae Sot Community Hall, "
        "where 90 members voted."
    )
    assert _where(text) == [("Mae Sot", "Mae Sot Community Hall", "THA")]


def test_no_town_from_a_hall_named_after_a_town_of_several_countries():
    text = (
        "On 4 June 2025 the union held a public forum on farm wages at the Richmond Community Hall."
    )
    assert _where(text) == [(None, "Richmond Community Hall", None)]


def test_no_town_from_a_hotel_named_after_a_town():
    # a hotel may bear the name of a town far away ("the Hotel Tashkent Residence" in Almaty)
    text = "On 4 June 2025 the network held a regional meeting at the Pokhara Grand Hotel."
    assert [w[0] for w in _where(text)] == [None]


def test_no_town_in_another_country_than_the_events():
    text = (
        "On 4 June 2025 the union held a public forum on farm wages in Kenya, at the "
        "Pietermaritzburg City Hall."
    )
    assert [w[0] for w in _where(text)] == [None]


# A room of a named venue, told with "in" or by a room's own name ("in the conference hall of
# the Riverside Palace Hotel", "in the auditorium of the National University of Laos", "in the
# Mekong Room of the Green Valley Hotel"): the venue named.


def test_the_venue_of_a_conference_hall_told_with_in():
    text = (
        "On 3 May 2024 the network held a workshop on wage law in the conference hall of the "
        "Riverside Palace Hotel, with 30 workers."
    )
    assert [w[1] for w in _where(text)] == ["Riverside Palace Hotel"]


def test_the_venue_of_an_auditorium():
    text = (
        "The seminar on land rights took place on 3 May 2024 in the auditorium of the National "
        "University of Laos."
    )
    assert [w[1] for w in _where(text)] == ["National University of Laos"]


def test_the_venue_of_a_room_with_a_name_of_its_own():
    text = "On 3 May 2024 the network held a workshop on wage law in the Mekong Room of the Green Valley Hotel."
    assert [w[1] for w in _where(text)] == ["Green Valley Hotel"]


def test_no_venue_from_the_hall_of_a_body():
    # whose hall, not which venue: a body's name with no venue's word
    text = (
        "On 3 May 2024 the network held a workshop on wage law in the hall of the Lao Women's "
        "Union."
    )
    assert [w[1] for w in _where(text)] == [None]


def test_no_venue_from_a_venue_words_kind_alone():
    text = "On 3 May 2024 the network held a workshop on wage law in the main hall of the Casa."
    assert [w[1] for w in _where(text)] == [None]


def test_no_venue_from_the_room_of_an_office_told_as_a_body():
    text = (
        "On 3 May 2024 a dialogue on health insurance was held in the meeting room of the "
        "Provincial Labour Office, who called the meeting."
    )
    assert [w[1] for w in _where(text)] == [None]


# The town told before the event's noun in its own sentence ("Over 80 fishers gathered at the
# Harbour Hall in Mombasa ... for a consultation"): the town the event was held in.


def test_the_town_told_before_the_event_in_its_sentence():
    text = (
        "Over 80 fishers from four counties converged at the Harbour Hall in Mombasa on 3 May "
        "2024 for a dialogue on landing fees."
    )
    assert [(w[0], w[2]) for w in _where(text)] == [("Mombasa", "KEN")]


def test_no_town_where_people_work_before_the_event():
    text = "Forty women who work in Mombasa converged on 3 May 2024 for a dialogue on landing fees."
    assert [w[0] for w in _where(text)] == [None]


def test_no_town_when_the_sentence_names_two():
    text = (
        "Over 80 fishers from Kenya converged in Mombasa and in Dar es Salaam on 3 May 2024 "
        "for a dialogue on landing fees."
    )
    assert [w[0] for w in _where(text)] == [None]


# A town whose name other countries share, or a country's, placed by the province told after it
# ("in Richmond, KwaZulu-Natal", "in the town of Jordan, Guimaras"): the province's country.


def test_a_shared_town_name_placed_by_its_province():
    text = (
        "On 20 May 2025 the project held a two-day training for farmworkers in Richmond, "
        "KwaZulu-Natal, with 30 workers."
    )
    assert [(w[0], w[2]) for w in _where(text)] == [("Richmond", "ZAF")]


def test_a_town_named_as_a_country_placed_by_its_province():
    text = (
        "A paralegal orientation for 20 fishers' leaders was held on 16 July 2024 in the town of "
        "Jordan, Guimaras."
    )
    assert [(w[0], w[2]) for w in _where(text)] == [("Jordan", "PHL")]


def test_no_province_after_a_town_keeps_its_country():
    text = (
        "On 20 May 2025 the project held a two-day training for farmworkers in Nairobi, Mombasa "
        "and Kisumu, with 30 workers."
    )
    assert [w[2] for w in _where(text)] == ["KEN"]


def test_a_town_named_as_a_country_the_capital_of_a_province():
    text = (
        "Forty farmworkers met in Liberia, the capital of Guanacaste province, on 20 September "
        "2025 for an assembly on regularisation."
    )
    assert [(w[0], w[2]) for w in _where(text)] == [("Liberia", "CRI")]


# A ministry's or a parliament's house as the venue ("at the Ministry of Labour and Social
# Welfare in Vientiane", "at the European Parliament", "at the Parliament of Kenya").


def test_a_ministry_as_the_venue():
    text = (
        "On 4 March 2025 a policy dialogue on recruitment fees was held at the Ministry of Labour "
        "and Social Affairs in Nairobi, with 40 participants."
    )
    assert [w[1] for w in _where(text)] == ["Ministry of Labour and Social Affairs"]


def test_a_parliament_as_the_venue():
    text = "The report on care work was launched on 4 March 2025 at the European Parliament in Brussels."
    assert [w[1] for w in _where(text)] == ["European Parliament"]


def test_no_venue_from_a_ministry_written_to():
    text = (
        "On 4 March 2025 the union held a workshop on recruitment fees and sent its "
        "recommendations to the Ministry of Labour."
    )
    assert [w[1] for w in _where(text)] == [None]


def test_no_venue_from_a_youth_parliament_or_a_congress_of_a_body():
    text = "On 4 March 2025 the youth network held a workshop on climate at the Youth Parliament."
    assert [w[1] for w in _where(text)] == [None]
