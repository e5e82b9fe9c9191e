"""Analyst exports: the tables of the Data page, their row counts, previews and data dictionary,
and the files they download as (CSV, XLSX, Parquet), each with a manifest.

No Streamlit here. The Data page and `python -m atlas.export` (`__main__.py`) call the same `write()`, so a file
made on the command line has the same bytes as one downloaded from the page, given the same
generated-at time (both take it as an argument; it is the only thing that differs between runs).

Large exports never pass through a DataFrame: DuckDB writes CSV and Parquet itself with
COPY (query) TO file, and XLSX rows are streamed from the cursor in batches into openpyxl's
write-only workbook. Every file holds exactly the rows of the selection; nothing is capped.

The package, by job: `selection` (the tables, a selection, the file format), `rows` (the rows of a
selection, their count and preview), `dictionary` (the data dictionary), `manifest` (file names
and manifests), `formulas` (the guard against formula injection), `duckdb_copy` (CSV and Parquet),
`xlsx` (the workbook), `writing` (a selection to a file or bytes), `hxl` (the HXL hashtag of each
column), `iati` (the IATI 2.03 activity file, validated against the official schema), `__main__`
(the command line).
"""

from atlas.export.dictionary import dictionary, summary, table_meaning
from atlas.export.duckdb_copy import write_csv, write_parquet
from atlas.export.formulas import neutralise
from atlas.export.manifest import (
    database_version,
    describe_export,
    file_name,
    manifest_file_name,
    manifest_json,
    now,
)
from atlas.export.rows import columns, count, frame, preview
from atlas.export.selection import (
    SEARCH_MAX,
    TABLES,
    ExportError,
    FileFormat,
    Selection,
    filter_choices,
    selection_from_query,
)
from atlas.export.writing import to_bytes, write
from atlas.export.xlsx import EXCEL_MAX_ROWS, write_xlsx

__all__ = [
    "EXCEL_MAX_ROWS",
    "SEARCH_MAX",
    "TABLES",
    "ExportError",
    "FileFormat",
    "Selection",
    "columns",
    "count",
    "database_version",
    "describe_export",
    "dictionary",
    "file_name",
    "filter_choices",
    "frame",
    "manifest_file_name",
    "manifest_json",
    "neutralise",
    "now",
    "preview",
    "selection_from_query",
    "summary",
    "table_meaning",
    "to_bytes",
    "write",
    "write_csv",
    "write_parquet",
    "write_xlsx",
]
