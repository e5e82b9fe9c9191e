"""A page's one statement (queries/<page>/page.sql) gives exactly what the single named queries it
stands for give, part by part (values, column names, types and order), on the seed and on a
synthetic network, for the filter states a user typically sets, with and without a funder's
scope."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from atlas import db, queries, synth
from atlas.access import Scope
from atlas.filters import Filters
from bench.workload import typical_states

# page query -> {part: (single query, its extra parameters)}; the page query takes every extra
# parameter of its parts.
PAGES = {
    "overview/page": {
        "headline": ("overview/headline", {}),
        "not_broken_down": ("participation/not_broken_down", {}),
        "by_year_type": ("events/by_year_type", {}),
        "by_country": ("participation/by_country", {}),
        "outcomes_by_type": ("outcomes/by_type", {}),
        "latest": ("events/latest", {"limit": 10}),
    },
    "countries/page": {
        "by_country": ("participation/by_country", {}),
        "not_broken_down": ("participation/not_broken_down", {}),
        "hosts": ("countries/hosts", {}),
        "flows": ("countries/flows", {}),
        "events": ("countries/events", {"limit": 200}),
    },
    "outcomes/page": {
        "by_type": ("outcomes/by_type", {}),
        "by_year": ("outcomes/by_year", {}),
        "by_project": ("outcomes/by_project", {}),
        "chain_events": ("outcomes/chain_events", {}),
        "list": ("outcomes/list", {"limit": 50}),
    },
    "funders/page": {
        "summary": ("funders/summary", {}),
        "projects": ("funders/projects", {}),
        "not_broken_down": ("participation/not_broken_down", {"funders": "$funder"}),
        "by_country": ("participation/by_country", {"funders": "$funder"}),
        "events": ("funders/events", {"limit": 100}),
        "outcomes": ("funders/outcomes", {"limit": 100}),
    },
}
SEED_STATES = [
    Filters(),
    Filters(date_from=dt.date(2014, 1, 1)),
    Filters(countries=("LAO",)),
    Filters(countries=("THA", "MMR"), event_types=("workshop",)),
    Filters(date_from=dt.date(2009, 1, 1), date_to=dt.date(2010, 12, 31), countries=("LAO",)),
    Filters(projects=("ilo-ipec",)),
    Filters(funders=("diakonia",)),
    Filters(organisations=("diakonia",)),
    Filters(countries=("NOR",)),  # matches nothing: every part empty but the one-row ones
]


@pytest.fixture(scope="module")
def synth_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return synth.build(3000, 5, tmp_path_factory.mktemp("pages") / "synth.duckdb")


def _compare(con, page: str, filters: Filters, scope: Scope, funder: str = "diakonia") -> None:
    """The page statement against its single queries. A page of one funder (funders/page) shows
    `funder` within the other filters: its single queries take $funder, or the funder filter
    [funder] where the part says {"funders": ...}."""
    of_funder = "funder" in queries.load(page).params
    if of_funder:
        filters = filters.replace(funders=())
    params = filters.sql_params()
    extra = {k: v for _, ex in PAGES[page].values() for k, v in ex.items() if k != "funders"}
    extra |= {"funder": funder} if of_funder else {}
    parts = queries.run_parts(page, scope=scope, con=con, **params, **extra)
    assert set(parts) == set(PAGES[page]), page
    for part, (name, ex) in PAGES[page].items():
        single = params | {k: v for k, v in ex.items() if k != "funders"}
        if "funders" in ex:
            single["funders"] = [funder]
        if "funder" in queries.load(name).params:
            single["funder"] = funder
        expected = queries.run(name, scope=scope, con=con, **single)
        pd.testing.assert_frame_equal(
            parts[part].reset_index(drop=True),
            expected.reset_index(drop=True),
            obj=f"{page}:{part}",
        )


@pytest.mark.parametrize("page", sorted(PAGES))
@pytest.mark.parametrize("filters", SEED_STATES, ids=lambda f: str(f.to_query()) or "all")
def test_a_page_statement_gives_what_its_queries_give_on_the_seed(page, filters, seed_con):
    _compare(seed_con, page, filters, Scope.everything())
    _compare(seed_con, page, filters, Scope("diakonia"))


@pytest.mark.parametrize("page", sorted(PAGES))
def test_a_page_statement_gives_what_its_queries_give_on_a_synthetic_network(page, synth_path):
    states, extras = typical_states(synth_path)
    con = db.connect(synth_path, read_only=True)
    try:
        for filters in states:
            _compare(con, page, filters, Scope.everything(), extras["funder"])
        _compare(con, page, states[0], Scope(extras["funder"]), extras["funder"])
        _compare(con, page, states[3], Scope(extras["funder"]), extras["funder"])
    finally:
        con.close()
