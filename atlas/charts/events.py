"""Charts of events: per year by type, the timeline of projects and their events, and events by
host country."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from atlas import dates, labels
from atlas.charts.style import (
    HOST_NOT_STATED_LABEL,
    NOT_BROKEN_DOWN,
    PALETTE,
    colour_scale,
    count_axis_props,
    country_name,
    figure,
    figure_layout,
    footnote_layout,
    label_text,
    merged,
    named_in_group,
    split_top,
    year_step,
)
from atlas.i18n import DEFAULT, translator


def events_per_year(df: pd.DataFrame, lang: str = DEFAULT) -> go.Figure | None:
    """Stacked bars: selected events per start year, by type. Undated events are counted in a
    footnote, not dropped silently. Expects columns year, event_type, events."""
    if df.empty:
        return None
    t = translator(lang)
    dated = df[df["year"].notna()].copy()
    undated = int(df.loc[df["year"].isna(), "events"].sum())
    traces = []
    props = figure_layout(t._("Events per year, by type"), t=t)
    if not dated.empty:
        dated["year"] = dated["year"].astype(int)
        years = list(range(dated["year"].min(), dated["year"].max() + 1))
        for i, (code, part) in enumerate(dated.groupby("event_type", sort=True)):
            counts = part.set_index("year")["events"].reindex(years, fill_value=0)
            traces.append(
                dict(
                    type="bar",
                    x=years,
                    y=counts.values,
                    name=labels.event_type(code, lang),
                    marker=dict(color=PALETTE[i % len(PALETTE)]),
                    hovertemplate="%{x}: %{y:,d} · "
                    + labels.event_type(code, lang)
                    + "<extra></extra>",
                )
            )
        props = merged(
            props,
            dict(
                barmode="stack",
                xaxis=dict(dtick=year_step(years), title=dict(text=t._("Year the event started"))),
            ),
        )
    peak = dated.groupby("year")["events"].sum().max() if not dated.empty else 0
    props["yaxis"] = merged(props["yaxis"], count_axis_props(peak, title=dict(text=t._("Events"))))
    if undated:
        note = t.ngettext(
            "Not shown: {n} event whose report gives no date.",
            "Not shown: {n} events whose report gives no date.",
            undated,
        ).format(n=t.number(undated))
        props = merged(props, footnote_layout(note))
    return figure(traces, props)


def events_timeline(df: pd.DataFrame, lang: str = DEFAULT) -> go.Figure | None:
    """Timeline: one row per project, each event a mark at its start and a line over the period
    its date stands for ("May 2016" spans the month); a grey band shows a project's own dates
    where the report states both ends. Undated events are counted in a footnote. Expects
    event_id, title, event_type, start_date, end_date, last_day, date_precision, project,
    project_start, project_end."""
    if df.empty:
        return None
    t = translator(lang)
    frame = df.copy()
    frame["row"] = frame["project"].where(frame["project"].notna(), t._("No project"))
    dated = frame[frame["start_date"].notna()]
    undated = len(frame) - len(dated)
    rows = list(dict.fromkeys(dated["row"]))
    spans = dated[dated["project_start"].notna() & dated["project_end"].notna()].drop_duplicates(
        "row"
    )
    traces = [
        dict(
            type="scatter",
            x=[span.project_start, span.project_end],
            y=[span.row, span.row],
            mode="lines",
            line=dict(color="#DDDDDD", width=18),
            name=t._("Project dates as stated"),
            showlegend=i == 0,
            legendgroup="project",
            hoverinfo="skip",
        )
        for i, span in enumerate(spans.itertuples(index=False))
    ]
    for i, (code, part) in enumerate(dated.groupby("event_type", sort=True)):
        traces += _timeline_type(part, code, PALETTE[i % len(PALETTE)], lang)
    props = merged(
        figure_layout(
            t._("Timeline of projects and their events"),
            height=max(260, 120 + 60 * len(rows)),
            t=t,
        ),
        dict(
            yaxis=dict(
                categoryorder="array",
                categoryarray=rows[::-1],
                tickvals=rows,
                ticktext=[label_text(r, 38) for r in rows],
                title={},
                showgrid=False,
            ),
            xaxis=dict(type="date", title={}, showgrid=True, gridcolor="#EEEEEE"),
            hovermode="closest",
        ),
    )
    if undated:
        note = t.ngettext(
            "Not on the timeline: {n} event whose report gives no date (listed below).",
            "Not on the timeline: {n} events whose report gives no date (listed below).",
            undated,
        ).format(n=t.number(undated))
        props = merged(props, footnote_layout(note))
    return figure(traces, props)


def _iso(values: pd.Series) -> list:
    """Timestamps as plotly's JSON writes them (`Timestamp.isoformat()`); a missing one stays."""
    return [x if pd.isna(x) else x.isoformat() for x in values.tolist()]


