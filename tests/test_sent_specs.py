"""own_look reads a figure's own traces and layout (atlas.charts.style._sent) instead of the deep
copy plotly's to_plotly_json makes; what the browser receives must be what it was, byte for byte:
every chart every page draws, on the seed (its test states) and on a synthetic network (the
typical and some bench states), compared as JSON in the order it is sent (no sorted keys), and
arrays of every dtype plotly encodes, skipped keys, nested lists and tuples; each with the
figures built as the app builds them (unchecked: pandas objects are kept in the figure as they
are) and as the tests build them (checked by plotly, which turns them into numpy arrays)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest

from atlas import synth
from atlas.charts import style
from atlas.filters import Filters
from tests.synth_pages import pages_reading
from tests.test_page_elements import page
from tests.test_page_queries import SEED_STATES
from ui import shell

PAGES = ("overview.py", "countries.py", "outcomes.py", "funders.py", "events.py")


def sent_before(fig: go.Figure) -> str:
    """own_look's reading of a figure as it was: plotly's deep copy, typed arrays decoded."""
    spec = style._plain(fig.to_plotly_json())
    layout = {k: v for k, v in spec.get("layout", {}).items() if k != "template"}
    return json.dumps({"data": spec.get("data", []), "layout": layout}, default=str)


def sent_now(fig: go.Figure) -> str:
    return json.dumps(style._sent(fig), default=str)


@pytest.fixture(params=["unchecked", "checked"])
def compared(request, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every figure a page hands to own_look, read both ways and compared; the charts' titles.
    Figures built unchecked, as the app builds them, or checked, as the tests do elsewhere."""
    monkeypatch.setenv(style.CHECK_FIGURES, "1" if request.param == "checked" else "0")
    seen: list[str] = []
    plain = shell.own_look

    def checking(fig):
        if fig is not None:
            assert sent_now(fig) == sent_before(fig), fig.layout.title.text
            seen.append(str(fig.layout.title.text))
        return plain(fig)

    monkeypatch.setattr(shell, "own_look", checking)
    return seen


def draw_every_page(states: list[Filters]) -> None:
    for filters in states:
        for script in PAGES:
            shell._figure.clear()
            page(script, filters=filters)


def test_every_chart_on_the_seed_is_sent_as_before(seed_db_path, compared):
    draw_every_page(SEED_STATES)
    assert len(compared) >= 60


@pytest.fixture(scope="module")
def synth_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return synth.build(3000, 5, tmp_path_factory.mktemp("sent") / "synth.duckdb")


def test_every_chart_on_a_synthetic_network_is_sent_as_before(synth_path, monkeypatch, compared):
    with pages_reading(synth_path, monkeypatch) as states:
        draw_every_page(states)
    assert len(compared) >= 60


@pytest.mark.parametrize("checked", ["0", "1"])
def test_arrays_of_every_kind_are_sent_as_before(monkeypatch, checked):
    monkeypatch.setenv(style.CHECK_FIGURES, checked)
    data = [
        dict(
            type="bar",
            x=np.array([1, 2, 300], dtype="int64"),
            y=np.array([70000, -2, 3], dtype="int64"),
            customdata=np.array([[1, 2], [3, 4], [5, 6]]),
            text=pd.Series(["a", None, "c"]),
            hovertext=("a", "b", "c"),
            marker=dict(color=np.array([0.5, np.nan, 1.5]), line=dict(width=np.int64(2))),
            meta=[np.array([1, 2]), {"inner": np.array([3.5])}],
        ),
        dict(
            type="scatter",
            x=pd.Series(pd.to_datetime(["2020-01-01", "2021-06-30"])),
            y=pd.Series([1.5, 2.5], dtype="float32"),
            text=pd.Series([1, None], dtype="Int64"),
            ids=pd.Index(["p", "q"]),
            selectedpoints=np.array([2**40, 1], dtype="int64"),
            marker=dict(size=np.array([1, 2], dtype="uint64")),
        ),
        dict(type="heatmap", z=np.array([[1, None], [2, 3]], dtype=object), x=[1, 2]),
    ]
    layout = dict(
        title=dict(text="every kind"),
        xaxis=dict(range=np.array([0, 10]), tickvals=np.array([0, 5, 10])),
        yaxis=dict(range=[dt.date(2020, 1, 1), dt.date(2021, 1, 1)]),
        annotations=[dict(text="n", x=np.float64(1.0), y=np.array([1])[0])],
        map=dict(layers=[dict(source=np.array([1, 2]))]),
    )
    fig = style.figure(data, layout)
    assert sent_now(fig) == sent_before(fig)
    assert sent_now(go.Figure()) == sent_before(go.Figure())
