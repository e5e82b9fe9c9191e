"""Review a report: paste its text or upload it (.txt, .md, .docx, .pdf); the extractor proposes
its events as drafts, one editable row each, with every field beside the sentence it came from
and the fields it guessed marked. The person corrects or unticks drafts and presses Save: the
rows are checked by atlas.validation and written with their audit rows by atlas.ingest, like
any other change, and nothing is written before that. Events already in the database are
unticked and named, so a report read twice is not saved twice. Not in the navigation when the
app runs read-only (ATLAS_READ_ONLY=1)."""

import hashlib

import pandas as pd
import streamlit as st

from atlas import dates, ingest, labels, review, spreadsheet
from atlas.db import shared
from atlas.extract import DocumentError, read_document
from atlas.extract.pipeline import Reading, check_text, read_texts
from atlas.i18n import N_
from atlas.markdown import literal
from atlas.schema import describe
from ui import editing, review_record, shell
from ui.shell import _, ngettext, number

FLASH = "review_flash"  # what the last save wrote, shown once after the page reloads
PASTE, UPLOAD = N_("Paste the text"), N_("Upload a file")
FILE_TYPES = ["txt", "md", "docx", "pdf"]


@st.cache_data(max_entries=16, show_spinner=False)
def read_report(text: str, name: str) -> Reading:
    return read_texts([(text, name)])


@st.cache_data(max_entries=8, show_spinner=False)
def event_types(version: str) -> list[str]:
    with editing.cursor() as con:
        return list(describe(con, "events").columns["event_type"].allowed or ())


def report_text() -> tuple[str, str | None]:
    """The report's text and its file's name (None when pasted); stops the page with the reason
    when a file cannot be read."""
    how = st.radio(
        _("The report"),
        [PASTE, UPLOAD],
        horizontal=True,
        format_func=_,
        key="review_how",
        label_visibility="collapsed",
    )
    if how == PASTE:
        return st.text_area(
            _("Report text"),
            key="review_text",
            height=220,
            placeholder=_(
                "Paste the text of a report here, then press Ctrl+Enter (or click outside the box)."
            ),
        ), None
    upload = st.file_uploader(
        _("Report file"),
        type=FILE_TYPES,
        key="review_file",
        help=_(".txt, .md, .docx or a .pdf with a text layer, up to {mb} MB.").format(
            mb=f"{spreadsheet.max_mb():g}"
        ),
    )
    if upload is None:
        return "", None
    try:
        spreadsheet.check_size(upload.size)
        return read_document(upload.getvalue(), upload.name), upload.name
    except spreadsheet.FileRefused as err:
        shell.say("error", err.message, icon=":material/warning:")
    except DocumentError as err:
        shell.say("error", err.message, icon=":material/warning:")
    st.stop()


def already_saved(drafts: list, saved: list) -> None:
    found = [(i, s) for i, s in enumerate(saved, 1) if s is not None]
    if not found:
        return
    if len(found) == len(drafts):
        st.info(
            _(
                "Every event in this report is already in the database, so there is nothing new to save. "
                "They are unticked below; the database keeps them as they are."
            ),
            icon=":material/info:",
        )
    else:
        st.info(
            ngettext(
                "{n} of the {total} event is already in the database and is unticked below, so it is not saved twice.",
                "{n} of the {total} events are already in the database and are unticked below, so they are not "
                "saved twice.",
                len(drafts),
            ).format(n=number(len(found)), total=number(len(drafts))),
            icon=":material/info:",
        )
    for i, s in found:
        st.caption(
            literal(
                _("{event} is {saved}.").format(
                    event=review.event_location(i, drafts[i - 1].title), saved=s
                )
            )
        )


