"""The report's small phrases: counts with their nouns, note spans, participants as the pages
say them ("at least 80", "not stated"), places, and a home country's label as the chart gives it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import pandas as pd

from atlas import dates


def count(n: int, one: str, many: str | None = None) -> str:
    return f"{n:,} {one if n == 1 else (many or one + 's')}"


def note_span(first: int | None, last: int | None) -> str:
    if first is None:
        return ""
    return f"note {first}" if first == last else f"notes {first}-{last}"


def participants(total: object, at_least_events: object, events_with_count: object = 1) -> str:
    if not int(events_with_count or 0) or total is None or pd.isna(total):
        return "not stated"
    return ("at least " if int(at_least_events or 0) else "") + f"{int(total):,}"


def day(value: dt.date) -> str:
    return dates.format_date(value, "day")


def where(city: object, country: object) -> str:
    return ", ".join(x for x in (city, country) if isinstance(x, str) and x) or "not stated"


def home_text(row) -> str:
    """A home country's participants as the Participants-by-country chart labels them."""
    if pd.isna(row.participants):
        return f"named at {int(row.events)} event(s), no count"
    text = f"{int(row.participants):,}"
    if row.events_without_count:
        text += f" (+ named at {int(row.events_without_count)} more event(s), no count)"
    return text


def choices(names: Mapping[str, str], most: int = 10) -> str:
    ids = list(names)
    return (
        ", ".join(ids[:most]) + (f" and {len(ids) - most:,} more" if len(ids) > most else "")
        if ids
        else "none"
    )
