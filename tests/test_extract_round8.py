"""Rules written after the eighth blind set's first run (issue 16): events, dates, places and
counts, each tested on sentences of our own, with sentences that must not trigger it."""

from __future__ import annotations

import datetime as dt

import pytest

from atlas.extract import date_phrases, extract_text


def drafts_of(text: str) -> list[dict]:
    return [
        {
            "title": d.title,
            "start": d.start_date.isoformat() if d.start_date else None,
            "end": d.end_date.isoformat() if d.end_date else None,
            "city": d.city,
            "venue": d.venue,
            "country": d.country_iso3,
            "total": d.participants_total,
            "homes": sorted((p.country_iso3, p.participants) for p in d.participation),
        }
        for d in extract_text(text)
    ]


# Dates written in numbers ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("Consultation held on 08.10.2019 in the state capital.", dt.date(2019, 10, 8), None),
        ("Training, 30/07/2022, Talamanca", dt.date(2022, 7, 30), None),
        ("from 21.11.2019 to 23.11.2019", dt.date(2019, 11, 21), dt.date(2019, 11, 23)),
        ("Encounter · 11-12/06/2022 · Panama", dt.date(2022, 6, 11), dt.date(2022, 6, 12)),
        # a second number over 12 can only be a day: an American date
        ("The hearing on 12/25/2019 was short.", dt.date(2019, 12, 25), None),
    ],
)
def test_dates_written_in_numbers_are_read_day_first(text, first, last):
    found = date_phrases.find(text)
    assert [(p.first, p.last, p.precision) for p in found] == [(first, last, "day")]


@pytest.mark.parametrize(
    "text",
    [
        "Some 1.200 participants came in 2019.",  # thousands with a dot
        "Version 2.10.2019b of the tool was used in 2019.",
        "The score was 31/12 in 2019.",
        "Page 3.4.2019.1 of the file, 2019.",
    ],
)
def test_numbers_that_are_no_dates(text):
    assert all(p.precision != "day" for p in date_phrases.find(text))


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Tuesday 4/5 - the partners ran a training.", dt.date(2022, 4, 5)),  # month first
        ("Wed 6/4: site visits to four schools.", dt.date(2022, 4, 6)),  # day first
        ("Thursday, 4/7 - we met the directorate.", dt.date(2022, 4, 7)),
    ],
)
def test_a_weekday_tells_which_number_is_the_month(text, day):
    found = date_phrases.find(text, 2022)
    assert [(p.first, p.year_from_context) for p in found] == [(day, True)]


@pytest.mark.parametrize(
    "text",
    [
        "Monday 4/5 - the partners ran a training.",  # 4 May and 5 April 2022 are no Mondays
        "Tuesday 4/5 - the partners ran a training.",  # no year known
        "Thursday 5/9 - the partners ran a training.",  # 9 May and 5 September 2019: both
    ],
)
def test_no_weekday_date_when_the_weekday_fits_no_reading_or_both(text):
    year = {"Monday": 2022, "Tuesday": None, "Thursday": 2019}[text.split()[0]]
    assert date_phrases.find(text, year) == []


def test_a_trip_reports_days_written_month_first():
    text = (
        "Trip Report - Les Cayes, Haiti, April 2022\n\n"
        "Tuesday 4/5 - The alliance ran a one-day training on school safety plans for 32 school "
        "directors at the Centre Diocésain Saint-Jean in Les Cayes.\n\n"
        "Friday 4/8 - Travel back to Port-au-Prince."
    )
    [d] = drafts_of(text)
    assert (d["start"], d["city"], d["country"], d["total"]) == (
        "2022-04-05",
        "Les Cayes",
        "HTI",
        32,
    )


def test_directors_counted_only_where_they_attended():
    text = (
        "On 3 March 2021 the alliance ran a training for 25 school directors in Gulu.\n\n"
        "The alliance itself has 7 directors."
    )
    [d] = drafts_of(text)
    assert d["total"] == 25
    other = drafts_of("The alliance has 7 directors; it met its funder in Gulu in June 2021.")
    assert all(d["total"] is None for d in other)


