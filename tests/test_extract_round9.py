"""Rules written after the ninth blind set's first run (issue 16): events, dates, places and
counts in forms, e-mails, posts and press releases, each tested on sentences of our own, with
sentences that must not trigger it."""

from __future__ import annotations

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


# A form names its event under more labels, numbered or not -----------------------------------


@pytest.mark.parametrize(
    "label",
    ["Activity title", "Event title", "Event name", "Title of the activity", "Name of event"],
)
def test_a_forms_line_names_its_event_under_more_labels(label):
    text = f"{label}: Training on bookkeeping for cooperatives\nDate(s): 11.09.2017 – 13.09.2017\n"
    [d] = drafts_of(text)
    assert d["title"] == "Training on bookkeeping for cooperatives"
    assert (d["start"], d["end"]) == ("2017-09-11", "2017-09-13")


def test_a_numbered_forms_lines_name_and_place_its_event():
    text = (
        "1. Name of the event: Regional workshop on community seed banks\n"
        "2. Type: Workshop\n"
        "3. Dates: 24-26 Nov. 2020\n"
        "4. Place: Kisumu, Kenya - hall of the fishers' cooperative\n"
        "5. Number of participants: 42\n"
    )
    [d] = drafts_of(text)
    assert d["title"] == "Regional workshop on community seed banks"
    assert (d["start"], d["end"]) == ("2020-11-24", "2020-11-26")
    assert (d["city"], d["country"]) == ("Kisumu", "KEN")
    assert d["venue"] == "hall of the fishers' cooperative"
    assert d["total"] == 42


def test_a_label_that_names_no_event_makes_none():
    # "Activity title" over no date, place or count is a heading with nothing told under it
    assert drafts_of("Activity number: 2.3\nEvent budget: 4,000 USD\n") == []


# A plan told by a bare participle after its noun ----------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Monitoring meeting planned for February 2023.",
        "A seed fair scheduled for June 2021 in Bamako.",
        "Next: a refresher training foreseen for March 2024.",
    ],
)
def test_an_event_planned_for_a_date_is_no_event(line):
    assert drafts_of(line) == []


def test_a_plan_after_a_form_does_not_take_the_forms_event():
    text = (
        "Name of event: Dialogue on land rights of herders' wives\n"
        "Date: 3rd August 2022\n"
        "Location: Arusha, Tanzania\n"
        "No. of participants: 64\n\n"
        "Follow-up actions:\n"
        "Monitoring meeting planned for February 2023.\n"
    )
    [d] = drafts_of(text)
    assert d["title"] == "Dialogue on land rights of herders' wives"
    assert (d["start"], d["city"], d["total"]) == ("2022-08-03", "Arusha", 64)


def test_an_event_planned_then_held_is_still_an_event():
    [d] = drafts_of(
        "The workshop, planned for 3 May 2021, took place in Lusaka with 40 participants."
    )
    assert (d["start"], d["city"], d["total"]) == ("2021-05-03", "Lusaka", 40)


@pytest.mark.parametrize(
    "line",
    [
        "The idea of a Pacific-wide gathering in 2024 is still on the table.",
        "There is a proposal for holding a regional forum in Suva in 2025.",
    ],
)
def test_an_idea_of_an_event_is_no_event(line):
    assert drafts_of(line) == []


def test_the_idea_of_an_event_held_names_that_event():
    [d] = drafts_of("The idea of the forum held in Suva on 3 May 2022 came from the youth caucus.")
    assert (d["start"], d["city"]) == ("2022-05-03", "Suva")


# Dates with weekdays and an abbreviated month, with the year from an e-mail's "Sent:" -----------


@pytest.mark.parametrize(
    "when",
    ["Tuesday 7 and Wednesday 8 Nov", "Tue 7 - Wed 8 Nov", "7 and 8 Nov", "7-8 Nov."],
)
def test_days_with_weekdays_and_an_abbreviated_month(when):
    text = f"Sent: Friday, 10 November 2023 4:12 PM\n\nOur regional meeting ran {when} in Lae.\n"
    [d] = drafts_of(text)
    assert (d["start"], d["end"], d["city"]) == ("2023-11-07", "2023-11-08", "Lae")


@pytest.mark.parametrize(
    "sentence",
    ["We had 7 and 8 Octopus boats.", "Rooms 7-8 Decorated.", "On Friday the team left."],
)
def test_a_number_before_a_word_that_only_starts_like_a_month_is_no_date(sentence):
    assert date_phrases.find(sentence, 2023) == []


# Home countries: short forms, a form's "Country: N" line, "from Country N" --------------------


