"""The app shell every page shares: the filter bar (kept in the URL), cached queries, and the
small pieces of layout that say what a figure counts. Streamlit lives here and in the pages;
the logic it calls lives in atlas/.
"""

from __future__ import annotations

import weakref
from collections import namedtuple
from collections.abc import Callable

import pandas as pd
import streamlit as st

from atlas import countries, dates, i18n, labels, queries
from atlas.access import Person, Scope
from atlas.charts.style import own_look
from atlas.db import shared
from atlas.filters import DATE_KEYS, DATE_MAX, DATE_MIN, LIST_KEYS, URL_KEYS, Choices, Filters
from atlas.markdown import literal
from atlas.schema import describe

STATE = "atlas_filters"  # the Filters the current run uses
APPLIED = "atlas_applied"  # the Filters last written to the URL
NOTICES = "atlas_notices"
LANG = "atlas_lang"  # this session's language code: per session, never process-wide
LANG_NOTICES = "atlas_lang_notices"
LANG_PICK = "atlas_lang_pick"
PERSON = "atlas_person"  # the Person of this session (app.py sets it before any page runs)
SCOPE = "atlas_scope"  # what they may read (an atlas.access.Scope)
RIGHTS = "atlas_rights"  # what the page may offer them (atlas.access.RIGHTS of their role)
# URL keys a page reads for itself (the Events page's `event=<id>`, the Data page's `table=` and
# `q=` search): not filters, so the filter bar neither reports them as unknown nor drops them when
# it rewrites the URL.
PAGE_KEYS = frozenset({"event", "table", "q", "lang"})
WIDGET = {name: f"filter_{name}" for name in [*DATE_KEYS, *LIST_KEYS]}


def language() -> str:
    """This session's language code (set by choose_language in app.py)."""
    return st.session_state.get(LANG) or i18n.DEFAULT


def translator() -> i18n.Translator:
    return i18n.translator(language())


def _(message: str) -> str:
    """A message of the interface in this session's language (English when not translated)."""
    return translator()._(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return translator().ngettext(singular, plural, n)


def number(value: object) -> str:
    """A whole number as this session's language writes it (1,234; 1.234 in Vietnamese)."""
    return translator().number(value)


def country(iso3: str, english: str | None = None) -> str:
    """A country's name in this session's language."""
    return translator().country(iso3, english)


def choose_language() -> str:
    """Settle this session's language before anything is drawn: the link's `lang=` (kept in the
    URL, so a shared link opens in the sender's language), else the language this session already
    has, else the browser's (st.context.locale), else English. An unknown `lang=` is dropped from
    the link with a notice."""
    st.session_state[LANG_NOTICES] = []
    raw = st.query_params.get_all("lang")
    browser = i18n.negotiate(None, st.context.locale)
    lang = i18n.supported(raw[0]) if raw else None
    if raw and lang is None:
        notice = i18n.N_("Ignored lang={value}: not a language of this dashboard ({codes}).")
        st.session_state[LANG_NOTICES] = [
            (notice, {"value": repr(raw[0][:40]), "codes": ", ".join(i18n.LANGUAGES)})
        ]
        del st.query_params["lang"]
    lang = lang or st.session_state.get(LANG) or browser
    st.session_state[LANG] = lang
    if (not raw or raw != [lang]) and (lang != i18n.DEFAULT or browser != i18n.DEFAULT):
        st.query_params["lang"] = lang
    st.session_state[LANG_PICK] = lang
    return lang


def _pick_language() -> None:
    st.session_state[LANG] = st.session_state[LANG_PICK]
    st.query_params["lang"] = st.session_state[LANG_PICK]


def language_picker() -> None:
    """The language picker in the sidebar; a choice goes into the link as `lang=`."""
    label = _("Language") + ("" if language() == i18n.DEFAULT else " · Language")
    st.sidebar.selectbox(
        label,
        list(i18n.LANGUAGES),
        key=LANG_PICK,
        format_func=i18n.LANGUAGES.get,
        on_change=_pick_language,
    )


def data_version() -> str:
    return shared.version()


def person() -> Person:
    """Who this session is (app.py decides it from the mode and st.user)."""
    return st.session_state[PERSON]


def may(right: str) -> bool:
    """Whether to offer this session an action (the write path checks the role again itself)."""
    return right in st.session_state.get(RIGHTS, frozenset())


def scope() -> Scope:
    """What this session may read. No scope set means app.py has not allowed reading: nothing."""
    found = st.session_state.get(SCOPE)
    if not isinstance(found, Scope):
        raise RuntimeError("no scope for this session: app.py sets one before any page reads data")
    return found


# Cached on the query name, the scope, its parameters and the data version; bounded so a
# long-running server holding many filter states keeps a fixed amount of memory.
@st.cache_data(max_entries=512, show_spinner=False)
def _cached(name: str, version: str, scope_funder: str | None, params: tuple) -> pd.DataFrame:
    return queries.run(name, scope=Scope(scope_funder), **dict(params))


def _key(filters: Filters | None, params: dict[str, object]) -> tuple:
    merged = (filters.sql_params() if filters is not None else {}) | params
    return tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in merged.items()))


