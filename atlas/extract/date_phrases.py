"""Date phrases in a sentence, read at the precision they are written.

"5-7 August 2014" is a day range, "28 February - 2 March 2017" a range across months, "May 2016"
a month, "May-July 2016" a month range, "early 2010" a season (early/mid/late are the thirds of
a year that atlas.dates stores as January, May and September 1), "in 2003" a year. A date
without its year ("on 6 and 7 March", "the first in April") takes the year the sentence or the
report gave last, when the caller knows one, and says so (`year_from_context`). A regular
expression finds the shape of the phrase; dateparser reads each end of it (month names and
abbreviations, ordinals, impossible days such as 31 February, which it refuses). dateparser is
given the language, so it never tries to detect one, and it fetches nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from dateparser.date import DateDataParser

from atlas.dates import SEASON_START_MONTH

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_TO = r"\s*(?:-|–|—|to|until|till|and)\s*"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # 28 February - 2 March 2017
    (
        "day_range",
        re.compile(
            rf"\b(?P<d1>{_DAY})\s+(?:of\s+)?(?P<m1>{_MONTH})(?:\s+(?:of\s+)?(?P<y1>{_YEAR}))?{_TO}(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{_MONTH}),?\s+(?:of\s+)?(?P<y2>{_YEAR})\b"
        ),
    ),
    # February 28 - March 2, 2017
    (
        "day_range",
        re.compile(
            rf"\b(?P<m1>{_MONTH})\s+(?P<d1>{_DAY}){_TO}(?P<m2>{_MONTH})\s+(?P<d2>{_DAY}),?\s+(?:of\s+)?(?P<y2>{_YEAR})\b"
        ),
    ),
    # 5-7 August 2014
    (
        "day_range",
        re.compile(
            rf"\b(?P<d1>{_DAY}){_TO}(?:the\s+)?(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{_MONTH}),?\s+(?:of\s+)?(?P<y2>{_YEAR})\b"
        ),
    ),
    # August 5-7, 2014
    (
        "day_range",
        re.compile(
            rf"\b(?P<m2>{_MONTH})\s+(?P<d1>{_DAY}){_TO}(?P<d2>{_DAY}),?\s+(?:of\s+)?(?P<y2>{_YEAR})\b"
        ),
    ),
    # 4 August 2018, 4th of August 2018, "the day 22 of March of 2022" (Spanish, Portuguese or
    # French order: "of" before the year is read in every pattern here)
    (
        "day",
        re.compile(
            rf"\b(?P<d1>{_DAY})\s+(?:of\s+)?(?P<m1>{_MONTH}),?\s+(?:of\s+)?(?P<y1>{_YEAR})\b"
        ),
    ),
    # August 4, 2018
    ("day", re.compile(rf"\b(?P<m1>{_MONTH})\s+(?P<d1>{_DAY}),?\s+(?:of\s+)?(?P<y1>{_YEAR})\b")),
    # May-July 2016, November 2016 - January 2017
    (
        "month_range",
        re.compile(
            rf"\b(?P<m1>{_MONTH})(?:\s+(?P<y1>{_YEAR}))?{_TO}(?P<m2>{_MONTH})\s+(?P<y2>{_YEAR})\b"
        ),
    ),
    # May 2016
    ("month", re.compile(rf"\b(?P<m1>{_MONTH}),?\s+(?:of\s+)?(?P<y1>{_YEAR})\b")),
    # early 2010, mid-2012, late 2015, the middle of 2012
    (
        "season",
        re.compile(
            rf"\b(?P<s>early|mid|middle of|late|end of|beginning of|start of)[\s-]+(?:in\s+)?(?P<y1>{_YEAR})\b",
            re.I,
        ),
    ),
    # in 2003, during 2011
    ("year", re.compile(rf"\b(?:[Ii]n|[Dd]uring|[Tt]hroughout)\s+(?P<y1>{_YEAR})\b(?!\s*[-–])")),
    # a quarter, "Q4 2024", "in the third quarter of 2024": within its year, known to the year
    (
        "year",
        re.compile(
            rf"(?:\bQ[1-4](?:\s+|/)|\b(?:first|second|third|fourth|last)\s+quarter\s+of\s+)"
            rf"(?P<y1>{_YEAR})\b(?!\s*[-–]\s*(?:Q|\d))"
        ),
    ),
]

# Dates without a year, read only when a year is known from the sentence or the report. Month
# names are written out here ("in Mar" or "May" alone are not dates), and a month alone needs a
# word that puts a time ("in April", "(September)", "from August to October").
FULL_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)


MONTHS_IN_ORDER = FULL_MONTH[3:-1].split("|")


def _after(*words: str) -> str:
    """A look-behind for any of `words` (each with a capital too) and then a space."""
    forms = {w for word in words for w in (word, word.capitalize())}
    return "(?:" + "|".join(f"(?<=\\b{re.escape(w)} )" for w in sorted(forms)) + ")"


_WHEN = (
    _after(
        "in",
        "during",
        "since",
        "until",
        "by",
        "throughout",
        "from",
        "between",
        "early",
        "late",
        "mid",
    )
    + "|(?<=mid-)|(?<=\\()"
    # "in the second week of November", "at the end of June": the month, in the year before.
    + "".join(
        f"|(?<={w} of )"
        for w in ("end", "beginning", "start", "middle", "close", "week", "weekend", "half")
    )
)
# A form's or an activity table's date line ("Date: 21 Feb", "Date: Sun 11 Aug", "Dates: 7 Jul -
# 22 Sep (Sundays)", "Date: Apr - May"): the whole line is the date, its months abbreviated, its
# year the report's. A weekday before the day is blanked to spaces before these are read.
_DATE_CELL = (
    "(?:"
    + "|".join(
        f"(?<=^{label}: {' ' * blank})"
        for label in ("Date", "Dates", "When")
        for blank in range(12)
    )
    + ")"
)
_CELL_END = r"(?=\s*(?:\([^()]*\))?\s*\.?$)"
_YEARLESS: list[tuple[str, re.Pattern[str]]] = [
    (
        "day_range",
        re.compile(
            rf"{_DATE_CELL}(?P<d1>{_DAY})\s+(?P<m1>{_MONTH}){_TO}"
            rf"(?P<d2>{_DAY})\s+(?P<m2>{_MONTH}){_CELL_END}"
        ),
    ),
    # "Date: 10-12 Jun": days of one month, the month abbreviated
    (
        "day_range",
        re.compile(rf"{_DATE_CELL}(?P<d1>{_DAY}){_TO}(?P<d2>{_DAY})\s+(?P<m2>{_MONTH}){_CELL_END}"),
    ),
    ("day", re.compile(rf"{_DATE_CELL}(?P<d1>{_DAY})\s+(?P<m1>{_MONTH}){_CELL_END}")),
    (
        "month_range",
        re.compile(rf"{_DATE_CELL}(?P<m1>{_MONTH})\s*[-–]\s*(?P<m2>{_MONTH}){_CELL_END}"),
    ),
    # a log line's date, months abbreviated: "4-7 Sept: field visit to ...", "8 Sept: ..."
    (
        "day_range",
        re.compile(rf"^(?P<d1>{_DAY}){_TO}(?P<d2>{_DAY})\s+(?P<m2>{_MONTH})(?=\s*[:–—-]\s)"),
    ),
    ("day", re.compile(rf"^(?P<d1>{_DAY})\s+(?P<m1>{_MONTH})(?=\s*[:–—-]\s)")),
    (
        "day_range",
        re.compile(
            rf"\b(?P<d1>{_DAY})\s+(?P<m1>{FULL_MONTH}){_TO}(?P<d2>{_DAY})\s+(?P<m2>{FULL_MONTH})\b"
        ),
    ),
    (
        "day_range",
        re.compile(
            rf"\b(?P<m1>{FULL_MONTH})\s+(?P<d1>{_DAY}){_TO}(?P<m2>{FULL_MONTH})\s+(?P<d2>{_DAY})\b"
        ),
    ),
    (
        "day_range",
        re.compile(
            rf"\b(?P<d1>{_DAY}){_TO}(?:the\s+)?(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{FULL_MONTH})\b"
        ),
    ),
    (
        "day_range",
        # "on March 19-21", "from March 19 to 21" (an e-mail's year)
        re.compile(
            rf"{_after('on', 'from')}(?P<m2>{FULL_MONTH})\s+(?P<d1>{_DAY}){_TO}(?P<d2>{_DAY})\b"
        ),
    ),
    # "7 and 8 Nov at the rooms": days, then an abbreviated month, in running text
    (
        "day_range",
        re.compile(
            rf"\b(?P<d1>{_DAY}){_TO}(?P<d2>{_DAY})\s+(?P<m2>(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)"
            r"\.?)(?![\w.-])"
        ),
    ),
    ("day", re.compile(rf"\b(?P<d1>{_DAY})\s+(?:of\s+)?(?P<m1>{FULL_MONTH})\b")),
    ("day", re.compile(rf"{_after('on')}(?P<m1>{FULL_MONTH})\s+(?P<d1>{_DAY})\b")),
    (
        "month_range",
        re.compile(rf"{_after('from', 'between')}(?P<m1>{FULL_MONTH}){_TO}(?P<m2>{FULL_MONTH})\b"),
    ),
    # "In February and March we held ...": two months in a row opening a sentence, with no year,
    # are one span ("the second and third took place ... in February and March" are each's)
    (
        "month_range",
        re.compile(
            r"(?:(?<=^In )|(?<=^During )|(?<=^Over ))(?:"
            + "|".join(
                rf"(?P<m1_{i}>{a})\s+and\s+(?P<m2_{i}>{b})"
                for i, (a, b) in enumerate(zip(MONTHS_IN_ORDER, MONTHS_IN_ORDER[1:], strict=False))
            )
            + r")\b(?!\s+\d)"
        ),
    ),
    # "In October, 11 to 13, we had ...", "in May, from 14 to 16, 45 leaders met": the month,
    # then its days between commas, as people say it
    (
        "day_range",
        re.compile(
            rf"(?:{_WHEN})(?P<m2>{FULL_MONTH}),\s+(?:from\s+)?(?P<d1>{_DAY}){_TO}(?P<d2>{_DAY})(?=,)"
        ),
    ),
    ("month", re.compile(rf"(?:{_WHEN})(?P<m1>{FULL_MONTH})\b")),
    # "in July and November": a month listed after one.
    (
        "month",
        re.compile(
            "(?:"
            + "|".join(f"(?<={m} and )|(?<={m}, )" for m in FULL_MONTH[3:-1].split("|"))
            + rf")(?P<m1>{FULL_MONTH})\b"
        ),
    ),
]
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")

_SEASON_WORD = {
    "early": "early",
    "beginning of": "early",
    "start of": "early",
    "mid": "mid",
    "middle of": "mid",
    "late": "late",
    "end of": "late",
}

_PARSER = DateDataParser(languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"})


@dataclass(frozen=True)
class DatePhrase:
    """A date or range found in a sentence: where it is, what it says, and at what precision."""

    start: int
    end: int
    text: str
    first: dt.date
    last: dt.date | None  # the range's last day (day precision) or first day of its last period
    precision: str
    year_from_context: bool = False  # the phrase has no year; it is the one given before it


# A head line that dates the document, not its event: "Published 28 October 2025, Mexico City",
# "Date of report: 3 May 2024", "Submitted on ...", "Reporting period: ..." (a dateline such as
# "Nairobi, 12 June 2025" has no such word: event_country's _DATELINE reads those)
DOCUMENT_DATE = re.compile(
    r"\b(?:published|posted|submitted|prepared|written|updated|sent|issued|released|dated|report"
    r"\s+date|date\s+of\s+(?:the\s+)?(?:report|submission|issue)|as\s+of|reporting\s+period"
    r"|period|for\s+immediate\s+release)\b",
    re.I,
)


@lru_cache(maxsize=4096)
def _read(text: str) -> dt.date | None:
    """dateparser's reading of one end of a phrase ("5 August 2014", "May 2016")."""
    data = _PARSER.get_date_data(text)
    return data.date_obj.date() if data and data.date_obj else None


