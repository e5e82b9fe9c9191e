"""A report as PDF, with fpdf2: pure Python, fonts embedded (subset TrueType), text shaped by
HarfBuzz (uharfbuzz) so Thai, Khmer, Burmese and Lao names print as their script, charts as
vector drawings from SVG, tables that break between rows and repeat their header on each page,
and every note reference a link to its note in the evidence appendix."""

from __future__ import annotations

import io
import re

from fpdf import FPDF
from fpdf.fonts import FontFace

from atlas.charts import label_width
from atlas.i18n import translator
from atlas.report import charts, fonts
from atlas.report.content import Chart, KeyFigures, Paragraph, Report, Table
from atlas.report.wording import EVIDENCE_INTRO, MANIFEST_INTRO, source_line

PAPER = {"a4": "A4", "letter": "Letter"}
MARGIN = 18  # mm
TEXT = (34, 34, 34)
GREY = (85, 85, 85)
LIGHT = (242, 242, 242)
RULE = (200, 200, 200)
LINK = (0, 90, 160)
WARNING = (213, 94, 0)  # the palette's vermilion
MM_PER_INCH = 25.4
TALL = 1.2  # line height factor for text in a script that stacks (fonts.stacks)
SHRINK = 0.8  # a chart may be drawn down to this share of its size to fit the rest of a page


