"""Country names and aliases -> ISO 3166-1 alpha-3 codes.

pycountry gives the standard names and codes; ALIASES adds the names the network's reports
actually use ("Burma/Myanmar", "Lao PDR", "China (Yunnan)"). A name that matches nothing is
never guessed: `resolve` returns None and `suggest` offers the closest names for a person to
choose from.
"""

from __future__ import annotations

import difflib
from functools import cache

import pycountry

from atlas.folding import fold_for_country_lookup

# Names seen in the reports (and common in the region) that pycountry does not know as written.
# Each maps to the ISO-3 code it means; a sub-national name ("China (Yunnan)") maps to its
# country because participation is counted by country.
ALIASES: dict[str, str] = {
    "Burma": "MMR",
    "Burma/Myanmar": "MMR",
    "Myanmar/Burma": "MMR",
    "Myanmar (border areas)": "MMR",
    "Lao PDR": "LAO",
    "Lao": "LAO",
    "Laos": "LAO",
    "Lao P.D.R.": "LAO",
    "Viet Nam": "VNM",
    "Vietnam": "VNM",
    "China (Yunnan)": "CHN",
    "Yunnan": "CHN",
    "Kampuchea": "KHM",
    "Siam": "THA",
    "South Korea": "KOR",
    # "30 from Korea": prose names the Republic of Korea by its short name; the North is always
    # told as "North Korea" or "DPRK"
    "Korea": "KOR",
    "Republic of Korea": "KOR",
    "Democratic People's Republic of Korea": "PRK",
    "North Korea": "PRK",
    "Timor-Leste": "TLS",
    "East Timor": "TLS",
    "Brunei": "BRN",
    "Hong Kong": "HKG",
    "Taiwan": "TWN",
    # Common English names pycountry gives only in another form ("Russian Federation",
    # "Congo, The Democratic Republic of the", "Türkiye", "Cabo Verde", "Eswatini").
    "Russia": "RUS",
    "Turkey": "TUR",
    "Britain": "GBR",
    "Great Britain": "GBR",
    "UK": "GBR",
    "England": "GBR",
    "Scotland": "GBR",
    "Wales": "GBR",
    "USA": "USA",
    "UAE": "ARE",
    "Palestine": "PSE",
    "Democratic Republic of the Congo": "COD",
    "Democratic Republic of Congo": "COD",
    "DR Congo": "COD",
    "Ivory Coast": "CIV",
    "Cape Verde": "CPV",
    "Swaziland": "SWZ",
    "Macedonia": "MKD",
    "Micronesia": "FSM",
    "Macau": "MAC",
    # short forms prose writes for a few long names: "12 from PNG", "delegates from the DRC"
    "PNG": "PNG",
    "DRC": "COD",
    "BiH": "BIH",
}


@cache
def _index() -> dict[str, str]:
    """Folded name -> ISO-3, from pycountry's names and codes plus ALIASES."""
    index: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name", "alpha_3", "alpha_2"):
            value = getattr(country, attr, None)
            if value:
                index.setdefault(fold_for_country_lookup(value), country.alpha_3)
    for alias, iso3 in ALIASES.items():
        index[fold_for_country_lookup(alias)] = iso3
    return index


def resolve(name: str | None) -> str | None:
    """The ISO-3 code a country name or code means, or None when it is not known."""
    if name is None:
        return None
    folded = fold_for_country_lookup(str(name))
    if not folded:
        return None
    return _index().get(folded)


def suggest(name: str, limit: int = 3) -> list[str]:
    """Up to `limit` display names closest to an unknown name ("Cambodja" -> ["Cambodia"])."""
    folded = fold_for_country_lookup(name)
    if not folded:
        return []
    index = _index()
    close = difflib.get_close_matches(folded, list(index), n=limit * 3, cutoff=0.6)
    names: list[str] = []
    for key in close:
        label = display_name(index[key])
        if label not in names:
            names.append(label)
    return names[:limit]


def is_code(code: str | None) -> bool:
    """Whether `code` is an ISO 3166-1 alpha-3 code."""
    return bool(code) and pycountry.countries.get(alpha_3=str(code).upper()) is not None


@cache
def display_name(iso3: str) -> str:
    """The short English name users know ("Lao PDR", "Viet Nam"), falling back to the code."""
    preferred = {"LAO": "Lao PDR", "MMR": "Myanmar", "VNM": "Viet Nam", "KOR": "South Korea"}
    if iso3 in preferred:
        return preferred[iso3]
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return iso3
    return getattr(country, "common_name", None) or country.name


def reference_rows() -> list[tuple[str, str, str]]:
    """(iso3, iso2, display name) for every ISO country: the database's reference table."""
    return sorted((c.alpha_3, c.alpha_2, display_name(c.alpha_3)) for c in pycountry.countries)


def alias_rows() -> list[tuple[str, str]]:
    """(alias, iso3) for every alias: stored so the database can say which names it accepts."""
    return sorted(ALIASES.items())
