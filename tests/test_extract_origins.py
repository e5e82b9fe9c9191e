"""Where participants came from (atlas.extract.origins): each kind of text issue 16 lists, on
sentences written for these tests (not taken from any report set), several phrasings each, and
the sentences that name countries which are not participants' homes."""

from __future__ import annotations

import pytest

from atlas.extract import extract_text, numbers, origins


def named(text: str) -> list[str]:
    return [c.country_iso3 for c in origins.countries_named(numbers.digits(text))]


def counts(text: str) -> list[tuple[str, int | None]]:
    return [(c.country_iso3, c.participants) for c in origins.country_counts(numbers.digits(text))]


def one(text: str):
    drafts = extract_text(text, "test")
    assert len(drafts) == 1, [d.title for d in drafts]
    return drafts[0]


def participation(text: str) -> set[tuple[str, int | None]]:
    return {(p.country_iso3, p.participants) for p in one(text).participation}


# A list after a verb, a comma or a colon ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thirty delegates joined it, from Ghana, Togo and Benin.", ["GHA", "TGO", "BEN"]),
        ("About 50 participants attended, from Peru and Chile.", ["PER", "CHL"]),
        ("Twelve organisers joined from Laos and Cambodia.", ["LAO", "KHM"]),
        ("Delegates came from Nepal, Bangladesh and Sri Lanka.", ["NPL", "BGD", "LKA"]),
        ("Some 70 fishers, most of them from Myanmar and Cambodia, met.", ["MMR", "KHM"]),
        ("The 40 members who took part were mainly from Senegal and Mali.", ["SEN", "MLI"]),
        ("Representatives of eight unions travelled from Kenya and Uganda.", ["KEN", "UGA"]),
        ("The caregivers had all travelled from Indonesia and the Philippines.", ["IDN", "PHL"]),
        ("The interpreters came from Syria and Iraq.", ["SYR", "IRQ"]),
        ("Most came from Zimbabwe and Malawi.", ["ZWE", "MWI"]),
        ("Youth leaders from Fiji, Tonga and Samoa took part in the camp.", ["FJI", "TON", "WSM"]),
        ("Twenty-two women — from Honduras and Guatemala — attended the course.", ["HND", "GTM"]),
        ("Participants (45 in total) came from Uganda, Rwanda and Burundi.", ["UGA", "RWA", "BDI"]),
        ("Attendees hailed from Mexico and Guatemala.", ["MEX", "GTM"]),
        ("They were joined by colleagues from Zambia.", ["ZMB"]),
        ("Participants travelled from Peru, and a small group came from Bolivia.", ["PER", "BOL"]),
        (
            "The participants, who came from Kenya and Tanzania, elected a committee.",
            ["KEN", "TZA"],
        ),
        ("Participants came from 12 countries, including Nepal and India.", ["NPL", "IND"]),
        (
            "Trainees were drawn from Nepal's seven provinces and from the Indian state of Bihar.",
            ["NPL", "IND"],
        ),
        ("Traders from Zimbabwe and Malawi described the attacks on their stalls.", ["ZWE", "MWI"]),
        ("The trainees, all women back from the Gulf, came from Nepal and India.", ["NPL", "IND"]),
        ("Many were Peruvian or Paraguayan; the rest were Bolivian.", ["PER", "PRY", "BOL"]),
        ("Most were Mexican; others came from Guatemala.", ["MEX", "GTM"]),
    ],
)
def test_a_list_after_the_people_and_a_verb(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sixty delegates represented member unions in Ethiopia, Eritrea and Sudan.",
            ["ETH", "ERI", "SDN"],
        ),
        ("Delegates representing Ghana, Togo and Benin signed the charter.", ["GHA", "TGO", "BEN"]),
        ("Participants represented 14 organisations from Malaysia and Brunei.", ["MYS", "BRN"]),
        (
            "Participating organisations came from Thailand, Myanmar and Cambodia.",
            ["THA", "MMR", "KHM"],
        ),
        ("Participants were Cambodian and Thai.", ["KHM", "THA"]),
        ("Ten participants were from Lao PDR; the rest were Thai.", ["LAO", "THA"]),
        ("The 28 participants included Filipino and Sri Lankan domestic workers.", ["PHL", "LKA"]),
        ("The workshop was attended by Filipino and Indonesian migrants.", ["PHL", "IDN"]),
        ("Among those attending were activists from Hong Kong and Macau.", ["HKG", "MAC"]),
    ],
)
def test_whom_the_participants_represented_or_were(text, expected):
    assert named(text) == expected


