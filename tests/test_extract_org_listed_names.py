"""Organisation names that open with words listed by commas ("Coastal Fishers, Farmers and Workers
Union of Cambodia", "Tak Migrant Education, Health and Rights Committee") read whole after "by",
"with" or "and the" (atlas/extract/organisations.py's _listed_whole), as they already were when
they opened a sentence. Bodies listed with commas stay bodies of their own: a short name in
capitals, a body with its own organisation word, or countries before the last "and".
A town, country or region after a comma closes the name before it when the list goes on after
it ("Digital Rights for Workers, Southeast Asia and with the X"), and a "Link" is a body of its
own after "and"; "with" after a comma names no organiser.
`test_a_listed_name_after_and_the` passed on the commit before too (an older rule reads a name
listed after "and the"); it is kept as a guard.
"""

from __future__ import annotations

from tests.extract_drafts import one_draft, roles_of


def test_a_listed_name_after_organised_by():
    found = roles_of(
        "The dialogue was organised by the Delta Boatmen, Farmers and Vendors Union of Cambodia "
        "with the Gulf Crew Rights Network as its partner."
    )
    assert ("Delta Boatmen, Farmers and Vendors Union of Cambodia", "organiser") in found


def test_a_listed_name_after_together_with():
    found = roles_of(
        "It was organised by the Moei Valley Learning Centre together with the Border Migrant "
        "Education, Health and Rights Committee."
    )
    assert found >= {
        ("Moei Valley Learning Centre", "organiser"),
        ("Border Migrant Education, Health and Rights Committee", "organiser"),
    }


def test_a_listed_name_with_no_the_then_another_body():
    found = roles_of(
        "It was organised by Hill Town Children, Youth and Families Foundation and the Upland "
        "Citizenship Network."
    )
    assert found >= {
        ("Hill Town Children, Youth and Families Foundation", "organiser"),
        ("Upland Citizenship Network", "organiser"),
    }


def test_a_listed_name_after_and_the():
    found = roles_of(
        "The forum was co-hosted with the Riverside Women Workers' Union and the Lake Domestic, "
        "Home and Care Workers' Network."
    )
    assert ("Lake Domestic, Home and Care Workers' Network", "organiser") in found


def test_a_listed_name_in_a_whole_report():
    d = one_draft(
        "On 14 March 2026 a one-day workshop on safe return was held in Mbale, Uganda, for 35 "
        "returnee women. The workshop was organised by the Eastern Returnee Workers, Families "
        "and Friends Association."
    )
    assert ("Eastern Returnee Workers, Families and Friends Association", "organiser") in d["orgs"]


def test_bodies_listed_with_short_names_stay_apart():
    found = roles_of(
        "The workshop was organised by Oxfam, CARE and Riverside Migrant Workers Union."
    )
    assert ("Riverside Migrant Workers Union", "organiser") in found
    assert not any("," in name for name, _ in found)


def test_bodies_listed_with_their_own_kinds_stay_apart():
    found = roles_of(
        "It was organised by the Hill Forum, the Valley Network and the Delta Women's Union."
    )
    assert not any("," in name for name, _ in found)


def test_countries_listed_before_a_name_are_no_part_of_it():
    found = roles_of("The meeting was organised by the Cambodia, Laos and Thailand Network.")
    assert not any(name.startswith("Cambodia,") for name, _ in found)


def test_a_seat_after_a_comma_closes_the_name_and_the_list_goes_on():
    found = roles_of(
        "The workshop was organised by AMFS together with Digital Rights for Workers, Southeast "
        "Asia and with the Harbour Fishers' Union."
    )
    assert found >= {
        ("Digital Rights for Workers, Southeast Asia", "organiser"),
        ("Harbour Fishers' Union", "organiser"),
    }
    assert ("Southeast Asia", "organiser") not in found


def test_a_link_is_a_body_of_its_own_after_and():
    found = roles_of(
        "The launch was organised by the Lao Women Workers' Support Group and Delta Home "
        "Workers Link."
    )
    assert found >= {
        ("Lao Women Workers' Support Group", "organiser"),
        ("Delta Home Workers Link", "organiser"),
    }


def test_with_after_a_comma_names_no_organiser():
    found = roles_of(
        "The visit was organised by the Hill Families Association, with the Tejiendo Derechos "
        "Foundation of Buenos Aires as our host."
    )
    assert ("Tejiendo Derechos Foundation", "organiser") not in found
