"""Outcomes: what came of the filtered events and their projects, by type, year and project;
the chain from projects to events to outcomes; and every outcome with its quantity, its
evidence sentence and its source report."""

import streamlit as st

from atlas import charts, dates, labels, sources
from atlas.markdown import literal, small
from ui import shell
from ui.shell import _, ngettext, number

# Outcomes listed with their evidence: each is a card of Markdown, all in one bordered box (a card
# was five or six elements, then two, and 200 cards took the browser most of a second to draw);
# the Data page lists and downloads them all.
LIST_ROWS = 50
CHAIN_EVENTS = 80  # more events than this make an unreadable chain

filters = shell.current_filters()
st.title(_("Outcomes"))
shell.caption_filters(filters)
shell.show_notices()

# Every result of the page but the chain from one statement: the filtered events are read once.
page = shell.run_parts("outcomes/page", filters, limit=LIST_ROWS)
by_type = page["by_type"]
total = int(by_type["outcomes"].sum()) if not by_type.empty else 0
if total == 0:
    st.info(
        _(
            "No outcome matches these filters. Widen the date range or clear a filter in the sidebar."
        )
    )
    st.stop()
by_year = page["by_year"]
undated = int(by_year.loc[by_year["year"].isna(), "outcomes"].sum())
st.metric(
    _("Outcomes"),
    number(total),
    help=_("Outcomes of the selected events, and of their projects as a whole."),
)
st.caption(
    ngettext(
        "{n} of the {total} outcome has no date stated, neither its own nor its event's.",
        "{n} of the {total} outcomes have no date stated, neither their own nor their event's.",
        total,
    ).format(n=number(undated), total=number(total))
    + " "
    + _("An outcome's year is its own date where the report gives one, else its event's start.")
)

left, right = st.columns(2)
with left:
    shell.chart(shell.figure(charts.outcomes_by_type, by_type), key="outcomes_by_type")
with right:
    shell.chart(
        shell.figure(charts.outcomes_per_year, by_year),
        empty=_("None of these {total} outcomes has a date stated, nor has its event.").format(
            total=number(total)
        ),
        key="outcomes_per_year",
    )
by_project = st.container()  # the chart above the toggle that says how many projects it names
top = shell.top_or_all(
    "outcomes_every_project",
    _("Show every project"),
    _(
        "The {n} projects with the most outcomes are shown by name; the others are added up in one bar."
    ),
    categories=len(page["by_project"]),
)
with by_project:
    shell.chart(
        shell.figure(charts.outcomes_by_project, page["by_project"], top=top),
        key="outcomes_by_project",
    )

st.subheader(_("From projects to events to outcomes"))
chain_events = int(page["chain_events"]["events"].iloc[0])
if chain_events > CHAIN_EVENTS:
    st.info(
        _(
            "These outcomes come from {n} events; the chain draws at most {limit}. Narrow the filters to see it."
        ).format(n=number(chain_events), limit=number(CHAIN_EVENTS))
    )
else:
    shell.chart(
        shell.figure(charts.outcome_chain, shell.run("outcomes/chain", filters)),
        key="outcomes_chain",
    )
    st.caption(
        _(
            "Outcomes of a project as a whole, not of one event, flow through '(project as a whole)'."
        )
    )

# Every outcome with its evidence.
st.subheader(_("Each outcome and its evidence"))
listed = page["list"]
if int(listed["matching"].iloc[0]) > len(listed):
    st.caption(
        _(
            "The first {n} of {total} outcomes; narrow the filters to see others here, or list and download "
            "them all on the Data page."
        ).format(n=number(len(listed)), total=number(listed["matching"].iloc[0]))
    )
    st.page_link(
        "app_pages/data.py",
        label=_("All these outcomes on the Data page"),
        icon=":material/table:",
        query_params=filters.to_query() | {"table": "outcomes"},
    )
lang = shell.language()
cards = []
# The columns a card reads, a column at a time (shell.rows: itertuples was most of the list's time).
CARD_COLUMNS = [
    *("title", "quantity", "unit", "date", "date_precision", "date_from_event", "outcome_type"),
    *("project", "event", "country", "country_iso3", "source_quote", "source_title"),
]
for o in shell.rows(listed, CARD_COLUMNS):
    # Each card is Markdown (title, facts, sentences, source), each piece from the data escaped
    # by literal.
    amount = labels.quantity(o.quantity, o.unit, lang)
    when = dates.format_date(o.date, o.date_precision, lang)
    if o.date_from_event:
        when += " " + _("(the event's date)")
    facts = [
        labels.outcome_type(o.outcome_type, lang),
        when,
        o.project if isinstance(o.project, str) else _("no project"),
    ]
    if isinstance(o.event, str):
        facts.append(_("at: {event}").format(event=o.event))
    if isinstance(o.country, str):
        facts.append(
            shell.country(o.country_iso3, o.country)
            if isinstance(o.country_iso3, str)
            else o.country
        )
    card = [
        f"**{literal(o.title)}**" + (f" — {literal(amount)}" if amount else ""),
        small(literal(" · ".join(facts))),
        *("> " + literal(sentence) for sentence in sources.sentences(o.source_quote)),
        small(_("Source: ") + literal(o.source_title)),
    ]
    cards.append("\n\n".join(card))
# The cards in one bordered box, a rule between each two: two elements for the whole list, not
# two per card (a bordered box each made 100 of the page's 143 messages at a million events).
st.container(border=True).markdown("\n\n---\n\n".join(cards))

# The reports these outcomes come from, as plain text.
st.subheader(_("Source reports"))
reports = shell.rows(listed, ["source_id", "source_title", "path_or_url"], first_of="source_id")
for r in reports:
    text = sources.report_text(r.path_or_url)
    if text is None:
        st.caption(
            literal(r.source_title)
            + ": "
            + (
                _("online, not fetched by this app")
                if sources.is_url(r.path_or_url)
                else _("its text is not stored with this database")
            )
        )
        continue
    # The text is sent only while its box is open: closed, the reports' whole texts went with
    # every filter change.
    shell.box_made_when_open(
        literal(r.source_title),
        f"outcomes_report_{r.source_id}",
        lambda text=text: st.code(text, language=None, wrap_lines=True, height=400),
    )
