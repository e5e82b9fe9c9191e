"""Shared fixtures: one seed database per session, a fresh copy for tests that write, and the
app pointed at the seed database for page tests.

Browser fixtures (a real `streamlit run` server and the system Chromium) are in
tests/browser/conftest.py.

Hypothesis runs without a deadline: a property that took 256 ms against a 200 ms deadline on a
busy machine failed for no fault of the code. Speed is measured in bench/, never asserted here.
"""

from __future__ import annotations

import os

# Every figure atlas.charts builds from dicts (style.figure) is checked by plotly property by
# property in the tests and in the servers they start (which inherit the environment); the app
# skips that check on a rerun (see atlas.charts.style.figure).
os.environ["ATLAS_CHECK_FIGURES"] = "1"
import shutil
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pytest
from hypothesis import settings

from atlas import db
from atlas.identifiers import checked_identifier

settings.register_profile("atlas", deadline=None)
settings.load_profile("atlas")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "seed"


@pytest.fixture(scope="session")
def seed_db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real seed built once into a temporary file (never the user's data/atlas.duckdb)."""
    path = tmp_path_factory.mktemp("seed") / "atlas.duckdb"
    db.build(SEED, path)
    return path


@pytest.fixture(scope="session", autouse=True)
def app_uses_seed(seed_db_path: Path):
    """Every test, page tests included, sees the seed database through ATLAS_DB."""
    old = os.environ.get("ATLAS_DB")
    os.environ["ATLAS_DB"] = str(seed_db_path)
    db.shared.close()
    yield
    db.shared.close()
    if old is None:
        os.environ.pop("ATLAS_DB", None)
    else:
        os.environ["ATLAS_DB"] = old


@pytest.fixture(scope="session")
def seed_con(seed_db_path: Path, app_uses_seed) -> duckdb.DuckDBPyConnection:
    """A connection to the seed database for tests that only read. Its own connection, so tests
    that close the app's shared one (fresh_db) do not close it."""
    con = db.connect(seed_db_path)
    yield con
    con.close()


@pytest.fixture
def fresh_db(tmp_path: Path, seed_db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of the seed database, made the app's database for this test only."""
    path = tmp_path / "atlas.duckdb"
    shutil.copy(seed_db_path, path)
    db.shared.close()
    monkeypatch.setenv("ATLAS_DB", str(path))
    yield path
    db.shared.close()


@contextmanager
def code_of_version(version: int, folder: Path) -> Iterator[None]:
    """atlas.db as the code of schema `version` had it, for making a file of that age: only the
    migrations up to it, and no atlas/macros.sql (the migrations defined the macros then)."""
    older = folder / f"migrations-{version:03d}"
    older.mkdir()
    for number, migration in db.migrations():
        if number <= version:
            shutil.copy(migration, older / migration.name)
    no_macros = folder / f"macros-{version:03d}.sql"
    no_macros.write_text("", encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(db, "MIGRATIONS", older)
        patch.setattr(db, "MACROS", no_macros)
        yield


def file_before_migration(
    seed_db_path: Path, folder: Path, version: int, tables: Iterable[str]
) -> duckdb.DuckDBPyConnection:
    """An open copy of the seed's file as it was before migration `version` added `tables`: the
    tables dropped and the migration unrecorded, for a test that migrates it up (and closes it)."""
    path = folder / "older.duckdb"
    path.write_bytes(seed_db_path.read_bytes())
    con = db.connect(path)
    for table in tables:
        con.execute(f"DROP TABLE {checked_identifier(table)}")  # noqa: S608
    con.execute("DELETE FROM schema_version WHERE version = $v", {"v": version})
    return con
