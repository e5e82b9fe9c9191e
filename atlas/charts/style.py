"""The look every chart shares: one palette (Okabe-Ito, safe for the common colour-vision
deficiencies), one font, thousands separators on count axes, one grey for "not broken down" so a
remainder never looks like a country, one orange for a country named without a count, the
layout and footnote of a figure, and data text made safe for a plotly label."""

from __future__ import annotations

import html

import plotly.graph_objects as go

PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
NOT_BROKEN_DOWN = "#B8B8B8"
NOT_BROKEN_DOWN_LABEL = "Not broken down by country"
FONT = dict(family="Source Sans Pro, Arial, sans-serif", size=14)
NAMED_NO_COUNT = "#E69F00"  # a country the reports name without a count: its own colour, no scale
NAMED_NO_COUNT_LABEL = "Named, no count"
HOST_NOT_STATED_LABEL = "Place not stated"


def layout(fig: go.Figure, title: str, *, height: int = 380) -> go.Figure:
    fig.update_layout(
        title=dict(text=title, x=0, xanchor="left"),
        font=FONT,
        colorway=PALETTE,
        height=height,
        margin=dict(l=10, r=10, t=50, b=50),
        separators=".,",
        legend=dict(orientation="v", yanchor="top", y=1.0, x=1.02, xanchor="left", title=None),
        plot_bgcolor="white",
    )
    fig.update_xaxes(showgrid=False)
    fig.update_yaxes(gridcolor="#E5E5E5", tickformat=",d")
    return fig


def count_axis(fig: go.Figure, axis: str, peak: float, **settings) -> None:
    """An axis of counts: whole numbers with thousands separators, from zero; with a small peak
    every whole number is a tick, so plotly's half steps (0, 0.5, 1, ...) never show as "0, 1, 1"."""
    update = fig.update_xaxes if axis == "x" else fig.update_yaxes
    update(tickformat=",d", rangemode="tozero", dtick=1 if peak <= 10 else None, **settings)


def footnote(fig: go.Figure, text: str) -> None:
    fig.add_annotation(
        text=text, xref="paper", yref="paper", x=0, y=-0.26, showarrow=False,
        xanchor="left", yanchor="top", font=dict(size=12, color="#555555"),
    )
    fig.update_layout(margin=dict(b=90))


def label_text(value: object, limit: int | None = None) -> str:
    """Data text for a plotly label: HTML-escaped (plotly reads a few tags in labels), shortened."""
    text = " ".join(str(value).split()) if value is not None and value == value else ""
    if limit and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return html.escape(text, quote=False)


def colour_scale(colour: str) -> list[list[object]]:
    """A sequential scale from a light tint of `colour` (a quarter of it on white), so the
    smallest count still stands out from the land."""
    rgb = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    tint = "#" + "".join(f"{round(255 - (255 - c) * 0.25):02X}" for c in rgb)
    return [[0.0, tint], [1.0, colour]]
