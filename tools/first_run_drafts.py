"""Dump the drafts an older extractor gives for one folder of reports, as JSON (run with that
extractor's checkout first on PYTHONPATH; used by tools.train_home_check --first-runs).

    PYTHONPATH=<old checkout> python tools/first_run_drafts.py FOLDER OUT.json

Only what the home-country check, tools.first_run_thin_drafts and atlas.extract.score read is
kept: each draft's event fields, participation, organisations, outcomes, evidence and source. Every report is read on its own, as
the benchmark reads a folder.
"""

import json
import sys
from pathlib import Path

from atlas.extract import pipeline

# The event fields, written out here rather than taken from atlas.extract.drafts.SCALAR_FIELDS:
# this runs against an older checkout, whose drafts module may not have that name.
FIELDS = (
    "title",
    "event_type",
    "start_date",
    "end_date",
    "date_precision",
    "city",
    "venue",
    "country_iso3",
    "participants_total",
    "participants_at_least",
)


def main(folder: str, out: str) -> None:
    drafts = []
    for path in sorted(p for p in Path(folder).iterdir() if p.suffix in (".txt", ".md")):
        for d in pipeline.extract_text(path.read_text(encoding="utf-8"), path.name):
            row = {f: getattr(d, f, None) for f in FIELDS}
            for f in ("start_date", "end_date"):
                row[f] = row[f].isoformat() if row[f] else None
            row["participation"] = [[p.country_iso3, p.participants] for p in d.participation]
            row["organisations"] = [[o.name, o.role] for o in d.organisations]
            row["outcomes"] = [[o.outcome_type, o.title, o.quantity] for o in d.outcomes]
            row["evidence"] = {k: v for k, v in d.evidence.items() if isinstance(v, str)}
            row["source_name"] = path.name
            drafts.append(row)
    Path(out).write_text(json.dumps(drafts, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
