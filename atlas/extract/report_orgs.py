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

- An e-mail from its writer ("From: field coordinator, Tonle Sap Land Rights Network", told in
  the first person): the writer's organisation organised the events told with no organiser of
  their own; "Thank you to X for covering the interpretation" or "Thanks again to your team for
  the small grant" (the "To:" line's organisation) names their funder.

Only the report's first sentence counts as its heading, and only a name that opens it; a
heading that opens with an event or a place names no writer.
"""

from __future__ import annotations

import re

from atlas.extract import digests, organisations, places, report_writer, role_orgs, writer_orgs
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

# A project's implementers and funders told once for the whole report: "The project is
# implemented by X with Y, and funded by Z", "Mid-term evaluation of the X Project (2018-2020),
# implemented by X and funded by Z", a title page's "Implemented by X together with Y; funded by Z".
_IMPLEMENTED = re.compile(
    r"(?:^|\b(?:[Pp]roject|[Pp]rogramme|[Pp]rogram|[Ii]nitiative)\b[^.;:]{0,80}?)"
    r"(?:is|was|has\s+been|are|were|,)?\s*(?:jointly\s+)?(?:[Ii]mplemented|[Cc]arried\s+out)\s+by\s+"
    r"(?:the\s+)?"
)
_OWN_PROJECT = re.compile(
    r"(?:The|This|Our)\s+(?:[\w'’-]+\s+){0,3}?(?:project|programme|program|initiative)\b"
)
_WITH_ALSO = re.compile(
    r"\s*,?\s*(?:together\s+with|jointly\s+with|in\s+partnership\s+with|with)\s+(?:the\s+)?"
)
_FUNDED_BY = re.compile(
    r"\b(?:(?:co-)?funded|(?:co-)?financed|supported|sponsored)\s+by\s+(?:the\s+)?"
)


def _project_orgs(sentences: list[Sentence], drafts: list[Draft], aliases: dict[str, str]) -> None:
    for i, s in enumerate(sentences):
        m = _IMPLEMENTED.search(s.text)
        if not m:
            continue
        if m.start() > 0 and i >= 3 and not _OWN_PROJECT.match(s.text):
            continue  # "reviewed the Coastal Project, implemented by the ILO": another's project
        rest = s.text[m.end() :]
        funded = _FUNDED_BY.search(rest)
        doers = rest[: funded.start()] if funded else rest
        doers = re.split(r"[;.]", doers)[0]
        found = organisations._names_after(doers, aliases)
        if found:
            end = found[-1][1] + len(found[-1][0])
            joined = _WITH_ALSO.match(doers, end)
            if joined:
                found += organisations._names_after(doers[joined.end() :], aliases)
        names = [aliases.get(n, n) for n, _ in found]
        payers = []
        if funded:
            payers = [
                aliases.get(n, n)
                for n, at in organisations._names_after(rest[funded.end() :], aliases)
            ]
        for d in drafts:
            for name in names:
                if not any(o.name == name for o in d.organisations):
                    add_org(d, name, "organiser", s.text, aliases)
            for name in payers:
                if name not in names and not any(o.name == name for o in d.organisations):
                    add_org(d, name, "funder", s.text, aliases)


_MAIL_FROM = re.compile(r"^From\s*:\s*(?:(?-i:[a-z])[\w ,'’-]{0,40}?,\s+)?(?:the\s+)?", re.I)
_MAIL_TO = re.compile(
    r"^To\s*:\s*(?:(?-i:[a-z])[\w ,'’-]{0,40}?,\s+)?(?:(?:partners|members)\s+of\s+)?(?:the\s+)?",
    re.I,
)
_MAIL_LINE = re.compile(r"^(?:Sent|Date|Subject|To|Cc)\s*:", re.I)
_FIRST_PERSON = re.compile(r"\b(?:we|our|us)\b", re.I)
# "Thank you to the Decent Homes Coalition for covering the interpretation!"
_THANKS_TO = re.compile(
    r"\b(?:[Tt]hank\s+you|[Tt]hanks|[Oo]ur\s+thanks)(?:\s+again)?\s+to\s+(?:the\s+)?(?=[A-Z])"
)
# "Thanks again to your team for the small grant", "Thank you again for the funding"
_THANKS_YOU = re.compile(
    r"\b(?:[Tt]hank\s+you|[Tt]hanks)(?:\s+again)?(?:\s+to\s+(?:you|your\s+team))?\s+for\s+"
    r"(?:the|your)\s+(?:small\s+|generous\s+)?(?:grant|funding|financial\s+support|support)\b"
)
_PAID_FOR = re.compile(
    r"^[^.!?]{0,80}?\s+for\s+(?:covering|paying(?:\s+for)?|funding|financing|the\s+(?:small\s+)?grant"
    r"|the\s+funding)\b"
)


def _mail_name(line: str, label: re.Pattern[str], aliases: dict[str, str]) -> str | None:
    """The organisation an e-mail's "From:" or "To:" line names."""
    m = label.match(line)
    if not m:
        return None
    names = organisations.names_in(line[m.end() :], aliases)
    if not names or names[0][1] != 0:
        return None
    return aliases.get(names[0][0], names[0][0])


def _mail_orgs(sentences: list[Sentence], drafts: list[Draft], aliases: dict[str, str]) -> None:
    head = sentences[:6]
    if not any(_MAIL_LINE.match(s.text) for s in head) or digests.is_digest(sentences):
        return  # a digest's messages each have their sender (digests.sender_orgs)
    writer = next((n for s in head if (n := _mail_name(s.text, _MAIL_FROM, aliases))), None)
    reader = next((n for s in head if (n := _mail_name(s.text, _MAIL_TO, aliases))), None)
    body = [s for s in sentences if not re.match(r"^(?:From|To|Sent|Date|Subject|Cc)\s*:", s.text)]
    if writer and any(_FIRST_PERSON.search(s.text) for s in body):
        for d in drafts:
            if _only_ours_with(d) and not any(o.name == writer for o in d.organisations):
                add_org(d, writer, "organiser", head[0].text, aliases)
    for s in body:
        funder = None
        thanked = _THANKS_TO.search(s.text)
        if thanked and _PAID_FOR.match(s.text[thanked.end() :]):
            names = organisations.names_in(s.text[thanked.end() :], aliases)
            if names and names[0][1] == 0:
                funder = aliases.get(names[0][0], names[0][0])
        elif _THANKS_YOU.search(s.text):
            funder = reader
        if funder and funder != writer:
            for d in drafts:
                if not any(o.name == funder for o in d.organisations):
                    add_org(d, funder, "funder", s.text, aliases)


def _opening_name(text: str, aliases: dict[str, str]) -> str | None:
    """The organisation a sentence opens with ("X: ...", "X, Y office: ...", "The X made ...")."""
    names = organisations.names_in(text, aliases)
    if not names:
        return None
    name, at = names[0]
    if text[:at].strip() not in ("", "The", "the"):
        return None
    return aliases.get(name, name)


