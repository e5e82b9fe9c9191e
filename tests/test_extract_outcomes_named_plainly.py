"""Outcomes told with other objects (issue 16): an event's proceedings published, a directive or
circular issued, and a thing named again by its noun alone; each tested on sentences of our own
with sentences that must not trigger it."""

from __future__ import annotations

from atlas.extract import extract_text

_HEAD = "Mekong Migrant Network\nAnnual report 2023\n\nOn 5 May 2023 we held a forum in Hanoi with 120 workers. "


def _outcomes(text: str) -> list[tuple[str, str]]:
    (draft,) = extract_text(_HEAD + text + "\n")
    return [(o.outcome_type, o.title) for o in draft.outcomes]


def test_the_proceedings_published_are_what_came_of_the_event():
    assert _outcomes("The proceedings were published in July.") == [("publication", "Proceedings")]


def test_proceedings_only_planned_are_nothing_yet():
    assert _outcomes("The proceedings will be published in the autumn.") == []


def test_proceedings_named_again_are_one_outcome():
    assert _outcomes(
        "After the forum we compiled the proceedings with 18 case studies. The proceedings were "
        "printed in Vietnamese and English."
    ) == [("publication", "Proceedings with 18 case studies")]


def test_a_directive_issued_is_a_policy_change():
    assert _outcomes("As a result, the province issued a new directive on recruitment fees.") == [
        ("policy_change", "Directive on recruitment fees")
    ]


def test_the_petition_named_again_is_no_new_outcome():
    assert _outcomes(
        "The forum adopted a petition on wage theft. The petition was handed to the Ministry."
    ) == [("agreement", "Petition on wage theft adopted")]


# A training of trainers is a training --------------------------------------------------------


def test_a_training_of_trainers_is_one_training():
    for told, title in (
        (
            "On 5 May 2023 we held a training-of-trainers in Pakse with 20 volunteers.",
            "Training-of-trainers",
        ),
        ("On 5 May 2023 we held a ToT in Pakse for 20 volunteers.", None),
    ):
        (d,) = extract_text("Mekong Migrant Network\nAnnual report 2023\n\n" + told + "\n")
        assert (d.event_type, d.city, d.participants_total) == ("training", "Pakse", 20), told
        if title:
            assert d.title == title
