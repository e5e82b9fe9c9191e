"""Where an event was held, read from kinds of text the first runs missed in three or more blind
sets (issue 16) and the place rules (atlas.extract.places, atlas.extract.held_places) do not
read. Run after a report's events are told (`add_event_places`), only for drafts with no town
yet: a town is never moved, and a country already set is never changed.

- a venue named after the town it belongs to, its name then the seat's word: "the
  Pietermaritzburg City Hall", "the Mae Sot Community Hall", "the Sangkhlaburi District
  Office", "the Lao Cai Provincial Library"; only a town the gazetteer places in one country
  (a "Richmond Community Hall" may be in any of nine), never a country ("the Liberia Parish
  Hall" is in Costa Rica), and never a hotel's name (a "Hotel Tashkent" stands in Almaty).

- the one place its own sentence puts something "in", told before the event's noun: "Over
  120 fish processors converged at the Fosu Hall in Cape Coast ... for the Dialogue", "On 15
  April in Osh city, in the hotel X, the Network conducted the training"; the place rules read
  a town "in" only after the noun. Never a town people work or live in ("who work in Mombasa")
  and never one of two.

- a ministry's or a parliament's house, told with "at" or "in" and the town it stands in:
  "at the Ministry of Labour and Social Welfare in Vientiane", "at the European Parliament in
  Brussels", "at the Congress of the Republic in Lima"; never one written or marched to, nor a
  youth parliament (an event) or a body's congress, nor one with no town after it ("met at the
  Ministry of Labour for a seminar" may say whose guests they were).

- a district the event's sentence holds it in, named in small letters after its name ("in Ky
  Son district, Nghe An"), in the country its province, the draft or the report names.

And, for a report's events still unplaced or undated after every other rule (the pipeline's
last place rules): the one town its head places it in (`add_title_town`: the title's last town,
or a line of town and region, country or date under it), and the one span of days its head
gives under the title for the first event of a report that dates none (`add_head_date`).

And the country of a town whose name several countries share, or a country's, when the
province told after it is one country's ("in Richmond, KwaZulu-Natal": South Africa, not the
most populous Richmond's; "in the town of Jordan, Guimaras": the Philippines, not Jordan).

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

from atlas.extract import date_phrases, places
from atlas.extract.drafts import Draft
from atlas.i18n import M_

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
    named = places._named_in_report(venue)
    if named and not homes & named:
        return None  # "Field note, Kenya": a "Kandy District Hall" is no hall of Kandy's
    return places.Place(name, homes.pop(), False)


# "in the conference hall of the", "in the auditorium of", "in the Mekong Room of the",
# "in Meeting Room C of the": a room, then the venue it is in.
_ROOM_OF_VENUE = re.compile(
    r"\b(?:in|at)\s+(?:the\s+|a\s+)?"
    r"(?:(?:[a-z]+\s+){0,2}(?:hall|room|rooms|auditorium|salon|gym|gymnasium|gallery|ballroom)"
    r"|(?:[A-ZÀ-ÖØ-Þ][\w'’-]*\s+){1,2}[Rr]ooms?(?:\s+[A-Z0-9]\b)?)"
    rf"\s+of\s+(?:the\s+)?({places.VENUE_CORE})"
)


_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"
# "at the Ministry of Labour and Vocational Training", "at the European Parliament", "in the
# Parliament of Uganda", "at the Congress of the Republic", "at the National Assembly"
_HOUSE_OF_STATE = re.compile(
    r"\b(?:at|in)\s+the\s+("
    rf"Ministry\s+of\s+(?:the\s+)?{_NAME_WORD}(?:\s+(?:(?:and|of|for|the)\s+)*{_NAME_WORD})*"
    rf"|(?:(?!Youth|Children|Students|Women|Girls|Kids){_NAME_WORD}\s+)?Parliament"
    rf"(?:\s+of\s+(?:the\s+)?{_NAME_WORD})?"
    r"|Congress\s+of\s+the\s+Republic|National\s+Assembly|Legislative\s+Assembly|Senate)"
    # and the town it stands in after it ("... in Phnom Penh"): "met at the Ministry of
    # Labour for a seminar" may tell whose guests they were, not where they met
    r"(?=\s+in\s+[A-ZÀ-ÖØ-Þ])"
)


def _house_of_state(text: str) -> str | None:
    """The one ministry or parliament a sentence holds an event at, or None."""
    found = {m.group(1) for m in _HOUSE_OF_STATE.finditer(text)}
    return found.pop() if len(found) == 1 else None


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


# Another event named before the draft's own ("- Workshop in Batticaloa (August), second
# consultation in 2026"): its place is that event's.
_OTHER_EVENT = re.compile(
    r"\b(?:workshops?|trainings?|meetings?|consultations?|forums?|seminars?|dialogues?"
    r"|assembl(?:y|ies)|exchanges?|visits?|courses?|conferences?|campaigns?)\b",
    re.IGNORECASE,
)


# "later, in March, the alliance ran a training": the month, not the English town
_MONTH = re.compile(
    r"January|February|March|April|May|June|July|August|September|October|November|December"
)


def _before_the_event(d: Draft, quote: str) -> str | None:
    """The words of the draft's sentence before its title's first word, in the same clause
    (after the last semicolon), when they name no other event; None when the title's words
    are not found or another event is named."""
    words = [w for w in re.findall(r"[\w'’-]{3,}", d.title) if w.lower() not in ("the", "and")]
    if not words:
        return None
    first = re.search(rf"\b{re.escape(words[0])}\b", quote, re.IGNORECASE)
    if not first:
        return None
    before = quote[: first.start()].rsplit(";", 1)[-1]
    return None if _OTHER_EVENT.search(before) else before


# "in Richmond, KwaZulu-Natal", "in the town of Jordan, Guimaras", "in Liberia, the capital of
# Guanacaste province": a town, then its province
_TOWN_THEN_PROVINCE = re.compile(
    r"\b(?:in|at)\s+(?:the\s+(?:town|city|village|municipality)\s+of\s+)?"
    r"([A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*){0,2}),\s+"
    r"(?:the\s+(?:capital|seat)\s+of\s+(?:the\s+)?)?([A-ZÀ-ÖØ-Þ][\w'’-]*(?:[\s-][A-ZÀ-ÖØ-Þ][\w'’-]*){0,2})\b"
)


def _placed_by_province(d: Draft, quote: str) -> places.Place | None:
    """The draft's town (or the country-named town it missed) in the one country whose
    province the sentence names after it, when that differs from the draft's country."""
    for m in _TOWN_THEN_PROVINCE.finditer(quote):
        name, province = m.group(1), places.fold_for_place_lookup(m.group(2))
        if d.city not in (None, name):
            continue
        homes = [iso3 for iso3, subs in places._subdivisions().items() if province in subs]
        if len(homes) != 1 or homes[0] == d.country_iso3 or places.country(m.group(2)):
            continue
        towns = places._cities().get(places.fold_for_place_lookup(name)) or []
        if any(c.country_iso3 == homes[0] for c in towns) or places.country(name):
            return places.Place(name, homes[0], False)
    return None


