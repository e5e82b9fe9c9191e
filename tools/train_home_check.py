"""Train the home-country check (atlas/extract/home_check.py) and measure it honestly.

    python -m tools.train_home_check            # leave-one-set-out table, printed
    python -m tools.train_home_check --write    # ... and the weights, from every set
    python -m tools.train_home_check --try tests/data/<folder>   # a new set, with and without

`--try` reads a folder the model was not trained on with today's extractor, each report on its
own as the benchmark reads a folder, and prints its whole score (atlas.extract.score) as the
rules give it and with the check applied by the committed weights: the fair measure of the
check is such a folder's first run.

Every annotated set is read by the extractor as the benchmark reads it (the seed in one run,
each folder's reports one by one). Each country a report names is a candidate for each of the
report's drafts; its label is whether the expected event the draft is paired with (the pairing
of atlas.extract.score) has it among its participants' home countries. A draft no expected
event matches has none.

Leave-one-set-out: for each set, a logistic regression is trained on all other sets, its two
thresholds (add a country above, drop one below) are chosen by a leave-one-set-out inside
those other sets, and the check is applied to the held-out set, which is then scored on
participants' home countries (the `participation` field of atlas.extract.score: (country,
count) pairs) with and without it. The pooled line sums every set's counts. With --write the
model is trained on every set and its thresholds chosen the same way, and the weights go to
atlas/extract/home_check_weights.json. scikit-learn is needed here only (requirements-dev.txt).
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from atlas.extract import home_check, sentences
from atlas.extract.drafts import Draft
from atlas.extract.first_runs import FIRST_RUNS
from atlas.extract.score import Tally, match, read_reports, report_texts, score, table
from atlas.extract.truth import ROOT, Truth, load_expected
from tools import set_readings
from tools.set_readings import FOLDERS

# Thresholds tried; the one chosen is the best on the training sets' own leave-one-set-out.
ADD_ABOVE = (0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
DROP_BELOW = (-0.01, 0.1, 0.2, 0.3, 0.4, 0.5)
# Regularisation: the default of scikit-learn, on features that are all between 0 and ~3.
C = 1.0


@dataclass
class SetReading:
    """One annotated set as the extractor read it, with its candidates and their labels."""

    name: str
    truth: Truth
    drafts: list[Draft]
    candidates: list[home_check.Candidate]  # draft indexes into `drafts`
    labels: np.ndarray
    x: np.ndarray


def read_set(
    name: str,
    truth: Truth,
    one_run: bool,
    drafts: list[Draft] | None = None,
    texts: list[tuple[str, str]] | None = None,
) -> SetReading:
    """The set read by today's extractor, or the `drafts` another one gave."""
    if drafts is None:
        texts, readings = read_reports(truth, one_run)
        drafts = [d for r in readings for d in r.drafts]
    elif texts is None:
        texts = report_texts(truth)
    by_source = {source: sentences.split(text) for text, source in texts}
    found: list[home_check.Candidate] = []
    for source, split in by_source.items():
        mine = [i for i, d in enumerate(drafts) if d.source_name == source]
        for c in home_check.candidates([drafts[i] for i in mine], split):
            found.append(home_check.Candidate(mine[c.draft], c.country_iso3, c.features))
    matched = match(drafts, truth)
    labels = np.array(
        [
            c.draft in matched
            and any(iso3 == c.country_iso3 for iso3, _ in truth.participation[matched[c.draft]])
            for c in found
        ],
        dtype=int,
    )
    x = np.array([c.features for c in found], dtype=float).reshape(-1, len(home_check.FEATURES))
    return SetReading(name, truth, drafts, found, labels, x)


def home_tally(drafts: list[Draft], truth: Truth) -> Tally:
    """The benchmark's participation count (atlas.extract.score): (country, count) pairs of
    paired drafts against their expected event, every pair of an unpaired draft or event missed
    or extra."""
    tally = Tally()
    matched = match(drafts, truth)
    for i, d in enumerate(drafts):
        got = {(p.country_iso3, p.participants) for p in d.participation}
        want = truth.participation[matched[i]] if i in matched else set()
        tally.tp += len(got & want)
        tally.fp += len(got - want)
        tally.fn += len(want - got)
    for j in set(range(len(truth.events))) - set(matched.values()):
        tally.fn += len(truth.participation[j])
    return tally


def fit(sets: list[SetReading]) -> LogisticRegression:
    x = np.vstack([s.x for s in sets])
    y = np.concatenate([s.labels for s in sets])
    return LogisticRegression(C=C, max_iter=2000).fit(x, y)


def checked(s: SetReading, model: LogisticRegression, add_above: float, drop_below: float) -> Tally:
    drafts = copy.deepcopy(s.drafts)
    p = home_check.probabilities(s.candidates, model.coef_[0], float(model.intercept_[0]))
    home_check.apply(drafts, s.candidates, p, add_above, drop_below)
    return home_tally(drafts, s.truth)