def _clean(part: str | None) -> str:
    return re.sub(r"(?<=\d)(st|nd|rd|th)\b", "", (part or "").rstrip(".")).strip()


def _phrase(kind: str, m: re.Match[str], year: int | None = None) -> DatePhrase | None:
    g = dict(m.groupdict())
    for name, value in m.groupdict().items():
        if value and re.fullmatch(r"m[12]_\d+", name):
            g[name[:2]] = value  # "February and March": one pair of months in a row
    if year is not None:  # a phrase without its year
        g["y1"], g["y2"] = None, str(year)
        g.setdefault("m2", None)
        if kind == "month":
            g["y1"] = str(year)
        phrase = _phrase_of(kind, g, m)
        if phrase is None and kind in ("day_range", "month_range"):
            g["y1"], g["y2"] = str(year), str(year + 1)  # "28 December to 3 January"
            phrase = _phrase_of(kind, g, m)
        return (
            None
            if phrase is None
            else DatePhrase(
                phrase.start,
                phrase.end,
                phrase.text,
                phrase.first,
                phrase.last,
                phrase.precision,
                True,
            )
        )
    return _phrase_of(kind, g, m)


def _phrase_of(kind: str, g: dict, m: re.Match[str]) -> DatePhrase | None:
    if kind == "year":
        year = int(g["y1"])
        return DatePhrase(m.start("y1"), m.end(), m.group("y1"), dt.date(year, 1, 1), None, "year")
    if kind == "season":
        word = _SEASON_WORD[g["s"].lower()]
        first = dt.date(int(g["y1"]), SEASON_START_MONTH[word], 1)
        return DatePhrase(m.start(), m.end(), m.group(0), first, None, "season")
    if kind in ("month", "month_range"):
        y2 = g.get("y2")
        first = _read(f"{_clean(g['m1'])} {g['y1'] or y2}")
        last = _read(f"{_clean(g['m2'])} {y2}") if kind == "month_range" else None
        if first is None or (kind == "month_range" and (last is None or last < first)):
            return None
        return DatePhrase(
            m.start(),
            m.end(),
            m.group(0),
            first.replace(day=1),
            last.replace(day=1) if last else None,
            "month",
        )
    # day and day_range
    y2 = g.get("y2")
    m1 = g.get("m1") or g.get("m2")
    first = _read(f"{_clean(g['d1'])} {_clean(m1)} {g.get('y1') or y2}")
    if first is None:
        return None
    last = None
    if kind == "day_range":
        last = _read(f"{_clean(g['d2'])} {_clean(g['m2'])} {y2}")
        if last is None or last < first:
            return None
    return DatePhrase(m.start(), m.end(), m.group(0), first, last, "day")


