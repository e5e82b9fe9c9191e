"""Organisations and home countries read from kinds of text the first runs missed in two or more
blind sets, the thirty-third among them (issue 16); tested on texts of our own, each rule with a
text that must not give what it reads."""

from __future__ import annotations

from tests.extract_drafts import drafts_of


def _orgs(text: str) -> list[tuple[str, str]]:
    return [o for d in drafts_of(text) for o in d["orgs"]]


# A name that goes on after a comma with its town, closed by a second comma and a clause about
# the body ("X, Mombasa, which sent ...", "X, Dhaka, in cooperation with Y"): the town is part
# of the name.


def test_a_town_before_in_cooperation_with():
    text = (
        "On 4 June 2025 a workshop on wage claims was organised by the Harbour Rights Clinic, "
        "Mombasa, in cooperation with the Reef Workers' Forum, for 30 dock workers."
    )
    assert ("Harbour Rights Clinic, Mombasa", "organiser") in _orgs(text)


def test_a_town_before_which():
    text = (
        "On 4 June 2025 the Coast Network held a training on safe migration for 30 fishers, "
        "together with the Lake Fishers' Federation, Kisumu, which sent two of its organisers."
    )
    assert ("Lake Fishers' Federation, Kisumu", "organiser") in _orgs(text)


def test_a_town_before_the_verb_of_a_list_of_organisers():
    text = (
        "The Coast Network, together with the Delta Institute for Labour Studies, Kigali, "
        "organised a regional conference on labour migration on 4 June 2025 for 80 delegates."
    )
    assert ("Delta Institute for Labour Studies, Kigali", "organiser") in _orgs(text)


def test_no_town_after_trainers_who_came_from_the_body():
    text = (
        "On 4 June 2025 the Coast Network held a training on safe migration for 30 fishers. "
        "The trainers were from the Harbour Rights Clinic, Mombasa, which also printed the "
        "leaflets."
    )
    assert not [n for n, _ in _orgs(text) if "Mombasa" in n]


def test_no_town_before_a_date():
    text = (
        "Case review meeting with paralegals, co-organised with the Lake Fishers' Federation, "
        "Kisumu, 22 June 2024, 18 participants."
    )
    assert not [n for n, _ in _orgs(text) if "Kisumu" in n]


def test_no_place_that_is_no_town():
    text = (
        "On 4 June 2025 a workshop on wage claims was organised by the Harbour Rights Clinic, "
        "Programme Unit, in cooperation with the Reef Workers' Forum, for 30 dock workers."
    )
    assert ("Harbour Rights Clinic", "organiser") in _orgs(text)


def _homes(text: str) -> list[list[tuple[str, int | None]]]:
    return [d["homes"] for d in drafts_of(text)]


# A delegation's count told with its members and one home ("The delegation had 12 members, all
# of them from Kenya"): that country holds the count.


def test_a_delegation_all_from_one_country():
    text = (
        "From 3 to 7 March 2025 a delegation from Kenya made a study tour to Kampala, Uganda, "
        "organised by the Coast Network. The delegation had 9 members, all of them from Kenya: "
        "six union leaders and three staff of the network."
    )
    assert _homes(text) == [[("KEN", 9)]]


def test_a_delegation_all_of_one_nationality():
    text = (
        "From 3 to 7 March 2025 Kenyan union leaders made a study tour to Kampala, Uganda, "
        "organised by the Coast Network. The team had 9 members, all Kenyan."
    )
    assert _homes(text)[0] == [("KEN", 9)]


def test_no_count_from_all_of_them_women():
    text = (
        "From 3 to 7 March 2025 a delegation from Kenya made a study tour to Kampala, Uganda, "
        "organised by the Coast Network. The delegation had 9 members, all of them women."
    )
    assert _homes(text)[0] == [("KEN", None)]


# A delegation's count in a list whose verb is told once ("The Kenyan delegation had nine
# members, the Ugandan delegation eight"): each country its count.


def test_delegations_listed_with_their_verb_told_once():
    text = (
        "On 4 June 2025 the Coast Network held a regional seminar on fishers' rights in Mombasa, "
        "Kenya, with 24 delegates. The Kenyan delegation had nine members, the Ugandan "
        "delegation eight and the Tanzanian delegation seven."
    )
    assert _homes(text)[0] == [("KEN", 9), ("UGA", 8), ("TZA", 7)]


def test_delegations_with_each():
    text = (
        "On 4 June 2025 the Coast Network held a regional seminar on fishers' rights in Mombasa, "
        "Kenya, with 11 delegates. The Ugandan and Tanzanian delegations had four members each "
        "and the Kenyan delegation three."
    )
    assert sorted(_homes(text)[0]) == [("KEN", 3), ("TZA", 4), ("UGA", 4)]


def test_no_count_of_things_a_delegation_brought():
    text = (
        "On 4 June 2025 the Coast Network held a regional seminar on fishers' rights in Mombasa, "
        "Kenya, with 24 delegates from Kenya and Uganda. The Ugandan delegation 3 papers and "
        "the Kenyan one a film."
    )
    assert ("UGA", 3) not in _homes(text)[0]


