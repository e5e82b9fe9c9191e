"""Organisations a whole report names for every event (atlas.extract.report_orgs): a grant-maker
summarising its grantees' events, a project's funder told once, a log headed by its writer; on
short reports written for these tests, with the reports that must add nobody."""

from __future__ import annotations

import pytest

from atlas.extract import extract_text


def orgs_of(text: str) -> list[set[tuple[str, str]]]:
    return [{(o.name, o.role) for o in d.organisations} for d in extract_text(text)]


# A grant-maker's summary ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fund"),
    [
        (
            "Riverbend Equity Fund: what our grantees did in 2017\n\n"
            "The Upland Teachers Association held a two-day training for 40 teachers in "
            "Mbale on 3 and 4 May 2017.\n\n"
            "The Lakeside Youth Collective ran a workshop for 25 young farmers in Jinja in "
            "August 2017.",
            "Riverbend Equity Fund",
        ),
        (
            "From our annual round-up\n\n"
            "The Savannah Rights Foundation made two grants in 2019, and each grantee has "
            "reported.\n\n"
            "The Mopti Herders Union held a consultation with 60 herders in Mopti on 9 March "
            "2019.\n\n"
            "The Segou Women Traders Cooperative ran a training for 22 traders in Segou in "
            "May 2019.",
            "Savannah Rights Foundation",
        ),
        (
            "Fondo Andino para la Tierra, summary of 2021 grants\n\n"
            "In Cusco, the Colectivo de Tejedoras held a workshop for 30 weavers on 5 June "
            "2021.",
            "Fondo Andino para la Tierra",
        ),
    ],
)
def test_a_fund_summarising_its_grantees_funded_every_event_and_organised_none(
    text: str, fund: str
) -> None:
    found = orgs_of(text)
    assert found
    for roles in found:
        assert (fund, "funder") in roles
        assert (fund, "organiser") not in roles
        assert any(role == "organiser" and name != fund for name, role in roles)


def test_a_fund_named_in_a_report_with_no_grants_funds_nothing_by_the_heading() -> None:
    text = (
        "Riverbend Equity Fund: staff retreat\n\n"
        "The Upland Teachers Association held a two-day training for 40 teachers in Mbale on "
        "3 and 4 May 2017."
    )
    for roles in orgs_of(text):
        assert ("Riverbend Equity Fund", "funder") not in roles


def test_a_grantee_that_is_not_a_fund_is_no_funder() -> None:
    text = (
        "Upland Teachers Association: how we used our grant in 2017\n\n"
        "We held a two-day training for 40 teachers in Mbale on 3 and 4 May 2017."
    )
    for roles in orgs_of(text):
        assert not any(role == "funder" for _, role in roles)


# A project's funder told once ----------------------------------------------------------------


@pytest.mark.parametrize(
    "funded",
    [
        "The project is funded by the Northern Lakes Development Trust.",
        "This programme was co-financed by the Northern Lakes Development Trust.",
        "The whole project has been supported by the Northern Lakes Development Trust.",
    ],
)
def test_a_project_funder_told_before_or_after_the_events_funds_each_of_them(
    funded: str,
) -> None:
    events = (
        "The Kisumu Fishers Union held a training for 30 fishers in Kisumu on 4 April 2019.\n\n"
        "On 12 June 2019 the union met 45 traders in Homa Bay for a consultation."
    )
    for text in (funded + "\n\n" + events, events + "\n\n" + funded):
        found = orgs_of(text)
        assert len(found) == 2
        for roles in found:
            assert ("Northern Lakes Development Trust", "funder") in roles


def test_a_funder_of_something_else_funds_no_event() -> None:
    text = (
        "The union's new boat was funded by the Northern Lakes Development Trust.\n\n"
        "The Kisumu Fishers Union held a training for 30 fishers in Kisumu on 4 April 2019."
    )
    for roles in orgs_of(text):
        assert ("Northern Lakes Development Trust", "funder") not in roles


# A log headed by its writer ------------------------------------------------------------------


@pytest.mark.parametrize(
    "heading",
    [
        "Coastal Fishers Network: activity log, first quarter of 2022",
        "Coastal Fishers Network, Mombasa office: monthly log, March 2022",
        "Coastal Fishers Network: progress report for January to March 2022",
    ],
)
def test_a_log_headed_by_its_writer_gives_the_writer_as_organiser(heading: str) -> None:
    text = (
        heading + "\n\n"
        "- 3-4 March: training for 20 fish traders, held in Malindi.\n"
        "- 22 March: meeting with 12 county officials in Kilifi. Trainers from the Blue "
        "Economy Institute."
    )
    found = orgs_of(text)
    assert len(found) == 2
    for roles in found:
        assert ("Coastal Fishers Network", "organiser") in roles


def test_an_event_of_the_log_with_its_own_organiser_keeps_it_alone() -> None:
    text = (
        "Coastal Fishers Network: activity log, first quarter of 2022\n\n"
        "- 3-4 March: training for 20 fish traders organised by the Malindi Traders Union, "
        "held in Malindi."
    )
    (roles,) = orgs_of(text)
    assert ("Malindi Traders Union", "organiser") in roles
    assert ("Coastal Fishers Network", "organiser") not in roles


@pytest.mark.parametrize(
    "heading",
    [
        "Training of fish traders in Malindi: activity log",  # an event opens the heading
        "Coastal Fishers Network welcomes its new members",  # not a log
        "Report of the Coastal Fishers Network, March 2022",  # the name does not open it
        "Coastal Fishers Programme, Kenya: annual report 2022",  # a programme, not its writer
    ],
)
def test_a_heading_that_does_not_open_with_its_writer_names_no_organiser(heading: str) -> None:
    text = heading + "\n\n- 3-4 March 2022: training for 20 fish traders, held in Malindi."
    for roles in orgs_of(text):
        assert not any(role == "organiser" for _, role in roles)
