"""The targets table's row helpers read only their own columns (issue 17): the Results page's
"Undated" and "Counts" columns are what the helpers gave when they were handed every column of
the statement's row, on the seed and on a synthetic network, whole and filtered."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from atlas import db, i18n, queries, synth
from atlas.access import Scope
from atlas.filters import Filters
from ui import shell, targets

ROOT = Path(__file__).resolve().parent.parent


def shown(filters: Filters):
    shell._cached.clear()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    for key, value in filters.to_query().items():
        at.query_params[key] = value
    at.switch_page("app_pages/results.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at.dataframe[0].value


def every_column(filters: Filters) -> tuple[list[str], list[str]]:
    """The two columns as the helpers wrote them from whole rows."""
    con = db.shared.cursor()
    try:
        frame = queries.run(
            "results/table", scope=Scope.everything(), con=con, **filters.sql_params(), search=None
        )
    finally:
        con.close()
    t = i18n.translator("en")
    rows = list(frame.itertuples(index=False))
    return [targets._undated(r, t) for r in rows], [targets._what_counts(r, t) for r in rows]


@pytest.fixture(scope="module")
def network(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return synth.build(2000, 3, tmp_path_factory.mktemp("targets_rows") / "synth.duckdb")


@pytest.mark.parametrize("where", ["seed", "synthetic"])
def test_undated_and_counts_are_what_whole_rows_gave(request, monkeypatch, where):
    if where == "synthetic":
        db.shared.close()
        monkeypatch.setenv("ATLAS_DB", str(request.getfixturevalue("network")))
    try:
        checked = 0
        for filters in (Filters(), Filters(event_types=("workshop", "training"))):
            table = shown(filters)
            undated, counts = every_column(filters)
            assert list(table["Undated"]) == undated
            assert list(table["Counts"]) == counts
            checked += sum(1 for u in undated if u)
        assert checked > 0  # some row had undated records to say apart
    finally:
        db.shared.close()
