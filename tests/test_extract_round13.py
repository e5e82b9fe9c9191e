"""Rules written after the thirteenth blind set's first run (issue 16): plain narrative reports of
civil-society networks (a project completion report's title page naming its executing or lead
organisation, its proponent, its financing and its partner for every activity; a fund's or a
centre's town or country after its name); each tested on sentences of our own, with sentences
that must not trigger it."""

from __future__ import annotations

from tests.extract_drafts import drafts_of

# A project completion report's title page -------------------------------------------------------

COMPLETION = """PROJECT COMPLETION REPORT
Clean Rivers: Water Committees in the Upper Valley (2021-2023)

Executing organisation: Upper Valley Water Alliance
All activities funded by: Silverbirch Development Fund
Implemented in partnership with: Lowland Farmers Cooperative

What we did
On 12 April 2022 we held a training in Mbarara with 25 participants.
On 3 March 2023 we organised the closing workshop in Kampala with 40 participants.
"""


def test_a_title_pages_executing_organisation_funder_and_partner_are_every_events():
    drafts = drafts_of(COMPLETION)
    assert [(d["start"], d["city"], d["total"]) for d in drafts] == [
        ("2022-04-12", "Mbarara", 25),
        ("2023-03-03", "Kampala", 40),
    ]
    for d in drafts:
        assert ("Upper Valley Water Alliance", "organiser") in d["orgs"]
        assert ("Silverbirch Development Fund", "funder") in d["orgs"]
        assert ("Lowland Farmers Cooperative", "partner") in d["orgs"]


def test_a_lead_organisation_a_proponent_and_financing_lines():
    for label in ("Lead organisation", "Proponent"):
        [d] = drafts_of(
            "FINAL REPORT OF PROJECT\n\n"
            f"{label}: Coastal Fishers Network\n"
            "Financing: Tidewater Foundation\n\n"
            "Activities\n"
            "On 9 June 2022 we held a workshop in Mombasa with 30 fishers.\n"
        )
        assert d["start"] == "2022-06-09"
        assert d["city"] == "Mombasa"
        assert ("Coastal Fishers Network", "organiser") in d["orgs"]
        assert ("Tidewater Foundation", "funder") in d["orgs"]


def test_a_partner_named_in_a_sentence_of_prose_is_no_title_pages_partner():
    [d] = drafts_of(
        "PROJECT COMPLETION REPORT\n\n"
        "Activities\n"
        "On 9 June 2022 we held a workshop in Mombasa with 30 fishers. The project was "
        "designed in partnership with the county officers of the fisheries department.\n"
    )
    assert not any(role == "partner" for _, role in d["orgs"])


# A fund's or a centre's home after its name -----------------------------------------------------


def test_a_one_word_funds_country_after_its_name_is_where_it_is():
    [d] = drafts_of(
        "On 4 May 2023 we held a training in Gulu for 20 paralegals. "
        "The training was supported by Amberlight Fund of Norway."
    )
    assert ("Amberlight Fund", "funder") in d["orgs"]


def test_a_fund_named_head_first_and_a_centres_town_after_their_names():
    [d] = drafts_of(
        "On 4 May 2023 we held a training in Gulu for 20 paralegals. The training was "
        "facilitated by Safe Haven Counselling Centre of Kampala and financed by Fondo Alerce "
        "of Chile."
    )
    assert ("Safe Haven Counselling Centre", "trainer") in d["orgs"]
    assert ("Fondo Alerce", "funder") in d["orgs"]


def test_a_networks_country_in_its_name_stays():
    [d] = drafts_of(
        "On 4 May 2023 we held a training in Gulu for 20 paralegals. "
        "The trainers came from the Legal Aid Network of Kenya."
    )
    assert any(name == "Legal Aid Network of Kenya" for name, _ in d["orgs"])


