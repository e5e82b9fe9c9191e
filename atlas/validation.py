"""The one place rows are checked before they are written: seed build, forms and imports alike.

It applies the database's own rules (types, NOT NULL, allowed values, keys, references, counts
>= 0, end >= start, dates at their precision) with messages in the user's words, and the rule
SQL cannot state: the known per-country counts of an event never add up to more than its total.
The allowed values, keys and references are read from the schema (atlas.schema), not copied.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import duckdb

from atlas import countries, dates
from atlas.i18n import M_, Alternatives
from atlas.identifiers import checked_identifier
from atlas.labels import IATI_CODES
from atlas.schema import Table

INT_MAX = 2**31 - 1
_NON_NEGATIVE = re.compile(r"^\((\w+) >= 0\)$")
_TRUE = {"true", "t", "yes", "y", "1"}
_FALSE = {"false", "f", "no", "n", "0"}
# Control characters are not text: they come from damaged files, and a spreadsheet cannot hold
# them (openpyxl refuses the same set). Tab, line feed and carriage return are text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


ID_MAX = 200  # characters


def id_problem(value: str) -> str | None:
    """The one rule for an id (event_id, org_id, project_id, source_id), shared by imports, forms
    and links: any letters (Thai, accented), digits, spaces and punctuation, except what a link
    cannot carry back unchanged: a comma (links separate values with it), space at either end
    (links trim it) and control characters. None when `value` is a valid id."""
    if not value:
        return M_("is empty")
    if len(value) > ID_MAX:
        return M_("is {n} characters long; an id has at most {most}", n=len(value), most=ID_MAX)
    if "," in value:
        return M_("contains a comma, which an id cannot hold (links separate values with commas)")
    if value != value.strip():
        return M_("starts or ends with a space, which an id cannot")
    if control := re.search(r"[\t\r\n]", value):  # other control characters: refused for any text
        return M_(
            "contains the control character {code}, which an id cannot hold",
            code=f"U+{ord(control.group()):04X}",
        )
    return None


@dataclass(frozen=True)
class Problem:
    """One reason a row is refused, located as the user knows it ("Row 14", "events.csv line 5")."""

    location: str
    column: str | None
    message: str

    def __str__(self) -> str:
        if self.column:
            return f"{self.location}, column {self.column}: {self.message}"
        return f"{self.location}: {self.message}"


class ValidationError(Exception):
    """Rows were refused; `problems` says which and why. Nothing was written."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        shown = "\n".join(str(p) for p in problems[:50])
        more = f"\n... and {len(problems) - 50} more" if len(problems) > 50 else ""
        super().__init__(f"{len(problems)} problem(s):\n{shown}{more}")


@dataclass
class Row:
    """A row on its way in: where it came from and its typed values."""

    location: str
    values: dict


def _show(value: object) -> str:
    text = str(value)
    return repr(text if len(text) <= 60 else text[:57] + "...")


def coerce(table: Table, location: str, raw: Mapping[str, object]) -> tuple[Row, list[Problem]]:
    """Typed values for one raw row (text from a CSV cell or a form), and what could not be read.

    Empty text means "not stated" (NULL). Unknown columns are refused, not ignored, so a renamed
    header never loses a column silently.
    """
    problems: list[Problem] = []
    values: dict = {}
    for name in raw:
        if name not in table.columns:
            problems.append(
                Problem(location, name, M_("is not a column of {table}", table=table.name))
            )
    for name, column in table.columns.items():
        if name not in raw:
            continue
        value = raw[name]
        if isinstance(value, str):
            value = value.strip()
            if value == "":
                value = None
        if value is None:
            values[name] = None
            continue
        try:
            values[name] = _typed(column.type, value)
        except ValueError as err:
            problems.append(Problem(location, name, err.args[0] if err.args else str(err)))
            continue
        if column.references and column.references[0] == "countries":
            # A country may be written as a name ("Lao PDR") or a code in any case. A name that
            # matches nothing is kept as written, so check_rows refuses it with a suggestion.
            values[name] = countries.resolve(values[name]) or values[name]
    return Row(location, values), problems


