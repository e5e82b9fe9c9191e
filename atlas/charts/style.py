"""The look every chart shares: one palette (Okabe-Ito, safe for the common colour-vision
deficiencies), one font, thousands separators on count axes, one grey for "not broken down" so a
remainder never looks like a country, one orange for a country named without a count, the
layout and footnote of a figure, and data text made safe for a plotly label."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import os
from pathlib import Path

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from _plotly_utils.utils import is_homogeneous_array, is_skipped_key, to_typed_array_spec
from babel.numbers import get_decimal_symbol, get_group_symbol

from atlas.i18n import N_, Translator

PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
NOT_BROKEN_DOWN = "#B8B8B8"
NOT_BROKEN_DOWN_LABEL = N_("Not broken down by country")
# The served Noto fonts after the usual ones, so Thai, Khmer, Burmese and Lao labels are drawn
# even where the computer has no such font (see static/fonts/ and .streamlit/config.toml).
FONT = dict(
    family="Source Sans Pro, Arial, Noto Sans, Noto Sans Thai, Noto Sans Khmer, "
    "Noto Sans Myanmar, Noto Sans Lao, sans-serif",
    size=14,
)
NAMED_NO_COUNT = "#E69F00"  # a country the reports name without a count: its own colour, no scale
NAMED_NO_COUNT_LABEL = N_("Named, no count")
HOST_NOT_STATED_LABEL = N_("Place not stated")


def figure_layout(title: str, *, height: int = 380, t: Translator | None = None) -> dict:
    """The layout every chart starts from, as a dict for figure(): the title at the left, the
    font, palette and the language's separators, a legend at the right, a white plot with grid
    lines across only. Its xaxis and yaxis are those of a chart with one pair of axes, which every
    chart here has (a map or a Sankey draws none). The legend's title is cleared as `{}`, which
    plotly.js reads as no title (an unchecked None would reach the browser as null)."""
    return dict(
        title=dict(text=title, x=0, xanchor="left"),
        font=FONT,
        colorway=PALETTE,
        height=height,
        margin=dict(l=10, r=10, t=50, b=50),
        # plotly's separators: the decimal mark, then the thousands mark (1.234 in Vietnamese)
        separators=(get_decimal_symbol(t.babel_locale) + get_group_symbol(t.babel_locale))
        if t
        else ".,",
        legend=dict(orientation="v", yanchor="top", y=1.0, x=1.02, xanchor="left", title={}),
        plot_bgcolor="white",
        xaxis=dict(showgrid=False),
        yaxis=dict(gridcolor="#E5E5E5", tickformat=",d"),
    )


# Set to "1" (the test suite does, for itself and the servers it starts) to have plotly check
# every property of a figure made by figure() as it is built.
CHECK_FIGURES = "ATLAS_CHECK_FIGURES"


def figure(data: list[dict], layout: dict) -> go.Figure:
    """A figure from plain dicts: traces (each with its "type") and the layout, in plotly's own
    nesting (marker={"color": ...}, not marker_color). Built in one step and, outside the tests,
    without plotly's checking: building the Overview's three charts step by step through plotly's
    update machinery took 45 ms of a new filter state's script at 10k events, the same from
    dicts 2 ms. Under CHECK_FIGURES plotly checks every property, so a misspelt one fails the
    tests that draw the chart."""
    checked = os.environ.get(CHECK_FIGURES) == "1"
    return Built({"data": data, "layout": layout}, _validate=checked)


class Built(go.Figure):
    """A go.Figure without plotly.py's default template. go.Figure copies that template (a large
    nested dict) into every new figure's layout, and own_look, the only reader of a built chart,
    drops it again (Streamlit is sent `template: null`): about 0.3 ms of every chart built and
    as much again for own_look's Drawn figure. Everything else is go.Figure's."""

    def _initialize_layout_template(self) -> None:  # plotly.py 7.1's hook (requirements.txt)
        pass


def merged(base: dict, extra: dict) -> dict:
    """`base` with `extra` laid over it, nested dicts merged key by key (as update_layout does);
    a None in `extra` removes the key."""
    out = dict(base)
    for key, value in extra.items():
        if value is None:
            out.pop(key, None)
        elif isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merged(out[key], value)
        else:
            out[key] = value
    return out


def year_step(years: list[int]) -> int:
    """The step between the year ticks of a chart of `years`: every year up to 12 of them, then
    every 2nd, 5th or 10th, so that labels in half the page do not run into each other (at 10k
    events twenty years were drawn as one grey smear)."""
    span = len(years)
    return next((step for step in (1, 2, 5) if span <= 12 * step), 10)


def count_axis_props(peak: float, **settings) -> dict:
    """An axis of counts, as a dict of axis properties: whole numbers with thousands separators,
    from zero; with a small peak every whole number is a tick, so plotly's half steps (0, 0.5,
    1, ...) never show as "0, 1, 1". `settings` are laid over it."""
    props = dict(tickformat=",d", rangemode="tozero")
    if peak <= 10:
        props["dtick"] = 1
    return merged(props, settings)


# Pixels from the bottom of the plot area to a footnote's first line: below the tick labels
# (years are turned 45 degrees) and the x-axis title, also in Khmer and Burmese, whose letters
# stand taller than Latin ones at the same size; the bottom margin leaves two lines under that.
FOOTNOTE_GAP = 84
FOOTNOTE_MARGIN = 136


def footnote_props(text: str) -> dict:
    """A note under the chart, as an annotation: placed in pixels below the plot area (a fraction
    of the figure's height put it on the x-axis title when the title's script is taller)."""
    return dict(
        text=text,
        xref="paper",
        yref="paper",
        x=0,
        y=0,
        yshift=-FOOTNOTE_GAP,
        showarrow=False,
        xanchor="left",
        yanchor="top",
        font=dict(size=12, color="#555555"),
    )


def footnote_layout(text: str) -> dict:
    """A footnote (footnote_props) and the bottom margin that holds it, as a dict to merge into a
    layout (see figure())."""
    return dict(annotations=[footnote_props(text)], margin=dict(b=FOOTNOTE_MARGIN))


def label_text(value: object, limit: int | None = None) -> str:
    """Data text for a plotly label: HTML-escaped (plotly reads a few tags in labels), shortened."""
    text = " ".join(str(value).split()) if value is not None and value == value else ""
    if limit and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return html.escape(text, quote=False)


def country_name(t: Translator, iso3: object, english: object) -> str:
    """A country's name in the chart's language, HTML-escaped; `english` is the data's name."""
    if isinstance(iso3, str) and iso3:
        return html.escape(
            t.country(iso3, english if isinstance(english, str) else None), quote=False
        )
    return label_text(english)


