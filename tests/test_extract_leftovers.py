"""Rules written on what the earlier blind sets still missed after their rounds (issue 16): kinds
of text that recur across several sets; each tested on sentences of our own, with a text that
must not trigger it."""

from __future__ import annotations

from tests.extract_drafts import drafts_of


def _by_title(found: list[dict], word: str) -> dict:
    return next(d for d in found if word in d["title"])


# A report headed by its writer's name alone on a line --------------------------------------------

_SECRETARIAT_REPORT = """Lakeshore Fishers' Alliance (LFA)
Report of the Coordination Office to the General Assembly, 2023

1. Training on cold storage
A training on cold storage was held in Kisumu on 12 April 2023 for 24 fish traders.

2. Exchange visit
On 3 August 2023, 10 members visited the landing sites of Mwanza.
"""


def test_a_name_line_over_a_report_line_names_the_writer_organiser():
    found = drafts_of(_SECRETARIAT_REPORT)
    assert found
    for d in found:
        assert ("Lakeshore Fishers' Alliance", "organiser") in d["orgs"], d


def test_a_report_line_over_a_name_line_with_its_town_names_the_writer_organiser():
    text = """REPORT: PARALEGAL COURSE FOR MARKET VENDORS, 2024
Highland Market Vendors Union, Mbeya

The course was held at the Mbeya Social Hall from 3 to 6 June 2024 for 30 vendors.
"""
    d = _by_title(drafts_of(text), "ourse")
    assert ("Highland Market Vendors Union", "organiser") in d["orgs"], d


def test_an_event_with_its_own_organiser_keeps_it_alone():
    text = """Lakeshore Fishers' Alliance (LFA)
Report of the Coordination Office to the General Assembly, 2023

The Kisumu Traders Cooperative organised a training on cold storage in Kisumu on 12 April 2023 for 24 fish traders.
"""
    d = _by_title(drafts_of(text), "raining")
    assert ("Lakeshore Fishers' Alliance", "organiser") not in d["orgs"], d


def test_a_funds_name_over_a_report_line_names_no_organiser():
    text = """Lakeshore Livelihoods Trust
Report of the grants committee, 2023

A training on cold storage was held in Kisumu on 12 April 2023 for 24 fish traders.
"""
    d = _by_title(drafts_of(text), "raining")
    assert not any(role == "organiser" and "Trust" in name for name, role in d["orgs"]), d


def test_a_bulletin_headed_by_a_network_names_no_organiser():
    text = """Lakeshore Fishers' Alliance
Members' bulletin - report from the groups, May 2023

A training on cold storage was held in Kisumu on 12 April 2023 for 24 fish traders.
"""
    d = _by_title(drafts_of(text), "raining")
    assert ("Lakeshore Fishers' Alliance", "organiser") not in d["orgs"], d


def test_a_forms_organisation_line_and_a_year_in_highlights_name_the_writer():
    form = """ACTIVITY COMPLETION REPORT
Organisation: Delta Seed Savers Network (DSSN), Can Tho office

Activity title: Training on seed banks
Date(s): 4.3.2021 - 5.3.2021
Venue: Commune hall, Phong Dien, Can Tho
Participants: 28 farmers
"""
    d = _by_title(drafts_of(form), "raining")
    assert ("Delta Seed Savers Network", "organiser") in d["orgs"], d
    highlights = """Delta Seed Savers Network, Vietnam
Our Year 2021 in Highlights

Seed fair
On 12 June 2021 a seed fair was held in Can Tho with 300 visitors.
"""
    d = _by_title(drafts_of(highlights), "fair")
    assert ("Delta Seed Savers Network", "organiser") in d["orgs"], d


def test_a_staff_trip_report_names_no_organiser_of_the_events_visited():
    text = """MISSION REPORT
Delta Seed Savers Network (DSSN), Can Tho office

On 12 June 2021 we attended a seed fair in Soc Trang with 300 visitors.
"""
    d = _by_title(drafts_of(text), "fair")
    assert ("Delta Seed Savers Network", "organiser") not in d["orgs"], d


_EVENT_LINES = """
1. Training on seed banks
A training on seed banks was held in Can Tho on 4 March 2021 for 28 farmers.
"""


