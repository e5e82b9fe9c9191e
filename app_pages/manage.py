"""Manage: add and edit events (with participants by country and what is not broken down),
outcomes, organisations, projects, targets (a project's planned outputs) and sources; delete one after seeing what goes with it; import
a spreadsheet after seeing every row's problems and what it would change. Every change is checked
by atlas.validation, written with its audit rows by atlas.ingest, and listed on the History page.
Not in the navigation when the app runs read-only (ATLAS_READ_ONLY=1)."""

import pandas as pd
import streamlit as st

from atlas import ingest, labels, queries, spreadsheet
from atlas.db import shared
from atlas.schema import DATA_TABLES, describe_all
from ui import editing, shell

FLASH = "manage_flash"  # the result of the last write, shown once after the page reloads
NEXT = "manage_next_pick"  # (table, key) to select after a save or a delete
IMPORT_PLAN = "manage_import_plan"
RECORDS = {"Events": "events", "Outcomes": "outcomes", "Organisations": "organisations",
           "Projects": "projects", "Targets": "targets", "Sources": "sources"}
IMPORT = "Import a spreadsheet"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@st.cache_data(max_entries=8, show_spinner=False)
def schema(version: str) -> dict:
    with editing.cursor() as con:
        return describe_all(con)


def stored_participation(con, event_id: str) -> dict[str, tuple[int | None, str | None]]:
    """An event's participation rows as stored: home country -> (participants, source quote)."""
    rows = queries.run("manage/event_participation", scope=shell.scope(), con=con, event_id=event_id)
    return {r.country_iso3: (None if pd.isna(r.participants) else int(r.participants),
                             None if pd.isna(r.source_quote) else r.source_quote)
            for r in rows.itertuples(index=False)}


def done(message: str, table: str, key: str | None) -> None:
    """After a write: say what was written on the next run, select the record, start a new form."""
    st.session_state[FLASH] = message
    st.session_state[NEXT] = (table, key)
    st.session_state[f"manage_gen_{table}"] = st.session_state.get(f"manage_gen_{table}", 0) + 1
    st.rerun()


def record_editor(table_name: str) -> None:
    table = schema(shared.version())[table_name]
    thing = labels.TABLE_ROWS[table_name][0]
    pick = f"manage_pick_{table_name}"
    if (st.session_state.get(NEXT) or ("",))[0] == table_name:
        st.session_state[pick] = st.session_state.pop(NEXT)[1]
    chosen = editing.choose(f"{thing.capitalize()} to edit", table_name, pick, none_label=f"(new {thing})")
    with editing.cursor() as con:
        current = ingest.fetch_rows(con, table, [(chosen,)]).get((chosen,), {}) if chosen else {}
        stored = stored_participation(con, chosen) if chosen and table_name == "events" else {}
    prefix = f"manage_{table_name}_{chosen or '+new'}_{st.session_state.get(f'manage_gen_{table_name}', 0)}"

    values = {}
    left, right = st.columns(2)
    for i, name in enumerate(table.columns):
        with left if i % 2 == 0 else right:
            values[name] = editing.field(table, name, current.get(name), f"{prefix}_{name}", editing=chosen is not None)
    participation = None
    if table_name == "events":
        st.subheader("Participants by home country")
        participation = editing.participants_editor(prefix, stored, values["participants_total"],
                                                    bool(values["participants_at_least"]))

    if st.button(f"Save {thing}", type="primary", key=f"{prefix}_save"):
        with editing.cursor() as con:
            plan = ingest.plan_form(con, table_name, values, editing=(chosen,) if chosen else None,
                                    participation=participation)
            if plan.problems:
                editing.show_problems(plan.problems, table)
            elif not plan.changes:
                st.info("Nothing has changed, so nothing was written.")
            else:
                try:
                    written = ingest.commit(con, plan, editing.actor())
                except ingest.Refused as err:
                    shell.say("error", err.message)
                    editing.show_problems(err.problems, table)
                else:
                    key = str(values[table.key[0]]).strip()
                    done(f"Saved {thing} {key!r}: {written.summary()}.", table_name, key)

    if chosen:
        with st.expander(f"Delete this {thing}"), editing.cursor() as con:
            plan = ingest.plan_delete(con, table_name, (chosen,))
            if plan.problems:
                editing.show_problems(plan.problems, table)
            else:
                shell.say("write", plan.notes[0] if plan.notes else f"Nothing else goes with this {thing}.")
                sure = st.checkbox(f"Yes, delete {thing} {chosen!r}" + (" and the rows listed above" if plan.notes else ""),
                                   key=f"{prefix}_sure")
                if st.button(f"Delete {thing}", disabled=not sure, key=f"{prefix}_delete"):
                    try:
                        written = ingest.commit(con, plan, editing.actor())
                    except ingest.Refused as err:
                        shell.say("error", err.message)
                    else:
                        done(f"Deleted {thing} {chosen!r}: {written.summary()} in all.", table_name, None)


def _cell(value: object) -> str:
    return "" if value is None else str(ingest.plain(value))