# One more of those who taught or spoke, told by "one from" after them ("Two resource persons
# from Malaysia and one from Fiji shared ..."): no home of participants.


def test_one_more_resource_person_is_no_participant():
    text = (
        "On 4 June 2025 the Coast Network held a training on wage claims in Mombasa, Kenya, for "
        "30 Kenyan paralegals. Two resource persons from Uganda and one from Rwanda shared how "
        "paralegals in their countries bring claims to court."
    )
    assert [c for c, _ in _homes(text)[0]] == ["KEN"]


def test_one_more_trainer_listed_after_a_comma():
    text = (
        "On 4 June 2025 the Coast Network held a training on wage claims in Mombasa, Kenya, for "
        "30 Kenyan paralegals. Two trainers, one from Uganda and one from Rwanda, led the "
        "sessions."
    )
    assert [c for c, _ in _homes(text)[0]] == ["KEN"]


def test_one_more_participant_after_a_count_of_those_trained():
    text = (
        "On 4 June 2025 the trainers of the Coast Network trained 21 paralegals in Mombasa, "
        "Kenya: 20 from Kenya and 1 from Uganda."
    )
    assert _homes(text)[0] == [("KEN", 20), ("UGA", 1)]


# People counted by the country they came back from ("22 migrants returned from Russia", "64
# who came back from Thailand and 11 from Malaysia"): not their home's count.


def test_no_count_for_the_country_returnees_came_back_from():
    text = (
        "On 4 June 2025 the Returnee Network held a public hearing on debts in Phnom Penh, "
        "Cambodia. 90 people took part; of them, 75 were Cambodian returned migrants, 64 who "
        "came back from Thailand and 11 from Malaysia."
    )
    homes = _homes(text)[0]
    assert ("KHM", 75) in homes
    assert not [h for h in homes if h[0] in ("THA", "MYS") and h[1]]


def test_a_count_of_those_who_came_from_a_country():
    text = (
        "On 4 June 2025 the Mekong Network held a regional forum in Vientiane, Laos, with 30 "
        "participants: 18 who came from Laos and 12 from Thailand."
    )
    assert _homes(text)[0] == [("LAO", 18), ("THA", 12)]


# A writer's "realised" for "held" ("The Returnee Network realised a public hearing"): the body
# organised the event; "had the support of X", "counted on the support of X": X funded it.


def test_a_body_that_realised_the_event_organised_it():
    text = (
        "On 4 June 2025 the Coast Returnee Network realised a public hearing on debts in "
        "Mombasa, Kenya, with 90 returnees."
    )
    assert ("Coast Returnee Network", "organiser") in _orgs(text)


def test_no_organiser_from_realised_what_it_learnt():
    text = (
        "On 4 June 2025 the Coast Network held a training on wage claims in Mombasa, Kenya, for "
        "30 paralegals. The Reef Workers' Forum realised that its members knew little of the law."
    )
    assert ("Reef Workers' Forum", "organiser") not in _orgs(text)


def test_had_the_support_of_a_fund():
    text = (
        "On 4 June 2025 the Coast Network held a training on wage claims in Mombasa, Kenya, for "
        "30 paralegals, and had the support of the Reef Solidarity Fund."
    )
    assert ("Reef Solidarity Fund", "funder") in _orgs(text)


def test_counted_on_the_support_of_a_fund():
    text = (
        "On 4 June 2025 the Coast Network held a training on wage claims in Mombasa, Kenya, for "
        "30 paralegals. The training counted on the support of the Reef Solidarity Fund."
    )
    assert ("Reef Solidarity Fund", "funder") in _orgs(text)


def test_no_funder_from_the_support_of_people():
    text = (
        "On 4 June 2025 the Coast Network held a training on wage claims in Mombasa, Kenya, for "
        "30 paralegals. The training had the support of many parents and teachers."
    )
    assert [r for _, r in _orgs(text)] == ["organiser"]


def test_no_organiser_from_an_event_realised_on_its_days():
    text = (
        "The main activity was the Regional Workshop on Land Rights, realised the 15 and 16 of "
        "May 2024 in Mombasa, Kenya, with 80 farmers; the Coast Network organised it."
    )
    assert not [n for n, _ in _orgs(text) if n.startswith("Regional Workshop")]


# Homes told with a vague count ("with smaller groups from A and B", "and a few from A", "A and
# B sent between 15 and 20 each"): each country a home without a count.


def test_smaller_groups_from_two_countries():
    text = (
        "On 4 June 2025 the Coast Network held a regional forum on fishers' rights in Mombasa, "
        "Kenya. Participants came mainly from Kenya and Tanzania, with smaller groups from "
        "Uganda and Rwanda."
    )
    assert _homes(text)[0] == [("KEN", None), ("TZA", None), ("UGA", None), ("RWA", None)]


