"""The report extractor's fourth generalisation round (issue 16): each rule on small sentences
written for these tests (not taken from any benchmark report), with negative cases."""

from __future__ import annotations

import pytest

from atlas.extract import extract_text, places


def one(text: str) -> dict:
    [draft] = [d.to_json(details=True) for d in extract_text(text, "test")]
    return draft


# Places the gazetteer has under another spelling or a short name ------------------------------


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        ("A training for nurses was held in Bo on 7 May 2016.", "Bo", "SLE"),
        ("A youth consultation took place in Port Vila on 2 June 2018.", "Port Vila", "VUT"),
        ("A youth consultation took place in Port-Vila on 2 June 2018.", "Port-Vila", "VUT"),
    ],
)
def test_a_two_letter_town_and_a_hyphenated_one_are_found(text, city, country):
    draft = one(text)
    assert (draft["city"], draft["country_iso3"]) == (city, country)


def test_a_two_letter_word_in_capitals_is_still_a_country_code_and_prose_names_stay_countries():
    assert places.country("BO") == "BOL"
    assert places.country("Bo") is None
    assert places.country("Bolivia") == "BOL"
    assert places.city("Bo").country_iso3 == "SLE"
    # A hyphen or a space: the same gazetteer name; a name it lacks is still not found.
    assert places.city("Port Vila").country_iso3 == places.city("Port-Vila").country_iso3 == "VUT"
    assert places.city("Port Nowhere") is None


# Event nouns the earlier rounds lacked ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("An international colloquium on seed laws was held in Accra on 3 May 2018.", "seminar"),
        ("We held an encounter of fisher women in Mombasa on 12 May 2020.", "meeting"),
        ("Some 200 residents joined a solidarity walk in Bulawayo on 15 August 2019.", "other"),
        ("An open day for students was held in Dakar on 5 December 2017.", "other"),
        (
            "A training of trainers on paralegal work was held in Kathmandu on 9 May 2022.",
            "training",
        ),
    ],
)
def test_colloquium_encounter_walk_and_a_training_of_trainers_are_events(text, kind):
    assert one(text)["event_type"] == kind


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2019 in Accra, a worker described her encounter with the police.",
        "On 3 May 2019 in Accra, the chair took a walk to the river.",
    ],
)
def test_an_encounter_with_someone_and_a_walk_alone_are_no_events(text):
    assert extract_text(text, "test") == []


# Dates told from another event, to the day or the week -------------------------------------------


@pytest.mark.parametrize(
    ("second", "start", "precision"),
    [
        (
            "The day after the tribunal, 200 residents took part in a solidarity walk.",
            "2019-08-15",
            "day",
        ),
        (
            "The next day, the network held a press conference in the same city.",
            "2019-08-15",
            "day",
        ),
        (
            "The evening before the tribunal, a vigil for the victims was held in Gweru.",
            "2019-08-13",
            "day",
        ),
        ("Two days later, a workshop for paralegals was held in Gweru.", "2019-08-16", "day"),
        (
            "The following week, a meeting with district officials took place in Gweru.",
            "2019-08",
            "month",
        ),
    ],
)
def test_a_date_told_from_the_event_before(second, start, precision):
    text = "A people's tribunal on mining was held in Bulawayo on 14 August 2019. " + second
    first, other = [d.to_json(details=True) for d in extract_text(text, "test")]
    assert first["start_date"] == "2019-08-14"
    assert (other["start_date"][: len(start)], other["date_precision"]) == (start, precision)


def test_a_date_on_the_eve_of_a_meeting_belongs_to_the_event_the_sentence_tells():
    text = (
        "On the eve of the regional ministers' meeting, on 10 October 2018, the Island Climate "
        "Network held a youth consultation in Port Vila with 60 young people."
    )
    draft = one(text)
    assert (draft["title"], draft["start_date"], draft["participants_total"]) == (
        "Youth consultation",
        "2018-10-10",
        60,
    )


def test_a_day_of_the_event_before_is_no_new_event_but_a_workshop_on_it_is():
    told = "The regional forum met in Lima from 4 to 6 July 2019, with 80 delegates. "
    [forum] = extract_text(told + "On the last day the forum adopted a declaration.", "test")
    assert forum.start_date.isoformat() == "2019-07-04"
    drafts = extract_text(
        told + "On the forum's second day, a workshop on health was held.", "test"
    )
    assert [d.start_date.isoformat() for d in drafts] == ["2019-07-04", "2019-07-05"]


def test_a_day_after_a_month_is_no_date():
    text = (
        "A people's tribunal on mining was held in Bulawayo in August 2019. The day after the "
        "tribunal, "
        "200 residents took part in a solidarity walk."
    )
    walk = [d for d in extract_text(text, "test") if d.event_type == "other"]
    assert all(d.start_date is None for d in walk)


# A form-like record: one field a line ------------------------------------------------------------


