"""event_numbers, event_facts.event_no and event_outcome_facts (migration 014): the integer key the
Outcomes and Funders statements join an event's outcomes on. A number is assigned, not derived, so
facts.stale() checks event_numbers by its rules (every event numbered once, every number used
once) and the two tables carrying it against a fresh derivation from it; every kind of write keeps
all three in step, and the two statements then list what the page statements list."""

from __future__ import annotations

import pytest

from atlas import db, facts, ingest, synth
from atlas.access import Person, Scope
from atlas.filters import Filters
from tests.conftest import file_before_migration
from tests.test_ingest import event, import_plan, stored_row
from tests.test_review import plan_report, without_report_000  # noqa: F401 (a fixture)
from tests.test_summary import _same, _same_funder

EXCHANGE = "exchange-2014-chiang-mai"
LAO = "ilo-consultation-lao-2009-06"
# The seed's outcomes recorded at an event, and the event's number (its place in start-date order).
SEED_EVENT_OUTCOMES = {
    "ilo-plan-of-action": ("ilo-subregional-consultation-2010-04", 7),
    "exchange-2014-recommendations": (EXCHANGE, 8),
    "anniversary-2018-group-recommendations": ("anniversary-2018-chiang-mai", 13),
}


def _numbers(con) -> dict[str, int]:
    return dict(con.execute("SELECT event_id, event_no FROM event_numbers").fetchall())


def _event_outcomes(con) -> dict[str, tuple[str, int]]:
    rows = con.execute("SELECT outcome_id, event_id, event_no FROM event_outcome_facts").fetchall()
    return {o: (e, n) for o, e, n in rows}


def _in_step(con) -> None:
    """The key current, and the Outcomes and Funders statements joining on it listing what the page
    statements (joining on event_id) list."""
    assert facts.misnumbered(con) == 0
    assert facts.stale(con) == 0
    assert con.execute(
        "SELECT count(*) FROM event_facts AS f JOIN event_numbers AS n USING (event_id)"
        " WHERE f.event_no IS DISTINCT FROM n.event_no"
    ).fetchone() == (0,)
    _same(con, "outcomes/page", Filters(), Scope.everything())
    _same_funder(con, Filters(), "diakonia", Scope.everything())


def test_the_seed_is_numbered_in_start_date_order(seed_con):
    ordered = [
        e
        for (e,) in seed_con.execute(
            "SELECT event_id FROM events ORDER BY start_date NULLS LAST, event_id"
        ).fetchall()
    ]
    assert _numbers(seed_con) == {e: n for n, e in enumerate(ordered, start=1)}
    assert _event_outcomes(seed_con) == SEED_EVENT_OUTCOMES
    _in_step(seed_con)


def test_the_synthetic_builder_numbers_every_event_the_same_way_each_time(tmp_path):
    numbers = []
    for name in ("a", "b"):
        con = db.connect(synth.build(400, 3, tmp_path / f"{name}.duckdb"), read_only=True)
        try:
            assert facts.stale(con) == 0
            assert con.execute(
                "SELECT count(*) = (SELECT count(*) FROM outcomes WHERE event_id IS NOT NULL)"
                " FROM event_outcome_facts"
            ).fetchone() == (True,)
            numbers.append(_numbers(con))
        finally:
            con.close()
    assert numbers[0] == numbers[1] and sorted(numbers[0].values()) == list(range(1, 401))


def test_a_file_from_before_migration_014_gets_the_key(tmp_path, seed_db_path):
    """The seed's file as 013 left it: no numbers, no event_outcome_facts, and event_facts and
    funder_event_facts without event_no."""
    con = file_before_migration(
        seed_db_path, tmp_path, 14, ["event_numbers", "event_outcome_facts"]
    )
    try:
        for table in ("event_facts", "funder_event_facts"):
            con.execute(f"CREATE TABLE older AS SELECT * EXCLUDE (event_no) FROM {table}")  # noqa: S608
            con.execute(f"DROP TABLE {table}")
            con.execute(f"ALTER TABLE older RENAME TO {table}")
        assert 14 in db.migrate(con)
        assert _event_outcomes(con) == SEED_EVENT_OUTCOMES
        _in_step(con)
    finally:
        con.close()


