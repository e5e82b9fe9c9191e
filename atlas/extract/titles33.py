"""An event's own name, read where a report gives it, for drafts whose title is only its kind or
a description in the body's words (issue 16: kinds of text the first runs missed in three sets
or more).

- a heading that names the event: a report's title line ("Regional Seminar on Cross-Border
  Marriage and the Trafficking of Women" over "We report on the four-day regional seminar that
  ..."), a section's heading ("3.1 Workshop on land titles for widows" over "On 4 May the network
  held a workshop in Dedza ...") or a run-in title opening a numbered item ("2.2 Consultation on
  seasonal work. On 21 May we held a consultation in Pakse."): the title of the one event of
  that kind the report, section or item tells (of a report's title line, also of the one event
  whose title holds the line's noun, when the others of its kind are named otherwise). Its
  numbering, a label ("Event:", "Invitation to the", "Report on the"), a town or date after a
  comma or dash and a town before a colon ("Lagos: Training of Trainers for ...") are no part of
  the name; of "A: B" the part that names the event (all of it when A is only the kind or ends
  in a name in quotes: "Regional Workshop: Rights of Women Traders"); a name in quotes keeps its
  words. Never a heading that names the report ("Annual Report 2024", "Notes from the
  gathering"), one that names two events ("Workshop in X and report launched in Y"), a news
  headline ("Returned maids tell regional meeting", "Our side workshop"), one that adds no word
  to the title found, nor a heading over several events of the kind (a series of batches keeps
  its own titles). A name in capitals or in quotes the body gave ("International Seminar", 'the
  training "Papers for Every Child"') gives way only to a heading that holds all its words; a
  title that tells more than the event's kind only to one that tells what it was about or for
  whom ("3. Dialogue at the district hall" or "Two days training" is no better name), and one
  "on" a topic only to one "on" a topic too.
- the sentence that told an event named only by its kind: the body that held it ("The Andes
  Water Users Network held its second regional meeting in Cusco": "Second regional meeting of
  the Andes Water Users Network"; not "our network"), the international day it was held on
  ("On 8 March, International Women's Day, we held a vigil": "Vigil on International Women's
  Day"; "it gathered 400 domestic workers": "Gathering on ..."), its topic told after its town
  or date ("held a workshop in Dodoma on keeping seed": "Workshop on keeping seed"; not "with
  the support of", a count "with 60 young people", nor a body "for the X Union"), and, for
  "Training for women" read from "trained 35 women", what they were trained on ("on the new
  smoking ovens"; not a date).

This module imports nothing of the package at its top: `events` asks it.
"""

from __future__ import annotations

import re
from functools import cache

# A heading's numbering: "2.2", "3.1.", "1.", "A3.", "IV.", "(b)", "Activity 3.1", "Output 1.2 -"
_NUMBERING = re.compile(
    r"^(?:(?:Activity|Output|Section|Part|Item|Agenda(?:\s+item)?)\s+)?"
    r"(?:[A-Z]?\d{1,2}(?:\.\d{1,2})*[.)]?|[IVX]{1,4}[.)]|\(?[a-h]\))(?:\s*[-–—:])?\s+",
    re.I,
)
# A line that says where, not what: "Venue: Green Spring Conference Hotel, Kunming"
_PLACE_LABEL = re.compile(r"(?:Venue|Place|Location|Where|Address|Lieu|Lugar)\s*:", re.I)
# A label before the name: "Event: ", "Invitation: ", "Report on the ", "Proceedings of the ",
# "REPORT ON THE WORKSHOP ..."
_LABEL = re.compile(
    r"^(?:(?:Event|Activity|Title|Invitation|Subject|Re|Course\s+report|Report|Proceedings|Minutes"
    r"|Concept\s+note|Programme|Program)\s*:\s*"
    r"|(?:(?:Final|Narrative|Short|Brief)\s+)?(?:Report|Proceedings|Minutes|Summary|Notes)\s+"
    r"(?:on|of|from)\s+(?:the\s+)?|Invitation\s+to\s+(?:the\s+)?)",
    re.I,
)
# "Workshop Proceedings: ...", "Seminar report: ...": the kind, then the document's word
_KIND_DOCUMENT = re.compile(r"\s+(?:proceedings|report|notes|minutes)\s*:\s*", re.I)
# Words of a heading that names the report or a part of it, not an event
_REPORT_WORDS = re.compile(
    r"\b(?:reports?|newsletter|bulletin|update|digest|highlights|review|evaluation|minutes|"
    r"proceedings|summary|notes|outcomes|results|findings|recommendations|lessons|budget|plans?|"
    r"agenda|photos?|participants|participation|attendance|follow-up|next\s+steps|background)\b",
    re.I,
)
# Two events named in one heading: "workshop in Córdoba and report launched in Xalapa"
_TWO_TOLD = re.compile(
    r"\band\s+(?:[\w'’-]+\s+){0,3}?[a-z]+ed\b"
    r"|\band\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+)?(?:presentation|launch|release|premiere|screening"
    r"|hand-?over|march|vigil|festival|fair|jornada|exhibition)\b",
    re.I,
)
# A news headline's verb anywhere: "Arusha Exchange: Vendors Learn From Each Other"
_HEADLINE_VERB_S = re.compile(
    r"\b(?:tells|learns?|meets|holds|shares|calls|joins|says|asks|gathers|demands|urges|wins)\b",
    re.I,
)
# A news headline's verb before the event's noun: "Fishers tell forum ...", "Women meet ..."
_HEADLINE_VERB = re.compile(
    r"\b(?:tells?|learns?|meets?|holds?|shares?|calls?|joins?|says?|asks?|gathers?|demands?"
    r"|urges?|brings?|takes?|opens?|wins?|get|gets|go|goes|come|comes)\b"
)