# A report's head: its short opening lines with no full stop (a heading, a form's lines), before
# the first sentence of prose or a table.
_HEAD_LINES = 6
_HEAD_WORDS = 30
# The labels of a head's lines that say who paid and who did the work: "Donor: X", "Funded by:
# X", "Grantee: X", "Implementing partner: X".
_HEAD_LABEL = re.compile(
    r"(?:^|(?<=\s))(?P<label>Donors?|Funders?|Funded\s+by|Financed\s+by|Funding(?:\s+partner)?"
    r"|Supported\s+by|Grantee|Grant\s+holder|Implementing\s+(?:partner|organi[sz]ation|agency)"
    r"|Implemented\s+by|Implementer|Beneficiary|Grant\s+recipient|Applicant|Submitted\s+by"
    # a progress report's writer named by its body: "Prepared by: X (AB), Town" (homes35)
    r"|Prepared\s+by"
    # a project completion report's title page: "Executing organisation: X", "Lead organisation:
    # X", "Proponent: X", "Financing: X", "All activities funded by: X"
    r"|(?:Executing|Lead|Responsible)\s+organi[sz]ation|Proponent|Financing"
    r"|All\s+(?:project\s+|the\s+)?activities\s+(?P<all>funded|financed)\s+by"
    # "Implemented in partnership with: X": X is the partner of every event the report tells
    r"|(?P<partner>(?:Implemented\s+)?[Ii]n\s+partnership\s+with))\s*:\s*(?:the\s+)?"
)
# The writer's line of a trip or mission report, a staff member's title then their body:
# "Submitted by: Programme Coordinator, Gharkaam Shakti, Mumbai", "Prepared by: Technical
# Coordinator, Agua Viva Andina (Lima)". An evaluator's or consultant's body organised nothing.
_WRITER_BODY = re.compile(
    r"([A-ZÀ-Þ][\w'’.-]*(?:\s+(?:(?:de|del|da|do|of|for|the|y|e)\s+)?[A-ZÀ-Þ][\w'’.-]*){1,6})"
    r"\s*(?:,|\(|$)"
)
_WRITER_LINE = re.compile(
    r"^(?:Prepared|Submitted|Reported|Written)\s+by\s*:\s*(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}"
    r"(?:Coordinator|Officer|Manager|Director|Secretary|Assistant|Lead|Head|Chair(?:person)?"
    r"|President|Organi[sz]er|Facilitator)\s*,\s*(?:the\s+)?"
)
_STAFF_TITLE = re.compile(
    r"\b(?:Coordinator|Officer|Manager|Director|Secretary|Assistant|Head|Chair(?:person)?"
    r"|President|Facilitator|Consultant)$"
)
_HEAD_PAYERS = ("donor", "funder", "funded", "financed", "funding", "financing", "supported", "all")
# "funded by the X", "with the support of X" within a head's line; "Report to the X Fund",
# "(submitted to X Trust)": the report's reader is its funder when it is a fund.
_HEAD_FUNDED = re.compile(
    r"\b(?:(?:co-)?funded|(?:co-)?financed|supported|sponsored)\s+by\s+(?:the\s+)?"
    r"|\bwith\s+(?:the\s+)?(?:financial\s+)?support\s+(?:of|from)\s+(?:the\s+)?"
)
_REPORT_TO = re.compile(
    r"\b(?:report|submitted)\s+to\s+(?:the\s+)?"
    # a progress report's addressee on a line of its head: "Submitted to: the Alder Trust",
    # "To: Baobab Justice Fund, grant BJF-2023-017", "For: Rhein-Brücke Stiftung"
    r"|(?:^|(?<=\s))(?-i:Submitted\s+to|Prepared\s+for|Addressed\s+to|To|For)\s*:\s*(?:the\s+)?",
    re.I,
)
_PAYER_NAME = re.compile(
    r"\b(?:Fund|Fondo|Fonds|Fundo|Foundation|Fundación|Fundação|Fondation|Facility|Trust"
    r"|Stiftung|Stichting|Fondazione)\b",
    re.I,
)
_TOLD = (
    r"\b(?:timeline|chronology)\b|\bconcept\s+note\b|\b(?:project\s+)?proposal\b"
    r"|\bgrant\s+application\b|\btrack\s+record\b"
    r"|\b(?:opening|closing|welcome|anniversary)\s+(?:address|remarks|statement|speech)\b"
    r"|^(?:speech|statement|address|remarks)\s+(?:of|by)\s+the\b"
)
_TOLD_KINDS = re.compile(_TOLD, re.I)
# The writer's own record of its activities: "Activity log 2022 - X", "Statement of activities",
# "Annex 2. Activities completed"; a newsletter or bulletin tells its members' events.
_OWN_RECORD = re.compile(
    r"\b(?:activity|monthly|quarterly|annual|progress|narrative)\s+(?:log|report|update)\b"
    r"|\b(?:statement|report|summary|list)\s+of\s+activities\b"
    r"|\bactivities\s+(?:completed|carried\s+out|implemented|undertaken)\b"
    # a staff member's report to the board: "Director's Report to the Board", "Report of the
    # Secretariat to the Board of Directors", "information about activities"
    r"|\b(?:director|coordinator|secretariat|secretary|chair|chairperson|president|manager)[’']?s?\s+report\b"
    r"|\breport\s+of\s+the\s+(?:director|coordinator|secretariat|secretary|chair|chairperson|president)\b"
    r"|\binformation\s+(?:about|on)\s+(?:our\s+|the\s+)?activities\b"
    # a network's yearly highlights, its case study of a campaign, its report to its funder
    r"|\bhighlights\b|\bcase\s+study\b|\breport\s+to\s+(?:the\s+)?(?-i:[A-Z])"
    # the team's own chat, exported: "WhatsApp chat export - X Members"
    r"|\b(?:WhatsApp|Signal|Telegram)\s+(?:chat|group)\b"
    # the minutes of its own committee or board under its name ("X (AB) / Minutes of the 14th
    # Steering Committee Meeting"), its results-framework or logframe narrative to a funder
    # ("Results Framework Narrative, Year 2", "Annual Results Report 2024", "Logframe Narrative")
    r"|\bresults?[- ](?:framework|based)\b|\bresults\s+report\b"
    r"|\blog-?frame\s+(?:narrative|report)\b"
    # an evaluation of the writer's own project, its body on a line of its own under the title
    # ("Mid-Term Review, "Women in the Fish Trade" programme" / "Lake Victoria Fisherfolk Network")
    r"|\b(?:mid-?term|final|external|independent|end-?of-?project)\s+(?:evaluation|review)\b"
    r"|^(?:evaluation|review)\s+of\s+the\b"
    # a chronology or timeline of its work under its name ("X (AB) / Timeline of activities
    # 2024", "Chronology of main activities"), a proposal's or concept note's track record, a
    # speech read at its own gathering ("Opening address of the Chairperson", "Closing remarks")
    rf"|{_TOLD}"
    # a staff member's diary or log of a field trip under the body's name ("Field diary -
    # outreach officer, X trip", "Daily log of the program officer", "Trip notes"), and the slides
    # a body shows of its own work ("Annual Review 2024 - slides for the members", "Board
    # presentation - results 2023/24")
    r"|\b(?:field|trip|travel|mission|daily)\s+(?:diary|log|notes|journal)\b|\bdiary\b"
    r"|\bslides\b|\b(?:board|annual|results?|progress)\s+presentation\b"
    # a body's own events page, calendar or list of activities ("X - EVENTS", "X / QUARTERLY
    # CALENDAR: October - December 2024", "X / ACTIVITIES JANUARY - JUNE 2025") and its figures
    # for a funder ("X - Donor Dashboard 2024", "Results at a glance", "Our year in numbers")
    r"|(?-i:\b(?:EVENTS|CALENDAR|ACTIVITIES)\b(?!\s+(?:THIS|NEXT|IN|AROUND|NEAR)\b))"
    r"|\b(?:quarterly|monthly|annual|events?|activities)\s+calendar\b"
    r"|\b(?:events|activities)\s+(?:page|list)\b"
    r"|\b(?:donor\s+|results\s+)?dashboard\b|\bat\s+a\s+glance\b"
    r"|\b(?:year|results)\s+in\s+(?:numbers|figures)\b",
    re.I,
)
# A small group's own notes of its meetings under its name, "X (AB) - notes Q1 2024", "AB notes
# (Town) - Nov 2023 to Jan 2024", "AB - running notes Jan-Mar 2024", and a campaign's update page
# under its name ("Papeles para Todos - campaign update, October 2024" / "Red Papeles para Todos,
# Lima"): the writer's own record. A short name alone that the notes never spell out ("TKDWC -
# notes") names no organisation a reader can tell.
_OWN_NOTES = re.compile(
    r"\b(?:running\s+|meeting\s+|short\s+)?notes\b(?=[^.!?]{0,40}(?:19|20)\d\d|\s*\()"
    r"|\b(?:campaign|petition)\s+update\b",
    re.I,
)
# A chat's or a team's name after its organisation's short name: "CDRA Members", "MSSN Field Team".
_TEAM_OF = re.compile(
    r"^([A-Z][A-Z-]{1,8}[A-Z])\s+(?:(?:Field|Core|Staff|Board|Project|Secretariat)\s+)?"
    r"(?:Team|Members|Staff|Group|Chat|Secretariat|Board)$"
)
_MINUTES = re.compile(r"^(?:the\s+)?minutes\s+of\b", re.I)
_NEWS = re.compile(r"\b(?:newsletter|bulletin|news)\b", re.I)
# After the writer's name, a head's line goes on with its short name, a dash, a colon or ends.
_AFTER_WRITER = re.compile(
    r"\s*(?:\([^()]{1,40}\))?\s*(?:$|[-–—:,|]\s|(?=(?:Funded|Financed|Supported|Donors?|Funders?)\b))"
)
# "Activity 3 was co-organised with X": the writer organised it with X.
_CO_WITH = re.compile(
    r"\b(?:was|were)\s+(?:co-organi[sz]ed|organi[sz]ed\s+(?:together|jointly)|co-hosted|co-convened)"
    r"\s+with\b"
)
# The writer's own event run with another body, told in the first person or as a bare line:
# "we co-organised with X", "co-organise with X", "jointly organised with X", "Together with X,
# we organised", "BMRSN organised a workshop together with X".
_OURS_WITH = re.compile(
    r"\b(?:[Cc]o-organi[sz]ed?|[Cc]o-hosted|[Cc]o-convened|[Cc]o-run|(?:jointly|together)\s+organi[sz]ed"
    r"|organi[sz]ed\s+(?:together|jointly))\s+with\b"
    # "we co-organised a roundtable on statelessness with X", "The network co-organised it with X"
    rf"|{organisations.CO_DID_WITH}\b"
    r"|(?:\b[Ww]e|\b[A-Z]{3,8})\s+(?:also\s+)?(?:organi[sz]ed|held|ran|convened|co-organi[sz]ed)\b"
    r"[^.;]{0,120}?\b(?:together|jointly)\s+with\b"
    r"|(?:^|,\s*)[Tt]ogether\s+with\s+[^.;]{3,80}?,\s+(?:[Ww]e|[A-Z]{3,8})\s+(?:also\s+)?(?:organi[sz]ed|held)\b"
)
_DASH_WRITER = re.compile(r"\s[-–—]\s+(?:the\s+)?(?=[\"“‘']?[A-ZÀ-ÖØ-Þ])")
_PROJECT_THEN = re.compile(
    r"^(?:Project|Programme|Program)\s+[“\"][^”\"]{2,80}[”\"]\s*,\s+(?:the\s+)?"
)


