"""Exports hold exactly the rows of the selection, typed, safe to open in a spreadsheet, with a
manifest that reproduces them; the command line writes the same bytes as the Data page."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest

from atlas import db, export, facts, queries
from atlas.access import Scope
from atlas.export import __main__ as export_cli
from atlas.filters import Filters
from atlas.markdown import shown
from tests.workbooks import manifest_of, open_workbook

ROOT = Path(__file__).resolve().parent.parent
T0 = dt.datetime(2026, 11, 24, 12, 0, 0, tzinfo=dt.UTC)
CSV = export.FileFormat("csv")

# Values the filter bar offers on the seed, plus one country with no records at all (VNM).
filter_states = st.builds(
    Filters,
    date_from=st.none() | st.dates(dt.date(2008, 1, 1), dt.date(2019, 12, 31)),
    date_to=st.none() | st.dates(dt.date(2008, 1, 1), dt.date(2019, 12, 31)),
    countries=st.lists(st.sampled_from(["THA", "KHM", "LAO", "MMR", "JPN", "VNM"]), max_size=3).map(
        tuple
    ),
    event_types=st.lists(
        st.sampled_from(
            [
                "workshop",
                "consultation",
                "seminar",
                "exhibition",
                "field_visit",
                "training",
                "exchange",
            ]
        ),
        max_size=2,
    ).map(tuple),
    projects=st.lists(
        st.sampled_from(["ilo-ipec", "beyond-tolerance", "exchange-2014"]), max_size=2
    ).map(tuple),
    funders=st.lists(st.sampled_from(["diakonia", "toyota-foundation", "ilo"]), max_size=1).map(
        tuple
    ),
    organisations=st.lists(st.sampled_from(["mmn", "thai-cord", "map-foundation"]), max_size=1).map(
        tuple
    ),
)
searches = st.sampled_from(
    [None, "", "lao", "Chiang Mai", "workshop", "THA", "report", "zzz-nothing"]
)

PANDAS_TYPES = {"VARCHAR": "string", "INTEGER": "Int64", "BIGINT": "Int64", "BOOLEAN": "boolean"}


def read_csv_typed(
    data: bytes, column_types: list[tuple[str, str]], sep: str = ","
) -> pd.DataFrame:
    """A CSV export read as an analyst would, with the manifest's types: empty cell = NULL only."""
    dates = [n for n, t in column_types if t == "DATE"]
    dtypes = {n: PANDAS_TYPES.get(t, "string") for n, t in column_types}
    frame = pd.read_csv(
        io.BytesIO(data),
        sep=sep,
        dtype=dtypes,
        keep_default_na=False,
        na_values=[""],
        encoding="utf-8-sig",
    )
    for name in dates:
        frame[name] = pd.to_datetime(frame[name], format="%Y-%m-%d")
    return frame


def plain(
    frame: pd.DataFrame, text_columns: set[str] = frozenset(), neutralise: bool = False
) -> list[tuple]:
    """Rows as Python values, None for any missing value, dates as dates; text neutralised the way
    the CSV writer does when asked."""
    rows = []
    for record in frame.astype(object).itertuples(index=False):
        row = []
        for name, value in zip(frame.columns, record, strict=True):
            if value is None or (not isinstance(value, str) and pd.isna(value)):
                value = None
            elif isinstance(value, pd.Timestamp):
                value = value.date()
            elif hasattr(value, "item"):
                value = value.item()
            if neutralise and name in text_columns and isinstance(value, str):
                value = export.neutralise(value)
            row.append(value)
        rows.append(tuple(row))
    return rows


# --- exactly the rows of the selection --------------------------------------------------------


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(filters=filter_states, search=searches, table=st.sampled_from(list(export.TABLES)))
def test_csv_export_holds_exactly_the_sql_rows_typed(seed_con, filters, search, table):
    selection = export.Selection(table, filters, search, scope=Scope.everything())
    expected = (
        export.frame(seed_con, selection)
        if export.TABLES[table].by_country
        else queries.run(
            export.TABLES[table].query, scope=selection.scope, con=seed_con, **selection.params()
        )
    )
    column_types = export.columns(seed_con, selection)
    data = export.to_bytes(seed_con, selection, CSV, T0)
    got = read_csv_typed(data, column_types)

    assert list(got.columns) == [n for n, _ in column_types] == list(expected.columns)
    assert len(got) == len(expected) == export.count(seed_con, selection)
    text = {n for n, t in column_types if t == "VARCHAR"}
    assert plain(got) == plain(expected, text, neutralise=True)
    for name, dtype in column_types:  # types survive the round trip
        if dtype == "INTEGER":
            assert str(got[name].dtype) == "Int64", name
        if dtype == "BOOLEAN":
            assert str(got[name].dtype) == "boolean", name
        if dtype == "DATE":
            assert got[name].dtype.kind == "M", name