def name_events(events: list, sentences: list) -> None:
    """Give each event the name a heading over it gives, else the name the sentence that told
    it gives (see the module's docstring)."""
    for e in events:
        if not _from_heading(e, events, sentences):
            _told_name(e.draft)


def _from_heading(e, events: list, sentences: list) -> bool:
    """The name a run-in title opening the event's item gives, else its section's heading,
    else the report's title line; whether one was given."""
    if 0 <= e.anchor < len(sentences):
        found = (
            _run_in(e, events, sentences)
            or _section_heading(e, events, sentences)
            or _report_title(e, events, sentences)
        )
        if found and _better(e.draft.title, found, e.proper or _quoted(e.draft)):
            # the title's evidence stays the sentence that told the event: later rules read
            # its venue, organisers and country from it
            e.draft.title = found
            return True
    return False


# What a title found in the body may hold after its kind and still be only its kind: a town or
# venue, a date, the order in a series ("Meeting (1 of 2)", "Round table in Khujand",
# "National consultation on 14 and 15 March")
_BARE_TAIL = re.compile(r"\s+(?:\(\d+ of \d+\)|(?:in|at|on)\s+(?:the\s+)?[A-Z0-9].*)$")
# A name that tells what the event was about or for whom: words before its kind ("Digital
# documentation training") or a complement after it ("Hearing with the regency parliament")
_TOPIC_AFTER = re.compile(r"^\s+(?:on|of|for|with|between|about|against|to|among)\s", re.I)


def _better(title: str, name: str, proper: bool) -> bool:
    """Whether `name` says more than the title found: it adds words; it holds all the words of
    a name in capitals the body gave; and, over a title that tells more than its kind, it tells
    a topic (not only where or how long: "Dialogue at the border district", "Two days
    training"), "on" one when the title does ("Workshop on savings" stays under "Workshop with
    women of Tulear")."""
    got, new = _stems(title or ""), _stems(name)
    if new <= got:
        return False
    if proper:
        return got <= new
    if len(_BARE_TAIL.sub("", title or "").split()) <= 2:
        return True
    found = _heading_mentions(name)
    if not found:
        return False
    m = found[0]
    before = _LENGTH.sub("", name[m.np_start : m.start]).strip()
    after = name[m.end :]
    if _ON_TOPIC.search(title or "") and not _ON_TOPIC.match(after):
        return False
    return bool(before) or bool(_TOPIC_AFTER.match(after) and not _OF_PLACE.match(after))


def _stems(text: str) -> set[str]:
    """A title's words, small words left out and a plural's "s" dropped ("paralegals")."""
    from atlas.extract.merging import _words

    return {re.sub(r"(?<=[a-z]{3})s$", "", w) for w in _words(text)}


# How long an event lasted, before its noun: "Two days training", "Three-day workshop"
_LENGTH = re.compile(r"\b(?:[\w]+[- ])?(?:days?|weeks?|hours?|months?)(?:-long)?\b", re.I)
_ON_TOPIC = re.compile(r"\s(?:on|about)\s")
# "Workshop of Luang Prabang": a town after "of" is no topic
_OF_PLACE = re.compile(r"\s+(?:of|in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*$")


