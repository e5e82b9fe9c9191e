"""Charts: DataFrame in, plotly Figure out. No queries, no Streamlit.

One palette (Okabe-Ito, safe for the common colour-vision deficiencies), one font, thousands
separators, and one grey for "not broken down" so a remainder never looks like a country.
Each title says what is counted. A builder returns None for an empty frame; the page shows a
sentence instead of an empty axis.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from atlas import labels

PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
NOT_BROKEN_DOWN = "#B8B8B8"
NOT_BROKEN_DOWN_LABEL = "Not broken down by country"
FONT = dict(family="Source Sans Pro, Arial, sans-serif", size=14)


def _layout(fig: go.Figure, title: str, *, height: int = 380) -> go.Figure:
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


def _footnote(fig: go.Figure, text: str) -> None:
    fig.add_annotation(
        text=text, xref="paper", yref="paper", x=0, y=-0.26, showarrow=False,
        xanchor="left", yanchor="top", font=dict(size=12, color="#555555"),
    )
    fig.update_layout(margin=dict(b=90))


def events_per_year(df: pd.DataFrame) -> go.Figure | None:
    """Stacked bars: selected events per start year, by type. Undated events are counted in a
    footnote, not dropped silently. Expects columns year, event_type, events."""
    if df.empty:
        return None
    dated = df[df["year"].notna()].copy()
    undated = int(df.loc[df["year"].isna(), "events"].sum())
    fig = go.Figure()
    if not dated.empty:
        dated["year"] = dated["year"].astype(int)
        years = list(range(dated["year"].min(), dated["year"].max() + 1))
        for i, (code, part) in enumerate(dated.groupby("event_type", sort=True)):
            counts = part.set_index("year")["events"].reindex(years, fill_value=0)
            fig.add_bar(
                x=years, y=counts.values, name=labels.event_type(code),
                marker_color=PALETTE[i % len(PALETTE)],
                hovertemplate="%{x}: %{y:,d} " + labels.event_type(code).lower() + " event(s)<extra></extra>",
            )
        fig.update_layout(barmode="stack")
        fig.update_xaxes(dtick=1, title="Year the event started")
    fig.update_yaxes(title="Events")
    _layout(fig, "Events per year, by type")
    if undated:
        _footnote(fig, f"Not shown: {undated:,} event(s) whose report gives no date.")
    return fig


def participants_by_country(df: pd.DataFrame, not_broken_down: int = 0, at_least: bool = False) -> go.Figure | None:
    """Horizontal bars: participants by home country as the reports state them, and the rest of
    the stated totals as one grey "not broken down" bar. A country named without a count gets no
    bar length, only its label, never an estimate. Expects country, participants, events,
    events_without_count."""
    if df.empty and not not_broken_down:
        return None
    names, values, texts, colours = [], [], [], []
    for row in df.itertuples(index=False):
        stated = 0 if pd.isna(row.participants) else int(row.participants)
        names.append(row.country)
        values.append(stated)
        if pd.isna(row.participants):
            note = f"named at {int(row.events)} event(s), no count"
        else:
            note = f"{stated:,}"
            if row.events_without_count:
                note += f" (+ named at {int(row.events_without_count)} more event(s), no count)"
        texts.append(note)
        colours.append(PALETTE[0])
    if not_broken_down:
        names.append(NOT_BROKEN_DOWN_LABEL)
        values.append(int(not_broken_down))
        texts.append(("at least " if at_least else "") + f"{int(not_broken_down):,}")
        colours.append(NOT_BROKEN_DOWN)
    fig = go.Figure(
        go.Bar(
            x=values, y=names, orientation="h", marker_color=colours, text=texts,
            textposition="outside", cliponaxis=False,
            hovertemplate="%{y}: %{text}<extra></extra>",
        )
    )
    fig.update_yaxes(autorange="reversed", title=None)
    fig.update_xaxes(title="Participants (as stated in the reports)", tickformat=",d",
                     range=[0, max(values + [1]) * 1.6])
    _layout(fig, "Participants by home country", height=max(260, 60 + 42 * len(names)))
    return fig


def outcomes_by_type(df: pd.DataFrame) -> go.Figure | None:
    """Bars: outcomes in the view by type. Expects outcome_type, outcomes."""
    if df.empty:
        return None
    names = [labels.outcome_type(c) for c in df["outcome_type"]]
    fig = go.Figure(
        go.Bar(
            x=df["outcomes"], y=names, orientation="h", marker_color=PALETTE[2],
            text=[f"{int(n):,}" for n in df["outcomes"]], textposition="outside", cliponaxis=False,
            hovertemplate="%{y}: %{x:,d}<extra></extra>",
        )
    )
    fig.update_yaxes(autorange="reversed", title=None)
    fig.update_xaxes(title="Outcomes", tickformat=",d", range=[0, max(df["outcomes"].max(), 1) * 1.2])
    _layout(fig, "Outcomes by type", height=max(240, 60 + 36 * len(names)))
    return fig
