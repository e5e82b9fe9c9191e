"""Events the first runs missed whole, in kinds of text that recur from set to set (issue 16, read
from the first runs of the blind sets: tools/first_run_thin_drafts.py rebuilds them). Each rule
here adds a draft only where the text names its event in a form no other reading took and no
draft of the report already tells it.
"""

from __future__ import annotations

import re

from atlas.extract import date_phrases, events, places, sentences
from atlas.extract.drafts import Draft
from atlas.extract.merging import title_match

# The head of a meeting's own record, in its first lines: "Minutes of the Open Assembly of
# Seasonal Workers", "Summary record of the 9th General Assembly", "MINUTES - ANNUAL GENERAL
# MEETING 2023", "Summary Record of the Fourth Steering Committee Meeting". The meeting the
# record is of is the event the report tells, whatever the lines below it read.
_RECORD_HEAD = re.compile(
    r"(?:^|\s)(?:minutes|summary\s+record|record)\s*(?:of\s+the\s+|[-–:]\s+(?:the\s+)?)"
    r"(?P<name>[^.\n]{4,90}?)\s*$",
    re.I,
)
# The meeting's name must say it is one: "Annual General Meeting", "General Assembly",
# "Steering Committee Meeting", "Board Meeting" ("Minutes of the discussion" is none).
_MEETING_NAME = re.compile(r"\b(?:meeting|assembly|congress|conference|forum|council)\b", re.I)
# The line that dates it, in the record's first paragraphs: "Date: Sunday 19 October 2025",
# "Held on Saturday the 16th of September, 10am to 4pm, at ...", "Date and place: 15-16
# October 2024, Kunming, ...", or a place and date line under the head: "Lisbon, 14 June 2024 -
# Casa do Alentejo".
_DATE_LINE = re.compile(
    r"^(?:(?:date(?:\s+and\s+place)?|dates?\s*/\s*\w+|fecha\s*/\s*date)\s*:|held\s+on\b|"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+\d{1,2}(?:[-–]\d{1,2})?\s+[A-Z][a-z]+\s+\d{4}\b)",
    re.I,
)


def _head_lines(text: str, paragraphs: int = 3) -> list[str]:
    blocks = [b for b in re.split(r"\n\s*\n", text.strip()) if b.strip()][:paragraphs]
    return [line.strip() for b in blocks for line in b.splitlines() if line.strip()]


def _title(name: str) -> str:
    name = " ".join(name.split())
    if name.isupper():  # "ANNUAL GENERAL MEETING 2023"
        name = " ".join(w if w.isdigit() else w.capitalize() for w in name.lower().split())
        name = re.sub(r"\b(Of|The|And|On|For)\b", lambda m: m.group(1).lower(), name)
    return name


def meeting_of_record(told: list[Draft], text: str, source_name: str = "") -> None:
    """A meeting's minutes or summary record no draft tells: a draft of the meeting its head
    names, dated by the record's date line (the rest of the pipeline places it)."""
    lines = _head_lines(text)
    head = next((m for line in lines[:3] if (m := _RECORD_HEAD.search(line))), None)
    if head is None or not _MEETING_NAME.search(head.group("name")):
        return
    title = _title(head.group("name"))
    named = next((d for d in told if title_match(d.title, title) >= 0.5), None)
    if named is not None and named.city and named.start_date is not None:
        return
    # the year the head gives ("Annual General Meeting 2023"), else the report's last one
    in_head = re.search(r"\b(?:19|20)\d\d\b", " ".join(lines[:3]))
    year = int(in_head.group(0)) if in_head else date_phrases.last_year(text)
    dated = line_of = None
    for line in lines[1:8]:
        found = date_phrases.find(line, year) if _DATE_LINE.match(line) else []
        if found:
            dated, line_of = found[0], line
            break
    if dated is None or line_of is None:
        return
    last = dated.last if dated.last and dated.last != dated.first else None
    if named is not None:
        # the meeting the head names, read as a draft with no date or no place of its own (its
        # heading read, or a sentence dating it, "The meeting closed at 4.30 pm on 16 October"):
        # the record's date line dates it, and places it when it falls on the line's days
        if named.start_date is None:
            named.start_date, named.end_date = dated.first, last
            named.date_precision = dated.precision
            named.evidence["start_date"] = line_of
        on_its_days = named.start_date in (dated.first, last) or (
            last is not None and dated.first <= named.start_date <= last
        )
        if on_its_days and not named.city and not named.country_iso3:
            _place_of_line(named, line_of, dated)
        return
    for d in told:
        if d.event_type == "meeting" and d.start_date in (dated.first, last):
            # a meeting of the record's days told already: "The meeting closed on day 2"
            # under a name of no meeting ("Meeting"), is the record's meeting, named by its head
            if title_match(d.title, "Meeting") >= 0.99:
                d.title, d.evidence["title"] = title, head.group(0).strip()
                d.start_date, d.end_date, d.date_precision = dated.first, last, dated.precision
                if not d.city and not d.country_iso3:
                    _place_of_line(d, line_of, dated)
            return
    d = Draft(title, "meeting", source_name=source_name)
    d.start_date, d.end_date, d.date_precision = dated.first, last, dated.precision
    d.evidence["title"] = head.group(0).strip()
    d.evidence["start_date"] = line_of
    _place_of_line(d, line_of, dated)
    # "Place: Mérida (Badajoz, Extremadura, Spain), Centro Cívico ...": a form's line of place
    events._place_from_label(d, sentences.split("\n".join(lines)))
    told.insert(0, d)


def _place_of_line(d: Draft, line: str, dated: date_phrases.DatePhrase) -> None:
    """The town and venue the record's date line gives beside its date: "Lisbon, 14 June 2024 -
    Casa do Alentejo", "Date and place: 15-16 October 2024, Kunming, Spring City Garden Hotel",
    "Held on Saturday ..., at the Riverside Migrant Hub, Kangaroo Point, Brisbane"."""
    rest = line[: dated.start] + " , " + line[dated.end :]
    rest = re.sub(
        r"^[^:,]{2,30}:\s*|\bheld\s+on\b|\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm)\b[^,]*",
        ",",
        rest,
        flags=re.I,
    )
    parts = [p.strip(" .;") for p in re.split(r",|\s[-–—]\s", rest)]
    parts = [re.sub(r"^(?:at|in)\s+(?:the\s+)?", "", p) for p in parts if p]
    town = next((p for p in parts if (c := places.city(p)) and c.name == p), None)
    if town is None:
        return
    place = places.place_at(town, 0)
    if place:
        places.put_place(d, place[0], line)
    venue = next((p for p in parts if re.search(rf"\b(?:{places.VENUE_WORDS})\b", p)), None)
    if venue:
        d.venue, d.evidence["venue"] = venue, line
