"""A report as a Word document (.docx), with python-docx: the same content as the PDF, as editable
paragraphs, headings and tables (header rows repeat on each page), charts as PNG pictures at
220 dpi (python-docx places only raster pictures: no SVG or EMF), each note reference a link to
its note in the evidence appendix.

Fonts are not embedded in a .docx: the text asks for Noto Sans, and Word or LibreOffice uses a
font of the reader's machine that has the script's glyphs when Noto Sans is missing."""

from __future__ import annotations

import io
import re

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from atlas.i18n import translator
from atlas.report import charts
from atlas.report.content import Chart, KeyFigures, Paragraph, Report, Table
from atlas.report.wording import EVIDENCE_INTRO, MANIFEST_INTRO, source_line

PAPER = {"a4": (Mm(210), Mm(297)), "letter": (Mm(215.9), Mm(279.4))}
MARGIN = Mm(18)
FONT = "Noto Sans"
GREY = RGBColor(0x55, 0x55, 0x55)
LINK = RGBColor(0x00, 0x5A, 0xA0)
WARNING = RGBColor(0xD5, 0x5E, 0x00)
LIGHT = "F2F2F2"
MM_PER_INCH = 25.4


def _anchor(number: int) -> str:
    return f"note_{number}"


def _link(paragraph, text: str, anchor: str, size: float | None = None) -> None:
    """An internal hyperlink to a bookmark, as Word writes it (w:hyperlink w:anchor)."""
    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), anchor)
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    colour = OxmlElement("w:color")
    colour.set(qn("w:val"), str(LINK))
    props.append(colour)
    if size:
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), str(int(size * 2)))
        props.append(sz)
    run.append(props)
    text_el = OxmlElement("w:t")
    text_el.text = text
    text_el.set(qn("xml:space"), "preserve")
    run.append(text_el)
    link.append(run)
    paragraph._p.append(link)


def _bookmark(paragraph, name: str, ident: int) -> None:
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(ident))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(ident))
    paragraph._p.insert(0, start)
    paragraph._p.append(end)


