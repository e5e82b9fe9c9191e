"""The report's small phrases, in the report's language: counts with their nouns, note spans,
participants as the pages say them ("at least 80", "not stated"), places, lists, and a home
country's label as the chart gives it.

A count is said with its language's plural form ("named at 1 event", "named at 3 events"), with the
same catalog messages the pages' charts use."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

import pandas as pd
from babel.dates import format_datetime
from babel.lists import format_list

from atlas import dates
from atlas.i18n import DEFAULT, N_, Translator

# The evidence appendix's and the manifest page's opening lines (the PDF and Word writers').
EVIDENCE_INTRO = N_(
    "Each note says what a figure of this report rests on: the report it comes from and the "
    "sentences that state it, quoted as written. A count over many records names the notes of "
    "those records."
)
MANIFEST_INTRO = N_("How this report was made, and how to make it again.")


def number(t: Translator, n: object) -> str:
    return t.number(int(n))  # type: ignore[call-overload]


def note_span(t: Translator, first: int | None, last: int | None) -> str:
    if first is None:
        return ""
    if first == last:
        return t._("note {n}").format(n=first)
    return t._("notes {first}-{last}").format(first=first, last=last)


def participants(
    t: Translator, total: object, at_least_events: object, events_with_count: object = 1
) -> str:
    if not int(events_with_count or 0) or total is None or pd.isna(total):
        return t._("not stated")
    if int(at_least_events or 0):
        return t._("at least {n}").format(n=number(t, total))
    return number(t, total)


def day(t: Translator, value: dt.date) -> str:
    return dates.format_date(value, "day", t.lang)


def moment(t: Translator, value: dt.datetime) -> str:
    """A time of day in UTC: 2026-11-30 09:00 UTC in English, CLDR's date and time otherwise."""
    if t.lang == DEFAULT:
        return value.strftime("%Y-%m-%d %H:%M UTC")
    return format_datetime(value, "medium", tzinfo=dt.UTC, locale=t.babel_locale) + " UTC"


def where(t: Translator, city: object, country: object) -> str:
    return ", ".join(x for x in (city, country) if isinstance(x, str) and x) or t._("not stated")


def joined(t: Translator, items: Iterable[str]) -> str:
    """Names one after another: "A, B, C" in English (as before), CLDR's list pattern otherwise."""
    items = list(items)
    return ", ".join(items) if t.lang == DEFAULT else format_list(items, locale=t.babel_locale)


def named_without_count(t: Translator, events: int) -> str:
    return t.ngettext(
        "named at {n} event, no count", "named at {n} events, no count", events
    ).format(n=number(t, events))


def more_without_count(t: Translator, events: int) -> str:
    return " " + t.ngettext(
        "(+ named at {n} more event, no count)",
        "(+ named at {n} more events, no count)",
        events,
    ).format(n=number(t, events))


def home_text(t: Translator, row) -> str:
    """A home country's participants as the Participants-by-country chart labels them."""
    if pd.isna(row.participants):
        return named_without_count(t, int(row.events))
    text = number(t, row.participants)
    if row.events_without_count:
        text += more_without_count(t, int(row.events_without_count))
    return text


def choices(t: Translator, names: Mapping[str, str], most: int = 10) -> str:
    ids = list(names)
    if not ids:
        return t._("none")
    if len(ids) <= most:
        return ", ".join(ids)
    return t._("{names} and {n} more").format(
        names=", ".join(ids[:most]), n=number(t, len(ids) - most)
    )


def source_line(t, note) -> str:
    """ "Source: <title> (<file>)": the title and file as recorded."""
    return t._("Source: {title}").format(title=note.source) + (
        f" ({note.source_path})" if note.source_path else ""
    )
