"""The home-country check's candidates and how it changes a draft (atlas/extract/home_check.py).

The check is measured, not part of the pipeline (bench/extract-home-check.md); these tests keep
what the measurement rests on true: which countries become candidates, what a reader's cues say
about them, and that applying the check never invents a count."""

import numpy as np

from atlas.extract import home_check, sentences
from atlas.extract.drafts import Draft, Participation


def _features(text: str, drafts: list[Draft]) -> dict[tuple[int, str], dict[str, float]]:
    found = home_check.candidates(drafts, sentences.split(text))
    return {
        (c.draft, c.country_iso3): dict(zip(home_check.FEATURES, c.features, strict=True))
        for c in found
    }


def test_countries_listed_after_from_are_candidates_with_people_and_a_list():
    text = (
        "On 4 May 2021 the network held a workshop in Bangkok, Thailand. Thirty organisers from Cambodia, "
        "Lao PDR and Myanmar took part."
    )
    draft = Draft("Workshop", "workshop", country_iso3="THA")
    got = _features(text, [draft])
    assert set(got) == {(0, "THA"), (0, "KHM"), (0, "LAO"), (0, "MMR")}
    lao = got[(0, "LAO")]
    assert lao["listed_after_from"] == 1.0
    assert lao["unclaimed_list"] == 1.0  # the rules gave this draft no home country
    assert lao["with_people"] == 1.0
    assert lao["in_list"] == 1.0
    assert lao["rules_home"] == 0.0
    assert got[(0, "THA")]["host"] == 1.0
    assert got[(0, "THA")]["listed_after_from"] == 0.0


def test_a_speakers_country_has_a_role_word_just_before_it():
    text = "The keynote speaker from Kenya opened the forum. Delegates from Uganda attended."
    got = _features(text, [Draft("Forum", "forum")])
    assert got[(0, "KEN")]["role_near"] == 1.0
    assert got[(0, "UGA")]["role_near"] == 0.0


def test_languages_are_not_nationalities():
    text = "The newsletter was printed in Burmese, Khmer and Thai. Thai and Lao workers met."
    mentions = home_check._mentions(sentences.split(text))
    assert {iso3: [m.sentence for m in ms] for iso3, ms in mentions.items()} == {
        "THA": [1],
        "LAO": [1],
    }


def test_the_rules_call_and_count_are_features():
    text = "Twelve delegates from Nepal and four from Bhutan joined the dialogue in Delhi."
    draft = Draft("Dialogue", "dialogue", country_iso3="IND")
    draft.participation = [Participation("NPL", 12)]
    got = _features(text, [draft])
    assert (got[(0, "NPL")]["rules_home"], got[(0, "NPL")]["rules_count"]) == (1.0, 1.0)
    assert (got[(0, "BTN")]["rules_home"], got[(0, "BTN")]["draft_has_homes"]) == (0.0, 1.0)


def _candidate(iso3: str, **features: float) -> home_check.Candidate:
    """A candidate of draft 0 with the named features set and every other one 0."""
    assert set(features) <= set(home_check.FEATURES), set(features) - set(home_check.FEATURES)
    return home_check.Candidate(0, iso3, [features.get(f, 0.0) for f in home_check.FEATURES])


def test_apply_adds_without_a_count_and_keeps_a_counted_country():
    draft = Draft("Dialogue", "dialogue")
    draft.participation = [Participation("NPL", 12), Participation("KEN", None)]
    draft.evidence = {"participation[0]": "Twelve delegates from Nepal", "participation[1]": "x"}
    found = [_candidate("NPL"), _candidate("KEN"), _candidate("BTN")]
    home_check.apply([draft], found, np.array([0.9, 0.1, 0.8]), add_above=0.5, drop_below=0.3)
    assert [(p.country_iso3, p.participants) for p in draft.participation] == [
        ("NPL", 12),
        ("BTN", None),
    ]
    assert draft.evidence == {"participation[0]": "Twelve delegates from Nepal"}
    assert "participation[1]" in draft.unsure


def test_a_host_found_through_a_town_is_a_candidate():
    text = "Forty growers met in Galway on 3 June 2022 to plan the season."
    got = _features(text, [Draft("Gathering", "meeting", city="Galway", country_iso3="IRL")])
    assert list(got) == [(0, "IRL")]
    assert (got[(0, "IRL")]["host"], got[(0, "IRL")]["sentences"]) == (1.0, 0.0)


def test_apply_never_adds_the_events_own_host_country():
    """However sure the model is, the host's people taking part is a guess no sentence states;
    a host the rules already call a home stays."""
    draft = Draft("Seminar", "seminar", city="Bangkok", country_iso3="THA")
    other = Draft("Workshop", "workshop", city="Hanoi", country_iso3="VNM")
    other.participation = [Participation("VNM", 30)]
    found = [
        _candidate("THA", host=1.0),
        _candidate("LAO", host_other_event=1.0),
    ]
    home_check.apply([draft], found, np.array([0.99, 0.9]), add_above=0.5, drop_below=0.3)
    assert [(p.country_iso3, p.participants) for p in draft.participation] == [("LAO", None)]
    home_check.apply(
        [other], [_candidate("VNM", host=1.0)], np.array([0.99]), add_above=0.5, drop_below=0.3
    )
    assert [(p.country_iso3, p.participants) for p in other.participation] == [("VNM", 30)]