def test_seed_counts_an_analyst_would_check(seed_con):
    assert export.count(seed_con, export.Selection("events", scope=Scope.everything())) == 17
    assert (
        export.count(
            seed_con,
            export.Selection("events", Filters(countries=("LAO",)), scope=Scope.everything()),
        )
        == 4
    )
    assert export.count(seed_con, export.Selection("participation", scope=Scope.everything())) == 10
    assert export.count(seed_con, export.Selection("outcomes", scope=Scope.everything())) == 15
    assert export.count(seed_con, export.Selection("organisations", scope=Scope.everything())) == 19
    assert export.count(seed_con, export.Selection("projects", scope=Scope.everything())) == 3
    lao = export.frame(
        seed_con,
        export.Selection("participation", Filters(countries=("LAO",)), scope=Scope.everything()),
    )
    assert set(lao["country_iso3"]) == {"LAO"}  # only the selected country's rows


def test_wide_view_keeps_stated_counts_and_the_remainder(seed_con):
    wide = export.frame(
        seed_con, export.Selection("events_by_country", scope=Scope.everything())
    ).set_index("event_id")
    assert [c for c in wide.columns if len(c) == 3 and c.isupper()] == ["KHM", "LAO", "MMR", "THA"]
    lao = wide.loc["ilo-consultation-lao-2009-06"]  # 29 participants, 7 from Lao PDR
    assert (lao["participants_total"], lao["LAO"], lao["not_broken_down"]) == (29, 7, 22)
    assert pd.isna(lao["THA"])
    exchange = wide.loc["exchange-2014-chiang-mai"]  # 24 from MMR, THA, KHM with no split
    assert all(pd.isna(exchange[c]) for c in ("KHM", "MMR", "THA"))
    assert exchange["not_broken_down"] == 24
    assert exchange["countries_without_count"] == "KHM,MMR,THA"
    assert int(wide["participants_total"].sum()) == 292
    # A source with no total gives no remainder, never a 0.
    assert pd.isna(wide.loc["ilo-youth-media-workshop-1", "not_broken_down"])


def test_preview_is_the_first_rows_in_export_order(seed_con):
    selection = export.Selection("events", scope=Scope.everything())
    assert list(export.preview(seed_con, selection, 5)["event_id"]) == list(
        export.frame(seed_con, selection)["event_id"][:5]
    )


def test_summary_is_the_count_preview_and_dictionary_at_once(seed_con):
    selection = export.Selection(
        "events_by_country", Filters(countries=("LAO",)), scope=Scope.everything()
    )
    total, first, entries = export.summary(seed_con, selection, 2)
    assert total == 4 == export.count(seed_con, selection)
    assert first.equals(export.preview(seed_con, selection, 2))
    assert entries.equals(export.dictionary(seed_con, selection))


def test_search_keeps_only_rows_containing_the_text(seed_con):
    rows = export.frame(
        seed_con, export.Selection("events", search="chiang mai", scope=Scope.everything())
    )
    assert set(rows["event_id"]) >= {"exchange-2014-chiang-mai", "anniversary-2018-chiang-mai"}
    for _, row in rows.iterrows():
        assert "chiang mai" in " ".join(str(v) for v in row.values).lower()
    assert (
        export.count(
            seed_con, export.Selection("events", search="zzz-nothing", scope=Scope.everything())
        )
        == 0
    )


# --- formula injection ---------------------------------------------------------------------------

PAYLOADS = [
    "=1+1",
    '=HYPERLINK("http://x","y")',
    "@SUM(A1)",
    "+cmd|' /C calc'!A0",
    "-2+3",
    "\tx",
    "\rx",
]
SAMPLE = """SELECT * FROM (VALUES
    ('=1+1', -5, 3.2), ('=HYPERLINK("http://x","y")', 0, -0.5), ('@SUM(A1)', 7, 1.0),
    ('+cmd|'' /C calc''!A0', -1, 2.5), ('-2+3', 12, 0.0), (chr(9) || 'x', 1, 1.5),
    (chr(13) || 'x', 2, 2.0), ('plain text', -5, 3.2)
) AS t(text, whole, decimal) """


