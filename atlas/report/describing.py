"""What a report says about itself: its title and the lines under it, the filters in words, the
link and the command that make it again, the manifest page and its file name. A mixin of the
content assembly (content._Assembly), which holds the request, the names and the connection."""

from __future__ import annotations

import datetime as dt
import os
import shlex
from urllib.parse import urlencode

import pandas as pd

from atlas import export, labels
from atlas.filters import Filters
from atlas.i18n import DEFAULT, LANGUAGES
from atlas.report import wording
from atlas.report.model import Request

LIST_LIMIT = 50  # rows of a list (events, outcomes, changes) before it says how many more there are
APP = "Outcome Atlas"


class Describing:
    """The report's words about itself; mixed into content._Assembly."""

    def _more(self, more: int, table: str) -> str:
        t = self.t
        n = wording.number(t, more)
        # One message per kind of row, so each language says its noun with the count.
        if table == "projects":
            said = t.ngettext(
                "{n} more project is not listed here, to keep the report readable.",
                "{n} more projects are not listed here, to keep the report readable.",
                more,
            )
        elif table == "events":
            said = t.ngettext(
                "{n} more event is not listed here, to keep the report readable.",
                "{n} more events are not listed here, to keep the report readable.",
                more,
            )
        else:
            said = t.ngettext(
                "{n} more outcome is not listed here, to keep the report readable.",
                "{n} more outcomes are not listed here, to keep the report readable.",
                more,
            )
        return (
            said.format(n=n)
            + " "
            + t._("The Data page's export has every one: {link} (or: {command}).").format(
                link=self.data_link(table), command=self.export_command(table)
            )
        )

    def data_link(self, table: str) -> str:
        return export.Selection(table, self.view, scope=self.request.scope).link()

    def export_command(self, table: str) -> str:
        return export.Selection(table, self.view, scope=self.request.scope).command(
            export.FileFormat("csv")
        )

    def title(self) -> str:
        req, t = self.request, self.t
        if req.funder:
            name = self.names["funders"][req.funder]
        elif req.project:
            name = self.names["projects"][req.project]
        else:
            name = t._("all records") if self.view.is_empty else t._("a filtered view")
        return t._("{app} report: {name}").format(app=APP, name=name)

    def lines(self, per_year: pd.DataFrame) -> list[str]:
        req, f, t = self.request, self.view, self.t
        if f.date_from or f.date_to:
            if f.date_from and f.date_to:
                period = t._("Period: events of {start} to {end}").format(
                    start=wording.day(t, f.date_from), end=wording.day(t, f.date_to)
                )
            elif f.date_from:
                period = t._("Period: events of from {start}").format(
                    start=wording.day(t, f.date_from)
                )
            else:
                period = t._("Period: events of up to {end}").format(end=wording.day(t, f.date_to))
        else:
            years = per_year["year"].dropna()
            undated = int(per_year.loc[per_year["year"].isna(), "events"].sum())
            if not len(years):
                dated = t._("; no event is dated")
            elif years.max() != years.min():
                dated = t._("; the events are dated {first} to {last}").format(
                    first=int(years.min()), last=int(years.max())
                )
            else:
                dated = t._("; the events are dated {first}").format(first=int(years.min()))
            undated_text = (
                t.ngettext(", and {n} undated", ", and {n} undated", undated).format(
                    n=wording.number(t, undated)
                )
                if undated
                else ""
            )
            period = t._("Period: no date range set{dated}{undated}").format(
                dated=dated, undated=undated_text
            )
        if req.funder:
            for_whom = t._("Prepared for: {funder}, for the projects and events it funded").format(
                funder=self.names["funders"][req.funder]
            )
        elif req.project:
            for_whom = t._("Prepared for: the project {project} and its funders").format(
                project=self.names["projects"][req.project]
            )
        else:
            for_whom = t._("Prepared for: the network and its partners (not limited to one funder)")
        if req.by:
            for_whom += t._("; requested by {email}").format(email=req.by)
        return [
            period,
            for_whom,
            t._("Filters: {filters}").format(filters=self.filters_in_words()),
            t._("Generated: {moment}").format(moment=wording.moment(t, self.generated_at)),
        ]

    def filters_in_words(self) -> str:
        f, t = self.view, self.t
        if f.is_empty:
            return t._("none (all records)")
        parts = []
        if f.date_from or f.date_to:
            parts.append(
                t._("dates {start} to {end}").format(
                    start=f.date_from or t._("any"), end=f.date_to or t._("any")
                )
            )
        if f.countries:
            parts.append(
                t._("countries {names}").format(
                    names=wording.joined(t, (t.country(c) for c in f.countries))
                )
            )
        if f.event_types:
            parts.append(
                t._("event types {names}").format(
                    names=wording.joined(t, (labels.event_type(e, t.lang) for e in f.event_types))
                )
            )
        if f.projects:
            parts.append(
                t._("projects {names}").format(
                    names=wording.joined(t, (self.names["projects"].get(p, p) for p in f.projects))
                )
            )
        if f.funders:
            parts.append(
                t._("funders {names}").format(
                    names=wording.joined(t, (self.names["funders"].get(p, p) for p in f.funders))
                )
            )
        if f.organisations:
            parts.append(
                t._("organisations {names}").format(names=wording.joined(t, f.organisations))
            )
        return t._("; ").join(parts)

    def page_link(self) -> str:
        """The page showing this view: on $ATLAS_BASE_URL when set, else relative to the app's address."""
        base = os.environ.get("ATLAS_BASE_URL", "").rstrip("/")
        values = dict(self.view.to_query())
        if self.t.lang != DEFAULT:
            values["lang"] = self.t.lang  # the page opens in the report's language
        query = urlencode(values, safe=",")
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
        if req.lang != DEFAULT:
            args += ["--lang", req.lang]
        return shlex.join(args + ["--format", "pdf"])

    def manifest(self) -> list[tuple[str, str]]:
        req, t = self.request, self.t
        cur = self.con.cursor()
        try:
            version = export.database_version(cur)
        finally:
            cur.close()
        if req.funder:
            kind = t._("Funder report: {name}").format(name=self.names["funders"][req.funder])
        elif req.project:
            kind = t._("Project report: {name}").format(name=self.names["projects"][req.project])
        else:
            kind = t._("All records") if self.view.is_empty else t._("A filter state")
        rows = [
            (t._("Report"), kind),
            (t._("Filters in words"), self.filters_in_words()),
            (
                t._("Scope"),
                t.text(
                    self.request.scope.describe(
                        self.names["funders"].get(self.request.scope.funder)
                    )
                ),
            ),
            (
                t._("Query string"),
                urlencode(self.view.to_query(), safe=",") or t._("(none)"),
            ),
            (
                t._("Link that reproduces the view"),
                self.page_link()
                + (
                    ""
                    if os.environ.get("ATLAS_BASE_URL")
                    else " " + t._("(after the app's address; ATLAS_BASE_URL makes it whole)")
                ),
            ),
            (
                t._("Command that makes this report again"),
                self.command() + " -o FILE " + t._("(or --format docx)"),
            ),
        ]
        if req.since:
            rows.append((t._("What changed since"), req.since.isoformat()))
        rows += [
            (
                t._("Data version"),
                t._("schema version {schema}, data fingerprint {data}").format(
                    schema=version["schema_version"], data=version["data_version"]
                ),
            ),
            (t._("Generated at (UTC)"), self.generated_at.strftime("%Y-%m-%d %H:%M:%S UTC")),
            (
                t._("Generated by"),
                t._("{email} via {origin}").format(email=req.by, origin=req.origin)
                if req.by
                else req.origin,
            ),
            (
                t._("Lists"),
                t._(
                    "At most {n} rows each; a longer list says how many more rows there are and "
                    "where the Data page exports them all."
                ).format(n=LIST_LIMIT),
            ),
            (
                t._("Evidence"),
                t._(
                    "Every figure has a numbered note; the notes quote the source's sentences "
                    "verbatim."
                ),
            ),
            (
                t._("Fonts"),
                t._(
                    "Noto Sans (Latin, Vietnamese), Noto Sans Thai, Khmer, Myanmar and Lao, under "
                    "the SIL Open Font Licence 1.1"
                ),
            ),
        ]
        if t.lang != DEFAULT:
            rows.append((t._("Language"), LANGUAGES[t.lang]))
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
    atlas-report-view-LAO-2026-11-30, and in another language than English its code before the
    date: atlas-report-all-km-2026-11-30 (no extension)."""
    view = views(request)[1]
    who = request.funder or request.project or ("all" if view.is_empty else "view")
    # The export's naming of a filter state: atlas-events-<filters>-<date>.csv.
    named = export.file_name(
        export.Selection("events", view, scope=request.scope), export.FileFormat("csv"), today
    )
    rest = named.removeprefix("atlas-events-").removesuffix(".csv")
    if request.lang != DEFAULT:
        rest = rest.removesuffix(today.isoformat()) + f"{request.lang}-{today.isoformat()}"
    return f"atlas-report-{rest}" if who in rest else f"atlas-report-{who}-{rest}"
