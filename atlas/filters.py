"""One filter state for every page: the URL query string <-> Filters <-> bound SQL parameters.

URL form (each list comma-separated or repeated; an absent key means "all"):

    ?from=2009-01-01&to=2010-12-31&country=LAO,THA&type=consultation&project=ilo-ipec
     &funder=diakonia&org=thai-cord

`from`/`to` also take a year (2014) or a month (2014-08): `from` is the first day of it, `to` the
last. Unknown or malformed values are dropped with a notice the page shows; the valid rest still
applies, and nothing here raises on user input.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields

from atlas import countries
from atlas.i18n import DEFAULT, translator
from atlas.validation import id_problem

MAX_VALUES = 100  # per list; a longer list is cut with a notice (a link, not a data dump)
MAX_TEXT = 200  # longer values are not ids of anything here
DATE_MIN, DATE_MAX = dt.date(1950, 1, 1), dt.date(2100, 12, 31)  # the date pickers' range

LIST_KEYS = {
    "countries": "country",
    "event_types": "type",
    "projects": "project",
    "funders": "funder",
    "organisations": "org",
}
DATE_KEYS = {"date_from": "from", "date_to": "to"}
URL_KEYS = set(LIST_KEYS.values()) | set(DATE_KEYS.values())


@dataclass(frozen=True)
class Choices:
    """The values a filter may take (ids), from the database. None for a kind means "any"."""

    countries: frozenset[str] | None = None
    event_types: frozenset[str] | None = None
    projects: frozenset[str] | None = None
    funders: frozenset[str] | None = None
    organisations: frozenset[str] | None = None


@dataclass(frozen=True)
class Filters:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    countries: tuple[str, ...] = field(default=())
    event_types: tuple[str, ...] = field(default=())
    projects: tuple[str, ...] = field(default=())
    funders: tuple[str, ...] = field(default=())
    organisations: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        # Lists are kept sorted and unique so that equal selections give equal URLs and cache keys.
        for name in LIST_KEYS:
            object.__setattr__(self, name, tuple(sorted(set(getattr(self, name)))))

    @property
    def is_empty(self) -> bool:
        return self == Filters()

    def sql_params(self) -> dict[str, object]:
        """Bound parameters for the filtered_events/filtered_outcomes macros: None means all."""
        params: dict[str, object] = {"date_from": self.date_from, "date_to": self.date_to}
        for name in LIST_KEYS:
            values = getattr(self, name)
            params[name] = list(values) if values else None
        return params

    def to_query(self) -> dict[str, str]:
        """URL query parameters; only set filters appear."""
        query: dict[str, str] = {}
        for name, key in DATE_KEYS.items():
            value = getattr(self, name)
            if value is not None:
                query[key] = value.isoformat()
        for name, key in LIST_KEYS.items():
            values = getattr(self, name)
            if values:
                query[key] = ",".join(values)
        return query

    def replace(self, **changes: object) -> Filters:
        current = {f.name: getattr(self, f.name) for f in fields(self)}
        current.update(changes)
        return Filters(**current)  # type: ignore[arg-type]

    def describe(self, lang: str = DEFAULT) -> str:
        """The filters in words (in `lang`; the ids as they are), for manifests and captions."""
        _ = translator(lang)._
        parts = []
        if self.date_from or self.date_to:
            parts.append(
                _("dates {start} to {end}").format(
                    start=self.date_from or "…", end=self.date_to or "…"
                )
            )
        for name, key in LIST_KEYS.items():
            values = getattr(self, name)
            if values:
                parts.append(f"{key}: {', '.join(values)}")
        return "; ".join(parts) or _("no filters (all records)")

    @classmethod
    def from_query(
        cls, query: Mapping[str, object], choices: Choices | None = None, lang: str = DEFAULT
    ) -> tuple[Filters, list[str]]:
        """Filters from URL parameters, and a notice (in `lang`) for every value that was dropped."""
        t = translator(lang)
        _ = t._
        choices = choices or Choices()
        notices: list[str] = []
        values: dict[str, object] = {}
        for key in query:
            if str(key) not in URL_KEYS:
                notices.append(_("Ignored unknown link parameter {name}.").format(name=_quote(key)))
        for name, key in DATE_KEYS.items():
            raw = _values(query.get(key))
            if not raw:
                continue
            if len(raw) > 1:
                notices.append(
                    _("Used the first of {n} values given for {key}.").format(
                        n=len(raw), key=repr(key)
                    )
                )
            parsed = parse_date(raw[0], end=(name == "date_to"))
            if parsed is None:
                notices.append(
                    _(
                        "Ignored {key}={value}: not a date (use 2014, 2014-08 or 2014-08-05)."
                    ).format(key=key, value=_quote(raw[0]))
                )
            elif not DATE_MIN <= parsed <= DATE_MAX:
                notices.append(
                    _("Ignored {key}={value}: dates run from {first} to {last}.").format(
                        key=key, value=_quote(raw[0]), first=DATE_MIN.year, last=DATE_MAX.year
                    )
                )
            else:
                values[name] = parsed
        if (
            values.get("date_from")
            and values.get("date_to")
            and values["date_from"] > values["date_to"]
        ):
            notices.append(
                _("Ignored to={end}: it is before from={start}.").format(
                    end=values["date_to"], start=values["date_from"]
                )
            )
            del values["date_to"]
        for name, key in LIST_KEYS.items():
            raw = _values(query.get(key))
            if len(raw) > MAX_VALUES:
                notices.append(
                    _("Used the first {n} of {total} values given for {key}.").format(
                        n=MAX_VALUES, total=len(raw), key=repr(key)
                    )
                )
                raw = raw[:MAX_VALUES]
            allowed: frozenset[str] | None = getattr(choices, name)
            kept, dropped = [], []
            for value in raw:
                clean = _clean_value(name, value)
                if clean is None or (allowed is not None and clean not in allowed):
                    dropped.append(value)
                else:
                    kept.append(clean)
            if dropped:
                shown = ", ".join(_quote(v) for v in dropped[:5]) + (
                    " …" if len(dropped) > 5 else ""
                )
                notices.append(
                    t.ngettext(
                        "Ignored an unknown {key} value: {values}.",
                        "Ignored unknown {key} values: {values}.",
                        len(dropped),
                    ).format(key=key, values=shown)
                )
            if kept:
                values[name] = tuple(kept)
        return cls(**values), notices  # type: ignore[arg-type]


def _values(raw: object) -> list[str]:
    """Every non-empty value of one URL key, whether repeated or comma-separated."""
    if raw is None:
        return []
    items: Iterable[object] = [raw] if isinstance(raw, str) else raw  # type: ignore[assignment]
    out: list[str] = []
    for item in items:
        out += [part.strip() for part in str(item).split(",") if part.strip()]
    return out


def _clean_value(name: str, value: str) -> str | None:
    if len(value) > MAX_TEXT:
        return None
    if name == "countries":
        if re.fullmatch(r"[A-Za-z]{3}", value) and countries.is_code(value.upper()):
            return value.upper()
        return countries.resolve(value)  # "Laos", "Viet Nam" in a hand-written link
    # The import's id rule (atlas.validation.id_problem): an id with spaces or Thai letters that
    # the import took comes back in a link; whether it exists is checked against the database.
    return None if id_problem(value) else value


def parse_date(text: str, *, end: bool = False) -> dt.date | None:
    """2014 / 2014-08 / 2014-08-05 -> a date; the last day of the period when `end`."""
    text = text.strip()
    try:
        if re.fullmatch(r"\d{4}", text):
            year = int(text)
            return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
        if re.fullmatch(r"\d{4}-\d{2}", text):
            year, month = int(text[:4]), int(text[5:])
            last = calendar.monthrange(year, month)[1]
            return dt.date(year, month, last if end else 1)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return dt.date.fromisoformat(text)
    except ValueError:
        return None
    return None


def _quote(value: object) -> str:
    text = str(value)
    if len(text) > 40:
        text = text[:37] + "..."
    return repr(text)
