"""The "Download report" buttons of the Overview and the Funders page: a PDF and a Word file of
the view on screen, made when a button is clicked (never on a rerun), by atlas.report."""

from __future__ import annotations

import dataclasses
import logging

import streamlit as st

from atlas import export, report
from atlas.db import shared
from atlas.report import content
from ui import shell
from ui.shell import _

log = logging.getLogger(__name__)
ERRORS = "report_download_errors"


def _deferred(request: content.Request, kind: str):
    """What the button runs on click: the report's bytes. A failure is kept for the page to say on
    its next run, and raised so the button says it failed."""
    errors = st.session_state.setdefault(ERRORS, [])
    could_not = _("The report could not be made: {error}")

    def make() -> bytes:
        try:
            return report.render(content.assemble(shared.connection(), request), kind)
        except Exception as err:
            log.exception("report %s failed", kind)
            errors.append(could_not.format(error=err))
            raise

    return make


def buttons(request: content.Request, key: str) -> None:
    """Two buttons, PDF and Word, for the report of `request`, in the page's language."""
    request = dataclasses.replace(request, lang=shell.language())
    for message in st.session_state.pop(ERRORS, []):
        shell.say("error", message)  # an error's words may quote names from the data
    stem = content.file_stem(request, export.now().date())
    cols = st.columns([1, 1, 2])
    for col, kind, label in (
        (cols[0], "pdf", _("Download report (PDF)")),
        (cols[1], "docx", _("Download report (Word)")),
    ):
        col.download_button(
            label,
            data=_deferred(request, kind),
            file_name=f"{stem}.{kind}",
            mime=report.FORMATS[kind][0],
            on_click="ignore",
            icon=":material/description:",
            key=f"{key}_report_{kind}",
            width="stretch",
            help=_(
                "A report to keep: the figures of this view, its charts, events and outcomes, every "
                "figure with a numbered note quoting its source. Its words are in this page's "
                "language; titles, names and quotations stay as recorded. Made when you click "
                "(a few seconds)."
            ),
        )
