"""Organisations told in kinds of text the first runs of the blind sets missed (homes35): two
bodies after one role's words, the second opened by "and of", and a name closed by its town at a
sentence's end; tested on texts of our own, each with a text that must not give it."""

from __future__ import annotations

from tests.extract_drafts import one_draft

_HELD = "The Lagoon Boatmen's Union held its annual assembly on 9 March 2025 in Mombasa, Kenya"


# "with the support of A and of B": each side a name of its own, "and" kept inside the first


def test_two_funders_told_with_and_of():
    text = _HELD + ", with the support of the Coral Relief Fund and of the Harbour Workers' Trust."
    assert ("Coral Relief Fund", "funder") in one_draft(text)["orgs"]
    assert ("Harbour Workers' Trust", "funder") in one_draft(text)["orgs"]


def test_a_funder_with_and_in_its_name_before_and_of():
    text = (
        _HELD + ". It counted with the support of the Foundation for Boatmen's Safety and Welfare "
        "and of the Indian Ocean Solidarity Trust."
    )
    orgs = one_draft(text)["orgs"]
    assert ("Foundation for Boatmen's Safety and Welfare", "funder") in orgs
    assert ("Indian Ocean Solidarity Trust", "funder") in orgs
    assert not any(name.startswith(("Welfare", "of ")) for name, _ in orgs)


def test_and_of_after_another_roles_words_lists_no_organiser():
    text = (
        _HELD + ". It was organised by the union's office together with the Coast Drivers' "
        "Association, with the support of the Coral Relief Fund and of the Harbour Workers' Trust."
    )
    orgs = one_draft(text)["orgs"]
    assert ("Harbour Workers' Trust", "funder") in orgs
    assert ("Harbour Workers' Trust", "organiser") not in orgs


def test_and_of_going_on_in_lower_case_splits_nothing():
    text = _HELD + ", with the support of the Fund for the Rights of Boatmen and of their Families."
    assert not any(name.startswith("of ") for name, _ in one_draft(text)["orgs"])


# "X, Geneva." at a sentence's end: the town is part of the name


def test_a_funder_closed_by_its_town_at_the_sentences_end():
    text = _HELD + ". It was funded by the Youth Mobility Fund, Geneva."
    assert ("Youth Mobility Fund, Geneva", "funder") in one_draft(text)["orgs"]


def test_a_funder_closed_by_its_town_after_and_of():
    text = (
        _HELD
        + ", with the support of the Coral Relief Fund and of the Dockers' Institute, Stockholm."
    )
    assert ("Dockers' Institute, Stockholm", "funder") in one_draft(text)["orgs"]


def test_no_country_kept_at_the_sentences_end():
    text = _HELD + ". It was funded by the Youth Mobility Fund, Norway."
    assert ("Youth Mobility Fund", "funder") in one_draft(text)["orgs"]


def test_no_town_kept_for_a_body_people_came_from():
    text = _HELD + ". Trainers came from the Youth Mobility Centre, Geneva."
    assert not any("Geneva" in name for name, _ in one_draft(text)["orgs"])


# "member organisations, from A (8), B (6)": the numbers count bodies, each country a home
# with no count

_MET = (
    "The East Coast Fishers' Network held its annual meeting on 3 May 2024 in Mombasa, Kenya. "
    "Some 40 people took part. "
)


def test_member_organisations_counted_by_country_give_homes_without_counts():
    text = _MET + (
        "The network counts 19 member organisations, from Kenya (8), Uganda (6) and Rwanda (5), "
        "and all of them sent representatives."
    )
    assert one_draft(text)["homes"] == [("KEN", None), ("UGA", None), ("RWA", None)]


def test_people_counted_by_country_in_brackets_keep_their_counts():
    text = _MET + "They came from Kenya (30), Uganda (6) and Rwanda (4)."
    assert one_draft(text)["homes"] == [("KEN", 30), ("UGA", 6), ("RWA", 4)]


def test_people_from_sister_organisations_keep_their_counts():
    text = (
        "The East Coast Fishers' Network held its annual meeting on 3 May 2024 in Mombasa, Kenya. "
        "30 traders came from Kenya, and six more came from our sister organisations in Uganda (4) "
        "and Rwanda (2)."
    )
    assert one_draft(text)["homes"] == [("KEN", 30), ("UGA", 4), ("RWA", 2)]


# A progress report's head: "Prepared by: X (AB), Town" names its writer, the organiser of the
# events it tells; "Funding partner: Y" names their funder

_REPORT_BODY = (
    "\n\n1. Summary\nActivity 1.1, paralegal training. A three-day paralegal training was held "
    "from 3 to 5 June 2025 at the Mombasa Harbour Hall, Mombasa, Kenya, for 22 fishers.\n"
)


def test_a_progress_reports_writer_and_funding_partner_in_its_head():
    text = (
        "Quarterly Progress Report, April to June 2025\n"
        "Project: Safe Return for Migrant Fishers\n"
        "Prepared by: Gulf Coast Fishers' Rights Organisation (GCFRO), Mombasa\n"
        "Funding partner: Indian Ocean Livelihoods Trust" + _REPORT_BODY
    )
    assert one_draft(text)["orgs"] == [
        ("Gulf Coast Fishers' Rights Organisation", "organiser"),
        ("Indian Ocean Livelihoods Trust", "funder"),
    ]


def test_a_progress_report_prepared_by_a_staff_member_names_no_organiser():
    text = (
        "Quarterly Progress Report, April to June 2025\n"
        "Project: Safe Return for Migrant Fishers\n"
        "Prepared by: Programme Officer" + _REPORT_BODY
    )
    assert one_draft(text)["orgs"] == []


def test_member_organisations_in_countries_named_like_their_people():
    # "Myanmar" and "Laos" read as nationalities too: their counts are bodies all the same
    text = _MET + (
        "They were staff of the network's member organisations in Kenya (11), Myanmar (5) and "
        "Laos (3)."
    )
    assert one_draft(text)["homes"] == [("KEN", None), ("MMR", None), ("LAO", None)]
