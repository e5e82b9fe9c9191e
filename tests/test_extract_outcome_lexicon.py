"""Outcomes read as a verb and its object (atlas.extract.outcome_lexicon, through
atlas.extract.outcomes.find), on sentences written for these tests: several phrasings of each
kind, and sentences that state no outcome."""

from __future__ import annotations

import pytest

from atlas.extract import outcomes


def found(text: str) -> list[tuple[str, str, int | None]]:
    return [(f.outcome_type, f.title, f.quantity) for f in outcomes.find(text)]


def kinds(text: str) -> list[tuple[str, int | None]]:
    return [(f.outcome_type, f.quantity) for f in outcomes.find(text)]


# Declarations, plans, demands and petitions ---------------------------------------------------


def test_two_texts_adopted_in_one_clause_are_two_agreements():
    assert found(
        "The congress adopted the Mombasa Charter on fair wages and a two-year work plan."
    ) == [
        ("agreement", "Mombasa Charter on fair wages", None),
        ("agreement", "Two-year work plan adopted", None),
    ]


def test_a_statement_signed_or_demands_endorsed_with_their_number():
    assert found("Members signed a joint statement on the rights of fishers before leaving.") == [
        ("agreement", "Joint statement on the rights of fishers", None)
    ]
    assert kinds(
        "At its close the meeting agreed on a list of nine demands to the labour ministry."
    ) == [("agreement", 9)]
    assert kinds("The assembly endorsed fifteen demands on housing and schooling.") == [
        ("agreement", 15)
    ]
    assert kinds("The forum agreed on an eight-point plan for safer markets.") == [("agreement", 8)]


@pytest.mark.parametrize(
    "text, signatures",
    [
        ("A petition with 3,200 signatures was handed over to the district office.", 3200),
        (
            "Workers handed a petition signed by more than 5,000 tea pickers to the commissioner.",
            5000,
        ),
        (
            "The coalition compiled its concerns into a petition on overtime, which 780 drivers signed.",
            780,
        ),
    ],
)
def test_a_petition_counted_by_its_signatures_whatever_the_verb(text, signatures):
    assert kinds(text) == [("agreement", signatures)]


# Publications -------------------------------------------------------------------------------------


def test_reports_briefs_and_proceedings_published_or_launched():
    assert found(
        "The network released a policy brief on heat stress at work after the dialogue."
    ) == [("publication", "Policy brief on heat stress at work", None)]
    assert found("A report of the consultation was published two months later.") == [
        ("publication", "Report of the consultation", None)
    ]
    assert found("The union published the congress proceedings in October.") == [
        ("publication", "Congress proceedings", None)
    ]


def test_a_title_in_apposition_or_after_as_is_the_publications_title():
    assert found(
        "Our handbook for shelter volunteers, Safe Haven, was launched at the city library."
    ) == [("publication", "Safe Haven", None)]
    assert found(
        "The seminar's presentations were later published as a working paper series, Moving Margins."
    ) == [("publication", "Moving Margins", None)]
    assert found("The clinic launched its guide Rights on the Road at a press conference.") == [
        ("publication", "Rights on the Road", None)
    ]


def test_a_glossary_produced_for_a_course_whose_title_lists_languages():
    assert kinds(
        "A glossary of labour terms in Tagalog, Bahasa and English was prepared for the course."
    ) == [("publication", None)]


# Materials handed out -----------------------------------------------------------------------------


def test_copies_received_or_printed_and_handed_out():
    assert found(
        "Each participant received a copy of the Fair Recruitment Toolkit, 60 copies in all."
    ) == [("materials_distributed", "Fair Recruitment Toolkit distributed", 60)]
    assert found(
        "The youth drafted a flyer on safe migration, 5,000 copies of which were printed and "
        "distributed at bus stations."
    ) == [("materials_distributed", "Flyer on safe migration distributed", 5000)]


def test_made_then_handed_out_in_another_clause_is_both():
    assert kinds(
        "The groups produced a pamphlet on wage claims, and 800 copies were handed out at the port."
    ) == [("publication", None), ("materials_distributed", 800)]


# Networks, committees, working groups -------------------------------------------------------------


def test_networks_committees_and_groups_set_up():
    assert found("The women set up savings groups in five villages.") == [
        ("network", "Savings groups in five villages set up", 5)
    ]
    assert found("Delegates agreed to form a national working group on recruitment fees.") == [
        ("network", "National working group on recruitment fees formed", None)
    ]
    assert found("A committee of returnee leaders was established to follow up the demands.") == [
        ("network", "Committee of returnee leaders established", None)
    ]
    assert kinds("The assembly founded a coalition of migrant-led groups.") == [("network", None)]
    assert found("Forty delegates met for the founding congress of the Delta Boatmen's Union.") == [
        ("network", "Delta Boatmen's Union founded", None)
    ]