def _typed(dtype: str, value: object) -> object:
    if dtype == "VARCHAR":
        return str(value)
    if dtype in ("INTEGER", "BIGINT"):
        if isinstance(value, bool):
            raise ValueError(M_("{value} is not a whole number", value=_show(value)))
        if isinstance(value, int):
            number = value
        elif isinstance(value, float) and value.is_integer():
            number = int(value)
        else:
            text = str(value).replace(",", "").replace("_", "")
            if not re.fullmatch(r"[+-]?\d+", text):
                raise ValueError(M_("{value} is not a whole number", value=_show(value)))
            number = int(text)
        if abs(number) > INT_MAX:
            raise ValueError(M_("{value} is too large", value=str(number)))  # as typed
        return number
    if dtype == "DATE":
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            raise ValueError(
                M_("{value} is not a real date (expected YYYY-MM-DD)", value=_show(value))
            ) from None
    if dtype == "BOOLEAN":
        if isinstance(value, bool):
            return value
        text = str(value).lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        raise ValueError(M_("{value} is not true or false", value=_show(value)))
    return value


def check_rows(table: Table, rows: list[Row]) -> list[Problem]:
    """Rules each row must meet on its own: required, allowed values, counts, dates."""
    problems: list[Problem] = []
    non_negative = {m.group(1) for c in table.checks if (m := _NON_NEGATIVE.match(c))}
    non_negative |= {
        name for name in table.columns if name in ("participants", "participants_total", "quantity")
    }
    for row in rows:
        v = row.values
        where = row.location

        def bad(column: str | None, message: str, where: str = where) -> None:
            problems.append(Problem(where, column, message))

        for name, column in table.columns.items():
            value = v.get(name)
            if value is None:
                if column.required:
                    bad(name, M_("is required"))
                continue
            if column.allowed and value not in column.allowed:
                bad(
                    name,
                    M_(
                        "{value} is not one of: {allowed}",
                        value=_show(value),
                        allowed=", ".join(column.allowed),
                    ),
                )
            if name in non_negative and isinstance(value, int) and value < 0:
                bad(name, M_("{value} is below zero", value=str(value)))  # as typed
            if column.type == "VARCHAR" and not str(value).strip() and column.required:
                bad(name, M_("is required"))
            if column.type == "VARCHAR" and (control := _CONTROL.search(str(value))):
                bad(
                    name,
                    M_(
                        "contains the control character {code}, which is not text (remove it)",
                        code=f"U+{ord(control.group()):04X}",
                    ),
                )
            if (
                name in table.key
                and column.type == "VARCHAR"
                and not column.references
                and (reason := id_problem(str(value)))
            ):
                bad(name, M_("{value} {reason}", value=_show(value), reason=reason))
            if name == "country_iso3" and not countries.is_code(value):
                # The names suggested are those an import accepts, so they stay as written.
                hint = countries.suggest(str(value))
                bad(
                    name,
                    M_(
                        "{value} is not a known country code (did you mean {names}?)",
                        value=_show(value),
                        names=Alternatives(tuple(hint)),
                    )
                    if hint
                    else M_("{value} is not a known country code", value=_show(value)),
                )
        for date_col, end_col in (("start_date", "end_date"), ("date", None)):
            if date_col not in table.columns or "date_precision" not in table.columns:
                continue
            start, precision = v.get(date_col), v.get("date_precision")
            if (start is None) != (precision is None):
                missing = "date_precision" if start is not None else date_col
                bad(
                    missing,
                    M_(
                        "is required when {column} is given",
                        column=date_col if start is not None else "date_precision",
                    ),
                )
            elif start is not None and precision in dates.PRECISIONS:
                if not dates.is_period_start(start, precision):
                    bad(
                        date_col,
                        M_(
                            "{date} is not the first day of a {precision} (store May 2016 as 2016-05-01; "
                            "early/mid/late as January/May/September 1)",
                            date=start,
                            precision=precision,
                        ),
                    )
            end = v.get(end_col) if end_col else None
            if end is not None:
                if start is None:
                    bad(end_col, M_("needs a start date"))
                elif end < start:
                    bad(end_col, M_("{end} is before the start date {start}", end=end, start=start))
        if "period_start" in table.columns:
            start, end = v.get("period_start"), v.get("period_end")
            if start is not None and end is not None and end < start:
                bad(
                    "period_end",
                    M_("{end} is before the period's start {start}", end=end, start=start),
                )
        if table.name == "targets":
            problems.extend(_target_problems(where, v))
        for name, codes in IATI_CODES.items():
            if name in table.columns and v.get(name) is not None and str(v[name]) not in codes:
                bad(
                    name,
                    M_(
                        "{value} is not an IATI code of this list: {codes}",
                        value=_show(v[name]),
                        codes=", ".join(f"{c} {w}" for c, w in codes.items()),
                    ),
                )
        if v.get("participants_at_least") and v.get("participants_total") is None:
            bad("participants_total", M_("is required when participants_at_least is true"))
        if table.name == "outcomes":
            if v.get("project_id") is None and v.get("event_id") is None:
                bad("project_id", M_("an outcome needs a project or an event"))
            if v.get("quantity") is not None and not v.get("unit"):
                bad(
                    "unit", M_("is required when a quantity is given (e.g. newsletters, languages)")
                )
    return problems