def test_the_lines_of_a_form_are_read_one_by_one():
    text = (
        "Event: Training of trainers on water monitoring\n"
        "Dates: 4-6 May 2021\n"
        "Venue: Lakeside Hotel, Kisumu, Kenya\n"
        "Organiser: Lake Basin Monitors Network\n"
        "Funder: Clean Water Trust\n"
        "Participants: 28 (Kenya 15, Uganda 13)\n"
    )
    draft = one(text)
    assert (draft["city"], draft["venue"], draft["country_iso3"]) == (
        "Kisumu",
        "Lakeside Hotel",
        "KEN",
    )
    assert (draft["start_date"], draft["end_date"], draft["participants_total"]) == (
        "2021-05-04",
        "2021-05-06",
        28,
    )
    assert {(o["name"], o["role"]) for o in draft["organisations"]} == {
        ("Lake Basin Monitors Network", "organiser"),
        ("Clean Water Trust", "funder"),
    }
    assert {(p["country_iso3"], p["participants"]) for p in draft["participation"]} == {
        ("KEN", 15),
        ("UGA", 13),
    }


def test_a_count_under_a_label_and_what_is_no_count():
    from atlas.extract import numbers

    def counts(text):
        return [c.value for c in numbers.totals(numbers.digits(text))]

    assert counts("Participants: 34 (Nepal 12, India 9)") == [34]
    assert counts("Number of participants: about 40") == [40]
    assert counts("Participants: 60% women") == []
    assert counts("Funding: 34,000 dollars") == []
    # a label in the middle of prose is not a form's count line
    assert counts("Some participants: 34 said they would return") == []


def test_a_colon_inside_prose_lines_does_not_split_a_paragraph():
    from atlas.extract import sentences

    text = "The agenda covered one topic: wages.\nIt ended with a vote on the plan."
    assert len([s for s in sentences.split(text) if s.kind == "text"]) == 2
    lone = "Note: the meeting was held in Hanoi on 3 May 2019 and it went\nwell for all who came."
    assert [s.text for s in sentences.split(lone)] == [" ".join(lone.split())]


# Organisation names with a comma or "in" inside --------------------------------------------------


def _orgs(text: str) -> set[tuple[str, str]]:
    return {
        (o["name"], o["role"])
        for d in extract_text(text, "test")
        for o in d.to_json()["organisations"]
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "On 3 May 2019 the Centre for Land, Water and Livelihoods held a workshop in Lima.",
            "Centre for Land, Water and Livelihoods",
        ),
        (
            "On 3 May 2019 the Union of Garment, Textile and Zone Workers held a workshop in Colombo.",
            "Union of Garment, Textile and Zone Workers",
        ),
        (
            "On 3 May 2019 the Red de Casas del Migrante, Sur y Frontera held a forum in Tapachula.",
            "Red de Casas del Migrante, Sur y Frontera",
        ),
        (
            "On 3 May 2019 the Association of Women Lawyers, Kenya held a workshop in Nairobi.",
            "Association of Women Lawyers, Kenya",
        ),
        (
            "In Gizo on 19 March 2022 the Island Women in Fisheries Network held a meeting with 25 women.",
            "Island Women in Fisheries Network",
        ),
    ],
)
def test_a_name_with_a_comma_or_in_inside_is_read_whole(text, name):
    assert _orgs(text) == {(name, "organiser")}


def test_a_place_after_a_name_at_a_clauses_end_is_where_the_body_is():
    text = (
        "On 12 May 2021 a training on drone mapping was held in La Esperanza, Honduras. "
        "Trainers came from the Mapa Vivo Collective, Guatemala."
    )
    assert ("Mapa Vivo Collective, Guatemala", "trainer") not in _orgs(text)
    # "in" after a name that has ended is where the body is, not part of its name
    names = {n for n, _ in _orgs("On 3 May 2019 the Pacific Network in Suva held a workshop.")}
    assert "Pacific Network in Suva" not in names


# Home countries told in other word orders ---------------------------------------------------------


def _homes(text: str) -> list[str]:
    from atlas.extract import numbers, origins

    return [c.country_iso3 for c in origins.countries_named(numbers.digits(text))]


@pytest.mark.parametrize(
    ("text", "homes"),
    [
        ("120 people joined online from Fiji, Vanuatu and Tonga.", ["FJI", "VUT", "TON"]),
        (
            "The symposium was celebrated in Sucre with 55 persons proceeding from Bolivia and Peru.",
            ["BOL", "PER"],
        ),
        (
            "The workshop was realised in Maputo with 30 participants of Mozambique and Angola.",
            ["MOZ", "AGO"],
        ),
        (
            "Twenty representatives of organisations of persons with disabilities from Samoa and "
            "Fiji took part.",
            ["WSM", "FJI"],
        ),
    ],
)
def test_homes_told_online_in_romance_word_order_and_through_bodies(text, homes):
    assert _homes(text) == homes


@pytest.mark.parametrize(
    "text",
    [
        "It trained 30 officials of Thailand's labour ministry.",
        "The session was on the rights of organisations of migrants from Myanmar.",
        "The rights of workers of Cambodia were discussed by 40 people.",
    ],
)
def test_a_country_of_a_ministry_or_of_what_was_discussed_is_no_home(text):
    assert _homes(text) == []