# Activity tables and logs ---------------------------------------------------------------------


def test_a_markdown_tables_rows_are_events():
    text = (
        "Annex 1. Activities of the first half of 2021\n\n"
        "| No. | Activity | Dates | Location | Participants | Results |\n"
        "|---|---|---|---|---|---|\n"
        "| 1 | Workshop on seed saving for women farmers | 3-5 March 2021 | Mzuzu, Malawi "
        "(Grace Hall) | 26 (F 20 / M 6) | Seed bank committee formed |\n"
        "| 2 | Exchange visit of Malawian farmers to Zambia | 10-14 May 2021 | Chipata, Zambia | "
        "15 (MWI 15) | - |\n"
        "| 3 | Annual planning meeting | postponed to Q4 | - | - | - |\n"
    )
    got = drafts_of(text)
    assert [(d["start"], d["end"], d["city"], d["country"], d["total"]) for d in got] == [
        ("2021-03-03", "2021-03-05", "Mzuzu", "MWI", 26),
        ("2021-05-10", "2021-05-14", "Chipata", "ZMB", 15),
    ]
    assert got[0]["title"] == "Workshop on seed saving for women farmers"
    assert got[0]["venue"] == "Grace Hall"


def test_a_pipe_separated_statement_with_numeric_dates():
    text = (
        "Statement of activities, quarter ending 31.03.2020\n\n"
        "Sl. | Activity | Date(s) | Venue | No. of participants | Remarks\n"
        "1 | District consultation on grazing rights | 14.02.2020 | Circuit House, Bhopal | "
        "85 | Memorandum submitted\n"
        "2 | Training of village volunteers on record keeping | 02.03.2020 to 04.03.2020 | "
        "Krishi Bhavan, Indore | 40 | -\n"
    )
    got = drafts_of(text)
    assert [(d["start"], d["end"], d["city"], d["venue"], d["total"]) for d in got] == [
        ("2020-02-14", None, "Bhopal", "Circuit House", 85),
        ("2020-03-02", "2020-03-04", "Indore", "Krishi Bhavan", 40),
    ]
    assert got[1]["title"] == "Training of village volunteers on record keeping"


def test_a_log_separated_by_dots_with_no_header():
    text = (
        "Activity log 2019 - Andean Water Network\n\n"
        "A-01 · Meeting of irrigation committees on the new water law · 21/09/2019 · Cusco, Peru · "
        "48 farmers (Peru 30, Bolivia 18) · Result: a joint letter was signed.\n\n"
        "A-02 · Forum on glacier retreat · postponed to 2020 because of the elections.\n"
    )
    [d] = drafts_of(text)
    assert (d["start"], d["city"], d["country"], d["total"]) == ("2019-09-21", "Cusco", "PER", 48)
    assert d["homes"] == [("BOL", 18), ("PER", 30)]
    assert d["title"] == "Meeting of irrigation committees on the new water law"


def test_a_result_line_names_no_event_of_its_own():
    text = (
        "Activity: Encounter of coffee growers on shade trees\n"
        "Date: 11-12/06/2022\n"
        "Place: Matagalpa, Nicaragua\n"
        "Participants: 40 growers\n"
        "Result: a seed exchange network of 9 cooperatives was formed.\n"
    )
    [d] = drafts_of(text)
    assert (d["title"], d["start"], d["city"]) == (
        "Encounter of coffee growers on shade trees",
        "2022-06-11",
        "Matagalpa",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Choose one: yes | no | maybe. The network met in Lima on 3 May 2019 with 20 members.",
        "The schedule read 9:00 · 10:30 · 12:00; the network met in Lima on 3 May 2019.",
    ],
)
def test_a_line_with_separators_that_is_no_table_is_read_as_text(text):
    from atlas.extract import tables

    assert tables.as_forms(text) == text


# Events invented ------------------------------------------------------------------------------


def test_a_dash_or_a_dates_number_is_no_count_of_events():
    text = (
        "Mission report - Gulu, Uganda, May 2019\n\n"
        "Wednesday 5/8 - Field visits with the district team to three health centres built after "
        "the 2017 floods.\n\n"
        "Friday 5/10 - Travel back to Kampala."
    )
    [d] = drafts_of(text)
    assert d["start"] == "2019-05-08"
    assert "(1 of" not in d["title"]


