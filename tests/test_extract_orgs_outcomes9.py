"""Organisations and outcomes in the shapes the ninth blind set's first run missed, on sentences
written for these tests (not taken from any report set), several phrasings each, with sentences
that must give nothing or no count."""

from __future__ import annotations

import pytest

from atlas.extract import organisations as orgs
from atlas.extract import outcome_lexicon


def counted(sentence: str) -> set[tuple[str, int | None, str | None]]:
    return {(s.outcome_type, s.quantity, s.unit) for s in outcome_lexicon.read(sentence)}


# Quantities of agreements: "with N demands", "(N points)", "a N-point charter" in apposition ----


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            'The assembly approved the "Charter of the Valley", with nine demands to the regional '
            "government.",
            ("agreement", 9, "demands"),
        ),
        (
            "Delegates adopted the Lakeside Declaration, with 14 commitments for the next two years.",
            ("agreement", 14, "commitments"),
        ),
        (
            "The Coastal Manifesto was endorsed by all the groups present (11 points).",
            ("agreement", 11, "points"),
        ),
        (
            "The meeting adopted the Highland Charter (six principles) after a long debate.",
            ("agreement", 6, "principles"),
        ),
        (
            "Participants adopted the River Basin Declaration, a 15-point list of demands on water.",
            ("agreement", 15, "points"),
        ),
    ],
)
def test_agreement_parts_counted(sentence: str, expected: tuple[str, int, str]) -> None:
    assert expected in counted(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the number counts people or days, not the agreement's parts
        "The assembly approved the Charter of the Valley, with 40 delegates voting in favour.",
        "Delegates adopted the Lakeside Declaration (2 days of debate) at the close.",
        "Participants adopted the River Basin Declaration, a text drafted over the year.",
    ],
)
def test_agreement_other_numbers_not_counted(sentence: str) -> None:
    assert {q for _, q, _ in counted(sentence)} == {None}


# Signers counted before the verb: "31 groups signed the X Pledge" ------------------------------


@pytest.mark.parametrize(
    ("sentence", "n"),
    [
        ("On the last day 27 organisations signed the Harbour Pledge on fair wages.", 27),
        ("By the end of the day, forty community groups had signed the Clean Air Charter.", 40),
        ("Some 18 women's associations endorsed the Market Traders' Charter.", 18),
    ],
)
def test_signers_before_the_verb(sentence: str, n: int) -> None:
    assert ("agreement", n, "signatures") in counted(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # people, a year or a share before the verb are not signing bodies
        "In 2019 the partners signed the Harbour Pledge on fair wages.",
        "About 60 participants signed the Clean Air Charter.",
        # the parties told before, not signers counted
        "At the close, the two unions signed a memorandum of understanding on wage claims.",
        "Then the three associations signed the Harbour Pledge on fair wages.",
    ],
)
def test_no_signers_counted(sentence: str) -> None:
    assert {q for _, q, _ in counted(sentence)} == {None}


# Members set apart by commas after the verb, and member bodies in capitals ----------------------


@pytest.mark.parametrize(
    ("sentence", "n"),
    [
        ("A circle of women mediators was formed, 9 women, who will meet every month.", 9),
        ("A network of volunteer interpreters was set up, 15 persons, to help at the clinics.", 15),
        ("The participants created a platform of tenants' groups, with 21 member CSOs.", 21),
        ("The meeting founded a coalition on river health, with 8 member NGOs.", 8),
    ],
)
def test_members_counted(sentence: str, n: int) -> None:
    assert ("network", n, "members") in counted(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a date or a number of days after the comma counts no members
        "A circle of women mediators was formed, 2019, in the north.",
        "A network of volunteer interpreters was set up, 15 days before the clinics opened.",
    ],
)
def test_members_not_counted(sentence: str) -> None:
    assert {q for _, q, _ in counted(sentence)} <= {None}


# Organisations ---------------------------------------------------------------------------------


