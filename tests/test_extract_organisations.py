"""Organisations and their roles in an event (atlas.extract.organisations): each way issue 16
lists of naming them, on sentences written for these tests (not taken from any report set),
several phrasings each, with the sentences that must give no organisation or another role."""

from __future__ import annotations

import pytest

from atlas.extract import extract_text
from atlas.extract import organisations as orgs


def roles(text: str, has_event: bool = True) -> set[tuple[str, str]]:
    aliases = orgs.aliases(text)
    return {
        (aliases.get(r.name, r.name), r.role)
        for r in orgs.roles(text, aliases, has_event=has_event)
    }


# Organisers: "it was organised by", "co-organised with", "organised together with" -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was organised by the Delta Farmers Union.", {("Delta Farmers Union", "organiser")}),
        (
            "The forum was co-organised with the Pacific Council of Churches.",
            {("Pacific Council of Churches", "organiser")},
        ),
        (
            "The consultation was organised together with the Federation of Nepali Drivers.",
            {("Federation of Nepali Drivers", "organiser")},
        ),
        (
            "The assembly was organised with the National Union of Cleaners and the Jesuit Refugee Desk.",
            {("National Union of Cleaners", "organiser"), ("Jesuit Refugee Desk", "organiser")},
        ),
        (
            "The seminar was jointly organised with the Open Borders Institute.",
            {("Open Borders Institute", "organiser")},
        ),
        (
            "The Harbour Workers Network and the Lagoon Fishers Union jointly organised the march.",
            {("Harbour Workers Network", "organiser"), ("Lagoon Fishers Union", "organiser")},
        ),
    ],
)
def test_organisers(text, expected):
    assert roles(text) == expected


def test_organised_together_with_is_an_organiser_in_partnership_with_a_partner():
    # the newer blind sets' reading (orgs32): the body the event was organised together with
    # organised it too
    assert roles("The network organised the march together with the Coastal Fishers Union.") >= {
        ("Coastal Fishers Union", "organiser")
    }
    assert roles("The dialogue was held in partnership with the Harbour Rights Institute.") == {
        ("Harbour Rights Institute", "partner")
    }


# Hosts: "hosted by", "co-hosted with", "at the invitation of" -----------------------------------


def test_hosts_and_co_hosts():
    assert roles("The meeting was hosted by the Kenya Union of Cleaners.") == {
        ("Kenya Union of Cleaners", "host")
    }
    # the event co-hosted with, or by, an organisation: it organised the event too
    assert roles("The dialogue was co-hosted with the Legal Aid Network of Laos.") == {
        ("Legal Aid Network of Laos", "organiser")
    }
    assert roles("The training was held in Athens, co-hosted by the Hellenic Refugee Council.") == {
        ("Hellenic Refugee Council", "organiser")
    }
    assert roles("The Sur Network co-hosted the meeting with the Casa Esperanza shelter.") >= {
        ("Casa Esperanza", "host")
    }
    assert roles("The delegation came at the invitation of the Andes Farmworkers Union.") == {
        ("Andes Farmworkers Union", "host")
    }


# Funders: "supported the event", "with funding from", "co-funded" -------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It was organised by the Youth Network, and the Meridian Foundation supported the event.",
            {("Youth Network", "organiser"), ("Meridian Foundation", "funder")},
        ),
        (
            "It ran with funding from the Silverbirch Trust and the Aster Fund.",
            {("Silverbirch Trust", "funder"), ("Aster Fund", "funder")},
        ),
        ("UNICEF Peru co-funded the meeting.", {("UNICEF Peru", "funder")}),
        ("The exchange was financed by Caritas Austria.", {("Caritas Austria", "funder")}),
        (
            "The dialogue was supported by the German development agency GIZ.",
            {("GIZ", "funder")},
        ),
        (
            "The visit was made possible by Save the Children Sweden.",
            {("Save the Children Sweden", "funder")},
        ),
        (
            "The workshop received support from Human Rights Watch.",
            {("Human Rights Watch", "funder")},
        ),
    ],
)
def test_funders(text, expected):
    assert roles(text) == expected


# Names with commas or "and" ---------------------------------------------------------------------


def test_a_name_with_and_is_one_organisation():
    assert roles("The meeting was hosted by the Legal Aid and Rights Centre.") == {
        ("Legal Aid and Rights Centre", "host")
    }
    assert roles(
        "The meeting was hosted by the Centre for Studies and Action for Peace (CESAP)."
    ) == {("Centre for Studies and Action for Peace", "host")}
    assert roles("It was funded by the Fund for Health, Housing and Rights.") == {
        ("Fund for Health, Housing and Rights", "funder")
    }
    # two names joined by "and" stay two when each is one
    assert roles("It was organised by the Rivers Network and the Hill Women's Forum.") == {
        ("Rivers Network", "organiser"),
        ("Hill Women's Forum", "organiser"),
    }


