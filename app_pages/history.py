"""History: every change made to the data through the app or an import (who, when, which row,
before and after), filtered by table, action, person and date; the imports; and undoing the last
import, which puts the data back exactly as they were before it."""

import datetime as dt
import json

import duckdb
import pandas as pd
import streamlit as st

from atlas import ingest, labels
from atlas.i18n import N_
from atlas.schema import DATA_TABLES
from ui import editing, shell
from ui.shell import _, ngettext, number

SHOWN = 500  # newest changes listed; the filters narrow the rest
ACTIONS = {"insert": N_("added"), "update": N_("changed"), "delete": N_("deleted")}
VIA = {
    "form": N_("form"),
    "import": N_("import"),
    "undo": N_("undo of an import"),
    "review": N_("review of a report"),
}


def what_changed(before: object, after: object) -> str:
    """An update as "column: old → new"; an added or deleted row as its values."""
    old = json.loads(before) if isinstance(before, str) else None
    new = json.loads(after) if isinstance(after, str) else None
    if old is not None and new is not None:
        return "; ".join(f"{c}: {old.get(c)!r} → {v!r}" for c, v in new.items() if old.get(c) != v)
    row = new if new is not None else old
    return "; ".join(f"{c}: {v!r}" for c, v in row.items() if v is not None)


def undo_section() -> None:
    st.subheader(_("Undo the last import"))
    with editing.cursor() as con:
        info = ingest.last_import(con)
    if info is None:
        st.caption(_("There is no import to undo."))
        return
    shell.say(
        "write",
        _(
            "Import {id}: {file} into {table}, {new} new and {changed} changed rows, on {at} by {actor}."
        ).format(
            id=info.import_id,
            file=info.file_name,
            table=info.table,
            new=number(info.rows_new),
            changed=number(info.rows_changed),
            at=f"{info.at:%Y-%m-%d %H:%M}",
            actor=info.actor,
        ),
    )
    if not info.can_undo:
        shell.say("info", info.reason)
        return
    sure = st.checkbox(
        _(
            "Yes, undo import {id}: delete its {new} new rows and put its {changed} changed rows back "
            "as they were"
        ).format(id=info.import_id, new=number(info.rows_new), changed=number(info.rows_changed)),
        key=f"undo_sure_{info.import_id}",
    )
    if st.button(_("Undo last import"), disabled=not sure, key="undo_import"):
        with editing.cursor() as con:
            try:
                written = ingest.undo_last_import(con, editing.actor())
            except ingest.Refused as err:
                shell.say("error", err.message, icon=":material/warning:")
                return
        st.session_state["history_flash"] = _(
            "Import {id} undone: {summary}; {table} is back as it was before it."
        ).format(id=info.import_id, summary=shell.text(written.summary()), table=info.table)
        st.rerun()


st.title(_("History"))
st.caption(
    _("Every change made through the Manage page, the Review page or an import, newest first.")
)
if "history_flash" in st.session_state:
    shell.say("success", st.session_state.pop("history_flash"))

try:
    actors = shell.run("audit/actors")["actor"].tolist()
except duckdb.CatalogException:  # a database from before migration 004, opened read-only
    st.info(
        _(
            "This database has no audit trail yet: it was made before changes were recorded. Open the app "
            "once without ATLAS_READ_ONLY=1, or rebuild the database, to add it."
        )
    )
    st.stop()
cols = st.columns(4)
tables = cols[0].multiselect(
    _("Tables"),
    list(DATA_TABLES),
    key="history_tables",
    placeholder=_("All tables"),
    format_func=lambda t: _(labels.TABLE_ROWS[t][1]) if t in labels.TABLE_ROWS else t,
)
actions = cols[1].multiselect(
    _("Actions"),
    list(ACTIONS),
    key="history_actions",
    placeholder=_("All actions"),
    format_func=lambda a: _(ACTIONS[a]),
)
people = cols[2].multiselect(_("People"), actors, key="history_actors", placeholder=_("Everyone"))
days = cols[3].date_input(
    _("Between"),
    value=(),
    min_value=dt.date(2000, 1, 1),
    max_value=dt.date(2100, 12, 31),
    format="YYYY-MM-DD",
    key="history_days",
)
since = days[0] if len(days) > 0 else None
until = days[1] if len(days) > 1 else since
params = dict(
    tables=tables or None,
    actions=actions or None,
    actors=people or None,
    date_from=since,
    date_to=until,
)

total = int(shell.run("audit/count", **params).iloc[0]["changes"])
log = shell.run("audit/log", **params, limit=SHOWN)
if total == 0:
    st.info(
        _("No change matches these filters.")
        if any(v for v in params.values())
        else _("No change has been made yet.")
    )
else:
    st.caption(
        ngettext("{n} change", "{n} changes", total).format(n=number(total))
        + (_("; the newest {n} are listed.").format(n=number(SHOWN)) if total > SHOWN else ".")
    )
    st.dataframe(
        pd.DataFrame(
            {
                _("When (UTC)"): log["at"].dt.strftime("%Y-%m-%d %H:%M:%S"),
                _("Who"): log["actor"],
                _("Action"): [_(ACTIONS[a]) if a in ACTIONS else a for a in log["action"]],
                _("Table"): log["table_name"],
                _("Row"): [" / ".join(map(str, json.loads(k))) for k in log["row_key"]],
                _("Through"): [_(VIA[v]) if v in VIA else v for v in log["via"]],
                _("Import"): log["import_id"].astype("Int64"),
                # Last, so the short columns stay in view and the longest text takes the rest.
                _("What"): [
                    what_changed(b, a) for b, a in zip(log["before"], log["after"], strict=True)
                ],
            }
        ),
        hide_index=True,
        width="stretch",
        placeholder="",
        column_config={_("Row"): st.column_config.TextColumn(width=220)},
    )

imports = shell.run("audit/imports")
if len(imports):
    st.subheader(_("Imports"))
    st.dataframe(
        pd.DataFrame(
            {
                _("Import"): imports["import_id"],
                _("When (UTC)"): imports["at"].dt.strftime("%Y-%m-%d %H:%M"),
                _("Who"): imports["actor"],
                _("File"): imports["file_name"],
                _("Table"): imports["table_name"],
                _("New"): imports["rows_new"],
                _("Changed"): imports["rows_changed"],
                _("Undone"): [
                    _("{at} by {actor}").format(at=f"{a:%Y-%m-%d %H:%M}", actor=b)
                    if pd.notna(a)
                    else ""
                    for a, b in zip(imports["undone_at"], imports["undone_by"], strict=True)
                ],
            }
        ),
        hide_index=True,
        width="stretch",
    )

if not editing.read_only() and shell.may("write"):
    undo_section()
