"""The fonts a report is set in: the Noto files kept in static/fonts/ (SIL Open Font Licence), so
Thai, Khmer, Burmese, Lao and Vietnamese names print as text with their own glyphs, shaped, and
nothing is fetched. Noto Sans covers Latin and Vietnamese; each other script has its own file,
used where Noto Sans has no glyph (fpdf2's fallback fonts, matplotlib's font family list)."""

from __future__ import annotations

import re
from pathlib import Path

FONT_DIR = Path(__file__).resolve().parent.parent.parent / "static" / "fonts"
MAIN = "NotoSans"
FALLBACKS = ("NotoSansThai", "NotoSansKhmer", "NotoSansMyanmar", "NotoSansLao")
# The family names the files declare: matplotlib looks fonts up by them, and its SVG names them,
# so the PDF registers each file under its family name too.
FAMILY_NAMES = (
    "Noto Sans",
    "Noto Sans Thai",
    "Noto Sans Khmer",
    "Noto Sans Myanmar",
    "Noto Sans Lao",
)
FAMILY = dict(zip((MAIN, *FALLBACKS), FAMILY_NAMES, strict=True))
LICENCE = "SIL Open Font Licence 1.1"
IN_WORDS = (
    "Noto Sans (Latin, Vietnamese), Noto Sans Thai, Noto Sans Khmer, Noto Sans Myanmar "
    "and Noto Sans Lao, embedded, under the " + LICENCE
)


# Characters whose glyphs must be shaped (reordered, joined, stacked) to read right: Thai, Lao,
# Myanmar, Khmer and combining marks (a Vietnamese name typed with decomposed accents). Text with
# none of them is set without HarfBuzz, which costs a tenth of the time in fpdf2's line breaking.
_SHAPED = re.compile(
    "[\u0300-\u036f\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff\ua9e0-\ua9ff\uaa60-\uaa7f]"
)


def needs_shaping(text: str) -> bool:
    return bool(_SHAPED.search(text))


# Burmese and Khmer: marks stacked above and below the base reach further than Latin or Thai.
_STACKED = re.compile("[\u1000-\u109f\u1780-\u17ff\ua9e0-\ua9ff\uaa60-\uaa7f]")


def stacks(text: str) -> bool:
    return bool(_STACKED.search(text))


def path(name: str, bold: bool = False) -> Path:
    """The TrueType file of a font by its file stem (NotoSansThai) and weight."""
    return FONT_DIR / f"{name}-{'Bold' if bold else 'Regular'}.ttf"


def all_files() -> list[Path]:
    return [path(name, bold) for name in (MAIN, *FALLBACKS) for bold in (False, True)]