# A staff member's words under their body's name on a head's line: "Closing remarks of the
# Director, X (AB)", "read by the Coordinator of the X", "a conversation with the coordinator of
# X", "interview with the president of the X, Town": X is the writer.
_STAFF_OF = re.compile(
    r"\b(?:of|by|with)\s+(?:the|our|its)\s+(?:[A-Z]?[a-z]+\s+){0,1}?"
    r"(?:[Cc]oordinator|[Pp]resident|[Dd]irector|[Cc]hair(?:person|woman|man)?|[Ss]ecretary"
    r"|[Ll]eader|[Ff]ounder|[Hh]ead|[Mm]anager)"
    r"\s*(?:,\s*|\s+of\s+)(?:the\s+)?(?=[A-ZÀ-Þ])"
)
# A newsletter's, bulletin's or magazine's body: "Bulletin of the X", "online magazine of X (AB)",
# "SELAM NEWSLETTER - X (AB), Town"; its interview tells the body's events as "we".
_PAPER_OF = re.compile(
    r"\b(?:newsletter|bulletin|magazine|quarterly|journal)\s+(?:of\s+(?:the\s+)?|[-–—:]\s+(?:the\s+)?)"
    r"(?=[A-ZÀ-Þ])",
    re.I,
)
_INTERVIEW = re.compile(r"\b(?:interview|conversation|talking|talk|questions)\b", re.I)
# A proposal's background opening with its applicant: "X (AB) is a network of", "The X was
# founded in 2016", "X was registered in 2013".
_APPLICANT_IS = re.compile(
    r"\s*(?:\([A-Z][A-Za-z-]{1,10}\)\s*)?(?:is\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:network|group|association|union|federation|organi[sz]ation|collective|alliance|forum|"
    r"centre|center|coalition|circle|NGO)\b|(?:was|has\s+been)\s+(?:founded|formed|registered|created"
    r"|established|set\s+up)\b)",
    re.I,
)
_PROPOSAL = re.compile(
    r"\bconcept\s+note\b|\bproposal\b|\bgrant\s+application\b|\btrack\s+record\b", re.I
)
# A line that is a name alone, in the words of its own tongue: "Red Fronteriza por el Derecho a
# la Nacionalidad" (the name's lower-case words are its own, not a sentence's).
_NAME_LINE = re.compile(
    r"[A-ZÀ-Þ][\w'’-]*(?:\s+(?:(?:de|del|de\s+la|de\s+los|por|para|el|la|los|las|a|y|e|et|du|des"
    r"|of|for|and|the)\s+)*[A-ZÀ-Þ][\w'’-]*)*"
)


def _staff_writer(head: list[Sentence], aliases: dict[str, str]) -> tuple[str, str] | None:
    """The body whose staff member speaks or is interviewed, named in the head's lines."""
    for s in head:
        for m in _STAFF_OF.finditer(s.text):
            name = _named(s.text[m.end() :], aliases)
            if name and not places.country_or_adjective(name) and not _PAYER_NAME.search(name):
                return name, s.text
    return None


# An op-ed's or commentary's line on its writer, near its head or at its end: "The writer is a
# programme coordinator with X", "The author is an organiser with the X", "The writer works for
# X in Lincang", "The writer coordinates X": the events it tells as "we" are X's.
_BYLINE = re.compile(
    r"^(?:The\s+)?(?:writer|author|columnist)\s+(?:is\s+(?:a|an|the)\s+(?:[\w-]+\s+){1,3}?"
    r"(?:with|of|at|for|in)|works\s+(?:for|with|at)|coordinates|leads|directs|heads|chairs)\s+"
    r"(?:the\s+)?(?=[A-ZÀ-Þ])",
    re.I,
)
_BYLINE_LINES = 4


def _byline_writer(sentences: list[Sentence], aliases: dict[str, str]) -> tuple[str, str] | None:
    """The body an op-ed's writer works for, told on the writer's line (_BYLINE) among its
    first or last sentences."""
    for s in sentences[:_BYLINE_LINES] + sentences[-_BYLINE_LINES:]:
        m = _BYLINE.match(s.text)
        if m is None:
            continue
        name = _named(s.text[m.end() :], aliases)
        if name is None:
            whole = _NAME_LINE.match(s.text, m.end())
            if whole and organisations.looks_like_org(whole.group(0), aliases, single_word=False):
                name = whole.group(0)
        if name and not places.country_or_adjective(name) and not _PAYER_NAME.search(name):
            return name, s.text
    return None


def _paper_writer(head: list[Sentence], aliases: dict[str, str]) -> tuple[str, str] | None:
    """The body whose newsletter, bulletin or magazine tells an interview with its member."""
    text = " ".join(s.text for s in head)
    if not _INTERVIEW.search(text):
        return None
    for s in head:
        for m in _PAPER_OF.finditer(s.text):
            name = _named(s.text[m.end() :], aliases)
            if name and not places.country_or_adjective(name) and not _PAYER_NAME.search(name):
                return name, s.text
    return None


def _applicant(sentences: list[Sentence], head: list[Sentence], aliases: dict[str, str]):
    """A proposal's applicant, told as the subject of its background's first sentences."""
    if not _PROPOSAL.search(" ".join(s.text for s in sentences[: len(head) + 3])):
        return None
    prose = [s for s in sentences[len(head) :] if re.search(r"[.!?]$", s.text.rstrip())]
    for s in prose[:2]:
        text = s.text[4:] if s.text.startswith("The ") else s.text
        found = organisations.names_in(text, aliases)
        if not found or found[0][1] != 0:
            continue
        raw = found[0][0]
        if _APPLICANT_IS.match(text, len(raw)) and not places.country_or_adjective(raw):
            return aliases.get(raw, raw), s.text
    return None


def _whole_line_name(line: str, name: str) -> str:
    """ "Red Fronteriza" read from a line that is "Red Fronteriza por el Derecho a la
    Nacionalidad" alone: the whole line is the name."""
    whole = _NAME_LINE.fullmatch(line.strip())
    if whole and line.strip().startswith(name) and len(line.split()) <= 10:
        return line.strip()
    return name


