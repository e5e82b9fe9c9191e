"""A sentence's count of people checked against what its counts by country add up to
(atlas/extract/facts.py's _whole_of_countries), and the tags of formatting in text pasted from a
web page (atlas/extract/sentences.py's without_tags): each with a text it must read and one it
must leave alone."""

from __future__ import annotations

from tests.extract_drafts import drafts_of

HEAD = (
    "Regional Seminar on Seasonal Work\n\n"
    "The Danube Migrant Workers' Alliance held a regional seminar on seasonal work on 3 May 2025 "
    "at the Riverside Hall in Vienna. "
)


def test_a_group_counted_beside_counts_by_country_is_not_the_total():
    [d] = drafts_of(
        HEAD + "Delegations came from Austria (14), Hungary (11) and Slovenia (6), and three "
        "guests from Nepal attended as observers. With the organisers, 40 people took part."
    )
    assert d["total"] == 40
    assert ("AUT", 14) in d["homes"] and ("HUN", 11) in d["homes"] and ("NPL", 3) in d["homes"]


def test_the_whole_told_after_its_parts_in_one_sentence_stays():
    [d] = drafts_of(
        HEAD + "The Hungarian delegation 9 persons and the Austrian side 11 persons, totally 20 "
        "persons."
    )
    assert d["total"] == 20


def test_a_part_counted_first_leaves_the_total_to_a_later_sentence():
    [d] = drafts_of(
        HEAD + "By country, 21 participants came from Austria, 9 from Hungary and 5 from "
        "Slovenia. In all 35 people attended."
    )
    assert d["total"] == 35


def test_a_whole_that_holds_its_countries_stays():
    [d] = drafts_of(
        HEAD + "The 38 delegates came from Austria 17, Hungary 12 and Slovenia 9, and all of "
        "them stayed for the closing session."
    )
    assert d["total"] == 38


def test_a_whole_with_a_split_that_adds_up_stays():
    [d] = drafts_of(HEAD + "Forty workers took part, 25 from Hungary and 15 from Slovenia.")
    assert d["total"] == 40
    assert ("HUN", 25) in d["homes"] and ("SVN", 15) in d["homes"]


def test_a_funder_named_across_formatting_tags():
    [d] = drafts_of(
        HEAD + "The seminar was funded by the <b>Nordic</b> Fund for Migrant Rights.<br>"
        "30 participants from <i>Austria</i> and Hungary took part."
    )
    assert ("Nordic Fund for Migrant Rights", "funder") in d["orgs"]
    assert ("Nordic", "funder") not in d["orgs"]
    assert d["total"] == 30 and ("AUT", None) in d["homes"]


def test_text_with_angle_brackets_but_no_tags_is_read_as_it_is():
    [d] = drafts_of(
        HEAD + "The seminar was funded by the Nordic Fund for Migrant Rights. Fewer than <50 "
        "seats were planned, but 45 participants from Austria and Hungary took part."
    )
    assert ("Nordic Fund for Migrant Rights", "funder") in d["orgs"]
