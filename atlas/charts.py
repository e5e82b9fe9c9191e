"""Charts: DataFrame in, plotly Figure out. No queries, no Streamlit.

One palette (Okabe-Ito, safe for the common colour-vision deficiencies), one font, thousands
separators, and one grey for "not broken down" so a remainder never looks like a country.
Each title says what is counted. A builder returns None for an empty frame; the page shows a
sentence instead of an empty axis.
"""

from __future__ import annotations

import html

import pandas as pd
import plotly.graph_objects as go

from atlas import dates, labels

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


# --- Events and outcomes pages -------------------------------------------------------------

def _text(value: object, limit: int | None = None) -> str:
    """Data text for a plotly label: HTML-escaped (plotly reads a few tags in labels), shortened."""
    text = " ".join(str(value).split()) if value is not None and value == value else ""
    if limit and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return html.escape(text, quote=False)


def event_participants(df: pd.DataFrame, total: object, at_least: bool = False) -> go.Figure | None:
    """One stacked horizontal bar for one event: its participants by home country as the report
    states them, and the rest of its stated total as a grey "not broken down" segment. A country
    named without a count gets no share, only a mention under the bar. Expects country and
    participants (NULL when the report names the country without a count)."""
    total = None if total is None or pd.isna(total) else int(total)
    counted = df[df["participants"].notna()]
    named_only = [_text(c) for c in df.loc[df["participants"].isna(), "country"]]
    stated = int(counted["participants"].sum()) if not counted.empty else 0
    remainder = max(total - stated, 0) if total is not None else 0
    if counted.empty and not remainder:
        return None
    fig = go.Figure()
    for i, row in enumerate(counted.itertuples(index=False)):
        n = int(row.participants)
        fig.add_bar(
            x=[n], y=["Participants"], orientation="h", name=_text(row.country),
            marker_color=PALETTE[i % len(PALETTE)], text=[f"{_text(row.country)}: {n:,}"],
            textposition="inside", insidetextanchor="middle",
            hovertemplate=f"{_text(row.country)}: {n:,} participant(s)<extra></extra>",
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
    _layout(fig, title, height=230)
    fig.update_layout(barmode="stack", legend=dict(orientation="h", x=0, y=-0.25, yanchor="top", xanchor="left"),
                      margin=dict(l=10, r=10, t=50, b=30))
    fig.update_yaxes(showticklabels=False, title=None)
    fig.update_xaxes(title=None, tickformat=",d", range=[0, max(stated + remainder, 1)])
    if named_only:
        _footnote(fig, "Named without a count: " + ", ".join(named_only) + ".")
        fig.update_layout(legend=dict(y=-0.6))
        fig.update_layout(height=270, margin=dict(b=80))
    return fig


def events_timeline(df: pd.DataFrame) -> go.Figure | None:
    """Timeline: one row per project, each event a mark at its start and a line over the period
    its date stands for ("May 2016" spans the month); a grey band shows a project's own dates
    where the report states both ends. Undated events are counted in a footnote. Expects
    event_id, title, event_type, start_date, end_date, last_day, date_precision, project,
    project_start, project_end."""
    if df.empty:
        return None
    frame = df.copy()
    frame["row"] = frame["project"].where(frame["project"].notna(), "No project")
    dated = frame[frame["start_date"].notna()]
    undated = len(frame) - len(dated)
    fig = go.Figure()
    rows = list(dict.fromkeys(dated["row"]))
    spans = dated[dated["project_start"].notna() & dated["project_end"].notna()].drop_duplicates("row")
    for i, span in enumerate(spans.itertuples(index=False)):
        fig.add_scatter(
            x=[span.project_start, span.project_end], y=[span.row, span.row], mode="lines",
            line=dict(color="#DDDDDD", width=18), name="Project dates as stated", showlegend=i == 0,
            legendgroup="project", hoverinfo="skip",
        )
    for i, (code, part) in enumerate(dated.groupby("event_type", sort=True)):
        colour = PALETTE[i % len(PALETTE)]
        xs, ys = [], []
        for row in part.itertuples(index=False):
            xs += [row.start_date, row.last_day + pd.Timedelta(days=1), None]
            ys += [row.row, row.row, None]
        fig.add_scatter(x=xs, y=ys, mode="lines", line=dict(color=colour, width=6),
                        legendgroup=code, showlegend=False, hoverinfo="skip")
        # Events of one type starting together (two workshops in early 2010) share one mark.
        marks = part.groupby(["row", "start_date"], sort=False).agg(
            titles=("title", lambda t: "<br>".join(_text(x, 80) for x in t)),
            when=("date_precision", "first"), end=("end_date", "first"), n=("event_id", "size"),
        ).reset_index()
        fig.add_scatter(
            x=marks["start_date"], y=marks["row"], mode="markers", name=labels.event_type(code),
            marker=dict(color=colour, size=[10 + 3 * (n - 1) for n in marks["n"]], line=dict(color="white", width=1)),
            legendgroup=code,
            customdata=[[dates.format_range(s, e, p), t] for s, e, p, t in
                        zip(marks["start_date"], marks["end"], marks["when"], marks["titles"], strict=True)],
            hovertemplate="%{customdata[0]}<br>%{customdata[1]}<extra>" + labels.event_type(code) + "</extra>",
        )
    _layout(fig, "Timeline of projects and their events", height=max(260, 120 + 60 * len(rows)))
    fig.update_yaxes(categoryorder="array", categoryarray=rows[::-1], tickvals=rows,
                     ticktext=[_text(r, 38) for r in rows], title=None, showgrid=False)
    fig.update_xaxes(type="date", title=None, showgrid=True, gridcolor="#EEEEEE")
    fig.update_layout(hovermode="closest")
    if undated:
        _footnote(fig, f"Not on the timeline: {undated:,} event(s) whose report gives no date (listed below).")
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
    fig.update_xaxes(dtick=1, title="Year (the outcome's date, else its event's)")
    fig.update_yaxes(title="Outcomes")
    _layout(fig, "Outcomes per year, by type")
    if undated:
        _footnote(fig, f"Not shown: {undated:,} outcome(s) with no date stated, neither their own nor their event's.")
    return fig


def outcomes_by_project(df: pd.DataFrame) -> go.Figure | None:
    """Bars: outcomes in the view by project (its own, else its event's). Expects project
    (NULL for an event outside any project), outcomes."""
    if df.empty:
        return None
    names = [_text(p, 45) if isinstance(p, str) else "No project" for p in df["project"]]
    full = [_text(p) if isinstance(p, str) else "No project" for p in df["project"]]
    fig = go.Figure(go.Bar(
        x=df["outcomes"], y=names, orientation="h", marker_color=PALETTE[0], customdata=full,
        text=[f"{int(n):,}" for n in df["outcomes"]], textposition="outside", cliponaxis=False,
        hovertemplate="%{customdata}: %{x:,d} outcome(s)<extra></extra>",
    ))
    fig.update_yaxes(autorange="reversed", title=None)
    fig.update_xaxes(title="Outcomes", tickformat=",d", range=[0, max(df["outcomes"].max(), 1) * 1.2])
    _layout(fig, "Outcomes by project", height=max(240, 60 + 40 * len(names)))
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
        p = node(("project", project_key), _text(row.project, 40) if project_key else "No project", PALETTE[0])
        if isinstance(row.event_id, str):
            when = dates.format_date(row.event_start, row.event_precision)
            e = node(("event", row.event_id), f"{_text(row.event, 40)} ({when})", PALETTE[4])
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
    _layout(fig, "From projects to events to outcomes (widths: outcomes)",
            height=max(320, 40 + 26 * sum(1 for k in nodes if k[0] in ("event", "whole"))))
    return fig
