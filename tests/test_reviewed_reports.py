"""The record of each report saved from the Review page (migration 013): written with the saved
rows or not at all, holding the text, the drafts as proposed and as saved; scored by
atlas.extract.reviewed as the benchmark scores a blind set, and written out as a test folder."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from atlas import db, ingest, review
from atlas.access import Person
from atlas.access.scope import Scope
from atlas.extract import extract_text, fingerprint, reviewed
from atlas.extract.drafts import Draft, LooseOutcome, Outcome
from atlas.extract.truth import load_expected
from tests import test_review
from tests.test_review import REPORTS, plan_report, report, review_page

# The Review tests' databases: the schema with no records, and the seed less report 000's event.
empty_db = test_review.empty_db
without_report_000 = test_review.without_report_000

WORKSHOP = (
    "On 3 May 2019 a workshop on labour rights was held in Bangkok, Thailand, with 10 participants "
    "from Cambodia and Lao PDR. The workshop concluded with recommendations to employers."
)


def records(con) -> list[tuple]:
    return con.execute(
        "SELECT source_id, saved_by, extractor, report_text, CAST(proposed AS VARCHAR),"
        " CAST(saved AS VARCHAR) FROM reviewed_reports ORDER BY source_id"
    ).fetchall()


def planned(con, number: str, by: Person):
    """A seed report planned into the database as the Review page plans it, with the record of
    its save: (source row, plan, drafts, record)."""
    source, _rows, plan = plan_report(con, number)
    drafts = extract_text(report(number), REPORTS[number].name)
    nowhere = [None] * len(drafts)
    proposed, kept = review.judged(
        drafts, [], nowhere, review.editor_rows(drafts, nowhere), None, drafts
    )
    record = review.recorder(
        source["source_id"], by.name, report(number), REPORTS[number].name, proposed, kept
    )
    return source, plan, drafts, record


def edit_and_save(at, editor, *, edited: dict | None = None, added: list | None = None) -> None:
    """The person's edits of a table on the Review page (as the browser sends them), then Save."""
    at.session_state[editor.key] = {
        "edited_rows": edited or {},
        "added_rows": added or [],
        "deleted_rows": [],
    }
    at.run()
    at.button(key="review_save").click().run()


# --- the round trip of a draft ------------------------------------------------------------------


@pytest.mark.parametrize("number", sorted(REPORTS))
def test_a_draft_read_back_from_its_json_is_the_same_draft(number):
    for draft in extract_text(report(number), REPORTS[number].name):
        again = Draft.from_json(draft.to_json())
        assert again.to_json() == draft.to_json()
        assert (again.start_date, again.end_date) == (draft.start_date, draft.end_date)


# --- what is judged -----------------------------------------------------------------------------


def test_what_is_judged_and_which_draft_each_saved_event_was():
    drafts = extract_text(
        WORKSHOP + " A second workshop was held in Vientiane, Lao PDR, on 9 June 2019 with "
        "14 participants."
    )
    assert [d.start_date.isoformat() for d in drafts] == ["2019-05-03", "2019-06-09"]
    # An outcome told under no event (in one text with events it comes from another report read
    # in the same run).
    guide = Outcome("publication", "Guide to fair recruitment", 500)
    loose = [LooseOutcome(guide, "The network also published a guide in 500 copies.")]
    outcomes = review.outcome_rows(drafts, loose)
    first_loose = sum(len(d.outcomes) for d in drafts)
    already = review.Saved("workshop-2019-05", "Workshop", "3 May 2019")
    rows = review.editor_rows(drafts, [already, None]).to_dict("records")
    assert [r["save"] for r in rows] == [False, True]

    # The first draft is in the database and left unticked: not judged either way.
    chosen = review.edited_drafts(drafts, rows)
    proposed, kept = review.judged(drafts, loose, [already, None], rows, outcomes, chosen)
    assert [e["start_date"] for e in proposed["events"]] == ["2019-06-09"]
    assert proposed["outcomes"] == []  # under no event: not judged
    assert [(e["start_date"], e["draft"]) for e in kept["events"]] == [("2019-06-09", 0)]

    # Ticked again (the match was wrong), with an event added and the outcome given an event.
    rows[0]["save"] = True
    added = {"save": True, "title": "Dialogue", "event_type": "meeting"}
    outcomes.loc[first_loose, "event"] = review.event_label(2, drafts[1])
    chosen = review.edited_drafts(drafts, [*rows, added])
    proposed, kept = review.judged(drafts, loose, [already, None], [*rows, added], outcomes, chosen)
    assert [e["start_date"] for e in proposed["events"]] == ["2019-05-03", "2019-06-09"]
    assert proposed["outcomes"] == [
        {"outcome_type": "publication", "title": "Guide to fair recruitment", "quantity": 500}
    ]
    assert [(e["title"], e["draft"]) for e in kept["events"]] == [
        (drafts[0].title, 0),
        (drafts[1].title, 1),
        ("Dialogue", None),
    ]


