"""Organisations told in kinds of text the first runs of the blind sets missed in three sets or
more (issue 16).

- A name that goes on after a comma with its town, country or region, closed by a second comma
  and "and": "organised together with the Harbour Rights Clinic, Mombasa, and supported by
  ...", "co-hosted with the Women Lawyers' Centre, Ghana, and the Reef Trust paid",
  "co-organised with Digital Voices, Southeast Asia, and ...". The place is part of the name
  the newer sets expect ("Harbour Rights Clinic, Mombasa"). Not where people come from ("The
  trainers were from the Harbour Rights Clinic, Mombasa, and one came from ...": the place
  says where they travelled from), nor a place before a sentence's end or "which" (the sets
  disagree there: "came from the Harbour Rights Clinic, Mombasa." keeps the place out in most
  of them).

- The rest of a name in Spanish, Portuguese or French after a comma, its words listed and joined
  by the name's own "and": "co-hosted with the Fundación Olivar, Trabajo y Acogida, and ...",
  "the Associação de Mulheres Migrantes, Refugiadas e Apoiadoras de Roraima" (the last word's
  "de Roraima" too, read by organisations' `_LISTED_WORDS`). An English list of bodies joins
  them with "and"; nor when a listed word is an organisation's ("Fundación Tierra, Casa Abierta
  y Red Mar": three bodies).

This module imports nothing of the package at its top: `organisations` asks it.
"""

from __future__ import annotations

import re

# ", Mombasa, and", ", Southeast Asia, and": one to three capitalised words between commas, then
# "and"; the place must be a country, a city or a region (`_REGION_TAIL`)
_PLACE_IN_COMMAS = re.compile(r",\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}),\s+and\b")
_REGION_TAIL = re.compile(
    r"(?:South-?East|Southeast|South|East|West|North|Central|Southern|Northern)\s+"
    r"(?:Asia|Africa|Europe|America)"
)
# people who came "from" the body: the place says where they travelled from
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$")


def comma_tail(name: str, before: str, after: str) -> str:
    """What of `after` continues `name` past a comma: its place (", Mombasa" of "the Harbour
    Rights Clinic, Mombasa, and ...") or the rest of a name in Spanish, Portuguese or French
    (", Trabajo y Acogida"); "" when nothing does. `before` is the sentence before the name."""
    return _place_in_commas(before, after) or _listed_in_its_language(after)


def _place_in_commas(before: str, after: str) -> str:
    from atlas.extract import places  # places is read by organisations: imported when asked

    m = _PLACE_IN_COMMAS.match(after)
    if not m or _FROM_BEFORE.search(before):
        return ""
    place = m.group(1)
    if places.country(place) or places.city(place) or _REGION_TAIL.fullmatch(place):
        return after[: m.start(1) + len(place)]
    return ""


_CAPITAL = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"
# ", Trabajo y Acogida", ", Refugiadas e Apoiadoras de Roraima", ", Droits et Dignité": words
# listed with commas and joined by the name's own "and" (y, e, et), which an English list of
# bodies never is
_LISTED_IN_ITS_LANGUAGE = re.compile(
    rf",\s+{_CAPITAL}(?:,\s+{_CAPITAL})*,?\s+(?:y|e|et)\s+{_CAPITAL}"
    rf"(?:\s+(?:de|del|da|do|dos|das|du|des)(?:\s+(?:la|las|los|l'))?\s+{_CAPITAL})*"
)


def _listed_in_its_language(after: str) -> str:
    from atlas.extract.organisations import ORG_WORD  # organisations asks this module

    m = _LISTED_IN_ITS_LANGUAGE.match(after)
    if not m or ORG_WORD.search(m.group(0)):
        return ""  # "Fundación X, Red Y y Casa Z": bodies listed
    return m.group(0)