def _only_ours_with(d: Draft) -> bool:
    """Whether every organiser a draft has ran it with the writer ("we co-organised with X",
    "together with X, we organised"): none, or only those named as the writer's partners."""
    return all(
        _CO_WITH.search(q) or _OURS_WITH.search(q)
        for i, o in enumerate(d.organisations)
        if o.role == "organiser"
        for q in [d.evidence.get(f"organisations[{i}]", "")]
    )


def _head(sentences: list[Sentence]) -> list[Sentence]:
    head = []
    for s in sentences[:_HEAD_LINES]:
        if len(s.text.split()) > _HEAD_WORDS or re.search(r"[.!?]$", s.text.rstrip()):
            break  # prose has begun
        head.append(s)
    return head


def _named(text: str, aliases: dict[str, str]) -> str | None:
    found = organisations._names_after(text, aliases)
    if not found or found[0][1] != 0:
        return None
    name = found[0][0]
    if name.isupper() and " " in name:
        name = name.title()  # "OPEN JUSTICE FUND" in a heading in capitals
    return aliases.get(name, name)


def _head_orgs(sentences: list[Sentence], drafts: list[Draft], aliases: dict[str, str]) -> None:
    """Who paid for and who did the work a report tells, told once in its head's lines."""
    head = _head(sentences)
    payers: list[tuple[str, str]] = []
    doers: list[tuple[str, str]] = []
    partners: list[tuple[str, str]] = []
    for s in head:
        for m in _HEAD_LABEL.finditer(s.text):
            if m.group("label").startswith(("Submitted", "Prepared")) and _WRITER_LINE.match(
                s.text
            ):
                continue  # "Submitted by: Programme Coordinator, X": the writer's line below
            name = _named(s.text[m.end() :], aliases)
            if m.group("label").startswith("Prepared") and name and _STAFF_TITLE.search(name):
                continue  # "Prepared by: Programme Officer": a staff member, no body
            if name and m.group("partner"):
                partners.append((name, s.text))
            elif name:
                label = m.group("label").lower()
                (payers if label.startswith(_HEAD_PAYERS) else doers).append((name, s.text))
        writer = _WRITER_LINE.match(s.text)
        if writer:
            rest = s.text[writer.end() :]
            name = _named(rest, aliases)
            whole = _WRITER_BODY.match(rest)
            if not name and whole and not places.city(whole.group(1)):
                # "Gharkaam Shakti, Mumbai": a name of no organisation's kind, closed by its town
                name = aliases.get(whole.group(1), whole.group(1))
            if name and not places.country_or_adjective(name):
                doers.append((name, s.text))
        for m in _HEAD_FUNDED.finditer(s.text):
            name = _named(s.text[m.end() :], aliases)
            if name:
                payers.append((name, s.text))
        for m in _REPORT_TO.finditer(s.text):
            name = _named(s.text[m.end() :], aliases)
            if name and _PAYER_NAME.search(name):
                payers.append((name, s.text))
    text = " ".join(s.text for s in head)
    notes_only = not _OWN_RECORD.search(text) and bool(_OWN_NOTES.search(text))
    own = _OWN_RECORD.search(text) or notes_only or any(_MINUTES.match(s.text) for s in head)
    if own and not _NEWS.search(text):
        for s in head:
            if _MINUTES.match(s.text):
                continue  # "Minutes of the 7th Executive Committee Meeting" names the meeting
            starts = [0]
            starts += [m.end() for m in _DASH_WRITER.finditer(s.text)]
            project = _PROJECT_THEN.match(s.text)
            starts += [project.end()] if project else []
            for at in starts:
                at += len(s.text[at:]) - len(s.text[at:].lstrip("\"“”'‘’ "))  # "MSSN Field Team"
                name = _named(s.text[at:], aliases)
                raw = organisations.names_in(s.text[at:], aliases)
                if not name or not raw or raw[0][1] != 0:
                    continue
                team = _TEAM_OF.match(raw[0][0])
                if team:  # "CDRA Members": the chat of CDRA's members
                    raw[0] = (team.group(1), 0)
                    name = aliases.get(team.group(1), team.group(1))
                if (
                    not organisations._strong(raw[0][0])
                    and raw[0][0] not in aliases
                    and not organisations.regional_name(raw[0][0])
                ):
                    continue
                if re.search(r"\b(?:Programme|Program|Project|Projects)$", raw[0][0]):
                    continue  # a programme is no writer
                if (
                    notes_only
                    and re.fullmatch(r"[A-Z]{2,8}", raw[0][0])
                    and raw[0][0] not in aliases
                ):
                    continue  # "TKDWC - notes": a short name the notes never spell out
                if team or _AFTER_WRITER.match(s.text, at + len(raw[0][0])):
                    if at == 0 and name == raw[0][0]:
                        name = _whole_line_name(s.text, name)
                    doers.append((name, s.text))
                    break
    if not doers:
        told = _staff_writer(head, aliases) or _paper_writer(head, aliases)
        told = told or _applicant(sentences, head, aliases) or _byline_writer(sentences, aliases)
        if told:
            doers.append(told)
    payer_names = {n for n, _ in payers}
    for d in drafts:
        for name, quote in doers:
            if name in payer_names:
                continue
            if _only_ours_with(d) and not any(o.name == name for o in d.organisations):
                add_org(d, name, "organiser", quote, aliases)
        for name, quote in payers:
            if not any(o.name == name for o in d.organisations):
                add_org(d, name, "funder", quote, aliases)
        for name, quote in partners:
            if name not in payer_names and not any(o.name == name for o in d.organisations):
                add_org(d, name, "partner", quote, aliases)


# "Both trainings were funded by X", "All three workshops were organised by X": every event.
_ALL_OF_THEM = re.compile(
    # "Funding: all activities were supported by X": a report's line on its funding
    r"^(?:(?:Funding|Financing|Donor|Funder)\s*:\s*)?(?:Both|All|Each|both|all|each)\s+(?:of\s+)?(?:the\s+|these\s+|our\s+|its\s+|their\s+)?"
    r"(?:two\s+|three\s+|four\s+|five\s+|six\s+|\d+\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:trainings|workshops|meetings|events|activities|sessions|visits|exchanges|courses|seminars"
    r"|consultations|dialogues|camps|forums|conferences|campaigns|them)"
    # "All activities under Outcome 2 were funded by X", "All events of the year were run by X"
    # "All activities above organised by X were funded by Y"
    r"(?:\s+above)?(?:\s+(?:under|of|in|for)\s+[^.,;]{1,40}?"
    r"|\s+organi[sz]ed\s+by\s+(?:the\s+)?(?P<by>[^.,;]{1,60}?))?\s+(?:were|was|are|is)\s+"
    r"(?:(?P<pay>(?:co-)?funded|(?:co-)?financed|supported|sponsored|paid\s+for)"
    r"|(?P<run>(?:co-)?organi[sz]ed|convened|run|facilitated))\s+by\s+(?:the\s+)?"
)


_UNLESS_OTHERWISE = re.compile(
    r"\b(?:unless|except\s+where)\s+(?:(?:it\s+is|is)\s+)?(?:said|stated|told|noted|mentioned"
    r"|written|indicated)\s+otherwise\b|\bunless\s+otherwise\s+(?:said|stated|noted|mentioned)\b",
    re.I,
)


# "Funding: Harmattan Girls Fund (United Kingdom) funded all activities."
_FUNDED_ALL = re.compile(
    r"^(?:(?:Funding|Financing)\s*:\s*)?(?:the\s+)?(?P<name>[A-Z][^:;]{2,80}?)\s+(?:\([^()]{2,40}\)\s+)?"
    r"(?:funded|financed|paid\s+for|supported)\s+(?:all|every\s+one\s+of)\s+(?:the\s+|our\s+|its\s+)?"
    r"(?:project\s+)?(?:activities|events|trainings|workshops|meetings)\b(?![^.]*\bexcept\b)"
)


