"""The writer of a report of its own work, named on a line of its own in the report's head.

A network's or association's report to its members, its assembly or its board is often headed
by its name alone on one line and the kind of report on another, with no "Prepared by:" label:

    Lakeshore Fishers' Alliance (LFA)
    Report of the Coordination Office to the General Assembly, 2023

    REPORT: PARALEGAL COURSE FOR MARKET VENDORS, 2024
    Highland Market Vendors Union, Mbeya

Its name may also close a line with its country ("X Circle, Qatar"), follow a legal form
('Public Association "X"'), stand in the report line ("Report of the operation of X") or come
before the kind of page ("X - About us and our history", "Our Journey"). The body so named
organised the events the report tells that have no organiser of their own. A
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
_REPORT_KIND = (
    r"(?:^|\s[-–—:]\s+)(?:[\w'’-]+\s+){0,2}report\b"
    # a network's year told in highlights: "Our Year 2023 in Highlights", "Highlights of 2024"
    r"|\bhighlights\b|^our\s+year\b"
    # a body's page on itself: "About us", "Who we are - Our history", "Our Journey"
    r"|\babout\s+us\b|\bwho\s+we\s+are\b|^our\s+(?:history|journey|story)\b"
)
_REPORT_LINE = re.compile(_REPORT_KIND, re.I)
# "Report of the operation of X", "Report on the activities of the X": the writer in the line.
_REPORT_OF = re.compile(
    r"^Report\s+(?:of|on)\s+the\s+(?:work|activities|operations?)\s+of\s+(?:the\s+)?", re.I
)
# A body's legal form before its name in quotes: 'Public Association "X"', 'NGO "X"'.
_LEGAL_FORM = re.compile(
    r"^(?:Public\s+(?:Association|Foundation|Union)|Association|NGO|Non-governmental\s+organi[sz]ation)"
    r"\s+[“\"](?P<name>[^”\"]{3,80})[”\"]\s*$"
)
# A form's line naming the body that fills it in: "Organisation: X (AB)", "Organization: X".
_ORG_LABEL = re.compile(r"^Organi[sz]ation\s*:\s*(?:the\s+)?")
# A staff member's trip or mission report: the writer's body visits events of others.
# ("Back-to-office report", "Mission report", "Trip notes"); a study visit's report is its own.
_TRIP = re.compile(r"\bback[- ]to[- ]office\b|\b(?:trip|mission|travel)\s+(?:report|notes)\b", re.I)
# The line that is the writer's name alone, closed by its short name or its town:
# "Lakeshore Fishers' Alliance (LFA)", "Highland Market Vendors Union, Mbeya".
# "Nam Khan Women Network - About us and our history": the name, then the kind of report.
_AFTER_NAME = re.compile(
    r"\s*(?P<short>\([A-Za-z][\w'’&.-]{1,12}\))?\s*(?:,\s*(?P<town>[^,()]{2,40}?)"
    r"(?:\s+(?:field\s+|country\s+|head\s+)?office)?)?\s*(?P<kind>\s[-–—]\s+.+)?$"
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
    """The organisation a line names and nothing else (or the kind of report after a dash), or
    None. A name of no organisation's kind ("X Circle") counts when its short name or its
    country closes the line."""
    label = _ORG_LABEL.match(line) or _REPORT_OF.match(line)
    line = line[label.end() :] if label else line
    legal = _LEGAL_FORM.match(line)
    line = legal.group("name") if legal else line
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
    if after.group("kind") and not _REPORT_LINE.search(after.group("kind")):
        return None
    closed = after.group("short") or after.group("town") or legal or label
    if not (organisations._strong(raw) or raw in aliases or closed) or _NOT_WRITER.search(raw):
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
    if len(writers) > 1:
        # "WEST NILE PARALEGAL SCHOOL" over "West Nile Legal Aid Initiative (WNLAI)": the body
        # given with its short name
        writers = [(n, line) for n, line in writers if re.search(r"\([A-Z][\w&.-]{1,12}\)", line)]
    if len(writers) != 1:
        return
    name, quote = writers[0]
    for d in drafts:
        if d.start_date and not any(o.role == "organiser" for o in d.organisations):
            add_org(d, name, "organiser", quote, aliases)


# A history page of a recurring meeting, by its head: "About the Forum: a short history of the
# X", "The X: past editions", "Our history: the National Conference of ...".
_HISTORY_HEAD = re.compile(
    r"\bhistory\b|\bour\s+story\b|\bpast\s+(?:editions|meetings|conferences|assemblies|camps)\b"
    r"|\beditions\b",
    re.I,
)
# The body that holds the series, in the page's opening sentences: "It is convened by the X",
# "is run every dry season by the X", "is the yearly gathering of the X".
_CONVENED_BY = re.compile(
    r"\b(?:(?:(?:is|are|was|were|has\s+been)\s+(?:\w+\s+){0,3}?)?(?:convened|organi[sz]ed|run|held|called)"
    r"(?:\s+(?:every|each)(?:\s+\w+){1,2}?|\s+(?:yearly|annually|jointly))?\s+by"
    r"|is\s+the\s+(?:yearly|annual|biennial|regular|national|regional)?\s*"
    r"(?:gathering|meeting|conference|assembly|congress)\s+of)\s+(?:the\s+)?(?=[A-Z])"
)
# The body named first, then what it has held: "Since 2018 X, a network of ..., has held a
# yearly Exchange", "The X has met in a national conference since 2014".
_HAS_HELD = re.compile(r"\bhas\s+(?:held|met|convened|organi[sz]ed)\b")


def add_series_convenor(
    sentences: list[Sentence], drafts: list[Draft], aliases: dict[str, str]
) -> None:
    """On a history page of a recurring meeting, name the body its opening sentences say holds
    the series ("It is convened by the X", "The X has met in a national conference since
    2014") an organiser of each dated edition the page tells; a page of another kind, or one
    that names no such body, adds none."""
    if not sentences or not _HISTORY_HEAD.search(sentences[0].text):
        return
    opening = [s for s in sentences[1:6] if s.kind == "text"][:3]
    name, quote = None, ""
    for s in opening:
        for m in _CONVENED_BY.finditer(s.text):
            found = organisations.names_in(s.text[m.end() :], aliases)
            if found and found[0][1] == 0:
                name, quote = found[0][0], s.text
                break
        if name is None and _HAS_HELD.search(s.text):
            rest = re.sub(r"^(?:Since\s+(?:19|20)\d\d,?\s+)?(?:[Tt]he\s+)?", "", s.text)
            found = organisations.names_in(rest, aliases)
            if found and found[0][1] == 0 and _HAS_HELD.search(rest, len(found[0][0])):
                name, quote = found[0][0], s.text
        if name:
            break
    if not name or places.country_or_adjective(name):
        return
    for d in drafts:
        if d.start_date:
            add_org(d, name, "organiser", quote, aliases)