# A district the event's sentence holds it in, written in small letters after its name, as
# Lao, Thai, Khmer and Vietnamese reports name their rural districts: "held a community dialogue
# in Ky Son district, Nghe An", "a pre-departure orientation day in Kamrieng district"; the
# province after it, when there is one, says the country.
_IN_DISTRICT = re.compile(
    r"\b(?:in|at)\s+(?:the\s+)?(?P<town>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}?)\s+[Dd]istrict\b"
    r"(?!\s+(?:[A-Z]|office|hall|council|hospital|court|authorit|administration|government))"
    r"(?:,\s+(?P<province>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}))?"
)


def _district_of(d: Draft, quote: str) -> places.Place | None:
    """The one district the draft's sentence holds it in (_IN_DISTRICT), in the country its
    province names, the draft's own, or the one the report names; none where people only
    work or live there, or where the sentence names two."""
    found = list(_IN_DISTRICT.finditer(quote))
    if len(found) != 1 or places._worked_in(quote, found[0].start()):
        return None
    m = found[0]
    town = m.group("town")
    if places.country(town) or _region_countries(town):
        return None  # "in the Tak district" is a province's; "in Yunnan district" no town
    homes = _region_countries(m.group("province"))
    named = places._REPORT_COUNTRIES.get()
    iso3 = (
        next(iter(homes))
        if len(homes) == 1
        else d.country_iso3 or (next(iter(named)) if len(named) == 1 else None)
    )
    if iso3 is None or (d.country_iso3 and d.country_iso3 != iso3):
        return None
    known = places.city(town, iso3)
    return places.Place(town, iso3, False, in_gazetteer=known is not None)


