"""Each rule issue 16 asked for, tested on sentences written for it (not taken from any report
set): where participants came from, events told by an action, places, organisations,
outcomes and references that are not events."""

from __future__ import annotations

import pytest

from atlas.extract import extract_text, numbers, organisations, outcomes, places


def one(text: str):
    drafts = extract_text(text, "test")
    assert len(drafts) == 1, [d.title for d in drafts]
    return drafts[0]


def named(text: str) -> set[str]:
    return {c.country_iso3 for c in numbers.countries_named(numbers.digits(text))}


def orgs(text: str, has_event: bool = True) -> set[tuple[str, str]]:
    return {(r.name, r.role) for r in organisations.roles(text, {}, has_event=has_event)}


def found(text: str) -> set[tuple[str, str, int | None]]:
    return {(f.outcome_type, f.title, f.quantity) for f in outcomes.find(text)}


# Where participants came from ------------------------------------------------------------------


def test_nationalities_of_groups_are_home_countries():
    assert named("Among them were Peruvian and Chilean miners and Bolivian employers.") == {
        "PER",
        "CHL",
        "BOL",
    }
    assert named("Members of Ghanaian and Togolese market associations attended.") == {"GHA", "TGO"}


def test_delegations_and_senders_name_home_countries():
    assert named("Delegations came from Zambia, Malawi and Mozambique.") == {"ZMB", "MWI", "MOZ"}
    assert named("Unions in Peru and Ecuador sent 12 delegates.") == {"PER", "ECU"}


def test_trainers_speakers_and_resource_persons_are_not_participants():
    assert named("Resource persons from Kenya and Ghana led the sessions.") == set()
    assert named("Trainers from Spain and Portugal joined the staff.") == set()
    assert named("Lawyers from France and Belgium led two sessions.") == set()
    assert named("Volunteers from Chad and Niger took part.") == {"TCD", "NER"}


def test_counts_per_sending_organisation_in_a_later_sentence():
    counts = {
        (c.country_iso3, c.participants)
        for c in numbers.country_counts(
            numbers.digits("The Peruvian union sent four members and the Chilean federation three.")
        )
    }
    assert counts == {("PER", 4), ("CHL", 3)}


def test_a_total_written_after_a_list():
    assert [c.value for c in numbers.totals("Delegates from Ghana and Togo, 17 in all, met.")] == [
        17
    ]
    assert numbers.totals("The 17 in all were counted.") == []  # no people named


def test_a_later_sentence_adds_counts_to_a_total_already_known():
    d = one(
        "On 3 May 2021 a workshop was held in Lima, Peru, with 12 participants. "
        "The Bolivian union sent five members and the Chilean association four."
    )
    assert d.participants_total == 12
    assert {(p.country_iso3, p.participants) for p in d.participation} == {("BOL", 5), ("CHL", 4)}


# Events told by an action, and references that are not events ----------------------------------


def test_a_launch_told_by_its_verb_at_a_venue():
    d = one(
        "The Riverbank Collective launched its report Night Shift at the Lakeside Hall in Kisumu on 4 March 2020."
    )
    assert (d.event_type, d.start_date.isoformat(), d.city, d.venue) == (
        "launch",
        "2020-03-04",
        "Kisumu",
        "Lakeside Hall",
    )
    assert ("publication", "Night Shift") in {(o.outcome_type, o.title) for o in d.outcomes}


def test_a_petition_handed_over_is_an_event_and_an_outcome():
    d = one(
        "On 9 May 2022 farmworkers handed over a petition with 4,500 signatures to the Ministry of Agriculture in Lima."
    )
    assert (d.event_type, d.city, d.country_iso3) == ("other", "Lima", "PER")
    assert d.title.startswith("Petition handed over to Ministry of Agriculture")
    assert [(o.outcome_type, o.quantity) for o in d.outcomes] == [("agreement", 4500)]


def test_a_visit_told_by_its_counted_visitors():
    d = one("In June 2019 twelve fishers from Senegal visited cooperatives around Nouadhibou.")
    assert (d.event_type, d.city, d.participants_total) == ("field_visit", "Nouadhibou", 12)


def test_an_exchange_told_by_its_length():
    d = one("A five-day exchange, from 2 to 6 June 2018, brought teachers to Arusha, Tanzania.")
    assert (d.event_type, d.start_date.isoformat(), d.end_date.isoformat()) == (
        "exchange",
        "2018-06-02",
        "2018-06-06",
    )
    assert extract_text("In exchange for support, the union shared its data in 2018.", "t") == []


def test_a_return_visit_is_a_second_event_of_the_same_kind():
    drafts = extract_text(
        "In May 2017 the Andes Miners Union hosted an exchange visit in Oruro, Bolivia. "
        "In 2018 the Peruvian union returned the visit in Puno, Peru.",
        "t",
    )
    assert [(d.event_type, d.city) for d in drafts] == [("exchange", "Oruro"), ("exchange", "Puno")]


