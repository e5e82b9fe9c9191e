"""Charts built without plotly.py's default template (atlas.charts.style.Built): own_look drops
the template, so what the browser receives must be what it was when every figure was a plain
go.Figure that copied the template in. Every chart every chart page draws, on the seed (its test
states) and on a synthetic network (the typical and some bench states), is sent both ways and
compared as JSON in the order it is sent, with figures built unchecked (as the app builds them)
and checked (as the tests do elsewhere)."""

from __future__ import annotations

import json
from pathlib import Path

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


def sent_by_every_page(states: list[Filters], monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What own_look hands Streamlit for every chart of every page and state, as JSON."""
    sent: list[str] = []
    plain = shell.own_look

    def recording(fig):
        drawn = plain(fig)
        if drawn is not None:
            sent.append(json.dumps(drawn.to_plotly_json(), default=str))
        return drawn

    with monkeypatch.context() as m:
        m.setattr(shell, "own_look", recording)
        for filters in states:
            for script in PAGES:
                shell._figure.clear()
                page(script, filters=filters)
    return sent


def both_ways(states: list[Filters], monkeypatch: pytest.MonkeyPatch) -> tuple[list, list]:
    """The charts sent with plotly's template copied into every figure (as before), then now."""
    with monkeypatch.context() as m:
        m.setattr(style.Built, "_initialize_layout_template", go.Figure._initialize_layout_template)
        before = sent_by_every_page(states, monkeypatch)
    return before, sent_by_every_page(states, monkeypatch)


@pytest.fixture(params=["unchecked", "checked"])
def checked(request, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(style.CHECK_FIGURES, "1" if request.param == "checked" else "0")


def test_every_chart_on_the_seed_is_sent_as_with_the_template(seed_db_path, checked, monkeypatch):
    before, now = both_ways(SEED_STATES, monkeypatch)
    assert len(now) >= 60
    assert now == before


@pytest.fixture(scope="module")
def synth_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return synth.build(3000, 5, tmp_path_factory.mktemp("untemplated") / "synth.duckdb")


def test_every_chart_on_a_synthetic_network_is_sent_as_with_the_template(
    synth_path, checked, monkeypatch
):
    with pages_reading(synth_path, monkeypatch) as states:
        before, now = both_ways(states, monkeypatch)
    assert len(now) >= 60
    assert now == before


def test_a_built_figure_holds_no_template_and_a_plain_one_does():
    data, layout = [dict(type="bar", x=[1], y=[2])], dict(title=dict(text="t"))
    assert "template" not in style.figure(data, layout)._layout
    assert "template" in go.Figure({"data": data, "layout": layout})._layout
    assert style.Drawn({"data": [], "layout": {}}).to_dict() == {"data": [], "layout": {}}