def test_an_organisation_told_by_its_kind_and_nationality():
    assert roles("The Romanian association Vatra held a seminar on seasonal work.") == {
        ("Vatra", "organiser")
    }
    assert roles("It was hosted by the Austrian union Vida.") == {("Vida", "host")}


# Trainers and speakers ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trainers came from the Manila Mental Health Society.",
            {("Manila Mental Health Society", "trainer")},
        ),
        (
            "The sessions were led by lawyers of the Cebu Legal Clinic.",
            {("Cebu Legal Clinic", "trainer")},
        ),
        (
            "The course was taught by trainers of the Fair Recruitment Institute.",
            {("Fair Recruitment Institute", "trainer")},
        ),
        (
            "Two trainers from the Accra Legal Centre and one from the Senegalese association Jokko ran the sessions.",
            {("Accra Legal Centre", "trainer"), ("Jokko", "trainer")},
        ),
        (
            "Speakers came from the Portuguese union SINTRA, the Spanish union SOL and the University of Braga.",
            {("SINTRA", "speaker"), ("SOL", "speaker"), ("University of Braga", "speaker")},
        ),
        (
            "A panel of speakers from the Labour Institute, Human Rights Watch and the Riverside Employers Council discussed the findings.",
            {
                ("Labour Institute", "speaker"),
                ("Human Rights Watch", "speaker"),
                ("Riverside Employers Council", "speaker"),
            },
        ),
    ],
)
def test_trainers_and_speakers(text, expected):
    assert roles(text) == expected


# The network named again --------------------------------------------------------------------------


def test_an_organisation_named_again_by_a_word_of_its_name():
    drafts = extract_text(
        "The Network for Migrant Children held its annual conference in Lima, Peru, on 3 May 2019. "
        "Within the conference the network ran a workshop on age checks for 30 border officials.",
        "test",
    )
    for d in drafts:
        assert ("Network for Migrant Children", "organiser") in {
            (o.name, o.role) for o in d.organisations
        }, d.title


# Not organisations ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "It was organised by Ms Rosa Quispe.",
        "It was funded by Maria Santos Lopez.",
        "The meeting was hosted by Dr Amina Yusuf in Kano.",
    ],
)
def test_people_are_not_organisations(text):
    assert roles(text) == set()


def test_a_list_of_organisers_goes_on_after_a_short_name_in_brackets():
    assert roles(
        "The assembly was organised with the National Union of Cleaners (NUC) and the Jesuit Refugee Service."
    ) == {("National Union of Cleaners", "organiser"), ("Jesuit Refugee Service", "organiser")}


def test_a_long_name_without_an_organisation_word_is_still_one():
    assert roles(
        "The course was taught by trainers of the Global Fair Recruitment Integrity System."
    ) == {("Global Fair Recruitment Integrity System", "trainer")}


def test_an_organiser_of_the_event_told_before_in_a_sentence_naming_no_event():
    # "the handover" points back at the event the sentence before told
    assert roles(
        "The Lake Workers Alliance organised the handover together with the Kisumu Traders Union.",
        has_event=False,
    ) == {("Lake Workers Alliance", "organiser"), ("Kisumu Traders Union", "organiser")}
    assert roles("The Lake Workers Alliance organised a march in May.", has_event=False) == set()