def preview(plan: ingest.Plan) -> None:
    """Every row's problems, then what would change, by key."""
    shell.say("caption", f"{plan.file_name}: {plan.described}. Rows are numbered as in the spreadsheet (the header is row 1).")
    for note in plan.notes:
        shell.say("caption", note)
    if plan.problems:
        st.error(f"{len(plan.problems):,} problem(s) in the file: nothing can be written until they are fixed.", icon="⚠️")
        st.dataframe(pd.DataFrame([{"Row": p.location, "Column": p.column or "", "Problem": p.message}
                                   for p in plan.problems]), hide_index=True, width="stretch")
    new, changed = plan.count("insert"), plan.count("update")
    cols = st.columns(3)
    cols[0].metric("New rows", f"{new:,}")
    cols[1].metric("Changed rows", f"{changed:,}")
    cols[2].metric("Unchanged rows", f"{plan.unchanged:,}")
    if new:
        st.subheader("New rows")
        st.dataframe(pd.DataFrame([{"Row": c.location, **{k: _cell(v) for k, v in c.after.items()}}
                                   for c in plan.changes if c.action == "insert"]), hide_index=True, width="stretch")
    if changed:
        st.subheader("Changed rows")
        st.dataframe(pd.DataFrame([{"Row": c.location, "Key": " / ".join(map(str, c.key)), "Column": col,
                                    "Now": _cell(c.before.get(col)), "In the file": _cell(c.after[col])}
                                   for c in plan.changes if c.action == "update" for col in c.columns]),
                     hide_index=True, width="stretch")


def import_tab() -> None:
    tables = schema(shared.version())
    table_name = st.selectbox("Table to import into", DATA_TABLES, key="import_table", index=DATA_TABLES.index("events"),
                              format_func=lambda t: f"{labels.TABLE_ROWS[t][1].capitalize()} ({t})")
    columns = tables[table_name].column_names
    st.caption("The first row of the file names these columns, in any order: " + ", ".join(columns)
               + ". Rows are matched to the database by " + ", ".join(tables[table_name].key) + ".")
    left, right, _ = st.columns([1, 1, 3])
    left.download_button("Template (CSV)", spreadsheet.template_csv(columns), f"{table_name}-template.csv", "text/csv")
    right.download_button("Template (Excel)", spreadsheet.template_xlsx(table_name, columns),
                          f"{table_name}-template.xlsx", XLSX)
    upload = st.file_uploader("CSV or Excel file", type=["csv", "txt", "xlsx"], key="import_file",
                              help=f"CSV (UTF-8, UTF-16 or Latin-1) or .xlsx, up to {spreadsheet.max_mb():g} MB.")
    if upload is None:
        return
    try:
        spreadsheet.check_size(upload.size)
        data = upload.getvalue()
        sheets = spreadsheet.sheet_names(data)
    except spreadsheet.FileRefused as err:
        shell.say("error", err.message, icon="⚠️")
        return
    sheet = None
    if len(sheets) > 1:
        sheet = st.selectbox("The workbook has several sheets. Which one holds the rows?", [None, *sheets],
                             key="import_sheet", format_func=lambda s: "(choose a sheet)" if s is None else s)
        if sheet is None:
            return
    signature = (upload.file_id, table_name, sheet, shared.version())
    cached = st.session_state.get(IMPORT_PLAN)
    if cached and cached[0] == signature:
        plan = cached[1]
    else:
        try:
            read = spreadsheet.read_bytes(data, upload.name, sheet=sheet)
        except spreadsheet.FileRefused as err:
            shell.say("error", err.message, icon="⚠️")
            return
        with editing.cursor() as con:
            plan = ingest.plan_import(con, table_name, read)
        st.session_state[IMPORT_PLAN] = (signature, plan)
    preview(plan)
    label = f"Write {plan.count('insert'):,} new and {plan.count('update'):,} changed rows"
    if st.button(label, type="primary", disabled=not plan.ok, key="import_commit"):
        with editing.cursor() as con:
            try:
                written = ingest.commit(con, plan, editing.actor())
            except ingest.Refused as err:
                shell.say("error", err.message, icon="⚠️")
                return
        st.session_state.pop(IMPORT_PLAN, None)
        st.session_state[FLASH] = (f"Imported {upload.name} into {table_name}: {written.summary()} "
                                   f"(import {written.import_id}). The History page lists it and can undo it.")
        st.rerun()
    if not plan.problems and not plan.changes:
        st.info("Every row of the file is already in the database as it is: there is nothing to write.")


st.title("Manage data")
if editing.read_only():
    st.info("The app runs read-only (ATLAS_READ_ONLY=1): data cannot be changed here.")
    st.stop()
shell.say("caption", f"Changes are recorded with who made them ({editing.actor().name}) and when; see the History page.")
if FLASH in st.session_state:
    shell.say("success", st.session_state.pop(FLASH))
what = st.radio("What to manage", [*RECORDS, IMPORT], horizontal=True, key="manage_what")
if what == IMPORT:
    import_tab()
else:
    record_editor(RECORDS[what])
