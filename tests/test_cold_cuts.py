"""Three cuts in the cold page scripts at a million events (issue 17): a chart is cached on its
statement's own cache key, never on a hash of its rows, and a write still shows on the next
rerun; the Outcomes page's statement lists its outcomes by DuckDB's top-N and gives what the
statement before it gave (tests/test_outcomes_statement.py: many drawn states). Numbers written
once per language: tests/test_i18n.py."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from atlas import db, facts
from atlas.access import Scope
from atlas.filters import Filters
from tests.test_page_elements import edit, page
from ui import shell


def figures(at: AppTest) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


def cold() -> None:
    shell._cached.clear()
    shell._cached_parts.clear()
    shell._figure.clear()


@pytest.mark.parametrize(
    ("script", "filters"),
    [
        ("outcomes.py", Filters()),
        ("countries.py", Filters()),
        ("overview.py", Filters(countries=("LAO",))),
        ("funders.py", Filters(funders=("diakonia",))),
    ],
)
def test_a_chart_drawn_from_a_statement_is_keyed_by_the_statement_not_its_rows(
    seed_db_path, monkeypatch, script, filters
):
    seen: list[tuple] = []
    plain = shell._figure

    def recording(name, args_key, kwargs_key, _builder, _args, _kwargs):
        seen.append((name, args_key, kwargs_key, _args, _kwargs))
        return plain(name, args_key, kwargs_key, _builder, _args, _kwargs)

    cold()
    monkeypatch.setattr(shell, "_figure", recording)
    at = page(script, filters=filters)
    assert seen and len(figures(at)) >= len(seen) - 1
    version = shell.shared.version()
    for name, args_key, kwargs_key, args, kwargs in seen:
        keys = [*args_key, *kwargs_key.values()]
        given = [*args, *kwargs.values()]
        # every frame the page handed over is replaced in the key by its statement's key
        assert not any(isinstance(k, pd.DataFrame) for k in keys), name
        statements = [k[1] for k in keys if isinstance(k, tuple) and k[:1] == ("statement",)]
        assert len(statements) == sum(isinstance(v, pd.DataFrame) for v in given), name
        for query, data_version, scope_funder, params, *_part in statements:
            assert query.split("/")[0] == script.removesuffix(".py") or query.startswith(
                "outcomes/"
            )
            assert data_version == version and scope_funder is None
            assert dict(params).get("countries") == (filters.countries or None)


def test_a_frame_a_page_made_itself_is_keyed_by_its_rows(seed_db_path):
    frame = pd.DataFrame({"a": [1]})
    assert shell._source(frame) is None
    assert shell._keyed(frame) is frame
    made = shell._provenance(pd.DataFrame({"a": [1]}), ("q", "v", None, ()))
    assert shell._keyed(made) == ("statement", ("q", "v", None, ()))
    assert shell._source(made.copy()) is None  # a copy, or a frame derived from it, is not it


def test_a_write_shows_in_the_charts_on_the_next_rerun(fresh_db):
    cold()
    at = page("outcomes.py")
    before = figures(at)
    con = db.shared.cursor()
    try:
        most, fewest = (
            con.execute("SELECT outcome_type FROM outcomes GROUP BY ALL ORDER BY count(*) DESC, 1")
            .df()["outcome_type"]
            .iloc[[0, -1]]
        )
        (outcome_id,) = con.execute(
            "SELECT min(outcome_id) FROM outcomes WHERE outcome_type = $t", {"t": most}
        ).fetchone()
    finally:
        con.close()
    edit("outcomes", "outcome_id", outcome_id, {"outcome_type": fewest})
    at.run()
    assert not at.exception
    after = figures(at)
    assert after != before
    cold()
    assert after == figures(page("outcomes.py"))  # what a run with nothing cached draws


def test_a_funder_sees_charts_of_its_own_scope_not_the_whole_databases(seed_db_path):
    cold()
    everything = figures(page("outcomes.py"))
    scoped = figures(page("outcomes.py", scope=Scope("diakonia")))
    assert scoped != everything
    cold()
    assert scoped == figures(page("outcomes.py", scope=Scope("diakonia")))


# --- the Outcomes page's list read from only the rows it lists ------------------------------


@pytest.fixture(scope="module")
def synth_outcomes_con(tmp_path_factory: pytest.TempPathFactory):
    from atlas import synth

    path = synth.build(3000, 11, tmp_path_factory.mktemp("cuts") / "synth.duckdb")
    # atlas.synth gives an event's outcome its event's project, or none when the event has
    # none; the list's order must also hold outcomes that name no project of an event that has
    # one, and outcomes of another project than their event's: a few of each, the derived
    # tables refreshed
    con = db.connect(path)
    con.execute(
        "UPDATE outcomes SET project_id = NULL WHERE event_id IS NOT NULL AND hash(outcome_id) % 7 = 0"
    )
    con.execute(
        "UPDATE outcomes SET project_id = (SELECT min(project_id) FROM projects) "
        "WHERE event_id IS NOT NULL AND hash(outcome_id) % 11 = 1"
    )
    facts.refresh(con)
    assert facts.stale_summary(con) == 0
    con.close()
    con = db.connect(path, read_only=True)
    yield con
    con.close()


@pytest.mark.parametrize("network", ["seed", "synthetic"])
def test_the_outcomes_list_read_by_rowid_is_the_page_statements_for_every_funder(network, request):
    """outcomes/page_groups finds the outcomes its list can hold from narrow columns and reads
    the rest of the listed rows only (by rowid): every part equals outcomes/page's, the statement
    that reads every outcome in view, for drawn states, list lengths that cut inside a project
    and past every outcome, the whole database and every funder's scope."""
    import datetime as dt
    import random

    from atlas import queries
    from atlas.schema import describe

    con = request.getfixturevalue("seed_con" if network == "seed" else "synth_outcomes_con")
    types = list(describe(con, "events").columns["event_type"].allowed)
    projects = [p for (p,) in con.execute("SELECT project_id FROM projects ORDER BY 1").fetchall()]
    funders = [
        f
        for (f,) in con.execute("SELECT DISTINCT org_id FROM project_funders ORDER BY 1").fetchall()
    ]
    assert len(funders) >= 2
    rng = random.Random(17)
    scopes = [Scope.everything(), *(Scope(f) for f in funders)]
    checked = 0
    for i in range(40):
        start = rng.choice([None, *range(2008, 2020)])
        filters = Filters(
            event_types=tuple(rng.sample(types, rng.randint(0, 3))),
            projects=tuple(rng.sample(projects, rng.randint(0, 2) if i % 3 == 0 else 0)),
            date_from=dt.date(start, 1, 1) if start else None,
            date_to=dt.date(start + rng.randint(0, 6), 12, 31) if start and i % 2 else None,
        )
        limit = rng.choice([1, 3, 7, 50, 50, 400, 100_000])
        params = filters.sql_params() | {"limit": limit}
        assert queries.statement_for("outcomes/page", params) == "outcomes/page_groups"
        for scope in scopes if i < 4 else [rng.choice(scopes)]:
            expected = queries.run_parts(
                "outcomes/page", scope=scope, con=con, summary=False, **params
            )
            got = queries.run_parts("outcomes/page_groups", scope=scope, con=con, **params)
            assert set(got) == set(expected)
            for part in expected:
                pd.testing.assert_frame_equal(
                    got[part], expected[part], obj=f"{part} {filters} {scope} limit={limit}"
                )
            checked += len(expected["list"])
    assert checked > (500 if network == "synthetic" else 20)  # the lists compared were not empty


