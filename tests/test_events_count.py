"""The Events page's count and rows (issue 17): events/count, events/table and events/timeline
give exactly what the two statements before them gave (each its rows and the count in a column of
every row; tests/events_statements_before/): events/table its rows and count alike (it reads the
count from its per-day counts, which also bound the rows its top-N sees), the others their rows
and count apart; on the seed and on a synthetic network, whole, filtered, searched, at limits
below, at and above the matches, and within a funder's scope; the page writes the same caption and
draws the timeline, or says it cannot, for the same counts; a write shows on the next run."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from atlas import charts, db, queries, synth
from atlas.access import Scope
from atlas.charts.style import own_look
from atlas.filters import Filters
from tests.test_page_elements import edit
from ui import shell

ROOT = Path(__file__).resolve().parent.parent
BEFORE = Path(__file__).resolve().parent / "events_statements_before"
TYPES = ("workshop", "training", "conference", "meeting", "consultation", "seminar")


def before(name: str) -> queries.Query:
    """The statement as it was, its count a column of every row."""
    sql = (BEFORE / f"{name}.sql").read_text(encoding="utf-8")
    return queries.Query(
        f"events/{name}",
        sql,
        frozenset(queries._PARAM.findall(queries._STRING_OR_COMMENT.sub("", sql))),
        "",
    )


def old_frame(con, name: str, scope: Scope, params: dict) -> pd.DataFrame:
    query = before(name)
    bound = queries.bind(query, params | {queries.SCOPE_PARAM: scope.funder})
    return con.execute(query.sql, bound).df()


def same(new: pd.DataFrame, old: pd.DataFrame, count: str) -> int:
    """Asserts `new` is `old` without its count column; returns the count (0: no row)."""
    pd.testing.assert_frame_equal(new, old.drop(columns=count))
    return int(old[count].iloc[0]) if len(old) else 0


def states(con) -> list[Filters]:
    """No filter, event types one by one and together, dates (a year's edges and not), a
    country, a project, a funder, an organisation, and two of them at once."""
    project = con.execute("SELECT min(project_id) FROM projects").fetchone()[0]
    funder = con.execute("SELECT min(org_id) FROM project_funders").fetchone()[0]
    org = con.execute("SELECT max(org_id) FROM event_organisations").fetchone()[0]
    country = con.execute(
        "SELECT country_iso3 FROM events WHERE country_iso3 IS NOT NULL "
        "GROUP BY ALL ORDER BY count(*) DESC, 1 LIMIT 1"
    ).fetchone()[0]
    return [
        Filters(),
        *(Filters(event_types=(t,)) for t in TYPES),
        Filters(event_types=TYPES[:3]),
        Filters(date_from=dt.date(2012, 1, 1), date_to=dt.date(2016, 12, 31)),
        Filters(date_from=dt.date(2014, 8, 6)),
        Filters(date_to=dt.date(2014, 8, 6)),
        Filters(countries=(country,)),
        Filters(projects=(project,)),
        Filters(funders=(funder,)),
        Filters(organisations=(org,)),
        Filters(event_types=TYPES[:2], countries=(country,)),
        Filters(date_from=dt.date(2030, 1, 1)),
    ]


@pytest.fixture(scope="module")
def network(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return synth.build(3000, 5, tmp_path_factory.mktemp("events_count") / "synth.duckdb")


@pytest.mark.parametrize("where", ["seed", "synthetic"])
def test_count_table_and_timeline_give_what_the_statements_before_them_gave(request, where):
    # the seed through the session's connection (a second one, read-only, is refused while a
    # page test holds it open); the network through one of this test's own
    own = where == "synthetic"
    con = (
        db.connect(request.getfixturevalue("network"), read_only=True)
        if own
        else request.getfixturevalue("seed_con")
    )
    try:
        funder = con.execute("SELECT min(org_id) FROM project_funders").fetchone()[0]
        word = con.execute("SELECT split_part(min(title), ' ', 1) FROM events").fetchone()[0]
        compared = truncated = 0
        for scope in (Scope.everything(), Scope(funder)):
            for filters in states(con):
                params = filters.sql_params()
                for search in (None, "", word.upper(), "lao", "%", "no such words"):
                    for limit in (1, 5, 1000, 5000):
                        table = params | {"search": search, "limit": limit}
                        new = queries.run("events/table", scope=scope, con=con, **table)
                        old = old_frame(con, "table", scope, table)
                        # the table carries the count again (from its per-day counts), and
                        # the small database's statement gives the same (from a window)
                        pd.testing.assert_frame_equal(new, old)
                        small = queries.run("events/table_small", scope=scope, con=con, **table)
                        pd.testing.assert_frame_equal(small, old)
                        matching = int(old["matching"].iloc[0]) if len(old) else 0
                        count = queries.run(
                            "events/count", scope=scope, con=con, **params, search=search
                        )
                        assert count["matching"].tolist() == [matching], (scope, filters, search)
                        truncated += matching > limit
                        compared += len(new)
                for limit in (10, 500):
                    line = params | {"limit": limit}
                    new = queries.run("events/timeline", scope=scope, con=con, **line)
                    selected = same(new, old_frame(con, "timeline", scope, line), "events")
                    count = queries.run("events/count", scope=scope, con=con, **params, search=None)
                    assert count["matching"].tolist() == [selected], (scope, filters)
                    truncated += selected > limit
        assert compared > (200 if where == "seed" else 10_000) and truncated > 10
    finally:
        if own:
            con.close()


# --- the page -------------------------------------------------------------------------------


def events_page(filters: Filters, search: str = "") -> AppTest:
    shell._cached.clear()
    shell._figure.clear()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    for key, value in filters.to_query().items():
        at.query_params[key] = value
    at.switch_page("app_pages/events.py")
    at.run()
    if search:
        at.text_input(key="events_search").input(search).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def fingerprint(spec: dict) -> tuple[str, str]:
    """A drawn chart's title and datarevision (own_look's hash of every trace it sends)."""
    return spec["layout"]["title"]["text"], spec["layout"]["datarevision"]


def expected(filters: Filters, search: str) -> tuple[str, str | None, tuple | None]:
    """What the page wrote from the statements before: the table's caption, the timeline's
    notice (when it could not draw them all) and the timeline's figure (when it could)."""
    con = db.shared.cursor()
    try:
        everything, params = Scope.everything(), filters.sql_params()
        table = old_frame(
            con, "table", everything, params | {"search": search or None, "limit": 1000}
        )
        timeline = old_frame(con, "timeline", everything, params | {"limit": 500})
    finally:
        con.close()
    matching = int(table["matching"].iloc[0]) if len(table) else 0
    n = shell.translator().number
    shown = f"{n(len(table))} of {n(matching)}" if matching > len(table) else n(matching)
    caption = f"{shown} event{'' if matching == 1 else 's'}. Click a row"
    selected = int(timeline["events"].iloc[0]) if len(timeline) else 0
    if selected > 500:
        notice = f"{n(selected)} events match; the timeline draws at most 500."
        return caption, notice, None
    figure = charts.events_timeline(timeline.drop(columns="events"))
    return caption, None, (fingerprint(own_look(figure).spec) if figure is not None else None)


