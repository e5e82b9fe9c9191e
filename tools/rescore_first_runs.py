"""Every recorded first run scored again with drafts paired within their own report.

Until this was found, atlas.extract.score paired a folder's drafts with expected events across
the whole folder, so a report's invented event could pair with an event another report told and
the extractor missed (counted found, its fields partly right). The recorded first runs
(bench/extract-<set>-first-run.txt) were scored that way. This takes each set's first-run
extractor from git into a temporary folder, runs its own benchmark on the set as a whole (which
must give the recorded counts exactly: the check that the reading is the same) and report by
report (pairing within each report), and prints both, with the field F1s that moved.

    python -m tools.rescore_first_runs [--out bench/extract-first-runs-within-reports.md]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from atlas.extract.first_runs import FIRST_RUNS, read, record, run_at
from atlas.extract.score import Tally

ROOT = Path(__file__).resolve().parent.parent
HEADER = """# The first runs scored again, drafts paired within their own report

Made by `python -m tools.rescore_first_runs --out bench/extract-first-runs-within-reports.md`.
Each set's first-run extractor and benchmark, taken from git, read the set again: as a whole
("as a whole again": the recorded counts must come back, which says the reading is the same) and
report by report (a draft or outcome paired only with an expected one of its own report, as
atlas.extract.score pairs a folder now). The recorded first runs, bench/extract-<set>-first-run.txt,
stay as they were recorded; this is how much the pairing across reports moved them.

"""


def _tallies(counts: dict[str, list[int]]) -> dict[str, Tally]:
    found = {name: Tally(*value) for name, value in counts.items()}
    overall = Tally()
    for name, tally in found.items():
        if name != "events":
            overall.add(tally)
    return found | {"overall": overall}


def rescore(folder: str, commit: str, tmp: Path) -> tuple[dict[str, Tally], dict[str, Tally]]:
    """(the set as a whole, report by report) as the extractor and benchmark at `commit` score it."""
    out = tmp / f"{folder}.json"
    run_at(commit, ROOT / "tools" / "first_run_dump.py", folder, out, tmp)
    dumped = json.loads(out.read_text(encoding="utf-8"))
    return _tallies(dumped["whole"]), _tallies(dumped["by_report"])


def _f(t: Tally, what: str = "f1") -> str:
    value = getattr(t, what)
    return "-" if value is None else f"{value:.2f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="also write the table (Markdown) here")
    args = parser.parse_args(argv)
    lines = [
        "| set | extractor | recorded F1 (P / R) | as a whole again | within reports: F1 (P / R) "
        "| home countries: recorded -> within | events found / invented: recorded -> within |",
        "|---|---|---|---|---|---|---|",
    ]
    with tempfile.TemporaryDirectory() as tmp:
        for folder, commit in FIRST_RUNS:
            recorded = read(record(folder))
            try:
                whole, within = rescore(folder, commit, Path(tmp))
            except subprocess.CalledProcessError:
                # the first sets' JSON took its later shape after their first run, which their
                # extractor's loader cannot read
                lines.append(
                    f"| {folder} | {commit} | {_f(recorded['overall'])} | not run again: "
                    "that checkout cannot read the set's JSON as it is now | | | |"
                )
                print(lines[-1], flush=True)
                continue
            same = all(
                (whole[name].tp, whole[name].fp, whole[name].fn) == (t.tp, t.fp, t.fn)
                for name, t in recorded.items()
            )
            r, w = recorded["overall"], within["overall"]
            rev, wev = recorded["events"], within["events"]
            lines.append(
                f"| {folder} | {commit} | {_f(r)} ({_f(r, 'precision')} / {_f(r, 'recall')}) "
                f"| {'the same counts' if same else 'DIFFERENT (the next column is less sure): ' + _f(whole['overall'])} "
                f"| {_f(w)} ({_f(w, 'precision')} / {_f(w, 'recall')}) "
                f"| {_f(recorded['participation'])} -> {_f(within['participation'])} "
                f"| {rev.tp} / {rev.fp} -> {wev.tp} / {wev.fp} |"
            )
            print(lines[-1], flush=True)
    text = HEADER + "\n".join(lines)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