def test_a_list_after_a_colon_names_the_homes_of_each_group():
    text = (
        "The seminar brought together 36 participants: farm workers from Romania and Bulgaria, "
        "labour inspectors, and trade unionists from Italy, who described their campaigns."
    )
    assert named(text) == ["ROU", "BGR", "ITA"]


def test_people_sent_by_organisations_in_countries():
    assert named("Eighteen leaders took part, sent by partner groups in Bolivia and Paraguay.") == [
        "BOL",
        "PRY",
    ]
    assert named("A team of 9 staff from migrant centres in Honduras and Guatemala visited.") == [
        "HND",
        "GTM",
    ]
    assert named("Unions in Peru and Ecuador sent 12 delegates.") == ["PER", "ECU"]


def test_a_list_bound_to_the_event_in_a_later_sentence():
    d = one(
        "On 4 March 2021 the Sahel Workers Network held a workshop on labour migration in "
        "Bamako, Mali, with 45 participants. Delegates came from Mali, Niger and Burkina Faso."
    )
    assert d.participants_total == 45
    assert {p.country_iso3 for p in d.participation} == {"MLI", "NER", "BFA"}


# Organisations by nationality or with a country in brackets ----------------------------------


def test_organisations_named_by_their_nationality_in_a_list_of_those_who_came():
    assert named(
        "Twenty representatives took part, from the Polish union Jedność, the Czech association "
        "Domov and the Slovak hosts."
    ) == ["POL", "CZE", "SVK"]
    assert named("Members of the Bulgarian Care Workers' Union and the Greek hosts attended.") == [
        "BGR",
        "GRC",
    ]
    assert named("The meeting brought together the Vietnamese and Lao unions.") == ["VNM", "LAO"]


def test_organisations_with_their_country_in_brackets():
    assert named(
        "Delegates came from WorkerNet (Nepal), Migrant Voice (Sri Lanka) and Sahay (India)."
    ) == ["NPL", "LKA", "IND"]
    assert named(
        "Representatives of Kasama (Philippines) and Migrant CARE (Indonesia) joined."
    ) == [
        "PHL",
        "IDN",
    ]


def test_organisers_with_countries_in_brackets_are_not_participants_by_that():
    assert named("The Harbour Forum (India) and the Gulf Desk (Kuwait) jointly convened it.") == []


def test_nationalities_of_organisers_hosts_and_funders_are_not_homes():
    assert named("The Romanian association Ameliorare held a seminar for returnees.") == []
    assert named("It was hosted by the German union ver.di.") == []
    assert named("The Swiss foundation Helvetas funded the training.") == []
    assert named("The Senegalese association Jappo ran the sessions.") == []


# Counts per country ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twelve came from Laos, nine from Viet Nam.", [("LAO", 12), ("VNM", 9)]),
        ("Of the 30, twelve were from Laos and nine from Cambodia.", [("LAO", 12), ("KHM", 9)]),
        (
            "Ethiopia sent 14 participants, Kenya 8, Uganda 6 and Djibouti 4.",
            [("ETH", 14), ("KEN", 8), ("UGA", 6), ("DJI", 4)],
        ),
        ("Nine of them were Filipino and seven Sri Lankan.", [("PHL", 9), ("LKA", 7)]),
        ("Twelve Vietnamese and eight Lao trainees took part.", [("VNM", 12), ("LAO", 8)]),
        (
            "The Peruvian union sent four members and the Chilean federation three.",
            [("PER", 4), ("CHL", 3)],
        ),
        ("WorkerNet (Nepal) sent five members.", [("NPL", 5)]),
        ("Five members came from WorkerNet (Nepal).", [("NPL", 5)]),
        ("A nine-member delegation from Nepal joined.", [("NPL", 9)]),
        (
            "The group of 15 was made up of nine Indonesians and six Malaysians.",
            [("IDN", 9), ("MYS", 6)],
        ),
        (
            "Of these, 20 were Cambodian, 8 Vietnamese and 4 Thai.",
            [("KHM", 20), ("VNM", 8), ("THA", 4)],
        ),
        (
            "Participants came from Ghana (11), Togo (7) and Benin (5).",
            [("GHA", 11), ("TGO", 7), ("BEN", 5)],
        ),
    ],
)
def test_counts_per_country_or_sending_organisation(text, expected):
    assert counts(text) == expected


