"""From a report's sentences to the events it describes, each with its fields and sentences.

An event is introduced by an *anchor*: a sentence naming an event ("workshop", "exchange
program", "field visits", "consultation"...) together with a date, a place or a participant
count ("On 5-7 August 2014 a Regional Exchange Program ... was organised in Chiang Mai").
One anchor may introduce several events: "Two workshops ... (in early 2010)" is two, "field
visits to Thailand (May 2016), Cambodia (May 2016)" one per place, "a national seminar ... in
January 2009 with 71 participants and again in April 2010 with 75" one per date. Later sentences
that name the event again ("The exchange program was funded by Diakonia") or, in the same
section, say more without naming another ("42 participants attended") add to it. A mention with
no date, place or count joins the nearest event of its kind in the report; with none of its
kind, it becomes an event of its own only when the sentence says one took place ("worked together
to conduct a series of trainings") and it is marked unsure. Plans ("will be organised") are
never events.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from atlas import countries
from atlas.dates import format_date, period_end
from atlas.extract import date_phrases, numbers, organisations, outcomes, places
from atlas.extract.drafts import (
    Draft,
    LooseOutcome,
    OrganisationRole,
    Outcome,
    Participation,
    Project,
)
from atlas.extract.sentences import Sentence

_HEADS: list[tuple[str, str]] = [
    (r"exchange\s+program(?:me)?s?|exchange\s+visits?|(?:learning|youth|peer|staff|study|cross-border)\s+exchanges?", "exchange"),
    (r"(?:field|study|country|exposure|site|learning)\s+visits?|(?:study\s+)?tours?", "field_visit"),
    # "a visit" alone is too common a word; "a visit to Osaka" and "each visit" are events.
    (r"visits?(?=,?\s+to\s+[A-Z])|(?:(?<=[Ee]ach )|(?<=[Tt]he )|(?<=[Tt]his )|(?<=[Tt]hese )|(?<=[Bb]oth ))visits?", "field_visit"),
    (r"workshops?|(?:youth|media|summer|training|leadership)\s+camps?", "workshop"),
    (r"seminars?|webinars?", "seminar"),
    (r"consultative(?:\s+and\s+[a-z]+)?\s+meetings?|consultations?", "consultation"),
    (r"training\s+(?:courses?|programmes?|programs?|sessions?)|trainings?", "training"),
    (r"exhibitions?", "exhibition"),
    (r"(?:book|report|public|official)\s+launch(?:es)?|launch\s+(?:events?|ceremon(?:y|ies))", "launch"),
    # A forum is an event written in lower case or with its subject ("Youth Forum on Safe
    # Migration"); "the Riverbank Labour Forum organised" is an organisation.
    (r"conferences?|symposi(?:um|a)|summits?|congress(?:es)?|(?-i:forums?)|(?-i:Forums?)(?=\s+(?:on|for)\s)", "conference"),
    (r"meetings?|dialogues?|round-?\s?tables?|(?:general\s+|members['’]?\s+)?assembl(?:y|ies)", "meeting"),
]
_HEAD_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(f"(?P<t{i}>{p})" for i, (p, _) in enumerate(_HEADS)) + r")(?![\w-])",
    re.I,
)
# Words that point back at an event already told: "the event", "the exchange", "the program".
_BACK_REF = re.compile(r"\b(?:the|this|that)\s+(event|exchange|program(?:me)?|activity|gathering)\b", re.I)
_FUTURE = re.compile(
    r"\b(?:will|would|shall|should|could|can|may|might|plans?\s+to|planned\s+to|intends?\s+to"
    r"|is\s+to\s+be|are\s+to\s+be|to\s+be\s+held|upcoming|next\s+year|similar|Will)\b"
)  # case-sensitive: "May 2016" is a month, not "may"
_REALISED = re.compile(
    r"\b(?:\w+ed|was|were|held|took|ran|met|gave|led|began|made|set up|brought|came|went|had|saw)\b",
    re.I,
)
_DETERMINERS = {
    "a": "a", "an": "a", "the": "the", "this": "the", "that": "the", "these": "the",
    "those": "the", "each": "each", "every": "each", "all": "the", "its": "the", "their": "the",
    "his": "the", "her": "the", "our": "the", "both": "the", "another": "a", "several": "some",
    "some": "some", "various": "some", "subsequent": "some", "similar": "some",
}
_STOP_LEFT = {
    "in", "at", "on", "of", "for", "with", "to", "from", "by", "between", "among", "during",
    "and", "or", "was", "were", "is", "are", "held", "organised", "organized", "conducted",
    "arranged", "through", "after", "before", "into", "about", "via", "than", "as",
}
_STOP_RIGHT = {
    "took", "was", "were", "is", "are", "has", "had", "have", "held", "organised", "organized",
    "conducted", "arranged", "convened", "hosted", "which", "that", "who", "where", "when",
    "began", "ended", "concluded", "aimed", "looked", "included", "brought", "culminated",
    "provided", "and", "in", "at", "during", "from", "by", "as",
}
_COMPLEMENT_START = {"between", "with", "for", "on", "of", "among", "to", "about", "entitled", "called", "under"}
_HELD = r"(?:held|took\s+place|organi[sz]ed|conducted|convened|hosted|arranged|happened|run)"
_VENUE_WORDS = (
    r"Hotel|Hall|Centre|Center|University|Resort|Inn|Office|Building|Room|Museum|Library|Campus"
    r"|Institute|Auditorium|Temple|Club|House|Secretariat|Headquarters|Convention|Plaza|Gallery"
)
_VENUE = re.compile(rf"\bat\s+(?:the\s+)?((?:[A-Z][\w'’&-]*\s+){{0,6}}(?:{_VENUE_WORDS})\b(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*)*)")
_PROPER = re.compile(r"[A-Z0-9][\w'’-]*")
_PROJECT = re.compile(
    r"\b(?:commenced|launched|started|began|initiated|implemented|undertook|embarked on)\s+"
    r"(?:a|an|the)\s+(?:new\s+)?(?:[\w-]+\s+)?project\s*,?\s*(?:entitled|called|titled|named)\s*[:,]?\s*"
)
_PROJECT_PAREN = re.compile(r"\(the\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+[Pp]roject\)")
# "Two study tours ...: the first to Seoul in April, and the second to Taipei": which of a
# group of events a clause tells.
_ORDINALS = {
    "first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "sixth": 5, "seventh": 6,
    "eighth": 7, "ninth": 8, "tenth": 9, "last": -1, "latter": -1, "former": 0,
}
_ORDINAL = re.compile(rf"\b[Tt]he\s+({'|'.join(_ORDINALS)})\b(?:\s+(?:one|of\s+(?:these|them|the\s+\w+)))?,?\s*")
_ORDINAL_LIST = re.compile(
    rf"^(?:Of\s+these,\s+)?[Tt]he\s+(?:{'|'.join(_ORDINALS)})(?:(?:\s*,\s*|\s+and\s+)(?:the\s+)?(?:{'|'.join(_ORDINALS)}))+\b"
)
_ALL_OF_GROUP = re.compile(
    r"^(?:All|Both|Each)(?:\s+(?:of\s+them|of\s+these|two|three|four|five|six|seven|eight|nine|ten))?\s+"
    r"(?:were|was|had|took|received|included|lasted|ran|focused|brought)\b"
)
_ONLINE = re.compile(r"\b(?:online|virtual(?:ly)?|by video|on Zoom|over Zoom)\b", re.I)


def _online(d: Draft, text: str) -> None:
    """An event moved online has no city or country of its own."""
    for name in ("city", "venue", "country_iso3"):
        setattr(d, name, None)
        d.evidence.pop(name, None)
        d.unsure.pop(name, None)
    d.evidence["venue"] = text
    d.unsure["venue"] = "held online"


# What may follow "the first" when it stands for an event ("the first took place", "the first
# to Seoul"), unlike "the first day" or "the first newsletter".
_AFTER_ORDINAL = re.compile(
    r"(?:was|were|took|had|has|lasted|followed|brought|gathered|focused|looked|covered|went|saw"
    r"|ran|in|on|at|to|from|with|for|between|during|\w+ed)\b"
)


# Finer precisions first: a clause's "6 and 7 March" refines its group's "2012".
_FINER = {"day": 0, "month": 1, "season": 2, "year": 3}


@dataclass
class Mention:
    """A noun naming an event in a sentence, and what surrounds it."""

    start: int
    end: int
    head: str
    event_type: str
    plural: bool
    determiner: str  # "", "a", "the", "each", "some", or "n" for a number
    count: int | None
    np_start: int
    proper_title: str | None
    title: str


@dataclass
class _Event:
    draft: Draft
    sentences: list[int] = field(default_factory=list)
    anchor: int = -1
    group: int = -1
    section: int = 0
    proper: bool = False
    definite: bool = False


def _singular(word: str) -> str:
    if re.search(r"(?:ies)$", word):
        return word[:-3] + "y"
    if re.search(r"(?:ches|shes|sses)$", word):
        return word[:-2]
    if word.endswith("symposia"):
        return word[:-1] + "um"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _event_type(match: re.Match[str]) -> str:
    for name, value in match.groupdict().items():
        if value is not None:
            return _HEADS[int(name[1:])][1]
    return "other"


def mentions(text: str) -> list[Mention]:
    """Event nouns in a sentence, a noun that only qualifies the next one ("training
    workshops") folded into it."""
    found: list[re.Match[str]] = []
    for m in _HEAD_RE.finditer(text):
        before, after = text[: m.start()], text[m.end():]
        if m.group(0).lower().startswith("consultation") and re.search(r"\bin\s+$", before) and after.lstrip().startswith("with"):
            continue  # "in consultation with"
        if m.group(0).lower().startswith("meeting") and re.search(r"\b(?:after|before|by|for|while|of)\s+$", before):
            continue  # "after meeting with officials"
        if re.match(r"\s+(?:reports?|papers?|proceedings|materials|documents?|kits?|manuals?|guides?|modules?|curricul(?:um|a)"
                    r"|handbooks?|rooms?|halls?|centres?|centers?|funds?|grants?|budgets?|secretariat|fees?)\b", after, re.I):
            continue  # "a conference report", "a training manual": a thing, not an event
        if m.group(0)[0].isupper() and re.search(
            rf"\b(?:{'|'.join(organisations.ORG_WORDS)})\b(?:\s+(?:of|for|and|the|on|[A-Z][\w'’-]*))*\s+$", before
        ):
            continue  # "Ministry of Labour and Vocational Training" names a ministry
        found.append(m)
    result: list[Mention] = []
    for i, m in enumerate(found):
        nxt = found[i + 1] if i + 1 < len(found) else None
        if nxt is not None and text[m.end(): nxt.start()].strip() == "":
            continue  # a modifier of the next noun
        result.append(_mention(text, m))
    told = _verb_mentions(text)
    result = [m for m in result if not any(v.start <= m.start < v.end for v in told)]
    return sorted(result + told, key=lambda m: m.start)


# Events a sentence tells by its verb, with no event noun: "launched its hotline at a public
# event", "trained 27 crew leaders in Ranong".
_LAUNCHED = re.compile(
    r"\b(?:launched|unveiled)\s+(?P<what>(?!(?:a|an|the|its|their)\s+(?:new\s+)?project\b)[^.;:]{3,120}?),?"
    r"\s+at\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:event|ceremony|screening|reception|gathering|function|celebration)\b"
)
_COUNTED = (
    r"(?:(?:more than|over|some|about|around|nearly)\s+)?(?:\d{1,3}(?:,\d{3})+|\d+|[a-z]+(?:-[a-z]+)?)"
    rf"\s+(?:[A-Za-z-]+\s+){{0,4}}?(?:{numbers.PEOPLE}|{numbers.OTHER_PEOPLE})"
)
_TRAINED = re.compile(rf"\btrained\s+(?P<who>{_COUNTED})\b|\b(?P<who2>{_COUNTED})\s+(?:were|was)\s+trained\b", re.I)


def _verb_mentions(text: str) -> list[Mention]:
    found = []
    for m in _LAUNCHED.finditer(text):
        what = re.sub(r"^(?:its|their|his|her|our)\s+", "", m.group("what").strip(" ,"))
        title = "Launch of " + what.replace(", ", " ").rstrip(",")
        found.append(Mention(m.start(), m.end(), "launch", "launch", False, "a", None, m.start(), None, title))
    for m in _TRAINED.finditer(text):
        who = m.group("who") or m.group("who2")
        value = numbers.totals(numbers.digits(("with " + who) if m.group("who") else who + " were trained"))
        if not value:
            continue
        people = re.sub(r"^(?:(?:more than|over|some|about|around|nearly)\s+)?\S+\s+", "", who, flags=re.I).lower()
        found.append(Mention(m.start(), m.end(), "training", "training", False, "a", None, m.start(), None, f"Training for {people}"))
    return found


def _mention(text: str, m: re.Match[str]) -> Mention:
    head = m.group(0)
    head_start = m.start()
    words = list(re.finditer(r"[\w'’-]+", text[: m.start()]))
    determiner, count, np_start = "", None, m.start()
    mods: list[str] = []
    for w in reversed(words[-6:]):
        word = w.group(0)
        low = word.lower()
        if low in _DETERMINERS:
            determiner, np_start = _DETERMINERS[low], w.start()
            break
        value = numbers.number(word) if not re.fullmatch(r"\d+(?:st|nd|rd|th)", low) else None
        if value is not None and 1 < value < 50 and not re.fullmatch(r"(?:19|20)\d\d", word):
            determiner, count, np_start = "n", value, w.start()
            break
        if text[w.end(): np_start].strip():
            break  # punctuation between: the phrase starts after it
        if low in _STOP_LEFT:
            series = re.search(r"\b[Aa]\s+(?:series|range|number|couple)\s+$", text[: w.start()])
            if low == "of" and series:
                determiner, np_start = "a", series.start()
                mods.insert(0, text[series.start() + 2: w.end()].strip())  # "series of"
            break
        if re.fullmatch(r"(?:19|20)\d\d", word):
            break
        if not re.fullmatch(r"(?:\w+-)?(?:day|days|week|month)(?:-long)?|week-long", low):
            mods.insert(0, word)
        np_start = w.start()
    plural = bool(re.search(r"(?:s|ia)$", head, re.I)) and not head.lower().endswith(("ss",))
    series = bool(mods) and mods[0].startswith(("series", "range", "number", "couple"))
    proper = _proper_title(text, head_start, m.end(), [w for w in mods if " " not in w])
    title = proper or _generic_title(text, mods, head, m.end(), (plural or bool(count)) and not series)
    return Mention(head_start, m.end(), head, _event_type(m), plural, determiner, count, np_start, proper, title)


def _proper_title(text: str, start: int, end: int, mods: list[str]) -> str | None:
    """A name in capitals around the noun ("Regional Exchange Program on Migration Issues",
    "15th Anniversary Workshop"), when the noun itself is written with a capital."""
    if not text[start].isupper():
        return None
    left = start
    for word in reversed(mods):
        if not (word[0].isupper() or re.fullmatch(r"\d+(?:st|nd|rd|th)", word)):
            break
        left = text.rfind(word, 0, left)
    right = end
    while True:
        m = re.match(r"\s+((?:(?:on|of|for|and|the|in)\s+)*)([A-Z][\w'’-]*)", text[right:])
        if not m or (m.group(2) in ("On", "In", "At") and not m.group(1)):
            break
        if places.country(m.group(2)) and m.group(1).strip() in ("in",):
            break
        right += m.end()
    title = text[left:right].strip()
    if left == start and right == end:
        return None  # a capitalised noun alone ("Workshop") is not a name
    return title


def _generic_title(text: str, mods: list[str], head: str, end: int, singular: bool) -> str:
    words = [*mods, _singular(head) if singular else head]
    after = text[end:]
    first = re.match(r"\s+([a-z]+)\b", after)
    place_next = re.match(r"\s+(?:to|in|at)\s+(?:the\s+)?[A-Z]", after)
    if first and first.group(1) in _COMPLEMENT_START and not place_next and not re.match(r"\s+(?:to|in|with)\s+\d", after):
        taken: list[str] = []
        for token in re.finditer(r"[^\s,;:()\[\].]+|[,;:()\[\].]", after):
            word = token.group(0)
            if word in ",;:()[]." or (taken and word.lower() in _STOP_RIGHT and word.lower() != "and"):
                break
            if taken and word.lower() == "and" and re.match(r"\s+(?:the\s+)?[a-z]+ed\b", after[token.end():]):
                break
            if taken and (date_phrases.find(word + after[token.end(): token.end() + 12]) and word[0].isupper()):
                break
            if word.lower() == "with" and re.match(r"\s+\d", after[token.end():]):
                break
            taken.append(word)
            if len(taken) >= 12:
                break
        words += taken
    title = " ".join(words)
    return title[:1].upper() + title[1:]


# Places ----------------------------------------------------------------------------------


@dataclass
class _Place:
    city: str | None
    country: str | None
    country_stated: bool
    date: date_phrases.DatePhrase | None = None
    start: int = 0
    in_gazetteer: bool = True


def _place_at(text: str, pos: int) -> tuple[_Place, int] | None:
    """A place starting at `pos`: "Chiang Mai, Thailand", "Bangkok", "Thailand"."""
    m = places.country_pattern().match(text, pos)
    if m:
        iso3 = places.country(m.group(1))
        if iso3:
            # A city-state is its own city ("in Hong Kong", "in Singapore").
            city_state = m.group(1) if places.city(m.group(1), iso3) else None
            return _Place(city_state, iso3, True, start=pos), m.end()
    m = re.match(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}", text[pos:])
    if not m:
        return None
    words = m.group(0).split()
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n])
        end = pos + len(name)
        country_after = re.match(r",\s+", text[end:])
        stated = None
        if country_after:
            cm = places.country_pattern().match(text, end + country_after.end())
            if cm and places.country(cm.group(1)):
                stated = (places.country(cm.group(1)), cm.end())
        found = places.city(name, stated[0] if stated else None)
        if found:
            # The city as the report writes it ("Can Tho"), the gazetteer only vouching for it.
            if stated:
                return _Place(name, stated[0], True, start=pos), stated[1]
            return _Place(name, found.country_iso3, False, start=pos), end
        if stated and n == len(words) and not re.search(rf"\b(?:{_VENUE_WORDS})\b", name) and not organisations.looks_like_org(name):
            # "in Mae Hong Son, Thailand": a town too small for the gazetteer, placed by the
            # country written after it.
            return _Place(name, stated[0], True, start=pos, in_gazetteer=False), stated[1]
    return None


