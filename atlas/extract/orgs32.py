"""Organisations told in kinds of text the first runs of the blind sets missed in three sets or
more (issue 16).

- A body that ran the event "together with" the one that organised it: "The dialogue was
  organised by the Coast Network together with the Reef Forum", "The committee organised the
  hand-over together with the Dockers' Union", "The tour was prepared together with the Delta
  Coalition". The body after "together with" organised the event too, as the expected files of
  the blind sets from the sixteenth on read it (about fifty times in eleven sets), not only a
  partner; the second and fourth sets read it as a partner (three times), a reading the newer
  sets overturn. Not "in partnership with" or "in collaboration with" (still partners), nor
  "together with" after other verbs ("met together with the union", "signed the petition
  together with").

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
  by the name's own "and": "co-hosted with the Fundación Brisa, Mar y Trabajo, and ...", "the
  Associação de Pescadoras, Marisqueiras e Vendedoras de Maputo" (the last word's "de Maputo"
  too, read by organisations' `_LISTED_WORDS`). An English list of bodies joins them with
  "and"; nor when a listed word is an organisation's ("Fundación Tierra, Casa Abierta y Red
  Mar": three bodies).

- A name whose first words are listed with a comma before the rest of it: "The Ropes, Boats
  and Engines Fund supported the event", "together with Hope, Healing and Home Fiji", "the
  Suva Home Workers, Carers and Cleaners Association" (the sets read it whole; the first runs
  kept the last part, or both parts as two bodies). Not a body listed before another ("the Reef
  Forum, Fishers and Allies Union": an organisation's word in the first part), nor a place or
  a short name in capitals.

- A name's legal form after a comma (", A.C.", ", e.V.", ", Inc."): part of the name, where
  the first runs made a body of "A C".

- A body that sent or lent the event's trainers or speakers: "The two trainers came from
  Manila and Jakarta, sent by the Harbour Rights Clinic", "two trainers from Uganda, lent by
  the X", "The resource persons were from Kerala, sent by the X" (trainer); "The X sent two
  speakers who told us ...", "the X provided two trainers" (speaker, trainer). Not people who
  teach or speak nowhere ("The fishers were sent by the X"), nor what a body sent that is no
  one ("sent two letters").

This module imports nothing of the package at its top: `organisations` asks it.
"""

from __future__ import annotations

import re