# Dates written in numbers, day first as most of the world writes them: "08.10.2019",
# "30/07/2022", "11-12/06/2022", "21.11.2019 to 23.11.2019". A first number over 12 can only be
# a day; a second over 12 only a day too, so the date is American ("12/25/2019").
_NUM_DATE = r"(?P<{a}>\d{{1,2}})(?P<s{k}>[./])(?P<{b}>\d{{1,2}})(?P=s{k})(?P<{y}>(?:19|20)\d\d)"
_NUM_EDGE_L = r"(?<![\w./-])"
_NUM_EDGE_R = r"(?![\w/]|[.,]\d)"
_NUMERIC: list[tuple[str, re.Pattern[str]]] = [
    # "2025.02.27-28", "2019-11-05", "2021/03/02 to 2021/03/04": the year first, then the month
    # and the day, a range closed by a day, a month and day, or a whole date
    (
        "ymd",
        re.compile(
            r"(?<![\w./-])(?P<y1>(?:19|20)\d\d)(?P<s>[./-])(?P<m1>\d{1,2})(?P=s)(?P<d1>\d{1,2})"
            r"(?:\s*(?:-|–|—|to|until)\s*(?:(?P<y2>(?:19|20)\d\d)(?P=s)(?P<m2>\d{1,2})(?P=s)"
            r"(?P<d2>\d{1,2})|(?P<m3>\d{1,2})(?P=s)(?P<d3>\d{1,2})|(?P<d4>\d{1,2})))?"
            r"(?![\w/]|[.,-]?\d)"
        ),
    ),
    (
        "num_range",
        re.compile(
            _NUM_EDGE_L
            + _NUM_DATE.format(a="a1", b="b1", y="y1", k=1)
            + r"\s*(?:-|–|—|to|until)\s*"
            + _NUM_DATE.format(a="a2", b="b2", y="y2", k=2)
            + _NUM_EDGE_R
        ),
    ),
    (
        "num_days",
        re.compile(
            _NUM_EDGE_L
            + r"(?P<d0>\d{1,2})\s*[-–]\s*"
            + _NUM_DATE.format(a="a1", b="b1", y="y1", k=1)
            + _NUM_EDGE_R
        ),
    ),
    (
        "num_day",
        re.compile(_NUM_EDGE_L + _NUM_DATE.format(a="a1", b="b1", y="y1", k=1) + _NUM_EDGE_R),
    ),
]
# "Tuesday 4/5", "Wed 6/4", a thread's "Tue (14/10)": a day and a month in numbers without a
# year, read only with the year the report gave and only in the order (month first or day
# first) that falls on the weekday written before it.
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WEEKDAY_NUM = re.compile(
    r"\b(?P<w>Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+(?P<open>\()?(?P<a1>\d{1,2})/(?P<b1>\d{1,2})"
    r"(?(open)\)|(?![\w/]|[.,]\d))"
)


