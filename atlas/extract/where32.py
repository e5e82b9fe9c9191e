"""Where an event was held, told in kinds of text the first runs of the blind sets missed in three
sets or more (issue 16). Run after a report's events are told and placed by the other place rules
(atlas.extract.places, held_places, event_country); a town, venue or country already set is never
changed.

- the place told in a later sentence that points back at the event: "The workshop was held at the
  Green Palm Hotel in Tamale.", "It took place at the Lakeside Convention Centre, Kisumu.", "It was
  organised by the union and held at the Riverside Lodge.", "The five-day course, from 1 to 5
  May, took place in the Conference Hall of X University.", "The venue was the Y Centre.": the
  venue and the town go to the event told last before it, when that event has none yet and the
  sentence's word for it is the event's own ("the workshop" for a workshop; "it", "the event"
  and "the venue" for any; "the sessions" when the sentences before named them). Only from the
  next few sentences and never past a heading, unless the draft is the report's one event its
  word names ("The exchange was based at ..." under a heading "Programme"); never past another
  event's sentence, never from a sentence another event already took its venue from, nor from
  one on another time's event ("The next meeting will be held in X"). A town the venue's name
  holds is then read as for a venue told in the event's own sentence ("the Rach Gia Sea Pearl
  Hotel", when the report names Rach Gia elsewhere too).

- a venue told in parts, as the reports' expected files write it, the venue first and its part
  after a comma: a room or campus after the venue and a comma ("at the Royal University of X,
  Conference Hall B", "at the Town Hall, Small Hall", "Place: X University, Dongdok campus, main
  hall"), after the venue's town ("at the Université X, Dakar, in the Amphitheatre of the Faculty
  of Sciences"); not one told as the venue's own ("at X University's Laucala campus": the
  university, as an earlier round's tests keep it, though one set names the campus); never a
  town or a street after the comma ("at the Riverside Hotel, Kisumu, with ..."), nor a hotel's
  room in small letters ("X Hotel, meeting room 3": the expected files name the hotel). And the
  town told right after a venue with "of" or "in" ("at the Maison des Jeunes of Tambacounda"),
  for an event with no town yet.
"""

from __future__ import annotations

import re

from atlas.extract import event_country, held_places, places
from atlas.extract.drafts import Draft
from atlas.extract.sentences import Sentence
from atlas.i18n import M_

# The words a later sentence uses for the event it points back at
_EVENT_NOUN = (
    r"trainings?|workshops?|courses?|meetings?|consultations?|dialogues?|forums?|conferences?"
    r"|exchanges?|seminars?|assembl(?:y|ies)|round\s?tables?|sessions?|events?|encuentros?"
    r"|exhibitions?|launch|vigils?|festivals?|gatherings?|camps?|visits?|tours?|summits?"
    r"|hearings?|screenings?|presentations?|ceremon(?:y|ies)|celebrations?|rall(?:y|ies)"
    r"|congress|symposium|clinics?|fairs?|class(?:es)?|retreats?|webinars?|debates?|talks?"
    r"|programmes?|activit(?:y|ies)|study\s+tour|hand-?over|petition|march|days?"
)
# Words that point back at any event, whatever its kind
_ANY_EVENT = {"it", "event", "events", "venue", "activity", "activities", "gathering"}

# A sentence opening with the event pointed back at: "It ...", "The training ...", "This
# two-day workshop ...", "The venue ..."
_POINTS_BACK = re.compile(
    r"(?:It|The\s+venue|(?:The|This|That|Our)\s+(?:[\w'’-]+\s+){0,4}?"
    rf"(?P<noun>{_EVENT_NOUN}))\b",
)
# Then, in the same sentence, the words saying it was held where the sentence goes on to tell:
# "took place at", "was held in", "and held on six Saturdays, from ..., in the", "was based at",
# "The dialogue, at the ..."
_HELD_THERE = re.compile(
    r"\b(?:held|t(?:ook|akes)\s+place|hosted|based|convened|conducted)\b|^,\s+(?=at\s)"
)
# "The venue was the Y Centre", "The venue was Hotel Z"
_VENUE_WAS = re.compile(r"\s+(?:was|were)\s+(?=(?:the\s+)?[A-ZÀ-ÖØ-Þ])")
# A venue told with "in" ("took place in the Conference Hall of X University")
_LOOK_AHEAD = 3  # sentences
# A sentence on another time's event: "The next meeting will be held in X", "The following
# assembly is to take place at ...", "It would be held ..."
_ANOTHER_TIME = re.compile(
    r"\b(?:next|following|coming|upcoming|future|previous|last|another|other)\b"
    r"|\b(?:will|would|shall|should|is\s+to|are\s+to|planned|expected)\b"
)


