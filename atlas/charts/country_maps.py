"""World maps drawn from the shipped map file (atlas/maps.py): participants by home country and
events by host country, framed on the countries shown, with what the map cannot draw said under it."""

from __future__ import annotations

import textwrap

import pandas as pd
import plotly.graph_objects as go

from atlas import maps
from atlas.charts.style import (
    NAMED_NO_COUNT,
    NAMED_NO_COUNT_LABEL,
    PALETTE,
    colour_scale,
    country_name,
    figure,
    figure_layout,
    footnote_props,
    merged,
)
from atlas.i18n import DEFAULT, Translator, translator

# A map as plain dicts for style.figure(): its traces and its layout. country_map() joins two.
MapParts = tuple[list[dict], dict]


NOTE_WIDTH = 64  # characters in a line of a note under a map


def _map_layout(
    title: str, codes: list[str], notes: list[str], t: Translator, *, height: int = 440
) -> dict:
    """The layout of a world map at the shipped resolution (see atlas/maps.py), framed on
    `codes`; `notes` are said under it. Countries the map cannot draw are named in the notes,
    never dropped."""
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
    props = figure_layout(t._("Map: {title}").format(title=title), height=height, t=t)
    props["geo"] = dict(
        scope="world",
        # The region's cut of the map when the view lies inside it (see atlas/maps.py).
        resolution=maps.resolution([view]),
        projection=dict(type="natural earth"),
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
        **(
            {"lonaxis": dict(range=view["lon"]), "lataxis": dict(range=view["lat"])} if view else {}
        ),
    )
    # A note is one annotation line unless wrapped, and the map sits in half the page: a line of
    # more than about 70 characters was cut off at the figure's edge. Scripts without spaces
    # between words (Thai, Lao, Khmer, Burmese) keep their note on one line.
    notes = [
        line
        for note in notes
        for line in textwrap.wrap(note, NOTE_WIDTH, break_long_words=False, break_on_hyphens=False)
        or [note]
    ]
    props["margin"] = dict(l=0, r=0, t=80, b=20 + 18 * len(notes) if notes else 10)
    props["clickmode"] = "event+select"
    props["legend"] = dict(orientation="h", yanchor="bottom", y=1.0, x=0, xanchor="left", title={})
    if notes:  # under the map, just below it (not below an x axis, as footnote_layout places it)
        props["annotations"] = [footnote_props("<br>".join(notes)) | dict(y=-0.02, yshift=0)]
    return props


def _choropleth(frame: pd.DataFrame, **settings) -> dict:
    """A choropleth of the countries in `frame` (country_iso3; customdata is the code, for
    clicks), white borders between them; `settings` add the colours, text and hover."""
    return dict(
        type="choropleth",
        locations=frame["country_iso3"],
        locationmode="ISO-3",
        customdata=frame["country_iso3"],
        marker=dict(line=dict(color="white")),
        hovertemplate="%{text}: %{hovertext}<extra></extra>",
        **settings,
    )


def _count_scale(z: pd.Series, colour: str, title: str) -> dict:
    """A choropleth's colours for counts `z`: from 0 to the largest, a tint of `colour` to it,
    with a colour bar titled `title`."""
    return dict(
        z=z,
        zmin=0,
        zmax=max(int(z.max()), 1),
        colorscale=colour_scale(colour),
        colorbar=dict(title=dict(text=title), tickformat=",d", thickness=12, len=0.6),
    )