def roles(text: str, has_event: bool = True) -> set[tuple[str, str]]:
    aliases = orgs.aliases(text)
    return {
        (aliases.get(r.name, r.name), r.role)
        for r in orgs.roles(text, aliases, has_event=has_event)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thank you Riverbank Seed Fund for supporting this training!",
            {("Riverbank Seed Fund", "funder")},
        ),
        (
            "Many thanks to the Lakeshore Foundation for funding the interpreters.",
            {("Lakeshore Foundation", "funder")},
        ),
        (
            "We are grateful to the Open Fields Trust for its financial support.",
            {("Open Fields Trust", "funder")},
        ),
        (
            "Special thanks to Northwind Community Fund, whose grant paid for the buses.",
            {("Northwind Community Fund", "funder")},
        ),
    ],
)
def test_funders_thanked(text: str, expected: set[tuple[str, str]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # thanked for something else than money: no funder
        "Thank you Riverbank Seed Fund for coming all the way from the coast!",
        "Many thanks to the Lakeshore Foundation for its warm welcome.",
    ],
)
def test_thanks_without_money(text: str) -> None:
    assert not any(role == "funder" for _, role in roles(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Big thanks to our co-hosts the Valley Tenants Union and to Greenway Fund for "
            "funding the day.",
            {("Valley Tenants Union", "organiser"), ("Greenway Fund", "funder")},
        ),
        (
            "We thank our hosts, the Harbour Fishers Cooperative, for the hall.",
            {("Harbour Fishers Cooperative", "host")},
        ),
    ],
)
def test_co_hosts_and_hosts(text: str, expected: set[tuple[str, str]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "With funding from the Kestrel Trust, the Upland Farmers Network conducted three "
            "trainings on seed saving.",
            {("Kestrel Trust", "funder"), ("Upland Farmers Network", "organiser")},
        ),
        (
            "With a grant from the Meadow Foundation, the Coastal Women's Union held a workshop "
            "in the port.",
            {("Meadow Foundation", "funder"), ("Coastal Women's Union", "organiser")},
        ),
    ],
)
def test_funder_before_the_subject_is_no_organiser(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Delta Rice Growers Network, together with the Women Millers' Association, "
            "conducted a dialogue in the district hall.",
            {
                ("Delta Rice Growers Network", "organiser"),
                ("Women Millers' Association", "organiser"),
            },
        ),
        # after the verb "together with" still names a partner
        (
            "The Delta Rice Growers Network held a dialogue together with the Women Millers' "
            "Association.",
            {
                ("Delta Rice Growers Network", "organiser"),
                ("Women Millers' Association", "partner"),
            },
        ),
    ],
)
def test_together_with_before_the_verb(text: str, expected: set[tuple[str, str]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Northern Growers Coalition brought people together for its first harvest fair "
            "in the valley.",
            {("Northern Growers Coalition", "organiser")},
        ),
        (
            "The Tenants Rights Network brought 60 organisers together in the capital.",
            {("Tenants Rights Network", "organiser")},
        ),
    ],
)
def test_brought_people_together(text: str, expected: set[tuple[str, str]]) -> None:
    assert roles(text) == expected


def test_brought_without_together_is_no_organiser() -> None:
    assert roles("The Northern Growers Coalition brought seeds for the fair.") == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The fair was organised in partnership with the Instituto Terra em Pé.",
            "Instituto Terra em Pé",
        ),
        (
            "The meeting was held in partnership with the Associação Vida em Rede.",
            "Associação Vida em Rede",
        ),
    ],
)
def test_portuguese_em_inside_a_name(text: str, name: str) -> None:
    assert (name, "partner") in roles(text)


# Outcomes told with other verbs and objects ------------------------------------------------------


