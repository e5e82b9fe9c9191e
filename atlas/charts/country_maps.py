"""World maps drawn from the shipped map file (atlas/maps.py): participants by home country and
events by host country, framed on the countries shown, with what the map cannot draw said under it."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from atlas import maps
from atlas.charts.style import (
    NAMED_NO_COUNT,
    NAMED_NO_COUNT_LABEL,
    PALETTE,
    colour_scale,
    country_name,
    footnote_props,
    layout_props,
)
from atlas.i18n import DEFAULT, Translator, translator


def _map_layout(
    fig: go.Figure,
    title: str,
    codes: list[str],
    notes: list[str],
    t: Translator,
    *,
    height: int = 440,
) -> go.Figure:
    """World map at the shipped resolution (see atlas/maps.py), framed on `codes`; `notes` are
    said under it. Countries the map cannot draw are named in the notes, never dropped. The whole
    layout is set in one update, as layout(), footnote() and the map's own settings would set it
    one after another (each update passes through plotly's relayout machinery: eight of them
    took about 20 ms of each map's 25-45 ms)."""
    view = maps.frame(codes)
    off_map = sorted({c for c in codes if not maps.on_map(c)})
    if off_map:
        notes = [
            *notes,
            t._("Too small for this map: {countries} (see the bars).").format(
                countries=", ".join(t.country(c) for c in off_map)
            ),
        ]
    # "Map: ...": the bars beside and below the map carry the same words as their title.
    props = layout_props(t._("Map: {title}").format(title=title), height=height, t=t)
    props["geo"] = dict(
        scope="world",
        resolution=maps.RESOLUTION,
        projection_type="natural earth",
        showcountries=True,
        countrycolor="#9A9A9A",
        showland=True,
        landcolor="#F2F2F2",
        # The shipped map holds only land and countries (tools/make_world_map.py): country borders
        # draw the coasts too, and the sea is the white of the page, so neither coastlines nor
        # an ocean layer is drawn again (each is another pass over every point of the world).
        showcoastlines=False,
        showocean=False,
        showlakes=False,
        showrivers=False,
        showsubunits=False,
        showframe=False,
        **({"lonaxis_range": view["lon"], "lataxis_range": view["lat"]} if view else {}),
    )
    props["margin"] = dict(l=0, r=0, t=80, b=20 + 18 * len(notes) if notes else 10)
    props["clickmode"] = "event+select"
    props["legend"] = dict(
        orientation="h", yanchor="bottom", y=1.0, x=0, xanchor="left", title=None
    )
    if notes:  # under the map, just below it (not below an x axis, as footnote() places it)
        props["annotations"] = [footnote_props("<br>".join(notes)) | dict(y=-0.02, yshift=0)]
    fig.update_layout(props)
    return fig


def participants_map(
    df: pd.DataFrame, not_broken_down: int = 0, at_least: bool = False, lang: str = DEFAULT
) -> go.Figure | None:
    """Choropleth: participants by home country as the reports state them. A country named only
    without a count is drawn in its own colour ("named, no count"), never given a number; one
    with a count that is also named elsewhere without one is ringed, since its count is then a
    lower bound. The remainder no country accounts for is stated under the map. Expects
    country_iso3, country, participants, events, events_without_count; customdata is the ISO-3
    code, for clicks."""
    if df.empty:
        return None
    t = translator(lang)
    df = df.assign(
        country=[
            country_name(t, c, n) for c, n in zip(df["country_iso3"], df["country"], strict=True)
        ]
    )
    counted = df[df["participants"].notna()]
    named = df[df["participants"].isna()]
    fig = go.Figure()
    if not counted.empty:
        z = counted["participants"].astype(int)
        notes = [
            t._("{n} stated").format(n=t.number(n))
            + (
                "<br>"
                + t.ngettext(
                    "also named at {n} event without a count",
                    "also named at {n} events without a count",
                    int(k),
                ).format(n=t.number(k))
                if k
                else ""
            )
            for n, k in zip(z, counted["events_without_count"], strict=True)
        ]
        fig.add_choropleth(
            locations=counted["country_iso3"],
            locationmode="ISO-3",
            z=z,
            zmin=0,
            zmax=max(int(z.max()), 1),
            customdata=counted["country_iso3"],
            text=list(counted["country"]),
            hovertext=notes,
            colorscale=colour_scale(PALETTE[0]),
            marker_line_color="white",
            colorbar=dict(title=t._("Participants"), tickformat=",d", thickness=12, len=0.6),
            name=t._("Participants stated"),
            hovertemplate="%{text}: %{hovertext}<extra></extra>",
        )
        partial = counted[counted["events_without_count"] > 0]
        if not partial.empty:
            fig.add_scattergeo(
                locations=partial["country_iso3"],
                locationmode="ISO-3",
                customdata=partial["country_iso3"],
                mode="markers",
                marker=dict(
                    symbol="circle-open", size=16, color=NAMED_NO_COUNT, line=dict(width=3)
                ),
                name=t._("Also named without a count"),
                text=list(partial["country"]),
                hovertemplate="%{text}: " + t._("also named without a count") + "<extra></extra>",
            )
    if not named.empty:
        fig.add_choropleth(
            locations=named["country_iso3"],
            locationmode="ISO-3",
            z=[1] * len(named),
            customdata=named["country_iso3"],
            text=list(named["country"]),
            hovertext=[
                t.ngettext(
                    "named at {n} event, no count", "named at {n} events, no count", int(k)
                ).format(n=t.number(k))
                for k in named["events"]
            ],
            colorscale=[[0, NAMED_NO_COUNT], [1, NAMED_NO_COUNT]],
            showscale=False,
            showlegend=True,
            marker_line_color="white",
            name=t._(NAMED_NO_COUNT_LABEL),
            hovertemplate="%{text}: %{hovertext}<extra></extra>",
        )
    notes = []
    if not_broken_down:
        words = (
            t._("at least {n}").format(n=t.number(not_broken_down))
            if at_least
            else t.number(not_broken_down)
        )
        notes.append(
            t.ngettext(
                "Not on the map: {n} participant whose home country the reports do not break down.",
                "Not on the map: {n} participants whose home country the reports do not break "
                "down.",
                int(not_broken_down),
            ).format(n=words)
        )
    return _map_layout(fig, t._("Participants by home country"), list(df["country_iso3"]), notes, t)


def events_map(df: pd.DataFrame, lang: str = DEFAULT) -> go.Figure | None:
    """Choropleth: selected events by host country; events whose report names no place are
    counted under the map. Expects country_iso3 (NULL: no place), country, events, participants,
    events_without_count; customdata is the ISO-3 code, for clicks."""
    t = translator(lang)
    placed = df[df["country_iso3"].notna()]
    unplaced = int(df.loc[df["country_iso3"].isna(), "events"].sum())
    if placed.empty and not unplaced:
        return None
    fig = go.Figure()
    if not placed.empty:
        z = placed["events"].astype(int)
        notes = [
            t.ngettext("{n} event", "{n} events", int(e)).format(n=t.number(e))
            + (
                ", "
                + t.ngettext("{n} participant stated", "{n} participants stated", int(p)).format(
                    n=t.number(p)
                )
                if pd.notna(p)
                else ""
            )
            + (", " + t._("{n} without a count").format(n=t.number(k)) if k else "")
            for e, p, k in zip(
                z, placed["participants"], placed["events_without_count"], strict=True
            )
        ]
        fig.add_choropleth(
            locations=placed["country_iso3"],
            locationmode="ISO-3",
            z=z,
            zmin=0,
            zmax=max(int(z.max()), 1),
            customdata=placed["country_iso3"],
            text=[
                country_name(t, c, n)
                for c, n in zip(placed["country_iso3"], placed["country"], strict=True)
            ],
            hovertext=notes,
            colorscale=colour_scale(PALETTE[2]),
            marker_line_color="white",
            colorbar=dict(title=t._("Events"), tickformat=",d", thickness=12, len=0.6),
            name=t._("Events held"),
            hovertemplate="%{text}: %{hovertext}<extra></extra>",
        )
    else:  # nothing to colour: an empty world map, and the sentence under it says why
        fig.add_choropleth(locations=[], z=[], locationmode="ISO-3", showscale=False)
    notes = (
        [
            t.ngettext(
                "Not on the map: {n} event whose report names no place.",
                "Not on the map: {n} events whose report names no place.",
                int(unplaced),
            ).format(n=t.number(unplaced))
        ]
        if unplaced
        else []
    )
    return _map_layout(fig, t._("Events by host country"), list(placed["country_iso3"]), notes, t)


def country_map(
    homes: pd.DataFrame,
    hosts: pd.DataFrame,
    not_broken_down: int = 0,
    at_least: bool = False,
    lang: str = DEFAULT,
) -> go.Figure | None:
    """One map for what two said: participants by home country (participants_map, shown first)
    and events by host country (events_map), two buttons above it switching between them in the
    browser, with no rerun. Each view keeps its title, colours, legend, framing and the
    sentences under it; the hidden one is not drawn. Every map is a pass over the world's
    borders on each redraw, so one map costs the browser half of two. When only one view has
    something to show, that view alone. Expects what the two builders expect."""
    t = translator(lang)
    views = [
        (t._("Home countries"), participants_map(homes, not_broken_down, at_least, lang=lang)),
        (t._("Host countries"), events_map(hosts, lang=lang)),
    ]
    views = [(label, fig) for label, fig in views if fig is not None]
    if len(views) < 2:
        return views[0][1] if views else None
    fig = go.Figure(views[0][1])
    for trace in views[1][1].data:
        fig.add_trace(trace)
    counts = [len(view.data) for _, view in views]
    buttons = []
    for k, (label, view) in enumerate(views):
        geo = view.layout.geo
        buttons.append(
            dict(
                label=label,
                method="update",
                args=[
                    {"visible": [i == k for i, n in enumerate(counts) for _ in range(n)]},
                    {
                        # Streamlit draws a figure's title in bold by wrapping it in <b>; a
                        # title set from a button must say so itself.
                        "title.text": f"<b>{view.layout.title.text}</b>",
                        "annotations": [a.to_plotly_json() for a in view.layout.annotations],
                        "geo.lonaxis.range": geo.lonaxis.range,
                        "geo.lataxis.range": geo.lataxis.range,
                    },
                ],
            )
        )
    for trace in fig.data[counts[0] :]:
        trace.visible = False
    # Title, then the buttons, then the legend just above the map; room under it for the longer
    # of the two views' sentences, so the map does not move when the view changes.
    top, bottom = 118, max(view.layout.margin.b for _, view in views)
    plot_height = fig.layout.height - top - bottom
    fig.update_layout(
        title=dict(yref="container", y=1, yanchor="top", pad=dict(t=12)),
        margin=dict(t=top, b=bottom),
        updatemenus=[
            dict(
                type="buttons",
                direction="right",
                buttons=buttons,
                active=0,
                showactive=True,
                x=0,
                xanchor="left",
                y=1 + 40 / plot_height,
                yanchor="bottom",
                pad=dict(l=0, r=0, t=0, b=0),
                font=dict(size=13),
            )
        ],
    )
    return fig
