"""The command line: preview, and with --commit write, a CSV or XLSX file of one table.

    python -m atlas.ingest TABLE FILE [--sheet NAME] [--commit] [--actor NAME]

Exit status: 0 done or preview clean, 1 problems (nothing written), 2 file unreadable, 3 database
in use by another process (nothing changed)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb

from atlas.access.people import Person
from atlas.db import connect, db_path, migrate
from atlas.ingest.journal import resume_pending
from atlas.ingest.plan import Plan, Refused, plan_import
from atlas.ingest.rows import plain
from atlas.ingest.writes import commit
from atlas.schema import DATA_TABLES
from atlas.spreadsheet import FileRefused, read_path


def _shown(value: object) -> str:
    text = repr(plain(value)) if value is not None else "(empty)"
    return text if len(text) <= 70 else text[:67] + "..."


def preview_lines(plan: Plan) -> list[str]:
    """The preview as text: problems row by row, then the changes by key."""
    lines = [
        f"{plan.table} from {plan.file_name} ({plan.described})" if plan.file_name else plan.table
    ]
    lines += [f"Note: {note}" for note in plan.notes]
    if plan.problems:
        lines.append(f"Problems ({len(plan.problems):,}):")
        lines += [f"  {p}" for p in plan.problems]
    lines.append(f"Changes: {plan.summary()}")
    for c in plan.changes:
        key = " / ".join(map(str, c.key))
        where = f"{c.location}: " if c.location else ""
        if c.action == "update":
            detail = "; ".join(
                f"{col} {_shown(c.before.get(col))} -> {_shown(c.after[col])}" for col in c.columns
            )
            lines.append(f"  changed  {where}{key}: {detail}")
        else:
            lines.append(f"  {'new' if c.action == 'insert' else 'deleted':<8} {where}{key}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m atlas.ingest",
        description="Preview, and with --commit write, a CSV or XLSX file of one table.",
    )
    parser.add_argument("table", help=f"one of: {', '.join(DATA_TABLES)}")
    parser.add_argument(
        "file", type=Path, help="a .csv or .xlsx file whose header names the table's columns"
    )
    parser.add_argument("--sheet", help="the sheet to read from a workbook with several")
    parser.add_argument(
        "--commit", action="store_true", help="write the changes (default: preview only)"
    )
    parser.add_argument(
        "--actor", default=None, help="who is importing, for the audit trail (default: the OS user)"
    )
    args = parser.parse_args(argv)
    if args.table not in DATA_TABLES:
        print(
            f"{args.table!r} is not a table that can be imported; choose one of: {', '.join(DATA_TABLES)}.",
            file=sys.stderr,
        )
        return 2
    try:
        sheet = read_path(args.file, sheet=args.sheet)
    except FileRefused as err:
        hint = " Name one with --sheet." if err.sheets else ""
        print(f"{args.file.name}: {err.message}{hint} Nothing was written.", file=sys.stderr)
        return 2
    except OSError as err:
        print(
            f"{args.file}: cannot be read ({err.strerror}). Nothing was written.", file=sys.stderr
        )
        return 2
    try:
        con = connect(db_path(), read_only=not args.commit)
    except duckdb.IOException as err:
        if "lock" in str(err).lower():
            print(
                f"The database {db_path().name} is in use by another process (is the app running?), so it "
                "cannot be opened. Nothing was changed. Stop the app and run this again, or import the file "
                "from the app's Manage page.",
                file=sys.stderr,
            )
            return 3
        raise
    try:
        if args.commit:
            migrate(con)
            resume_pending(con)
        plan = plan_import(con, args.table, sheet)
        print("\n".join(preview_lines(plan)))
        if plan.problems:
            print(
                f"Nothing was written: fix the {len(plan.problems):,} problem(s) above and run this again.",
                file=sys.stderr,
            )
            return 1
        if not args.commit:
            print(
                "Preview only: nothing was written. Run again with --commit to write these changes."
            )
            return 0
        if not plan.changes:
            print("Nothing to write: every row is already in the database as it is in the file.")
            return 0
        print("Writing...", flush=True)
        written = commit(con, plan, Person.local(args.actor))
        print(f"Written: {written.summary()} (import {written.import_id}).")
        return 0
    except Refused as err:
        print(err.message, file=sys.stderr)
        for problem in err.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    finally:
        con.close()


if __name__ == "__main__":
    sys.exit(main())
