"""project_outcome_facts (migration 012): the outcomes of projects as a whole (no event), which
the Overview, Outcomes and Funders statements and the targets table read instead of every
outcome's event_id. Every write keeps it equal to a fresh derivation (facts.stale), and what the
pages count from it is what a user sees change: the outcome count of the view."""

from __future__ import annotations

import pytest

from atlas import db, facts, ingest, queries
from atlas.access import Person, Scope
from atlas.filters import Filters
from tests.conftest import file_before_migration
from tests.test_ingest import import_plan, stored_row

# The seed's outcomes of no event: three of Beyond 'Tolerance', nine of ILO-IPEC.
SEED_PROJECT_OUTCOMES = {"beyond-tolerance": 3, "ilo-ipec": 9}


def _rows(con) -> dict[str, str]:
    return dict(con.execute("SELECT outcome_id, project_id FROM project_outcome_facts").fetchall())


def _by_project(con) -> dict[str, int]:
    return dict(
        con.execute(
            "SELECT project_id, count(*) FROM project_outcome_facts GROUP BY project_id"
        ).fetchall()
    )


def _form_values(con, outcome_id: str) -> dict[str, str]:
    """A stored outcome's fields as the form would hold them, to copy into a new one."""
    return {k: ingest.as_text(v) or "" for k, v in stored_row(con, "outcomes", outcome_id).items()}


def _outcomes_shown(con, **filters) -> int:
    """The Outcomes page's count of outcomes in view (its list's `matching`), from whichever
    statement answers the view."""
    params = Filters(**filters).sql_params() | {"limit": 50}
    parts = queries.run_parts("outcomes/page", scope=Scope(None), con=con, **params)
    by_type = parts["by_type"]
    return int(by_type["outcomes"].sum()) if len(by_type) else 0


def test_the_seed_has_its_twelve_project_outcomes(fresh_db):
    con = db.connect(fresh_db)
    try:
        assert _by_project(con) == SEED_PROJECT_OUTCOMES
        assert facts.stale(con) == 0
    finally:
        con.close()


def test_a_file_from_before_migration_012_gets_the_table(tmp_path, seed_db_path):
    con = file_before_migration(seed_db_path, tmp_path, 12, ["project_outcome_facts"])
    try:
        assert 12 in db.migrate(con)
        assert _by_project(con) == SEED_PROJECT_OUTCOMES
        assert facts.stale(con) == 0
    finally:
        con.close()


def test_a_project_outcome_written_moved_and_deleted_is_counted_at_once(fresh_db):
    """A policy brief of Beyond 'Tolerance' recorded with no event is in the table and in the
    Outcomes page's count for the project at once; moved to one of the project's events it
    leaves the table but stays counted (now as the event's); moved back and deleted, it goes."""
    con = db.connect(fresh_db)
    me = Person.local("tester")
    try:
        brief = _form_values(con, "beyond-tolerance-advocacy-paper") | {
            "outcome_id": "beyond-tolerance-policy-brief",
            "title": "Policy brief on the social inclusion of migrants",
            "outcome_type": "publication",
        }
        view = {"projects": ("beyond-tolerance",)}
        shown = _outcomes_shown(con, **view)

        ingest.commit(con, ingest.plan_form(con, "outcomes", brief), me)
        assert _rows(con)["beyond-tolerance-policy-brief"] == "beyond-tolerance"
        assert _by_project(con)["beyond-tolerance"] == 4
        assert facts.stale(con) == 0
        assert _outcomes_shown(con, **view) == shown + 1

        (event_id,) = con.execute(
            "SELECT min(event_id) FROM events WHERE project_id = 'beyond-tolerance'"
        ).fetchone()
        key = ("beyond-tolerance-policy-brief",)
        moved = brief | {"event_id": event_id}
        ingest.commit(con, ingest.plan_form(con, "outcomes", moved, editing=key), me)
        assert "beyond-tolerance-policy-brief" not in _rows(con)
        assert facts.stale(con) == 0
        assert _outcomes_shown(con, **view) == shown + 1

        ingest.commit(con, ingest.plan_form(con, "outcomes", brief, editing=key), me)
        assert "beyond-tolerance-policy-brief" in _rows(con)
        ingest.commit(con, ingest.plan_delete(con, "outcomes", key), me)
        assert _by_project(con) == SEED_PROJECT_OUTCOMES
        assert facts.stale(con) == 0
        assert _outcomes_shown(con, **view) == shown
    finally:
        con.close()


def test_an_import_of_project_outcomes_and_its_undo_keep_the_table(fresh_db):
    con = db.connect(fresh_db)
    me = Person.local("tester")
    try:
        base = _form_values(con, "ilo-newsletters")
        rows = [
            base | {"outcome_id": f"ilo-bulletin-{n}", "title": f"Bulletin number {n}"}
            for n in (1, 2)
        ]
        ingest.commit(con, import_plan(con, "outcomes", rows), me)
        assert _by_project(con)["ilo-ipec"] == 11
        assert facts.stale(con) == 0
        ingest.undo_last_import(con, me)
        assert _by_project(con) == SEED_PROJECT_OUTCOMES
        assert facts.stale(con) == 0
    finally:
        con.close()


@pytest.mark.parametrize("stray", ["insert", "delete"])
def test_a_stale_row_is_found_and_a_refresh_clears_it(fresh_db, stray):
    con = db.connect(fresh_db)
    try:
        if stray == "insert":
            con.execute(
                "INSERT INTO project_outcome_facts SELECT * FROM outcomes"
                " WHERE outcome_id = 'exchange-2014-recommendations'"
            )
        else:
            con.execute("DELETE FROM project_outcome_facts WHERE outcome_id = 'ilo-newsletters'")
        assert facts.stale(con) == 1
        facts.refresh(con)
        assert facts.stale(con) == 0
        assert _by_project(con) == SEED_PROJECT_OUTCOMES
    finally:
        con.close()