def test_csv_neutralises_formulas_and_keeps_numbers(tmp_path):
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE sample AS SELECT text, whole, CAST(decimal AS DOUBLE) AS decimal FROM ("
        + SAMPLE
        + ")"
    )
    for sep in (",", ";"):
        path = tmp_path / f"sample{sep == ';'}.csv"
        assert export.write_csv(con.cursor(), "SELECT * FROM sample", {}, path, sep=sep) == 8
        rows = list(csv.reader(path.open(encoding="utf-8", newline=""), delimiter=sep))
        assert rows[0] == ["text", "whole", "decimal"]
        assert [r[0] for r in rows[1:8]] == ["'" + p for p in PAYLOADS]
        assert rows[8][0] == "plain text"
        assert (rows[1][1], rows[1][2]) == ("-5", "3.2")  # numbers are not touched
        frame = pd.read_csv(path, sep=sep)
        assert frame["whole"].dtype.kind == "i" and frame["decimal"].dtype.kind == "f"
        assert frame["whole"].iloc[0] == -5 and frame["decimal"].iloc[0] == 3.2


def test_xlsx_neutralises_formulas_and_keeps_numbers(tmp_path):
    con = duckdb.connect()
    path = tmp_path / "sample.xlsx"
    written = export.write_xlsx(
        con.cursor(), SAMPLE, {}, path, sheet="sample", manifest={"rows": 8}, generated_at=T0
    )
    assert written == 8
    sheet = open_workbook(path).worksheets[0]
    cells = list(sheet.iter_rows(min_row=2))
    assert [r[0].value for r in cells[:7]] == ["'" + p for p in PAYLOADS]
    assert all(r[0].data_type == "s" for r in cells)  # text, never a formula
    assert cells[0][1].value == -5 and cells[0][1].data_type == "n"
    assert float(cells[0][2].value) == 3.2 and cells[0][2].data_type == "n"


def test_formula_in_the_database_is_neutralised_in_real_exports(fresh_db, tmp_path):
    con = db.shared.connection()
    con.execute(
        "UPDATE events SET title = '=HYPERLINK(\"http://x\",\"y\")' WHERE event_id = 'ilo-consultation-lao-2009-06'"
    )
    facts.refresh(con, ["ilo-consultation-lao-2009-06"])  # what every write does (atlas.ingest)
    selection = export.Selection("events", Filters(countries=("LAO",)), scope=Scope.everything())
    data = export.to_bytes(con, selection, CSV, T0).decode("utf-8")
    assert "'=HYPERLINK(" in data and ",=HYPERLINK(" not in data
    export.write(con, selection, export.FileFormat("xlsx"), tmp_path / "e.xlsx", T0)
    titles = [c.value for c in open_workbook(tmp_path / "e.xlsx").worksheets[0]["C"]]
    assert '\'=HYPERLINK("http://x","y")' in titles
    parquet = pq.read_table(exports_to_file(con, selection, "parquet", tmp_path)).to_pandas()
    assert '=HYPERLINK("http://x","y")' in set(parquet["title"])  # Parquet keeps the data as it is


def exports_to_file(con, selection, kind, folder: Path) -> Path:
    path = folder / f"out.{kind}"
    export.write(con, selection, export.FileFormat(kind), path, T0)
    return path


# --- the three formats --------------------------------------------------------------------------


def test_xlsx_has_typed_cells_frozen_header_and_manifest(seed_con, tmp_path):
    selection = export.Selection("events", Filters(countries=("LAO",)), scope=Scope.everything())
    path = exports_to_file(seed_con, selection, "xlsx", tmp_path)
    book = open_workbook(path)
    assert book.sheetnames == ["events", "manifest"]
    sheet = book["events"]
    assert sheet.freeze_panes == "A2"
    header = [c.value for c in sheet[1]]
    rows = {r[0].value: dict(zip(header, r, strict=True)) for r in sheet.iter_rows(min_row=2)}
    assert len(rows) == 4
    lao = rows["ilo-consultation-lao-2009-06"]
    assert lao["participants_total"].value == 29 and isinstance(
        lao["participants_total"].value, int
    )
    assert lao["start_date"].value == dt.datetime(2009, 6, 1) and lao["start_date"].is_date
    assert lao["start_date"].number_format == "yyyy-mm-dd"
    assert lao["participants_at_least"].value is False
    assert lao["end_date"].value is None
    manifest = manifest_of(book)
    assert manifest["rows"] == 4
    assert manifest["filters: query string"] == "table=events&country=LAO"
    assert manifest["database: schema_version"] >= 3
    assert manifest["generated at"] == "2026-11-24T12:00:00Z"
    # Nothing in the file depends on the clock, so the same export has the same bytes.
    with zipfile.ZipFile(path) as archive:
        assert {m.date_time for m in archive.infolist()} == {(2026, 11, 24, 12, 0, 0)}
        core = archive.read("docProps/core.xml").decode()
    assert core.count("2026-11-24T12:00:00Z") == 2  # created and modified


