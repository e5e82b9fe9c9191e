"""The one way data are changed after the build: entry forms, spreadsheet imports, deletes and
undoing an import all come through here, are checked by atlas.validation, and are written with
their audit rows in one transaction, or not at all.

    python -m atlas.ingest TABLE FILE [--sheet NAME] [--commit]

prints the preview (every row's problems, then what would change, by key) and writes only with
--commit. It works while the app is not running: DuckDB lets one process write a file, and when
another holds it the command says so, exits with status 3 and changes nothing.

A write is planned first (`plan_import`, `plan_form`, `plan_delete`, `plan_undo`): its problems
and its changes (insert, update or delete of one row by key, with the row before and after).
`commit` then checks that the rows are still as the plan saw them and writes everything.

One DuckDB limitation shapes `commit`: it refuses to delete a row, or to change an indexed column
of it (its key, a UNIQUE or a foreign-key column, even to the same value), while committed rows
reference it, and a delete of those referencing rows in the same transaction does not count.
So an update only ever sets the columns that changed, never the key, and a write that must
remove a referenced row (deleting an event with its participation, changing the project of an
event that has participation) is split: the first transaction commits the audit rows, the whole
plan in pending_writes and the first step; each later step is its own transaction; a write cut
short is finished from pending_writes by `resume_pending` the next time anything is written.
Every other write, which is every import that adds rows or changes plain columns, is one
transaction.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import re
import sys
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pyarrow as pa

from atlas import backup, countries, facts
from atlas.db import connect, db_path, migrate, shared
from atlas.schema import DATA_TABLES, Table, describe_all
from atlas.spreadsheet import FileRefused, Sheet, read_path, unguard_formula
from atlas.validation import Existing, Problem, Row, check_batch, coerce

# Rows that go with their parent when it is deleted. Any other row that references a row being
# deleted stops the delete, with a message saying which rows to change first.
GOES_WITH = {
    "events": ("participation", "event_organisations", "outcomes"),
    "organisations": ("event_organisations", "project_funders", "project_partners"),
    "projects": ("project_funders", "project_partners"),
}
WHAT = {  # a table's rows in the users' words
    "sources": ("source", "sources"),
    "organisations": ("organisation", "organisations"),
    "projects": ("project", "projects"),
    "project_funders": ("funder link", "funder links"),
    "project_partners": ("partner link", "partner links"),
    "events": ("event", "events"),
    "event_organisations": ("organisation link", "organisation links"),
    "participation": ("participation row (participants from one country)", "participation rows (participants by country)"),
    "outcomes": ("outcome", "outcomes"),
}
STEP_RETRIES = 5


def what(table: str, n: int) -> str:
    one, many = WHAT.get(table, (table, table))
    return f"{n:,} {one if n == 1 else many}"


# --- who and when -----------------------------------------------------------------------------

def os_actor() -> str:
    """The operating-system user, else "local": the actor when nobody is signed in."""
    try:
        return getpass.getuser() or "local"
    except Exception:  # no user name in the environment (some containers)
        return "local"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


# --- rows as JSON (audit_log, pending_writes) -----------------------------------------------

def plain(value: object) -> object:
    """A value as JSON and the previews show it: a date as ISO text, anything else as it is."""
    return value.isoformat() if isinstance(value, dt.date) else value


def to_json(row: Mapping[str, object] | None) -> str | None:
    """A row as JSON text: dates as ISO text, everything else as it is."""
    if row is None:
        return None
    return json.dumps({k: plain(v) for k, v in row.items()}, ensure_ascii=False)


def from_json(table: Table, text: str | None) -> dict | None:
    """The row `to_json` wrote, with its types back, so it can be written again exactly."""
    if text is None:
        return None
    row = json.loads(text)
    for name, value in row.items():
        if value is not None and table.columns[name].type == "DATE":
            row[name] = dt.date.fromisoformat(value)
    return row


def _key_json(key: tuple) -> str:
    return json.dumps([plain(k) for k in key], ensure_ascii=False)


# --- plans --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Change:
    """One row inserted, updated or deleted, by key, with the whole row before and after."""

    table: str
    action: str  # insert | update | delete
    key: tuple
    before: dict | None
    after: dict | None
    location: str = ""  # "Row 14" for an import

    @property
    def columns(self) -> list[str]:
        """The columns an update changes."""
        if self.before is None or self.after is None:
            return []
        return [c for c in self.after if self.after[c] != self.before.get(c)]


@dataclass
class Plan:
    """What a write would do: its problems (nothing is written while there are any) and changes."""

    table: str
    via: str  # form | import | undo
    problems: list[Problem] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    unchanged: int = 0
    file_name: str | None = None
    described: str = ""
    notes: list[str] = field(default_factory=list)
    import_id: int | None = None  # the import an undo reverses

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.changes)

    def count(self, action: str, table: str | None = None) -> int:
        return sum(1 for c in self.changes if c.action == action and (table is None or c.table == table))

    def summary(self) -> str:
        if self.via == "import":
            return (f"{self.count('insert'):,} new, {self.count('update'):,} changed, "
                    f"{self.unchanged:,} unchanged")
        parts = [f"{n:,} {word}" for word, n in (("added", self.count("insert")), ("changed", self.count("update")),
                                                 ("deleted", self.count("delete"))) if n]
        return ", ".join(parts) or "nothing to change"


class Refused(Exception):
    """A write was refused; nothing was written. `problems` says why, row by row if it can."""

    def __init__(self, message: str, problems: list[Problem] | None = None):
        super().__init__(message)
        self.message = message
        self.problems = problems or []


@dataclass
class Written:
    inserted: int
    updated: int
    deleted: int
    import_id: int | None = None
    steps: int = 1
    warning: str | None = None

    def summary(self) -> str:
        parts = [f"{n:,} {word}" for word, n in (("added", self.inserted), ("changed", self.updated),
                                                 ("deleted", self.deleted)) if n]
        return ", ".join(parts) or "nothing changed"


_SCHEMAS: dict[tuple, dict[str, Table]] = {}


def schema(con: duckdb.DuckDBPyConnection) -> dict[str, Table]:
    """describe_all, read once per schema: the migrations applied decide what the catalog says."""
    applied = tuple(con.execute("SELECT version, name FROM schema_version ORDER BY version").fetchall())
    if applied not in _SCHEMAS:
        _SCHEMAS[applied] = describe_all(con)
    return _SCHEMAS[applied]


def _ident(name: str) -> str:
    if not re.fullmatch(r"[a-z_][a-z0-9_]*", name):
        raise ValueError(f"not an identifier: {name!r}")
    return '"' + name + '"'


def _type(name: str) -> str:
    if not re.fullmatch(r"[A-Z][A-Z0-9_]*", name):
        raise ValueError(f"not a type name: {name!r}")
    return name


def _with_defaults(table: Table, values: dict) -> dict:
    """The whole row as it would be stored: every column, an empty one taking its default."""
    row = {}
    for name, column in table.columns.items():
        value = values.get(name)
        if value is None and column.default is not None and column.type == "BOOLEAN":
            value = column.default.strip("'").lower() in ("true", "t")
        row[name] = value
    return row


def _text(value: object) -> str | None:
    """A value as text DuckDB casts back to exactly the same value."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _arrow(columns: list[str], rows: Iterable[Mapping[str, object]]) -> pa.Table:
    rows = list(rows)
    return pa.table({c: pa.array([_text(r.get(c)) for r in rows], type=pa.string()) for c in columns})