def _target_problems(where: str, v: Mapping[str, object]) -> list[Problem]:
    """A target's type columns fit its indicator kind (the CHECKs of migration 007, in words)."""
    kind = v.get("indicator_kind")
    out = []
    if v.get("event_type") is not None and kind not in ("events", "participants"):
        out.append(
            Problem(
                where, "event_type", M_("applies only to indicators of kind events or participants")
            )
        )
    if v.get("outcome_type") is not None and kind != "outcomes":
        out.append(
            Problem(where, "outcome_type", M_("applies only to indicators of kind outcomes"))
        )
    if v.get("manual_actual") is not None and kind != "manual":
        out.append(
            Problem(
                where,
                "manual_actual",
                M_(
                    "is entered by hand only for indicators of kind manual; "
                    "other actuals are counted from the records"
                ),
            )
        )
    if v.get("manual_actual") is not None and not str(v.get("manual_actual_quote") or "").strip():
        out.append(
            Problem(
                where,
                "manual_actual_quote",
                M_("is required when manual_actual is given (the sentence that states it)"),
            )
        )
    if v.get("baseline_year") is not None and v.get("baseline_value") is None:
        out.append(Problem(where, "baseline_value", M_("is required when baseline_year is given")))
    return out


class Existing:
    """Lookups into what the database already holds, asked only for the values in hand."""

    def __init__(self, con: duckdb.DuckDBPyConnection | None):
        self.con = con

    def present(self, table: str, column: str, values: Iterable[object]) -> set:
        values = list({x for x in values if x is not None})
        if self.con is None or not values:
            return set()
        # Identifiers come from the schema catalogue, never from input; the values are bound.
        sql = (
            "SELECT DISTINCT "  # noqa: S608
            + checked_identifier(column)
            + " FROM "
            + checked_identifier(table)
            + " WHERE "
            + checked_identifier(column)
            + " = ANY($values)"
        )
        return {r[0] for r in self.con.execute(sql, {"values": values}).fetchall()}

    def participation(self, event_ids: Iterable[str]) -> dict[tuple[str, str], int | None]:
        ids = list(set(event_ids))
        if self.con is None or not ids:
            return {}
        rows = self.con.execute(
            "SELECT event_id, country_iso3, participants FROM participation WHERE event_id = ANY($ids)",
            {"ids": ids},
        ).fetchall()
        return {(e, c): n for e, c, n in rows}

    def totals(self, event_ids: Iterable[str]) -> dict[str, tuple[int | None, bool]]:
        ids = list(set(event_ids))
        if self.con is None or not ids:
            return {}
        rows = self.con.execute(
            "SELECT event_id, participants_total, participants_at_least FROM events WHERE event_id = ANY($ids)",
            {"ids": ids},
        ).fetchall()
        return {e: (n, bool(a)) for e, n, a in rows}


