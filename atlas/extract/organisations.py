"""Organisations a sentence names and the role it gives them in an event.

Roles come from the phrasing: "organised by X", "X organised/held/conducted", "co-organised
with X", "organised together with X", "co-hosted with X" or "co-hosted by X" (organiser);
"funded by", "supported by", "with support from", "X supported the event", "X co-funded"
(funder); "in collaboration with", "in partnership with", "X organised the march together with
Y" (partner); "hosted by", "at the invitation of", "X co-hosted the meeting with Y" (host);
"X and its partner, Y, held", "X, with Y, organised", "convened the meeting jointly with Y",
"launched by X", "Organisers: X and Y" (organiser); "X, which hosted it" (the role its verb
says); "Staff of X facilitated the sessions" (trainer); "Resource persons from X presented"
(speaker); who ran a training is its organiser, not also its trainer;
"visited X, Y and Z" (visited); "X ... conducted a series of trainings", "taught by", "trainers
from X and one from Y", "the sessions were led by lawyers of X" (trainer); "X presented",
"speakers came from X, Y and Z" (speaker); "co-organised <the event> with X", "Co-hosted with X"
opening a line, "in coordination with X", "X has held" (organiser); "X met or shared the costs",
"X, which supported the event", "Co-funded by:" (funder); "trained by two lawyers of X",
"Facilitator - X" (trainer). The same roles read differently in the expected
files of different sets ("co-hosted" is host in some, organiser in others); where they
disagree the older reading is kept.

A name is a run of capitalised words ("Center for the Protection of Children's Rights
Foundation"), a short name a report defines ("Mekong Migration Network (MMN)"), or a name told
by its nationality and kind ("the German development agency GIZ"). It splits at "and" only
between two names of their own ("the Rivers Network and the Hill Forum"; "Centre for Studies
and Action for Peace" is one). People are never proposed as organisations: a name after a title
(Ms, Dr) is skipped, and a name of two or three words needs an organisation word (Foundation,
University, Centre, Watch...), a joining word ("Legal Support for Children and Women"), a word
in capitals ("UNICEF Peru") or a country at its end ("Caritas Austria"). A name whose first words
are listed with commas is read whole ("Coastal Fishers, Farmers and Workers Union of Cambodia").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from atlas.extract import homes35, orgs32, people34, places

ORG_WORDS = (
    "Foundation",
    "Network",
    "Net",
    "Centre",
    "Center",
    "University",
    "Institute",
    "Organisation",
    "Organization",
    "Committee",
    "Council",
    "Association",
    "Society",
    "Alliance",
    "Coalition",
    "Federation",
    "Union",
    "Ministry",
    "Department",
    "Bureau",
    "Agency",
    "Office",
    "Commission",
    "Trust",
    "Fund",
    "Forum",
    "Group",
    "College",
    "Academy",
    "School",
    "Church",
    "Secretariat",
    "Embassy",
    "Programme",
    "Initiative",
    "Partnership",
    "Consortium",
    "Cooperative",
    "Club",
    "Collective",
    "Movement",
    "Shelter",
    "Service",
    "Collaborative",
    "Desk",
    "Clinic",
    "Platform",
    "Link",
    "Circle",
    "Incubator",
    "Hotline",
    "Authority",
    "Partners",
    "Advocates",
    "Legal Aid",
    "Escola",
    "Escuela",
    "Scuola",
    "École",
    "Ecole",
    "Equipo",
    "Watch",
    # "Open Contracts Lab", "Civic Tech Hub"
    "Lab",
    "Labs",
    "Laboratory",
    "Hub",
    "Corporation",
    "Corporación",
    # Names in Spanish, Portuguese and French ("Red Mesoamericana de Albergues", "Casa de
    # Acolhida Nova Terra", "Réseau Ouest-Africain ...").
    "Red",
    "Fundación",
    "Fondo",
    "Fundo",
    # the same names written without their accents ("Fundacion Rio de la Plata")
    "Fundacion",
    "Fundacio",
    "Fundacao",
    "Asociacion",
    "Associacao",
    "Federacion",
    "Fondazione",
    "Stiftung",
    "Stichting",
    "Associazione",
    "Cooperativa",
    "Federazione",
    "Fonds",
    "Fundação",
    "Fondation",
    "Centro",
    "Casa",
    "Colectivo",
    "Coletivo",
    "Asociación",
    "Associação",
    "Comité",
    "Coordinadora",
    "Sindicato",
    "Syndicat",
    "Instituto",
    "Movimiento",
    "Movimento",
    "Federación",
    "Alianza",
    "Pastoral",
    "Servicio",
    "Réseau",
    "Rede",
    "Observatorio",
    "Mesa",
    # Indonesian and Malay ("Komunitas Pemulung Makassar", "Yayasan Pulih", "Serikat Buruh ...")
    "Komunitas",
    "Yayasan",
    "Serikat",
    "Aliansi",
    "Jaringan",
    "Koalisi",
    "Perkumpulan",
    "Koperasi",
    "Lembaga",
    # Hindi, Odia, Bengali and Urdu transliterated ("Jangal Jan Sangathan", "Mahila Samiti",
    # "Van Adhikar Manch", "Kisan Sangh", "Lok Kendra")
    "Sangathan",
    "Sangathana",
    "Samiti",
    "Manch",
    "Sangh",
    "Sangha",
    "Parishad",
    "Kendra",
    "Sabha",
    "Tanzeem",
)
ORG_WORD = re.compile(r"\b(?:" + "|".join(ORG_WORDS) + r")s?\b")
_HONORIFIC = re.compile(r"(?:\b(?:Mr|Ms|Mrs|Miss|Dr|Prof|Professor|Sir|Madam|Dame)\.?\s*)$")
# Capitals with accents open names too ("Fondation Écoles du Sud", "Asociación ... Ñö Kribo").
_UP = "A-ZÀ-ÖØ-Þ"
_CAP = rf"(?:[{_UP}][\w'’&.-]*[\w'’]|[{_UP}]|\d+(?:st|nd|rd|th)?(?=\s+[{_UP}]))"
# "in" joins a name only before the common nouns names use it with ("Trafficking in Persons",
# "Women in Need", "Migrants in Transit"); before a place it says where the organisation is.
_JOIN = (
    r"(?:of|for|the|and|on|against|de|del|du|des|la|las|los|le|da|do|dos|das|por|para|pour|y|et|&"
    r"|sin|sans|con|avec|sem|com|e|en|em"
    # Portuguese and French "to the" ("Centro Local de Apoio à Integração", "Fundo ... para a
    # Mobilidade Humana"): "a" and "o" only after "para" or "por"
    r"|à|às|ao|aos|(?<=\bpara\s)(?:a|o|as|os)|(?<=\bpor\s)(?:a|o)"
    # Catalan "and" ("Fundació Terra i Mar"), only between capitals
    r"|i(?=\s+[A-ZÀ-ÖØ-Þ])"
    # Swahili "of" ("Sauti ya Wavuvi", "Umoja wa Wanawake", "Chama cha Walimu")
    r"|ya|wa|za|cha|vya"
    # "to" joins a right or an aim named ("Network on the Right to Food and Land", "Campaign to
    # End Child Marriage"), never a place ("went to Freetown").
    r"|to(?=\s+(?:Food|Land|Education|Health|Housing|Water|Work|Information|Life|Justice|Know"
    r"|Development|Organi[sz]e|Decent|End|Stop|Protect|Combat|Fight|Abolish)\b)"
    r"|in(?=\s+(?:Persons|Need|Transit|Crisis|Distress|Exile|Action|Development|Dialogue|Solidarity)\b)"
    # "Solomon Islands Women in Fisheries Network": "in" inside a name that only ends, in its
    # organisation's word, after it; never after a name that has ended ("the Network in Suva")
    + r"|"
    + "".join(rf"(?<!\b{w}\s)(?<!\b{w}s\s)" for w in ORG_WORDS)
    + r"in(?=\s+(?:[A-Z][\w'’-]*\s+){1,3}?(?:"
    + "|".join(ORG_WORDS)
    + r")s?\b)"
    # "Parents of Children with Disabilities Association": "with" inside a name likewise
    + r"|"
    + "".join(rf"(?<!\b{w}\s)(?<!\b{w}s\s)" for w in ORG_WORDS)
    + r"with(?=\s+(?:[A-Z][\w'’-]*\s+){1,3}?(?:"
    + "|".join(ORG_WORDS)
    + r")s?\b))"
)
# Regions that end a name after "in" ("Migrant Forum in Asia", "Association for Migrant Women in
# the Maghreb"); a city or a country after "in" is where something is, never part of a name.
_REGION = (
    r"(?:the\s+)?(?:Maghreb|Mashreq|Sahel|Balkans|Caribbean|Pacific|Middle\s+East|Gulf|Americas"
    r"|Horn\s+of\s+Africa|Great\s+Lakes|Andes|Mekong|Asia|Africa|Europe|Latin\s+America"
    r"|Central\s+America|South\s+Asia|South-?East\s+Asia|Southeast\s+Asia|West\s+Africa"
    r"|East\s+Africa|Southern\s+Africa|North\s+Africa|Central\s+Asia|Arab\s+Region)(?![\w-])"
)
NAME = rf"{_CAP}(?:\s+(?:{_JOIN}\s+)*{_CAP})*(?:\s+in\s+{_REGION})?"
_NAME_RE = re.compile(NAME)
# Capitalised words that are not names at the start of one.
_NOT_NAME_START = {
    "The",
    "A",
    "An",
    "On",
    "In",
    "At",
    "From",
    "To",
    "For",
    "Of",
    "And",
    "With",
    "By",
    "This",
    "That",
    "These",
    "Those",
    "Its",
    "Their",
    "Participants",
    "Members",
    "Both",
    "All",
    "Each",
    "Hence",
    "However",
    "Through",
    "After",
    "Before",
    "During",
    "Following",
    "As",
    "Also",
    # a sentence's opening place or time, "Within the Forum, the Alliance held ..."
    "Within",
    "Inside",
    "Outside",
    "Beside",
    "Alongside",
    "Among",
    "Amid",
    "Between",
    "Since",
    "Until",
    "Upon",
}
# Short capitalised words that are common abbreviations, not organisations.
_NOT_ORG = {
    "GMS",
    "MOU",
    "MOUs",
    "NGO",
    "NGOs",
    "CSO",
    "CSOs",
    "SC",
    "UN",
    "ASEAN Declaration",
    "OK",
    "TV",
    "SEZ",
    "SEZs",
    "PDR",
    "Skype",
    "Internet",
}


@dataclass(frozen=True)
class Role:
    name: str
    role: str
    start: int


_MONTH_NAMES = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
# "In October the Fergana Valley Migrant Help Line ran ...": a month without its year before
# the name is no part of it
_TIME_BEFORE = re.compile(
    rf"^(?:(?:In|On|During|Since|Until|By|From|Early|Late|Last|Mid-?)\s+|(?=\d))(?:early\s+|late\s+|mid-)?"
    # "8 October the Federation ..." (after "From 4 to"): a day and month, then the name
    rf"(?:\d{{1,2}}\s+)?{_MONTH_NAMES}(?:\s+\d{{1,2}})?"
    # "On 19 September 2020 JAWL and ...": a date with its year, then the name
    rf"(?:,\s+(?:the\s+)?|\s+the\s+|,?\s+(?:19|20)\d\d,?\s+(?:the\s+)?)(?=[A-Z])"
)


def clean_name(name: str) -> str:
    name = _TIME_BEFORE.sub("", name.strip(" ,;:.()"))
    # "May 2016 Southern African Coalition ...": a heading's date run into the name below it
    # "Since 2018 Survivors Voices Mekong ...": a year opening the sentence likewise
    name = re.sub(
        rf"^(?:(?:Since|In|Until|From|During)\s+)?(?:{_MONTH_NAMES}\s+)?(?:19|20)\d\d,?\s+(?=[A-Z])",
        "",
        name,
    )
    name = re.sub(r"^(?:the|The)\s+", "", name)
    # "74 ASN": a count run into the short name after it
    name = re.sub(r"^\d[\d,.]*\s+(?=[A-Z]{2,}\b)", "", name)
    # "Staff of the Provincial Department of Labour" names the department.
    name = re.sub(
        r"^(?:Staff|Members|Representatives|Officials|Officers|Delegates|Volunteers|Researchers"
        r"|Lawyers|Experts|Speakers|Guests|Leaders)\s+(?:of|from)\s+(?:the\s+)?",
        "",
        name,
    )
    # "the Beirut-based Cedar Research Group": where it is based is no part of its name
    name = re.sub(r"^[A-ZÀ-Þ][\w'’]*(?:\s+[A-ZÀ-Þ][\w'’]*)?-based\s+(?=[A-ZÀ-Þ])", "", name)
    # "Thailand's Mahidol University": the country it is in, likewise
    owner = re.match(r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)[’']s\s+(?=[A-Z])", name)
    if owner and places.country(owner.group(1)):
        name = name[owner.end() :]
    # "Newsletter of the Coastal Fishers' Network" (a masthead's line), "Report of the Moei
    # Valley Workers Centre" (a report's title line) names the network, the centre
    name = re.sub(
        r"^(?:Newsletter|Bulletin|E-newsletter|Blog|Report)\s+of\s+(?:the\s+)?(?=[A-Z])", "", name
    )
    name = re.sub(r"[’']s$", "", name) if name.endswith(("’s", "'s")) and " " not in name else name
    # "the Beirut Bar Association's legal aid committee": the association, not its possessive
    owner = re.search(r"\b(\w+)[’']s$", name)
    if owner and ORG_WORD.fullmatch(owner.group(1)):
        name = name[: owner.end(1)]
    home = _HOME_AFTER.match(name)
    if home and not _NATIONAL.match(name):
        place = home.group("place")
        if places.country(place) or places.city(place):
            # "the Blue Horizon Foundation of Australia", "trainers from the Mkopo Bora Savings
            # Cooperative of Nairobi": where the body is, after its whole name
            name = home.group("core")
    return name.strip()


# A fund's, institute's or cooperative's whole name, then "of" and its town or country.
_HOME_AFTER = re.compile(
    r"^(?P<core>(?:[A-Z][\w'’-]*\s+){2,5}(?:Foundation|Fondation|Fundación|Fund|Trust|Institute"
    r"|Cooperative|Co-operative)"
    # a one-word fund or a centre: "Nordlys Fund of Norway", "Safe Haven Counselling Centre of Accra"
    r"|[A-Z][\w'’-]*\s+(?:Fund|Fondo|Fundo|Trust|Foundation|Stiftung)"
    r"|(?:[A-Z][\w'’-]*\s+){1,4}(?:Centre|Center)"
    # a fund named head first: "Fondo Arrayán of Chile"
    r"|(?:Fondo|Fundo|Fondation|Fundación|Fundação)(?:\s+[A-Z][\w'’-]*){1,3})\s+of\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})$"
)
# Names whose "of <country>" is part of them: "the National Cooperative of Kenya", "the Central
# Institute of ...".
_NATIONAL = re.compile(
    r"^(?:National|Central|State|Federal|Royal|Republic|People[’']s|General|Supreme|Public)\b"
)


# A name that ends in a kind of building where people meet or stay is the venue, no body.
_VENUE_END = re.compile(
    r"\s(?:Hotel|Hall|Resort|Guest\s?[Hh]ouse|Hostel|Inn|Stadium|Auditorium|Ballroom|Pagoda|Plaza"
    r"|Suites|Convention\s+Centre|Conference\s+Centre|Convention\s+Center|Conference\s+Center)$"
)


def looks_like_org(
    name: str, aliases: dict[str, str] | None = None, single_word: bool = False
) -> bool:
    """Whether a capitalised run is an organisation's name rather than a place, a person, a
    month or a common abbreviation. A single ordinary word ("Diakonia") counts only where the
    sentence says it is an organisation (`single_word`, after "funded by")."""
    name = clean_name(name)
    if not name or name in _NOT_ORG or name.split()[0] in _NOT_NAME_START:
        return False
    if re.match(r"\d+\s+(?:Days|Hours|Weeks)\b", name):
        return False  # "16 Days of Activism": a campaign, no body
    if _VENUE_END.search(name):
        return False  # "the Sea Breeze Conference Hall", "Song Han Riverside Hotel": a venue
    if places.country(name) or places.country_or_adjective(name):
        return False
    if places.city(name) and not name.isupper():  # "SINTRA" in capitals is a short name
        return False
    if aliases and name in aliases:
        return True
    words = name.split()
    if ORG_WORD.search(name):
        return True
    # Places joined by "and" ("Kilifi and Malindi", "Bo, Pujehun and Moyamba") are not a name.
    parts = [p for p in re.split(r"\s*,\s*|\s+(?:and|&)\s+", name) if p]
    if len(parts) > 1 and all(
        places.city(p) or places.country_or_adjective(p) or re.fullmatch(_REGION, p) for p in parts
    ):
        return False
    if re.fullmatch(r"[A-Z][\w'’-]+\s+(?:and|&)\s+[A-Z][\w'’-]+", name):
        return False  # "Pujehun and Moyamba": two bare words joined name no organisation
    if len(words) == 1:
        acronym = name.isupper() and len(name) >= 2
        hyphenated = bool(re.fullmatch(r"[A-Z][A-Za-z]*-[A-Z][A-Za-z]*", name))
        return acronym or hyphenated or (single_word and name[0].isupper() and len(name) > 2)
    # Several capitalised words with no organisation word: a person unless a joining word is in
    # it ("Legal Support for Children and Women"), a word in capitals ("UNICEF Peru", "Migrant
    # CARE") or a country at its end ("Caritas Austria", "Save the Children Sweden").
    if any(re.fullmatch(r"[A-Z]{2,}", w) for w in words):
        return True
    if places.country(words[-1]) and not places.country(words[0]):
        return True
    if regional_name(name):
        return True
    if _PLACE_FIRST.match(name) and not _PLACE_KIND_LAST.search(name):
        return True  # "Mekong Returnee Futures", "Lao Youth Move": no person's name opens so
    if words[-1] in ("International", "Internacional", "Worldwide", "Global"):
        return True  # "Able Futures International"
    if sum(w[:1].isupper() for w in words) >= 4:
        return True  # "International Recruitment Integrity System": longer than a person's name
    # Swahili "of" and Catalan "and" join no person's names ("Sauti ya Wavuvi")
    return any(w in ("for", "of", "and", "&", "ya", "wa", "za", "cha", "i") for w in words)


# A name opened by a region or a nationality ("Mekong Returnee Futures", "Thai Seafarers Voice"),
# unless it ends in a kind of place ("Mekong Delta", "Thai Binh Province", "Shan State") or holds
# an office ("Thai Prime Minister").
_PLACE_FIRST = re.compile(
    r"(?:Mekong|Andaman|Asian|African|European|Pacific|Balkan|Andean|Caribbean|Gulf|Sahel|Thai|Lao"
    r"|Khmer|Cambodian|Vietnamese|Burmese|Myanmar|Shan|Karen|Mon|Filipino|Indonesian|Malaysian"
    r"|Nepali|Bangladeshi|Sri\s+Lankan|Indian|Kenyan|Ugandan|Ghanaian|Nigerian)\s+[A-Z]\w+\s+[A-Z]\w+"
)
_PLACE_KIND_LAST = re.compile(
    r"\b(?:Delta|River|Rivers|Region|Subregion|Sub-region|Province|District|Basin|Valley|Coast"
    r"|Islands?|Highlands|Sea|Gulf|Border|Corridor|Day|Week|Month|Year|Plan|Declaration|Road"
    r"|Bridge|Zone|Market|Hotel|Hall|Village|Town|City|State|States)$"
    r"|\b(?:Minister|Ambassador|President|King|Queen|Prince|Princess|Prime|Governor)\b"
)


def regional_name(name: str) -> bool:
    """A body named for its region: "Clean Threads Europe", "Fair Trade Africa"; the region
    alone ("South East Asia") is none."""
    words = name.split()
    return (
        len(words) > 1
        and re.fullmatch(_REGION, words[-1]) is not None
        and re.fullmatch(_REGION, words[0]) is None
        and not re.search(
            rf"^(?:(?:North|South|East|West|Central|Southern|Northern|Eastern|Western)[\s-]+)+{_REGION}$",
            name,
        )
    )


def aliases(text: str) -> dict[str, str]:
    """Short names a text defines: "Mekong Migration Network (MMN)" -> {"MMN": "Mekong ..."}."""
    found: dict[str, str] = {}
    for m in re.finditer(rf"({NAME})\s*\(([A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*)?)\)", text):
        full, short = clean_name(m.group(1)), m.group(2)
        if len(full.split()) < 2 or not (sum(c.isupper() for c in short) >= 2 or "-" in short):
            continue
        # The short name must be made of the full name's initials (CWCC, Thai-Cord), which keeps
        # stray brackets out.
        if places.country(full):
            continue
        if not _letters_fit(short, full) and not _foreign_short(short, full, text):
            continue
        found.setdefault(short, full)
    # The other way round: "FIRA (Fikambanana Ranomasina)", a short name and then its full name
    # in brackets, the full name opening with the short name's first letter.
    for m in re.finditer(rf"\b([A-Z][A-Z-]{{1,9}}[A-Z])\s*\((?:the\s+)?({NAME})\)", text):
        short, full = m.group(1), clean_name(m.group(2))
        words = full.split()
        if len(words) < 2 or full[0] != short[0] or places.country(full) or places.city(full):
            continue
        if any(places.country_or_adjective(w) for w in words[:1]) and len(words) == 2:
            continue
        found.setdefault(short, full)
    # A short name used but never defined, made of the initials of a name the text gives whole
    # ("Mekong Community Forestry Network" in the heading, "MCFN organized" below).
    wholes = set()
    for line in text.splitlines():
        for m in _NAME_RE.finditer(line):
            words = clean_name(m.group(0)).split()
            for i in range(2, len(words)):
                if ORG_WORD.fullmatch(
                    words[i]
                ):  # "... Forestry Network Annual Report": to "Network"
                    wholes.add(" ".join(words[: i + 1]))
    by_initials: dict[str, str] = {}
    for full in sorted(wholes):
        initials = "".join(w[0] for w in full.split() if w[:1].isupper())
        by_initials.setdefault(initials, full)
    for short in set(re.findall(r"\b[A-Z]{3,8}\b", text)) - set(found):
        full = by_initials.get(short)
        if full and full != short and places.country(short) is None:
            found[short] = full
    return found


def _foreign_short(short: str, full: str, text: str) -> bool:
    """A short name from the name in its own language ("Indonesian Waste Pickers Alliance
    (APSI)", for Aliansi Pemulung Seluruh Indonesia): all capitals, after a name of three words
    or more that says it is an organisation, no country code, and used again on its own."""
    return (
        re.fullmatch(r"[A-Z]{3,6}", short) is not None
        and len(full.split()) >= 3
        and ORG_WORD.search(full) is not None
        and places.country(short) is None
        and len(re.findall(rf"(?<![\w(]){short}\b(?!\))", text)) >= 1
    )


def _letters_fit(short: str, full: str) -> bool:
    """The short name's capitals appear, in order, among the full name's initials: CWCC in
    Cambodian Women's Crisis Centre, T-C in Thai Coordinating Committee."""
    initials = iter(w[0] for w in re.split(r"[\s-]+", full) if w[:1].isupper())
    return all(letter in initials for letter in (c for c in short if c.isupper()))


def names_in(text: str, aliases_: dict[str, str] | None = None) -> list[tuple[str, int]]:
    """Organisation names in a stretch of text (a list after "visited", a subject), split at
    commas and at "and" where both sides are names of their own."""
    found: list[tuple[str, int]] = []
    for m in _NAME_RE.finditer(text):
        if _HONORIFIC.search(text[: m.start()]):
            continue
        for part, offset in _split_list(m.group(0)):
            if looks_like_org(part, aliases_):
                found.append((clean_name(part), m.start() + offset))
    return found


def _strong(name: str) -> bool:
    """A name that is an organisation's on its own: it has an organisation word (Centre,
    Network) or is a short name in capitals (MMN)."""
    return bool(
        ORG_WORD.search(name)
        or (name.isupper() and ORG_WORD.search(name.title()))  # "WATER USERS' NETWORK"
        or re.fullmatch(r"[A-Z][A-Z-]+[A-Z]", name.strip())
    )


def _split_list(name: str) -> list[tuple[str, int]]:
    """ "EMPOWER and MMN", "the Rivers Network and the Hill Forum" -> two names; "Legal Support
    for Children and Women" and "Centre for Studies and Action for Peace" stay one: a name
    splits at "and" only where both sides are names of their own."""
    for joint in re.finditer(r"\s+and\s+(?:the\s+)?", name):
        left, right = name[: joint.start()], name[joint.end() :]
        of_country = re.search(r"\s(?:of|in|for)\s+(?:the\s+)?(\S+(?:\s\S+)?)$", left)
        if of_country and places.country(of_country.group(1)) and places.country(right):
            continue  # "Truckers Association of Uganda and Kenya" is one name
        place = places.country_or_adjective(right) or places.country_or_adjective(left)
        # a kind's words alone are no name of their own: "Legal Aid and Rights Centre" is one
        strong = _strong(left) and _strong(right) and not ORG_WORD.fullmatch(left)
        if "the" in joint.group(0) or place or strong:
            rest = [(part, offset + joint.end()) for part, offset in _split_list(right)]
            return [(left, 0), *rest]
    return [(name, 0)]


# A nationality and what the organisation is, before its name: "the German development agency
# GIZ", "the Senegalese association Jappo".
_KINDS = (
    r"(?:association|union|network|organi[sz]ation|group|NGO|foundation|charity|collective"
    r"|federation|alliance|coalition|agency|institute|trust|cooperative|movement|platform|centre"
    r"|center|society|council|church|university|research\s+centre|think\s+tank|hosts?"
    r"|bureau|firm|consultancy|company|enterprise|radio|station|newspaper|charity)"
)
_DESCRIBED = re.compile(rf"([A-Z][\w'’-]*)\s+(?:[a-z][\w'’-]*\s+){{0,2}}?{_KINDS}\s+(?=[A-Za-z])")


def _first_name_after(text: str, aliases_: dict[str, str]) -> tuple[str, int] | None:
    """The organisation a phrase points at: the first capitalised run within a few words
    ("funded by the international non-profit organisation Diakonia"), if it is one. A person
    there ("organised by Ms ...") gives nothing rather than the next name along."""
    m = _NAME_RE.search(text[:160])
    if not m or _HONORIFIC.search(text[: m.start()]):
        return None
    if len(text[: m.start()].split()) > 6 and not _APPOSITION_BEFORE.fullmatch(text[: m.start()]):
        return None
    listed = _listed_whole(text, m.start())
    if listed:  # "by the Coastal Fishers, Farmers and Workers Union of Cambodia"
        return clean_name(listed), m.start()
    described = _DESCRIBED.match(text, m.start())
    if described and places.country_or_adjective(described.group(1)):
        # "the German development agency GIZ", "the Romanian association Vatra"
        m = _NAME_RE.match(text, described.end())
        if not m:
            return None
    name = _split_list(m.group(0))[0][0]
    if looks_like_org(name, aliases_, single_word=True):
        return _with_commas(clean_name(name), text[m.start() + len(name) :]), m.start()
    if _SAID_KIND.match(text, m.start() + len(name)) and not places.country_or_adjective(name):
        return clean_name(name), m.start()  # "from Agua Fresca Solidarity, a Basque NGO"
    if (
        re.search(
            rf"\b(?:the|a|an|our|its|their)\s+(?:[a-z][\w-]*\s+){{0,2}}?{_KINDS}\s+$",
            text[: m.start()],
        )
        and not places.country_or_adjective(name)
        and not places.city(name)
    ):
        return clean_name(name), m.start()  # "by the public organisation Nakhshi Umed"
    return None


# The words a name opens with, listed with commas up to its last "and": "Coastal Fishers, Farmers
# and" of "Coastal Fishers, Farmers and Workers Union of Cambodia".
_LISTED_HEAD = re.compile(
    rf"({_CAP}(?:\s+{_CAP}){{0,2}}(?:,\s+{_CAP}(?:\s+{_CAP}){{0,2}})+),?\s+and\s+(?=[{_UP}])"
)


def _listed_whole(text: str, at: int) -> str | None:
    """A name at `at` whose first words are listed with commas, read whole ("Tak Migrant
    Education, Health and Rights Committee", "Uganda Returnee Workers, Families and Friends
    Association"), or None: the listed words are no organisation, country or town of their own
    ("Oxfam, CARE and the X Union", "Cambodia, Laos and Thailand") and the words after the last
    "and" are an organisation's."""
    m = _LISTED_HEAD.match(text, at)
    if not m:
        return None
    for item in m.group(1).split(","):
        item = item.strip()
        if (
            ORG_WORD.search(item)
            or re.fullmatch(r"[A-Z][A-Z&-]+", item)  # "Oxfam, CARE and Y Union": bodies listed
            or places.country_or_adjective(item)
            or places.city(item)
        ):
            return None
    last = _NAME_RE.match(text, m.end())
    if not last:
        return None
    tail = _split_list(last.group(0))[0][0]
    if not ORG_WORD.search(tail):
        return None
    return text[at : m.end() + len(tail)]


# A name followed by what it is: "Agua Fresca Solidarity, a Basque NGO".
_SAID_KIND = re.compile(rf",\s+(?:a|an|the|our|its|their)\s+(?:[\w'’-]+\s+){{0,3}}?{_KINDS}\b")


# "Centre for Migration, Labour and Social Policy": an organisation word, then what it is for,
# listed with commas. The list ends at "and the" or at a name with an organisation word of its
# own ("... and Social Policy and the Lublin Workers' Council").
_FOR_WHAT = re.compile(
    rf"^(?:[A-Z][\w'’-]*\s+)*(?:{'|'.join(ORG_WORDS)})\s+(?:for|of|on|de|del|des|du|da|do|dos)\s+"
    rf"(?:[\w'’-]+\s+)*?{_CAP}$"
)
_LISTED_WORDS = re.compile(
    rf"^,\s+({_CAP}(?:,\s+{_CAP})*(?:,?\s+(?:and|y|e|et)\s+{_CAP}(?:\s+(?:(?:of|for|on|the|de|del|da|do|dos|das|la|las|los)\s+)*{_CAP})*))"
)


def _with_commas(name: str, after: str) -> str:
    """A name whose subject is a list written with commas, read whole: "Foundation for Labour,
    Equality and Rights"."""
    if not _FOR_WHAT.match(name):
        return name
    m = _LISTED_WORDS.match(after)
    if not m or ORG_WORD.search(m.group(1)):
        return name
    return name + after[: m.end()]


# A name that goes on after a comma with its town or country, then its verb: "the Association
# of Women Lawyers, Kenya held". At a clause's end ("trainers came from Colectivo Mapa Vivo,
# Guatemala.") the place says where the body is, outside its name.
_PLACE_TAIL = re.compile(
    r",\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
    r"(?=\s+(?:also\s+|jointly\s+)?(?:[a-z]+ed|held|ran|hosted|led|was|were|is|has|had)\b)"
)


def _comma_tail(name: str, after: str) -> str:
    """What of `after` continues `name` past a comma: a list of what it is for ("Centre for
    Land, Water and Livelihoods", "Red de Casas del Migrante, Sur y Frontera") or its town or
    country ("Association of Women Lawyers, Kenya"); "" when nothing does."""
    whole = _with_commas(name, after)
    if whole != name:
        return whole[len(name) :]
    m = _PLACE_TAIL.match(after)
    if m and ORG_WORD.search(name) and (places.country(m.group(1)) or places.city(m.group(1))):
        return after[: m.end()]
    return ""


def _whole_names(sentence: str, found: list[Role], masked: str | None = None) -> list[Role]:
    """Roles with names that go on after a comma read whole, and the pieces of such a name
    given roles of their own ("Textile and Zone Workers" of the "Union of Garment, Textile
    and Zone Workers") dropped. `masked` is the sentence with its seats blanked
    (`seats_masked`): a seat blanked right after a name that no other rule closes it with is
    the name's ("A researcher of the X Institute, Leiden spoke")."""
    whole: list[Role] = []
    for r in found:
        at = sentence.find(r.name)
        tail = _comma_tail(r.name, sentence[at + len(r.name) :]) if at >= 0 else ""
        if at >= 0 and not tail:  # "X, Mombasa, and", "Fundación X, Mar y Trabajo": orgs32
            tail = orgs32.comma_tail(r.name, sentence[:at], sentence[at + len(r.name) :])
            # "X, Mombasa, which sent ...", "X, Dhaka, in cooperation with": people34
            tail = tail or people34.town_before_clause(sentence[:at], sentence[at + len(r.name) :])
            # "X, Geneva." or "X, Mombasa)": homes35
            tail = tail or homes35.town_at_end(sentence[:at], sentence[at + len(r.name) :])
            # "X, Leiden spoke": a town blanked by seats_masked
            tail = tail or _town_blanked(sentence, masked, at, at + len(r.name))
        head = orgs32.listed_head(r.name, sentence[:at]) if at >= 0 else ""  # "Ropes, Boats and"
        whole.append(Role(head + r.name + tail, r.role, r.start) if tail or head else r)
    longer = [r.name for r in whole if "," in r.name]
    return [
        r
        for r in whole
        if not any(r.name != n and r.name in n and "," not in r.name for n in longer)
    ]


# A name whose first words are listed with commas: "Labour, Health and Environment Research Trust".
_THE_LISTED = re.compile(
    r"[A-Z][\w'’-]*(?:,\s+[A-Z][\w'’-]*)+,?\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}"
)
# What may stand between "by" and the names it points at: "the two authors of the study, ".
_APPOSITION_BEFORE = re.compile(r"(?:the|its|their)\s+[^,.;:A-Z]{3,60},\s+(?:the\s+)?")


def _names_after(text: str, aliases_: dict[str, str]) -> list[tuple[str, int]]:
    """The organisations a phrase points at: the first, and those listed with it ("by the
    Copperleaf Foundation and the Tidewater Fund")."""
    first = _first_name_after(text, aliases_)
    if first is None:
        return []
    found = [first]
    pos = first[1] + len(first[0])
    m = _NAME_RE.search(text, first[1])
    if "," in first[0]:  # a name with commas in it: the list goes on after it
        m = None
        pos = text.find(first[0], first[1]) + len(first[0]) if first[0] in text else pos
    if m and _CLAUSE_VERB.match(text, m.end()) and len(_split_list(m.group(0))) > 1:
        return found  # "by X and the Y Federation did not comment": Y is a clause of its own
    if m:
        parts = _split_list(m.group(0))
        whole = None
        if len(parts) > 1 and text[: m.start() + parts[-1][1]].endswith("the "):
            whole = _THE_LISTED.match(text, m.start() + parts[-1][1])
            if not (
                whole and whole.end() > m.end() and ORG_WORD.search(whole.group(0).split()[-1])
            ):
                whole = None
        found += [
            (clean_name(p), m.start() + o)
            for p, o in (parts[1:-1] if whole else parts[1:])
            if looks_like_org(p, aliases_)
        ]
        pos = m.end()
        if whole:  # "X and the Labour, Health and Environment Research Trust": one name
            found.append((whole.group(0), whole.start()))
            pos = whole.end()
    while True:
        sep = re.match(
            r"(?:\s*\([^()]{1,40}\))?\s*(?:,\s*(?:and\s+(?:with\s+)?)?|and\s+(?:with\s+)?)(?:the\s+)?",
            text[pos:],
        )  # "the National Union of Cleaners (NUC) and the Jesuit Desk", "and with the X"
        if not sep:
            return found
        listed = _listed_whole(text, pos + sep.end())
        if listed:  # "and the Thai Domestic, Home and Care Workers' Network"
            found.append((clean_name(listed), pos + sep.end()))
            pos += sep.end() + len(listed)
            continue
        whole = _THE_LISTED.match(text, pos + sep.end()) if sep.group(0).endswith("the ") else None
        if whole and ORG_WORD.search(whole.group(0).split()[-1]):
            # "and the Labour, Health and Environment Research Trust": after "the", one name
            found.append((whole.group(0), whole.start()))
            pos = whole.end()
            continue
        m = _NAME_RE.match(text, pos + sep.end())
        if (
            m
            and found
            and sep.group(0).lstrip().startswith(",")
            and _seat(m.group(0))
            and re.match(r"\s*(?:,\s*)?and\s+(?:with\s+)?(?:the\s+)?[A-Z]", text[m.end() :])
        ):
            # "Digital Rights for Workers, Southeast Asia and with the X": the seat closes the
            # name before it, and the list goes on after it (a seat that ends the list is read
            # by _whole_names, as before)
            name, at = found[-1]
            found[-1] = (name + text[pos : m.end()], at)
            pos = m.end()
            continue
        if not m or not looks_like_org(m.group(0), aliases_, single_word=True):
            return found
        if _CLAUSE_VERB.match(text, m.end()):
            return found  # "..., and the Hanami Foundation supported the event": a new clause
        found += [
            (clean_name(p), m.start() + o)
            for p, o in _split_list(m.group(0))
            if looks_like_org(p, aliases_, single_word=True)
        ]
        pos = m.end()


def _seat(text: str) -> bool:
    """Whether `text` names only where a body is: a town, a country or a region, or two of
    them ("El Alto and Cochabamba")."""
    parts = re.split(r"\s+and\s+", text)
    return len(parts) <= 2 and all(
        places.country(p) or places.city(p) or re.fullmatch(_REGION, p) or orgs32.region(p)
        for p in parts
    )


# A verb right after a name: the name is the subject of a clause of its own.
_CLAUSE_VERB = re.compile(
    r"\s+(?:also\s+|later\s+)?(?:[a-z]+ed|was|were|has|had|gave|paid|ran|met|led|did|does|do|is|are"
    r"|will|would|could|can|said|says|told|took|sent|spoke|wrote|made|brought|declined|refused"
    r"|held|holds|runs|hosts|organi[sz]es)\b"
)


_AGAIN_VERBS = r"(?:(?:co-)?organi[sz]ed|held|(?:co-)?hosted|conducted|convened|ran|run|arranged|launched|trained|brought together)"


def named_again(sentence: str, named: list[str]) -> list[tuple[str, str]]:
    """ "the collective held ...", "the network hosted ...": an organisation named before in
    the report, pointed at by the last word of its name."""
    found = []
    for m in re.finditer(
        rf"\b[Tt]he\s+([a-z]+)\s+(?:then\s+|also\s+|had\s+|has\s+)*({_AGAIN_VERBS})\b", sentence
    ):
        word = m.group(1)
        for name in reversed(named):
            # "the network" for the Network for Migrant Children: the last word of its name
            # or its organisation word
            kinds = {w.lower() for w in name.split() if w in ORG_WORDS}
            if name.split()[-1].lower() == word or word in kinds:
                found.append((name, "host" if m.group(2).endswith("hosted") else "organiser"))
                break
    return found


_ORGANISE = (
    r"(?:organi[sz]ed|organi[sz]es|co-organi[sz]ed|held|holds|conducted|convened|arranged|ran|set up"
    r"|launched|hosted|co-hosted|brought together|trained|premiered|screened|staged"
    # "X carried out a hybrid session": not a study carried out ("carried out a survey")
    r"|carried\s+out(?!\s+(?:(?:a|an|the|its|their|\w+)\s+){0,2}?(?:study|studies|survey|surveys"
    r"|research|assessments?|evaluations?|interviews|mapping|analysis|review|monitoring|visits?"
    r"|inspections?|checks?|rescues?|raids?)\b)"
    # "X marked International Domestic Workers Day with an open forum": the day's events its own
    r"|marked(?=\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,6}(?:Day|Week)\b)"
    # "The Returnee Network realised a public hearing": a writer's "realised" for "held" (people34),
    # not what a body came to see ("realised that", "realised the importance of"), nor an event
    # named before it ("the Regional Workshop, realised the 15 and 16 of May")
    r"|reali[sz]ed(?=\s+(?:a|an|its|their|two|three|four|five|six|\d+)\s"
    r"|\s+the\s+(?!(?:need|importance|value|risks?|dangers?|extent|scale|day)\b|\d))"
    # "brought people together for its second gathering", "brought 90 growers together"
    r"|brought\s+(?:[\w-]+\s+){1,3}?together(?=\s+(?:for|in|at|on)\b)"
    # "released their study": the makers of a thing written or filmed, not who released people
    r"|released(?=\s+(?:its|their|the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:study|report|book|guide"
    r"|handbook|manual|brief|paper|survey|research|findings|toolkit|film|documentary|video)\b))"
)
_SUBJECT_VERB = re.compile(
    rf"({NAME})(?:\s*\([^)]{{1,40}}\))?(?:,\s+((?:a|an|the|its|which|who)\s+[^,;.]{{1,90}}),)?,?\s+"
    # "X has held a yearly exchange since 2018", "X has organised a convention"
    rf"(?:(?:has|have|had)\s+)?(?:then\s+|also\s+|jointly\s+|successfully\s+)?{_ORGANISE}\b"
    r"(?!\s+(?:jointly\s+)?by\b)"
)  # "The Mekong Network, a coalition of 40 groups, held a workshop"
# Who taught: "taught by", "trainers from X", "the sessions were led by lawyers of X".
_TEACHERS = (
    r"(?:trainers?|facilitators?|resource\s+persons?|instructors?|lecturers?|tutors?|lawyers?"
    r"|staff|experts?|specialists?|doctors?|teachers?|counsellors?|volunteers?|members?"
    r"|psychologists?|engineers?|consultants?|mentors?|nurses?|case\s+managers?|social\s+workers?)"
)
_TAUGHT_BY = re.compile(
    rf"\b(?:taught|facilitated|delivered)\s+by\s+(?:(?:the\s+|two\s+|three\s+|\d+\s+)?{_TEACHERS}\s+(?:from|of)\s+)?"
    r"(?:the\s+)?"
    # "trained by two lawyers of X", "given by engineers of X": people of the body named
    rf"|\b(?:trained|given)\s+by\s+(?:the\s+|two\s+|three\s+|\d+\s+)?{_TEACHERS}\s+(?:from|of)\s+(?:the\s+)?"
    r"|\b(?:sessions?|classes|lessons|modules|lectures?)\s+(?:was|were)\s+(?:led|run|given|conducted)"
    rf"\s+by\s+(?:{_TEACHERS}\s+(?:from|of)\s+)?(?:the\s+)?"
    rf"|\b(?:was|were)\s+(?:led|run|given|conducted)\s+by\s+{_TEACHERS}\s+(?:from|of)\s+(?:the\s+)?"
    # "Trainers were provided by X", "the facilitators were seconded by X"
    r"|\b(?:[Tt]rainers?|[Ff]acilitators?|[Ii]nstructors?|[Rr]esource\s+persons?)\s+(?:was|were)\s+"
    r"(?:provided|supplied|sent|seconded|made\s+available)\s+by\s+(?:the\s+)?"
)
# A co-organiser told after the event it made: "co-organised a roundtable on wages in Phnom Penh
# with", "co-organised it with" (report_orgs reads the writer's event told so as the writer's too)
CO_DID_WITH = (
    r"\b[Cc]o-(?:organi[sz]ed|convened|ran)\s+(?:it\s+|them\s+|(?:the|a|an|this|its|their|our)\s+"
    r"(?:[\w-]+\s+){0,8}?)with"
)
_BY = {
    # "run by" and "led by" only of the event ("was run by"), not "a shelter run by X"; the
    # event organised or co-hosted with X: X organised it too.
    "organiser": re.compile(
        r"\b(?:[Oo]rgani[sz]ed|[Cc]onvened|arranged|launched|initiated|spearheaded|staged|mounted"
        # "The march was called by the union", "was put on by X" (of the event: "was ...")
        r"|(?<=was\s)called|(?<=were\s)called|(?<=was\s)put\s+on|(?<=were\s)put\s+on"
        # "The day was animated by X" (French "animé par"): who ran it
        r"|(?<=was\s)animated|(?<=were\s)animated),?\s+(?:jointly\s+)?by\s+"
        r"|\b(?:organi[sz]ed|convened|held|ran|arranged|launched|presented)\s+(?:it\s+|them\s+|(?:the|a|an|this"
        r"|its|their)\s+(?:[\w-]+\s+){0,3}?)"
        r"jointly\s+with\s+(?=(?:the\s+)?[A-Z])"  # "together with" is partner (see above)
        rf"|\b(?:was|were|is|are|been)\s+(?:jointly\s+)?(?:run|coordinated|led)\s+by\s+"
        rf"(?!(?:(?:the|our|two|three|four|five|six|\d+)\s+)?{_TEACHERS}\s+(?:from|of)\b)"
        # "Co-hosted with X" opening a line, "co-run with X", "co-organise with X" in a list
        r"|\b(?:[Cc]o-organi[sz]ed?|organi[sz]ed|[Cc]o-hosted|[Cc]o-run)\s+(?:together\s+|jointly\s+)?with\s+"
        r"(?!(?:the\s+)?(?:financial\s+|generous\s+|kind\s+)?(?:support|funding|help|assistance|a\s+grant)\b)"
        r"|\bjointly\s+organi[sz]ed\s+with\s+"
        r"|\bco-hosted\s+by\s+"
        # "The dialogue was co-convened with X", "co-organised alongside X"
        r"|\bco-(?:convened|organi[sz]ed|hosted)\s+(?:together\s+)?(?:with|alongside)\s+(?=(?:the\s+)?[A-Z])"
        r"|\bco-convened\s+by\s+"
        # "we co-organised a roundtable on statelessness with X", "The network co-organised it
        # with X" (who co-hosted the meeting with X is its host: below)
        rf"|{CO_DID_WITH}\s+(?=(?:the\s+)?[A-Z])"
        # "The Programme is implemented by X": who carries out a project's events
        r"|\b(?:is|was|were|are|been|being)\s+(?:jointly\s+)?implemented\s+(?:jointly\s+)?by\s+"
        # "organised by X in cooperation with Y": the sets read Y an organiser too (people34)
        r"|\bin\s+(?:cooperation|co-operation|coordination)\s+with\s+"
    ),
    "host": re.compile(
        r"(?<!co-)\bhosted\s+by\s+"
        r"|\bco-hosted\s+(?:the|a|an|this|its|their)\s+(?:[\w-]+\s+){0,3}?with\s+"  # "co-hosted the meeting with X"
        r"|\bat\s+the\s+invitation\s+of\s+"
        # "held on the premises of X", "the hall was lent by X", "the venue was provided by X"
        r"|\b(?:at|on|in)\s+the\s+(?:premises|offices?|headquarters|compound|campus|grounds)\s+of\s+(?=(?:the\s+)?[A-Z])"
        r"|\b(?:venue|hall|room|premises|space)\s+(?:was\s+|were\s+)?(?:provided|lent|offered|given|made\s+available)"
        r"(?:\s+(?:free\s+of\s+charge|to\s+us|for\s+free))?\s+by\s+"
    ),
    "funder": re.compile(
        r"\b(?:funded|financed|sponsored|supported|made possible|co-funded|co-financed|paid\s+for"
        r"|underwritten|covered|backed|bankrolled)\s+(?:\w+\s+)?by\s+"
        # a line or a slide's bullet that opens on it: "Funded by X", "Paid by the X Fund"
        r"|^(?:Paid|Funded|Financed|Sponsored|Supported|Co-funded|Co-financed)\s+(?:\w+\s+)?by\s*:?\s+"
        # "Funding by X.", "Funding was by X"
        r"|^(?:Funding|Financing)\s+(?:was\s+)?by\s+"
        r"|\bwith\s+(?:the\s+)?(?:financial\s+)?backing\s+(?:of|from)\s+"
        # "with a contribution from X", "a grant from X", "CRSA's core grant from X"
        r"|\b(?:a|an|the|its|their|our|[\w-]+[’']s)\s+(?:[\w-]+\s+){0,3}?(?:grant|contribution|donation"
        r"|financial\s+contribution)\s+(?:from|of)\s+(?=(?:the\s+)?[A-ZÀ-ÖØ-Þ])"
        # "with funding from X", "with a grant from X" (and "with funding of")
        r"|\b[Ww]ith\s+(?:a\s+)?(?:grant|funding|financial\s+support)\s+from\s+"
        # the last item of a "with" list: "with trainers from X and funding from Y", "with
        # volunteers of X, and support from Y"
        r"|\b[Ww]ith\s+[^.;:()]{3,100}?,?\s+and\s+(?:financial\s+)?(?:funding|support|a\s+grant)"
        r"\s+from\s+"
        r"|\b[Ww]ith\s+(?:the\s+)?(?:(?:financial|generous|kind|valuable|continued|continuous)\s+)*"
        r"(?:support|funding|a grant)\s+(?:of|from)\s+"
        # "the cost of the meeting was borne by X", "costs were met by X"
        r"|\b(?:[Cc]osts?|[Ee]xpenses)\b[^.;:]{0,40}?\b(?:was|were)\s+(?:met|borne|covered|paid)\s+by\s+"
        # "The camp was paid by X", "The tickets and the stay were paid by X"; not a work paid
        # for ("The report and the study were paid by X": no event's funder)
        r"|^(?![^.;:]*\b(?:[Rr]eports?|[Ss]tud(?:y|ies)|[Bb]ooks?|[Pp]ublications?|[Ff]ilms?|[Rr]esearch"
        r"|[Ss]urveys?|[Pp]apers?|[Gg]uides?|[Bb]ooklets?|[Mm]anuals?)\b)[^.;:]*?\b(?:was|were)\s+paid\s+by\s+"
        r"|\b(?:[Ff]unding|[Ff]inancial (?:support|assistance)|[Aa] grant|[Ss]upport)(?:\s+for\s+(?:the|this|that)\s+[\w-]+)?"
        r"\s+(?:came|was provided|was received|was given)\s+(?:from|by)\s+"
        r"|\b(?:thanks\s+to|through)\s+(?:a\s+|the\s+)?(?:grant|funding|support|financial\s+support)\s+(?:of|from)\s+"
        r"|\b(?:received|receives|obtained|had)\s+(?:financial\s+|generous\s+|budget\s+)?(?:support|funding|a grant)\s+from\s+"
        # "had the support of X", "counted on the support of X" (people34)
        r"|\b(?:had|has|counted\s+on|enjoyed|received)\s+the\s+(?:financial\s+|generous\s+|solidarity\s+|kind\s+)?"
        r"support\s+of\s+"
        # "with the accompaniment of Y and the financial support of X"
        r"|\b(?:the|its|their)\s+financial\s+(?:support|assistance)\s+of\s+"
        # "paid for from our X Fund grant", "charged to the X grant", "funded out of the X budget"
        r"|\b(?:paid\s+for|funded|financed|covered|charged)\s+(?:from|out\s+of|to|under)\s+(?:our|the|its|their)\s+"
        r"(?=(?:[A-Z][\w'’-]*\s+)*?(?:Fund|Foundation|Trust|Facility|Fondo|Fonds|Fundación|Fondation)\b)"
    ),
    "partner": re.compile(
        r"\bin\s+(?:collaboration|partnership|conjunction|association)\s+with\s+"
        r"|\bpartnered\s+with\s+"
        # "organised the handover together with X", "Together with X, we held ..." (a capital
        # only where the sentence opens: "Living Together with Migrants" is a film's title)
        r"|(?<!organised\s)(?<!organized\s)(?:\btogether|^Together)\s+with\s+(?=(?:the\s+)?[A-Z])"
        # "organised by X jointly with Y": made an organiser by orgs32.partners_who_organised
        r"|(?<=[\w),]\s)jointly\s+with\s+(?=(?:the\s+)?[A-Z])"
        r"|\b(?:consultations?|meetings?|exchanges?|dialogues?)\s+between\s+(?:the\s+)?(?:members\s+of\s+)?"
    ),
    "trainer": _TAUGHT_BY,
}
# "conducted a series of trainings", "ran two training workshops"; a bare "conduct training"
# in a list of ideas names no event.
_TRAINING = re.compile(
    r"\b(?:conduct(?:ed)?|deliver(?:ed)?|provid(?:e|ed)|facilitat(?:e|ed)|gave|give|le[a]?d|ran|run)"
    r"\s+(?:a\s+series\s+of|several|a|an|two|three|four|five|six|\d+)\s+(?:[\w-]+\s+)?trainings?\b"
)
_WHICH_DID = re.compile(
    rf"({NAME})(?:\s*\([^)]{{1,40}}\))?,?\s+(?:which|who)\s+(?:also\s+|kindly\s+|generously\s+)?(hosted"
    r"|organi[sz]ed|co-organi[sz]ed|convened|funded|sponsored|financed|supported|co-funded)\s+"
    r"(?:it|the|this|them|us|all|our)\b"
)
_WHICH_ROLES = {
    "hosted": "host",
    "organised": "organiser",
    "organized": "organiser",
    "co-organised": "organiser",
    "co-organized": "organiser",
    "convened": "organiser",
    "funded": "funder",
    "sponsored": "funder",
    "financed": "funder",
    "supported": "funder",
    "co-funded": "funder",
}
_BODY_MET = re.compile(
    rf"({NAME})\s+(?:met|gathered|convened|assembled)\s+(?:again\s+)?(?:in|at)\s+(?:the\s+)?[A-Z]"
)
# "the founding assembly of the X", and in a title's capitals with its year: "Third General
# Assembly of the X", "Annual Members' Meeting 2024 of the X"
_ASSEMBLY_OF = re.compile(
    r"\b(?i:founding|inaugural|constituent|annual|general|national|regional|provincial|biennial"
    r"|extraordinary|first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+"
    r"(?:(?i:general|members['’]?|delegates['’]?|ordinary)\s+)?(?:[a-z]+\s+)?"
    r"(?i:assembly|congress|conference|convention|meeting|summit)(?:\s+(?:of\s+)?\d{4})?\s+of\s+(?:the\s+)?"
    rf"({NAME})"
)
_MEMBERS_DID = re.compile(
    rf"(?:^(?:[^.;]{{0,40}}[–—-]\s+)?(?:Members|Leaders|Activists|Representatives|Delegates)"
    rf"|\b(?:[Aa]|[Tt]he)\s+(?:\d+-member\s+)?(?:delegation|group|team))\s+of\s+(?:the\s+)?({NAME})"
    r"(?:\s*\([^)]{1,40}\))?\s+(?:today\s+|on\s+\w+\s+|also\s+|then\s+)?"
    r"(?:handed|delivered|submitted|held|organi[sz]ed|staged|launched|marched|presented|convened)\b"
)
_STAFF_LED = re.compile(
    rf"\b(?i:{_TEACHERS})\s+(?:from|of)\s+(?:the\s+)?({NAME})(?:\s*\([^)]{{1,40}}\))?\s+"
    r"(?:facilitated|led|ran|taught|delivered|conducted|gave)\s+(?:the\s+|all\s+|most\s+)?"
    r"(?:sessions?|training|course|classes|lessons|modules|lectures?)\b"
)
# "the Hanami Foundation supported the event", "X funded the training".
_SUPPORTED = re.compile(
    rf"({NAME})\s+(?:also\s+|generously\s+)?(?:supported|funded|financed|sponsored|paid for|co-funded"
    r"|co-financed|co-sponsored)\s+"
    r"(?:the|this|that|both|all|it\b|them\b)"
    # "X paid for travel and materials", "X covered the participants' costs"
    rf"|({NAME})\s+(?:also\s+)?(?:paid\s+for|covered)\s+(?:(?:the|their|all|participants['’])\s+)*"
    r"(?:[\w'’-]+\s+)?(?:travel|transport|fares|costs?|expenses|accommodation|meals|food|materials|venue"
    r"|visas?|tickets|interpretation|lodging|hire|rental|fuel|per\s+diems?|allowances)\b"
    # "X met the costs of the travel", "X shared the costs of this dialogue"
    rf"|({NAME})\s+(?:also\s+)?(?:met|shared|bore)\s+(?:(?:the|all|most\s+of\s+the|part\s+of\s+the)\s+)"
    r"(?:costs?|expenses)\b"
)
# "X did most of the organising", "X took care of the organisation": the organiser, told by a noun.
_DID_ORGANISING = re.compile(
    rf"({NAME})\s+(?:did|handled|took\s+care\s+of|was\s+in\s+charge\s+of)\s+(?:(?:most|much|all|part)\s+of\s+)?"
    r"the\s+(?:organi[sz]ing|organi[sz]ation|logistics)\b"
)
# "X was the main sponsor", "X acted as host", "The organisers were X and Y", "X provided
# financial support": a role told by its noun.
_ROLE_NOUNS = {
    "partner": "partner",
    "sponsor": "funder",
    "funder": "funder",
    "donor": "funder",
    "organiser": "organiser",
    "organizer": "organiser",
    "host": "host",
}
_WAS_THE = re.compile(
    rf"({NAME})\s+(?:was|were|acted\s+as|served\s+as|came\s+as|joined\s+(?:us\s+)?as|took\s+part\s+as)"
    r"\s+(?:(?:a|an|the|its|their|our)\s+)?(?:[\w-]+\s+)?"
    r"((?:co-)?(?:partner|sponsor|funder|donor|organi[sz]er|host))s?\b"
)
_ROLE_WERE = re.compile(
    r"\b((?:[Cc]o-)?(?:[Oo]rgani[sz]ers?|[Hh]osts?|[Ff]unders?|[Dd]onors?|[Ss]ponsors?|[Pp]artners))"
    r"(?:\s+(?:were|was|is|are|included)|\s*:)\s+(?:the\s+)?"
)
# The label of a form's line that gives an organisation its role ("Organiser:" and the like
# are _ROLE_WERE's)
_FORM_ROLES = {
    "organised by": "organiser",
    "organized by": "organiser",
    "co-organised by": "organiser",
    "facilitated by": "organiser",
    "convened by": "organiser",
    "implemented by": "organiser",
    "implementing organisation": "organiser",
    "implementing organization": "organiser",
    "hosted by": "host",
    "funding": "funder",
    "funded by": "funder",
    "financed by": "funder",
    "financing": "funder",
    "supported by": "funder",
    "support": "funder",
    "with the support of": "funder",
    "sponsored by": "funder",
    "co-funded by": "funder",
    "co-financed by": "funder",
    "funding partner": "funder",
    "partner": "partner",
    "trainers": "trainer",
    "trainer": "trainer",
    "facilitator": "trainer",
    "facilitators": "trainer",
    "teachers": "trainer",
    "resource persons": "trainer",
    "trainers from": "trainer",
    "training by": "trainer",
}
_FORM_ROLE = re.compile(
    # "- Facilitator: X" on a slide's bullet, "Facilitator - X" with a dash for its colon
    r"^(?:[-•*]\s*)?("
    + "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in _FORM_ROLES)
    + r")\s*(?::|\s[-–]\s)\s*(?:the\s+)?",
    re.I,
)
_PROVIDED = re.compile(
    rf"({NAME})\s+(?:also\s+)?(?:provided|gave|contributed)\s+(?:the\s+)?(?:financial\s+|generous\s+)?"
    r"(?:support|funding|funds|a\s+grant|budget)\b"
)
# "X provided the hall", "X offered its meeting room": who gave the event its place hosted it
_GAVE_THE_ROOM = re.compile(
    rf"({NAME})\s+(?:also\s+|kindly\s+)?(?:provided|offered|lent|gave|made\s+available)\s+"
    r"(?:the|its|their|a)\s+(?:[\w-]+\s+)?(?:hall|venue|room|premises|space|grounds|courtyard)\b"
)
# "with the X, Hekou, as co-host", "with X as main sponsor": a role told by its noun after "as"
_WITH_AS_ROLE = re.compile(
    rf"\bwith\s+(?:the\s+)?({NAME})(?:\s*\([^()]{{1,40}}\))?(?:,\s+[^,;.]{{1,40}},)?\s+as\s+"
    r"(?:(?:the|a|an|its|our|their)\s+)?(?:main\s+|local\s+)?"
    r"((?:co-)?(?:host|organi[sz]er|partner|sponsor|funder|donor)s?)\b"
)
# A visit told by its noun: "a visit to the X", "Tuesday: visit to the X", "paid a visit to the
# X", "a study visit to the office of X"; or "we went to the X, where ..."
_VISIT_TO = re.compile(
    r"\b(?:[Vv]isits?|[Ww]ent)\s+to\s+(?:the\s+)?(?:(?:office|offices|premises|headquarters|centre)"
    r"\s+of\s+(?:the\s+)?)?(?=[A-ZÀ-ÖØ-Þ])"
)
_SPEAKING = re.compile(
    r"\b(?:panel|panellists?|panelists?|speakers?|presentations?|remarks|keynote|heard from|spoke)\b",
    re.I,
)


# A body's seat between its name and what the sentence goes on to say of it: "X, Dhaka, organised",
# "X (AB), Hong Kong, delivered", "Y, Tachileik held", "Z, Ranong and Phang Nga, organised".
# Not before ", and" or "and": "X, Thailand, and the Y hosted" tells two clauses, and "Red de
# Casas del Migrante, Sur y Frontera" a name with a comma in it.
_SEAT_WORD = rf"[{_UP}][\w'’.-]*"
_SEAT_AFTER = re.compile(
    rf"(,\s+)({_SEAT_WORD}(?:\s+{_SEAT_WORD}){{0,2}}(?:\s+and\s+{_SEAT_WORD}(?:\s+{_SEAT_WORD}){{0,2}})?)"
    r"(?:\s*,(?=\s+(?!and\b|or\b)[a-z])|(?=\s+(?!and\b|or\b|y\b|e\b|et\b|i\b|und\b)[a-z]|\s*\())"
)
_NAME_AT_END = re.compile(rf"({NAME})(?:\s*\([^()]{{1,40}}\))?$")


def _town_blanked(sentence: str, masked: str | None, start: int, at: int) -> str:
    """The seat `seats_masked` blanked at `at`, after the name that begins at `start` (",
    Leiden" of "X, Leiden spoke"), when it is a town or two, never a country (", Kenya" says
    where, not which body), nor after a body people came "from" (homes35.town_at_end's rules);
    "" when none."""
    blank = re.match(r" +", masked[at:]) if masked else None
    seat = _SEAT_AFTER.match(sentence, at) if blank else None
    if not seat or homes35.travelled_from(sentence[:start]):
        return ""
    if homes35.towns_only(re.split(r"\s+and\s+", seat.group(2))):
        return sentence[at : seat.end(2)]
    return ""


def seats_masked(sentence: str, aliases_: dict[str, str]) -> str:
    """The sentence with each body's seat after its name blanked out, letter for letter, so
    that the patterns below meet the name next to its verb or its partner ("X, Dhaka,
    organised" read as "X         organised"); the names keep their places in the sentence,
    and `_whole_names` reads their seats back from the sentence as written."""

    def blank(m: re.Match) -> str:
        name = _NAME_AT_END.search(sentence[: m.start()])
        if not name or not looks_like_org(name.group(1), aliases_):
            return m.group(0)
        towns = re.split(r"\s+and\s+", m.group(2))
        if not all(places.city(t) or places.country(t) or re.fullmatch(_REGION, t) for t in towns):
            return m.group(0)
        return " " * len(m.group(0))

    return _SEAT_AFTER.sub(blank, sentence)


def roles(sentence: str, aliases_: dict[str, str], has_event: bool) -> list[Role]:
    """The organisations a sentence gives a role, with the role."""
    written = sentence
    sentence = seats_masked(sentence, aliases_)
    found: list[Role] = []
    for m in _SUBJECT_VERB.finditer(sentence):
        if not has_event and not re.match(
            r"\s+(?:(?:the|this|that|its|their)\s|(?:it|them)\b)", sentence[m.end() :]
        ):
            continue  # "X organised the handover": the event told before; "organised a" is another
        if re.match(
            r"\s+(?:the\s+)?(?:sessions?|classes|lessons|modules|lectures?)\b", sentence[m.end() :]
        ):
            continue  # "one from the association Jokko ran the sessions": it taught
        if people34.participle_after_comma(m.group(0), sentence[m.end() :]):
            continue  # "organised by A, co-hosted with C": A is no host
        if _FUNDED_FROM.search(sentence[: m.start(1)]):
            continue  # "X, with the support of the Y Fund, carried out": the fund did not
        role = "host" if "hosted" in m.group(0) else "organiser"  # "co-hosted" too
        names = _listed_before(sentence[: m.start()], aliases_) + _subject_names(
            m.group(1), aliases_
        )
        said = m.group(2) and re.match(
            rf"(?:a|an|the|its)\s+(?:[\w'’-]+\s+){{0,3}}?{_KINDS}\b", m.group(2)
        )
        if not names and said and not places.country_or_adjective(m.group(1)):
            names = [clean_name(m.group(1))]  # "Voces del Altiplano, a network of 14 stations, ran"
        if not names and _described_before(sentence, m.start(1)):
            names = [clean_name(m.group(1))]  # "the Romanian association Vatra held"
            # "The X Union and the Ukrainian union Y organised": the names listed before it
            described = _DESCRIPTION_BEFORE.search(sentence[: m.start(1)])
            names = _listed_before(sentence[: described.start()], aliases_) + names
        partners = _PARTNER_APPOSITION.search(sentence[: m.start(1)])
        if partners:  # "X and its Indonesian partner, Y, held": Y is an organisation
            names = names or [clean_name(m.group(1))]
            first = _last_name(partners.group(1), aliases_)
            names = ([first] if first else []) + names
        joined = _WITH_BETWEEN.search(sentence[: m.start(1)])
        if joined and names:  # "X, with Y, organised"
            first = _last_name(joined.group(1), aliases_)
            names = ([first] if first else []) + names
        for name in names:
            found.append(Role(name, role, m.start()))
    for role, pattern in _BY.items():
        for m in pattern.finditer(sentence):
            # "with the support of A and of B": each side a name (homes35)
            for name, pos in homes35.names_and_of(sentence[m.end() :], aliases_, _names_after):
                found.append(Role(name, role, m.end() + pos))
    for m in _PARTNER_OF.finditer(sentence):  # "the lawyers of X, partner of the project,"
        name = _last_name(m.group(1), aliases_)
        if name:
            found.append(Role(name, "partner", m.start()))
    for m in _POSSESSIVE_EVENT.finditer(sentence) if has_event else ():
        name = _last_name(m.group(1), aliases_)  # "the Coalition's annual learning meeting"
        if name and ((ORG_WORD.search(name) and " " in name) or name.isupper()):
            found.append(Role(name, "organiser", m.start()))
    for m in _RECEIVED.finditer(sentence) if has_event else ():
        for name in _subject_names(m.group(1), aliases_):  # "X received a delegation of 18"
            found.append(Role(name, "host", m.start()))
    for m in _WHICH_DID.finditer(sentence):  # "at the offices of X, which hosted it"
        name = _last_name(m.group(1), aliases_)
        if name:
            found.append(Role(name, _WHICH_ROLES[m.group(2).lower()], m.start()))
    for m in _BODY_MET.finditer(sentence) if has_event else ():  # "The X Network met in Dakar"
        for name in _subject_names(m.group(1), aliases_):
            if ORG_WORD.search(name):
                found.append(Role(name, "organiser", m.start()))
    for m in _ASSEMBLY_OF.finditer(sentence):  # "the founding assembly of the X Coordination"
        name = clean_name(m.group(1))
        titled = re.search(
            r"\b(?:Assembly|Congress|Conference|Convention|Meeting|Summit)\b", m.group(0)
        )
        many = any(w[:-1] in ORG_WORDS for w in name.split())
        if titled and name not in aliases_ and (not ORG_WORD.search(name) or many):
            # a title's "Convention of Returnee Women Workers", "Meeting of Migrant Worker
            # Organisations on Social Protection": those who met, no one body
            continue
        if looks_like_org(name, aliases_):
            found.append(Role(aliases_.get(name, name), "organiser", m.start()))
    for m in _MEMBERS_DID.finditer(sentence):  # "Members of X today handed a petition to ..."
        for name in _subject_names(m.group(1), aliases_):
            found.append(Role(name, "organiser", m.start()))
    for m in _STAFF_LED.finditer(sentence):  # "Staff of X facilitated the sessions"
        for name in _subject_names(m.group(1), aliases_):
            found.append(Role(name, "trainer", m.start()))
    for m in _DID_ORGANISING.finditer(sentence):
        for name in _subject_names(m.group(1), aliases_):
            found.append(Role(name, "organiser", m.start()))
    for m in _SUPPORTED.finditer(sentence):
        for name in _subject_names(m.group(1) or m.group(2) or m.group(3), aliases_):
            found.append(Role(name, "funder", m.start()))
    for m in _WAS_THE.finditer(sentence):
        for name in _subject_names(m.group(1), aliases_):
            found.append(Role(name, _ROLE_NOUNS[m.group(2).lower().removeprefix("co-")], m.start()))
    for m in _ROLE_WERE.finditer(sentence):
        role = _ROLE_NOUNS[m.group(1).lower().removeprefix("co-").rstrip("s")]
        for name, pos in _names_after(sentence[m.end() :], aliases_):
            found.append(Role(name, role, m.end() + pos))
    label = _FORM_ROLE.match(sentence)
    if label:
        # a form's line: "Funding: Nordic Inclusion Fund", "Facilitated by: X, together with Y"
        role = _FORM_ROLES[re.sub(r"\s+", " ", label.group(1).lower())]
        for name, pos in _names_after(sentence[label.end() :], aliases_):
            found.append(Role(name, role, label.end() + pos))
    for m in _PROVIDED.finditer(sentence):
        for name in _subject_names(m.group(1), aliases_):
            found.append(Role(name, "funder", m.start()))
    for m in _WITH_AS_ROLE.finditer(sentence):  # "with the X, Hekou, as co-host"
        name = _last_name(m.group(1), aliases_)
        if name:
            noun = m.group(2).lower()
            role = "organiser" if noun.startswith("co-") else _ROLE_NOUNS[noun.rstrip("s")]
            found.append(Role(name, role, m.start(1)))
    for m in _VISIT_TO.finditer(sentence):  # "visit to the X", "we went to the X, where"
        hit = _first_name_after(sentence[m.end() :], aliases_)
        if hit and hit[1] == 0 and ORG_WORD.search(hit[0]):
            rest = sentence[m.end() + len(hit[0]) :]
            if m.group(0).lower().startswith("went") and not re.match(r"\s*,\s+where\b", rest):
                continue
            found.append(Role(hit[0], "visited", m.end()))
    for m in _GAVE_THE_ROOM.finditer(sentence):  # "the Municipality of X provided the hall"
        for name in _subject_names(m.group(1), aliases_):
            found.append(Role(name, "host", m.start()))
    # "a learning exchange with the Hillside Schools Network": the other side, when it is
    # named as an organisation ("with Mekong country counterparts" names none).
    for m in re.finditer(
        r"(?<!\bof\sthe\s)(?<!\bof\sthis\s)(?<!\bof\sthat\s)"  # "a summary of the consultation with"
        r"\b(?:exchanges?|dialogues?|consultations?)\s+with\s+(?:the\s+)?(?=[A-Z])",
        sentence,
    ):
        hit = _first_name_after(sentence[m.end() :], aliases_)
        if hit and hit[1] == 0 and ORG_WORD.search(hit[0]):
            found.append(Role(hit[0], "partner", m.end()))
    for m in re.finditer(r"\bvisited\s+", sentence):
        stretch = re.split(
            r"\s+(?:and\s+)?(?:learnt|learned|to|where|in order|which|who)\b|[.;]",
            sentence[m.end() :],
        )[0]
        for name, pos in names_in(stretch, aliases_):
            found.append(Role(name, "visited", m.end() + pos))
    training = _TRAINING.search(sentence) if has_event else None
    if training:
        subject = sentence[: training.start()]
        for name, pos in names_in(subject, aliases_):
            if not _FUNDED_FROM.search(subject[:pos]):  # "With funding from X, Y conducted"
                found.append(Role(name, "trainer", pos))
    for m in re.finditer(
        rf"({NAME})(?:\s+and\s+its\s+[\w\s]+?)?\s+(?:presented|spoke|gave\s+(?:a\s+)?presentations?)\b",
        sentence,
    ):
        name = _last_name(m.group(1), aliases_)
        if name:
            found.append(Role(name, "speaker", m.start()))
    for role, pattern in (("trainer", _TEACHERS_FROM), ("speaker", _SPEAKERS_FROM)):
        for m in pattern.finditer(sentence):
            for name, pos in _org_list(sentence, m.end(), aliases_):
                found.append(Role(name, role, pos))
    found += _told_trainers(written, aliases_)  # these read a seat themselves (_SEAT)
    outright = _trainers_outright(written, aliases_)
    found += outright
    for m in _TEACHERS_FROM.finditer(sentence):
        listed = _org_list(sentence, m.end(), aliases_)
        if listed and _SPOKE_AFTER.match(sentence, listed[-1][1] + len(listed[-1][0])):
            # "Resource persons from X and Y presented research": they spoke
            found += [Role(name, "speaker", pos) for name, pos in listed]
    if _SPEAKING.search(sentence):
        for m in re.finditer(r"\bfrom\s+(?:the\s+)?", sentence):
            hit = _first_name_after(sentence[m.end() :], aliases_)
            if (
                hit
                and ORG_WORD.search(hit[0])
                and len(sentence[m.end() : m.end() + hit[1]].split()) == 0
            ):
                found.append(Role(hit[0], "speaker", m.end() + hit[1]))
    for m in _BY_WITH.finditer(sentence):  # "Organised by X with Y": Y organised it too
        for name, pos in _names_after(sentence[m.end() :], aliases_):
            found.append(Role(name, "organiser", m.end() + pos))
    for m in _THANKED_FOR.finditer(sentence):  # "Thank you X for supporting this workshop"
        listed = names_in(m.group(1), aliases_)
        if listed:
            name, pos = listed[-1]
            found.append(Role(name, "funder", m.start(1) + pos))
    for m in _THANKED_HOSTING.finditer(sentence):  # "Big up X for hosting us"
        listed = names_in(m.group(1), aliases_)
        if listed:
            name, pos = listed[-1]
            found.append(Role(name, "host", m.start(1) + pos))
    for m in _WHOSE_GRANT.finditer(sentence):  # "X, whose grant covered travel"
        name = _last_name(m.group(1), aliases_)
        if name:
            found.append(Role(name, "funder", m.start()))
    for m in _CO_HOSTS.finditer(sentence):  # "thanks to our co-hosts the X"
        hit = _first_name_after(sentence[m.end() :], aliases_)
        if hit and hit[1] == 0:
            role = "organiser" if m.group(1).lower().startswith("co") else "host"
            found.append(Role(hit[0], role, m.end()))
    if _WE_HELD_WITH.search(sentence):
        # "we organised a dialogue together with X", "Together with X, we organised": the
        # writer's own event, run with X, makes X its organiser too
        found = [Role(r.name, "organiser", r.start) if r.role == "partner" else r for r in found]
    found = orgs32.partners_who_organised(sentence, found)  # "organised by X together with Y"
    from atlas.extract import role_orgs  # role_orgs reads this module: imported when used

    found += role_orgs.roles_through_people(sentence, aliases_)
    found = _whole_names(written, found, sentence)
    # one role per name where the sentence gives it a stronger one: "X ran a training" makes X
    # its organiser, not also its trainer; trainers who presented research spoke
    stronger = {r.name for r in found if r.role in ("organiser", "speaker")}
    # "The keynote address was delivered by the Chairperson of X": a speech, not a lesson
    speech = role_orgs.speech_given_by(sentence)
    told_outright = {r.name for r in outright}
    organisers = {r.name for r in found if r.role == "organiser"}
    hosts = {r.name for r in found if r.role == "host"}  # "visited X at the invitation of Y"
    return [
        r
        for r in found
        if not (
            r.role == "trainer" and (r.name in stronger or speech) and r.name not in told_outright
        )
        and not (r.role == "visited" and r.name in hosts)
        # "X, together with Y, conducted": Y organised it too, not only a partner
        and not (r.role == "partner" and r.name in organisers)
    ]


# Thanks for the money: "Thank you X for supporting this workshop", "thanks to Y for funding
# the day"; the last name before "for" (a co-host thanked first is read by _CO_HOSTS).
_THANKED_FOR = re.compile(
    r"\b(?:[Tt]hanks?|[Tt]hank\s+you|[Gg]rateful|[Gg]ratitude|[Bb]ig\s+up|[Ss]hout-?\s?outs?\s+to|[Kk]udos\s+to"
    # thanks said in the writers' own language in an English post: "Big vinaka to X",
    # "Asante sana X", "Gracias a X", "Terima kasih kepada X"
    r"|[Vv]inaka|[Mm]alo|[Aa]sante|[Gg]racias|[Oo]brigad[oa]|[Mm]erci|[Tt]erima\s+kasih|[Dd]anke)\b"
    r"([^.;]{3,160}?)(?:\s+for\s+"
    r"(?:(?:generously|kindly)\s+)?(?:funding|supporting|sponsoring|financing|co-funding|covering|paying(?:\s+for)?"
    r"|its\s+(?:financial\s+)?support|their\s+(?:financial\s+)?support|the\s+grant)\b"
    # "Thanks to the X Fund, who paid the travel of 40 colleagues"
    r"|,\s+(?:who|which)\s+(?:paid\s+(?:for\s+)?|funded|financed|covered|sponsored)\b)"
)
# The writer's own event run "together with" another body: "we organised X together with Y",
# "Together with Y, we organised", "BMRSN organised in Town a workshop together with Y".
_WE_HELD_WITH = re.compile(
    r"(?:\b[Ww]e|\b[A-Z]{3,8})\s+(?:also\s+)?(?:organi[sz]ed|held|ran|convened|co-organi[sz]ed)\b"
    r"[^.;]{0,120}?\b(?:together|jointly)\s+with\s+(?=(?:the\s+)?[A-Z])"
    r"|(?:^|,\s*)[Tt]ogether\s+with\s+[^.;]{3,80}?,?\s+(?:[Ww]e|[A-Z]{3,8})\s+(?:also\s+)?(?:organi[sz]ed|held"
    r"|ran|convened)\b"
)
# ("organised by X together with Y" names Y a partner, read by _BY.)
_BY_WITH = re.compile(
    rf"\b[Oo]rgani[sz]ed\s+by\s+(?:the\s+)?{NAME}(?:\s*\([^()]{{1,40}}\))?\s+"
    r"with\s+(?!(?:the\s+)?(?:financial\s+|generous\s+|kind\s+)?(?:support|funding|help|assistance"
    r"|a\s+grant)\b)(?:the\s+)?(?=[A-Z])"
)
_WHOSE_GRANT = re.compile(
    rf"({NAME}),\s+whose\s+(?:generous\s+)?(?:grant|funding|donation|financial\s+support|funds)\b"
)
# "Big up X for hosting us", "thanks to Y for welcoming the group": the host.
_THANKED_HOSTING = re.compile(
    r"\b(?:[Tt]hanks?|[Tt]hank\s+you|[Gg]rateful|[Gg]ratitude|[Bb]ig\s+up|[Ss]hout-?\s?outs?\s+to|[Kk]udos\s+to)\b"
    r"([^.;]{3,160}?)\s+for\s+(?:(?:kindly|generously)\s+)?(?:hosting|welcoming|receiving|having)\s+"
    r"(?:us|the|our|them|this|all)\b"
)
_CO_HOSTS = re.compile(
    r"\b(?:our|its|their)\s+(co-hosts?|co-organi[sz]ers?|hosts?),?\s+(?:the\s+)?(?=[A-Z])"
)


# "FUCAM received a delegation of 18 leaders", "the union welcomed the visitors": the host.
_RECEIVED = re.compile(
    rf"({NAME})(?:\s*\([^()]{{1,40}}\))?\s+(?:also\s+)?(?:received|welcomed)\s+(?:a|an|the|our|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:delegation|visitors|visiting\s+group|exchange\s+group|study\s+group|guests)\b"
)
_PARTNER_OF = re.compile(
    rf"({NAME})(?:\s*\([^()]{{1,40}}\))?,\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?partners?\s+(?:of|in)\s+"
    r"(?:the|this|our)\s+(?:project|programme|program|initiative|network|event|activity)\b"
)
# "SACCH's annual learning meeting took place", "the Network's regional training was held"
_POSSESSIVE_EVENT = re.compile(
    rf"({NAME})[’']s?\s+(?:(?:first|second|third|annual|yearly|regional|national|general|biennial"
    r"|[a-z]+-day|learning|strategy|planning|review|steering|members['’]?)\s+){0,3}"
    r"(?:meeting|conference|workshop|training|assembly|congress|summit|seminar|forum|retreat"
    r"|camp|school|course|exchange|consultation|convention)\b"
    r"(?=[^.;]{0,80}\b(?:took\s+place|was\s+held|were\s+held|met|opened|ran|gathered|brought)\b)"
)


# "Trainers came from X", "two trainers from X and one from Y", "Speakers came from the
# Portuguese union X, the Spanish union Y and the University of Z".
_TEACHERS_FROM = re.compile(
    r"\b(?:[Tt]rainers?|[Ff]acilitators?|[Rr]esource\s+persons?|[Ii]nstructors?|[Ll]ecturers?|[Tt]utors?)"
    r"\s+(?:[a-z]+\s+){0,2}?(?:from|of)\s+(?:the\s+)?"
)
_SPEAKERS_FROM = re.compile(
    r"\b(?:[Ss]peakers?|[Pp]anell?ists?|[Pp]resenters?|[Kk]eynote\s+speakers?)"
    r"\s+(?:[a-z]+\s+){0,2}?(?:from|of)\s+(?:the\s+)?"
)
_SPOKE_AFTER = re.compile(
    r"\s*(?:\([^()]{1,40}\))?,?\s+(?:also\s+)?(?:presented|spoke|shared|talked|gave\s+(?:a\s+)?"
    r"(?:talks?|presentations?|keynote)|commented)\b"
)
_ITEM_SEP = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:one|two|three|four|five|\d+|others?|another)\s+(?:[a-z]+\s+)?(?:from|of)\s+)?(?:the\s+)?"
)