def test_a_series_announced_then_told_one_by_one_is_not_counted_twice():
    text = (
        "The alliance ran two trainings in Ghana this year.\n\n"
        "The first, a three-day training on bookkeeping, took place from 3 to 5 March 2023 in "
        "Tamale, with 25 women.\n\n"
        "The second was a two-day training on marketing in Bolgatanga, on 9 and 10 June 2023, "
        "for 18 traders."
    )
    got = drafts_of(text)
    assert [(d["start"], d["city"], d["total"]) for d in got] == [
        ("2023-03-03", "Tamale", 25),
        ("2023-06-09", "Bolgatanga", 18),
    ]


def test_a_series_told_only_as_a_whole_is_kept():
    text = "Between March and June 2023 the alliance ran four trainings in Tamale for 80 women."
    got = drafts_of(text)
    assert got and all(d["city"] == "Tamale" for d in got)


@pytest.mark.parametrize(
    ("text", "year", "first", "last"),
    [
        ("Between the 2nd and the 6th of June 2022, they met.", None, "2022-06-02", "2022-06-06"),
        ("last month, between the 19 and the 23 of November", 2018, "2018-11-19", "2018-11-23"),
        ("from the 4th to the 8th of October 2021", None, "2021-10-04", "2021-10-08"),
    ],
)
def test_day_ranges_with_the_before_each_day(text, year, first, last):
    [p] = date_phrases.find(text, year)
    assert (p.first.isoformat(), p.last.isoformat()) == (first, last)


def test_the_before_a_number_that_is_no_day():
    assert [p.precision for p in date_phrases.find("the 3 and the 4 men in 2019")] == ["year"]


# Places ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In June 2022, eleven broadcasters travelled to the city of Oaxaca, Mexico, for an exchange.",
        "In June 2022 the network held an exchange in the city of Oaxaca, Mexico.",
        "In June 2022 the network held an exchange in the town of Oaxaca.",
    ],
)
def test_a_town_after_its_kind(text):
    [d] = drafts_of(text)
    assert (d["city"], d["country"]) == ("Oaxaca", "MEX")


def test_the_city_of_something_else_is_no_place():
    [d] = drafts_of("In June 2022 the network held an exchange in the city of the future.")
    assert d["city"] is None


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("In mid-March 2021, on the 16th and 17th, the network met.", "2021-03-16", "2021-03-17"),
        ("In March 2021, on the 5th, they met.", "2021-03-05", None),
        ("In May 2019 on the 2nd-4th, a training was held.", "2019-05-02", "2019-05-04"),
    ],
)
def test_days_in_ordinals_right_after_their_month(text, first, last):
    [p] = date_phrases.find(text)
    assert (p.first.isoformat(), p.last.isoformat() if p.last else None) == (first, last)


@pytest.mark.parametrize(
    "text", ["In March 2021 the 3rd cohort met.", "In March 2021, the 3rd cohort met."]
)
def test_an_ordinal_that_is_no_day(text):
    assert [p.precision for p in date_phrases.find(text)] == ["month"]


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        (
            "In May 2021 the Mongolian Pastoral Network held a consultation in Ulaanbaatar.",
            "Ulaanbaatar",
            "MNG",
        ),
        (
            "In May 2021 the Mongolian network held a consultation on the draft Pasture Law in "
            "Ulaanbaatar.",
            "Ulaanbaatar",
            "MNG",
        ),
        (
            "On 4 June 2019 the union held a workshop on wage theft in Kisumu, with 30 members.",
            "Kisumu",
            "KEN",
        ),
    ],
)
def test_a_town_after_the_events_topic_or_by_another_name(text, city, country):
    [d] = drafts_of(text)
    assert (d["city"], d["country"]) == (city, country)


def test_another_name_of_a_town_needs_its_country_or_people_named():
    # "Ulaanbaatar" is only another name of the gazetteer's "Ulan Bator"
    [d] = drafts_of("In May 2021 the network held a consultation in Ulaanbaatar.")
    assert d["city"] is None