# An event told as the evidence of a finding; the first meeting of a series ----------------------


def test_a_definite_event_told_with_its_own_participle_and_date_is_an_event():
    text = (
        "The project has strengthened cooperation. The evidence comes mainly from the "
        "consultations held in Chiang Mai on 3 and 4 June 2023, which brought together 48 "
        "health workers."
    )
    draft = one(text)
    assert (
        draft["event_type"],
        draft["start_date"],
        draft["city"],
        draft["participants_total"],
    ) == (
        "consultation",
        "2023-06-03",
        "Chiang Mai",
        48,
    )
    # pointing back with no participle of its own stays a reference
    told = "A consultation was held in Chiang Mai on 3 June 2023 with 48 health workers. "
    assert len(extract_text(told + "A report on the consultation was written in 2024.", "t")) == 1


def test_the_first_meeting_told_inside_the_series_sentence():
    text = (
        "Between March and June 2022 the network ran a series of three community meetings, the "
        "first of which was held in Honiara on 19 March with 25 women."
    )
    # the second and third are told with the series' span only: no events of their own (the
    # series convention, tests/data/dev_shapes4/README.markdown)
    (first,) = [d.to_json() for d in extract_text(text, "test")]
    assert (first["start_date"], first["city"], first["participants_total"]) == (
        "2022-03-19",
        "Honiara",
        25,
    )
    # a count said of each meeting stays each one's
    each = "Between March and June 2022 the network ran three meetings with 25 women each."
    assert [d.participants_total for d in extract_text(each, "test")] == [25, 25, 25]


# An e-mail between partners; a press release's dateline in capitals -----------------------------


def test_an_email_with_the_year_only_in_its_sent_line():
    text = (
        "From: Coordination team\nSent: Friday, 15 May 2020\nSubject: update\n\n"
        "Just a note on the gathering of market women we held last Tuesday (12 May) in Kisumu. "
        "The Lakeside Traders Collective did most of the organising and the Market Women Fund "
        "covered the bus hire.\n"
    )
    draft = one(text)
    assert (draft["title"], draft["start_date"], draft["city"]) == (
        "Gathering of market women",
        "2020-05-12",
        "Kisumu",
    )
    assert {(o["name"], o["role"]) for o in draft["organisations"]} == {
        ("Lakeside Traders Collective", "organiser"),
        ("Market Women Fund", "funder"),
    }


def test_doing_the_organising_is_organising_but_doing_the_dishes_is_not():
    text = "On 3 May 2019 a workshop was held in Kisumu. The Lakeside Collective did the dishes."
    assert one(text)["organisations"] == []


def test_a_datelines_town_in_capitals_is_written_as_the_gazetteer_writes_it():
    text = (
        "DHAKA, 4 March 2019 - Forty garment workers from Bangladesh and Nepal opened a "
        "regional assembly on wages today."
    )
    assert (one(text)["city"], one(text)["country_iso3"]) == ("Dhaka", "BGD")


# English in another language's word order; an event's length ------------------------------------


def test_romance_word_order_month_and_place_before_the_event():
    draft = one(
        "In the month of October 2021 was celebrated in Sucre the symposium about water, with "
        "55 persons proceeding from Bolivia and Peru."
    )
    assert (draft["start_date"][:7], draft["date_precision"], draft["city"]) == (
        "2021-10",
        "month",
        "Sucre",
    )
    assert [p["country_iso3"] for p in draft["participation"]] == ["BOL", "PER"]


def test_followed_by_people_is_a_count_but_followed_by_days_is_not():
    from atlas.extract import numbers

    def counts(text):
        return [c.value for c in numbers.totals(numbers.digits(text))]

    assert counts("The training was followed by 35 cadres from 7 villages.") == [35]
    assert counts("The training was followed by 2 days of field visits.") == []


def test_a_length_in_days_gives_the_last_day_of_an_event_told_by_its_first():
    draft = one("A three-day workshop on wages was held in Dhaka on 4 March 2019 with 40 workers.")
    assert (draft["start_date"], draft["end_date"]) == ("2019-03-04", "2019-03-06")
    month = one("A three-day workshop on wages was held in Dhaka in March 2019 with 40 workers.")
    assert (month["start_date"][:7], month["end_date"]) == ("2019-03", None)


def test_the_organiser_is_named_after_is():
    text = (
        "A training for village cadres was held in Mataram on 2 August 2019. The organiser is "
        "the Lombok Migrant Care Centre."
    )
    assert one(text)["organisations"] == [
        {"name": "Lombok Migrant Care Centre", "role": "organiser"}
    ]
    happy = "A training was held in Mataram on 2 August 2019. The organiser is happy with it."
    assert one(happy)["organisations"] == []


def test_elaborated_is_wrote_in_romance_english_but_only_of_a_thing_written():
    from atlas.extract import outcomes

    def kinds(text):
        return [o.outcome_type for o in outcomes.find(text)]

    assert kinds("In the end of the workshop, the participants elaborated a guide of rights.") == [
        "publication"
    ]
    assert kinds("The participants elaborated on their experiences of migration.") == []
