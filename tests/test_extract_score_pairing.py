"""The benchmark's pairing of drafts with expected events: in a folder of reports, each read on
its own, a draft pairs only with an event (and an outcome with an outcome) of the report it came
from. Before, the pairing ran over the whole folder, so a report's invented meeting could "find" a
meeting another report told and the extractor missed: an invention counted right."""

from __future__ import annotations

import datetime as dt

from atlas.extract.drafts import Draft, LooseOutcome, Outcome
from atlas.extract.score import match, score
from atlas.extract.truth import truth_from


def expected(title: str, event_type: str, start: str, outcomes: list | None = None) -> dict:
    """An expected event as a folder's JSON writes it."""
    return {
        "title": title,
        "event_type": event_type,
        "start_date": start,
        "end_date": None,
        "date_precision": "day",
        "city": "Ranong",
        "venue": None,
        "country_iso3": "THA",
        "participants_total": 11,
        "participants_at_least": False,
        "participation": [{"country_iso3": "MMR", "participants": 4}],
        "organisations": [],
        "outcomes": outcomes or [],
    }


DECLARATION = {"outcome_type": "agreement", "title": "Joint declaration", "quantity": None}
# Report a tells a steering committee meeting and its declaration; report b tells nothing of the
# kind. The drafts: b's reading invented a meeting of the same day and town with a declaration.
TRUTH = truth_from(
    [
        (
            "a_minutes",
            [expected("Steering committee meeting", "meeting", "2025-01-22", [DECLARATION])],
        ),
        ("b_letter", []),
    ],
    [],
)
INVENTED = Draft(
    title="Steering committee meeting",
    event_type="meeting",
    start_date=dt.date(2025, 1, 22),
    date_precision="day",
    city="Ranong",
    country_iso3="THA",
    participants_total=11,
    outcomes=[Outcome("agreement", "Joint declaration")],
    source_name="b_letter.txt",
)


def test_a_draft_is_not_paired_with_another_reports_event():
    assert match([INVENTED], TRUTH) == {}
    result = score([INVENTED], TRUTH)
    events, total = result.fields["events"], result.fields["participants_total"]
    assert (events.tp, events.fp, events.fn) == (0, 1, 1)
    assert (total.tp, total.fp, total.fn) == (0, 1, 1)
    outcomes = result.fields["outcomes"]
    assert (outcomes.tp, outcomes.fp, outcomes.fn) == (0, 1, 1)


def test_the_same_draft_read_from_its_own_report_pairs():
    own = Draft(**{**INVENTED.__dict__, "source_name": "a_minutes.txt"})
    assert match([own], TRUTH) == {0: 0}
    result = score([own], TRUTH)
    assert result.fields["events"].tp == 1
    assert result.fields["participants_total"].tp == 1
    assert result.fields["outcomes"].tp == 1


def test_a_loose_outcome_pairs_within_its_report_and_a_bare_one_anywhere():
    declaration = Outcome("agreement", "Joint declaration")
    elsewhere = LooseOutcome(declaration, "the declaration", source_name="b_letter.txt")
    at_home = LooseOutcome(declaration, "the declaration", source_name="a_minutes.txt")
    assert score([], TRUTH, [elsewhere]).fields["outcomes"].tp == 0
    assert score([], TRUTH, [at_home]).fields["outcomes"].tp == 1
    assert score([], TRUTH, [declaration]).fields["outcomes"].tp == 1


def test_one_reports_truth_pairs_whatever_the_drafts_file_is_called():
    """A review's record is one report: its drafts were read under the file's name, its truth
    is labelled by the source row, and they pair as before."""
    one = truth_from(
        [("report-42", [expected("Steering committee meeting", "meeting", "2025-01-22")])], []
    )
    assert match([INVENTED], one) == {0: 0}