def drafts_editor(drafts: list, saved: list, key: str) -> pd.DataFrame:
    """One editable row per draft; the person unticks what should not be saved and adds, in rows
    of their own, events the extractor missed."""
    codes = editing.all_countries()
    lang = shell.language()
    return st.data_editor(
        review.editor_rows(drafts, saved, lang),
        key=key,
        hide_index=True,
        num_rows="add",  # an event the extractor missed is added in a row of its own
        width="stretch",
        placeholder="",
        disabled=["unsure"],
        column_config={
            "save": st.column_config.CheckboxColumn(
                _("Save"), help=_("Untick an event to leave it out."), width="small", default=True
            ),
            "unsure": st.column_config.TextColumn(
                "⚠ " + _("Guessed"),
                help=_("Fields the extractor guessed: check them against the sentences below."),
            ),
            "title": st.column_config.TextColumn(_("Title"), width=300),
            "event_type": st.column_config.SelectboxColumn(
                _("Type"),
                options=event_types(shared.version()),
                format_func=lambda code: labels.event_type(code, lang),
            ),
            "start_date": st.column_config.DateColumn(
                _("Starts"),
                format="YYYY-MM-DD",
                help=_(
                    "At month, season or year precision, the period's first "
                    "day: May 2016 is 2016-05-01; early/mid/late 2010 is 1 January/May/September."
                ),
            ),
            "end_date": st.column_config.DateColumn(_("Ends"), format="YYYY-MM-DD"),
            "date_precision": st.column_config.SelectboxColumn(
                _("Precision"),
                options=list(dates.PRECISIONS),
                format_func=lambda p: _(editing.CHOICE_LABELS["date_precision"].get(p, p)),
            ),
            "city": st.column_config.TextColumn(_("City")),
            "venue": st.column_config.TextColumn(_("Venue")),
            "country_iso3": st.column_config.SelectboxColumn(
                _("Country"), options=codes, format_func=shell.country
            ),
            "participants_total": st.column_config.NumberColumn(
                _("Participants"), step=1, format="%d"
            ),
            "participants_at_least": st.column_config.CheckboxColumn(
                _("At least"), help=_("The report says 'more than N'.")
            ),
            "participation": st.column_config.TextColumn(
                _("By home country"),
                width="medium",
                help=_(
                    "Country: count, separated by ';'. A ? means the report names the country without a count "
                    "(never guess one), e.g. 'Lao PDR: 7; Thailand: ?'."
                ),
            ),
            "organisations": st.column_config.TextColumn(
                _("Organisations (role)"),
                width="medium",
                help=_("Name (role), separated by ';'. Roles: ") + ", ".join(labels.ROLES) + ".",
            ),
            "project": st.column_config.TextColumn(
                _("Project"),
                help=_(
                    "The project the event belongs to. A project already in the database is "
                    "referred to by its name; a new name adds a project; empty means none."
                ),
            ),
        },
    )


def outcomes_editor(drafts: list, loose: list, key: str) -> pd.DataFrame | None:
    """One editable row per outcome, with the event it belongs to; None when there is none."""
    rows = review.outcome_rows(drafts, loose)
    if rows.empty:
        return None
    lang = shell.language()
    st.subheader(
        ngettext("{n} outcome proposed", "{n} outcomes proposed", len(rows)).format(
            n=number(len(rows))
        )
    )
    if loose:
        st.caption(
            ngettext(
                "{n} outcome belongs to no event in the report: choose an event for it if you want to save it, or "
                "leave it as it is to leave it out.",
                "{n} outcomes belong to no event in the report: choose an event for each one you want to save, or "
                "leave it as it is to leave it out.",
                len(loose),
            ).format(n=number(len(loose)))
        )
    return st.data_editor(
        rows,
        key=key,
        hide_index=True,
        num_rows="fixed",
        width="stretch",
        placeholder="",
        disabled=["sentence", "scope"],
        column_order=["event", "outcome_type", "title", "quantity", "unit", "sentence"],
        column_config={
            "event": st.column_config.SelectboxColumn(
                _("Event"),
                format_func=lambda v: _(review.NO_EVENT) if v == review.NO_EVENT else v,
                options=[review.event_label(i, d) for i, d in enumerate(drafts, 1)]
                + [review.NO_EVENT],
                help=_("The event the outcome came from; an outcome under no event is not saved."),
                width="medium",
            ),
            "outcome_type": st.column_config.SelectboxColumn(
                _("Type"),
                options=list(labels.OUTCOME_TYPES),
                format_func=lambda code: labels.outcome_type(code, lang),
            ),
            "title": st.column_config.TextColumn(_("Title"), width="medium"),
            "quantity": st.column_config.NumberColumn(_("Quantity"), step=1, format="%d"),
            "unit": st.column_config.TextColumn(
                _("Unit"), help=_("What the quantity counts: copies, issues, signatures...")
            ),
            "sentence": st.column_config.TextColumn(_("The sentence it came from"), width="large"),
        },
    )


