"""An event's own name, read from a heading over it or from the sentence that told it, where the
first runs proposed only its kind (issue 16); tested on texts of our own, each rule with a text
that must leave the title as it was."""

from __future__ import annotations

from tests.extract_drafts import drafts_of


def _titles(text: str) -> list[str]:
    return [d["title"] for d in drafts_of(text)]


# A report's title line that names its one event of the kind: "Regional Seminar on X" over "the
# four-day regional seminar took place ..."


def test_the_report_title_names_its_one_seminar():
    text = (
        "Regional Seminar on Seasonal Farm Work and Debt Bondage\n\n"
        "We report on the three-day regional seminar that took place from 4 to 6 June 2024 in "
        "Chiang Rai, Thailand. In total, 40 participants attended."
    )
    assert _titles(text) == ["Regional Seminar on Seasonal Farm Work and Debt Bondage"]


def test_the_town_after_the_title_is_no_part_of_its_name():
    text = (
        "Provincial Consultation on Returning Farm Workers, Pakse\n\n"
        "The consultation was held on 10 and 11 May 2024 in Pakse, Lao PDR. About 60 people "
        "took part."
    )
    assert _titles(text) == ["Provincial Consultation on Returning Farm Workers"]


def test_a_town_before_a_colon_is_no_part_of_the_name():
    text = (
        "Mombasa: Training of Trainers for Women Fish Traders\n\n"
        "From 3 to 7 March 2025 the network ran a five-day training in Mombasa, Kenya, for 22 "
        "women fish traders."
    )
    assert _titles(text) == ["Training of Trainers for Women Fish Traders"]


def test_the_name_before_a_colon_over_what_the_report_tells():
    text = (
        "Island Youth Forum 2025: who came and what was said\n\n"
        "The forum was held on 9 August 2025 in Apia, Samoa, with 70 young people."
    )
    assert _titles(text) == ["Island Youth Forum 2025"]


def test_no_title_from_the_name_of_the_report():
    text = (
        "Annual Report 2024\n\n"
        "On 4 June 2024 the network held a workshop in Dodoma, Tanzania, with 30 farmers."
    )
    assert _titles(text) == ["Workshop"]


def test_no_title_from_a_heading_over_two_events_of_the_kind():
    text = (
        "Workshop on Water Rights for Herders\n\n"
        "On 4 June 2024 the network held a workshop in Dodoma, Tanzania, with 30 herders. On 9 "
        "September 2024 it held a second workshop in Arusha, Tanzania, with 25 herders."
    )
    assert "Workshop on Water Rights for Herders" not in _titles(text)


# A section's heading or a numbered item's run-in title that names the one event the section or
# item tells: "1. Workshop on X" over "On 5 March the workshop was held ..."


def test_each_numbered_section_names_its_event():
    text = (
        "Half-year report 2024\n\n"
        "1. Workshop on land titles for widows\n"
        "On 5 March 2024 the workshop was held in Lilongwe, Malawi, with 40 widows.\n\n"
        "2. Training on bookkeeping for savings groups\n"
        "On 9 May 2024 the training was held in Dedza, Malawi, with 25 treasurers."
    )
    assert _titles(text) == [
        "Workshop on land titles for widows",
        "Training on bookkeeping for savings groups",
    ]


def test_a_run_in_title_opening_a_numbered_item():
    text = (
        "2. Activities\n\n"
        "2.1 Consultation on seasonal work abroad. On 21 May 2024 the association held a "
        "consultation in Pakse, Lao PDR, with 35 returnees."
    )
    assert _titles(text) == ["Consultation on seasonal work abroad"]


def test_no_title_from_a_heading_that_tells_only_where():
    text = (
        "3. Dialogue at the district hall\n"
        "On 22 May 2024 the centre organised a dialogue between survivors and the district "
        "officials in Vinh, Viet Nam, with 25 participants."
    )
    assert _titles(text) == ["Dialogue between survivors and the district officials"]


# The body that held its own gathering: "The X Network held its second regional meeting in Y"