def _noun_fits(d: Draft, noun: str | None, told: str) -> bool:
    """Whether the word a sentence points back with names the draft's kind of event, as its
    title or the sentences from the one that told it do ("a course ... for four sessions in
    all. The sessions were held at ...")."""
    if noun is None:
        return True  # "It was held ...", "The venue was ..."
    word = re.sub(r"\s+", " ", noun.lower())
    if word in _ANY_EVENT:
        return True
    stem = re.sub(r"(?:ies|es|s)$", "", word) if word not in ("congress", "class") else word
    title = f"{d.title or ''} {told}".lower()
    return stem[:5] in title or d.event_type.startswith(stem[:5])


def _where_told(text: str) -> tuple[str | None, places.Place | None]:
    """The venue and the place a sentence pointing back at an event holds it at, after the
    words that say it was held there."""
    opening = _POINTS_BACK.match(text)
    if not opening:
        return None, None
    rest = text[opening.end() :]
    if opening.group(0) == "The venue":
        was = _VENUE_WAS.match(rest)
        there = "at " + rest[was.end() :] if was else None
    else:
        held = _HELD_THERE.search(rest)
        there = rest[held.end() :] if held else None
    if there is None:
        return None, None
    venue = places.venue_in(there)
    if venue is None:
        m = places.IN_VENUE.search(there)
        venue = m.group(1).strip() if m else None
    if venue and (places.country(venue) or not re.search(r"\s", venue)):
        venue = None
    return venue, places.place_in_clause(there, "")


def _title_index(d: Draft, split: list[Sentence]) -> int | None:
    quote = d.evidence.get("title")
    if not quote:
        return None
    # the title's quote may be a part of its sentence ("..., a four-day gathering of X,")
    return next((s.index for s in split if quote in s.text), None)


def add_places_told_after(told: list[Draft], split: list[Sentence]) -> None:
    """Give the event told before a sentence pointing back at it the venue and town that
    sentence holds it at (the first kind above)."""
    by_index: dict[int, list[Draft]] = {}
    for d in told:
        i = _title_index(d, split)
        if i is not None:
            by_index.setdefault(i, []).append(d)
    taken = {d.evidence.get("venue") for d in told if d.venue}
    report = " ".join(s.text for s in split)
    for i, drafts in sorted(by_index.items()):
        if len(drafts) != 1:
            continue  # two events told in one sentence: which one "it" is, is not said
        d = drafts[0]
        if d.venue and d.city:
            continue
        heading = False
        for s in split[i + 1 :]:
            if s.index in by_index:
                break
            heading = heading or s.kind == "heading"
            if s.text in taken:
                continue
            opening = _POINTS_BACK.match(s.text)
            before = " ".join(x.text for x in split[i : s.index])
            if not opening or not _noun_fits(d, opening.group("noun"), before):
                continue
            if _ANOTHER_TIME.search(s.text, 0, opening.end() + 40):
                continue  # "The next meeting will be held in X"
            if (heading or s.index - i > _LOOK_AHEAD) and not _only_fit(d, told, opening, split):
                continue  # further on, or under a heading: only the one event its word names
            venue, place = _where_told(s.text)
            if not venue and not (place and place.city):
                continue
            if place and place.city and d.city and place.city != d.city:
                if not venue or s.text.find(place.city) < s.text.find(venue):
                    break  # "The training was held in Accra at the X": another town's venue
                place = None  # "at the X Centre in Begumpet": a part of the event's town
            _give(d, venue, place, s.text, report)
            break


def _only_fit(d: Draft, told: list[Draft], opening: re.Match[str], split: list[Sentence]) -> bool:
    """Whether the draft is the report's one event the sentence's word names ("The exchange
    was based at ..." under a heading of its own, in a report of one exchange)."""
    noun = opening.group("noun")
    if noun is None or noun.lower() in _ANY_EVENT:
        return len(told) == 1
    fits = [
        x
        for x in told
        if _noun_fits(x, noun, split[i].text if (i := _title_index(x, split)) is not None else "")
    ]
    return fits == [d]


