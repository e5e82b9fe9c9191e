"""The flow matrix handles its rows in plain Python (atlas.charts.participants.flows_matrix); it must
send the browser what the pandas version before it did (tests/flows_matrix_before.py), figure for
figure: the Countries page's flows on the seed and on a synthetic network, every chart state of
tests/test_page_queries.py and the bench's, grouped (top 1, 2, 8) or not, in four languages, and
flows drawn at random (remainder rows, events with no place, pairs named without a count, ties).
Since the matrix's gaps became white lines over a heatmap without gaps (the browser paints it one
pixel a cell, not a canvas the size of the plot), the reference's figure is compared with those
lines put in its gaps' place (as_drawn_now): every number, label, colour and hover the same."""

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
from tests import flows_matrix_before
from tests.test_page_queries import SEED_STATES

LANGS = ("en", "th", "my", "vi")
TOPS = (None, 1, 2, 8)


def sent(fig) -> str | None:
    """What the browser receives for a figure (own_look's spec), as JSON."""
    drawn = style.own_look(fig)
    return None if drawn is None else json.dumps(drawn.to_plotly_json(), sort_keys=True)


def as_drawn_now(fig):
    """The reference's figure with its heatmap's 3-pixel gaps (xgap, ygap) taken out and drawn
    as 3-pixel white lines on every edge between cells and round the matrix, one path (a
    category sits at its index, its edges half a step either side), and the text colour
    Plotly's contrast gave every cell of the matrix's light colours (its dark grey) given, and
    the axes' ranges the heatmap alone gave them (the lines' width would widen them)."""
    if fig is None:
        return None
    (heatmap,) = fig.data
    assert (heatmap.xgap, heatmap.ygap) == (3, 3)
    columns, rows = len(heatmap.x), len(heatmap.y)
    heatmap.xgap = heatmap.ygap = None
    heatmap.textfont.color = "#444"
    edges = [((x, -0.5), (x, rows - 0.5)) for x in (j - 0.5 for j in range(columns + 1))]
    edges += [((-0.5, y), (columns - 0.5, y)) for y in (i - 0.5 for i in range(rows + 1))]
    path = "".join(f"M{x0},{y0}L{x1},{y1}" for (x0, y0), (x1, y1) in edges)
    fig.layout.shapes = [
        dict(type="path", xref="x", yref="y", path=path, line=dict(color="white", width=3))
    ]
    fig.layout.xaxis.range, fig.layout.yaxis.range = [-0.5, columns - 0.5], [-0.5, rows - 0.5]
    return fig


def assert_same_matrix(flows: pd.DataFrame, what: str) -> int:
    compared = 0
    for lang in LANGS:
        for top in TOPS:
            new = charts.flows_matrix(flows, lang=lang, top=top)
            old = as_drawn_now(flows_matrix_before.flows_matrix(flows, lang=lang, top=top))
            assert sent(new) == sent(old), f"{what}, {lang}, top {top}"
            compared += new is not None
    return compared


def page_flows(con, filters) -> pd.DataFrame:
    params = filters.sql_params() | {"limit": 200}
    return queries.run_parts("countries/page", scope=Scope.everything(), con=con, **params)["flows"]


def test_the_seed_flows_give_the_same_matrix(seed_con):
    drawn = sum(assert_same_matrix(page_flows(seed_con, f), str(f)) for f in SEED_STATES)
    assert drawn >= 100


@pytest.fixture(scope="module")
def synth_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return synth.build(3000, 5, tmp_path_factory.mktemp("flows") / "synth.duckdb")


def test_a_synthetic_networks_flows_give_the_same_matrix(synth_path):
    states, _ = typical_states(synth_path)
    con = db.connect(synth_path, read_only=True)
    try:
        grouped = 0
        for filters in [*states, *bench_states()[::3]]:
            flows = page_flows(con, filters)
            assert_same_matrix(flows, str(filters))
            grouped += flows["home_iso3"].nunique() > 9
        assert grouped, "no state had rows enough to group"
    finally:
        con.close()


COUNTRIES = ["THA", "MMR", "LAO", "KHM", "VNM", "PHL", "NPL", "KOR", "IDN", "MYS", "CHN", "IND"]
NAMES = dict(zip(COUNTRIES, [f"Country {c}" for c in COUNTRIES], strict=True))


@st.composite
def drawn_flows(draw) -> pd.DataFrame:
    """Flows as the statement gives them: one row per (home, host) pair, a home of NULL for a
    host's remainder, a host of NULL for events with no place, NULL participants for a pair
    named without a count (never on a remainder row)."""
    homes = [None, *COUNTRIES]
    hosts = [None, *COUNTRIES]
    pairs = draw(
        st.lists(
            st.tuples(st.sampled_from(homes), st.sampled_from(hosts)),
            min_size=1,
            max_size=60,
            unique=True,
        )
    )
    rows = []
    for home, host in pairs:
        named_only = home is not None and draw(st.booleans())
        events = draw(st.integers(1, 5))
        rows.append(
            dict(
                home_iso3=home,
                home=NAMES.get(home),
                host_iso3=host,
                host=NAMES.get(host),
                participants=None
                if named_only
                else float(draw(st.sampled_from([1, 5, 20, 20, 300]))),
                events=events,
                events_without_count=events if named_only else draw(st.integers(0, events - 1)),
                at_least=draw(st.booleans()),
            )
        )
    frame = pd.DataFrame(rows)
    return frame.astype(
        {
            "participants": "float64",
            "events": "int64",
            "events_without_count": "int64",
            "at_least": "bool",
        }
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(flows=drawn_flows())
def test_drawn_flows_give_the_same_matrix(flows):
    for top in TOPS:
        new = charts.flows_matrix(flows, top=top)
        old = as_drawn_now(flows_matrix_before.flows_matrix(flows, top=top))
        assert sent(new) == sent(old), top


def test_every_colour_of_the_matrix_is_light_so_its_text_is_plotlys_dark_grey(seed_con):
    """The cells' text colour is given (#444) where Plotly worked it out per cell: its contrast
    gives a cell dark grey text when the cell's colour is light (tinycolor's brightness, YIQ, of
    128 or more), white otherwise. Every colour of the scale is light, and so is every blend of
    two of them (brightness is linear in the channels), so every cell's text was dark grey."""
    fig = charts.flows_matrix(page_flows(seed_con, SEED_STATES[0]))
    (heatmap,) = fig.data
    assert heatmap.textfont.color == "#444"
    for _, colour in heatmap.colorscale:
        red, green, blue = (int(colour[k : k + 2], 16) for k in (1, 3, 5))
        assert (red * 299 + green * 587 + blue * 114) / 1000 >= 128, colour
