"""Train the organisation check (atlas/extract/org_check.py) and measure it honestly.

    python -m tools.train_org_check                # leave-one-set-out on today's extractor
    python -m tools.train_org_check --first-runs   # ... on each blind set's first run
    python -m tools.train_org_check --first-runs --ceiling   # what a check could buy at most
    python -m tools.train_org_check --first-runs --write     # ... and the weights, from every set

The sets are read as tools/set_readings.py reads them. Each organisation name a report's drafts
were given, or the extractor's finders see in it, is a candidate for each of the report's
drafts; its labels are whether the expected event the draft is paired with (the pairing of
atlas.extract.score) lists the name (folded as the scorer folds it) and with which role. A
draft no expected event matches has no organisation.

Leave-one-set-out: for each set, the two regressions (keep or not; which role, multinomial,
trained on the kept names) are fitted on all other sets, the three thresholds (add above, drop
below, change the rules' role above) are chosen by a leave-one-set-out inside those other sets,
and the check is applied to the held-out set, which is scored by atlas.extract.score with and
without it. The pooled line sums every set's counts. With --write the models are fitted on
every set and the thresholds chosen the same way, and the weights go to
atlas/extract/org_check_weights.json. scikit-learn is needed here only (requirements-dev.txt).
"""

from __future__ import annotations

import argparse
import copy
import itertools
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from atlas.extract import org_check, sentences
from atlas.extract.drafts import Draft
from atlas.extract.score import Score, Tally, match, score
from atlas.extract.truth import ROOT, Truth
from atlas.folding import fold_for_scoring
from tools import set_readings

