"""Reports in a real Chromium: "Download report" on the Funders page gives a PDF made on click,
whose pages are rendered to PNG (tests/screenshots/report-*.png) for a person to look at, and the
Overview's Word download holds the view's numbers."""

from __future__ import annotations

import io

import docx
import pypdfium2
import pytest
from pypdf import PdfReader

from tests.browser.conftest import SCREENSHOTS, screenshot, wait_for_app

pytestmark = pytest.mark.browser


def download(page, label: str):
    with page.expect_download(timeout=120_000) as info:
        page.get_by_role("button", name=label).click()
    return info.value


def test_funders_page_downloads_diakonias_report_and_its_pages_render(page, server):
    page.goto(f"{server.url}/funders?funder=diakonia")
    wait_for_app(page)
    page.get_by_role("button", name="Download report (PDF)").wait_for(timeout=30_000)
    screenshot(page, "funders-report-buttons")
    got = download(page, "Download report (PDF)")
    assert got.suggested_filename.startswith(
        "atlas-report-diakonia-"
    ) and got.suggested_filename.endswith(".pdf")
    data = open(got.path(), "rb").read()
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    assert (
        "Diakonia funded 1 project with 1 event reaching 24 participants from 3 countries"
        in " ".join(text.split())
    )
    pdf = pypdfium2.PdfDocument(data)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for i in range(len(pdf)):
        image = pdf[i].render(scale=150 / 72).to_pil()
        image.save(SCREENSHOTS / f"report-diakonia-page-{i + 1}.png")
        # A page with something on it: not blank, not a single colour.
        assert len(image.convert("L").getcolors(maxcolors=1 << 16) or []) > 10
    assert len(pdf) >= 3
    assert page.locator('[data-testid="stException"]').count() == 0
    assert page.outside_requests == []


def test_overview_word_download_follows_the_filters(page, server):
    page.goto(f"{server.url}/?country=LAO")
    wait_for_app(page)
    got = download(page, "Download report (Word)")
    assert got.suggested_filename.startswith(
        "atlas-report-view-LAO-"
    ) and got.suggested_filename.endswith(".docx")
    document = docx.Document(got.path())
    text = " ".join(p.text for p in document.paragraphs)
    assert "Within the filters, the records hold 4 events reaching 29 participants" in text
    assert page.outside_requests == []


def test_a_thai_funders_page_downloads_the_report_in_thai(page, server):
    """The buttons pass the page's language: ?lang=th gives a Thai PDF (its pages rendered to
    tests/screenshots/report-diakonia-th-page-*.png to look at), the funder's name as recorded."""
    page.goto(f"{server.url}/funders?funder=diakonia&lang=th")
    wait_for_app(page)
    label = "ดาวน์โหลดรายงาน (PDF)"
    page.get_by_role("button", name=label).wait_for(timeout=30_000)
    data = open(download(page, label).path(), "rb").read()
    reader = PdfReader(io.BytesIO(data))
    first = "".join(reader.pages[0].extract_text().split())
    assert "รายงานOutcomeAtlas:Diakonia" in first  # the title: our words in Thai, the name as is
    assert "สรุป" in first and "การเข้าถึง" in first  # Summary, Reach
    assert reader.trailer["/Root"]["/Lang"] == "th"
    pdf = pypdfium2.PdfDocument(data)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for i in range(len(pdf)):
        pdf[i].render(scale=150 / 72).to_pil().save(
            SCREENSHOTS / f"report-diakonia-th-page-{i + 1}.png"
        )
    assert page.locator('[data-testid="stException"]').count() == 0
    assert page.outside_requests == []
