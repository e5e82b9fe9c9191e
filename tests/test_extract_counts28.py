"""A count of people inside the name of the gathering they made ("an assembly of more than 200
migrant workers", "a meeting of 40 village leaders"), read as the event's count (issue 16: the
first runs of eight sets missed such counts, the words for people being other than
"participants"); tested on texts of our own, with texts that must not give a count."""

from __future__ import annotations

from tests.extract_drafts import drafts_of


def _counts(text: str) -> list[tuple[int | None, bool]]:
    return [(d["total"], d["at_least"]) for d in drafts_of(text)]


def test_an_assembly_of_more_than_n_workers_counts_them_at_least():
    text = (
        "The petition was adopted on 12 October 2025 in Antofagasta, at an assembly of more than "
        "200 port workers held at the union's hall."
    )
    assert _counts(text) == [(200, True)]


def test_a_meeting_of_n_leaders_counts_them():
    assert _counts("On 5 May 2025 the network held a meeting of 40 village leaders in Mengla.") == [
        (40, False)
    ]


def test_a_delegation_of_n_survivors_counts_them():
    text = "On 2 June 2025 the centre in Kunming received a delegation of 16 survivors for an exchange."
    assert [t for t, _ in _counts(text)] == [16]


def test_a_body_of_n_workers_is_no_gathering():
    text = (
        "On 5 May 2025 the union held a training in Mengla. The union, a network of 120 banana "
        "workers, was founded in 2019."
    )
    assert _counts(text) == [(None, False)]


def test_a_delegation_of_one_nationality_keeps_its_country_count():
    text = (
        "On 3 March 2019 the union returned the visit, receiving a delegation of eight Zambian "
        "traders in Harare."
    )
    found = drafts_of(text)
    assert [(d["total"], d["homes"]) for d in found] == [(None, [("ZMB", 8)])]