def _place_list(text: str, pos: int, year: int | None = None) -> list[_Place]:
    """Places listed from `pos`, each with the date in brackets after it if any: "Thailand
    (May 2016), Cambodia (May 2016)", "Bangkok, Thailand; Yangon, Myanmar; and Phnom Penh";
    "Ranong (June)" in `year`, the year given before."""
    found: list[_Place] = []
    while True:
        hit = _place_at(text, pos)
        if not hit:
            return found
        place, pos = hit
        bracket = re.match(r"\s*\(([^)]{3,40})\)", text[pos:])
        if bracket:
            phrases = date_phrases.find("(" + bracket.group(1) + ")", date_phrases.last_year(text[:pos]) or year)
            if phrases:
                place.date = phrases[0]
            pos += bracket.end()
        found.append(place)
        sep = re.match(r"\s*(?:[,;]\s*(?:and\s+)?|and\s+)", text[pos:])
        if not sep:
            return found
        pos += sep.end()


def _places_after(text: str, mention: Mention, scope_end: int, year: int | None = None) -> tuple[list[_Place], str | None]:
    """Where the event took place: a venue, and places right after the noun ("exhibitions in
    Bangkok, ...") or after "held in"; several only for a plural noun. Before the noun, only
    where people went or met ("gathered at X University in Bangkok for the forum")."""
    region = text[mention.end: scope_end]
    venue = None
    vm = _VENUE.search(region)
    if vm:
        venue = vm.group(1).strip()
    for m in re.finditer(rf"\b(?:{_HELD}\s+)?(?:in|at|to)\s+(?:the\s+)?(?=[A-Z])", region):
        gap = len(re.findall(r"\w+", region[: m.start()]))  # words, not the commas of ", to Taipei,"
        held = re.match(_HELD, m.group(0))
        is_to = re.search(r"\bto\s+", m.group(0)) is not None
        if is_to and mention.event_type != "field_visit":
            continue
        after_venue = venue and vm and m.start() >= vm.end() and m.start() - vm.end() < 3
        if gap > 0 and not held and not after_venue:
            continue
        listed = _place_list(text, mention.end + m.end(), year)
        if listed:
            return (listed if mention.plural or mention.count else listed[:1]), venue
    before = text[: mention.np_start]
    went = (
        rf"\b(?:{_HELD}|gathered|met|assembled|convened|travell?ed|went|came)\s+(?:again\s+|together\s+)?"
        rf"(?:at\s+(?:the\s+)?(?P<venue>(?:[A-Z][\w'’&-]*\s+){{0,6}}(?:{_VENUE_WORDS}))\s+)?(?:in|to)\s+(?:the\s+)?(?=[A-Z])"
    )
    for m in re.finditer(went, before):
        if m.group(0).split()[-1] == "to" and not re.search(r"travell?ed|went|came", m.group(0)):
            continue
        listed = _place_list(text, m.end(), year)
        if len(listed) == 1:
            return listed, venue or m.group("venue")
    return [], venue