def test_short_forms_of_long_country_names():
    [d] = drafts_of(
        "The meeting was held on 7 May 2023 in Lae. We had 22 women in the room: 12 from PNG, "
        "6 from Solomon Islands and 4 from Vanuatu."
    )
    assert d["homes"] == [("PNG", 12), ("SLB", 6), ("VUT", 4)]
    [d] = drafts_of(
        "The forum was held on 7 May 2023 in Goma with delegates from the DRC and Rwanda."
    )
    assert d["homes"] == [("COD", None), ("RWA", None)]


@pytest.mark.parametrize(
    "line",
    [
        "Senegal: 20 / Mali: 12 / Guinea-Bissau: 10",
        "Senegal: 20; Mali: 12; Guinea-Bissau: 10",
    ],
)
def test_a_forms_line_of_country_counts(line):
    text = (
        "Name of the event: Workshop on seeds\nDates: 24-26 Nov. 2020\nPlace: Thiès, Senegal\n"
        f"Number of participants: 42\n{line}\n"
    )
    [d] = drafts_of(text)
    assert d["homes"] == [("GNB", 10), ("MLI", 12), ("SEN", 20)]


def test_counts_after_from_and_the_country():
    [d] = drafts_of(
        "On 15-16 April 2021 in Osh the network conducted a training for lawyers. In total 30 "
        "participants took part: from Kyrgyzstan 18 persons, from Tajikistan 7 and from "
        "Kazakhstan 5."
    )
    assert d["homes"] == [("KAZ", 5), ("KGZ", 18), ("TJK", 7)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Delegates came from Kenya 2019 winners of the prize.",
        "The office is 300 km from Kazakhstan 5 days by car.",
        "Kenya: 2019 was a hard year.",
    ],
)
def test_a_number_after_a_country_that_counts_no_one(sentence):
    text = f"The training was held in Osh on 3 May 2021 with 30 people. {sentence}"
    [d] = drafts_of(text)
    assert all(n is None for _, n in d["homes"])


# A press release's dateline on a line of its own dates the first sentence's "today" -----------


@pytest.mark.parametrize(
    "sentence",
    [
        'The coalition today launched its report "Locked Out" at the Sheraton Kampala Hotel.',
        'This morning the coalition launched its report "Locked Out" at the Sheraton Kampala Hotel.',
        'The coalition launched its report "Locked Out" at the Sheraton Kampala Hotel this Tuesday.',
    ],
)
def test_a_dateline_on_its_own_line_dates_today(sentence):
    text = (
        "PRESS RELEASE\n\nKampala, 21 March 2023\n\nCoalition launches report on evictions\n\n"
        f"{sentence} About 150 guests attended the launch.\n"
    )
    [d] = drafts_of(text)
    assert (d["start"], d["city"], d["venue"], d["total"]) == (
        "2023-03-21",
        "Kampala",
        "Sheraton Kampala Hotel",
        150,
    )


def test_a_dateline_does_not_date_a_sentence_with_its_own_date():
    text = (
        "Kampala, 21 March 2023\n\n"
        'The coalition launched its report "Locked Out" at the Sheraton Kampala Hotel in May 2022.\n'
    )
    [d] = drafts_of(text)
    assert d["start"] == "2022-05-01"


# A title's line of place and date tells the title's event --------------------------------------


@pytest.mark.parametrize(
    "line, start, end, city",
    [
        ("Berlin, 2–3 March 2019, Werkhof Kreuzberg", "2019-03-02", "2019-03-03", "Berlin"),
        ("Kingston, Jamaica – 28th–30th of January 2020", "2020-01-28", "2020-01-30", "Kingston"),
        ("Lusaka, 14 June 2021", "2021-06-14", None, "Lusaka"),
    ],
)
def test_a_titles_place_and_date_line_tells_its_event(line, start, end, city):
    text = (
        "Rapporteur's report – Annual Assembly of the Network of Tenant Unions\n\n"
        f"{line}\n\n1. Attendance\nThe Assembly brought together 87 delegates of member unions.\n"
    )
    [d] = drafts_of(text)
    assert d["title"].startswith("Annual Assembly of the Network of Tenant Unions")
    assert (d["start"], d["end"], d["city"], d["total"]) == (start, end, city, 87)


def test_a_label_line_under_a_title_is_no_town():
    text = (
        "Quarterly statement of the Tenant Unions' Network\n\nDate: 14 June 2021\n\n"
        "The quarterly meeting brought together 87 delegates in Lusaka.\n"
    )
    assert all(d["city"] in (None, "Lusaka") for d in drafts_of(text))


def test_a_title_over_a_line_that_is_no_place_and_date_makes_no_event():
    text = (
        "Annual Assembly of the Network of Tenant Unions\n\nBerlin Chapter Notes\n\n"
        "The chapter has 87 members.\n"
    )
    assert all(d["start"] is None for d in drafts_of(text))
