"""The annotated sets as the extractor read them, shared by the learned checks' training tools
(tools/train_home_check.py, tools/train_org_check.py).

Two readings: today's extractor on every annotated set (the seed in one run, each folder's
reports one by one, as the benchmark reads them), and each blind set as the extractor of its
first run read it (that extractor's code taken from git into a temporary folder and run there
by tools/first_run_drafts.py). A check is then trained leave-one-set-out over either reading.
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from atlas.extract.drafts import Draft, LooseOutcome, OrganisationRole, Outcome, Participation
from atlas.extract.first_runs import (  # each blind set and its first run's extractor
    FIRST_RUNS,
    run_at,
)
from atlas.extract.score import read_reports, report_texts
from atlas.extract.truth import ROOT, Truth, load_expected, load_truth

# The folders with expected JSON: two sets of reports kept apart, the blind sets in the order
# they were written (the unseen set second) and the development shapes.
FOLDERS = (
    "reports_extra",
    "reports_holdout",
    *(folder for folder, _ in FIRST_RUNS),
    "dev_shapes3",
    "dev_shapes3b",
    "dev_shapes3c",
    "dev_shapes4",
    "dev_shapes5",
    "dev_shapes6",
)


@dataclass
class SetDrafts:
    """One annotated set: its expected events, its reports' texts and the drafts read from them."""

    name: str
    truth: Truth
    texts: list[tuple[str, str]]  # (text, file name)
    drafts: list[Draft]
    # the outcomes the run found with no event to carry them (today's reading only: the
    # first-run dumps keep none), for a score that matches the benchmark's
    loose: list[LooseOutcome] = field(default_factory=list)


def draft_from_row(row: dict) -> Draft:
    """A draft as tools/first_run_drafts.py wrote it, rebuilt with today's classes."""
    d = Draft(row["title"], row["event_type"])
    for name in ("date_precision", "city", "venue", "country_iso3", "participants_total"):
        setattr(d, name, row[name])
    d.participants_at_least = bool(row["participants_at_least"])
    for name in ("start_date", "end_date"):
        setattr(d, name, dt.date.fromisoformat(row[name]) if row[name] else None)
    d.participation = [Participation(c, n) for c, n in row["participation"]]
    d.organisations = [OrganisationRole(n, r) for n, r in row.get("organisations", [])]
    d.outcomes = [Outcome(k, t, q) for k, t, q in row.get("outcomes", [])]
    d.evidence = row["evidence"]
    d.source_name = row["source_name"]
    return d


def first_run_drafts(folder: str, commit: str, tmp: Path) -> list[Draft]:
    """The drafts the extractor at `commit` gives for tests/data/FOLDER, each report read on its
    own, as today's Draft objects (its code taken from git into TMP, once per commit; a dump
    already in TMP is read again rather than made twice)."""
    out = tmp / f"{folder}-{commit}.json"
    if not out.exists():
        run_at(commit, ROOT / "tools" / "first_run_drafts.py", folder, out, tmp)
    return [draft_from_row(row) for row in json.loads(out.read_text(encoding="utf-8"))]


def today() -> list[SetDrafts]:
    """Every annotated set as today's extractor reads it."""
    sets = []
    for name, truth, one_run in [("seed", load_truth(), True)] + [
        (folder, load_expected(ROOT / "tests" / "data" / folder), False) for folder in FOLDERS
    ]:
        texts, readings = read_reports(truth, one_run)
        drafts = [d for r in readings for d in r.drafts]
        loose = [o for r in readings for o in r.loose_outcomes]
        sets.append(SetDrafts(name, truth, texts, drafts, loose))
    return sets


def first_runs(keep: Path | None = None) -> list[SetDrafts]:
    """Each blind set as the extractor of its first run read it. `keep`: a folder where the
    older extractors' code and drafts stay between runs (else a temporary one)."""
    with tempfile.TemporaryDirectory() as tmp:
        where = keep or Path(tmp)
        where.mkdir(parents=True, exist_ok=True)
        sets = []
        for folder, commit in FIRST_RUNS:
            drafts = first_run_drafts(folder, commit, where)
            truth = load_expected(ROOT / "tests" / "data" / folder)
            sets.append(SetDrafts(folder, truth, report_texts(truth), drafts))
            print(f"{folder}: first run at {commit}, {len(drafts)} drafts", flush=True)
    return sets