# --- written with the save, or not at all -------------------------------------------------------


def test_a_record_is_written_in_the_saves_own_transaction(empty_db):
    con = db.connect(empty_db)
    try:
        by = Person.local()
        source, plan, drafts, record = planned(con, "003", by)

        def failing(con):
            raise RuntimeError("the record could not be written")

        with pytest.raises(RuntimeError):
            ingest.commit(con, plan, by, record=failing)
        assert con.execute("SELECT count(*) FROM events").fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 0

        written = ingest.commit(con, plan, by, record=record)
        assert written.inserted == len(plan.changes)
        ((source_id, saved_by, extractor, text, proposed_json, saved_json),) = records(con)
        assert (source_id, saved_by, extractor, text) == (
            source["source_id"],
            by.name,
            fingerprint(),
            report("003"),
        )
        assert con.execute(
            "SELECT count(*) FROM sources WHERE source_id = $s", {"s": source_id}
        ).fetchone() == (1,)
        assert len(json.loads(proposed_json)["events"]) == len(drafts) == 8
        assert json.loads(saved_json)["events"] == [
            d.to_json() | {"draft": i} for i, d in enumerate(drafts)
        ]
    finally:
        con.close()


def test_a_save_refused_to_someone_without_the_right_keeps_no_record(empty_db):
    con = db.connect(empty_db)
    try:
        reader = Person.signed("reader@example.org")  # signed in, granted nothing
        _source, plan, _drafts, record = planned(con, "000", reader)
        with pytest.raises(ingest.Refused):
            ingest.commit(con, plan, reader, record=record)
        assert records(con) == []
        assert con.execute("SELECT count(*) FROM events").fetchone()[0] == 0
    finally:
        con.close()


# --- scored as a blind set ----------------------------------------------------------------------


def saved_report(
    proposed: list[Draft], saved: list[Draft], was: list[int | None] | None = None
) -> reviewed.Reviewed:
    """A review's record: `saved[k]` was the proposed draft `was[k]` (None: added by hand;
    by default each saved event is the proposed draft at its place)."""
    was = list(range(len(saved))) if was is None else was
    return reviewed.Reviewed(
        "report-test",
        None,
        "local",
        fingerprint(),
        None,
        WORKSHOP,
        {"events": [d.to_json() for d in proposed], "outcomes": []},
        {
            "events": [d.to_json() | {"draft": i} for d, i in zip(saved, was, strict=True)],
            "outcomes": [],
        },
    )


def test_drafts_saved_as_proposed_score_one_and_each_correction_counts():
    drafts = extract_text(WORKSHOP)
    (draft,) = drafts
    assert sorted(p.country_iso3 for p in draft.participation) == ["KHM", "LAO"]
    as_proposed = reviewed.when_saved(saved_report(drafts, drafts))
    assert as_proposed.overall.fp == as_proposed.overall.fn == 0
    assert as_proposed.overall.f1 == 1.0

    corrected = Draft.from_json(draft.to_json())
    corrected.city = "Chiang Mai"
    corrected.participation = corrected.participation[:1]
    result = reviewed.when_saved(saved_report(drafts, [corrected]))
    assert (result.fields["city"].tp, result.fields["city"].fp, result.fields["city"].fn) == (
        0,
        1,
        1,
    )
    part = result.fields["participation"]
    assert (part.tp, part.fp, part.fn) == (1, 1, 0)

    unticked = reviewed.when_saved(saved_report(drafts, []))
    assert (unticked.fields["events"].tp, unticked.fields["events"].fp) == (0, 1)
    assert unticked.overall.tp == 0 and unticked.overall.fn == 0