def _give(d: Draft, venue: str | None, place: places.Place | None, text: str, report: str) -> None:
    """Set what the draft lacks of a venue and a place told in `text`, then the town and
    country its venue says, as for a venue told in the event's own sentence."""
    if venue and not d.venue:
        d.venue, d.evidence["venue"] = venue, text
    if place and place.city and not d.city:
        if not d.country_iso3 or place.country in (None, d.country_iso3):
            places.put_place(d, place, text)
    if not d.city:
        held_places.add_held_towns([d])
        event_country.add_event_places([d])
    held = places.city_in_venue(d.venue, d.country_iso3, report) if d.venue and not d.city else None
    if held:  # "at the Rach Gia Sea Pearl Hotel": the town its name holds, named elsewhere too
        places.put_place(
            d, held, text, M_("the sentence names the place, not that the event was held there")
        )


# A part of a venue told after it and a comma: a room or a campus, named ("Conference Hall B",
# "Small Hall", "Tha Prachan campus", "Aula Magna of the Department of Economics") or in small
# letters ("main hall", "main auditorium")
_ROOM_WORD = (
    r"[Hh]all|[Rr]oom|[Aa]uditorium|[Aa]mphitheatre|[Aa]mphitheater|[Tt]heatre|[Cc]ampus|[Aa]nnex"
    r"|[Ff]oyer|[Ww]ing|[Aa]ula\s+[Mm]agna|Salón|Sala|Salle|[Bb]allroom|[Gg]allery"
)
_PART = re.compile(
    # in small letters only a main or great hall ("a hotel's conference room", "room 2" are no
    # part the expected files name)
    r"(?=[A-ZÀ-ÖØ-Þ]|(?:main|small|great)\s)(?:[A-ZÀ-ÖØ-Þ][\w'’-]*\s+|(?:main|small|great)\s+){0,4}"
    rf"(?:{_ROOM_WORD})\b(?:\s+[A-Z0-9]\b)?"
    r"(?:\s+of\s+the\s+[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+(?:of\s+|and\s+)?[A-ZÀ-ÖØ-Þ][\w'’-]*){0,4})?"
    r"(?:\s+(?:annex|foyer))?"
)
# What may follow a venue's last part: the sentence going on or ending
_AFTER_PART = re.compile(r"\s*(?:[,.;:)]|$|\s+(?:on|from|in|at|for|with|and|to|by)\b)")


def _parts_after(venue: str, text: str) -> str | None:
    """The venue joined with its parts as the sentence tells them, or None."""
    start = text.find(venue)
    if start < 0:
        return None
    pos = start + len(venue)
    parts = []
    while True:
        comma = re.match(r",\s+(?:in\s+the\s+)?", text[pos:])
        if not comma:
            break
        at = pos + comma.end()
        part = _PART.match(text, at)
        if part and _AFTER_PART.match(text, part.end()) and part.group(0).strip():
            parts.append(part.group(0).strip())
            pos = part.end()
            continue
        # the venue's town between the venue and its room ("X, Dakar, in the Amphitheatre"):
        # skipped when a room follows it
        town = places.place_at(text, at) if not parts and not comma.group(0).strip(", ") else None
        if town and town[0].city and re.match(r",\s+in\s+the\s+", text[town[1] :]):
            pos = town[1]
            continue
        break
    return ", ".join([venue, *parts]) if parts else None


def _town_after(d: Draft, quote: str) -> places.Place | None:
    """ "at the Maison des Jeunes of Tambacounda": the town the venue's sentence names right
    after it, in the draft's country."""
    assert d.venue
    for m in re.finditer(rf"{re.escape(d.venue)}\s+(?:of|in)\s+(?=[A-ZÀ-ÖØ-Þ])", quote):
        found = places.place_at(quote, m.end())
        if found and found[0].city and d.country_iso3 in (None, found[0].country):
            return found[0]
    return None


def add_venue_parts(told: list[Draft], split: list[Sentence]) -> None:
    """Join each draft's venue with the room or campus its sentence tells after it, and give a
    draft with no town the one told right after its venue (the second kind above)."""
    del split  # the venue's own sentence holds its parts
    for d in told:
        quote = d.evidence.get("venue")
        if not d.venue or not quote:
            continue
        town = None if d.city else _town_after(d, quote)
        if town:
            places.put_place(d, town, quote)
        joined = None if "," in d.venue else _parts_after(d.venue, quote)
        if joined:
            d.venue = joined