def _typed_select(table: Table, columns: list[str], view: str) -> str:
    """SELECT casting each text column of a registered view back to the table's type. Names and
    types come from the catalog; the values stay in the view."""
    casts = ", ".join(f"CAST({_ident(c)} AS {_type(table.columns[c].type)}) AS {_ident(c)}" for c in columns)
    return "SELECT " + casts + " FROM " + view  # noqa: S608


def fetch_rows(con: duckdb.DuckDBPyConnection, table: Table, keys: Iterable[tuple]) -> dict[tuple, dict]:
    """The stored rows for these keys, by key."""
    keys = list(dict.fromkeys(keys))
    if not keys:
        return {}
    view = f"wanted_keys_{uuid.uuid4().hex[:8]}"
    con.register(view, _arrow(list(table.key), (dict(zip(table.key, k, strict=True)) for k in keys)))
    try:
        on = " AND ".join(f"t.{_ident(k)} = w.{_ident(k)}" for k in table.key)
        sql = ("SELECT t.* FROM " + _ident(table.name) + " AS t JOIN (" + _typed_select(table, list(table.key), view)  # noqa: S608
               + ") AS w ON " + on)
        cursor = con.execute(sql)
        names = [d[0] for d in cursor.description]
        rows = [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]
    finally:
        con.unregister(view)
    return {tuple(r[k] for k in table.key): r for r in rows}