def _quoted(d) -> bool:
    """Whether the title is a name the sentence that told the event gives in quotes."""
    title = re.escape(d.title or "")
    return bool(title) and bool(re.search(rf"[\"“]{title}[\"”]", d.evidence.get("title", "")))


def _same_kind(e, events: list, where) -> list:
    """The events of `e`'s kind for which `where(event)` holds."""
    return [o for o in events if o.draft.event_type == e.draft.event_type and where(o)]


def _run_in(e, events: list, sentences: list) -> str | None:
    """ "2.2 Consultation on seasonal work. On 21 May we held a consultation in Pakse.": the
    short title opening the item the event is told in (a sentence or a list item of its own
    right before it)."""
    s = sentences[e.anchor]
    if e.anchor == 0:
        return None
    t = sentences[e.anchor - 1]
    if t.paragraph != s.paragraph or len(t.text.split()) > 14:
        return None
    if t.kind == "text" and not t.text.endswith("."):
        return None  # a line with no full stop in a paragraph: a title block's, read below
    if len(_same_kind(e, events, lambda o: _paragraph(o, sentences) == s.paragraph)) != 1:
        return None
    name = _name_in(t.text, e.draft.event_type)
    return name


def _paragraph(e, sentences: list) -> int | None:
    return sentences[e.anchor].paragraph if 0 <= e.anchor < len(sentences) else None


def _section_heading(e, events: list, sentences: list) -> str | None:
    """The heading opening the section the event is told in, over no other event of its kind."""
    heading = next((t for t in sentences if t.section == e.section and t.kind == "heading"), None)
    if heading is None or heading.index > e.anchor:
        return None
    if len(_same_kind(e, events, lambda o: o.section == e.section)) != 1:
        return None
    name = _name_in(heading.text, e.draft.event_type)
    return name


def _report_title(e, events: list, sentences: list) -> str | None:
    """The report's title line, in a report of one event of the kind (or of several, when the
    event is the only one whose title holds the line's noun: "Annual Members' Meeting 2024" over
    a "Meeting" and a "Policy dialogue with X"): its first lines that are headings or short
    lines with no full stop (a label line "Event: ..." among them)."""
    same = _same_kind(e, events, lambda o: True)
    for t in sentences[:4]:
        short = len(t.text.split()) <= 24 and not t.text.endswith(".")
        if not (t.kind == "heading" or short):
            break
        name = _name_in(t.text, e.draft.event_type)
        if name and len(same) > 1 and _noun_in(name, same) != [e]:
            return None  # "Steering Committee and Partners' Meeting" over two meetings
        if name:
            return name
    return None


def _noun_in(name: str, events: list) -> list:
    """The events whose titles hold the last word of the noun `name` names its event by."""
    found = _heading_mentions(name)
    if not found:
        return []
    noun = found[0].head.split()[-1].lower()
    noun = re.sub(r"s$", "", noun)
    return [o for o in events if re.search(rf"\b{re.escape(noun)}", (o.draft.title or "").lower())]


def _heading_mentions(text: str) -> list:
    """The event nouns of a heading, read as the noun phrase it is: "Community forestry exchange"
    names an exchange though a bare "exchange" in a sentence does not; never a body's name
    ("Ministry of Labour and Vocational Training") nor a thing ("Training manual")."""
    from atlas.extract import mentions as nouns
    from atlas.extract.organisations import ORG_WORDS

    found = nouns.mentions(text)
    if found:
        return found
    for m in nouns.HEAD_RE.finditer(text):
        if re.search(rf"\b(?:{'|'.join(ORG_WORDS)}|Ministry|Department)\b", text[: m.start()]):
            return []
        if not _THING_AFTER.match(text, m.end()):
            return [nouns._mention(text, m)]
    return []


# A thing named by an event's noun: "Training manual", "Workshop report"
_THING_AFTER = re.compile(
    r"\s+(?:reports?|papers?|proceedings|materials|documents?|kits?|manuals?|guides?|modules?"
    r"|curricul(?:um|a)|handbooks?|rooms?|halls?|centres?|centers?|funds?|grants?|budgets?"
    # "Green Spring Conference Hotel": a place named by the events it holds
    r"|hotels?|guest\s?houses?|resorts?|inns?|lodges?|suites?|venues?)\b",
    re.I,
)


