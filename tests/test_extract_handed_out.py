"""Things handed out told as a log's line (atlas/extract/outcomes.py's _counted_and_handed_out,
atlas/extract/outcome_lexicon.py's materials): folders, cards and packs are things handed out,
"given to" those who came hands them out, and "first aid" is no ordinal. Each with a text that
must not give an outcome."""

from __future__ import annotations

from atlas.extract import extract_text

TRAINING = "On 26 November 2025 we held a caseworker training for 20 caseworkers in Mangshi.\n"


def _outcomes(text: str) -> list[tuple[str, str, int | None]]:
    return [(o.outcome_type, o.title, o.quantity) for d in extract_text(text) for o in d.outcomes]


def test_folders_handed_out_on_a_line_of_their_own():
    text = TRAINING + "- 90 registration folders handed out (checklist, copies of forms, hotline)"
    assert ("materials_distributed", "Registration folders", 90) in _outcomes(text)


def test_rights_cards_distributed():
    text = TRAINING + "- 600 rights cards distributed at the morning market"
    assert [(t, q) for t, _, q in _outcomes(text)] == [("materials_distributed", 600)]


def test_kits_given_to_those_trained_and_first_aid_kept_in_words():
    text = (
        "On 21 June 2025 we held a training at sea for 18 returnee fishers in Stung Hav.\n"
        "- 18 first aid kits given to the 18 trainees at the end of the training."
    )
    assert ("materials_distributed", "First aid kits", 18) in _outcomes(text)


def test_the_floor_given_to_speakers_is_nothing_handed_out():
    text = TRAINING + "- 3 short talks given to the 20 caseworkers on the first morning."
    assert _outcomes(text) == []


def test_certificates_given_to_graduates_are_no_materials():
    text = TRAINING + "- 20 certificates given to the caseworkers at the closing."
    assert not [o for o in _outcomes(text) if o[0] == "materials_distributed"]
