"""The dashboard's charts for print: the same rows, titles, labels and palette as atlas.charts'
plotly figures, drawn by matplotlib (no browser) as SVG for the PDF and as PNG for Word.

SVG text stays text ("svg.fonttype": "none"), naming the Noto families: fpdf2 sets it in the same
embedded fonts as the rest of the PDF, so a chart's labels and numbers are selectable text, and
the file is a tenth of the size (and twenty times faster for fpdf2 to read) of glyph outlines.
fpdf2 neither shapes SVG text nor falls back to another font in it, so a chart with words in Thai,
Khmer, Burmese or Lao (a report in that language) is written as outlines instead, shaped by
matplotlib's libraqm layout. Each builder takes the frame the page's chart takes and returns a matplotlib Figure.
"""

from __future__ import annotations

import io
import logging
import re
import threading

import matplotlib
import pandas as pd
from matplotlib import font_manager
from matplotlib.figure import Figure
from matplotlib.text import Text
from matplotlib.ticker import FuncFormatter, MaxNLocator, MultipleLocator

from atlas import labels
from atlas.charts.style import NOT_BROKEN_DOWN, NOT_BROKEN_DOWN_LABEL, PALETTE
from atlas.i18n import DEFAULT, translator
from atlas.report import fonts, wording

GRID = "#E5E5E5"
NOTE_GREY = "#555555"
STYLE = {
    "font.family": list(fonts.FAMILY_NAMES),  # Noto Sans, then the script fonts as fallbacks
    "font.size": 8.5,
    "axes.titlesize": 10.5,
    "axes.titlelocation": "left",
    "axes.titleweight": "bold",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.edgecolor": "#444444",
    "svg.fonttype": "none",
    "axes.unicode_minus": False,  # Noto Sans has no U+2212; a tick below zero is never shown anyway
    "svg.hashsalt": "outcome-atlas",  # the same chart gives the same bytes
    "figure.facecolor": "white",
}
_lock = (
    threading.Lock()
)  # matplotlib's rc settings are process-wide; Streamlit runs pages on threads
_fonts_added = False


def _add_fonts() -> None:
    global _fonts_added
    if not _fonts_added:
        for path in fonts.all_files():
            font_manager.fontManager.addfont(str(path))
        _fonts_added = True


def _count_axis(axis, peak: float, lang: str = DEFAULT) -> None:
    """Whole numbers with the language's thousands separators; every whole number when the peak
    is small."""
    if peak <= 10:
        axis.set_major_locator(MultipleLocator(1))
    else:
        axis.set_major_locator(MaxNLocator(nbins=6, integer=True))
    t = translator(lang)
    axis.set_major_formatter(FuncFormatter(lambda value, _pos=None: t.number(round(value))))