class _Document(FPDF):
    def __init__(self, report: Report, paper: str) -> None:
        super().__init__(orientation="portrait", unit="mm", format=PAPER[paper])
        self.report = report
        self.t = translator(report.lang)
        self._svgs: dict[int, bytes | None] = {}
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(True, margin=16)
        # Each file under its family name ("Noto Sans Thai"), the name the charts' SVG text asks for.
        for name, family in fonts.FAMILY.items():
            self.add_font(family, "", str(fonts.path(name)))
            self.add_font(family, "B", str(fonts.path(name, bold=True)))
        self.set_fallback_fonts([fonts.FAMILY[f] for f in fonts.FALLBACKS], exact_match=False)
        self.set_text_color(*TEXT)
        # Named destinations, set when the evidence appendix prints each note: a reference can point
        # forward to a page not made yet.
        self.note_links = {note.number: f"#note-{note.number}" for note in report.notes}
        self.set_title(report.title)
        self.set_author(report.author)
        self.set_creator("Outcome Atlas (fpdf2)")
        self.set_lang(report.lang)
        self.set_creation_date(report.generated_at)

    def _render_styled_text_line(self, *args, **kwargs):
        # fpdf2 2.8.9 wraps a coloured line of shaped text with fallback fonts in q ... Q, which
        # undoes the font set inside it, yet it still believes that font is set on the page: the
        # next line's first words (digits in Noto Sans after a Khmer line) were then written in
        # the wrong font, and vanished. Forgetting it makes every such line set its font first.
        if self.text_shaping:
            self.current_font_is_set_on_page = False
        return super()._render_styled_text_line(*args, **kwargs)

    def footer(self) -> None:
        # fpdf2 writes the page count where "{nb}" stands, once the last page is known.
        page = self.t._("page {page} of {pages}").format(page=self.page_no(), pages="{nb}")
        line = f"{self.report.title}  ·  {page}"
        self._shape(line)
        self.set_y(-12)
        self._font(7.5, colour=GREY)
        self.cell(0, 5, line, align="C")

    def _font(self, size: float, bold: bool = False, colour: tuple[int, int, int] = TEXT) -> None:
        self.set_font(fonts.FAMILY[fonts.MAIN], "B" if bold else "", size)
        self.set_text_color(*colour)

    def _room(self, height: float) -> None:
        """Start a new page unless `height` mm still fit on this one."""
        if self.get_y() + height > self.page_break_trigger:
            self.add_page()

    def _shape(self, *texts: str) -> None:
        """HarfBuzz shaping on for text in a script that needs it, off otherwise (faster)."""
        self.set_text_shaping(any(fonts.needs_shaping(t) for t in texts))

    def text_block(
        self,
        text: str,
        size: float = 10,
        *,
        bold: bool = False,
        colour=TEXT,
        indent: float = 0,
        line: float | None = None,
        after: float = 1.5,
    ) -> None:
        self._shape(text)
        self._font(size, bold, colour)
        self.set_x(self.l_margin + indent)
        line = line or size * 0.5
        if fonts.stacks(text):
            line *= TALL  # Burmese and Khmer stack marks above and below: more room between lines
        self.multi_cell(self.epw - indent, line, text, align="L", new_x="LMARGIN", new_y="NEXT")
        self.ln(after)

    # -- blocks --

    def put_title_page(self) -> None:
        self.add_page()
        self.text_block(self.report.title, 18, bold=True, line=8.5, after=2)
        for line in self.report.lines:
            self.text_block(line, 9.5, colour=GREY, line=4.8, after=0.5)
        self.ln(3)

    def put_heading(self, text: str, keep_with: float = 28) -> None:
        """A section heading, on a new page unless `keep_with` mm of what follows fit under it:
        never a heading alone at the foot of a page."""
        self._room(12 + keep_with)
        self.ln(2)
        self.text_block(text, 13.5, bold=True, line=7, after=1)
        self.set_draw_color(*RULE)
        self.line(self.l_margin, self.get_y(), self.l_margin + self.epw, self.get_y())
        self.ln(3)

    def put_paragraph(self, p: Paragraph) -> None:
        if p.style == "summary":
            self.text_block(p.text, 12, line=6, after=3)
        elif p.style == "warning":
            self.text_block(p.text, 10.5, bold=True, colour=WARNING, after=2)
        elif p.style == "caption":
            self.text_block(p.text, 8.8, colour=GREY, line=4.4, after=2.5)
        else:
            self.text_block(p.text, 10, after=2)

    def put_key_figures(self, block: KeyFigures) -> None:
        self._room(22)
        self._shape(*(item.label + item.value for item in block.items))
        width = self.epw / len(block.items)
        top = self.get_y()
        for i, item in enumerate(block.items):
            x = self.l_margin + i * width
            self.set_fill_color(*LIGHT)
            self.rect(x + 0.8, top, width - 1.6, 19, style="F")
            self.set_xy(x + 3, top + 2)
            # The label smaller until it fits its box; one too long even then (a Burmese
            # "Projects funded") takes two lines, and the value moves down under them.
            label = 8.0
            while label > 6.5 and _mm(item.label, label) > width - 6:
                label -= 0.5
            self._font(label, colour=GREY)
            if _mm(item.label, label) > width - 6:
                # Two cells, not multi_cell: fpdf2 measures a Burmese word wider than it is set
                # and would break it inside a syllable.
                for n, part in enumerate(_two_lines(item.label, label)):
                    self.set_xy(x + 3, top + 1.4 + 3.6 * n)
                    self.cell(width - 6, 3.2, part)
                value_y = top + 9.5
            else:
                self.cell(width - 6, 4, item.label)
                value_y = top + 7.5
            self.set_xy(x + 3, value_y)
            size = 16  # smaller until the value and its note mark fit in the box ("not stated [3]")
            self._font(size, bold=True)
            while size > 9 and self._width(item.value, size, bold=True) + 9 > width - 6:
                size -= 1
                self._font(size, bold=True)
            self.cell(self._width(item.value, size, bold=True) + 1, 8, item.value)
            self._font(7.5, colour=LINK)
            self.cell(8, 5, f"[{item.note}]", link=self.note_links[item.note])
        self.set_xy(self.l_margin, top + 22)

    def put_table(self, block: Table) -> None:
        self._room(24)
        if block.title:
            self.text_block(block.title, 10.5, bold=True, line=5.5, after=1)
        headings = any(block.columns)
        note = self.t._("Note")
        columns = list(block.columns) + ([note] if block.notes is not None else [])
        widths = list(block.widths) + (
            [self._note_width(note, block)] if block.notes is not None else []
        )
        aligns = ["RIGHT" if i in block.numeric else "LEFT" for i in range(len(block.columns))]
        aligns += ["CENTER"] if block.notes is not None else []
        self._shape(*block.columns, *(value for row in block.rows for value in row))
        self._font(8.3)
        self.set_draw_color(*RULE)
        self.set_line_width(0.2)
        self.set_fill_color(255, 255, 255)  # a table's cells start from the current fill colour
        with self.table(
            col_widths=widths,
            text_align=aligns,
            line_height=4.1,
            padding=(1.1, 1.4),
            headings_style=FontFace(emphasis="BOLD", fill_color=LIGHT),
            repeat_headings=1,
            borders_layout="HORIZONTAL_LINES",
            first_row_as_headings=headings,
            width=self.epw,
        ) as table:
            if headings:
                head = table.row()
                for name in columns:
                    head.cell(name)
            for i, values in enumerate(block.rows):
                row = table.row()
                for value in values:
                    row.cell(_breakable(value))
                if block.notes is not None:
                    note = block.notes[i]
                    if note is None:
                        row.cell("")
                    else:
                        row.cell(
                            f"[{note}]", link=self.note_links[note], style=FontFace(color=LINK)
                        )
        self.ln(3)

    def _width(self, text: str, size: float, bold: bool = False) -> float:
        """fpdf2's width of text in the current font, or HarfBuzz's (_mm) for text it must shape."""
        return _mm(text, size, bold) if fonts.needs_shaping(text) else self.get_string_width(text)

    def _note_width(self, heading: str, block: Table) -> float:
        """The note column's share of the widths: 9 (of a total of about 120), or wider when its
        heading in the report's language would not fit on one line ("မှတ်ချက်")."""
        needed = _mm(heading, 8.3, bold=True) + 4  # with the cell's padding
        return max(9.0, needed * sum(block.widths) / (self.epw - needed))

    def chart_svg(self, block: Chart) -> bytes | None:
        """The chart drawn as SVG at the text width, once per chart (a heading may ask first)."""
        if id(block) not in self._svgs:
            self._svgs[id(block)] = charts.render(
                block, "svg", self.epw / MM_PER_INCH, lang=self.report.lang
            )
        return self._svgs[id(block)]

    def least_height(self, block: object) -> float:
        """How much of `block` must fit under a heading for the heading to stay with it (mm)."""
        if isinstance(block, Chart):
            svg = self.chart_svg(block)
            if svg is not None:
                width_pt, height_pt = _svg_size(svg)
                return SHRINK * self.epw * height_pt / width_pt + 8
        return 28

    def put_chart(self, block: Chart) -> None:
        svg = self.chart_svg(block)
        if svg is None:
            return
        width_pt, height_pt = _svg_size(svg)
        width, height = self.epw, self.epw * height_pt / width_pt
        room = self.page_break_trigger - self.get_y() - 8
        if height > room >= SHRINK * height:
            # Drawn a little smaller rather than leave most of a page blank before it.
            width, height = width * room / height, room
        self._room(height + 8)
        self._shape()  # a chart's text in a script that needs shaping comes as outlines (charts.py)
        # SVG shapes without a fill (matplotlib's glyphs) take the PDF's current fill colour: black.
        self.set_fill_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)
        self.image(
            io.BytesIO(svg),
            x=self.l_margin,
            y=self.get_y(),
            w=width,
            h=height,
            alt_text=block.description,
        )
        self.set_y(self.get_y() + height + 1)
        self._font(7.5, colour=LINK)
        self.cell(
            0,
            4,
            self.t._("Source and method: note {n}").format(n=block.note),
            link=self.note_links[block.note],
            new_x="LMARGIN",
            new_y="NEXT",
        )
        self.ln(3)

    def put_evidence(self) -> None:
        self.add_page()
        self.put_heading(self.t._("Evidence"))
        self.text_block(
            self.t._(EVIDENCE_INTRO),
            9,
            colour=GREY,
            line=4.5,
            after=3,
        )
        for note in self.report.notes:
            self._room(18)
            self.add_link(y=self.get_y(), page=self.page, name=f"note-{note.number}")
            self.text_block(f"[{note.number}]  {note.about}", 9.5, bold=True, line=4.8, after=0.5)
            if note.explanation:
                self.text_block(note.explanation, 8.8, indent=6, line=4.4, after=0.8)
            if note.source:
                self.text_block(
                    source_line(self.t, note),
                    8.5,
                    colour=GREY,
                    indent=6,
                    line=4.3,
                    after=0.5,
                )
            for sentence in note.sentences:
                self.text_block(f"“{sentence}”", 8.8, indent=10, line=4.4, after=0.8)
            self.ln(1.5)

    def put_manifest(self) -> None:
        self.add_page()
        self.put_heading(self.t._("Manifest"))
        self.text_block(self.t._(MANIFEST_INTRO), 9, colour=GREY, after=3)
        self.put_table(Table("", ["", ""], [[k, v] for k, v in self.report.manifest], [32, 68]))