def _unique_columns(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    rows = con.execute(
        "SELECT constraint_column_names FROM duckdb_constraints()"
        " WHERE table_name = $t AND constraint_type = 'UNIQUE'", {"t": table}).fetchall()
    return [cols[0] for (cols,) in rows if len(cols) == 1]


def _unique_problems(con: duckdb.DuckDBPyConnection, table: Table, rows: list[Row]) -> list[Problem]:
    """A UNIQUE column (an organisation's name) must not repeat another row's value."""
    problems = []
    for column in _unique_columns(con, table.name):
        values = [r.values.get(column) for r in rows if r.values.get(column) is not None]
        if not values:
            continue
        taken = dict(con.execute(
            "SELECT " + _ident(column) + ", " + _ident(table.key[0]) + " FROM " + _ident(table.name)  # noqa: S608
            + " WHERE " + _ident(column) + " = ANY($v)", {"v": values}).fetchall())
        seen: dict[object, object] = {}
        for row in rows:
            value, key = row.values.get(column), row.values.get(table.key[0])
            if value is None:
                continue
            other = taken.get(value)
            if other is not None and other != key:
                problems.append(Problem(row.location, column, f"{value!r} is already used by {WHAT[table.name][0]} {other!r}"))
            elif value in seen and seen[value] != key:
                problems.append(Problem(row.location, column, f"{value!r} appears twice"))
            seen.setdefault(value, key)
    return problems


def _diff(con: duckdb.DuckDBPyConnection, table: Table, rows: list[Row]) -> tuple[list[Change], int]:
    """New, changed and unchanged rows against the database, by key (the first of duplicates)."""
    by_key: dict[tuple, Row] = {}
    for row in rows:
        key = tuple(row.values.get(k) for k in table.key)
        if None not in key:
            by_key.setdefault(key, row)
    stored = fetch_rows(con, table, by_key)
    changes, unchanged = [], 0
    for key, row in by_key.items():
        after = _with_defaults(table, row.values)
        before = stored.get(key)
        if before is None:
            changes.append(Change(table.name, "insert", key, None, after, row.location))
        elif before == after:
            unchanged += 1
        else:
            changes.append(Change(table.name, "update", key, before, after, row.location))
    return changes, unchanged


def plan_import(con: duckdb.DuckDBPyConnection, table_name: str, sheet: Sheet) -> Plan:
    """Check a sheet's rows as rows of `table_name` and compare them with the database by key.

    The header must name exactly the table's columns (in any order, any case): a renamed or
    missing column is refused rather than guessed, so no column is ever lost silently.
    """
    tables = schema(con)
    if table_name not in tables:
        raise Refused(f"{table_name!r} is not a table that can be imported; choose one of: {', '.join(DATA_TABLES)}.")
    table = tables[table_name]
    plan = Plan(table_name, "import", file_name=sheet.file_name, described=sheet.described, notes=list(sheet.notes))
    header = [h.strip().lower() for h in sheet.header]
    expected = table.column_names
    if "" in header:
        plan.problems.append(Problem("Row 1", None, f"column {header.index('') + 1} of the header is empty"))
    for name in sorted(h for h, n in Counter(header).items() if n > 1 and h):  # linear in the columns
        plan.problems.append(Problem("Row 1", name, "appears twice in the header"))
    unknown = [h for h in dict.fromkeys(header) if h and h not in table.columns]
    missing = [c for c in expected if c not in header]
    if unknown:
        plan.problems.append(Problem("Row 1", ", ".join(unknown), f"is not a column of {table_name} (the columns are: {', '.join(expected)})"))
    if missing:
        plan.problems.append(Problem("Row 1", ", ".join(missing), "missing from the header; download the template for the expected header"))
    if plan.problems:
        return plan
    rows: list[Row] = []
    for number, cells in sheet.rows:
        location = f"Row {number}"
        if len(cells) > len(header) and any(c is not None and str(c).strip() for c in cells[len(header):]):
            plan.problems.append(Problem(location, None, f"has {len(cells)} cells but the header has {len(header)} columns"))
        raw = {name: (cells[i] if i < len(cells) else None) for i, name in enumerate(header)}
        for name, value in raw.items():
            if table.columns[name].type == "VARCHAR":
                raw[name] = unguard_formula(value)
        row, problems = coerce(table, location, raw)
        rows.append(row)
        plan.problems += problems
    plan.problems += sheet.problems
    plan.problems += _follow_ups_dropped(plan.problems, check_batch(tables, {table_name: rows}, Existing(con), replacing=True))
    plan.problems += _unique_problems(con, table, rows)
    plan.problems.sort(key=_problem_order)
    blamed = {p.location for p in plan.problems}
    plan.changes, plan.unchanged = _diff(con, table, [r for r in rows if r.location not in blamed])
    if blamed:
        plan.notes.append(f"{len(blamed):,} row(s) with problems are left out of the changes shown.")
    return plan


def _follow_ups_dropped(unreadable: list[Problem], checked: list[Problem]) -> list[Problem]:
    """The rule problems, less those about a cell that could not be read at all: "'2016-02-30' is
    not a real date" says it, "start_date is required when date_precision is given" adds nothing."""
    seen = {(p.location, p.column) for p in unreadable}
    return [p for p in checked if (p.location, p.column) not in seen]


def _problem_order(problem: Problem) -> tuple:
    match = re.match(r"Row (\d+)", problem.location)
    return (int(match.group(1)) if match else 0, problem.location)


class _ExistingWithout(Existing):
    """The database's participation, less the rows of events whose whole breakdown a form gives."""

    def __init__(self, con: duckdb.DuckDBPyConnection, replaced_events: set[str]):
        super().__init__(con)
        self.replaced = replaced_events

    def participation(self, event_ids: Iterable[str]) -> dict[tuple[str, str], int | None]:
        rows = super().participation(event_ids)
        return {k: v for k, v in rows.items() if k[0] not in self.replaced}


FORM_NAMES = {"events": "Event", "outcomes": "Outcome", "organisations": "Organisation",
              "projects": "Project", "sources": "Source"}


def plan_form(con: duckdb.DuckDBPyConnection, table_name: str, values: Mapping[str, object], *,
              editing: tuple | None = None, participation: list[Mapping[str, object]] | None = None) -> Plan:
    """Check a form's values (text or typed) for a new row, or for the row with key `editing`.

    For an event, `participation` is its whole breakdown by country ({country_iso3, participants,
    source_quote}); countries left out of it are deleted.
    """
    tables = schema(con)
    table = tables[table_name]
    plan = Plan(table_name, "form")
    row, problems = coerce(table, FORM_NAMES.get(table_name, table_name), dict(values))
    plan.problems += problems
    key = tuple(row.values.get(k) for k in table.key)
    if editing is not None and key != tuple(editing):
        plan.problems.append(Problem(row.location, table.key[-1], f"cannot be changed (it is the key); add a new {WHAT[table_name][0]} instead"))
        return plan
    batch = {table_name: [row]}
    replaced: set[str] = set()
    parts: list[Row] = []
    if participation is not None:
        event_id = row.values.get("event_id")
        replaced.add(event_id)
        for part in participation:
            where = f"Participants from {countries.display_name(str(part.get('country_iso3') or '?'))}"
            prow, problems = coerce(tables["participation"], where, {"event_id": event_id, **part})
            parts.append(prow)
            plan.problems += problems
        batch["participation"] = parts
    plan.problems += _follow_ups_dropped(plan.problems, check_batch(tables, batch, _ExistingWithout(con, replaced),
                                                                    replacing=editing is not None))
    plan.problems += _unique_problems(con, table, [row])
    if plan.problems:
        return plan
    plan.changes, plan.unchanged = _diff(con, table, [row])
    if participation is not None:
        stored = fetch_rows(con, tables["participation"], _participation_keys(con, row.values["event_id"]))
        changes, unchanged = _diff(con, tables["participation"], parts)
        plan.changes += changes
        plan.unchanged += unchanged
        wanted = {(p.values["event_id"], p.values["country_iso3"]) for p in parts}
        plan.changes += [Change("participation", "delete", k, r, None) for k, r in stored.items() if k not in wanted]
    return plan


def plan_rows(con: duckdb.DuckDBPyConnection, rows: Mapping[str, list[tuple[str, Mapping[str, object]]]], *,
              table: str = "events", via: str = "form") -> Plan:
    """Check new rows of several tables written together (a reviewed report's source, events,
    participation, organisations, ...) and plan their inserts. `rows` maps a table to its
    (location, values) pairs. The rules across tables apply to the batch as a whole: keys new to
    the database, references to a row of the batch or the database, counts within totals."""
    tables = schema(con)
    plan = Plan(table, via)
    batch: dict[str, list[Row]] = {}
    for name in DATA_TABLES:
        for location, values in rows.get(name, []):
            row, problems = coerce(tables[name], location, dict(values))
            batch.setdefault(name, []).append(row)
            plan.problems += problems
    plan.problems += _follow_ups_dropped(plan.problems, check_batch(tables, batch, Existing(con)))
    for name, mine in batch.items():
        plan.problems += _unique_problems(con, tables[name], mine)
    if plan.problems:
        return plan
    for name, mine in batch.items():
        changes, unchanged = _diff(con, tables[name], mine)
        plan.changes += changes
        plan.unchanged += unchanged
    return plan


def _participation_keys(con: duckdb.DuckDBPyConnection, event_id: str) -> list[tuple]:
    return [tuple(r) for r in con.execute(
        "SELECT event_id, country_iso3 FROM participation WHERE event_id = $e", {"e": event_id}).fetchall()]


def _references(tables: Mapping[str, Table]) -> dict[str, list[tuple[str, str, str]]]:
    """For each table, the (child table, child column, parent column) that reference it."""
    refs: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for child in tables.values():
        for column in child.columns.values():
            if column.references and column.references[0] in tables:
                refs[column.references[0]].append((child.name, column.name, column.references[1]))
    return refs


def _children(con: duckdb.DuckDBPyConnection, tables: Mapping[str, Table], table: str, row: Mapping[str, object]) -> list[tuple[str, tuple, dict]]:
    """The stored rows that reference this row: (table, key, row)."""
    found = []
    for child, column, parent_column in _references(tables)[table]:
        ct = tables[child]
        cursor = con.execute("SELECT * FROM " + _ident(child) + " WHERE " + _ident(column) + " = $v",  # noqa: S608
                             {"v": row[parent_column]})
        names = [d[0] for d in cursor.description]
        for values in cursor.fetchall():
            r = dict(zip(names, values, strict=True))
            found.append((child, tuple(r[k] for k in ct.key), r))
    return found


def _referenced(con: duckdb.DuckDBPyConnection, tables: Mapping[str, Table], changes: list[Change]) -> set[tuple[str, tuple]]:
    """(table, key) of the rows in `changes` that stored rows reference: one query per reference."""
    found: set[tuple[str, tuple]] = set()
    by_table: dict[str, list[Change]] = defaultdict(list)
    for c in changes:
        by_table[c.table].append(c)
    for table, mine in by_table.items():
        for child, column, parent_column in _references(tables)[table]:
            values = list({c.before[parent_column] for c in mine} - {None})
            if not values:
                continue
            used = {v for (v,) in con.execute(
                "SELECT DISTINCT " + _ident(column) + " FROM " + _ident(child)  # noqa: S608
                + " WHERE " + _ident(column) + " = ANY($v)", {"v": values}).fetchall()}
            found |= {(table, c.key) for c in mine if c.before[parent_column] in used}
    return found


def plan_delete(con: duckdb.DuckDBPyConnection, table_name: str, key: tuple) -> Plan:
    """Delete one row and the rows that go with it (GOES_WITH); refused while other rows still
    reference it, naming them."""
    tables = schema(con)
    table = tables[table_name]
    plan = Plan(table_name, "form")
    where = f"{FORM_NAMES.get(table_name, WHAT[table_name][0].capitalize())} {key[0]!r}"
    stored = fetch_rows(con, table, [tuple(key)]).get(tuple(key))
    if stored is None:
        plan.problems.append(Problem(where, None, "is no longer in the database"))
        return plan
    going: list[Change] = []
    blocking: dict[str, list[tuple]] = defaultdict(list)
    for child, ckey, crow in _children(con, tables, table_name, stored):
        if child in GOES_WITH.get(table_name, ()):
            going.append(Change(child, "delete", ckey, crow, None))
        else:
            blocking[child].append(ckey)
    for child, keys in blocking.items():
        shown = ", ".join(repr(k[0] if len(k) == 1 else " / ".join(map(str, k))) for k in keys[:3])
        more = f" and {len(keys) - 3} more" if len(keys) > 3 else ""
        plan.problems.append(Problem(where, None, f"is still used by {what(child, len(keys))} ({shown}{more}); change or delete them first"))
    plan.changes = going + [Change(table_name, "delete", tuple(key), stored, None)]
    counts = defaultdict(int)
    for change in going:
        counts[change.table] += 1
    if counts:
        plan.notes.append("Also deleted: " + ", ".join(what(t, n) for t, n in counts.items()) + ".")
    return plan


# --- writing ------------------------------------------------------------------------------

def _indexed_columns(con: duckdb.DuckDBPyConnection) -> dict[str, set[str]]:
    """Columns DuckDB keeps in an index (key, UNIQUE, foreign key): see the module docstring."""
    indexed: dict[str, set[str]] = defaultdict(set)
    for table, cols in con.execute(
            "SELECT table_name, constraint_column_names FROM duckdb_constraints()"
            " WHERE constraint_type IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')").fetchall():
        indexed[table] |= set(cols)
    return indexed


def _op(action: str, table: Table, rows: list[dict], columns: list[str] | None = None) -> dict:
    """A step's operation as JSON-able data: the journal stores it and `_apply` runs it."""
    if action == "update":
        columns = list(table.key) + [c for c in (columns or []) if c not in table.key]
    elif action == "delete":
        columns = list(table.key)
    else:
        columns = table.column_names
    return {"op": action, "table": table.name, "columns": columns,
            "rows": [{c: plain(r.get(c)) for c in columns} for r in rows]}


def _ops(action: str, tables: Mapping[str, Table], changes: list[Change], *, parents_first: bool) -> list[dict]:
    """Changes of one kind grouped into operations, table by table in write order."""
    order = list(DATA_TABLES) if parents_first else list(reversed(DATA_TABLES))
    ops = []
    for name in order:
        mine = [c for c in changes if c.table == name]
        if not mine:
            continue
        if action == "update":
            groups: dict[tuple, list[Change]] = defaultdict(list)
            for c in mine:
                groups[tuple(c.columns)].append(c)
            ops += [_op("update", tables[name], [c.after for c in group], list(cols)) for cols, group in groups.items()]
        elif action == "delete":
            ops.append(_op("delete", tables[name], [c.before for c in mine]))
        else:
            ops.append(_op("insert", tables[name], [c.after for c in mine]))
    return ops


def _schedule(con: duckdb.DuckDBPyConnection, tables: Mapping[str, Table], changes: list[Change]) -> list[list[dict]]:
    """The steps (one transaction each) that make `changes`, see the module docstring.

    Usually one step: deletes (children first), updates, inserts (parents first). When a row to
    delete, or to change in an indexed column, is referenced by stored rows, those rows (and the
    rows referencing them) are removed in earlier steps, the deepest first, and put back, with
    their own changes, in the last step.
    """
    indexed = _indexed_columns(con)
    deletes = [c for c in changes if c.action == "delete"]
    updates = [c for c in changes if c.action == "update"]
    inserts = [c for c in changes if c.action == "insert"]
    candidates = [c for c in deletes + updates if c.action == "delete" or set(c.columns) & indexed[c.table]]
    referenced = _referenced(con, tables, candidates)
    blocked = [c for c in candidates if (c.table, c.key) in referenced]
    if not blocked:
        return [_ops("delete", tables, deletes, parents_first=False) + _ops("update", tables, updates, parents_first=True)
                + _ops("insert", tables, inserts, parents_first=True)]

    # Rows to remove before the blocked ones, with their height (0 = nothing references them).
    removed: dict[tuple[str, tuple], dict] = {}
    height: dict[tuple[str, tuple], int] = {}

    def remove(table: str, key: tuple, row: dict) -> int:
        ident = (table, key)
        if ident in height:
            return height[ident]
        removed[ident] = row
        below = [remove(ct, ck, cr) for ct, ck, cr in _children(con, tables, table, row)]
        height[ident] = 1 + max(below) if below else 0
        return height[ident]

    for c in deletes:
        remove(c.table, c.key, c.before)
    deleted = {(c.table, c.key) for c in deletes}
    still_used = [ident for ident in removed if ident not in deleted]
    if still_used:
        table, key = still_used[0]
        raise Refused(f"A row to delete is still used by {what(table, len(still_used))} (the first: "
                      f"{' / '.join(map(str, key))}); nothing was written.")
    for c in blocked:
        if c.action == "update" and (c.table, c.key) not in removed:
            for ct, ck, cr in _children(con, tables, c.table, c.before):
                remove(ct, ck, cr)
    top = max(height.values())
    steps: list[list[dict]] = []
    for level in range(top + 1):
        rows = [Change(t, "delete", k, r, None) for (t, k), r in removed.items() if height[(t, k)] == level]
        steps.append(_ops("delete", tables, rows, parents_first=False))
    updated = {(c.table, c.key): c.after for c in updates}
    put_back = [Change(t, "insert", k, None, updated.get((t, k), r)) for (t, k), r in removed.items() if (t, k) not in deleted]
    last = (_ops("update", tables, [c for c in updates if (c.table, c.key) not in removed], parents_first=True)
             + _ops("insert", tables, put_back + inserts, parents_first=True))
    if last:
        steps.append(last)
    return steps


def _apply(con: duckdb.DuckDBPyConnection, tables: Mapping[str, Table], op: dict) -> None:
    """Run one operation of a step: insert, update or delete rows through a registered table."""
    if op["op"] == "finish_import":
        table = op["table"]
        con.execute("UPDATE imports SET checksum_after = $c WHERE import_id = $i",
                    {"c": table_checksum(con, table), "i": op["import_id"]})
        return
    table = tables[op["table"]]
    columns = op["columns"]
    rows = [from_json(table, json.dumps(r)) for r in op["rows"]]
    view = f"step_rows_{uuid.uuid4().hex[:8]}"
    con.register(view, _arrow(columns, rows))
    try:
        source = "(" + _typed_select(table, columns, view) + ") AS s"
        match = " AND ".join(f"{_ident(table.name)}.{_ident(k)} = s.{_ident(k)}" for k in table.key)
        touched = _touched_events(con, table, rows, source, match) if table.name in facts.EVENT_TABLES else None
        if op["op"] == "insert":
            con.execute("INSERT INTO " + _ident(table.name) + " BY NAME SELECT * FROM " + source)  # noqa: S608
        elif op["op"] == "delete":
            con.execute("DELETE FROM " + _ident(table.name) + " USING " + source + " WHERE " + match)  # noqa: S608
        elif op["op"] == "update":
            sets = ", ".join(f"{_ident(c)} = s.{_ident(c)}" for c in columns if c not in table.key)
            con.execute("UPDATE " + _ident(table.name) + " SET " + sets + " FROM " + source + " WHERE " + match)  # noqa: S608
        else:
            raise ValueError(f"unknown operation {op['op']!r}")
        if touched is not None:
            facts.refresh(con, touched)
    finally:
        con.unregister(view)


def _touched_events(con: duckdb.DuckDBPyConnection, table: Table, rows: list[dict], source: str, match: str) -> set[str]:
    """The events whose facts an operation on `table` changes: the event_id of each row written,
    and the event the row belonged to before (an outcome moved to another event changes both)."""
    ids = {r.get("event_id") for r in rows} - {None}
    if "event_id" not in table.key:
        ids |= {i for (i,) in con.execute(
            "SELECT " + _ident(table.name) + ".event_id FROM " + _ident(table.name) + ", " + source  # noqa: S608
            + " WHERE " + match).fetchall() if i is not None}
    return ids


def table_checksum(con: duckdb.DuckDBPyConnection, table: str) -> str:
    """An md5 digest of a table's whole content, independent of row order."""
    return con.execute(
        "SELECT md5(coalesce(string_agg(j, chr(10) ORDER BY j), '')) FROM"  # noqa: S608
        " (SELECT CAST(to_json(t) AS VARCHAR) AS j FROM " + _ident(table) + " AS t)").fetchone()[0]


def checksums(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """table_checksum of every table in the database."""
    names = [n for (n,) in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE NOT temporary ORDER BY table_name").fetchall()]
    return {n: table_checksum(con, n) for n in names}


def _check_current(con: duckdb.DuckDBPyConnection, tables: Mapping[str, Table], changes: list[Change]) -> None:
    """Refuse when a row is no longer as the plan saw it (someone wrote in between)."""
    by_table: dict[str, list[Change]] = defaultdict(list)
    for c in changes:
        by_table[c.table].append(c)
    stale = []
    for name, mine in by_table.items():
        stored = fetch_rows(con, tables[name], [c.key for c in mine])
        stale += [c for c in mine if stored.get(c.key) != c.before]
    if stale:
        first = stale[0]
        raise Refused(f"The data changed since this preview ({what(first.table, len(stale))} differ, the first "
                      f"{first.key[0]!r}). Nothing was written; look at the preview again.")


def _audit_rows(changes: list[Change], at: dt.datetime, actor: str, via: str, import_id: int | None) -> pa.Table:
    return pa.table({
        "at": pa.array([at] * len(changes), type=pa.timestamp("us")),
        "actor": pa.array([actor] * len(changes), type=pa.string()),
        "action": pa.array([c.action for c in changes], type=pa.string()),
        "table_name": pa.array([c.table for c in changes], type=pa.string()),
        "row_key": pa.array([_key_json(c.key) for c in changes], type=pa.string()),
        "before": pa.array([to_json(c.before) for c in changes], type=pa.string()),
        "after": pa.array([to_json(c.after) for c in changes], type=pa.string()),
        "via": pa.array([via] * len(changes), type=pa.string()),
        "import_id": pa.array([import_id] * len(changes), type=pa.int64()),
    })


def _in_transaction(con: duckdb.DuckDBPyConnection, work) -> object:
    con.execute("BEGIN TRANSACTION")
    try:
        result = work()
        con.execute("COMMIT")
        return result
    except BaseException:
        con.execute("ROLLBACK")
        raise


def commit(con: duckdb.DuckDBPyConnection, plan: Plan, actor: str) -> Written:
    """Write a plan with its audit rows, all or nothing (see the module docstring for the one
    case written in steps). Raises Refused, having written nothing, when the plan has problems,
    the rows changed since it was made, or the database refuses a row."""
    if plan.problems:
        raise Refused(f"{len(plan.problems)} problem(s) to fix first; nothing was written.", plan.problems)
    if not plan.changes:
        return Written(0, 0, 0)
    resume_pending(con)
    backup.before_write(con, plan)  # undo, or a delete with dependants: a dated backup first
    tables = schema(con)
    at = _now()
    via = plan.via

    def first_step() -> tuple[list[list[dict]], int | None, str | None]:
        _check_current(con, tables, plan.changes)
        steps = _schedule(con, tables, plan.changes)
        import_id = plan.import_id
        expected = None
        if via == "import":
            import_id = con.execute("SELECT nextval('imports_seq')").fetchone()[0]
            con.execute(
                'INSERT INTO imports (import_id, "at", actor, file_name, table_name, rows_new, rows_changed,'
                " checksum_before) VALUES ($i, $at, $actor, $file, $table, $new, $changed, $sum)",
                {"i": import_id, "at": at, "actor": actor, "file": plan.file_name or "", "table": plan.table,
                 "new": plan.count("insert"), "changed": plan.count("update"),
                 "sum": table_checksum(con, plan.table)})
            steps[-1].append({"op": "finish_import", "table": plan.table, "import_id": import_id})
        elif via == "undo":
            expected = con.execute("SELECT checksum_before FROM imports WHERE import_id = $i",
                                   {"i": import_id}).fetchone()[0]
            con.execute('UPDATE imports SET undone_at = $at, undone_by = $actor WHERE import_id = $i',
                        {"at": at, "actor": actor, "i": import_id})
        audit = _audit_rows(plan.changes, at, actor, via, import_id)
        view = f"audit_rows_{uuid.uuid4().hex[:8]}"
        con.register(view, audit)
        try:
            con.execute("INSERT INTO audit_log BY NAME SELECT * FROM " + view)  # noqa: S608
        finally:
            con.unregister(view)
        for op in steps[0]:
            _apply(con, tables, op)
        if len(steps) > 1:
            con.execute("INSERT INTO pending_writes VALUES ($id, $at, 1, $steps)",
                        {"id": uuid.uuid4().hex, "at": at, "steps": json.dumps(steps, ensure_ascii=False)})
        elif via == "undo" and table_checksum(con, plan.table) != expected:
            raise Refused("Undo would not bring the table back exactly as it was before the import "
                          "(its checksum differs); nothing was changed.")
        return steps, import_id, expected

    try:
        steps, import_id, expected = _in_transaction(con, first_step)
    except duckdb.ConstraintException as err:
        raise Refused(f"The database refused the change, so nothing was written: {_database_words(err)}") from None
    warning = None
    if len(steps) > 1:
        resume_pending(con)
        if via == "undo" and table_checksum(con, plan.table) != expected:
            warning = "The table does not match its checksum from before the import."
    shared.writes += 1
    return Written(plan.count("insert"), plan.count("update"), plan.count("delete"),
                   import_id=import_id if via == "import" else None, steps=len(steps), warning=warning)


def _database_words(err: Exception) -> str:
    text = str(err).split("\n")[0]
    return re.sub(r"^Constraint Error: ", "", text)


def _run_step(con: duckdb.DuckDBPyConnection, tables: Mapping[str, Table], write_id: str, steps: list, number: int) -> None:
    for op in steps[number]:
        _apply(con, tables, op)
    if number + 1 < len(steps):
        con.execute("UPDATE pending_writes SET next_step = $n WHERE write_id = $id", {"n": number + 1, "id": write_id})
    else:
        con.execute("DELETE FROM pending_writes WHERE write_id = $id", {"id": write_id})


def resume_pending(con: duckdb.DuckDBPyConnection) -> int:
    """Finish writes that were split into steps and cut short; returns how many were finished.

    Each step is one transaction that also advances the journal, so a step is never run twice.
    A step DuckDB refuses for a moment (a reader still holds rows deleted in the step before) is
    retried; if it keeps failing it stays in the journal for the next write.
    """
    try:
        pending = con.execute("SELECT write_id, next_step, steps FROM pending_writes ORDER BY \"at\"").fetchall()
    except duckdb.CatalogException:  # a database from before migration 004
        return 0
    if not pending:
        return 0
    tables = schema(con)
    finished = 0
    for write_id, next_step, steps_json in pending:
        steps = json.loads(steps_json)
        for number in range(next_step, len(steps)):
            for attempt in range(STEP_RETRIES):
                try:
                    _in_transaction(con, lambda n=number, w=write_id, s=steps: _run_step(con, tables, w, s, n))
                    break
                except duckdb.ConstraintException as err:
                    if attempt == STEP_RETRIES - 1:
                        raise Refused(f"A change written in steps could not be finished ({_database_words(err)}); "
                                      "its remaining steps are kept and will be tried again on the next write.") from None
                    time.sleep(0.05 * 2**attempt)
        finished += 1
    shared.writes += 1
    return finished


# --- undo ---------------------------------------------------------------------------------

@dataclass
class ImportInfo:
    import_id: int
    at: dt.datetime
    actor: str
    file_name: str
    table: str
    rows_new: int
    rows_changed: int
    can_undo: bool
    reason: str = ""


def last_import(con: duckdb.DuckDBPyConnection) -> ImportInfo | None:
    """The latest import not undone, and whether it can be undone now: only while nothing else
    has changed the data since (other than imports undone after it), so undo puts back exactly
    the state before it and loses no later work."""
    row = con.execute(
        'SELECT import_id, "at", actor, file_name, table_name, rows_new, rows_changed FROM imports'
        " WHERE undone_at IS NULL ORDER BY import_id DESC LIMIT 1").fetchone()
    if row is None:
        return None
    info = ImportInfo(*row, can_undo=True)
    later = con.execute(
        'SELECT "at", actor, action, table_name, row_key, count(*) OVER () FROM audit_log'
        " WHERE audit_id > (SELECT max(audit_id) FROM audit_log WHERE import_id = $i AND via = 'import')"
        "   AND (import_id IS NULL OR import_id NOT IN (SELECT import_id FROM imports WHERE undone_at IS NOT NULL))"
        " ORDER BY audit_id LIMIT 1", {"i": info.import_id}).fetchone()
    if later is not None:
        at, actor, action, table, key, n = later
        info.can_undo = False
        info.reason = (f"{n:,} change(s) were made after this import (the first: {action} of {WHAT[table][0]} "
                       f"{' / '.join(map(str, json.loads(key)))} on {at:%Y-%m-%d %H:%M} by {actor}). An import can "
                       "only be undone while it is the latest change, so that no later work is lost.")
    return info


def plan_undo(con: duckdb.DuckDBPyConnection) -> Plan:
    """The changes that reverse the last import: its new rows deleted, its changed rows put back."""
    info = last_import(con)
    if info is None:
        raise Refused("There is no import to undo.")
    if not info.can_undo:
        raise Refused(info.reason)
    tables = schema(con)
    table = tables[info.table]
    plan = Plan(info.table, "undo", file_name=info.file_name, import_id=info.import_id)
    for action, key, before, after in con.execute(
            "SELECT action, row_key, before, after FROM audit_log WHERE import_id = $i AND via = 'import'"
            " ORDER BY audit_id DESC", {"i": info.import_id}).fetchall():
        key = tuple(json.loads(key))
        if action == "insert":
            plan.changes.append(Change(info.table, "delete", key, from_json(table, after), None))
        else:
            plan.changes.append(Change(info.table, "update", key, from_json(table, after), from_json(table, before)))
    return plan


def undo_last_import(con: duckdb.DuckDBPyConnection, actor: str) -> Written:
    """Undo the last import, checked against its checksum; raises Refused when it cannot be."""
    return commit(con, plan_undo(con), actor)


# --- command line ---------------------------------------------------------------------------

def _shown(value: object) -> str:
    text = repr(plain(value)) if value is not None else "(empty)"
    return text if len(text) <= 70 else text[:67] + "..."


def preview_lines(plan: Plan) -> list[str]:
    """The preview as text: problems row by row, then the changes by key."""
    lines = [f"{plan.table} from {plan.file_name} ({plan.described})" if plan.file_name else plan.table]
    lines += [f"Note: {note}" for note in plan.notes]
    if plan.problems:
        lines.append(f"Problems ({len(plan.problems):,}):")
        lines += [f"  {p}" for p in plan.problems]
    lines.append(f"Changes: {plan.summary()}")
    for c in plan.changes:
        key = " / ".join(map(str, c.key))
        where = f"{c.location}: " if c.location else ""
        if c.action == "update":
            detail = "; ".join(f"{col} {_shown(c.before.get(col))} -> {_shown(c.after[col])}" for col in c.columns)
            lines.append(f"  changed  {where}{key}: {detail}")
        else:
            lines.append(f"  {'new' if c.action == 'insert' else 'deleted':<8} {where}{key}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m atlas.ingest",
                                     description="Preview, and with --commit write, a CSV or XLSX file of one table.")
    parser.add_argument("table", help=f"one of: {', '.join(DATA_TABLES)}")
    parser.add_argument("file", type=Path, help="a .csv or .xlsx file whose header names the table's columns")
    parser.add_argument("--sheet", help="the sheet to read from a workbook with several")
    parser.add_argument("--commit", action="store_true", help="write the changes (default: preview only)")
    parser.add_argument("--actor", default=None, help="who is importing, for the audit trail (default: the OS user)")
    args = parser.parse_args(argv)
    if args.table not in DATA_TABLES:
        print(f"{args.table!r} is not a table that can be imported; choose one of: {', '.join(DATA_TABLES)}.", file=sys.stderr)
        return 2
    try:
        sheet = read_path(args.file, sheet=args.sheet)
    except FileRefused as err:
        hint = " Name one with --sheet." if err.sheets else ""
        print(f"{args.file.name}: {err.message}{hint} Nothing was written.", file=sys.stderr)
        return 2
    except OSError as err:
        print(f"{args.file}: cannot be read ({err.strerror}). Nothing was written.", file=sys.stderr)
        return 2
    try:
        con = connect(db_path(), read_only=not args.commit)
    except duckdb.IOException as err:
        if "lock" in str(err).lower():
            print(f"The database {db_path().name} is in use by another process (is the app running?), so it "
                  "cannot be opened. Nothing was changed. Stop the app and run this again, or import the file "
                  "from the app's Manage page.", file=sys.stderr)
            return 3
        raise
    try:
        if args.commit:
            migrate(con)
            resume_pending(con)
        plan = plan_import(con, args.table, sheet)
        print("\n".join(preview_lines(plan)))
        if plan.problems:
            print(f"Nothing was written: fix the {len(plan.problems):,} problem(s) above and run this again.", file=sys.stderr)
            return 1
        if not args.commit:
            print("Preview only: nothing was written. Run again with --commit to write these changes.")
            return 0
        if not plan.changes:
            print("Nothing to write: every row is already in the database as it is in the file.")
            return 0
        print("Writing...", flush=True)
        written = commit(con, plan, args.actor or os_actor())
        print(f"Written: {written.summary()} (import {written.import_id}).")
        return 0
    except Refused as err:
        print(err.message, file=sys.stderr)
        for problem in err.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    finally:
        con.close()


if __name__ == "__main__":
    sys.exit(main())
