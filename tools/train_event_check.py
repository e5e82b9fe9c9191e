"""Train the event check (atlas/extract/event_check.py) and measure it, leave one set out.

    python -m tools.train_event_check --first-runs --ceiling   # what a perfect check could buy
    python -m tools.train_event_check --first-runs             # each blind set's first run
    python -m tools.train_event_check                          # today's extractor
    python -m tools.train_event_check --first-runs --write     # ... and the weights, all sets

Candidates and labels: every date a report's sentences give that no draft of the report covers
(event_check.candidates) is a candidate; it is labelled an event held when an expected event of
its report that no draft matches (atlas.extract.score's pairing) starts on that date, at the
expected event's precision. The labels come from the expected JSON only.

The model is a logistic regression fitted with numpy (Newton's method, an L2 penalty on the
weights, none on the intercept). Leave one set out: for each set the model is fitted on all the
others, and the threshold above which a candidate becomes a draft and how many a report may gain
are chosen by five groups of those other sets (the best pooled overall field F1); the held-out
set is then scored (atlas.extract.score) with and without the drafts the check adds. `--keep
DIR` keeps the older extractors, their drafts and both readings between runs.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from atlas import dates
from atlas.extract import date_phrases, event_check, places, sentences
from atlas.extract.drafts import Draft
from atlas.extract.score import Score, Tally, match, score
from atlas.extract.truth import ROOT
from tools import set_readings

ADD_ABOVE = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
PER_REPORT = (1, 2, 3)
PENALTY = 1.0  # L2 on the weights; the features are all between 0 and ~3
GROUPS = 5


@dataclass
class CheckSet:
    """One annotated set as an extractor read it, with the check's candidates and labels."""

    name: str
    reading: set_readings.SetDrafts
    candidates: list[event_check.Candidate]
    sources: list[str]  # the report each candidate is from (a file name)
    labels: np.ndarray
    x: np.ndarray
    built: list[Draft | None]  # the draft each candidate would add
    dated: int  # expected events no draft matches whose date a sentence of their report gives
    reachable: int  # ... whose date is a candidate's (no draft covers it)
    unmatched: int  # expected events no draft matches


def _label_dates(reading: set_readings.SetDrafts) -> tuple[dict[str, set[str]], int]:
    """The start dates (each as 'report|iso at its precision') of the expected events no draft
    matches, by report ('' for the seed, read as one run), and how many such events there are."""
    truth = reading.truth
    matched = set(match(reading.drafts, truth).values())
    one_report = len(truth.labels) <= 1
    wanted: dict[str, set[str]] = {}
    unmatched = 0
    for j, e in enumerate(truth.events):
        if j in matched or not e.get("start_date"):
            unmatched += j not in matched
            continue
        unmatched += 1
        key = "" if one_report else (e.get("report") or "")
        wanted.setdefault(key, set()).add(f"{e['date_precision'] or 'day'}|{e['start_date']}")
    return wanted, unmatched


def _is_wanted(day, wanted: set[str]) -> bool:
    for w in wanted:
        precision, iso = w.split("|", 1)
        if dates.iso_at_precision(day, precision) == iso:
            return True
    return False


def check_set(reading: set_readings.SetDrafts) -> CheckSet:
    wanted, unmatched = _label_dates(reading)
    one_report = len(reading.truth.labels) <= 1
    found, sources, labels, built = [], [], [], []
    reached: set[str] = set()
    dated: set[str] = set()
    for text, source in reading.texts:
        mine = [d for d in reading.drafts if d.source_name == source]
        want = wanted.get("" if one_report else Path(source).stem, set())
        with places.reading_report(text):
            split = sentences.split(text)
            year = date_phrases.last_year(text)
            for sentence in split:
                for phrase in date_phrases.find(sentence.text, year):
                    dated.update(f"{source}|{w}" for w in want if _is_wanted(phrase.first, {w}))
            for c in event_check.candidates(mine, split):
                found.append(c)
                sources.append(source)
                hit = _is_wanted(c.phrase.first, want)
                labels.append(hit)
                built.append(event_check.draft_of(c, source))
                if hit:
                    reached.update(f"{source}|{w}" for w in want if _is_wanted(c.phrase.first, {w}))
    x = np.array([c.features for c in found], dtype=float).reshape(-1, len(event_check.FEATURES))
    return CheckSet(
        reading.name,
        reading,
        found,
        sources,
        np.array(labels, dtype=float),
        x,
        built,
        len(dated),
        len(reached),
        unmatched,
    )