def _name_in(line: str, event_type: str) -> str | None:
    """The name of an event of `event_type` a heading line gives, or None (see the module's
    docstring)."""

    if _PLACE_LABEL.match(line.strip()):
        return None  # "Venue: Green Spring Conference Hotel, Kunming": where, not what
    text = _NUMBERING.sub("", line.strip(), count=1).strip().rstrip(".")
    text = text.split(" / ")[-1]  # "Reunión Regional / Regional Meeting": the English
    text = _LABEL.sub("", text, count=1)
    text = _KIND_DOCUMENT.sub(" ", text, count=1)
    if not text:
        return None
    text = _colon_part(text, event_type)
    if text is None:
        return None
    text = _without_place_after(text)
    text = text.replace("“", "").replace("”", "").replace('"', "").strip(" ,;:-–—")
    if text.isupper():
        text = " ".join(
            w.lower()
            if w.lower() in ("of", "on", "for", "and", "the", "in", "to", "with", "at")
            else w.capitalize()
            for w in text.split()
        )
        text = text[:1].upper() + text[1:]
    found = _heading_mentions(text)
    if len(found) != 1 or found[0].event_type != event_type or found[0].plural:
        return None
    words = text.split()
    if not 2 <= len(words) <= 16 or len(text[: found[0].start].split()) > 5:
        return None
    if _REPORT_WORDS.search(text) or _TWO_TOLD.search(text):
        return None
    if _HEADLINE_VERB.search(text[: found[0].start]) or _HEADLINE_VERB_S.search(text):
        return None  # "Returned maids tell regional meeting": a news headline, not a name
    if re.match(r"(?:A|An|Our|Their|My|Its)\s", text):
        return None  # "A policy dialogue at the border", "Our side workshop": a sentence's words
    return text[:1].upper() + text[1:]


def _colon_part(text: str, event_type: str) -> str | None:
    """Of a heading "A: B", outside quotes, the part that names the event: B after a town or a
    label, A when it names the event and more than its kind, all of it when A is only the kind."""
    from atlas.extract import places

    quoted = [(m.start(), m.end()) for m in re.finditer(r"[\"“][^\"“”]*[\"”]", text)]
    colon = next(
        (m for m in re.finditer(r":\s+", text) if not any(a < m.start() < b for a, b in quoted)),
        None,
    )
    if colon is None:
        return text
    a, b = text[: colon.start()].strip(), text[colon.end() :].strip()
    at = places.place_at(a, 0)
    if at and at[1] >= len(a):
        return b  # "Lagos: Training of Trainers for Survivor Peer Educators"
    named = [m for m in _heading_mentions(a) if m.event_type == event_type]
    if not named:
        return b if _heading_mentions(b) and not a.isupper() else None
    if a.endswith(('"', "”")) or re.fullmatch(
        r"(?:[\w'’-]+\s+)?" + re.escape(named[0].head), a, re.I
    ):
        return text  # "Regional Workshop: Rights of Women", 'Workshop "Our Sea": Fishers and ...'
    return a  # "Border Youth Forum 2024: who applied, who came"


def _without_place_after(text: str) -> str:
    """A heading's name without the town, country or date after a comma or dash ("...,
    Savannakhet", "... – Belém", "..., Amman, 2024", "... - Tiquipaya (Cochabamba), Bolivia")."""
    from atlas.extract import date_phrases, places

    for m in re.finditer(r",\s+|\s+[-–—]\s+", text):
        rest = text[m.end() :]
        if (
            places.place_at(rest, 0)
            or date_phrases.find(rest[:40])
            and date_phrases.find(rest[:40])[0].start == 0
            or re.match(r"(?:19|20)\d\d\b", rest)
        ):
            return text[: m.start()]
    return text


