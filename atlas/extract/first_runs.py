"""The first runs: each blind set's score the first time the extractor read it, as recorded when
it was made (bench/extract-<set>-first-run.txt, the table the scorer printed then). They are the
only measure of text the rules were not written for: every later score of a set is on text whose
misses were read while rules were written. This module reads those records back, so the
benchmark's summary quotes them instead of copies typed by hand.

    python -m atlas.extract.first_runs     # the table, as bench/extract-results.md shows it
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tarfile
from io import BytesIO
from pathlib import Path

from atlas.extract.score import Tally

ROOT = Path(__file__).resolve().parent.parent.parent
BENCH = ROOT / "bench"

# The blind sets in the order they were written, and the commit of the extractor that gave each
# its first run (for the first three, the commit that added the set, which changed nothing else).
FIRST_RUNS = (
    ("reports_blind", "de9700d"),
    ("reports_unseen", "aebe522"),
    ("reports_blind2", "bc69bc0"),
    ("reports_blind3", "6c70ff8"),
    ("reports_blind4", "dd0b0e8"),
    ("reports_blind5", "640f155"),
    ("reports_blind6", "90990df"),
    ("reports_blind7", "93e51d5"),
    ("reports_blind8", "efe70f3"),
    ("reports_blind9", "a4ceb6f"),
    ("reports_blind10", "014f2ed"),
    ("reports_blind11", "3cba352"),
    ("reports_blind12", "95ae58d"),
    ("reports_blind13", "d29eb51"),
    ("reports_blind14", "671e2c9"),
    ("reports_blind15", "d436e99"),
    ("reports_blind16", "a2b3501"),
    ("reports_blind17", "1786072"),
    ("reports_blind18", "30ba422"),
    ("reports_blind19", "cf8853d"),
    ("reports_blind20", "0022a62"),
    ("reports_blind21", "1d432a5"),
    ("reports_blind22", "b8b1025"),
    ("reports_blind23", "b8b1025"),
    ("reports_blind24", "3ef2d91"),
    ("reports_blind25", "e87c233"),
    ("reports_blind26", "6350c2b"),
    ("reports_blind27", "3855828"),
    ("reports_blind28", "08a43ad"),
    ("reports_blind29", "ab6925c"),
    ("reports_blind30", "ab6925c"),
    ("reports_blind31", "ab6925c"),
    ("reports_blind32", "200ddf6"),
    ("reports_blind33", "6501e9c"),
    ("reports_blind34", "ece1517"),
    ("reports_blind35", "d0d0cc6"),
    ("reports_blind36", "677e3af"),
    ("reports_blind37", "4a31b36"),
    ("reports_blind38", "5be546b"),
    ("reports_blind39", "14c6429"),
    ("reports_blind40", "731a496"),
    ("reports_blind41", "501c1a4"),
    ("reports_blind42", "56ea0f1"),
)

_ROW = re.compile(r"^\| (\*\*overall \(fields\)\*\*|[a-z_]+) \| (\d+) \| (\d+) \| (\d+) \|")


def run_at(commit: str, script: Path, folder: str, out: Path, tmp: Path) -> None:
    """`python SCRIPT tests/data/FOLDER OUT` with the extractor as it was at `commit` (its atlas/
    and data/ taken from git into TMP/COMMIT once) first on the path: how the tools read a set
    with the extractor of its first run."""
    code = tmp / commit
    if not code.exists():
        archive = subprocess.run(
            ["git", "archive", commit, "atlas", "data"], cwd=ROOT, check=True, capture_output=True
        ).stdout
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(code, filter="data")
    subprocess.run(
        [sys.executable, str(script), str(ROOT / "tests" / "data" / folder), str(out)],
        cwd=tmp,
        env={**os.environ, "PYTHONPATH": str(code)},
        check=True,
        capture_output=True,
    )


def record(folder: str) -> Path:
    """The first-run record of a set's folder: reports_blind7 -> bench/extract-blind7-first-run.txt."""
    return BENCH / f"extract-{folder.removeprefix('reports_')}-first-run.txt"


def read(path: Path) -> dict[str, Tally]:
    """The first table in a first-run record, by field ('overall' for the fields' total)."""
    found: dict[str, Tally] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _ROW.match(line)
        if m:
            name = "overall" if m.group(1).startswith("**") else m.group(1)
            if name in found:  # a second table (another reading of the same drafts)
                break
            found[name] = Tally(int(m.group(2)), int(m.group(3)), int(m.group(4)))
        elif found and not line.startswith("|"):
            break
    if "overall" not in found:
        raise ValueError(f"{path.name}: no scorer's table with an overall row")
    return found


def table() -> str:
    """The first runs as a Markdown table, oldest first."""
    lines = [
        "| set | extractor | F1 | precision | recall | home countries | organisations | outcomes | events found | invented |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for folder, commit in FIRST_RUNS:
        c = read(record(folder))
        ev = c["events"]
        lines.append(
            f"| {folder} | {commit} | {c['overall'].f1:.2f} | {c['overall'].precision:.2f} "
            f"| {c['overall'].recall:.2f} | {c['participation'].f1:.2f} "
            f"| {c['organisations'].f1:.2f} | {c['outcomes'].f1:.2f} "
            f"| {ev.tp} of {ev.tp + ev.fn} | {ev.fp} |"
        )
    return "\n".join(lines)


def _span(values: list[float], between: str = "-") -> str:
    low, high = min(values), max(values)
    return f"{low:.2f}" if f"{low:.2f}" == f"{high:.2f}" else f"{low:.2f}{between}{high:.2f}"


def reading(last: int = 6) -> str:
    """What the table says, computed from it: the range of the first runs, that of the `last`
    ones, and how many meet issue 16's goals on unseen text."""
    runs = [read(record(folder)) for folder, _ in FIRST_RUNS]
    recent = runs[-last:]

    def f1(r: dict[str, Tally], field: str) -> float:
        return round(r[field].f1, 2)

    goals = (
        ("field F1 0.85", lambda r: f1(r, "overall") >= 0.85),
        ("precision 0.9", lambda r: round(r["overall"].precision, 2) >= 0.9),
        ("home countries 0.8", lambda r: f1(r, "participation") >= 0.8),
        ("outcomes 0.6", lambda r: f1(r, "outcomes") >= 0.6),
    )
    met = "; ".join(f"{name}: {sum(map(test, runs))} of {len(runs)}" for name, test in goals)
    return (
        f"The {len(runs)} first runs range from {_span([f1(r, 'overall') for r in runs], ' to ')}; "
        f"the last {last}, each after rounds of rules written on every earlier set's misses, "
        f"from {_span([f1(r, 'overall') for r in recent], ' to ')} (precision "
        f"{_span([round(r['overall'].precision, 2) for r in recent])}, home countries "
        f"{_span([f1(r, 'participation') for r in recent])}, organisations "
        f"{_span([f1(r, 'organisations') for r in recent])}, outcomes "
        f"{_span([f1(r, 'outcomes') for r in recent])}). Rules written after a set's first run "
        "lift that set, on seen text; only the next set's first run says whether they hold on new "
        "text. First runs "
        f"that meet issue 16's goals on unseen text: {met}."
    )


if __name__ == "__main__":
    print(table())
    print()
    print(reading())
    sys.exit(0)