def run(name: str, filters: Filters | None = None, **params: object) -> pd.DataFrame:
    """A named query's rows for the filter state within this session's scope, from the cache
    when the data are unchanged."""
    key = (name, data_version(), scope().funder, _key(filters, params))
    return _provenance(_cached(*key).copy(), key)


# A page's one statement (queries/<page>/page.sql): every result the page draws, read from the
# filtered rows once. Cached like _cached, on the same key.
@st.cache_data(max_entries=512, show_spinner=False)
def _cached_parts(
    name: str, version: str, scope_funder: str | None, params: tuple
) -> dict[str, pd.DataFrame]:
    return queries.run_parts(name, scope=Scope(scope_funder), **dict(params))


def run_parts(
    name: str, filters: Filters | None = None, **params: object
) -> dict[str, pd.DataFrame]:
    """A page's results (atlas.queries.run_parts) for the filter state within this session's
    scope, each a table of its own, from the cache when the data are unchanged."""
    key = (name, data_version(), scope().funder, _key(filters, params))
    parts = _cached_parts(*key)
    return {part: _provenance(frame.copy(), (*key, part)) for part, frame in parts.items()}


# Where each frame run() and run_parts() returned came from: the statement's own cache key
# (query name, data version, scope, parameters; and the part), by the frame's id while it lives.
# figure() keys a chart on it instead of hashing the frame's rows (at a million events hashing
# the Countries page's frames cost about 24 ms of a cold script). The frames are the page's to
# read, never to change in place: a figure drawn from a changed frame would be another's.
_SOURCES: dict[int, tuple[weakref.ref, tuple]] = {}


def _provenance(frame: pd.DataFrame, key: tuple) -> pd.DataFrame:
    ident = id(frame)
    _SOURCES[ident] = (weakref.ref(frame, lambda _, i=ident: _SOURCES.pop(i, None)), key)
    return frame


def _source(value: object) -> tuple | None:
    """The statement key a frame run() or run_parts() returned came from; None for any other
    value (a frame a page made itself is hashed, as before)."""
    if not isinstance(value, pd.DataFrame):
        return None
    found = _SOURCES.get(id(value))
    return found[1] if found is not None and found[0]() is value else None


@st.cache_data(max_entries=16, show_spinner=False)
def _choices(version: str, scope_funder: str | None) -> dict[str, list[tuple[str, str]]]:
    within = Scope(scope_funder)
    con = shared.cursor()
    try:
        event_types = describe(con, "events").columns["event_type"].allowed or ()
    finally:
        con.close()
    return {
        "countries": [
            tuple(r)
            for r in queries.run("filters/countries", scope=within)[["iso3", "name"]].itertuples(
                index=False
            )
        ],
        "event_types": [(code, labels.event_type(code)) for code in event_types],
        "projects": [
            tuple(r)
            for r in queries.run("filters/projects", scope=within)[
                ["project_id", "name"]
            ].itertuples(index=False)
        ],
        "funders": [
            tuple(r)
            for r in queries.run("filters/funders", scope=within)[["org_id", "name"]].itertuples(
                index=False
            )
        ],
        "organisations": [
            tuple(r)
            for r in queries.run("filters/organisations", scope=within)[
                ["org_id", "label"]
            ].itertuples(index=False)
        ],
    }


def choices() -> dict[str, list[tuple[str, str]]]:
    return _choices(data_version(), scope().funder)


