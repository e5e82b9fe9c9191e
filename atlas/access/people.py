"""Who is acting, and the check every write path makes at the moment of writing.

A `Person` is either signed in (an email, from Streamlit's st.login) or local: the machine's user,
who already holds the database file (the command line, and the app on a loopback address without
sign-in). A local person has every right; a signed-in person has the rights of the role the
database grants their email now (`require` reads it inside the write's own connection, so a
revoke takes effect on the next click, whatever the page showed)."""

from __future__ import annotations

import getpass
from collections.abc import Mapping
from dataclasses import dataclass

import duckdb

from atlas.access.grants import Grant, grant_of

# What each role may do. 'read' and 'export' are limited by the role's scope (see scope.py).
RIGHTS: dict[str, frozenset[str]] = {
    "admin": frozenset({"read", "export", "write", "access"}),
    "editor": frozenset({"read", "export", "write"}),
    "viewer": frozenset({"read", "export"}),
    "funder": frozenset({"read", "export"}),
}
WORDS = {
    "read": "read the data",
    "export": "export data",
    "write": "change the data",
    "access": "change who has access",
}


class NotAllowed(PermissionError):
    """A person without the right tried to act; the message is for them."""


def os_actor() -> str:
    """The operating-system user, else "local": the actor when nobody is signed in."""
    try:
        return getpass.getuser() or "local"
    except Exception:  # no user name in the environment (some containers)
        return "local"


@dataclass(frozen=True)
class Person:
    name: str  # the email when signed in; what the audit trail records as the actor
    signed_in: bool = False
    # False when the identity provider says it has not verified the email (the ID token's
    # email_verified claim is false): such a person holds no grant, since anyone could have typed
    # an address at a granted domain.
    verified: bool = True

    @classmethod
    def local(cls, name: str | None = None) -> Person:
        return cls(name or os_actor(), signed_in=False)

    @classmethod
    def signed(cls, email: str, *, verified: bool = True) -> Person:
        return cls(email.strip().lower(), signed_in=True, verified=verified)

    @classmethod
    def from_claims(cls, claims: Mapping[str, object]) -> Person:
        """The signed-in person an OpenID Connect ID token names. Its email counts as verified
        unless the token's email_verified claim says it is not (false, or the string "false" some
        providers send). A provider that omits the claim (Microsoft Entra does) is trusted for its
        emails, as the README says."""
        verified = claims.get("email_verified", True)
        if isinstance(verified, str):
            verified = verified.strip().lower() != "false"
        return cls.signed(str(claims.get("email") or ""), verified=verified is not False)


def grant_for(con: duckdb.DuckDBPyConnection, person: Person) -> Grant | None:
    """The grant that applies to a signed-in person now; None for an unverified email or none."""
    if not person.verified:
        return None
    return grant_of(con, person.name)


def may(con: duckdb.DuckDBPyConnection, person: Person, right: str) -> bool:
    if right not in WORDS:
        raise ValueError(f"no right {right!r}")
    if not person.signed_in:
        return True
    found = grant_for(con, person)
    return found is not None and right in RIGHTS[found.role]


def require(con: duckdb.DuckDBPyConnection, person: object, right: str) -> Grant | None:
    """Raise NotAllowed unless `person` may do `right` now; the grant that allows it (None for a
    local person). Anything but a Person is refused, so a write path cannot be called with a bare
    name that skips the check."""
    if not isinstance(person, Person):
        raise NotAllowed(
            f"Refused: who is acting must be an atlas.access.Person, not {type(person).__name__}."
        )
    if not may(con, person, right):
        found = grant_for(con, person)
        held = f"the role {found.role}" if found else "no access"
        raise NotAllowed(
            f"Refused: {person.name} has {held} and may not {WORDS[right]}. Nothing was changed."
        )
    return grant_for(con, person) if person.signed_in else None
