"""Targets against actuals, as the Funders and Results pages show them: one row per target with
its progress, and, for the row clicked, every record its actual counts (or leaves out, and
why) with the sentence it comes from. Not a page: the pages call show()."""

from __future__ import annotations

from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from atlas import dates, i18n, labels
from atlas.charts.style import PALETTE
from atlas.filters import Filters
from atlas.markdown import literal
from ui import shell
from ui.shell import _, number


def story_link(event_id: str, lang: str) -> str:
    """The link to an event's story: relative, so it holds under a server.baseUrlPath; the id
    encoded (an id may hold spaces, Thai letters, '&'); the page's language kept, as every link
    of the app keeps it."""
    query = {"event": event_id} | ({"lang": lang} if lang != "en" else {})
    return "events?" + urlencode(query)


# The row helpers take the session's translator from show(), read once per table: looking the
# language up in the session for each cell was about 2,000 reads per run at a million events.


def actual_words(actual: object, at_least: object, t: i18n.Translator) -> str:
    """ "4", "at least 78", "not stated"."""
    return labels.participants(actual, bool(at_least) if not pd.isna(at_least) else False, t.lang)


def _period(start: object, end: object, t: i18n.Translator) -> str:
    if pd.isna(start) and pd.isna(end):
        return t._("not stated")  # all the project's records count: the column's help says so
    return t._("{start} to {end}").format(
        start="…" if pd.isna(start) else dates.as_date(start),
        end="…" if pd.isna(end) else dates.as_date(end),
    )


def _undated(row, t: i18n.Translator) -> str:
    if row.undated_left_out:
        return t._("{n} with no date, not counted").format(n=t.number(row.undated_left_out))
    if row.undated_in_actual:
        return t._("{n} counted with no date").format(n=t.number(row.undated_in_actual))
    return ""


def _what_counts(row, t: i18n.Translator) -> str:
    lang = t.lang
    kind = labels.indicator_kind(row.indicator_kind, lang)
    of = (
        labels.event_type(row.event_type, lang)
        if isinstance(row.event_type, str)
        else labels.outcome_type(row.outcome_type, lang)
        if isinstance(row.outcome_type, str)
        else ""
    )
    return f"{kind}: {of}" if of else kind


def show(filters: Filters, *, key: str) -> pd.DataFrame:
    """The targets of the projects in view against their actuals; returns the rows shown."""
    frame = shell.run("results/table", filters, search=None)
    if frame.empty:
        st.info(
            _(
                "No target is recorded for these projects. Targets are a project's planned outputs as a report "
                "states them (Manage -> Targets, or an import of targets.csv)."
            )
        )
        return frame
    several = frame["project_id"].nunique() > 1
    if not several:
        st.caption(_("Project: {name}").format(name=literal(frame["project_name"].iloc[0])))
    head = {
        "Indicator": _("Indicator"),
        "Target": _("Target"),
        "Actual": _("Actual"),
        "Progress": _("Progress"),
        "Undated": _("Undated"),
        "Counts": _("Counts"),
        "Period": _("Period"),
        "Project": _("Project"),
    }
    t = shell.translator()
    rows = {
        head["Indicator"]: frame["indicator"],
        head["Target"]: frame["target_value"].astype(int),
        head["Actual"]: [
            actual_words(a, b, t)
            for a, b in zip(frame["actual"], frame["actual_at_least"], strict=True)
        ],
        head["Progress"]: frame["progress_pct"].astype("Float64"),
        # each row helper reads only its own columns: itertuples over all twenty of the
        # statement's was most of the table's Python at a million events
        head["Undated"]: [
            _undated(r, t)
            for r in frame[["undated_left_out", "undated_in_actual"]].itertuples(index=False)
        ],
        head["Counts"]: [
            _what_counts(r, t)
            for r in frame[["indicator_kind", "event_type", "outcome_type"]].itertuples(index=False)
        ],
        head["Period"]: [
            _period(s, e, t)
            for s, e in zip(frame["period_start"], frame["period_end"], strict=True)
        ],
    }
    if several:
        rows[head["Project"]] = frame["project_name"]
    event = st.dataframe(
        pd.DataFrame(rows),
        key=key,
        on_select="rerun",
        selection_mode="single-row",
        hide_index=True,
        width="stretch",
        column_config={
            head["Progress"]: st.column_config.ProgressColumn(
                head["Progress"],
                min_value=0,
                max_value=100,
                format="%d%%",
                width="small",  # room for the "Undated" words beside it
                color=PALETTE[0],  # the charts' blue: the theme's red would read as "behind"
                help=_("Actual as a share of the target; 'at least' actuals are lower bounds."),
            ),
            head["Actual"]: st.column_config.TextColumn(
                help=_(
                    "Counted from the records of the project in view; never "
                    "entered (except indicators counted by hand)."
                ),
                alignment="right",  # "at least 3" is text; it lines up with the targets
            ),
            head["Undated"]: st.column_config.TextColumn(
                width=170,  # "7 with no date, not counted" was cut at the default width
                help=_(
                    "Records with no date: counted when the target has no "
                    "period and the view no date range, else shown apart."
                ),
            ),
            # Widths in pixels so that every column fits the page at 1,400 pixels: the indicator
            # first (it was cut at "medium"), the undated words whole.
            head["Indicator"]: st.column_config.TextColumn(width=290),
            head["Period"]: st.column_config.TextColumn(
                help=_(
                    "The target's period as its report states it; a target with none counts "
                    "all the project's records."
                )
            ),
        },
    )
    st.caption(
        _(
            "Click a row to see what its actual counts, each record with its sentence. Dates, countries and "
            "event types in the filters narrow what is counted; they never hide a target."
        )
    )
    chosen = event.selection.rows if event and event.selection else []
    if chosen:
        _records(filters, frame.iloc[chosen[0]])
    return frame