def _url_query() -> dict[str, list[str]]:
    return {key: st.query_params.get_all(key) for key in st.query_params.keys()}


def _seed_widgets(filters: Filters) -> None:
    for name in DATE_KEYS:
        st.session_state[WIDGET[name]] = getattr(filters, name)
    for name in LIST_KEYS:
        st.session_state[WIDGET[name]] = list(getattr(filters, name))


def _reset() -> None:
    _seed_widgets(Filters())


def narrow(**changes: object) -> None:
    """Set filters from a click (countries=["LAO"], funders=["diakonia"]). Call it from a
    widget callback (on_select=, on_click=, on_change=): callbacks run before the script, so the
    filter bar draws the change and writes it to the URL in that same run, with no st.rerun()."""
    for name, values in changes.items():
        st.session_state[WIDGET[name]] = list(values)  # type: ignore[call-overload]


def filter_bar() -> Filters:
    """Draw the filter bar in the sidebar and return the filter state, kept in the URL.

    The URL wins when it is new to this session (a pasted link, the back button); otherwise the
    widgets do, and the URL is rewritten to match them.
    """
    options = choices()
    allowed = Choices(
        # any ISO code is a valid filter, even one with no records yet; within a funder's scope only
        # the countries of its events, so a link cannot probe for others
        countries=None if scope().is_everything else frozenset(c for c, _ in options["countries"]),
        event_types=frozenset(c for c, _ in options["event_types"]),
        projects=frozenset(c for c, _ in options["projects"]),
        funders=frozenset(c for c, _ in options["funders"]),
        organisations=frozenset(c for c, _ in options["organisations"]),
    )
    query = {k: v for k, v in _url_query().items() if k not in PAGE_KEYS}
    from_url, notices = Filters.from_query(query, allowed, lang=language())
    applied: Filters | None = st.session_state.get(APPLIED)
    url_has_filters = any(key in URL_KEYS for key in query) or bool(notices)
    if applied is None or (url_has_filters and from_url != applied):
        _seed_widgets(from_url)
        st.session_state[NOTICES] = notices
    elif not url_has_filters:
        st.session_state[NOTICES] = []

    names = dict(options["countries"])
    for code in st.session_state.get(WIDGET["countries"], []):
        names.setdefault(code, countries.display_name(code))
    names = {code: country(code, name) for code, name in names.items()}
    with st.sidebar:
        st.subheader(_("Filters"))
        col_from, col_to = st.columns(2)
        col_from.date_input(
            _("From"),
            key=WIDGET["date_from"],
            value=None,
            min_value=DATE_MIN,
            max_value=DATE_MAX,
            format="YYYY-MM-DD",
            help=_(
                "Events whose dates overlap the range. Undated events are left out once a date is set."
            ),
        )
        col_to.date_input(
            _("To"),
            key=WIDGET["date_to"],
            value=None,
            min_value=DATE_MIN,
            max_value=DATE_MAX,
            format="YYYY-MM-DD",
        )
        st.multiselect(
            _("Countries"),
            sorted(names, key=names.get),
            key=WIDGET["countries"],
            format_func=lambda c: names.get(c, c),
            placeholder=_("All countries"),
            help=_("Events held in, or with participants from, these countries."),
        )
        titles = {
            "event_types": (_("Event types"), _("All event types")),
            "projects": (_("Projects"), _("All projects")),
            "funders": (_("Funders"), _("All funders")),
            "organisations": (_("Organisations"), _("All organisations")),
        }
        for name, (title, placeholder) in titles.items():
            pairs = dict(options[name])
            if name == "event_types":
                pairs = {code: labels.event_type(code, language()) for code in pairs}
            st.multiselect(
                title,
                list(pairs),
                key=WIDGET[name],
                format_func=lambda c, p=pairs: p.get(c, c),
                placeholder=placeholder,
            )
        st.button(_("Reset filters"), on_click=_reset, width="stretch")

    date_from = st.session_state.get(WIDGET["date_from"])
    date_to = st.session_state.get(WIDGET["date_to"])
    if date_from and date_to and date_to < date_from:
        st.sidebar.warning(_("'To' is before 'From'; the end date is ignored."))
        date_to = None
    filters = Filters(
        date_from=date_from,
        date_to=date_to,
        **{name: tuple(st.session_state.get(WIDGET[name]) or ()) for name in LIST_KEYS},
    )
    if filters.to_query() != {k: ",".join(v) for k, v in query.items()}:
        kept = {k: st.query_params.get_all(k) for k in PAGE_KEYS if k in st.query_params}
        st.query_params.from_dict(filters.to_query() | kept)
    st.session_state[APPLIED] = filters
    st.session_state[STATE] = filters
    return filters