def _described_before(text: str, pos: int) -> bool:
    """Whether a nationality and a kind of organisation stand right before `pos`: "the
    Romanian association ", "the German union "."""
    m = re.search(rf"\b([A-Z][\w'’-]*)\s+(?:[a-z][\w'’-]*\s+){{0,2}}?{_KINDS}\s+$", text[:pos])
    return bool(m and places.country_or_adjective(m.group(1)))


def _org_list(text: str, pos: int, aliases_: dict[str, str]) -> list[tuple[str, int]]:
    """The organisations listed from `pos`, each perhaps told by its nationality and kind
    ("the Portuguese union SINTAB") or after "one from"; the list ends at the first item that
    is no organisation."""
    found: list[tuple[str, int]] = []
    while True:
        described = _DESCRIBED.match(text, pos)
        start = (
            described.end()
            # "the Senegalese association Jappo", "the Amsterdam research bureau Kettingzicht"
            if described
            and (places.country_or_adjective(described.group(1)) or places.city(described.group(1)))
            else pos
        )
        m = _NAME_RE.match(text, start)
        if not m:
            return found
        parts = [
            (clean_name(p), m.start() + o)
            for p, o in _split_list(m.group(0))
            if looks_like_org(p, aliases_, single_word=start != pos)
        ]
        if (
            not parts
            and _SAID_KIND.match(text, m.end())
            and not places.country_or_adjective(m.group(0))
        ):
            parts = [(clean_name(m.group(0)), m.start())]  # "from Radio Sur Libre, a radio network"
        if not parts:
            return found
        found += parts
        sep = _ITEM_SEP.match(text, m.end())
        if not sep:
            return found
        pos = sep.end()