def events_per_year(df: pd.DataFrame, width: float, lang: str = DEFAULT) -> Figure | None:
    """Stacked bars: events per start year by type. Undated events are counted in the caption under
    the chart (content.py), as text."""
    if df.empty:
        return None
    t = translator(lang)
    dated = df[df["year"].notna()].copy()
    undated = int(df.loc[df["year"].isna(), "events"].sum())
    fig = Figure(figsize=(width, 3.0))
    ax = fig.add_subplot()
    peak = 0
    if not dated.empty:
        dated["year"] = dated["year"].astype(int)
        years = list(range(dated["year"].min(), dated["year"].max() + 1))
        bottom = pd.Series(0, index=years)
        for i, (code, part) in enumerate(dated.groupby("event_type", sort=True)):
            counts = part.set_index("year")["events"].reindex(years, fill_value=0).astype(int)
            drawn = counts[counts > 0]  # a zero-height bar would still draw a hairline
            ax.bar(
                drawn.index,
                drawn.values,
                bottom=bottom[drawn.index].values,
                color=PALETTE[i % len(PALETTE)],
                label=labels.event_type(code, lang),
                width=0.7,
                zorder=3,
            )
            bottom += counts
        peak = int(bottom.max())
        ax.set_xticks(years if len(years) <= 20 else years[:: max(1, len(years) // 12)])
        ax.xaxis.set_major_formatter(
            FuncFormatter(lambda v, _pos: str(int(v)))
        )  # 2014, never 2.014e3
        ax.set_xlim(years[0] - 0.6, years[-1] + 0.6)
        ax.tick_params(axis="x", labelrotation=0 if len(years) <= 12 else 45)
        ax.set_xlabel(t._("Year the event started"))
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    _count_axis(ax.yaxis, peak, lang)
    ax.set_ylabel(t._("Events"))
    ax.grid(axis="y", color=GRID, zorder=0)
    ax.set_title(t._("Events per year, by type"))
    if dated.empty:
        ax.text(
            0.5,
            0.5,
            t._("No event is dated ({n} undated).").format(n=t.number(undated)),
            transform=ax.transAxes,
            ha="center",
            va="center",
            color=NOTE_GREY,
        )
    return fig


def participants_by_country(
    df: pd.DataFrame,
    width: float,
    not_broken_down: int = 0,
    at_least: bool = False,
    most: int = 30,
    lang: str = DEFAULT,
) -> Figure | None:
    """Horizontal bars: participants by home country as stated, and the grey "not broken down"
    remainder; a country named without a count has a label and no bar, never an estimate. The
    first `most` countries are drawn (the caption says how many more; the table lists them all)."""
    if df.empty and not not_broken_down:
        return None
    t = translator(lang)
    shown = df.head(most)
    names, values, texts, colours = [], [], [], []
    for row in shown.itertuples(index=False):
        stated = 0 if pd.isna(row.participants) else int(row.participants)
        names.append(row.country)
        values.append(stated)
        texts.append(wording.home_text(t, row))
        colours.append(PALETTE[0])
    if not_broken_down:
        names.append(t._(NOT_BROKEN_DOWN_LABEL))
        values.append(int(not_broken_down))
        texts.append(wording.participants(t, not_broken_down, at_least))
        colours.append(NOT_BROKEN_DOWN)
    fig = Figure(figsize=(width, max(1.8, 0.8 + 0.22 * len(names))))
    ax = fig.add_subplot()
    positions = list(range(len(names)))
    ax.barh(positions, values, color=colours, height=0.65, zorder=3)
    peak = max(values + [1])
    for y, value, text in zip(positions, values, texts, strict=True):
        ax.text(value + peak * 0.01, y, text, va="center", ha="left", fontsize=8, clip_on=False)
    ax.set_yticks(positions, names)
    ax.invert_yaxis()
    ax.set_xlim(0, peak * 1.6)
    _count_axis(ax.xaxis, peak, lang)
    ax.set_xlabel(t._("Participants (as stated in the reports)"))
    ax.grid(axis="x", color=GRID, zorder=0)
    ax.set_title(t._("Participants by home country"))
    return fig


def outcomes_by_type(df: pd.DataFrame, width: float, lang: str = DEFAULT) -> Figure | None:
    """Bars: outcomes in the view by type."""
    if df.empty:
        return None
    t = translator(lang)
    names = [labels.outcome_type(c, lang) for c in df["outcome_type"]]
    counts = [int(n) for n in df["outcomes"]]
    fig = Figure(figsize=(width, max(1.6, 0.8 + 0.22 * len(names))))
    ax = fig.add_subplot()
    positions = list(range(len(names)))
    ax.barh(positions, counts, color=PALETTE[2], height=0.65, zorder=3)
    peak = max(counts + [1])
    for y, n in zip(positions, counts, strict=True):
        ax.text(n + peak * 0.01, y, t.number(n), va="center", ha="left", fontsize=8, clip_on=False)
    ax.set_yticks(positions, names)
    ax.invert_yaxis()
    ax.set_xlim(0, peak * 1.2)
    _count_axis(ax.xaxis, peak, lang)
    ax.set_xlabel(t._("Outcomes"))
    ax.grid(axis="x", color=GRID, zorder=0)
    ax.set_title(t._("Outcomes by type"))
    return fig


BUILDERS = {
    "events_per_year": events_per_year,
    "participants_by_country": participants_by_country,
    "outcomes_by_type": outcomes_by_type,
}


def render(chart, fmt: str, width: float, dpi: int = 220, lang: str = DEFAULT) -> bytes | None:
    """A content.Chart as SVG or PNG bytes, `width` inches wide, its words in `lang`; None when
    there is nothing to draw."""
    _add_fonts()
    with _lock, matplotlib.rc_context(STYLE):
        fig = BUILDERS[chart.kind](chart.data, width, lang=lang, **chart.options)
        if fig is None:
            return None
        fig.set_layout_engine("constrained")
        buf = io.BytesIO()
        # fpdf2 sets SVG text in one font, unshaped: a chart with Thai, Khmer, Burmese or Lao words
        # keeps its text as glyph outlines, shaped by matplotlib (libraqm), not selectable.
        shaped = fmt == "svg" and any(
            fonts.needs_shaping(text.get_text()) for text in fig.findobj(Text)
        )
        with matplotlib.rc_context({"svg.fonttype": "path"} if shaped else {}):
            fig.savefig(buf, format=fmt, dpi=dpi, metadata=_metadata(fmt))
    if fmt == "svg":
        # matplotlib's SVG user unit is the point, and it writes font sizes as "8.5px" in those
        # units; fpdf2 reads px as CSS pixels (0.75 pt). A plain number is read in user units.
        return re.sub(rb"font-size: ?([\d.]+)px", rb"font-size: \1", buf.getvalue())
    return buf.getvalue()


def _metadata(fmt: str) -> dict[str, object]:
    # No date or tool version in the file, so the same chart gives the same bytes.
    if fmt == "svg":
        return {"Date": None, "Creator": None, "Format": None, "Type": None}
    return {"Software": None}


logging.getLogger("fpdf.svg").setLevel(
    logging.ERROR
)  # "unsupported SVG tag: <metadata>": nothing is lost