def _num_date(a: str, b: str, y: str, month_first: bool = False) -> dt.date | None:
    x, z = int(a), int(b)
    day, month = (z, x) if month_first or z > 12 else (x, z)
    try:
        return dt.date(int(y), month, day)
    except ValueError:
        return None


def _year_first(m: re.Match[str]) -> DatePhrase | None:
    g = m.groupdict()
    try:
        first = dt.date(int(g["y1"]), int(g["m1"]), int(g["d1"]))
        if g["d2"]:
            last = dt.date(int(g["y2"]), int(g["m2"]), int(g["d2"]))
        elif g["d3"]:
            last = dt.date(first.year, int(g["m3"]), int(g["d3"]))
        elif g["d4"]:
            last = dt.date(first.year, first.month, int(g["d4"]))
        else:
            last = None
    except ValueError:
        return None
    if last is not None and last <= first:
        return None
    return DatePhrase(m.start(), m.end(), m.group(0), first, last, "day")


def _numeric(m: re.Match[str], kind: str) -> DatePhrase | None:
    if kind == "ymd":
        return _year_first(m)
    g = m.groupdict()
    american = int(g["b1"]) > 12 or (kind == "num_range" and int(g["b2"]) > 12)
    first = _num_date(g["a1"], g["b1"], g["y1"], american)
    if first is None:
        return None
    last = None
    if kind == "num_range":
        last = _num_date(g["a2"], g["b2"], g["y2"], american)
    elif kind == "num_days":
        last, first = first, _num_date(g["d0"], str(first.month), g["y1"])
    if first is None or (kind != "num_day" and (last is None or last <= first)):
        return None
    return DatePhrase(m.start(), m.end(), m.group(0), first, last, "day")


