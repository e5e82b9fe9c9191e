"""What the extraction benchmark is scored against: the hand-built seed (data/seed/) and the
folders of reports with the JSON a careful reader wrote beside each one, shaped like the
extractor's drafts (split from atlas.extract.score, which pairs and counts)."""

from __future__ import annotations

import csv
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from atlas import dates
from atlas.folding import fold_for_scoring

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "data" / "seed"
EXTRA = ROOT / "tests" / "data" / "reports_extra"
HOLDOUT = ROOT / "tests" / "data" / "reports_holdout"


def _read(name: str) -> list[dict]:
    with open(SEED / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


@dataclass
class Truth:
    """What the reports say, shaped like the command line's drafts: event fields as text
    (dates at their precision, "2016-05"), participation and organisations as sets."""

    events: list[dict]
    participation: list[set[tuple[str, int | None]]]
    organisations: list[set[tuple[str, str]]]
    outcomes: list[dict]
    org_ids: dict[str, str]
    reports: list[Path]
    # The reports' labels (truth_from's stems), those with no event too; none for the seed, read
    # as one run. With more than one, a draft is paired only within its own report.
    labels: tuple[str, ...] = ()


def load_truth() -> Truth:
    """The hand-built seed in data/seed/."""
    events = _read("events.csv")
    index = {e["event_id"]: i for i, e in enumerate(events)}
    for e in events:
        e["label"] = e["event_id"]
        for name in ("start_date", "end_date"):
            value = dt.date.fromisoformat(e[name]) if e[name] else None
            e[name] = dates.iso_at_precision(value, e["date_precision"] or None) if value else None
    participation: list[set] = [set() for _ in events]
    for row in _read("participation.csv"):
        participation[index[row["event_id"]]].add(
            (row["country_iso3"], int(row["participants"]) if row["participants"] else None)
        )
    organisations: list[set] = [set() for _ in events]
    for row in _read("event_organisations.csv"):
        organisations[index[row["event_id"]]].add((row["org_id"], row["role"]))
    org_ids: dict[str, str] = {}
    for row in _read("organisations.csv"):
        for name in (row["name"], row["short_name"]):
            if name:
                org_ids[fold_for_scoring(name)] = row["org_id"]
    reports = [
        SEED.parent / row["path_or_url"] for row in _read("sources.csv") if row["kind"] == "report"
    ]
    return Truth(events, participation, organisations, _read("outcomes.csv"), org_ids, reports)


def load_expected(folder: Path = EXTRA) -> Truth:
    """Reports with the drafts a careful reader would write, each REPORT next to REPORT.json."""
    reports = sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".md"))
    return truth_from(
        [
            (report.stem, json.loads(report.with_suffix(".json").read_text(encoding="utf-8")))
            for report in reports
        ],
        reports,
    )


def truth_from(expected_by_report: list[tuple[str, list | dict]], reports: list[Path]) -> Truth:
    """The truth of reports' expected JSON, each named by a label ("report-000"): a folder's
    files (load_expected) or the drafts a person saved from the Review page
    (atlas.extract.reviewed). The JSON objects are read, not kept."""
    events: list[dict] = []
    participation: list[set] = []
    organisations: list[set] = []
    outcomes: list[dict] = []
    for stem, expected in expected_by_report:
        expected = json.loads(json.dumps(expected))  # a copy: labels are added below
        # A list of events, or {"events": [...], "outcomes": [...]} when the report also tells
        # outcomes that belong to no event it describes (a note on a publication).
        if isinstance(expected, dict):
            report_events, loose = expected["events"], expected["outcomes"]
        else:
            report_events, loose = expected, []
        for n, e in enumerate(report_events):
            e["label"] = f"{stem}#{n + 1}"
            e["report"] = stem  # a draft is paired only with an event of the report it came from
            e["participants_total"] = (
                None if e["participants_total"] is None else str(e["participants_total"])
            )
            e["participants_at_least"] = "true" if e["participants_at_least"] else None
            # Dates may be written at their precision ("2016-05") or, as the schema stores
            # them, as the first day of their period ("2016-05-01"): both read the same.
            for name in ("start_date", "end_date"):
                if e[name] and len(e[name]) == 10:
                    value = dt.date.fromisoformat(e[name])
                    e[name] = dates.iso_at_precision(value, e["date_precision"] or None)
            events.append(e)
            participation.append(
                {(p["country_iso3"], p["participants"]) for p in e["participation"]}
            )
            organisations.append(
                {(fold_for_scoring(o["name"]), o["role"]) for o in e["organisations"]}
            )
        for o in [o for e in report_events for o in e["outcomes"]] + loose:
            outcomes.append(
                {
                    "outcome_id": f"{stem}: {o['title']}",
                    "report": stem,
                    "outcome_type": o["outcome_type"],
                    "title": o["title"],
                    "quantity": None if o["quantity"] is None else str(o["quantity"]),
                }
            )
    labels = tuple(stem for stem, _expected in expected_by_report)
    return Truth(events, participation, organisations, outcomes, {}, reports, labels)