def thresholds(sets: list[SetReading]) -> tuple[float, float]:
    """The (add above, drop below) pair with the best pooled F1 over a leave-one-set-out inside
    `sets` (the held-out set of the outer loop is never among them)."""
    models = {s.name: fit([o for o in sets if o is not s]) for s in sets}
    best: tuple[float, float, float] | None = None
    for add_above in ADD_ABOVE:
        for drop_below in DROP_BELOW:
            pooled = Tally()
            for s in sets:
                pooled.add(checked(s, models[s.name], add_above, drop_below))
            f1 = pooled.f1 or 0.0
            if best is None or f1 > best[0] + 1e-9:
                best = (f1, add_above, drop_below)
    assert best is not None
    return best[1], best[2]


def _fmt(t: Tally) -> str:
    def f(v: float | None) -> str:
        return "-" if v is None else f"{v:.2f}"

    return f"{t.tp} / {t.fp} / {t.fn} | {f(t.precision)} | {f(t.recall)} | {f(t.f1)}"


def read_all() -> list[SetReading]:
    return [read_set(s.name, s.truth, False, s.drafts, s.texts) for s in set_readings.today()]


def read_first_runs() -> list[SetReading]:
    """Each blind set as the extractor of its first run read it (tools/set_readings.py)."""
    return [read_set(s.name, s.truth, False, s.drafts, s.texts) for s in set_readings.first_runs()]


def leave_one_set_out(sets: list[SetReading]) -> str:
    lines = [
        "| held-out set | candidates (homes) | rules alone: TP / FP / FN | P | R | F1 "
        "| rules + check: TP / FP / FN | P | R | F1 | thresholds (add, drop) |",
        "|---|---|---|---:|---:|---:|---|---:|---:|---:|---|",
    ]
    pooled_rules, pooled_check = Tally(), Tally()
    for s in sets:
        others = [o for o in sets if o is not s]
        add_above, drop_below = thresholds(others)
        rules = home_tally(s.drafts, s.truth)
        with_check = checked(s, fit(others), add_above, drop_below)
        pooled_rules.add(rules)
        pooled_check.add(with_check)
        lines.append(
            f"| {s.name} | {len(s.candidates)} ({int(s.labels.sum())}) | {_fmt(rules)} "
            f"| {_fmt(with_check)} | {add_above:g}, {drop_below:g} |"
        )
        print(lines[-1], flush=True)
    lines.append(
        f"| **pooled** | {sum(len(s.candidates) for s in sets)} "
        f"({sum(int(s.labels.sum()) for s in sets)}) | {_fmt(pooled_rules)} | {_fmt(pooled_check)} | |"
    )
    return "\n".join(lines)


def write_weights(sets: list[SetReading], readings: str) -> None:
    add_above, drop_below = thresholds(sets)
    model = fit(sets)
    data = {
        "about": "Home-country check (atlas/extract/home_check.py): logistic regression "
        f"written by python -m tools.train_home_check --write from {readings}.",
        "features": list(home_check.FEATURES),
        "coefficients": [round(float(w), 6) for w in model.coef_[0]],
        "intercept": round(float(model.intercept_[0]), 6),
        "add_above": add_above,
        "drop_below": drop_below,
    }
    home_check.WEIGHTS.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(
        f"written to {home_check.WEIGHTS.relative_to(ROOT)} (add above {add_above}, drop below {drop_below})"
    )


def try_folder(folder: Path) -> str:
    """The folder's score by the rules alone and with the check (committed weights)."""
    if not home_check.WEIGHTS.exists():
        raise SystemExit(f"no weights at {home_check.WEIGHTS}; write them with --write first")
    if folder.name in FOLDERS or folder.name in dict(FIRST_RUNS):
        print(
            f"note: {folder.name} is among the sets --write trains on; this is a fair measure only "
            "with weights written before it joined them"
        )
    truth = load_expected(folder)
    texts, readings = read_reports(truth, one_run=False)
    drafts = [d for r in readings for d in r.drafts]
    loose = [o for r in readings for o in r.loose_outcomes]
    alone = score(drafts, truth, loose)
    checked_drafts = copy.deepcopy(drafts)
    for text, source in texts:
        mine = [d for d in checked_drafts if d.source_name == source]
        home_check.check(mine, sentences.split(text))
    with_check = score(checked_drafts, truth, loose)
    return (
        f"{folder.name}: {len(drafts)} drafts, {len(truth.events)} expected events\n\n"
        f"Rules alone:\n\n{table(alone)}\n\nRules + home-country check:\n\n{table(with_check)}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.train_home_check", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--write", action="store_true", help="also train on every set and write the weights"
    )
    parser.add_argument(
        "--first-runs",
        action="store_true",
        help="read each blind set with the extractor of its first run instead of today's",
    )
    parser.add_argument(
        "--try",
        dest="try_folder",
        type=Path,
        metavar="FOLDER",
        help="score a folder the model was not trained on, with and without the check",
    )
    args = parser.parse_args(argv)
    if args.try_folder:
        print(try_folder(args.try_folder))
        return 0
    sets = read_first_runs() if args.first_runs else read_all()
    print(leave_one_set_out(sets))
    if args.write:
        write_weights(
            sets,
            "the blind sets as each one's first-run extractor read them"
            if args.first_runs
            else "every annotated set as today's extractor reads it",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
