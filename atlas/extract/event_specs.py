"""The events one mention of an event introduces, before they become drafts: their dates,
places and the stretch of text whose counts are theirs (split from atlas.extract.events,
which reads a report's sentences into events)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from atlas import countries
from atlas.dates import format_date
from atlas.extract import date_phrases, numbers, places
from atlas.extract.drafts import Draft
from atlas.extract.groups import ORDINALS, ordinal_clauses
from atlas.extract.mentions import Mention

# "During the Pan-African Forum ..., the network ran a workshop": the forum is where the workshop
# was held, not an event the report tells; the workshop takes its date and place.
WITHIN = re.compile(
    r"\s*(?:During|At|Within|Alongside|On\s+the\s+(?:side-?lines|margins)\s+of|As\s+part\s+of)\s+$"
)
AFTERWARDS = re.compile(
    r",\s+which\s+(?:was|were|had\s+been|has\s+been"
    # "..., which we lodged with the select committee on 1 April": told by its doer too
    r"|(?:we|they|our\s+\w+|the\s+(?:network|union|group|committee|secretariat))(?:\s+then)?)"
    r"\s+(?:later\s+)?(?:published|released|printed|issued"
    r"|distributed|signed|adopted|launched|sent|submitted|presented|lodged|filed|handed\s+(?:in|over))\b"
)
SERIES_TOTAL = re.compile(
    r"\b(?:in\s+all|in\s+total|altogether|all\s+told|a\s+total\s+of|between\s+them|overall)\b"
)
NTH_DAY = re.compile(
    r"\b[Oo]n\s+(?:the|its)\s+(?:\w+\s+of\s+the\s+|[\w-]+['’]s\s+)?(first|second|third|fourth|fifth|last)\s+day\b"
)


@dataclass
class Spec:
    """One event an anchor introduces."""

    start: object = None
    end: object = None
    precision: str | None = None
    place: places.Place | None = None
    counts: str = ""  # the stretch of text whose counts are this event's
    suffix: str = ""
    date_text: str | None = None
    year_from_context: bool = False
    venue: str | None = None  # the venue of the larger event this one was held within
    within: str | None = None  # that larger event's title


# What may stand before the date that opens a sentence ("At the end of May 2019, ...", "In the
# second week of June, ..."): the date is still the sentence's, told before its event.
OPENING = re.compile(
    r"\s*(?:(?:At|In|By|During|Towards?|Around)\s+the\s+(?:very\s+)?"
    r"(?:end|beginning|start|middle|close|turn|(?:first|second|third|fourth|last)"
    r"(?:\s+(?:week|weekend|days?|half|fortnight))?)\s+of\s+"
    # "In the month of October 2021 was celebrated ...": Spanish or Portuguese word order
    r"|(?:In|During)\s+the\s+month\s+of\s+)"
)


_LENGTH = re.compile(r"\b(two|three|four|five|six|seven|[2-7])-day\b", re.I)
_DAYS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


# "concluded today a two-day summit", "a three-day assembly that closed yesterday": the day told
# is the event's last, not its first.
_ENDED = re.compile(
    r"\b(?:concluded|closed|ended|wrapped\s+up|finished)\s+(?:today|yesterday)\b"
    r"|\b(?:today|yesterday)\s+(?:concluded|closed|ended|wrapped\s+up|finished)\b",
    re.I,
)


def _through_its_length(
    date: date_phrases.DatePhrase | None, noun_phrase: str, ended: bool = False
) -> date_phrases.DatePhrase | None:
    """ "a two-day assembly" that opened on 4 March: it ran to 5 March. Only a day that opens it,
    never a month, and never where the text gives its last day itself. One that `ended` on the
    day told ("concluded today a two-day summit") began the day before."""
    length = _LENGTH.search(noun_phrase)
    if not (length and date and date.precision == "day" and date.last is None):
        return date
    n = _DAYS.get(length.group(1).lower()) or int(length.group(1))
    if ended:
        return dataclasses.replace(
            date, first=date.first - dt.timedelta(days=n - 1), last=date.first
        )
    return dataclasses.replace(date, last=date.first + dt.timedelta(days=n - 1))


# "We held in May 2024 a training", "Our network conducted in October 2023 two dialogues": a
# date between the verb of holding and the event it holds (word order of a literal translation)
_VERB_THEN_DATE = re.compile(
    r"\b(?:co-?organi[sz]ed|organi[sz]ed|held|conducted|ran|hosted|convened|facilitated"
    r"|carried\s+out|implemented|reali[sz]ed)\s+(?:(?:in|on|from|during|between)\s+)?$"
)

_INVERTED = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been)\s+(?:held|celebrated|reali[sz]ed|carried\s+out|organi[sz]ed"
    r"|developed|conducted|made)\s+(?:in|at)\s+[^.;]{1,60}$"
)


def specs_of(
    text: str,
    digits_text: str,
    mention: Mention,
    scope: tuple[int, int],
    year: int | None = None,
    before: date_phrases.DatePhrase | None = None,
) -> list[Spec]:
    """The events one mention introduces, or [] when it introduces none (no date, place or
    count). `year` is the year the report gave last, for a date written without one; `before`
    the date it gave last, for one told by its distance from it ("a year later")."""
    lo, hi = scope
    region = text[lo:hi]
    year = date_phrases.last_year(text[:lo]) or year
    listed, venue = places.places_after(text, mention, hi, year)
    # Dates in brackets after listed places are those places' dates, not the sentence's. A
    # date before the noun is the event's only where the sentence opens with it ("On 5-7
    # August 2014 a ..."), not in "MMN's launch in 2003 ... dialogues".
    own = (
        []
        if any(p.date for p in listed)
        else [
            p
            for p in date_phrases.find(region, year)
            if lo + p.start >= mention.np_start
            or len(text[: lo + p.start].split()) <= 2
            or p.precision == "day"
            or OPENING.fullmatch(text[: lo + p.start])
            or (
                _VERB_THEN_DATE.search(text[: lo + p.start]) is not None
                and len(text[lo + p.end : mention.np_start].split()) <= 2
            )
        ]
    )
    # "Yesterday, in the frame of the Forum ..., the coalition organised a round table": the
    # word may open the sentence, far before the event's noun
    yesterday = re.search(
        r"\byesterday\b|^(?:[^–—]{1,60}[–—]\s+)?Yesterday\b",
        text[mention.np_start - 80 if mention.np_start > 80 else 0 : hi],
    ) or re.match(r"[^–—]{1,60}[–—]\s+Yesterday\b", text)
    if (
        yesterday
        and own
        and own[0].precision == "day"
        and own[0].last is None
        and _DATELINE_DATE.match(text[: lo + own[0].end])
    ):
        # "NAIROBI, 4 March 2019 - ... closed the assembly yesterday": the day before the dateline
        own = [dataclasses.replace(own[0], first=own[0].first - dt.timedelta(days=1))] + own[1:]
    # "..., which was published in January 2019": the date of what the clause tells, not the event's.
    told = AFTERWARDS.search(text, mention.end)
    if told:
        own = [p for p in own if lo + p.start < told.start()]
    if not own and not any(p.date for p in listed):
        own = [
            p
            for p in date_phrases.relative(region, before)
            if (lo + p.start >= mention.np_start or len(text[: lo + p.start].split()) <= 3)
            # "On the last day the meeting adopted ...": a day of the event told before; only
            # "a workshop" on that day is another event
            and (mention.determiner == "a" or not date_phrases.WITHIN_DAY.match(p.text))
        ]
    has_count = bool(numbers.totals(numbers.digits(region)))
    specs: list[Spec] = []
    # "four meetings ..., reaching 400 people in all": a series' total is no one event's count.
    each = "" if SERIES_TOTAL.search(region) else region
    if len(listed) >= 2:
        shared = own[0] if len(own) == 1 else None
        for place in listed:
            d = place.date or shared
            specs.append(
                spec_from(
                    d, place, each, ": " + (place.city or countries.display_name(place.country))
                )
            )
        return specs
    place = listed[0] if listed else None
    before = text[lo : mention.np_start]
    if place is None and _INVERTED.search(before) and mention.determiner in ("the", "a"):
        # "In October 2021 was celebrated in Cochabamba the symposium": the verb and its place
        # before the event (Spanish or Portuguese word order)
        place = places.place_in_clause(before, mention.event_type)
    if len(own) >= 2 and not mention.plural:
        clauses = [
            region[p.start : (own[i + 1].start if i + 1 < len(own) else len(region))]
            for i, p in enumerate(own)
        ]
        if re.search(r"\bagain\b", region) or all(
            numbers.totals(numbers.digits(c)) for c in clauses
        ):
            return [
                spec_from(p, place, clauses[i], f" ({format_date(p.first, p.precision)})")
                for i, p in enumerate(own)
            ]
    date = own[0] if own else (place.date if place else None)
    if not (date or place or has_count or venue):
        return []
    ended = bool(own) and date is own[0] and bool(_ENDED.search(text, lo, hi))
    date = _through_its_length(date, text[mention.np_start : mention.end], ended)
    n = mention.count if mention.count and mention.plural else 1
    if re.match(r"(?i)focus[-\s]group", mention.head):
        # "four focus-group rounds were held around Kep in June": a study's one round of
        # discussions, however many groups sat, unless each is told with its own day
        n = 1
    if n > 1:
        # "three meetings, the first of which ... with 25 women": the first's count is its own
        clauses = ordinal_clauses(region, mention.end - lo, len(region))
        if clauses:
            each = region[: clauses[0][1]]
        return [spec_from(date, place, each, f" ({i} of {n})") for i in range(1, n + 1)]
    spec = spec_from(date, place, region, "")
    return [spec]


# A press release's dateline, up to its date: "NAIROBI, 4 March 2019"
_DATELINE_DATE = re.compile(
    r"^[A-Z][\w'’ -]{1,40},\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}$"
)


def spec_from(
    date: date_phrases.DatePhrase | None, place: places.Place | None, counts: str, suffix: str
) -> Spec:
    spec = Spec(place=place, counts=counts, suffix=suffix)
    if date:
        spec.start, spec.end, spec.precision, spec.date_text = (
            date.first,
            date.last,
            date.precision,
            date.text,
        )
        spec.year_from_context = date.year_from_context
    return spec


def within(spec: Spec, host: Draft, clause: str) -> None:
    """An event held within a larger one takes its place, and its date when it gives none of
    its own ("on the second day" is the host's first day and one)."""
    spec.within = host.title
    if spec.start is None and host.start_date:
        nth = NTH_DAY.search(clause)
        if nth and host.date_precision == "day":
            k = None if nth.group(1) == "last" else ORDINALS[nth.group(1)]
            last = host.end_date or host.start_date
            day = last if k is None else host.start_date + dt.timedelta(days=k)
            if day <= last or host.end_date is None:  # "opened on 24 October": its end untold
                spec.start, spec.precision, spec.date_text = day, "day", nth.group(0)
        if spec.start is None:
            spec.start, spec.end, spec.precision = (
                host.start_date,
                host.end_date,
                host.date_precision,
            )
            spec.date_text = f"within {host.title}"
    if spec.place is None and (host.city or host.country_iso3):
        spec.place = places.Place(host.city, host.country_iso3, True)
        spec.venue = host.venue