# "the Ukrainian trade union " before a name: its nationality and kind.
_DESCRIPTION_BEFORE = re.compile(
    rf"\b(?:the\s+)?[A-Z][\w'’-]*\s+(?:[a-z][\w'’-]*\s+){{0,2}}?{_KINDS}\s+$"
)
# "X and its Indonesian partner, " / "X, with Y, ": another organisation of the same subject.
_PARTNER_APPOSITION = re.compile(
    rf"({NAME})(?:\s*\([^)]{{1,40}}\))?\s+and\s+(?:its|their)\s+(?:[\w-]+\s+){{0,3}}?"
    r"(?:partners?|members?|allies|ally|counterparts?|sister\s+organi[sz]ations?)\s*,\s*(?:the\s+)?$"
)
_WITH_BETWEEN = re.compile(
    rf"({NAME})(?:\s*\([^)]{{1,40}}\))?(?:\s*,\s+(?:together\s+|jointly\s+|along\s+)?with"
    # "X together with Y held", "X, co-hosted with Y, held", "X, in alliance with Y, ran": the
    # subject did it with the partner named between them
    r"|\s+(?:together|jointly|along)\s+with"
    r"|\s*,\s+(?:co-hosted|co-organi[sz]ed|co-convened)\s+(?:together\s+|jointly\s+)?with"
    # "X (VIEN) in coordination with Y organized": X organised it too
    r"|\s*,?\s+in\s+(?:coordination|collaboration|partnership|cooperation|co-operation|alliance)"
    r"\s+with)\s+(?:the\s+)?$"
)


