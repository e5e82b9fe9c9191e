"""Charts of participants: by home country with the "not broken down" remainder, one event's
breakdown, and the home -> host flow matrix."""

from __future__ import annotations

import html

import pandas as pd
import plotly.graph_objects as go

from atlas.charts.style import (
    HOST_NOT_STATED_LABEL,
    NAMED_NO_COUNT,
    NAMED_NO_COUNT_LABEL,
    NOT_BROKEN_DOWN,
    NOT_BROKEN_DOWN_LABEL,
    PALETTE,
    colour_scale,
    count_axis,
    footnote,
    label_text,
    layout,
)


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
    count_axis(fig, "x", max(values + [1]), title="Participants (as stated in the reports)",
                range=[0, max(values + [1]) * 1.6])
    layout(fig, "Participants by home country", height=max(260, 60 + 42 * len(names)))
    return fig


def event_participants(df: pd.DataFrame, total: object, at_least: bool = False) -> go.Figure | None:
    """One stacked horizontal bar for one event: its participants by home country as the report
    states them, and the rest of its stated total as a grey "not broken down" segment. A country
    named without a count gets no share, only a mention under the bar. Expects country and
    participants (NULL when the report names the country without a count)."""
    total = None if total is None or pd.isna(total) else int(total)
    counted = df[df["participants"].notna()]
    named_only = [label_text(c) for c in df.loc[df["participants"].isna(), "country"]]
    stated = int(counted["participants"].sum()) if not counted.empty else 0
    remainder = max(total - stated, 0) if total is not None else 0
    if counted.empty and not remainder:
        return None
    fig = go.Figure()
    for i, row in enumerate(counted.itertuples(index=False)):
        n = int(row.participants)
        fig.add_bar(
            x=[n], y=["Participants"], orientation="h", name=label_text(row.country),
            marker_color=PALETTE[i % len(PALETTE)], text=[f"{label_text(row.country)}: {n:,}"],
            textposition="inside", insidetextanchor="middle",
            hovertemplate=f"{label_text(row.country)}: {n:,} participant(s)<extra></extra>",
        )
    if remainder:
        words = ("at least " if at_least else "") + f"{remainder:,}"
        fig.add_bar(
            x=[remainder], y=["Participants"], orientation="h", name=NOT_BROKEN_DOWN_LABEL,
            marker_color=NOT_BROKEN_DOWN, text=[f"{words} not broken down"],
            textposition="inside", insidetextanchor="middle",
            hovertemplate=f"{words} participant(s) not broken down by country<extra></extra>",
        )
    if total is None:
        title = f"Participants by home country: {stated:,} stated by country (the report gives no total)"
    else:
        title = "Participants by home country: " + ("at least " if at_least else "") + f"{total:,} in all"
    layout(fig, title, height=230)
    fig.update_layout(barmode="stack", legend=dict(orientation="h", x=0, y=-0.25, yanchor="top", xanchor="left",
                                                   traceorder="normal"),
                      margin=dict(l=10, r=10, t=50, b=30))
    fig.update_yaxes(showticklabels=False, title=None)
    fig.update_xaxes(title=None, tickformat=",d", range=[0, max(stated + remainder, 1)])
    if named_only:
        footnote(fig, "Named without a count: " + ", ".join(named_only) + ".")
        fig.update_layout(legend=dict(y=-0.6))
        fig.update_layout(height=270, margin=dict(b=80))
    return fig


def flows_matrix(df: pd.DataFrame) -> go.Figure | None:
    """Cross-border flows as a matrix: home country (rows) -> host country (columns). A cell
    shows the participants the reports state; a pair named without a count is its own colour and
    reads "named, no count"; the bottom row is each host's remainder that no country count
    accounts for, in grey. Expects home_iso3 (NULL on remainder rows), home, host_iso3 (NULL: no
    place), host, participants, events, events_without_count, at_least."""
    if df.empty:
        return None
    df = df.copy()
    df["row"] = [html.escape(h) if isinstance(h, str) else NOT_BROKEN_DOWN_LABEL for h in df["home"]]
    df["col"] = [html.escape(h) if isinstance(h, str) else HOST_NOT_STATED_LABEL for h in df["host"]]
    homes = [r for r in dict.fromkeys(df.loc[df["home_iso3"].notna(), "row"])]
    rows = homes + ([NOT_BROKEN_DOWN_LABEL] if df["home_iso3"].isna().any() else [])
    cols = sorted({c for c in df["col"] if c != HOST_NOT_STATED_LABEL})
    cols += [HOST_NOT_STATED_LABEL] if HOST_NOT_STATED_LABEL in set(df["col"]) else []

    def cell_text(r) -> str:
        if pd.isna(r.participants):
            return f"named, no count<br>({int(r.events)} event{'s' if r.events != 1 else ''})"
        text = ("at least " if r.at_least else "") + f"{int(r.participants):,}"
        if r.events_without_count:
            text += f"<br>+ named at {int(r.events_without_count)} more<br>without a count"
        return text

    # One full rows x columns grid per kind of cell (None elsewhere, drawn transparent), so every
    # cell sits in its own row and column whatever mix of kinds a column holds.
    kinds = (
        # Sky blue, not the maps' dark blue, so the count written in the cell stays readable.
        ("Participants stated", df["home_iso3"].notna() & df["participants"].notna(), colour_scale(PALETTE[4])),
        (NAMED_NO_COUNT_LABEL, df["home_iso3"].notna() & df["participants"].isna(), [[0, NAMED_NO_COUNT], [1, NAMED_NO_COUNT]]),
        (NOT_BROKEN_DOWN_LABEL, df["home_iso3"].isna(), [[0, NOT_BROKEN_DOWN], [1, NOT_BROKEN_DOWN]]),
    )
    fig = go.Figure()
    for name, mask, colours in kinds:
        part = df[mask]
        if part.empty:
            continue
        z: list[list[float | None]] = [[None] * len(cols) for _ in rows]
        text = [[""] * len(cols) for _ in rows]
        for r in part.itertuples(index=False):
            i, j = rows.index(r.row), cols.index(r.col)
            z[i][j] = float(r.participants) if name == "Participants stated" else 1.0
            text[i][j] = cell_text(r)
        fig.add_heatmap(
            x=cols, y=rows, z=z, text=text, texttemplate="%{text}", colorscale=colours, zmin=0,
            showscale=False, xgap=3, ygap=3, name=name, textfont=dict(size=13), hoverongaps=False,
            hovertemplate="%{y} → %{x}: %{text}<extra>" + name + "</extra>",
        )
    fig.update_xaxes(categoryorder="array", categoryarray=cols, side="top", title=None, showgrid=False)
    fig.update_yaxes(categoryorder="array", categoryarray=rows[::-1], title="Participants' home country",
                     showgrid=False)
    layout(fig, "Cross-border flows: participants' home country (rows) → where the event was held (columns)",
            height=max(260, 130 + 62 * len(rows)))
    fig.update_layout(margin=dict(t=110))
    return fig
