"""Would dropping thin drafts have lifted the first runs' precision? Measured on every first run.

On text it has not seen, the extractor's field precision stays at 0.72-0.85 (the first runs in
bench/extract-results.md) against issue 16's goal of 0.9. This takes each blind set's first-run
extractor from git (tools/first_run_drafts.py, as tools.train_home_check --first-runs does),
rebuilds its drafts and scores them with today's atlas.extract.score, then says:

1. where the first runs' wrong and missing fields come from: drafts that no expected event
   matches (invented events) against wrong values in drafts that do; events missed whole against
   fields missing from events found;
2. what a rule dropping every draft that holds fewer than K facts (a date, a town, a venue, a
   count, home countries, an organisation; "a date" either any date or only one to the day)
   would have done to the pooled first runs.

Outcomes told with no event are not among the drafts here, so the outcome counts are a little
below the recorded ones; both sides of every comparison are scored the same way.

    python -m tools.first_run_thin_drafts [--out bench/extract-first-run-thin-drafts.md]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from atlas.extract.drafts import Draft
from atlas.extract.first_runs import FIRST_RUNS
from atlas.extract.score import SCALARS, Score, Tally, match, score
from atlas.extract.truth import ROOT, Truth, load_expected
from tools.set_readings import first_run_drafts

HEADER = """# Thin drafts on the first runs

Made by `python -m tools.first_run_thin_drafts --out bench/extract-first-run-thin-drafts.md`: every
blind set's first-run extractor, taken from git, read its set again (each report on its own); its
drafts were scored with today's `atlas.extract.score` (outcomes told with no event left out, on
both sides of each comparison). The question: would a rule that drops drafts holding little have
brought the first runs' precision to issue 16's 0.9?

"""


def facts(d: Draft, day_only: bool) -> int:
    """How many of the six facts a reviewer records the draft holds."""
    dated = d.start_date is not None and (d.date_precision == "day" or not day_only)
    return sum(
        (
            dated,
            bool(d.city),
            bool(d.venue),
            d.participants_total is not None,
            bool(d.participation),
            bool(d.organisations),
        )
    )


def overall(result: Score) -> Tally:
    pooled = Tally()
    for name, tally in result.fields.items():
        if name != "events":
            pooled.add(tally)
    return pooled


def _filled(d: Draft) -> int:
    return (
        sum(getattr(d, n) not in (None, "", False) for n in SCALARS)
        + len({(p.country_iso3, p.participants) for p in d.participation})
        + len({(o.name, o.role) for o in d.organisations})
    )


def origins(sets: list[tuple[str, Truth, list[Draft]]]) -> str:
    """Where the wrong (FP) and missing (FN) fields of the first runs come from."""
    fp = fn = fp_invented = fn_missed = 0
    for _name, truth, drafts in sets:
        result = score(drafts, truth)
        pooled = overall(result)
        fp, fn = fp + pooled.fp, fn + pooled.fn
        matched = match(drafts, truth)
        # a draft no event matches counts each field it fills as wrong (score's rule)
        fp_invented += sum(_filled(d) for i, d in enumerate(drafts) if i not in matched)
        found = set(matched.values())
        for j, e in enumerate(truth.events):
            if j not in found:
                fn_missed += sum(bool(e.get(n)) and e.get(n) != "false" for n in SCALARS)
                fn_missed += len(truth.participation[j]) + len(truth.organisations[j])
    return (
        "| | fields | from drafts no expected event matches / events missed whole | from events found |\n"
        "|---|---:|---:|---:|\n"
        f"| wrong (false positives) | {fp} | {fp_invented} ({fp_invented / fp:.0%}) "
        f"| {fp - fp_invented} |\n"
        f"| missing (false negatives) | {fn} | {fn_missed} ({fn_missed / fn:.0%}) "
        f"| {fn - fn_missed} (outcomes' misses among them) |\n"
    )


def sweep(sets: list[tuple[str, Truth, list[Draft]]]) -> str:
    rules: list[tuple[str, Callable[[Draft], bool] | None]] = [
        ("keep every draft (the first runs)", lambda d: True)
    ]
    for day_only in (False, True):
        for k in (1, 2, 3):
            rules.append(
                (
                    (
                        "drop drafts holding none of the six facts",
                        "drop drafts holding fewer than two",
                        "drop drafts holding fewer than three",
                    )[k - 1]
                    + (" (a date counts only to the day)" if day_only else ""),
                    lambda d, k=k, day_only=day_only: facts(d, day_only) >= k,
                )
            )
    rules.append(("drop exactly the invented drafts (a bound: no rule can do better)", None))
    lines = [
        "| rule | events found / invented | field precision | recall | F1 | sets whose F1 fell |",
        "|---|---|---:|---:|---:|---:|",
    ]
    base: dict[str, float] = {}
    for label, keep in rules:
        pooled, found, invented, fell = Tally(), 0, 0, 0
        for name, truth, drafts in sets:
            if keep is None:  # the bound: exactly the drafts an expected event matches
                kept = [drafts[i] for i in sorted(match(drafts, truth))]
            else:
                kept = [d for d in drafts if keep(d)]
            result = score(kept, truth)
            one = overall(result)
            pooled.add(one)
            found += result.fields["events"].tp
            invented += result.fields["events"].fp
            if name in base and (one.f1 or 0) < base[name] - 0.005:
                fell += 1
            base.setdefault(name, one.f1 or 0)
        lines.append(
            f"| {label} | {found} / {invented} | {pooled.precision:.3f} | {pooled.recall:.3f} "
            f"| {pooled.f1:.3f} | {fell if label != rules[0][0] else '-'} |"
        )
        print(lines[-1], flush=True)
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="also write the report (Markdown) here")
    args = parser.parse_args(argv)
    sets = []
    with tempfile.TemporaryDirectory() as tmp:
        for folder, commit in FIRST_RUNS:
            drafts = first_run_drafts(folder, commit, Path(tmp))
            sets.append((folder, load_expected(ROOT / "tests" / "data" / folder), drafts))
            print(f"{folder}: first run at {commit}, {len(drafts)} drafts", flush=True)
    text = (
        HEADER
        + f"{len(sets)} first runs, {sum(len(d) for _, _, d in sets)} drafts.\n\n"
        + "## Where the first runs' wrong and missing fields come from\n\n"
        + origins(sets)
        + "\n## Dropping thin drafts\n\n"
        + sweep(sets)
    )
    print(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
