"""Data: choose a table, see how many rows the filters and a text search select, look at the first
of them, read the data dictionary, and download exactly those rows (no cap) as CSV, XLSX or
Parquet, each with a manifest that says how to make the file again. The table and the search
are kept in the URL (`table=`, `q=`) beside the filters, so a link reproduces the view. CSV can
carry an HXL hashtag row; the projects in view can be made into an IATI 2.03 activity file."""

import logging

import pandas as pd
import streamlit as st

from atlas import export
from atlas.db import shared
from atlas.export import iati
from ui import shell
from ui.shell import _, ngettext, number

TABLE, SEARCH, ERRORS = "data_table", "data_search", "data_export_errors"
APPLIED = "data_applied"  # the (table, search) last read from or written to the URL
PREVIEW_ROWS = 100
LARGE = 100_000  # rows from which the page says how a large download is served
log = logging.getLogger(__name__)


@st.cache_data(max_entries=256, show_spinner=False)
def summary(
    selection: export.Selection, version: str, lang: str
) -> tuple[int, pd.DataFrame, str, pd.DataFrame]:
    """Row count, first rows, what a row is and the data dictionary (in `lang`), cached per data
    version."""
    con = shared.connection()
    rows, first, dictionary = export.summary(con, selection, PREVIEW_ROWS, lang)
    return rows, first, export.table_meaning(con, selection, lang), dictionary


def deferred(
    selection: export.Selection, fmt: export.FileFormat, name: str, manifest_only: bool = False
):
    """What the download button runs on click, on its own thread: the file's bytes. A failure is
    kept for the page to explain on its next run, and raised so the button says it failed. The
    manifest's words are in the page's language; the columns keep their names."""
    errors = st.session_state.setdefault(ERRORS, [])
    lang = shell.language()
    could_not = _("{name} could not be made: {error}")

    def make() -> bytes:
        try:
            con = shared.connection()
            if manifest_only:
                return export.manifest_json(export.describe_export(con, selection, fmt, lang=lang))
            return export.to_bytes(con, selection, fmt, lang=lang)
        except Exception as err:
            log.exception("export of %s failed", name)
            errors.append(could_not.format(name=name, error=err))
            raise

    return make


def iati_section(filters) -> None:
    """The projects in view as an IATI activity file: made on request, validated against the
    official schema, or refused with every missing identifier and how to add it."""
    st.caption(
        _(
            "One iati-activity per project in view, with its funders, dates, countries, sources and its targets "
            "against actuals as results. Identifiers the reports do not give are never made up: when one the "
            "schema requires is missing, the file is not made and the list says what to fill in."
        )
    )
    orgs = shell.run("iati/reporting_org", org_id=None)
    choices = [None, *orgs["org_id"]]
    left, right = st.columns(2)
    reporter = left.selectbox(
        _("Reporting organisation"),
        choices,
        key="data_iati_reporter",
        format_func=lambda o: _("(the network with an IATI identifier)") if o is None else o,
        help=_(
            "The publisher of the file; organisations of kind network with an "
            "organisations.iati_org_id are listed."
        ),
    )
    complete = right.checkbox(
        _("Leave out incomplete projects"),
        key="data_iati_complete",
        help=_(
            "Write the projects that have every required item and list the others, "
            "instead of refusing."
        ),
    )
    if st.button(_("Make the IATI file"), key="data_iati_make", icon=":material/fact_check:"):
        try:
            made = iati.activities(
                shared.connection(),
                filters,
                reporting_org=reporter,
                complete_only=complete,
                scope=shell.scope(),
            )
        except iati.IatiRefused as err:
            shell.say("error", str(err).split("\n")[0], icon=":material/block:")
            st.dataframe(
                pd.DataFrame(
                    [
                        {_("Missing"): m.what, _("Column to fill"): m.column, _("How"): m.how}
                        for m in err.missing
                    ]
                ),
                hide_index=True,
                width="stretch",
            )
            return
        name = iati.file_name(filters, export.now().date())
        st.success(
            _(
                "{activities} activities with {results} results; valid against the IATI 2.03 schema."
            ).format(activities=number(made.activities), results=number(made.results))
        )
        st.download_button(
            _("Download IATI XML"),
            data=made.xml,
            file_name=name,
            mime="application/xml",
            icon=":material/download:",
            key="data_iati_download",
        )
        if made.warnings:
            with st.expander(
                ngettext(
                    "{n} note on what the file lacks",
                    "{n} notes on what the file lacks",
                    len(made.warnings),
                ).format(n=number(len(made.warnings)))
            ):
                for warning in made.warnings:
                    shell.say("caption", warning)  # names projects and organisations from the data


