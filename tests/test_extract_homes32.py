"""Home countries and their counts read from kinds of text the first runs of the thirtieth and
thirty-first blind sets missed (issue 16); each rule tested on texts of our own, with texts that
must not trigger it."""

from __future__ import annotations

from atlas.extract import homes32
from atlas.extract.whole_homes import _all_from
from tests.extract_drafts import drafts_of, one_draft


def _subject(text: str) -> list[tuple[str, int | None]]:
    return [(c.country_iso3, c.participants) for c in homes32.subject_counts(text)]


# A country or its delegation as the subject of a count -------------------------------------------


def test_countries_that_sent_so_many_each():
    text = "Ghana and Togo sent 7 delegates each, and Benin 5."
    assert _subject(text) == [("GHA", 7), ("TGO", 7)]


def test_a_country_represented_by_so_many():
    assert _subject("Nepal was represented by 11 returnee leaders.") == [("NPL", 11)]
    assert _subject("while the Kenyan host unions were represented by 9.") == [("KEN", 9)]


def test_a_delegation_with_its_count_told_between_commas():
    text = "The Peruvian delegation, 16 delegates from Lima and Cusco, was the largest."
    assert _subject(text) == [("PER", 16)]


def test_the_largest_delegation_with_its_count():
    text = "The Bolivian delegation was the largest, with 23 members from El Alto."
    assert _subject(text) == [("BOL", 23)]


def test_a_delegation_that_alone_counted_so_many():
    assert _subject("The Sri Lankan delegation alone counted 12 members.") == [("LKA", 12)]


def test_a_delegation_of_so_many():
    assert _subject("The Malian delegation of 6 came by bus from Bamako.") == [("MLI", 6)]


def test_people_of_a_nationality_numbered_so_many():
    assert _subject("Zambian participants numbered 33.") == [("ZMB", 33)]


def test_no_count_of_things_as_the_subjects_count():
    assert _subject("Nepal was represented by 4 papers on recruitment fees.") == []
    assert _subject("The Peruvian delegation, 3 cars and a van, was late.") == []
    assert _subject("Ghana had 14 cases of unpaid wages.") == []


def test_no_count_for_a_country_that_received_people():
    assert _subject("Thailand received 20 delegates from the region.") == []


def test_the_counts_of_a_report_of_delegations():
    text = (
        "On 3 May 2024 the West African Fishers Network held its regional forum in Accra, Ghana. "
        "Ghana and Togo sent 7 delegates each, and the Beninese delegation, 5 fishers from "
        "Cotonou, was the smallest."
    )
    assert one_draft(text)["homes"] == [("GHA", 7), ("TGO", 7), ("BEN", 5)]


# A part or the whole told as all of one country ------------------------------------------------


def test_the_whole_told_as_all_of_one_country_in_a_sentence_of_its_own():
    text = (
        "On 3 May 2024 the Andes Returnee Network held a consultation in Cusco, Peru. "
        "There were 40 participants: 25 returnees and 15 officials. All of them were Peruvian."
    )
    draft = one_draft(text)
    assert (draft["total"], draft["homes"]) == (40, [("PER", 40)])


def test_a_part_told_as_all_of_the_one_country_named():
    text = (
        "On 3 May 2024 the Andes Returnee Network held a roundtable in Cusco, Peru. "
        "A total of 40 participants attended. 9 of the participants were returnees, all of them "
        "Bolivian women who had worked in Chile."
    )
    assert one_draft(text)["homes"] == [("BOL", 9)]


def test_a_part_the_total_included_told_as_all_of_one_country():
    text = (
        "On 3 May 2024 the Andes Returnee Network held a consultation in Cusco. "
        "The 40 participants included 17 mothers of missing workers, all Bolivian, and "
        "officials of the provincial labour office."
    )
    assert one_draft(text)["homes"] == [("BOL", 17)]


def test_no_part_from_a_split_that_names_other_people():
    text = (
        "On 3 May 2024 the Andes Returnee Network held a consultation in Cusco. "
        "40 people took part: 34 returnees, all Bolivian, and 6 observers from a union in Salta."
    )
    assert ("BOL", 34) not in one_draft(text)["homes"]


# "N people from M places, all X": a count of places between the people and "all" -------------


def test_all_of_one_country_past_a_count_of_places():
    text = "27 volunteers from 5 districts took part, all of them Malawian."
    assert _all_from(text) == ("MWI", 27)


def test_no_all_of_one_country_from_a_range():
    assert _all_from("groups of 8 to 10 workers, all from Malawi") is None


# A section on who took part in a report of several events --------------------------------------

_FORUM = (
    "Andean Forum of Domestic Workers, Lima\n\n"
    "Overview\n"
    "The third Andean Forum of Domestic Workers took place in Lima, Peru, from 3 to 5 May 2024. "
    "Around 90 delegates met for three days at the Casa de la Mujer. The forum was organised by "
    "the Andean Domestic Workers Network.\n\n"
    "Participation\n"
    "The Bolivian delegation, 21 delegates from La Paz and El Alto, was the largest. "
    "Ecuador sent 14.\n\n"
    "Programme\n"
    "The forum was run as plenary debates in the mornings.\n\n"
    "Within the forum, on 4 May, the Andean Domestic Workers Network held a public hearing with "
    "officials of the Ministry of Labour at the same hall. About 40 delegates took part.\n"
)


def test_a_participation_section_tells_the_homes_of_the_event_before_it():
    forum, hearing = drafts_of(_FORUM)
    assert (forum["total"], forum["homes"]) == (90, [("BOL", 21), ("ECU", 14)])
    assert hearing["homes"] == []


def test_no_participation_section_read_for_two_events_told_before_it():
    text = _FORUM.replace(
        "The forum was organised by the Andean Domestic Workers Network.",
        "The forum was organised by the Andean Domestic Workers Network. On 2 May the network "
        "held a press conference at the Lima Press Club, with 30 journalists.",
    )
    found = drafts_of(text)
    assert len(found) == 3
    assert all(("BOL", 21) not in d["homes"] for d in found)
