"""Checksums of whole tables, independent of row order: an import records its table's before
and after, and undo is checked against the one from before."""

from __future__ import annotations

import duckdb

from atlas.identifiers import checked_identifier


def table_checksum(con: duckdb.DuckDBPyConnection, table: str) -> str:
    """An md5 digest of a table's whole content, independent of row order."""
    return con.execute(
        "SELECT md5(coalesce(string_agg(j, chr(10) ORDER BY j), '')) FROM"  # noqa: S608
        " (SELECT CAST(to_json(t) AS VARCHAR) AS j FROM " + checked_identifier(table) + " AS t)"
    ).fetchone()[0]


def checksums(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """table_checksum of every table in the database."""
    names = [
        n
        for (n,) in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE NOT temporary ORDER BY table_name"
        ).fetchall()
    ]
    return {n: table_checksum(con, n) for n in names}