def test_a_later_sentence_gives_the_counts_per_country():
    d = one(
        "In May 2022 the Mekong Care Network ran a training on safe migration in Vientiane, "
        "Laos, for 21 community volunteers. Twelve came from Laos and nine from Cambodia."
    )
    assert d.participants_total == 21
    assert {(p.country_iso3, p.participants) for p in d.participation} == {
        ("LAO", 12),
        ("KHM", 9),
    }


def test_a_lone_nationality_count_is_the_total():
    d = one(
        "In June 2020 the Coastal Paralegal Trust trained 26 Ghanaian fishers in Takoradi, Ghana, "
        "back from work in Liberia."
    )
    assert d.participants_total == 26
    assert {(p.country_iso3, p.participants) for p in d.participation} == {("GHA", None)}
    # beside another count, it is that country's count
    d = one(
        "On 2 May 2019 a workshop in Chiang Mai, Thailand, had 35 participants, including "
        "12 Vietnamese participants."
    )
    assert d.participants_total == 35
    assert ("VNM", 12) in {(p.country_iso3, p.participants) for p in d.participation}


def test_a_country_that_sent_people_is_not_the_total():
    assert [c.value for c in numbers.totals("Ethiopia sent 14 participants.")] == []
    # the last of a list of senders is not a sender on its own
    assert counts("Shelters in Guatemala, Honduras and Mexico sent 34 delegates.") == []
    assert [
        c.value for c in numbers.totals("Shelters in Guatemala and Mexico sent 34 delegates.")
    ] == [34]


# Countries that are not participants' homes ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Two resource persons from Malaysia and Singapore explained the rules.",
        "Trainers came from Kenya and Uganda.",
        "Speakers came from the Portuguese union SINTRA and the Spanish union SOL.",
        "A facilitator from India and an expert from Japan joined them.",
        "Lawyers from Greece and Italy led the sessions.",
        "The sessions were taught by instructors from Norway and Denmark.",
        "Officials from the Indonesian and Philippine embassies attended.",
        "Diplomats from the embassies of Nepal and Sri Lanka joined the closing session.",
        "Two trainers from Ghana and one from Senegal ran the sessions.",
        "Three Nepali organisers and two Bangladeshi lawyers led the sessions.",
    ],
)
def test_teachers_speakers_and_embassies_are_not_participants(text):
    assert named(text) == []
    assert counts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The study, based on interviews with 240 returnees from Libya, was published.",
        "Forty returned migrants, back from Malaysia and Qatar, shared their stories.",
        "The book collects the testimonies of Filipino fishers on foreign vessels.",
        "The workshop looked at the rights of Cambodian workers in Thailand.",
        "Our survey among Bangladeshi construction workers in the Gulf found high debts.",
        "The talk was on Burmese migrants in Thai factories.",
        "The women had worked in Qatar, Saudi Arabia and Kuwait.",
        "Recruitment of domestic workers bound for Malaysia and Singapore was discussed.",
        "The funds came from Sweden and Norway.",
        "In 2019 Cambodian workers sent home more than they earned.",
        "Migrant workers from Myanmar make up most of the workforce in Mae Sot.",
        "The network will hold a training for youth leaders from Cambodia and Viet Nam.",
    ],
)
def test_countries_a_sentence_is_about_are_not_homes(text):
    assert named(text) == []
    assert counts(text) == []


