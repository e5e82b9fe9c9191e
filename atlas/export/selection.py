"""What to export: the tables of the Data page (`TABLES`), a selection of one of them (filters
and a text search, read from a link's query string by `selection_from_query`), and the file
format. A selection or format that cannot be exported raises ExportError with the reason."""

from __future__ import annotations

import os
import shlex
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlencode

import duckdb

from atlas import queries
from atlas.access import Scope
from atlas.filters import Choices, Filters
from atlas.i18n import DEFAULT, N_, translator
from atlas.schema import describe


class ExportError(Exception):
    """A selection that cannot be written in the chosen format; the message is for the user."""


@dataclass(frozen=True)
class ExportTable:
    name: str  # the key in links and on the command line
    title: str  # what the Data page calls it
    query: str  # the named query in queries/data/
    columns_from: str  # the schema table whose column comments describe its columns
    which: str  # which rows the filters select, in the users' words (the query's rule)
    by_country: bool = False  # one column per home country is added (see relation)


TABLES: dict[str, ExportTable] = {
    t.name: t
    for t in (
        ExportTable(
            "events", N_("Events"), "data/events", "events", N_("The events the filters select.")
        ),
        ExportTable(
            "events_by_country",
            N_("Events with participants by country"),
            "data/events_by_country",
            "events",
            N_(
                "One row per event the filters select, one column per home country named at those "
                "events with the count the source states (empty where it names the country without "
                "a count), and the participants not broken down by country."
            ),
            by_country=True,
        ),
        ExportTable(
            "participation",
            N_("Participation by home country"),
            "data/participation",
            "participation",
            N_(
                "Home countries of participants at the events the filters select; with a country "
                "filter, only those countries."
            ),
        ),
        ExportTable(
            "outcomes",
            N_("Outcomes"),
            "data/outcomes",
            "outcomes",
            N_("Outcomes of the events the filters select, and of their projects as a whole."),
        ),
        ExportTable(
            "organisations",
            N_("Organisations"),
            "data/organisations",
            "organisations",
            N_(
                "With no filter set, every organisation; otherwise those with a role in a selected "
                "event or that lead, fund or partner its project."
            ),
        ),
        ExportTable(
            "projects",
            N_("Projects"),
            "data/projects",
            "projects",
            N_("With no filter set, every project; otherwise the projects of the selected events."),
        ),
        ExportTable(
            "results",
            N_("Results: targets against actuals"),
            "results/table",
            "targets",
            N_(
                "One row per target of the projects the projects, funders and organisations filters "
                "select, with its actual counted from the records; dates, countries and event types "
                "narrow what is counted, never which targets are listed."
            ),
        ),
    )
}


SEARCH_MAX = 200  # characters of a text search


@dataclass(frozen=True)
class Selection:
    """What to export: a table, the shared filters and a text search, within a scope (no default:
    a page or command says whose view it exports; Scope.everything() is the whole database)."""

    table: str
    filters: Filters = field(default_factory=Filters)
    search: str | None = None
    scope: Scope = field(kw_only=True)

    def __post_init__(self) -> None:
        if self.table not in TABLES:
            raise ExportError(f"No table {self.table!r}; choose one of: {', '.join(TABLES)}.")
        if not isinstance(self.scope, Scope):
            raise TypeError("an export's scope is an atlas.access.Scope")
        search = (self.search or "").strip() or None
        if search is not None and len(search) > SEARCH_MAX:
            raise ExportError(f"The search text is longer than {SEARCH_MAX} characters.")
        object.__setattr__(self, "search", search)

    @property
    def title(self) -> str:
        return TABLES[self.table].title

    def params(self) -> dict[str, object]:
        return self.filters.sql_params() | {"search": self.search}

    def query(self) -> dict[str, str]:
        """The URL query of the Data page showing this selection."""
        return (
            {"table": self.table}
            | self.filters.to_query()
            | ({"q": self.search} if self.search else {})
        )

    def query_string(self) -> str:
        return urlencode(self.query(), safe=",")

    def link(self) -> str:
        """The link that reproduces the view: on $ATLAS_BASE_URL when set, else app-relative."""
        base = os.environ.get("ATLAS_BASE_URL", "").rstrip("/")
        return f"{base}/data?{self.query_string()}"

    def in_words(self, lang: str = DEFAULT) -> str:
        words = self.filters.describe(lang)
        if self.search:
            words += "; " + translator(lang)._('text contains "{search}"').format(
                search=self.search
            )
        return words

    def command(self, fmt: FileFormat) -> str:
        """The command line that writes the same file."""
        args = ["python", "-m", "atlas.export", self.table, "--format", fmt.kind]
        if fmt.kind == "csv" and fmt.sep != ",":
            args += ["--sep", fmt.sep]
        if fmt.excel:
            args.append("--excel")
        if fmt.hxl:
            args.append("--hxl")
        filters = urlencode(
            self.filters.to_query() | ({"q": self.search} if self.search else {}), safe=","
        )
        if filters:
            args += ["--query", filters]
        return shlex.join(args)