def _records(filters: Filters, target: pd.Series) -> None:
    with st.container(border=True):
        st.markdown(
            f"**{literal(target['indicator'])}**: "
            + literal(
                _("{actual} against a target of {target}").format(
                    actual=actual_words(
                        target["actual"], target["actual_at_least"], shell.translator()
                    ),
                    target=number(target["target_value"]),
                )
            )
        )
        st.markdown(f"> {literal(target['source_quote'])}")
        st.caption(
            _("The target as stated in {source}.").format(source=literal(target["source_id"]))
        )
        if target["indicator_kind"] == "manual":
            st.caption(
                _("Counted by hand: ")
                + literal(target["manual_actual_quote"] or _("no sentence given"))
            )
            return
        records = shell.run("results/records", filters, target_id=target["target_id"])
        if records.empty:
            st.info(_("No record of this project in view is of this kind."))
            return
        lang = shell.language()

        link = [
            story_link(e, lang)
            if k == "event"
            else (story_link(e.split(", ")[0], lang) if isinstance(e, str) else None)
            for k, e in zip(records["record_kind"], records["event_ids"], strict=True)
        ]
        head = {
            "Record": _("Record"),
            "When": _("When"),
            "Status": _("Status"),
            "Participants": _("Participants"),
            "Open": _("Open"),
            "Sentence": _("Sentence"),
            "Source": _("Source"),
        }
        rows = {
            head["Record"]: records["title"],
            head["When"]: [
                dates.format_date(d, p, lang) if pd.notna(d) else _("no date")
                for d, p in zip(records["record_date"], records["date_precision"], strict=True)
            ],
            head["Status"]: records["status"],
        }
        if target["indicator_kind"] == "participants":
            rows[head["Participants"]] = [
                labels.participants(v, a, lang)
                for v, a in zip(records["value"], records["at_least"], strict=True)
            ]
        rows |= {
            head["Open"]: link,
            head["Sentence"]: records["source_quote"],
            head["Source"]: records["source"],
        }
        st.dataframe(
            pd.DataFrame(rows),
            hide_index=True,
            width="stretch",
            column_config={
                head["Open"]: st.column_config.LinkColumn(
                    _("Event"),
                    display_text=_("open story"),
                    help=_("The event's story on the Events page."),
                ),
                head["Sentence"]: st.column_config.TextColumn(width="large"),
                head["Record"]: st.column_config.TextColumn(width="medium"),
            },
        )