def test_the_participants_of_a_sentence_and_not_its_trainers():
    text = (
        "Forty-one Kenyan community paralegals completed a five-day training in Kitale, Kenya, "
        "in June 2018, with trainers from Uganda and Tanzania."
    )
    d = one(text)
    assert d.participants_total == 41
    assert {(p.country_iso3, p.participants) for p in d.participation} == {("KEN", None)}


def test_more_words_for_people_who_came():
    def totals(text):
        return [c.value for c in numbers.totals(numbers.digits(text))]

    assert totals("Some 200 residents, traders and faith leaders met at the hall.") == [200]
    assert totals("The group held a training for 40 new volunteer interpreters.") == [40]
    assert totals("Ninety domestic workers met in Santiago.") == [90]
    # numbers of such people that are not who came
    assert totals("Some 3,000 refugees live in the camp.") == []
    assert totals("The city has 40,000 residents.") == []


def test_each_event_of_a_report_keeps_the_homes_its_own_paragraph_gives():
    drafts = extract_text(
        "In March 2018 the Sahel Migrant Network held a workshop on safe routes in Niamey, Niger, "
        "with 30 participants. Delegates came from Niger, Mali and Chad.\n\n"
        "In October 2018 the network held a second workshop, in Agadez, Niger, for 25 community "
        "leaders. Twelve came from Niger and thirteen from Libya. Trainers came from Senegal.",
        "test",
    )
    got = [{(p.country_iso3, p.participants) for p in d.participation} for d in drafts]
    assert got == [{("NER", None), ("MLI", None), ("TCD", None)}, {("NER", 12), ("LBY", 13)}]
    assert [d.participants_total for d in drafts] == [30, 25]


# "They came from", a colon after the bodies, and the makers of what was shown ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They came from three countries: Peru, Bolivia and Chile.", ["PER", "BOL", "CHL"]),
        ("They had travelled from Laos, Cambodia and the Philippines.", ["LAO", "KHM", "PHL"]),
        ("They had arrived from Ghana and Togo, some only days before.", ["GHA", "TGO"]),
        ("They all came from Nepal.", ["NPL"]),
        ("They were from Kenya and Uganda.", ["KEN", "UGA"]),
    ],
)
def test_they_came_from_a_list(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The 30 delegates represented unions from across the region: the Dock Union "
            "(Kenya), the Port Workers Association (Tanzania) and the Seafarers Forum (Uganda).",
            ["KEN", "TZA", "UGA"],
        ),
        (
            "Participants came from four networks: the Nepali network Pourakhi and Sahaya (India).",
            ["NPL", "IND"],
        ),
    ],
)
def test_bodies_after_a_colon_with_their_countries(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The photographs were taken by twelve women from Guinea and Mali, who live in Dakar.",
        "The film, made by young migrants from Nepal, was shown to 200 students.",
        "The quilts were sewn by women from Laos and Cambodia.",
        "After the talk they came from Chile to see it.",
    ],
)
def test_makers_of_what_was_shown_are_not_participants(text):
    assert named(text) == []


def test_those_who_came_to_an_exhibition_are_still_participants():
    assert named("It was attended by 40 women from Ghana and Togo.") == ["GHA", "TGO"]


@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "The photographs were taken by 12 women from Guinea. More than 1,500 visitors came.",
            1500,
        ),
        ("The film, made by 8 young migrants, was shown to 200 students.", 200),
        ("The quilts were sewn by 30 women. Some 400 people saw them.", 400),
    ],
)
def test_the_makers_of_what_was_shown_are_not_the_count(text, total):
    assert [c.value for c in numbers.totals(numbers.digits(text))] == [total]


# Second generalisation round: the shapes of text new reports used for where participants came
# from, each with sentences written for it, and the sentences that must not give homes ----------

