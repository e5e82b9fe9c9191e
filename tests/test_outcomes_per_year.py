"""The outcomes-per-year chart adds up its rows in plain Python (atlas.charts.outcomes
.outcomes_per_year); it must send the browser what the pandas version before it did
(tests/outcomes_per_year_before.py), figure for figure: the Outcomes page's rows on the seed and
on a synthetic network (every state of tests/test_page_queries.py, the typical and the bench's
states), in four languages, and rows drawn at random (undated rows, gaps between years, a type in
one year only, counts of zero)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from atlas import charts, db, queries, synth
from atlas.access import Scope
from atlas.charts import style
from bench.summary_tables import bench_states
from bench.workload import typical_states
from tests import outcomes_per_year_before
from tests.test_page_queries import SEED_STATES

LANGS = ("en", "th", "my", "vi")


def sent(fig) -> str | None:
    """What the browser receives for a figure (own_look's spec), as JSON."""
    drawn = style.own_look(fig)
    return None if drawn is None else json.dumps(drawn.to_plotly_json(), sort_keys=True)


def assert_same_chart(rows: pd.DataFrame, what: str) -> int:
    drawn = 0
    for lang in LANGS:
        new = charts.outcomes_per_year(rows, lang=lang)
        old = outcomes_per_year_before.outcomes_per_year(rows, lang=lang)
        assert sent(new) == sent(old), f"{what}, {lang}"
        drawn += new is not None
    return drawn


def page_rows(con, filters) -> pd.DataFrame:
    params = filters.sql_params() | {"limit": 50}
    return queries.run_parts("outcomes/page", scope=Scope.everything(), con=con, **params)[
        "by_year"
    ]


def test_the_seed_rows_give_the_same_chart(seed_con):
    drawn = sum(assert_same_chart(page_rows(seed_con, f), str(f)) for f in SEED_STATES)
    assert drawn >= 20


@pytest.fixture(scope="module")
def synth_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return synth.build(3000, 5, tmp_path_factory.mktemp("per_year") / "synth.duckdb")


def test_a_synthetic_networks_rows_give_the_same_chart(synth_path):
    states, _ = typical_states(synth_path)
    con = db.connect(synth_path, read_only=True)
    try:
        undated = 0
        for filters in [*states, *bench_states()]:
            rows = page_rows(con, filters)
            assert assert_same_chart(rows, str(filters))
            undated += bool(rows["year"].isna().any())
    finally:
        con.close()


TYPES = ["publication", "recommendation", "agreement", "network", "policy_change", "material"]


@st.composite
def drawn_rows(draw) -> pd.DataFrame:
    """Rows as the statement gives them: one per (year, outcome type), a year of NULL for outcomes
    with no date, counts from zero up."""
    keys = draw(
        st.lists(
            st.tuples(st.one_of(st.none(), st.integers(1995, 2030)), st.sampled_from(TYPES)),
            max_size=40,
            unique=True,
        )
    )
    rows = [
        dict(year=year, outcome_type=code, outcomes=draw(st.sampled_from([0, 1, 3, 11, 250])))
        for year, code in keys
    ]
    frame = pd.DataFrame(rows, columns=["year", "outcome_type", "outcomes"])
    nullable = frame["year"].isna().any() or frame.empty
    return frame.astype({"year": "Int32" if nullable else "int32", "outcomes": "int64"})


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=drawn_rows())
def test_drawn_rows_give_the_same_chart(rows):
    assert sent(charts.outcomes_per_year(rows)) == sent(
        outcomes_per_year_before.outcomes_per_year(rows)
    )