def test_a_corrected_type_and_title_leave_the_other_fields_right():
    """The record says which draft each saved event was: correcting what kind of event it is
    and its name does not make its date, place and counts wrong, as pairing by likeness would."""
    (draft,) = extract_text(WORKSHOP)
    corrected = Draft.from_json(draft.to_json())
    corrected.event_type, corrected.title = "training", "Paralegal training for migrant workers"
    result = reviewed.when_saved(saved_report([draft], [corrected]))
    events = result.fields["events"]
    assert (events.tp, events.fp, events.fn) == (1, 0, 0)
    for name in ("event_type", "title"):
        assert (result.fields[name].tp, result.fields[name].fp) == (0, 1), name
    for name in ("start_date", "city", "country_iso3", "participants_total", "participation"):
        tally = result.fields[name]
        assert tally.tp >= 1 and tally.fp == tally.fn == 0, name


def test_a_title_counts_as_saved_as_proposed_only_when_unchanged():
    (draft,) = extract_text(WORKSHOP)
    longer = Draft.from_json(draft.to_json())
    longer.title = draft.title + " of migrant domestic workers"  # half its words agree
    title = reviewed.when_saved(saved_report([draft], [longer])).fields["title"]
    assert (title.tp, title.fp, title.fn) == (0, 1, 1)
    same = reviewed.when_saved(saved_report([draft], [draft])).fields["title"]
    assert (same.tp, same.fp, same.fn) == (1, 0, 0)


def test_dates_at_every_precision_survive_the_record():
    for start, end, precision, iso in [
        (dt.date(2016, 1, 1), None, "year", "2016"),
        (dt.date(2010, 9, 1), None, "season", "2010-09"),
        (dt.date(2016, 5, 1), dt.date(2016, 6, 1), "month", "2016-05"),
        (dt.date(2014, 8, 5), dt.date(2014, 8, 7), "day", "2014-08-05"),
    ]:
        draft = Draft("Exchange", "exchange", start, end, precision)
        assert draft.to_json()["start_date"] == iso
        again = Draft.from_json(draft.to_json())
        assert (again.start_date, again.end_date, again.date_precision) == (start, end, precision)


def test_today_s_extractor_on_the_same_text_and_the_export_as_a_test_folder(tmp_path):
    drafts = extract_text(WORKSHOP)
    corrected = Draft.from_json(drafts[0].to_json())
    corrected.participants_total = 12
    saved = saved_report(drafts, [corrected])
    now = reviewed.now(saved)
    tally = now.fields["participants_total"]
    assert (tally.tp, tally.fp, tally.fn) == (0, 1, 1)
    assert reviewed.pooled([saved, saved], reviewed.now).overall.tp == 2 * now.overall.tp

    (path,) = reviewed.export([saved], tmp_path / "set")
    assert path.read_text(encoding="utf-8") == WORKSHOP
    truth = load_expected(tmp_path / "set")
    assert [e["participants_total"] for e in truth.events] == ["12"]
    assert truth.participation == [{("KHM", None), ("LAO", None)}]
    (exported,) = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert "evidence" not in exported and "draft" not in exported


def test_the_command_line_scores_the_saved_reports(empty_db, capsys):
    assert reviewed.main(["--db", str(empty_db)]) == 0
    assert "no report has been saved" in capsys.readouterr().out
    con = db.connect(empty_db)
    try:
        source, plan, _drafts, record = planned(con, "000", Person.local())
        ingest.commit(con, plan, Person.local(), record=record)
    finally:
        con.close()
    db.shared.close()
    assert (
        reviewed.main(["--db", str(empty_db), "--now", "--export", str(empty_db.parent / "out")])
        == 0
    )
    out = capsys.readouterr().out
    assert "1 report(s) saved from the Review page." in out
    assert out.count("field F1 1.00 (precision 1.00, recall 1.00)") == 4  # row and total, twice
    assert (empty_db.parent / "out" / f"{source['source_id']}.json").is_file()
    assert reviewed.main(["--db", str(empty_db.parent / "missing.duckdb")]) == 2


# --- the Review page ----------------------------------------------------------------------------


