"""The app's four ways to run, chosen by configuration (see the README, "Who may see what"):

- local: a loopback address and no [auth]: every right, as `make run` has always done; anyone
  who can open the address can change the data, and the sidebar says so. Only for a browser on
  this machine that opened a loopback name with nothing in between: a session that came through
  a proxy (which listens beyond this machine and passes requests on to the loopback address) is
  refused, as the server itself would be if it listened beyond loopback;
- public read-only: ATLAS_READ_ONLY=1 and no [auth]: every read page for everyone, no writing;
- signed in: [auth] in .streamlit/secrets.toml: nothing but a "Sign in" button before signing
  in, then the role the database grants the email decides the rest;
- refused: listening beyond loopback, or reached through a proxy or a name other than a loopback
  one, with neither [auth] nor ATLAS_READ_ONLY=1: no data at all, only how to configure one of
  them.
"""

from __future__ import annotations

import enum
import ipaddress
from collections.abc import Mapping
from urllib.parse import urlsplit

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

PROXIED_LINE = N_(
    "This page was opened through a proxy or an address other than this machine's own, and the app "
    "has no sign-in, so it shows no data. Configure sign-in ([auth] in .streamlit/secrets.toml) or "
    'serve read-only (ATLAS_READ_ONLY=1); see the README, "Serving it to others".'
)
# Headers a proxy adds when it passes a request on: RFC 7239's Forwarded, the common X- forms,
# and Via (RFC 9110), which Apache's ProxyVia, Squid and many CDNs add where nginx does not.
FORWARDING_HEADERS = (
    "forwarded",
    "x-forwarded-for",
    "x-forwarded-host",
    "x-forwarded-proto",
    "x-real-ip",
    "via",
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


def opened_here(headers: Mapping[str, str] | None) -> bool:
    """Whether the browser opened this session at a loopback name with no proxy in between: the
    Host header, and the Origin header when the browser sends one (it does on every websocket),
    name a loopback host, and no header says a proxy passed the request on. A proxy that strips
    every forwarding header and rewrites Host to the loopback address cannot be told apart, which
    is why the README's proxy set-up sends X-Forwarded-For. No headers at all is a script run
    in-process (the tests' AppTest), with no browser to come from elsewhere."""
    if not headers:
        return True
    lower = {name.lower(): value for name, value in headers.items()}
    if any(lower.get(name) for name in FORWARDING_HEADERS):
        return False
    host, origin = lower.get("host"), lower.get("origin")
    try:
        return (
            bool(host)
            and is_loopback(urlsplit("//" + host).hostname)
            and (not origin or is_loopback(urlsplit(origin).hostname))
        )
    except ValueError:  # a malformed name ("[::1"): not one of this machine's
        return False


def decide(
    address: str | None, auth_configured: bool, read_only: bool, direct: bool = True
) -> Mode:
    """The mode of a session: `address` is the server's (server.address), `direct` what
    `opened_here()` says of the session's request."""
    if auth_configured:
        return Mode.SIGNED_IN
    if read_only:
        return Mode.PUBLIC_READ_ONLY
    return Mode.LOCAL if is_loopback(address) and direct else Mode.REFUSED


def refusal(address: str | None) -> str:
    """Why a refused session sees no data (untranslated): the server listens beyond this
    machine, or it does not and the session came through a proxy or another name."""
    return PROXIED_LINE if is_loopback(address) else REFUSED_LINE
