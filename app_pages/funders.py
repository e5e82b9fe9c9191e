"""Funders: for one funder, what its money reached in the filtered view: a sentence computed
from the data, the projects it funded, their events, participants by home country (with the
part not broken down), outcomes, its projects' targets against their actuals, and the sentence
each figure comes from. The funder chosen is
the shared `funder` filter, so the link reproduces the view."""

import pandas as pd
import streamlit as st

from atlas import charts, dates, funders, labels
from atlas.markdown import literal
from atlas.report import content
from ui import report_buttons, shell, targets

CHOICE = "funders_page_choice"

filters = shell.current_filters()

st.title("Funders")
shell.caption_filters(filters)
shell.show_notices()

names = dict(shell.choices()["funders"])
if not names:
    st.info("No funder is recorded yet: a project or an event needs an organisation in the funder role.")
    st.stop()
funder = next((f for f in filters.funders if f in names), next(iter(names)))
st.session_state[CHOICE] = funder
st.columns([1, 2])[0].selectbox(
    "Funder", list(names), key=CHOICE, format_func=names.get,
    on_change=lambda: shell.narrow(funders=[st.session_state[CHOICE]]),
    help="The funder filter in the sidebar and the link follow this choice.",
)
if len(filters.funders) > 1:
    st.caption(f"The funder filter names {len(filters.funders)} funders; this page shows one at a time.")

others = filters.replace(funders=())  # the other filters: the view within this funder's work
view = filters.replace(funders=(funder,))
summary = shell.run("funders/summary", others, funder=funder).iloc[0]
st.subheader(literal(funders.summary_sentence(names[funder], summary, filtered=not others.is_empty)))

cols = st.columns(5)
cols[0].metric("Projects funded", f"{int(summary['projects_funded']):,}",
               help="Projects naming this funder, or with an event naming it as funder, whatever the filters.")
cols[1].metric("Events", f"{int(summary['events']):,}", help="Events of those projects, or funded by it, matching the filters.")
reached = (("at least " if int(summary["at_least_events"]) else "") + f"{int(summary['participants']):,}"
           if int(summary["events_with_count"]) else "not stated")
cols[2].metric("Participants", reached,
               help="Sum of the participant totals the reports state for these events"
               + (f"; {int(summary['events_without_count']):,} of them give no count." if int(summary["events_without_count"]) else "."))
cols[3].metric("Countries of origin", f"{int(summary['countries']):,}",
               help="Home countries of participants named at these events, with or without a count.")
cols[4].metric("Outcomes", f"{int(summary['outcomes']):,}", help="Outcomes of these events and of their projects as a whole.")
if int(summary["events"]):
    report_buttons.buttons(content.Request(filters=filters, funder=funder, origin="the Funders page", scope=shell.scope(),
                                      by=shell.person().name if shell.person().signed_in else None), "funders")

projects = shell.run("funders/projects", others, funder=funder)
st.subheader("Projects funded")
st.dataframe(pd.DataFrame({
    "Project": projects["name"],
    "When": [dates.format_range(s, e, p) if pd.notna(s) else "not stated" for s, e, p in
             zip(projects["start_date"], projects["end_date"], projects["date_precision"], strict=True)],
    "Events in view": projects["events"].astype(int),
    "Participants": [("" if not e else "not stated" if pd.isna(n) else ("at least " if a else "") + f"{int(n):,}")
                     for e, n, a in zip(projects["events"], projects["participants"], projects["at_least_events"], strict=True)],
    "Outcomes in view": projects["outcomes"].astype(int),
}), hide_index=True, width="stretch")

st.subheader("Planned against done")
targets.show(view, key="funder_targets")

if int(summary["events"]) == 0:
    st.info("None of this funder's events matches the filters. Widen the date range or clear a filter in the sidebar.")
    st.stop()

remainder = shell.run("participation/not_broken_down", view).iloc[0]
# A large funder has tens of thousands of events: drawing a row and a quote for each made the
# page take 34 s at a million events. The first SHOWN of each are listed; the Data page has all.
SHOWN = 100
events = shell.run("funders/events", others, funder=funder, limit=SHOWN)
outcomes = shell.run("funders/outcomes", others, funder=funder, limit=SHOWN)


def shown_note(kind: str, frame) -> None:
    matching = int(frame["matching"].iloc[0]) if len(frame) else 0
    if matching > len(frame):
        st.caption(f"The first {len(frame):,} of {matching:,} {kind} are listed here, with their sources; "
                   "the Data page has them all.")

shell.chart(
    shell.figure(charts.participants_by_country, shell.run("participation/by_country", view),
                 not_broken_down=int(remainder["participants"]), at_least=bool(remainder["at_least"])),
    empty="The reports give no participant count or home country for these events.",
)

st.subheader("Events")
st.dataframe(shell.event_rows(events, "host"), hide_index=True, width="stretch")
shown_note("events", events)

st.subheader("Outcomes")
if outcomes.empty:
    st.info("No outcome is recorded for these events or their projects.")
else:
    st.dataframe(pd.DataFrame({
        "Type": outcomes["outcome_type"].map(labels.outcome_type),
        "Outcome": outcomes["title"],
        "Quantity": ["" if pd.isna(q) else f"{int(q):,} {u}" for q, u in zip(outcomes["quantity"], outcomes["unit"], strict=True)],
        "From": [e if isinstance(e, str) else f"{p} (the project as a whole)"
                 for e, p in zip(outcomes["event"], outcomes["project"], strict=True)],
    }), hide_index=True, width="stretch")
    shown_note("outcomes", outcomes)

with st.expander("Where these figures come from"):
    st.markdown("**Funding**")
    for row in projects.itertuples(index=False):
        st.markdown(f"> {literal(row.funding_quote)}")
        st.caption(f"{literal(row.name)}, from: {literal(row.source)}")
    st.markdown("**Events and their participants**")
    for row in events.itertuples(index=False):
        st.markdown(f"> {literal(row.source_quote)}")
        st.caption(f"{literal(row.title)}, from: {literal(row.source)}")
    if not outcomes.empty:
        st.markdown("**Outcomes**")
        for row in outcomes.itertuples(index=False):
            st.markdown(f"> {literal(row.source_quote)}")
            st.caption(f"{literal(row.title)}, from: {literal(row.source)}")