def test_a_place_inside_a_topic_that_goes_on_is_no_venue_town():
    [d] = drafts_of(
        "On 4 June 2019 the union held a workshop on migrant rights in Thailand and Malaysia "
        "for 30 members in Yangon."
    )
    assert d["city"] != "Thailand" and d["country"] != "THA"


# Minutes --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    ["MINUTES OF THE BOARD MEETING", "Minutes of the Steering Committee Meeting"],
)
def test_minutes_titled_under_the_networks_name_with_labelled_lines(title):
    text = (
        f"EAST AFRICAN PASTORALIST NETWORK (EAPN)\n{title}\n\n"
        "Date: Tuesday, 12 March 2019\n"
        "Venue: Acacia House, Kilimani, Nairobi\n"
        "Present: 9 members - Kenya (4), Uganda (3), Tanzania (2)\n\n"
        "1. Opening. The Chair opened the meeting at 09:00.\n"
        "2. Finance. The accounts were approved.\n"
    )
    [d] = drafts_of(text)
    assert (d["start"], d["city"], d["venue"], d["total"]) == (
        "2019-03-12",
        "Nairobi",
        "Acacia House",
        9,
    )
    assert d["homes"] == [("KEN", 4), ("TZA", 2), ("UGA", 3)]


def test_a_ministry_named_with_an_event_word_is_still_no_event():
    assert (
        drafts_of(
            "On 3 May 2019 the network wrote to the Ministry of Labour and Vocational Training."
        )
        == []
    )


def test_title_lines_with_a_label_stay_form_lines():
    from atlas.extract import sentences

    kinds = [
        s.kind
        for s in sentences.split("Date: Tuesday, 12 March 2019\nVenue: Acacia House, Nairobi\n")
    ]
    assert kinds == ["text", "text"]


# Events told by a verb or an unusual noun -----------------------------------------------------


def test_a_march_in_a_newsletter_dated_without_its_year():
    text = (
        "NETWORK NEWS - Issue 12, May 2016\n\n"
        "NAMIBIA. On 21 April more than 150 residents marched to the Ministry of Health in "
        "Windhoek to hand over a petition."
    )
    [d] = drafts_of(text)
    assert (d["start"], d["city"], d["total"]) == ("2016-04-21", "Windhoek", 150)


def test_no_event_from_a_verb_in_an_undated_sentence():
    assert drafts_of("Every year residents marched to the Ministry of Health in Windhoek.") == []


@pytest.mark.parametrize(
    ("text", "city", "venue"),
    [
        (
            "On 3 March 2020, 350 workers gathered at the Alhamra Arts Centre, Lahore for the "
            "first Provincial Convention of Home-Based Workers.",
            "Lahore",
            "Alhamra Arts Centre",
        ),
        (
            "In June 2019 the federation held its national convention of domestic workers in "
            "Accra, with 200 delegates.",
            "Accra",
            None,
        ),
    ],
)
def test_a_convention_of_people_is_an_event(text, city, venue):
    [d] = drafts_of(text)
    assert (d["city"], d["venue"]) == (city, venue)


@pytest.mark.parametrize(
    "text",
    [
        "In 2019 the network asked the government to ratify ILO Convention No. 189.",
        "In 2019 the network trained lawyers on the national Convention on the Rights of the Child.",
    ],
)
def test_a_treaty_is_no_convention_held(text):
    assert all(d["title"].lower().find("convention") < 0 for d in drafts_of(text))


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("4-7 Sept: field visit to the villages with partner staff.", "2021-09-04", "2021-09-07"),
        ("8 Sept: the partners held a one-day workshop in Toliara.", "2021-09-08", None),
        ("3 Mar - met the district team.", "2021-03-03", None),
    ],
)
def test_a_log_lines_date_with_its_month_abbreviated(text, first, last):
    [p] = date_phrases.find(text, 2021)
    assert (p.first.isoformat(), p.last.isoformat() if p.last else None) == (first, last)