def _timeline_type(part: pd.DataFrame, code: str, colour: str, lang: str) -> list[dict]:
    """The timeline's two traces for the events of one type: a line over each event's period,
    and a mark at its start that names it."""
    rows = part["row"].tolist()
    starts = part["start_date"].tolist()
    # The line's dates as the text plotly would write for them, made once: a list of Timestamps
    # is copied one by one when the figure is built and encoded one by one when it is sent.
    ends = _iso(part["last_day"] + pd.Timedelta(days=1))
    periods = dict(
        type="scatter",
        x=[x for s, e in zip(_iso(part["start_date"]), ends, strict=True) for x in (s, e, None)],
        y=[y for r in rows for y in (r, r, None)],
        mode="lines",
        line=dict(color=colour, width=6),
        legendgroup=code,
        showlegend=False,
        hoverinfo="skip",
    )
    # Events of one type starting together (two workshops in early 2010) share one mark, in the
    # order the first of them comes; its precision and end date are the first stated ones.
    marks: dict[tuple, list] = {}
    for i, key, title, when, end in zip(
        range(len(rows)),
        zip(rows, starts, strict=True),
        part["title"].tolist(),
        part["date_precision"].tolist(),
        part["end_date"].tolist(),
        strict=True,
    ):
        mark = marks.get(key)
        if mark is None:
            marks[key] = [[label_text(title, 80)], when, end, i]
            continue
        mark[0].append(label_text(title, 80))
        if pd.isna(mark[1]):
            mark[1] = when
        if pd.isna(mark[2]):
            mark[2] = end
    starts = dict(
        type="scatter",
        x=part["start_date"].to_numpy()[[mark[3] for mark in marks.values()]],
        y=[row for row, _ in marks],
        mode="markers",
        name=labels.event_type(code, lang),
        marker=dict(
            color=colour,
            size=[10 + 3 * (len(titles) - 1) for titles, *_ in marks.values()],
            line=dict(color="white", width=1),
        ),
        legendgroup=code,
        customdata=[
            [dates.format_range(start, end, when, lang), "<br>".join(titles)]
            for (_, start), (titles, when, end, _) in marks.items()
        ],
        hovertemplate="%{customdata[0]}<br>%{customdata[1]}<extra>"
        + labels.event_type(code, lang)
        + "</extra>",
    )
    return [periods, starts]


def events_by_host(
    df: pd.DataFrame, lang: str = DEFAULT, top: int | None = None
) -> go.Figure | None:
    """Horizontal bars: selected events by host country, and one grey bar for the events whose
    report names no place. With `top`, the first `top` host countries (the frame's order: most
    events first) get a bar each and the others one bar, "N other countries", the sum of their
    events (an event has one host, so the sum counts each once). Expects country_iso3,
    country, events, participants, events_without_count; customdata is the ISO-3 code ("" for
    no place or a group), for clicks."""
    if df.empty:
        return None
    t = translator(lang)
    placed = [r for r in df.itertuples(index=False) if isinstance(r.country_iso3, str)]
    unplaced = [r for r in df.itertuples(index=False) if not isinstance(r.country_iso3, str)]
    placed, rest = split_top(placed, top)
    names = [country_name(t, r.country_iso3, r.country) for r in placed]
    values = [int(r.events) for r in placed]
    codes = [r.country_iso3 for r in placed]
    colours = [PALETTE[2]] * len(placed)
    hovers = [t.ngettext("{n} event", "{n} events", v).format(n=t.number(v)) for v in values]
    if rest:
        names.append(
            t.ngettext("{n} other country", "{n} other countries", len(rest)).format(
                n=t.number(len(rest))
            )
        )
        values.append(sum(int(r.events) for r in rest))
        codes.append("")
        colours.append(colour_scale(PALETTE[2])[0][1])
        hovers.append(
            t.ngettext("{n} event", "{n} events", values[-1]).format(n=t.number(values[-1]))
            + "<br>"
            + named_in_group([country_name(t, r.country_iso3, r.country) for r in rest])
        )
    for r in unplaced:
        names.append(t._(HOST_NOT_STATED_LABEL))
        values.append(int(r.events))
        codes.append("")
        colours.append(NOT_BROKEN_DOWN)
        hovers.append(
            t.ngettext("{n} event", "{n} events", values[-1]).format(n=t.number(values[-1]))
        )
    bar = dict(
        type="bar",
        x=values,
        y=names,
        orientation="h",
        marker=dict(color=colours),
        customdata=codes,
        text=[t.number(v) for v in values],
        textposition="outside",
        cliponaxis=False,
        hovertext=hovers,
        hovertemplate="%{y}: %{hovertext}<extra></extra>",
    )
    props = figure_layout(t._("Events by host country"), height=max(240, 60 + 42 * len(names)), t=t)
    props["xaxis"] = merged(
        props["xaxis"],
        count_axis_props(
            max(values), title=dict(text=t._("Events")), range=[0, max(values) * 1.25]
        ),
    )
    props["yaxis"] = merged(props["yaxis"], dict(autorange="reversed", title={}))
    props["clickmode"] = "event+select"
    return figure([bar], props)