_QUITO = "On 5 May 2021 the Andean Migrant Network held a workshop in Quito"
_BANGKOK = "In June 2018, 40 delegates met in Bangkok for a regional consultation."
_NIAMEY = "On 2 October 2020 the Sahel Mobility Forum held a workshop in Niamey"
_BELGRADE = "On 14 February 2022 the Balkan Route Collective held a training in Belgrade"
_KINGSTON = (
    "On 19 November 2023 the Caribbean Domestic Workers Network held a regional meeting in "
    "Kingston with 30 delegates."
)
_SIHANOUKVILLE = (
    "On 8 August 2017 the Mekong Fishers Alliance ran a training in Sihanoukville for 24 crew "
    "members"
)
_KUALA_LUMPUR = "On 2 June 2015 a forum was held in Kuala Lumpur with 80 migrant workers"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count in brackets after each country of the list
        (
            f"{_QUITO}. It brought together 35 participants from Colombia (12), Peru (9) and "
            "Venezuela (14).",
            {("COL", 12), ("PER", 9), ("VEN", 14)},
        ),
        (
            f"{_KUALA_LUMPUR} from Indonesia (35), Nepal (25) and Bangladesh (20).",
            {("IDN", 35), ("NPL", 25), ("BGD", 20)},
        ),
        # "A 12, B 9": each country with its count, after a colon or a label
        (
            f"{_QUITO} for 35 participants: Colombia 12, Peru 9, Venezuela 14.",
            {("COL", 12), ("PER", 9), ("VEN", 14)},
        ),
        (
            f"{_KUALA_LUMPUR}; by country of origin, Indonesia 35, Nepal 25 and Bangladesh 20.",
            {("IDN", 35), ("NPL", 25), ("BGD", 20)},
        ),
        # nationalities with their counts in brackets
        (
            "From 4 to 8 March 2019 the Migrant Workers Collective trained 27 domestic workers "
            "as paralegals in Beirut. The trainees were Ethiopian (11), Filipino (9), Sri Lankan "
            "(4) and Kenyan (3).",
            {("ETH", 11), ("PHL", 9), ("LKA", 4), ("KEN", 3)},
        ),
        # a training of trainers: the trainers are those who took part
        (
            "The network held a training of trainers in Manila from 11 to 14 June 2023. Nineteen "
            "trainers took part: eleven Filipinos and eight Indonesians.",
            {("PHL", 11), ("IDN", 8)},
        ),
        # a sending body whose name holds its country
        (
            "On 12 March 2019 a meeting of 28 union organisers took place in Kathmandu. The "
            "Domestic Workers Union of India sent 10 members and the General Federation of "
            "Nepalese Trade Unions sent 18.",
            {("IND", 10), ("NPL", 18)},
        ),
    ],
)
def test_counts_per_country_in_new_shapes(text, expected):
    assert participation(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bodies with their country in brackets after "those attending included"
        (
            "On 12 March 2019 a meeting of 28 union organisers took place in Kathmandu. Those "
            "attending included the General Federation of Workers (Nepal), the Domestic Workers "
            "Union (India) and the Home Workers Trust (Bangladesh).",
            {"NPL", "IND", "BGD"},
        ),
        # a label and a colon
        (
            f"{_SIHANOUKVILLE}. Countries represented: Cambodia, Vietnam, Thailand.",
            {"KHM", "VNM", "THA"},
        ),
        (
            f"{_KINGSTON} Participating unions: the Jamaica Household Workers Union (Jamaica), "
            "Sindicato de Trabajadoras (Dominican Republic).",
            {"JAM", "DOM"},
        ),
        # people or bodies "from N countries" before a colon
        (
            f"{_BANGKOK} Organisations from five countries took part: Cambodia, Laos, Myanmar, "
            "Vietnam and Thailand.",
            {"KHM", "LAO", "MMR", "VNM", "THA"},
        ),
        # "They represented groups in A, B and C"
        (
            f"{_NIAMEY}. Twenty-five activists attended. They represented groups in Niger, Mali "
            "and Burkina Faso.",
            {"NER", "MLI", "BFA"},
        ),
        # "The volunteers were A, B and C", "They were A and B workers", "most of them A"
        (
            f"{_BELGRADE} for 20 volunteers. The volunteers were Serbian, Croatian and Hungarian.",
            {"SRB", "HRV", "HUN"},
        ),
        (
            f"{_KUALA_LUMPUR}. They were Indonesian, Nepali and Bangladeshi workers employed in "
            "factories.",
            {"IDN", "NPL", "BGD"},
        ),
        (f"{_BELGRADE} for 20 volunteers, most of them Serbian.", {"SRB"}),
        # nationalities as nouns in the plural
        (
            f"{_SIHANOUKVILLE}, including Cambodians, Vietnamese and Thais.",
            {"KHM", "VNM", "THA"},
        ),
        # places within a country, then the country
        (
            "On 3 April 2016 the Gulf Returnees Forum held a consultation in Kochi for 50 "
            "returnees. Participants came from Kerala and Tamil Nadu in India and from Sri Lanka.",
            {"IND", "LKA"},
        ),
        # bodies listed with "and" before "from"
        (
            "The network held a regional workshop in Johannesburg on 22 May 2018. The 44 "
            "participants represented unions and migrant associations from Zimbabwe, Malawi "
            "and Lesotho.",
            {"ZWE", "MWI", "LSO"},
        ),
        # a possessive between the people and "from", then towns and their country
        (
            "In July 2016 twelve leaders of fishers' associations from Kampot and Kep, Cambodia, "
            "spent five days in Songkhla, Thailand, on an exchange visit.",
            {"KHM"},
        ),
        # partners who joined
        (
            "On 3 April 2016 the Gulf Returnees Forum held a consultation in Kochi for 50 "
            "returnees, together with partners from Nepal and Bangladesh.",
            {"NPL", "BGD"},
        ),
        # delegations named by nationality do what delegates do
        (
            f"{_KINGSTON} The Jamaican, Haitian and Dominican delegations presented their action "
            "plans.",
            {"JAM", "HTI", "DOM"},
        ),
    ],
)
def test_homes_in_new_shapes(text, expected):
    assert {iso3 for iso3, _ in participation(text)} == expected