_LISTED_BEFORE = re.compile(
    rf"({NAME})(?:\s*\([^()]{{1,40}}\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$"
)


_FUNDED_FROM = re.compile(
    r"\b(?:funding|grant|support|backing|contribution|donation|sponsorship)\s+(?:from|of|by)"
    r"\s+(?:the\s+)?$",
    re.I,
)


def _listed_before(text: str, aliases_: dict[str, str]) -> list[str]:
    """Organisations listed before a subject, each perhaps with its country in brackets: "The
    Migrant Forum of Kerala (India), the Gulf Workers' Rights Desk (Kuwait) and ..."."""
    found: list[str] = []
    while True:
        m = _LISTED_BEFORE.search(text)
        if not m or not looks_like_org(m.group(1), aliases_):
            return found
        if _FUNDED_FROM.search(text[: m.start()]):
            return found  # "With funding from X, the Y held": X paid, it did not organise
        found.insert(0, clean_name(m.group(1)))
        text = text[: m.start()]


def _subject_names(run: str, aliases_: dict[str, str]) -> list[str]:
    """The organisations of a capitalised run before a verb: the last one, and those joined
    to it by "and" ("The Lowland Domestic Workers Association and the Northern Farmworkers
    Network jointly organised")."""
    parts = _split_list(run)
    names = [clean_name(p) for p, _ in parts if looks_like_org(p, aliases_)]
    if len(parts) > 1 and len(names) == len(parts):
        return names
    last = names_in(run, aliases_)
    return [last[-1][0]] if last else []


