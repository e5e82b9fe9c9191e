"""Organisations in roles other than organiser, told through their people (issue 16: the first
runs missed speakers and trainers in most sets, named by a person who spoke or taught for them).

A report often names a guest body only through one of its people, who spoke:

    A lawyer from the Harbour Rights Clinic explained how to claim unpaid wages.
    A researcher of the Institute for Coastal Studies, Davao, spoke online.
    The speakers included a nurse from the Hill Clinic Trust, who presented the new health card.
    Two experts of the Andes Schools Association from Peru shared their lessons.

or a guest body named whole, come from another country to tell its own experience:

    Kestrel Dock Workers' Union from Norway shared how it bargains with the ports.

The body so named spoke at the event the sentence tells (`speakers_through_people`). A body
whose people taught or advised trained at it (`trainers_through_people`):

    a one-day first aid training, run by nurses from the Hill Clinic Trust
    Lawyers from the Harbour Rights Clinic gave the advice.

and a body thanked for paying funded it (`funders_thanked`):

    Big thanks to the Reef Trust, who supported the fishers' meeting and the training.
"""

from __future__ import annotations

import re

from atlas.extract import orgs32, places
from atlas.extract.drafts import Draft, OrganisationRole
from atlas.extract.facts import add_org
from atlas.extract.organisations import (
    NAME,
    Role,
    _last_name,
    _org_list,
    clean_name,
    looks_like_org,
)
from atlas.extract.sentences import Sentence

# A person, or people, of a body: "A lawyer", "Two inclusive education specialists", "The
# expert", "a legal officer" (up to two words before the noun that says who they are).
_PERSON = (
    r"(?:lawyers?|attorneys?|advocates?|researchers?|experts?|specialists?|leaders?|officers?"
    r"|officials?|representatives?|delegates?|guests?|colleagues?|planners?|activists?"
    r"|coordinators?|directors?|chair(?:person)?s?|presidents?|secretar(?:y|ies)|nurses?"
    r"|doctors?|psychologists?|counsellors?|journalists?|economists?|academics?|professors?"
    r"|scholars?|consultants?|founders?|spokes(?:person|woman|man)|communicators?|paralegals?"
    r"|speakers?|reporters?|inspectors?|advis[eo]rs?)"
)
# "A lawyer", "Two inclusive education specialists": one or more people of a body
_SOME_PEOPLE = (
    rf"\b(?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree|[Ff]our|[Ss]ome|[Oo]ne|\d+)\s+(?:[a-z][\w-]*\s+){{0,2}}?"
    rf"{_PERSON}"
)
_PEOPLE_FROM = re.compile(
    rf"{_SOME_PEOPLE}\s+(?:from|of)\s+(?:the\s+)?"
    # an office's holder by title: "The Deputy Director of X", "the Chief Director of X"
    r"|\b(?:[Aa]n?|[Tt]he)\s+(?:(?:Deputy|Vice|Chief|Executive|Regional|National|Provincial|Assistant"
    r"|Senior|General)\s+){1,2}(?:Director|Secretary|Chair(?:person)?|President|Minister|Commissioner"
    r"|Coordinator|Head)s?\s+of\s+(?:the\s+)?"
)
# What may stand between the body's name and the verb: its short name or country in brackets,
# its town or country ("in Bangkok", "from Finland", ", Doha,", "of Cochabamba, in Bolivia"),
# "who", "then", "also".
_PLACE = r"[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){0,3}"
_BETWEEN = (
    r"(?:\s*\([^()]{1,40}\))?"
    rf"(?:,?\s+(?:in|from|of|based\s+in)\s+(?:the\s+)?{_PLACE}|,\s+{_PLACE}(?:\s+and\s+{_PLACE})?(?=,))*"
    # "The Chief Director of X, represented by a director, declared ..."
    r"(?:,\s+represented\s+by\s+[^,.;]{1,40},)?"
    r",?\s+(?:who\s+)?(?:then\s+|also\s+|later\s+|first\s+)?"
)
# What a speaker did: told, presented, or gave or delivered a talk, a keynote, an analysis, an
# opening speech or remarks, or declared the event open
_SPEECH = (
    r"(?:(?:opening|closing|welcome|welcoming|keynote|inaugural|critical)\s+)?(?:talk|presentation"
    r"|keynote|speech|address|remarks|statement|analysis|overview|lecture)"
)
_SPOKE = (
    r"(?:explained|explains|shared|shares|presented|presents|spoke|speaks|talked|talks"
    rf"|described|(?:gave|delivered|made)\s+(?:a\s+|an\s+|the\s+|its\s+|his\s+|her\s+)?{_SPEECH}"
    r"|declared\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?open"
    # "A lawyer from X was the speaker", "... joined as resource persons"
    r"|was\s+(?:the\s+|a\s+)?(?:guest\s+)?speaker|were\s+the\s+(?:speakers|resource\s+persons)"
    r"|(?:joined|served)\s+as\s+(?:a\s+)?(?:resource\s+persons?|speakers?))\b"
)
_SPOKE_NEXT = re.compile(_BETWEEN + _SPOKE)
# A body come from elsewhere that told its experience: "X from Japan shared", "The X (Ghana)
# presented" is read by the organisations module already.
_BODY_FROM_SPOKE = re.compile(
    rf"({NAME})\s+from\s+(?:the\s+)?{_PLACE},?\s+(?:then\s+|also\s+)?{_SPOKE}"
)
# A speech told first, its speaker after: "The keynote address was delivered by the Chairperson
# of X", "The opening remarks were made by X", "The keynote speech was given by X"
_SPEECH_BY = re.compile(
    rf"\b{_SPEECH}\s+(?:was|were)\s+(?:given|delivered|made)\s+by\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:(?:[A-Za-z][\w-]*\s+){0,3}?(?:[Dd]irector|[Ss]ecretary|[Cc]hair(?:person)?|[Pp]resident"
    r"|[Mm]inister|[Cc]ommissioner|[Cc]oordinator|[Hh]ead|[Rr]epresentative|[Rr]esearcher|[Pp]rofessor)"
    r"\s+(?:of|from)\s+(?:the\s+)?)?"
)
# A body that sent one of its people to speak: "X sent a deputy director who made the opening
# remarks"
_SENT_WHO_SPOKE = re.compile(
    rf"({NAME})\s+(?:also\s+)?sent\s+(?:a|an|its|two|three|one\s+of\s+its)\s+(?:[a-z][\w-]*\s+){{0,3}}?"
    rf"{_PERSON}\s+who\s+(?:then\s+|also\s+)?{_SPOKE}"
)


