"""Events the first runs missed whole, in kinds of text that recur from set to set (issue 16, read
from the first runs of the blind sets: tools/first_run_thin_drafts.py rebuilds them). Each rule
here adds a draft only where the text names its event in a form no other reading took and no
draft of the report already tells it.
"""

from __future__ import annotations

import re

from atlas.extract import date_phrases, events, mentions, places, sentences
from atlas.extract.drafts import Draft
from atlas.extract.merging import merge_drafts, title_match

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
        name = re.sub(
            r"\b(Of|The|And|On|For|To|In|At|With|From)\b", lambda m: m.group(1).lower(), name
        )
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
    events.place_from_label(d, sentences.split("\n".join(lines)))
    told.insert(0, d)


def _place_of_line(d: Draft, line: str, dated: date_phrases.DatePhrase | None) -> None:
    """The town and venue the record's date line gives beside its date: "Lisbon, 14 June 2024 -
    Casa do Alentejo", "Date and place: 15-16 October 2024, Kunming, Spring City Garden Hotel",
    "Held on Saturday ..., at the Riverside Migrant Hub, Kangaroo Point, Brisbane"."""
    rest = line[: dated.start] + " , " + line[dated.end :] if dated else line
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


# A line of names only, every word capitalised, a dash between the body and its meeting: "European
# Statelessness Action Platform – Steering Committee Meeting" (no "at the", "in", "for").
_NAME_ONLY = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:[–—-]\s+)?[A-Z0-9][\w'’-]*)*")
_DOCUMENT_KIND = re.compile(
    r"\b(?:report|summary|minutes|note|notes|statement|release|newsletter|bulletin|proceedings)\b",
    re.I,
)


def event_of_title_block(told: list[Draft], text: str, source_name: str = "") -> Draft | None:
    """A report headed by its event's title block (sentences.event_title_block: the event's name,
    its theme, a line of venue and town, a line of dates): the draft the name tells, dated and
    placed by the block where its sentences did not; a draft of it when none tells it, which is
    returned (None otherwise) so that the outcomes the report told with no event go to it."""
    blocks = [b for b in re.split(r"\n\s*\n", text.strip()) if b.strip()]
    lines = [line.strip() for line in blocks[0].splitlines() if line.strip()] if blocks else []
    if (
        len(lines) == 1
        and len(blocks) > 1
        and len(blocks[1].strip().splitlines()) == 1
        and _NAME_ONLY.fullmatch(sentences.clean_markup(lines[0]))
    ):
        # the name and its line of place and date as blocks of their own: "X – Steering
        # Committee Meeting" / "Vienna, Tuesday 10 November 2026"; never a news item's
        # headline over its dateline ("Domestic Workers Speak at Regional Civil Society
        # Conference" / "Bangkok, 30 October 2025"), whose date is the day it was written
        lines.append(blocks[1].strip())
    if not sentences.event_title_block(lines):
        return None
    title = _title(sentences.clean_markup(lines[0]))
    # the name standing over its dates is told as held: read as "X took place" would be
    found = [m for m in mentions.mentions(title + " took place.") if not m.plural]
    if len(found) != 1 or _DOCUMENT_KIND.search(found[0].title or ""):
        return None  # "Meeting Summary", "Workshop Report": a document's kind, not its event's name
    year = int(y.group(0)) if (y := re.search(r"\b(?:19|20)\d\d\b", text)) else None
    dated = line_of = None
    for line in lines[1:]:
        phrases = date_phrases.find(sentences.clean_markup(line), year)
        if phrases and phrases[0].precision == "day":
            dated, line_of = phrases[0], sentences.clean_markup(line)
            break
    if dated is None or line_of is None:
        return None
    last = dated.last if dated.last and dated.last != dated.first else None
    mention = found[0]
    made = None
    named = [d for d in told if title_match(d.title, title) >= 0.5]
    if not named:
        of_kind = [d for d in told if d.event_type == mention.event_type]
        named = of_kind if len(of_kind) == 1 and of_kind[0].start_date is None else []
    if named:
        d = named[0]
        if d.start_date is not None and d.start_date not in (dated.first, last):
            return None  # the draft the name tells is dated otherwise: the block tells another day
        if title_match(d.title, title) < 0.5 and len((d.title or "").split()) <= 2:
            # "Forum", the event's kind only: the block's first line names it
            d.title, d.evidence["title"] = mention.title or title, lines[0].strip()
    elif told:
        return None  # the report tells its events in other words: the block adds none
    else:
        # the whole line when the event's name opens it ("East African Forum on Labour Migration
        # to the Gulf", where the noun's reading stops at "to")
        name = mention.title or title
        if title.lower().startswith(name.lower()):
            name = title
        d = made = Draft(name, mention.event_type, source_name=source_name)
        d.evidence["title"] = lines[0].strip()
        told.insert(0, d)
    if d.start_date is None:
        d.start_date, d.end_date, d.date_precision = dated.first, last, dated.precision
        d.evidence["start_date"] = line_of
    if not (d.city or d.country_iso3):
        _place_of_line(d, line_of, dated)
    for line in lines[1:]:
        if d.city or d.country_iso3:
            break
        line = sentences.clean_markup(line)
        if line != line_of and not date_phrases.find(line, year):
            _place_of_line(d, line, None)
    return made


def join_undated_mentions(told: list[Draft]) -> None:
    """A draft with no date whose title is only its kind ("Forum" of "A total of 85
    participants attended the forum"), in a report that tells one dated event of that kind:
    the same event, told again; its facts go to the dated one. And the other way round: a
    dated draft titled only by its kind ("The course ran from ...") after the one undated,
    named draft of that kind is that event, under its name."""
    for d in list(told):
        if d.start_date is not None or not _KIND_ONLY_TITLE.match(d.title or ""):
            continue
        dated = [o for o in told if o is not d and o.start_date and o.event_type == d.event_type]
        if len(dated) == 1 and d.city in (None, dated[0].city):  # not a round table elsewhere
            merge_drafts(dated[0], d)
            told.remove(d)
    for d in list(told):
        # "ran a hospitality skills course for returnee youth ... The course ran for six weeks,
        # from 13 October to 21 November": the dated one titled only by its kind is the named,
        # undated one of that kind told before, and takes its name
        if d.start_date is None or not _KIND_ONLY_TITLE.match(d.title or ""):
            continue
        named = [
            o for o in told if o is not d and o.start_date is None and o.event_type == d.event_type
        ]
        if (
            len(named) == 1
            and named[0].city in (None, d.city)
            and told.index(named[0]) < told.index(d)
        ):
            merge_drafts(d, named[0], prefer_title=True)
            told.remove(named[0])


_KIND_ONLY_TITLE = re.compile(r"^(?:The\s+)?[A-Z][a-z]+(?:\s+[a-z]+)?$")
