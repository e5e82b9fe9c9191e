"""Charts of participants: by home country with the "not broken down" remainder, one event's
breakdown, and the home -> host flow matrix."""

from __future__ import annotations

from typing import NamedTuple

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


def _missing(value: object) -> bool:
    """NULL as a flows frame holds it (None, or NaN in a float or str column): pd.isna for the
    values these rows hold, at a fraction of its cost per cell."""
    return value is None or value != value


class _Flow(NamedTuple):
    """One cell of the flow matrix: a row of the flows, or (grouped) several added up."""

    row: str
    col: str
    home_iso3: object  # NaN on the remainder row; "" on a grouped row
    host_iso3: object  # NaN for no place; "" on a grouped column
    participants: float  # NaN: named without a count
    events: int
    events_without_count: int
    at_least: bool
    parts: int


def flows_matrix(df: pd.DataFrame, lang: str = DEFAULT, top: int | None = None) -> go.Figure | None:
    """Cross-border flows as a matrix: home country (rows) -> host country (columns). A cell
    shows the participants the reports state; a pair named without a count is its own colour and
    reads "named, no count"; the bottom row is each host's remainder that no country count
    accounts for, in grey. With `top`, the `top` home countries with the most participants get
    a row each and the others one row, and the `top` host countries with the most participants
    a column each and the others one column (_grouped_flows). Expects home_iso3 (NULL on
    remainder rows), home, host_iso3 (NULL: no place), host, participants, events,
    events_without_count, at_least.
    Its few hundred rows are read once into plain tuples: pandas per row and per grouping step
    took 20 ms of a new filter state's script at a million events, plain Python about 3."""
    if df.empty:
        return None
    t = translator(lang)
    remainder_label, no_place_label = t._(NOT_BROKEN_DOWN_LABEL), t._(HOST_NOT_STATED_LABEL)
    names: dict[tuple[object, str], str] = {}  # a country's name in the chart's language, once

    def label(iso3: object, name: object, missing: str) -> str:
        if not isinstance(name, str):
            return missing
        if (iso3, name) not in names:
            names[iso3, name] = country_name(t, iso3, name)
        return names[iso3, name]

    cells = [
        _Flow(
            label(home_iso3, home, remainder_label),
            label(host_iso3, host, no_place_label),
            home_iso3,
            host_iso3,
            participants,
            events,
            events_without_count,
            at_least,
            1,
        )
        for home_iso3, home, host_iso3, host, participants, events, events_without_count, at_least in zip(
            df["home_iso3"].tolist(),
            df["home"].tolist(),
            df["host_iso3"].tolist(),
            df["host"].tolist(),
            df["participants"].astype(float).tolist(),
            df["events"].tolist(),
            df["events_without_count"].tolist(),
            df["at_least"].tolist(),
            strict=True,
        )
    ]
    homes = list(dict.fromkeys(c.row for c in cells if not _missing(c.home_iso3)))
    cols = sorted({c.col for c in cells if c.col != no_place_label})
    if top is not None:
        cells, homes, cols = _grouped_flows(cells, homes, cols, top, t)
    rows = homes + ([remainder_label] if any(_missing(c.home_iso3) for c in cells) else [])
    cols += [no_place_label] if any(c.col == no_place_label for c in cells) else []

    def cell_text(r: _Flow) -> str:
        if r.parts > 1:  # a grouped cell: its stated counts summed, events never summed
            if _missing(r.participants):
                return t._("named, no count")
            text = _at_least(t, r.participants, bool(r.at_least))
            if r.events_without_count:
                text += "<br>" + t._("+ named elsewhere<br>without a count")
            return text
        if _missing(r.participants):
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
    # drawing at 10k events); the gaps themselves are lines laid over it (_cell_gaps), so Plotly
    # paints it one pixel a cell. Each kind keeps its colours in its own band of one colour scale
    # (FLOW_BANDS): a pair named without a count is orange, a remainder grey, and a stated count
    # runs from the light tint at the smallest stated count to sky blue at the largest, as the
    # stated cells' own scale drew them (Plotly ranged it over their counts: its zmin=0 took no
    # effect without a zmax). Cells of no kind stay empty (None: not drawn).
    kind_names = {
        "stated": t._("Participants stated"),
        "named": t._(NAMED_NO_COUNT_LABEL),
        "remainder": remainder_label,
    }
    counts = [
        c.participants for c in cells if not _missing(c.home_iso3) and not _missing(c.participants)
    ]
    low, high = (min(counts), max(counts)) if counts else (0.0, 1.0)
    if low == high:  # one count: Plotly gave it the middle of the scale
        low, high = low - 0.5, high + 0.5
    z: list[list[float | None]] = [[None] * len(cols) for _ in rows]
    text = [[""] * len(cols) for _ in rows]
    full = [[""] * len(cols) for _ in rows]  # what a cell says in full: its hover
    kind = [[""] * len(cols) for _ in rows]
    # Past COMPACT_COLUMNS columns a cell is too narrow for its sentences (they ran into the
    # next cells): it shows its number, with "+" for a lower bound, and its hover says it all.
    compact = len(cols) > COMPACT_COLUMNS
    row_at = {r: i for i, r in enumerate(rows)}
    col_at = {c: j for j, c in enumerate(cols)}
    for r in cells:
        i, j = row_at[r.row], col_at[r.col]
        if not isinstance(r.home_iso3, str):
            z[i][j], kind[i][j] = FLOW_BANDS["remainder"], kind_names["remainder"]
        elif _missing(r.participants):
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
        # Plotly's own text colour for these cells, given: every colour of this scale is light,
        # so Plotly's contrast picks its dark grey for each; given, it is not worked out per cell.
        textfont=dict(size=12 if compact else 13, color=CELL_TEXT),
        hoverongaps=False,
        hovertemplate="%{y} → %{x}: %{hovertext}<extra>%{customdata}</extra>",
    )
    title = t._(
        "Cross-border flows: participants' home country (rows) → where the event was held (columns)"
    )
    props = merged(
        figure_layout(title, height=max(260, 130 + 62 * len(rows)), t=t),
        dict(
            # The ranges the heatmap alone gave its axes (its cells' edges), given: the gaps'
            # lines would widen them by half their width.
            xaxis=_category_axis(cols, side="top", title={}, range=[-0.5, len(cols) - 0.5]),
            yaxis=_category_axis(
                rows[::-1],
                title=dict(text=t._("Participants' home country")),
                range=[-0.5, len(rows) - 0.5],
            ),
            margin=dict(t=110),
            shapes=_cell_gaps(len(cols), len(rows)),
        ),
    )
    return figure([heatmap], props)


