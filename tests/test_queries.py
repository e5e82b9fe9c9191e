"""Every named query runs on the seed database, documents itself, and binds its parameters."""

from __future__ import annotations

import datetime as dt

import pytest

from atlas import queries
from atlas.access import Scope
from atlas.filters import Filters

NARROW = Filters(date_from=dt.date(2009, 1, 1), date_to=dt.date(2010, 12, 31), countries=("LAO",))
# Values for the parameters a query may take beyond the shared filters.
EXTRA = {
    "limit": 5,
    "search": "consultation",
    "event_id": "ilo-consultation-lao-2009-06",
    "funder": "diakonia",
    "project_id": "ilo-ipec",
    "project_ids": ["beyond-tolerance", "ilo-ipec"],
    "org_id": None,
    "target_id": "beyond-tolerance-exhibitions",
    "outcome_id": "ilo-newsletters",
    "table": "events",
    "country": "LAO",
    "tables": ["events"],
    "actions": ["insert", "update"],
    "actors": ["local"],
    "since": dt.date(2020, 1, 1),
}


def _params(query: queries.Query, filters: Filters) -> dict:
    params = filters.sql_params()
    # a derived parameter (queries.DERIVED_PARAMS) is left to run(), which derives it
    for name in (
        query.params - params.keys() - {queries.SCOPE_PARAM} - queries.DERIVED_PARAMS.keys()
    ):
        if name not in EXTRA:
            pytest.fail(f"{query.name}: add a sample value for ${name} to EXTRA in this test")
        params[name] = EXTRA[name]
    return params


@pytest.mark.parametrize("name", queries.names())
@pytest.mark.parametrize("filters", [Filters(), NARROW], ids=["all", "narrow"])
def test_every_query_runs_on_the_seed(name, filters, seed_con):
    query = queries.load(name)
    frame = queries.run(name, scope=Scope.everything(), con=seed_con, **_params(query, filters))
    assert list(frame.columns), name


@pytest.mark.parametrize("name", queries.names())
def test_every_query_opens_with_a_header_comment(name):
    query = queries.load(name)
    first = query.sql.lstrip().splitlines()[0]
    assert first.startswith("-- "), f"{name} must open with a comment saying what a row means"
    for param in query.params:
        assert f"${param}" in query.doc or param in query.doc, f"{name}: ${param} is not documented"


def test_run_refuses_a_missing_or_stray_parameter(seed_con):
    with pytest.raises(TypeError, match="needs parameter"):
        queries.run(
            "events/latest", scope=Scope.everything(), con=seed_con, **Filters().sql_params()
        )
    with pytest.raises(TypeError, match="takes no parameter"):
        queries.run("filters/projects", scope=Scope.everything(), con=seed_con, limt=3)


def test_query_names_cannot_walk_out_of_the_folder():
    with pytest.raises(ValueError):
        queries.load("../atlas/migrations/001_schema")


def test_headline_figures_for_lao(seed_con):
    head = queries.run(
        "overview/headline",
        scope=Scope.everything(),
        con=seed_con,
        **Filters(countries=("LAO",)).sql_params(),
    ).iloc[0]
    # June 2009 consultation (29, 7 from Lao PDR), two early-2010 youth workshops and the Lao
    # trainings (no counts).
    assert (head["events"], head["participants"], head["participants_from_selected_countries"]) == (
        4,
        29,
        7,
    )
    assert head["events_without_count"] == 3
    rest = queries.run(
        "participation/not_broken_down",
        scope=Scope.everything(),
        con=seed_con,
        **Filters(countries=("LAO",)).sql_params(),
    ).iloc[0]
    assert (rest["participants"], rest["events"]) == (22, 1)


def test_date_filter_matches_periods_that_overlap(seed_con):
    # "May 2016" runs to 31 May: a range starting 15 May 2016 still includes the May visits.
    frame = queries.run(
        "events/latest",
        scope=Scope.everything(),
        con=seed_con,
        limit=50,
        **Filters(date_from=dt.date(2016, 5, 15), date_to=dt.date(2016, 5, 31)).sql_params(),
    )
    assert set(frame["event_id"]) == {
        "beyond-tolerance-visit-thailand",
        "beyond-tolerance-visit-cambodia",
    }


def test_funder_filter_follows_projects(seed_con):
    frame = queries.run(
        "events/latest",
        scope=Scope.everything(),
        con=seed_con,
        limit=50,
        **Filters(funders=("diakonia",)).sql_params(),
    )
    assert list(frame["event_id"]) == ["exchange-2014-chiang-mai"]
    frame = queries.run(
        "events/latest",
        scope=Scope.everything(),
        con=seed_con,
        limit=50,
        **Filters(funders=("toyota-foundation",)).sql_params(),
    )
    assert len(frame) == 7  # four country visits and three exhibitions


def test_participants_by_country_never_invents_a_split(seed_con):
    frame = queries.run(
        "participation/by_country", scope=Scope.everything(), con=seed_con, **Filters().sql_params()
    ).set_index("country_iso3")
    assert frame.loc["LAO", "participants"] == 7
    assert frame.loc["KHM", "participants"] == 22
    assert frame["participants"].isna()[["MMR", "THA"]].all()  # named, never counted
    rest = queries.run(
        "participation/not_broken_down",
        scope=Scope.everything(),
        con=seed_con,
        **Filters().sql_params(),
    ).iloc[0]
    assert rest["participants"] == 292 - 29