def say(kind: str, text: object, **kwargs: object) -> None:
    """The one way the app shows a sentence that holds text from data, files, actors or links:
    st.<kind> (caption, warning, error, info, success, write) of it with every character shown
    as written (atlas.markdown.literal), so no Markdown, LaTeX, colour directive, link or image
    is ever made from such text. A Message (atlas.i18n) is said in this session's language."""
    getattr(st, kind)(literal(translator().text(text)), **kwargs)


def text(value: object) -> str:
    """A Message of the app's logic (a problem, a refusal, a summary) in this session's language."""
    return translator().text(value)


def caption_filters(filters: Filters) -> None:
    """The filter state in words under a page's title (project, funder and organisation names
    come from the data)."""
    say("caption", describe_filters(filters))


def synthetic_banner() -> None:
    """Say on every page that a database made by atlas.synth holds no real events."""
    if int(run("sources/synthetic").iloc[0]["synthetic_sources"]):
        st.warning(
            _("Synthetic data: generated by atlas.synth, not real events."),
            icon=":material/science:",
        )


def current_filters() -> Filters:
    """The filter state of this run (set by the filter bar in app.py)."""
    return st.session_state.get(STATE) or Filters()


def show_notices() -> None:
    """Say which link values were dropped, once, at the top of the page."""
    for template, values in st.session_state.get(LANG_NOTICES) or []:
        st.warning(_(template).format(**values), icon=":material/warning:")
    for notice in st.session_state.get(NOTICES) or []:
        say("warning", notice, icon=":material/warning:")


def describe_filters(filters: Filters) -> str:
    """The filter state in words, with names rather than ids."""
    if filters.is_empty:
        return _("All records: no filter is set.")
    opts = {k: dict(v) for k, v in choices().items()}
    opts["event_types"] = {
        code: labels.event_type(code, language()) for code in opts["event_types"]
    }
    parts = []
    if filters.date_from or filters.date_to:
        parts.append(
            _("{start} to {end}").format(
                start=filters.date_from or _("any date"), end=filters.date_to or _("any date")
            )
        )
    if filters.countries:
        parts.append(", ".join(country(c) for c in filters.countries))
    for name in ("event_types", "projects", "funders", "organisations"):
        values = getattr(filters, name)
        if values:
            parts.append(", ".join(opts[name].get(v, v) for v in values))
    return _("Filtered to: {filters}").format(filters=" · ".join(parts))


# "app/static/" is relative to the page's URL, so maps load the world map in static/ from this
# server (also under a baseUrlPath) instead of plotly's CDN.
PLOTLY_CONFIG = {"displaylogo": False, "topojsonURL": "app/static/"}


def figure(builder, *args, **kwargs):
    """builder(*args, **kwargs), a chart of atlas.charts, built once per distinct input: the
    charts are built from dicts without plotly's checks now, but their pandas work (the timeline's
    is the largest, about 160 ms at 10k) is still worth keeping, so a rerun with rows it has drawn
    before reuses the figure. Figures are shared, never changed.
    The session's language is passed as `lang=`, so it is part of the cache key.
    A frame that run() or run_parts() returned is keyed by its statement's cache key (name, data
    version, scope, parameters, part), so no frame's rows are hashed; a write changes the data
    version and so the key. Any other argument is part of the key as it is (hashed by Streamlit,
    as a frame a page made itself still is)."""
    kwargs = {"lang": language(), **kwargs}
    keyed_args = tuple(_keyed(a) for a in args)
    keyed_kwargs = {k: _keyed(v) for k, v in kwargs.items()}
    name = builder.__module__ + "." + builder.__qualname__
    return _figure(name, keyed_args, keyed_kwargs, builder, args, kwargs)


def _keyed(value: object) -> object:
    source = _source(value)
    return value if source is None else ("statement", source)


@st.cache_resource(max_entries=256, show_spinner=False)
def _figure(name: str, args_key: tuple, kwargs_key: dict, _builder, _args: tuple, _kwargs: dict):
    return own_look(_builder(*_args, **_kwargs))


