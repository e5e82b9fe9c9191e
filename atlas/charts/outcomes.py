"""Charts of outcomes: by type, per year, by project, and the chain project -> event -> outcome."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from atlas import dates, labels
from atlas.charts.style import (
    NOT_BROKEN_DOWN,
    PALETTE,
    count_axis,
    footnote,
    label_text,
    layout,
)


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
    count_axis(fig, "x", df["outcomes"].max(), title="Outcomes", range=[0, max(df["outcomes"].max(), 1) * 1.2])
    layout(fig, "Outcomes by type", height=max(240, 60 + 36 * len(names)))
    return fig


def outcomes_per_year(df: pd.DataFrame) -> go.Figure | None:
    """Stacked bars: outcomes per year, by type; the year is the outcome's own date, else its
    event's. Outcomes with neither are counted in a footnote. Expects year, outcome_type,
    outcomes. None when no outcome has a year (the page says so in words)."""
    dated = df[df["year"].notna()].copy()
    if dated.empty:
        return None
    undated = int(df.loc[df["year"].isna(), "outcomes"].sum())
    dated["year"] = dated["year"].astype(int)
    years = list(range(dated["year"].min(), dated["year"].max() + 1))
    fig = go.Figure()
    for i, (code, part) in enumerate(dated.groupby("outcome_type", sort=True)):
        counts = part.groupby("year")["outcomes"].sum().reindex(years, fill_value=0)
        fig.add_bar(x=years, y=counts.values, name=labels.outcome_type(code), marker_color=PALETTE[i % len(PALETTE)],
                    hovertemplate="%{x}: %{y:,d} " + labels.outcome_type(code).lower() + "<extra></extra>")
    fig.update_layout(barmode="stack")
    layout(fig, "Outcomes per year, by type")
    fig.update_xaxes(dtick=1, title="Year (the outcome's date, else its event's)")
    count_axis(fig, "y", dated.groupby("year")["outcomes"].sum().max(), title="Outcomes")
    if undated:
        footnote(fig, f"Not shown: {undated:,} outcome(s) with no date stated.")
    return fig


def outcomes_by_project(df: pd.DataFrame) -> go.Figure | None:
    """Bars: outcomes in the view by project (its own, else its event's). Expects project
    (NULL for an event outside any project), outcomes."""
    if df.empty:
        return None
    names = [label_text(p, 45) if isinstance(p, str) else "No project" for p in df["project"]]
    full = [label_text(p) if isinstance(p, str) else "No project" for p in df["project"]]
    fig = go.Figure(go.Bar(
        x=df["outcomes"], y=names, orientation="h", marker_color=PALETTE[0], customdata=full,
        text=[f"{int(n):,}" for n in df["outcomes"]], textposition="outside", cliponaxis=False,
        hovertemplate="%{customdata}: %{x:,d} outcome(s)<extra></extra>",
    ))
    fig.update_yaxes(autorange="reversed", title=None)
    count_axis(fig, "x", df["outcomes"].max(), title="Outcomes", range=[0, max(df["outcomes"].max(), 1) * 1.2])
    layout(fig, "Outcomes by project", height=max(240, 60 + 40 * len(names)))
    return fig


def outcome_chain(df: pd.DataFrame) -> go.Figure | None:
    """Sankey: project -> event -> outcome type, widths = outcomes. Outcomes of a project as a
    whole flow through a "(project as a whole)" node. Expects project_id, project, event_id,
    event, event_start, event_precision, outcome_type, outcomes."""
    if df.empty:
        return None
    nodes: dict[tuple, int] = {}
    labels_, colours = [], []
    links: dict[tuple[int, int], int] = {}

    def node(key: tuple, label: str, colour: str) -> int:
        if key not in nodes:
            nodes[key] = len(labels_)
            labels_.append(label)
            colours.append(colour)
        return nodes[key]

    for row in df.itertuples(index=False):
        project_key = row.project_id if isinstance(row.project_id, str) else None
        p = node(("project", project_key), label_text(row.project, 40) if project_key else "No project", PALETTE[0])
        if isinstance(row.event_id, str):
            when = dates.format_date(row.event_start, row.event_precision)
            e = node(("event", row.event_id), f"{label_text(row.event, 32)} ({when})", PALETTE[4])
        else:
            e = node(("whole", project_key), "(project as a whole)", NOT_BROKEN_DOWN)
        t = node(("type", row.outcome_type), labels.outcome_type(row.outcome_type), PALETTE[2])
        for link in ((p, e), (e, t)):
            links[link] = links.get(link, 0) + int(row.outcomes)
    fig = go.Figure(go.Sankey(
        arrangement="snap",
        node=dict(label=labels_, color=colours, pad=14, thickness=14, line=dict(width=0),
                  hovertemplate="%{label}: %{value:,d} outcome(s)<extra></extra>"),
        link=dict(source=[a for a, _ in links], target=[b for _, b in links], value=list(links.values()),
                  color="rgba(0,114,178,0.18)",
                  hovertemplate="%{source.label} → %{target.label}: %{value:,d}<extra></extra>"),
    ))
    tallest = max(sum(1 for k in nodes if k[0] in kinds) for kinds in (("project",), ("event", "whole"), ("type",)))
    layout(fig, "From projects to events to outcomes (widths: outcomes)", height=max(360, 80 + 40 * tallest))
    return fig
