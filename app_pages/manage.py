"""Manage: add and edit events (with participants by country and what is not broken down),
outcomes, organisations, projects, targets (a project's planned outputs) and sources; delete one after seeing what goes with it; import
a spreadsheet after seeing every row's problems and what it would change. Every change is checked
by atlas.validation, written with its audit rows by atlas.ingest, and listed on the History page.
Not in the navigation when the app runs read-only (ATLAS_READ_ONLY=1)."""

import pandas as pd
import streamlit as st

from atlas import ingest, labels, queries, spreadsheet
from atlas.db import shared
from atlas.i18n import N_
from atlas.schema import DATA_TABLES, describe_all
from ui import editing, shell
from ui.shell import _, ngettext, number

FLASH = "manage_flash"  # the result of the last write, shown once after the page reloads
NEXT = "manage_next_pick"  # (table, key) to select after a save or a delete
IMPORT_PLAN = "manage_import_plan"
RECORDS = {
    N_("Events"): "events",
    N_("Outcomes"): "outcomes",
    N_("Organisations"): "organisations",
    N_("Projects"): "projects",
    N_("Targets"): "targets",
    N_("Sources"): "sources",
}
IMPORT = N_("Import a spreadsheet")
# What to manage: the record's words, each a whole message (one sentence per kind of record).
WORDS = {
    "events": {
        "edit": N_("Event to edit"),
        "new": N_("(new event)"),
        "save": N_("Save event"),
        "delete": N_("Delete this event"),
        "none": N_("Nothing else goes with this event."),
        "sure": N_("Yes, delete event {key}"),
        "button": N_("Delete event"),
        "saved": N_("Saved event {key}: {summary}."),
        "deleted": N_("Deleted event {key}: {summary} in all."),
    },
    "outcomes": {
        "edit": N_("Outcome to edit"),
        "new": N_("(new outcome)"),
        "save": N_("Save outcome"),
        "delete": N_("Delete this outcome"),
        "none": N_("Nothing else goes with this outcome."),
        "sure": N_("Yes, delete outcome {key}"),
        "button": N_("Delete outcome"),
        "saved": N_("Saved outcome {key}: {summary}."),
        "deleted": N_("Deleted outcome {key}: {summary} in all."),
    },
    "organisations": {
        "edit": N_("Organisation to edit"),
        "new": N_("(new organisation)"),
        "save": N_("Save organisation"),
        "delete": N_("Delete this organisation"),
        "none": N_("Nothing else goes with this organisation."),
        "sure": N_("Yes, delete organisation {key}"),
        "button": N_("Delete organisation"),
        "saved": N_("Saved organisation {key}: {summary}."),
        "deleted": N_("Deleted organisation {key}: {summary} in all."),
    },
    "projects": {
        "edit": N_("Project to edit"),
        "new": N_("(new project)"),
        "save": N_("Save project"),
        "delete": N_("Delete this project"),
        "none": N_("Nothing else goes with this project."),
        "sure": N_("Yes, delete project {key}"),
        "button": N_("Delete project"),
        "saved": N_("Saved project {key}: {summary}."),
        "deleted": N_("Deleted project {key}: {summary} in all."),
    },
    "sources": {
        "edit": N_("Source to edit"),
        "new": N_("(new source)"),
        "save": N_("Save source"),
        "delete": N_("Delete this source"),
        "none": N_("Nothing else goes with this source."),
        "sure": N_("Yes, delete source {key}"),
        "button": N_("Delete source"),
        "saved": N_("Saved source {key}: {summary}."),
        "deleted": N_("Deleted source {key}: {summary} in all."),
    },
    "targets": {
        "edit": N_("Target to edit"),
        "new": N_("(new target)"),
        "save": N_("Save target"),
        "delete": N_("Delete this target"),
        "none": N_("Nothing else goes with this target."),
        "sure": N_("Yes, delete target {key}"),
        "button": N_("Delete target"),
        "saved": N_("Saved target {key}: {summary}."),
        "deleted": N_("Deleted target {key}: {summary} in all."),
    },
}
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@st.cache_data(max_entries=8, show_spinner=False)
def schema(version: str) -> dict:
    with editing.cursor() as con:
        return describe_all(con)


def stored_participation(con, event_id: str) -> dict[str, tuple[int | None, str | None]]:
    """An event's participation rows as stored: home country -> (participants, source quote)."""
    rows = queries.run(
        "manage/event_participation", scope=shell.scope(), con=con, event_id=event_id
    )
    return {
        r.country_iso3: (
            None if pd.isna(r.participants) else int(r.participants),
            None if pd.isna(r.source_quote) else r.source_quote,
        )
        for r in rows.itertuples(index=False)
    }


