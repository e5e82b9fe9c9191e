"""The Data page in a real Chromium: a click on the download button gives a file holding exactly
the filtered rows, and the command line makes the same bytes."""

from __future__ import annotations

import csv
import io
import json

import pytest

from atlas import export
from atlas.access import Scope
from atlas.export import __main__ as export_cli
from tests.browser.conftest import screenshot, wait_for_app
from tests.workbooks import manifest_of, open_workbook

pytestmark = pytest.mark.browser

LAO_EVENTS = {
    "ilo-consultation-lao-2009-06",
    "ilo-youth-media-workshop-1",
    "ilo-youth-media-workshop-2",
    "ilo-trainings-lao-counterparts",
}


def download(page, label: str):
    with page.expect_download(timeout=30_000) as info:
        page.get_by_role("button", name=label).click()
    return info.value


def csv_rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"))))


def test_csv_download_holds_every_seed_event(page, server, tmp_path):
    page.goto(f"{server.url}/data")
    wait_for_app(page)
    page.get_by_text("All 17 rows:").wait_for(timeout=20_000)
    page.get_by_role("button", name="Download CSV").wait_for(timeout=20_000)
    page.locator('[data-testid="stDataFrame"]').last.wait_for(timeout=20_000)
    page.wait_for_timeout(1_500)
    screenshot(page, "data")
    got = download(page, "Download CSV")
    assert got.suggested_filename.startswith("atlas-events-") and got.suggested_filename.endswith(
        ".csv"
    )
    rows = csv_rows(open(got.path(), "rb").read())
    assert len(rows) == 17
    assert sum(int(r["participants_total"]) for r in rows if r["participants_total"]) == 292
    lao = next(r for r in rows if r["event_id"] == "ilo-consultation-lao-2009-06")
    assert (lao["start_date"], lao["participants_total"], lao["end_date"]) == (
        "2009-06-01",
        "29",
        "",
    )
    assert page.locator('[data-testid="stException"]').count() == 0
    assert page.outside_requests == []


def test_link_with_a_country_downloads_only_its_events_and_a_manifest(page, server):
    page.goto(f"{server.url}/data?country=LAO")
    wait_for_app(page)
    page.get_by_text("All 4 rows:").wait_for(timeout=20_000)
    got = download(page, "Download CSV")
    assert "-LAO-" in got.suggested_filename
    rows = csv_rows(open(got.path(), "rb").read())
    assert {r["event_id"] for r in rows} == LAO_EVENTS
    sidecar = download(page, "Download manifest (JSON)")
    assert sidecar.suggested_filename.endswith(".manifest.json")
    manifest = json.loads(open(sidecar.path(), encoding="utf-8").read())
    assert manifest["rows"] == 4
    assert manifest["link"] == "/data?table=events&country=LAO"
    assert manifest["filters"]["in words"] == "country: LAO"
    page.get_by_role("heading", name="Data dictionary").scroll_into_view_if_needed()
    page.wait_for_timeout(1_000)
    screenshot(page, "data-downloads")


def test_xlsx_from_the_page_equals_the_command_line_file(page, server, tmp_path, seed_con):
    page.goto(f"{server.url}/data?table=events_by_country&country=LAO")
    wait_for_app(page)
    page.get_by_text("All 4 rows:").wait_for(timeout=20_000)
    page.get_by_text("Excel workbook (XLSX)").click()
    page.get_by_role("button", name="Download XLSX").wait_for(timeout=20_000)
    wait_for_app(page)
    got = download(page, "Download XLSX")
    data = open(got.path(), "rb").read()
    book = open_workbook(data)
    assert book.sheetnames == ["events_by_country", "manifest"]
    assert book.worksheets[0].max_row == 5  # header + 4 events
    manifest = manifest_of(book)
    out = tmp_path / "cli.xlsx"
    assert (
        export_cli.main(
            [
                "events_by_country",
                "--format",
                "xlsx",
                "--query",
                "country=LAO",
                "--generated-at",
                manifest["generated at"],
                "-o",
                str(out),
            ]
        )
        == 0
    )
    assert out.read_bytes() == data
    assert (
        export.count(seed_con, export.Selection("events_by_country", scope=Scope.everything()))
        == 17
    )