def _weekday_dates(sentence: str, year: int, taken: list[tuple[int, int]]) -> list[DatePhrase]:
    found = []
    for m in _WEEKDAY_NUM.finditer(sentence):
        if any(m.start() < e and s < m.end() for s, e in taken):
            continue
        weekday = _WEEKDAYS.index(m.group("w")[:3].lower())
        readings = {
            d
            for d in (
                _num_date(m.group("a1"), m.group("b1"), str(year), True),
                _num_date(m.group("a1"), m.group("b1"), str(year), False),
            )
            if d is not None and d.weekday() == weekday
        }
        if len(readings) == 1:
            taken.append((m.start(), m.end()))
            start = m.start("a1")
            found.append(
                DatePhrase(
                    start,
                    m.end(),
                    m.group(0)[start - m.start() :],
                    readings.pop(),
                    None,
                    "day",
                    True,
                )
            )
    return found


_WEEKDAY_BEFORE_DAY = re.compile(
    r"\b(?:Mon|Tue(?:s)?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+"
    rf"(?={_DAY}\b(?![/.-]\d)(?:{_TO}(?:\w+\s+)?{_DAY}\b)?\s+(?:of\s+)?{_MONTH}(?!\w))"
)


# Thai reports date by the Buddhist Era, 543 years ahead of the Common Era: "08/01/2567",
# "5-9 Feb 2567", "B.E. 2567", "Q3 2567", "March 2568". A year 2500-2599 in such a place (after a
# day and month in numbers, a month, the era's mark, a quarter, a preposition or a dash, or
# before the era's mark) is read as the Common Era year it stands for, written in the same four
# digits so that every position in the sentence stays where it was. A count ("2500 people",
# "2,567") is left as it is.
_BUDDHIST_ERA_OFFSET = 543
_BE_MARK = r"(?:B\.\s?E\.?|BE|Buddhist\s+(?:Era|year|calendar)|พ\.ศ\.)"
_BE_CANDIDATE = re.compile(r"(?<![\d,.])25\d\d(?!\d|[,.]\d)")
_BE_BEFORE = re.compile(
    r"(?:\d[./]\d{0,2}|\b" + _MONTH + r"\s|\bQ[1-4][\s/]|[-–]\s?"
    r"|\b(?:[Ii]n|of|[Ff]rom|to|until|[Ss]ince|year)\s|" + _BE_MARK + r"\s?)\Z"
)
# before the era's mark ("2567 B.E.") or as the first of a range of such years ("2567-2568")
_BE_AFTER = re.compile(rf"\s*{_BE_MARK}(?!\w)|\s?[-–]\s?25\d\d(?!\d)")
# what a year is not followed by: a plural noun ("in 2500 households"), a share
_BE_NOT_AFTER = re.compile(
    r"\s*%|\s+(?!(?:to|and|until|till|through|we|our|the|this|was|were|is|has|had|will)\b)"
    r"[a-z]+s\b"
)


_LAST_YEAR = re.compile(r"(?<!\bthe )\b[Ll]ast\s+year\b")


def _common_era(sentence: str) -> str:
    """`sentence` with its Buddhist Era years in date places written as Common Era years."""
    if "25" not in sentence:
        return sentence
    out = list(sentence)
    for m in _BE_CANDIDATE.finditer(sentence):
        before, after = sentence[: m.start()], sentence[m.end() :]
        dated = _BE_BEFORE.search(before) and not _BE_NOT_AFTER.match(after)
        if dated or _BE_AFTER.match(after):
            out[m.start() : m.end()] = str(int(m.group(0)) - _BUDDHIST_ERA_OFFSET)
            # "On 9 January B.E. 2567": the era's mark between the month and its year is
            # blanked, so the day, month and year read as one date
            mark = _BE_MARK_BETWEEN.search(before)
            if mark:
                lo, hi = mark.span("mark")
                out[lo:hi] = " " * (hi - lo)
    return "".join(out)


_BE_MARK_BETWEEN = re.compile(r"\b" + _MONTH + r"(?P<mark>\s+" + _BE_MARK + r")\s?\Z")


# "Day 18 month 4 year 2024", "day 5 month 3 year 2024": the Vietnamese "ngày ... tháng ... năm"
# put in English word by word; read as the day, month and year it numbers ("18/4/2024", the
# rest of its span blanked so that every position after it stays where it was).
_DAY_MONTH_YEAR_WORDS = re.compile(
    r"\b[Dd]ay\s+(?P<d>\d{1,2})\s+month\s+(?P<m>\d{1,2})\s+year\s+(?P<y>(?:19|20)\d\d)\b"
)


def _day_month_year_words(sentence: str) -> str:
    """`sentence` with "day 18 month 4 year 2024" written "18/4/2024" (padded with spaces)."""
    if "month" not in sentence:
        return sentence
    return _DAY_MONTH_YEAR_WORDS.sub(
        lambda m: f"{m['d']}/{m['m']}/{m['y']}".ljust(len(m.group(0))), sentence
    )


