"""Organisations and outcomes in the shapes the tenth blind set's first run missed, on sentences
written for these tests (not taken from any report set), several phrasings each, with sentences
that must give nothing or another role."""

from __future__ import annotations

import pytest

from atlas.extract import organisations as orgs


def roles_of(sentence: str) -> set[tuple[str, str]]:
    return {(r.name, r.role) for r in orgs.roles(sentence, orgs.aliases(sentence), True)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # trainers from a body told by what it is, not by an organisation word in its name
        (
            "The tutors came from Radio Onda Clara, a community radio network in the north.",
            ("Radio Onda Clara", "trainer"),
        ),
        (
            "Both days were run by three facilitators from Kijani Growth Partners, a Nairobi-based "
            "consultancy.",
            ("Kijani Growth Partners", "trainer"),
        ),
        (
            "The instructors were from the Lisbon design bureau Quadrante, who had taught the course "
            "before.",
            ("Quadrante", "trainer"),
        ),
        # a subject told by what it is, with a long apposition
        (
            "In May, Palabra Abierta, a network of 20 community newspapers in the southern valleys, "
            "held a two-day workshop in Cobán.",
            ("Palabra Abierta", "organiser"),
        ),
        # co-convened
        (
            "The hearing was co-convened with Umoja wa Wakulima, a farmers' union from Meru.",
            ("Umoja wa Wakulima", "organiser"),
        ),
        (
            "The forum was co-organised alongside the Delta Women's Forum.",
            ("Delta Women's Forum", "organiser"),
        ),
        # a host thanked or told by "who hosted us"
        (
            "Big up Northside Youth Centre for hosting us, the food was great",
            ("Northside Youth Centre", "host"),
        ),
        (
            "Many thanks to the Riverside Tenants Association for welcoming the group.",
            ("Riverside Tenants Association", "host"),
        ),
        (
            "We met in the library of the Harbour Community Centre, who kindly hosted us.",
            ("Harbour Community Centre", "host"),
        ),
        # a funder thanked through "who sponsored", or paid from its grant
        (
            "And thanks again to Blue Ridge Fund who sponsored all the travel",
            ("Blue Ridge Fund", "funder"),
        ),
        (
            "Lunch was paid for from our Hill Country Fund grant.",
            ("Hill Country Fund", "funder"),
        ),
        (
            "Please remember the workshop is charged to the Clean Water grant from the Delta Trust.",
            ("Delta Trust", "funder"),
        ),
        # partners by "came as"
        (
            "The team from Pamoja Seed Trust came as partners and ran the tasting corner.",
            ("Pamoja Seed Trust", "partner"),
        ),
        # "X in coordination with Y organised": both organised
        (
            "The Lowland Teachers Network (LTN) in coordination with the Hill Schools Association "
            "organised the workshop.",
            ("Lowland Teachers Network", "organiser"),
        ),
        # names in South Asian languages with their own organisation words
        (
            "The meeting was held in collaboration with Gram Vikas Samiti.",
            ("Gram Vikas Samiti", "partner"),
        ),
    ],
)
def test_roles_in_new_shapes(sentence: str, expected: tuple[str, str]) -> None:
    assert expected in roles_of(sentence)


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        # a person thanked for hosting is no organisation
        ("Big up Maria for hosting us, the food was great", "Maria"),
        # a city before a kind, then no name of a body: nothing
        ("The trainers were from Amsterdam and Utrecht.", "Amsterdam"),
        # a place after "a ... network" apposition is no organiser
        ("In May, Kenya, a country of 50 million people, held elections.", "Kenya"),
        # thanked for something else: no host
        ("Thanks to the Riverside Tenants Association for the photos.", "Riverside Tenants Association"),
    ],
)
def test_no_role_where_none_is_told(sentence: str, absent: str) -> None:
    assert absent not in {name for name, _ in roles_of(sentence)}


def test_trainer_is_not_also_the_host_when_only_thanked_for_photos() -> None:
    assert roles_of("Many thanks to the Lakeside Clinic for the photos and the tea.") == set()


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        # the full name in brackets after "the"
        (
            "LWN (the Lake Women's Network) met twice.",
            "LWN",
            "Lake Women's Network",
        ),
        # a short name never defined, made of the initials of a name in the heading
        (
            "Highland Water Users Association\nAnnual Report 2020\n\nHWUA held its assembly in May.",
            "HWUA",
            "Highland Water Users Association",
        ),
    ],
)
def test_short_names(text: str, short: str, full: str) -> None:
    assert orgs.aliases(text).get(short) == full


def test_short_name_with_no_matching_name_stays_unresolved() -> None:
    text = "Highland Water Users Association\n\nThe UNDP office sent two observers."
    assert "UNDP" not in orgs.aliases(text)


@pytest.mark.parametrize(
    ("name", "is_org"),
    [
        ("Clean Rivers Europe", True),
        ("Fair Trade Africa", True),
        ("Sauti ya Wavuvi", True),
        ("Jangal Jan Sangathan", True),
        ("South East Asia", False),
        ("Maria Lopez", False),
    ],
)
def test_names_without_an_english_organisation_word(name: str, is_org: bool) -> None:
    assert orgs.looks_like_org(name) is is_org


def _orgs_of(text: str) -> list[set[tuple[str, str]]]:
    from atlas.extract import pipeline

    return [{(o.name, o.role) for o in d.organisations} for d in pipeline.extract_text(text, "t")]


@pytest.mark.parametrize(
    ("text", "writer"),
    [
        (
            "RIVERBANK FARMERS' NETWORK\nDirector's Report to the Board - meeting of 3 May 2021\n\n"
            "On 12 March 2021 we held a one-day training on composting in Mzuzu for 25 farmers.",
            "Riverbank Farmers' Network",
        ),
        (
            "Hill Tenants Federation\nReport of the Secretariat to the Board, second half of 2019\n\n"
            "On 4 October 2019 we held a workshop on rent arbitration in Cork for 30 tenants.",
            "Hill Tenants Federation",
        ),
        (
            "Fair Harvest Europe - Annual Report 2018 (extract)\n\n"
            "On 6 June 2018 we held a seminar on fair prices in Lyon for 40 buyers.",
            "Fair Harvest Europe",
        ),
        (
            'WhatsApp chat export - "KWN Field Team" (Kasungu Women Network)\n\n'
            "[03/05/2022, 08:10] KWN Coordinator: Our training on seed storage is today in Kasungu, "
            "32 women came",
            "Kasungu Women Network",
        ),
    ],
)
def test_the_writer_in_a_report_head_organised_its_events(text: str, writer: str) -> None:
    found = _orgs_of(text)
    assert found and all((writer, "organiser") in f for f in found)


def test_a_head_naming_no_own_record_gives_no_writer() -> None:
    text = (
        "Fair Harvest Europe - Press clippings\n\n"
        "On 6 June 2018 the Lyon Buyers Club held a seminar on fair prices in Lyon for 40 buyers."
    )
    assert all(("Fair Harvest Europe", "organiser") not in f for f in _orgs_of(text))


def test_all_activities_under_a_heading_funded_by_one_fund() -> None:
    text = (
        "On 2 March 2020 the Delta Water Network held a training on pump repair in Kisumu for 20 "
        "technicians.\n\nOn 9 July 2020 the Delta Water Network held a workshop on tariffs in "
        "Eldoret for 35 committee members.\n\nAll activities under Outcome 3 were funded by the "
        "Springline Fund."
    )
    found = _orgs_of(text)
    assert len(found) == 2 and all(("Springline Fund", "funder") in f for f in found)