def check(at: AppTest, filters: Filters, search: str = "") -> None:
    caption, notice, figure = expected(filters, search)
    if at.dataframe:
        assert any(c.value.startswith(caption) for c in at.caption), caption
    notices = [i.value for i in at.info if "the timeline draws at most" in i.value]
    assert notices == ([notice + " Narrow the filters to see it."] if notice else [])
    specs = [json.loads(c.proto.spec) for c in at.get("plotly_chart")]
    drawn = [fingerprint(s) for s in specs if "Timeline of projects" in json.dumps(s["layout"])]
    assert drawn == ([figure] if figure is not None else [])


@pytest.fixture
def on_network(network: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    db.shared.close()
    monkeypatch.setenv("ATLAS_DB", str(network))
    yield network
    db.shared.close()


def test_the_page_writes_the_same_counts_on_the_seed(seed_db_path):
    for filters, search in [
        (Filters(), ""),
        (Filters(event_types=("workshop",)), ""),
        (Filters(), "lao"),
        (Filters(date_from=dt.date(2030, 1, 1)), ""),
    ]:
        check(events_page(filters, search), filters, search)


@pytest.mark.parametrize("large", [False, True])
def test_the_page_writes_the_same_counts_on_a_synthetic_network(on_network, monkeypatch, large):
    # large: the page told the database holds a million events, so it reads events/table (the
    # per-day counts) where a network of 3,000 reads events/table_small
    read = []
    run = shell.run

    def told(name, *args, **kwargs):
        read.append(name)
        if large and name == "events/total":
            return pd.DataFrame({"events": [1_000_000]})
        return run(name, *args, **kwargs)

    monkeypatch.setattr(shell, "run", told)
    con = db.shared.cursor()
    try:
        project = con.execute(
            "SELECT project_id FROM events GROUP BY ALL HAVING count(*) < 400 ORDER BY 1 LIMIT 1"
        ).fetchone()[0]
    finally:
        con.close()
    for filters, search in [
        (Filters(), ""),  # more than the table's 1,000 rows and the timeline's 500
        (Filters(event_types=("conference",)), ""),
        (Filters(projects=(project,)), ""),  # few enough for the timeline
        (Filters(), "workshop"),
    ]:
        check(events_page(filters, search), filters, search)
    table = "events/table" if large else "events/table_small"
    assert table in read and ({"events/table", "events/table_small"} - {table}).isdisjoint(read)


def test_a_write_shows_on_the_next_run(fresh_db):
    filters = Filters(event_types=("workshop",))
    at = events_page(filters)
    check(at, filters)
    con = db.shared.cursor()
    try:
        (event_id,) = con.execute(
            "SELECT min(event_id) FROM events WHERE event_type <> 'workshop'"
        ).fetchone()
    finally:
        con.close()
    before_write = expected(filters, "")
    edit("events", "event_id", event_id, {"event_type": "workshop"})
    at.run()
    assert not at.exception
    check(at, filters)
    assert expected(filters, "")[0] != before_write[0]  # one more workshop, counted


def test_the_table_cut_inside_a_day_keeps_that_days_first_titles(network):
    # events/table hands its top-N only the rows from the last day the table can reach: limits
    # that end the table inside a day with several events (so the title decides which of that
    # day's events are shown), just before it and just after it, with dates and undated events
    con = db.connect(network, read_only=True)
    try:
        everything = old_frame(
            con,
            "table",
            Scope.everything(),
            Filters().sql_params() | {"search": None, "limit": 10**6},
        )
        days = everything["start_date"]
        inside = [
            k
            for k in range(1, len(days) - 1)
            if days.iloc[k - 1] == days.iloc[k] and not pd.isna(days.iloc[k])
        ]
        assert len(inside) > 20 and days.isna().sum() > 0
        limits = {k + d for k in inside[:: max(1, len(inside) // 20)] for d in (-1, 0, 1)}
        limits |= {int(days.notna().sum()) + d for d in (-1, 0, 1)}  # into the undated
        for limit in sorted(limits):
            params = Filters().sql_params() | {"search": None, "limit": limit}
            old = old_frame(con, "table", Scope.everything(), params)
            for name in ("events/table", "events/table_small"):
                new = queries.run(name, scope=Scope.everything(), con=con, **params)
                pd.testing.assert_frame_equal(new, old)
    finally:
        con.close()