@pytest.mark.parametrize(
    "text",
    [
        # whom the participants work with, not where they came from
        f"{_BELGRADE} for 20 volunteers working with refugees from Afghanistan and Syria.",
        f"{_NIAMEY} with 25 paralegals who support migrants from Mali and Chad.",
        # those who taught or paid, told by their number and nationality
        f"{_SIHANOUKVILLE}. The course was taught by two Thai labour inspectors.",
        f"{_SIHANOUKVILLE}. A Japanese donor paid for the boats.",
        f"{_NIAMEY} with 25 activists. Workshops were funded by partners from Germany.",
        f"{_NIAMEY} with 25 activists. The facilitator, from Senegal, led sessions on data.",
        # topics, destinations, past work, plans
        f"{_SIHANOUKVILLE} on work on Thai and Malaysian vessels.",
        f"{_SIHANOUKVILLE} who had worked in Thailand and Indonesia.",
        f"{_KINGSTON} The meeting discussed recruitment of domestic workers to Canada.",
        f"{_BANGKOK} They plan to visit Malaysia and Singapore next year.",
        f"{_BANGKOK} The next meeting will be held in Vietnam.",
        f"{_KUALA_LUMPUR}. Nepal's ambassador opened the forum.",
        f"{_KUALA_LUMPUR}. The forum was organised by the Malaysian Trades Union Congress.",
        f"{_SIHANOUKVILLE}, a campaign for Cambodians abroad.",
    ],
)
def test_no_homes_in_new_shapes(text):
    assert participation(text) == set()


