"""What the database says about itself: tables, columns, keys, references and allowed values.

Read from DuckDB's catalog (information_schema, duckdb_constraints) rather than copied by hand,
so validation messages and the data dictionary always agree with the migrations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import duckdb

# The tables that hold the network's records, parents before children: the order rows are
# written in and the order validation reads them in.
DATA_TABLES: tuple[str, ...] = (
    "sources",
    "organisations",
    "projects",
    "project_funders",
    "project_partners",
    "events",
    "event_organisations",
    "participation",
    "outcomes",
    "targets",
)

_IN_LIST = re.compile(r"^\(\"?(\w+)\"? IN \((.*)\)\)$")


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # DuckDB type name: VARCHAR, INTEGER, DATE, BOOLEAN, ...
    required: bool  # NOT NULL with no default
    default: str | None
    allowed: tuple[str, ...] | None = None  # from a CHECK (col IN (...))
    references: tuple[str, str] | None = None  # (table, column) of a foreign key


@dataclass(frozen=True)
class Table:
    name: str
    columns: dict[str, Column]
    key: tuple[str, ...]
    checks: tuple[str, ...] = field(default=())

    @property
    def column_names(self) -> list[str]:
        return list(self.columns)


def describe(con: duckdb.DuckDBPyConnection, table: str) -> Table:
    """The catalog's description of one table."""
    rows = con.execute(
        "SELECT column_name, data_type, is_nullable, column_default"
        " FROM information_schema.columns WHERE table_name = $t ORDER BY ordinal_position",
        {"t": table},
    ).fetchall()
    if not rows:
        raise KeyError(f"no table {table!r} in the database")
    constraints = con.execute(
        "SELECT constraint_type, constraint_column_names, expression, referenced_table,"
        " referenced_column_names FROM duckdb_constraints() WHERE table_name = $t",
        {"t": table},
    ).fetchall()
    allowed: dict[str, tuple[str, ...]] = {}
    references: dict[str, tuple[str, str]] = {}
    key: tuple[str, ...] = ()
    checks: list[str] = []
    for kind, cols, expression, ref_table, ref_cols in constraints:
        if kind == "PRIMARY KEY":
            key = tuple(cols)
        elif kind == "FOREIGN KEY" and ref_table:
            references[cols[0]] = (ref_table, ref_cols[0])
        elif kind == "CHECK" and expression:
            match = _IN_LIST.match(expression)
            if match and len(set(cols)) == 1:
                values = re.findall(r"'((?:[^']|'')*)'", match.group(2))
                allowed[match.group(1)] = tuple(v.replace("''", "'") for v in values)
            else:
                checks.append(expression)
    columns = {
        name: Column(
            name=name,
            type=dtype,
            required=(nullable == "NO" and default is None),
            default=default,
            allowed=allowed.get(name),
            references=references.get(name),
        )
        for name, dtype, nullable, default in rows
    }
    return Table(name=table, columns=columns, key=key, checks=tuple(checks))


def describe_all(con: duckdb.DuckDBPyConnection) -> dict[str, Table]:
    """Descriptions of every data table, in write order."""
    return {name: describe(con, name) for name in DATA_TABLES}
