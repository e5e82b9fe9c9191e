"""The writer's own organisation named on a line of the report's head, with more on the line
than its name (issue 16: the first runs' largest group of organisations missed).

A body's record of its own work names it on a line of the head, often with who the record is
for, who paid or when it was posted:

    After-Action Review: Boat Safety Day, Mombasa, May 2024
    Kilindini Fishers Network, for the Reef Trust

    Campaign update: safe boats for all
    Posted by the Kilindini Fishers Network, 12 June 2024

    Story of change: "We know our rights now"
    Kilindini Fishers Network, Mombasa programme, funded by the Reef Trust

    Mid-term review: Safe Boats
    Kilindini Fishers Network | presented to the donor, August 2024

The body so named organised the dated events the record tells that have no organiser of their
own. The head must also say what kind of record it is (a review, an update, a log, a story of
change, a statement, a profile); a newsletter's or a trip's head (report_writer's _NEWS, _TRIP)
names the body that tells others' events, and a fund's name is its reader or payer.

An event held, run or prepared "together with" another body has that body for an organiser
too (`partners_who_ran_it`).
"""

from __future__ import annotations

import re

from atlas.extract import places, report_writer
from atlas.extract.drafts import Draft
from atlas.extract.facts import add_org
from atlas.extract.organisations import ORG_WORDS, looks_like_org
from atlas.extract.sentences import Sentence

_HEAD_LINES = 4
# The kind of record a head's line names: "After-Action Review", "Story of change", "Campaign
# update", "petition update no. 4", "Field log", "Capacity statement", "Organisational Profile",
# "Mid-term review", "Financial report", "case study for our learning review".
_OWN_KIND = re.compile(
    r"\b(?:report|review|story\s+of\s+change|case\s+study|update|campaign\s+page|log"
    r"|evaluation|(?:capacity\s+)?statement|profile|learning\s+series)\b",
    re.I,
)
# What comes before the writer's name on its line (or on the title's line it was read with):
# "Posted by the X", "petition update, April 2024 from the X", "By the X"; a project's name
# first: "Safe Boats Project, X".
_POSTED_BY = re.compile(
    r"(?:^|\s)(?:(?:Posted|Written|Published)\s+by|[Ff]rom|By)\s+(?:the\s+)?(?=[A-Z])"
    r"|^(?:[\w'’-]+\s+){1,5}(?:Project|Programme|Program),\s+(?:the\s+)?"
)
# Where the writer's name ends and the line goes on: "; funded by Y", ", for the Y Fund",
# ", Dedza programme, funded by Y", ". Funded by Y", " | presented to the donor", ": case study",
# ", September 2024", " - Six-monthly progress report to the Y Fund".
_NAME_ENDS = re.compile(
    r"\s*(?:[;|]|:\s|\.\s|\s[-–—]\s|,\s+(?:for|funded|financed|supported|with)\b"
    r"|,\s+(?:[\w'’-]+\s+){0,2}(?:programme|program|project)\b"
    r"|,\s+(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December|\d{4})\b)"
)


def _head(sentences: list[Sentence]) -> list[str]:
    """The report's opening lines, up to the first line of prose."""
    head = []
    for s in sentences[:_HEAD_LINES]:
        text = s.text.strip()
        if len(text.split()) > 25:
            break
        head.append(text)
    return head


# A body's name before a dash and the kind of report it sends, whatever the name's words: "Safe
# Passage Cambodia - Six-monthly progress report to the Harbourlight Fund", "Consorcio Frontera
# Sur - Joint Report to the Donor", "Fair Harvest KwaZulu-Natal - Progress report to the Y Trust".
_DASH_WRITER = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|for|the|and|de|del|la|y|e)){1,6})"
    r"\s[-–—]\s+(?:[\w-]+\s+){0,3}report\b",
    re.I,
)
# A fund names its reader or payer, a project or work package no body: "Justice at the Border
# Project - Annual progress report", "Work Package 3 - Interim report", "Tonle Foundation for Fair
# Work - Grant monitoring report" (the funder's own monitoring of a grantee).
_NOT_DASH_WRITER = re.compile(
    r"\b(?:Project|Programme|Program|Package|Fund|Foundation|Trust|Fondo|Fundación|Fundacion"
    r"|Stiftung|Donor|Annual|Quarterly|Report)\b",
    re.I,
)


def _dash_writer(line: str, aliases: dict[str, str]) -> str | None:
    """The body a head's "<name> - <kind of> report ..." line opens with, or None."""
    m = _DASH_WRITER.match(line)
    if not m or not m.group("name")[0].isupper():
        return None
    name = m.group("name")
    if _NOT_DASH_WRITER.search(name) or re.search(r"\d", name):
        return None
    if places.city(name) or places.country_or_adjective(name):
        return None
    return aliases.get(name, name)


def _writer_on(line: str, aliases: dict[str, str]) -> str | None:
    """The writer a head's line names before what follows its name ("X, for the Y Fund",
    "Posted by the X, September 2024"), or None when the line holds more than that."""
    # the last such words on the line: a title read with the line may hold a "from" of its own
    posted = next(reversed(list(_POSTED_BY.finditer(line))), None)
    rest = line[posted.end() :] if posted else line
    parts = [rest]
    for m in _NAME_ENDS.finditer(rest):
        parts.append(rest[: m.start()])
    for part in parts:
        name = report_writer._name_line(part.strip().rstrip("."), aliases)
        if name:
            return name
    return _dash_writer(line, aliases)