def done(message: str, table: str, key: str | None) -> None:
    """After a write: say what was written on the next run, select the record, start a new form."""
    st.session_state[FLASH] = message
    st.session_state[NEXT] = (table, key)
    st.session_state[f"manage_gen_{table}"] = st.session_state.get(f"manage_gen_{table}", 0) + 1
    st.rerun()


def record_editor(table_name: str) -> None:
    table = schema(shared.version())[table_name]
    words = {k: _(v) for k, v in WORDS[table_name].items()}
    pick = f"manage_pick_{table_name}"
    if (st.session_state.get(NEXT) or ("",))[0] == table_name:
        st.session_state[pick] = st.session_state.pop(NEXT)[1]
    chosen = editing.choose(words["edit"], table_name, pick, none_label=words["new"])
    with editing.cursor() as con:
        current = ingest.fetch_rows(con, table, [(chosen,)]).get((chosen,), {}) if chosen else {}
        stored = stored_participation(con, chosen) if chosen and table_name == "events" else {}
    prefix = f"manage_{table_name}_{chosen or '+new'}_{st.session_state.get(f'manage_gen_{table_name}', 0)}"

    values = {}
    left, right = st.columns(2)
    for i, name in enumerate(table.columns):
        with left if i % 2 == 0 else right:
            values[name] = editing.field(
                table, name, current.get(name), f"{prefix}_{name}", editing=chosen is not None
            )
    participation = None
    if table_name == "events":
        st.subheader(_("Participants by home country"))
        participation = editing.participants_editor(
            prefix, stored, values["participants_total"], bool(values["participants_at_least"])
        )

    if st.button(words["save"], type="primary", key=f"{prefix}_save"):
        with editing.cursor() as con:
            plan = ingest.plan_form(
                con,
                table_name,
                values,
                editing=(chosen,) if chosen else None,
                participation=participation,
            )
            if plan.problems:
                editing.show_problems(plan.problems, table)
            elif not plan.changes:
                st.info(_("Nothing has changed, so nothing was written."))
            else:
                try:
                    written = ingest.commit(con, plan, editing.actor())
                except ingest.Refused as err:
                    shell.say("error", err.message)
                    editing.show_problems(err.problems, table)
                else:
                    key = str(values[table.key[0]]).strip()
                    done(
                        words["saved"].format(key=repr(key), summary=shell.text(written.summary())),
                        table_name,
                        key,
                    )

    if chosen:
        with st.expander(words["delete"]), editing.cursor() as con:
            plan = ingest.plan_delete(con, table_name, (chosen,))
            if plan.problems:
                editing.show_problems(plan.problems, table)
            else:
                shell.say("write", plan.notes[0] if plan.notes else words["none"])
                sure = st.checkbox(
                    words["sure"].format(key=repr(chosen))
                    + (" " + _("and the rows listed above") if plan.notes else ""),
                    key=f"{prefix}_sure",
                )
                if st.button(words["button"], disabled=not sure, key=f"{prefix}_delete"):
                    try:
                        written = ingest.commit(con, plan, editing.actor())
                    except ingest.Refused as err:
                        shell.say("error", err.message)
                    else:
                        done(
                            words["deleted"].format(
                                key=repr(chosen), summary=shell.text(written.summary())
                            ),
                            table_name,
                            None,
                        )


def _cell(value: object) -> str:
    return "" if value is None else str(ingest.plain(value))


def preview(plan: ingest.Plan) -> None:
    """Every row's problems, then what would change, by key."""
    shell.say(
        "caption",
        _(
            "{file}: {described}. Rows are numbered as in the spreadsheet (the header is row 1)."
        ).format(file=plan.file_name, described=shell.text(plan.described)),
    )
    for note in plan.notes:
        shell.say("caption", note)
    if plan.problems:
        st.error(
            ngettext(
                "{n} problem in the file: nothing can be written until it is fixed.",
                "{n} problems in the file: nothing can be written until they are fixed.",
                len(plan.problems),
            ).format(n=number(len(plan.problems))),
            icon=":material/warning:",
        )
        st.dataframe(
            pd.DataFrame(
                [
                    {
                        _("Row"): shell.text(p.location),
                        _("Column"): shell.text(p.column),
                        _("Problem"): shell.text(p.message),
                    }
                    for p in plan.problems
                ]
            ),
            hide_index=True,
            width="stretch",
        )
    new, changed = plan.count("insert"), plan.count("update")
    cols = st.columns(3)
    cols[0].metric(_("New rows"), number(new))
    cols[1].metric(_("Changed rows"), number(changed))
    cols[2].metric(_("Unchanged rows"), number(plan.unchanged))
    if new:
        st.subheader(_("New rows"))
        st.dataframe(
            pd.DataFrame(
                [
                    {_("Row"): c.location, **{k: _cell(v) for k, v in c.after.items()}}
                    for c in plan.changes
                    if c.action == "insert"
                ]
            ),
            hide_index=True,
            width="stretch",
        )
    if changed:
        st.subheader(_("Changed rows"))
        st.dataframe(
            pd.DataFrame(
                [
                    {
                        _("Row"): c.location,
                        _("Key"): " / ".join(map(str, c.key)),
                        _("Column"): col,
                        _("Now"): _cell(c.before.get(col)),
                        _("In the file"): _cell(c.after[col]),
                    }
                    for c in plan.changes
                    if c.action == "update"
                    for col in c.columns
                ]
            ),
            hide_index=True,
            width="stretch",
        )


