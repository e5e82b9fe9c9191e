"""Documents in, text out, and garbage in: a clear message or no drafts, never a traceback."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

import docx
import pytest

from atlas.extract import DocumentError, extract_text, read_document, read_path
from atlas.extract.__main__ import main as cli
from atlas.extract.pipeline import check_text

ROOT = Path(__file__).resolve().parent.parent
REPORT_001 = ROOT / "data" / "reports" / "001_e83ec49331bc7ee6.txt"
REPORTS = sorted((ROOT / "data" / "reports").glob("*.txt"))


def _pdf(page_streams: list[bytes]) -> bytes:
    """A minimal valid PDF, one page per content stream, Helvetica for text (written by hand so
    the tests need no PDF-writing package)."""
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    kids = []
    for stream in page_streams:
        page_no, content_no = len(objects) + 1, len(objects) + 2
        kids.append(f"{page_no} 0 R".encode())
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents "
            + f"{content_no} 0 R".encode()
            + b" /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>"
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects[1] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % len(kids)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)


def _text_stream(lines: list[str]) -> bytes:
    parts = [b"BT /F1 11 Tf 50 750 Td 14 TL"]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        parts.append(f"({escaped}) Tj T*".encode("latin-1"))
    parts.append(b"ET")
    return b"\n".join(parts)


# Documents that read ----------------------------------------------------------------------------


def test_text_and_markdown(tmp_path):
    text = "On 4 August 2018, the Riverbank Labour Forum organised a workshop in Chiang Mai. 42 participants attended."
    (tmp_path / "a.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (tmp_path / "a.md").write_text("# A workshop\n\n" + text, encoding="utf-8")
    assert read_path(tmp_path / "a.txt") == text
    [draft] = extract_text(read_path(tmp_path / "a.md"))
    assert (draft.start_date, draft.city, draft.participants_total) == (
        dt.date(2018, 8, 4),
        "Chiang Mai",
        42,
    )


def test_windows_encoded_text_is_read():
    data = "The Forum’s workshop took place in Bangkok in May 2016.".encode("cp1252")
    assert "Forum’s" in read_document(data, "note.txt")


def test_docx_report(tmp_path):
    document = docx.Document()
    document.add_heading("MMN Holds the 15th Anniversary Workshop", level=1)
    for paragraph in REPORT_001.read_text(encoding="utf-8").split("\n\n")[1:3]:
        document.add_paragraph(paragraph.strip())
    document.add_paragraph("Participants agreed on the following points:")
    document.add_paragraph("keep the network open to new members;", style="List Bullet")
    document.add_paragraph("meet again within two years.", style="List Bullet")
    path = tmp_path / "report.docx"
    document.save(path)
    text = read_path(path)
    assert "- keep the network open" in text
    [draft] = extract_text(text, "report.docx")
    assert (draft.start_date, draft.venue, draft.city, draft.participants_total) == (
        dt.date(2018, 8, 4),
        "Empress Hotel",
        "Chiang Mai",
        42,
    )
    assert [(o.outcome_type, o.quantity) for o in draft.outcomes] == [("agreement", 2)]


def test_pdf_with_a_text_layer():
    data = _pdf(
        [
            _text_stream(
                [
                    "Regional exchange",
                    "On 5-7 August 2014 a Regional Exchange Program on Migration Issues was",
                    "organised in Chiang Mai, Thailand.",
                ]
            ),
            _text_stream(
                [
                    "A total of 24 participants from Burma/Myanmar, Thailand and Cambodia took part in the",
                    "exchange program.",
                ]
            ),
        ]
    )
    text = read_document(data, "exchange.pdf")
    assert "24 participants" in text
    [draft] = extract_text(text)
    assert (draft.start_date, draft.end_date, draft.city, draft.participants_total) == (
        dt.date(2014, 8, 5),
        dt.date(2014, 8, 7),
        "Chiang Mai",
        24,
    )
    assert {p.country_iso3 for p in draft.participation} == {"MMR", "THA", "KHM"}


# Documents that do not, each with its reason ----------------------------------------------------------


def test_scanned_pdf_without_text_says_run_ocr():
    blank_page = _pdf([b"0 0 1 rg 10 10 100 100 re f"])  # a drawing, no text
    with pytest.raises(DocumentError, match="no text layer.*OCR"):
        read_document(blank_page, "scan.pdf")


def test_binary_file_renamed_txt(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(DocumentError, match="not a text file"):
        read_path(path)
    with pytest.raises(DocumentError, match="not a text file"):
        read_document(_pdf([_text_stream(["hello"])]), "renamed.txt")


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"not a zip", "broken.docx", "could not be read as a Word document"),
        (b"%PDF-1.4 truncated", "broken.pdf", "could not be read as a PDF|no text layer"),
        (b"a,b\n1,2\n", "table.xlsx", "not supported"),
        (b"\xd0\xcf\x11\xe0", "old.doc", r"old Word \(.doc\)"),
    ],
)
def test_unreadable_documents_get_a_message(data, name, message):
    with pytest.raises(DocumentError, match=message):
        read_document(data, name)


def test_missing_file(tmp_path):
    with pytest.raises(DocumentError, match="cannot be opened"):
        read_path(tmp_path / "nowhere.txt")


# Garbage in -------------------------------------------------------------------------------------------


def test_empty_text():
    assert extract_text("") == []
    assert extract_text("   \n\n ") == []
    assert check_text("") == "The text is empty."


def test_five_megabytes_of_random_words_gives_a_message_and_no_drafts():
    # Words from the reports themselves, so event words and dates are in it: the hard case.
    words = " ".join(p.read_text(encoding="utf-8") for p in REPORTS).split()
    rng = random.Random(6)
    chunks, size = [], 0
    while size <= 5_000_000:
        word = rng.choice(words)
        chunks.append(word)
        size += len(word) + 1
    text = " ".join(chunks)
    assert len(text) >= 5_000_000
    assert "does not read as sentences" in check_text(text)
    assert extract_text(text) == []


def test_a_word_list_without_sentences():
    text = "\n".join(["workshop consultation seminar participants Bangkok 2016"] * 100).replace(
        "\n", " "
    )
    assert "no sentences" in check_text(text)
    assert extract_text(text) == []


def test_report_with_no_event():
    text = (ROOT / "tests" / "data" / "reports_extra" / "05_background_note.txt").read_text(
        encoding="utf-8"
    )
    assert check_text(text) is None
    assert extract_text(text) == []


def test_cli_names_the_file_it_cannot_read_and_reads_the_others(tmp_path, capsys):
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(_pdf([b"0 0 1 rg 10 10 100 100 re f"]))
    assert cli([str(bad), str(REPORT_001), "--json"]) == 1
    out, err = capsys.readouterr()
    assert "scan.pdf: this PDF has no text layer" in err
    assert [d["participants_total"] for d in json.loads(out)] == [42]


def test_cli_on_garbage_prints_an_empty_list_and_a_note(tmp_path, capsys):
    path = tmp_path / "empty.txt"
    path.write_text("", encoding="utf-8")
    assert cli([str(path), "--json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out) == []
    assert "The text is empty." in err
