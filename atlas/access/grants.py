"""The access_grants table (migration 008): grant, revoke, list, and the grant that applies to an
email. Every grant and revoke is checked first (a malformed email, an unknown role, a funder id
that names no funder are refused with the reason and change nothing), needs the 'access' right of
the person doing it, and is written with its audit_log row (via 'access') in one transaction."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import asdict, dataclass

import duckdb

ROLES = ("admin", "editor", "viewer", "funder")
# The rule of the table's CHECK, said in Python so a refusal can name the problem.
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_DOMAIN = re.compile(r"@[^@\s]+\.[^@\s]+")


class GrantError(ValueError):
    """A grant or revoke that was refused; the message says why. Nothing was changed."""


@dataclass(frozen=True)
class Grant:
    principal: str  # a lower-cased email, or '@domain.org'
    role: str
    funder_org_id: str | None
    granted_at: dt.datetime
    granted_by: str


def principal_of(text: str) -> str:
    """An email or '@domain' as stored (trimmed, lower-cased); GrantError when it is neither."""
    value = (text or "").strip().lower()
    if not (_EMAIL.fullmatch(value) or _DOMAIN.fullmatch(value)):
        raise GrantError(
            f"{text!r} is not an email address (name@partner.org) or an email domain (@partner.org). "
            "Nothing was changed."
        )
    return value


def _row(con: duckdb.DuckDBPyConnection, principal: str) -> Grant | None:
    rows = con.execute(
        "SELECT principal, role, funder_org_id, granted_at, granted_by FROM access_grants "
        "WHERE principal = $p",
        {"p": principal},
    ).fetchall()
    return Grant(*rows[0]) if rows else None


def grant_of(con: duckdb.DuckDBPyConnection, email: str) -> Grant | None:
    """The grant that applies to a signed-in email: its own, else its domain's; None for none."""
    email = (email or "").strip().lower()
    if not _EMAIL.fullmatch(email):
        return None
    return _row(con, email) or _row(con, "@" + email.rsplit("@", 1)[1])


def list_grants(con: duckdb.DuckDBPyConnection) -> list[Grant]:
    rows = con.execute(
        "SELECT principal, role, funder_org_id, granted_at, granted_by FROM access_grants "
        "ORDER BY role, principal"
    ).fetchall()
    return [Grant(*r) for r in rows]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _as_json(found: Grant | None) -> str | None:
    if found is None:
        return None
    return json.dumps(
        {
            k: (v.isoformat(sep=" ") if isinstance(v, dt.datetime) else v)
            for k, v in asdict(found).items()
        }
    )


def _audit(
    con: duckdb.DuckDBPyConnection,
    at: dt.datetime,
    actor: str,
    action: str,
    principal: str,
    before: Grant | None,
    after: Grant | None,
) -> None:
    con.execute(
        'INSERT INTO audit_log ("at", actor, action, table_name, row_key, before, after, via) '
        "VALUES ($at, $actor, $action, 'access_grants', $key, $before, $after, 'access')",
        {
            "at": at,
            "actor": actor,
            "action": action,
            "key": json.dumps([principal]),
            "before": _as_json(before),
            "after": _as_json(after),
        },
    )


def _in_transaction(con: duckdb.DuckDBPyConnection, work):
    from atlas.db import shared  # the app's data version: cached History pages show the change

    con.execute("BEGIN")
    try:
        result = work()
        con.execute("COMMIT")
        shared.writes += 1
        return result
    except BaseException:
        con.execute("ROLLBACK")
        raise


def grant(
    con: duckdb.DuckDBPyConnection, principal: str, role: str, funder: str | None, by
) -> Grant:
    """Give `principal` (an email or '@domain') `role`; a funder role needs `funder`, the org_id of
    an organisation that funds a project. Replaces the principal's earlier grant. `by` (a Person)
    must have the 'access' right now. Raises GrantError or NotAllowed, having changed nothing."""
    from atlas.access.people import require  # people reads grants; imported here to avoid a cycle

    key = principal_of(principal)
    role = (role or "").strip().lower()
    if role not in ROLES:
        raise GrantError(
            f"{role!r} is not a role; choose one of: {', '.join(ROLES)}. Nothing was changed."
        )
    funder = (funder or "").strip() or None
    if role == "funder" and funder is None:
        raise GrantError(
            "A funder grant needs --funder ORG_ID: the organisation whose projects the person may see. "
            "Nothing was changed."
        )
    if role != "funder" and funder is not None:
        raise GrantError(
            f"Only a funder grant names a funder; the role {role} sees the whole database. "
            "Nothing was changed."
        )

    def work() -> Grant:
        require(con, by, "access")
        if funder is not None:
            known = con.execute(
                "SELECT count(*) FROM organisations WHERE org_id = $o", {"o": funder}
            ).fetchall()[0][0]
            if not known:
                raise GrantError(f"No organisation has the id {funder!r}. Nothing was changed.")
            funds = con.execute(
                "SELECT count(*) FROM project_funders WHERE org_id = $o", {"o": funder}
            ).fetchall()[0][0]
            if not funds:
                raise GrantError(
                    f"{funder!r} funds no project, so a funder grant for it would show nothing. "
                    "Nothing was changed."
                )
        before = _row(con, key)
        at = _now()
        after = Grant(key, role, funder, at, by.name)
        con.execute(
            "INSERT OR REPLACE INTO access_grants VALUES ($p, $r, $f, $at, $by)",
            {"p": key, "r": role, "f": funder, "at": at, "by": by.name},
        )
        _audit(con, at, by.name, "insert" if before is None else "update", key, before, after)
        return after

    return _in_transaction(con, work)


def revoke(con: duckdb.DuckDBPyConnection, principal: str, by) -> Grant:
    """Take back the grant of `principal`; the grant that was removed. `by` must have the
    'access' right. Raises GrantError (no such grant, or the last admin) or NotAllowed."""
    from atlas.access.people import require

    key = principal_of(principal)

    def work() -> Grant:
        require(con, by, "access")
        before = _row(con, key)
        if before is None:
            raise GrantError(f"{key} has no grant to revoke. Nothing was changed.")
        if before.role == "admin" and by.signed_in:
            admins = con.execute(
                "SELECT count(*) FROM access_grants WHERE role = 'admin'"
            ).fetchall()[0][0]
            if admins == 1:
                raise GrantError(
                    f"{key} is the last admin; grant admin to someone else first, or revoke it "
                    "from the command line. Nothing was changed."
                )
        con.execute("DELETE FROM access_grants WHERE principal = $p", {"p": key})
        _audit(con, _now(), by.name, "delete", key, before, None)
        return before

    return _in_transaction(con, work)