ADD_ABOVE = (0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
DROP_BELOW = (-0.01, 0.1, 0.2, 0.3, 0.4)
SWITCH_ABOVE = (0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
C = 1.0  # scikit-learn's default regularisation, on features between 0 and about 4
ROLES = org_check.ROLES


@dataclass
class OrgSet:
    """One annotated set as the extractor read it, with its candidates and their labels."""

    name: str
    truth: Truth
    drafts: list[Draft]
    texts: list[tuple[str, str]]
    candidates: list[org_check.Candidate]  # draft indexes into `drafts`
    x: np.ndarray
    want: np.ndarray  # (candidates, roles): the paired event has the name with this role
    rules: np.ndarray  # (candidates, roles): the rules gave the name this role
    rules_other: np.ndarray  # roles the rules gave outside ROLES (always wrong)
    expected_pairs: int  # every (name, role) pair of the set's expected events

    @property
    def kept(self) -> np.ndarray:
        return self.want.any(axis=1)


def _key(truth: Truth, name: str) -> str:
    folded = fold_for_scoring(name)
    return truth.org_ids.get(folded, folded)


def read_set(s: set_readings.SetDrafts) -> OrgSet:
    found: list[org_check.Candidate] = []
    for text, source in s.texts:
        mine = [i for i, d in enumerate(s.drafts) if d.source_name == source]
        for c in org_check.candidates([s.drafts[i] for i in mine], sentences.split(text), text):
            c.draft = mine[c.draft]
            found.append(c)
    matched = match(s.drafts, s.truth)
    want = np.zeros((len(found), len(ROLES)), dtype=int)
    rules = np.zeros((len(found), len(ROLES)), dtype=int)
    other = np.zeros(len(found), dtype=int)
    for n, c in enumerate(found):
        pairs = s.truth.organisations[matched[c.draft]] if c.draft in matched else set()
        key = _key(s.truth, c.name)
        for r, role in enumerate(ROLES):
            want[n, r] = (key, role) in pairs
            rules[n, r] = role in c.rules_roles
        other[n] = sum(role not in ROLES for role in c.rules_roles)
    x = np.array([c.features for c in found], dtype=float).reshape(-1, len(org_check.FEATURES))
    total = sum(len(p) for p in s.truth.organisations)
    return OrgSet(s.name, s.truth, s.drafts, s.texts, found, x, want, rules, other, total)


def fit(sets: list[OrgSet], thresholds: tuple[float, float, float] = (1.01, -0.01, 1.01)):
    x = np.vstack([s.x for s in sets])
    want = np.vstack([s.want for s in sets])
    kept = want.any(axis=1)
    keep = LogisticRegression(C=C, max_iter=2000).fit(x, kept.astype(int))
    role_label = np.argmax(want[kept], axis=1)  # a name with two roles: the commoner one
    roles = LogisticRegression(C=C, max_iter=2000).fit(x[kept], role_label)
    present = tuple(ROLES[i] for i in roles.classes_)
    coefficients, intercepts = roles.coef_, roles.intercept_
    if len(present) == 2:  # scikit-learn gives one row for two classes
        coefficients = np.vstack([-coefficients[0] / 2, coefficients[0] / 2])
        intercepts = np.array([-intercepts[0] / 2, intercepts[0] / 2])
    return org_check.Model(
        keep.coef_[0],
        float(keep.intercept_[0]),
        np.asarray(coefficients),
        np.asarray(intercepts),
        present,
        *thresholds,
    )


def fast_tally(
    s: OrgSet, keep: np.ndarray, roles: np.ndarray, model: org_check.Model, t: tuple
) -> Tally:
    """The set's organisations count with the check at thresholds `t` (add, drop, switch),
    counted candidate by candidate (each is one name of one draft, so their pairs never
    overlap): what `org_check.apply` and the scorer give, without copying the drafts."""
    add_above, drop_below, switch_above = t
    n = len(s.candidates)
    if not n:
        return Tally(0, 0, s.expected_pairs)
    top_local = np.argmax(roles, axis=1)
    top = np.array([ROLES.index(model.roles[i]) for i in top_local])
    sure = roles[np.arange(n), top_local]
    has = s.rules.any(axis=1) | (s.rules_other > 0)
    one = (s.rules.sum(axis=1) + s.rules_other) == 1
    rules_role = np.argmax(s.rules, axis=1)
    drop = has & (keep < drop_below)
    switch = has & ~drop & one & s.rules.any(axis=1) & (top != rules_role) & (sure >= switch_above)
    add = ~has & (keep >= add_above)
    rules_tp = (s.rules & s.want).sum(axis=1)
    rules_fp = s.rules.sum(axis=1) - rules_tp + s.rules_other
    top_right = s.want[np.arange(n), top]
    new = switch | add
    tp = np.where(drop, 0, np.where(new, top_right, np.where(has, rules_tp, 0)))
    fp = np.where(drop, 0, np.where(new, 1 - top_right, np.where(has, rules_fp, 0)))
    tp_sum = int(tp.sum())
    return Tally(tp_sum, int(fp.sum()), s.expected_pairs - tp_sum)


def choose_thresholds(sets: list[OrgSet], folds: int | None = None) -> tuple[float, float, float]:
    """The (add, drop, switch) thresholds with the best pooled F1 over a leave-one-set-out
    inside `sets` (the outer held-out set is never among them), or with `folds`, over that
    many groups of whole sets (every folds-th set in one), which is quicker."""
    groups = [[s] for s in sets] if folds is None else [sets[i::folds] for i in range(folds)]
    probs = []
    for group in groups:
        model = fit([o for o in sets if all(o is not g for g in group)])
        for s in group:
            probs.append(
                (
                    s,
                    model,
                    org_check.keep_probabilities(s.candidates, model),
                    org_check.role_probabilities(s.candidates, model),
                )
            )
    best: tuple[float, tuple[float, float, float]] | None = None
    for t in itertools.product(ADD_ABOVE, DROP_BELOW, SWITCH_ABOVE):
        pooled = Tally()
        for s, model, keep, roles in probs:
            pooled.add(fast_tally(s, keep, roles, model, t))
        f1 = pooled.f1 or 0.0
        if best is None or f1 > best[0] + 1e-9:
            best = (f1, t)
    assert best is not None
    return best[1]


def changes(s: OrgSet, model: org_check.Model) -> Counter[str]:
    """What the check did to the rules' names, each change counted right or wrong by the
    expected event: added, dropped, role changed."""
    keep = org_check.keep_probabilities(s.candidates, model)
    roles = org_check.role_probabilities(s.candidates, model)
    count: Counter[str] = Counter()
    for n, (c, k, r) in enumerate(zip(s.candidates, keep, roles, strict=True)):
        final = org_check.decide(c, float(k), r, model)
        if final == c.rules_roles:
            continue
        right = {ROLES[i] for i in np.flatnonzero(s.want[n])}
        if not c.rules_roles:
            count["added right" if final[0] in right else "added wrong"] += 1
        elif not final:
            count[
                "dropped a wrong pair" if not right & set(c.rules_roles) else "dropped a right pair"
            ] += 1
        elif final[0] in right:
            count["role made right"] += 1
        else:
            count["role made wrong" if c.rules_roles[0] in right else "role still wrong"] += 1
    return count


def checked(s: OrgSet, model: org_check.Model) -> list[Draft]:
    drafts = copy.deepcopy(s.drafts)
    org_check.apply(drafts, s.candidates, model)
    return drafts


def _f(v: float | None) -> str:
    return "-" if v is None else f"{v:.2f}"


def _fmt(t: Tally) -> str:
    return f"{t.tp} / {t.fp} / {t.fn} | {_f(t.precision)} | {_f(t.recall)} | {_f(t.f1)}"


def leave_one_set_out(sets: list[OrgSet], folds: int | None = None) -> str:
    lines = [
        "| held-out set | candidates (kept) | rules alone: TP / FP / FN | P | R | F1 "
        "| rules + check: TP / FP / FN | P | R | F1 | field F1 before -> after "
        "| thresholds (add, drop, switch) |",
        "|---|---|---|---:|---:|---:|---|---:|---:|---:|---|---|",
    ]
    pooled = [Tally(), Tally(), Tally(), Tally()]
    changed: Counter[str] = Counter()
    for s in sets:
        others = [o for o in sets if o is not s]
        t = choose_thresholds(others, folds)
        model = fit(others, t)
        before: Score = score(s.drafts, s.truth)
        after: Score = score(checked(s, model), s.truth)
        row = (
            before.fields["organisations"],
            after.fields["organisations"],
            before.overall,
            after.overall,
        )
        for p, r in zip(pooled, row, strict=True):
            p.add(r)
        changed += changes(s, model)
        lines.append(
            f"| {s.name} | {len(s.candidates)} ({int(s.kept.sum())}) | {_fmt(row[0])} "
            f"| {_fmt(row[1])} | {_f(row[2].f1)} -> {_f(row[3].f1)} | {t[0]:g}, {t[1]:g}, {t[2]:g} |"
        )
        print(lines[-1], flush=True)
    lines.append(
        f"| **pooled** | {sum(len(s.candidates) for s in sets)} "
        f"({sum(int(s.kept.sum()) for s in sets)}) | {_fmt(pooled[0])} | {_fmt(pooled[1])} "
        f"| {_f(pooled[2].f1)} -> {_f(pooled[3].f1)} | |"
    )
    lines.append("")
    lines.append(
        "What the check did, pooled: " + ", ".join(f"{k} {v}" for k, v in sorted(changed.items()))
    )
    return "\n".join(lines)


def ceiling(sets: list[OrgSet]) -> str:
    """What a check over the candidates could buy at most: of the rules' missed pairs, those
    of events no draft matches, those whose name is a candidate of the paired draft and those
    no finder sees; of the wrong pairs, those on drafts no event matches, the right name with
    another role, and a name the expected event lacks."""
    lines = [
        "| set | expected pairs | right | missed: event unmatched / name a candidate / no candidate "
        "| wrong: draft unmatched / right name, other role / name not expected "
        "| F1 rules | F1 perfect check |",
        "|---|---:|---:|---|---|---:|---:|",
    ]
    total = np.zeros(8, dtype=int)
    for s in sets:
        matched = match(s.drafts, s.truth)
        keys: dict[int, set[str]] = {}
        for c in s.candidates:
            keys.setdefault(c.draft, set()).add(_key(s.truth, c.name))
        row = np.zeros(8, dtype=int)  # expected, right, 3 missed, 3 wrong
        row[0] = s.expected_pairs
        for i, d in enumerate(s.drafts):
            got = {(_key(s.truth, o.name), o.role) for o in d.organisations}
            if i not in matched:
                row[5] += len(got)
                continue
            want = s.truth.organisations[matched[i]]
            row[1] += len(got & want)
            for key, _role in want - got:
                row[3 if key in keys.get(i, set()) else 4] += 1
            want_keys = {k for k, _ in want}
            for key, _role in got - want:
                row[6 if key in want_keys else 7] += 1
        for j in set(range(len(s.truth.events))) - set(matched.values()):
            row[2] += len(s.truth.organisations[j])
        total += row
        lines.append(_ceiling_row(s.name, row))
    lines.append(_ceiling_row("**pooled**", total))
    return "\n".join(lines)


def _ceiling_row(name: str, row: np.ndarray) -> str:
    expected, right, m_event, m_found, m_none, w_draft, w_role, w_name = (int(v) for v in row)
    rules = Tally(right, w_draft + w_role + w_name, m_event + m_found + m_none)
    perfect = Tally(right + m_found, 0, m_event + m_none)
    return (
        f"| {name} | {expected} | {right} | {m_event} / {m_found} / {m_none} "
        f"| {w_draft} / {w_role} / {w_name} | {_f(rules.f1)} | {_f(perfect.f1)} |"
    )


def write_weights(sets: list[OrgSet], readings: str, folds: int | None = None) -> None:
    t = choose_thresholds(sets, folds)
    model = fit(sets, t)
    data = {
        "about": "Organisation check (atlas/extract/org_check.py): two logistic regressions "
        f"written by python -m tools.train_org_check --write from {readings}.",
        "features": list(org_check.FEATURES),
        "keep": {
            "coefficients": [round(float(w), 6) for w in model.keep_coefficients],
            "intercept": round(model.keep_intercept, 6),
        },
        "role": {
            "roles": list(model.roles),
            "coefficients": [[round(float(w), 6) for w in row] for row in model.role_coefficients],
            "intercepts": [round(float(w), 6) for w in model.role_intercepts],
        },
        "add_above": t[0],
        "drop_below": t[1],
        "switch_above": t[2],
    }
    org_check.WEIGHTS.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"written to {org_check.WEIGHTS.relative_to(ROOT)} (add, drop, switch: {t})")


def top_weights(sets: list[OrgSet], n: int = 10) -> str:
    model = fit(sets)
    order = np.argsort(-np.abs(model.keep_coefficients))[:n]
    return (
        ", ".join(f"{org_check.FEATURES[i]} {model.keep_coefficients[i]:+.2f}" for i in order)
        + f" (intercept {model.keep_intercept:+.2f})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.train_org_check", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--first-runs", action="store_true", help="read each blind set's first run")
    parser.add_argument("--ceiling", action="store_true", help="print what a check could buy")
    parser.add_argument("--write", action="store_true", help="train on every set, write weights")
    parser.add_argument(
        "--keep", type=Path, metavar="DIR", help="keep the older extractors and drafts in DIR"
    )
    parser.add_argument(
        "--inner-folds",
        type=int,
        metavar="K",
        help="choose thresholds over K groups of the training sets, not leave-one-set-out",
    )
    args = parser.parse_args(argv)
    start = time.monotonic()
    read = set_readings.first_runs(args.keep) if args.first_runs else set_readings.today()
    sets = [read_set(s) for s in read]
    print(f"read and described in {time.monotonic() - start:.0f} s", flush=True)
    if args.ceiling:
        print(ceiling(sets))
        return 0
    print(leave_one_set_out(sets, args.inner_folds))
    print("largest keep weights, trained on every set:", top_weights(sets))
    if args.write:
        write_weights(
            sets,
            "the blind sets as each one's first-run extractor read them"
            if args.first_runs
            else "every annotated set as today's extractor reads it",
            args.inner_folds,
        )
    print(f"done in {time.monotonic() - start:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
