"""Before and after a change, in one run: (d)'s filter change -> every chart drawn (bench/browser.py,
bench/filter_to_charts.py) for the app as committed at REV and for this working tree, side by
side on the same machine, with the seed database and the floor page (bench/floor_app.py) in the
same run, so the ratios compare numbers taken minutes apart under the same load.

    python -m bench.before_after --before HEAD [--sizes 10000,1000000] [--pages countries] [--quick]

REV is exported with `git archive` into bench/out/before-<commit>/ (no worktree, no change to the
repository) and served from there by its own `streamlit run`, the working tree by another, both
reading the same database file (bench/out/, built by atlas.synth when missing) read-only. The
page as each serves it and the floor page with as many charts are open at once and take turns,
one filter change each, so all three meet the same load: on a machine shared with other work,
numbers taken minutes apart are not comparable, numbers taken in turn are. Prints a Markdown
table and writes bench/out/before-after.json and each page's screenshot to
bench/out/screens/before-after/.
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import tarfile
import time
from pathlib import Path

from bench import workload
from bench.machine import load_average
from bench.results import fx, median, ms, p95, ratio
from bench.workload import OUT, ROOT
from tests.server import Server


def log(*args) -> None:
    print(f"[{time.strftime('%H:%M:%S')}]", *args, file=sys.stderr, flush=True)


def export(rev: str) -> tuple[str, Path]:
    """The tree of `rev` in bench/out/before-<commit>/ (reused when already there)."""
    commit = subprocess.run(
        ["git", "rev-parse", "--verify", f"{rev}^{{commit}}"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    folder = OUT / f"before-{commit[:12]}"
    if not (folder / "app.py").exists():
        archive = subprocess.run(
            ["git", "archive", "--format=tar", commit], cwd=ROOT, check=True, capture_output=True
        ).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(folder, filter="data")
    return commit, folder


def interleaved(chromium, urls: dict[str, str], changes: int, budget_s: float) -> dict:
    """The same filter changes (bench/browser.py's sequence) on several pages open at once, one
    change of each in turn, the page going first rotating: every page meets the same load."""
    from bench import browser

    pages, results = {}, {}
    for name, url in urls.items():
        try:
            pages[name] = browser.open_page(chromium, url)
        except Exception as err:  # noqa: BLE001 - a page that never loads is a result too
            results[name] = {"latencies": [], "script": [], "charts": 0, "errors": 1}
            results[name]["failed"] = f"did not load: {type(err).__name__}"
    for name, page in pages.items():
        charts = page.locator('[data-testid="stPlotlyChart"]').count()
        results[name] = {"latencies": [], "script": [], "charts": charts, "errors": 0}
    deadline = time.monotonic() + budget_s
    try:
        for step in range(changes):
            if time.monotonic() > deadline:
                break
            names = list(pages)
            for name in names[step % len(names) :] + names[: step % len(names)]:
                try:
                    results[name]["latencies"].append(
                        browser.change(pages[name], step, browser.TYPES)
                    )
                    results[name]["script"].append(pages[name].evaluate(browser.PARTS)[1] / 1000)
                except Exception:  # noqa: BLE001 - a failed change is counted, the run goes on
                    results[name]["errors"] += 1
                    pages[name].wait_for_timeout(1000)
        for name, page in pages.items():
            results[name]["errors"] += browser.errors_on(page)
    finally:
        for page in pages.values():
            page.context.close()
    return results


def measure(
    trees: dict[str, Path], databases: dict[str, Path], pages: list, changes: int, budget_s: float
) -> dict:
    """{database: {page title: {variant or "floor": latencies...}}}: on each database, each page
    as the two trees serve it and the floor page with as many charts, measured together
    (interleaved). The servers open the file read-only, so both can hold it at once."""
    from playwright.sync_api import sync_playwright

    from bench import browser

    logs = OUT / "logs"
    shots = OUT / "screens" / "before-after"
    results: dict = {}
    with sync_playwright() as pw:
        chromium = browser.launch(pw)
        floor = Server(
            databases["seed"],
            log_dir=logs,
            script=ROOT / "bench" / "floor_app.py",
            env={"ATLAS_READ_ONLY": "1"},
        )
        try:
            for label, db in databases.items():
                servers = {
                    variant: Server(
                        db,
                        log_dir=logs,
                        root=root,
                        script=root / "app.py",
                        env={"ATLAS_READ_ONLY": "1"},
                    )
                    for variant, root in trees.items()
                }
                try:
                    for title, _, url_path in pages:
                        log(f"{label}: {title}")
                        urls = {v: f"{s.url}/{url_path}" for v, s in servers.items()}
                        # The floor with as many charts as the page has in the working tree.
                        probe = browser.open_page(chromium, urls["after"])
                        charts = probe.locator('[data-testid="stPlotlyChart"]').count()
                        probe.context.close()
                        urls["floor"] = f"{floor.url}/?charts={charts}"
                        measured = interleaved(chromium, urls, changes, budget_s)
                        results.setdefault(label, {})[title] = measured
                        for variant in servers:
                            page = browser.open_page(chromium, urls[variant])
                            shots.mkdir(parents=True, exist_ok=True)
                            page.screenshot(
                                path=str(shots / f"{variant}-{label}-{title}.png"), full_page=True
                            )
                            page.context.close()
                finally:
                    for server in servers.values():
                        server.stop()
        finally:
            floor.stop()
            chromium.close()
    return results


def table(results: dict, databases: list[str], pages: list) -> str:
    """One row per database, page and variant: p50, p95, the server's share, ÷ the same variant
    on the seed, ÷ the floor page measured with it, and after ÷ before."""
    lines = [
        "| events | page | variant | charts | p50 | p95 | script p50 | ÷ seed | ÷ floor | after ÷ before | errors |",
        "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for label in databases:
        for title, _, _ in pages:
            measured = results[label][title]
            floor = median(measured["floor"]["latencies"])
            before = median(measured["before"]["latencies"])
            for variant in ("before", "after", "floor"):
                m = measured[variant]
                lat = median(m["latencies"])
                seed = median(results["seed"][title][variant]["latencies"])
                lines.append(
                    f"| {label} | {title} | {variant} | {m['charts']} | {ms(lat)} | {ms(p95(m['latencies']))} "
                    f"| {ms(median(m['script']))} | {fx(ratio(lat, seed)) if variant != 'floor' else ''} "
                    f"| {fx(ratio(lat, floor)) if variant != 'floor' else ''} "
                    f"| {fx(ratio(lat, before)) if variant == 'after' else ''} "
                    f"| {m.get('failed', m['errors'])} |"
                )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.before_after", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument(
        "--before", required=True, help="the git revision to compare with (e.g. HEAD)"
    )
    parser.add_argument("--sizes", default="10000,1000000", help="event counts, comma-separated")
    parser.add_argument("--pages", default="countries", help="page titles, comma-separated")
    parser.add_argument("--changes", type=int, default=20, help="filter changes per page")
    parser.add_argument("--quick", action="store_true", help="6 changes per page")
    parser.add_argument("--page-budget", type=float, default=420, help="seconds at most per page")
    args = parser.parse_args(argv)
    if args.quick:
        args.changes = 6
    wanted = {t.strip().lower() for t in args.pages.split(",") if t.strip()}
    # Titles as workload reads them from app.py: the script's name when the title is translated.
    pages = [p for p in workload.chart_pages() if p[0].lower() in wanted]
    if not pages:
        parser.error(f"no chart page titled {args.pages}: {[p[0] for p in workload.chart_pages()]}")
    OUT.mkdir(parents=True, exist_ok=True)
    commit, before = export(args.before)
    trees = {"before": before, "after": ROOT}
    databases = {"seed": workload.seed_db()}
    for n in [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]:
        databases[f"{n:,}"] = workload.synthetic_db(n, 1, False)[0]
    workload.use_database(None)
    started, load_start = time.perf_counter(), load_average()
    results = measure(trees, databases, pages, args.changes, args.page_budget)
    meta = {
        "before": commit,
        "changes": args.changes,
        "load_start": load_start,
        "load_end": load_average(),
        "minutes": (time.perf_counter() - started) / 60,
    }
    (OUT / "before-after.json").write_text(json.dumps({"meta": meta, "results": results}, indent=1))
    print(
        f"Before: {commit[:12]}; after: this working tree. {args.changes} changes per page, "
        f"{meta['minutes']:.1f} minutes, load average {load_start} at the start, "
        f"{meta['load_end']} at the end. Times in ms.\n"
    )
    print(table(results, list(databases), pages))
    return 0


if __name__ == "__main__":
    sys.exit(main())
