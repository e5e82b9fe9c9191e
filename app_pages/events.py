"""Events: search and sort the filtered events, see them on a timeline of their projects, and
open one event's story (when and where, who organised and funded it, who took part from which
country, what came of it, and the report sentences it comes from). The open story is kept in
the URL as `event=<id>`, so a copied link opens it again."""

import pandas as pd
import streamlit as st

from atlas import charts, dates, i18n, labels, sources
from atlas.markdown import literal
from ui import shell
from ui.shell import _, ngettext, number

EVENT = "event"  # the URL key of the open story (let through by shell.PAGE_KEYS)
TABLE, PICK, IDS = "events_table", "events_pick", "events_table_ids"
TABLE_ROWS = 1_000  # rows sent to the browser; a search or a filter narrows the rest
TIMELINE_EVENTS = 500  # more marks than this make an unreadable timeline
# Up to this many events in the view (the database, or a funder's projects' events in it),
# events/table_small's one top-N reads the table faster than events/table's per-day counts
# (measured at 10,000 and 100,000 events; see both files).
SMALL_DATABASE = 30_000


def open_story(event_id: str | None) -> None:
    if event_id:
        st.query_params[EVENT] = event_id
    elif EVENT in st.query_params:
        del st.query_params[EVENT]


def _on_row() -> None:
    rows = st.session_state[TABLE].selection.rows
    if rows:
        open_story(st.session_state[IDS][rows[0]])


def _on_pick() -> None:
    open_story(st.session_state[PICK])


def where(
    city: object,
    country: object,
    venue: object = None,
    iso3: object = None,
    t: i18n.Translator | None = None,
) -> str:
    """The place in this session's language: the country's name from CLDR, city and venue as
    recorded. `t`, the session's translator, read once by a caller that places many events (the
    session's language looked up per row was about 1,000 reads a run)."""
    t = t or shell.translator()
    if isinstance(iso3, str) and iso3:
        country = t.country(iso3, country if isinstance(country, str) else None)
    return ", ".join(x for x in (venue, city, country) if isinstance(x, str) and x.strip()) or t._(
        "place not stated"
    )


filters = shell.current_filters()
st.title(_("Events"))
shell.caption_filters(filters)
shell.show_notices()

# The story a link asks for; an id that names no event is dropped with a notice.
wanted = st.query_params.get(EVENT) or None
story = shell.run("events/story", event_id=wanted) if wanted else pd.DataFrame()
if wanted and story.empty:
    shown = wanted if len(wanted) <= 40 else wanted[:37] + "..."
    shell.say(
        "warning",
        _("The link's event {id} was not found; no story is open.").format(id=repr(shown)),
        icon=":material/warning:",
    )
    open_story(None)
    wanted = None

# The table: searchable here, sortable by clicking a column header.
search = st.text_input(
    _("Search titles, descriptions and places"),
    key="events_search",
    placeholder=_("for example: Lao, Chiang Mai, youth"),
)
# How many events the view holds is cached with the data version: read once until a write.
small = int(shell.run("events/total")["events"].iloc[0]) <= SMALL_DATABASE
table = shell.run(
    "events/table_small" if small else "events/table",
    filters,
    search=search.strip() or None,
    limit=TABLE_ROWS,
)


def count(search: str | None) -> int:
    """How many events the filters (and `search`) select, without the table's rows: events/count
    says why it is a statement of its own."""
    return int(shell.run("events/count", filters, search=search)["matching"].iloc[0])