def test_parquet_round_trips_with_its_manifest(seed_con, tmp_path):
    selection = export.Selection(
        "events_by_country", Filters(countries=("LAO",)), scope=Scope.everything()
    )
    path = exports_to_file(seed_con, selection, "parquet", tmp_path)
    table = pq.read_table(path)
    assert plain(table.to_pandas()) == plain(export.frame(seed_con, selection))
    assert str(table.schema.field("start_date").type) == "date32[day]"
    assert str(table.schema.field("LAO").type) == "int32"
    manifest = json.loads(pq.read_metadata(path).metadata[b"outcome_atlas_manifest"])
    assert manifest["rows"] == 4 and manifest["table"] == "events_by_country"


def test_excel_csv_has_a_byte_order_mark_and_semicolons(seed_con):
    data = export.to_bytes(
        seed_con,
        export.Selection("events", scope=Scope.everything()),
        export.FileFormat("csv", ";", True),
        T0,
    )
    assert data.startswith(b"\xef\xbb\xbfevent_id;project_id;title;")
    plain_csv = export.to_bytes(
        seed_con, export.Selection("events", scope=Scope.everything()), CSV, T0
    )
    assert plain_csv.startswith(b"event_id,project_id,title,")


def test_xlsx_refuses_more_rows_than_a_sheet_holds(seed_con, tmp_path, monkeypatch):
    monkeypatch.setattr(export.xlsx, "EXCEL_MAX_ROWS", 16)  # the limit write() reads
    with pytest.raises(export.ExportError, match="17 rows; an Excel sheet holds at most 16"):
        export.write(
            seed_con,
            export.Selection("events", scope=Scope.everything()),
            export.FileFormat("xlsx"),
            tmp_path / "x.xlsx",
            T0,
        )
    assert list(tmp_path.iterdir()) == []  # nothing half-written is left behind


# --- manifest, names, dictionary ---------------------------------------------------------------


def test_a_funders_manifest_names_the_funder_as_the_data_do(seed_con):
    # the scope in words names the organisation, not its id ("diakonia")
    selection = export.Selection("events", scope=Scope.of_funder("diakonia"))
    manifest = export.describe_export(seed_con, selection, CSV, T0)
    assert manifest["scope"] == {
        "funder": "diakonia",
        "in words": "the projects funded by Diakonia, their events, participation, outcomes "
        "and sources",
    }


def test_manifest_link_reproduces_the_rows(seed_con):
    selection = export.Selection(
        "events",
        Filters(date_from=dt.date(2009, 1, 1), countries=("LAO", "THA")),
        "work",
        scope=Scope.everything(),
    )
    manifest = export.describe_export(seed_con, selection, CSV, T0)
    assert manifest["link"] == "/data?table=events&from=2009-01-01&country=LAO,THA&q=work"
    assert manifest["rows"] == export.count(seed_con, selection)
    assert (
        manifest["filters"]["in words"]
        == 'dates 2009-01-01 to …; country: LAO, THA; text contains "work"'
    )
    again, problems = export.selection_from_query(
        "events",
        manifest["link"].split("?", 1)[1],
        None,
        export.filter_choices(seed_con, Scope.everything()),
        Scope.everything(),
    )
    assert problems == [] and again == selection
    assert manifest["scope"] == {"funder": None, "in words": "the whole database"}
    assert (
        manifest["database"]["schema_version"] >= 3
        and len(manifest["database"]["data_version"]) == 16
    )
    assert [c["column"] for c in manifest["columns"]][:3] == ["event_id", "project_id", "title"]


def test_data_version_changes_when_the_data_do(fresh_db):
    con = db.shared.connection()
    before = export.database_version(con.cursor())
    con.execute(
        "UPDATE events SET participants_total = 30 WHERE event_id = 'ilo-consultation-lao-2009-06'"
    )
    after = export.database_version(con.cursor())
    assert before["schema_version"] == after["schema_version"]
    assert before["data_version"] != after["data_version"]


def test_file_names_say_what_they_hold():
    selection = export.Selection(
        "events",
        Filters(
            date_from=dt.date(2014, 1, 1), date_to=dt.date(2018, 12, 31), countries=("THA", "KHM")
        ),
        scope=Scope.everything(),
    )
    assert (
        export.file_name(selection, CSV, dt.date(2026, 11, 24))
        == "atlas-events-2014-2018-KHM-THA-2026-11-24.csv"
    )
    wide = export.Selection(
        "events_by_country",
        Filters(date_from=dt.date(2009, 6, 15)),
        "a/b",
        scope=Scope.everything(),
    )
    assert (
        export.file_name(wide, export.FileFormat("csv", ";", True), dt.date(2026, 1, 2))
        == "atlas-events-by-country-from-2009-06-15-search-2026-01-02-semicolon-excel.csv"
    )
    assert (
        export.manifest_file_name("atlas-events-2026-11-24.csv")
        == "atlas-events-2026-11-24.manifest.json"
    )


