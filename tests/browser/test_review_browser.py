"""The Review page in a real Chromium: paste a report, see its draft with each field beside its
sentence, press Save, and find the event on the Events page; a scanned PDF and a binary file
named .txt get a clear message and nothing to save."""

from __future__ import annotations

import io
import re
from pathlib import Path

import docx
import pytest
from pypdf import PdfWriter

from tests.browser.conftest import screenshot, wait_for_app
from tests.test_review import REPORTS, seed_without

pytestmark = pytest.mark.browser


def main_text(page) -> str:
    return page.locator('[data-testid="stMain"]').inner_text()


def test_paste_a_report_check_its_sentences_save_and_see_it_on_the_events_page(
    page, start_server, tmp_path
):
    server = start_server(seed_without({"anniversary-2018-chiang-mai"}, tmp_path))
    page.set_viewport_size({"width": 1400, "height": 2000})  # the whole review in one screenshot
    page.goto(server.url + "/review")
    wait_for_app(page)
    box = page.get_by_label("Report text")
    box.fill(REPORTS["001"].read_text(encoding="utf-8"))
    box.press("Control+Enter")
    page.get_by_text("1 event proposed").wait_for(timeout=30_000)
    page.get_by_text("Sentence in the report").wait_for(timeout=30_000)
    wait_for_app(page)
    screenshot(page, "review-drafts")
    body = main_text(page)
    # Each field beside the sentence it came from, shown as text; the guessed country is marked.
    assert (
        "42 participants attended the event, including MMN members, partners and supporters."
        in body
    )
    assert (
        "On 4 August 2018, Mekong Migration Network (MMN) organised the 15th Anniversary Workshop at the Empress Hotel in Chiang Mai."
        in body
    )
    assert "Country: not stated; Chiang Mai is in Thailand. Check it before saving." in body
    assert "⚠ not stated; Chiang Mai is in Thailand" in body
    assert page.get_by_role("button", name="Save 1 event").is_enabled()

    page.get_by_role("button", name="Save 1 event").click()
    page.get_by_text("See them on the Events page").wait_for(timeout=30_000)
    wait_for_app(page)
    screenshot(page, "review-saved")
    body = main_text(page)
    # The organisations the database knows (MMN, Mahidol University, CWCC) are not added again;
    # the report states one outcome (the seed's too), the groups' recommendations.
    assert "1 source, 1 event, 3 organisation links, 1 outcome (6 added)" in body
    # Saved once: the report's event is now named as in the database and cannot be saved again.
    assert "Every event in this report is already in the database" in body
    assert page.get_by_role("button", name="Save 0 events").is_disabled()

    page.get_by_text("See them on the Events page").click()
    page.get_by_text("17 events.").wait_for(timeout=30_000)
    page.goto(server.url + "/events?event=15th-anniversary-workshop-2018-08")
    page.get_by_text("From MMN Holds the 15th Anniversary Workshop").wait_for(timeout=30_000)
    wait_for_app(page)
    screenshot(page, "review-saved-event-story")
    body = main_text(page)
    assert "When: 4 August 2018" in body and "Where: Empress Hotel, Chiang Mai, Thailand" in body
    assert "42 participants; the report gives no home countries." in body
    assert page.outside_requests == []


def blank_pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)  # a page with no text layer, as a scan has
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        (
            "scan.pdf",
            blank_pdf(),
            "scan.pdf: this PDF has no text layer (it is scanned images); run OCR first",
        ),
        (
            "report.txt",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
            "report.txt: this is not a text file",
        ),
    ],
)
def test_a_file_that_cannot_be_read_says_why(page, server, tmp_path: Path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    page.goto(server.url + "/review")
    wait_for_app(page)
    page.get_by_text("Upload a file").click()
    wait_for_app(page)
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(path))
    page.get_by_text(message).wait_for(timeout=30_000)
    wait_for_app(page)
    screenshot(page, f"review-unreadable-{Path(name).suffix[1:]}")
    assert "events proposed" not in main_text(page) and "event proposed" not in main_text(page)
    assert page.get_by_role("button", name=re.compile(r"^Save")).count() == 0


def test_a_word_file_whose_events_are_all_saved_names_them_and_saves_nothing(
    page, server, tmp_path: Path
):
    """Report 003 as a .docx, into the seed database that already holds its eight events."""
    document = docx.Document()
    for paragraph in REPORTS["003"].read_text(encoding="utf-8").split("\n"):
        if paragraph.strip():
            document.add_paragraph(paragraph.strip())
    path = tmp_path / "bridges.docx"
    document.save(str(path))
    page.set_viewport_size({"width": 1400, "height": 1600})
    page.goto(server.url + "/review")
    wait_for_app(page)
    page.get_by_text("Upload a file").click()
    wait_for_app(page)
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(path))
    page.get_by_text("8 events proposed").wait_for(timeout=60_000)
    page.get_by_text("Sentence in the report").wait_for(timeout=30_000)
    wait_for_app(page)
    screenshot(page, "review-already-saved")
    body = main_text(page)
    assert (
        "Every event in this report is already in the database, so there is nothing new to save."
        in body
    )
    assert (
        "Event 6 (ILO-IPEC consultation between members of Thai-Cord and La...) is "
        "'ilo-consultation-lao-2009-06' (Consultation of Thai-Cord members and Lao PDR counterparts, June 2009)."
    ) in body
    assert page.get_by_role("button", name="Save 0 events").is_disabled()