def stated(sentence: str) -> set[tuple[str, str, int | None]]:
    return {(s.outcome_type, s.title, s.quantity) for s in outcome_lexicon.read(sentence)}


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("In March the district council passed a by-law protecting the wetlands.", "policy_change"),
        ("The city assembly enacted an ordinance on street vending last year.", "policy_change"),
        ("Parliament passed a law on domestic work after the campaign.", "policy_change"),
    ],
)
def test_rules_passed(sentence: str, kind: str) -> None:
    assert {k for k, _, _ in stated(sentence)} == {kind}


@pytest.mark.parametrize(
    "sentence",
    [
        # "passed" a thing that is no rule, or a declaration passed on: nothing enacted
        "The delegates passed a message of solidarity to the strikers.",
        "The union passed the petition to the mayor's office.",
    ],
)
def test_passed_is_only_for_rules(sentence: str) -> None:
    assert not any(k == "policy_change" for k, _, _ in stated(sentence))


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            'The congress adopted, with three abstentions, the "Harbour Declaration on Decent '
            'Work", which calls for a minimum wage.',
            "Harbour Declaration on Decent Work",
        ),
        (
            "The assembly approved, after a long debate, the Valley Charter on Water.",
            "Valley Charter on Water",
        ),
    ],
)
def test_an_aside_between_verb_and_object(sentence: str, title: str) -> None:
    assert title in {t for _, t, _ in stated(sentence)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "By the evening the participants came up with a 12-point Youth Agenda for the Coast.",
            ("agreement", "12-point Youth Agenda for the Coast", 12),
        ),
        (
            "The assembly approved a mandate with six demands to the governor, which was "
            "delivered a week later.",
            ("agreement", "Mandate with six demands approved", 6),
        ),
        (
            "A youth caucus of nine members was formed to follow the negotiations.",
            ("network", "Youth caucus of nine members formed", 9),
        ),
    ],
)
def test_agendas_mandates_caucuses(sentence: str, expected: tuple[str, str, int]) -> None:
    assert stated(sentence) == {expected}


def test_came_up_with_an_idea_is_nothing() -> None:
    assert stated("The youth came up with ideas for the next festival.") == set()


# Short names from a name in another language; "Organised by X with Y" -------------------------


def test_short_name_of_a_name_in_another_language() -> None:
    text = (
        "The Indonesian Street Vendors Alliance (APKLI) met in Surabaya. "
        "Organised by APKLI with the city's traders."
    )
    assert orgs.aliases(text) == {"APKLI": "Indonesian Street Vendors Alliance"}


@pytest.mark.parametrize(
    "text",
    [
        # a country code, a short name never used again, a name that is no organisation
        "The Kenya Land Rights Alliance (KEN) took part.",
        "The Indonesian Street Vendors Alliance (APKLI) met in Surabaya.",
        "They walked along Jalan Raya Bogor (JRBX) to the office; JRBX was closed.",
    ],
)
def test_no_foreign_short_name(text: str) -> None:
    assert orgs.aliases(text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Organised by the Coast Network with the Harbour Women's Union in the port.",
            {("Coast Network", "organiser"), ("Harbour Women's Union", "organiser")},
        ),
        (
            "The workshop was organised by Yayasan Lestari Air with Komunitas Nelayan Utara.",
            {("Yayasan Lestari Air", "organiser"), ("Komunitas Nelayan Utara", "organiser")},
        ),
        # "together with" after the organiser names a co-organiser (orgs32)
        (
            "The visit was organised by the Coast Network together with the Harbour Women's Union.",
            {("Coast Network", "organiser"), ("Harbour Women's Union", "organiser")},
        ),
        # with money or people after "with": no co-organiser
        (
            "The fair was organised by the Coast Network with the support of the Reef Fund.",
            {("Coast Network", "organiser"), ("Reef Fund", "funder")},
        ),
        (
            "The fair was organised by the Coast Network with 40 volunteers.",
            {("Coast Network", "organiser")},
        ),
    ],
)
def test_organised_by_with(text: str, expected: set[tuple[str, str]]) -> None:
    assert roles(text) == expected
