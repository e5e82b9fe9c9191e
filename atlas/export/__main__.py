"""Export a table of the Data page from the command line: the same file, byte for byte, that the
page downloads for the same selection.

    python -m atlas.export TABLE --format csv|xlsx|parquet [--sep ';'] [--excel] [--hxl]
                           [--query 'country=THA&from=2014'] [--search TEXT] [--as EMAIL] [-o FILE]
    python -m atlas.export iati [--query ...] [--reporting-org ORG_ID] [--complete-only] [-o FILE]

TABLE: events, events_by_country, participation, outcomes, organisations, projects or results
(targets against actuals). --hxl adds the HXL hashtag row under a CSV's header.
`iati` writes an IATI 2.03 activity file of the projects in view, validated against the official
schema; when the data lack an identifier or date the schema requires, nothing is written and
every missing item is listed with how to add it (--complete-only writes the complete projects).
--query takes the filters as the Data page's link writes them (the part after '?', or the
manifest's "query string"); q= in it is the text search. A value the filters do not know is an
error here (the page drops it with a notice), so a typo never exports everything.
--as EMAIL writes what that person may see (a funder's projects only; the manifest names the
scope), as the access grants in the database say now; without it, the whole table.
A CSV gets its manifest beside it as NAME.manifest.json; XLSX and Parquet carry it inside.
--generated-at fixes the manifest's time, so a test can compare bytes. ATLAS_DB names the database.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
import tempfile
from pathlib import Path

import duckdb

from atlas.access import Person, scope_of
from atlas.db import shared
from atlas.export import iati
from atlas.export.manifest import file_name, manifest_file_name, manifest_json, now
from atlas.export.selection import (
    TABLES,
    ExportError,
    FileFormat,
    filter_choices,
    selection_from_query,
)
from atlas.export.writing import write


def _generated_at(text: str) -> dt.datetime:
    value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m atlas.export", description=__doc__.split("\n\n")[0].replace("\n", " ")
    )
    parser.add_argument(
        "table",
        choices=[*TABLES, "iati"],
        help="the table to export, or iati for an IATI 2.03 activity file",
    )
    parser.add_argument("--format", dest="kind", choices=["csv", "xlsx", "parquet"], default="csv")
    parser.add_argument("--sep", choices=[",", ";"], default=",", help="CSV separator (default ,)")
    parser.add_argument(
        "--excel", action="store_true", help="CSV for Excel: starts with a UTF-8 byte-order mark"
    )
    parser.add_argument(
        "--hxl", action="store_true", help="CSV: the HXL hashtag row under the header"
    )
    parser.add_argument(
        "--reporting-org",
        default=None,
        help="iati: the org_id of the publishing organisation (default: the one network with "
        "an IATI identifier)",
    )
    parser.add_argument(
        "--complete-only",
        action="store_true",
        help="iati: leave out projects that lack a required item (listed) instead of refusing",
    )
    parser.add_argument(
        "--query", default="", help="filters as a URL query string, e.g. 'country=THA&from=2014'"
    )
    parser.add_argument(
        "--search", default=None, help="only rows containing this text (ignoring case)"
    )
    parser.add_argument(
        "--as",
        dest="as_email",
        default=None,
        metavar="EMAIL",
        help="write only what this person may see (their access grant); default: everything",
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        default=None,
        help="file to write (default: a name that says what it holds, in this folder)",
    )
    parser.add_argument(
        "--generated-at",
        type=_generated_at,
        default=None,
        help="the manifest's time, ISO 8601 (default now); fixes the bytes for a test",
    )
    parser.add_argument(
        "--memory-limit",
        default="512MB",
        help="DuckDB's memory for this export, e.g. 512MB or 2GB (default 512MB); beyond "
        "it the sort spills to a temporary folder, so memory stays flat however many "
        "rows are exported. 'none' keeps DuckDB's default (80%% of RAM).",
    )
    args = parser.parse_args(argv)
    if args.table == "iati":
        return _iati(args)

    spill = Path(tempfile.mkdtemp(prefix="atlas-export-spill-"))
    try:
        fmt = FileFormat(args.kind, sep=args.sep, excel=args.excel, hxl=args.hxl)
        con = shared.connection()
        if args.memory_limit != "none":
            # Settings of this process's own DuckDB instance; the app's is not affected.
            con.execute("SET memory_limit = $limit", {"limit": args.memory_limit})
            con.execute("SET temp_directory = $spill", {"spill": str(spill)})
        scope = scope_of(con, Person.signed(args.as_email) if args.as_email else Person.local())
        if scope is None:
            print(
                f"Nothing written: {args.as_email} has no access grant, so they may see nothing.",
                file=sys.stderr,
            )
            return 1
        selection, problems = selection_from_query(
            args.table, args.query, args.search, filter_choices(con, scope), scope
        )
        if problems:
            print(
                "Nothing written; the query is not understood in full: " + " ".join(problems),
                file=sys.stderr,
            )
            return 2
        generated_at = args.generated_at or now()
        out = args.output or Path(file_name(selection, fmt, generated_at.date()))
        manifest = write(con, selection, fmt, out, generated_at)
        written = [str(out)]
        if fmt.kind == "csv":
            sidecar = out.with_name(manifest_file_name(out.name))
            sidecar.write_bytes(manifest_json(manifest))
            written.append(str(sidecar))
    except ExportError as err:
        print(f"Nothing written: {err}", file=sys.stderr)
        return 1
    except duckdb.IOException as err:
        print(
            f"Could not open the database (is the app running on it? DuckDB lets one process "
            f"write a file at a time): {err}",
            file=sys.stderr,
        )
        return 1
    except (OSError, duckdb.Error) as err:
        print(f"Nothing written: {err}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(spill, ignore_errors=True)
    print(
        f"Wrote {manifest['rows']:,} rows of {selection.title.lower()} ({selection.in_words()}) "
        f"to {' and '.join(written)}",
        file=sys.stderr,
    )
    return 0


def _iati(args: argparse.Namespace) -> int:
    """Write the IATI file, or list what the data lack and write nothing."""
    try:
        con = shared.connection()
        scope = scope_of(con, Person.signed(args.as_email) if args.as_email else Person.local())
        if scope is None:
            print(
                f"Nothing written: {args.as_email} has no access grant, so they may see nothing.",
                file=sys.stderr,
            )
            return 1
        selection, problems = selection_from_query(
            "projects", args.query, args.search, filter_choices(con, scope), scope
        )
        if problems or selection.search:
            print(
                "Nothing written; the query is not understood in full: "
                + " ".join(problems or ["the IATI file takes filters, not a text search."]),
                file=sys.stderr,
            )
            return 2
        generated_at = args.generated_at or now()
        out = args.output or Path(iati.file_name(selection.filters, generated_at.date()))
        made = iati.activities(
            con,
            selection.filters,
            reporting_org=args.reporting_org,
            generated_at=generated_at,
            complete_only=args.complete_only,
            scope=scope,
        )
        part = out.with_name(f".{out.name}.part")
        part.write_bytes(made.xml)
        part.replace(out)
    except iati.IatiRefused as err:
        print(str(err), file=sys.stderr)
        return 1
    except (OSError, duckdb.Error) as err:
        print(f"Nothing written: {err}", file=sys.stderr)
        return 1
    for warning in made.warnings:
        print(f"Note: {warning}", file=sys.stderr)
    print(
        f"Wrote {made.activities:,} IATI activities with {made.results:,} results "
        f"({selection.in_words()}) to {out}; valid against the IATI 2.03 schema.",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