def check_batch(
    tables: Mapping[str, Table],
    batch: Mapping[str, list[Row]],
    existing: Existing,
    *,
    replacing: bool = False,
) -> list[Problem]:
    """Rules across rows and tables for rows about to be written together.

    Keys must be unique in the batch and, unless `replacing` (an update by key), new to the
    database; references must point at a row in the batch or the database; known per-country
    counts must not add up to more than the event's total.
    """
    problems: list[Problem] = []
    for name, rows in batch.items():
        table = tables[name]
        problems += check_rows(table, rows)
        seen: dict[tuple, str] = {}
        for row in rows:
            key = tuple(row.values.get(k) for k in table.key)
            if None in key:
                continue
            if key in seen:
                problems.append(
                    Problem(
                        row.location,
                        table.key[-1],
                        M_(
                            "{key} appears twice (also at {other})",
                            key=_show(", ".join(map(str, key))),
                            other=seen[key],
                        ),
                    )
                )
            seen[key] = row.location
        if not replacing and len(table.key) == 1 and seen:
            clash = existing.present(name, table.key[0], (k[0] for k in seen))
            for key, where in seen.items():
                if key[0] in clash:
                    problems.append(
                        Problem(
                            where,
                            table.key[0],
                            M_("{key} is already in the database", key=_show(key[0])),
                        )
                    )
        for column in table.columns.values():
            if not column.references or column.references[0] == "countries":
                continue
            ref_table, ref_col = column.references
            wanted = {r.values.get(column.name) for r in rows} - {None}
            if not wanted:
                continue
            in_batch = {r.values.get(ref_col) for r in batch.get(ref_table, [])}
            missing = wanted - in_batch
            missing -= existing.present(ref_table, ref_col, missing)
            for row in rows:
                value = row.values.get(column.name)
                if value in missing:
                    problems.append(
                        Problem(
                            row.location,
                            column.name,
                            M_("{value} is not in {table}", value=_show(value), table=ref_table),
                        )
                    )
    problems += _check_breakdowns(batch, existing)
    return problems


def _check_breakdowns(batch: Mapping[str, list[Row]], existing: Existing) -> list[Problem]:
    """Known per-country counts of an event never add up to more than its exact total."""
    events = {r.values.get("event_id"): r for r in batch.get("events", [])}
    parts = batch.get("participation", [])
    touched = set(events) | {r.values.get("event_id") for r in parts}
    touched.discard(None)
    if not touched:
        return []
    counts: dict[tuple[str, str], int | None] = existing.participation(touched)
    where: dict[str, str] = {}
    for r in parts:
        key = (r.values.get("event_id"), r.values.get("country_iso3"))
        counts[key] = r.values.get("participants")
        where.setdefault(key[0], r.location)
    totals = existing.totals(touched)
    for event_id, r in events.items():
        totals[event_id] = (
            r.values.get("participants_total"),
            bool(r.values.get("participants_at_least")),
        )
        where.setdefault(event_id, r.location)
    known: dict[str, int] = defaultdict(int)
    for (event_id, _), n in counts.items():
        if n is not None and isinstance(n, int):
            known[event_id] += n
    problems = []
    for event_id, total_known in known.items():
        total, at_least = totals.get(event_id, (None, False))
        if total is not None and not at_least and total_known > total:
            problems.append(
                Problem(
                    where.get(event_id, event_id),
                    "participants",
                    M_(
                        "the countries' counts add up to {known}, more than the event's total of {total}",
                        known=total_known,
                        total=total,
                    ),
                )
            )
    return problems