def test_the_same_partners_organised_the_follow_up():
    drafts = extract_text(
        "The training on safe migration was held in Masaka, Uganda, in April 2016. It was organised "
        "by the Lake Youth Network and the Centre for Rural Studies. A year later the same partners "
        "ran a follow-up training in Mbarara for 25 of the graduates.",
        "test",
    )
    assert len(drafts) == 2
    for d in drafts:
        assert {(o.name, o.role) for o in d.organisations} == {
            ("Lake Youth Network", "organiser"),
            ("Centre for Rural Studies", "organiser"),
        }
    assert any(k.startswith("organisations[") for k in drafts[1].unsure)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Mekong Migrant Network, a coalition of 40 groups, held a workshop in Hue.",
            {("Mekong Migrant Network", "organiser")},
        ),
        (
            "The organisers were the Lake Women's Forum and the Rift Valley Workers Union.",
            {("Lake Women's Forum", "organiser"), ("Rift Valley Workers Union", "organiser")},
        ),
        ("Co-organisers included the Andes Legal Clinic.", {("Andes Legal Clinic", "organiser")}),
        (
            "The Greenleaf Foundation provided financial support.",
            {("Greenleaf Foundation", "funder")},
        ),
        ("It took place thanks to a grant from the Aster Trust.", {("Aster Trust", "funder")}),
        ("Funding for the exchange came from the Juniper Fund.", {("Juniper Fund", "funder")}),
        (
            "It was held in conjunction with the Port Workers Federation.",
            {("Port Workers Federation", "partner")},
        ),
        (
            "It was organised in association with the Coastal Institute.",
            {("Coastal Institute", "partner")},
        ),
        ("The Delta Fund was the main sponsor.", {("Delta Fund", "funder")}),
        ("The Riverside Workers Centre acted as host.", {("Riverside Workers Centre", "host")}),
    ],
)
def test_roles_told_by_their_noun_or_an_aside(text, expected):
    assert roles(text) == expected


# Names that go on after their list, after "of" two countries, or "in" a region ---------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "It was funded by the Union of Mining, Energy and Chemical Workers of the North.",
            "Union of Mining, Energy and Chemical Workers of the North",
        ),
        (
            "It was funded by the Federation of Fishers and Seafarers of Ghana and Togo.",
            "Federation of Fishers and Seafarers of Ghana and Togo",
        ),
        (
            "It was funded by the Association of Domestic Workers of Peru and Bolivia.",
            "Association of Domestic Workers of Peru and Bolivia",
        ),
        ("It was funded by the Migrant Forum in Asia.", "Migrant Forum in Asia"),
        (
            "It was funded by the Network for Women Traders in West Africa.",
            "Network for Women Traders in West Africa",
        ),
        (
            "It was funded by the Council of Migrant Churches in the Middle East.",
            "Council of Migrant Churches in the Middle East",
        ),
    ],
)
def test_a_name_goes_on_after_its_list_two_countries_or_a_region(text, name):
    assert roles(text) == {(name, "funder")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was funded by the Workers Union in Nairobi.", {("Workers Union", "funder")}),
        ("It was funded by the Rivers Network in Kenya.", {("Rivers Network", "funder")}),
        (
            "It was funded by the Hill Forum and the Kenya Red Cross.",
            {("Hill Forum", "funder"), ("Kenya Red Cross", "funder")},
        ),
    ],
)
def test_a_city_or_country_after_in_is_where_it_is_not_its_name(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "In June 2022 the Network against Trafficking in Persons held a training.",
            "Network against Trafficking in Persons",
        ),
        (
            "On 3 May 2019 the Coalition against Child Labour held a workshop.",
            "Coalition against Child Labour",
        ),
        ("On 3 May 2019 the Centre for Women in Need held a workshop.", "Centre for Women in Need"),
    ],
)
def test_names_joined_by_against_or_in_before_a_common_noun(text, name):
    assert roles(text) == {(name, "organiser")}


@pytest.mark.parametrize(
    "text",
    [
        "The visit was paid for by the Harbour Labour Fund.",
        "The travel was covered by the Harbour Labour Fund.",
        "The event was underwritten by the Harbour Labour Fund.",
        "The network ran it with funding from the Harbour Labour Fund.",
        "The network ran it with a grant from the Harbour Labour Fund.",
    ],
)
def test_funders_told_by_paid_for_covered_and_with_funding_from(text):
    assert ("Harbour Labour Fund", "funder") in roles(text)