# The white between the flow matrix's cells, as wide as the heatmap's own gaps were (xgap=3,
# ygap=3), and its cells' text colour: Plotly's dark grey (its Color.defaultLine), which its
# contrast gives every colour of the matrix's scale (each is light: brightness 158 or more).
CELL_GAP, CELL_TEXT = 3, "#444"


def _cell_gaps(columns: int, rows: int) -> list[dict]:
    """The lines between the flow matrix's cells (and round its edge, half of it inside the plot
    as the gaps were), laid over a heatmap without gaps, as one path. A heatmap with gaps on
    category axes is painted cell by cell onto a canvas the size of the plot and PNG-encoded on
    every draw; without gaps Plotly paints one pixel a cell and lets the browser scale the image
    up (its "fast" path). One path, not a line a edge: 22 line shapes gave back most of what the
    fast path saved. On a category axis the i-th category sits at i, its edges at i -+ 0.5."""
    top, right = rows - 0.5, columns - 0.5
    path = "".join(f"M{j - 0.5},-0.5L{j - 0.5},{top}" for j in range(columns + 1)) + "".join(
        f"M-0.5,{i - 0.5}L{right},{i - 0.5}" for i in range(rows + 1)
    )
    line = dict(color="white", width=CELL_GAP)
    return [dict(type="path", xref="x", yref="y", path=path, line=line)]