def rows(frame: pd.DataFrame, columns: list[str], *, first_of: str | None = None) -> list:
    """`frame[columns]`'s rows as named tuples, as `itertuples(index=False)` gives them, read a
    column at a time: itertuples steps through Arrow-backed text columns value by value, about
    4 ms for the Outcomes page's 50 listed outcomes. With `first_of`, only the first row of each
    value of that column, in order (drop_duplicates(first_of)). A number comes as Python's int or
    float (itertuples gives a numpy integer for an Int32 column): the same text wherever a page
    formats it."""
    row = namedtuple("Row", columns)
    found = [
        row._make(values) for values in zip(*(frame[c].tolist() for c in columns), strict=True)
    ]
    if first_of is None:
        return found
    firsts: dict[object, object] = {}
    for r, key in zip(found, frame[first_of].tolist(), strict=True):
        firsts.setdefault(None if pd.isna(key) else key, r)  # every missing key is one, as there
    return list(firsts.values())


# A chart of many countries or projects names the TOP with the most by default and draws the
# others as one bar, row or column: at 10k events the Countries page's bars and flow matrix
# held 17 countries each (a matrix of 289 cells, 1,184 px high), and drawing them was most of
# what a filter change cost beyond the seed. A toggle shows every one.
TOP = 8


def top_or_all(key: str, label: str, caption: str, *, categories: int) -> int | None:
    """The `top` a chart builder groups its categories after: TOP, or None (every one) when the
    toggle `key` is on. The toggle, and `caption` (what is grouped) while the charts group,
    are shown only when there are more than TOP + 1 `categories` (a group of one is not made)."""
    if categories <= TOP + 1:
        return None
    if st.toggle(label, key=key):
        return None
    st.caption(caption.format(n=number(TOP)))
    return TOP


@st.fragment
def box_made_when_open(label: str, key: str, fill: Callable[[], None]) -> None:
    """An expander whose content `fill` draws is made and sent only while it is open: closed,
    a filter change sends nothing of it (the Funders page's quotes were 43 kB of every change at
    a million events, drawn by the browser although no one saw them). Opening it reruns this
    box alone (a fragment), not the page. Its open state is kept under `key`; a label in another
    language is another box, so it starts closed after a change of language."""
    box = st.expander(label, key=key, on_change="rerun")
    if box.open:
        with box:
            fill()


def chart(fig, empty: str | None = None, *, key: str, on_select=None) -> None:
    """Draw a figure, or say in a sentence why there is none. `key` names the chart, one per chart
    and page. With `on_select` (a callback, e.g. one calling narrow()), a click on a bar or a map
    country reruns the app through it."""
    if fig is None:
        st.info(empty or _("Nothing matches the filters for this chart."))
    elif on_select is None:
        st.plotly_chart(fig, width="stretch", config=PLOTLY_CONFIG, key=key, theme=None)
    else:
        st.plotly_chart(
            fig,
            width="stretch",
            config=PLOTLY_CONFIG,
            key=key,
            theme=None,
            on_select=on_select,
            selection_mode="points",
        )


def event_rows(
    frame: pd.DataFrame, country_column: str = "country", *, with_type: bool = False
) -> pd.DataFrame:
    """Events as people read them: title, (type,) dates at their precision, place, stated total."""
    lang = language()
    rows = {_("Event"): frame["title"]}
    if with_type:
        rows[_("Type")] = [labels.event_type(code, lang) for code in frame["event_type"]]
    rows[_("When")] = [
        dates.format_range(s, e, p, lang)
        for s, e, p in zip(
            frame["start_date"], frame["end_date"], frame["date_precision"], strict=True
        )
    ]
    iso3 = frame["country_iso3"] if "country_iso3" in frame else [None] * len(frame)
    rows[_("Where")] = [
        ", ".join(
            x for x in (c, country(i, k) if isinstance(i, str) else k) if isinstance(x, str) and x
        )
        or _("not stated")
        for c, k, i in zip(frame["city"], frame[country_column], iso3, strict=True)
    ]
    rows[_("Participants")] = [
        labels.participants(n, a, lang)
        for n, a in zip(frame["participants_total"], frame["participants_at_least"], strict=True)
    ]
    return pd.DataFrame(rows)