def test_trainers_who_took_part_are_the_count_and_trainers_who_taught_are_not():
    assert [c.value for c in numbers.totals("19 trainers took part in the course.")] == [19]
    assert numbers.totals("2 trainers led the sessions.") == []
    assert named("Trainers who took part came from Peru and Chile.") == ["PER", "CHL"]
    assert named("Trainers from Peru and Chile led the sessions.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 4 April 2019 the network held a training for 32 lawyers from Peru and Ecuador "
            "in Lima.",
            {"PER", "ECU"},
        ),
        (
            "On 4 April 2019 the network trained 32 community lawyers in Lima. The lawyers came "
            "from Peru, Ecuador and Colombia.",
            {"PER", "ECU", "COL"},
        ),
        # the count is of others: lawyers who led the sessions taught
        (
            "On 4 April 2019 the network trained 32 paralegals in Lima. Lawyers from Peru and "
            "Ecuador led the sessions.",
            set(),
        ),
        # the count is of lawyers, but these lawyers led the sessions
        (
            "On 4 April 2019 the network trained 32 lawyers in Lima. Lawyers from Chile and "
            "Spain led the sessions.",
            set(),
        ),
    ],
)
def test_people_the_count_is_of_took_part_though_the_word_can_name_teachers(text, expected):
    assert {iso3 for iso3, _ in participation(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The Gambia" with its capital, and a second kind of body "and ... from"
        (
            "The network held a meeting in Dakar, Senegal, on 27 January 2020. Thirty-one delegates "
            "took "
            "part. They represented fishers' unions from Senegal, The Gambia and Mauritania, and "
            "processors' cooperatives from Ghana.",
            {"SEN", "GMB", "MRT", "GHA"},
        ),
        # "were migrants from A"
        (
            "On 10 November 2018 the group trained 40 factory workers in Mae Sot, Thailand. All "
            "participants were migrants from Myanmar, most of them women.",
            {"MMR"},
        ),
        # bodies in countries, then "among them" the countries
        (
            "On 5 December 2022 the platform held a dialogue in Brussels. The 55 participants "
            "came from trade unions and NGOs in twelve EU countries, among them Spain, Italy and "
            "Poland.",
            {"ESP", "ITA", "POL"},
        ),
        # an organisation without a country, then "and from" bodies in countries
        (
            "The network held its assembly in Kandy on 8 March 2023 with 200 women. Guests from "
            "the Migrant Forum in Asia and from sister networks in Nepal and Bangladesh joined.",
            {"NPL", "BGD"},
        ),
        # a count that opens its sentence, with nationalities and their counts in brackets
        (
            "On 16 June 2021 the coalition held a consultation with refugee leaders in Kakuma, "
            "Kenya. The 48 leaders were South Sudanese (20), Somali (12), Congolese (10) and "
            "Burundian (6).",
            {"SSD", "SOM", "COD", "BDI"},
        ),
    ],
)
def test_homes_in_a_third_set_of_shapes(text, expected):
    assert {iso3 for iso3, _ in participation(text)} == expected


def test_a_count_that_opens_its_sentence_is_the_events_total():
    d = one(
        "On 16 June 2021 the coalition held a consultation with refugee leaders in Kakuma, Kenya. "
        "The 48 leaders were South Sudanese (20) and Somali (28)."
    )
    assert d.participants_total == 48


_MOMBASA = (
    "On 3 May 2019 the Harbour Workers Union held a workshop in Mombasa, Kenya, with 30 "
    "participants. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "They were welcomed by members of unions in Tanzania.",
        "Participants discussed the situation of migrants from Myanmar in Thailand.",
        "The union works with seafarers from the Philippines and Indonesia.",
        "Next year, delegates from Uganda and Rwanda will join.",
        "Two Ugandan officials observed the sessions.",
        "Observers from Ethiopia and Somalia attended the closing session.",
        "It followed a similar workshop held with Rwandan and Burundian unions in 2018.",
        "The participants were trained by officials from the labour ministry of Uganda.",
        "Participants shared stories of relatives who had migrated to Qatar and Oman.",
        "The meeting was funded by partners in Norway and Sweden.",
        "Many participants had worked in Saudi Arabia, Kuwait and Qatar.",
    ],
)
def test_no_homes_from_people_the_participants_met_spoke_of_or_will_meet(sentence):
    assert {iso3 for iso3, _ in participation(_MOMBASA + sentence)} <= {"KEN"}


