"""Rules written after the nineteenth blind set's first run (issue 16): a consortium's joint
report with a section per partner ("Partner 2: X (Country)", "PART 3 - X (Country)", "Section 1 -
X (Country)"), each section's events its partner's; each tested on sentences of our own, with
sentences that must not trigger it."""

from __future__ import annotations

from tests.extract_drafts import drafts_of


def _orgs(found: list[dict], start: str) -> list[tuple[str, str]]:
    return next(d["orgs"] for d in found if d["start"] == start)


# A consortium's joint report, one section per partner -----------------------------------------

_JOINT = """Andes Water Rights Consortium
Joint annual report 2023

Each partner writes its own section below.

Partner 1 (lead): Cochabamba Water Committees Federation (Bolivia)
On 14 February 2023 we held a training on water tariffs in Sacaba for 32 committee members.

Partner 2: Puno Irrigators Association (Peru)
On 6 June 2023 we organised a forum on glacier loss in Juliaca with 85 farmers.
From 9 to 11 August 2023 we hosted an exchange visit in Puno organised by the lead partner: 14 members came from Bolivia.

Partner 3: Oruro Herders Network (Bolivia)
On 3 October 2023 we co-organised with Partner 2 a dialogue with mining companies in Oruro, with 40 participants.

Joint activities
The annual meeting of the consortium took place in La Paz on 5 December 2023, hosted by Partner 3, with 15 staff.
"""


def test_each_partner_section_gives_its_events_to_its_partner():
    found = drafts_of(_JOINT)
    assert _orgs(found, "2023-02-14") == [("Cochabamba Water Committees Federation", "organiser")]
    assert _orgs(found, "2023-06-06") == [("Puno Irrigators Association", "organiser")]
    # the consortium in the report's heading organised none of the partners' own events
    assert all(
        "Andes Water Rights Consortium" not in [n for n, _ in d["orgs"]]
        for d in found
        if d["start"] != "2023-12-05"
    )


def test_a_partner_that_hosted_an_event_of_the_lead_partner_is_its_host():
    found = drafts_of(_JOINT)
    assert _orgs(found, "2023-08-09") == [
        ("Cochabamba Water Committees Federation", "organiser"),
        ("Puno Irrigators Association", "host"),
    ]


def test_partner_n_is_the_partner_so_numbered():
    found = drafts_of(_JOINT)
    assert _orgs(found, "2023-10-03") == [
        ("Oruro Herders Network", "organiser"),
        ("Puno Irrigators Association", "organiser"),
    ]
    joint = _orgs(found, "2023-12-05")
    assert ("Oruro Herders Network", "host") in joint
    assert all(name != "Partner" for name, _ in joint)


def test_part_and_section_headings_with_a_long_name_head_their_sections():
    text = """Coastal Livelihoods Partnership
Joint narrative report 2022

Each member reports on its own work.

Section 1 - Asociacion de Pescadores Artesanales de Puerto Cortes (Honduras)
The association organised from 4 to 6 May 2022 a workshop on fish drying for 27 women.

Section 2 - Red de Mujeres del Golfo de Fonseca (El Salvador)
On 12 July 2022 we held an assembly in La Union with 64 members.
"""
    found = drafts_of(text)
    assert _orgs(found, "2022-05-04") == [
        ("Asociacion de Pescadores Artesanales de Puerto Cortes", "organiser")
    ]
    assert _orgs(found, "2022-07-12") == [("Red de Mujeres del Golfo de Fonseca", "organiser")]


def test_a_single_organisations_numbered_sections_are_not_partners():
    # "Part 1 - Trainings (2022)": a year, not a country, in brackets; one organisation's report
    text = """Highland Herders Union
Annual report 2022

Part 1 - Trainings (2022)
On 8 March 2022 we held a training on animal health in Naryn for 25 herders.

Part 2 - Meetings (2022)
On 19 May 2022 we held a meeting with the district council in Naryn with 30 herders.
"""
    found = drafts_of(text)
    for start in ("2022-03-08", "2022-05-19"):
        names = [n for n, _ in _orgs(found, start)]
        assert "Trainings" not in names and "Meetings" not in names


def test_one_partner_heading_alone_is_no_consortium_report():
    text = """Riverbank Youth Network
Quarterly update

Partner 1: Delta Schools Trust (Bangladesh)
On 2 April 2021 we held a training for 20 teachers in Khulna.
"""
    found = drafts_of(text)
    assert "Delta Schools Trust" not in [n for n, _ in _orgs(found, "2021-04-02")]


# A funder of every event "unless said otherwise" ------------------------------------------------


def test_a_funder_of_all_activities_unless_said_otherwise_gives_way_to_an_events_own():
    text = """Delta Fishers Alliance
Annual report 2022

All alliance activities are funded by the Baltic Coast Trust unless said otherwise.

On 4 March 2022 we held a training on boat safety in Barisal for 40 fishers.
On 9 July 2022 we held a meeting with the port authority in Khulna with 25 fishers.
The meeting was paid by the Harbour Workers Fund, not the alliance budget.
"""
    found = drafts_of(text)
    assert ("Baltic Coast Trust", "funder") in _orgs(found, "2022-03-04")
    july = _orgs(found, "2022-07-09")
    assert ("Harbour Workers Fund", "funder") in july
    assert ("Baltic Coast Trust", "funder") not in july


def test_a_funder_of_all_activities_without_unless_stays_with_every_event():
    text = """Delta Fishers Alliance
Annual report 2022

All alliance activities are funded by the Baltic Coast Trust.

On 4 March 2022 we held a training on boat safety in Barisal for 40 fishers.
On 9 July 2022 we held a meeting with the port authority in Khulna with 25 fishers.
"""
    found = drafts_of(text)
    for start in ("2022-03-04", "2022-07-09"):
        assert ("Baltic Coast Trust", "funder") in _orgs(found, start)
