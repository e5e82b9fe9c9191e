"""Charts of participants: by home country with the "not broken down" remainder, one event's
breakdown, and the home -> host flow matrix."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from atlas.charts.label_width import align_left, text_width, wrap
from atlas.charts.style import (
    HOST_NOT_STATED_LABEL,
    NAMED_NO_COUNT,
    NAMED_NO_COUNT_LABEL,
    NOT_BROKEN_DOWN,
    NOT_BROKEN_DOWN_LABEL,
    PALETTE,
    colour_scale,
    count_axis_props,
    country_name,
    figure,
    figure_layout,
    footnote_props,
    merged,
    named_in_group,
    split_top,
)
from atlas.i18n import DEFAULT, translator

# Outside bar labels are fitted to a figure this wide (px): half of a wide page, where the
# Overview draws this chart. Plotly makes room for tick labels but not for a bar's outside text,
# so a long label (Burmese is about half as wide again as English) ran off the figure: each
# label is wrapped to the plot's width and the count axis made long enough that it fits after
# its bar. A wider figure leaves more room.
FIGURE_WIDTH = 440
LINE_HEIGHT = 24  # px a wrapped label's extra line adds to its row (Burmese lines stand tall)
HEADROOM = 1.6  # the count axis runs to 1.6 times the longest bar: room for short labels
# The flow matrix's one colour scale, from 0 to FLOW_TOP, in bands (flows_matrix): stated counts
# from 0 (the smallest) to 1 (the largest), a pair named without a count at 2, a remainder at 3.5.
# Nothing falls between the bands, so no cell takes a blend of two kinds' colours.
FLOW_BANDS = {
    "stated": 1.0,
    "named_from": 1.2,
    "named": 2.0,
    "named_to": 2.8,
    "remainder_from": 3.0,
    "remainder": 3.5,
}
FLOW_TOP = 4.0


def participants_by_country(
    df: pd.DataFrame,
    not_broken_down: int = 0,
    at_least: bool = False,
    lang: str = DEFAULT,
    top: int | None = None,
) -> go.Figure | None:
    """Horizontal bars: participants by home country as the reports state them, and the rest of
    the stated totals as one grey "not broken down" bar. A country named without a count gets no
    bar length, only its label, never an estimate. With `top`, the first `top` countries (the
    frame's order: most participants first) get a bar each and the others one bar, "N other
    countries", the sum of their stated counts (split_top). Expects country, participants,
    events, events_without_count."""
    if df.empty and not not_broken_down:
        return None
    t = translator(lang)
    names, values, texts, hovers, colours = [], [], [], [], []
    shown, rest = split_top(list(df.itertuples(index=False)), top)
    for row in shown:
        stated = 0 if pd.isna(row.participants) else int(row.participants)
        names.append(country_name(t, getattr(row, "country_iso3", None), row.country))
        values.append(stated)
        if pd.isna(row.participants):
            note = t.ngettext(
                "named at {n} event, no count", "named at {n} events, no count", int(row.events)
            ).format(n=t.number(row.events))
        else:
            note = t.number(stated)
            if row.events_without_count:
                note += " " + t.ngettext(
                    "(+ named at {n} more event, no count)",
                    "(+ named at {n} more events, no count)",
                    int(row.events_without_count),
                ).format(n=t.number(row.events_without_count))
        texts.append(note)
        hovers.append(note)
        colours.append(PALETTE[0])
    if rest:
        # The sum of the grouped countries' stated counts: each is exact, so is their sum. How
        # many events named them without a count is not summed (an event may name several).
        stated = sum(0 if pd.isna(r.participants) else int(r.participants) for r in rest)
        uncounted = sum(1 for r in rest if pd.isna(r.participants) or r.events_without_count)
        note = t.number(stated) + (
            " "
            + t.ngettext(
                "({n} of them named without a count)",
                "({n} of them named without a count)",
                uncounted,
            ).format(n=t.number(uncounted))
            if uncounted
            else ""
        )
        names.append(
            t.ngettext("{n} other country", "{n} other countries", len(rest)).format(
                n=t.number(len(rest))
            )
        )
        values.append(stated)
        texts.append(note)
        hovers.append(
            note
            + "<br>"
            + named_in_group(
                [country_name(t, getattr(r, "country_iso3", None), r.country) for r in rest]
            )
        )
        colours.append(colour_scale(PALETTE[0])[0][1])
    if not_broken_down:
        names.append(t._(NOT_BROKEN_DOWN_LABEL))
        values.append(int(not_broken_down))
        texts.append(_at_least(t, not_broken_down, at_least))
        hovers.append(texts[-1])
        colours.append(NOT_BROKEN_DOWN)
    wrapped, top = fit_labels(names, values, texts)
    bar = dict(
        type="bar",
        x=values,
        y=names,
        orientation="h",
        marker=dict(color=colours),
        text=wrapped,
        customdata=hovers,
        textposition="outside",
        constraintext="none",  # a wrapped label keeps its size (rows grow to hold it)
        cliponaxis=False,
        hovertemplate="%{y}: %{customdata}<extra></extra>",
    )
    extra = sum(text.count("<br>") for text in wrapped)
    height = max(260, 60 + 42 * len(names) + LINE_HEIGHT * extra)
    props = figure_layout(t._("Participants by home country"), height=height, t=t)
    props["xaxis"] = merged(
        props["xaxis"],
        count_axis_props(
            max(values + [1]),
            title=dict(text=t._("Participants (as stated in the reports)")),
            range=[0, top],
        ),
    )
    props["yaxis"] = merged(props["yaxis"], dict(autorange="reversed", title={}))
    return figure([bar], props)


def fit_labels(names: list[str], values: list[int], texts: list[str]) -> tuple[list[str], float]:
    """The bars' labels wrapped to the plot area of a FIGURE_WIDTH figure, and the end of the
    count axis that leaves each label room after its bar there (HEADROOM at least, three times
    the longest bar at most: past that the bars would be too short to compare)."""
    pad = 8  # plotly's gap between a bar's end and its outside text, and a little more
    plot = FIGURE_WIDTH - max((text_width(n) for n in names), default=0) - 30  # ticks, margins
    wrapped = [align_left(wrap(text, plot - pad)) for text in texts]
    peak = max(values + [1])
    top = peak * HEADROOM
    for value, text in zip(values, wrapped, strict=True):
        room = plot - text_width(text) - pad
        if value and room > 0:
            top = max(top, value * plot / room)
    return wrapped, min(top, peak * 3)


def _at_least(t, n: object, at_least: bool) -> str:
    return t._("at least {n}").format(n=t.number(n)) if at_least else t.number(n)


def event_participants(
    df: pd.DataFrame, total: object, at_least: bool = False, lang: str = DEFAULT
) -> go.Figure | None:
    """One stacked horizontal bar for one event: its participants by home country as the report
    states them, and the rest of its stated total as a grey "not broken down" segment. A country
    named without a count gets no share, only a mention under the bar. Expects country and
    participants (NULL when the report names the country without a count)."""
    t = translator(lang)
    total = None if total is None or pd.isna(total) else int(total)
    df = df.assign(
        country=[
            country_name(t, getattr(r, "country_iso3", None), r.country)
            for r in df.itertuples(index=False)
        ]
    )
    counted = df[df["participants"].notna()]
    named_only = list(df.loc[df["participants"].isna(), "country"])
    stated = int(counted["participants"].sum()) if not counted.empty else 0
    remainder = max(total - stated, 0) if total is not None else 0
    if counted.empty and not remainder:
        return None
    label = t._("Participants")
    traces = [
        _share(
            label,
            int(row.participants),
            row.country,
            PALETTE[i % len(PALETTE)],
            f"{row.country}: {t.number(int(row.participants))}",
            hovertext=[
                f"{row.country}: "
                + t.ngettext("{n} participant", "{n} participants", int(row.participants)).format(
                    n=t.number(row.participants)
                )
            ],
            hovertemplate="%{hovertext}<extra></extra>",
        )
        for i, row in enumerate(counted.itertuples(index=False))
    ]
    if remainder:
        words = _at_least(t, remainder, at_least)
        traces.append(
            _share(
                label,
                remainder,
                t._(NOT_BROKEN_DOWN_LABEL),
                NOT_BROKEN_DOWN,
                t._("{n} not broken down").format(n=words),
                hovertemplate=t.ngettext(
                    "{n} participant not broken down by country",
                    "{n} participants not broken down by country",
                    int(remainder),
                ).format(n=words)
                + "<extra></extra>",
            )
        )
    if total is None:
        title = t._(
            "Participants by home country: {n} stated by country (the report gives no total)"
        ).format(n=t.number(stated))
    else:
        title = t._("Participants by home country: {n} in all").format(
            n=_at_least(t, total, at_least)
        )
    props = merged(
        figure_layout(title, height=230, t=t),
        dict(
            barmode="stack",
            legend=dict(
                orientation="h", x=0, y=-0.25, yanchor="top", xanchor="left", traceorder="normal"
            ),
            margin=dict(l=10, r=10, t=50, b=30),
            yaxis=dict(showticklabels=False, title={}),
            xaxis=dict(title={}, tickformat=",d", range=[0, max(stated + remainder, 1)]),
        ),
    )
    if named_only:
        note = t._("Named without a count: {countries}.").format(countries=", ".join(named_only))
        props = merged(
            props,
            dict(
                # No axis title here: the note goes just under the tick labels, the legend under it.
                annotations=[footnote_props(note) | dict(yshift=-28)],
                legend=dict(y=-0.6),
                height=300,
                margin=dict(b=110),
            ),
        )
    return figure(traces, props)


def _share(axis: str, n: int, name: str, colour: str, text: str, **hover) -> dict:
    """One segment of an event's stacked bar: `n` participants on the bar's one row `axis`, its
    label `text` inside it; `hover` says what a pointer over it shows."""
    return dict(
        type="bar",
        x=[n],
        y=[axis],
        orientation="h",
        name=name,
        marker=dict(color=colour),
        text=[text],
        textposition="inside",
        insidetextanchor="middle",
        **hover,
    )


def flows_matrix(df: pd.DataFrame, lang: str = DEFAULT, top: int | None = None) -> go.Figure | None:
    """Cross-border flows as a matrix: home country (rows) -> host country (columns). A cell
    shows the participants the reports state; a pair named without a count is its own colour and
    reads "named, no count"; the bottom row is each host's remainder that no country count
    accounts for, in grey. With `top`, the `top` home countries with the most participants get
    a row each and the others one row, and the `top` host countries with the most participants
    a column each and the others one column (_grouped_flows). Expects home_iso3 (NULL on
    remainder rows), home, host_iso3 (NULL: no place), host, participants, events,
    events_without_count, at_least."""
    if df.empty:
        return None
    t = translator(lang)
    remainder_label, no_place_label = t._(NOT_BROKEN_DOWN_LABEL), t._(HOST_NOT_STATED_LABEL)
    df = df.copy()
    df["row"] = [
        country_name(t, c, h) if isinstance(h, str) else remainder_label
        for c, h in zip(df["home_iso3"], df["home"], strict=True)
    ]
    df["col"] = [
        country_name(t, c, h) if isinstance(h, str) else no_place_label
        for c, h in zip(df["host_iso3"], df["host"], strict=True)
    ]
    homes = [r for r in dict.fromkeys(df.loc[df["home_iso3"].notna(), "row"])]
    cols = sorted({c for c in df["col"] if c != no_place_label})
    df["parts"] = 1
    if top is not None:
        df, homes, cols = _grouped_flows(df, homes, cols, top, t)
    rows = homes + ([remainder_label] if df["home_iso3"].isna().any() else [])
    cols += [no_place_label] if no_place_label in set(df["col"]) else []

    def cell_text(r) -> str:
        if r.parts > 1:  # a grouped cell: its stated counts summed, events never summed
            if pd.isna(r.participants):
                return t._("named, no count")
            text = _at_least(t, r.participants, bool(r.at_least))
            if r.events_without_count:
                text += "<br>" + t._("+ named elsewhere<br>without a count")
            return text
        if pd.isna(r.participants):
            return t.ngettext(
                "named, no count<br>({n} event)", "named, no count<br>({n} events)", int(r.events)
            ).format(n=t.number(r.events))
        text = _at_least(t, r.participants, bool(r.at_least))
        if r.events_without_count:
            text += "<br>" + t._("+ named at {n} more<br>without a count").format(
                n=t.number(r.events_without_count)
            )
        return text

    # One heatmap for the three kinds of cell, not one per kind: Plotly paints a heatmap with gaps
    # between its cells into an image of the plot's full size, one image per trace, so three
    # kinds cost the browser three such images on every redraw (the largest part of this chart's
    # drawing at 10k events). Each kind keeps its colours in its own band of one colour scale
    # (FLOW_BANDS): a pair named without a count is orange, a remainder grey, and a stated count
    # runs from the light tint at the smallest stated count to sky blue at the largest, as the
    # stated cells' own scale drew them (Plotly ranged it over their counts: its zmin=0 took no
    # effect without a zmax). Cells of no kind stay empty (None: not drawn).
    kind_names = {
        "stated": t._("Participants stated"),
        "named": t._(NAMED_NO_COUNT_LABEL),
        "remainder": remainder_label,
    }
    stated = df["home_iso3"].notna() & df["participants"].notna()
    counts = df.loc[stated, "participants"].astype(float)
    low, high = (counts.min(), counts.max()) if len(counts) else (0.0, 1.0)
    if low == high:  # one count: Plotly gave it the middle of the scale
        low, high = low - 0.5, high + 0.5
    z: list[list[float | None]] = [[None] * len(cols) for _ in rows]
    text = [[""] * len(cols) for _ in rows]
    full = [[""] * len(cols) for _ in rows]  # what a cell says in full: its hover
    kind = [[""] * len(cols) for _ in rows]
    # Past COMPACT_COLUMNS columns a cell is too narrow for its sentences (they ran into the
    # next cells): it shows its number, with "+" for a lower bound, and its hover says it all.
    compact = len(cols) > COMPACT_COLUMNS
    for r in df.itertuples(index=False):
        i, j = rows.index(r.row), cols.index(r.col)
        if not isinstance(r.home_iso3, str):
            z[i][j], kind[i][j] = FLOW_BANDS["remainder"], kind_names["remainder"]
        elif pd.isna(r.participants):
            z[i][j], kind[i][j] = FLOW_BANDS["named"], kind_names["named"]
        else:
            z[i][j] = FLOW_BANDS["stated"] * (float(r.participants) - low) / (high - low)
            kind[i][j] = kind_names["stated"]
        full[i][j] = cell_text(r)
        text[i][j] = _compact_cell(r, t) if compact else full[i][j]
    # Sky blue, not the maps' dark blue, so the count written in a cell stays readable.
    tint, sky = colour_scale(PALETTE[4])
    heatmap = dict(
        type="heatmap",
        # The rows bottom to top, as the axis orders them: Plotly reorders a heatmap's z to its
        # category axis but looks a hovered cell's text and customdata up unreordered, so rows
        # given top to bottom showed another row's text on hover.
        x=cols,
        y=rows[::-1],
        z=z[::-1],
        text=text[::-1],
        hovertext=[[h.replace("<br>", " ") for h in row] for row in full[::-1]],
        customdata=kind[::-1],
        texttemplate="%{text}",
        colorscale=[
            [0.0, tint[1]],
            [FLOW_BANDS["stated"] / FLOW_TOP, sky[1]],
            [FLOW_BANDS["named_from"] / FLOW_TOP, NAMED_NO_COUNT],
            [FLOW_BANDS["named_to"] / FLOW_TOP, NAMED_NO_COUNT],
            [FLOW_BANDS["remainder_from"] / FLOW_TOP, NOT_BROKEN_DOWN],
            [1.0, NOT_BROKEN_DOWN],
        ],
        zmin=0,
        zmax=FLOW_TOP,
        showscale=False,
        xgap=3,
        ygap=3,
        textfont=dict(size=12 if compact else 13),
        hoverongaps=False,
        hovertemplate="%{y} → %{x}: %{hovertext}<extra>%{customdata}</extra>",
    )
    title = t._(
        "Cross-border flows: participants' home country (rows) → where the event was held (columns)"
    )
    props = merged(
        figure_layout(title, height=max(260, 130 + 62 * len(rows)), t=t),
        dict(
            xaxis=_category_axis(cols, side="top", title={}),
            yaxis=_category_axis(rows[::-1], title=dict(text=t._("Participants' home country"))),
            margin=dict(t=110),
        ),
    )
    return figure([heatmap], props)


COMPACT_COLUMNS = 6


def _compact_cell(r, t) -> str:
    """A flow cell's text in a wide matrix: the stated count, followed by "+" when it is a lower
    bound (a report says "more than", or more events named the pair without a count); nothing
    for a pair named only without a count, which its colour marks."""
    if pd.isna(r.participants):
        return ""
    lower = bool(r.at_least) or bool(r.events_without_count)
    return t.number(r.participants) + ("+" if lower else "")


def _grouped_flows(
    df: pd.DataFrame, homes: list[str], cols: list[str], top: int, t
) -> tuple[pd.DataFrame, list[str], list[str]]:
    """The flows with the home countries after the `top` with the most stated participants in
    one row, "N other home countries", and the host countries after the `top` with the most
    participants (stated and not broken down) in one column, "N other host countries" (events
    with no place keep their own column); with the rows and columns in the matrix's order.
    A grouped cell's participants are the sum of its pairs' stated counts (NULL when every pair
    is named without a count), its at_least any of theirs, and its events_without_count the
    number of pairs named at an event without a count; `parts` says how many pairs it holds."""
    home_rank = (
        df[df["home_iso3"].notna()]
        .groupby("row", sort=False)["participants"]
        .sum()
        .sort_values(ascending=False, kind="stable")
    )
    kept_homes, other_homes = split_top(list(home_rank.index), top)
    placed = df[df["host_iso3"].notna()]
    host_rank = (
        placed.groupby("col", sort=False)["participants"]
        .sum()
        .sort_values(ascending=False, kind="stable")
    )
    kept_hosts, other_hosts = split_top(list(host_rank.index), top)
    if not other_homes and not other_hosts:
        return df, homes, cols
    df = df.copy()
    if other_homes:
        label = t.ngettext(
            "{n} other home country", "{n} other home countries", len(other_homes)
        ).format(n=t.number(len(other_homes)))
        grouped = df["row"].isin(set(other_homes))
        df.loc[grouped, "row"] = label
        df.loc[grouped, "home_iso3"] = ""  # a home, not the remainder row (NULL)
        homes = [h for h in homes if h in set(kept_homes)] + [label]
    if other_hosts:
        label = t.ngettext(
            "{n} other host country", "{n} other host countries", len(other_hosts)
        ).format(n=t.number(len(other_hosts)))
        grouped = df["col"].isin(set(other_hosts))
        df.loc[grouped, "col"] = label
        df.loc[grouped, "host_iso3"] = ""
        cols = [c for c in cols if c in set(kept_hosts)] + [label]
    df["named_pair"] = df["participants"].isna() | (df["events_without_count"] > 0)
    cells = (
        df.groupby(["row", "col"], sort=False, dropna=False)
        .agg(
            home_iso3=("home_iso3", "first"),
            host_iso3=("host_iso3", "first"),
            participants=("participants", "sum"),
            stated_pairs=("participants", "count"),
            events=("events", "sum"),
            named_pairs=("named_pair", "sum"),
            events_without_count=("events_without_count", "sum"),
            at_least=("at_least", "any"),
            parts=("parts", "sum"),
        )
        .reset_index()
    )
    # A cell whose pairs are all named without a count has no stated count (not 0); set after
    # the grouping, since a Python function per group cost more than the rest of the chart.
    cells["participants"] = cells["participants"].mask(cells["stated_pairs"] == 0)
    # A grouped cell says only whether some pair in it is named without a count: how many
    # events did is a distinct count, not a sum over pairs.
    many = cells["parts"] > 1
    cells.loc[many, "events_without_count"] = cells.loc[many, "named_pairs"]
    return cells.drop(columns=["named_pairs", "stated_pairs"]), homes, cols


def _category_axis(order: list[str], **settings) -> dict:
    """An axis of categories in this order, without grid lines; `settings` are laid over it."""
    return dict(categoryorder="array", categoryarray=order, showgrid=False, **settings)
