"""The writer of a report of its own work, named on a line of its own in the report's head.

A network's or association's report to its members, its assembly or its board is often headed
by its name alone on one line and the kind of report on another, with no "Prepared by:" label:

    Lakeshore Fishers' Alliance (LFA)
    Report of the Coordination Office to the General Assembly, 2023

    REPORT: PARALEGAL COURSE FOR MARKET VENDORS, 2024
    Highland Market Vendors Union, Mbeya

The body so named organised the events the report tells that have no organiser of their own. A
fund's or trust's name heading a report is its reader or payer, not its writer; a heading that
names an event ("Second Regional Conference 2024") names no writer; a newsletter or bulletin
tells its members' events, which their own groups organised.
"""

from __future__ import annotations

import re

from atlas.extract import organisations, places
from atlas.extract.drafts import Draft
from atlas.extract.facts import add_org
from atlas.extract.sentences import Sentence

_HEAD_LINES = 4
# A head's line that says the text is a report: "REPORT: ...", "Report of the Technical
# Secretariat to the Assembly", "Secretariat Report to the Fourth General Assembly", "Narrative
# report to the X Fund", "Annual report 2023".
_REPORT_LINE = re.compile(
    r"^(?:[\w'’-]+\s+){0,2}report\b"
    # a network's year told in highlights: "Our Year 2023 in Highlights", "Highlights of 2024"
    r"|\bhighlights\b|^our\s+year\b",
    re.I,
)
# A form's line naming the body that fills it in: "Organisation: X (AB)", "Organization: X".
_ORG_LABEL = re.compile(r"^Organi[sz]ation\s*:\s*(?:the\s+)?")
# A staff member's trip or mission report: the writer's body visits events of others.
# ("Back-to-office report", "Mission report", "Trip notes"); a study visit's report is its own.
_TRIP = re.compile(r"\bback[- ]to[- ]office\b|\b(?:trip|mission|travel)\s+(?:report|notes)\b", re.I)
# The line that is the writer's name alone, closed by its short name or its town:
# "Lakeshore Fishers' Alliance (LFA)", "Highland Market Vendors Union, Mbeya".
_AFTER_NAME = re.compile(
    r"\s*(?:\([A-Za-z][\w'’&.-]{1,12}\))?\s*(?:,\s*(?P<town>[^,()]{2,40}?)"
    r"(?:\s+(?:field\s+|country\s+|head\s+)?office)?)?\s*$"
)
_NOT_WRITER = re.compile(
    r"\b(?:Fund|Fondo|Fonds|Foundation|Fundación|Fondation|Facility|Trust|Stiftung|Stichting"
    r"|Conference|Summit|Congress|Assembly|Meeting|Workshop|Festival|Forum\s+\d|Programme"
    r"|Program|Project|Report|Secretariat|Office)\b|\d",
    re.I,
)
_NEWS = re.compile(r"\b(?:newsletter|bulletin|news|e-news|blog|magazine)\b", re.I)


def _head(sentences: list[Sentence]) -> list[str]:
    head = []
    for s in sentences[:_HEAD_LINES]:
        text = s.text.strip()
        if len(text.split()) > 20 or re.search(r"[.!?]$", text):
            break  # prose has begun
        head.append(text)
    return head


def _name_line(line: str, aliases: dict[str, str]) -> str | None:
    """The organisation a line names and nothing else, or None."""
    label = _ORG_LABEL.match(line)
    line = line[label.end() :] if label else line
    found = organisations.names_in(line, aliases)
    if not found or found[0][1] != 0:
        return None
    raw = found[0][0]
    after = _AFTER_NAME.fullmatch(line, len(raw))
    if not after or (
        after.group("town")
        and not places.city(after.group("town").strip())
        and not places.country_or_adjective(after.group("town").strip())
    ):
        return None
    if not (organisations._strong(raw) or raw in aliases) or _NOT_WRITER.search(raw):
        return None
    if places.country_or_adjective(raw):
        return None
    name = raw.title() if raw.isupper() and " " in raw else raw
    return aliases.get(name, name)


def add_report_writer(
    sentences: list[Sentence], drafts: list[Draft], aliases: dict[str, str]
) -> None:
    """Name the writer of a report headed by its name alone the organiser of the dated events
    it tells that have none (a draft with no date is most often a mention, not an event)."""
    head = _head(sentences)
    if len(head) < 2 or _NEWS.search(" ".join(head)) or _TRIP.search(" ".join(head)):
        return
    if not any(_REPORT_LINE.search(line) for line in head):
        return
    writers = [(n, line) for line in head if (n := _name_line(line, aliases))]
    if len(writers) != 1:
        return
    name, quote = writers[0]
    for d in drafts:
        if d.start_date and not any(o.role == "organiser" for o in d.organisations):
            add_org(d, name, "organiser", quote, aliases)
