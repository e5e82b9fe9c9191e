"""The town an event was held in, where the sentences that told the event name it in ways the
place rules (atlas.extract.places) do not read: kinds of text the first runs missed in three or
more blind sets (issue 16).

Read after a report's events are told (`add_held_towns`), only for drafts with no town yet, and
only from the sentences the draft was drawn from (its evidence): a town is never moved, and a
country already set is never changed (a town in another country is left out).

- a venue, a comma and the town: "from 14 March at the Angkor Lotus Hotel, Siem Reap,
  co-organised with ...", "at the Mtumba Training Centre, Dodoma, for 25 paralegals";
- a sentence or line opening with the town: "In Khujand we held a training ...", "Back in
  Huehuetenango, on 4 November ...";
- a short line whose parts, between commas, are the event, its town and its date or count:
  "March 2023: workshop on wage claims, Mae Sot, 40 migrant workers.", "In April 2024: Public
  forum, Mombasa.".
"""

from __future__ import annotations

import re

from atlas.extract import places
from atlas.extract.drafts import Draft

# What may follow a town named after its venue: the sentence going on ("..., Siem Reap,
# co-organised with", "..., Dodoma, for 25 paralegals", "..., Chennai, from 15th to 19th").
_AFTER_TOWN = re.compile(r"\s*(?:[,.;:)]|$|\s+(?:from|for|on|in|to|with|and|by|between)\b)")


def _town_at(
    text: str, pos: int, country: str | None, after: re.Pattern[str] = _AFTER_TOWN
) -> places.Place | None:
    """A town of the gazetteer (or one the place rules vouch for by its country) starting at
    `pos`, followed by the sentence going on; not a country, nor a town in another country
    than the draft's."""
    found = places.place_at(text, pos)
    if not found:
        return None
    place, end = found
    if not place.city or not after.match(text, end):
        return None
    if country and place.country != country:
        return None
    if re.search(rf"\b(?:{places.VENUE_WORDS})\b", place.city):
        return None
    if _MONTH.fullmatch(place.city):
        return None  # "Two weeks later, in March, ...": the month, not the English town
    return place


_MONTH = re.compile(
    r"January|February|March|April|May|June|July|August|September|October|November|December"
)


def _after_venue(d: Draft, text: str) -> places.Place | None:
    """ "at the Angkor Lotus Hotel, Siem Reap, co-organised with ...": the venue the draft
    has, then a comma and a town."""
    if not d.venue:
        return None
    for m in re.finditer(re.escape(d.venue) + r",\s+(?=[A-ZÀ-ÖØ-Þİ])", text):
        place = _town_at(text, m.end(), d.country_iso3)
        if place:
            return place
    return None


# "In Khujand we held ...", "Back in Huehuetenango, on 4 November ...", "Also in Jinghong, the
# Network held ...": the town the sentence opens with; after when, told first: "A week later, in
# Songkhla, the two networks ran ...", "The next day, in Kisumu, ...", "On 4 May, in Kisumu, ...".
_OPENING_IN = re.compile(
    r"(?:(?:Back|Also|Then|Later|Finally|And)\s+)?(?:in|In)\s+(?=[A-ZÀ-ÖØ-Þİ])"
    r"|(?:(?:A|An|One|Two|Three|Four|Five|Six|Some|A\s+few|The)\s+(?:\w+\s+)?"
    r"(?:later|afterwards|after)|The\s+(?:next|following)\s+(?:day|week|month|morning)"
    r"|On\s+\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?),\s+in\s+(?=[A-ZÀ-ÖØ-Þİ])"
)
# the sentence going on after the town it opens with: a comma, or its subject ("we", "the
# Network", "our team")
_AFTER_OPENING = re.compile(
    r"\s*,|\s+(?:we|our|the|they|it|a|an|[A-Z][\w'’-]+\s+(?:held|ran|organi[sz]ed|hosted|convened))\b"
)


def _opening_town(d: Draft, text: str) -> places.Place | None:
    m = _OPENING_IN.match(text.lstrip())
    if not m:
        return None
    start = len(text) - len(text.lstrip()) + m.end()
    return _town_at(text, start, d.country_iso3, _AFTER_OPENING)


# A short line's parts: "March 2023: workshop on wage claims, Mae Sot, 40 migrant workers.",
# "Training for health mediators (Manisa, 24.10.2023)", "In April 2024: Public forum, Mombasa."
_PART = re.compile(r"[^,:;()\[\]–—]+")
_SHORT_LINE = 20  # words


def _town_part(d: Draft, text: str) -> places.Place | None:
    """A part of a short line, between commas, colons or brackets, that is a town and nothing
    else, the line's other parts telling the event."""
    line = text.strip()
    if len(line.split()) > _SHORT_LINE or "\n" in line:
        return None
    parts = [m for m in _PART.finditer(line) if m.group(0).strip(" .-")]
    if len(parts) < 2:
        return None
    for m in parts:
        part = m.group(0).strip(" .-")
        start = line.index(part, m.start())
        if not re.match(r"[A-ZÀ-ÖØ-Þİ]", part):
            continue
        found = places.place_at(line, start)
        if not found or found[1] != start + len(part) or not found[0].city:
            continue
        place = found[0]
        if d.country_iso3 and place.country != d.country_iso3:
            return None
        if re.search(rf"\b(?:{places.VENUE_WORDS})\b", place.city):
            return None
        if _after_a_smaller_place(d, text, place.city):
            return None
        return place
    return None


def _after_a_smaller_place(d: Draft, line: str, town: str) -> bool:
    """Whether another of the draft's sentences writes the town after a place's name and a
    comma ("June 2024 | 3 days | Ban Nam Khem, Phang Nga | 40 fishers"): there it is the
    province of a smaller place, not the town the event was in."""
    after = re.compile(
        rf"\b[A-ZÀ-ÖØ-Þİ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þİ][\w'’-]+)?,\s+{re.escape(town)}\b"
    )
    # an organisation's line ("Lake Traders Alliance, Kisumu" heading a report whose writer
    # organised the event) names its own seat, not a smaller place
    lines = {q for k, q in d.evidence.items() if q and q != line and not k.startswith("organis")}
    return any(after.search(q) for q in lines)


def add_held_towns(drafts: list[Draft]) -> None:
    """Give each draft with no town the town its own sentences name in the kinds above."""
    # a venue another draft already holds with its town is that event's ("(4) meeting at the
    # Provincial Hall, Siem Reap" in a digest's list of items): not read again for this one
    placed = {d.venue for d in drafts if d.city and d.venue}
    for d in drafts:
        if d.city:
            continue
        quotes = list(
            dict.fromkeys(q for q in (d.evidence.get("venue"), d.evidence.get("title")) if q)
        )
        for text in quotes:
            place = (
                (None if d.venue in placed else _after_venue(d, text))
                or _opening_town(d, text)
                or _town_part(d, text)
            )
            if place:
                places.put_place(d, place, text)
                break


def add_rooms(drafts: list[Draft]) -> None:
    """Give each draft with no venue the room of a body its own sentence holds it in ("a
    workshop ... at the hall of the Riverside Neighbourhood Federation"), as the expected files
    of four sets record it."""
    for d in drafts:
        quote = d.evidence.get("title")
        if d.venue or not quote:
            continue
        room = places.ROOM_OF.search(quote)
        if room:
            d.venue = room.group(1).strip()
            d.evidence["venue"] = quote
