"""Dates at the precision a report gives them.

A date is stored as the first day of its period with a precision beside it: "May 2016" is
2016-05-01 at month precision, "early 2010" is 2010-01-01 at season precision. A season is a
third of a year (early, mid, late), the only seasons the reports use. The period's last day is
what date-range filters compare against, so "May 2016" matches a range that starts on 15 May.
"""

from __future__ import annotations

import calendar
import datetime as dt

from babel.dates import format_date as _babel_date
from babel.dates import format_interval, format_skeleton

from atlas.i18n import DEFAULT, N_, translator

PRECISIONS = ("day", "month", "season", "year")
SEASON_START_MONTH = {"early": 1, "mid": 5, "late": 9}
_SEASON_BY_MONTH = {month: word for word, month in SEASON_START_MONTH.items()}
# A season in words, {year} filled in: translated, since CLDR has no "early 2010".
SEASON_WORDS = {"early": N_("early {year}"), "mid": N_("mid {year}"), "late": N_("late {year}")}


def is_period_start(value: dt.date, precision: str) -> bool:
    """Whether `value` is the first day of a period at `precision` (the storage rule)."""
    if precision == "day":
        return True
    if value.day != 1:
        return False
    if precision == "month":
        return True
    if precision == "season":
        return value.month in _SEASON_BY_MONTH
    if precision == "year":
        return value.month == 1
    raise ValueError(f"unknown date precision {precision!r}")


def period_end(value: dt.date, precision: str) -> dt.date:
    """The last day of the period that starts on `value`."""
    if precision == "day":
        return value
    if precision == "month":
        return value.replace(day=calendar.monthrange(value.year, value.month)[1])
    if precision == "season":
        last_month = value.month + 3
        return dt.date(value.year, last_month, calendar.monthrange(value.year, last_month)[1])
    if precision == "year":
        return dt.date(value.year, 12, 31)
    raise ValueError(f"unknown date precision {precision!r}")


def as_date(value: object) -> dt.date | None:
    """A plain date from a date, a pandas Timestamp, or a missing value (None, NaT, NaN)."""
    if value is None or value != value:  # NaN and NaT are not equal to themselves
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if hasattr(value, "date"):
        return value.date()
    return dt.date.fromisoformat(str(value)[:10])


def _precision(value: object) -> str | None:
    return value if isinstance(value, str) and value in PRECISIONS else None


def format_date(value: object, precision: object, lang: str = DEFAULT) -> str:
    """A date as a report would say it: "5 August 2014", "May 2016", "early 2010", "2016";
    in another language, at the same precision, with CLDR's month names and order."""
    value, precision = as_date(value), _precision(precision)
    t = translator(lang)
    if value is None or precision is None:
        return t._("date not stated")
    if precision == "season":
        season = _SEASON_BY_MONTH.get(value.month, "early")
        return t._(SEASON_WORDS[season]).format(year=value.year)
    if precision == "year":
        return str(value.year)
    if t.lang != DEFAULT:
        skeleton = "yMMMMd" if precision == "day" else "yMMMM"
        if precision == "day":
            return _babel_date(value, "long", locale=t.babel_locale)
        return format_skeleton(skeleton, value, locale=t.babel_locale)
    if precision == "day":
        return f"{value.day} {calendar.month_name[value.month]} {value.year}"
    return f"{calendar.month_name[value.month]} {value.year}"


def format_range(start: object, end: object, precision: object, lang: str = DEFAULT) -> str:
    """A date range at its precision: "5-7 August 2014", "May-July 2016", or one date."""
    start, end, precision = as_date(start), as_date(end), _precision(precision)
    if end is None or start is None or end == start:
        return format_date(start, precision, lang)
    t = translator(lang)
    if t.lang != DEFAULT and precision in ("day", "month") and start.year == end.year:
        return _babel_range(start, end, precision, t.babel_locale)
    if (
        t.lang == DEFAULT
        and precision == "day"
        and (start.year, start.month) == (end.year, end.month)
    ):
        return f"{start.day}-{end.day} {calendar.month_name[end.month]} {end.year}"
    if t.lang == DEFAULT and precision == "day" and start.year == end.year:
        return (
            f"{start.day} {calendar.month_name[start.month]} - "
            f"{end.day} {calendar.month_name[end.month]} {end.year}"
        )
    if t.lang == DEFAULT and precision == "month" and start.year == end.year:
        return f"{calendar.month_name[start.month]}-{calendar.month_name[end.month]} {end.year}"
    return f"{format_date(start, precision, lang)} - {format_date(end, precision, lang)}"


def _babel_range(start: dt.date, end: dt.date, precision: str, locale) -> str:
    """CLDR's interval ("5–7 สิงหาคม 2014") when it spells the month out; some locales' interval
    patterns are all digits (Lao: 5/08/2014 – 7/08/2014), and then two full dates read better."""
    skeleton = "yMMMMd" if precision == "day" else "yMMMM"
    text = format_interval(start, end, skeleton, locale=locale)
    if locale.months["format"]["wide"][end.month] in text:
        return text
    return (
        f"{format_date(start, precision, str(locale))} – {format_date(end, precision, str(locale))}"
    )


def iso_at_precision(value: dt.date | None, precision: str | None) -> str | None:
    """ISO text at its precision: 2014-08-05 (day), 2016-05 (month), 2016 (year).

    A season keeps its first month (early 2010 -> 2010-01, mid -> 2010-05, late -> 2010-09), so
    it is not lost; the precision beside it says the month stands for a third of the year.
    """
    if value is None or precision is None:
        return None
    if precision == "day":
        return value.isoformat()
    if precision in ("month", "season"):
        return f"{value.year:04d}-{value.month:02d}"
    return f"{value.year:04d}"


def from_iso_at_precision(text: object) -> dt.date | None:
    """The first day of the period `iso_at_precision` wrote: "2016" -> 2016-01-01, "2016-05" ->
    2016-05-01, "2014-08-05" as it is; None for a missing value."""
    if text is None or text == "":
        return None
    text = str(text)
    if len(text) == 4:
        return dt.date(int(text), 1, 1)
    if len(text) == 7:
        return dt.date(int(text[:4]), int(text[5:]), 1)
    return dt.date.fromisoformat(text)