def add_event_places(drafts: list[Draft]) -> None:
    """Give each draft with no venue the venue its sentence names a room of, and each draft
    with no town the town its venue's name says it is in (the kinds above)."""
    for d in drafts:
        quote = d.evidence.get("title")
        told = d.evidence.get("country_iso3") or quote
        province = _placed_by_province(d, told) if told else None
        if province:
            places.put_place(d, province, told)
        if not d.venue and quote:
            venue = _venue_of_room(quote) or _house_of_state(quote)
            if venue:
                d.venue = venue
                d.evidence["venue"] = quote
        if d.city:
            continue
        town = _town_of_venue(d.venue, d.country_iso3) if d.venue else None
        if town:
            places.put_place(d, town, d.evidence.get("venue") or quote or "")
            continue
        district = _district_of(d, quote) if quote else None
        if district:
            places.put_place(d, district, quote)
            continue
        before = _before_the_event(d, quote) if quote and not d.country_iso3 else None
        named = places.place_named_in(before) if before else None
        if named and named.city and not _MONTH.fullmatch(named.city):
            places.put_place(
                d,
                named,
                quote,
                M_("the sentence names the place, not that the event was held there"),
            )


# A report's title line that ends with the one town it is about: "International Domestic
# Workers Day 2026: Cultural Evening and Open Forum, Nairobi", "World Day against Trafficking in
# Persons, Vientiane: activity report", "Report: International Migrants Day 2026 in Prey Veng
# Province", "Day of action for fishers in San Fernando, La Union", "International Migrants Day
# in Mae Sai: march and letter to the District Chief", "Village Meeting with Township Officials -
# Mengla, Yunnan". The town is the last words after a comma, a dash or "in", then an optional
# word of its kind, an optional region (checked apart) and an optional colon and subtitle.
_AREA_WORD = r"(?:Province|province|town|City|District|district|Capital|Prefecture|County)"
_TITLE_TOWN = re.compile(
    r"(?:,\s+|\s+in\s+|\s+[–-]\s+)(?P<town>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}?)"
    rf"(?:\s+{_AREA_WORD})?"
    r"(?:,\s+(?P<region>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}))?"
    r"(?:\s*:\s*\S.*)?\s*$"
)
# A line of its own under the title that places the report: "Chiang Rai, Thailand", "Lao Cai,
# Viet Nam, 2-5 March 2026", "Tapachula, Chiapas, Mexico", "Seoul, 23-25 May 2025, Mapo Civic
# Hall": a town, then a region, a country or a date.
_PLACE_LINE = re.compile(
    r"^(?P<town>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}?)(?:\s+" + _AREA_WORD + r")?"
    r",\s+(?P<next>[^,]+)"
)
# Towns a head names besides its own: "From Nairobi to Bangkok", "between Trat and Kampot"
_OTHER_TOWN = re.compile(r"\b(?:to|from|between|and|at|in)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)")
_DATE_PART = re.compile(r"\d|\b" + date_phrases.FULL_MONTH + r"\b")


def _head_lines(text: str) -> list[str]:
    """The report's head: its first lines (three at most) before one that is a sentence."""
    head: list[str] = []
    for raw in text.strip().splitlines():
        line = re.sub(r"^#+\s*", "", raw.strip()).strip("*_ ")
        if not line:
            continue
        if re.search(r"[.!?;]$", line) or len(line.split()) > 16:
            break
        head.append(line)
        if len(head) == 3:
            break
    return head


def _region_countries(region: str | None) -> set[str]:
    """The countries a region after a town may be in: the country it names, or the countries
    with a province of that name ("La Union": the Philippines, El Salvador)."""
    if not region:
        return set()
    region = re.sub(rf"\s+{_AREA_WORD}$", "", region.strip())
    named = places.country(region)
    if named:
        return {named}
    key = places.fold_for_place_lookup(region)
    return {iso3 for iso3, subs in places._subdivisions().items() if key in subs}


