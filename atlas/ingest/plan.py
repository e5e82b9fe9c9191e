"""Planning a write: the problems and the changes (insert, update or delete of one row by key,
with the row before and after) of an import, a form, a reviewed report's rows or a delete.
Nothing is written here; `atlas.ingest.writes.commit` writes a plan."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import duckdb

from atlas import countries, labels
from atlas.i18n import M_, MN_, Country, Message, phrase
from atlas.identifiers import checked_identifier
from atlas.ingest.rows import children, fetch_rows, schema, with_defaults
from atlas.schema import DATA_TABLES, Table
from atlas.spreadsheet import Sheet, unguard_formula
from atlas.validation import Existing, Problem, Row, check_batch, coerce

# Rows that go with their parent when it is deleted. Any other row that references a row being
# deleted stops the delete, with a message saying which rows to change first.
GOES_WITH = {
    "events": ("participation", "event_organisations", "outcomes"),
    "organisations": ("event_organisations", "project_funders", "project_partners"),
    "projects": ("project_funders", "project_partners", "targets"),
}


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
        return sum(
            1 for c in self.changes if c.action == action and (table is None or c.table == table)
        )

    def summary(self) -> str:
        if self.via == "import":
            return M_(
                "{new} new, {changed} changed, {unchanged} unchanged",
                new=self.count("insert"),
                changed=self.count("update"),
                unchanged=self.unchanged,
            )
        return counts_in_words(
            self.count("insert"), self.count("update"), self.count("delete")
        ) or M_("nothing to change")


def counts_in_words(added: int, changed: int, deleted: int) -> Message | None:
    """ "2 added, 1 changed" as a Message (a page says it in its language); None when all are 0."""
    parts = [
        m
        for n, m in (
            (added, M_("{n} added", n=added)),
            (changed, M_("{n} changed", n=changed)),
            (deleted, M_("{n} deleted", n=deleted)),
        )
        if n
    ]
    return listed(parts)


def listed(parts: list[Message]) -> Message | None:
    """Messages joined with commas, each said in the page's language; None when there are none."""
    joined = parts[-1] if parts else None
    for part in reversed(parts[:-1]):
        joined = M_("{first}, {rest}", first=part, rest=joined)
    return joined


class Refused(Exception):
    """A write was refused; nothing was written. `problems` says why, row by row if it can; the
    message is an atlas.i18n Message where the app words it (English as a str)."""

    def __init__(self, message: str, problems: list[Problem] | None = None):
        super().__init__(message)
        self.message = message
        self.problems = problems or []