def evidence(drafts: list, key: str) -> None:
    """The chosen draft's fields as proposed, each beside the sentence it came from."""
    st.subheader(_("Each field and the sentence it came from"))
    pick = st.selectbox(
        _("Event"), range(len(drafts)), key=key, format_func=lambda i: f"{i + 1}. {drafts[i].title}"
    )
    draft = drafts[pick]
    for name, why in draft.unsure.items():
        st.warning(
            literal(
                _("{field}: {why}. Check it before saving.").format(
                    field=review.unsure_label(name, shell.language()), why=shell.text(why)
                )
            ),
            icon=":material/warning:",
        )
    rows = review.evidence_rows(draft, shell.language())
    st.table(
        pd.DataFrame(
            {
                _("Field"): [literal(r["field"]) for r in rows],
                _("Proposed"): [literal(r["value"]) for r in rows],
                "⚠": [("⚠ " + literal(r["unsure"])) if r["unsure"] else "" for r in rows],
                _("Sentence in the report"): [
                    literal(r["sentence"]) or _("(no sentence)") for r in rows
                ],
            }
        ),
        hide_index=True,
    )
    st.caption(
        _("The values above are the extractor's; your edits in the table are what is saved.")
    )


def column_label(column: str) -> str:
    word = review.FIELDS.get(column) or editing.LABELS.get(column)
    return _(word) if word else column.replace("_", " ").capitalize()


def save(
    reading: Reading,
    saved: list,
    table: pd.DataFrame,
    outcomes: pd.DataFrame | None,
    title: str,
    text: str,
    file_name: str | None,
    keep_text: bool,
) -> None:
    """Plan the ticked drafts with the person's edits; write them, with the record of what was
    proposed and what was saved (review.recorder), only when nothing is wrong."""
    drafts = reading.drafts
    if outcomes is not None:
        drafts = review.with_outcomes(drafts, outcomes)
    chosen = review.edited_drafts(drafts, table)
    proposed, kept = review.judged(
        reading.drafts, reading.loose_outcomes, saved, table, outcomes, chosen
    )
    with editing.cursor() as con:
        source, rows = review.rows_for(con, chosen, title.strip(), file_name)
        plan = review.plan_drafts(con, source, rows)
        if plan.problems:
            st.error(
                ngettext(
                    "Nothing was saved: {n} problem to fix first.",
                    "Nothing was saved: {n} problems to fix first.",
                    len(plan.problems),
                ).format(n=number(len(plan.problems))),
                icon=":material/warning:",
            )
            for p in plan.problems:
                column = f"{column_label(p.column)}: " if p.column else ""
                st.error(literal(f"{shell.text(p.location)}: {column}{shell.text(p.message)}"))
            return
        try:
            by = editing.actor()
            written = ingest.commit(
                con,
                plan,
                by,
                record=review.recorder(
                    source["source_id"],
                    by.name,
                    text,
                    file_name,
                    proposed,
                    kept,
                    keep_text=keep_text,
                ),
            )
        except ingest.Refused as err:
            shell.say("error", err.message, icon=":material/warning:")
            return
    st.session_state[FLASH] = _(
        "Saved from “{title}”: {what} ({summary}). The History page lists each row."
    ).format(
        title=source["title"],
        what=review.describe(plan, shell.language()),
        summary=shell.text(written.summary()),
    )
    st.rerun()


st.title(_("Review a report"))
if editing.read_only():
    st.info(_("The app runs read-only (ATLAS_READ_ONLY=1): reports cannot be saved here."))
    st.stop()
