"""Before and after a change, in one run: (b)'s page scripts (bench/page_scripts.py: the whole app
script under AppTest, cold with the page's caches cleared and cached) for the app as committed at
REV and for this working tree, with the empty page, on the same databases.

    python -m bench.before_after_scripts --before REV [--sizes 10000] [--pages overview,countries]
                                         [--runs 4] [--rounds 3]

REV is exported as bench/before_after.py does. Each round runs bench/page_scripts.py once in a
process of each tree's own, the two taking turns (which goes first alternates), so both meet the
same load on a shared machine; the rounds' runs are pooled. The states are (b)'s typical filter
states (bench/workload.typical_states). Prints a Markdown table of medians and ratios.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from bench import workload
from bench.before_after import export, log
from bench.results import fx, median, ms, ratio
from bench.workload import OUT, ROOT

# Run inside a tree (its own atlas/, ui/ and bench/): one page_scripts.measure, as JSON on stdout.
ONE_ROUND = """
import json, logging, sys
from pathlib import Path
for name in ("streamlit", "streamlit.runtime.scriptrunner_utils.script_run_context",
             "streamlit.runtime.caching.cache_data_api"):
    logging.getLogger(name).setLevel(logging.ERROR)
from bench import page_scripts, workload
path, pages, runs = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
workload.ONLY_PAGES.update(p for p in pages.split(",") if p)
states, _ = workload.typical_states(path)
print(json.dumps(page_scripts.measure(path, states, runs)))
"""


def one_round(tree: Path, db: Path, pages: str, runs: int) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", ONE_ROUND, str(db), pages, str(runs)],
        cwd=tree,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.before_after_scripts", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--before", required=True, help="the git revision to compare with")
    parser.add_argument("--sizes", default="10000", help="event counts, comma-separated")
    parser.add_argument("--pages", default="overview,countries,outcomes,funders")
    parser.add_argument("--runs", type=int, default=4, help="cold and cached runs per round")
    parser.add_argument("--rounds", type=int, default=3, help="rounds per tree")
    args = parser.parse_args(argv)
    commit, before = export(args.before)
    trees = {"before": before, "after": ROOT}
    databases = {"seed": workload.seed_db()}
    for n in [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]:
        databases[f"{n:,}"] = workload.synthetic_db(n, 1, False)[0]
    workload.use_database(None)
    started = time.perf_counter()
    pooled: dict = {}
    for label, db in databases.items():
        for r in range(args.rounds):
            order = list(trees) if r % 2 == 0 else list(trees)[::-1]
            for variant in order:
                log(f"{label}: round {r + 1}, {variant}")
                found = one_round(trees[variant], db, args.pages, args.runs)
                for page, m in found.items():
                    slot = (
                        pooled.setdefault(label, {})
                        .setdefault(page, {})
                        .setdefault(variant, {"cold": [], "warm": [], "errors": 0})
                    )
                    slot["cold"] += m["cold"]
                    slot["warm"] += m["warm"]
                    slot["errors"] += m["errors"]
    (OUT / "before-after-scripts.json").write_text(json.dumps(pooled, indent=1))
    print(
        f"Before: {commit[:12]}; after: this working tree. {args.rounds} rounds x {args.runs} runs "
        f"per tree, taking turns; {(time.perf_counter() - started) / 60:.1f} minutes. Times in ms.\n"
    )
    print(
        "| events | page | variant | cold | cached | ÷ empty page (cold) | cold after ÷ before "
        "| errors |\n|---|---|---|---:|---:|---:|---:|---:|"
    )
    for label, pages in pooled.items():
        for page, variants in pages.items():
            if page == "(empty page)":
                continue
            empty = median(pages["(empty page)"]["after"]["cold"])
            for variant in trees:
                m = variants[variant]
                cold = median(m["cold"])
                before_cold = median(variants["before"]["cold"])
                print(
                    f"| {label} | {page} | {variant} | {ms(cold)} | {ms(median(m['warm']))} "
                    f"| {fx(ratio(cold, empty))} "
                    f"| {fx(ratio(cold, before_cold)) if variant == 'after' else ''} "
                    f"| {m['errors']} |"
                )
        empty_b = median(pages["(empty page)"]["before"]["cold"])
        empty_a = median(pages["(empty page)"]["after"]["cold"])
        print(
            f"| {label} | (empty page) | before / after | {ms(empty_b)} / {ms(empty_a)} | | | | |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
