"""Charts of outcomes: by type, per year, by project, and the chain project -> event -> outcome."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from atlas import dates, labels
from atlas.charts.style import (
    NOT_BROKEN_DOWN,
    PALETTE,
    colour_scale,
    count_axis_props,
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


def outcomes_by_type(df: pd.DataFrame, lang: str = DEFAULT) -> go.Figure | None:
    """Bars: outcomes in the view by type. Expects outcome_type, outcomes."""
    if df.empty:
        return None
    t = translator(lang)
    names = [labels.outcome_type(c, lang) for c in df["outcome_type"]]
    bar = dict(
        type="bar",
        x=df["outcomes"],
        y=names,
        orientation="h",
        marker=dict(color=PALETTE[2]),
        text=[t.number(n) for n in df["outcomes"]],
        textposition="outside",
        cliponaxis=False,
        hovertemplate="%{y}: %{x:,d}<extra></extra>",
    )
    props = figure_layout(t._("Outcomes by type"), height=max(240, 60 + 36 * len(names)), t=t)
    props["xaxis"] = merged(
        props["xaxis"],
        count_axis_props(
            df["outcomes"].max(),
            title=dict(text=t._("Outcomes")),
            range=[0, max(df["outcomes"].max(), 1) * 1.2],
        ),
    )
    props["yaxis"] = merged(props["yaxis"], dict(autorange="reversed", title={}))
    return figure([bar], props)


def outcomes_per_year(df: pd.DataFrame, lang: str = DEFAULT) -> go.Figure | None:
    """Stacked bars: outcomes per year, by type; the year is the outcome's own date, else its
    event's. Outcomes with neither are counted in a footnote. Expects year, outcome_type,
    outcomes. None when no outcome has a year (the page says so in words).
    The rows (at most a few hundred: year x type) are added up in plain Python: the pandas groupby
    per type it replaced took about 7 ms of a new filter state at a million events, and the chart
    sent is the same (tests/test_outcomes_per_year.py)."""
    per_type: dict[str, dict[int, int]] = {}
    per_year: dict[int, int] = {}
    undated = 0
    for year, code, n in zip(
        df["year"].tolist(), df["outcome_type"].tolist(), df["outcomes"].tolist(), strict=True
    ):
        if pd.isna(year):
            undated += int(n)
            continue
        year = int(year)
        counts = per_type.setdefault(code, {})
        counts[year] = counts.get(year, 0) + int(n)
        per_year[year] = per_year.get(year, 0) + int(n)
    if not per_year:
        return None
    t = translator(lang)
    years = list(range(min(per_year), max(per_year) + 1))
    traces = []
    for i, code in enumerate(sorted(per_type)):
        counts = per_type[code]
        traces.append(
            dict(
                type="bar",
                x=years,
                y=[counts.get(year, 0) for year in years],
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
        count_axis_props(max(per_year.values()), title=dict(text=t._("Outcomes"))),
    )
    if undated:
        note = t.ngettext(
            "Not shown: {n} outcome with no date stated.",
            "Not shown: {n} outcomes with no date stated.",
            undated,
        ).format(n=t.number(undated))
        props = merged(props, footnote_layout(note))
    return figure(traces, props)


def outcomes_by_project(
    df: pd.DataFrame, lang: str = DEFAULT, top: int | None = None
) -> go.Figure | None:
    """Bars: outcomes in the view by project (its own, else its event's). With `top`, the first
    `top` projects (the frame's order: most outcomes first) get a bar each and the others one
    bar, "N other projects", the sum of their outcomes (an outcome counts for one project).
    Expects project (NULL for an event outside any project), outcomes."""
    if df.empty:
        return None
    t = translator(lang)
    shown, rest = split_top(list(df.itertuples(index=False)), top)
    names = [
        label_text(r.project, 45) if isinstance(r.project, str) else t._("No project")
        for r in shown
    ]
    full = [
        label_text(r.project) if isinstance(r.project, str) else t._("No project") for r in shown
    ]
    values = [int(r.outcomes) for r in shown]
    colours = [PALETTE[0]] * len(shown)
    if rest:
        names.append(
            t.ngettext("{n} other project", "{n} other projects", len(rest)).format(
                n=t.number(len(rest))
            )
        )
        full.append(
            names[-1]
            + " ("
            + named_in_group(
                [
                    label_text(r.project, 45) if isinstance(r.project, str) else t._("No project")
                    for r in rest
                ]
            )
            + ")"
        )
        values.append(sum(int(r.outcomes) for r in rest))
        colours.append(colour_scale(PALETTE[0])[0][1])
    bar = dict(
        type="bar",
        x=values,
        y=names,
        orientation="h",
        marker=dict(color=colours),
        customdata=full,
        text=[t.number(n) for n in values],
        textposition="outside",
        cliponaxis=False,
        hovertext=[
            t.ngettext("{n} outcome", "{n} outcomes", n).format(n=t.number(n)) for n in values
        ],
        hovertemplate="%{customdata}: %{hovertext}<extra></extra>",
    )
    props = figure_layout(t._("Outcomes by project"), height=max(240, 60 + 40 * len(names)), t=t)
    props["xaxis"] = merged(
        props["xaxis"],
        count_axis_props(
            max(values),
            title=dict(text=t._("Outcomes")),
            range=[0, max(max(values), 1) * 1.2],
        ),
    )
    props["yaxis"] = merged(props["yaxis"], dict(autorange="reversed", title={}))
    return figure([bar], props)


def outcome_chain(df: pd.DataFrame, lang: str = DEFAULT) -> go.Figure | None:
    """Sankey: project -> event -> outcome type, widths = outcomes. Outcomes of a project as a
    whole flow through a "(project as a whole)" node. Expects project_id, project, event_id,
    event, event_start, event_precision, outcome_type, outcomes."""
    if df.empty:
        return None
    tr = translator(lang)
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
        p = node(
            ("project", project_key),
            label_text(row.project, 40) if project_key else tr._("No project"),
            PALETTE[0],
        )
        if isinstance(row.event_id, str):
            when = dates.format_date(row.event_start, row.event_precision, lang)
            e = node(("event", row.event_id), f"{label_text(row.event, 32)} ({when})", PALETTE[4])
        else:
            e = node(("whole", project_key), tr._("(project as a whole)"), NOT_BROKEN_DOWN)
        t = node(
            ("type", row.outcome_type), labels.outcome_type(row.outcome_type, lang), PALETTE[2]
        )
        for link in ((p, e), (e, t)):
            links[link] = links.get(link, 0) + int(row.outcomes)
    # A node's outcomes, as Plotly sizes it: the larger of what flows in and what flows out.
    into, out_of = [0] * len(labels_), [0] * len(labels_)
    for (a, b), n in links.items():
        out_of[a] += n
        into[b] += n
    totals = [max(i, o) for i, o in zip(into, out_of, strict=True)]
    sankey = dict(
        type="sankey",
        arrangement="snap",
        node=dict(
            label=labels_,
            color=colours,
            pad=14,
            thickness=14,
            line=dict(width=0),
            customdata=[
                tr.ngettext("{n} outcome", "{n} outcomes", n).format(n=tr.number(n)) for n in totals
            ],
            hovertemplate="%{label}: %{customdata}<extra></extra>",
        ),
        link=dict(
            source=[a for a, _ in links],
            target=[b for _, b in links],
            value=list(links.values()),
            color="rgba(0,114,178,0.18)",
            hovertemplate="%{source.label} → %{target.label}: %{value:,d}<extra></extra>",
        ),
    )
    tallest = max(
        sum(1 for k in nodes if k[0] in kinds)
        for kinds in (("project",), ("event", "whole"), ("type",))
    )
    props = figure_layout(
        tr._("From projects to events to outcomes (widths: outcomes)"),
        height=max(360, 80 + 40 * tallest),
        t=tr,
    )
    return figure([sankey], props)
