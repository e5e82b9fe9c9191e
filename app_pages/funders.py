"""Funders: for one funder, what its money reached in the filtered view: a sentence computed
from the data, the projects it funded, their events, participants by home country (with the
part not broken down), outcomes, its projects' targets against their actuals, and the sentence
each figure comes from. The funder chosen is
the shared `funder` filter, so the link reproduces the view."""

import pandas as pd
import streamlit as st

from atlas import charts, dates, funders, labels
from atlas.markdown import literal, quoted
from atlas.report import content
from ui import report_buttons, shell, targets
from ui.shell import _, number

CHOICE = "funders_page_choice"

filters = shell.current_filters()

st.title(_("Funders"))
shell.caption_filters(filters)
shell.show_notices()

names = dict(shell.choices()["funders"])
if not names:
    st.info(
        _(
            "No funder is recorded yet: a project or an event needs an organisation in the funder role."
        )
    )
    st.stop()
funder = next((f for f in filters.funders if f in names), next(iter(names)))
st.session_state[CHOICE] = funder
st.columns([1, 2])[0].selectbox(
    _("Funder"),
    list(names),
    key=CHOICE,
    format_func=names.get,
    on_change=lambda: shell.narrow(funders=[st.session_state[CHOICE]]),
    help=_("The funder filter in the sidebar and the link follow this choice."),
)
if len(filters.funders) > 1:
    st.caption(
        _("The funder filter names {n} funders; this page shows one at a time.").format(
            n=number(len(filters.funders))
        )
    )

others = filters.replace(funders=())  # the other filters: the view within this funder's work
view = filters.replace(funders=(funder,))
# Every result of the page but the targets from one statement: the funder's events are read once.
SHOWN = 100  # events and outcomes listed; the Data page has them all
EVIDENCE_OPEN = "funders_evidence_open"  # whether "Where these figures come from" is open
page = shell.run_parts("funders/page", others, funder=funder, limit=SHOWN)
summary = page["summary"].iloc[0]
st.subheader(
    literal(
        funders.summary_sentence(
            names[funder], summary, filtered=not others.is_empty, lang=shell.language()
        )
    )
)

cols = st.columns(5)
cols[0].metric(
    _("Projects funded"),
    number(summary["projects_funded"]),
    help=_(
        "Projects naming this funder, or with an event naming it as funder, whatever the filters."
    ),
)
cols[1].metric(
    _("Events"),
    number(summary["events"]),
    help=_("Events of those projects, or funded by it, matching the filters."),
)
# "at least" in the label, not the value, as on the Overview: "at least 8,800" did not fit a fifth
# of the page at 10k events.
at_least = bool(summary["at_least_events"]) and int(summary["events_with_count"])
cols[2].metric(
    _("Participants, at least") if at_least else _("Participants"),
    number(summary["participants"]) if int(summary["events_with_count"]) else _("not stated"),
    help=_("Sum of the participant totals the reports state for these events")
    + (
        _("; {n} of them give no count.").format(n=number(summary["events_without_count"]))
        if int(summary["events_without_count"])
        else "."
    ),
)
cols[3].metric(
    _("Countries of origin"),
    number(summary["countries"]),
    help=_("Home countries of participants named at these events, with or without a count."),
)
cols[4].metric(
    _("Outcomes"),
    number(summary["outcomes"]),
    help=_("Outcomes of these events and of their projects as a whole."),
)
if int(summary["events"]):
    report_buttons.buttons(
        content.Request(
            filters=filters,
            funder=funder,
            origin="the Funders page",
            scope=shell.scope(),
            by=shell.person().name if shell.person().signed_in else None,
        ),
        "funders",
    )

