"""The fifth generalisation round (issue 16): rules written on sentences of our own, each with
sentences that must not trigger it."""

from __future__ import annotations

import pytest

from atlas.extract import outcomes


def found(text: str) -> list[tuple[str, str, int | None]]:
    return [(f.outcome_type, f.title, f.quantity) for f in outcomes.find(text)]


# Outcome quantities ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quantity"),
    [
        ("Results: a network of 14 paralegals was formed to give free advice in the villages.", 14),
        ("The assembly set up a coordination committee of five women farmers.", 5),
        ("Also, a committee of follow-up of six youth leaders has been put in place.", 6),
        (
            "The forum created a regional network of lawyers who defend workers for free, "
            "with 23 lawyers signed up in its first week.",
            23,
        ),
        ("Participants formed a task force of seven union leaders.", 7),
    ],
)
def test_a_body_set_up_is_counted_by_its_members(text, quantity):
    assert [(t, q) for t, _, q in found(text)] == [("network", quantity)]


@pytest.mark.parametrize(
    "text",
    [
        # a body only decided on has no members yet
        "The vendors decided to set up a committee of seven women to speak for them.",
        # a year is no size; "the three districts" names what it covers, not members
        "The meeting set up a committee of 2020 graduates.",
        "The participants formed a committee of the three districts.",
        # a count of some of its members is no size of the body
        "The meeting set up a network of lawyers, with 3 of them from Kenya.",
    ],
)
def test_no_member_count_where_none_is_told(text):
    assert [q for _, _, q in found(text)] == [None]


def test_the_opening_words_of_a_clause_are_no_part_of_a_bodys_title():
    assert found(
        "As a result of the workshop, a regional task force of seven leaders was set up."
    ) == [("network", "Regional task force of seven leaders set up", 7)]
    assert found("Also, a committee of five women has been put in place.")[0][1] == (
        "Committee of five women"
    )
    # an apposition stays the title
    assert found("Our study, Debt Before Departure, was published in May.") == [
        ("publication", "Debt Before Departure", None)
    ]


def test_copies_told_before_the_thing_handed_out():
    assert found(
        "1,500 copies of a rights leaflet in Kyrgyz and Uzbek were printed and distributed."
    ) == [("materials_distributed", "Rights leaflet in Kyrgyz and Uzbek distributed", 1500)]
    # copies of something else, told in another clause, are not this leaflet's
    assert [q for *_, q in found("A rights leaflet was distributed in the markets.")] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "The participants adopted a regional protocol on threats to reporters, which was signed "
        "on the spot by 11 media organisations.",
        "The participants adopted a regional protocol on threats to reporters, which was signed "
        "by 11 media organisations.",
    ],
)
def test_an_agreement_signed_there_and_then_counts_its_signatories(text):
    assert {q for *_, q in found(text)} == {11}


@pytest.mark.parametrize(
    ("text", "title", "quantity"),
    [
        (
            "38 water committees were set up and registered with the district.",
            "Water committees set up",
            38,
        ),
        ("Parent committees were formed in 12 schools.", "Parent committees formed", 12),
        ("In 2019, 12 new savings groups were formed.", "New savings groups formed", 12),
    ],
)
def test_bodies_set_up_are_counted_by_their_number_or_places(text, title, quantity):
    assert found(text) == [("network", title, quantity)]


@pytest.mark.parametrize(
    "text",
    [
        "2019 committees were formed.",  # a year, not a count (and no body told)
        "Community water committees manage their water points.",  # no body set up
        "The participants formed 3 groups to discuss the law.",  # how a session ran
    ],
)
def test_no_bodies_counted_where_none_were_set_up(text):
    assert [q for *_, q in found(text) if q] == []


# A project's implementers and funder, told once -------------------------------------------------


def orgs_of(text: str) -> list[set[tuple[str, str]]]:
    from atlas.extract import extract_text

    return [{(o.name, o.role) for o in d.organisations} for d in extract_text(text)]