def _place_named_in(text: str) -> _Place | None:
    """The one place a sentence puts something "in" ("a workshop on labour migration in
    Bangkok", "the situation of migrant children in Thailand"), or None if none or several."""
    found: dict[tuple, _Place] = {}
    for m in re.finditer(r"\bin\s+(?:the\s+)?(?=[A-Z])", text):
        listed = _place_list(text, m.end())
        if len(listed) > 1:
            # "in Hai Phong and Da Nang": no one city, but one country when they share it.
            countries_of = {place.country for place in listed}
            if len(countries_of) == 1 and not found:
                return _Place(None, countries_of.pop(), False)
            return None
        for place in listed:
            found[(place.city, place.country)] = place
    return next(iter(found.values())) if len(found) == 1 else None


def _put_place(d: Draft, place: _Place, text: str, why: str | None = None) -> None:
    """Set a draft's city and country from a place, with the sentence, and say what is guessed."""
    if place.city:
        d.city = place.city
        d.evidence["city"] = text
        if why:
            d.unsure["city"] = why
        elif not place.in_gazetteer:
            d.unsure["city"] = "not in the gazetteer; the report names it before its country"
    if place.country:
        d.country_iso3 = place.country
        d.evidence["country_iso3"] = text
        if why:
            d.unsure["country_iso3"] = why if place.city else f"{why}; the sentence names several of its cities"
        elif not place.country_stated:
            d.unsure["country_iso3"] = f"not stated; {place.city} is in {countries.display_name(place.country)}"


