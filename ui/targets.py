"""Targets against actuals, as the Funders and Results pages show them: one row per target with
its progress, and, for the row clicked, every record its actual counts (or leaves out, and
why) with the sentence it comes from. Not a page: the pages call show()."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from atlas import dates, labels
from atlas.filters import Filters
from atlas.markdown import literal
from ui import shell


def actual_words(actual: object, at_least: object) -> str:
    """"4", "at least 78", "not stated"."""
    if actual is None or pd.isna(actual):
        return "not stated"
    return ("at least " if bool(at_least) else "") + f"{int(actual):,}"


def _period(start: object, end: object) -> str:
    if pd.isna(start) and pd.isna(end):
        return "not stated (all the project's records)"
    return f"{'…' if pd.isna(start) else dates.as_date(start)} to {'…' if pd.isna(end) else dates.as_date(end)}"


def _undated(row) -> str:
    if row.undated_left_out:
        return f"{int(row.undated_left_out):,} with no date, not counted"
    if row.undated_in_actual:
        return f"{int(row.undated_in_actual):,} counted with no date"
    return ""


def _what_counts(row) -> str:
    kind = labels.indicator_kind(row.indicator_kind)
    of = (labels.event_type(row.event_type) if isinstance(row.event_type, str)
          else labels.outcome_type(row.outcome_type) if isinstance(row.outcome_type, str) else "")
    return f"{kind}: {of}" if of else kind


def show(filters: Filters, *, key: str) -> pd.DataFrame:
    """The targets of the projects in view against their actuals; returns the rows shown."""
    frame = shell.run("results/table", filters, search=None)
    if frame.empty:
        st.info("No target is recorded for these projects. Targets are a project's planned outputs as a report "
                "states them (Manage -> Targets, or an import of targets.csv).")
        return frame
    several = frame["project_id"].nunique() > 1
    if not several:
        st.caption(f"Project: {literal(frame['project_name'].iloc[0])}")
    rows = {
        "Indicator": frame["indicator"],
        "Target": frame["target_value"].astype(int),
        "Actual": [actual_words(a, b) for a, b in zip(frame["actual"], frame["actual_at_least"], strict=True)],
        "Progress": frame["progress_pct"].astype("Float64"),
        "Undated": [_undated(r) for r in frame.itertuples(index=False)],
        "Counts": [_what_counts(r) for r in frame.itertuples(index=False)],
        "Period": [_period(s, e) for s, e in zip(frame["period_start"], frame["period_end"], strict=True)],
    }
    if several:
        rows["Project"] = frame["project_name"]
    event = st.dataframe(
        pd.DataFrame(rows), key=key, on_select="rerun", selection_mode="single-row", hide_index=True,
        width="stretch",
        column_config={
            "Progress": st.column_config.ProgressColumn(
                "Progress", min_value=0, max_value=100, format="%d%%",
                help="Actual as a share of the target; 'at least' actuals are lower bounds."),
            "Actual": st.column_config.TextColumn(help="Counted from the records of the project in view; never entered "
                                                       "(except indicators counted by hand)."),
            "Undated": st.column_config.TextColumn(help="Records with no date: counted when the target has no period "
                                                        "and the view no date range, else shown apart."),
            "Indicator": st.column_config.TextColumn(width="medium"),
        },
    )
    st.caption("Click a row to see what its actual counts, each record with its sentence. Dates, countries and "
               "event types in the filters narrow what is counted; they never hide a target.")
    chosen = event.selection.rows if event and event.selection else []
    if chosen:
        _records(filters, frame.iloc[chosen[0]])
    return frame


def _records(filters: Filters, target: pd.Series) -> None:
    with st.container(border=True):
        st.markdown(f"**{literal(target['indicator'])}**: {literal(actual_words(target['actual'], target['actual_at_least']))}"
                    f" against a target of {int(target['target_value']):,}")
        st.markdown(f"> {literal(target['source_quote'])}")
        st.caption(f"The target as stated in {literal(target['source_id'])}.")
        if target["indicator_kind"] == "manual":
            st.caption("Counted by hand: " + literal(target["manual_actual_quote"] or "no sentence given"))
            return
        records = shell.run("results/records", filters, target_id=target["target_id"])
        if records.empty:
            st.info("No record of this project in view is of this kind.")
            return
        link = [f"/events?event={e}" if k == "event" else (f"/events?event={e.split(', ')[0]}" if isinstance(e, str) else None)
                for k, e in zip(records["record_kind"], records["event_ids"], strict=True)]
        rows = {
            "Record": records["title"],
            "When": [dates.format_date(d, p) if pd.notna(d) else "no date" for d, p in
                     zip(records["record_date"], records["date_precision"], strict=True)],
            "Status": records["status"],
        }
        if target["indicator_kind"] == "participants":
            rows["Participants"] = [labels.participants(v, a) for v, a in zip(records["value"], records["at_least"], strict=True)]
        rows |= {"Open": link, "Sentence": records["source_quote"], "Source": records["source"]}
        st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch", column_config={
            "Open": st.column_config.LinkColumn("Event", display_text="open story",
                                                help="The event's story on the Events page."),
            "Sentence": st.column_config.TextColumn(width="large"),
            "Record": st.column_config.TextColumn(width="medium"),
        })