@pytest.mark.parametrize(
    "opening",
    [
        "Final evaluation of the Clean Wells Project (2019-2021), implemented by the Highland "
        "Water Trust and the Lakeside Farmers Union and funded by the Northern Rivers Fund.",
        "Implemented by the Highland Water Trust together with the Lakeside Farmers Union; funded "
        "by the Northern Rivers Fund.",
    ],
)
def test_a_projects_implementers_organise_and_its_funder_pays_for_every_event(opening):
    text = (
        f"{opening}\n\nThe project ran a three-day training for 30 well caretakers in Mbarara "
        "from 4 to 6 May 2020.\n\nA review meeting of 25 caretakers took place in Kabale in "
        "March 2021."
    )
    want = {
        ("Highland Water Trust", "organiser"),
        ("Lakeside Farmers Union", "organiser"),
        ("Northern Rivers Fund", "funder"),
    }
    assert [want <= orgs for orgs in orgs_of(text)] == [True, True]


def test_the_project_is_implemented_by_later_in_the_report():
    text = (
        "Mid-term review 2022\n\nA training for 30 well caretakers was held in Mbarara from 4 to "
        "6 May 2020.\n\nIt went well.\n\nThe project is implemented by the Highland Water Trust "
        "with the Lakeside Farmers Union, and funded by the Northern Rivers Fund."
    )
    assert orgs_of(text) == [
        {
            ("Highland Water Trust", "organiser"),
            ("Lakeside Farmers Union", "organiser"),
            ("Northern Rivers Fund", "funder"),
        }
    ]


def test_another_project_named_late_in_a_report_gives_no_roles():
    text = (
        "Network news, 2022\n\nThe Coast Fishers Network held a training for 30 fish traders in "
        "Tema on 4 May 2022.\n\nIt went well.\n\nThe trainers presented the Clean Harbours "
        "Project, implemented by the Atlantic Ports Authority."
    )
    assert orgs_of(text) == [{("Coast Fishers Network", "organiser")}]


# A town told only inside a venue's name -------------------------------------------------------


def places_of(text: str) -> list[tuple[str | None, str | None]]:
    from atlas.extract import extract_text

    return [(d.city, d.country_iso3) for d in extract_text(text)]


def test_a_town_that_opens_a_venues_name_and_is_told_elsewhere_places_the_event():
    text = (
        "Mid-term review\n\nThe training of trainers was held at the Adjumani Teachers' Resource "
        "Centre from 12 to 16 November 2018 for 30 teachers. The following March, a review "
        "meeting in Adjumani brought 44 head teachers together."
    )
    assert places_of(text)[0] == ("Adjumani", "UGA")


def test_a_town_that_opens_a_district_hall_in_the_country_told_places_the_event():
    text = (
        "Field note, Uganda\n\nA training for 30 teachers was held at the Adjumani District "
        "Council Hall from 12 to 16 November 2018."
    )
    assert places_of(text) == [("Adjumani", "UGA")]


@pytest.mark.parametrize(
    "text",
    [
        # a hotel named after a town the report never tells as a place
        "Field note, Kenya\n\nA training for 30 nurses was held at the Kisumu Hotel on 3 May 2019.",
        # a town of another country than the one the report names
        "Field note, Kenya\n\nA training for 30 nurses was held at the Kandy District Hall on 3 "
        "May 2019.",
        # a venue that opens with no town
        "Field note, Kenya\n\nA training for 30 nurses was held at the Lakeshore Hotel on 3 May "
        "2019.",
    ],
)
def test_no_town_from_a_venues_name_without_such_support(text):
    assert [city for city, _ in places_of(text)] == [None]