def test_more_heads_of_a_writers_own_report_name_it_organiser():
    heads = {
        "Mekong Farmers' Seed Circle": "Mekong Farmers' Seed Circle, Vietnam\nOur Year 2021 in Highlights\n",
        "Delta Seed Savers Network": (
            "Delta Seed School 2021 - Course Report\nDelta Seed Savers Network (DSSN)\n"
        ),
        "Delta Seed Network": "Delta Seed Network - About us and our history\n",
        "Delta Seed Savers Union": "Report of the operation of Delta Seed Savers Union\nYear 2021\n",
        "Delta Seed Keepers Network": (
            'Public Association "Delta Seed Keepers Network"\nNarrative report to the donor\n'
        ),
    }
    for name, head in heads.items():
        d = _by_title(drafts_of(head + _EVENT_LINES), "raining")
        assert (name, "organiser") in d["orgs"], (name, d)


def test_two_name_lines_neither_with_its_short_name_name_no_writer():
    text = "Delta Seed School\nDelta Seed Savers Network\nCourse Report 2021\n" + _EVENT_LINES
    d = _by_title(drafts_of(text), "raining")
    assert not any(role == "organiser" for _, role in d["orgs"]), d


# A count of people split by nationality, in items that add up to it -----------------------------


def test_a_count_split_as_nationality_then_number_gives_each_countrys_count():
    text = "On 3 May 2023 we gave a workshop on fishing rights in Satun. 58 crew: Thai 40, Myanmar 12, Cambodian 6."
    assert sorted(_by_title(drafts_of(text), "orkshop")["homes"]) == [
        ("KHM", 6),
        ("MMR", 12),
        ("THA", 40),
    ]


def test_a_count_split_as_country_then_number_of_people_gives_each_countrys_count():
    text = (
        "On 3 May 2023 we gave a workshop on fishing rights in Satun. Number of participants "
        "48 people, divided into Myanmar 36 people, Cambodia 8 people, Laos 4 people."
    )
    assert sorted(_by_title(drafts_of(text), "orkshop")["homes"]) == [
        ("KHM", 8),
        ("LAO", 4),
        ("MMR", 36),
    ]


def test_a_count_split_with_a_noun_after_each_nationality_gives_each_countrys_count():
    text = (
        "On 3 May 2023 a training on counselling was held in Iasi. 22 participants - 15 Romanian "
        "nurses and social workers and 7 Ukrainian colleagues."
    )
    assert sorted(_by_title(drafts_of(text), "raining")["homes"]) == [("ROU", 15), ("UKR", 7)]
    after_verb = "On 3 May 2023 we gave a training on counselling in Iasi. 22 took part, 15 Romanian and 7 Ukrainian."
    assert sorted(_by_title(drafts_of(after_verb), "raining")["homes"]) == [("ROU", 15), ("UKR", 7)]


def test_numbers_after_nationalities_that_do_not_add_up_to_the_count_are_no_split():
    text = (
        "On 3 May 2023 we gave a workshop on fishing rights in Satun for 30 boat owners. The "
        "port's boats employ Thai 400, Myanmar 1200 and Cambodian 300 crew."
    )
    assert _by_title(drafts_of(text), "orkshop")["homes"] == []


def test_trainers_split_by_nationality_are_not_participants():
    text = (
        "On 3 May 2023 we gave a workshop on fishing rights in Satun for 30 boat owners. The 5 "
        "trainers were 3 Thai lawyers and 2 Malaysian lawyers."
    )
    assert _by_title(drafts_of(text), "orkshop")["homes"] == []


# A work of one's own shown to the public: a launch ------------------------------------------------


def test_a_film_presented_in_a_town_is_a_launch():
    text = (
        'News 2023\n\nIn December 2023 we presented our documentary film "Dry Season" in '
        "Dodoma, at the Mwangaza Youth Centre. The film tells the story of three families."
    )
    d = _by_title(drafts_of(text), "Dry Season")
    assert (d["type"], d["start"], d["city"]) == ("launch", "2023-12-01", "Dodoma")


