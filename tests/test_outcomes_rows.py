"""The Outcomes page reads its listed outcomes and their reports a column at a time
(ui.shell.rows) instead of by itertuples and drop_duplicates: the page must show what it showed,
on the seed (its test states) and on a synthetic network (the typical and some bench states),
with the old reading put back for comparison; and rows() must give itertuples' values."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from atlas import synth
from atlas.filters import Filters
from tests.synth_pages import pages_reading
from tests.test_page_elements import page
from tests.test_page_queries import SEED_STATES
from ui import shell


def rows_before(frame: pd.DataFrame, columns: list[str], *, first_of: str | None = None) -> list:
    """The page's reading as it was."""
    if first_of is not None:
        frame = frame.drop_duplicates(first_of)
    return list(frame[columns].itertuples(index=False))


def shown(states: list[Filters]) -> list:
    """Everything the Outcomes page writes, in order, for each state."""
    out = []
    for filters in states:
        shell._figure.clear()
        at = page("outcomes.py", filters=filters)
        out.append(
            (
                [m.value for m in at.metric],
                [s.value for s in at.subheader],
                [c.value for c in at.caption],
                [m.value for m in at.markdown],
                [e.label for e in at.expander],
                [i.value for i in at.info],
            )
        )
    return out


def both_ways(states: list[Filters], monkeypatch: pytest.MonkeyPatch) -> tuple[list, list]:
    with monkeypatch.context() as m:
        m.setattr(shell, "rows", rows_before)
        before = shown(states)
    return before, shown(states)


def test_the_outcomes_page_on_the_seed_shows_what_it_showed(seed_db_path, monkeypatch):
    before, now = both_ways(SEED_STATES, monkeypatch)
    assert now == before
    assert sum(len(markdown) for *_, markdown, _e, _i in now) > 0


@pytest.fixture(scope="module")
def synth_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return synth.build(3000, 5, tmp_path_factory.mktemp("rows") / "synth.duckdb")


def test_the_outcomes_page_on_a_synthetic_network_shows_what_it_showed(synth_path, monkeypatch):
    with pages_reading(synth_path, monkeypatch) as states:
        before, now = both_ways(states, monkeypatch)
    assert now == before
    assert any("**" in text for *_, markdown, _e, _i in now for text in markdown)


def same(a: object, b: object) -> bool:
    if isinstance(a, np.generic):
        a = a.item()
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return a is b or (type(a) is type(b) and a == b)


def test_rows_give_itertuples_values_and_the_first_row_of_each_key():
    frame = pd.DataFrame(
        {
            "key": pd.array(["a", "b", "a", None, "c", None], dtype="str"),
            "n": pd.array([1, None, 3, 4, 5, 6], dtype="Int32"),
            "x": [1.5, float("nan"), 2.0, 3.0, 4.0, 5.0],
            "when": pd.to_datetime(["2020-01-01", None, "2021-02-03", None, "2022-01-01", None]),
            "flag": [True, False, True, False, True, True],
            "obj": ["p", None, "q", "r", None, "s"],
        }
    )
    columns = ["key", "n", "x", "when", "flag", "obj"]
    for first_of in (None, "key"):
        now = shell.rows(frame, columns, first_of=first_of)
        before = rows_before(frame, columns, first_of=first_of)
        assert len(now) == len(before)
        for r, o in zip(now, before, strict=True):
            assert r._fields == o._fields
            for a, b in zip(o, r, strict=True):
                assert same(a, b) or (a is pd.NA and b is pd.NA) or (a is pd.NaT and b is pd.NaT), (
                    a,
                    b,
                )
    assert len(shell.rows(frame, ["key"], first_of="key")) == 4  # a, b, missing, c