# A bar, row or column that adds up the categories a chart does not name (see split_top): the
# light tint of its chart's colour, so it reads as "more of the same", never as "not broken down".
GROUPED_LABEL_NAMES = 12  # the grouped categories a hover names before "..."


def split_top(rows: list, top: int | None) -> tuple[list, list]:
    """The first `top` of `rows` (ranked by the caller) and the rest, which a chart draws as one
    bar, row or column. No split when `top` is None or the rest would be a single row: a group
    of one is that row under another name."""
    if top is None or len(rows) <= top + 1:
        return rows, []
    return rows[:top], rows[top:]


def named_in_group(names: list[str]) -> str:
    """The grouped categories' names for a hover: the first GROUPED_LABEL_NAMES, then "..."."""
    shown = names[:GROUPED_LABEL_NAMES]
    return ", ".join(shown) + (", …" if len(names) > len(shown) else "")


def colour_scale(colour: str) -> list[list[object]]:
    """A sequential scale from a light tint of `colour` (a quarter of it on white), so the
    smallest count still stands out from the land."""
    rgb = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    tint = "#" + "".join(f"{round(255 - (255 - c) * 0.25):02X}" for c in rgb)
    return [[0.0, tint], [1.0, colour]]


# The look Streamlit's theme gave every chart (Streamlit 1.67, light theme, this app's fonts):
# plotly's layout.template as the browser held it after the theme was applied, written out once.
# A figure carries it merged into its own layout and traces (own_look), so it is drawn with
# theme=None and the browser computes it once per change instead of twice.
LOOK = json.loads((Path(__file__).with_name("look.json")).read_text(encoding="utf-8"))


def _plain(value: object) -> object:
    """`value` with numpy arrays, pandas series and numpy scalars as plain lists and numbers, so
    plotly.py sends lists, not base64 typed arrays (the browser takes each decoded typed array
    for new data and computes the chart again)."""
    if isinstance(value, dict) and "bdata" in value and "dtype" in value:  # plotly.py's encoding
        array = np.frombuffer(base64.b64decode(value["bdata"]), dtype=value["dtype"])
        if "shape" in value:
            array = array.reshape([int(n) for n in str(value["shape"]).split(",")])
        return array.tolist()
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, np.ndarray | pd.Series | pd.Index):
        return [_plain(item) for item in value.tolist()]
    if isinstance(value, np.generic):
        return value.item()
    return value


