"""The sixth generalisation round (issue 16): rules written on sentences of our own, each with
sentences that must not trigger it."""

from __future__ import annotations

import pytest

from atlas.extract.pipeline import extract_text


def titles(text: str) -> list[str]:
    return [d.title for d in extract_text(text)]


# Plans, conditions and activities not carried out are no events ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Q1: Regional training of Roma mediators in Skopje, North Macedonia (25 participants), "
        "to be organised with the Roma Education Fund.",
        "Q3: Summer school for 40 young Roma activists in Novi Sad, if the grant is approved.",
        "A seed caravan to Sikasso in 2025, subject to funding.",
        "Activity 2.2 Exposure visit to Mindanao. Not carried out in 2022 because of travel "
        "restrictions; it is moved to the next phase.",
        "After the fair in March 2024 the caravan continues to a workshop in Sikasso next month.",
    ],
)
def test_a_plan_a_condition_or_an_activity_not_carried_out_is_no_event(text):
    assert titles(text) == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # "the next month" tells a past month in a story, not a plan
        (
            "The network met in January 2023. The next month, a workshop on seed laws was held "
            "in Sikasso with 40 farmers.",
            "Workshop on seed laws",
        ),
        # a held event whose follow-up waits for funds is still an event
        (
            "On 7 June 2023 a training of fisher leaders was held in Bitung with 31 participants. "
            "A second training will follow if the grant is approved.",
            "Training of fisher leaders",
        ),
    ],
)
def test_an_event_held_stays_beside_a_plan(text, title):
    assert title in titles(text)