# "The project, including all activities above except the festival, is funded by X": every event
# but the one named after "except".
_ALL_EXCEPT = re.compile(
    r"\ball\s+(?:the\s+|our\s+)?(?:project\s+)?(?:activities|events)\b[^.;]{0,30}?\s+except\s+(?:for\s+)?"
    r"(?:the\s+|our\s+)?(?P<what>[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s*[,)]"
    r"[^.;]*?\b(?:(?:co-)?funded|(?:co-)?financed|supported|paid\s+for)\s+by\s+(?:the\s+)?"
)


# The events above as a whole, paid by one funder: "All of the above was funded by X, except
# the rally", "These activities were financed by X", "All activity in 2024 was with support from
# X", "All our 2024 activities had support of X", "All 2024 activities funded by X (Japan)".
_ABOVE_FUNDED = re.compile(
    r"^(?:A\s*:\s*)?(?P<which>All|These|Both)\s+(?:of\s+)?(?:the\s+|our\s+|these\s+)?"
    r"(?:(?:19|20)\d\d\s+|two\s+|three\s+|four\s+|five\s+)?"
    r"(?P<what>above|activit(?:y|ies)|events|trainings|workshops|meetings)"
    r"(?:\s+(?:above|in\s+(?:19|20)\d\d|of\s+(?:19|20)\d\d|of\s+the\s+year))?\s+"
    r"(?:(?:was|were|are|is)\s+)?(?:(?:(?:co-)?funded|(?:co-)?financed|supported|sponsored|paid\s+for"
    r"|paid)\s+by|with\s+(?:the\s+)?(?:financial\s+)?support\s+(?:from|of)"
    r"|had\s+(?:the\s+)?(?:financial\s+)?support\s+(?:of|from))\s+(?:the\s+)?(?=[A-ZÀ-Þ])"
)
_EXCEPT_THE = re.compile(
    r",?\s+except\s+(?:for\s+)?(?:the\s+|our\s+)?(?P<what>[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s*(?:[,.;)]|$)"
)
# Events named by their kind, paid by one funder: "The consultation and the training were paid
# by X", "The dialogue was funded by X"; thanks to a funder "which paid the training and the job
# fair", "who paid for this forum and for the sea survival course", "who pay our song contest";
# "X from Y paid for the regional meeting and the training".
_KINDS_LIST = (
    r"(?:the|this|our|that)\s+(?:[\w'’-]+\s+){0,3}?(?:[a-z][\w'’-]*)(?:\s+of\s+[a-z]+)?"
    r"(?:(?:\s*,\s*|\s+and\s+(?:for\s+)?)(?:the|this|our|that)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:[a-z][\w'’-]*)(?:\s+of\s+[a-z]+)?)*"
)
_KINDS_PAID = re.compile(
    r"^(?:A\s*:\s*)?(?P<kinds>(?-i:The|This|Our)\s+(?:[\w'’-]+\s+){0,3}?[a-z][\w'’-]*(?:\s+of\s+[a-z]+)?"
    r"(?:(?:\s*,\s*|\s+and\s+)(?:the|our)\s+(?:[\w'’-]+\s+){0,3}?[a-z][\w'’-]*(?:\s+of\s+[a-z]+)?)*)"
    r"\s+(?:was|were)\s+(?:(?:co-)?funded|(?:co-)?financed|supported|sponsored|paid(?:\s+for)?)\s+by"
    r"\s+(?:the\s+)?(?=[A-ZÀ-Þ])"
)
_WHO_PAID = re.compile(
    r"(?:,\s*|\)\s*|\s)(?:which|who)\s+(?:also\s+)?(?:paid|pays?|funded|financed|covered|sponsored)"
    rf"\s+(?:for\s+)?(?P<kinds>{_KINDS_LIST})(?=\s*(?:[.;!,]|$))"
)
_BODY_PAID_FOR = re.compile(
    r"^(?:A\s*:\s*)?(?:The\s+)?(?P<name>[A-ZÀ-Þ][^,;:]{2,80}?)\s+(?:(?:from|of)\s+(?:the\s+)?[A-Z][\w ]{2,30}?\s+)?"
    r"(?:\([^()]{2,40}\)\s+)?(?:paid\s+for|funded|financed|sponsored)\s+"
    rf"(?P<kinds>{_KINDS_LIST})\s*(?:[.;!](?:\s|$)|$)"
)
_THANKED = re.compile(
    r"\b(?:[Tt]hanks?(?:\s+you)?(?:\s+go)?\s+to|[Tt]hank|[Oo]ur\s+thanks\s+go\s+to)\s+(?:the\s+)?(?=[A-ZÀ-Þ])"
)


_EVENT_KIND = re.compile(
    r"(?:training|course|workshop|meeting|dialogue|forum|consultation|conference|summit|assembly"
    r"|congress|exchange|visit|fair|festival|contest|march|rally|vigil|hearing|clinic|camp"
    r"|ceremony|celebration|exhibition|seminar|session|function|gathering|batch)s?"
)


def _kinds(text: str) -> list[list[str]]:
    """The events a list names by their kind: "the consultation and the training of trainers" ->
    [["consultation"], ["training", "trainers"]]: each item's words, its head noun first."""
    items = re.split(r"\s*,\s*|\s+and\s+(?:for\s+)?", text)
    out = []
    for item in items:
        words = [
            w
            for w in re.findall(r"[\w'’-]+", item.lower())
            if w not in ("the", "this", "our", "that", "of", "for")
        ]
        if not words:
            continue
        head = item.lower().split(" of ")[0].split()[-1]
        if not _EVENT_KIND.fullmatch(head):
            continue  # "the report and the Forum trip": a report paid is no event
        out.append([head] + [w for w in words if w != head])
    return out


def _titled(d: Draft, word: str) -> bool:
    stem = word[:-1] if word.endswith("s") and len(word) > 4 else word
    return bool(re.search(rf"\b{re.escape(stem)}", (d.title or "").lower()))


def _drafts_of_kinds(drafts: list[Draft], kinds: list[list[str]]) -> list[Draft]:
    """The drafts a list of kinds names: each kind's one draft whose title has its head noun, or
    those whose title has all its words."""
    chosen: list[Draft] = []
    for words in kinds:
        full = [d for d in drafts if all(_titled(d, w) for w in words if len(w) > 3)]
        by_head = [d for d in drafts if _titled(d, words[0])]
        hit = full if full else (by_head if len(by_head) == 1 else [])
        if len(hit) > 1 and len(by_head) > 1 and len(full) == len(by_head):
            hit = []  # "the training" of a report with two trainings: which, it does not say
        chosen += [d for d in hit if d not in chosen]
    return chosen


def _funder_named(text: str, aliases: dict[str, str]) -> str | None:
    found = organisations._names_after(text, aliases)
    if not found or found[0][1] > 4:
        return None
    name = found[0][0]
    if places.country_or_adjective(name):
        return None
    return aliases.get(name, name)


def _paid_events_orgs(
    sentences: list[Sentence], drafts: list[Draft], aliases: dict[str, str]
) -> None:
    """One funder of the events above, or of the events a sentence names by their kind."""
    if len(drafts) < 2:
        return
    told_at = {}
    for d in drafts:
        at = [s.index for s in sentences if s.text == d.evidence.get("title")]
        told_at[id(d)] = min(at) if at else None
    for s in sentences:
        m = _ABOVE_FUNDED.match(s.text)
        if m:
            name = _funder_named(s.text[m.end() :], aliases)
            if not name:
                continue
            but = _EXCEPT_THE.search(s.text, m.end())
            noun = but.group("what").split()[-1].lower() if but else None
            above = m.group("which") == "These" or m.group("what") == "above"
            year = re.search(r"\b((?:19|20)\d\d)\b", s.text[: m.end()])
            for d in drafts:
                if noun and _titled(d, noun):
                    continue
                at = told_at[id(d)]
                if above and (at is None or at > s.index):
                    continue
                if year and (d.start_date is None or str(d.start_date.year) != year.group(1)):
                    continue
                if not any(o.name == name and o.role == "funder" for o in d.organisations):
                    add_org(d, name, "funder", s.text, aliases)
            continue
        name = kinds = None
        m = _KINDS_PAID.match(s.text)
        if m:
            name, kinds = _funder_named(s.text[m.end() :], aliases), m.group("kinds")
        m = m or _BODY_PAID_FOR.match(s.text)
        if m and kinds is None:
            name, kinds = _funder_named(m.group("name"), aliases), m.group("kinds")
        if not m:
            for t in _THANKED.finditer(s.text):
                who = _WHO_PAID.search(s.text, t.end())
                if who and "." not in s.text[t.end() : who.start()]:
                    name, kinds = _funder_named(s.text[t.end() :], aliases), who.group("kinds")
                    break
        if not name or not kinds:
            continue
        for d in _drafts_of_kinds(drafts, _kinds(kinds)):
            if not any(o.name == name and o.role == "funder" for o in d.organisations):
                add_org(d, name, "funder", s.text, aliases)


