"""What a report is made of, as plain data: sections of paragraphs, key figures, tables and
charts, numbered evidence notes and a manifest; and the request that says which report. content.py
fills these in; the PDF and Word writers lay them out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pandas as pd

from atlas.access import Scope
from atlas.filters import Filters
from atlas.i18n import DEFAULT


class ReportError(Exception):
    """A report that cannot be made for this input; the message is for the user."""


@dataclass
class Note:
    """One numbered note of the evidence appendix: what a figure rests on."""

    number: int
    about: str  # the figure or record it is for
    source: str | None = None  # the source's title
    source_path: str | None = None  # the source's path_or_url, for a reader (and a test) to find it
    sentences: list[str] = field(default_factory=list)  # quoted verbatim from the source
    explanation: str | None = (
        None  # how an aggregate figure is counted and which notes hold its sentences
    )


@dataclass
class Paragraph:
    text: str
    style: str = "body"  # body, summary, caption, warning
    notes: tuple[int, ...] = ()


@dataclass
class KeyFigure:
    label: str
    value: str
    note: int


@dataclass
class KeyFigures:
    items: list[KeyFigure]


@dataclass
class Table:
    title: str
    columns: list[str]
    rows: list[list[str]]
    widths: list[float]  # relative column widths
    notes: list[int | None] | None = None  # one note per row, shown in a last "Note" column
    numeric: tuple[int, ...] = ()  # columns aligned right


@dataclass
class Chart:
    kind: str  # a renderer of atlas.report.charts: events_per_year, participants_by_country, outcomes_by_type
    title: str
    data: pd.DataFrame
    options: dict[str, object]
    note: int
    description: str  # the chart in one sentence, for a reader who cannot see it


@dataclass
class Section:
    heading: str
    blocks: list[object]


@dataclass
class Report:
    title: str
    lines: list[str]  # under the title: period, for whom, filters, when made
    sections: list[Section]
    notes: list[Note]
    manifest: list[tuple[str, str]]
    file_stem: str  # a file name that says what the report holds, without extension
    generated_at: dt.datetime
    author: str
    lang: str = DEFAULT  # the language of the report's own words (data stay as recorded)


@dataclass(frozen=True)
class Request:
    """Which report: a funder's, a project's, or a filter state's (all records with no filter)."""

    filters: Filters = field(default_factory=Filters)
    funder: str | None = None
    project: str | None = None
    since: dt.date | None = None
    by: str | None = None  # who asked for it, when known (a signed-in person)
    origin: str = "python -m atlas.report"  # the command or the page that made it
    lang: str = DEFAULT  # the language of the report's own words: the page's, or --lang
    scope: Scope = field(kw_only=True)  # whose view: every figure is read within it (no default)
