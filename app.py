"""Outcome Atlas: the entry point. Page config, who is here and what they may do (the mode and
their role), the shared filter bar, the page registry."""

import os

import duckdb
import streamlit as st

from atlas.access import RIGHTS, Person, grant_for, scope_of
from atlas.access.modes import SIDEBAR, Mode, decide, opened_here, refusal
from atlas.db import shared
from ui import shell
from ui.shell import _

st.set_page_config(page_title="Outcome Atlas", page_icon="🗺️", layout="wide")
shell.choose_language()  # before anything is drawn: every word below is in the session's language
READ_ONLY = os.environ.get("ATLAS_READ_ONLY") == "1"


def auth_configured() -> bool:
    """[auth] in .streamlit/secrets.toml, as Streamlit documents it for st.login."""
    try:
        return "auth" in st.secrets
    except Exception:  # no secrets file at all
        return False


ADDRESS = st.get_option("server.address")
mode = decide(ADDRESS, auth_configured(), READ_ONLY, opened_here(dict(st.context.headers)))
if mode is Mode.REFUSED:
    st.error(_(refusal(ADDRESS)), icon=":material/lock:")
    st.stop()
st.sidebar.caption(_(SIDEBAR[mode]))
if mode is Mode.SIGNED_IN and not st.user.is_logged_in:
    st.title("Outcome Atlas")
    st.write(_("Sign in to see this network's events, participants and outcomes."))
    st.button(_("Sign in"), on_click=st.login, type="primary")
    shell.language_picker()
    st.stop()

try:
    con = (
        shared.cursor()
    )  # no file, a file older than a read-only app can use, or one in use elsewhere
except (FileNotFoundError, RuntimeError, duckdb.Error) as err:
    st.error(str(err), icon=":material/error:")
    st.stop()
try:
    if mode is Mode.SIGNED_IN:
        person = Person.from_claims(st.user.to_dict())
        email = person.name
        grant = grant_for(con, person)
        rights = RIGHTS[grant.role] if grant else frozenset()
        with st.sidebar:
            shell.say(
                "caption",
                _("Signed in as {email} ({role}).").format(email=email, role=_(grant.role))
                if grant
                else _("Signed in as {email}.").format(email=email),
            )
        st.sidebar.button(_("Sign out"), on_click=st.logout)
    else:
        person = Person.local()
        rights = RIGHTS["viewer"] if mode is Mode.PUBLIC_READ_ONLY else RIGHTS["admin"]
    scope = scope_of(con, person)
finally:
    con.close()
if scope is None or "read" not in rights:
    st.title("Outcome Atlas")
    if not person.verified:
        shell.say(
            "warning",
            _(
                "Your sign-in provider says it has not verified the email address {email}, so no "
                "role applies to it. Verify the address with the provider, then sign in again."
            ).format(email=person.name),
            icon=":material/lock:",
        )
        st.stop()
    shell.say(
        "info",
        _(
            "You are signed in as {name} and have no access yet. Ask an admin of this network to grant "
            "you a role."
        ).format(name=person.name or _("a person with no email address")),
        icon=":material/lock:",
    )
    st.stop()
st.session_state[shell.PERSON] = person
st.session_state[shell.SCOPE] = scope
st.session_state[shell.RIGHTS] = rights
if rights != RIGHTS["admin"] or not scope.is_everything:
    with st.sidebar:
        named = dict(shell.choices()["funders"]).get(scope.funder) if scope.funder else None
        shell.say("caption", _("You see {scope}.").format(scope=shell.text(scope.describe(named))))

PAGES = [
    st.Page(
        "app_pages/overview.py", title=_("Overview"), icon=":material/dashboard:", default=True
    ),
    st.Page("app_pages/events.py", title=_("Events"), icon=":material/event:", url_path="events"),
    st.Page(
        "app_pages/countries.py",
        title=_("Countries"),
        icon=":material/public:",
        url_path="countries",
    ),
    st.Page(
        "app_pages/outcomes.py", title=_("Outcomes"), icon=":material/flag:", url_path="outcomes"
    ),
    st.Page(
        "app_pages/funders.py",
        title=_("Funders"),
        icon=":material/volunteer_activism:",
        url_path="funders",
    ),
    st.Page(
        "app_pages/results.py", title=_("Results"), icon=":material/checklist:", url_path="results"
    ),
    st.Page("app_pages/data.py", title=_("Data"), icon=":material/download:", url_path="data"),
]
if scope.is_everything:  # the audit trail names any project or funder: not for a funder's view
    PAGES.append(
        st.Page(
            "app_pages/history.py",
            title=_("History"),
            icon=":material/history:",
            url_path="history",
        )
    )
if not READ_ONLY and "write" in rights:  # data can be changed only where the app may write
    PAGES.append(
        st.Page("app_pages/manage.py", title=_("Manage"), icon=":material/edit:", url_path="manage")
    )
    PAGES.append(
        st.Page(
            "app_pages/review.py",
            title=_("Review a report"),
            icon=":material/fact_check:",
            url_path="review",
        )
    )
if not READ_ONLY and "access" in rights:
    PAGES.append(
        st.Page("app_pages/access.py", title=_("Access"), icon=":material/key:", url_path="access")
    )

page = st.navigation(PAGES)
shell.language_picker()
shell.filter_bar()
shell.synthetic_banner()
page.run()