def find(sentence: str, year: int | None = None) -> list[DatePhrase]:
    """The date phrases of a sentence, left to right, the longest reading of each span winning.
    With `year` (the year the report gave last), a date without its year is read too, in the
    year written before it in the sentence or else in `year`. A Buddhist Era year ("08/01/2567",
    "Feb 2567") is read as the Common Era year it stands for."""
    sentence = _day_month_year_words(_common_era(sentence))
    has_year = _YEAR_RE.search(sentence) is not None
    if not has_year and year is None:
        return []
    # "Tuesday 7 and Wednesday 8 Nov": a weekday before a day of the month is read as the day
    # alone (blanked to spaces, so every position stays where it was)
    sentence = _WEEKDAY_BEFORE_DAY.sub(lambda m: " " * len(m.group(0)), sentence)
    found: list[DatePhrase] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _NUMERIC if has_year else ():
        for m in pattern.finditer(sentence):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            phrase = _numeric(m, kind)
            if phrase is not None:
                taken.append((m.start(), m.end()))
                found.append(phrase)
    if year is not None or has_year:
        before_year = [int(y.group(0)) for y in _YEAR_RE.finditer(sentence)]
        # the report's year first: "Wednesday 4/6 - visits to schools rebuilt after the August
        # 2021 earthquake" is in the year of the trip, not of the earthquake
        found += _weekday_dates(sentence, year if year is not None else before_year[0], taken)
    for kind, pattern in _PATTERNS if has_year else ():
        for m in pattern.finditer(sentence):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            phrase = _phrase(kind, m)
            # An impossible date ("31 February 2017") is left out, not read again as a month.
            taken.append((m.start(), m.end()))
            if phrase is not None:
                found.append(phrase)
    for kind, pattern in _YEARLESS:
        for m in pattern.finditer(sentence):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            before = [int(y.group(0)) for y in _YEAR_RE.finditer(sentence, 0, m.start())]
            context = before[-1] if before else year
            if context is None:
                continue
            if not before and _LAST_YEAR.search(sentence, 0, m.start()):
                context -= 1  # "Last year in May, ...": the year before the report's
            taken.append((m.start(), m.end()))
            phrase = _phrase(kind, m, context)
            if phrase is not None:
                found.append(phrase)
    # "In September 2021 ... ran a training in Port Vila, from 14 to 16 September": the days
    # later in the sentence, in that month and year, tell the same time more precisely.
    refined = [
        p
        for p in found
        if p.precision == "month"
        and p.last is None
        and sum(
            1
            for q in found
            if q.precision == "day"
            and q.start > p.end
            and q.year_from_context
            and (q.first.year, q.first.month) == (p.first.year, p.first.month)
        )
        == 1
    ]
    # "In June, 40 crew finished the course, on five Saturdays from 1 June to 29 June 2024": a
    # month read in the report's year is the month of the days the sentence dates later
    refined += [
        p
        for p in found
        if p.precision == "month"
        and p.last is None
        and p.year_from_context
        and any(
            q.precision == "day"
            and q.start > p.end
            and not q.year_from_context
            and q.first.month == p.first.month
            for q in found
        )
    ]
    found = [p for p in found if p not in refined]
    found += _named_days(sentence, year, found)
    found = [_for_days(sentence, _days_after(sentence, p)) for p in found]
    return sorted(found, key=lambda p: p.start)


# International days observed on a fixed calendar date ("On World Water Day we marched"): the
# day in the year the sentence or the report gives. Only days whose date never moves; a day a
# country keeps on a date of its own ("Labour Day", "Mother's Day") or on a weekday ("World
# Habitat Day", the first Monday of October) is never read.
_FIXED_DAYS: list[tuple[str, int, int]] = [
    (r"International\s+Women['’]?s\s+Day", 3, 8),
    (r"World\s+Water\s+Day", 3, 22),
    (r"World\s+Health\s+Day", 4, 7),
    (r"(?:International\s+Mother\s+)?Earth\s+Day", 4, 22),
    (r"May\s+Day|International\s+Workers['’]?\s+Day", 5, 1),
    (r"World\s+Environment\s+Day", 6, 5),
    (r"World\s+Oceans?\s+Day", 6, 8),
    (r"World\s+Day\s+(?i:against)\s+Child\s+Labou?r", 6, 12),
    (r"International\s+Domestic\s+Workers['’]?\s+Day", 6, 16),
    (r"World\s+Refugee\s+Day", 6, 20),
    (r"(?:International\s+)?Day\s+of\s+the\s+Seafarers?", 6, 25),
    (r"International\s+Day\s+of\s+(?:the\s+)?(?:World['’]s\s+)?Indigenous\s+Peoples?", 8, 9),
    (r"International\s+Youth\s+Day", 8, 12),
    (r"International\s+Day\s+of\s+the\s+Girl(?:\s+Child)?", 10, 11),
    (r"World\s+Food\s+Day", 10, 16),
    (r"World\s+Fisheries\s+Day", 11, 21),
    (
        r"International\s+Day\s+for\s+the\s+Elimination\s+of\s+Violence\s+(?i:against)\s+Women",
        11,
        25,
    ),
    (r"International\s+Day\s+of\s+Persons\s+with\s+Disabilities", 12, 3),
    (r"Human\s+Rights\s+Day", 12, 10),
    (r"International\s+Migrants['’]?\s+Day", 12, 18),
]
_FIXED_DAY_RE = re.compile(
    r"(?<![\w-])(?:[Tt]he\s+)?(?:"
    + "|".join(f"(?P<f{i}>{p})" for i, (p, _, _) in enumerate(_FIXED_DAYS))
    + rf")(?:\s+(?:of\s+)?(?P<y>{_YEAR}))?(?![\w-])"
)