def test_a_definite_mention_after_a_preposition_is_no_new_event():
    drafts = extract_text(
        "On 2 May 2019 a seminar was held in Accra, Ghana. "
        "Proceedings of the seminar were published in August 2019. "
        "A film about the seminar was shown in October 2019. The seminar's notes came out in 2020.",
        "t",
    )
    assert len(drafts) == 1


# Places ------------------------------------------------------------------------------------------


def test_a_venue_with_a_country_in_its_name_is_not_the_place():
    d = one("The assembly met at the Uganda Management Institute in Kampala on 3 June 2019.")
    assert (d.city, d.venue, d.country_iso3) == ("Kampala", "Uganda Management Institute", "UGA")


def test_a_hotel_named_after_another_city_is_a_venue():
    d = one("On 4 April 2019 a training was held at Hotel Paris in Dakar, Senegal.")
    assert (d.city, d.venue) == ("Dakar", "Hotel Paris")


def test_a_town_is_placed_in_the_country_the_report_names_after_it():
    assert places.place_at("Córdoba, in the Mexican state of Veracruz", 0)[0].country == "MEX"
    assert places.place_at("Córdoba, Argentina", 0)[0].country == "ARG"
    assert places.place_at("Wan Chai, Hong Kong", 0)[0].city == "Hong Kong"


def test_people_brought_to_a_city_for_an_event():
    d = one("The project brought 20 nurses from Kenya to Nairobi for a workshop on 1-3 March 2021.")
    assert (d.city, d.country_iso3) == ("Nairobi", "KEN")


# Organisations -----------------------------------------------------------------------------------


def test_organisations_in_spanish_portuguese_and_french():
    assert orgs("It was organised by the Red de Mujeres Rurales and the Casa do Migrante.") == {
        ("Red de Mujeres Rurales", "organiser"),
        ("Casa do Migrante", "organiser"),
    }


def test_together_with_co_hosted_with_and_supported_the_event():
    assert ("Coastal Fishers Union", "organiser") in orgs(
        "The network organised the march together with the Coastal Fishers Union."
    )
    assert ("Casa Esperanza", "host") in orgs(
        "The Sur Network co-hosted the meeting with the Casa Esperanza shelter."
    )
    assert orgs(
        "It was organised by the Youth Network, and the Meridian Foundation supported the event."
    ) == {("Youth Network", "organiser"), ("Meridian Foundation", "funder")}


def test_a_name_with_commas_and_a_list_of_organisers_with_countries_in_brackets():
    assert orgs(
        "It was funded by the Fund for Health, Housing and Rights and the Delta Trust."
    ) == {("Fund for Health, Housing and Rights", "funder"), ("Delta Trust", "funder")}
    assert orgs(
        "The Alpha Network (Peru), the Beta Forum (Chile) and the Gamma Trust (Bolivia) jointly organised it."
    ) == {("Alpha Network", "organiser"), ("Beta Forum", "organiser"), ("Gamma Trust", "organiser")}


# Outcomes ----------------------------------------------------------------------------------------


def test_plans_demands_protocols_and_forms_agreed():
    assert ("agreement", "Six-point action plan for safe work", 6) in found(
        "Participants agreed a six-point action plan for safe work."
    )
    assert ("agreement", "Joint protocol between the two unions", None) in found(
        "The visit ended with a joint protocol between the two unions."
    )
    assert ("agreement", "Set of demands to employers", None) in found(
        "It closed with a set of demands to employers, agreed by all."
    )
    assert found("They agreed to meet again before the end of 2021.") == set()


def test_reports_and_proceedings_published():
    assert ("publication", "Proceedings of the forum", None) in found(
        "Proceedings of the forum were published in May."
    )
    assert ("publication", "Open Doors", None) in found(
        "The notes were later published as a short briefing, Open Doors."
    )
    assert ("publication", "Salt Roads", None) in found(
        "In 2019 the network published its first report, Salt Roads, on fishers."
    )
    assert ("publication", "Booklet on tenancy rights in three languages", None) in found(
        "The groups produced a booklet on tenancy rights in three languages."
    )


def test_networks_and_petitions():
    assert ("network", "Regional referral network set up", None) in found(
        "Delegates set up a regional referral network."
    )
    assert ("network", "Red Sur de Apoyo set up", None) in found(
        "They set up the Red Sur de Apoyo, a network of shelters."
    )
    assert ("agreement", "Petition on housing", 900) in found(
        "Tenants signed a petition on housing, which 900 residents signed."
    )


# Dates told by context -------------------------------------------------------------------------


def test_a_date_after_at_the_end_of_or_the_second_week_of_is_the_events():
    d = one(
        "At the end of May 2019, some 200 traders met in Kisumu for a public meeting on permits."
    )
    assert (d.start_date.isoformat(), d.date_precision) == ("2019-05-01", "month")
    d = one(
        "In the second week of June 2021, the Union trained 30 cooks at a five-day training course in Kochi."
    )
    assert (d.start_date.isoformat(), d.date_precision) == ("2021-06-01", "month")