def _two_lines(text: str, size: float) -> list[str]:
    """The text in two lines broken at the space that makes them most even (fpdf2 would break a
    Burmese word inside a syllable when no space is near the edge)."""
    words = text.split(" ")
    if len(words) < 2:
        return [text]
    cut = min(
        range(1, len(words)),
        key=lambda i: max(_mm(" ".join(words[:i]), size), _mm(" ".join(words[i:]), size)),
    )
    return [" ".join(words[:cut]), " ".join(words[cut:])]


def _mm(text: str, size: float, bold: bool = False) -> float:
    """How wide `text` is set at `size` pt, in mm: shaped by HarfBuzz in the Noto font that has
    each character (fpdf2's get_string_width measures in one font only, so a Burmese word came
    out as wide as its missing glyphs)."""
    return label_width.text_width(text, size) * (1.08 if bold else 1.0) * MM_PER_INCH / 72


def _breakable(text: str) -> str:
    """Long unbroken runs (links, ids) get zero-width break chances so a cell can wrap them."""
    return re.sub(r"([/&?=,_-])(?=\S{12})", "\\1\u200b", text) if len(text) > 40 else text


def _svg_size(svg: bytes) -> tuple[float, float]:
    head = svg[:2000].decode("utf-8", "replace")
    width = re.search(r'<svg[^>]*\swidth="([\d.]+)pt"', head)
    height = re.search(r'<svg[^>]*\sheight="([\d.]+)pt"', head)
    if not width or not height:
        raise ValueError("matplotlib's SVG has no size in points")
    return float(width.group(1)), float(height.group(1))


def write(report: Report, paper: str = "a4") -> bytes:
    """The report as PDF bytes."""
    pdf = _Document(report, paper)
    pdf.put_title_page()
    for i, section in enumerate(report.sections):
        if i:
            pdf.put_heading(
                section.heading, pdf.least_height(section.blocks[0]) if section.blocks else 28
            )
        else:
            pdf.text_block(section.heading, 13.5, bold=True, line=7, after=2)
        for block in section.blocks:
            if isinstance(block, Paragraph):
                pdf.put_paragraph(block)
            elif isinstance(block, KeyFigures):
                pdf.put_key_figures(block)
            elif isinstance(block, Table):
                pdf.put_table(block)
            elif isinstance(block, Chart):
                pdf.put_chart(block)
    pdf.put_evidence()
    pdf.put_manifest()
    return bytes(pdf.output())