def test_countries_that_sent_between_two_counts_each():
    text = (
        "On 4 June 2025 the Coast Network held a regional forum on fishers' rights in Mombasa, "
        "Kenya, with 80 delegates. Uganda, Rwanda and Burundi sent between 10 and 15 each."
    )
    assert sorted(c for c, _ in _homes(text)[0]) == ["BDI", "RWA", "UGA"]


def test_no_home_from_a_few_trainers():
    text = (
        "On 4 June 2025 the Coast Network held a training on fishers' rights in Mombasa, Kenya, "
        "for 30 Kenyan fishers who took part, and a few trainers from Uganda."
    )
    assert "UGA" not in [c for c, _ in _homes(text)[0]]


def test_no_home_from_a_small_group_that_came_to_no_event():
    text = (
        "On 4 June 2025 the Coast Network held a training on fishers' rights in Mombasa, Kenya, "
        "for 30 Kenyan fishers. Last year a small group from Uganda visited the ministry."
    )
    assert "UGA" not in [c for c, _ in _homes(text)[0]]


# The largest group and those that followed it ("Kenyan youth made up the largest group, with 45
# participants, followed by Gabon with 8 and Chad with 7"): each country named its count.


def test_the_largest_group_of_one_nationality():
    text = (
        "On 4 June 2025 the Coast Network held a regional youth forum in Mombasa, Kenya, with "
        "80 young people. Kenyan youth made up the largest group, with 45 participants, "
        "followed by 20 Ugandan and 15 Tanzanian young people."
    )
    assert _homes(text)[0] == [("KEN", 45), ("UGA", 20), ("TZA", 15)]


def test_countries_that_followed_the_largest_delegation():
    text = (
        "On 4 June 2025 the Forest Network held a regional workshop in Kribi, Cameroon, with 30 "
        "participants. The host had the biggest delegation with 15 participants, followed by "
        "Gabon with 8 and Chad with 7."
    )
    homes = _homes(text)[0]
    assert ("GAB", 8) in homes and ("TCD", 7) in homes


def test_no_count_of_papers_that_followed():
    text = (
        "On 4 June 2025 the Forest Network held a regional workshop in Kribi, Cameroon, with 30 "
        "participants from Gabon and Chad. The reading of the host's papers was followed by "
        "Gabon with 8 papers."
    )
    assert ("GAB", 8) not in _homes(text)[0]


# "organised by X in cooperation with Y": Y organised it too; "in partnership with" stays a
# partner's.


def test_in_cooperation_with_is_an_organiser():
    text = (
        "On 4 June 2025 a workshop on wage claims for 30 dock workers was organised in Mombasa, "
        "Kenya, by the Coast Network in cooperation with the Reef Workers' Forum."
    )
    orgs = _orgs(text)
    assert ("Reef Workers' Forum", "organiser") in orgs
    assert ("Reef Workers' Forum", "partner") not in orgs


def test_in_partnership_with_stays_a_partner():
    text = (
        "On 4 June 2025 a workshop on wage claims for 30 dock workers was organised in Mombasa, "
        "Kenya, by the Coast Network in partnership with the Reef Workers' Forum."
    )
    assert ("Reef Workers' Forum", "organiser") not in _orgs(text)


# A delegation or group of one nationality with its count ("a group of 12 Kenyan domestic
# workers also joined"): that country holds the count.


def test_a_group_of_one_nationality_with_its_count():
    text = (
        "On 4 June 2025 the Coast Network held an assembly of domestic workers in Kampala, "
        "Uganda, with 110 workers. Most were Ugandan; a group of 12 Kenyan domestic workers "
        "living in Kampala also joined."
    )
    assert ("KEN", 12) in _homes(text)[0]


def test_no_count_from_a_group_of_companies():
    text = (
        "On 4 June 2025 the Coast Network held an assembly of domestic workers in Kampala, "
        "Uganda, with 110 Ugandan workers. A group of 12 Kenyan companies sent letters."
    )
    assert ("KEN", 12) not in _homes(text)[0]


# A name before ", co-hosted with" ("organised by A and B, co-hosted with C"): A organised the
# event and is no host.

_FORUM = (
    "On 4 June 2025 a regional forum on fishers' rights was held in Mombasa, Kenya, with 40 "
    "fishers. "
)


def test_organised_by_a_and_b_co_hosted_with_c():
    text = _FORUM + (
        "The forum was organised by the Coast Network and the Reef Union, co-hosted with the "
        "Lake Forum, and supported by the Sea Fund."
    )
    assert _orgs(text) == [
        ("Coast Network", "organiser"),
        ("Lake Forum", "organiser"),
        ("Reef Union", "organiser"),
        ("Sea Fund", "funder"),
    ]


def test_a_subject_that_co_hosted_the_forum_stays_a_host():
    text = _FORUM + "The Coast Network co-hosted the forum with the Lake Forum."
    assert ("Coast Network", "host") in _orgs(text)
