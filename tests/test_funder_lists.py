"""Two cuts in the Funders page's statements, checked against the statements they stand for: the
targets table's events naming a chosen funder (queries/results/table_groups.sql) found with
list_contains once per chosen funder instead of list_has_any, and the Funders twin's
whole-project outcomes (queries/funders/page_groups.sql, project_outcomes) found by a semi-join
on the projects with an event in view instead of list_contains over a list of them. On the seed
and on a synthetic network: each funder alone, pairs of funders and all of them at once for the
targets table; every funder, with no filter and with event types under its own scope, for the
Funders page, whose own-funder events reach projects it does not fund."""

from __future__ import annotations

import itertools

import pandas as pd
import pytest

from atlas import db, queries, synth
from atlas.access import Scope
from atlas.filters import Filters
from tests.test_funder_reads import _choices


@pytest.fixture(scope="module")
def synth_con(tmp_path_factory: pytest.TempPathFactory):
    path = synth.build(3000, 23, tmp_path_factory.mktemp("funder_lists") / "synth.duckdb")
    con = db.connect(path, read_only=True)
    yield con
    con.close()


def _targets_same(con, filters: Filters, scope: Scope) -> pd.DataFrame:
    params = filters.sql_params() | {"search": None}
    assert queries.statement_for("results/table", params) == "results/table_groups", filters
    got = queries.run("results/table", scope=scope, con=con, **params)
    want = queries.run("results/table", scope=scope, con=con, summary=False, **params)
    pd.testing.assert_frame_equal(got, want, obj=f"results/table {filters} {scope}")
    return got


def _naming(con, funders: tuple[str, ...]) -> int:
    """How many events name one of `funders` as their own funder."""
    marks = ", ".join("?" for _ in funders)
    return con.execute(
        f"SELECT count(DISTINCT event_id) FROM event_organisations"
        f" WHERE role = 'funder' AND org_id IN ({marks})",
        list(funders),
    ).fetchone()[0]


@pytest.mark.parametrize("network", ["seed", "synthetic"])
def test_the_targets_table_for_one_two_or_every_funder_is_the_table_s(network, request):
    con = request.getfixturevalue("seed_con" if network == "seed" else "synth_con")
    c = _choices(con)
    funders = c["funders"]
    # each alone, the pairs of the first four and all at once (every pair took minutes)
    pairs = list(itertools.combinations(funders[:4], 2))
    chosen = [(f,) for f in funders] + pairs + [tuple(funders)]
    pairs_naming = 0
    for picked in chosen:
        _targets_same(con, Filters(funders=picked), Scope.everything())
        _targets_same(
            con, Filters(funders=picked, event_types=tuple(c["types"][:2])), Scope(picked[0])
        )
        if len(picked) == 2 and _naming(con, picked) > max(_naming(con, (f,)) for f in picked):
            pairs_naming += 1
    if network == "synthetic":
        # pairs whose events naming them are more than either's alone: the second funder counts
        assert pairs_naming > 0


def _funder_same(con, filters: Filters, funder: str, scope: Scope) -> dict[str, pd.DataFrame]:
    params = filters.sql_params() | {"funder": funder, "limit": 100}
    assert queries.statement_for("funders/page", params) == "funders/page_groups", filters
    want = queries.run_parts("funders/page", scope=scope, con=con, summary=False, **params)
    got = queries.run_parts("funders/page_groups", scope=scope, con=con, **params)
    assert set(got) == set(want)
    for part in want:
        pd.testing.assert_frame_equal(
            got[part], want[part], obj=f"funders/page:{part} {funder} {filters} {scope}"
        )
    return got


@pytest.mark.parametrize("network", ["seed", "synthetic"])
def test_the_funders_twin_counts_the_whole_project_outcomes_the_page_statement_counts(
    network, request
):
    con = request.getfixturevalue("seed_con" if network == "seed" else "synth_con")
    c = _choices(con)
    beyond = 0  # funders whose view reaches whole-project outcomes of projects they do not fund
    for funder in c["funders"]:
        _funder_same(con, Filters(), funder, Scope.everything())
        _funder_same(con, Filters(event_types=tuple(c["types"][:3])), funder, Scope(funder))
        (reached,) = con.execute(
            "SELECT count(*) FROM project_outcome_facts AS o WHERE o.project_id IN"
            " (SELECT e.project_id FROM event_organisations AS eo JOIN events AS e USING (event_id)"
            "  WHERE eo.org_id = $f AND eo.role = 'funder')"
            " AND o.project_id NOT IN (SELECT project_id FROM project_funders WHERE org_id = $f)",
            {"f": funder},
        ).fetchone()
        beyond += reached > 0
    if network == "synthetic":
        assert beyond > 0


# The funder's projects bound as a list ($funded, queries/funders/funded.sql, derived by
# atlas.queries in the page statement's transaction) instead of the subquery funded_by([$funder]).


@pytest.mark.parametrize("network", ["seed", "synthetic"])
def test_the_derived_list_is_funded_by_within_the_scope(network, request):
    con = request.getfixturevalue("seed_con" if network == "seed" else "synth_con")
    funders = _choices(con)["funders"]
    for funder in funders:
        for scope in (Scope.everything(), Scope(funder), Scope(funders[-1])):
            (got,) = queries.run("funders/funded", scope=scope, con=con, funder=funder)["funded"]
            want = con.execute(
                "SELECT coalesce(list(p ORDER BY p), []) FROM (SELECT unnest(funded_by([$f])) AS p)"
                " WHERE in_scope(p, $s)",
                {"f": funder, "s": scope.funder},
            ).fetchone()[0]
            assert list(got) == want, (funder, scope)


def test_the_page_statement_takes_a_list_given_and_derives_one_not_given(seed_con):
    (funder,) = seed_con.execute(
        "SELECT pf.org_id FROM project_funders AS pf JOIN events AS e USING (project_id)"
        " GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1"
    ).fetchone()
    params = {"funder": funder, "limit": 100} | Filters().sql_params()
    derived = queries.run_parts(
        "funders/page_groups", scope=Scope.everything(), con=seed_con, **params
    )
    wrong = queries.run_parts(
        "funders/page_groups", scope=Scope.everything(), con=seed_con, funded=[], **params
    )
    # an empty list leaves only the own-funder events: a list given is the one bound
    assert int(wrong["summary"]["events"].iloc[0]) < int(derived["summary"]["events"].iloc[0])


def test_a_new_funding_link_shows_on_the_next_read(fresh_db):
    con = db.connect(fresh_db)
    try:
        funder = _choices(con)["funders"][0]
        (project,) = con.execute(
            "SELECT project_id FROM projects WHERE project_id NOT IN"
            " (SELECT project_id FROM project_funders WHERE org_id = $f)"
            " AND project_id IN (SELECT project_id FROM events) ORDER BY 1 LIMIT 1",
            {"f": funder},
        ).fetchone()
        before = _funder_same(con, Filters(), funder, Scope.everything())
        con.execute(
            "INSERT INTO project_funders (project_id, org_id, source_quote)"
            " VALUES ($p, $f, 'Funded by them.')",
            {"p": project, "f": funder},
        )
        after = _funder_same(con, Filters(), funder, Scope.everything())
        assert project in set(after["projects"]["project_id"])
        assert project not in set(before["projects"]["project_id"])
        assert int(after["summary"]["events"].iloc[0]) > int(before["summary"]["events"].iloc[0])
    finally:
        con.close()
