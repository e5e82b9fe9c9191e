"""What a report says about itself: its title and the lines under it, the filters in words, the
link and the command that make it again, the manifest page and its file name. A mixin of the
content assembly (content._Assembly), which holds the request, the names and the connection."""

from __future__ import annotations

import datetime as dt
import os
import shlex
from urllib.parse import urlencode

import pandas as pd

from atlas import countries, export, labels
from atlas.filters import Filters
from atlas.report import wording
from atlas.report.model import Request

LIST_LIMIT = 50  # rows of a list (events, outcomes, changes) before it says how many more there are
APP = "Outcome Atlas"


class Describing:
    """The report's words about itself; mixed into content._Assembly."""

    def _more(self, more: int, kind: str, table: str) -> str:
        return (
            f"{more:,} more {kind} are not listed here, to keep the report readable. The Data page's export "
            f"has every one: {self.data_link(table)} (or: {self.export_command(table)})."
        )

    def data_link(self, table: str) -> str:
        return export.Selection(table, self.view, scope=self.request.scope).link()

    def export_command(self, table: str) -> str:
        return export.Selection(table, self.view, scope=self.request.scope).command(
            export.FileFormat("csv")
        )

    def title(self) -> str:
        req = self.request
        if req.funder:
            return f"{APP} report: {self.names['funders'][req.funder]}"
        if req.project:
            return f"{APP} report: {self.names['projects'][req.project]}"
        return f"{APP} report: " + ("all records" if self.view.is_empty else "a filtered view")

    def lines(self, per_year: pd.DataFrame) -> list[str]:
        req, f = self.request, self.view
        if f.date_from or f.date_to:
            period = (
                f"{wording.day(f.date_from)} to {wording.day(f.date_to)}"
                if f.date_from and f.date_to
                else f"from {wording.day(f.date_from)}"
                if f.date_from
                else f"up to {wording.day(f.date_to)}"
            )
            period = "Period: events of " + period
        else:
            years = per_year["year"].dropna()
            undated = int(per_year.loc[per_year["year"].isna(), "events"].sum())
            period = (
                "Period: no date range set"
                + (
                    f"; the events are dated {int(years.min())}"
                    + (f" to {int(years.max())}" if years.max() != years.min() else "")
                    if len(years)
                    else "; no event is dated"
                )
                + (f", and {undated:,} undated" if undated else "")
            )
        if req.funder:
            for_whom = f"Prepared for: {self.names['funders'][req.funder]}, for the projects and events it funded"
        elif req.project:
            for_whom = (
                f"Prepared for: the project {self.names['projects'][req.project]} and its funders"
            )
        else:
            for_whom = "Prepared for: the network and its partners (not limited to one funder)"
        if req.by:
            for_whom += f"; requested by {req.by}"
        return [
            period,
            for_whom,
            "Filters: " + self.filters_in_words(),
            "Generated: " + self.generated_at.strftime("%Y-%m-%d %H:%M UTC"),
        ]

    def filters_in_words(self) -> str:
        f = self.view
        if f.is_empty:
            return "none (all records)"
        parts = []
        if f.date_from or f.date_to:
            parts.append(f"dates {f.date_from or 'any'} to {f.date_to or 'any'}")
        if f.countries:
            parts.append("countries " + ", ".join(countries.display_name(c) for c in f.countries))
        if f.event_types:
            parts.append("event types " + ", ".join(labels.event_type(t) for t in f.event_types))
        if f.projects:
            parts.append(
                "projects " + ", ".join(self.names["projects"].get(p, p) for p in f.projects)
            )
        if f.funders:
            parts.append("funders " + ", ".join(self.names["funders"].get(p, p) for p in f.funders))
        if f.organisations:
            parts.append("organisations " + ", ".join(f.organisations))
        return "; ".join(parts)

    def page_link(self) -> str:
        """The page showing this view: on $ATLAS_BASE_URL when set, else relative to the app's address."""
        base = os.environ.get("ATLAS_BASE_URL", "").rstrip("/")
        query = urlencode(self.view.to_query(), safe=",")
        page = "/funders" if self.request.funder else "/"
        return f"{base}{page}" + (f"?{query}" if query else "")

    def command(self) -> str:
        req = self.request
        args = ["python", "-m", "atlas.report"]
        if req.funder:
            args += ["--funder", req.funder]
        if req.project:
            args += ["--project", req.project]
        rest = self.others.replace(projects=()) if req.project else self.others
        query = urlencode(rest.to_query(), safe=",")
        if query:
            args += ["--query", query]
        if req.since:
            args += ["--since", req.since.isoformat()]
        return shlex.join(args + ["--format", "pdf"])

    def manifest(self) -> list[tuple[str, str]]:
        req = self.request
        cur = self.con.cursor()
        try:
            version = export.database_version(cur)
        finally:
            cur.close()
        kind = (
            "Funder report: " + self.names["funders"][req.funder]
            if req.funder
            else "Project report: " + self.names["projects"][req.project]
            if req.project
            else "All records"
            if self.view.is_empty
            else "A filter state"
        )
        rows = [
            ("Report", kind),
            ("Filters in words", self.filters_in_words()),
            ("Scope", self.request.scope.describe()),
            ("Query string", urlencode(self.view.to_query(), safe=",") or "(none)"),
            (
                "Link that reproduces the view",
                self.page_link()
                + (
                    ""
                    if os.environ.get("ATLAS_BASE_URL")
                    else " (after the app's address; ATLAS_BASE_URL makes it whole)"
                ),
            ),
            (
                "Command that makes this report again",
                self.command() + " -o FILE (or --format docx)",
            ),
        ]
        if req.since:
            rows.append(("What changed since", req.since.isoformat()))
        rows += [
            (
                "Data version",
                f"schema version {version['schema_version']}, data fingerprint {version['data_version']}",
            ),
            ("Generated at (UTC)", self.generated_at.strftime("%Y-%m-%d %H:%M:%S UTC")),
            ("Generated by", (req.by + " via " if req.by else "") + req.origin),
            (
                "Lists",
                f"At most {LIST_LIMIT} rows each; a longer list says how many more rows there are and "
                "where the Data page exports them all.",
            ),
            (
                "Evidence",
                "Every figure has a numbered note; the notes quote the source's sentences verbatim.",
            ),
            (
                "Fonts",
                "Noto Sans (Latin, Vietnamese), Noto Sans Thai, Khmer, Myanmar and Lao, under the "
                "SIL Open Font Licence 1.1",
            ),
        ]
        return rows

    def file_stem(self) -> str:
        return file_stem(self.request, self.generated_at.date())


def views(request: Request) -> tuple[Filters, Filters]:
    """The filters within which a funder's work is counted (all but the funder filter), and the
    view the report shows. A funder's report is the Funders page: the funder, within the other
    filters; a project's is the filters narrowed to that project."""
    filters = request.filters
    if request.project is not None:
        filters = filters.replace(projects=(request.project,))
    if request.funder is not None:
        return filters.replace(funders=()), filters.replace(funders=(request.funder,))
    return filters, filters


def file_stem(request: Request, today: dt.date) -> str:
    """A file name that says what the report holds: atlas-report-diakonia-2026-11-30,
    atlas-report-view-LAO-2026-11-30 (no extension)."""
    view = views(request)[1]
    who = request.funder or request.project or ("all" if view.is_empty else "view")
    # The export's naming of a filter state: atlas-events-<filters>-<date>.csv.
    named = export.file_name(
        export.Selection("events", view, scope=request.scope), export.FileFormat("csv"), today
    )
    rest = named.removeprefix("atlas-events-").removesuffix(".csv")
    return f"atlas-report-{rest}" if who in rest else f"atlas-report-{who}-{rest}"
