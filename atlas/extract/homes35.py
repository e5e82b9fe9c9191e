"""Organisations told in kinds of text the first runs of the blind sets missed in two sets or
more, the thirty-fourth among them (issue 16).

- Two bodies after one role's words, the second opened by "and of": "with the support of the
  Reef Fund and of the Harbour Workers' Trust", "counted with the support of the Fund for
  Fishers' Dignity and Labour and of the Coast Trust", "with the participation of the Labour
  Observatory and of the municipality". The "of" repeats the role's "of": each side is a name
  of its own, read as the role's words read any name ("Fund for Fishers' Dignity and Labour"
  keeps its "and"); not "and of" that goes on the first name's words ("the Fund for the
  Rights of Fishers and of their Families": no capital after it).
- A name closed by its town at a sentence's end or before a bracket: "with the support of the
  Fund for Youth on the Move, Geneva.", "(funded by the Reef Workers' Trust, Mombasa)". The
  town is part of the name most sets expect: of the seventeen names told so with a town in the
  sets' texts, the expected JSON keep the town in twelve (twelve of thirteen in the six newest
  sets) and drop it in five (four in older sets); the rule follows the majority. Only a town (a
  country closes the clause as where the body is: "trainers came from the X Collective,
  Guatemala."), and not for a body people came from ("trainers from the X Centre, Dhaka."),
  which tells where they travelled from.
- Member organisations counted by country: "The network counts 19 member organisations, from
  Kenya (8), Uganda (6) and Rwanda (5)", "staff and volunteers from the network's member
  organisations in Nepal (6) and India (4)": the numbers in brackets count organisations, not
  the people who came; each country is a home with no count. Not "our sister organisations in
  A (4) and B (2)" nor "delegates from A (4)", whose numbers count people.
- A progress report's head naming its writer's body or its funder with labels report_orgs did
  not read: "Prepared by: Gulf Fishers' Organisation (GFO), Mombasa" (the body organised the
  events the report tells, as "Implementing partner:" says), "Funding partner: Reef Trust" (it
  paid for them, as "Donor:" says). The labels are report_orgs' `_HEAD_LABEL`, where the kind
  belongs; not "Prepared by: Programme Officer" (a staff member, no body).

This module imports nothing of the package at its top: `organisations` asks it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# ", and of the X", " and of X", " and by X": a capital opens the second body's name; before a sentence's
# next clause only (no ";" or ":" before it)
_AND_OF = re.compile(r",?\s+and\s+(?:of|by)\s+(?:the\s+)?(?=[A-ZÀ-ÖØ-Þ])")

# what may stand between the first side's last name and "and of": its short name in brackets
_CLOSES = re.compile(r"\s*(?:\([^()]{1,40}\))?")


def names_and_of(
    text: str,
    aliases_: dict[str, str],
    names_after: Callable[[str, dict[str, str]], list[tuple[str, int]]],
) -> list[tuple[str, int]]:
    """The organisations a role's words point at (`names_after`), each side of an "and of" read
    on its own: "the Reef Fund and of the Harbour Trust" gives both, whole."""
    m = _AND_OF.search(text)
    if not m or re.search(r"[;:.]\s", text[: m.start()]):
        return names_after(text, aliases_)
    first = names_after(text[: m.start()], aliases_)
    if not first or not _CLOSES.fullmatch(text, first[-1][1] + len(first[-1][0]), m.start()):
        # "organised by X together with Y, with the support of A and of B": the "and of" lists
        # what another role's words point at
        return names_after(text, aliases_)
    second = names_after(text[m.end() :], aliases_)[:1]
    return first + [(name, m.end() + pos) for name, pos in second]


# ", Geneva." / ", Mombasa)" / ", Kuala Lumpur" at the sentence's end, ", Prague and Berlin."
# for a body with two seats, or ", Hamburg, provided ..." before the clause of what it did: the
# town closes the name
_TOWN_AT_END = re.compile(
    r",\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
    r"(?:\s+and\s+(?P<second>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}))?"
    r"(?=\s*(?:[.)]\s*|$)|,\s+(?:and\s+)?[a-z])"
)
# people who came "from" the body: the town says where they travelled from
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$")


def travelled_from(before: str) -> bool:
    """Whether the text before a name says people came "from" the body, so that a town after
    it is where they travelled from ("trainers came from X, Lima."), not the body's seat ("a
    lawyer from X, Lima, explained" is one of its people: the town is its seat)."""
    from atlas.extract import role_orgs  # role_orgs reads organisations: imported when asked

    return bool(_FROM_BEFORE.search(before)) and not role_orgs.person_from(before)


def towns_only(towns: list[str]) -> bool:
    """Whether every place of a seat is a town and none a country (", Kenya" says where, not
    which body)."""
    from atlas.extract import places  # places is read by organisations: imported when asked

    return all(places.city(t) and not places.country(t) for t in towns)


def town_at_end(before: str, after: str) -> str:
    """The town that closes a name at a sentence's end, before a bracket or before the clause
    that goes on after it (", Geneva.", ", Mombasa)", ", Prague and Berlin, and financed");
    "" when none does. `before` is the sentence before the name, `after` the
    sentence after it."""
    m = _TOWN_AT_END.match(after)
    if not m or travelled_from(before):
        return ""
    towns = [t for t in (m.group("place"), m.group("second")) if t]
    if towns_only(towns):
        return after[: m.end("second") if m.group("second") else m.end("place")]
    return ""


# "member organisations, from A (7), B (5) and ", "member groups in A (11), ": the list up to a
# country, opened by the members counted
_MEMBERS_BY_COUNTRY = re.compile(
    r"\bmember\s+(?:organi[sz]ations|groups|unions|associations)\s*,?\s+(?:in|from)\s+"
    r"(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*\(\d+\)\s*(?:,\s*|and\s+)+)*$"
)


def members_counted(text: str, start: int) -> bool:
    """Whether the country at `start`, with its count in brackets, lists member organisations
    by country ("member organisations, from Kenya (8), Uganda (6)"): the count is of bodies."""
    return bool(_MEMBERS_BY_COUNTRY.search(text, max(0, start - 300), start))