@dataclass(frozen=True)
class FileFormat:
    kind: str  # csv, xlsx, parquet
    sep: str = ","  # CSV only: , or ;
    excel: bool = False  # CSV only: starts with a UTF-8 byte-order mark so Excel reads UTF-8
    hxl: bool = False  # CSV only: the HXL hashtag row under the header (atlas/export/hxl.py)

    def __post_init__(self) -> None:
        if self.kind not in ("csv", "xlsx", "parquet"):
            raise ExportError(f"No format {self.kind!r}; choose csv, xlsx or parquet.")
        if self.sep not in (",", ";"):
            raise ExportError("The CSV separator is a comma or a semicolon.")
        if self.kind != "csv" and (self.sep != "," or self.excel or self.hxl):
            raise ExportError("The separator, the Excel variant and the HXL row apply to CSV only.")

    @property
    def extension(self) -> str:
        return "." + self.kind

    @property
    def mime(self) -> str:
        return {
            "csv": "text/csv",
            "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "parquet": "application/vnd.apache.parquet",
        }[self.kind]

    def describe(self, lang: str = DEFAULT) -> dict[str, object]:
        """The file's format for the manifest: keys stay as they are (read by programs), the words
        follow `lang`."""
        _ = translator(lang)._
        if self.kind == "csv":
            described = {
                "type": "csv",
                "encoding": "UTF-8"
                + (" " + _("with byte-order mark (for Excel)") if self.excel else ""),
                "separator": self.sep,
                "header": _("first line"),
                "dates": "ISO 8601, YYYY-MM-DD",
                "empty cell": _("not stated (NULL)"),
                "booleans": "true / false",
            }
            if self.hxl:
                described["HXL"] = _(
                    "second line: the HXL hashtag of each column (hxlstandard.org; listed in the "
                    "columns below); the data start on the third line"
                )
            return described
        if self.kind == "xlsx":
            return {
                "type": "xlsx",
                "data sheet": _("first sheet, header row frozen"),
                "manifest sheet": "manifest",
                "dates": _("Excel dates (format yyyy-mm-dd)"),
                "empty cell": _("not stated (NULL)"),
            }
        return {
            "type": "parquet",
            "manifest": _("key-value metadata 'outcome_atlas_manifest' (JSON)"),
            "empty cell": "NULL",
        }


def selection_from_query(
    table: str, query: str, search: str | None, choices, scope: Scope
) -> tuple[Selection, list[str]]:
    """The selection a link's query string describes, and what in it was not understood."""
    values = parse_qs(query.lstrip("?"), keep_blank_values=False)
    problems = []
    linked_table = values.pop("table", [table])[-1]
    if linked_table != table:
        problems.append(
            f"The query names table {linked_table!r} but the command exports {table!r}."
        )
    linked_search = values.pop("q", [None])[-1]
    if search and linked_search and search != linked_search:
        problems.append("Give the text search once: --search or q= in --query.")
    filters, notices = Filters.from_query(values, choices)
    return Selection(table, filters, search or linked_search, scope=scope), problems + notices


def filter_choices(con: duckdb.DuckDBPyConnection, scope: Scope) -> Choices:
    """The ids each filter accepts within `scope`, as the filter bar offers them (countries: any
    ISO code): a link naming a project or funder outside the scope is refused, never widened."""
    event_types = describe(con, "events").columns["event_type"].allowed or ()
    return Choices(
        countries=None,
        event_types=frozenset(event_types),
        projects=frozenset(queries.run("filters/projects", scope=scope, con=con)["project_id"]),
        funders=frozenset(queries.run("filters/funders", scope=scope, con=con)["org_id"]),
        organisations=frozenset(
            queries.run("filters/organisations", scope=scope, con=con)["org_id"]
        ),
    )
