"""The fonts a report is set in: the Noto files kept in static/fonts/ (SIL Open Font Licence), so
Thai, Khmer, Burmese, Lao and Vietnamese names print as text with their own glyphs, shaped, and
nothing is fetched. Noto Sans covers Latin and Vietnamese; each other script has its own file,
used where Noto Sans has no glyph (fpdf2's fallback fonts, matplotlib's font family list)."""

from __future__ import annotations

from pathlib import Path

FONT_DIR = Path(__file__).resolve().parent.parent.parent / "static" / "fonts"
MAIN = "NotoSans"
FALLBACKS = ("NotoSansThai", "NotoSansKhmer", "NotoSansMyanmar", "NotoSansLao")
# The family names the files declare, for matplotlib (which looks fonts up by family name).
FAMILY_NAMES = ("Noto Sans", "Noto Sans Thai", "Noto Sans Khmer", "Noto Sans Myanmar", "Noto Sans Lao")
LICENCE = "SIL Open Font Licence 1.1"
IN_WORDS = ("Noto Sans (Latin, Vietnamese), Noto Sans Thai, Noto Sans Khmer, Noto Sans Myanmar "
            "and Noto Sans Lao, embedded, under the " + LICENCE)


def path(name: str, bold: bool = False) -> Path:
    """The TrueType file of a font by its file stem (NotoSansThai) and weight."""
    return FONT_DIR / f"{name}-{'Bold' if bold else 'Regular'}.ttf"


def all_files() -> list[Path]:
    return [path(name, bold) for name in (MAIN, *FALLBACKS) for bold in (False, True)]