# "organised by X together with", "X organised it together with", "was prepared together with",
# "was carried out together with": the event's own verb of making it, then "together with";
# the verb's object is the event ("it", "the hand-over") or nothing ("was organised by X").
_RAN_IT_TOGETHER = re.compile(
    # "organised by X together with Y", "co-hosted by X jointly with Y"
    r"\b(?:(?:organi[sz]ed|co-hosted|co-organi[sz]ed|convened)\s+by\s+[^.;:]{3,120}?"
    # a form's line: "Organisers: X, jointly with Y", "Organised by: X, jointly with Y"
    r"|(?<![\w-])(?:[Oo]rgani[sz]ers?|[Oo]rgani[sz]ed\s+by|[Cc]onvened\s+by)\s*:\s*[^.;:]{3,120}?"
    r"|(?:organi[sz]ed|prepared|carried\s+out|ran|run|held|convened)"
    r"\s+(?:(?:it|them)\s+|(?:the|this|that|its|their)\s+(?:[\w-]+\s+){1,3}?)?)"
    r"(?:together|jointly)\s+with\s+(?=(?:the\s+)?[A-Z])"
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


def region(text: str) -> bool:
    """Whether `text` is a part of a continent ("Southeast Asia", "West Africa")."""
    return bool(_REGION_TAIL.fullmatch(text))


# people who came "from" the body: the place says where they travelled from
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$")


def comma_tail(name: str, before: str, after: str) -> str:
    """What of `after` continues `name` past a comma: its place (", Mombasa" of "the Harbour
    Rights Clinic, Mombasa, and ...") or the rest of a name in Spanish, Portuguese or French
    (", Mar y Trabajo"); "" when nothing does. `before` is the sentence before the name."""
    return _place_in_commas(before, after) or _listed_in_its_language(after) or _legal_form(after)


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
# ", Mar y Trabajo", ", Marisqueiras e Vendedoras de Maputo", ", Droits et Dignité": words
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


# ", A.C.", ", e.V.", ", Inc.": the legal form a name ends with, after a comma
_LEGAL_FORM = re.compile(
    r",\s+(?:A\.\s?C\.|I\.A\.P\.|S\.C\.|e\.\s?V\.|Inc\.|Ltd\.?|asbl|gGmbH)(?![\w])"
)


def _legal_form(after: str) -> str:
    m = _LEGAL_FORM.match(after)
    return m.group(0) if m else ""


# "Ropes, " or "Suva Home Workers, " before "Boats and Engines Fund" or "Carers and Cleaners
# Association": the name's first words, listed with a comma, after "the", "with", "by" or at the
# sentence's start
_LISTED_HEAD = re.compile(
    r"(?:^|\b(?:[Tt]he|with|by|and|from)\s+)"
    r"(?!(?:The|A|An|Our|Its|Their)\s)((?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*,\s+(?:[A-Z][\w'’-]*,\s+)*)$"
)
# the last listed words: "Carers and Cleaners Association", "Boats and Engines Fund"
_LAST_LISTED = re.compile(r"[A-Z][\w'’-]*\s+and\s+[A-Z]")


def listed_head(name: str, before: str) -> str:
    """The first words of `name` told before it, listed with commas: "Ropes, " of "Ropes, Boats
    and Engines Fund", "Suva Home Workers, " of "Suva Home Workers, Carers and Cleaners
    Association"; "" when none are. Not a body of its own ("the Coast Network, Fishers
    and Allies Union"), nor a place ("in Mombasa, Women and Youth Association")."""
    from atlas.extract import places  # places is read by organisations: imported when asked
    from atlas.extract.organisations import ORG_WORD  # organisations asks this module

    if not _LAST_LISTED.match(name):
        return ""
    m = _LISTED_HEAD.search(before)
    if not m:
        return ""
    head = m.group(1)
    first = head.split(",")[0]
    if ORG_WORD.search(head) or places.country(first) or places.city(first) or first.isupper():
        return ""
    return head


# Who the people were, and the role their body takes: trainers teach, speakers speak.
_WHO = r"(?P<who>trainers?|facilitators?|instructors?|resource\s+persons?|speakers?)"
_ROLE_OF = {"speaker": "speaker", "speakers": "speaker"}
# "The two trainers came from Manila, sent by the X", "two trainers from Uganda, lent by the X",
# "The resource persons were from Kerala, sent by the X"; "the Bonn-based X" names X
_PEOPLE_SENT_BY = re.compile(
    rf"\b{_WHO}\b[^.;:]{{0,100}}?,\s+(?:sent|lent|seconded|delegated)\s+by\s+(?:the\s+)?"
    r"(?:[A-Z][\w]*-based\s+)?(?=[A-Z])"
)
# "The X sent two speakers who told us ...", "the X provided two trainers"
_BODY_SENT = re.compile(
    r"(?P<name>(?:[A-Z][\w'’-]*\s+)(?:(?:[A-Z][\w'’-]*|of|for|and|the|on|de)\s+)*[A-Z][\w'’-]*)"
    r"(?:\s*\([^()]{1,40}\))?\s+(?:also\s+)?(?:sent|provided|lent|seconded)\s+"
    rf"(?:a|an|one|two|three|four|five|\d+)\s+(?:[a-z][\w-]*\s+){{0,2}}?{_WHO}\b"
)


def sent_people(sentence: str, aliases_: dict[str, str]) -> list:
    """Bodies that sent or lent the event's trainers or speakers: "The two trainers came from
    Manila, sent by the Harbour Rights Clinic" (trainer), "The Reef Forum sent two speakers"
    (speaker)."""
    from atlas.extract.organisations import Role, _last_name, _org_list  # asks this module

    found = []
    for m in _PEOPLE_SENT_BY.finditer(sentence):
        listed = _org_list(sentence, m.end(), aliases_)
        if listed:
            found.append(Role(listed[0][0], _ROLE_OF.get(m.group("who"), "trainer"), listed[0][1]))
    for m in _BODY_SENT.finditer(sentence):
        name = _last_name(m.group("name"), aliases_)
        if name:
            found.append(Role(name, _ROLE_OF.get(m.group("who"), "trainer"), m.start()))
    return found