# "The Pacific Fishers Network held its second regional meeting in Suva": the body's own
# gathering, named by what it held
_HELD_ITS = re.compile(
    r"(?:\b[Tt]he\s+)?(?P<org>[A-Z][\w'’-]*"
    r"(?:\s+(?:of|for|and|de|del|y|in|on|the|[A-Z][\w'’-]*)){0,9}?)"
    r"(?:\s+\([A-Z][\w-]+\))?\s+(?:held|convened|organi[sz]ed|hosted)\s+its\s+"
    r"(?P<what>[\w'’-]+(?:\s+[\w'’-]+){0,5}?)"
    r"(?=\s+(?:in|at|on|from|over|last|between|with)\b|\s*[.,;(]|$)"
)
# A title "<kind> on <day>": the day's name after "on" or before the kind
_ORDINAL_WORD = re.compile(
    r"^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+",
    re.I,
)
# Where a topic's words end: a stop, a town or venue, a date
_TOPIC_END = (
    r"(?=\s*[.;,:()]|\s+(?:in|at)\s+(?:the\s+)?[A-Z]|\s+at\s+(?:the|a|an|our|their|its)\s"
    r"|\s+(?:from|between)\s+\d|$)"
)
# What may follow an event's noun before its topic: a town or venue, a date ("held a workshop in
# Dodoma on water rights", "a side event on 17 May on forced labour")
_PLACE_OR_DATE = re.compile(
    r"\s+(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:de\s+|del\s+|es\s+)?[A-Z][\w'’.-]*)*"
    r"(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)?"
    r"|on\s+\d{1,2}(?:\s*(?:-|–|and|to)\s*\d{1,2})?\s+[A-Z][a-z]+(?:\s+\d{4})?"
    r"|on\s+[A-Z][a-z]+\s+\d{1,2}(?:,?\s+\d{4})?)"
)
_TOPIC = re.compile(
    r"\s+(?P<topic>(?:on|about|for|with)\s+(?!(?:the\s+)?(?:support|help|funding|first|second|"
    r"last)\b|(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|hours?|months?)\b"
    r"|the\s+[A-Z]|(?<=with\s)(?:(?:more\s+than|over|about|some|around|nearly)\s+)?\d)"
    r"[^.;,:()]{3,90}?)" + _TOPIC_END
)


# "Training for women", read from "trained 35 women ...": its topic told after "on" ("our network
# trained 35 women of Mbour on the new smoking ovens"), not a day ("on 3 May", "on Monday")
_TRAINED_FOR = re.compile(r"^Training for [\w'’ -]+$")
_TRAINED_ON = re.compile(
    r"\btrained\b[^.;:]*?\s(?P<topic>on\s+"
    r"(?!\d|(?:the\s+)?\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
    r"[^.;:,()]{3,90}?)" + _TOPIC_END
)


# A title a verb made of those who came: "Gathering of domestic workers" ("gathered 400 domestic
# workers"), "March of people" ("500 people marched")
_OF_PEOPLE = re.compile(r"^(?:Gathering|March|Walk|Rally)\s+of\s+[\w'’ -]+$")


def _told_name(d) -> None:
    """A title that is only the event's kind (or "Training for <people>"), named from the
    sentence that told it: what the people trained were trained on ("trained 35 women on the
    new smoking ovens": "Training for women on the new smoking ovens"); by the body
    that held it ("The X Network held its second regional meeting": "Second regional meeting of
    the X Network"), by the international day it was held on ("a vigil on World Refugee Day":
    "Vigil on World Refugee Day"), or by its topic told after its town or date ("held a workshop
    in Dodoma on water rights": "Workshop on water rights"; not a body it was held for: "an
    exchange visit in Harare for the Zambia Traders Union")."""
    told = d.evidence.get("title", "")
    bare = _BARE_TAIL.sub("", d.title or "")
    trained = _TRAINED_ON.search(told) if _TRAINED_FOR.match(d.title or "") else None
    if trained:
        d.title = f"{d.title} {trained.group('topic').strip()}"
        return
    if _OF_PEOPLE.match(d.title or ""):
        bare = bare.split()[0]  # "Gathering of domestic workers": the people are no name
    if not told or len(bare.split()) > 3:
        return
    name = (
        _held_its(told, bare)
        or _on_day(d, bare if len(bare.split()) <= 2 else _first_noun(bare))
        or (_topic_after(told, bare) if len(bare.split()) <= 2 else None)
    )
    if name:
        d.title = name


def _first_noun(title: str) -> str:
    """The title's first word when it is an event's noun ("March through Tamale": "March"),
    else the empty string."""
    from atlas.extract.mentions import HEAD_RE

    first = title.split()[0]
    return first if HEAD_RE.fullmatch(first) or _ACTION.fullmatch(first) else ""


# Public actions the verb rules title by their noun ("March through Tamale", "Vigil in Suva")
_ACTION = re.compile(r"March|Walk|Rally|Vigil|Hand-?over|Handover|Celebration|Memorial|Launch")