def test_dictionary_is_generated_from_the_schema_comments(fresh_db):
    con = db.shared.connection()
    for table in export.TABLES:
        entries = export.dictionary(con, export.Selection(table, scope=Scope.everything()))
        assert entries["meaning"].str.len().min() > 0, table
    events = export.dictionary(con, export.Selection("events", scope=Scope.everything())).set_index(
        "column"
    )
    assert events.loc["participants_total", "unit"] == "people"
    assert events.loc["participants_total", "type"] == "INTEGER (whole number)"
    assert "workshop" in events.loc["event_type", "allowed values"]
    assert events.loc["country_iso3", "links to"] == "countries.iso3"
    # A new comment in the catalogue is what the dictionary shows: nothing is copied by hand.
    con.execute("COMMENT ON COLUMN events.city IS 'Town or city. Unit: places.'")
    city = (
        export.dictionary(con, export.Selection("events", scope=Scope.everything()))
        .set_index("column")
        .loc["city"]
    )
    assert (city["meaning"], city["unit"]) == ("Town or city.", "places")


# --- command line = page ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kind,extra", [("csv", []), ("csv", ["--sep", ";", "--excel"]), ("xlsx", []), ("parquet", [])]
)
def test_command_line_writes_the_same_bytes_as_the_page(seed_con, tmp_path, kind, extra):
    selection = export.Selection(
        "events_by_country",
        Filters(countries=("LAO",), date_from=dt.date(2009, 1, 1)),
        scope=Scope.everything(),
    )
    fmt = export.FileFormat(kind, sep=";" if ";" in extra else ",", excel="--excel" in extra)
    page_bytes = export.to_bytes(seed_con, selection, fmt, T0)
    out = tmp_path / f"cli.{kind}"
    code = export_cli.main(
        [
            "events_by_country",
            "--format",
            kind,
            *extra,
            "--query",
            "country=LAO&from=2009",
            "--generated-at",
            "2026-11-24T12:00:00Z",
            "-o",
            str(out),
        ]
    )
    assert code == 0
    assert out.read_bytes() == page_bytes
    if kind == "csv":
        manifest = json.loads((tmp_path / "cli.manifest.json").read_text(encoding="utf-8"))
        assert manifest == export.describe_export(seed_con, selection, fmt, T0)


def test_command_line_refuses_a_query_it_does_not_understand(tmp_path, capsys):
    out = tmp_path / "x.csv"
    assert export_cli.main(["events", "--query", "country=XXX", "-o", str(out)]) == 2
    assert "'XXX'" in capsys.readouterr().err
    assert not out.exists()


# --- the Data page ------------------------------------------------------------------------------


def url(at: AppTest, key: str) -> list[str] | None:
    """A URL key's values after the run (AppTest gives a string or a list)."""
    value = at.query_params.get(key)
    return None if value is None else [value] if isinstance(value, str) else list(value)


def data_page(**query: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    for key, value in query.items():
        at.query_params[key] = value
    at.switch_page("app_pages/data.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_data_page_shows_the_count_preview_dictionary_and_downloads():
    at = data_page()
    assert at.metric[0].value == "17"
    assert "All 17 rows:" in [shown(c.value) for c in at.caption]
    assert at.dataframe[0].value.shape[0] == 17
    dictionary = at.dataframe[1].value.set_index("column")
    assert dictionary.loc["participants_total", "unit"] == "people"
    labels = [b.label for b in at.get("download_button")]
    assert labels == ["Download CSV", "Download manifest (JSON)"]
    assert url(at, "table") == ["events"]


def test_data_page_follows_the_filters_table_and_search_of_a_link():
    at = data_page(country="LAO", table="events_by_country")
    assert at.metric[0].value == "4"
    assert at.selectbox(key="data_table").value == "events_by_country"
    assert "LAO" in at.dataframe[0].value.columns
    at.text_input(key="data_search").input("consultation").run()
    assert at.metric[0].value == "1"
    assert url(at, "q") == ["consultation"]
    assert url(at, "country") == ["LAO"]


def test_data_page_says_when_a_link_names_no_table():
    at = data_page(table="nope")
    assert any("'nope'" in shown(w.value) for w in at.warning)
    assert at.metric[0].value == "17"