def test_every_kind_of_write_keeps_the_key(fresh_db):
    con = db.connect(fresh_db)
    me = Person.local("tester")
    try:
        # A new event takes the number after the largest; an outcome recorded at it carries it.
        ingest.commit(con, ingest.plan_form(con, "events", event(project_id="exchange-2014")), me)
        assert _numbers(con)["workshop-2019-yangon"] == 18
        _in_step(con)
        outcome = {
            k: ingest.as_text(v) or ""
            for k, v in stored_row(con, "outcomes", "exchange-2014-recommendations").items()
        } | {
            "outcome_id": "workshop-2019-guide",
            "title": "A guide",
            "event_id": "workshop-2019-yangon",
        }
        ingest.commit(con, ingest.plan_form(con, "outcomes", outcome), me)
        assert _event_outcomes(con)["workshop-2019-guide"] == ("workshop-2019-yangon", 18)
        _in_step(con)
        # Edited, moved to another event, to no event, back, and deleted.
        key = ("workshop-2019-guide",)
        ingest.commit(
            con, ingest.plan_form(con, "outcomes", outcome | {"title": "Guide"}, editing=key), me
        )
        assert con.execute(
            "SELECT title FROM event_outcome_facts WHERE outcome_id = 'workshop-2019-guide'"
        ).fetchone() == ("Guide",)
        _in_step(con)
        ingest.commit(
            con,
            ingest.plan_form(con, "outcomes", outcome | {"event_id": EXCHANGE}, editing=key),
            me,
        )
        assert _event_outcomes(con)["workshop-2019-guide"] == (EXCHANGE, 8)
        _in_step(con)
        ingest.commit(
            con, ingest.plan_form(con, "outcomes", outcome | {"event_id": ""}, editing=key), me
        )
        assert "workshop-2019-guide" not in _event_outcomes(con)
        _in_step(con)
        ingest.commit(con, ingest.plan_form(con, "outcomes", outcome, editing=key), me)
        _in_step(con)
        ingest.commit(con, ingest.plan_delete(con, "outcomes", key), me)
        assert "workshop-2019-guide" not in _event_outcomes(con)
        _in_step(con)
        # An event deleted with its outcomes: its number and its outcomes' rows go.
        ingest.commit(con, ingest.plan_delete(con, "events", (EXCHANGE,)), me)
        assert EXCHANGE not in _numbers(con)
        assert "exchange-2014-recommendations" not in _event_outcomes(con)
        _in_step(con)
        # The largest number's event deleted: the next new event takes it again, and the number
        # is still used once.
        ingest.commit(con, ingest.plan_delete(con, "events", ("workshop-2019-yangon",)), me)
        _in_step(con)
        ingest.commit(con, ingest.plan_form(con, "events", event(event_id="seminar-2020")), me)
        assert _numbers(con)["seminar-2020"] == 18
        _in_step(con)
    finally:
        con.close()


def test_an_import_of_events_and_outcomes_and_their_undo_keep_the_key(fresh_db):
    con = db.connect(fresh_db)
    me = Person.local("tester")
    try:
        before = _numbers(con)
        lao = {k: ingest.as_text(v) or "" for k, v in stored_row(con, "events", LAO).items()}
        rows = [
            lao | {"start_date": "2011-06-01"},
            event(event_id="imported", project_id="ilo-ipec"),
        ]
        ingest.commit(con, import_plan(con, "events", rows), me)
        assert _numbers(con)["imported"] == 18 and _numbers(con)[LAO] == before[LAO]
        _in_step(con)
        base = {
            k: ingest.as_text(v) or ""
            for k, v in stored_row(con, "outcomes", "ilo-plan-of-action").items()
        }
        outcomes = [
            base | {"outcome_id": "imported-brief", "title": "Brief", "event_id": "imported"},
            base | {"outcome_id": "lao-brief", "title": "Lao brief", "event_id": LAO},
        ]
        ingest.commit(con, import_plan(con, "outcomes", outcomes, "outcomes.csv"), me)
        assert _event_outcomes(con)["imported-brief"] == ("imported", 18)
        assert _event_outcomes(con)["lao-brief"] == (LAO, before[LAO])
        _in_step(con)
        ingest.undo_last_import(con, me)
        assert _event_outcomes(con) == SEED_EVENT_OUTCOMES
        _in_step(con)
        ingest.undo_last_import(con, me)
        assert _numbers(con) == before
        _in_step(con)
    finally:
        con.close()


def test_a_report_saved_from_the_review_is_numbered(without_report_000):  # noqa: F811
    con = db.connect(without_report_000)
    try:
        _, _, plan = plan_report(con, "000")
        assert plan.problems == []
        ingest.commit(con, plan, Person.local("tester"))
        (saved,) = con.execute(
            "SELECT event_id FROM events WHERE start_date >= '2014-08-01'"
            " AND start_date < '2014-09-01'"
        ).fetchone()
        assert _numbers(con)[saved] == 17
        assert {e for e, _ in _event_outcomes(con).values()} >= {saved}
        _in_step(con)
    finally:
        con.close()


STALE = {
    "an event without a number": "DELETE FROM event_numbers WHERE event_id = 'exchange-2014-chiang-mai'",
    "a number of no event": "INSERT INTO event_numbers VALUES ('no-such-event', 99)",
    "two events sharing a number": "UPDATE event_numbers SET event_no = 7 WHERE event_no = 8",
    "an event counted twice": "INSERT INTO event_numbers VALUES ('exchange-2014-chiang-mai', 99)",
    "event_facts' number not the event's": "UPDATE event_facts SET event_no = 99 WHERE event_no = 8",
    "an outcome's number not its event's": "UPDATE event_outcome_facts SET event_no = 99 WHERE event_no = 8",
    "an outcome's row missing": "DELETE FROM event_outcome_facts WHERE event_no = 8",
    "an outcome's text not the outcome's": "UPDATE event_outcome_facts SET title = 'x' WHERE event_no = 8",
}


@pytest.mark.parametrize("fault", sorted(STALE))
def test_a_stale_key_is_found_and_a_refresh_clears_it(fresh_db, fault):
    con = db.connect(fresh_db)
    try:
        con.execute(STALE[fault])
        assert facts.stale(con) > 0
        facts.refresh(con)
        assert _event_outcomes(con) == SEED_EVENT_OUTCOMES
        _in_step(con)
    finally:
        con.close()