def table_and_search_from_url() -> None:
    """Seed the table and search widgets from a link when the link is new to this session."""
    wanted = (st.query_params.get("table") or "events", st.query_params.get("q") or "")
    if TABLE in st.session_state and wanted == st.session_state.get(APPLIED):
        return
    if wanted[0] not in export.TABLES:
        shell.say(
            "warning",
            _("The link's table {table} is not one of these; showing events.").format(
                table=repr(wanted[0][:40])
            ),
            icon=":material/warning:",
        )
        wanted = ("events", wanted[1])
    if len(wanted[1]) > export.SEARCH_MAX:
        shell.say(
            "warning",
            _("Ignored the link's search q={value}: it is longer than {n} characters.").format(
                value=repr(wanted[1][:37] + "..."), n=export.SEARCH_MAX
            ),
            icon=":material/warning:",
        )
        wanted = (wanted[0], "")
    st.session_state[TABLE], st.session_state[SEARCH] = wanted
    st.session_state[APPLIED] = wanted


filters = shell.current_filters()
st.title(_("Data"))
shell.caption_filters(filters)
shell.show_notices()
for message in st.session_state.get(ERRORS) or []:
    shell.say("error", message, icon=":material/block:")
st.session_state[ERRORS] = []

table_and_search_from_url()
left, right = st.columns([1, 2])
table = left.selectbox(
    _("Table"), list(export.TABLES), key=TABLE, format_func=lambda t: _(export.TABLES[t].title)
)
search = right.text_input(
    _("Only rows containing"),
    key=SEARCH,
    max_chars=export.SEARCH_MAX,
    placeholder=_("any text, for example: Lao, workshop, Diakonia"),
    help=_(
        "Matches ids, titles, descriptions, places, countries and source quotes, ignoring case."
    ),
)
selection = export.Selection(table, filters, search, scope=shell.scope())
st.session_state[APPLIED] = (table, selection.search or "")
if st.query_params.get("table") != table:
    st.query_params["table"] = table
if (st.query_params.get("q") or None) != selection.search:
    if selection.search:
        st.query_params["q"] = selection.search
    else:
        del st.query_params["q"]

try:
    rows, first, meaning, dictionary = summary(selection, shell.data_version(), shell.language())
except Exception as err:  # a database error is shown, not a blank page
    log.exception("Data page query failed")
    shell.say(
        "error", _("The rows could not be read: {error}").format(error=err), icon=":material/block:"
    )
    st.stop()
st.caption(meaning)

# The count first: the downloads hold exactly these rows.
st.metric(
    _("Rows"),
    number(rows),
    help=_("Rows the filters and the search select; every download holds all of them."),
)
if rows == 0:
    st.info(_("No row matches. Clear the search or a filter in the sidebar."))
else:
    st.caption(
        _("All {n} rows:").format(n=number(rows))
        if rows <= len(first)
        else _("First {n} of {total} rows:").format(n=number(len(first)), total=number(rows))
    )
    dates = {
        n: st.column_config.DateColumn(n, format="YYYY-MM-DD")
        for n, t in zip(dictionary["column"], dictionary["type"], strict=True)
        if t.startswith("DATE")
    }
    # An empty cell as the downloaded file has it, not Streamlit's grey "None".
    st.dataframe(first, hide_index=True, width="stretch", column_config=dates, placeholder="")

