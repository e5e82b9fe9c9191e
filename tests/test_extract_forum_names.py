"""A forum with its own long name, held or taking place, is an event, and a body of the same kind
of name that organises something is not (atlas/extract/mentions.py's forum nouns)."""

from __future__ import annotations

from tests.extract_drafts import drafts_of


def test_a_forum_named_with_on_after_its_of_took_place():
    text = (
        "The third European Forum of Vietnamese Community Organisations on Labour Rights took "
        "place on Saturday 24 October 2026 at the Praga Cultural House in Warsaw."
    )
    [d] = drafts_of(text)
    assert (d["title"], d["type"], d["start"], d["city"]) == (
        "European Forum of Vietnamese Community Organisations on Labour Rights",
        "conference",
        "2026-10-24",
        "Warsaw",
    )


def test_a_body_so_named_that_organises_is_no_forum_held():
    text = (
        "On 24 October 2026 the European Forum of Vietnamese Community Organisations on Labour "
        "Rights organised a rally in Warsaw."
    )
    assert [d["type"] for d in drafts_of(text)] == ["other"]