def add_head_writer(
    sentences: list[Sentence], drafts: list[Draft], aliases: dict[str, str]
) -> None:
    """Name the writer of a record of its own work, named on a head's line with more after its
    name, the organiser of the dated events it tells that have none."""
    head = _head(sentences)
    joined = " ".join(head)
    if len(head) < 2 or report_writer._NEWS.search(joined) or report_writer._TRIP.search(joined):
        return
    if not _OWN_KIND.search(joined):
        return
    writers = {n: line for line in head if (n := _writer_on(line, aliases))}
    if len(writers) != 1:
        return
    ((name, quote),) = writers.items()
    for d in drafts:
        if d.start_date and not any(o.role == "organiser" for o in d.organisations):
            add_org(d, name, "organiser", quote, aliases)


# An event held, run or prepared "together with" another body: that body ran it too, as the
# expected files of several sets read it ("The fair was held together with Y", "That workshop
# was run together with Y", "The tour was prepared together with Y", "convened by X together
# with Y", "we launched the petition ... together with Y", "the network, together with Y,
# brought ... to a dialogue"). "organised by X together with Y" keeps the older reading, partner
# (atlas.extract.organisations), and so does "in collaboration with Y".
_DONE_WITH = (
    # "The action was led by X, together with Y", "conducted by X together with Y",
    # "Facilitated by: X, together with Y", "The exchange was carried out together with Y"
    r"\b(?:held|run|ran|convened|convoked|prepared|launched|brought|led|conducted|[Ff]acilitated"
    r"|carried\s+out)\b"
    r"(?:(?!organi[sz]ed)[^.;]){0,120}?\btogether\s+with\s+(?:the\s+)?"
)
_WITH_DID = r",\s*together\s+with\s+(?:the\s+)?{name}(?:\s*\([^()]{{1,40}}\))?,\s+(?:\w+\s+)?(?:held|ran|brought|convened)\b"


def partners_who_ran_it(drafts: list[Draft]) -> None:
    """Make a partner read from "held/run/prepared ... together with Y" (or "X, together with
    Y, held") an organiser of an event that has an organiser of its own, unless it is one
    already."""
    for d in drafts:
        for i, o in enumerate(d.organisations):
            if o.role != "partner":
                continue
            quote = d.evidence.get(f"organisations[{i}]", "")
            name = re.escape(o.name)
            if not (
                re.search(_DONE_WITH + name, quote) or re.search(_WITH_DID.format(name=name), quote)
            ):
                continue
            # with the event's organiser: "X held ... together with Y"; with no organiser named
            # ("a dialogue was held together with Y") the older reading, partner, stands
            others = [p for p in d.organisations if p.role == "organiser" and p.name != o.name]
            if others and not any(
                p.name == o.name and p.role == "organiser" for p in d.organisations
            ):
                o.role = "organiser"


# A newsletter's masthead naming whose it is: "Newsletter of the Coastal Fishers' Network",
# "HARBOUR LIGHTS - Newsletter of the Coastal Fishers' Network (CFN), May 2024", "Tide Lines -
# newsletter of Friends of the Coast (UK), Spring 2025".
_NEWSLETTER_OF = re.compile(
    r"\b(?:[Nn]ewsletter|[Bb]ulletin)\s+of\s+(?:the\s+)?(?P<name>[A-Z][^,|;()]*?)\s*(?:\(|,|\||;|\s[-–—]\s|$)"
)
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s)\b")


def _told_as_ours(quote: str, name: str) -> bool:
    """Whether an event's sentence tells it as the newsletter's body's own work: "we held",
    "our regional workshop", "our Savai'i group ran", "organised by the network" (the body
    pointed at by the last word of its name or its kind: network, alliance, programme)."""
    if _FIRST_PERSON.search(quote):
        return True
    words = {name.split()[-1].lower()} | {w.lower() for w in name.split() if w in ORG_WORDS}
    return any(re.search(rf"\b[Tt]he\s+{re.escape(w)}\b", quote) for w in words)


def add_newsletter_writer(
    sentences: list[Sentence], drafts: list[Draft], aliases: dict[str, str]
) -> None:
    """The body whose newsletter it is organised the dated events the newsletter tells as its
    own ("we", "our", "the network") that have no organiser of their own; a newsletter also
    tells its members' and partners' events, which name who held them."""
    head = _head(sentences)
    found = {
        (m.group("name").strip(), line) for line in head for m in _NEWSLETTER_OF.finditer(line)
    }
    if len({n for n, _ in found}) != 1:
        return
    ((name, line),) = list(found)[:1]
    if not looks_like_org(name, aliases):
        return
    for d in drafts:
        quote = d.evidence.get("title") or d.evidence.get("start_date") or ""
        if (
            d.start_date
            and not any(o.role == "organiser" for o in d.organisations)
            and _told_as_ours(quote, name)
        ):
            add_org(d, name, "organiser", line, aliases)