def import_tab() -> None:
    tables = schema(shared.version())
    table_name = st.selectbox(
        _("Table to import into"),
        DATA_TABLES,
        key="import_table",
        index=DATA_TABLES.index("events"),
        format_func=lambda t: f"{_(labels.TABLE_ROWS[t][1])} ({t})",
    )
    columns = tables[table_name].column_names
    st.caption(
        _(
            "The first row of the file names these columns, in any order: {columns}. Rows are matched to the "
            "database by {key}."
        ).format(columns=", ".join(columns), key=", ".join(tables[table_name].key))
    )
    left, right, _spare = st.columns([1, 1, 3])
    left.download_button(
        _("Template (CSV)"),
        spreadsheet.template_csv(columns),
        f"{table_name}-template.csv",
        "text/csv",
    )
    right.download_button(
        _("Template (Excel)"),
        spreadsheet.template_xlsx(table_name, columns),
        f"{table_name}-template.xlsx",
        XLSX,
    )
    upload = st.file_uploader(
        _("CSV or Excel file"),
        type=["csv", "txt", "xlsx"],
        key="import_file",
        help=_("CSV (UTF-8, UTF-16 or Latin-1) or .xlsx, up to {mb} MB.").format(
            mb=f"{spreadsheet.max_mb():g}"
        ),
    )
    if upload is None:
        return
    try:
        spreadsheet.check_size(upload.size)
        data = upload.getvalue()
        sheets = spreadsheet.sheet_names(data)
    except spreadsheet.FileRefused as err:
        shell.say("error", err.message, icon=":material/warning:")
        return
    sheet = None
    if len(sheets) > 1:
        sheet = st.selectbox(
            _("The workbook has several sheets. Which one holds the rows?"),
            [None, *sheets],
            key="import_sheet",
            format_func=lambda s: _("(choose a sheet)") if s is None else s,
        )
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
            shell.say("error", err.message, icon=":material/warning:")
            return
        with editing.cursor() as con:
            plan = ingest.plan_import(con, table_name, read)
        st.session_state[IMPORT_PLAN] = (signature, plan)
    preview(plan)
    label = _("Write {new} new and {changed} changed rows").format(
        new=number(plan.count("insert")), changed=number(plan.count("update"))
    )
    if st.button(label, type="primary", disabled=not plan.ok, key="import_commit"):
        with editing.cursor() as con:
            try:
                written = ingest.commit(con, plan, editing.actor())
            except ingest.Refused as err:
                shell.say("error", err.message, icon=":material/warning:")
                return
        st.session_state.pop(IMPORT_PLAN, None)
        st.session_state[FLASH] = _(
            "Imported {file} into {table}: {summary} (import {id}). The History page lists it "
            "and can undo it."
        ).format(
            file=upload.name,
            table=table_name,
            summary=shell.text(written.summary()),
            id=written.import_id,
        )
        st.rerun()
    if not plan.problems and not plan.changes:
        st.info(
            _(
                "Every row of the file is already in the database as it is: there is nothing to write."
            )
        )


st.title(_("Manage data"))
if editing.read_only():
    st.info(_("The app runs read-only (ATLAS_READ_ONLY=1): data cannot be changed here."))
    st.stop()
shell.say(
    "caption",
    _("Changes are recorded with who made them ({actor}) and when; see the History page.").format(
        actor=editing.actor().name
    ),
)
if FLASH in st.session_state:
    shell.say("success", st.session_state.pop(FLASH))
what = st.radio(
    _("What to manage"), [*RECORDS, IMPORT], horizontal=True, key="manage_what", format_func=_
)
if what == IMPORT:
    import_tab()
else:
    record_editor(RECORDS[what])