def _town_in_head(line: str, first: bool) -> places.Place | None:
    """The town a head line places the report in: the title's last town (on the first line) or
    a line that opens with a town and goes on with its region, country or date."""
    m = _TITLE_TOWN.search(line) if first else None
    region = m.group("region") if m else None
    if region and not _region_countries(region):
        region = None  # "in Jinghong, Xishuangbanna": a region the list does not know
    if m is None:
        m = _PLACE_LINE.match(line)
        if m is None:
            return None
        region = m.group("next").strip()
        if _DATE_PART.search(region):
            region = None
        elif not _region_countries(region):
            return None
    name = m.group("town")
    if places.country(name):
        return None  # "..., Lao PDR": the country rules read those
    towns = [
        found
        for iso3 in sorted(_region_countries(region))
        if (found := places.city(name, iso3)) is not None
    ]
    town = towns[0] if len(towns) == 1 else places.city(name) if not region else None
    if town is None:
        return None
    # the town as the head writes it ("Ruili", "Thanh Hoa"), not the gazetteer's other name
    return places.Place(name, town.country_iso3, False)


def _head_town(text: str) -> tuple[places.Place, str] | None:
    """The one town the report's head places it in, with the line that says so; none when the
    head names another town too ("From Nairobi to Bangkok", over "Nairobi, 12 June 2025")."""
    head = _head_lines(text)
    found = [
        (place, line)
        for i, line in enumerate(head)
        if (place := _town_in_head(line, i == 0)) is not None
    ]
    keys = {places.fold_for_place_lookup(place.city or "") for place, _ in found}
    if len(keys) != 1:
        return None
    for line in head:
        for other in _OTHER_TOWN.findall(line):
            key = places.fold_for_place_lookup(other)
            if key not in keys and places.city(other) and not places.country(other):
                return None
    return found[0]


_DATELINE = re.compile(
    r"^(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2},\s+)?(?:le\s+)?(?:\w+day,?\s+)?"
    r"(?:\d|" + date_phrases.FULL_MONTH + r"\s+\d)"
)


def add_head_date(drafts: list[Draft], text: str) -> None:
    """The first event of a report that dates none, dated by the one span of days its head
    gives on a line under the title ("Kunming, Yunnan Province, China - 23rd to 25th March 2026"
    under "Proceedings Report: Regional Workshop on ..."): the event the report is about, told
    first; never a date of the document itself, nor a head that gives two dates."""
    if not drafts or any(d.start_date is not None for d in drafts):
        return  # a report dating any of its events tells its own dates
    head = _head_lines(text)[1:]  # the title's own line may name a year of a series
    found = [
        (phrase, line)
        for line in head
        if not date_phrases.DOCUMENT_DATE.search(line)
        for phrase in date_phrases.find(line)
    ]
    if len(found) != 1 or found[0][0].precision != "day":
        return
    phrase, line = found[0]
    if (phrase.last is None or phrase.last == phrase.first) and _DATELINE.match(line):
        return  # "Kampala, 20 August 2025" over a press release or a letter: when it was written
    d = drafts[0]
    d.start_date, d.date_precision = phrase.first, "day"
    d.end_date = phrase.last if phrase.last and phrase.last != phrase.first else None
    for name in ("start_date", "end_date", "date_precision"):
        d.evidence[name] = line
    d.unsure["start_date"] = M_("the report's title gives the date, not the event's sentence")


def add_title_town(drafts: list[Draft], text: str) -> None:
    """Each draft the rules left with no town, told in full, placed in the one town the report's
    head places it in (_head_town: its title line's last town, or a line of town and region,
    country or date under it), when the draft has no country or that town's; marked unsure,
    since no sentence of the event names it."""
    found = _head_town(text)
    if found is None or any(d.city for d in drafts):
        return  # a report placing one event in a town may tell the others elsewhere
    place, line = found
    for d in drafts:
        # only an event the report tells in full (its day, and its count, a venue or a body
        # that ran it): a thin draft is more often no event of the report's own
        if (
            d.city
            or d.country_iso3 not in (None, place.country)
            or d.start_date is None
            or (d.participants_total is None and not d.venue and not d.organisations)
        ):
            continue
        places.put_place(
            d, place, line, M_("the report's title names the town, not the event's sentence")
        )
