"""The outcomes-per-year chart as atlas.charts.outcomes built it before its rows were added up in
plain Python (commit 1786072): a pandas groupby per outcome type. Kept, unchanged but for its
imports, as the reference tests/test_outcomes_per_year.py compares the chart with."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from atlas import labels
from atlas.charts.style import (
    PALETTE,
    count_axis_props,
    figure,
    figure_layout,
    footnote_layout,
    merged,
    year_step,
)
from atlas.i18n import DEFAULT, translator


def outcomes_per_year(df: pd.DataFrame, lang: str = DEFAULT) -> go.Figure | None:
    """Stacked bars: outcomes per year, by type; the year is the outcome's own date, else its
    event's. Outcomes with neither are counted in a footnote. Expects year, outcome_type,
    outcomes. None when no outcome has a year (the page says so in words)."""
    dated = df[df["year"].notna()].copy()
    if dated.empty:
        return None
    t = translator(lang)
    undated = int(df.loc[df["year"].isna(), "outcomes"].sum())
    dated["year"] = dated["year"].astype(int)
    years = list(range(dated["year"].min(), dated["year"].max() + 1))
    traces = []
    for i, (code, part) in enumerate(dated.groupby("outcome_type", sort=True)):
        counts = part.groupby("year")["outcomes"].sum().reindex(years, fill_value=0)
        traces.append(
            dict(
                type="bar",
                x=years,
                y=counts.values,
                name=labels.outcome_type(code, lang),
                marker=dict(color=PALETTE[i % len(PALETTE)]),
                hovertemplate="%{x}: %{y:,d} · "
                + labels.outcome_type(code, lang)
                + "<extra></extra>",
            )
        )
    props = merged(
        figure_layout(t._("Outcomes per year, by type"), t=t),
        dict(
            barmode="stack",
            xaxis=dict(
                dtick=year_step(years),
                title=dict(text=t._("Year (the outcome's date, else its event's)")),
            ),
        ),
    )
    props["yaxis"] = merged(
        props["yaxis"],
        count_axis_props(
            dated.groupby("year")["outcomes"].sum().max(), title=dict(text=t._("Outcomes"))
        ),
    )
    if undated:
        note = t.ngettext(
            "Not shown: {n} outcome with no date stated.",
            "Not shown: {n} outcomes with no date stated.",
            undated,
        ).format(n=t.number(undated))
        props = merged(props, footnote_layout(note))
    return figure(traces, props)