@pytest.mark.parametrize("text", ["See the 8 Sept files.", "They met on 8 Sept in Toliara."])
def test_an_abbreviated_month_inside_a_sentence_needs_its_year(text):
    assert date_phrases.find(text, 2021) == []


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        ("Tirana hosted our Youth Leadership School from 9 to 14 October 2017.", "Tirana", "ALB"),
        ("Kenya hosted the regional forum of pastoralists on 3 May 2019.", None, "KEN"),
        ("Accra welcomed the regional forum of pastoralists on 3 May 2019.", "Accra", "GHA"),
    ],
)
def test_a_place_that_hosted_the_event(text, city, country):
    [d] = drafts_of(text)
    assert (d["city"], d["country"]) == (city, country)


def test_a_body_that_hosted_is_no_place():
    [d] = drafts_of("Oxfam hosted the regional forum of pastoralists on 3 May 2019.")
    assert (d["city"], d["country"]) == (None, None)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("The network held a workshop on 3 May 2019 in Accra.", "Workshop"),
        ("The network held a workshop on 3rd March, 2020 in Accra.", "Workshop"),
        (
            "The network held a workshop on 30 years of land reform in Accra on 3 May 2019.",
            "Workshop on 30 years of land reform",
        ),
    ],
)
def test_a_date_after_on_is_no_topic(text, title):
    assert [d["title"] for d in drafts_of(text)] == [title]


# Home countries -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "homes"),
    [
        ("Participants: 12 (ETH 6, KEN 6)", [("ETH", 6), ("KEN", 6)]),
        ("Participants: 30 (NPL 12; IND 9; BGD 9)", [("BGD", 9), ("IND", 9), ("NPL", 12)]),
        ("Participants: 12 (UNDP 3, ILO 2, ETH 7)", []),
        ("Fees: (USD 20, EUR 15)", []),
    ],
)
def test_countries_counted_by_their_codes_in_brackets(text, homes):
    from atlas.extract import origins

    assert sorted((c.country_iso3, c.participants) for c in origins.country_counts(text)) == homes


def test_a_count_after_participated_in_spanish_word_order():
    text = (
        "On 17 September 2021 the federation held its National Meeting of Cooperatives in "
        "Asunción. Participated 140 cooperativists of 26 cooperatives."
    )
    [d] = drafts_of(text)
    assert d["total"] == 140


def test_cooperativists_named_without_attending_are_no_count():
    [d] = drafts_of(
        "On 17 September 2021 the federation held a meeting in Asunción. The federation "
        "represents 9,000 cooperativists."
    )
    assert d["total"] is None


# The year of dates written without one --------------------------------------------------------


def test_a_plans_year_is_not_the_year_of_the_next_dates():
    text = (
        "News of the second semester 2021\n\n"
        "On 17 September the federation held its national meeting in Asunción. The meeting "
        "approved a proposal that will be presented to the Congress in 2022.\n\n"
        "In Montevideo, from 4 to 8 October, the federation held an exchange for 18 leaders."
    )
    assert [d["start"] for d in drafts_of(text)] == ["2021-09-17", "2021-10-04"]


def test_a_year_told_of_what_was_done_is_the_year_of_the_next_dates():
    text = (
        "News of 2021\n\n"
        "In March 2022 the federation held its national meeting in Asunción.\n\n"
        "In Montevideo, from 4 to 8 October, the federation held an exchange for 18 leaders."
    )
    assert [d["start"] for d in drafts_of(text)] == ["2022-03-01", "2022-10-04"]


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "On 5 April 2022 the alliance ran a training at the Centre Diocésain Saint-Jean in "
            "Les Cayes.",
            "Centre Diocésain Saint-Jean",
        ),
        (
            "On 5 April 2022 the alliance ran a training at the Community Centre in Les Cayes.",
            "Community Centre",
        ),
        (
            "On 5 April 2022 the alliance ran a training at the Centre for Human Rights in "
            "Les Cayes.",
            "Centre for Human Rights",
        ),
    ],
)
def test_a_centre_named_kind_first(text, venue):
    [d] = drafts_of(text)
    assert (d["venue"], d["city"]) == (venue, "Les Cayes")