# The table's rows carry how many events match in all (events/table counts them per day to find
# how far its rows reach); no row, none match.
matching = int(table["matching"].iloc[0]) if len(table) else 0
st.session_state[IDS] = list(table["event_id"])
t = shell.translator()
lang = t.lang
COLUMNS = {
    "Event": _("Event"),
    "Date": _("Date"),
    "When": _("When"),
    "Type": _("Type"),
    "Where": _("Where"),
    "Participants": _("Participants"),
    "Project": _("Project"),
}
view = pd.DataFrame(
    {
        COLUMNS["Event"]: table["title"],
        COLUMNS["Date"]: [
            dates.iso_at_precision(dates.as_date(s), p if isinstance(p, str) else None)
            for s, p in zip(table["start_date"], table["date_precision"], strict=True)
        ],
        COLUMNS["When"]: [
            dates.format_range(s, e, p, lang)
            for s, e, p in zip(
                table["start_date"], table["end_date"], table["date_precision"], strict=True
            )
        ],
        COLUMNS["Type"]: [labels.event_type(code, lang) for code in table["event_type"]],
        COLUMNS["Where"]: [
            where(c, k, iso3=i, t=t)
            for c, k, i in zip(table["city"], table["country"], table["country_iso3"], strict=True)
        ],
        COLUMNS["Participants"]: [
            labels.participants(n, a, lang)
            for n, a in zip(
                table["participants_total"], table["participants_at_least"], strict=True
            )
        ],
        COLUMNS["Project"]: table["project"].fillna(_("no project")),
    }
)
if table.empty:
    st.info(
        _("No event matches the search and the filters.")
        if search.strip()
        else _(
            "No event matches these filters. Widen the date range or clear a filter in the sidebar."
        )
    )
else:
    selected = st.session_state[IDS].index(wanted) if wanted in st.session_state[IDS] else None
    st.dataframe(
        view,
        key=TABLE,
        on_select=_on_row,
        selection_mode="single-row",
        hide_index=True,
        placeholder="",
        height=min(36 * (len(view) + 1) + 2, 560),
        selection_default={"selection": {"rows": [selected]}} if selected is not None else None,
        column_config={
            # The title in 290 pixels (hover or open the story for the rest) so that every column
            # fits the page at 1,400 pixels: sized to its longest title it pushed Participants
            # and Project out of view.
            COLUMNS["Event"]: st.column_config.TextColumn(width=290),
            COLUMNS["Project"]: st.column_config.TextColumn(width="small"),
            COLUMNS["Date"]: st.column_config.TextColumn(
                width="small",
                help=_("The start date at the precision the report gives; sorts by time."),
            ),
            COLUMNS["When"]: st.column_config.TextColumn(help=_("As the report dates it.")),
            # A count written out ("at least 80", "not stated"), right-aligned as numbers are.
            COLUMNS["Participants"]: st.column_config.TextColumn(
                help=_("The total the report states; 'at least' for 'more than N'."),
                alignment="right",
            ),
        },
    )
    shown = (
        _("{n} of {total}").format(n=number(len(table)), total=number(matching))
        if matching > len(table)
        else number(matching)
    )
    st.caption(
        ngettext(
            "{n} event. Click a row, or choose an event below, to open its story.",
            "{n} events. Click a row, or choose an event below, to open its story.",
            matching,
        ).format(n=shown)
    )

options = list(table["event_id"]) + (
    [wanted] if wanted and wanted not in set(table["event_id"]) else []
)
titles = dict(zip(table["event_id"], table["title"], strict=True)) | (
    {wanted: story["title"].iloc[0]} if wanted else {}
)
st.session_state[PICK] = wanted
st.selectbox(
    _("Event story"),
    options,
    key=PICK,
    on_change=_on_pick,
    index=None,
    format_func=lambda i: titles.get(i, i),
    placeholder=_("Choose an event to open its story"),
)