def test_a_policy_adopted_is_a_policy_change():
    assert found("The city council adopted a new policy on street vendors after the dialogue.") == [
        ("policy_change", "Policy on street vendors adopted", None)
    ]


# What states no outcome ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The participants were split into small groups to discuss the draft charter.",
        "Participants formed three groups to work on the case studies.",
        "The federation, established in 1998, hosted the meeting.",
        "The alliance was set up in 2012 by five unions.",
        "Participants will adopt the declaration at the next congress.",
        "The network hopes to publish a report on the findings.",
        "The union plans to set up a helpline.",
        "Speakers presented the findings of a survey of 300 workers.",
        "The union had signed an agreement with the employers in 2012.",
        "Participants did not agree on a common statement.",
        "The workshop discussed the national action plan on trafficking.",
        "Participants called for a regional network of legal clinics.",
        "The report was discussed in groups.",
        "The government adopted a new law on domestic work in 2015, which the workshop discussed.",
        "Members agreed to meet again before the end of June to review the plan.",
        "The petition was read out at the end.",
    ],
)
def test_plans_history_denials_and_discussions_are_no_outcomes(text):
    assert found(text) == []


# Second generalisation round: the noun of the verb, and what a ministry adopts ----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The meeting ended with the adoption of the Kingston Declaration on Domestic Work.",
            [("agreement", "Kingston Declaration on Domestic Work")],
        ),
        (
            "The dialogue resulted in the creation of a regional network of shelters.",
            [("network", "Regional network of shelters set up")],
        ),
        (
            "The consultation led to the signing of a memorandum of understanding between the "
            "two unions.",
            [("agreement", "Memorandum of understanding between the two unions")],
        ),
    ],
)
def test_what_an_event_ended_with_told_by_the_noun_of_its_verb(text, expected):
    assert [(t, title) for t, title, _ in found(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # background told by the noun of a verb, and a committee elected, not set up
        "Cooperation was achieved through the signing of various memoranda of understanding.",
        "There was a report on the adoption of the network by its partners.",
        "The assembly elected a new coordinating committee.",
        # what a ministry only promised
        "The ministry agreed to review the rules on emergency care for migrants.",
    ],
)
def test_no_outcome_from_background_or_promises(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "The Ministry of Labour adopted a checklist of forced labour indicators for its "
            "inspectors.",
            "Checklist of forced labour indicators for its inspectors",
        ),
        (
            "After the workshop the Department of Labour approved new standard operating "
            "procedures for shelters.",
            "New standard operating procedures for shelters",
        ),
        (
            "The district council adopted a referral form for returnees.",
            "Referral form for returnees adopted",
        ),
    ],
)
def test_what_a_ministry_or_council_adopts_is_a_policy_change(text, title):
    assert found(text) == [("policy_change", title, None)]


def test_what_a_network_adopts_stays_its_own_agreement():
    assert kinds("The network adopted a referral form for returnees.") == [("agreement", None)]


def test_recommendations_agreed_on_are_read_once():
    assert kinds(
        "Participants agreed on 15 recommendations, which the coalition submitted in December."
    ) == [("recommendation", 15)]
    assert kinds("The unions agreed on 3 joint actions.") == [("agreement", 3)]


def test_what_speakers_presented_is_no_outcome_of_the_event():
    assert (
        found(
            "Speakers from the International Labour Organization presented the General "
            "Principles for Fair Recruitment."
        )
        == []
    )
    assert kinds("The agencies present signed a voluntary code of conduct on fees.") == [
        ("agreement", None)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On their return, three of the villages opened migrant desks of their own.",
            [("policy_change", "Migrant desks of their own opened")],
        ),
        (
            "After the course the paralegals set up a WhatsApp help line, which answered 140 calls.",
            [("other", "WhatsApp help line set up")],
        ),
        # launching a hotline is the event told, not what came of it
        ("The help desk launched its multilingual hotline at a public event.", []),
        ("The network opened the meeting with a song.", []),
    ],
)
def test_a_service_set_up_or_opened(text, expected):
    assert [(t, title) for t, title, _ in found(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "From the consultation, the centre drew four recommendations to the Department of "
            "Enterprise: a permit not tied to one boat.",
            [("recommendation", 4)],
        ),
        ("The working group drew up recommendations on wage theft.", [("recommendation", None)]),
        ("The women adopted a five-point agenda for women in governance.", [("agreement", 5)]),
        ("Delegates agreed a joint position paper on recruitment fees.", [("agreement", None)]),
        # a position paper published is a publication
        (
            "The union published a position paper on recruitment fees in May 2019.",
            [("publication", None)],
        ),
        ("On their return, the delegation set up a community mapping team.", [("network", None)]),
        # what a team did, or an agenda that was followed, is no outcome
        ("The team visited three villages.", []),
        ("The agenda covered wages and contracts.", []),
    ],
)
def test_recommendations_drawn_agendas_adopted_positions_agreed_teams_set_up(text, expected):
    assert kinds(text) == expected


