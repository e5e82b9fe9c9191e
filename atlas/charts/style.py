"""The look every chart shares: one palette (Okabe-Ito, safe for the common colour-vision
deficiencies), one font, thousands separators on count axes, one grey for "not broken down" so a
remainder never looks like a country, one orange for a country named without a count, the
layout and footnote of a figure, and data text made safe for a plotly label."""

from __future__ import annotations

import html
import os

import plotly.graph_objects as go
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
    return go.Figure({"data": data, "layout": layout}, _validate=checked)


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