# Second generalisation round: more ways of naming who organised, hosted, taught or spoke -------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name listed before a name told by its nationality and kind
        (
            "The Lowland Agricultural Workers Union and the Ukrainian trade union Solidarnist "
            "organised a dialogue in Lublin.",
            {("Lowland Agricultural Workers Union", "organiser"), ("Solidarnist", "organiser")},
        ),
        # "X and its partner, Y, held": Y needs no organisation word
        (
            "The Philippine Migrants Advocacy Network and its Indonesian partner, Serikat Buruh "
            "Migran, held a training in Manila.",
            {
                ("Philippine Migrants Advocacy Network", "organiser"),
                ("Serikat Buruh Migran", "organiser"),
            },
        ),
        # "X, with Y, organised"; "convened the meeting jointly with Y"
        (
            "The Andean Workers Network, with the Quito Legal Clinic, organised a round table.",
            {("Andean Workers Network", "organiser"), ("Quito Legal Clinic", "organiser")},
        ),
        (
            "The Andean Workers Network convened the meeting jointly with the Quito Legal Clinic.",
            {("Andean Workers Network", "organiser"), ("Quito Legal Clinic", "organiser")},
        ),
        # a Spanish name joined by "sin"; "launched by" a list
        (
            "On 9 November 2021 the Red de Salud sin Fronteras launched its study at a hotel.",
            {("Red de Salud sin Fronteras", "organiser")},
        ),
        (
            "The campaign was launched by Justice for Migrants, Labour Rights Watch and the "
            "Seafarers' Union of Ghana.",
            {
                ("Justice for Migrants", "organiser"),
                ("Labour Rights Watch", "organiser"),
                ("Seafarers' Union of Ghana", "organiser"),
            },
        ),
        # a name with commas in its subject
        (
            "It was organised by the Centre for Research and Advocacy on Migration, Labour and "
            "Human Rights.",
            {
                (
                    "Centre for Research and Advocacy on Migration, Labour and Human Rights",
                    "organiser",
                )
            },
        ),
        # roles told by a label, or by "which hosted it"
        (
            "Organisers: the Andean Workers Network and the Quito Legal Clinic.",
            {("Andean Workers Network", "organiser"), ("Quito Legal Clinic", "organiser")},
        ),
        (
            "The meeting took place at the offices of the Kenya Human Rights Commission, which "
            "hosted it.",
            {("Kenya Human Rights Commission", "host")},
        ),
        (
            "The round table was held at the Coastal Law School, which also funded the meals.",
            {("Coastal Law School", "funder")},
        ),
        # who taught, who spoke
        (
            "Staff of the Legal Aid Society facilitated the sessions.",
            {("Legal Aid Society", "trainer")},
        ),
        (
            "Resource persons from the International Labour Organization and the University of "
            "the Witwatersrand presented research on unpaid wages.",
            {
                ("International Labour Organization", "speaker"),
                ("University of the Witwatersrand", "speaker"),
            },
        ),
        # who ran a training organised it; it is not also its trainer
        (
            "The Northern Girls Network ran a five-day training for 30 peer educators.",
            {("Northern Girls Network", "organiser")},
        ),
    ],
)
def test_roles_in_new_phrasings(text, expected):
    assert roles(text) == expected


def test_a_summary_of_the_consultation_shared_with_a_body_makes_it_no_partner():
    assert (
        roles(
            "The coalition shared a summary of the consultation with the Department of Refugee "
            "Services."
        )
        == set()
    )
    assert roles("They held a consultation with the Department of Refugee Services.") == {
        ("Department of Refugee Services", "partner")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Copper Belt Land Alliance launched it jointly with the Kafue Farmers' "
            "Association.",
            {
                ("Copper Belt Land Alliance", "organiser"),
                ("Kafue Farmers' Association", "organiser"),
            },
        ),
        (
            "The film was made, and the screening organised, by the Coastal Media Watch.",
            {("Coastal Media Watch", "organiser")},
        ),
        (
            "A delegation of the Estate Workers Coalition handed a petition to the ministry.",
            {("Estate Workers Coalition", "organiser")},
        ),
        (
            "Some 90 women met in Lima for the founding assembly of the Andean Care Workers "
            "Federation.",
            {("Andean Care Workers Federation", "organiser")},
        ),
        (
            "It was the second national congress of the Union of Street Vendors.",
            {("Union of Street Vendors", "organiser")},
        ),
    ],
)
def test_organisers_told_by_it_a_comma_a_delegation_or_their_assembly(text, expected):
    assert roles(text) == expected


def test_an_assembly_of_people_names_no_organiser():
    assert roles("It was the annual meeting of Women in the district.") == set()