def _bare(name: str, after: str) -> str:
    """The body's own name without the town of its seat after it when the country follows
    ("the Tunari Seed Bank of Cochabamba, in Bolivia": the Tunari Seed Bank); none when a
    nationality opens it ("the Brazilian Movimento X", "the Thai Fishers Union": whether the
    nationality is part of the name or told of it, the sentence does not say)."""
    first = name.split()[0]
    if places.adjectives().get(first) and not places.country(first):
        return ""
    head, of, town = name.rpartition(" of ")
    country = _COUNTRY_NEXT.match(after)
    if of and len(head.split()) >= 2 and country and places.country(country.group(1)):
        if places.city(town, places.country(country.group(1))):
            name = head
    return name


# ", in Bolivia", " (Bolivia)", " in Bolivia": the country after a town
_COUNTRY_NEXT = re.compile(
    r"(?:,?\s+in\s+|\s*\()(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
)


_PERSON_FROM_END = re.compile(rf"{_SOME_PEOPLE}\s+from\s+(?:the\s+)?$")


def person_from(before: str) -> bool:
    """Whether the text before a name ends with one of its people ("a lawyer from the"): the
    body is theirs, not a place they travelled from."""
    return bool(_PERSON_FROM_END.search(before))


def speech_given_by(sentence: str) -> bool:
    """Whether the sentence tells a speech and then who gave it ("The keynote address was
    delivered by ...")."""
    return bool(_SPEECH_BY.search(sentence))