def about_all_events(text: str) -> bool:
    """Whether a sentence tells who paid for or ran all of a report's events ("All activities
    above were funded by X", "Funding: X funded all activities"), or several named by their kind
    ("The dialogue and the training were funded by X"): no one event's sentence."""
    return bool(
        _ALL_OF_THEM.match(text)
        or _FUNDED_ALL.match(text)
        or _ALL_EXCEPT.search(text)
        or _ABOVE_FUNDED.match(text)
        or len(_kinds_paid(text)) > 1
    )


def _kinds_paid(text: str) -> list[list[str]]:
    """The kinds of event a sentence names as paid by one funder."""
    m = _KINDS_PAID.match(text) or _BODY_PAID_FOR.match(text)
    if not m:
        for t in _THANKED.finditer(text):
            m = _WHO_PAID.search(text, t.end())
            if m:
                break
    return _kinds(m.group("kinds")) if m else []


def _all_events_orgs(
    sentences: list[Sentence], drafts: list[Draft], aliases: dict[str, str]
) -> set[str]:
    """Funders and organisers told for every event; returns the funders told "unless said
    otherwise", which give way to an event's own funder (see `_own_funder_first`)."""
    defaults: set[str] = set()
    if len(drafts) < 2:
        return defaults
    for s in sentences:
        but = _ALL_EXCEPT.search(s.text)
        if but:
            found = organisations._names_after(s.text[but.end() :], aliases)
            noun = but.group("what").split()[-1].lower()
            if found and found[0][1] == 0:
                name = aliases.get(found[0][0], found[0][0])
                for d in drafts:
                    if re.search(rf"\b{re.escape(noun)}", (d.title or "").lower()):
                        continue
                    if not any(o.name == name and o.role == "funder" for o in d.organisations):
                        add_org(d, name, "funder", s.text, aliases)
            continue
        paid = _FUNDED_ALL.match(s.text)
        if paid:
            found = organisations._names_after(paid.group("name"), aliases)
            if found and found[0][1] == 0 and _PAYER_NAME.search(found[0][0]):
                name = aliases.get(found[0][0], found[0][0])
                for d in drafts:
                    if not any(o.name == name and o.role == "funder" for o in d.organisations):
                        add_org(d, name, "funder", s.text, aliases)
            continue
        m = _ALL_OF_THEM.match(s.text)
        if not m:
            continue
        role = "funder" if m.group("pay") else "organiser"
        # "All consortium activities are funded by X unless said otherwise": not the events
        # whose own sentences name another funder
        own_first = role == "funder" and _UNLESS_OTHERWISE.search(s.text) is not None
        doer = None
        if own_first:
            defaults.update(
                aliases.get(n, n) for n, _ in organisations._names_after(s.text[m.end() :], aliases)
            )
        if m.group("by"):
            # "All activities above organised by X were funded by Y": only X's events
            named = organisations._names_after(m.group("by"), aliases)
            doer = aliases.get(named[0][0], named[0][0]) if named else m.group("by")
        for name, _ in organisations._names_after(s.text[m.end() :], aliases):
            name = aliases.get(name, name)
            for d in drafts:
                if doer and not any(
                    o.role == "organiser" and aliases.get(o.name, o.name) == doer
                    for o in d.organisations
                ):
                    continue
                if own_first and any(o.role == "funder" for o in d.organisations):
                    continue
                if not any(o.name == name and o.role == role for o in d.organisations):
                    add_org(d, name, role, s.text, aliases)
    return defaults


def _own_funder_first(drafts: list[Draft], defaults: set[str]) -> None:
    """A funder of every event "unless said otherwise" is none of an event paid by another."""
    for d in drafts:
        own = [o for o in d.organisations if o.role == "funder" and o.name not in defaults]
        if own:
            d.keep_items(
                "organisations",
                [
                    i
                    for i, o in enumerate(d.organisations)
                    if not (o.role == "funder" and o.name in defaults)
                ],
            )


def _bare_kinds(sentences: list[Sentence], drafts: list[Draft], aliases: dict[str, str]) -> None:
    """ "The school was run by the Network": an organisation told by its kind alone is the one of
    that kind the report named first (in its heading, most often); with none, it is dropped."""
    named: list[str] = []
    for s in sentences:
        for name, _ in organisations.names_in(s.text, aliases):
            name = aliases.get(name, name)
            if " " in name and name not in named:
                named.append(name)
    for d in drafts:
        for i, o in enumerate(d.organisations):
            if not re.fullmatch(organisations.ORG_WORD.pattern, o.name):
                continue
            word = o.name.removesuffix("s")
            whole = next((n for n in named if re.search(rf"\b{word}s?\b", n)), None)
            if whole and not any(x.name == whole and x.role == o.role for x in d.organisations):
                d.organisations[i] = type(o)(whole, o.role)
    for d in drafts:
        d.keep_items(
            "organisations",
            [
                i
                for i, o in enumerate(d.organisations)
                if not re.fullmatch(organisations.ORG_WORD.pattern, o.name)
            ],
        )


# A note on one row of a table or log: "Activity 3 was co-organised with X", "ACT-08: X".
_ROW_NOTE = re.compile(r"^(?:[-•*]\s*)?(?:Activity|Act\.?|ACT-?|Item|No\.)\s*0*(\d{1,3})\b")


def _row_id(d: Draft) -> int | None:
    """The number of the table row or log line a draft was read from ("| 2 | Training ...",
    "ACT-07 · Encounter ...")."""
    quote = d.evidence.get("title", "")
    head = re.split(r"\s+\|", d.title or "")[0][:25]
    if not head:
        return None
    m = re.search(rf"\|\s*0*(\d{{1,3}})\s*\|\s*{re.escape(head)}", quote) or re.match(
        rf"(?:[A-Z]{{2,5}}-?|Activity\s+)?0*(\d{{1,3}})\s*[·|:.-]\s*{re.escape(head)}", quote
    )
    return int(m.group(1)) if m else None


# A table's row or a log's line written as a form (atlas.extract.tables): its id on a line of its
# own ("ACT-03", "Activity 3"), then "Activity: <what was held>".
_FORM_ROW_ID = re.compile(r"^(?:[A-Z]{2,5}-?|Activity\s+)0*(\d{1,3})\.?$")


def _form_rows(sentences: list[Sentence]) -> dict[str, int]:
    """The "Activity: ..." line of each row a table or log was rewritten into, with its number."""
    rows = {}
    for here, after in zip(sentences, sentences[1:], strict=False):
        m = _FORM_ROW_ID.match(here.text.strip())
        if m and after.text.startswith("Activity: "):
            rows[after.text] = int(m.group(1))
    return rows


def _row_notes(sentences: list[Sentence], drafts: list[Draft], aliases: dict[str, str]) -> None:
    """Organisations a note gives one numbered row belong to that row's event only."""
    forms = _form_rows(sentences)
    ids = {
        id(d): _row_id(d)
        if _row_id(d) is not None
        else forms.get(d.evidence.get("title", "").strip())
        for d in drafts
    }
    if sum(v is not None for v in ids.values()) < 2:
        return
    for s in sentences:
        m = _ROW_NOTE.match(s.text)
        if not m:
            continue
        row = int(m.group(1))
        for d in drafts:
            if ids[id(d)] is None or ids[id(d)] == row:
                continue
            d.keep_items(
                "organisations",
                [
                    i
                    for i in range(len(d.organisations))
                    if d.evidence.get(f"organisations[{i}]") != s.text
                ],
            )
        found = [(r.name, r.role) for r in organisations.roles(s.text, aliases, has_event=True)]
        line = re.match(r"\s*:\s*(?:the\s+)?", s.text[m.end() :])
        if not found and line:
            # "ACT-07: Asociación X (host), with ...": who did the row, its role in brackets
            rest = s.text[m.end() + line.end() :]
            named = organisations._names_after(rest, aliases)
            if named and named[0][1] == 0:
                name = named[0][0]
                said = re.match(
                    r"\s*\((host|organi[sz]er|funder|partner|trainer|speaker)\)",
                    rest[len(name) :],
                    re.I,
                )
                role = said.group(1).lower().replace("organizer", "organiser") if said else None
                found = [(name, role or "organiser")]
        for d in drafts:
            if ids[id(d)] == row:
                for name, role in found:
                    add_org(d, name, role, s.text, aliases)


