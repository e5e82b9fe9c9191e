"""Folding a name to the form two spellings of it share, one rule per use.

Each rule is named for what it matches, because each use needs a different one:

- `fold_for_country_lookup`: country names and codes ("Viet Nam", "viet-nam", "Việt Nam") -
  case, accents and punctuation ignored, spaces collapsed.
- `fold_for_place_lookup`: gazetteer city names ("Hà Nội" as "hà nội" -> "ha noi") - case and
  accents ignored, punctuation kept as the gazetteer writes it.
- `fold_for_record_match`: an organisation's or project's name against the database's
  ("Children’s Rights Foundation" = "children s rights foundation") - case and punctuation.
- `fold_for_scoring`: the benchmark's organisation names, where a possessive is no difference
  ("Children's" = "Childrens").
- `fold_for_same_city`: a city typed in a draft against the database's - case and spacing only.
"""

from __future__ import annotations

import re
import unicodedata

from anyascii import anyascii


def _without_accents(text: str) -> str:
    """Latin letters without their marks: what Unicode decomposes ("ố" -> "o") and, through
    anyascii, the letters it does not ("Đ" -> "D", "ø" -> "o", "ł" -> "l", "ı" -> "i"), so
    "Chau Doc" is the gazetteer's "Châu Đốc". Letters of other scripts are kept as they are."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(
        anyascii(ch) if ch > "\x7f" and unicodedata.name(ch, "").startswith("LATIN ") else ch
        for ch in text
        if not unicodedata.combining(ch)
    )


def fold_for_country_lookup(name: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a country name, for matching."""
    text = re.sub(r"[^a-z0-9]+", " ", _without_accents(name).lower())
    return " ".join(text.split())


def fold_for_place_lookup(name: str) -> str:
    """A gazetteer name without case or accents, its apostrophes one kind ("Nuku’alofa",
    "Nuku'alofa" and the gazetteer's "Nuku‘alofa" are one town)."""
    return re.sub(r"[’‘`ʻʼ]", "'", _without_accents(name).lower())


def fold_for_record_match(name: str) -> str:
    """An organisation's or project's name without case or punctuation."""
    return re.sub(r"[^a-z0-9]+", " ", name.lower().replace("’", "'")).strip()


def fold_for_scoring(name: str) -> str:
    """An organisation's name without case, punctuation or possessive "s"."""
    return re.sub(r"[^a-z0-9]+", " ", name.lower().replace("’", "'").replace("'s", "s")).strip()


def fold_for_same_city(name: str) -> str:
    """A city's name without case or extra spaces."""
    return " ".join(name.lower().split())