def speakers_through_people(sentence: str, aliases_: dict[str, str]) -> list[Role]:
    """The bodies a sentence names as speakers through one of their people ("A lawyer from X
    explained ...") or as guests from elsewhere ("X from Japan shared ...")."""
    found = []
    for m in _PEOPLE_FROM.finditer(sentence):
        listed = _org_list(sentence, m.end(), aliases_)
        if not listed:
            continue
        name, pos = listed[0]
        if _SPOKE_NEXT.match(sentence, pos + len(name)):
            bare = _bare(name, sentence[pos + len(name) :])
            if bare:
                found.append(Role(bare, "speaker", pos))
    for m in _BODY_FROM_SPOKE.finditer(sentence):
        name = _last_name(m.group(1), aliases_)
        if name:
            found.append(Role(name, "speaker", m.start()))
    for m in _SPEECH_BY.finditer(sentence):
        listed = _org_list(sentence, m.end(), aliases_)
        if listed and listed[0][1] == m.end():
            found.append(Role(listed[0][0], "speaker", m.end()))
    for m in _SENT_WHO_SPOKE.finditer(sentence):
        whole = clean_name(m.group(1))  # "the X Department of Gender and Social Services"
        name = whole if looks_like_org(whole, aliases_) else _last_name(m.group(1), aliases_)
        if name:
            found.append(Role(name, "speaker", m.start()))
    return found


# People of a body who taught, named after the verb: "a session run by nurses from the X",
# "facilitated by the psychologists of the X".
_TAUGHT_BY_PEOPLE = re.compile(
    r"\b(?:run|led|facilitated|given|conducted|taught|delivered)\s+by\s+(?:the\s+|its\s+|two\s+"
    rf"|three\s+|volunteer\s+|\d+\s+)*(?:[a-z][\w-]*\s+)?{_PERSON}\s+(?:from|of)\s+(?:the\s+)?"
)
# People of a body who gave the teaching or the advice, named before the verb: "Lawyers from
# the X gave the advice", "lawyers from the X gave a day of training on ...".
_PEOPLE_TAUGHT = re.compile(
    rf"(?:^|\b[Aa]nd\s+|,\s+)(?:(?:[Tt]he|[Tt]wo|[Tt]hree|[Ss]ome|[Vv]olunteer|\d+)\s+)*(?i:{_PERSON})"
    r"\s+(?:from|of)\s+(?:the\s+)?"
)
_TAUGHT_NEXT = re.compile(
    r"(?:\s*\([^()]{1,40}\))?,?\s+(?:gave|ran|conducted|led|taught|provided|offered|facilitated)"
    r"\s+(?:the|a|an|all|both|free|one|two|three|\w+-day|a\s+day\s+of|two\s+days\s+of)?\s*"
    r"(?:[a-z][\w-]*\s+){0,2}?(?:advice|training|trainings|sessions?|classes|lessons|clinics?"
    r"|consultations)\b"
)


def trainers_through_people(sentence: str, aliases_: dict[str, str]) -> list[Role]:
    """The bodies a sentence names as trainers through the people who taught or advised for
    them ("run by nurses from X", "Lawyers from X gave the advice")."""
    found = []
    for m in _TAUGHT_BY_PEOPLE.finditer(sentence):
        listed = _org_list(sentence, m.end(), aliases_)
        found += [Role(name, "trainer", pos) for name, pos in listed[:1]]
    for m in _PEOPLE_TAUGHT.finditer(sentence):
        listed = _org_list(sentence, m.end(), aliases_)
        if listed and _TAUGHT_NEXT.match(sentence, listed[0][1] + len(listed[0][0])):
            found.append(Role(listed[0][0], "trainer", listed[0][1]))
    return found


# Thanks to the body that paid: "Big thanks to X, who supported the meeting", "Thanks so much
# to X for support to this training", "I want to thank the X from Canada, which supported the
# training", "Thank you to X (Australia) who pay our song contest", "possible thanks to the X".
_THANKS_TO = re.compile(
    r"\b(?:[Tt]hanks?(?:\s+(?:so\s+much|a\s+lot|you))?\s+to|[Tt]hank\s+you\s+to|[Ww]e\s+thank"
    r"|[Tt]o\s+thank|[Gg]rateful\s+to)\s+(?:the\s+|our\s+)?"
)
_THANKED_PAID = re.compile(
    rf"(?:\s*\([^()]{{1,40}}\))?(?:,?\s+(?:from|of|in)\s+(?:the\s+)?{_PLACE})?"
    r"(?:,?\s+(?:who|which)\s+(?:also\s+|generously\s+)?(?:supported|supports|funded|funds|paid|pays?"
    r"|financed|finances|covered|sponsored)\b"
    r"|\s+for\s+(?:the\s+|their\s+|its\s+|your\s+|(?:the\s+)?(?:financial|generous)\s+)?"
    r"(?:support|funding|paying|financing|sponsoring|sponsorship|grant)\b)"
)
_POSSIBLE_THANKS = re.compile(r"\bpossible\s+thanks\s+to\s+(?:the\s+)?")