def _sent(fig: go.Figure) -> dict:
    """What `_plain(fig.to_plotly_json())` gives without the layout's template, read from the
    figure's own traces and layout instead of the deep copy to_plotly_json makes first (of every
    trace and of plotly's default template, which own_look drops: about 1-2 ms a chart). An array
    goes through plotly.py's own typed-array encoding (to_typed_array_spec) where
    to_plotly_json's convert_to_base64 would put it, and is decoded by _plain as before, so the
    values are the same, in the same order; tests/test_sent_specs.py compares the two for every
    chart the pages draw."""
    if type(fig) not in (go.Figure, Built) or fig._frame_objs:
        spec = _plain(fig.to_plotly_json())
        layout = {k: v for k, v in spec.get("layout", {}).items() if k != "template"}
        return {"data": spec.get("data", []), "layout": layout}
    return {
        "data": [_typed_plain(trace) for trace in fig._data],
        "layout": _typed_plain({k: v for k, v in fig._layout.items() if k != "template"}),
    }


def _typed_plain(value: object) -> object:
    """_plain of `value` as convert_to_base64 would have left it: a homogeneous array (numpy,
    pandas) as plotly's typed-array spec first, except under the keys it skips."""
    if isinstance(value, dict):
        return {
            key: _plain(item)
            if is_skipped_key(key)  # plotly.py's own list of keys sent as they are
            else _plain(to_typed_array_spec(item))
            if is_homogeneous_array(item)
            else _typed_plain(item)
            for key, item in value.items()
        }
    if isinstance(value, list | tuple):
        return [_typed_plain(item) for item in value]
    return _plain(value)


def _axis_look(axis: dict) -> dict:
    """A template axis written into an axis of the layout, drawn as the template drew it: plotly
    turns tick marks on for an axis whose input names a tick colour, and minor grid lines for
    one naming a minor grid colour, which a template's values never did; so neither is written
    (the tick colour is then plotly's, seen only on the flow matrix's tick marks)."""
    return {k: v for k, v in axis.items() if k not in ("minor", "tickcolor")}


def own_look(fig: go.Figure | None) -> Drawn | None:
    """`fig` drawn as Streamlit's theme drew it, with everything the theme gave it written into the
    figure: LOOK's layout under the figure's layout (its xaxis and yaxis under every x and y axis),
    LOOK's trace defaults under each trace of their type, the title in bold as the theme set it;
    no template (plotly.py's default removed), numbers as plain lists, and a datarevision that
    changes with the traces. Draw it with theme=None (ui.shell.chart)."""
    if fig is None:
        return None
    spec = _sent(fig)
    layout = spec["layout"]
    look = LOOK["layout"]
    base = {key: value for key, value in look.items() if key not in ("xaxis", "yaxis")}
    for key in layout:
        for axis in ("xaxis", "yaxis"):
            if key.startswith(axis):
                base[key] = _axis_look(look[axis])
    layout = merged(base, layout)
    title = layout.get("title")
    if isinstance(title, dict) and title.get("text"):
        layout["title"] = {**title, "text": f"<b>{title['text']}</b>"}
    seen: dict[str, int] = {}
    data = []
    for trace in spec.get("data", []):
        kind = trace.get("type", "scatter")
        defaults = LOOK["data"].get(kind)
        if defaults:
            index = seen.get(kind, 0)
            seen[kind] = index + 1
            trace = merged(defaults[index % len(defaults)], trace)
        data.append(trace)
    layout["datarevision"] = hashlib.sha1(
        json.dumps(data, sort_keys=True, default=str).encode()
    ).hexdigest()[:16]
    layout["template"] = None  # sent as null: no template at all, not plotly.py's default
    return Drawn({"data": data, "layout": layout})


class Drawn(Built):
    """A finished chart (own_look's): its spec in plain dicts, lists and numbers, kept as it is
    and never changed (figures are cached and shared between sessions). Streamlit's plotly_chart
    takes a plotly figure and asks it for to_dict(), which a go.Figure answers with a deep copy
    of every trace, after building the figure had copied them once already: at a million events
    about 20 ms of a new filter state on the Countries page, and the copy on every rerun of a
    cached one. A Drawn figure is an empty go.Figure (a Built one: no template copied in) that
    answers to_dict() and to_plotly_json() with its spec; `spec` is that spec, for a reader who
    wants its traces."""

    def __init__(self, spec: dict):
        super().__init__()
        self._spec = spec

    @property
    def spec(self) -> dict:
        return self._spec

    def to_dict(self) -> dict:
        return self._spec

    def to_plotly_json(self) -> dict:
        return self._spec