def fit(sets: list[CheckSet]) -> tuple[np.ndarray, float]:
    """Logistic regression by Newton's method, L2 on the weights (not the intercept)."""
    x = np.vstack([s.x for s in sets])
    y = np.concatenate([s.labels for s in sets])
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    reg = np.full(xb.shape[1], PENALTY)
    reg[-1] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(xb @ w)))
        grad = xb.T @ (p - y) + reg * w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(reg) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[:-1], float(w[-1])


_SCORES: dict[tuple[str, tuple[int, ...]], Score] = {}


def scored(s: CheckSet, added: tuple[int, ...]) -> Score:
    """The set's score with the drafts of candidates `added` (indexes) put after the rules'."""
    key = (s.name, added)
    if key not in _SCORES:
        drafts = s.reading.drafts + [s.built[i] for i in added]
        _SCORES[key] = score(drafts, s.reading.truth, getattr(s.reading, "loose", []))
    return _SCORES[key]


def added_by(s: CheckSet, model: tuple[np.ndarray, float], add_above: float, per: int) -> tuple:
    """The candidates (indexes) the check adds to the set, report by report."""
    if not s.candidates:
        return ()
    p = event_check.probabilities(s.candidates, *model)
    out: list[int] = []
    index = {id(c): i for i, c in enumerate(s.candidates)}
    for source in dict.fromkeys(s.sources):
        mine = [i for i, src in enumerate(s.sources) if src == source]
        picked = event_check.chosen([s.candidates[i] for i in mine], p[mine], add_above, per)
        out.extend(index[id(c)] for c in picked if s.built[index[id(c)]] is not None)
    return tuple(sorted(out))


def thresholds(sets: list[CheckSet]) -> tuple[float, int]:
    """The (add above, per report) pair with the best pooled overall field F1 over five groups
    of `sets`, each group scored by a model fitted on the other four."""
    groups = [sets[k::GROUPS] for k in range(GROUPS)]
    models = [fit([o for o in sets if all(o is not x for x in g)]) for g in groups]
    best: tuple[float, float, int] | None = None
    for add_above in ADD_ABOVE:
        for per in PER_REPORT:
            pooled = Tally()
            for g, model in zip(groups, models, strict=True):
                for s in g:
                    pooled.add(scored(s, added_by(s, model, add_above, per)).overall)
            f1 = pooled.f1 or 0.0
            if best is None or f1 > best[0] + 1e-9:
                best = (f1, add_above, per)
            if add_above > 1:
                break  # adding nothing: one count is enough
    assert best is not None
    return best[1], best[2]


def _f(v: float | None) -> str:
    return "-" if v is None else f"{v:.3f}"


def leave_one_set_out(sets: list[CheckSet]) -> str:
    lines = [
        "| held-out set | candidates (held) | expected events | found: rules / + check "
        "| drafts added (right) | overall F1: rules / + check | thresholds (add, per report) |",
        "|---|---|---:|---|---|---|---|",
    ]
    pooled_rules, pooled_check = Score(), Score()
    total_added = 0
    changes: list[tuple[float, str]] = []
    for s in sets:
        others = [o for o in sets if o is not s]
        add_above, per = thresholds(others)
        model = fit(others)
        added = added_by(s, model, add_above, per)
        total_added += len(added)
        rules, with_check = scored(s, ()), scored(s, added)
        pooled_rules.add(rules)
        pooled_check.add(with_check)
        changes.append(((with_check.overall.f1 or 0.0) - (rules.overall.f1 or 0.0), s.name))
        n_events = len(s.reading.truth.events)
        right = with_check.fields["events"].tp - rules.fields["events"].tp
        lines.append(
            f"| {s.name} | {len(s.candidates)} ({int(s.labels.sum())}) | {n_events} "
            f"| {rules.fields['events'].tp} / {with_check.fields['events'].tp} "
            f"| {len(added)} ({right}) | {_f(rules.overall.f1)} / {_f(with_check.overall.f1)} "
            f"| {add_above:g}, {per} |"
        )
        print(lines[-1], flush=True)
    n = sum(len(s.reading.truth.events) for s in sets)
    found_rules = pooled_rules.fields["events"].tp
    found_check = pooled_check.fields["events"].tp
    lines.append(
        f"| **pooled** | {sum(len(s.candidates) for s in sets)} "
        f"({sum(int(s.labels.sum()) for s in sets)}) | {n} "
        f"| {found_rules} ({found_rules / n:.1%}) / {found_check} ({found_check / n:.1%}) "
        f"| {total_added} ({found_check - found_rules}) "
        f"| {_f(pooled_rules.overall.f1)} / {_f(pooled_check.overall.f1)} | |"
    )
    changes.sort()
    lines.append(
        f"\nevents found {found_check / n - found_rules / n:+.2%} (points); overall F1 pooled "
        f"{(pooled_check.overall.f1 or 0) - (pooled_rules.overall.f1 or 0):+.4f}; the sets that "
        "fall most: " + ", ".join(f"{name} {change:+.4f}" for change, name in changes[:4])
    )
    return "\n".join(lines)


