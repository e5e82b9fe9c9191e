"""Town names written without their marks (atlas/folding.py): Unicode takes the accents off
"Hà Nội", but not the letters that are letters of their own ("Đ", "ø", "ł", "ı"); those are
folded through anyascii, so "Chau Doc" is the gazetteer's Châu Đốc and "Sanliurfa" its
Şanlıurfa. Letters of other scripts are kept as they are.
"""

from __future__ import annotations

import pytest

from atlas.extract import places
from atlas.extract.pipeline import extract_text
from atlas.folding import fold_for_country_lookup, fold_for_place_lookup


@pytest.mark.parametrize(
    ("written", "town", "iso3"),
    [
        ("Chau Doc", "Châu Đốc", "VNM"),
        ("Lodz", "Łódź", "POL"),
        ("Tromso", "Tromsø", "NOR"),
    ],
)
def test_a_town_written_without_its_own_letters_is_found(written, town, iso3):
    found = places.city(written)
    assert found is not None
    assert (found.name, found.country_iso3) == (town, iso3)


def test_a_town_with_a_dotless_i_is_a_town_not_only_another_name():
    found = places.city("Sanliurfa")
    assert found is not None and found.country_iso3 == "TUR"
    assert not places._only_another_name("Sanliurfa")


def test_the_fold_keeps_other_scripts_and_apostrophes():
    assert fold_for_place_lookup("Châu Đốc") == "chau doc"
    assert fold_for_place_lookup("Straße") == "strasse"
    assert fold_for_place_lookup("Nuku‘alofa") == "nuku'alofa"
    assert fold_for_place_lookup("เชียงใหม่") == fold_for_place_lookup("เชียงใหม่").lower()
    assert "เชียง" in fold_for_place_lookup("เชียงใหม่")


def test_a_country_written_with_such_letters_folds_the_same():
    assert fold_for_country_lookup("Đài Loan") == "dai loan"


def test_an_event_in_chau_doc_is_placed_in_viet_nam():
    (d,) = extract_text(
        "On 14 March 2025 the Delta Returnee Network held a training on safe migration in Chau "
        "Doc for 30 returnees."
    )
    assert (d.city, d.country_iso3) == ("Chau Doc", "VNM")