def _participants_parts(
    df: pd.DataFrame, not_broken_down: int, at_least: bool, t: Translator
) -> MapParts | None:
    """participants_map() as dicts."""
    if df.empty:
        return None
    df = df.assign(
        country=[
            country_name(t, c, n) for c, n in zip(df["country_iso3"], df["country"], strict=True)
        ]
    )
    counted = df[df["participants"].notna()]
    named = df[df["participants"].isna()]
    traces = []
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
        traces.append(
            _choropleth(
                counted,
                **_count_scale(z, PALETTE[0], t._("Participants")),
                text=list(counted["country"]),
                hovertext=notes,
                name=t._("Participants stated"),
            )
        )
        partial = counted[counted["events_without_count"] > 0]
        if not partial.empty:
            traces.append(
                dict(
                    type="scattergeo",
                    locations=partial["country_iso3"],
                    locationmode="ISO-3",
                    customdata=partial["country_iso3"],
                    mode="markers",
                    marker=dict(
                        symbol="circle-open", size=16, color=NAMED_NO_COUNT, line=dict(width=3)
                    ),
                    name=t._("Also named without a count"),
                    text=list(partial["country"]),
                    hovertemplate="%{text}: "
                    + t._("also named without a count")
                    + "<extra></extra>",
                )
            )
    if not named.empty:
        traces.append(
            _choropleth(
                named,
                z=[1] * len(named),
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
                name=t._(NAMED_NO_COUNT_LABEL),
            )
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
    return traces, _map_layout(
        t._("Participants by home country"), list(df["country_iso3"]), notes, t
    )


def participants_map(
    df: pd.DataFrame, not_broken_down: int = 0, at_least: bool = False, lang: str = DEFAULT
) -> go.Figure | None:
    """Choropleth: participants by home country as the reports state them. A country named only
    without a count is drawn in its own colour ("named, no count"), never given a number; one
    with a count that is also named elsewhere without one is ringed, since its count is then a
    lower bound. The remainder no country accounts for is stated under the map. Expects
    country_iso3, country, participants, events, events_without_count; customdata is the ISO-3
    code, for clicks."""
    parts = _participants_parts(df, not_broken_down, at_least, translator(lang))
    return None if parts is None else figure(*parts)


def _events_parts(df: pd.DataFrame, t: Translator) -> MapParts | None:
    """events_map() as dicts."""
    placed = df[df["country_iso3"].notna()]
    unplaced = int(df.loc[df["country_iso3"].isna(), "events"].sum())
    if placed.empty and not unplaced:
        return None
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
        trace = _choropleth(
            placed,
            **_count_scale(z, PALETTE[2], t._("Events")),
            text=[
                country_name(t, c, n)
                for c, n in zip(placed["country_iso3"], placed["country"], strict=True)
            ],
            hovertext=notes,
            name=t._("Events held"),
        )
    else:  # nothing to colour: an empty world map, and the sentence under it says why
        trace = dict(type="choropleth", locations=[], z=[], locationmode="ISO-3", showscale=False)
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
    return [trace], _map_layout(
        t._("Events by host country"), list(placed["country_iso3"]), notes, t
    )


def events_map(df: pd.DataFrame, lang: str = DEFAULT) -> go.Figure | None:
    """Choropleth: selected events by host country; events whose report names no place are
    counted under the map. Expects country_iso3 (NULL: no place), country, events, participants,
    events_without_count; customdata is the ISO-3 code, for clicks."""
    parts = _events_parts(df, translator(lang))
    return None if parts is None else figure(*parts)


def _view_button(label: str, shown: list[bool], props: dict) -> dict:
    """A button above the map showing one view: its traces (`shown`), title, sentences under the
    map and framing."""
    geo = props["geo"]
    return dict(
        label=label,
        method="update",
        args=[
            {"visible": shown},
            {
                # Streamlit draws a figure's title in bold by wrapping it in <b>; a title set
                # from a button must say so itself.
                "title.text": f"<b>{props['title']['text']}</b>",
                "annotations": props.get("annotations", []),
                "geo.lonaxis.range": geo.get("lonaxis", {}).get("range"),
                "geo.lataxis.range": geo.get("lataxis", {}).get("range"),
            },
        ],
    )


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
        (t._("Home countries"), _participants_parts(homes, not_broken_down, at_least, t)),
        (t._("Host countries"), _events_parts(hosts, t)),
    ]
    views = [(label, parts) for label, parts in views if parts is not None]
    if len(views) < 2:
        return figure(*views[0][1]) if views else None
    (_, (traces, props)), (_, (hidden, other)) = views
    counts = [len(traces), len(hidden)]
    buttons = [
        _view_button(label, [i == k for i, n in enumerate(counts) for _ in range(n)], view)
        for k, (label, (_, view)) in enumerate(views)
    ]
    # Title, then the buttons, then the legend just above the map; room under it for the longer
    # of the two views' sentences, so the map does not move when the view changes.
    top, bottom = 118, max(props["margin"]["b"], other["margin"]["b"])
    # One file for both views: the region's cut only when both lie inside the region.
    resolutions = {props["geo"]["resolution"], other["geo"]["resolution"]}
    resolution = maps.RESOLUTION if maps.RESOLUTION in resolutions else maps.REGION_RESOLUTION
    plot_height = props["height"] - top - bottom
    props = merged(
        props,
        dict(
            title=dict(yref="container", y=1, yanchor="top", pad=dict(t=12)),
            margin=dict(t=top, b=bottom),
            geo=dict(resolution=resolution),
            # The legend without a title key (plotly.js reads that and {} alike).
            legend=dict(title=None),
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
        ),
    )
    return figure(traces + [trace | {"visible": False} for trace in hidden], props)
