"""The reports saved from the Review page as a measure of the extractor: what it proposed against
what the person saved after correcting it.

    python -m atlas.extract.reviewed [--db PATH] [--now] [--misses] [--export DIR]

Every save on the Review page keeps the drafts the extractor proposed and the drafts as saved,
and the report's text unless the person chose not to keep it (table reviewed_reports, migration
013). Scored field by field as the benchmark
scores a blind set (atlas.extract.score), report by report:

- **when saved**: the drafts as proposed, by the extractor that read the report then. A report
  read once and corrected by someone who knows it is the most honest first run there is: nobody
  wrote a rule for it.
- **now** (`--now`): the extractor of today reading the same text. Rules written since may have
  been written on these very reports, so this is a score on seen text when they were. Reports
  kept without their text are left out of it (and of `--export`).

What the saved drafts can and cannot tell: an unticked draft counts as an event proposed that
was not one, every field a person changed as a value proposed wrongly (and one missed), and an
event the person added in a row of its own as an event missed. An event the extractor missed
that nobody added is invisible here, so recall is an upper bound. Fields nobody corrected count
as right; a reviewer in a hurry makes the score look better, never worse.

`--export DIR` writes each report as DIR/<source_id>.txt with the saved drafts beside it as
DIR/<source_id>.json, a folder in the shape of tests/data/reports_blind*/ (atlas.extract.truth),
for the benchmark and for tools/train_home_check.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

from atlas.access.scope import Scope
from atlas.extract.drafts import Draft, Outcome
from atlas.extract.pipeline import read_texts
from atlas.extract.score import Score, score, table
from atlas.extract.truth import truth_from


@dataclass(frozen=True)
class Reviewed:
    """One report saved from the Review page (a row of reviewed_reports)."""

    source_id: str
    saved_at: object
    saved_by: str
    extractor: str
    file_name: str | None
    text: str | None  # None: the person chose not to keep it
    proposed: dict
    saved: dict


def load(con: duckdb.DuckDBPyConnection, *, scope: Scope, texts: bool = True) -> list[Reviewed]:
    """Every reviewed report in the database, oldest first; without `texts`, each with no text
    (what `when_saved` needs, without reading every report's text). Within a funder's `scope`
    none (the statements say why); `scope` has no default, so that no caller forgets it."""
    from atlas import queries

    name = "review/reports" if texts else "review/judged"
    frame = queries.run(name, scope=scope, con=con)
    return [
        Reviewed(
            row.source_id,
            row.saved_at,
            row.saved_by,
            row.extractor,
            None if pd.isna(row.file_name) else row.file_name,
            None if not texts or pd.isna(row.report_text) else row.report_text,
            json.loads(row.proposed),
            json.loads(row.saved),
        )
        for row in frame.itertuples(index=False)
    ]


def _truth(report: Reviewed):
    return truth_from([(report.source_id, report.saved)], [])


def when_saved(report: Reviewed) -> Score:
    """The drafts as proposed when the report was saved, against what was saved: each saved event
    paired with the draft it was (its "draft" index; an event the person added has none, so it
    counts as missed), never by likeness, and a title right only when saved unchanged."""
    drafts = [Draft.from_json(e) for e in report.proposed["events"]]
    loose = [
        Outcome(o["outcome_type"], o["title"], o.get("quantity"))
        for o in report.proposed["outcomes"]
    ]
    pairs = {
        e["draft"]: j for j, e in enumerate(report.saved["events"]) if e.get("draft") is not None
    }
    return score(drafts, _truth(report), loose, pairs=pairs, exact_titles=True)


def now(report: Reviewed) -> Score:
    """The extractor of today reading the same text, against what was saved (a report kept
    without its text cannot be read again: ValueError)."""
    if report.text is None:
        raise ValueError(f"{report.source_id}: kept without its text")
    reading = read_texts([(report.text, report.file_name or report.source_id)])
    loose = [lo.outcome for lo in reading.loose_outcomes]
    return score(reading.drafts, _truth(report), loose, exact_titles=True)


def pooled(reports: list[Reviewed], how=when_saved) -> Score:
    """`how` (when_saved or now) over every report, each scored on its own and the counts added."""
    total = Score()
    for report in reports:
        if how is now and report.text is None:
            continue
        total.add(how(report))
    return total


def export(reports: list[Reviewed], folder: Path) -> list[Path]:
    """Each report's text and saved drafts as a test folder (see the module docstring); reports
    kept without their text are left out."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for report in reports:
        if report.text is None:
            continue
        text = folder / f"{report.source_id}.txt"
        text.write_text(report.text, encoding="utf-8")
        saved = [
            {key: value for key, value in event.items() if key not in ("evidence", "draft")}
            for event in report.saved["events"]
        ]
        text.with_suffix(".json").write_text(
            json.dumps(saved, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        written.append(text)
    return written


def _summary(result: Score) -> str:
    t = result.overall
    f1, p, r = (f"{v:.2f}" if v is not None else "-" for v in (t.f1, t.precision, t.recall))
    return f"field F1 {f1} (precision {p}, recall {r})"


def main(argv: list[str] | None = None) -> int:
    from atlas import db

    parser = argparse.ArgumentParser(
        prog="python -m atlas.extract.reviewed", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--db", type=Path, default=db.db_path(), help="the database file")
    parser.add_argument(
        "--now", action="store_true", help="also score today's extractor on the same texts"
    )
    parser.add_argument("--misses", action="store_true", help="list each field scored wrong")
    parser.add_argument(
        "--export", type=Path, metavar="DIR", help="write the reports as a test folder"
    )
    args = parser.parse_args(argv)
    if not args.db.exists():
        print(f"{args.db}: no such database file", file=sys.stderr)
        return 2
    try:
        con = duckdb.connect(str(args.db), read_only=True)
    except duckdb.IOException as err:
        if "lock" not in str(err).lower():
            raise
        print(
            f"The database {args.db.name} is in use by another process (is the app running?). Make a "
            "copy that can be read while it runs with `python -m atlas.db backup`, then pass the copy "
            "with --db.",
            file=sys.stderr,
        )
        return 3
    try:
        reports = load(con, scope=Scope.everything())  # the command line reads the whole file
    finally:
        con.close()
    if not reports:
        print(f"{args.db}: no report has been saved from the Review page yet.")
        return 0
    print(f"{len(reports)} report(s) saved from the Review page.\n")
    print(
        "| report | saved | by | extractor | when saved | now |"
        if args.now
        else "| report | saved | by | extractor | when saved |"
    )
    print("|---|---|---|---|---|---|" if args.now else "|---|---|---|---|---|")
    for report in reports:
        cells = [
            report.source_id,
            f"{report.saved_at:%Y-%m-%d %H:%M}",
            report.saved_by,
            report.extractor,
            _summary(when_saved(report)),
        ]
        if args.now:
            cells.append(_summary(now(report)) if report.text is not None else "(text not kept)")
        print("| " + " | ".join(cells) + " |")
    for label, how in [("When saved", when_saved)] + ([("Now", now)] if args.now else []):
        result = pooled(reports, how)
        print(f"\n## {label}: {_summary(result)}\n")
        print(table(result))
        if args.misses:
            print()
            print("\n".join(f"- {m}" for m in result.misses) or "(none)")
    if args.export:
        written = export(reports, args.export)
        left = len(reports) - len(written)
        print(
            f"\n{len(written)} report(s) written to {args.export} (.txt and .json each)"
            + (f"; {left} kept without their text left out." if left else ".")
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