st.subheader(_("Download"))
st.caption(
    _(
        "The file is made when you click (the button spins until it is ready) and holds all {n} rows. "
        "Every file comes with a manifest: the filters, the link to this view, the row count, the database "
        "version and when it was made."
    ).format(n=number(rows))
)
kind = st.radio(
    _("Format"),
    ["csv", "xlsx", "parquet"],
    horizontal=True,
    key="data_format",
    format_func={"csv": "CSV", "xlsx": _("Excel workbook (XLSX)"), "parquet": "Parquet"}.get,
)
sep, excel, hxl = ",", False, False
if kind == "csv":
    col_sep, col_excel = st.columns(2)
    sep = col_sep.radio(
        _("Separator"),
        [",", ";"],
        horizontal=True,
        key="data_sep",
        format_func={",": _("comma"), ";": _("semicolon")}.get,
        help=_("Semicolon for spreadsheets set to a decimal comma."),
    )
    excel = col_excel.checkbox(
        _("For Excel (UTF-8 byte-order mark)"),
        key="data_excel",
        help=_("Without it Excel may show accented letters wrongly."),
    )
    hxl = col_excel.checkbox(
        _("HXL hashtag row"),
        key="data_hxl",
        help=_(
            "A second line of HXL hashtags (#event+id, #date+start, #country+code ...) "
            "under the header, for tools that read the Humanitarian Exchange Language. "
            "The data dictionary below lists each column's hashtag."
        ),
    )
fmt = export.FileFormat(kind, sep=sep, excel=excel, hxl=kind == "csv" and hxl)
if rows >= LARGE:
    st.caption(
        _(
            "{n} rows is a large file: the server makes all of it before the download starts and holds it "
            "in memory while it is served. Parquet is by far the smallest format; `python -m atlas.export` "
            "writes any of them straight to disk."
        ).format(n=number(rows))
    )
name = export.file_name(selection, fmt, export.now().date())
too_big = kind == "xlsx" and rows > export.EXCEL_MAX_ROWS
if too_big:
    st.warning(
        _(
            "An Excel sheet holds at most {limit} rows; this selection has {n}. Download CSV or Parquet, "
            "or narrow the filters."
        ).format(limit=number(export.EXCEL_MAX_ROWS), n=number(rows))
    )
buttons = st.columns(2)
buttons[0].download_button(
    _("Download {format}").format(format=kind.upper()),
    data=deferred(selection, fmt, name),
    file_name=name,
    mime=fmt.mime,
    on_click="ignore",
    disabled=too_big,
    icon=":material/download:",
    type="primary",
    key="data_download",
    width="stretch",
)
buttons[0].caption(name)
if kind == "csv":
    sidecar = export.manifest_file_name(name)
    buttons[1].download_button(
        _("Download manifest (JSON)"),
        data=deferred(selection, fmt, sidecar, manifest_only=True),
        file_name=sidecar,
        mime="application/json",
        on_click="ignore",
        icon=":material/description:",
        key="data_manifest",
        width="stretch",
    )
    buttons[1].caption(sidecar)
else:
    buttons[1].caption(
        _(
            'The manifest is inside the file: the sheet "manifest" of the workbook, '
            'or the Parquet metadata key "outcome_atlas_manifest".'
        )
    )

st.subheader(_("Data dictionary"))
# The dictionary's keys are the manifest's (read by programs); on the page they are headed in words.
HEADS = {
    "column": _("column"),
    "type": _("type"),
    "meaning": _("meaning"),
    "unit": _("unit"),
    "allowed values": _("allowed values"),
    "links to": _("links to"),
    "can be empty": _("can be empty"),
    "HXL hashtag": _("HXL hashtag"),
}
st.dataframe(
    dictionary.rename(columns=HEADS),
    hide_index=True,
    width="stretch",
    column_config={HEADS["meaning"]: st.column_config.TextColumn(HEADS["meaning"], width="large")},
)

st.subheader(_("IATI 2.03 activity file"))
iati_section(filters)
