"""Access: who may see and change what. Every grant (an email or an @domain, and a role: admin,
editor, viewer, or funder of one organisation) and a form to grant or revoke one. Shown to admins
only; atlas.access checks the admin role again when the change is written, and records it in the
audit trail (History)."""

import pandas as pd
import streamlit as st

from atlas.access import ROLES, GrantError, NotAllowed, grant, list_grants, revoke
from atlas.i18n import N_
from ui import editing, shell
from ui.shell import _

ROLE_NAMES = (
    N_("admin"),
    N_("editor"),
    N_("viewer"),
    N_("funder"),
)  # a grant's role, shown in words
ROLE_WORDS = {
    "admin": N_("admin: everything, and who has access"),
    "editor": N_("editor: every page, Manage, Review a report, undo an import"),
    "viewer": N_("viewer: every read page and export"),
    "funder": N_("funder: read pages and exports of the projects one funder funds"),
}

st.title(_("Access"))
st.caption(
    _(
        "Who may see and change what. A grant names an email (officer@partner.org) or everyone of an email "
        "domain (@partner.org); an email's own grant wins over its domain's. Every change is on the History page."
    )
)
if "access_flash" in st.session_state:
    shell.say("success", st.session_state.pop("access_flash"))

with editing.cursor() as con:
    grants = list_grants(con)
if grants:
    st.dataframe(
        pd.DataFrame(
            {
                _("Email or domain"): [g.principal for g in grants],
                _("Role"): [_(g.role) for g in grants],
                _("Funder"): [g.funder_org_id or "" for g in grants],
                _("Granted"): [f"{g.granted_at:%Y-%m-%d %H:%M}" for g in grants],
                _("By"): [g.granted_by for g in grants],
            }
        ),
        hide_index=True,
        width="stretch",
    )
else:
    st.info(
        _("No grants yet: in signed-in mode nobody can see anything until an admin is granted.")
    )

funders = dict(shell.choices()["funders"])
left, right = st.columns(2)
with left.form("grant", clear_on_submit=True):
    st.subheader(_("Grant"))
    principal = st.text_input(_("Email or @domain"), max_chars=254)
    role = st.selectbox(
        _("Role"),
        ROLES,
        index=ROLES.index("viewer"),  # the least a grant gives; admin must be chosen on purpose
        format_func=lambda r: _(ROLE_WORDS[r]) if r in ROLE_WORDS else r,
    )
    funder = st.selectbox(
        _("Funder (for the funder role)"),
        [None, *funders],
        format_func=lambda o: "—" if o is None else funders.get(o, o),
    )
    if st.form_submit_button(_("Grant")):
        with editing.cursor() as con:
            try:
                done = grant(
                    con, principal, role, funder if role == "funder" else None, editing.actor()
                )
            except (GrantError, NotAllowed) as err:
                shell.say("error", err.args[0] if err.args else str(err), icon=":material/warning:")
            else:
                st.session_state["access_flash"] = _("Granted {role} to {who}.").format(
                    role=_(done.role), who=done.principal
                )
                st.rerun()
with right.form("revoke"):
    st.subheader(_("Revoke"))
    gone = st.selectbox(
        _("Email or @domain"),
        [g.principal for g in grants],
        index=None,
        placeholder=_("Choose a grant"),
    )
    if st.form_submit_button(_("Revoke")) and gone:
        with editing.cursor() as con:
            try:
                removed = revoke(con, gone, editing.actor())
            except (GrantError, NotAllowed) as err:
                shell.say("error", err.args[0] if err.args else str(err), icon=":material/warning:")
            else:
                st.session_state["access_flash"] = _("Revoked {role} from {who}.").format(
                    role=_(removed.role), who=removed.principal
                )
                st.rerun()