def _shade(cell, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _repeat_header(row) -> None:
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(flag)


def _field(paragraph, instruction: str) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


class _Writer:
    def __init__(self, report: Report, paper: str) -> None:
        self.report = report
        self.t = t = translator(report.lang)
        self.doc = Document()
        section = self.doc.sections[0]
        section.page_width, section.page_height = PAPER[paper]
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, MARGIN)
        self.width = section.page_width - section.left_margin - section.right_margin
        normal = self.doc.styles["Normal"]
        normal.font.name = FONT
        normal.font.size = Pt(10)
        for name in ("Title", "Heading 1", "Heading 2"):
            self.doc.styles[name].font.name = FONT
        props = self.doc.core_properties
        props.title = report.title
        props.author = report.author
        props.created = report.generated_at.replace(tzinfo=None)
        props.modified = report.generated_at.replace(tzinfo=None)
        props.last_modified_by = report.author
        props.comments = t._(
            "Made by Outcome Atlas; the manifest on the last page says how to make it again."
        )
        props.language = report.lang
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        # "page {page} of {pages}" in the language, its two numbers Word's PAGE and NUMPAGES fields.
        said = f"{report.title}  ·  " + t._("page {page} of {pages}")
        for part in re.split(r"(\{page\}|\{pages\})", said):
            if part == "{page}":
                _field(footer, "PAGE")
            elif part == "{pages}":
                _field(footer, "NUMPAGES")
            elif part:
                run = footer.add_run(part)
                run.font.size, run.font.color.rgb = Pt(7.5), GREY

    def text(
        self,
        text: str,
        size: float = 10,
        *,
        bold: bool = False,
        colour=None,
        indent: float = 0,
        after: float = 4,
        style: str | None = None,
    ):
        p = self.doc.add_paragraph(style=style)
        run = p.add_run(text)
        run.font.size = Pt(size)
        run.bold = bold
        if colour is not None:
            run.font.color.rgb = colour
        p.paragraph_format.space_after = Pt(after)
        if indent:
            p.paragraph_format.left_indent = Mm(indent)
        return p

    def paragraph(self, block: Paragraph) -> None:
        if block.style == "summary":
            self.text(block.text, 12, after=8)
        elif block.style == "warning":
            self.text(block.text, 10.5, bold=True, colour=WARNING)
        elif block.style == "caption":
            self.text(block.text, 8.8, colour=GREY, after=6)
        else:
            self.text(block.text)

    def key_figures(self, block: KeyFigures) -> None:
        table = self.doc.add_table(rows=2, cols=len(block.items))
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, item in enumerate(block.items):
            label, value = table.cell(0, i), table.cell(1, i)
            for cell in (label, value):
                _shade(cell, LIGHT)
            run = label.paragraphs[0].add_run(item.label)
            run.font.size, run.font.color.rgb = Pt(8), GREY
            run = value.paragraphs[0].add_run(item.value + " ")
            run.font.size, run.bold = Pt(15 if len(item.value) < 12 else 11), True
            _link(value.paragraphs[0], f"[{item.note}]", _anchor(item.note), size=7.5)
        self.doc.add_paragraph().paragraph_format.space_after = Pt(2)

    def table(self, block: Table) -> None:
        if block.title:
            self.text(block.title, 10.5, bold=True, after=3).paragraph_format.keep_with_next = True
        columns = list(block.columns) + ([self.t._("Note")] if block.notes is not None else [])
        widths = list(block.widths) + ([9] if block.notes is not None else [])
        headings = any(block.columns)
        table = self.doc.add_table(rows=0, cols=len(columns))
        table.style = "Table Grid"
        table.autofit = False
        scale = self.width / sum(widths)
        if headings:
            row = table.add_row()
            _repeat_header(row)
            for cell, name in zip(row.cells, columns, strict=True):
                _shade(cell, LIGHT)
                run = cell.paragraphs[0].add_run(name)
                run.bold, run.font.size = True, Pt(8.5)
        for i, values in enumerate(block.rows):
            row = table.add_row()
            for j, (cell, value) in enumerate(zip(row.cells, values, strict=False)):
                run = cell.paragraphs[0].add_run(value)
                run.font.size = Pt(8.5)
                if j in block.numeric:
                    cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if block.notes is not None and block.notes[i] is not None:
                _link(
                    row.cells[-1].paragraphs[0],
                    f"[{block.notes[i]}]",
                    _anchor(block.notes[i]),
                    size=8.5,
                )
        for row in table.rows:
            for cell, width in zip(row.cells, widths, strict=True):
                cell.width = int(width * scale)
        self.doc.add_paragraph().paragraph_format.space_after = Pt(2)

    def chart(self, block: Chart) -> None:
        png = charts.render(block, "png", self.width / Mm(MM_PER_INCH), lang=self.report.lang)
        if png is None:
            return
        self.doc.add_picture(io.BytesIO(png), width=self.width)
        p = self.doc.add_paragraph()
        said = self.t._("Source and method: note {n}").format(n=block.note)
        _link(p, said, _anchor(block.note), size=7.5)
        p.paragraph_format.space_after = Pt(6)

    def evidence(self) -> None:
        self.doc.add_page_break()
        self.doc.add_heading(self.t._("Evidence"), level=1)
        self.text(
            self.t._(EVIDENCE_INTRO),
            9,
            colour=GREY,
            after=8,
        )
        for note in self.report.notes:
            p = self.text(f"[{note.number}]  {note.about}", 9.5, bold=True, after=1)
            p.paragraph_format.keep_with_next = True
            _bookmark(p, _anchor(note.number), note.number)
            if note.explanation:
                self.text(note.explanation, 8.8, indent=6, after=2)
            if note.source:
                self.text(
                    source_line(self.t, note),
                    8.5,
                    colour=GREY,
                    indent=6,
                    after=1,
                )
            for sentence in note.sentences:
                self.text(f"“{sentence}”", 8.8, indent=10, after=2)

    def manifest(self) -> None:
        self.doc.add_page_break()
        self.doc.add_heading(self.t._("Manifest"), level=1)
        self.text(self.t._(MANIFEST_INTRO), 9, colour=GREY, after=6)
        self.table(Table("", ["", ""], [[k, v] for k, v in self.report.manifest], [32, 68]))


def write(report: Report, paper: str = "a4") -> bytes:
    """The report as .docx bytes."""
    w = _Writer(report, paper)
    w.doc.add_heading(report.title, level=0)
    for line in report.lines:
        w.text(line, 9.5, colour=GREY, after=1)
    for section in report.sections:
        w.doc.add_heading(section.heading, level=1)
        for block in section.blocks:
            if isinstance(block, Paragraph):
                w.paragraph(block)
            elif isinstance(block, KeyFigures):
                w.key_figures(block)
            elif isinstance(block, Table):
                w.table(block)
            elif isinstance(block, Chart):
                w.chart(block)
    w.evidence()
    w.manifest()
    out = io.BytesIO()
    w.doc.save(out)
    return out.getvalue()
