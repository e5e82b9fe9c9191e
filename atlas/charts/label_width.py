"""How wide a chart label is drawn, in pixels, so a chart can leave room for it.

Plotly grows a margin for axis tick labels and legends, but not for a bar's text drawn outside
the bar: a long label (a Burmese "named at 1 more event, no count") ran off the figure's right
edge. The width is measured by shaping the text with HarfBuzz (uharfbuzz, which the PDF report
uses too) in the Noto fonts the app serves (static/fonts/), each character in the first of them
that has it, as the browser falls back through FONT's families. Latin text is measured in Noto
Sans, a little wider than the Source Sans Pro the browser draws it in, so the estimate errs on
the side of room.
"""

from __future__ import annotations

import html
import math
import re
from functools import cache, lru_cache
from pathlib import Path

import uharfbuzz as hb

FONTS = Path(__file__).resolve().parent.parent.parent / "static" / "fonts"
FALLBACK = (
    "NotoSans-Regular.ttf",
    "NotoSansThai-Regular.ttf",
    "NotoSansKhmer-Regular.ttf",
    "NotoSansMyanmar-Regular.ttf",
    "NotoSansLao-Regular.ttf",
)
# Browsers round and hint glyphs: a Burmese label measured 226 px was drawn about 240 px wide.
# Latin text needs no such allowance, Noto Sans being wider than the fonts drawing it.
SAFETY = 1.1
_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)
NBSP = "\u00a0"


@cache
def _font(name: str) -> tuple[hb.Font, int, frozenset[int]]:
    face = hb.Face(hb.Blob.from_file_path(str(FONTS / name)))
    return hb.Font(face), face.upem, frozenset(face.unicodes)


def _runs(line: str) -> list[tuple[str, str]]:
    """The line cut where the font that has its characters changes (spaces, digits and marks
    stay with the run they are in)."""
    runs: list[tuple[str, str]] = []
    for char in line:
        chosen = next((n for n in FALLBACK if ord(char) in _font(n)[2]), FALLBACK[0])
        if runs and (chosen == runs[-1][0] or char.isspace() or not char.isalpha()):
            runs[-1] = (runs[-1][0], runs[-1][1] + char)
        else:
            runs.append((chosen, char))
    return runs


# Kept per (text, size): a participants chart measures every country name and every bar label
# several times while wrapping and padding them (about 180 measurements a chart at a million
# events), and country names and the words around the counts are the same from one filter state
# to the next. A few thousand entries of a float each.
@lru_cache(maxsize=8192)
def text_width(text: str, size: float = 14) -> float:
    """The width in pixels of a plotly label at `size` px: its widest line (lines split at <br>),
    HTML entities read as the characters they stand for."""
    widest = 0.0
    for line in _TAG.split(text):
        width = 0.0
        for name, run in _runs(html.unescape(line)):
            font, upem, _ = _font(name)
            buf = hb.Buffer()
            buf.add_str(run)
            buf.guess_segment_properties()
            hb.shape(font, buf, {})
            allowance = 1.0 if name == FALLBACK[0] else SAFETY
            width += sum(p.x_advance for p in buf.glyph_positions) / upem * size * allowance
        widest = max(widest, width)
    return widest


def wrap(text: str, width: float, size: float = 14) -> str:
    """The text with <br> between words where a line would pass `width` px (lines it already has
    are kept), its lines about as long as each other ("22 (+ named at 1 more" / "event, no
    count)", not a last word alone). A word longer than `width` gets a line of its own; scripts
    written without spaces (Thai, Lao, Khmer) break only where the text has one."""
    lines: list[str] = []
    for line in _TAG.split(text):
        whole = text_width(line, size)
        if whole <= width:
            lines.append(line)
            continue
        target = whole / math.ceil(whole / width)  # the same number of lines, evened out
        current = ""
        for word in line.split(" "):
            candidate = f"{current} {word}" if current else word
            if current and (
                text_width(candidate, size) > width or text_width(current, size) >= target
            ):
                lines.append(current)
                current = word
            else:
                current = candidate
        lines.append(current)
    return "<br>".join(lines)


def align_left(text: str, size: float = 14) -> str:
    """A label of several lines with each line made as wide as the widest by no-break spaces
    after it. Plotly centres the lines of a bar's outside text on each other and has no setting
    for it, so "22 (+ named at 1 more" / "event, no count)" drew its second line indented;
    padded to the same width, every line starts where the first does."""
    lines = _TAG.split(text)
    if len(lines) < 2:
        return text
    widths = [text_width(line, size) for line in lines]
    widest, space = max(widths), text_width(NBSP, size)
    padded = []
    for line, width in zip(lines, widths, strict=True):
        n = math.floor((widest - width) / space)
        # never wider than the widest line: a space after Burmese or Thai is measured in its font
        while n and text_width(line + NBSP * n, size) > widest:
            n -= 1
        padded.append(line + NBSP * n)
    return "<br>".join(padded)