def test_the_outcomes_list_holds_outcomes_counted_for_another_project_than_their_events(
    synth_outcomes_con,
):
    """outcomes/page_groups joins to their events only the events in view of the projects its
    first $limit need and the events at which an outcome of such a project was recorded (not
    every event in view with an outcome): the lists it gives hold both kinds that rule must not
    lose (an outcome of the first project at another project's event, an outcome of no project
    at the first project's event), and equal outcomes/page's, which reads every outcome in view."""
    from atlas import queries

    con = synth_outcomes_con
    (first,) = con.execute("SELECT project_id FROM projects ORDER BY name LIMIT 1").fetchone()
    (of_first,) = con.execute(
        "SELECT count(*) FROM outcomes AS o LEFT JOIN events AS e ON e.event_id = o.event_id"
        " WHERE coalesce(o.project_id, e.project_id) = $p",
        {"p": first},
    ).fetchone()
    for limit in (50, of_first, of_first + 1):
        for filters in (Filters(), Filters(event_types=("meeting", "training"))):
            params = filters.sql_params() | {"limit": limit}
            got = queries.run_parts(
                "outcomes/page_groups", scope=Scope.everything(), con=con, **params
            )
            expected = queries.run_parts(
                "outcomes/page", scope=Scope.everything(), con=con, summary=False, **params
            )
            pd.testing.assert_frame_equal(got["list"], expected["list"], obj=f"{filters} {limit}")
            at_other, of_none = con.execute(
                "SELECT count(*) FILTER (o.project_id = $p AND e.project_id <> $p),"
                " count(*) FILTER (o.project_id IS NULL AND e.project_id = $p)"
                " FROM outcomes AS o JOIN events AS e ON e.event_id = o.event_id"
                " WHERE list_contains($ids, o.outcome_id)",
                {"p": first, "ids": list(got["list"]["outcome_id"])},
            ).fetchone()
            assert at_other > 0 and of_none > 0, (filters, limit)
