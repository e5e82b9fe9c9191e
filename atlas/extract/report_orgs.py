"""Organisations a whole report names for every event it tells, not in an event's sentence.

- A grant-maker's summary of its grantees' work ("Himalayan Rights Fund: what our grantees did
  in 2016", "The Sahel Mobility Justice Fund made three grants ... each grantee has reported"):
  the fund named in the heading or the opening sentence paid for every event the report tells;
  it organised none of them.
- The project's or programme's funder told once ("The project is funded by X", "The programme
  is financed by X"), wherever the sentence stands: the funder of every event.
- An activity log or progress report headed by its writer ("X: activity log, second quarter of
  2023", "X, Sfax field office: monthly log"): X organised the events the log tells with no
  organiser of their own ("- 12 May: training for 18 young defenders ...").

Only the report's first sentence counts as its heading, and only a name that opens it; a
heading that opens with an event or a place names no writer.
"""

from __future__ import annotations

import re

from atlas.extract import organisations
from atlas.extract.drafts import Draft
from atlas.extract.facts import add_org
from atlas.extract.sentences import Sentence

# Grant-making told in the report: "our grantees", "a grantee", "made three grants", "grants in
# action", "summary of 2020 grants".
_GRANTS = re.compile(r"\bgrantees?\b|\bgrants?\b(?!\s+(?:for|of)\s+(?:land|title|asylum))", re.I)
_FUND_NAME = re.compile(r"\b(?:Fund|Fondo|Fonds|Foundation|Fundación|Fondation|Facility)\b")
# The writer's own record: "activity log", "monthly log", "progress report", "annual report".
_LOG = re.compile(
    r"\b(?:activity|monthly|quarterly|field|weekly|annual)\s+(?:log|report|update)\b"
    r"|\blog\b|\bprogress\s+(?:report|update)\b",
    re.I,
)
# "The project is funded by", "This programme was co-financed by", "Our work is supported by".
_WHOLE_FUNDED = re.compile(
    r"^(?:The|This|Our)\s+(?:[\w'’-]+\s+){0,3}?(?:project|programme|program|initiative|work)\s+"
    r"(?:is|was|has\s+been|are|were)\s+(?:(?:co-)?funded|(?:co-)?financed|supported|sponsored)"
    r"\s+by\s+(?:the\s+)?"
)


def _opening_name(text: str, aliases: dict[str, str]) -> str | None:
    """The organisation a sentence opens with ("X: ...", "X, Y office: ...", "The X made ...")."""
    names = organisations.names_in(text, aliases)
    if not names:
        return None
    name, at = names[0]
    if text[:at].strip() not in ("", "The", "the"):
        return None
    return aliases.get(name, name)


def add_whole_report_orgs(
    sentences: list[Sentence], drafts: list[Draft], aliases: dict[str, str]
) -> None:
    if not drafts or not sentences:
        return
    text = " ".join(s.text for s in sentences)
    head = sentences[0].text
    # A grant-maker's summary: the fund heading it, or opening its first sentence of prose.
    if _GRANTS.search(text):
        for s in sentences[:2]:
            name = _opening_name(s.text, aliases)
            if name and _FUND_NAME.search(name):
                for d in drafts:
                    if not any(o.name == name for o in d.organisations):
                        add_org(d, name, "funder", s.text, aliases)
                break
    # The project's funder, told once for the whole report.
    for s in sentences:
        m = _WHOLE_FUNDED.search(s.text)
        if not m:
            continue
        names = organisations.names_in(s.text[m.end() - 4 :], aliases)
        if names and names[0][1] <= 4:
            name = aliases.get(names[0][0], names[0][0])
            for d in drafts:
                if not any(o.name == name for o in d.organisations):
                    add_org(d, name, "funder", s.text, aliases)
    # A log headed by its writer.
    if len(head) <= 240 and _LOG.search(head) and not _GRANTS.search(head):
        names = organisations.names_in(head, aliases)
        raw = names[0][0] if names and names[0][1] == 0 else ""
        name = aliases.get(raw, raw)
        programme = re.search(r"\b(?:Programme|Program|Project|Projects)$", raw)
        if raw and not programme and head[len(raw) :].lstrip()[:1] in (":", ","):
            for d in drafts:
                if not any(o.role == "organiser" for o in d.organisations) and not any(
                    o.name == name for o in d.organisations
                ):
                    add_org(d, name, "organiser", head, aliases)
