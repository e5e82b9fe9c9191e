"""Access: who may see and change what. Every grant (an email or an @domain, and a role: admin,
editor, viewer, or funder of one organisation) and a form to grant or revoke one. Shown to admins
only; atlas.access checks the admin role again when the change is written, and records it in the
audit trail (History)."""

import pandas as pd
import streamlit as st

from atlas.access import ROLES, GrantError, NotAllowed, grant, list_grants, revoke
from ui import editing, shell

ROLE_WORDS = {
    "admin": "admin: everything, and who has access",
    "editor": "editor: every page, Manage, Review a report, undo an import",
    "viewer": "viewer: every read page and export",
    "funder": "funder: read pages and exports of the projects one funder funds",
}

st.title("Access")
st.caption("Who may see and change what. A grant names an email (ana@partner.org) or everyone of an email "
           "domain (@partner.org); an email's own grant wins over its domain's. Every change is on the History page.")
if "access_flash" in st.session_state:
    st.success(st.session_state.pop("access_flash"))

with editing.cursor() as con:
    grants = list_grants(con)
if grants:
    st.dataframe(pd.DataFrame({
        "Email or domain": [g.principal for g in grants],
        "Role": [g.role for g in grants],
        "Funder": [g.funder_org_id or "" for g in grants],
        "Granted": [f"{g.granted_at:%Y-%m-%d %H:%M}" for g in grants],
        "By": [g.granted_by for g in grants],
    }), hide_index=True, width="stretch")
else:
    st.info("No grants yet: in signed-in mode nobody can see anything until an admin is granted.")

funders = dict(shell.choices()["funders"])
left, right = st.columns(2)
with left.form("grant", clear_on_submit=True):
    st.subheader("Grant")
    principal = st.text_input("Email or @domain", max_chars=254)
    role = st.selectbox("Role", ROLES, format_func=ROLE_WORDS.get)
    funder = st.selectbox("Funder (for the funder role)", [None, *funders],
                          format_func=lambda o: "—" if o is None else funders.get(o, o))
    if st.form_submit_button("Grant"):
        with editing.cursor() as con:
            try:
                done = grant(con, principal, role, funder if role == "funder" else None, editing.actor())
            except (GrantError, NotAllowed) as err:
                st.error(str(err), icon="⚠️")
            else:
                st.session_state["access_flash"] = f"Granted {done.role} to {done.principal}."
                st.rerun()
with right.form("revoke"):
    st.subheader("Revoke")
    gone = st.selectbox("Email or @domain", [g.principal for g in grants], index=None, placeholder="Choose a grant")
    if st.form_submit_button("Revoke") and gone:
        with editing.cursor() as con:
            try:
                removed = revoke(con, gone, editing.actor())
            except (GrantError, NotAllowed) as err:
                st.error(str(err), icon="⚠️")
            else:
                st.session_state["access_flash"] = f"Revoked {removed.role} from {removed.principal}."
                st.rerun()
