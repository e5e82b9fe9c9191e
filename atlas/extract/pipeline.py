"""The extractor's entry points: one report's text, or several reports read in one run.

Two reports often tell the same project (report 002 is a summary of 004): events that agree on
kind, dates and place, and whose titles share most words or place, are one event, kept with the
sentences of both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from atlas.extract import (
    event_check,
    event_country,
    events,
    held_places,
    homes30,
    missed_events,
    organisations,
    places,
    places34,
    qty33,
    sentences,
    titles33,
    trips34,
    where32,
)
from atlas.extract.drafts import Draft, LooseOutcome
from atlas.extract.facts import facts_of_lone_event
from atlas.extract.merging import add_outcome, merge_drafts, same_outcome, title_match
from atlas.extract.not_events2 import forums_of_people, whole_of_parts
from atlas.i18n import M_

# A text whose "sentences" run longer than this on average is not prose (a word list, a table
# dump): there is nothing to read events from.
_MAX_MEAN_WORDS = 80


def check_text(text: str) -> str | None:
    """Why a text cannot hold a report's events, or None when it can be read."""
    if not text or not text.strip():
        return M_("The text is empty.")
    words = len(text.split())
    stops = len(re.findall(r"[.!?:;](?:\s|$)", text)) + text.count("\n\n")
    if words > 200 and words / max(stops, 1) > _MAX_MEAN_WORDS:
        return M_(
            "The text has no sentences (no full stops or paragraphs); paste a report's prose."
        )
    # In prose a full stop is followed by a capital; in a word list or scrambled text, mostly not.
    lower = len(re.findall(r"[.!?]\s+[a-z]", text))
    upper = len(re.findall(r"[.!?]\s+[\"“‘'(\[]?[A-Z0-9]", text))
    if lower + upper >= 20 and lower > 0.3 * (lower + upper):
        return M_(
            "The text does not read as sentences (most full stops are followed by a small "
            "letter); paste a report's prose."
        )
    return None


def extract_text(text: str, source_name: str = "") -> list[Draft]:
    """The events one report describes, as drafts. Text that cannot hold a report (see
    `check_text`) gives an empty list."""
    return extract_texts([(text, source_name)])


def extract_texts(texts: list[tuple[str, str]]) -> list[Draft]:
    """Drafts from several reports read together, an event told twice kept once."""
    return read_texts(texts).drafts


@dataclass
class Reading:
    """What a run over reports found: the events' drafts, and the outcomes of reports that
    tell outcomes but no event (a note on a policy brief), which no draft can carry."""

    drafts: list[Draft] = field(default_factory=list)
    loose_outcomes: list[LooseOutcome] = field(default_factory=list)


def read_texts(texts: list[tuple[str, str]]) -> Reading:
    """`extract_texts`, with the outcomes that belong to no event kept too."""
    texts = [(sentences.without_tags(text), name) for text, name in texts]
    readable = [(text, name) for text, name in texts if check_text(text) is None]
    aliases: dict[str, str] = {}
    for text, _ in readable:
        for short, full in organisations.aliases(text).items():
            aliases.setdefault(short, full)
    reading = Reading()
    drafts = reading.drafts
    for text, name in readable:
        with places.reading_report(text):
            split = sentences.split(text)
            loose_before = len(reading.loose_outcomes)
            told = events.read(split, name, aliases, reading.loose_outcomes)
            missed_events.meeting_of_record(told, text, name)
            made = missed_events.event_of_title_block(told, text, name)
            if made is not None:
                # the report's counts, homes and organisations, and its outcomes (read when it
                # told no event) are its title block's event's, as a report's outcomes go to
                # its first event (marked guessed)
                facts_of_lone_event(made, split, aliases)
                for lo in reading.loose_outcomes[loose_before:]:
                    add_outcome(made, lo.outcome, lo.evidence, guessed=True)
                del reading.loose_outcomes[loose_before:]
            held_places.add_held_towns(told)
            held_places.add_rooms(told)
            event_country.add_event_places(told)
            where32.add_places_told_after(told, split)  # "The workshop was held at X" told after it
            where32.add_venue_parts(told, split)  # "at X University, Conference Hall B"
            places34.add_places(told, split)  # "The sessions were held at X", "marched to X"
            event_country.add_head_date(told, text)  # "Kunming, China - 23rd to 25th March 2026"
            event_country.add_title_town(told, text)  # "Open Forum, Nairobi" as the title
            homes30.add_host_counts(told)
            # "We launched the study X. 500 copies were printed.": the copies told after it
            qty33.add_copies_told_after(told, reading.loose_outcomes, split)
            whole_of_parts(told)
            forums_of_people(told)
            # a trip's visits and a forum's parallel workshops are parts; plans are not events
            trips34.tidy_trips_and_plans(told, split, reading.loose_outcomes)
            # a date no draft covers, in a sentence the learned check reads as telling an event
            # held there (bench/extract-event-check.md): a draft of it, marked unsure
            lone = not told
            event_check.check(told, split, name)
            if lone and len(told) == 1:
                # the report's one event, found only by the check (a "Key facts" block's
                # conference): every sentence is about it, as about a title block's event
                facts_of_lone_event(told[0], split, aliases)
                events.place_from_label(told[0], split, ("text", "bullet"))  # "- Where: ..."
                for lo in reading.loose_outcomes[loose_before:]:
                    add_outcome(told[0], lo.outcome, lo.evidence, guessed=True)
                del reading.loose_outcomes[loose_before:]
            missed_events.join_undated_mentions(told)  # "attended the forum": the dated forum
            for d in told:  # "Training on safe migration on 12": the date is not the name
                d.title = titles33.without_date_tail(d.title)
        for draft in told:
            twin = next((d for d in drafts if _same_event(d, draft)), None)
            if twin is None:
                drafts.append(draft)
            else:
                merge_drafts(twin, draft)
    _once_per_project(drafts)
    return reading


def _once_per_project(drafts: list[Draft]) -> None:
    """A project's outcome told in two places (the summary and the paragraph on it) is kept
    with the first draft that carries it."""
    kept: dict[str, list] = {}
    for d in drafts:
        if d.project is None:
            continue
        seen = kept.setdefault(d.project.short_name or d.project.name, [])
        keep = []
        for i, o in enumerate(d.outcomes):
            if o.scope == "project" and any(same_outcome(o, other) for other in seen):
                continue
            keep.append(i)
            if o.scope == "project":
                seen.append(o)
        d.keep_items("outcomes", keep)


def _same_event(a: Draft, b: Draft) -> bool:
    if a.event_type != b.event_type or a.source_name == b.source_name:
        return False
    if (a.start_date, a.end_date, a.date_precision) != (b.start_date, b.end_date, b.date_precision):
        return False
    for name in ("city", "country_iso3"):
        x, y = getattr(a, name), getattr(b, name)
        if x and y and x != y:
            return False
    same_place = bool(
        (a.city and a.city == b.city) or (a.country_iso3 and a.country_iso3 == b.country_iso3)
    )
    return same_place or title_match(a.title, b.title) >= 0.5