def _place_in_clause(clause: str, event_type: str) -> _Place | None:
    """The one place a clause puts an event ("took place in Savannakhet, Lao PDR", "the
    second to Taipei"), or None."""
    for m in re.finditer(rf"\b(?:{_HELD}\s+)?(?:in|at|to)\s+(?:the\s+)?(?=[A-Z])", clause):
        if m.group(0).split()[-1] == "to" and event_type != "field_visit":
            continue
        listed = _place_list(clause, m.end())
        if len(listed) == 1:
            return listed[0]
    return None


def ordinal_clauses(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """(which event, clause start, clause end) for each "the first ...", "the second ..."
    between `start` and `end` that stands for an event."""
    found = [
        m for m in _ORDINAL.finditer(text, start, end)
        if _AFTER_ORDINAL.match(text, m.end()) or _HEAD_RE.match(text, m.end())
    ]
    return [
        (_ORDINALS[m.group(1).lower()], m.start(), found[i + 1].start() if i + 1 < len(found) else end)
        for i, m in enumerate(found)
    ]


# Documents -------------------------------------------------------------------------------


@dataclass
class _Spec:
    """One event an anchor introduces."""

    start: object = None
    end: object = None
    precision: str | None = None
    place: _Place | None = None
    counts: str = ""  # the stretch of text whose counts are this event's
    suffix: str = ""
    date_text: str | None = None
    year_from_context: bool = False


def _specs(text: str, digits_text: str, mention: Mention, scope: tuple[int, int], year: int | None = None) -> list[_Spec]:
    """The events one mention introduces, or [] when it introduces none (no date, place or
    count). `year` is the year the report gave last, for a date written without one."""
    lo, hi = scope
    region = text[lo:hi]
    year = date_phrases.last_year(text[:lo]) or year
    listed, venue = _places_after(text, mention, hi, year)
    # Dates in brackets after listed places are those places' dates, not the sentence's. A
    # date before the noun is the event's only where the sentence opens with it ("On 5-7
    # August 2014 a ..."), not in "MMN's launch in 2003 ... dialogues".
    own = [] if any(p.date for p in listed) else [
        p for p in date_phrases.find(region, year)
        if lo + p.start >= mention.np_start or len(text[: lo + p.start].split()) <= 2
        or p.precision == "day"
    ]
    has_count = bool(numbers.totals(numbers.digits(region)))
    specs: list[_Spec] = []
    if len(listed) >= 2:
        shared = own[0] if len(own) == 1 else None
        for place in listed:
            d = place.date or shared
            specs.append(_spec(d, place, region, ": " + (place.city or countries.display_name(place.country))))
        return specs
    place = listed[0] if listed else None
    if len(own) >= 2 and not mention.plural:
        clauses = [region[p.start: (own[i + 1].start if i + 1 < len(own) else len(region))] for i, p in enumerate(own)]
        if re.search(r"\bagain\b", region) or all(numbers.totals(numbers.digits(c)) for c in clauses):
            return [
                _spec(p, place, clauses[i], f" ({format_date(p.first, p.precision)})")
                for i, p in enumerate(own)
            ]
    date = own[0] if own else (place.date if place else None)
    if not (date or place or has_count or venue):
        return []
    n = mention.count if mention.count and mention.plural else 1
    if n > 1:
        return [_spec(date, place, region, f" ({i} of {n})") for i in range(1, n + 1)]
    spec = _spec(date, place, region, "")
    return [spec]


def _spec(date: date_phrases.DatePhrase | None, place: _Place | None, counts: str, suffix: str) -> _Spec:
    spec = _Spec(place=place, counts=counts, suffix=suffix)
    if date:
        spec.start, spec.end, spec.precision, spec.date_text = date.first, date.last, date.precision, date.text
        spec.year_from_context = date.year_from_context
    return spec


class _Document:
    """The state of one report while it is read: its events, project and where we are."""

    def __init__(self, sentences: list[Sentence], source: str, aliases: dict[str, str]):
        self.sentences = sentences
        self.source = source
        self.aliases = aliases
        self.events: list[_Event] = []
        self.project: Project | None = None
        self.project_at = -1
        self.groups = 0
        self.pending_outcomes: list[tuple[Outcome, str]] = []
        self.last_title: str | None = None  # the publication named last, for "800 copies were distributed"
        self.named_orgs: list[str] = []  # organisations given a role so far, for "the network"
        self.seen_orgs: list[str] = []  # every organisation named so far, for the same
        # The year the report named last before each sentence, for dates written without one.
        self.years: list[int | None] = []
        last = None
        for s in sentences:
            self.years.append(last)
            last = date_phrases.last_year(s.text) or last

    # -- pass 1: anchors --------------------------------------------------------------------

    def find_project(self, s: Sentence) -> bool:
        text = s.text
        m = _PROJECT.search(text)
        if m:
            rest = text[m.end():]
            quoted = re.match(r"[“\"]([^”\"]{3,200})[”\"]", rest)
            name = quoted.group(1) if quoted else re.split(r",|\s+(?:supported|funded|financed)\s+by\b|\.\s", rest)[0]
            name = name.strip(" .,:")
            short = name.split(":")[0].strip() if ":" in name else (name if len(name.split()) <= 4 else None)
            project = Project(name=name, short_name=short, evidence={"name": text})
            dates_here = date_phrases.find(text[: m.start()])
            if dates_here:
                project.start_date, project.date_precision = dates_here[0].first, dates_here[0].precision
            for role in organisations.roles(text, self.aliases, has_event=False):
                if role.role == "funder":
                    project.funders.append(role.name)
                    project.evidence["funders"] = text
            self.project, self.project_at = project, s.index
            return True
        m = _PROJECT_PAREN.search(text)
        if m and self.project is None:
            short = m.group(1)
            runs = list(re.finditer(outcomes.TITLE, text[: m.start()].rstrip()))
            long = runs[-1].group(0) if runs and "Project" in runs[-1].group(0) else None
            if long:
                long = long[long.index("Project"):]
            self.project = Project(name=long or f"{short} project", short_name=short, evidence={"name": text})
            self.project_at = s.index
        return False

    def find_partners(self, index: int) -> None:
        """A "Project Partners" heading and the list under it."""
        heading = self.sentences[index]
        if self.project is None or not re.fullmatch(r"(?:project\s+)?partners:?", heading.text.strip(), re.I):
            return
        for s in self.sentences[index + 1:]:
            if s.kind != "bullet":
                break
            for part in re.split(r"\s*,\s*", s.text.rstrip(" ;.").removesuffix(" and").rstrip(" ;,")):
                if re.match(r"(?:Mr|Ms|Mrs|Dr|Prof)\.?\s", part) or places.country(part):
                    continue
                if organisations.looks_like_org(part, self.aliases, single_word=True):
                    self.project.partners.append(organisations.clean_name(part))
                    self.project.evidence.setdefault("partners", s.text)
                    break

    def anchors(self, s: Sentence, found: list[Mention]) -> list[_Event]:
        created: list[_Event] = []
        if s.kind == "heading":
            return created
        digits_text = numbers.digits(s.text)
        for i, mention in enumerate(found):
            lo = 0 if i == 0 else mention.np_start
            hi = found[i + 1].np_start if i + 1 < len(found) else len(s.text)
            if _FUTURE.search(s.text[max(0, mention.np_start - 40): hi]):
                continue
            before = re.search(rf"\b[Tt]he\s+({'|'.join(_ORDINALS)})\s+(?:[\w-]+\s+){{0,2}}$", s.text[: mention.start])
            if before is None and i == 0 and (mention.determiner != "a" or mention.np_start == mention.start):
                # "The first, in January, trained 22 domestic workers": the sentence opens with it.
                before = re.match(rf"(?:Of\s+these,\s+)?[Tt]he\s+({'|'.join(_ORDINALS)})\b(?=,)", s.text)
            target = self.ordinal_target(_ORDINALS[before.group(1).lower()], mention.event_type, s.index) if before else None
            if target is not None:  # "The second workshop was held in ...": one of a group told before
                self.refine(target, s.text[min(before.start(), mention.np_start): hi], s)
                created.append(target)
                continue
            specs = _specs(s.text, digits_text, mention, (lo, hi), self.years[s.index])
            if not specs:
                continue
            if mention.determiner in ("the", "each") and not specs[0].start:
                if any(e.draft.event_type == mention.event_type for e in self.events):
                    continue  # "the exchange program" again, with its count: a reference
            self.groups += 1
            group: list[_Event] = []
            for spec in specs:
                event = self._event(s, mention, spec)
                twin = self._twin(event)
                if twin is not None:
                    self._merge(twin, event, s)
                    created.append(twin)
                else:
                    self.events.append(event)
                    created.append(event)
                    group.append(event)
            if len(group) >= 2:
                for k, start, end in ordinal_clauses(s.text, mention.end, hi):
                    if -len(group) <= k < len(group):
                        self.refine(group[k], s.text[start:end], s)
        return created

    def ordinal_references(self, s: Sentence) -> list[_Event]:
        """The events of a group a sentence opening with "The first ..." tells, each refined
        by its clause ("The second was held in Kampong Cham in late 2012")."""
        text = s.text
        whole = _ALL_OF_GROUP.match(text)
        if whole:  # "All three were funded by ...", "Both took place in Hue"
            first = self.ordinal_target(0, None, s.index)
            return self.group_of(first) if first else []
        listed = _ORDINAL_LIST.match(text)
        if listed:  # "The second and third ... in July and November, with 30 and 27 participants"
            ks = [_ORDINALS[w.lower()] for w in re.findall(rf"\b({'|'.join(_ORDINALS)})\b", listed.group(0), re.I)]
            targets = [t for k in ks if (t := self.ordinal_target(k, None, s.index)) is not None]
            if len(targets) == len(ks):
                self.respectively(targets, s)
                return targets
        clauses = ordinal_clauses(text, 0, len(text))
        if not clauses or len(text[: clauses[0][1]].split()) > 3:
            return []
        targets = []
        for k, start, end in clauses:
            target = self.ordinal_target(k, None, s.index)
            if target is not None and target not in targets:
                self.refine(target, text[start:end], s)
                targets.append(target)
        return targets

    def respectively(self, targets: list[_Event], s: Sentence) -> None:
        """One sentence about several events of a group, its dates and counts in their order
        ("took place in July and November, with 30 and 27 participants")."""
        found = date_phrases.find(s.text, self.years[s.index])
        digits_text = numbers.digits(s.text)
        counts = re.search(
            rf"(\d+(?:\s*,\s*\d+)*(?:,?\s+and\s+\d+))\s+(?:[a-z-]+\s+)?{numbers.PEOPLE}\b", digits_text
        )
        values = [int(v) for v in re.findall(r"\d+", counts.group(1))] if counts else []
        for i, event in enumerate(targets):
            d = event.draft
            if len(found) == len(targets):
                p = found[i]
                d.start_date, d.end_date, d.date_precision = p.first, p.last, p.precision
                d.evidence["start_date"] = d.evidence["date_precision"] = s.text
                d.unsure["start_date"] = "one of several dates the sentence gives in order" + (
                    f"; {p.first.year} is the year the report gave before" if p.year_from_context else ""
                )
            if len(values) == len(targets) and d.participants_total is None:
                self._set_total(d, numbers.Count(values[i], False, False, 0, 0), s.text)
                d.unsure["participants_total"] = "one of several counts the sentence gives in order"
            if _ONLINE.search(s.text):
                _online(d, s.text)
            if s.index not in event.sentences:
                event.sentences.append(s.index)

    def group_of(self, event: _Event) -> list[_Event]:
        """The events one anchor introduced together ("two workshops"), in order."""
        return [e for e in self.events if e.group == event.group]

    def ordinal_target(self, k: int, event_type: str | None, index: int) -> _Event | None:
        """The k-th event of the latest group of two or more told before sentence `index`."""
        groups: dict[int, list[_Event]] = {}
        for e in self.events:
            if e.anchor < index and (event_type is None or e.draft.event_type == event_type):
                groups.setdefault(e.group, []).append(e)
        several = [g for g in groups.values() if len(g) >= 2]
        if not several:
            return None
        latest = max(several, key=lambda g: g[0].anchor)
        return latest[k] if -len(latest) <= k < len(latest) else None

    def refine(self, event: _Event, clause: str, s: Sentence) -> None:
        """What a clause about one event of a group adds: its own date (a finer one within the
        group's), place and count ("the first took place in Savannakhet on 6 and 7 March")."""
        d = event.draft
        year = date_phrases.last_year(s.text[: s.text.find(clause)]) or self.years[s.index]
        if d.start_date and not year:
            year = d.start_date.year
        found = date_phrases.find(clause, year)
        if found:
            p = found[0]
            within = d.start_date is None or (
                _FINER[p.precision] < _FINER[d.date_precision or "year"]
                and d.start_date <= p.first <= period_end(d.start_date, d.date_precision)
            )
            if within:
                d.start_date, d.end_date, d.date_precision = p.first, p.last, p.precision
                for name in ("start_date", "date_precision"):
                    d.evidence[name] = s.text
                if p.last:
                    d.evidence["end_date"] = s.text
                d.unsure.pop("start_date", None)
                if p.year_from_context:
                    d.unsure["start_date"] = f"the sentence gives no year; {p.first.year} is the year the report gave before"
        place = _place_in_clause(clause, d.event_type)
        if _ONLINE.search(clause):
            _online(d, s.text)
        elif place and not (d.city or d.country_iso3):
            _put_place(d, place, s.text)
            d.title = re.sub(r"\s\(\d+ of \d+\)$", ": " + (place.city or countries.display_name(place.country)), d.title)
        digits_clause = numbers.digits(clause)
        counts = numbers.totals(digits_clause)
        if counts and d.participants_total is None:
            self._set_total(d, counts[0], s.text)
        for cc in numbers.country_counts(digits_clause):
            self._add_country(d, cc.country_iso3, cc.participants, s.text)
        if s.index not in event.sentences:
            event.sentences.append(s.index)

    def heading_anchor(
        self, heading: Sentence, mention: Mention, found: list[list[Mention]], anchored: dict[int, list[_Event]]
    ) -> tuple[int, _Event] | None:
        """A heading that names an event ("## Exposure visit to Nepal") over a section that
        tells it without naming it ("In February 2014, six network members visited ..."): the
        event, read from the section's first dated sentence. None when the section names its
        events itself."""
        section = [t for t in self.sentences if t.section == heading.section and t.kind != "heading"]
        if any(anchored.get(t.index) or any(m.determiner not in ("the", "each") for m in found[t.index]) for t in section):
            return None  # the section names its events itself ("the visit" only points back)
        body = next((t for t in section if date_phrases.find(t.text, self.years[t.index])), None)
        if body is None or _FUTURE.search(body.text):
            return None
        dates = date_phrases.find(body.text, self.years[body.index])
        listed, _ = _places_after(heading.text, mention, len(heading.text))
        place = _place_in_clause(body.text, mention.event_type) or (listed[0] if listed else None)
        spec = _spec(dates[0], place, body.text, "")
        at_body = Mention(0, 0, mention.head, mention.event_type, False, "a", None, 0, mention.proper_title, mention.title)
        event = self._event(body, at_body, spec)
        event.draft.evidence["title"] = event.draft.evidence["event_type"] = heading.text
        event.anchor, event.section = body.index, body.section
        self.groups += 1
        event.group = self.groups
        self.events.append(event)
        return body.index, event

    def _event(self, s: Sentence, mention: Mention, spec: _Spec) -> _Event:
        title = mention.title
        if not mention.proper_title and self.project and self.project.short_name:
            if self.project.short_name.lower() not in title.lower():
                title = f"{self.project.short_name} {title[:1].lower()}{title[1:]}"
        draft = Draft(title=title + spec.suffix, event_type=mention.event_type, source_name=self.source)
        draft.evidence["title"] = s.text
        draft.evidence["event_type"] = s.text
        if spec.start:
            draft.start_date, draft.end_date, draft.date_precision = spec.start, spec.end, spec.precision
            draft.evidence["start_date"] = s.text
            draft.evidence["date_precision"] = s.text
            if spec.end:
                draft.evidence["end_date"] = s.text
            if spec.year_from_context:
                draft.unsure["start_date"] = f"the sentence gives no year; {spec.start.year} is the year the report gave before"
        if spec.place:
            _put_place(draft, spec.place, s.text)
        else:
            named = _place_named_in(s.text[mention.np_start:])
            if named:
                _put_place(draft, named, s.text, "the sentence names the place, not that the event was held there")
        same = re.search(r"\b(?:at|in)\s+the\s+same\s+(?:venue|place|location|hotel)\b", s.text)
        if same and self.events and not (draft.city or draft.country_iso3):
            # "at the same venue": where the event told before it was.
            before = self.events[-1].draft
            for name in ("city", "venue", "country_iso3"):
                if getattr(before, name):
                    setattr(draft, name, getattr(before, name))
                    draft.evidence[name] = s.text
                    draft.unsure[name] = "the sentence says the same venue as the event before"
        venue = _places_after(s.text, mention, len(s.text))[1]
        if venue and not spec.suffix:
            draft.venue = venue
            draft.evidence["venue"] = s.text
        counts = numbers.totals(numbers.digits(spec.counts))
        if counts:
            self._set_total(draft, counts[0], s.text)
        for cc in numbers.country_counts(numbers.digits(spec.counts)):
            self._add_country(draft, cc.country_iso3, cc.participants, s.text)
        if mention.plural and not mention.count and not spec.suffix and mention.determiner != "a":
            draft.unsure["title"] = "the report speaks of several; how many is not stated"
        if self.project:
            draft.project = self.project
        ordinal = re.match(rf"(?:{'|'.join(_ORDINALS)}|next|another|further)\s+(?=\w)", draft.title, re.I)
        if ordinal and not mention.proper_title and not spec.suffix:
            # "A second visit, to Taipei": the order is no name; the place tells it apart.
            rest = draft.title[ordinal.end():]
            where = draft.city or (countries.display_name(draft.country_iso3) if draft.country_iso3 else None)
            if where:
                rest += (" to " if draft.event_type == "field_visit" else " in ") + where
            draft.title = rest[:1].upper() + rest[1:]
        return _Event(draft, [s.index], s.index, self.groups, s.section, bool(mention.proper_title), mention.determiner in ("the", "each"))

    def _twin(self, event: _Event) -> _Event | None:
        """An event of this report already read that this one repeats: same kind, same date
        and no conflicting place, from another sentence."""
        d = event.draft
        for other in self.events:
            o = other.draft
            if other.group == event.group or o.event_type != d.event_type:
                continue
            if (o.start_date, o.end_date, o.date_precision) != (d.start_date, d.end_date, d.date_precision):
                continue
            if d.city and o.city and d.city != o.city:
                continue
            if d.country_iso3 and o.country_iso3 and d.country_iso3 != o.country_iso3:
                continue
            if d.start_date is None and not (d.city or d.country_iso3):
                continue
            return other
        return None

    def _merge(self, into: _Event, other: _Event, s: Sentence) -> None:
        merge_drafts(into.draft, other.draft, prefer_title=not into.proper and other.definite is False and into.definite)
        into.sentences.append(s.index)

    # -- pass 2: what each sentence adds ----------------------------------------------------

    def nearest(self, event_type: str | None, index: int, candidates: list[_Event] | None = None) -> list[_Event]:
        """The event(s) of a kind nearest a sentence, earlier ones first on a tie; the whole
        group when the nearest came from a group anchor."""
        pool = [e for e in (candidates or self.events) if event_type is None or e.draft.event_type == event_type]
        if not pool:
            return []
        best = min(pool, key=lambda e: (abs(e.anchor - index), e.anchor > index))
        return [best]

    def set_facts(self, s: Sentence, targets: list[_Event], is_anchor: bool, about_event: bool, every: bool = False) -> None:
        """What a sentence says of its events; a count only of one event, or of each when the
        sentence says "each" ("Each tour had ten participants")."""
        text = s.text
        digits_text = numbers.digits(text)
        single = len(targets) == 1 or every
        for event in targets:
            d = event.draft
            if s.index not in event.sentences:
                event.sentences.append(s.index)
            if not is_anchor and d.participants_total is None and single:
                counts = numbers.totals(digits_text)
                if counts:
                    self._set_total(d, counts[0], text)
                for cc in numbers.country_counts(digits_text):
                    self._add_country(d, cc.country_iso3, cc.participants, text)
            for cc in numbers.countries_named(digits_text):
                self._add_country(d, cc.country_iso3, None, text)
            for role in organisations.roles(text, self.aliases, has_event=about_event):
                self._add_org(d, role.name, role.role, text)
                self.named_orgs.append(self.aliases.get(role.name, role.name))
            if about_event:
                for name, role in organisations.named_again(text, self.seen_orgs + self.named_orgs):
                    self._add_org(d, name, role, text)

    def add_outcomes(self, s: Sentence, targets: list[_Event], about_one: bool) -> None:
        items = 0
        if s.text.rstrip().endswith(":"):
            following = set()
            for t in self.sentences[s.index + 1:]:
                if t.kind != "bullet":
                    break
                following.add(t.item)
            items = len(following)
        for f in outcomes.find(s.text, items, self.last_title):
            if f.outcome_type in ("publication", "documentary"):
                self.last_title = re.sub(r"\s(?:newsletter|bulletin|magazine|journal)$", "", f.title)
            scope = "event" if about_one or not self.project else "project"
            outcome = Outcome(f.outcome_type, f.title, f.quantity, f.unit, scope)
            if targets:
                add_outcome(targets[-1].draft, outcome, s.text, guessed=not about_one)
            else:
                self.pending_outcomes.append((outcome, s.text))
        count = outcomes.languages(s.text)
        if count and re.search(r"\b(?:documentary|film|video)\b", s.text):
            for event in self.events:
                for i, o in enumerate(event.draft.outcomes):
                    if o.outcome_type == "documentary" and o.quantity is None:
                        o.quantity, o.unit = count, "languages"
                        quote = event.draft.evidence.get(f"outcomes[{i}]", "")
                        if s.text not in quote:
                            event.draft.evidence[f"outcomes[{i}]"] = f"{quote} … {s.text}".strip(" …")

    def _set_total(self, d: Draft, count: numbers.Count, text: str) -> None:
        d.participants_total = count.value
        d.participants_at_least = count.at_least
        d.evidence["participants_total"] = text
        if count.at_least:
            d.evidence["participants_at_least"] = text
        if count.approximate:
            d.unsure["participants_total"] = "the report gives an approximate number"

    def _add_country(self, d: Draft, iso3: str, n: int | None, text: str) -> None:
        for i, p in enumerate(d.participation):
            if p.country_iso3 == iso3:
                if p.participants is None and n is not None:
                    p.participants = n
                    d.evidence[f"participation[{i}]"] = text
                return
        d.participation.append(Participation(iso3, n))
        d.evidence[f"participation[{len(d.participation) - 1}]"] = text

    def _add_org(self, d: Draft, name: str, role: str, text: str) -> None:
        name = self.aliases.get(name, name)
        if any(o.name == name and o.role == role for o in d.organisations):
            return
        d.organisations.append(OrganisationRole(name, role))
        d.evidence[f"organisations[{len(d.organisations) - 1}]"] = text


# Two titles of one outcome differ by a word at most ("... on Mekong Migration" and "... on
# Mekong Migrants"); two outcomes of one kind differ more ("Thai and Lao PDR counterparts agreed"
# and "Thai and Cambodian counterparts agreed" share 5 of 8 words).
SAME_OUTCOME = 0.75


def same_outcome(a: Outcome, b: Outcome) -> bool:
    return a.outcome_type == b.outcome_type and _similar(a.title, b.title) >= SAME_OUTCOME


def add_outcome(d: Draft, outcome: Outcome, text: str, guessed: bool = False) -> None:
    """Add an outcome unless the draft has it already; one set of recommendations per event."""
    for i, o in enumerate(d.outcomes):
        same_title = _similar(o.title, outcome.title) >= SAME_OUTCOME
        if o.outcome_type == outcome.outcome_type and (same_title or o.outcome_type == "recommendation"):
            if o.quantity is None and outcome.quantity is not None:
                o.quantity, o.unit = outcome.quantity, outcome.unit
                d.evidence[f"outcomes[{i}]"] = text
            return
    d.outcomes.append(outcome)
    d.evidence[f"outcomes[{len(d.outcomes) - 1}]"] = text
    if guessed:
        d.unsure[f"outcomes[{len(d.outcomes) - 1}]"] = (
            "the project's outcome, shown with this event" if outcome.scope == "project"
            else "not said to come from this event; nearest event in the report"
        )


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower().replace("’", "'")) if w not in _SMALL}