def test_the_review_page_records_a_save_with_the_persons_corrections(without_report_000):
    at = review_page()
    assert not at.expander  # nothing saved here yet: no record to show
    at.text_area(key="review_text").input(report("000")).run()
    events = at.data_editor[0]
    assert events.value.iloc[0]["participation"] == "Myanmar: ?; Thailand: ?; Cambodia: ?"
    edit_and_save(at, events, edited={0: {"participation": "Myanmar: 8; Thailand: ?"}})
    assert not at.exception and not at.error

    con = db.shared.cursor()
    try:
        ((source_id, _by, extractor, text, proposed, saved),) = records(con)
        (events_source,) = con.execute(
            "SELECT DISTINCT source_id FROM events WHERE event_id NOT IN"
            " (SELECT event_id FROM events WHERE source_id <> $s)",
            {"s": source_id},
        ).fetchone()
    finally:
        con.close()
    assert events_source == source_id and extractor == fingerprint() and text == report("000")
    (proposed_event,) = json.loads(proposed)["events"]
    (saved_event,) = json.loads(saved)["events"]
    assert proposed_event["participation"] == [
        {"country_iso3": "MMR", "participants": None},
        {"country_iso3": "THA", "participants": None},
        {"country_iso3": "KHM", "participants": None},
    ]
    assert saved_event["participation"] == [
        {"country_iso3": "MMR", "participants": 8},
        {"country_iso3": "THA", "participants": None},
    ]
    assert proposed_event["participants_total"] == saved_event["participants_total"] == 24

    # The page now says how the drafts compared: of 3 country pairs proposed, 1 saved as is.
    (box,) = at.expander
    assert box.label == "How the drafts compared with what was saved, on the 1 report saved here"
    table = box.table[0].value
    row = table.set_index("Field").loc["Participants by country"]
    assert (
        row["Saved as proposed"],
        row["Proposed, then corrected or left out"],
        row["Saved, not proposed"],
    ) == ("1", "2", "1")
    assert row["Share of proposed saved"] == "33%"
    assert table.set_index("Field").loc["Participants in all", "Saved as proposed"] == "1"

    # The record is read only within the whole database's scope, in the statement itself: a
    # funder's scope reads none of it, with or without the texts.
    con = db.shared.cursor()
    try:
        assert [r.source_id for r in reviewed.load(con, scope=Scope.everything(), texts=False)] == [
            source_id
        ]
        for texts in (True, False):
            assert reviewed.load(con, scope=Scope.of_funder("ORG-FUNDER"), texts=texts) == []
    finally:
        con.close()


def test_an_event_the_extractor_missed_is_added_in_a_row_of_its_own():
    drafts = extract_text(WORKSHOP)
    rows = review.editor_rows(drafts, [None]).to_dict("records")
    added = {
        "save": True,
        "title": "Dialogue with employers",
        "event_type": "meeting",
        "start_date": dt.date(2019, 5, 10),
        "date_precision": "day",
        "city": "Chiang Mai",
        "country_iso3": "THA",
        "participants_total": 18,
        "participation": "Myanmar: 11; Thailand: ?",
        "organisations": "Labour Rights Network (organiser)",
    }
    first, second = review.edited_drafts(drafts, [*rows, added])
    assert first.title == drafts[0].title and first.evidence == drafts[0].evidence
    assert (second.title, second.event_type, second.start_date, second.city) == (
        "Dialogue with employers",
        "meeting",
        dt.date(2019, 5, 10),
        "Chiang Mai",
    )
    assert [(p.country_iso3, p.participants) for p in second.participation] == [
        ("MMR", 11),
        ("THA", None),
    ]
    assert [(o.name, o.role) for o in second.organisations] == [
        ("Labour Rights Network", "organiser")
    ]
    assert second.evidence == {} and second.project is None
    # Unticked, it is left out like any draft; a row can be added, never removed.
    assert len(review.edited_drafts(drafts, [*rows, added | {"save": False}])) == 1
    with pytest.raises(ValueError, match="rows cannot be removed"):
        review.edited_drafts(drafts, [])

    # Scored, the added event is an event (and its fields) the extractor missed.
    result = reviewed.when_saved(saved_report(drafts, [first, second], [0, None]))
    events = result.fields["events"]
    assert (events.tp, events.fp, events.fn) == (1, 0, 1)
    assert result.fields["city"].fn == 1 and result.fields["participation"].fn == 2


