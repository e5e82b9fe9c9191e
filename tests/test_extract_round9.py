"""Rules written after the ninth blind set's first run (issue 16): events, dates, places and
counts in forms, e-mails, posts and press releases, each tested on sentences of our own, with
sentences that must not trigger it."""

from __future__ import annotations

import pytest

from atlas.extract import extract_text


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
