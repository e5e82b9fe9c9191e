"""Organisations and participants' home countries told in kinds of text the first runs of the
blind sets missed in two sets or more, the thirty-third among them (issue 16).

- A name that goes on after a comma with its town, closed by a second comma and a clause about
  the body: "organised by the Harbour Rights Clinic, Mombasa, in cooperation with the Reef
  Forum", "from the Workers' Help Centre, Kisumu, which sent two staff members", "provided by
  the Centre for Fair Hiring, Dhaka, whose team ...", "The Coast Network, together with the
  Delta Institute, Kigali, organised the forum", "the Fishers' Federation, Lamu, together with
  ...". The town is part of the name the newer sets expect ("Harbour Rights Clinic, Mombasa");
  organisations' `_PLACE_TAIL` reads it before a verb, orgs32 before ", and". Not where people
  came from ("The trainers were from the Harbour Rights Clinic, Mombasa, who ..." keeps the
  town out, as orgs32 reads it), nor a date after the town ("co-organised with the X, Mae Sot,
  22 June": an activity line's place), nor before a sentence's end, where the sets disagree.

This module imports nothing of the package at its top: `organisations` asks it.
"""

from __future__ import annotations

import re

# ", Mombasa, which", ", Kisumu, whose", ", Dhaka, in cooperation with", ", Lamu, together with",
# ", Kigali, organised": one to three capitalised words between commas (a town, or two joined by
# "and": ", Iloilo and Antique,"), then a clause that goes on about the body
_TOWN_BEFORE_CLAUSE = re.compile(
    r",\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
    r"(?:\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?),\s+"
    r"(?=which\b|whose\b|in\s+cooperation\s+with\b|in\s+partnership\s+with\b|together\s+with\b"
    r"|(?:co-)?(?:organi[sz]ed|hosted|convened)\b)"
)
# people who came "from" the body: the place says where they travelled from (orgs32 reads it so)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$")
# "were drawn from the provincial office and from the X": a body that sent people, told with
# "drawn from", is a body of the event all the same
_DRAWN_FROM = re.compile(r"\b(?:drawn|provided|sent|recruited)\s+(?:from|by)\b[^.;:]*$")


def town_before_clause(before: str, after: str) -> str:
    """The town that goes on with a name past a comma when a clause about the body follows a
    second comma (", Mombasa, which sent ...", ", Dhaka, in cooperation with ..."); "" when
    none does. `before` is the sentence before the name, `after` the sentence after it."""
    from atlas.extract import places  # places is read by organisations: imported when asked

    m = _TOWN_BEFORE_CLAUSE.match(after)
    if not m or (_FROM_BEFORE.search(before) and not _DRAWN_FROM.search(before)):
        return ""
    first = re.split(r"\s+and\s+", m.group("place"))[0]  # "Iloilo" of "Iloilo and Antique"
    return after[: m.end("place")] if places.city(first) or places.country(first) else ""
