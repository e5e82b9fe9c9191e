"""Issue 17's three cuts in the cold page scripts, measured in one process: the same page script
(this tree's) under AppTest with the page's caches cleared, run with each cut on or off, the
variants taking turns state by state (the bench's event-type states). A cut is off when its old
code is put back for the run:
  sql:    the Outcomes and Funders pages' summary statements as REV has them
          (queries/outcomes/page_groups.sql, queries/funders/page_groups.sql);
  key:    figures keyed on their frames (Streamlit hashes each frame's rows), as before;
  number: numbers written by babel.numbers.format_decimal on every call, as before;
  per_year: the outcomes-per-year chart built by a pandas groupby per type, as before
            (tests/outcomes_per_year_before.py);
  sent:     own_look reading each figure through plotly's to_plotly_json (a deep copy), as
            before;
  frames:   a part holding a list of rows (the Countries page's events) turned into pandas by
            DuckDB's own .df(), as before;
  execute:  a page statement's row read through a relation (cursor.sql(...).to_arrow_table()),
            as before atlas.queries.statement_arrow;
  parsed:   every named statement executed from its text (parsed by DuckDB on each run), as
            before atlas.queries.parsed.
A cold run clears the Data page's own cache of its count, first rows and dictionary as well
(the page's `summary`), or a variant after the first would read them cached for the state.
Variants: "before" (every cut off), "after" (every cut on) and "after without X" for each cut.
Process CPU time (DuckDB's threads included) and wall time per run, medians.

    python -m bench.cold_cuts_alternating DB --before REV [--pages outcomes,countries] [--runs 10]
                                          [--cuts sql,per_year]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import time
from contextlib import ExitStack, contextmanager
from pathlib import Path
from unittest import mock

from bench.browser import TYPE_CODES
from bench.page_scripts import clear_page_summary, quiet_apptest_logs
from bench.workload import APP, ROOT, app_pages, use_database

CUTS = ("sql", "key", "number", "per_year", "sent", "frames", "execute", "parsed")
# The statements the sql cut puts back as REV has them.
STATEMENTS = ("outcomes/page_groups", "funders/page_groups")
EMPTY = "(empty page)"


@contextmanager
def old(cut: str, rev_sql: dict[str, str]):
    from babel.numbers import format_decimal

    from atlas import i18n, queries
    from ui import shell

    if cut == "sql":
        load = queries.load

        def old_load(name: str):
            query = load(name)
            if name not in rev_sql:
                return query
            sql = rev_sql[name]
            return queries.Query(
                name,
                sql,
                frozenset(queries._PARAM.findall(queries._STRING_OR_COMMENT.sub("", sql))),
                query.doc,
            )

        with mock.patch.object(queries, "load", old_load):
            yield
    elif cut == "execute":

        def old_arrow(cursor, sql, bound):
            return cursor.sql(getattr(sql, "query", sql), params=bound).to_arrow_table()

        with mock.patch.object(queries, "statement_arrow", old_arrow):
            yield
    elif cut == "parsed":
        with mock.patch.object(queries, "_parsed", lambda sql: sql):
            yield
    elif cut == "frames":
        with mock.patch.object(queries, "_is_list_of_rows", lambda kind: False):
            yield
    elif cut == "sent":
        from atlas.charts import style

        def old_sent(fig):
            spec = style._plain(fig.to_plotly_json())
            layout = {k: v for k, v in spec.get("layout", {}).items() if k != "template"}
            return {"data": spec.get("data", []), "layout": layout}

        with mock.patch.object(style, "_sent", old_sent):
            yield
    elif cut == "per_year":
        from atlas import charts
        from tests import outcomes_per_year_before

        with mock.patch.object(
            charts, "outcomes_per_year", outcomes_per_year_before.outcomes_per_year
        ):
            yield
    elif cut == "key":
        with mock.patch.object(shell, "_keyed", lambda value: value):
            yield
    else:
        with mock.patch.object(
            i18n,
            "_number_format",
            lambda lang: lambda value: format_decimal(value, locale=i18n._babel_locale(lang)),
        ):
            yield


def measure(
    path: Path, rev_sql: dict[str, str], pages: list[str], runs: int, cuts: tuple[str, ...] = CUTS
) -> dict:
    from streamlit.testing.v1 import AppTest

    from atlas.filters import Filters
    from ui import shell

    use_database(path, read_only=False)
    without = {f"after without {c}": (c,) for c in cuts} if len(cuts) > 1 else {}
    variants = {"before": cuts, "after": (), **without}
    states = [Filters(event_types=TYPE_CODES[: 1 + i % len(TYPE_CODES)]) for i in range(runs)]
    out: dict[str, dict[str, dict[str, list[float]]]] = {}

    def once(script: str, state, off: tuple[str, ...]) -> tuple[float, float]:
        shell._cached.clear()
        shell._cached_parts.clear()
        shell._figure.clear()
        clear_page_summary()
        at = AppTest.from_file(str(APP), default_timeout=120)
        for key, value in state.to_query().items():
            at.query_params[key] = value
        at.switch_page(script)
        with ExitStack() as stack:
            for cut in off:
                stack.enter_context(old(cut, rev_sql))
            wall, cpu = time.perf_counter(), time.process_time()
            at.run()
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        assert not at.exception, at.exception
        return wall, cpu

    def empty_once() -> tuple[float, float]:
        shell._figure.clear()
        at = AppTest.from_file(str(ROOT / "bench" / "empty_page.py"), default_timeout=120)
        wall, cpu = time.perf_counter(), time.process_time()
        at.run()
        return time.perf_counter() - wall, time.process_time() - cpu

    # The empty page takes its turn with the variants, state by state, so that its median is of
    # the same minutes as theirs (on a shared machine the load moves within a run).
    empty = {"wall": [], "cpu": []}
    for title, script, _ in app_pages():
        if title not in pages:
            continue
        once(script, states[0], ())
        once(script, states[0], cuts)
        empty_once()
        slot = out.setdefault(title, {v: {"wall": [], "cpu": []} for v in variants})
        turns = [*variants, EMPTY]
        for i, state in enumerate(states):
            for variant in turns if i % 2 == 0 else turns[::-1]:
                if variant == EMPTY:
                    wall, cpu = empty_once()
                    empty["wall"].append(wall)
                    empty["cpu"].append(cpu)
                    continue
                wall, cpu = once(script, state, variants[variant])
                slot[variant]["wall"].append(wall)
                slot[variant]["cpu"].append(cpu)
    out[EMPTY] = {"both": empty}
    use_database(None)
    return out


def main(argv: list[str] | None = None) -> int:
    quiet_apptest_logs()
    parser = argparse.ArgumentParser(prog="python -m bench.cold_cuts_alternating")
    parser.add_argument("db", type=Path)
    parser.add_argument("--before", required=True)
    parser.add_argument("--pages", default="outcomes,countries")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--cuts", default=",".join(CUTS), help="which of " + ", ".join(CUTS))
    args = parser.parse_args(argv)
    cuts = tuple(c for c in args.cuts.split(",") if c)
    if not set(cuts) <= set(CUTS):
        raise SystemExit(f"--cuts: not among {', '.join(CUTS)}")
    rev_sql = {
        name: subprocess.run(
            ["git", "show", f"{args.before}:queries/{name}.sql"],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        for name in STATEMENTS
    }
    found = measure(args.db, rev_sql, args.pages.split(","), args.runs, cuts)
    empty = found.pop(EMPTY)["both"]
    print(
        f"{args.db.name}; cuts off = {args.before}'s code; {args.runs} cold runs each, taking turns"
        " with the empty page; ms\n"
    )
    print("| page | variant | wall | CPU | CPU ÷ before | wall ÷ empty page | CPU ÷ empty page |")
    print("|---|---|---:|---:|---:|---:|---:|")
    e_wall, e_cpu = (statistics.median(empty[k]) * 1000 for k in ("wall", "cpu"))
    for page, m in found.items():
        base = statistics.median(m["before"]["cpu"]) * 1000
        for variant, v in m.items():
            wall, cpu = (statistics.median(v[k]) * 1000 for k in ("wall", "cpu"))
            print(
                f"| {page} | {variant} | {wall:.0f} | {cpu:.0f} | {cpu / base:.2f}x"
                f" | {wall / e_wall:.2f}x | {cpu / e_cpu:.2f}x |"
            )
    print(f"| {EMPTY} | | {e_wall:.0f} | {e_cpu:.0f} | | | |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
