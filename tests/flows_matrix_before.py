"""The flow matrix as atlas.charts.participants built it before its rows were handled in plain
Python (commit c893d3c): pandas per row and a pandas groupby for the grouped rows and columns.
Kept, unchanged but for its imports, as the reference tests/test_flows_matrix.py compares the
chart with, figure for figure."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from atlas.charts.participants import (
    COMPACT_COLUMNS,
    FLOW_BANDS,
    FLOW_TOP,
    _at_least,
    _category_axis,
)
from atlas.charts.style import (
    HOST_NOT_STATED_LABEL,
    NAMED_NO_COUNT,
    NAMED_NO_COUNT_LABEL,
    NOT_BROKEN_DOWN,
    NOT_BROKEN_DOWN_LABEL,
    PALETTE,
    colour_scale,
    country_name,
    figure,
    figure_layout,
    merged,
    split_top,
)
from atlas.i18n import DEFAULT, translator


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
