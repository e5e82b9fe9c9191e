"""Where an event was held, read from kinds of text the first runs missed in three or more blind
sets (issue 16) and the place rules (atlas.extract.places, atlas.extract.held_places) do not
read. Run after a report's events are told (`add_event_places`), only for drafts with no town
yet: a town is never moved, and a country already set is never changed.

- a venue named after the town it belongs to, its name then the seat's word: "the
  Pietermaritzburg City Hall", "the Mae Sot Community Hall", "the Sangkhlaburi District
  Office", "the Lao Cai Provincial Library"; only a town the gazetteer places in one country
  (a "Richmond Community Hall" may be in any of nine), never a country ("the Liberia Parish
  Hall" is in Costa Rica), and never a hotel's name (a "Hotel Tashkent" stands in Almaty).

And the venue of an event with none, where its sentence names it:

- a room of a named venue, told with "in" or by the room's own name: "in the conference hall
  of the Riverside Palace Hotel", "in the auditorium of the National University of Laos", "in
  a meeting room of the X Research Institute", "in the Mekong Room of the Green Valley Hotel",
  "in Meeting Room C of the United Nations Conference Centre"; the venue is the named place,
  never a body's hall ("the hall of the Lao Women's Union" says whose, held_places' rooms)
  nor a body's room told as the body ("the meeting room of the District Health Office, who
  called the meeting").
"""

from __future__ import annotations

import re

from atlas.extract import places
from atlas.extract.drafts import Draft

# The words after a town's name that make the venue the town's own: its city hall, its district
# office, its community centre, its provincial library.
_SEAT = r"City|Town|Municipal|Municipality|District|County|Provincial|Province|Regional|Community"
_NAMED_AFTER_TOWN = re.compile(
    rf"(?:the\s+)?((?:[A-ZÀ-ÖØ-Þ][\w'’-]*)(?:[\s-][A-ZÀ-ÖØ-Þ][\w'’-]*){{0,2}}?)\s+(?:{_SEAT})\b"
)


def _town_of_venue(venue: str, country: str | None) -> places.Place | None:
    """The town a venue's name opens with, when the next word says the venue is the town's."""
    m = _NAMED_AFTER_TOWN.match(venue)
    if not m:
        return None
    name = m.group(1)
    if places.country_or_adjective(name) or re.search(rf"\b(?:{places.VENUE_WORDS})\b", name):
        return None
    found = places._cities().get(places.fold_for_place_lookup(name)) or []
    homes = {c.country_iso3 for c in found}
    if len(homes) != 1 or (country and country not in homes):
        return None
    return places.Place(name, homes.pop(), False)


# "in the conference hall of the", "in the auditorium of", "in the Mekong Room of the",
# "in Meeting Room C of the": a room, then the venue it is in.
_ROOM_OF_VENUE = re.compile(
    r"\b(?:in|at)\s+(?:the\s+|a\s+)?"
    r"(?:(?:[a-z]+\s+){0,2}(?:hall|room|rooms|auditorium|salon|gym|gymnasium|gallery|ballroom)"
    r"|(?:[A-ZÀ-ÖØ-Þ][\w'’-]*\s+){1,2}[Rr]ooms?(?:\s+[A-Z0-9]\b)?)"
    rf"\s+of\s+(?:the\s+)?({places.VENUE_CORE})"
)


def _venue_of_room(text: str) -> str | None:
    """The one named venue a sentence holds a room of, or None."""
    found = {
        m.group(1).strip()
        for m in _ROOM_OF_VENUE.finditer(text)
        if len(m.group(1).split()) > 1
        and not places.country(m.group(1))
        # "in the meeting room of the District Health Office, who called the meeting": a body
        and not re.match(r"\s*,?\s*who\b", text[m.end() :])
    }
    return found.pop() if len(found) == 1 else None


def add_event_places(drafts: list[Draft]) -> None:
    """Give each draft with no venue the venue its sentence names a room of, and each draft
    with no town the town its venue's name says it is in (the kinds above)."""
    for d in drafts:
        quote = d.evidence.get("title")
        if not d.venue and quote:
            venue = _venue_of_room(quote)
            if venue:
                d.venue = venue
                d.evidence["venue"] = quote
        if d.city or not d.venue:
            continue
        town = _town_of_venue(d.venue, d.country_iso3)
        if town:
            places.put_place(d, town, d.evidence.get("venue") or d.evidence.get("title") or "")
