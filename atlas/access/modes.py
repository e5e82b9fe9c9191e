"""The app's four ways to run, chosen by configuration (see the README, "Who may see what"):

- local: a loopback address and no [auth]: every right, as `make run` has always done; anyone
  who can open the address can change the data, and the sidebar says so;
- public read-only: ATLAS_READ_ONLY=1 and no [auth]: every read page for everyone, no writing;
- signed in: [auth] in .streamlit/secrets.toml: nothing but a "Sign in" button before signing
  in, then the role the database grants the email decides the rest;
- refused: listening beyond loopback with neither [auth] nor ATLAS_READ_ONLY=1: no data at all,
  only how to configure one of them.
"""

from __future__ import annotations

import enum
import ipaddress

from atlas.i18n import N_


class Mode(enum.Enum):
    LOCAL = "local"
    PUBLIC_READ_ONLY = "public read-only"
    SIGNED_IN = "signed in"
    REFUSED = "refused"


SIDEBAR = {
    Mode.LOCAL: N_("Local mode: no sign-in. Anyone who can open this address can change the data."),
    Mode.PUBLIC_READ_ONLY: N_(
        "Public read-only mode: everyone sees every record; nobody can change them here."
    ),
    Mode.SIGNED_IN: N_("Signed-in mode: what you see and may change depends on your role."),
}
REFUSED_LINE = N_(
    "This server listens beyond this machine without sign-in, so it shows no data. Configure sign-in "
    "([auth] in .streamlit/secrets.toml) or serve read-only (ATLAS_READ_ONLY=1); see the README."
)


def is_loopback(address: str | None) -> bool:
    """True for 127.0.0.0/8, ::1 and 'localhost'; an unset address listens on every interface."""
    if not address:
        return False
    if address.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(address.strip().strip("[]")).is_loopback
    except ValueError:
        return False


def decide(address: str | None, auth_configured: bool, read_only: bool) -> Mode:
    if auth_configured:
        return Mode.SIGNED_IN
    if read_only:
        return Mode.PUBLIC_READ_ONLY
    return Mode.LOCAL if is_loopback(address) else Mode.REFUSED