def show_story(event: pd.Series) -> None:
    """One event's story, every line from the database, every data text shown literally."""
    with st.container(border=True):
        st.subheader(literal(event["title"]))
        if wanted not in set(table["event_id"]):
            st.caption(
                _("This event is outside the current filters or search; the link opened it anyway.")
            )
        facts = [
            (
                _("When:"),
                literal(
                    dates.format_range(
                        event["start_date"], event["end_date"], event["date_precision"], lang
                    )
                ),
            ),
            (
                _("Where:"),
                literal(
                    where(event["city"], event["country"], event["venue"], event["country_iso3"])
                ),
            ),
            (_("Type:"), literal(labels.event_type(event["event_type"], lang))),
            (
                _("Project:"),
                literal(event["project"]) if isinstance(event["project"], str) else _("no project"),
            ),
        ]
        st.markdown("  \n".join(f"**{name}** {value}" for name, value in facts))
        if isinstance(event["description"], str):
            st.markdown(literal(event["description"]))

        st.markdown("##### " + _("Organisations"))
        orgs = shell.run("events/story_organisations", event_id=event["event_id"])
        if orgs.empty:
            st.caption(_("The report names no organisation for this event."))
        for org in orgs.itertuples(index=False):
            roles = [labels.role(r, lang).lower() for r in org.roles]
            if org.funds_project:
                roles.append(_("funder of the project"))
            name = org.name + (f" ({org.short_name})" if isinstance(org.short_name, str) else "")
            st.markdown(f"- {literal(name)}: {literal(', '.join(roles))}")

        st.markdown("##### " + _("Participants by home country"))
        people = shell.run("events/story_participation", event_id=event["event_id"])
        total, at_least = event["participants_total"], bool(event["participants_at_least"])
        names = [
            shell.country(i, c)
            for i, c in zip(people["country_iso3"], people["country"], strict=True)
        ]
        named = ", ".join(names)
        if pd.isna(total):
            st.caption(
                literal(
                    _("The report gives no participant count; it names {countries}.").format(
                        countries=named
                    )
                    if named
                    else _("The report gives no participant count.")
                )
            )
        else:
            counted = [
                _("{n} from {country}").format(n=number(n), country=c)
                for c, n in zip(names, people["participants"], strict=True)
                if not pd.isna(n)
            ]
            stated = labels.participants(total, at_least, lang)
            if people.empty:
                note = _("{n} participants; the report gives no home countries").format(n=stated)
            elif not counted:
                note = _(
                    "{n} participants from {countries}; the report gives no split by country"
                ).format(n=stated, countries=named)
            else:
                note = _("{n} participants").format(n=stated) + ": " + "; ".join(counted)
                if int(event["not_broken_down"]):
                    note += "; " + _("{n} not broken down by country").format(
                        n=labels.participants(event["not_broken_down"], at_least, lang)
                    )
            st.caption(literal(note + "."))
        shell.chart(
            shell.figure(charts.event_participants, people, total, at_least),
            empty=_("No participant count to draw for this event."),
            key="events_story_participants",
        )

        st.markdown("##### " + _("Outcomes"))
        outcomes = shell.run("events/story_outcomes", event_id=event["event_id"])
        if outcomes.empty:
            st.caption(
                _(
                    "The report states no outcome of this event itself (its project's outcomes are on the Outcomes page)."
                )
            )
        for o in outcomes.itertuples(index=False):
            amount = labels.quantity(o.quantity, o.unit, lang)
            st.markdown(
                f"- **{literal(labels.outcome_type(o.outcome_type, lang))}:** {literal(o.title)}"
                + (f" ({literal(amount)})" if amount else "")
            )
            st.markdown("> " + literal(o.source_quote))

        st.markdown("##### " + _("Source"))
        st.markdown(_("From *{title}*:").format(title=literal(event["source_title"])))
        for sentence in sources.sentences(event["source_quote"]):
            st.markdown("> " + literal(sentence))
        text = sources.report_text(event["path_or_url"])
        if text is not None:
            # Sent only while open, as on the Outcomes page.
            shell.box_made_when_open(
                _("Report text ({path})").format(path=literal(event["path_or_url"])),
                f"events_report_{event['event_id']}",
                lambda: st.code(text, language=None, wrap_lines=True, height=400),
            )
        elif sources.is_url(event["path_or_url"]):
            st.caption(
                _("Report online (not fetched by this app): ") + literal(event["path_or_url"])
            )
        else:
            st.caption(_("The report's text is not stored with this database."))


if wanted:
    show_story(story.iloc[0])

# The timeline of projects and events, and the events it cannot place.
st.subheader(_("Timeline"))
# The timeline's rows are read only when it can draw them all.
selected = matching if not search.strip() else count(None)
if selected > TIMELINE_EVENTS:
    st.info(
        _(
            "{n} events match; the timeline draws at most {limit}. Narrow the filters to see it."
        ).format(n=number(selected), limit=number(TIMELINE_EVENTS))
    )
else:
    timeline = shell.run("events/timeline", filters, limit=TIMELINE_EVENTS)
    shell.chart(
        shell.figure(charts.events_timeline, timeline),
        empty=_("No event matches these filters."),
        key="events_timeline",
    )
    undated = timeline[timeline["start_date"].isna()]
    if not undated.empty:
        st.caption(_("Events whose report gives no date ({n}):").format(n=number(len(undated))))
        st.dataframe(
            pd.DataFrame(
                {
                    _("Event"): undated["title"],
                    _("Project"): undated["project"].fillna(_("no project")),
                }
            ),
            hide_index=True,
            width="stretch",
        )
