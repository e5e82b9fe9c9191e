"""Countries: participants by home country and events by host country, on maps and in bars; the
cross-border flows from home to host country; the events behind them. A click on a map country
or a bar narrows every page to that country (the shared country filter, kept in the URL)."""

import pandas as pd
import streamlit as st

from atlas import charts, countries, dates, i18n, labels
from ui import shell
from ui.shell import _, number

filters = shell.current_filters()


def narrow_to_clicked(key: str) -> None:
    """on_select callback: narrow the country filter to the countries clicked on chart `key`."""
    points = st.session_state[key]["selection"]["points"]
    codes = sorted(
        {
            p["customdata"]
            for p in points
            if isinstance(p.get("customdata"), str) and countries.is_code(p["customdata"])
        }
    )
    if codes:
        shell.narrow(countries=codes)


def narrow_to_clicked_bar(key: str, iso3_by_name: dict[str, str]) -> None:
    """on_select callback for the participants bar chart, whose bars are labelled by name."""
    points = st.session_state[key]["selection"]["points"]
    codes = sorted({iso3_by_name[p["y"]] for p in points if p.get("y") in iso3_by_name})
    if codes:
        shell.narrow(countries=codes)


def origins_in_words(origins: object, t: i18n.Translator) -> str:
    """ "Lao PDR: 7", "Cambodia (no count), Myanmar (no count)", or "not stated", in t's language
    (one translator per table, not a session lookup per cell)."""
    try:
        items = list(origins)  # a list of {country, participants}, or NA when none is named
    except TypeError:
        return t._("not stated")
    return ", ".join(
        o["country"]
        + (
            " " + t._("(no count)")
            if o["participants"] is None or pd.isna(o["participants"])
            else f": {t.number(o['participants'])}"
        )
        for o in items
    ) or t._("not stated")


st.title(_("Countries"))
shell.caption_filters(filters)
shell.show_notices()

LIMIT = 200  # events listed at the foot of the page
# Every result of the page from one statement: the filtered events are read once.
page = shell.run_parts("countries/page", filters, limit=LIMIT)
homes = page["by_country"]
remainder = page["not_broken_down"].iloc[0]
hosts = page["hosts"]
events = int(hosts["events"].sum())
if events == 0:
    st.info(
        _("No event matches these filters. Widen the date range or clear a filter in the sidebar.")
    )
    st.stop()

# Headline figures, each saying what it counts.
not_broken_down = int(remainder["participants"])
cols = st.columns(5)
cols[0].metric(
    _("Home countries"),
    number(len(homes)),
    help=_("Home countries of participants named at these events (only the selected countries).")
    if filters.countries
    else _("Home countries of participants named at these events."),
)
cols[1].metric(
    _("Counted by country"),
    number(homes["participants"].sum()),
    help=_(
        "Sum of the per-country counts the reports give. Countries named without a count add nothing here."
    ),
)
cols[2].metric(
    # "at least" in the label, not the value: "at least 88,855" did not fit a fifth of the page
    _("Not broken down, at least") if remainder["at_least"] else _("Not broken down"),
    number(not_broken_down),
    help=_("Participants in the stated totals of these events whom no country count accounts for."),
)
cols[3].metric(
    _("Host countries"),
    number(hosts["country_iso3"].notna().sum()),
    help=_("Countries where these events were held."),
)
cols[4].metric(
    _("No place stated"),
    number(hosts.loc[hosts["country_iso3"].isna(), "events"].sum()),
    help=_("Of the {n} events matching the filters, those whose report names no place.").format(
        n=number(events)
    ),
)

if filters.countries:
    st.button(
        _("Show all countries"),
        on_click=shell.narrow,
        kwargs={"countries": []},
        help=_("Clear the country filter on every page."),
    )
else:
    st.caption(_("Click a country on a map or a bar to narrow every page to it."))
flows = page["flows"]
top = shell.top_or_all(
    "countries_every_country",
    _("Show every country in the bars and the matrix"),
    _(
        "The bars and the flow matrix name the {n} countries with the most participants (the "
        "host bars: the most events) and add the others up in one bar, row or column; the map "
        "and the events listed below show every country."
    ),
    categories=max(
        len(homes),
        int(hosts["country_iso3"].notna().sum()),
        flows["home_iso3"].nunique(),
        flows["host_iso3"].nunique(),
    ),
)

# One map for home and host countries (its buttons switch between them in the browser): a map
# redraws the world's borders, so one is drawn where two were. The participants' bars below it
# take the whole width, as their labels are long.
left, right = st.columns(2)
with left:
    shell.chart(
        shell.figure(
            charts.country_map, homes, hosts, not_broken_down, bool(remainder["at_least"])
        ),
        key="countries_map",
        on_select=lambda: narrow_to_clicked("countries_map"),
    )
with right:
    shell.chart(
        shell.figure(charts.events_by_host, hosts, top=top),
        key="countries_host_bars",
        on_select=lambda: narrow_to_clicked("countries_host_bars"),
    )

iso3_by_name = {
    shell.country(c, n): c for c, n in zip(homes["country_iso3"], homes["country"], strict=True)
}
shell.chart(
    shell.figure(
        charts.participants_by_country,
        homes,
        not_broken_down=not_broken_down,
        at_least=bool(remainder["at_least"]),
        top=top,
    ),
    empty=_("No participant's home country is recorded for these events."),
    key="countries_home_bars",
    on_select=lambda: narrow_to_clicked_bar("countries_home_bars", iso3_by_name),
)

shell.chart(
    shell.figure(charts.flows_matrix, flows, top=top),
    empty=_("No participant's home country is recorded for these events."),
    key="countries_flows_matrix",
)
st.caption(
    _(
        "Each cell counts the participants the reports state for that home and host country. "
        "'{named}' means a report names the country without a number; the bottom row is the part of "
        "each host's stated totals that the reports do not break down by country. Where the "
        "matrix is too wide for words, a number followed by + is a lower bound (a report says 'more "
        "than', or more events name the pair without a number) and an orange cell without a number "
        "is a pair named without one; point at a cell for the details."
    ).format(named=_(charts.NAMED_NO_COUNT_LABEL))
)

st.subheader(_("Events and who came from where"))
rows = page["events"]
# The language and its translator read once for the table's cells, not once per cell (up to
# 1,100 session-state reads per run).
t = shell.translator()
lang = t.lang
st.dataframe(
    pd.DataFrame(
        {
            _("Event"): rows["title"],
            _("When"): [
                dates.format_range(s, e, p, lang)
                for s, e, p in zip(
                    rows["start_date"], rows["end_date"], rows["date_precision"], strict=True
                )
            ],
            _("Held in"): rows["host"].fillna(_("not stated")),
            _("Participants"): [
                labels.participants(n, a, lang)
                for n, a in zip(
                    rows["participants_total"], rows["participants_at_least"], strict=True
                )
            ],
            _("From (as stated)"): [origins_in_words(o, t) for o in rows["origins"]],
            _("Not broken down"): [
                "" if pd.isna(n) else t.number(n) for n in rows["not_broken_down"]
            ],
            _("Source sentence"): rows["source_quote"],
        }
    ),
    hide_index=True,
    width="stretch",
)
if events > LIMIT:
    st.caption(
        _("Showing the latest {n} of {total} events.").format(n=number(LIMIT), total=number(events))
    )
