"""What sentences add to the events they are about: counts, home countries, organisations and
outcomes, each with the sentence it came from.

`set_total`, `add_country` and `add_org` put one fact on a draft; `FactReading` is the second
pass of a report's reading (atlas.extract.events): for each sentence, the events it is about and
what it says of them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from atlas.extract import numbers, organisations, origins, outcomes, places
from atlas.extract.drafts import Draft, OrganisationRole, Outcome, Participation, Project
from atlas.extract.merging import add_outcome
from atlas.extract.sentences import Sentence
from atlas.extract.whole_counts import people_counts, whole_count
from atlas.i18n import M_

if TYPE_CHECKING:
    from atlas.extract.groups import Event


# "the same partners ran a follow-up training": those who organised the event before. ("A
# second training followed" alone does not say who ran it.)
# A text handed over where those who brought it met someone ("handed the petition to the
# ministry and met the deputy minister", "The delegates then met the committee") was a meeting.
_MET = re.compile(r"\b(?:met|meeting)\s+(?:with\s+)?(?:the|its|their|a|an|\d+)\b")
_HANDOVER = re.compile(
    r"^(?:Petition|Open letter|Declaration|Memorandum|Charter|Statement|Letter)\s+handed over\b"
)
# "The course was held at the Capital City Lodge in Lilongwe", "The training took place in
# Tamale at the Savannah Women's Centre": a later sentence that names the event and where it was
# held places an event its anchor left without a place; one that does not name it ("It was held
# at ...", "Sessions took place at ...") gives only its venue (FactReading.venue_told_apart).
_HELD_AT = re.compile(
    r"^(?:(?:The|This|That|Each|Both|All(?:\s+the)?|The\s+[\w-]+)\s+(?:[\w-]+\s+){0,3}?|It\s+"
    r"|(?:Sessions|Meetings|Classes|Lessons|Modules)\s+)"
    rf"(?:(?:was|were)\s+{places.HELD}|took\s+place|ran|met|happened)\s+"
    # how long or when it was held, before its place: "It was held for four days starting 2
    # September 2024 at the Mount Meru Gateway Hotel", "The session happened on Saturday 15
    # February 2025 at the ..."
    r"(?:(?:for|on|from|over|starting|to|until|till|and|the|every|each|of|"
    r"[A-Z][a-z]+|\d{1,4}(?:st|nd|rd|th)?|\w+-day|days?|weeks?|weekends?|months?|two|three|"
    r"four|five|six|seven|eight|nine|ten|twelve)[\s,]+){0,10}?"
    r"(?=(?:in|at)\s)"
)


def held_at(text: str) -> bool:
    """A sentence that tells where something was held ("All the sessions were held at ...")."""
    return _HELD_AT.match(text) is not None


# Those who came from the country the event was held in, told without naming it.
_HOST_COUNTRY = re.compile(
    r"\b(?:from|of)\s+the\s+host(?:ing)?\s+country\b"
    r"|\b[Tt]he\s+host(?:ing)?\s+country(?:\s*,\s*[A-Z][\w\s'’-]{1,40},)?\s+"
    r"(?:had|sent|brought|fielded|was\s+represented)\b"
)
_FOLLOW_UP = re.compile(
    r"\b[Tt]he\s+same\s+(?:partners|organi[sz]ers|organi[sz]ations|groups|team|network|union)\b"
)


def set_total(d: Draft, count: numbers.Count, text: str) -> None:
    d.participants_total = count.value
    d.participants_at_least = count.at_least
    d.evidence["participants_total"] = text
    if count.at_least:
        d.evidence["participants_at_least"] = text
    if count.approximate:
        d.unsure["participants_total"] = M_("the report gives an approximate number")


def add_country(d: Draft, iso3: str, n: int | None, text: str) -> None:
    for i, p in enumerate(d.participation):
        if p.country_iso3 == iso3:
            if p.participants is None and n is not None:
                p.participants = n
                d.evidence[f"participation[{i}]"] = text
            return
    d.participation.append(Participation(iso3, n))
    d.evidence[f"participation[{len(d.participation) - 1}]"] = text


def add_org(d: Draft, name: str, role: str, text: str, aliases: dict[str, str]) -> None:
    name = aliases.get(name, name)
    if any(o.name == name and o.role == role for o in d.organisations):
        return
    d.organisations.append(OrganisationRole(name, role))
    d.evidence[f"organisations[{len(d.organisations) - 1}]"] = text


# The copies of a publication told in a sentence of their own: "800 copies were printed", "We
# printed 500 copies", "1,500 copies were printed, and the first 300 went home with the guests".
_COPIES_ALONE = re.compile(
    r"(?:(?P<a>\d[\d,]*)\s+copies\s+(?:were|have\s+been)\s+printed"
    r"|(?:We|They)\s+(?:have\s+)?printed\s+(?P<b>\d[\d,]*)\s+copies)\b"
)


def add_counts(d: Draft, text: str, digits_text: str) -> None:
    """A sentence's count of those who came (unless the draft has one) and its counts by
    country, put on the draft."""
    counts = people_counts(digits_text)
    by_country = origins.country_counts(digits_text)
    if counts and d.participants_total is None:
        total = _whole_of_countries(whole_count(counts, digits_text), counts, by_country)
        if total is not None:
            set_total(d, total, text)
    for cc in by_country:
        add_country(d, cc.country_iso3, cc.participants, text)


def add_homes_named(d: Draft, text: str, digits_text: str) -> None:
    """The home countries a sentence names without a count, read with the people the draft's
    count is of taken as those who came."""
    with origins.counted_as(d.evidence.get("participants_total")):
        for cc in origins.countries_named(digits_text):
            add_country(d, cc.country_iso3, None, text)


def facts_of_lone_event(d: Draft, sentences: list[Sentence], aliases: dict[str, str]) -> None:
    """The counts, home countries and organisations of a report's sentences, for the one event
    a report tells only in its title block (atlas.extract.missed_events.event_of_title_block):
    every sentence is about it, as a report's outcomes go to its only event."""
    for s in sentences:
        if s.kind == "heading":
            continue
        digits_text = numbers.digits(s.text)
        add_counts(d, s.text, digits_text)
        add_homes_named(d, s.text, digits_text)
        for role in organisations.roles(s.text, aliases, has_event=True):
            add_org(d, role.name, role.role, s.text, aliases)