def _named_days(sentence: str, year: int | None, found: list[DatePhrase]) -> list[DatePhrase]:
    """Fixed international days named in a sentence, in the year written after the name, else
    the year the sentence gives before it, else the report's year; none without a year."""
    days = []
    for m in _FIXED_DAY_RE.finditer(sentence):
        if any(m.start() < p.end and p.start < m.end() for p in found):
            continue
        i = next(int(k[1:]) for k, v in m.groupdict().items() if v and k.startswith("f"))
        _, month, day = _FIXED_DAYS[i]
        before = [int(y.group(0)) for y in _YEAR_RE.finditer(sentence, 0, m.start())]
        y = int(m.group("y")) if m.group("y") else (before[-1] if before else year)
        if y is None:
            continue
        if any(p.precision == "day" and p.first == dt.date(y, month, day) for p in found):
            continue  # "on 22 March 2022, World Water Day": the day told twice
        days.append(
            DatePhrase(
                m.start(),
                m.end(),
                m.group(0),
                dt.date(y, month, day),
                None,
                "day",
                not m.group("y") and not before,
            )
        )
    return days


# "For six days from 11 October", "for three days from 25 July 2023": the days the event ran,
# counted from the first one.
_FOR_DAYS = re.compile(
    r"\b[Ff]or\s+(?P<n>[2-9]|1[0-4]|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|thirteen|fourteen)\s+(?:full\s+)?days,?\s+(?:starting\s+)?(?:from|on)\s+(?:the\s+)?$"
)
_NUMBER_NAMES = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen".split()
    )
}


def _for_days(sentence: str, p: DatePhrase) -> DatePhrase:
    """A day phrase after "for N days from", read as the N days from it."""
    if p.precision != "day" or p.last is not None:
        return p
    m = _FOR_DAYS.search(sentence[: p.start])
    if not m:
        return p
    word = m.group("n").lower()
    n = int(word) if word.isdigit() else _NUMBER_NAMES[word]
    last = p.first + dt.timedelta(days=n - 1)
    return DatePhrase(
        m.start(), p.end, sentence[m.start() : p.end], p.first, last, "day", p.year_from_context
    )


# "In mid-March 2021, on the 16th and 17th, ...", "In the last week of October 2024, from the
# 28th to the 30th, ...": the days of the month just named.
_DAYS_AFTER = re.compile(
    r"(?:,\s*(?:(?:on|from)\s+)?|\s+on\s+)(?:the\s+)?(?P<d1>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)"
    r"(?:\s*(?:-|–|and|to)\s*(?:the\s+)?(?P<d2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))?"
    r"(?=\s*[,.;)]|\s*$)"
)


def _days_after(sentence: str, p: DatePhrase) -> DatePhrase:
    """A month phrase followed by its days in ordinals, read as those days."""
    if p.precision != "month" or p.last is not None:
        return p
    m = _DAYS_AFTER.match(sentence, p.end)
    if not m:
        return p
    try:
        first = p.first.replace(day=int(m.group("d1")))
        last = p.first.replace(day=int(m.group("d2"))) if m.group("d2") else None
    except ValueError:
        return p
    if last is not None and last <= first:
        return p
    return DatePhrase(
        p.start, m.end(), sentence[p.start : m.end()], first, last, "day", p.year_from_context
    )


def last_year(text: str) -> int | None:
    """The last year a text names ("... in 2012"), for the dates after it that give none."""
    years = [p.first.year for p in find(text)]
    return years[-1] if years else None


# "A year later", "two months later", "the following March", "the next year": a date told by
# its distance from the date the report gave before it.
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
RELATIVE = re.compile(
    r"\b(?P<n>an?|one|two|three|four|five|six|\d{1,2})\s+(?P<unit>years?|months?)\s+later\b"
    rf"|\b(?:the\s+)?(?:following|next)\s+(?P<what>{FULL_MONTH}|year|month)\b"
    # Told by its distance from the event before it, to the day or the week: "the day after
    # (the tribunal)", "the next day", "the evening before", "on the eve of", "two days later",
    # "the following week", "three weeks later", "on the forum's second day", "on day two".
    r"|\b(?:the\s+)?(?P<after>(?:day|morning|evening)\s+after|(?:following|next)\s+(?:day|morning|evening))\b"
    r"|\b(?:the\s+)?(?P<before>(?:day|evening|night)\s+before|eve\s+of)\b"
    r"|\b(?P<dn>an?|one|two|three|four|five|six|\d{1,2})\s+(?P<dunit>days?|weeks?)\s+later\b"
    r"|\b(?:the\s+)?(?P<week>(?:following|next)\s+week)\b"
    r"|\b[Oo]n\s+(?:the\s+|its\s+|\w+['’]s\s+)(?P<nth>second|third|fourth|fifth|last|final)\s+day\b"
    r"|\b[Oo]n\s+[Dd]ay\s+(?P<dayn>two|three|four|five|[2-9])\b",
    re.I,
)
WITHIN_DAY = re.compile(r"[Oo]n\s+(?:the\s+|its\s+|\w+['’]s\s+)?\w+\s+day\b|[Oo]n\s+[Dd]ay\b")
_ORDINAL_DAYS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "two": 2, "three": 3}
_ORDINAL_DAYS |= {"four": 4, "five": 5}