def _last_name(run: str, aliases_: dict[str, str]) -> str | None:
    names = _subject_names(run, aliases_)
    return names[-1] if names else None


# The trainers told in a sentence of their own, after the event's: who they were ("The teachers
# were from X", "The trainers were two lawyers from X", "The trainer was a lawyer of X", "The
# trainer was X"), the trainers named by their body ("The lawyers of X were the trainers", "A
# nurse from X was the trainer", "X was the trainer"), and a body or its people that taught
# ("Lawyers from X taught the course", "X led the sessions", "Counsellors from X facilitated").
_TRAINER_NOUNS = r"(?:trainers?|teachers?|facilitators?|resource\s+persons?|instructors?|tutors?)"
_TRAINERS_WERE = re.compile(
    rf"^(?:The\s+|Our\s+|All\s+(?:the\s+)?)?(?i:{_TRAINER_NOUNS})\s+(?:was|were|are|is|came)\s+"
    r"(?:all\s+)?(?:(?:(?:a|an|two|three|four|five|\d+|some|experienced|senior|volunteer)\s+)?"
    r"(?:[a-z][\w-]*\s+){1,2}?)?(?:from|of)\s+(?:the\s+)?"
    # "from the Berlin-based X": the place it is based in is no part of its name
    r"(?:[A-ZÀ-Þ][\w'’]*-based\s+)?(?=[A-ZÀ-Þ])"
    r"|^(?:The\s+)?(?i:trainers?|facilitators?)\s+(?:was|were|is)\s+(?:the\s+)?(?=[A-ZÀ-Þ])"
)
# "The lawyers of", "A nurse from", "Two counsellors of": people of a body, before its name
_PEOPLE_OF = (
    r"(?:(?:The|A|An|Two|Three|Four|Some)\s+)?(?i:[a-z][\w-]*\s+){1,2}?(?:of|from)\s+(?:the\s+)?"
)
_WERE_THE_TRAINERS = re.compile(
    rf"(?:^{_PEOPLE_OF})?"
    rf"({NAME})(?:\s*\([^()]{{1,40}}\))?\s+(?:was|were)\s+(?:the|our)\s+(?:main\s+)?"
    rf"{_TRAINER_NOUNS}\b"
)
_BODY_TAUGHT = re.compile(
    rf"^(?:{_PEOPLE_OF}|(?:The\s+)?)({NAME})(?:\s*\([^()]{{1,40}}\))?,?\s+"
    r"(?:taught|facilitated|led|ran|gave|conducted)"
    r"(?:\s+(?:the|all|both|its|our|two|three|these|each)){0,2}(?:\s+[a-z][\w-]*){0,2}?"
    r"\s+(?:sessions?|trainings?|course|courses|classes|lessons|modules?|workshops?|batch(?:es)?)\b"
    # "taught the course, which ended with a moot hearing": the clause after names another event
    r"(?!\s*,\s*(?:which|where|that)\b)"
    rf"|^{_PEOPLE_OF}({NAME})\s+(?:taught|facilitated)\s*[.;]?$"
)