def _held_its(told: str, bare: str) -> str | None:
    from atlas.extract.merging import _words
    from atlas.extract.organisations import ORG_WORDS

    for m in _HELD_ITS.finditer(told):
        what, org = m.group("what"), m.group("org")
        if _words(_ORDINAL_WORD.sub("", what)) != _words(_ORDINAL_WORD.sub("", bare)):
            continue
        if not re.search(rf"\b(?:{'|'.join(ORG_WORDS)}|Circle|Collective|Red)\b", org):
            continue
        return f"{what[:1].upper()}{what[1:]} of the {org}"
    return None


def _on_day(d, bare: str) -> str | None:
    """ "<kind> on <day>": an international day the event's sentences name, the day of its
    date when the day's date is known, else told as when it was held ("On World Day against
    Trafficking in Persons we held a vigil", "Vigil, 30 July 2024, World Day against ...")."""
    from atlas.extract.date_phrases import _FIXED_DAY_RE, _FIXED_DAYS

    if not bare or d.start_date is None or d.date_precision != "day":
        return None
    told = d.evidence.get("title", "")
    for text in dict.fromkeys([told, *d.evidence.values()]):
        for m in _FIXED_DAY_RE.finditer(text):
            i = next(int(k[1:]) for k, v in m.groupdict().items() if v and k.startswith("f"))
            _, month, day = _FIXED_DAYS[i]
            if (d.start_date.month, d.start_date.day) == (month, day):
                return f"{bare} on {' '.join(m.group(f'f{i}').split())}"
    m = _NAMED_DAY.search(told)
    if m and not _FIXED_DAY_RE.search(m.group("day")):
        return f"{bare} on {' '.join(m.group('day').split())}"
    return None


# An international day told as the day an event was held: "On World Day against Trafficking in
# Persons", ", International Day of Rural Women,", "to mark Global Handwashing Day"
_NAMED_DAY = re.compile(
    r"(?:\b[Oo]n|,|\bmark(?:ing)?|\bcelebrat\w+)\s+(?:the\s+)?"
    r"(?P<day>(?:International|World|Global)"
    r"\s+(?:[A-Z][\w'’-]*\s+){0,3}?Day(?:\s+(?:of|for|against)\s+(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:\s+(?:(?:in|of|for|against|the)\s+)*[A-Z][\w'’-]*)*)?)(?=\s*(?:[,.;]|$|\s+[a-z]))"
)


def _topic_after(told: str, bare: str) -> str | None:
    """ "held a workshop in Dodoma on water rights": the kind and its topic."""
    noun = bare.split()[-1]
    if re.fullmatch(r"March|May|June|July|August", noun):
        return None  # the month, not the march
    for m in re.finditer(rf"\b(?:{re.escape(noun)}|{re.escape(noun.lower())})\b", told):
        at, skipped = m.end(), 0
        while (p := _PLACE_OR_DATE.match(told, at)) is not None:
            at, skipped = p.end(), skipped + 1
        topic = _TOPIC.match(told, at) if skipped else None
        if topic:
            words = re.sub(
                r"\b(for|with)\s+(?:(?:more than|over|about|some|around|nearly)\s+)?\d+\s+",
                r"\1 ",
                topic.group("topic"),
            )
            return f"{bare} {words.strip()}"
    return None


# A date the title ran into: "Members' meeting of Saturday 14", "Training on safe migration on
# 12", "Candle vigil on the evening of 30 July itself" (the sentence's date, not the name), and
# the town after it ("... on 12 March 2026 in Kampot")
@cache
def _date_tail() -> re.Pattern[str]:
    from atlas.extract.date_phrases import FULL_MONTH

    return re.compile(
        r"\s+(?:on|of|from|held\s+on)\s+(?:the\s+)?(?:(?:morning|afternoon|evening|night)\s+of\s+)?"
        r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:the\s+)?"
        rf"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?:\s*[-–]\s*(?:[12]\d|3[01]|0?[1-9]))?"
        rf"(?:\s+(?:of\s+)?{FULL_MONTH})?"
        r"(?:,?\s+(?:19|20)\d\d)?(?:\s+itself)?"
        r"(?:,?\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?\s*$"
    )


def without_date_tail(title: str | None) -> str | None:
    """The title without a date its words ran into at their end; the title as it is when
    nothing would be left of it."""
    if not title:
        return title
    cut = _WEEKDAY_TAIL.sub("", _date_tail().sub("", title))
    return cut if len(cut.split()) >= 2 else title


# "Press conference on Wednesday": the title ran into the weekday before its date's comma
_WEEKDAY_TAIL = re.compile(r"\s+on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s*$")
