"""The body whose newsletter it is, read from its masthead (issue 16: the first runs of four
blind sets missed it as the organiser of the events its newsletter tells as its own); each rule
tested on texts of our own, with texts that must not trigger it."""

from __future__ import annotations

from atlas.extract.organisations import clean_name
from tests.extract_drafts import drafts_of


def _organisers(found: list[dict]) -> list[list[str]]:
    return [[name for name, role in d["orgs"] if role == "organiser"] for d in found]


_OURS = """DELTA TIDES - Newsletter of the Lower Delta Fishers' Alliance (LDFA), May 2024

From the coast

On 6 April 2024 we held a training on life jackets in Bac Lieu for 35 fishers.

On 20 April 2024 our Ca Mau group ran a meeting on boat registration in Nam Can, with 28 boat owners.
"""


def test_a_newsletter_names_its_body_organiser_of_the_events_it_tells_as_its_own():
    assert _organisers(drafts_of(_OURS)) == [["Lower Delta Fishers' Alliance"]] * 2


_BY_KIND = """Newsletter of the Lower Delta Fishers' Alliance
Issue 12, June 2024

On 3 June 2024 about 60 fishers met in Soc Trang for an assembly organised by the alliance.
"""


def test_an_event_the_newsletter_says_its_body_by_its_kind_organised():
    assert _organisers(drafts_of(_BY_KIND)) == [["Lower Delta Fishers' Alliance"]]


_PARTNERS = """SEA LINES - newsletter of Friends of the Delta (UK), Spring 2024

News from our partners

On 6 April 2024 a training on life jackets was held in Bac Lieu for 35 fishers by the Bac Lieu Fishers' Union.

On 20 April 2024 a meeting on boat registration took place in Nam Can, with 28 boat owners.
"""


def test_a_newsletter_telling_events_not_as_its_own_names_no_organiser_for_them():
    found = drafts_of(_PARTNERS)
    assert found, found
    assert all("Friends of the Delta" not in o for o in _organisers(found)), found


_NOT_A_NEWSLETTER = """Lower Delta Fishers' Alliance
Notes from the coast, May 2024

On 6 April 2024 we held a training on life jackets in Bac Lieu for 35 fishers.
"""


def test_the_rule_reads_only_a_newsletters_masthead():
    # another rule may name the writer; this one adds no "Notes from the coast" body
    assert all("Notes" not in " ".join(o) for o in _organisers(drafts_of(_NOT_A_NEWSLETTER)))


def test_a_mastheads_newsletter_of_is_no_part_of_the_bodys_name():
    assert clean_name("Newsletter of the Lower Delta Fishers' Alliance") == (
        "Lower Delta Fishers' Alliance"
    )
    assert clean_name("Bulletin of the Coastal Union") == "Coastal Union"
    # a body whose name begins with the word keeps it
    assert clean_name("Newsletter Editors Association") == "Newsletter Editors Association"


# The writer before a dash and the kind of report it sends ------------------------------------

_DASH = """Green Valley Growers - Six-monthly progress report to the Riverbend Fund
Reporting period: January to June 2025

Activity 1.1 Seed saving trainings
On 12 February 2025 a seed saving training was held in Kisumu for 40 farmers.
"""


def test_a_body_named_before_a_dash_and_its_report_organised_its_events():
    assert _organisers(drafts_of(_DASH)) == [["Green Valley Growers"]]


_DASH_FUNDER = """Riverbend Fund - Grant monitoring report
Visit of March 2025

On 12 February 2025 a seed saving training was held in Kisumu for 40 farmers.
"""

_DASH_PROJECT = """Seeds for All Project - Annual progress report to the Riverbend Fund
Reporting period: 2025

On 12 February 2025 a seed saving training was held in Kisumu for 40 farmers.
"""


def test_a_fund_or_a_project_before_the_dash_is_no_writer_organiser():
    assert _organisers(drafts_of(_DASH_FUNDER)) == [[]]
    assert _organisers(drafts_of(_DASH_PROJECT)) == [[]]


def test_a_sentences_opening_place_is_no_organisation():
    found = drafts_of(
        "Within the Forum, the Alliance held a side event on 17 September 2025 in Bangkok on "
        "forced labour in seafood supply chains, co-hosted with the Gulf Fishers' Voice Network."
    )
    assert found and all(not name.startswith("Within") for d in found for name, _ in d["orgs"]), (
        found
    )


def test_a_report_title_lines_report_of_is_no_part_of_the_writers_name():
    found = drafts_of(
        "Report of the Moei Valley Workers Centre\n\n"
        "On 6 July 2024 the Centre held a general assembly in Mae Sot, Thailand, with 150 members.\n"
    )
    assert _organisers(found) == [["Moei Valley Workers Centre"]]
    assert clean_name("Report of the Coastal Union") == "Coastal Union"
    # guard (passes before the change too): a body whose name begins with the word keeps it
    assert clean_name("Reporters Without Borders") == "Reporters Without Borders"