# Dates in Spanish, Portuguese or French order -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "last", "precision"),
    [
        (
            "on the days 8 and 9 of August of 2016, in the parish hall",
            "2016-08-08",
            "2016-08-09",
            "day",
        ),
        ("in the day 22 of March of 2022, World Water Day", "2022-03-22", None, "day"),
        ("in March of 2019 the network met", "2019-03-01", None, "month"),
        ("from 3 of May to 5 of June of 2020", "2020-05-03", "2020-06-05", "day"),
    ],
)
def test_of_before_the_year_is_read(text, first, last, precision):
    from atlas.extract import date_phrases

    [p] = date_phrases.find(text)
    assert (str(p.first), str(p.last) if p.last else None, p.precision) == (first, last, precision)


@pytest.mark.parametrize(
    "text",
    ["the 2 of the 2019 delegates", "one of May's 2019 reports", "four of 2020"],
)
def test_of_alone_makes_no_date(text):
    from atlas.extract import date_phrases

    assert [p.precision for p in date_phrases.find(text)] in ([], ["year"])


# An event named with its place, then told with its date -----------------------------------------


def drafts_of(text: str) -> list[tuple]:
    from atlas.extract import extract_text

    return [
        (d.title, str(d.start_date) if d.start_date else None, d.city) for d in extract_text(text)
    ]


def test_an_event_named_with_its_place_then_dated_in_the_next_sentence_is_one():
    text = (
        "Newsletter 14\n\nSeed fair in Riobamba. On Saturday 14 October 2023 the network held "
        "its third seed fair, with 130 producers."
    )
    assert drafts_of(text) == [("Seed fair in Riobamba", "2023-10-14", "Riobamba")]


@pytest.mark.parametrize(
    "text",
    [
        # told in another paragraph: two tellings the reader cannot join
        "Newsletter 14\n\nSeed fair in Riobamba.\n\nOther news.\n\nOn Saturday 14 October 2023 "
        "the network held a seed fair in Guaranda, with 130 producers.",
        # the dated one has a place of its own
        "Newsletter 14\n\nSeed fair in Riobamba. On Saturday 14 October 2023 the network held "
        "a seed fair in Guaranda, with 130 producers.",
    ],
)
def test_no_merge_across_paragraphs_or_places(text):
    assert ("Seed fair in Riobamba", "2023-10-14", "Riobamba") not in drafts_of(text)


# Advice and unfixed dates are no events -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Final evaluation 2022\n\nThe evaluation team recommends a refresher training in Gulu in 2023.",
        "Final evaluation 2022\n\nThe evaluation team recommended that the project hold a refresher "
        "training in Gulu in 2023.",
        "Final evaluation 2022\n\nThe reviewers suggest a meeting of 20 head teachers in Gulu in 2023.",
        "Log 2023\n\nA planning meeting with 20 members in Bangkok, date to be fixed, in October 2023.",
    ],
)
def test_advice_and_a_date_to_be_fixed_are_no_events(text):
    assert drafts_of(text) == []


def test_an_event_held_as_advised_is_an_event():
    text = (
        "Final evaluation 2024\n\nAs the 2019 evaluation recommended, a refresher training was "
        "held in Gulu in May 2023."
    )
    assert drafts_of(text) == [("Refresher training", "2023-05-01", "Gulu")]


# Counts told with other words for people or before them ---------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The fair was held with the participation of 130 producers.", 130),
        ("The report was launched before about 70 journalists and union leaders.", 70),
        ("Forty-five reporters, editors and media lawyers took part.", 45),
        ("The day brought together 60 herders and their families.", 60),
    ],
)
def test_counts_of_more_kinds_of_people(text, value):
    from atlas.extract import numbers

    assert [c.value for c in numbers.totals(numbers.digits(text))] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Before 2019 producers were paid late.",  # a year, not a count
        "In 2020, 300 growers sold their coffee to the cooperative.",  # no one came to anything
        "The district has 4,000 herders.",
    ],
)
def test_no_count_of_people_who_came_where_none_came(text):
    from atlas.extract import numbers

    assert numbers.totals(numbers.digits(text)) == []
