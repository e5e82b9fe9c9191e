"""Reports to keep: a funder's, a project's or a filter state's results as PDF or Word, each
figure with a numbered note giving its source and sentence.

    report = content.assemble(con, content.Request(funder="diakonia"))
    pdf_bytes = render(report, "pdf")

content.py says what a report holds (plain data, from the named queries); pdf.py and word.py lay
it out; charts.py draws the dashboard's charts with matplotlib; __main__.py is the command line.
"""

from __future__ import annotations

from atlas.report.content import Report, ReportError, Request, assemble

FORMATS = {
    "pdf": ("application/pdf", "pdf"),
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
}


def render(report: Report, kind: str, paper: str = "a4") -> bytes:
    """The report's bytes in `kind` (pdf or docx). The writers are imported when used: fpdf2,
    matplotlib and python-docx cost a second to load, which a page should not pay until a click."""
    if kind == "pdf":
        from atlas.report import pdf

        return pdf.write(report, paper)
    if kind == "docx":
        from atlas.report import word

        return word.write(report, paper)
    raise ValueError(f"no report format {kind!r}; choose pdf or docx")


__all__ = ["FORMATS", "Report", "ReportError", "Request", "assemble", "render"]