def _whole_of_countries(
    total: numbers.Count, counts: list[numbers.Count], by_country: list[origins.CountryCount]
) -> numbers.Count | None:
    """The sentence's count of all who came, checked against its counts by country: a count
    below what they add up to is one group among them ("from Poland (22), Czechia (15) and
    Germany (9), and two guests from Viet Nam joined as observers"); the whole is then a later
    count that holds them all ("15 Lao women together with 10 Thai volunteers, totally 25
    persons"), or none."""
    by_iso: dict[str, int] = {}
    for n, cc in enumerate(by_country):
        if total.start <= cc.start < total.end and any(
            later.country_iso3 == cc.country_iso3 for later in by_country[n + 1 :]
        ):
            continue  # "The 52 delegates were from Thailand 14, ...": the whole's own number
        by_iso[cc.country_iso3] = max(by_iso.get(cc.country_iso3, 0), cc.participants or 0)
    parts = sum(by_iso.values())
    if total.value >= parts:
        return total
    return next((c for c in counts if c.value >= parts), None)


class FactReading:
    """The second pass of a report's reading; mixed in, it uses the reading's `events`,
    `sentences`, `aliases`, organisations named so far, project and outcomes waiting for an event."""

    events: list[Event]
    sentences: list[Sentence]
    aliases: dict[str, str]
    named_orgs: list[str]
    seen_orgs: list[str]
    project: Project | None
    last_title: str | None
    pending_outcomes: list[tuple[Outcome, str]]

    def nearest(
        self, event_type: str | None, index: int, candidates: list[Event] | None = None
    ) -> list[Event]:
        """The event(s) of a kind nearest a sentence, earlier ones first on a tie; the whole
        group when the nearest came from a group anchor."""
        pool = [
            e
            for e in (candidates or self.events)
            if event_type is None or e.draft.event_type == event_type
        ]
        if not pool:
            return []
        best = min(pool, key=lambda e: (abs(e.anchor - index), e.anchor > index))
        return [best]

    def set_facts(
        self,
        s: Sentence,
        targets: list[Event],
        is_anchor: bool,
        about_event: bool,
        every: bool = False,
    ) -> None:
        """What a sentence says of its events; a count only of one event, or of each when the
        sentence says "each" ("Each tour had ten participants")."""
        text = s.text
        digits_text = numbers.digits(text)
        single = len(targets) == 1 or every
        for event in targets:
            d = event.draft
            if s.index not in event.sentences:
                event.sentences.append(s.index)
            held = _HELD_AT.match(text) if not is_anchor and single else None
            if held and about_event and d.city is None and d.country_iso3 is None:
                clause = text[held.end() :]
                place = places.place_in_clause(clause, d.event_type)
                if place is not None:
                    places.put_place(d, place, text)
                    venue = places.venue_in(clause)
                    if venue and d.venue is None:
                        d.venue = venue
                        d.evidence["venue"] = text
            elif held and d.venue is None:
                # "The course was held at the Hai Phong Fisheries College": the venue of an
                # event already placed, unless the sentence names another place
                self.venue_told_apart(s, event, held)
            if d.event_type == "other" and _HANDOVER.match(d.title or "") and _MET.search(text):
                d.event_type = "meeting"
            if not is_anchor and single:
                add_counts(d, text, digits_text)
            add_homes_named(d, text, digits_text)
            if d.country_iso3 and _HOST_COUNTRY.search(text):
                add_country(d, d.country_iso3, None, text)  # "delegates from the host country"
            for role in organisations.roles(text, self.aliases, has_event=about_event):
                add_org(d, role.name, role.role, text, self.aliases)
                self.named_orgs.append(self.aliases.get(role.name, role.name))
            if about_event:
                for name, role in organisations.named_again(text, self.seen_orgs + self.named_orgs):
                    add_org(d, name, role, text, self.aliases)
            if is_anchor and _FOLLOW_UP.search(text):
                self.same_organisers(event, text)

    def venue_told_apart(
        self, s: Sentence, event: Event, held: re.Match[str] | None = None
    ) -> None:
        """The venue a sentence of where it was held gives an event it does not name, unless
        it names a town the event is not yet known to be in (`held`: the sentence's match of
        _HELD_AT, when the caller has it)."""
        d = event.draft
        held = held or _HELD_AT.match(s.text)
        if held is None or d.venue is not None:
            return
        clause = s.text[held.end() :]
        venue = places.venue_in(clause)
        place = places.place_in_clause(clause, d.event_type) if venue else None
        if venue and (place is None or place.city is None or place.city == d.city):
            d.venue = venue
            d.evidence["venue"] = s.text
            if s.index not in event.sentences:
                event.sentences.append(s.index)

    def same_organisers(self, event: Event, text: str) -> None:
        """ "the same partners ran a follow-up training": an event with no organiser of its own
        was organised by those who organised the one before (marked unsure)."""
        d = event.draft
        if any(o.role == "organiser" for o in d.organisations):
            return
        before = [e for e in self.events if e.anchor < event.anchor and e is not event]
        for other in sorted(before, key=lambda e: e.anchor, reverse=True):
            organisers = [o.name for o in other.draft.organisations if o.role == "organiser"]
            if organisers:
                for name in organisers:
                    add_org(d, name, "organiser", text, self.aliases)
                    d.unsure[f"organisations[{len(d.organisations) - 1}]"] = (
                        "told as a follow-up: the organiser of the event before"
                    )
                return

    def add_outcomes(self, s: Sentence, targets: list[Event], about_one: bool) -> None:
        items = 0
        if s.text.rstrip().endswith(":"):
            following = set()
            for t in self.sentences[s.index + 1 :]:
                if t.kind != "bullet":
                    break
                following.add(t.item)
            items = len(following)
        for f in outcomes.find(s.text, items, self.last_title):
            if f.outcome_type in ("publication", "documentary"):
                self.last_title = re.sub(
                    r"\s(?:newsletter|bulletin|magazine|journal)$", "", f.title
                )
            scope = "event" if about_one or not self.project else "project"
            outcome = Outcome(f.outcome_type, f.title, f.quantity, f.unit, scope)
            if targets:
                add_outcome(targets[-1].draft, outcome, s.text, guessed=not about_one)
            else:
                self.pending_outcomes.append((outcome, s.text))
        copies = _COPIES_ALONE.match(numbers.digits(s.text))
        if copies and s.index > 0:
            # "On 12 September we launched our study "X" ... before 85 guests. We printed 500
            # copies.": the copies of the publication the sentence before told
            n = int((copies.group("a") or copies.group("b")).replace(",", ""))
            told = self.sentences[s.index - 1].text
            for event in self.events:
                for i, o in enumerate(event.draft.outcomes):
                    quote = event.draft.evidence.get(f"outcomes[{i}]", "")
                    if o.outcome_type == "publication" and o.quantity is None and told in quote:
                        o.quantity, o.unit = n, "copies"
                        event.draft.evidence[f"outcomes[{i}]"] = f"{quote} … {s.text}"
        count = outcomes.languages(s.text)
        if count and re.search(r"\b(?:documentary|film|video)\b", s.text):
            for event in self.events:
                for i, o in enumerate(event.draft.outcomes):
                    if o.outcome_type == "documentary" and o.quantity is None:
                        o.quantity, o.unit = count, "languages"
                        quote = event.draft.evidence.get(f"outcomes[{i}]", "")
                        if s.text not in quote:
                            event.draft.evidence[f"outcomes[{i}]"] = f"{quote} … {s.text}".strip(
                                " …"
                            )