COMPACT_COLUMNS = 6


def _compact_cell(r, t) -> str:
    """A flow cell's text in a wide matrix: the stated count, followed by "+" when it is a lower
    bound (a report says "more than", or more events named the pair without a count); nothing
    for a pair named only without a count, which its colour marks."""
    if _missing(r.participants):
        return ""
    lower = bool(r.at_least) or bool(r.events_without_count)
    return t.number(r.participants) + ("+" if lower else "")


def _ranked(totals: dict[str, float]) -> list[str]:
    """The keys by their totals, the largest first, ties in the order they came."""
    return sorted(totals, key=totals.__getitem__, reverse=True)


def _grouped_flows(
    cells: list[_Flow], homes: list[str], cols: list[str], top: int, t
) -> tuple[list[_Flow], list[str], list[str]]:
    """The flows with the home countries after the `top` with the most stated participants in
    one row, "N other home countries", and the host countries after the `top` with the most
    participants (stated and not broken down) in one column, "N other host countries" (events
    with no place keep their own column); with the rows and columns in the matrix's order.
    A grouped cell's participants are the sum of its pairs' stated counts (NaN when every pair
    is named without a count), its at_least any of theirs, and its events_without_count the
    number of pairs named at an event without a count; `parts` says how many pairs it holds."""
    home_totals: dict[str, float] = {}
    host_totals: dict[str, float] = {}
    for c in cells:
        stated = 0.0 if _missing(c.participants) else c.participants
        if not _missing(c.home_iso3):
            home_totals[c.row] = home_totals.get(c.row, 0.0) + stated
        if not _missing(c.host_iso3):
            host_totals[c.col] = host_totals.get(c.col, 0.0) + stated
    kept_homes, other_homes = split_top(_ranked(home_totals), top)
    kept_hosts, other_hosts = split_top(_ranked(host_totals), top)
    if not other_homes and not other_hosts:
        return cells, homes, cols
    row_of, col_of = {}, {}
    if other_homes:
        label = t.ngettext(
            "{n} other home country", "{n} other home countries", len(other_homes)
        ).format(n=t.number(len(other_homes)))
        row_of = dict.fromkeys(other_homes, label)
        homes = [h for h in homes if h in set(kept_homes)] + [label]
    if other_hosts:
        label = t.ngettext(
            "{n} other host country", "{n} other host countries", len(other_hosts)
        ).format(n=t.number(len(other_hosts)))
        col_of = dict.fromkeys(other_hosts, label)
        cols = [c for c in cols if c in set(kept_hosts)] + [label]
    groups: dict[tuple[str, str], list[_Flow]] = {}
    for c in cells:
        if c.row in row_of:  # a home, not the remainder row (NaN)
            c = c._replace(row=row_of[c.row], home_iso3="")
        if c.col in col_of:
            c = c._replace(col=col_of[c.col], host_iso3="")
        groups.setdefault((c.row, c.col), []).append(c)
    grouped = []
    for (row, col), pairs in groups.items():
        stated = [p.participants for p in pairs if not _missing(p.participants)]
        named = sum(_missing(p.participants) or p.events_without_count > 0 for p in pairs)
        parts = sum(p.parts for p in pairs)
        grouped.append(
            _Flow(
                row,
                col,
                next((p.home_iso3 for p in pairs if not _missing(p.home_iso3)), float("nan")),
                next((p.host_iso3 for p in pairs if not _missing(p.host_iso3)), float("nan")),
                sum(stated) if stated else float("nan"),
                sum(p.events for p in pairs),
                # a grouped cell says only whether some pair in it is named without a count:
                # how many events did is a distinct count, not a sum over pairs
                named if parts > 1 else sum(p.events_without_count for p in pairs),
                any(bool(p.at_least) for p in pairs),
                parts,
            )
        )
    return grouped, homes, cols


def _category_axis(order: list[str], **settings) -> dict:
    """An axis of categories in this order, without grid lines; `settings` are laid over it."""
    return dict(categoryorder="array", categoryarray=order, showgrid=False, **settings)