# A page of social-media posts or a thread, headed by whose it is: "Pacific Youth Voices:
# Facebook posts, 8 to 10 July 2024", "LinkedIn posts from the page of X", "Thread from @x (X)",
# "Thread posted by X (@x)".
_POSTS_OF = re.compile(
    r"^(?P<a>[^:@]{3,80}?):\s+(?:(?:Facebook|Instagram|LinkedIn|Twitter|X|TikTok|Mastodon|Bluesky)"
    r"\s+)?(?:posts|updates|thread)\b"
    r"|\b(?:posts|updates)\s+(?:from|on)\s+the\s+(?:page|account|profile)\s+of\s+(?:the\s+)?"
    r"(?P<b>[^,()@]{3,80}?)\s*(?:,|$)"
    r"|^Thread\s+(?:posted\s+)?(?:by|from)\s+(?:@\w+\s+\((?P<c>[^()@]{3,80})\)"
    r"|(?:the\s+)?(?P<d>[^(),@]{3,80}?)\s*\(@\w+\))"
    # a blog's post: "Blog of X | posted 14 May 2024", "Posted 2 July 2024 on the blog of X"
    r"|\b[Bb]log\s+of\s+(?:the\s+)?(?P<e>[^|,()@]{3,80}?)\s*(?:\||,|$)"
)
_WE = re.compile(r"\b(?:we|our|us)\b", re.I)


def _posts_owner(sentences: list[Sentence], drafts: list[Draft], aliases: dict[str, str]) -> None:
    """Whose posts they are organised the event the posts tell as their own (its sentences say
    "we", "our" or "us"), when no sentence names another organiser."""
    # the page's heading, or a blog post's line under its title
    m = head = None
    for s in sentences[:3]:
        if s.kind == "heading" or not re.search(r"[.!?]$", s.text):
            m, head = _POSTS_OF.search(s.text), s.text
            if m:
                break
    if not m or head is None:
        return
    raw = next(g for g in m.groups() if g)
    name = _named(raw, aliases) or (raw.strip() if raw.strip()[:1].isupper() else None)
    if not name or places.country_or_adjective(name) or places.city(name):
        return
    name = aliases.get(name, name)
    for d in drafts:
        # its own sentences, or the post telling it, say "we", "our" or "us"
        told = d.evidence.get("title")
        post = {s.paragraph for s in sentences if s.text == told}
        told_as_ours = any(_WE.search(text) for text in d.evidence.values()) or any(
            _WE.search(s.text) for s in sentences if s.paragraph in post
        )
        if told_as_ours and _only_ours_with(d):
            add_org(d, name, "organiser", head, aliases)


# A letter to partners or donors ("Dear friends,"), its writer named in its opening lines: "Here is
# short news of X", "a short catch-up from X", "what X did in April to June", "X would like to
# share with you what we did", "news of our network, the X (AB)", "what our X lived".
_GREETING = re.compile(r"^(?:Dear|Hello|Hi|Greetings)\b[^.!?]{0,60}[,!:]?$", re.I)
_LETTER_WRITER = re.compile(
    r"\b(?:news|update|updates|catch-up|letter|summary|report)\s+(?:of|from)\s+"
    r"(?:what\s+)?(?:our\s+(?:[\w-]+\s+){0,2}?(?:network|association|union|federation|group"
    r"|organi[sz]ation|collective|circle|alliance)\s*,\s+|our\s+)?(?:the\s+)?(?=[A-ZÀ-Þ])"
    # "This letter is to tell you what Lanna Circle do": the writer, after telling (not "we
    # welcomed what UNHCR announced")
    r"|\btell(?:s|ing)?\s+(?:you|all\s+of\s+you)\s+what\s+(?:our\s+)?(?:the\s+)?(?=[A-ZÀ-Þ])"
    r"|^(?=[A-ZÀ-Þ][^.!?]{3,80}?\s+(?:would\s+like|wants|is\s+(?:happy|glad|pleased))\s+to\s+share)"
)


def _letter_orgs(sentences: list[Sentence], drafts: list[Draft], aliases: dict[str, str]) -> None:
    """A letter's writer, named in its opening lines, organised the events it tells as its own
    ("we", "our") with no organiser of their own."""
    if not sentences or not _GREETING.match(sentences[0].text):
        return
    writer = said = None
    for s in sentences[1:5]:
        for m in _LETTER_WRITER.finditer(s.text):
            found = organisations._names_after(s.text[m.end() :], aliases)
            if found and found[0][1] == 0 and not _PAYER_NAME.search(found[0][0]):
                writer, said = aliases.get(found[0][0], found[0][0]), s.text
                break
        if writer:
            break
    if not writer or places.country_or_adjective(writer) or places.city(writer):
        return
    for d in drafts:
        told_as_ours = any(_WE.search(text) for text in d.evidence.values())
        if told_as_ours and _only_ours_with(d):
            if not any(o.name == writer for o in d.organisations):
                add_org(d, writer, "organiser", said, aliases)


def add_whole_report_orgs(
    sentences: list[Sentence], drafts: list[Draft], aliases: dict[str, str]
) -> None:
    if not drafts or not sentences:
        return
    _row_notes(sentences, drafts, aliases)
    _bare_kinds(sentences, drafts, aliases)
    _head_orgs(sentences, drafts, aliases)
    defaults = _all_events_orgs(sentences, drafts, aliases)
    _paid_events_orgs(sentences, drafts, aliases)
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
    _project_orgs(sentences, drafts, aliases)
    _mail_orgs(sentences, drafts, aliases)
    digests.sender_orgs(sentences, drafts, aliases)
    _letter_orgs(sentences, drafts, aliases)
    _posts_owner(sentences, drafts, aliases)
    # A log headed by its writer.
    if len(head) <= 240 and _LOG.search(head) and not _GRANTS.search(head):
        names = organisations.names_in(head, aliases)
        raw = names[0][0] if names and names[0][1] == 0 else ""
        name = aliases.get(raw, raw)
        programme = re.search(r"\b(?:Programme|Program|Project|Projects)$", raw)
        if raw and not programme and head[len(raw) :].lstrip()[:1] in (":", ","):
            for d in drafts:
                if _only_ours_with(d) and not any(o.name == name for o in d.organisations):
                    add_org(d, name, "organiser", head, aliases)
    _essay_orgs(sentences, drafts, aliases)
    _guest_orgs(sentences, drafts, aliases)
    _partner_orgs(sentences, drafts, aliases)
    report_writer.add_report_writer(sentences, drafts, aliases)
    report_writer.add_series_convenor(sentences, drafts, aliases)
    writer_orgs.add_head_writer(sentences, drafts, aliases)
    writer_orgs.add_newsletter_writer(sentences, drafts, aliases)
    writer_orgs.partners_who_ran_it(drafts)
    role_orgs.mend_names(sentences, drafts, aliases)
    _own_funder_first(drafts, defaults)


# A radio or podcast transcript: "Transcript - "Voices of Workers" radio programme", "Podcast
# transcript - "On Deck", episode 14", "Radio interview transcript".
_TRANSCRIPT_HEAD = re.compile(r"\btranscript\b", re.I)
# The guest's body, as the guest or the host presents it: "I am the coordinator of X", "I am with
# the X", "With me is the coordinator of X", "My guests are from the X".
_GUEST_OF = re.compile(
    r"\b(?:I\s+am|I'm|[Ww]ith\s+me\s+(?:is|are)|[Mm]y\s+guests?\s+(?:is|are))\s+"
    r"(?:(?:the|a|an|our)\s+(?:[a-z]+\s+){0,1}?(?:coordinator|director|president|chair(?:person)?"
    r"|secretary|leader|founder|head|manager|officer|member|volunteer)\s+(?:of|from|with)"
    r"|with|from)\s+(?:the\s+)?(?=[A-ZÀ-Þ])"
)


