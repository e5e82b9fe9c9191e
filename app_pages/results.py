"""Results: what each project planned against what it did. One row per target (a project's
planned output as a report states it) with its actual counted live from the records, its
progress, and the undated records said apart; click a row to see what counts. Choosing a
project narrows the shared projects filter, so the link opens the same project's view."""

import streamlit as st

from ui import shell, targets
from ui.shell import _, ngettext, number

CHOICE = "results_page_project"
ALL = ""

filters = shell.current_filters()

st.title(_("Results"))
shell.caption_filters(filters)
shell.show_notices()

names = dict(shell.choices()["projects"])
current = (
    filters.projects[0] if len(filters.projects) == 1 and filters.projects[0] in names else ALL
)
st.session_state[CHOICE] = current
st.columns([1, 2])[0].selectbox(
    _("Project"),
    [ALL, *names],
    key=CHOICE,
    format_func=lambda p: names.get(p, _("All projects in view")),
    on_change=lambda: shell.narrow(
        projects=[st.session_state[CHOICE]] if st.session_state[CHOICE] else []
    ),
    help=_("The projects filter in the sidebar and the link follow this choice."),
)

frame = targets.show(filters, key="results_targets")
if not frame.empty:
    met = int((frame["progress_pct"] >= 100).sum())
    st.caption(
        ngettext(
            "{n} target; {met} reached or passed.",
            "{n} targets; {met} reached or passed.",
            len(frame),
        ).format(n=number(len(frame)), met=number(met))
    )
    st.page_link(
        "app_pages/data.py",
        label=_("Download this table (CSV, Excel, Parquet) or an IATI 2.03 file on the Data page"),
        icon=":material/download:",
        query_params=filters.to_query() | {"table": "results"},
    )
