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

from atlas import dates, labels, maps

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


def _count_axis(fig: go.Figure, axis: str, peak: float, **settings) -> None:
    """An axis of counts: whole numbers with thousands separators, from zero; with a small peak
    every whole number is a tick, so plotly's half steps (0, 0.5, 1, ...) never show as "0, 1, 1"."""
    update = fig.update_xaxes if axis == "x" else fig.update_yaxes
    update(tickformat=",d", rangemode="tozero", dtick=1 if peak <= 10 else None, **settings)


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
    _layout(fig, "Events per year, by type")
    _count_axis(fig, "y", dated.groupby("year")["events"].sum().max() if not dated.empty else 0, title="Events")
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
    _count_axis(fig, "x", max(values + [1]), title="Participants (as stated in the reports)",
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
    _count_axis(fig, "x", df["outcomes"].max(), title="Outcomes", range=[0, max(df["outcomes"].max(), 1) * 1.2])
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
    fig.update_layout(barmode="stack", legend=dict(orientation="h", x=0, y=-0.25, yanchor="top", xanchor="left",
                                                   traceorder="normal"),
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
    _layout(fig, "Outcomes per year, by type")
    fig.update_xaxes(dtick=1, title="Year (the outcome's date, else its event's)")
    _count_axis(fig, "y", dated.groupby("year")["outcomes"].sum().max(), title="Outcomes")
    if undated:
        _footnote(fig, f"Not shown: {undated:,} outcome(s) with no date stated.")
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
    _count_axis(fig, "x", df["outcomes"].max(), title="Outcomes", range=[0, max(df["outcomes"].max(), 1) * 1.2])
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
            e = node(("event", row.event_id), f"{_text(row.event, 32)} ({when})", PALETTE[4])
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
    _layout(fig, "From projects to events to outcomes (widths: outcomes)", height=max(360, 80 + 40 * tallest))
    return fig


# --- Countries and funders pages -------------------------------------------------------------

NAMED_NO_COUNT = "#E69F00"  # a country the reports name without a count: its own colour, no scale
NAMED_NO_COUNT_LABEL = "Named, no count"
HOST_NOT_STATED_LABEL = "Place not stated"


def _map_layout(fig: go.Figure, title: str, codes: list[str], notes: list[str], *, height: int = 440) -> go.Figure:
    """World map at the shipped resolution (see atlas/maps.py), framed on `codes`; `notes` are
    said under it. Countries the map cannot draw are named in the notes, never dropped."""
    view = maps.frame(codes)
    fig.update_geos(
        scope="world", resolution=maps.RESOLUTION, projection_type="natural earth",
        showcountries=True, countrycolor="#9A9A9A", showland=True, landcolor="#F2F2F2",
        showcoastlines=True, coastlinecolor="#9A9A9A", showocean=True, oceancolor="#FFFFFF",
        showlakes=False, showframe=False,
        **({"lonaxis_range": view["lon"], "lataxis_range": view["lat"]} if view else {}),
    )
    _layout(fig, title, height=height)
    fig.update_layout(margin=dict(l=0, r=0, t=80, b=10), clickmode="event+select",
                      legend=dict(orientation="h", x=0, y=1.0, xanchor="left", yanchor="bottom"))
    off_map = sorted({c for c in codes if not maps.on_map(c)})
    if off_map:
        notes = [*notes, "Too small for this map: " + ", ".join(off_map) + " (see the bars)."]
    if notes:
        _footnote(fig, "<br>".join(notes))
        fig.layout.annotations[-1].update(y=-0.02)
        fig.update_layout(margin=dict(b=20 + 18 * len(notes)))
    return fig


def _scale(colour: str) -> list[list[object]]:
    """A sequential scale from a light tint of `colour` (a quarter of it on white), so the
    smallest count still stands out from the land."""
    rgb = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    tint = "#" + "".join(f"{round(255 - (255 - c) * 0.25):02X}" for c in rgb)
    return [[0.0, tint], [1.0, colour]]


def participants_map(df: pd.DataFrame, not_broken_down: int = 0, at_least: bool = False) -> go.Figure | None:
    """Choropleth: participants by home country as the reports state them. A country named only
    without a count is drawn in its own colour ("named, no count"), never given a number; one
    with a count that is also named elsewhere without one is ringed, since its count is then a
    lower bound. The remainder no country accounts for is stated under the map. Expects
    country_iso3, country, participants, events, events_without_count; customdata is the ISO-3
    code, for clicks."""
    if df.empty:
        return None
    counted = df[df["participants"].notna()]
    named = df[df["participants"].isna()]
    fig = go.Figure()
    if not counted.empty:
        z = counted["participants"].astype(int)
        notes = [
            f"{int(n):,} stated" + (f"<br>also named at {int(k)} event(s) without a count" if k else "")
            for n, k in zip(z, counted["events_without_count"], strict=True)
        ]
        fig.add_choropleth(
            locations=counted["country_iso3"], locationmode="ISO-3", z=z, zmin=0, zmax=max(int(z.max()), 1),
            customdata=counted["country_iso3"], text=[html.escape(c) for c in counted["country"]],
            hovertext=notes, colorscale=_scale(PALETTE[0]), marker_line_color="white",
            colorbar=dict(title="Participants", tickformat=",d", thickness=12, len=0.6),
            name="Participants stated", hovertemplate="%{text}: %{hovertext}<extra></extra>",
        )
        partial = counted[counted["events_without_count"] > 0]
        if not partial.empty:
            fig.add_scattergeo(
                locations=partial["country_iso3"], locationmode="ISO-3", customdata=partial["country_iso3"],
                mode="markers", marker=dict(symbol="circle-open", size=16, color=NAMED_NO_COUNT, line=dict(width=3)),
                name="Also named without a count", text=[html.escape(c) for c in partial["country"]],
                hovertemplate="%{text}: also named without a count<extra></extra>",
            )
    if not named.empty:
        fig.add_choropleth(
            locations=named["country_iso3"], locationmode="ISO-3", z=[1] * len(named),
            customdata=named["country_iso3"], text=[html.escape(c) for c in named["country"]],
            hovertext=[f"named at {int(k)} event(s), no count" for k in named["events"]],
            colorscale=[[0, NAMED_NO_COUNT], [1, NAMED_NO_COUNT]], showscale=False, showlegend=True,
            marker_line_color="white", name=NAMED_NO_COUNT_LABEL,
            hovertemplate="%{text}: %{hovertext}<extra></extra>",
        )
    notes = []
    if not_broken_down:
        words = ("at least " if at_least else "") + f"{int(not_broken_down):,}"
        notes.append(f"Not on the map: {words} participant(s) whose home country the reports do not break down.")
    return _map_layout(fig, "Participants by home country", list(df["country_iso3"]), notes)


def events_map(df: pd.DataFrame) -> go.Figure | None:
    """Choropleth: selected events by host country; events whose report names no place are
    counted under the map. Expects country_iso3 (NULL: no place), country, events, participants,
    events_without_count; customdata is the ISO-3 code, for clicks."""
    placed = df[df["country_iso3"].notna()]
    unplaced = int(df.loc[df["country_iso3"].isna(), "events"].sum())
    if placed.empty and not unplaced:
        return None
    fig = go.Figure()
    if not placed.empty:
        z = placed["events"].astype(int)
        notes = [
            f"{int(e):,} event(s)" + (f", {int(p):,} participant(s) stated" if pd.notna(p) else "")
            + (f", {int(k)} without a count" if k else "")
            for e, p, k in zip(z, placed["participants"], placed["events_without_count"], strict=True)
        ]
        fig.add_choropleth(
            locations=placed["country_iso3"], locationmode="ISO-3", z=z, zmin=0, zmax=max(int(z.max()), 1),
            customdata=placed["country_iso3"], text=[html.escape(c) for c in placed["country"]], hovertext=notes,
            colorscale=_scale(PALETTE[2]), marker_line_color="white",
            colorbar=dict(title="Events", tickformat=",d", thickness=12, len=0.6),
            name="Events held", hovertemplate="%{text}: %{hovertext}<extra></extra>",
        )
    else:  # nothing to colour: an empty world map, and the sentence under it says why
        fig.add_choropleth(locations=[], z=[], locationmode="ISO-3", showscale=False)
    notes = [f"Not on the map: {unplaced:,} event(s) whose report names no place."] if unplaced else []
    return _map_layout(fig, "Events by host country", list(placed["country_iso3"]), notes)


def events_by_host(df: pd.DataFrame) -> go.Figure | None:
    """Horizontal bars: selected events by host country, and one grey bar for the events whose
    report names no place. Expects country_iso3, country, events, participants,
    events_without_count; customdata is the ISO-3 code ("" for no place), for clicks."""
    if df.empty:
        return None
    placed = [r for r in df.itertuples(index=False) if isinstance(r.country_iso3, str)]
    unplaced = [r for r in df.itertuples(index=False) if not isinstance(r.country_iso3, str)]
    names = [html.escape(r.country) for r in placed] + [HOST_NOT_STATED_LABEL] * len(unplaced)
    values = [int(r.events) for r in placed + unplaced]
    codes = [r.country_iso3 for r in placed] + [""] * len(unplaced)
    colours = [PALETTE[2]] * len(placed) + [NOT_BROKEN_DOWN] * len(unplaced)
    fig = go.Figure(go.Bar(
        x=values, y=names, orientation="h", marker_color=colours, customdata=codes,
        text=[f"{v:,}" for v in values], textposition="outside", cliponaxis=False,
        hovertemplate="%{y}: %{x:,d} event(s)<extra></extra>",
    ))
    fig.update_yaxes(autorange="reversed", title=None)
    _count_axis(fig, "x", max(values), title="Events", range=[0, max(values) * 1.25])
    _layout(fig, "Events by host country", height=max(240, 60 + 42 * len(names)))
    fig.update_layout(clickmode="event+select")
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
        ("Participants stated", df["home_iso3"].notna() & df["participants"].notna(), _scale(PALETTE[4])),
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
    _layout(fig, "Cross-border flows: participants' home country (rows) → where the event was held (columns)",
            height=max(260, 130 + 62 * len(rows)))
    fig.update_layout(margin=dict(t=110))
    return fig