def test_a_catalan_name_joined_by_i_is_one_name():
    [d] = drafts_of(
        "On 4 May 2023 we held a training in Gulu for 20 paralegals. "
        "The training was financed by Fundació Terra i Cel."
    )
    assert ("Fundació Terra i Cel", "funder") in d["orgs"]


# An event's own name in quotes after its noun ---------------------------------------------------


def test_a_quoted_name_after_the_events_noun_is_its_title():
    [d] = drafts_of(
        'From 3 to 5 May 2023 the photo exhibition "Faces of the Harbour" was shown in the '
        "town library of Mombasa."
    )
    assert d["title"] == "Faces of the Harbour"
    assert d["start"] == "2023-05-03"


def test_a_quoted_name_after_a_final_conference():
    [d] = drafts_of(
        "On 29 November 2024 we closed the project with the final conference "
        '"Fair Harvests: What Next" in Nakuru, with 80 participants.'
    )
    assert d["title"] == "Fair Harvests: What Next"
    assert d["city"] == "Nakuru"
    assert d["total"] == 80


def test_a_title_with_its_topic_keeps_it_and_a_quoted_report_is_no_name():
    [d] = drafts_of(
        "On 4 May 2023 we held a training on digital security in Gulu for 20 reporters, "
        'who read the report "Silenced Voices".'
    )
    assert "Silenced Voices" not in (d["title"] or "")


# A two-column table of participants by country with no outer bars -------------------------------

TABLE = """NARRATIVE REPORT
Regional Workshop of Water Committees
Arusha, Tanzania, 16-17 May 2024

Participants
The participants were committee members and technicians, as in the table:

Country | Participants
Tanzania | 21
Kenya | 9
Uganda | 6
Total | 36

Programme
The first day was for the field visit, the second for working groups.
"""


def test_a_two_column_country_table_with_one_bar_a_line_gives_homes_and_total():
    [d] = drafts_of(TABLE)
    assert d["start"] == "2024-05-16"
    assert d["city"] == "Arusha"
    assert d["total"] == 36
    assert d["homes"] == [("TZA", 21), ("KEN", 9), ("UGA", 6)]


def test_a_two_column_table_of_anything_else_gives_no_homes():
    [d] = drafts_of(
        TABLE.replace("Country | Participants", "Topic | Hours")
        .replace("Tanzania | 21", "Water law | 4")
        .replace("Kenya | 9", "Tariffs | 3")
        .replace("Uganda | 6", "Book-keeping | 5")
        .replace("Total | 36", "All | 12")
    )
    assert d["homes"] == []
    assert d["total"] != 12


# Homes told as a split by nationality after the people counted, or as plural nouns with counts --


def test_people_counted_then_split_by_nationality():
    [d] = drafts_of(
        "On 14 June 2022 we held a coordination meeting in Nairobi. There were 29 "
        "participants, 18 Kenyan and 11 Ugandan, from NGOs and shelters."
    )
    assert d["start"] == "2022-06-14"
    assert d["total"] == 29
    assert d["homes"] == [("KEN", 18), ("UGA", 11)]


def test_nationalities_as_plural_nouns_with_their_counts_in_brackets():
    [d] = drafts_of(
        "On 14 June 2022 we held a summit in Nairobi with 31 leaders: Ethiopians (9), "
        "Eritreans (6), Somalis (12) and Sudanese (4)."
    )
    assert d["total"] == 31
    assert sorted(d["homes"]) == [("ERI", 6), ("ETH", 9), ("SDN", 4), ("SOM", 12)]


def test_a_split_of_speakers_or_of_things_is_no_home():
    for second in (
        "There were 3 speakers, 2 Kenyan and 1 Ugandan, from universities.",
        "We printed 500 leaflets, 300 Kenyan and 200 Ugandan.",
        "The trainers were 3 experts, 2 Kenyan and 1 Ugandan.",
    ):
        [d] = drafts_of(
            "On 14 June 2022 we held a coordination meeting in Nairobi with 40 participants. "
            + second
        )
        assert d["total"] == 40
        assert d["homes"] == []
