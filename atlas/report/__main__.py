"""Make a report to keep, as PDF or Word, from the command line.

    python -m atlas.report [--funder ORG_ID | --project PROJECT_ID] [--query QUERY_STRING]
                           [--since DATE] [--lang en|th|km|my|lo|vi] --format pdf|docx
                           [--paper a4|letter] -o FILE

With no option the report covers all records. --query takes the filters as a page's link writes
them (the part after '?'), as python -m atlas.export does; a value it does not understand is an
error and nothing is written. --since lists the events and outcomes added or changed since that
day (from the audit trail). --lang sets the language of the report's own words (English by
default); names, titles and quotations from the data are printed as recorded. Exit status: 0 written, 2 bad input (unknown funder or project, a
query not understood, no event in the selection; nothing written), 1 the database or the file
could not be used. ATLAS_DB names the database.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from urllib.parse import parse_qs

import duckdb

from atlas import export
from atlas.access import Person, scope_of
from atlas.db import shared
from atlas.filters import Choices, Filters, parse_date
from atlas.i18n import DEFAULT, LANGUAGES
from atlas.report import content, render

# Keys a page's link carries that are not filters: which page table, which event story. They say
# nothing about which records a report covers, so a link copied from those pages works as it is.
PAGE_KEYS = ("table", "event")


def filters_from_query(query: str, choices: Choices | None) -> tuple[Filters, list[str]]:
    """The filters a link's query string describes, and what in it was not understood."""
    values = parse_qs(query.strip().lstrip("?"), keep_blank_values=False)
    for key in PAGE_KEYS:
        values.pop(key, None)
    problems = []
    if "q" in values:
        values.pop("q")
        problems.append(
            "A report covers whole selections: the text search q= is not one of its filters "
            "(leave it out, or export the searched rows with python -m atlas.export)."
        )
    filters, notices = Filters.from_query(values, choices)
    return filters, problems + notices


def _since(text: str) -> dt.date:
    value = parse_date(text)
    if value is None:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use 2025, 2025-03 or 2025-03-01)")
    return value


def _generated_at(text: str) -> dt.datetime:
    value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m atlas.report",
        description="A report to keep: a funder's, a project's or a filter state's "
        "results as PDF or Word, every figure with its source.",
    )
    which = p.add_mutually_exclusive_group()
    which.add_argument(
        "--funder", metavar="ORG_ID", help="a funder's report (its org_id, as in funder= of a link)"
    )
    which.add_argument(
        "--project", metavar="PROJECT_ID", help="a project's report (its project_id)"
    )
    p.add_argument(
        "--query",
        default="",
        help="filters as a page link's query string, e.g. 'country=LAO&from=2009'",
    )
    p.add_argument(
        "--since",
        type=_since,
        default=None,
        metavar="DATE",
        help="also list the events and outcomes added or changed since this day (audit trail)",
    )
    p.add_argument(
        "--as",
        dest="as_email",
        default=None,
        metavar="EMAIL",
        help="the report that person may see (their access grant; a funder's projects only); "
        "default: every record",
    )
    p.add_argument(
        "--lang",
        choices=list(LANGUAGES),
        default=DEFAULT,
        help="the language of the report's own words: "
        + ", ".join(f"{code} ({name})" for code, name in LANGUAGES.items())
        + "; default en. Data (titles, names, quotations) stay as recorded",
    )
    p.add_argument("--format", dest="kind", choices=["pdf", "docx"], required=True)
    p.add_argument("--paper", choices=["a4", "letter"], default="a4", help="page size (default a4)")
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        default=None,
        help="file to write (default: a name that says what it holds, in this folder)",
    )
    p.add_argument(
        "--generated-at",
        type=_generated_at,
        default=None,
        help="the report's time, ISO 8601 (default now), so that a test can fix it",
    )
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        con = shared.connection()
        scope = scope_of(con, Person.signed(args.as_email) if args.as_email else Person.local())
        if scope is None:
            print(
                f"Nothing written: {args.as_email} has no access grant, so they may see nothing.",
                file=sys.stderr,
            )
            return 1
        filters, problems = filters_from_query(args.query, export.filter_choices(con, scope))
        if args.funder and filters.funders and filters.funders != (args.funder,):
            problems.append(
                "--funder and funder= in --query name different funders; give the funder once."
            )
        if args.project and filters.projects and filters.projects != (args.project,):
            problems.append(
                "--project and project= in --query name different projects; give the project once."
            )
        if problems:
            print(
                "Nothing written; the input is not understood in full: " + " ".join(problems),
                file=sys.stderr,
            )
            return 2
        request = content.Request(
            filters=filters,
            funder=args.funder,
            project=args.project,
            since=args.since,
            by=args.as_email,
            scope=scope,
            lang=args.lang,
        )
        report = content.assemble(con, request, args.generated_at)
        data = render(report, args.kind, args.paper)
        out = args.output or Path(f"{report.file_stem}.{args.kind}")
        out.write_bytes(data)
    except content.ReportError as err:
        print(f"Nothing written: {err}", file=sys.stderr)
        return 2
    except duckdb.IOException as err:
        print(
            f"Could not open the database (is the app running on it? DuckDB lets one process write a "
            f"file at a time; ATLAS_READ_ONLY=1 lets both read): {err}",
            file=sys.stderr,
        )
        return 1
    except (OSError, RuntimeError, duckdb.Error) as err:
        print(f"Nothing written: {err}", file=sys.stderr)
        return 1
    print(f"Wrote {report.title} ({len(data):,} bytes) to {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