def test_a_premiere_and_a_report_launched_in_a_town_first_are_launches():
    premiere = (
        "Completion report\n\nThe project was closed on 5 May 2022 with the premiere of the "
        'documentary "Long Road", made by the youth group, at the Kano Town Hall. More than '
        "150 people watched it."
    )
    d = _by_title(drafts_of(premiere), "Long Road")
    assert (d["type"], d["start"], d["city"]) == ("launch", "2022-05-05", "Kano")
    town_first = (
        'Highlights 2023\n\nIn January 2023 we launched in Mombasa our report "Salt and Sand" '
        "on the salt pans, at the Fort Jesus Hall. 800 copies were printed."
    )
    d = _by_title(drafts_of(town_first), "Salt and Sand")
    assert (d["type"], d["city"]) == ("launch", "Mombasa")


def test_a_members_report_presented_by_its_subject_at_a_venue_is_a_launch():
    text = (
        "Members' news\n\nIn Arusha, on 2 November 2022, our member Maa Women Voice presented "
        "its shadow report on water for pastoralist women at the Regional Assembly Hall. Some 35 "
        "officials attended the presentation."
    )
    d = _by_title(drafts_of(text), "shadow report")
    assert (d["type"], d["start"], d["total"]) == ("launch", "2022-11-02", 35)


def test_a_report_presented_to_a_meeting_is_no_launch():
    text = (
        "Minutes\n\nOn 2 November 2022 the board met in Arusha. The coordinator presented the "
        "annual report at the meeting, and the treasurer presented our budget in detail."
    )
    assert not any(d["type"] == "launch" for d in drafts_of(text))


# A march or walk of many people to a named place --------------------------------------------------


def test_people_counted_marching_to_a_named_place_is_a_march():
    text = (
        "Update\n\nOn 8 March 2023 more than 500 market women marched from the central market to "
        "the Town Hall in Tamale, carrying placards."
    )
    d = _by_title(drafts_of(text), "March")
    assert (d["type"], d["start"], d["city"], d["total"]) == ("other", "2023-03-08", "Tamale", 500)
    walked = (
        "LILONGWE, 3 May 2022 - Some 300 farmers walked this morning from the stadium to the "
        "Ministry of Agriculture in Lilongwe."
    )
    d = _by_title(drafts_of(walked), "Walk")
    assert (d["type"], d["start"], d["city"]) == ("other", "2022-05-03", "Lilongwe")


def test_a_few_people_walking_to_an_office_is_no_march():
    text = (
        "Update\n\nOn 8 March 2023 two of our officers walked to the District Office in Tamale to "
        "deliver the letter."
    )
    assert not any(d["title"].startswith(("March", "Walk")) for d in drafts_of(text))


# A table or list of participants by country apart from the event's sentences --------------------

_ASSEMBLY = """Lakeshore Fishers' Assembly 2023

The assembly was held in Kisumu on 12 and 13 April 2023 at the Lakeside Hall.
Fishers' leaders discussed the new fishing licences and the closed season.

Participants by country

- Kenya: 16
- Uganda: 8
- Tanzania: 6
Total: 30
"""


def test_a_list_of_participants_by_country_gives_the_events_home_countries():
    d = _by_title(drafts_of(_ASSEMBLY), "ssembly")
    assert sorted(d["homes"]) == [("KEN", 16), ("TZA", 6), ("UGA", 8)]


def test_a_table_of_participants_by_country_gives_the_events_home_countries():
    text = _ASSEMBLY.split("Participants by country")[0] + (
        "Country | Participants\nKenya | 16\nUganda | 8\nTanzania | 6\nTotal | 30\n"
    )
    d = _by_title(drafts_of(text), "ssembly")
    assert sorted(d["homes"]) == [("KEN", 16), ("TZA", 6), ("UGA", 8)]


def test_a_list_of_member_groups_by_country_or_one_that_does_not_add_up_is_no_home():
    members = _ASSEMBLY.replace("Participants by country", "Member groups by country")
    assert _by_title(drafts_of(members), "ssembly")["homes"] == []
    wrong = _ASSEMBLY.replace("Total: 30", "Total: 45")
    assert _by_title(drafts_of(wrong), "ssembly")["homes"] == []


# The ages of the people counted, between their count and where they came from -----------------


def test_people_counted_with_their_ages_came_from_the_countries_after():
    text = (
        "Update\n\nOn 4 May 2022 a youth camp was held in Apia with 30 young people aged 16 to 25 "
        "from Samoa, Tonga and Fiji."
    )
    assert sorted(_by_title(drafts_of(text), "camp")["homes"]) == [
        ("FJI", None),
        ("TON", None),
        ("WSM", None),
    ]
    came = (
        "Update\n\nOur youth camp took place in Apia on 4 May 2022. Thirty participants aged 16 "
        "to 25 came from Samoa, Tonga and Fiji for five days."
    )
    assert len(_by_title(drafts_of(came), "camp")["homes"]) == 3