_SMALL = {"the", "a", "an", "of", "on", "for", "and", "in", "to", "with", "s", "at", "by"}


def _similar(a: str, b: str) -> float:
    wa, wb = _words(a), _words(b)
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


def merge_drafts(into: Draft, other: Draft, prefer_title: bool = False) -> None:
    """Fold a repeat of an event into the first reading: fields it lacks, list items it does
    not have, and the sentences behind them."""
    if prefer_title:
        into.title = other.title
        into.evidence["title"] = other.evidence.get("title", into.evidence.get("title"))
    for name in ("start_date", "end_date", "date_precision", "city", "venue", "country_iso3", "participants_total"):
        if getattr(into, name) is None and getattr(other, name) is not None:
            setattr(into, name, getattr(other, name))
            if name in other.evidence:
                into.evidence[name] = other.evidence[name]
            if name in other.unsure:
                into.unsure[name] = other.unsure[name]
            if name == "participants_total":
                into.participants_at_least = other.participants_at_least
        elif name in into.unsure and getattr(other, name) == getattr(into, name) and name not in other.unsure:
            into.unsure.pop(name)
            into.evidence[name] = other.evidence.get(name, into.evidence.get(name))
    for i, p in enumerate(other.participation):
        mine = next((q for q in into.participation if q.country_iso3 == p.country_iso3), None)
        if mine is None:
            into.participation.append(Participation(p.country_iso3, p.participants))
            into.evidence[f"participation[{len(into.participation) - 1}]"] = other.evidence.get(f"participation[{i}]", "")
        elif mine.participants is None and p.participants is not None:
            mine.participants = p.participants
            into.evidence[f"participation[{into.participation.index(mine)}]"] = other.evidence.get(f"participation[{i}]", "")
    for i, o in enumerate(other.organisations):
        if not any(x.name == o.name and x.role == o.role for x in into.organisations):
            into.organisations.append(OrganisationRole(o.name, o.role))
            into.evidence[f"organisations[{len(into.organisations) - 1}]"] = other.evidence.get(f"organisations[{i}]", "")
    for i, o in enumerate(other.outcomes):
        add_outcome(into, Outcome(o.outcome_type, o.title, o.quantity, o.unit, o.scope), other.evidence.get(f"outcomes[{i}]", ""))
    if into.project is None:
        into.project = other.project


