"""Importing a spreadsheet on the Manage page in a real Chromium: upload a file with a bad row and
see every row's problem and nothing written, then a good file, its preview, the write, and the
new event counted on the Overview."""

from __future__ import annotations

import shutil

import pytest

from tests.browser.conftest import screenshot, wait_for_app

pytestmark = pytest.mark.browser

HEADER = (
    "event_id,project_id,title,event_type,start_date,end_date,date_precision,city,venue,country_iso3,"
    "participants_total,participants_at_least,description,source_id,source_quote\r\n"
)
GOOD = "import-2019-yangon,,Imported workshop,workshop,2019-03-01,,month,Yangon,,Myanmar,40,false,,report-001,A workshop.\r\n"
BAD = "import-bad,,Bad workshop,workshop,2016-02-30,,day,Yangon,,Cambodja,-3,false,,report-001,A workshop.\r\n"


def metric(page, label: str) -> str:
    box = page.locator('[data-testid="stMetric"]', has_text=label).first
    return box.locator('[data-testid="stMetricValue"]').inner_text().strip()


def test_import_a_spreadsheet_with_preview_then_commit(page, start_server, seed_db_path, tmp_path):
    db_path = tmp_path / "atlas.duckdb"
    shutil.copy(seed_db_path, db_path)
    server = start_server(db_path)
    bad, good = tmp_path / "partner-bad.csv", tmp_path / "partner.csv"
    bad.write_text(HEADER + GOOD + BAD, encoding="utf-8")
    good.write_text(HEADER + GOOD, encoding="utf-8")

    page.goto(server.url + "/manage")
    wait_for_app(page)
    page.get_by_text("Import a spreadsheet").click()
    wait_for_app(page)
    upload = page.locator('[data-testid="stFileUploaderDropzoneInput"]')
    upload.set_input_files(str(bad))
    page.get_by_text("problems in the file").wait_for(timeout=20_000)
    wait_for_app(page)
    screenshot(page, "manage-import-problems")
    body = page.locator('[data-testid="stMain"]').inner_text()
    assert "3 problems in the file: nothing can be written until they are fixed." in body
    assert page.get_by_role("button", name="Write 1 new and 0 changed rows").is_disabled()

    upload.set_input_files(str(good))  # replaces the bad file
    page.get_by_role("button", name="Write 1 new and 0 changed rows").wait_for(timeout=20_000)
    wait_for_app(page)
    assert metric(page, "New rows") == "1" and metric(page, "Unchanged rows") == "0"
    page.get_by_role("button", name="Write 1 new and 0 changed rows").click()
    page.get_by_text("Imported partner.csv into events: 1 added (import 1)").wait_for(
        timeout=20_000
    )
    wait_for_app(page)
    screenshot(page, "manage-import-done")
    # The same file is now all unchanged, and nothing is left to write.
    assert metric(page, "New rows") == "0" and metric(page, "Unchanged rows") == "1"
    assert page.get_by_role("button", name="Write 0 new and 0 changed rows").is_disabled()
    assert page.outside_requests == []

    page.goto(server.url)
    wait_for_app(page)
    page.get_by_text("Participants by home country").first.wait_for(timeout=20_000)
    assert metric(page, "Events") == "18"
    assert metric(page, "Participants") == "332"
