"""Events told as a group and then one by one: "Two study tours ...: the first to Seoul in
April, and the second to Taipei", "The second was held in Kampong Cham", "The second and third ...
in July and November, with 30 and 27 participants", "Both took place in Hue".

`GroupReading` is the part of a report's reading (atlas.extract.events) that finds which event of
a group a clause tells and what the clause adds to it.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field

from atlas import countries
from atlas.dates import period_end
from atlas.extract import date_phrases, numbers, origins, places
from atlas.extract.drafts import Draft
from atlas.extract.facts import add_country, set_total
from atlas.extract.mentions import HEAD_RE
from atlas.extract.sentences import Sentence
from atlas.i18n import M_

# "Two study tours ...: the first to Seoul in April, and the second to Taipei": which of a
# group of events a clause tells.
ORDINALS = {
    "first": 0,
    "second": 1,
    "third": 2,
    "fourth": 3,
    "fifth": 4,
    "sixth": 5,
    "seventh": 6,
    "eighth": 7,
    "ninth": 8,
    "tenth": 9,
    "last": -1,
    "latter": -1,
    "former": 0,
}
_ORDINAL = re.compile(
    rf"\b[Tt]he\s+({'|'.join(ORDINALS)})\b(?:\s+(?:one|of\s+(?:these|them|which|the\s+\w+)))?,?\s*"
)
ORDINAL_LIST = re.compile(
    rf"^(?:Of\s+these,\s+)?[Tt]he\s+(?:{'|'.join(ORDINALS)})(?:(?:\s*,\s*|\s+and\s+)(?:the\s+)?(?:{'|'.join(ORDINALS)}))+\b"
)
_ALL_OF_GROUP = re.compile(
    r"^(?:All|Both|Each)(?:\s+(?:of\s+them|of\s+these|two|three|four|five|six|seven|eight|nine|ten))?\s+"
    r"(?:were|was|had|took|received|included|lasted|ran|focused|brought)\b"
)
ONLINE = re.compile(r"\b(?:online|virtual(?:ly)?|by video|on Zoom|over Zoom)\b", re.I)


def online(d: Draft, text: str) -> None:
    """An event moved online has no city or country of its own."""
    for name in ("city", "venue", "country_iso3"):
        setattr(d, name, None)
        d.evidence.pop(name, None)
        d.unsure.pop(name, None)
    d.evidence["venue"] = text
    d.unsure["venue"] = M_("held online")


# What may follow "the first" when it stands for an event ("the first took place", "the first
# to Seoul"), unlike "the first day" or "the first newsletter".
_AFTER_ORDINAL = re.compile(
    r"(?:was|were|took|had|has|held|met|began|drew|lasted|followed|brought|gathered|focused|looked|covered|went|saw"
    r"|ran|in|on|at|to|from|with|for|between|during|\w+ed)\b"
)


# Finer precisions first: a clause's "6 and 7 March" refines its group's "2012".
_FINER = {"day": 0, "month": 1, "season": 2, "year": 3}


@dataclass
class Event:
    draft: Draft
    sentences: list[int] = field(default_factory=list)
    anchor: int = -1
    group: int = -1
    section: int = 0
    proper: bool = False
    definite: bool = False
    # told as several without saying how many ("held meetings in two villages"): "The first,
    # ... The second, ..." later tell them apart
    several: bool = False
    # told by "X met in <place>" with no event noun: a heading over it may name it better
    met: bool = False


def ordinal_clauses(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """(which event, clause start, clause end) for each "the first ...", "the second ..."
    between `start` and `end` that stands for an event."""
    found = [
        m
        for m in _ORDINAL.finditer(text, start, end)
        if _AFTER_ORDINAL.match(text, m.end()) or HEAD_RE.match(text, m.end())
    ]
    return [
        (
            ORDINALS[m.group(1).lower()],
            m.start(),
            found[i + 1].start() if i + 1 < len(found) else end,
        )
        for i, m in enumerate(found)
    ]


class GroupReading:
    """Reading of groups of events; mixed into the report's reading, whose `events`,
    `sentences` and `years` it uses."""

    events: list[Event]
    years: list[int | None]

    def ordinal_references(self, s: Sentence) -> list[Event]:
        """The events of a group a sentence opening with "The first ..." tells, each refined
        by its clause ("The second was held in Kampong Cham in late 2012")."""
        text = s.text
        whole = _ALL_OF_GROUP.match(text)
        if whole:  # "All three were funded by ...", "Both took place in Hue"
            first = self.ordinal_target(0, None, s.index)
            return self.group_of(first) if first else []
        listed = ORDINAL_LIST.match(text)
        if listed:  # "The second and third ... in July and November, with 30 and 27 participants"
            ks = [
                ORDINALS[w.lower()]
                for w in re.findall(rf"\b({'|'.join(ORDINALS)})\b", listed.group(0), re.I)
            ]
            targets = [t for k in ks if (t := self.ordinal_target(k, None, s.index)) is not None]
            if len(targets) == len(ks):
                self.respectively(targets, s)
                return targets
        clauses = ordinal_clauses(text, 0, len(text))
        if not clauses or len(text[: clauses[0][1]].split()) > 3:
            return []
        targets = []
        for k, start, end in clauses:
            target = self.ordinal_target(k, None, s.index)
            if target is not None and target not in targets:
                self.refine(target, text[start:end], s)
                targets.append(target)
        return targets

    def respectively(self, targets: list[Event], s: Sentence) -> None:
        """One sentence about several events of a group, its dates and counts in their order
        ("took place in July and November, with 30 and 27 participants")."""
        found = date_phrases.find(s.text, self.years[s.index])
        digits_text = numbers.digits(s.text)
        counts = re.search(
            rf"(\d+(?:\s*,\s*\d+)*(?:,?\s+and\s+\d+))\s+(?:[a-z-]+\s+)?{numbers.PEOPLE}\b",
            digits_text,
        )
        values = [int(v) for v in re.findall(r"\d+", counts.group(1))] if counts else []
        # "took place in Batticaloa and Matara": their places in the same order
        listed = re.search(r"\b(?:in|at)\s+(?=[A-Z])", s.text)
        places_in_order = places.place_list(s.text, listed.end()) if listed else []
        for i, event in enumerate(targets):
            d = event.draft
            if len(places_in_order) == len(targets) and not (d.city or d.country_iso3):
                places.put_place(d, places_in_order[i], s.text)
                d.title = re.sub(
                    r"\s\(\d+ of \d+\)$",
                    ": "
                    + (
                        places_in_order[i].city
                        or countries.display_name(places_in_order[i].country)
                    ),
                    d.title,
                )
            if len(found) == len(targets):
                p = found[i]
                d.start_date, d.end_date, d.date_precision = p.first, p.last, p.precision
                d.evidence["start_date"] = d.evidence["date_precision"] = s.text
                d.unsure["start_date"] = (
                    M_(
                        "one of several dates the sentence gives in order; {year} is the year "
                        "the report gave before",
                        year=str(p.first.year),
                    )
                    if p.year_from_context
                    else M_("one of several dates the sentence gives in order")
                )
            if len(values) == len(targets) and d.participants_total is None:
                set_total(d, numbers.Count(values[i], False, False, 0, 0), s.text)
                d.unsure["participants_total"] = M_(
                    "one of several counts the sentence gives in order"
                )
            if ONLINE.search(s.text):
                online(d, s.text)
            if s.index not in event.sentences:
                event.sentences.append(s.index)

    def group_of(self, event: Event) -> list[Event]:
        """The events one anchor introduced together ("two workshops"), in order."""
        return [e for e in self.events if e.group == event.group]

    def ordinal_target(self, k: int, event_type: str | None, index: int) -> Event | None:
        """The k-th event of the latest group of two or more told before sentence `index`."""
        groups: dict[int, list[Event]] = {}
        for e in self.events:
            if e.anchor < index and (event_type is None or e.draft.event_type == event_type):
                groups.setdefault(e.group, []).append(e)
        several = [g for g in groups.values() if len(g) >= 2]
        if not several:
            return self._split_several(k, event_type, index)
        latest = max(several, key=lambda g: g[0].anchor)
        return latest[k] if -len(latest) <= k < len(latest) else None

    def _split_several(self, k: int, event_type: str | None, index: int) -> Event | None:
        """ "held meetings in two villages. The first, in A on 12 February, ... The second, in B
        on 3 March, ...": one event told as several becomes as many as the ordinals count."""
        told = [
            e
            for e in self.events
            if e.anchor < index
            and e.several
            and (event_type is None or e.draft.event_type == event_type)
        ]
        if not told or not 0 <= k < 6:
            return None
        first = told[-1]
        group = [e for e in self.events if e.group == first.group]
        pristine = self.__dict__.setdefault("_pristine", {})
        pristine.setdefault(
            first.group, copy.deepcopy(first.draft)
        )  # before "the first" refines it
        while len(group) <= k:
            twin = Event(
                copy.deepcopy(pristine[first.group]),
                list(first.sentences),
                first.anchor,
                first.group,
                first.section,
                first.proper,
                first.definite,
                several=True,
            )
            self.events.insert(self.events.index(group[-1]) + 1, twin)
            group.append(twin)
        for e in group:
            e.draft.unsure.pop("title", None)
        return group[k]

    def refine(self, event: Event, clause: str, s: Sentence) -> None:
        """What a clause about one event of a group adds: its own date (a finer one within the
        group's), place and count ("the first took place in Savannakhet on 6 and 7 March")."""
        d = event.draft
        year = date_phrases.last_year(s.text[: s.text.find(clause)]) or self.years[s.index]
        if d.start_date and not year:
            year = d.start_date.year
        found = date_phrases.find(clause, year)
        if found:
            p = found[0]
            inside = d.start_date is not None and d.start_date <= p.first <= period_end(
                d.end_date or d.start_date, d.date_precision
            )
            within = d.start_date is None or (
                inside
                # within the group's period: "In February and March" holds 3 March
                and (
                    _FINER[p.precision] < _FINER[d.date_precision or "year"]
                    # "Between March and May ... the last in the second week of May": a month
                    # of the series' span is the meeting's own
                    or (d.end_date is not None and not p.last and p.precision == d.date_precision)
                )
            )
            if within:
                d.start_date, d.end_date, d.date_precision = p.first, p.last, p.precision
                for name in ("start_date", "date_precision"):
                    d.evidence[name] = s.text
                if p.last:
                    d.evidence["end_date"] = s.text
                d.unsure.pop("start_date", None)
                if p.year_from_context:
                    d.unsure["start_date"] = M_(
                        "the sentence gives no year; {year} is the year the report gave before",
                        year=str(p.first.year),
                    )
        place = places.place_in_clause(clause, d.event_type)
        if ONLINE.search(clause):
            online(d, s.text)
        elif place and not (d.city or d.country_iso3):
            places.put_place(d, place, s.text)
            d.title = re.sub(
                r"\s\(\d+ of \d+\)$",
                ": " + (place.city or countries.display_name(place.country)),
                d.title,
            )
        digits_clause = numbers.digits(clause)
        counts = numbers.totals(digits_clause)
        if counts and d.participants_total is None:
            set_total(d, counts[0], s.text)
        for cc in origins.country_counts(digits_clause):
            add_country(d, cc.country_iso3, cc.participants, s.text)
        if s.index not in event.sentences:
            event.sentences.append(s.index)