def read(
    sentences: list[Sentence], source: str, aliases: dict[str, str], loose: list[LooseOutcome] | None = None
) -> list[Draft]:
    """The events one report describes, as drafts in the order the report tells them. A report
    that tells outcomes but no event puts them in `loose` when it is given."""
    doc = _Document(sentences, source, aliases)
    found = [mentions(s.text) if s.kind != "heading" or len(s.text) < 200 else [] for s in sentences]
    anchored: dict[int, list[_Event]] = {}
    for s, ms in zip(sentences, found, strict=True):
        if doc.find_project(s):
            continue
        if s.kind == "heading":
            doc.find_partners(s.index)
        if ms:
            anchored[s.index] = doc.anchors(s, ms)
    for s, ms in zip(sentences, found, strict=True):
        if s.kind == "heading" and len(ms) == 1 and not ms[0].plural:
            body = doc.heading_anchor(s, ms[0], found, anchored)
            if body is not None:
                anchored[body[0]] = [body[1]]
    doc.events.sort(key=lambda e: e.anchor)
    current: list[_Event] = []
    current_section = -1
    for s, ms in zip(sentences, found, strict=True):
        doc.seen_orgs += [name for name, _ in organisations.names_in(s.text, aliases) if name not in doc.seen_orgs]
        if s.index == doc.project_at and _PROJECT.search(s.text):
            continue  # the project's own sentence: its funder is the project's, not an event's
        targets = anchored.get(s.index, [])
        is_anchor = bool(targets)
        if not targets and s.kind != "heading":
            targets = doc.ordinal_references(s)
        if not targets and ms:
            targets = doc_references(doc, s, ms)
        if not targets and _BACK_REF.search(s.text) and current and current_section == s.section:
            targets = current
        if s.kind == "heading":
            if targets:
                current, current_section = targets, s.section
            continue
        if targets:
            doc.set_facts(s, targets, is_anchor, about_event=True, every=any(m.determiner == "each" for m in ms))
            doc.add_outcomes(s, targets, about_one=len(targets) == 1)
            current, current_section = targets, s.section
        elif current and current_section == s.section:
            doc.set_facts(s, current, False, about_event=False)
            doc.add_outcomes(s, current, about_one=len(current) == 1 and doc.project is None)
        else:
            doc.add_outcomes(s, [], about_one=False)
    if doc.events:
        for outcome, text in doc.pending_outcomes:
            add_outcome(doc.events[0].draft, outcome, text, guessed=True)
    elif loose is not None:
        for outcome, text in doc.pending_outcomes:
            if not any(same_outcome(outcome, other.outcome) for other in loose):
                loose.append(LooseOutcome(outcome, text, source))
    return [e.draft for e in doc.events]