def test_those_who_joined_or_attended_by_stay_participants():
    assert named("They were joined by colleagues from Zambia.") == ["ZMB"]
    assert named("It was attended by 40 women from Ghana and Togo.") == ["GHA", "TGO"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The host country, Jamaica, had the largest delegation.", {("JAM", None)}),
        ("Delegates from the host country spoke first.", {("JAM", None)}),
        (
            "Barbados sent the largest group, 11 women; Haiti sent 9.",
            {("BRB", 11), ("HTI", 9)},
        ),
        ("Haiti sent a delegation of 8 and Barbados 11.", {("HTI", 8), ("BRB", 11)}),
        # the host country said to be where the event was, not where anyone came from
        ("The host country covered the costs of the venue.", set()),
    ],
)
def test_the_host_country_and_delegations_sent(sentence, expected):
    text = (
        "On 19 November 2023 the Caribbean Domestic Workers Network held a regional meeting in "
        f"Kingston, Jamaica, with 30 delegates. {sentence}"
    )
    assert participation(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # several kinds of people counted together: a lawyer among them came, not taught
        (
            "On 18 October 2019, more than 80 trade unionists, lawyers and migrants' rights "
            "advocates from Belgium, France and Greece met in Brussels for a seminar.",
            ["BEL", "FRA", "GRC"],
        ),
        (
            "Some 45 nurses and researchers from Kenya and Uganda attended a workshop in Kisumu "
            "on 3 May 2019.",
            ["KEN", "UGA"],
        ),
        # "community-led" is an adjective, not people who led the sessions
        (
            "On 14 August 2023, 38 leaders from Fiji, Tuvalu and Kiribati met in Suva for a "
            "workshop on community-led relocation.",
            ["FJI", "TUV", "KIR"],
        ),
        # people with disabilities from ...
        (
            "About 150 teachers and activists with disabilities from Ghana, Togo and Nigeria met "
            "in Accra on 15 July 2016 for a conference.",
            ["GHA", "TGO", "NGA"],
        ),
    ],
)
def test_homes_of_several_kinds_of_people_counted_together(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # counted apart from the lawyers, who then spoke
        "On 3 May 2019, 40 workers attended a workshop in Kisumu. Lawyers and trainers from "
        "Greece and Italy spoke.",
        # the lawyers led the sessions
        "Lawyers from Greece and Italy led the sessions.",
    ],
)
def test_lawyers_who_were_not_counted_with_the_participants_still_taught(text):
    assert named(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # those who attended, then where from
        (
            "Some 45 leaders of fishers' and fish processors' organisations attended, from "
            "Senegal, Mauritania and The Gambia.",
            ["SEN", "MRT", "GMB"],
        ),
        # the largest groups were from ...
        (
            "Participants came from seven countries; the largest groups were from Thailand, "
            "Myanmar and Cambodia.",
            ["THA", "MMR", "KHM"],
        ),
        # "almost all of them from"
        (
            "Around 400 migrants, almost all of them from Venezuela, took part over the three "
            "months.",
            ["VEN"],
        ),
    ],
)
def test_homes_after_attended_largest_groups_and_almost_all(text, expected):
    assert named(text) == expected


def test_trainers_who_joined_from_abroad_and_led_the_sessions_are_no_homes():
    assert named("The trainers joined, from Spain and Norway, and led the sessions.") == []


# Homes told far from the count (third generalisation round) -----------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kenyan and Ugandan pastoralists met in Moroto to talk about grazing.", ["KEN", "UGA"]),
        ("Bolivian and Peruvian weavers took part in the fair.", ["BOL", "PER"]),
        ("Ghanaian drummers gathered at the square.", ["GHA"]),
        ("Those from Tonga and Vanuatu travelled with support from a fund.", ["TON", "VUT"]),
    ],
)
def test_homes_of_people_named_by_nationality_who_met_and_of_those_from(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan and Ugandan authorities closed the border in 2018.",  # no verb of meeting
        "Ugandan traders sell cattle in Kenya.",
        "Those from the ministry left early.",  # a body, not a country
    ],
)
def test_nationalities_and_those_from_that_tell_no_home(text):
    assert named(text) == []


def test_a_group_that_counted_n_is_that_countrys_count():
    assert counts("The Sri Lankan group counted 3 women.") == [("LKA", 3)]