def test_speakers_with_their_ages_from_a_country_are_no_home():
    text = (
        "Update\n\nOn 4 May 2022 a youth camp was held in Apia with 30 young people. Two speakers "
        "aged 30 to 40 from Japan spoke about the climate."
    )
    assert _by_title(drafts_of(text), "camp")["homes"] == []


# A forum with its own name, held, met for, or dated in a town: a meeting ------------------------


def test_a_named_forum_organised_at_a_place_or_met_for_is_a_meeting():
    held = (
        "Joint report 2024\n\nWe organised on 14 and 15 March 2024 the Regional Forum of "
        "Returnees at the Youth House of Kayes. 120 persons participated."
    )
    d = _by_title(drafts_of(held), "Forum of Returnees")
    assert (d["type"], d["start"], d["end"], d["total"]) == (
        "meeting",
        "2024-03-14",
        "2024-03-15",
        120,
    )
    met_for = (
        "Feature\n\nOn 21 and 22 March 2024, 71 women met at Kariba Community Hall for the "
        "Cross-Border Women Traders' Forum, organised by our Alliance."
    )
    d = _by_title(drafts_of(met_for), "Traders' Forum")
    assert (d["type"], d["start"]) == ("meeting", "2024-03-21")


def test_a_named_forum_on_a_timeline_line_in_a_town_is_a_meeting():
    text = (
        "Timeline 2024\n\n08-09/10/2024 - Southeast Asian Fishers Forum in Penang, Malaysia, "
        "organised by Straits Fisherfolk Alliance. 120 participants from 7 countries."
    )
    d = _by_title(drafts_of(text), "Fishers Forum")
    assert (d["type"], d["start"], d["city"]) == ("meeting", "2024-10-08", "Penang")


def test_a_body_named_forum_funded_or_met_with_is_no_event():
    text = (
        "Update\n\nOn 3 May 2023 our training on boat safety was held in Kisumu for 30 crew, "
        "funded by the Lakeshore Fishers Forum. On 5 May 2023 we met with the Lakeshore Fishers "
        "Forum in Kisumu to plan the year."
    )
    assert not any(d["title"].endswith("Forum") for d in drafts_of(text))


# A petition or charter handed over, the place told before the text or after "at" ---------------


def test_a_petition_handed_over_after_going_to_the_ministry_is_an_event():
    text = (
        "Letter\n\nOn 28 April 2025, 35 of our members went to the Ministry of Labour in Vientiane "
        "and handed over our petition for the protection of domestic workers with 1,870 "
        "thumbprints."
    )
    d = _by_title(drafts_of(text), "petition")
    assert (d["type"], d["start"], d["city"], d["total"]) == (
        "other",
        "2025-04-28",
        "Vientiane",
        35,
    )


def test_a_petition_delivered_at_a_place_named_first_and_a_charter_at_an_office_are_events():
    first = (
        "Update\n\nIn October 2024, 40 of our young people travelled to Tegucigalpa and delivered "
        "at the National Congress a petition with 3,150 signatures."
    )
    d = _by_title(drafts_of(first), "petition")
    assert (d["type"], d["start"], d["city"]) == ("other", "2024-10-01", "Tegucigalpa")
    charter = (
        "Update\n\nOn 5 June 2025, 60 community members handed over the Charter with 2,100 "
        "signatures at the Khulna Deputy Commissioner's Office."
    )
    d = _by_title(drafts_of(charter), "charter")
    assert (d["type"], d["start"]) == ("other", "2025-06-05")


def test_a_report_submitted_to_a_donor_is_no_hand_over():
    text = (
        "Update\n\nOn 5 June 2025 we submitted our report to the donor at the Ministry of Finance."
    )
    assert drafts_of(text) == []


def test_a_count_of_things_split_by_nationality_is_no_home():
    text = (
        "On 3 May 2023 we gave a workshop on fishing rights in Satun for 30 boat owners. We "
        "printed 500 leaflets: Thai 300, Burmese 200."
    )
    assert _by_title(drafts_of(text), "orkshop")["homes"] == []