# a body's seat or two after its name: ", Phnom Penh and Kampot"
_SEAT = r"(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?)?"
# "X, whose two lawyers were the trainers"; "The trainers, doctors and nurses of X, taught": the
# trainers told outright, kept beside the body's role as organiser
_WHOSE_TRAINERS = re.compile(
    rf"({NAME})(?:\s*\([^()]{{1,40}}\))?{_SEAT},\s+whose\s+(?:[\w-]+\s+){{0,3}}?(?:were|was|acted\s+as"
    rf"|served\s+as)\s+(?:the\s+|our\s+)?(?:main\s+)?(?i:{_TRAINER_NOUNS})\b"
)
_TRAINERS_APPOSED = re.compile(
    rf"^(?:The\s+|Our\s+)?(?i:{_TRAINER_NOUNS}),\s+(?:[a-z][\w-]*,?\s+){{1,5}}?(?:of|from)\s+"
    rf"(?:the\s+)?({NAME})(?:\s*\([^()]{{1,40}}\))?,\s+(?:taught|facilitated|led|ran|gave|trained)\b"
)


def _trainers_outright(sentence: str, aliases_: dict[str, str]) -> list[Role]:
    """Trainers a sentence names as such beside another role of theirs (see _WHOSE_TRAINERS)."""
    found = []
    for pattern in (_WHOSE_TRAINERS, _TRAINERS_APPOSED):
        for m in pattern.finditer(sentence):
            name = _last_name(m.group(1), aliases_)
            if name:
                found.append(Role(name, "trainer", m.start(1)))
    return found


def _told_trainers(sentence: str, aliases_: dict[str, str]) -> list[Role]:
    """The trainers a sentence of its own names (see _TRAINERS_WERE and the two after it)."""
    found = []
    m = _TRAINERS_WERE.match(sentence)
    if m:
        found += [
            Role(name, "trainer", pos) for name, pos in _org_list(sentence, m.end(), aliases_)
        ]
    runs = []
    m = _WERE_THE_TRAINERS.search(sentence)
    if m:
        runs.append((m.group(1), m.start()))
    m = _BODY_TAUGHT.match(sentence)
    if m:
        runs.append((m.group(1) or m.group(2), m.start()))
    for run, start in runs:
        name = _last_name(run, aliases_)
        if name:
            found.append(Role(name, "trainer", start))
    return found