def _shift_months(day: dt.date, months: int) -> dt.date:
    total = day.year * 12 + day.month - 1 + months
    return dt.date(total // 12, total % 12 + 1, 1)


def relative(sentence: str, before: DatePhrase | None) -> list[DatePhrase]:
    """Dates a sentence tells by their distance from `before`, the date the report gave last
    ("A year later", "The following March"): years later are known to the year, months later
    and a named month to the month. Marked `year_from_context`: the year is inferred."""
    if before is None:
        return []
    found = []
    for m in RELATIVE.finditer(sentence):
        base = before.first
        day = _by_days(m, before)
        if day is not None:
            if day[0] is not None:
                found.append(DatePhrase(m.start(), m.end(), m.group(0), day[0], None, day[1], True))
            continue
        if m.group("unit"):
            n = m.group("n").lower()
            count = _NUMBER_WORDS.get(n) or int(n)
            in_years = m.group("unit").lower().startswith("year")
            months = count * (12 if in_years else 1)
            # "A year later" is a round figure: known to the year, not the month; "exactly a
            # year later" (or "... later to the day") is the same day, that many years on.
            exact = re.search(r"\b(?:exactly|precisely)\s+$", sentence[: m.start()], re.I) or (
                re.match(r",?\s+to\s+the\s+day\b", sentence[m.end() :], re.I)
            )
            if exact and in_years and before.precision == "day":
                first, precision = base.replace(year=base.year + count), "day"
                found.append(
                    DatePhrase(m.start(), m.end(), m.group(0), first, None, precision, True)
                )
                continue
            precision = "year" if in_years else "month"
            if before.precision in ("year", "season") and not in_years:
                continue  # "two months after early 2010" is not a date a reader can place
            first = _shift_months(base.replace(day=1), months)
            if precision == "year":
                first = first.replace(month=1)
        else:
            what = m.group("what").lower()
            if what == "year":
                first, precision = dt.date(base.year + 1, 1, 1), "year"
            elif what == "month":
                if before.precision not in ("day", "month"):
                    continue
                first, precision = _shift_months(base.replace(day=1), 1), "month"
            else:
                month = _read(f"{what} 2000")
                if month is None:
                    continue
                year = base.year + (1 if month.month <= base.month else 0)
                first, precision = dt.date(year, month.month, 1), "month"
        found.append(DatePhrase(m.start(), m.end(), m.group(0), first, None, precision, True))
    return found


def _by_days(m: re.Match[str], before: DatePhrase) -> tuple[dt.date | None, str] | None:
    """A date told to the day or the week from the one before it, as (date, precision); (None,
    "") when the phrase is of that kind but the date before is not known well enough; None when
    the phrase is of another kind."""
    kinds = ("after", "before", "dn", "week", "nth", "dayn")
    if not any(m.group(k) for k in kinds):
        return None
    if before.precision != "day":
        return None, ""  # "the day after" a month is no day a reader can place
    last = before.last or before.first
    if m.group("after"):
        return last + dt.timedelta(days=1), "day"
    if m.group("before"):
        return before.first - dt.timedelta(days=1), "day"
    if m.group("dn"):
        n = m.group("dn").lower()
        count = _NUMBER_WORDS.get(n) or int(n)
        if m.group("dunit").lower().startswith("day"):
            return last + dt.timedelta(days=count), "day"
        return (last + dt.timedelta(weeks=count)).replace(day=1), "month"
    if m.group("week"):
        return (last + dt.timedelta(weeks=1)).replace(day=1), "month"
    # "on the second day" of the event told before: a day within its range, else unknown
    nth = (m.group("nth") or m.group("dayn")).lower()
    if before.last is None or before.last <= before.first:
        return None, ""
    if nth in ("last", "final"):
        return before.last, "day"
    n = _ORDINAL_DAYS.get(nth) or int(nth)
    day = before.first + dt.timedelta(days=n - 1)
    return (day, "day") if day <= before.last else (None, "")


def last_phrase(text: str, year: int | None = None) -> DatePhrase | None:
    """The last date a text names, for "a year later" in the sentences after it."""
    phrases = find(text, year)
    return phrases[-1] if phrases else None
