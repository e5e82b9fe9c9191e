"""`python -m atlas.extract FILE [FILE...] --json`: the drafts of one or more reports.

Files read together are one run: an event two reports both tell is printed once. A file that
cannot be read is named on stderr with the reason, the others are still read, and the exit
status is 1. Outcomes a report tells with no event (a note on a publication) have no place in
the JSON list of events: they are printed after the events, or named on stderr with --json.
"""

from __future__ import annotations

import argparse
import json
import sys

from atlas.dates import format_range
from atlas.extract.documents import DocumentError, read_path
from atlas.extract.pipeline import check_text, read_texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m atlas.extract", description=__doc__.splitlines()[0]
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help=".txt, .md, .docx or .pdf report")
    parser.add_argument("--json", action="store_true", help="print the drafts as a JSON list")
    parser.add_argument(
        "--details",
        action="store_true",
        help="with --json, also print each draft's project, guessed fields and source file",
    )
    args = parser.parse_args(argv)
    texts: list[tuple[str, str]] = []
    failed = False
    for name in args.files:
        try:
            text = read_path(name)
        except DocumentError as err:
            print(f"error: {err}", file=sys.stderr)
            failed = True
            continue
        problem = check_text(text)
        if problem:
            print(f"note: {name}: {problem}", file=sys.stderr)
        texts.append((text, name))
    reading = read_texts(texts)
    drafts = reading.drafts
    loose = [
        f"{o.source_name}: {o.outcome.outcome_type} {o.outcome.title!r}"
        + (
            f" ({o.outcome.quantity} {o.outcome.unit or ''})".rstrip(" )") + ")"
            if o.outcome.quantity is not None
            else ""
        )
        for o in reading.loose_outcomes
    ]
    if args.json:
        json.dump(
            [d.to_json(details=args.details) for d in drafts],
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        print()
        for line in loose:
            print(f"note: outcome with no event, not in the JSON: {line}", file=sys.stderr)
    else:
        for draft in drafts:
            where = ", ".join(x for x in (draft.venue, draft.city, draft.country_iso3) if x)
            count = draft.participants_total
            people = (
                f"{'at least ' if draft.participants_at_least else ''}{count} participants"
                if count is not None
                else ""
            )
            when = format_range(draft.start_date, draft.end_date, draft.date_precision)
            print(" | ".join(x for x in (draft.title, draft.event_type, when, where, people) if x))
        if not drafts:
            print("No events found.")
        for line in loose:
            print(f"Outcome with no event: {line}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