def funders_thanked(sentence: str, aliases_: dict[str, str]) -> list[Role]:
    """The bodies a sentence thanks for paying (see _THANKS_TO)."""
    found = []
    for m in _THANKS_TO.finditer(sentence):
        listed = _org_list(sentence, m.end(), aliases_)
        if listed and _THANKED_PAID.match(sentence, listed[0][1] + len(listed[0][0])):
            found.append(Role(listed[0][0], "funder", listed[0][1]))
    for m in _POSSIBLE_THANKS.finditer(sentence):
        listed = _org_list(sentence, m.end(), aliases_)
        found += [Role(name, "funder", pos) for name, pos in listed[:1]]
    return found


def roles_through_people(sentence: str, aliases_: dict[str, str]) -> list[Role]:
    """The speakers and trainers a sentence names through their people, and the funders it
    thanks (the three above)."""
    return (
        speakers_through_people(sentence, aliases_)
        + trainers_through_people(sentence, aliases_)
        + funders_thanked(sentence, aliases_)
        + orgs32.sent_people(sentence, aliases_)  # "trainers ..., sent by X", "X sent two speakers"
    )


# Names read as one that are not, mended once the whole report is read (issue 16: the first
# runs' wrong organisations, a name run on over a heading or into another body's name):
#
#     MEDIA STATEMENT
#     South African Fishers' Alliance        -> the Alliance, not "MEDIA STATEMENT\nSouth ..."
#
#     ... funded by the Lakeside Women Workers Group and Harbour Light Trust, ...
#                                            -> two funders, when the report names each alone
def _alone(name: str, texts: list[str], whole: str) -> bool:
    """Whether a report names `name` on its own somewhere: not only inside `whole`."""
    pattern = re.compile(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])")
    return any(pattern.search(t.replace(whole, " ")) for t in texts)


def _mended(name: str, texts: list[str], aliases_: dict[str, str]) -> list[str]:
    if "\n" in name:
        # a heading's line above the name ("MEDIA STATEMENT", "Programme") is no part of it
        last = name.split("\n")[-1].strip()
        if last and looks_like_org(last, aliases_):
            return [last]
        return [name]
    if " and " in name:
        first, _, second = name.partition(" and ")
        second = re.sub(r"^(?:the|of\s+the)\s+", "", second)
        if (
            looks_like_org(first, aliases_)
            and looks_like_org(second, aliases_)
            and len(first.split()) >= 2
            and len(second.split()) >= 2
            and _alone(first, texts, name)
            and _alone(second, texts, name)
        ):
            return [first, second]
    return [name]


def mend_names(sentences: list[Sentence], drafts: list[Draft], aliases_: dict[str, str]) -> None:
    """Mend the organisations' names of a report's drafts (see above): one that runs over a
    line break keeps its last line; "X and Y" is two bodies when the report names each alone."""
    texts = [s.text for s in sentences]
    for d in drafts:
        extra = []
        for i, o in enumerate(list(d.organisations)):
            if "\n" not in o.name and " and " not in o.name:
                continue
            names = _mended(o.name, texts, aliases_)
            if names != [o.name]:
                d.organisations[i] = OrganisationRole(names[0], o.role)
                extra += [(n, o.role, d.evidence.get(f"organisations[{i}]", "")) for n in names[1:]]
        # a mended name the draft already held, with its role, is kept once
        seen: set[tuple[str, str]] = set()
        keep = []
        for i, o in enumerate(d.organisations):
            if (o.name, o.role) not in seen:
                seen.add((o.name, o.role))
                keep.append(i)
        d.keep_items("organisations", keep)
        for name, role, quote in extra:
            add_org(d, name, role, quote, aliases_)
