"""Overview: the headline figures of the filtered view, events per year, participants by home
country, outcomes by type, and the latest events."""

import pandas as pd
import streamlit as st

from atlas import charts
from atlas.report import content
from ui import report_buttons, shell
from ui.shell import _, number

filters = shell.current_filters()

st.title(_("Overview"))
shell.caption_filters(filters)
shell.show_notices()

# Every result of the page from one statement: the filtered events are read once.
page = shell.run_parts("overview/page", filters, limit=10)
head = page["headline"].iloc[0]
remainder = page["not_broken_down"].iloc[0]

# Headline figures, each saying what it counts.
events, participants = int(head["events"]), int(head["participants"])
if events == 0:
    st.info(
        _("No event matches these filters. Widen the date range or clear a filter in the sidebar.")
    )
    st.stop()
cols = st.columns(5)
cols[0].metric(_("Events"), number(events), help=_("Events matching the filters, dated or not."))
at_least = int(head["participants_at_least_events"])
cols[1].metric(
    # "at least" in the label, not the value: "at least 292,425" did not fit a fifth of the page
    _("Participants, at least") if at_least else _("Participants"),
    number(participants),
    help=_("Sum of the participant totals the reports state for these events.")
    + (
        " " + _("{n} of them are lower bounds ('more than N').").format(n=number(at_least))
        if at_least
        else ""
    ),
)
cols[2].metric(
    _("Countries of origin"),
    number(head["countries_of_origin"]),
    help=_("Home countries of participants named at these events (only the selected countries).")
    if filters.countries
    else _("Home countries of participants named at these events."),
)
cols[3].metric(
    _("Organisations"),
    number(head["organisations"]),
    help=_("Organisations with a role (organiser, funder, partner, ...) in these events."),
)
cols[4].metric(
    _("Outcomes"),
    number(head["outcomes"]),
    help=_("Outcomes of these events, and of their projects as a whole."),
)
notes = []
if int(head["events_without_count"]):
    notes.append(
        _("{n} of the {total} events give no participant count.").format(
            n=number(head["events_without_count"]), total=number(events)
        )
    )
if filters.countries and not pd.isna(head["participants_from_selected_countries"]):
    notes.append(
        _(
            "{n} participants are stated to come from the selected countries; {rest} are not broken "
            "down by country."
        ).format(
            n=number(head["participants_from_selected_countries"]),
            rest=number(remainder["participants"]),
        )
    )
if notes:
    st.caption(" ".join(notes))
report_buttons.buttons(
    content.Request(
        filters=filters,
        origin="the Overview page",
        scope=shell.scope(),
        by=shell.person().name if shell.person().signed_in else None,
    ),
    "overview",
)

left, right = st.columns(2)
with left:
    shell.chart(
        shell.figure(charts.events_per_year, page["by_year_type"]), key="overview_events_per_year"
    )
with right:
    bars = st.container()  # the chart above the toggle that says how many countries it names
    top = shell.top_or_all(
        "overview_every_country",
        _("Show every country"),
        _(
            "The {n} countries with the most participants are shown by name; the others are "
            "added up in one bar."
        ),
        categories=len(page["by_country"]),
    )
    with bars:
        shell.chart(
            shell.figure(
                charts.participants_by_country,
                page["by_country"],
                not_broken_down=int(remainder["participants"]),
                at_least=bool(remainder["at_least"]),
                top=top,
            ),
            empty=_("No participant's home country is recorded for these events."),
            key="overview_participants_bars",
        )

left, right = st.columns(2)
with left:
    shell.chart(
        shell.figure(charts.outcomes_by_type, page["outcomes_by_type"]),
        empty=_("No outcome is recorded for these events."),
        key="overview_outcomes_by_type",
    )
with right:
    st.subheader(_("Latest events"))
    latest = page["latest"]
    table = shell.event_rows(latest, with_type=True)
    st.dataframe(table, hide_index=True, width="stretch")