st.caption(
    _(
        "Paste a report or upload it: its events are proposed as drafts, each field with the sentence it came "
        "from. Correct or untick them, then press Save. Nothing is written before you press Save; saved rows "
        "are recorded with who saved them ({actor}) on the History page."
    ).format(actor=editing.actor().name)
    + " "
    + _(
        "Saving also keeps the drafts as proposed and as saved, and the report's text unless you untick it, so "
        "the extractor can be measured on your reports."
    )
)
if FLASH in st.session_state:
    st.success(literal(st.session_state.pop(FLASH)), icon=":material/check_circle:")
    st.page_link(
        "app_pages/events.py", label=_("See them on the Events page"), icon=":material/event:"
    )

review_record.show()
text, file_name = report_text()
if not text.strip():
    if file_name:
        shell.say(
            "error",
            _("{file}: the file holds no text.").format(file=file_name),
            icon=":material/warning:",
        )
    st.stop()
why = check_text(text)
if why:
    shell.say(
        "error", shell.text(why) + " " + _("Nothing was read from it."), icon=":material/warning:"
    )
    st.stop()
with st.spinner(_("Reading the report…")):
    reading = read_report(text, file_name or "pasted text")
drafts, loose = reading.drafts, reading.loose_outcomes
if not drafts and loose:
    st.warning(
        _(
            "No event was found in this text, so there is nothing to save: an outcome is saved with the event it "
            "came from. The outcomes the report tells are listed below; add them to an event on the Manage page."
        ),
        icon=":material/warning:",
    )
    st.dataframe(
        pd.DataFrame(
            {
                _("Type"): [
                    labels.outcome_type(lo.outcome.outcome_type, shell.language()) for lo in loose
                ],
                _("Title"): [literal(lo.outcome.title) for lo in loose],
                _("Quantity"): [
                    labels.quantity(lo.outcome.quantity, lo.outcome.unit, shell.language())
                    for lo in loose
                ],
                _("Sentence in the report"): [literal(lo.evidence) for lo in loose],
            }
        ),
        hide_index=True,
        key="review_loose",
    )
    st.stop()
if not drafts:
    st.warning(
        _(
            "No event was found in this text, so there is nothing to save. The extractor looks for sentences "
            "that name an event (a workshop, exchange, consultation, seminar, training, visit, exhibition, "
            "launch) with its date, place or participants."
        ),
        icon=":material/warning:",
    )
    st.stop()

with editing.cursor() as con:
    saved = review.find_saved(con, [vars(d) for d in drafts])
# A new text, or a save that put some of its events in the database, starts a fresh table.
signature = hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
state = hashlib.sha1(repr([s and s.event_id for s in saved]).encode("utf-8")).hexdigest()[:8]

st.subheader(
    ngettext("{n} event proposed", "{n} events proposed", len(drafts)).format(n=number(len(drafts)))
)
already_saved(drafts, saved)
title = st.text_input(
    _("Title of the report (saved as the events' source)"),
    key=f"review_title_{signature}",
    value=review.default_title(text, file_name, drafts),
)
table = drafts_editor(drafts, saved, key=f"review_editor_{signature}_{state}")
st.caption(
    _(
        "An event the report tells that is not in the table: type it into the empty row at the bottom of the "
        "table. It is saved as you type it, with no sentence behind it."
    )
)
outcomes = outcomes_editor(drafts, loose, key=f"review_outcomes_{signature}_{state}")
ticked = int(table["save"].fillna(False).astype(bool).sum())
keep_text = st.checkbox(
    _("Keep the report's text with the record of this save"),
    value=True,
    key="review_keep_text",
    help=_(
        "The text and the sentence behind each field let the extractor be measured on your reports. Untick "
        "it for a report whose text should not be stored: the fields proposed and saved are kept either way."
    ),
)
if st.button(
    ngettext("Save {n} event", "Save {n} events", ticked).format(n=number(ticked)),
    type="primary",
    disabled=ticked == 0,
    key="review_save",
):
    save(reading, saved, table, outcomes, title, text, file_name, keep_text)
evidence(drafts, key=f"review_pick_{signature}")