projects = page["projects"]
st.subheader(_("Projects funded"))
lang = shell.language()
st.dataframe(
    pd.DataFrame(
        {
            _("Project"): projects["name"],
            _("When"): [
                dates.format_range(s, e, p, lang) if pd.notna(s) else _("not stated")
                for s, e, p in zip(
                    projects["start_date"],
                    projects["end_date"],
                    projects["date_precision"],
                    strict=True,
                )
            ],
            _("Events in view"): projects["events"].astype(int),
            _("Participants"): [
                ("" if not e else labels.participants(n, bool(a), lang))
                for e, n, a in zip(
                    projects["events"],
                    projects["participants"],
                    projects["at_least_events"],
                    strict=True,
                )
            ],
            _("Outcomes in view"): projects["outcomes"].astype(int),
        }
    ),
    hide_index=True,
    width="stretch",
    # "at least 80" is text; right-aligned, it lines up with the counts beside it.
    column_config={_("Participants"): st.column_config.TextColumn(alignment="right")},
)

st.subheader(_("Planned against done"))
targets.show(view, key="funder_targets")

if int(summary["events"]) == 0:
    st.info(
        _(
            "None of this funder's events matches the filters. Widen the date range or clear a filter in the sidebar."
        )
    )
    st.stop()

remainder = page["not_broken_down"].iloc[0]
# A large funder has tens of thousands of events: drawing a row and a quote for each made the
# page take 34 s at a million events. The first SHOWN of each are listed; the Data page has all.
events = page["events"]
outcomes = page["outcomes"]


def shown_note(template: str, frame) -> None:
    """template: "The first {n} of {total} events are listed here..." (already translated)."""
    matching = int(frame["matching"].iloc[0]) if len(frame) else 0
    if matching > len(frame):
        st.caption(template.format(n=number(len(frame)), total=number(matching)))


shell.chart(
    shell.figure(
        charts.participants_by_country,
        page["by_country"],
        not_broken_down=int(remainder["participants"]),
        at_least=bool(remainder["at_least"]),
    ),
    empty=_("The reports give no participant count or home country for these events."),
    key="funders_participants_bars",
)

st.subheader(_("Events"))
st.dataframe(shell.event_rows(events, "host"), hide_index=True, width="stretch")
shown_note(
    _(
        "The first {n} of {total} events are listed here, with their sources; the Data page has them all."
    ),
    events,
)

st.subheader(_("Outcomes"))
if outcomes.empty:
    st.info(_("No outcome is recorded for these events or their projects."))
else:
    whole = _("{project} (the project as a whole)")  # translated once, not per row
    st.dataframe(
        pd.DataFrame(
            {
                _("Type"): [labels.outcome_type(t, lang) for t in outcomes["outcome_type"]],
                _("Outcome"): outcomes["title"],
                _("Quantity"): [
                    labels.quantity(q, u, lang)
                    for q, u in zip(outcomes["quantity"], outcomes["unit"], strict=True)
                ],
                _("From"): [
                    e if isinstance(e, str) else whole.format(project=p)
                    for e, p in zip(outcomes["event"], outcomes["project"], strict=True)
                ],
            }
        ),
        hide_index=True,
        width="stretch",
    )
    shown_note(
        _(
            "The first {n} of {total} outcomes are listed here, with their sources; the Data page has them all."
        ),
        outcomes,
    )


# The sentences behind the figures: one Markdown block per section, not a quote and a caption per
# row (about 550 elements at a million events, 50-75 ms of the script); each row's text is escaped
# as before (atlas.markdown.literal), so it is shown exactly as written. Made only while the box
# is open (shell.box_made_when_open).
def evidence() -> None:
    source_line = _("{name}, from: {source}")
    for heading, frame, quote, name in (
        (_("Funding"), projects, "funding_quote", "name"),
        (_("Events and their participants"), events, "source_quote", "title"),
        (_("Outcomes"), outcomes, "source_quote", "title"),
    ):
        if frame.empty:
            continue
        st.markdown(
            quoted(
                heading,
                (
                    (q, source_line.format(name=literal(n), source=literal(s)))
                    for q, n, s in zip(frame[quote], frame[name], frame["source"], strict=True)
                ),
            )
        )


shell.box_made_when_open(_("Where these figures come from"), EVIDENCE_OPEN, evidence)