def test_an_organisations_possessive_is_not_part_of_its_name():
    assert roles(
        "The sessions were led by lawyers of the Beirut Bar Association's aid committee."
    ) == {("Beirut Bar Association", "trainer")}
    assert orgs.clean_name("Savannah Women's") == "Savannah Women's"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Andean Solidarity Fund paid for travel and materials.",
            {("Andean Solidarity Fund", "funder")},
        ),
        (
            "The Nordic Ocean Fund covered the participants' travel costs.",
            {("Nordic Ocean Fund", "funder")},
        ),
        ("The Hanami Foundation paid for the venue.", {("Hanami Foundation", "funder")}),
        # covering a topic is no funding
        ("The Ministry of Labour covered the topic of contracts.", set()),
    ],
)
def test_a_funder_told_by_what_it_paid_for(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what the organisers are, then their names
        (
            "The launch was organised by the two authors of the study, the Solidarity Centre and "
            "the Garment Research Trust.",
            {("Solidarity Centre", "organiser"), ("Garment Research Trust", "organiser")},
        ),
        # a name whose first words are listed with commas, after "the"
        (
            "The launch was organised by the Solidarity Centre and the Labour, Health and "
            "Environment Research Trust.",
            {
                ("Solidarity Centre", "organiser"),
                ("Labour, Health and Environment Research Trust", "organiser"),
            },
        ),
        # without "the", a list of names stays a list
        (
            "The launch was funded by Oxfam and the Hanami Foundation.",
            {("Oxfam", "funder"), ("Hanami Foundation", "funder")},
        ),
    ],
)
def test_organisers_after_a_description_and_names_with_commas(text, expected):
    assert roles(text) == expected


# Roles told by other verbs and nouns (third generalisation round) -----------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The march was called by the Coastal Dockworkers Union.",
            ("Coastal Dockworkers Union", "organiser"),
        ),
        (
            "The festival was put on by the Riverside Artists Collective.",
            ("Riverside Artists Collective", "organiser"),
        ),
        (
            "The hearing was initiated by the Tenants Rights Network.",
            ("Tenants Rights Network", "organiser"),
        ),
        (
            "The meeting was held on the premises of the Dock Workers Federation.",
            ("Dock Workers Federation", "host"),
        ),
        (
            "The hall was lent free of charge by the Teachers Association of Tamale.",
            ("Teachers Association of Tamale", "host"),
        ),
        (
            "The caravan was backed by the Green Horizon Foundation.",
            ("Green Horizon Foundation", "funder"),
        ),
        (
            "It went ahead with the financial backing of the Lakeside Trust.",
            ("Lakeside Trust", "funder"),
        ),
    ],
)
def test_roles_told_by_called_put_on_premises_lent_and_backed(text, expected):
    assert expected in roles(text)


@pytest.mark.parametrize(
    "text",
    [
        "A man called by the Coastal Dockworkers Union testified.",  # no event was called
        "Its offices are near the premises of the Dock Workers Federation.",  # not at them
    ],
)
def test_those_words_without_the_event_give_no_role(text):
    assert roles(text) == set()


# Names with "and": places joined are never a name; a right named with "to" stays whole -------


@pytest.mark.parametrize(
    "text",
    [
        "The training brought together 25 leaders from Kilifi and Malindi, held in Kilifi.",
        "Monitors came from Bo, Pujehun and Moyamba.",
        "Traders from Kenya and Uganda met in Busia.",
    ],
)
def test_places_joined_by_and_are_no_organisation(text: str) -> None:
    assert orgs.names_in(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Sierra Leone Network on the Right to Food and Land held a training in April.",
            "Sierra Leone Network on the Right to Food and Land",
        ),
        (
            "The Coalition for the Right to Education and Health met in Lusaka.",
            "Coalition for the Right to Education and Health",
        ),
        (
            "The Campaign to End Child Marriage held a vigil in Dhaka.",
            "Campaign to End Child Marriage",
        ),
    ],
)
def test_a_name_with_a_right_or_an_aim_after_to_stays_whole(text: str, name: str) -> None:
    assert [n for n, _ in orgs.names_in(text)] == [name]


def test_to_before_a_place_joins_no_name() -> None:
    names = [
        n for n, _ in orgs.names_in("The Kayes Legal Aid Collective went to Bamako and Segou.")
    ]
    assert names == ["Kayes Legal Aid Collective"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The Delta Boatmen Union and the River Voices Trust released their study "Hidden '
            'Crews" at the Press Club in Khulna on 4 March 2021.',
            {("Delta Boatmen Union", "organiser"), ("River Voices Trust", "organiser")},
        ),
        (
            'On 5 March 2020 the Colectivo de Cuidadoras premiered its documentary "Manos" at '
            "the Sala Roja in Rosario.",
            {("Colectivo de Cuidadoras", "organiser")},
        ),
        (
            "The seminar in Bari on 3 May 2021 was funded by the Fondazione Mare Aperto.",
            {("Fondazione Mare Aperto", "funder")},
        ),
    ],
)
def test_makers_who_released_or_premiered_and_italian_names(text, expected):
    assert roles(text) == expected


def test_a_body_that_released_people_organised_nothing():
    text = "At the rally on 3 May 2020 the Labour Department released 12 detained workers."
    assert ("Labour Department", "organiser") not in roles(text)
