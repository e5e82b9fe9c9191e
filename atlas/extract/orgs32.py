"""Organisations told in kinds of text the first runs of the blind sets missed in three sets or
more (issue 16).

- A body that ran the event "together with" the one that organised it: "The dialogue was
  organised by the Coast Network together with the Reef Forum", "The committee organised the
  hand-over together with the Dockers' Union", "The tour was prepared together with the Delta
  Coalition", "The exchange was carried out together with the Hill Alliance". The body after
  "together with" organised the event too, as the expected files of the blind sets from the
  sixteenth on read it (about fifty times in fourteen sets), not only a partner. The second and
  fourth sets read it as a partner: a scoring convention the newer sets overturn. Not "in
  partnership with" or "in collaboration with" (still partners), nor "together with" after
  other verbs ("met together with the union", "signed the petition together with").

- A name that goes on after a comma with its town, country or region, closed by a second comma
  and "and": "organised together with the Harbour Rights Clinic, Mombasa, and supported by
  ...", "co-hosted with the Women Lawyers' Centre, Ghana, and the Reef Trust paid",
  "co-organised with Digital Voices, Southeast Asia, and ...". The place is part of the name
  the newer sets expect ("Harbour Rights Clinic, Mombasa"). Not where people come from ("The
  trainers were from the Harbour Rights Clinic, Mombasa, and one came from ...": the place
  says where they travelled from), nor a place before a sentence's end or "which" (the sets
  disagree there: "came from the Harbour Rights Clinic, Mombasa." keeps the place out in most
  of them).

This module imports nothing of the package at its top: `organisations` asks it.
"""

from __future__ import annotations

import re

# "organised by X together with", "X organised it together with", "was prepared together with",
# "was carried out together with": the event's own verb of making it, then "together with";
# the verb's object is the event ("it", "the hand-over") or nothing ("was organised by X").
_RAN_IT_TOGETHER = re.compile(
    r"\b(?:organi[sz]ed\s+by\s+[^.;:]{3,120}?"
    r"|(?:organi[sz]ed|prepared|carried\s+out|ran|run|held|convened)"
    r"\s+(?:(?:it|them)\s+|(?:the|this|that|its|their)\s+(?:[\w-]+\s+){1,3}?)?)"
    r"together\s+with\s+(?=(?:the\s+)?[A-Z])"
)


def partners_who_organised(sentence: str, found: list) -> list:
    """`found` (roles of the sentence) with the partners named after "organised by X together
    with" or "organised it together with" made organisers; the others as they were."""
    m = _RAN_IT_TOGETHER.search(sentence)
    if not m:
        return found
    # "The dialogue was organised by X together with Y": not a partner named before the verb
    return [
        type(r)(r.name, "organiser", r.start) if r.role == "partner" and r.start >= m.start() else r
        for r in found
    ]


# ", Mombasa, and", ", Southeast Asia, and": one to three capitalised words between commas, then
# "and"; the place must be a country, a city or a region (`_REGION_TAIL`)
_PLACE_IN_COMMAS = re.compile(r",\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}),\s+and\b")
_REGION_TAIL = re.compile(
    r"(?:South-?East|Southeast|South|East|West|North|Central|Southern|Northern)\s+"
    r"(?:Asia|Africa|Europe|America)"
)
# people who came "from" the body: the place says where they travelled from
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$")


def place_in_commas(name: str, before: str, after: str) -> str:
    """What of `after` continues `name` with its place: ", Mombasa" of "the Harbour Rights
    Clinic, Mombasa, and ..."; "" when nothing does. `before` is the sentence before the name."""
    from atlas.extract import places  # places is read by organisations: imported when asked

    m = _PLACE_IN_COMMAS.match(after)
    if not m or _FROM_BEFORE.search(before):
        return ""
    place = m.group(1)
    if places.country(place) or places.city(place) or _REGION_TAIL.fullmatch(place):
        return after[: m.start(1) + len(place)]
    return ""
