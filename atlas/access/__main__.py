"""Who has access, from the command line (for the first admin and for scripts):

    python -m atlas.access grant EMAIL ROLE [--funder ORG_ID]
    python -m atlas.access revoke EMAIL
    python -m atlas.access list

EMAIL is an address (officer@partner.org) or a domain (@partner.org, everyone of it); ROLE is admin,
editor, viewer or funder (a funder grant names the funding organisation's org_id). Whoever can run
this holds the database file, so it acts as the machine's user (recorded in the audit trail, or
--actor NAME). Exit status: 0 done, 1 refused (nothing changed), 3 database in use elsewhere.
"""

from __future__ import annotations

import argparse
import sys

import duckdb

from atlas import db
from atlas.access.grants import ROLES, GrantError, grant, list_grants, revoke
from atlas.access.people import NotAllowed, Person


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m atlas.access", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument(
        "--actor",
        default=None,
        help="who is doing this, for the audit trail (default: the OS user)",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    g = sub.add_parser("grant", help="give an email or @domain a role (replaces its earlier grant)")
    g.add_argument("email")
    g.add_argument("role", help=", ".join(ROLES))
    g.add_argument(
        "--funder", default=None, help="for the funder role: the funding organisation's org_id"
    )
    r = sub.add_parser("revoke", help="take back the grant of an email or @domain")
    r.add_argument("email")
    sub.add_parser("list", help="every grant")
    args = parser.parse_args(argv)
    try:
        con = db.connect()
    except duckdb.Error as err:
        print(f"Cannot open {db.db_path()}: {err}", file=sys.stderr)
        return 3
    try:
        db.migrate(con)
        by = Person.local(args.actor)
        if args.command == "grant":
            done = grant(con, args.email, args.role, args.funder, by)
            print(
                f"Granted {done.role}"
                + (f" of {done.funder_org_id}" if done.funder_org_id else "")
                + f" to {done.principal}."
            )
        elif args.command == "revoke":
            gone = revoke(con, args.email, by)
            print(f"Revoked {gone.role} from {gone.principal}.")
        else:
            rows = list_grants(con)
            if not rows:
                print(
                    "No grants yet. Give the first admin theirs: python -m atlas.access grant EMAIL admin"
                )
            for row in rows:
                funder = f" of {row.funder_org_id}" if row.funder_org_id else ""
                print(
                    f"{row.principal}\t{row.role}{funder}\tgranted {row.granted_at:%Y-%m-%d %H:%M} by {row.granted_by}"
                )
    except (GrantError, NotAllowed) as err:
        print(str(err), file=sys.stderr)
        return 1
    finally:
        con.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