def _guest_orgs(sentences: list[Sentence], drafts: list[Draft], aliases: dict[str, str]) -> None:
    """A transcript's guest from a body ("I am the coordinator of X", "My guests are from X")
    tells that body's events as "we": it organised those told with no organiser of their own."""
    if not _TRANSCRIPT_HEAD.search(sentences[0].text):
        return
    for t in sentences[1:10]:
        m = _GUEST_OF.search(t.text)
        name = _named(t.text[m.end() :], aliases) if m else None
        if not name or places.country_or_adjective(name) or _PAYER_NAME.search(name):
            continue
        for d in drafts:
            if _only_ours_with(d) and not any(o.name == name for o in d.organisations):
                add_org(d, name, "organiser", t.text, aliases)
        return


# A photo essay or story by a body of its own work: "Faces of Mahachai: a photo essay", "Nets
# and Papers - a photo story from the Kampot coast", "Our year in pictures".
_ESSAY = re.compile(r"\bphoto[- ]?(?:essay|story|stories|diary|report)\b|\bin\s+pictures\b", re.I)


# The body the essay follows, told as doing its work ("X works with migrant families", "X has
# worked with", "X walks with them", "X takes photos at its activities") or followed by the
# photographer ("Our volunteer photographer followed the X").
_ESSAY_DOER = re.compile(
    r"\s+(?:(?:has|have)\s+(?:long\s+)?)?(?:works?|worked|supports?|supported|walks?|walked|takes?"
    r"|runs?|helps?|helped|serves?|organi[sz]es|accompan(?:ies|y)|stands?)\b"
)
_ESSAY_FOLLOWED = re.compile(r"\b(?:followed|accompanied|joined|with)\s+(?:the\s+)?$")


def _essay_orgs(sentences: list[Sentence], drafts: list[Draft], aliases: dict[str, str]) -> None:
    """A photo essay whose opening paragraph names the body it follows ("Our volunteer
    photographer followed the X", "For two years X has worked with families", "X walks with
    them"): that body organised the events its captions tell with no organiser of their own."""
    if not _ESSAY.search(sentences[0].text):
        return
    opening = [t for t in sentences[1:5] if t.paragraph == sentences[1].paragraph]
    for t in opening:
        for raw, _at in organisations.names_in(t.text, aliases):
            name = aliases.get(raw, raw)
            at = max(t.text.find(raw), 0)
            if places.country_or_adjective(name) or _PAYER_NAME.search(name):
                continue
            if not (
                _ESSAY_DOER.match(t.text, at + len(raw)) or _ESSAY_FOLLOWED.search(t.text[:at])
            ):
                continue  # "Lao Cai sits on the Red River": a river, no body that does the work
            for d in drafts:
                if _only_ours_with(d) and not any(o.name == name for o in d.organisations):
                    add_org(d, name, "organiser", t.text, aliases)
            return


# A consortium's joint report, one section per partner under a heading that names it with its
# country: "Partner 2: X Foundation (Cambodia)", "Partner 1 (lead): X (Thailand)", "Partner 1:
# X (Thailand) - lead", "PART 3 - X (Myanmar)", "Section 1 - X (Mexico)".
_PARTNER_HEAD = re.compile(
    r"^(?:Partner|PARTNER|Part|PART|Section|SECTION)\s+(?P<n>\d{1,2})\s*"
    r"(?:\((?P<lead>[^()]{1,30})\)\s*)?[:.–—-]\s*(?:the\s+)?(?P<name>[A-ZÀ-ÖØ-Þ][^()]{2,90}?)\s*"
    r"\((?P<country>[^()]{2,40})\)\s*(?:[-–—,]\s*(?P<lead2>lead(?:\s+partner)?))?\s*$"
)
_PARTNER_NO = re.compile(r"\b[Pp]artner\s+(\d{1,2})\b")
_LEAD_PARTNER = re.compile(r"\b(?:the\s+)?lead\s+partner\b", re.I)
# The section's partner tells an event as its own doing: "we organised", "we co-organised with
# Partner 1", "our network realised", "The Centre held", "The Station organised, with ...".
_OWN_DOING = re.compile(
    r"\b(?:[Ww]e|[Oo]ur\s+(?:[\w-]+\s+)?[\w-]+|[Tt]he\s+(?:[A-Z][\w-]*|centre|center|station"
    r"|association|network|union|group|foundation|alliance|organi[sz]ation))\s+(?:also\s+)?"
    r"(?:co-?organi[sz]ed|organi[sz]ed|held|ran|trained|made|realised|realized|gave|had|hosted"
    r"|conducted|facilitated)\b"
)
_WE_HOSTED = re.compile(r"\b(?:[Ww]e|[Oo]ur\s+[\w-]+)\s+hosted\b")


def partner_sections(sentences: list[Sentence]) -> tuple[dict[int, str], dict[int, str], str]:
    """A consortium report's partners: the section each heads, the number each is called by, and
    the lead partner ("" when none is marked). Empty when fewer than two sections name a partner
    with its country."""
    by_section: dict[int, str] = {}
    by_number: dict[int, str] = {}
    lead = ""
    for s in sentences:
        if s.kind != "heading":
            continue
        m = _PARTNER_HEAD.match(s.text)
        if not m or not places.country_or_adjective(m.group("country").strip()):
            continue
        name = m.group("name").strip().rstrip(",;:-– ")
        by_section[s.section] = name
        by_number[int(m.group("n"))] = name
        if re.search(
            r"\blead|chef\s+de\s+file", (m.group("lead") or "") + (m.group("lead2") or ""), re.I
        ):
            lead = name
    if len(by_section) < 2:
        return {}, {}, ""
    return by_section, by_number, lead


def _partner_orgs(sentences: list[Sentence], drafts: list[Draft], aliases: dict[str, str]) -> None:
    """In a consortium report with a section per partner, each section's events are its
    partner's: the partner organised (or, "we hosted", hosted) what its section tells with no
    other organiser, "Partner 2" and "the lead partner" are the partners so numbered, and the
    consortium named in the report's heading organised none of the partners' own events."""
    by_section, by_number, lead = partner_sections(sentences)
    if not by_section:
        return
    first = min(s.index for s in sentences if s.kind == "heading" and s.section in by_section)
    before = {s.text for s in sentences if s.index < first}
    section_of = {s.text: s.section for s in sentences}
    for d in drafts:
        told = d.evidence.get("title", "")
        section = section_of.get(told)
        keep: list[int] = []
        renamed: list[tuple[str, str, str]] = []
        for i, o in enumerate(d.organisations):
            said = d.evidence.get(f"organisations[{i}]", "")
            if o.name.lower() in ("partner", "partners", "the partner"):
                named = _partner_called(said, by_number, lead)
                if named:
                    renamed.append((named, o.role, said))
                continue
            if section in by_section and o.role == "organiser" and said in before:
                continue
            keep.append(i)
        d.keep_items("organisations", keep)
        for name, role, said in renamed:
            add_org(d, name, role, said, aliases)
        if section not in by_section:
            continue
        partner = by_section[section]
        if _WE_HOSTED.search(told):
            m = re.search(r"\borgani[sz]ed\s+by\s+(.{0,40})", told)
            if m:
                other = _partner_called(m.group(1), by_number, lead)
                if other and other != partner:
                    add_org(d, other, "organiser", told, aliases)
            add_org(d, partner, "host", told, aliases)
            continue
        has_organiser = any(o.role == "organiser" for o in d.organisations)
        if not has_organiser or _OWN_DOING.search(told):
            add_org(d, partner, "organiser", told, aliases)


def _partner_called(text: str, by_number: dict[int, str], lead: str) -> str:
    """The partner a text calls by its number ("Partner 2") or as "the lead partner"; "" when it
    names none, or more than one number."""
    numbers = {int(n) for n in _PARTNER_NO.findall(text)} & set(by_number)
    if len(numbers) == 1:
        return by_number[numbers.pop()]
    if lead and _LEAD_PARTNER.search(text):
        return lead
    return ""