# Commitments: a body that agreed, undertook, committed or promised to do something ------------


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        (
            "At the close, the regional labour department agreed to waive the fee for work permits.",
            "policy_change",
            "Regional labour department agreed to waive the fee for work permits",
        ),
        (
            "Forty farmers attended, and the district water office promised to repair the two wells.",
            "policy_change",
            "District water office promised to repair the two wells",
        ),
        (
            "The ministry of health undertook to publish a list of clinics open to migrants.",
            "policy_change",
            "Ministry of health undertook to publish a list of clinics open to migrants",
        ),
        (
            "Three of the recruitment agencies committed to refund the fees charged last year.",
            "agreement",
            "Three of the recruitment agencies committed to refund the fees charged last year",
        ),
        (
            "Two banks pledged to open savings accounts without a deposit for domestic workers.",
            "agreement",
            "Two banks pledged to open savings accounts without a deposit for domestic workers",
        ),
    ],
)
def test_a_body_that_committed_to_do_something(text: str, kind: str, words: str) -> None:
    assert [(f.outcome_type, f.title) for f in outcomes.find(text)] == [(kind, words)]


@pytest.mark.parametrize(
    "text",
    [
        "The participants agreed to meet again in March.",  # people at the event, a plan to meet
        "The ministry agreed to meet the union again in May.",  # a meeting, not a change
        "The labour department did not agree to waive the fee.",
        "The employers never promised to raise wages.",
        "She promised to write to the embassy.",  # a person, not a body
        "The office will agree to waive the fee if asked.",  # the future
        "The council refused to open the market.",
    ],
)
def test_no_commitment_from_people_plans_or_refusals(text: str) -> None:
    assert not [f for f in outcomes.find(text) if f.outcome_type in ("policy_change", "agreement")]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            'The collective premiered its documentary "Hands at Work" at a cinema in Lima.',
            "Hands at Work",
        ),
        ('In May the union screened their film "Night Shift" in three towns.', "Night Shift"),
    ],
)
def test_a_documentary_premiered_by_its_makers(text: str, title: str) -> None:
    assert [(f.outcome_type, f.title) for f in outcomes.find(text)] == [("documentary", title)]


# Things handed out, counted; a log line with no verb of its own ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At the close the trainers handed out 40 first-aid kits, one to each volunteer.",
            [("materials_distributed", "First-aid kits distributed", 40)],
        ),
        (
            "At factory gates the union distributed 3,000 leaflets on sick pay.",
            [("materials_distributed", "Leaflets on sick pay distributed", 3000)],
        ),
        (
            "We also gave out 250 copies of our tenants' rights guide.",
            [("materials_distributed", "Tenants' rights guide distributed", 250)],
        ),
        (
            "- 9 July: 800 hygiene kits distributed in two camps.",
            [("materials_distributed", "Hygiene kits", 800)],
        ),
        (
            "3 May: 450 posters on the new minimum wage printed and distributed to 30 markets.",
            [("materials_distributed", "Posters on the new minimum wage", 450)],
        ),
        (
            '12 June: 2,000 copies of the booklet "Safe Journey, Safe Return" distributed in Jessore.',
            [("materials_distributed", "Safe Journey, Safe Return", 2000)],
        ),
    ],
)
def test_things_handed_out_are_counted_by_themselves(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "- 12 May: 40 volunteers distributed food in the camp.",  # people, not a thing printed
        "3 May: 450 people handed out water at the march.",
        "15 March: 120 parcels of rice distributed.",  # no printed or made material
    ],
)
def test_people_or_goods_handed_out_are_no_materials(text):
    assert [k for k in kinds(text) if k[0] == "materials_distributed"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The assembly adopted the Accra Communiqué on Decent Work and sent it to the minister.",
            [("agreement", "Accra Communiqué on Decent Work", None)],
        ),
        (
            "On the second day the women set up the Lakeside Savings Circle, which meets weekly.",
            [("network", "Lakeside Savings Circle set up", None)],
        ),
    ],
)
def test_a_communique_adopted_and_a_circle_set_up(text, expected):
    assert found(text) == expected


def test_a_study_circle_told_bare_is_no_network():
    assert found("The trainers set up the circle in the morning.") == []
