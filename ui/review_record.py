"""The Review page's box of how the extractor's drafts compared with what people saved, on the
reports saved from that page (atlas.extract.reviewed scores them; the table reviewed_reports of
migration 013 holds them): for a person deciding how far to trust the drafts in front of them."""

import pandas as pd
import streamlit as st
from babel.numbers import format_percent

from atlas import review
from atlas.access.scope import Scope
from atlas.db import shared
from atlas.extract import reviewed
from atlas.extract.score import Score
from ui import editing, shell
from ui.shell import _, ngettext, number


@st.cache_data(max_entries=4, show_spinner=False)
def reviewed_so_far(version: str, scope_funder: str | None) -> tuple[int, Score]:
    """How many reports were saved here and how their drafts compared with what was saved, within
    the session's scope (a funder's reads none)."""
    with editing.cursor() as con:
        reports = reviewed.load(con, scope=Scope(scope_funder), texts=False)
    return len(reports), reviewed.pooled(reports)


def show() -> None:
    """The extractor's record on the reports saved here, for the person deciding how far to trust
    the drafts on the Review page. Nothing when none has been saved. Shown only to a person who may
    write (the page is registered only for them); the statements themselves read no row within a
    funder's scope."""
    if not shell.may("write"):
        return
    n, result = reviewed_so_far(shared.version(), shell.scope().funder)
    if not n:
        return
    lang = shell.language()

    def pct(value: float | None) -> str:
        return "–" if value is None else format_percent(value, locale=lang)

    rows = review.track_record(result, lang)
    with st.expander(
        ngettext(
            "How the drafts compared with what was saved, on the {n} report saved here",
            "How the drafts compared with what was saved, on the {n} reports saved here",
            n,
        ).format(n=number(n))
    ):
        overall = result.overall
        st.markdown(
            _(
                "Of the values the extractor proposed, {precision} were saved as it proposed them; of the "
                "values saved, it had proposed {recall}. An event it missed counts only where the person added "
                "it to the table before saving."
            ).format(precision=pct(overall.precision), recall=pct(overall.recall))
        )
        st.table(
            pd.DataFrame(
                {
                    _("Field"): [r["field"] for r in rows],
                    _("Saved as proposed"): [number(r["right"]) for r in rows],
                    _("Proposed, then corrected or left out"): [number(r["wrong"]) for r in rows],
                    _("Saved, not proposed"): [number(r["added"]) for r in rows],
                    _("Share of proposed saved"): [pct(r["precision"]) for r in rows],
                }
            ),
            hide_index=True,
        )