def doc_references(doc: _Document, s: Sentence, found: list[Mention]) -> list[_Event]:
    """The events a sentence without an anchor names again, or the event it introduces with
    no date, place or count when the report has none of its kind."""
    targets: list[_Event] = []
    realised = not _FUTURE.search(s.text) and _REALISED.search(s.text)
    for mention in found:
        if _FUTURE.search(s.text[max(0, mention.np_start - 40): mention.end + 60]):
            continue
        near = doc.nearest(mention.event_type, s.index)
        if near and (mention.determiner == "each" or (mention.plural and mention.determiner == "the")):
            near = doc.group_of(near[0])  # "Both consultations were funded by", "Each tour had"
        if near:
            for event in near:
                if event not in targets:
                    targets.append(event)
            continue
        if mention.determiner in ("a", "n") and realised and len(found) == 1 and s.kind != "heading":
            doc.groups += 1
            event = doc._event(s, mention, _Spec())
            event.draft.unsure["start_date"] = "the report gives no date, place or count for this event"
            doc.events.append(event)
            event.anchor = s.index
            targets.append(event)
    return targets


def title_match(a: str, b: str) -> float:
    """How far two titles agree: the F1 of their words (small words left out), 0 to 1."""
    wa, wb = _words(a), _words(b)
    common = len(wa & wb)
    if not common:
        return 0.0
    precision, recall = common / len(wa), common / len(wb)
    return 2 * precision * recall / (precision + recall)