def test_the_body_that_held_its_meeting_names_it():
    text = (
        "The Andes Water Users Network held its second regional meeting in Cusco, Peru, from 2 "
        "to 4 May 2023, with 60 delegates."
    )
    assert _titles(text) == ["Second regional meeting of the Andes Water Users Network"]


def test_no_body_name_from_our_own_network():
    text = (
        "Our network held its second regional meeting in Cusco, Peru, from 2 to 4 May 2023, "
        "with 60 delegates."
    )
    assert "of the" not in _titles(text)[0]


# An international day the event was held on: "On International Women's Day we held a vigil"


def test_a_vigil_held_on_an_international_day():
    text = (
        "On 8 March 2024, International Women's Day, we held a vigil at Uhuru Park in Nairobi, "
        "Kenya, with 200 women."
    )
    assert _titles(text) == ["Vigil on International Women's Day"]


def test_no_day_when_the_vigil_was_held_on_another_date():
    text = (
        "On 1 March 2024, a week before International Women's Day, we held a vigil at Uhuru "
        "Park in Nairobi, Kenya, with 200 women."
    )
    assert _titles(text) == ["Vigil"]


# A topic told after the event's town or date: "held a workshop in Dodoma on water rights"


def test_the_topic_after_the_town():
    text = (
        "On 9 and 10 February 2021 the farmers' union held a workshop in Dodoma on keeping "
        "seed through the dry season."
    )
    assert _titles(text) == ["Workshop on keeping seed through the dry season"]


def test_no_topic_from_who_supported_it():
    text = (
        "On 9 and 10 February 2021 the farmers' union held a workshop in Dodoma with the "
        "support of the district council."
    )
    assert _titles(text) == ["Workshop"]


# What the people trained were trained on: "trained 35 women of Joal on the new smoking ovens"


def test_what_the_people_trained_were_trained_on():
    text = (
        "On 10 and 11 December 2023 our network trained 35 women of Joal on the new smoking "
        "ovens at the processing site in Mbour, Senegal."
    )
    assert _titles(text) == ["Training for women on the new smoking ovens"]


def test_no_topic_from_the_day_they_were_trained_on():
    text = "Our network trained 35 women of Joal on 10 December 2023 in Mbour, Senegal."
    assert _titles(text) == ["Training for women"]


# Those who came, named by the day they came on: "On International Migrants Day it gathered 400
# domestic workers"


def test_a_gathering_on_an_international_day():
    text = (
        "On 18 December 2023, International Migrants Day, it gathered more than 400 domestic "
        "workers in Amman, Jordan, for a day of music and food."
    )
    assert [t.split()[0] for t in _titles(text)] == ["Gathering"]
    assert _titles(text)[0].endswith("on International Migrants Day")


# Of a report's title line over several events of the kind: the one whose title holds its noun


def test_the_title_line_names_the_one_meeting_among_other_meetings():
    text = (
        "Annual Members' Meeting 2024 of the Andean Water Federation\n\n"
        "Context\n\n"
        "On 3 May 2024 the federation held its meeting in Quito, Ecuador, with 60 members. On 4 "
        "May 2024 it held a policy dialogue with officials of the ministry in Quito, Ecuador."
    )
    assert _titles(text)[0] == "Annual Members' Meeting 2024 of the Andean Water Federation"


def test_no_title_from_a_news_headline():
    text = (
        "Returned maids tell regional meeting of unpaid wages\n\n"
        "On 4 June 2024 about 70 people met in Entebbe, Uganda, for a regional meeting."
    )
    assert "tell" not in _titles(text)[0]


def test_no_title_from_how_long_a_section_heading_says_it_lasted():
    text = (
        "2. Two days training, Tripoli\n"
        "On 4 and 5 June 2024 the centre ran a training on first aid for 20 domestic workers in "
        "Tripoli, Lebanon."
    )
    assert _titles(text) == ["Training on first aid for 20 domestic workers"]


def test_no_topic_from_the_body_it_was_held_for():
    text = (
        "In October 2018 the traders' association hosted an exchange visit in Harare for the "
        "Zambia Market Traders Union, with 14 traders."
    )
    assert "Union" not in _titles(text)[0]