def _unique_columns(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    rows = con.execute(
        "SELECT constraint_column_names FROM duckdb_constraints()"
        " WHERE table_name = $t AND constraint_type = 'UNIQUE'",
        {"t": table},
    ).fetchall()
    return [cols[0] for (cols,) in rows if len(cols) == 1]


def _unique_problems(
    con: duckdb.DuckDBPyConnection, table: Table, rows: list[Row]
) -> list[Problem]:
    """A UNIQUE column (an organisation's name) must not repeat another row's value."""
    problems = []
    for column in _unique_columns(con, table.name):
        values = [r.values.get(column) for r in rows if r.values.get(column) is not None]
        if not values:
            continue
        taken = dict(
            con.execute(
                "SELECT "  # noqa: S608
                + checked_identifier(column)
                + ", "
                + checked_identifier(table.key[0])
                + " FROM "
                + checked_identifier(table.name)
                + " WHERE "
                + checked_identifier(column)
                + " = ANY($v)",
                {"v": values},
            ).fetchall()
        )
        seen: dict[object, object] = {}
        for row in rows:
            value, key = row.values.get(column), row.values.get(table.key[0])
            if value is None:
                continue
            other = taken.get(value)
            if other is not None and other != key:
                problems.append(
                    Problem(
                        row.location,
                        column,
                        M_(
                            "{value} is already used by {row} {other}",
                            value=repr(value),
                            row=phrase(labels.TABLE_ROWS[table.name][0]),
                            other=repr(other),
                        ),
                    )
                )
            elif value in seen and seen[value] != key:
                problems.append(
                    Problem(row.location, column, M_("{value} appears twice", value=repr(value)))
                )
            seen.setdefault(value, key)
    return problems


def _diff(
    con: duckdb.DuckDBPyConnection, table: Table, rows: list[Row]
) -> tuple[list[Change], int]:
    """New, changed and unchanged rows against the database, by key (the first of duplicates)."""
    by_key: dict[tuple, Row] = {}
    for row in rows:
        key = tuple(row.values.get(k) for k in table.key)
        if None not in key:
            by_key.setdefault(key, row)
    stored = fetch_rows(con, table, by_key)
    changes, unchanged = [], 0
    for key, row in by_key.items():
        after = with_defaults(table, row.values)
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
        raise Refused(
            M_(
                "{table} is not a table that can be imported; choose one of: {tables}.",
                table=repr(table_name),
                tables=", ".join(DATA_TABLES),
            )
        )
    table = tables[table_name]
    plan = Plan(
        table_name,
        "import",
        file_name=sheet.file_name,
        described=sheet.described,
        notes=list(sheet.notes),
    )
    header = [h.strip().lower() for h in sheet.header]
    expected = table.column_names
    if "" in header:
        plan.problems.append(
            Problem(
                M_("Row {n}", n="1"),
                None,
                M_("column {n} of the header is empty", n=header.index("") + 1),
            )
        )
    for name in sorted(
        h for h, n in Counter(header).items() if n > 1 and h
    ):  # linear in the columns
        plan.problems.append(Problem(M_("Row {n}", n="1"), name, M_("appears twice in the header")))
    unknown = [h for h in dict.fromkeys(header) if h and h not in table.columns]
    missing = [c for c in expected if c not in header]
    if unknown:
        plan.problems.append(
            Problem(
                M_("Row {n}", n="1"),
                ", ".join(unknown),
                M_(
                    "is not a column of {table} (the columns are: {columns})",
                    table=table_name,
                    columns=", ".join(expected),
                ),
            )
        )
    if missing:
        plan.problems.append(
            Problem(
                M_("Row {n}", n="1"),
                ", ".join(missing),
                M_("missing from the header; download the template for the expected header"),
            )
        )
    if plan.problems:
        return plan
    rows: list[Row] = []
    for number, cells in sheet.rows:
        location = M_("Row {n}", n=str(number))  # a row number, as the spreadsheet shows it
        if len(cells) > len(header) and any(
            c is not None and str(c).strip() for c in cells[len(header) :]
        ):
            plan.problems.append(
                Problem(
                    location,
                    None,
                    M_(
                        "has {n} cells but the header has {columns} columns",
                        n=len(cells),
                        columns=len(header),
                    ),
                )
            )
        raw = {name: (cells[i] if i < len(cells) else None) for i, name in enumerate(header)}
        for name, value in raw.items():
            if table.columns[name].type == "VARCHAR":
                raw[name] = unguard_formula(value)
        row, problems = coerce(table, location, raw)
        rows.append(row)
        plan.problems += problems
    plan.problems += sheet.problems
    plan.problems += _follow_ups_dropped(
        plan.problems, check_batch(tables, {table_name: rows}, Existing(con), replacing=True)
    )
    plan.problems += _unique_problems(con, table, rows)
    plan.problems.sort(key=_problem_order)
    blamed = {p.location for p in plan.problems}
    plan.changes, plan.unchanged = _diff(con, table, [r for r in rows if r.location not in blamed])
    if blamed:
        plan.notes.append(
            MN_(
                "{n} row with problems is left out of the changes shown.",
                "{n} rows with problems are left out of the changes shown.",
                len(blamed),
            )
        )
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


def plan_form(
    con: duckdb.DuckDBPyConnection,
    table_name: str,
    values: Mapping[str, object],
    *,
    editing: tuple | None = None,
    participation: list[Mapping[str, object]] | None = None,
) -> Plan:
    """Check a form's values (text or typed) for a new row, or for the row with key `editing`.

    For an event, `participation` is its whole breakdown by country ({country_iso3, participants,
    source_quote}); countries left out of it are deleted.
    """
    tables = schema(con)
    table = tables[table_name]
    plan = Plan(table_name, "form")
    row, problems = coerce(table, labels.FORM_NAMES.get(table_name, table_name), dict(values))
    plan.problems += problems
    key = tuple(row.values.get(k) for k in table.key)
    if editing is not None and key != tuple(editing):
        plan.problems.append(
            Problem(
                row.location,
                table.key[-1],
                M_(
                    "cannot be changed (it is the key); add a new {row} instead",
                    row=phrase(labels.TABLE_ROWS[table_name][0]),
                ),
            )
        )
        return plan
    batch = {table_name: [row]}
    replaced: set[str] = set()
    parts: list[Row] = []
    if participation is not None:
        event_id = row.values.get("event_id")
        replaced.add(event_id)
        for part in participation:
            iso3 = str(part.get("country_iso3") or "?")
            where = M_(
                "Participants from {country}",
                country=Country(iso3) if countries.is_code(iso3) else iso3,
            )
            prow, problems = coerce(tables["participation"], where, {"event_id": event_id, **part})
            parts.append(prow)
            plan.problems += problems
        batch["participation"] = parts
    plan.problems += _follow_ups_dropped(
        plan.problems,
        check_batch(tables, batch, _ExistingWithout(con, replaced), replacing=editing is not None),
    )
    plan.problems += _unique_problems(con, table, [row])
    if plan.problems:
        return plan
    plan.changes, plan.unchanged = _diff(con, table, [row])
    if participation is not None:
        stored = fetch_rows(
            con, tables["participation"], _participation_keys(con, row.values["event_id"])
        )
        changes, unchanged = _diff(con, tables["participation"], parts)
        plan.changes += changes
        plan.unchanged += unchanged
        wanted = {(p.values["event_id"], p.values["country_iso3"]) for p in parts}
        plan.changes += [
            Change("participation", "delete", k, r, None)
            for k, r in stored.items()
            if k not in wanted
        ]
    return plan


def plan_rows(
    con: duckdb.DuckDBPyConnection,
    rows: Mapping[str, list[tuple[str, Mapping[str, object]]]],
    *,
    table: str = "events",
    via: str = "form",
) -> Plan:
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
    return [
        tuple(r)
        for r in con.execute(
            "SELECT event_id, country_iso3 FROM participation WHERE event_id = $e", {"e": event_id}
        ).fetchall()
    ]


def plan_delete(con: duckdb.DuckDBPyConnection, table_name: str, key: tuple) -> Plan:
    """Delete one row and the rows that go with it (GOES_WITH); refused while other rows still
    reference it, naming them."""
    tables = schema(con)
    table = tables[table_name]
    plan = Plan(table_name, "form")
    what = labels.FORM_NAMES.get(table_name, labels.TABLE_ROWS[table_name][0].capitalize())
    where = M_("{what} {key}", what=phrase(what), key=repr(key[0]))
    stored = fetch_rows(con, table, [tuple(key)]).get(tuple(key))
    if stored is None:
        plan.problems.append(Problem(where, None, M_("is no longer in the database")))
        return plan
    going: list[Change] = []
    blocking: dict[str, list[tuple]] = defaultdict(list)
    for child, ckey, crow in children(con, tables, table_name, stored):
        if child in GOES_WITH.get(table_name, ()):
            going.append(Change(child, "delete", ckey, crow, None))
        else:
            blocking[child].append(ckey)
    for child, keys in blocking.items():
        shown = ", ".join(repr(k[0] if len(k) == 1 else " / ".join(map(str, k))) for k in keys[:3])
        if len(keys) > 3:
            shown = M_("{shown} and {n} more", shown=shown, n=len(keys) - 3)
        plan.problems.append(
            Problem(
                where,
                None,
                M_(
                    "is still used by {rows} ({keys}); change or delete them first",
                    rows=labels.counted(child, len(keys)),
                    keys=shown,
                ),
            )
        )
    plan.changes = going + [Change(table_name, "delete", tuple(key), stored, None)]
    counts = defaultdict(int)
    for change in going:
        counts[change.table] += 1
    if counts:
        plan.notes.append(
            M_(
                "Also deleted: {rows}.",
                rows=listed([labels.counted(t, n) for t, n in counts.items()]),
            )
        )
    return plan
