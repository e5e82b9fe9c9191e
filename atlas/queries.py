"""The query layer: one .sql file per named query, run with bound $parameters.

    run("events/by_year", scope=scope, **filters.sql_params())

loads queries/events/by_year.sql, binds the $names it uses from the keyword arguments, runs it
on a cursor of the shared connection and returns a DataFrame. Filter parameters a query does not
use are left out; any other unused or missing parameter is an error, so a typo cannot pass
silently. No value is ever put into SQL text.

`scope` (an atlas.access.Scope) has no default: every call says whose view it reads, and a query
that reads rows binds $scope_funder from it (NULL: the whole database; a funder's org_id: only the
projects it funds). It cannot be given as a plain parameter. The queries that read no row a scope
could hide are listed in SCOPE_FREE with the reason; tests/test_access.py checks every other file
that reads data uses $scope_funder.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from atlas.access.scope import Scope
from atlas.db import shared

QUERY_DIR = Path(__file__).resolve().parent.parent / "queries"
FILTER_PARAMS = frozenset(
    {"date_from", "date_to", "countries", "event_types", "projects", "funders", "organisations"}
)
SCOPE_PARAM = "scope_funder"
# Queries that read no row a scope hides, and why.
SCOPE_FREE = {
    "sources/synthetic": "says only whether the database was made by atlas.synth (a count of synthetic sources)",
    "manage/events": "the Manage page's choice lists: shown only to editors and admins, whose scope is everything",
    "manage/organisations": "as manage/events",
    "manage/outcomes": "as manage/events",
    "manage/projects": "as manage/events",
    "manage/sources": "as manage/events",
    "manage/event_participation": "as manage/events",
    "manage/targets": "as manage/events",
}
_PARAM = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
_STRING_OR_COMMENT = re.compile(r"'(?:[^']|'')*'|--[^\n]*")


@dataclass(frozen=True)
class Query:
    name: str
    sql: str
    params: frozenset[str]
    doc: str  # the header comment: what a row means, each parameter and its type


@cache
def load(name: str) -> Query:
    """The named query from queries/<name>.sql."""
    if not re.fullmatch(r"[a-z0-9_]+(/[a-z0-9_]+)*", name):
        raise ValueError(f"not a query name: {name!r}")
    path = QUERY_DIR / f"{name}.sql"
    if not path.is_file():
        raise KeyError(f"no query named {name!r} (looked for {path.relative_to(QUERY_DIR.parent)})")
    sql = path.read_text(encoding="utf-8")
    doc = "\n".join(line[2:].strip() for line in sql.splitlines() if line.startswith("--"))
    params = frozenset(_PARAM.findall(_STRING_OR_COMMENT.sub("", sql)))
    return Query(name=name, sql=sql, params=params, doc=doc)


def parsed(query: Query) -> duckdb.Statement:
    """`query`'s one statement as DuckDB parses it, parsed once per text: DuckDB parses the text
    of every statement it is given, 4-6 ms of CPU for a page or table statement of 200-300
    lines at any size of database (comments cost nothing); a parsed statement is executed with
    its parameters bound as the text is (DuckDB copies it for each execution), and gives the
    same rows (tests/test_parsed_statements.py)."""
    return _parsed(query.sql)


@cache
def _parsed(sql: str) -> duckdb.Statement:
    (statement,) = duckdb.extract_statements(sql)
    return statement


def names() -> list[str]:
    """Every named query, for the test that runs them all."""
    return sorted(str(p.relative_to(QUERY_DIR).with_suffix("")) for p in QUERY_DIR.rglob("*.sql"))


def bind(query: Query, params: dict[str, object]) -> dict[str, object]:
    """The parameters `query` uses, taken from `params`; raises on a missing or stray one."""
    missing = query.params - params.keys()
    if missing:
        raise TypeError(f"query {query.name!r} needs parameter(s): {', '.join(sorted(missing))}")
    stray = params.keys() - query.params - FILTER_PARAMS
    if stray:
        raise TypeError(f"query {query.name!r} takes no parameter(s): {', '.join(sorted(stray))}")
    return {k: params[k] for k in query.params}


# Parameters a statement takes that a named query derives from its other parameters: that query
# runs first, on the same cursor and in the same transaction (both read one state of the data),
# and its one row's one value is bound. funders/page_groups takes the funder's projects so, as a
# list DuckDB treats as a constant, instead of the subquery funded_by([$funder]) (its header says
# what that bought). A caller may give the value itself (a measurement does).
DERIVED_PARAMS = {"funded": "funders/funded"}


def with_derived(
    cursor: duckdb.DuckDBPyConnection, name: str, scope: Scope, params: dict[str, object]
) -> dict[str, object]:
    """`params` with the DERIVED_PARAMS statement `name` takes and `params` lacks, each from its
    query run on `cursor`, which the caller has put in a transaction when there are any."""
    values = dict(params)
    for param, source in DERIVED_PARAMS.items():
        if param in load(name).params and param not in params:
            wanted = {
                k: v for k, v in params.items() if k in load(source).params and k != SCOPE_PARAM
            }
            query, bound = _scoped(source, scope, wanted)
            ((values[param],),) = cursor.execute(parsed(query), bound).fetchall()
    return values


def derives(name: str, params: dict[str, object]) -> bool:
    """Whether statement `name` takes a DERIVED_PARAMS value `params` lacks."""
    return any(p in load(name).params and p not in params for p in DERIVED_PARAMS)


def _scoped_on(
    cursor: duckdb.DuckDBPyConnection, name: str, scope: Scope, params: dict[str, object]
) -> tuple[Query, dict[str, object]]:
    """`_scoped` for a statement about to run on `cursor`: a DERIVED_PARAMS value it takes and
    `params` lacks is read first on `cursor`, in a transaction begun for both, so the derived
    values and the statement read one state of the data."""
    if derives(name, params):
        cursor.begin()
        params = with_derived(cursor, name, scope, params)
    return _scoped(name, scope, params)


def _scoped(name: str, scope: Scope, params: dict[str, object]) -> tuple[Query, dict[str, object]]:
    if not isinstance(scope, Scope):
        raise TypeError(f"scope must be an atlas.access.Scope, not {type(scope).__name__}")
    if SCOPE_PARAM in params:
        raise TypeError("$scope_funder comes from scope=, never from a parameter")
    query = load(name)
    bound = bind(
        query, params | ({SCOPE_PARAM: scope.funder} if SCOPE_PARAM in query.params else {})
    )
    return query, bound


def run(
    name: str,
    *,
    scope: Scope,
    con: duckdb.DuckDBPyConnection | None = None,
    summary: bool = True,
    **params: object,
) -> pd.DataFrame:
    """Run a named query within `scope` and return its rows. A query with a twin that answers
    any dates (ANY_DATES_TWINS) runs the twin when statement_for says so; summary=False always
    runs `name` (to compare the two)."""
    if summary and name in ANY_DATES_TWINS:
        name = statement_for(name, params)
    cursor = con.cursor() if con is not None else shared.cursor()
    try:
        query, bound = _scoped_on(cursor, name, scope, params)
        return cursor.execute(parsed(query), bound).df()
    finally:
        cursor.close()


# A page's statement for views the summary tables (migration 009) answer: queries/<page>_groups.sql
# beside queries/<page>.sql, giving exactly what it gives; and for such views with funders chosen,
# queries/<page>_funders.sql where the page has one (the groups of the funders' projects plus the
# few events outside them that name one as own funder, own_funder_facts).
GROUPS_SUFFIX = "_groups"
FUNDERS_SUFFIX = "_funders"
_ONLY_WHOLE_GROUPS = ("countries", "funders", "organisations")
# Table statements whose twin (<name>_groups) reads the targets' facts (migration 010), which
# keep each record's own dates: any dates, funders or not, but no country or organisation (a
# country is matched per event; an organisation by roles the facts do not hold).
ANY_DATES_TWINS = frozenset({"results/table"})
_NOT_IN_THE_FACTS = ("countries", "organisations")


def answered_by_summary(params: dict[str, object], *, funders: bool = False) -> bool:
    """Whether a filter state selects whole summary groups (event type, project, start year, last
    year), so the summary tables answer it exactly: no country or organisation chosen (an empty
    list is a choice too: it selects nothing), no funder either unless `funders` (a funders twin
    adds the funders' own-funder events to their projects' groups), and each date bound, if set,
    on a year's edge (date_from a 1 January, date_to a 31 December). Event types, projects and a
    scope are whole groups; so is the Funders page's own $funder (not the filter bar's funders:
    its twin always adds the own-funder events). The one place this is decided."""
    for name in _ONLY_WHOLE_GROUPS:
        if params.get(name) is not None and not (funders and name == "funders"):
            return False
    for name, edge in (("date_from", (1, 1)), ("date_to", (12, 31))):
        value = params.get(name)
        if value is None:
            continue
        if type(value) is not dt.date or (value.month, value.day) != edge:
            return False
    return True


def statement_for(name: str, params: dict[str, object]) -> str:
    """The statement that answers page query `name` for `params`: its summary twin
    (<name>_groups) when there is one and the state is answered_by_summary; with funders chosen,
    its funders twin (<name>_funders) when there is one (the Overview's; Countries and Outcomes
    have none and keep page.sql); for a query of ANY_DATES_TWINS, its twin unless a country or
    an organisation is chosen; else `name` itself."""
    if name in ANY_DATES_TWINS:
        chosen = any(params.get(n) is not None for n in _NOT_IN_THE_FACTS)
        return name if chosen else name + GROUPS_SUFFIX
    for twin, funders in ((name + GROUPS_SUFFIX, False), (name + FUNDERS_SUFFIX, True)):
        if (QUERY_DIR / f"{twin}.sql").is_file() and answered_by_summary(params, funders=funders):
            return twin
    return name


def run_parts(
    name: str,
    *,
    scope: Scope,
    con: duckdb.DuckDBPyConnection | None = None,
    summary: bool = True,
    **params: object,
) -> dict[str, pd.DataFrame]:
    """Run a page's named query, whose one row holds a list of rows per result (a page reads its
    filtered rows once for all its charts), and return each result as a table of its own, keyed by
    column name: the same columns, types and order as the single query it stands for gives. When
    the summary tables answer the state (statement_for), its queries/<page>_groups.sql runs
    instead; summary=False always runs `name` (to compare the two)."""
    if summary:
        name = statement_for(name, params)
    cursor = con.cursor() if con is not None else shared.cursor()
    try:
        query, bound = _scoped_on(cursor, name, scope, params)
        row = statement_arrow(cursor, parsed(query), bound)
        if row.num_rows != 1:
            raise ValueError(f"query {name!r} gave {row.num_rows} rows; a page's query gives one")
        # Arrow turns each list of rows back into a table (no unnest statement per part), and
        # that into pandas with the types its single query's .df() gives (as_duckdb_frame).
        return {
            column: as_duckdb_frame(_rows_of(row.column(column)), cursor)
            for column in row.column_names
        }
    finally:
        cursor.close()


# DuckDB warns that Arrow taken from an executed statement's result is copied once more than
# Arrow from a relation; for a page statement's one row that copy is far cheaper than the
# relation's own work (statement_arrow says why), so the warning is not shown for it.
warnings.filterwarnings(
    "ignore", message="Arrow output on a DB-API result makes an extra copy", category=UserWarning
)


def statement_arrow(
    cursor: duckdb.DuckDBPyConnection, sql: str | duckdb.Statement, bound: dict[str, object]
) -> pa.Table:
    """The rows of statement `sql` (its text, or parsed: parsed()) with parameters `bound`, as
    an Arrow table: executed on `cursor` and its result taken as Arrow, not through a relation
    (cursor.sql), which parses and binds the statement to describe its columns and then parses,
    binds and plans it again to run it: 15-20 ms of CPU for a page statement of 200-300 lines at
    any size of database.
    tests/test_page_frames.py checks the two give the same tables for every page statement."""
    cursor.execute(sql, bound)
    return cursor.to_arrow_table()


def as_duckdb_frame(table: pa.Table, cursor: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """`table` as the DataFrame DuckDB's .df() makes of it (`cursor.from_arrow(table).df()`: the
    same dtypes and values), converted by pyarrow where every column is of a type whose
    conversion is DuckDB's, else by DuckDB. DuckDB's own conversion plans a statement per table:
    about 3 ms a part, 10-19 ms a page statement at a million events, for a few hundred rows.
    tests/test_page_frames.py checks the two agree for every type a page statement gives and for
    every part of every page statement."""
    columns = [_as_duckdb_column(c) for c in table.columns]
    if any(c is None for c in columns):
        return cursor.from_arrow(table).df()
    return pd.DataFrame(dict(zip(table.column_names, columns, strict=True)), copy=False)


# DuckDB's .df(): an integer column with a NULL is pandas' nullable integer of its width.
_NULLABLE_INTEGERS = {
    pa.int8(): pd.Int8Dtype(),
    pa.int16(): pd.Int16Dtype(),
    pa.int32(): pd.Int32Dtype(),
    pa.int64(): pd.Int64Dtype(),
    pa.uint8(): pd.UInt8Dtype(),
    pa.uint16(): pd.UInt16Dtype(),
    pa.uint32(): pd.UInt32Dtype(),
    pa.uint64(): pd.UInt64Dtype(),
}


def _as_duckdb_column(column: pa.ChunkedArray) -> pd.Series | None:
    """One column as DuckDB's .df() gives it, or None for a type not handled here."""
    kind, n, nulls = column.type, len(column), column.null_count
    if pa.types.is_string(kind):
        # text: pandas' str dtype; a column with no value at all: object, of None
        if nulls == n:
            return pd.Series([None] * n, dtype=object)
        return column.to_pandas()
    if pa.types.is_integer(kind):
        return column.to_pandas(types_mapper=_NULLABLE_INTEGERS.get if nulls else None)
    if pa.types.is_boolean(kind):
        return column.to_pandas(types_mapper={pa.bool_(): pd.BooleanDtype()}.get if nulls else None)
    if pa.types.is_floating(kind):
        return column.to_pandas()
    if pa.types.is_decimal(kind):  # DECIMAL and HUGEINT (a sum of integers): float64
        return pc.cast(column, pa.float64()).to_pandas()
    if pa.types.is_date32(kind):  # DATE: datetime64[us], NaT for NULL
        return pc.cast(column, pa.timestamp("us")).to_pandas()
    if _is_list_of_rows(kind):
        # a list of rows of text and whole numbers (the Countries page's events' origins): each
        # value a numpy array of dicts, NULL as pd.NA; DuckDB's own conversion of the part that
        # holds it was about 4 ms of 6 at a million events
        return pd.Series(
            [pd.NA if v is None else np.array(v, dtype=object) for v in column.to_pylist()],
            dtype=object,
        )
    return None


def _is_list_of_rows(kind: pa.DataType) -> bool:
    return (
        pa.types.is_list(kind)
        and pa.types.is_struct(kind.value_type)
        and all(pa.types.is_string(f.type) or pa.types.is_integer(f.type) for f in kind.value_type)
    )


def _rows_of(part: pa.ChunkedArray) -> pa.Table:
    """A page statement's column, a list of rows (structs), as the table of those rows."""
    flat = pc.list_flatten(part)
    return pa.Table.from_batches(
        [pa.RecordBatch.from_struct_array(chunk) for chunk in flat.chunks],
        schema=pa.schema(list(part.type.value_type)),
    )
