"""Imports within bounds: a zip bomb, a 100,000-column CSV, mixed encodings and a 10 MB cell are
refused from the file alone, naming the row (and the column for a cell), with nothing written."""

from __future__ import annotations

import io
import zipfile

import pytest

from atlas import backup, db, ingest
from atlas.ingest.__main__ import main as ingest_cli
from atlas.spreadsheet import MAX_EXPANDED_MB, FileRefused, read_bytes

HEADER = (
    "event_id,project_id,title,event_type,start_date,end_date,date_precision,city,venue,country_iso3,"
    "participants_total,participants_at_least,description,source_id,source_quote\n"
)


def _row(n: int, title: str) -> str:
    return (
        f"ev-{n},,{title},workshop,2020-01-01,,day,Vientiane,,LAO,5,false,,report-000,A sentence.\n"
    )


def zip_bomb() -> bytes:
    """A small .xlsx whose sheet unpacks past the limit (the issue's 137 KB file unpacked to 46 MB;
    this one packs MAX_EXPANDED_MB + 10 MB of XML into well under 1 MB)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        filler = b'<row><c t="inlineStr"><is><t>x</t></is></c></row>' * 1000
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            for _ in range((MAX_EXPANDED_MB + 10) * 1024 * 1024 // len(filler)):
                part.write(filler)
    return buffer.getvalue()


def wide_csv(columns: int = 100_000) -> bytes:
    return (
        ",".join(f"c{i}" for i in range(columns))
        + "\n"
        + ",".join("x" for _ in range(columns))
        + "\n"
    ).encode()


def mixed_encodings() -> bytes:
    return (HEADER + _row(1, "Café") + _row(2, "Noël")).encode("utf-8") + _row(3, "Café").encode(
        "latin-1"
    )


def huge_cell() -> bytes:
    return (HEADER + _row(1, "x" * (10 * 1024 * 1024))).encode()


CASES = [
    ("zip bomb", zip_bomb, "bomb.xlsx", "unpacks to"),
    ("100,000 columns", wide_csv, "wide.csv", "Row 1 has 100,000 columns; at most 1,000 are read"),
    (
        "mixed encodings",
        mixed_encodings,
        "mixed.csv",
        "Row 4 is not UTF-8 text while other rows are",
    ),
    (
        "10 MB cell",
        huge_cell,
        "cell.csv",
        "Row 2, column title: the cell holds 10,485,760 characters",
    ),
]


@pytest.mark.parametrize(("name", "make", "file_name", "message"), CASES, ids=[c[0] for c in CASES])
def test_out_of_bounds_file_is_refused_with_its_row_and_nothing_is_written(
    fresh_db, tmp_path, capsys, name, make, file_name, message
):
    data = make()
    with pytest.raises(FileRefused) as refused:
        read_bytes(data, file_name)
    assert message in refused.value.message
    path = tmp_path / file_name
    path.write_bytes(data)
    con = db.connect(fresh_db)
    before = backup.table_checksums(con)
    con.close()
    assert ingest_cli(["events", str(path), "--commit"]) == 2
    assert message in capsys.readouterr().err
    con = db.connect(fresh_db)
    assert backup.table_checksums(con) == before
    con.close()


def test_a_file_of_one_encoding_still_reads():
    sheet = read_bytes((HEADER + _row(1, "Café")).encode("latin-1"), "latin.csv")
    assert sheet.described.startswith("CSV, Latin-1")
    assert sheet.rows[0][1][2] == "Café"


def test_nul_byte_and_legacy_encoding_refusals_name_their_row():
    with pytest.raises(FileRefused, match="^Row 3 contains a NUL byte"):
        read_bytes((HEADER + _row(1, "a") + _row(2, "a\x00b")).encode(), "nul.csv")
    with pytest.raises(FileRefused, match="^Row 2 is not UTF-8, UTF-16 or Latin-1 text"):
        read_bytes(
            HEADER.encode() + _row(1, "x").encode().replace(b"x", "ภาษาไทย".encode("tis-620")),
            "thai.csv",
        )


def test_a_header_with_many_repeated_columns_is_checked_in_one_pass(fresh_db):
    header = ",".join(["event_id"] * 900 + ["title"] * 99) + "\n"
    sheet = read_bytes((header + ",".join("x" * 999 for _ in range(1)) + "\n").encode(), "dup.csv")
    con = db.connect(fresh_db)
    try:
        plan = ingest.plan_import(con, "events", sheet)
    finally:
        con.close()
    assert [p.column for p in plan.problems if "twice" in p.message] == ["event_id", "title"]