def test_the_review_page_saves_an_added_event_and_counts_it_as_missed(empty_db):
    at = review_page()
    at.text_area(key="review_text").input(WORKSHOP).run()
    events = at.data_editor[0]
    at.session_state[events.key] = {
        "edited_rows": {},
        "added_rows": [
            {
                "save": True,
                "title": "Dialogue with employers",
                "event_type": "meeting",
                "start_date": "2019-05-10",
                "date_precision": "day",
                "city": "Chiang Mai",
                "country_iso3": "THA",
                "participants_total": 18,
            }
        ],
        "deleted_rows": [],
    }
    at.run()
    at.button(key="review_save").click().run()
    assert not at.exception and not at.error
    con = db.shared.cursor()
    try:
        assert con.execute(
            "SELECT title, city, participants_total FROM events ORDER BY start_date"
        ).fetchall() == [
            ("Workshop on labour rights", "Bangkok", 10),
            ("Dialogue with employers", "Chiang Mai", 18),
        ]
        ((_, _, _, _, proposed, saved),) = records(con)
    finally:
        con.close()
    assert len(json.loads(proposed)["events"]) == 1
    assert [e["title"] for e in json.loads(saved)["events"]] == [
        "Workshop on labour rights",
        "Dialogue with employers",
    ]
    (box,) = at.expander
    table = box.table[0].value.set_index("Field")
    assert tuple(table.loc["Events"].iloc[:3]) == ("1", "0", "1")


def test_a_report_kept_without_its_text_keeps_no_sentence_of_it(empty_db, tmp_path, capsys):
    """A report whose text should not be stored: its fields are scored as proposed, but neither
    the text nor any quoted sentence is in the database, and it cannot be read again."""
    con = db.connect(empty_db)
    try:
        by = Person.local()
        source, plan, drafts, _record = planned(con, "000", by)
        assert drafts[0].evidence, "the drafts carry their sentences"
        proposed, kept = review.judged(
            drafts, [], [None], review.editor_rows(drafts, [None]), None, drafts
        )
        record = review.recorder(
            source["source_id"], by.name, report("000"), None, proposed, kept, keep_text=False
        )
        ingest.commit(con, plan, by, record=record)
        ((_, _, _, text, proposed_json, saved_json),) = records(con)
        assert text is None
        for kept in (proposed_json, saved_json):
            assert "evidence" not in kept and "A total of 24 participants" not in kept
        (kept,) = reviewed.load(con, scope=Scope.everything())
    finally:
        con.close()
    assert kept.text is None
    assert reviewed.when_saved(kept).overall.f1 == 1.0
    with pytest.raises(ValueError, match="kept without its text"):
        reviewed.now(kept)
    assert reviewed.pooled([kept], reviewed.now).overall.tp == 0
    assert reviewed.export([kept], tmp_path / "set") == []
    db.shared.close()
    assert reviewed.main(["--db", str(empty_db), "--now", "--export", str(tmp_path / "out")]) == 0
    out = capsys.readouterr().out
    assert "(text not kept)" in out and "1 kept without their text left out" in out


def test_a_save_the_checks_refuse_on_the_review_page_keeps_no_record(empty_db):
    at = review_page()
    at.text_area(key="review_text").input(
        "On 3 May 2019 a workshop on labour rights was held in Bangkok, Thailand, with 10 "
        "participants (12 from Cambodia)."
    ).run()
    at.button(key="review_save").click().run()
    assert [e.value for e in at.error][0].startswith("Nothing was saved: 1 problem")
    con = db.shared.cursor()
    try:
        assert records(con) == [] and con.execute("SELECT count(*) FROM events").fetchone() == (0,)
    finally:
        con.close()


def test_the_review_page_saves_without_the_text_when_unticked(empty_db):
    at = review_page()
    at.text_area(key="review_text").input(WORKSHOP).run()
    at.checkbox(key="review_keep_text").uncheck().run()
    at.button(key="review_save").click().run()
    assert not at.exception and not at.error
    con = db.shared.cursor()
    try:
        ((_, _, _, text, proposed, _saved),) = records(con)
        assert con.execute("SELECT count(*) FROM events").fetchone() == (1,)
    finally:
        con.close()
    assert text is None and "evidence" not in proposed
