"""Where an event was held, read from kinds of text the first runs missed in three or more blind
sets (issue 16) and the place rules (atlas.extract.places, atlas.extract.held_places) do not
read. Run after a report's events are told (`add_event_places`), only for drafts with no town
yet: a town is never moved, and a country already set is never changed.

- a venue named after the town it belongs to, its name then the seat's word: "the
  Pietermaritzburg City Hall", "the Mae Sot Community Hall", "the Sangkhlaburi District
  Office", "the Lao Cai Provincial Library"; only a town the gazetteer places in one country
  (a "Richmond Community Hall" may be in any of nine), never a country ("the Liberia Parish
  Hall" is in Costa Rica), and never a hotel's name (a "Hotel Tashkent" stands in Almaty).
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


def add_event_places(drafts: list[Draft]) -> None:
    """Give each draft with no town the town its venue's name says it is in (the kinds above)."""
    for d in drafts:
        if d.city or not d.venue:
            continue
        town = _town_of_venue(d.venue, d.country_iso3)
        if town:
            places.put_place(d, town, d.evidence.get("venue") or d.evidence.get("title") or "")
