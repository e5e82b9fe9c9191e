"""History: every change made to the data through the app or an import (who, when, which row,
before and after), filtered by table, action, person and date; the imports; and undoing the last
import, which puts the data back exactly as they were before it."""

import datetime as dt
import json

import duckdb
import pandas as pd
import streamlit as st

from atlas import ingest
from atlas.schema import DATA_TABLES
from ui import editing, shell

SHOWN = 500  # newest changes listed; the filters narrow the rest
ACTIONS = {"insert": "added", "update": "changed", "delete": "deleted"}
VIA = {"form": "form", "import": "import", "undo": "undo of an import", "review": "review of a report"}


def what_changed(before: object, after: object) -> str:
    """An update as "column: old → new"; an added or deleted row as its values."""
    old = json.loads(before) if isinstance(before, str) else None
    new = json.loads(after) if isinstance(after, str) else None
    if old is not None and new is not None:
        return "; ".join(f"{c}: {old.get(c)!r} → {v!r}" for c, v in new.items() if old.get(c) != v)
    row = new if new is not None else old
    return "; ".join(f"{c}: {v!r}" for c, v in row.items() if v is not None)


def undo_section() -> None:
    st.subheader("Undo the last import")
    with editing.cursor() as con:
        info = ingest.last_import(con)
    if info is None:
        st.caption("There is no import to undo.")
        return
    shell.say("write", f"Import {info.import_id}: {info.file_name} into {info.table}, {info.rows_new:,} new and "
             f"{info.rows_changed:,} changed rows, on {info.at:%Y-%m-%d %H:%M} by {info.actor}.")
    if not info.can_undo:
        st.info(info.reason)
        return
    sure = st.checkbox(f"Yes, undo import {info.import_id}: delete its {info.rows_new:,} new rows and put its "
                       f"{info.rows_changed:,} changed rows back as they were", key=f"undo_sure_{info.import_id}")
    if st.button("Undo last import", disabled=not sure, key="undo_import"):
        with editing.cursor() as con:
            try:
                written = ingest.undo_last_import(con, editing.actor())
            except ingest.Refused as err:
                shell.say("error", err.message, icon="⚠️")
                return
        st.session_state["history_flash"] = (f"Import {info.import_id} undone: {written.summary()}; "
                                             f"{info.table} is back as it was before it.")
        st.rerun()


st.title("History")
st.caption("Every change made through the Manage page or an import, newest first.")
if "history_flash" in st.session_state:
    shell.say("success", st.session_state.pop("history_flash"))

try:
    actors = shell.run("audit/actors")["actor"].tolist()
except duckdb.CatalogException:  # a database from before migration 004, opened read-only
    st.info("This database has no audit trail yet: it was made before changes were recorded. Open the app "
            "once without ATLAS_READ_ONLY=1, or rebuild the database, to add it.")
    st.stop()
cols = st.columns(4)
tables = cols[0].multiselect("Tables", list(DATA_TABLES), key="history_tables", placeholder="All tables")
actions = cols[1].multiselect("Actions", list(ACTIONS), key="history_actions", placeholder="All actions",
                              format_func=ACTIONS.get)
people = cols[2].multiselect("People", actors, key="history_actors", placeholder="Everyone")
days = cols[3].date_input("Between", value=(), min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 12, 31),
                          format="YYYY-MM-DD", key="history_days")
since = days[0] if len(days) > 0 else None
until = days[1] if len(days) > 1 else since
params = dict(tables=tables or None, actions=actions or None, actors=people or None, date_from=since, date_to=until)

total = int(shell.run("audit/count", **params).iloc[0]["changes"])
log = shell.run("audit/log", **params, limit=SHOWN)
if total == 0:
    st.info("No change matches these filters." if any(v for v in params.values()) else "No change has been made yet.")
else:
    st.caption(f"{total:,} change(s)" + (f"; the newest {SHOWN:,} are listed." if total > SHOWN else "."))
    st.dataframe(pd.DataFrame({
        "When (UTC)": log["at"].dt.strftime("%Y-%m-%d %H:%M:%S"),
        "Who": log["actor"],
        "Action": log["action"].map(ACTIONS),
        "Table": log["table_name"],
        "Row": [" / ".join(map(str, json.loads(k))) for k in log["row_key"]],
        "What": [what_changed(b, a) for b, a in zip(log["before"], log["after"], strict=True)],
        "Through": log["via"].map(VIA),
        "Import": log["import_id"].astype("Int64"),
    }), hide_index=True, width="stretch")

imports = shell.run("audit/imports")
if len(imports):
    st.subheader("Imports")
    st.dataframe(pd.DataFrame({
        "Import": imports["import_id"], "When (UTC)": imports["at"].dt.strftime("%Y-%m-%d %H:%M"),
        "Who": imports["actor"], "File": imports["file_name"], "Table": imports["table_name"],
        "New": imports["rows_new"], "Changed": imports["rows_changed"],
        "Undone": [f"{a:%Y-%m-%d %H:%M} by {b}" if pd.notna(a) else "" for a, b in
                   zip(imports["undone_at"], imports["undone_by"], strict=True)],
    }), hide_index=True, width="stretch")

if not editing.read_only() and shell.may("write"):
    undo_section()
