"""The data dictionary of a selection's columns (meaning, type, unit, allowed values, links,
whether a cell can be empty), generated from the schema and its column comments, and what one row
of a table means."""

from __future__ import annotations

import duckdb
import pandas as pd

from atlas import countries, labels
from atlas.export import hxl
from atlas.export.rows import column_types, cursor, relation, wrapped
from atlas.export.selection import TABLES, Selection
from atlas.i18n import DEFAULT, N_, split_unit, translator
from atlas.schema import describe

# Meanings of the wide view's computed columns (they are not schema columns, so they have no
# comment in the catalogue; they are defined here, next to the SQL that computes them).
BY_COUNTRY_COLUMNS = {
    "not_broken_down": (
        N_(
            "Participants of the event whom no country count accounts for: participants_total minus "
            "the stated country counts. A lower bound when participants_at_least is true; empty when "
            "the source gives no total."
        ),
        N_("people"),
    ),
    "countries_without_count": (
        N_(
            "Home countries the source names for the event without a count, comma-separated ISO-3 "
            "codes. Their participants are inside not_broken_down."
        ),
        None,
    ),
}

# Meanings of the results table's computed columns (queries/results/table.sql says how each is
# counted); the target's own columns are described by their comments in the catalogue.
RESULTS_COLUMNS = {
    "project_name": ("Name of the project.", None),
    "actual": (
        "What the project did, counted live from its records in view: events, outcomes or "
        "countries counted; for participants the sum of the counted events' stated totals "
        "(empty when none states one); for manual indicators the count entered by hand.",
        None,
    ),
    "actual_at_least": (
        'True when actual is a lower bound: a "more than" total, an event with no '
        "stated total, or records with no date left out of a bounded period.",
        None,
    ),
    "progress_pct": (
        "actual / target_value x 100, rounded; empty for a target of 0 or no actual.",
        "percent",
    ),
    "undated_in_actual": (
        "Records with no date that actual counts (the target has no period and the "
        "view no date range).",
        "records",
    ),
    "undated_left_out": (
        "Records with no date that actual leaves out, because the target's period or "
        "the view's date range bounds it and they cannot be placed in it.",
        "records",
    ),
}
COMPUTED_COLUMNS = {"events_by_country": BY_COUNTRY_COLUMNS, "results": RESULTS_COLUMNS}


def column_entries(
    cur: duckdb.DuckDBPyConnection,
    selection: Selection,
    result_columns: list[tuple[str, str]],
    lang: str = DEFAULT,
) -> list[dict[str, object]]:
    """One entry per column. The keys stay as they are (read by programs); the words (meaning,
    type, unit, yes/no) follow `lang`. The column comments are extracted into the catalogs from
    the migrations (babel.cfg), so they translate like any message."""
    t = translator(lang)
    table = TABLES[selection.table]
    schema = describe(cur, table.columns_from)
    comments = dict(
        cur.execute(
            "SELECT column_name, comment FROM duckdb_columns()"
            " WHERE database_name = current_database() AND table_name = $t",
            {"t": table.columns_from},
        ).fetchall()
    )
    entries = []
    for name, dtype in result_columns:
        col = schema.columns.get(name)
        if col is not None:
            meaning, unit = split_unit(comments.get(name) or "")
            allowed = ", ".join(col.allowed) if col.allowed else ""
            links = f"{col.references[0]}.{col.references[1]}" if col.references else ""
            can_be_empty = not col.required and col.default is None
        elif name in COMPUTED_COLUMNS.get(selection.table, {}):
            meaning, unit = COMPUTED_COLUMNS[selection.table][name]
            allowed, links, can_be_empty = "", "", True
        elif table.by_country and countries.is_code(name):
            meaning = t._(
                "Participants from {country} ({code}) as the source states them; empty when the "
                "source names the country without a count (see countries_without_count) or does "
                "not name it for the event."
            ).format(country=t.country(name), code=name)
            unit, allowed, links, can_be_empty = N_("people"), "", "", True
        else:
            meaning, unit, allowed, links, can_be_empty = "", None, "", "", True
        entries.append(
            {
                "column": name,
                "type": f"{dtype} ({t._(labels.TYPE_WORDS[dtype])})"
                if dtype in labels.TYPE_WORDS
                else dtype,
                "meaning": t._(meaning) if meaning else "",
                "unit": t._(unit) if unit else "",
                "allowed values": allowed,
                "links to": links,
                "can be empty": t._("yes") if can_be_empty else t._("no"),
                "HXL hashtag": hxl.hashtag(selection.table, name),
            }
        )
    return entries


def dictionary(
    con: duckdb.DuckDBPyConnection, selection: Selection, lang: str = DEFAULT
) -> pd.DataFrame:
    """The data dictionary of the selection's columns: meaning, type, unit, allowed values, links,
    whether a cell can be empty. Generated from the schema and its column comments."""
    with cursor(con) as cur, relation(cur, selection) as (sql, params):
        return pd.DataFrame(column_entries(cur, selection, column_types(cur, sql, params), lang))


def table_meaning(con: duckdb.DuckDBPyConnection, selection: Selection, lang: str = DEFAULT) -> str:
    """What one row means (the table's comment in the catalogue) and which rows the filters keep."""
    t = translator(lang)
    table = TABLES[selection.table]
    if table.by_country:
        return t._(table.which)
    with cursor(con) as cur:
        comment = cur.execute(
            "SELECT comment FROM duckdb_tables() WHERE database_name = current_database() AND table_name = $t",
            {"t": table.columns_from},
        ).fetchone()
    return " ".join(t._(x) for x in ((comment[0] if comment else None), table.which) if x)


def summary(
    con: duckdb.DuckDBPyConnection, selection: Selection, rows: int = 100, lang: str = DEFAULT
) -> tuple[int, pd.DataFrame, pd.DataFrame]:
    """Row count, first `rows` rows and data dictionary in one go (the wide view's temporary
    tables are made once): what the Data page shows before any download."""
    with cursor(con) as cur, relation(cur, selection) as (sql, params):
        total = int(cur.execute(wrapped("SELECT count(*) FROM ", sql), params).fetchone()[0])
        first = cur.execute(
            wrapped("SELECT * FROM ", sql, " LIMIT $preview_rows"),
            params | {"preview_rows": int(rows)},
        ).df()
        entries = pd.DataFrame(column_entries(cur, selection, column_types(cur, sql, params), lang))
    return total, first, entries