def ceiling(sets: list[CheckSet]) -> str:
    lines = [
        "| set | expected events | found by the rules | missed | missed, dated by some sentence "
        "| ... on a date no draft covers | candidates (held) |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    totals = [0] * 7
    for s in sets:
        n = len(s.reading.truth.events)
        found = scored(s, ()).fields["events"].tp
        row = [n, found, s.unmatched, s.dated, s.reachable, len(s.candidates), int(s.labels.sum())]
        totals = [a + b for a, b in zip(totals, row, strict=True)]
        lines.append(f"| {s.name} | " + " | ".join(map(str, row[:5])) + f" | {row[5]} ({row[6]}) |")
    lines.append(
        "| **pooled** | " + " | ".join(map(str, totals[:5])) + f" | {totals[5]} ({totals[6]}) |"
    )
    return "\n".join(lines)


def write_weights(sets: list[CheckSet], readings: str) -> None:
    add_above, per = thresholds(sets)
    coefficients, intercept = fit(sets)
    data = {
        "about": "Event check (atlas/extract/event_check.py): logistic regression written by "
        f"python -m tools.train_event_check --write from {readings}.",
        "features": list(event_check.FEATURES),
        "coefficients": [round(float(w), 6) for w in coefficients],
        "intercept": round(intercept, 6),
        "add_above": add_above,
        "per_report": per,
    }
    event_check.WEIGHTS.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    order = np.argsort(-np.abs(coefficients))[:10]
    print(
        f"written to {event_check.WEIGHTS.relative_to(ROOT)} (add above {add_above}, at most "
        f"{per} a report); largest weights: "
        + ", ".join(f"{event_check.FEATURES[i]} {coefficients[i]:+.2f}" for i in order)
        + f" (intercept {intercept:+.2f})"
    )


def readings(first: bool, keep: Path | None) -> list[set_readings.SetDrafts]:
    """The sets as read (kept in KEEP as a pickle when given: reading today's sets takes
    minutes)."""
    kept = keep / f"readings-{'first' if first else 'today'}.pickle" if keep else None
    if kept and kept.exists():
        return pickle.loads(kept.read_bytes())
    sets = set_readings.first_runs(keep) if first else set_readings.today()
    if kept:
        kept.write_bytes(pickle.dumps(sets))
    return sets


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.train_event_check", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--first-runs", action="store_true", help="each blind set's first run")
    parser.add_argument("--ceiling", action="store_true", help="only what a perfect check buys")
    parser.add_argument("--write", action="store_true", help="also write the weights")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="keep readings in DIR")
    args = parser.parse_args(argv)
    start = time.time()
    sets = [check_set(r) for r in readings(args.first_runs, args.keep)]
    print(f"read {len(sets)} sets in {time.time() - start:.0f} s", flush=True)
    if args.ceiling:
        print(ceiling(sets))
        return 0
    print(leave_one_set_out(sets))
    if args.write:
        write_weights(
            sets,
            "the blind sets as each one's first-run extractor read them"
            if args.first_runs
            else "every annotated set as today's extractor reads it",
        )
    print(f"{time.time() - start:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