def test_a_year_later_counts_from_the_date_before_and_is_known_to_the_year():
    drafts = extract_text(
        "In August 2015 the Guild held a training for 27 boat crews in Iloilo. A year later the "
        "Guild held a follow-up workshop in Roxas City with 19 of them.",
        "test",
    )
    later = drafts[-1]
    assert (later.start_date.isoformat(), later.date_precision) == ("2016-01-01", "year")
    assert "counted from the date the report gave before" in later.unsure["start_date"]


def test_the_following_march_is_the_next_march_after_the_date_before():
    drafts = extract_text(
        "The clinic opened in Patras in November 2016. The following March the lawyers held a "
        "training for 40 interpreters in Larissa.",
        "test",
    )
    assert [(d.start_date.isoformat(), d.date_precision) for d in drafts] == [
        ("2017-03-01", "month")
    ]


def test_months_later_and_the_next_year():
    from atlas.extract import date_phrases

    before = date_phrases.last_phrase("It met on 3 May 2016.")
    got = date_phrases.relative("Two months later it met again, and the next year too.", before)
    assert [(p.first.isoformat(), p.precision) for p in got] == [
        ("2016-07-01", "month"),
        ("2017-01-01", "year"),
    ]
    assert date_phrases.relative("A year later", None) == []


# An event held within a larger one -------------------------------------------------------------


def test_a_workshop_within_a_forum_takes_its_place_and_day_and_the_forum_is_no_event():
    d = one(
        "During the Asia Labour Conference, held at the Merdeka Convention Hall in Kuala Lumpur from 3 to "
        "5 May 2022, the Union ran a workshop on wage theft on the second day."
    )
    assert (d.event_type, d.start_date.isoformat(), d.city, d.venue) == (
        "workshop",
        "2022-05-04",
        "Kuala Lumpur",
        "Merdeka Convention Hall",
    )
    assert "held within" in d.unsure["venue"]


def test_a_seminar_at_a_conference_keeps_its_own_date_and_takes_the_conference_city():
    d = one(
        "At the Global Forum on Migration and Development in Porto Alegre (20-24 January 2021), "
        "the network organised a seminar on care work on 22 January."
    )
    assert (d.event_type, d.start_date.isoformat(), d.city) == (
        "seminar",
        "2021-01-22",
        "Porto Alegre",
    )


def test_within_the_conference_told_before_the_workshop_takes_its_first_day():
    drafts = extract_text(
        "The Network held its annual conference in Quito on 8 and 9 March 2018, with 120 "
        "delegates. Within the conference the network ran a workshop on asylum for 30 lawyers "
        "on the first day.",
        "test",
    )
    assert [(d.event_type, d.start_date.isoformat(), d.city) for d in drafts] == [
        ("conference", "2018-03-08", "Quito"),
        ("workshop", "2018-03-08", "Quito"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We were 28 in the end: members of the unions, plus two lawyers from the bar.", [28]),
        ("They were 35 altogether.", [35]),
        ("We were 28.", [28]),
        # not a count of who came: a year, a share
        ("We were 2019 graduates.", []),
        ("They were 40% of the staff.", []),
    ],
)
def test_a_count_told_by_those_who_were_there(text, expected):
    assert [c.value for c in numbers.totals(numbers.digits(text))] == expected


@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "Between 14 and 18 March 2022, the network trained 35 community monitors in Marabá, "
            "Brazil.",
            35,
        ),
        ("On 3 May 2019 the union trained 20 peer educators in Kampala, Uganda.", 20),
        ("On 3 May 2019 the centre trained 18 health workers in Goroka.", 18),
    ],
)
def test_a_training_told_by_trained_with_more_words_for_people(text, total):
    d = one(text)
    assert (d.event_type, d.participants_total) == ("training", total)


def test_monitors_counted_with_no_cue_are_no_attendance():
    assert numbers.totals(numbers.digits("The network has 35 monitors in the region.")) == []


@pytest.mark.parametrize(
    "text",
    [
        "The study draws on interviews with 212 workers who crew trawlers.",
        "The report is based on a survey of 1,400 domestic workers in three cities.",
        "The researchers interviewed some 90 returnees in Kathmandu.",
    ],
)
def test_people_a_study_heard_are_no_count_of_an_event(text):
    assert numbers.totals(numbers.digits(text)) == []


def test_the_release_counts_who_attended_it_not_who_was_interviewed():
    text = (
        'The Delta Boatmen Union released its study "Hidden Crews" at the Press Club in Khulna on '
        "4 March 2021. The study draws on interviews with 212 boatmen. About 60 people attended "
        "the release."
    )
    (d,) = extract_text(text, "test")
    assert d.participants_total == 60
