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

from atlas import db
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
