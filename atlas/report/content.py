"""What a report says, as plain data: sections of paragraphs, key figures, tables and charts, the
numbered evidence notes and the manifest. The PDF and Word writers only lay this out, so the two
files cannot differ in a number, a label or a note.

Every number comes from a named query (queries/) run through atlas.queries with the filter
state's bound parameters, the queries the pages run: the Overview's and the Funders page's
headline, participants by home country with the part not broken down, host countries, events per
year, outcomes by type. Whatever narrows those parameters (a signed-in funder's scope) narrows
the report with them. Lists are limited in SQL (LIST_LIMIT rows, with the full count), so a
report over a million events reads a few hundred rows.
"""

from __future__ import annotations

import datetime as dt
import os
import shlex
from collections.abc import Mapping
from urllib.parse import urlencode

import duckdb
import pandas as pd

from atlas import countries, dates, export, funders, labels, queries, sources
from atlas.filters import Filters
from atlas.report import wording
from atlas.report.model import (  # noqa: F401 (the model's names are read as content.X too)
    Chart,
    KeyFigure,
    KeyFigures,
    Note,
    Paragraph,
    Report,
    ReportError,
    Request,
    Section,
    Table,
)

LIST_LIMIT = 50  # rows of a list (events, outcomes, changes) before it says how many more there are
CHART_BARS = 30  # home countries drawn in the chart; its table lists them all
APP = "Outcome Atlas"


# --- assembling ------------------------------------------------------------------------------


class _Notes:
    """Hands out note numbers in the order the notes are made."""

    def __init__(self) -> None:
        self.notes: list[Note] = []

    def add(self, about: str, **kw: object) -> Note:
        note = Note(len(self.notes) + 1, about, **kw)  # type: ignore[arg-type]
        self.notes.append(note)
        return note


class _Assembly:
    def __init__(
        self, con: duckdb.DuckDBPyConnection, request: Request, generated_at: dt.datetime
    ) -> None:
        self.con = con
        self.request = request
        self.generated_at = generated_at
        self.notes = _Notes()
        self.names = {
            "projects": dict(
                self._run("filters/projects")[["project_id", "name"]].itertuples(index=False)
            ),
            "funders": dict(
                self._run("filters/funders")[["org_id", "name"]].itertuples(index=False)
            ),
        }
        if request.funder is not None and request.funder not in self.names["funders"]:
            raise ReportError(
                f"No funder with id {request.funder!r}. Funders: "
                + wording.choices(self.names["funders"])
                + "."
            )
        if request.project is not None and request.project not in self.names["projects"]:
            raise ReportError(
                f"No project with id {request.project!r}. Projects: "
                + wording.choices(self.names["projects"])
                + "."
            )
        self.others, self.view = views(request)

    # Every number of the report comes through here: a named query with the filter state's bound
    # parameters (and whatever scope the query layer adds to them).
    def _run(self, name: str, filters: Filters | None = None, **params: object) -> pd.DataFrame:
        merged = (filters.sql_params() if filters is not None else {}) | params
        return queries.run(name, scope=self.request.scope, con=self.con, **merged)

    # -- the parts, in the order they are printed --

    def build(self) -> Report:
        req, view = self.request, self.view
        head = self._run("overview/headline", view).iloc[0]
        if int(head["events"]) == 0:
            raise ReportError(
                "No event matches this selection ("
                + self.filters_in_words()
                + "): there is nothing to report. Widen the dates or clear a filter."
            )
        remainder = self._run("participation/not_broken_down", view).iloc[0]
        by_country = self._run("participation/by_country", view)
        hosts = self._run("countries/hosts", view)
        per_year = self._run("events/by_year_type", view)
        outcome_types = self._run("outcomes/by_type", view)
        events = self._run("report/events", view, limit=LIST_LIMIT)
        outcomes = self._run("outcomes/list", view, limit=LIST_LIMIT)
        summary = (
            self._run("funders/summary", self.others, funder=req.funder).iloc[0]
            if req.funder
            else None
        )
        # One row per project the funder funds (far fewer than events); the first LIST_LIMIT are listed.
        projects = (
            self._run("funders/projects", self.others, funder=req.funder) if req.funder else None
        )
        self.more_projects = max(len(projects) - LIST_LIMIT, 0) if projects is not None else 0
        projects = projects.head(LIST_LIMIT) if projects is not None else None

        # Notes in the order the report shows them: funding (a funder's report), the figures' notes
        # (their text names the record notes, numbered after them), events, outcomes.
        n_events, n_outcomes = int(head["events"]), int(head["outcomes"])
        funding_notes = []
        if projects is not None:
            for row in projects.itertuples(index=False):
                funding_notes.append(
                    self.notes.add(
                        f"Funding of {row.name}",
                        source=row.source,
                        source_path=row.source_path,
                        sentences=sources.sentences(row.funding_quote),
                    )
                )
        figure_notes = {
            key: self.notes.add(about)
            for key, about in (
                ("events", "Events"),
                ("participants", "Participants"),
                ("countries", "Countries of origin"),
                ("outcomes", "Outcomes"),
                ("home", "Participants by home country (chart and table)"),
                ("hosts", "Host countries"),
                ("per_year", "Events per year, by type (chart)"),
                ("by_type", "Outcomes by type (chart)"),
            )
        }
        event_notes = [self._event_note(row) for row in events.itertuples(index=False)]
        outcome_notes = [
            self.notes.add(
                row.title,
                source=row.source_title,
                source_path=row.path_or_url,
                sentences=sources.sentences(row.source_quote),
            )
            for row in outcomes.itertuples(index=False)
        ]
        self._explain(
            figure_notes, head, remainder, event_notes, outcome_notes, n_events, n_outcomes
        )

        sections = [
            Section(
                "Summary",
                self._summary(
                    head, remainder, by_country, summary, figure_notes, projects, funding_notes
                ),
            ),
            Section("Reach", self._reach(head, remainder, by_country, hosts, figure_notes)),
            Section("Events", self._events(per_year, events, event_notes, figure_notes, n_events)),
            Section(
                "Outcomes",
                self._outcomes(outcome_types, outcomes, outcome_notes, figure_notes, n_outcomes),
            ),
        ]
        if req.since is not None:
            sections.append(
                Section(f"What changed since {wording.day(req.since)}", self._changes())
            )
        return Report(
            title=self.title(),
            lines=self.lines(per_year),
            sections=sections,
            notes=self.notes.notes,
            manifest=self.manifest(),
            file_stem=self.file_stem(),
            generated_at=self.generated_at,
            author=req.by or APP,
        )

    def _event_note(self, row) -> Note:
        said = sources.sentences(row.source_quote)
        for quote in row.participation_quotes:
            for sentence in sources.sentences(quote):
                if sentence not in said and not any(sentence in s for s in said):
                    said.append(sentence)
        return self.notes.add(
            row.title, source=row.source, source_path=row.source_path, sentences=said
        )

    def _explain(
        self,
        notes: Mapping[str, Note],
        head,
        remainder,
        event_notes: list[Note],
        outcome_notes: list[Note],
        n_events: int,
        n_outcomes: int,
    ) -> None:
        ev = wording.note_span(event_notes[0].number, event_notes[-1].number) if event_notes else ""
        oc = (
            wording.note_span(outcome_notes[0].number, outcome_notes[-1].number)
            if outcome_notes
            else ""
        )
        listed = (
            f" The first {len(event_notes):,} of the {n_events:,} events are listed with their sentences "
            f"({ev}); the Data page's export of events has every one with its source and sentence: "
            f"{self.data_link('events')}"
            if len(event_notes) < n_events
            else f" Each event's report and sentence: {ev}."
        )
        listed_outcomes = (
            f" The first {len(outcome_notes):,} of the {n_outcomes:,} outcomes are listed with their "
            f"sentences ({oc}); the Data page's export of outcomes has them all: "
            f"{self.data_link('outcomes')}"
            if len(outcome_notes) < n_outcomes
            else (f" Each outcome's report and sentence: {oc}." if oc else "")
        )
        without = int(head["events_without_count"])
        notes["events"].explanation = (
            f"The {wording.count(n_events, 'event record')} this selection holds." + listed
        )
        notes["participants"].explanation = (
            "The sum of the participant totals the reports state for these events"
            + (f"; {without:,} of them give no count" if without else "")
            + (
                "; some totals are lower bounds ('more than N'), so the sum is too"
                if int(head["participants_at_least_events"])
                else ""
            )
            + "."
            + listed
        )
        notes["countries"].explanation = (
            "Home countries of participants the reports name at these events, with "
            "or without a count." + listed
        )
        notes["outcomes"].explanation = (
            "Outcomes of these events, and of their projects as a whole." + listed_outcomes
        )
        notes["home"].explanation = (
            "The counts by home country the reports state, summed over these events; a country named "
            "without a count is listed without a number. 'Not broken down by country' is the part of the "
            f"stated totals no country count accounts for ({int(remainder['participants']):,})."
            + listed
        )
        notes["hosts"].explanation = (
            "The country each event was held in, as its report names the place." + listed
        )
        notes["per_year"].explanation = (
            "Events by the year their report dates them and by type; undated events "
            "are counted under the chart." + listed
        )
        notes["by_type"].explanation = (
            "Outcomes of these events and of their projects, by type." + listed_outcomes
        )

    def _summary(
        self, head, remainder, by_country, summary, notes, projects, funding_notes
    ) -> list[object]:
        req = self.request
        blocks: list[object] = []
        if int(self._run("sources/synthetic").iloc[0]["synthetic_sources"]):
            blocks.append(
                Paragraph("Synthetic data: generated by atlas.synth, not real events.", "warning")
            )
        filtered = (
            not self.others.replace(projects=()).is_empty
            if req.project
            else not self.others.is_empty
        )
        if summary is not None:
            sentence = funders.summary_sentence(
                self.names["funders"][req.funder], summary, filtered=filtered
            )
        else:
            row = {
                "events": head["events"],
                "participants": head["participants"],
                "at_least_events": head["participants_at_least_events"],
                "events_with_count": int(head["events"]) - int(head["events_without_count"]),
                "events_without_count": head["events_without_count"],
                "countries": head["countries_of_origin"],
                "stated": int(by_country["participants"].fillna(0).sum()),
                "not_broken_down": remainder["participants"],
                "outcomes": head["outcomes"],
            }
            subject = (
                f"The project {self.names['projects'][req.project]} has"
                if req.project
                else "The records hold"
            )
            sentence = funders.view_sentence(subject, row, filtered=filtered)
        blocks.append(Paragraph(sentence, "summary"))
        figures = []
        if summary is not None:
            funded = int(summary["projects_funded"])
            figures.append(
                KeyFigure(
                    "Projects funded",
                    f"{funded:,}",
                    funding_notes[0].number if funding_notes else notes["events"].number,
                )
            )
        figures += [
            KeyFigure("Events", f"{int(head['events']):,}", notes["events"].number),
            KeyFigure(
                "Participants",
                wording.participants(
                    head["participants"],
                    head["participants_at_least_events"],
                    int(head["events"]) - int(head["events_without_count"]),
                ),
                notes["participants"].number,
            ),
            KeyFigure(
                "Countries of origin",
                f"{int(head['countries_of_origin']):,}",
                notes["countries"].number,
            ),
            KeyFigure("Outcomes", f"{int(head['outcomes']):,}", notes["outcomes"].number),
        ]
        blocks.append(KeyFigures(figures))
        if projects is not None and len(projects):
            blocks.append(
                Table(
                    "Projects funded",
                    ["Project", "When", "Events in view", "Participants", "Outcomes in view"],
                    [
                        [
                            row.name,
                            dates.format_range(row.start_date, row.end_date, row.date_precision)
                            if pd.notna(row.start_date)
                            else "not stated",
                            f"{int(row.events):,}",
                            ""
                            if not row.events
                            else wording.participants(row.participants, row.at_least_events),
                            f"{int(row.outcomes):,}",
                        ]
                        for row in projects.itertuples(index=False)
                    ],
                    [50, 24, 14, 16, 14],
                    notes=[n.number for n in funding_notes],
                    numeric=(2, 3, 4),
                )
            )
            if self.more_projects:
                blocks.append(
                    Paragraph(self._more(self.more_projects, "projects", "projects"), "caption")
                )
        return blocks

    def _reach(self, head, remainder, by_country, hosts, notes) -> list[object]:
        events = int(head["events"])
        blocks: list[object] = []
        captions = []
        if int(head["events_without_count"]):
            captions.append(
                f"{int(head['events_without_count']):,} of the {events:,} events give no participant count."
            )
        if self.view.countries and not pd.isna(head["participants_from_selected_countries"]):
            captions.append(
                f"{int(head['participants_from_selected_countries']):,} participants are stated to come from the "
                f"selected countries; {int(remainder['participants']):,} are not broken down by country."
            )
        elif int(remainder["participants"]):
            stated = int(by_country["participants"].fillna(0).sum())
            captions.append(
                (
                    f"{stated:,} participants are stated by home country; "
                    if stated
                    else "No participant count is stated by home country; "
                )
                + ("at least " if bool(remainder["at_least"]) else "")
                + f"{int(remainder['participants']):,} are not broken down by country."
            )
        if captions:
            blocks.append(Paragraph(" ".join(captions), "caption"))
        not_broken_down = int(remainder["participants"])
        at_least = bool(remainder["at_least"])
        if len(by_country) or not_broken_down:
            blocks.append(
                Chart(
                    "participants_by_country",
                    "Participants by home country",
                    by_country,
                    {"not_broken_down": not_broken_down, "at_least": at_least, "most": CHART_BARS},
                    notes["home"].number,
                    "Participants by home country as the reports state them, and the part not broken down by country.",
                )
            )
            if len(by_country) > CHART_BARS:
                blocks.append(
                    Paragraph(
                        f"Not drawn in the chart: {len(by_country) - CHART_BARS:,} more home "
                        "countries; the table lists them all.",
                        "caption",
                    )
                )
            rows = [
                [row.country, wording.home_text(row), f"{int(row.events):,}"]
                for row in by_country.itertuples(index=False)
            ]
            if not_broken_down:
                rows.append(
                    [
                        "Not broken down by country",
                        ("at least " if at_least else "") + f"{not_broken_down:,}",
                        "",
                    ]
                )
            blocks.append(
                Table(
                    "Home countries of participants",
                    ["Home country", "Participants (as stated in the reports)", "Events naming it"],
                    rows,
                    [40, 60, 20],
                    numeric=(2,),
                )
            )
        else:
            blocks.append(
                Paragraph(
                    "The reports give no participant count or home country for these events.",
                    "caption",
                )
            )
        host_rows = [
            [
                row.country if isinstance(row.country, str) else "No place named",
                f"{int(row.events):,}",
                wording.participants(
                    row.participants, row.at_least_events, 0 if pd.isna(row.participants) else 1
                ),
            ]
            for row in hosts.itertuples(index=False)
        ]
        blocks.append(
            Table(
                "Host countries",
                ["Host country", "Events", "Participants (stated totals)"],
                host_rows,
                [50, 20, 40],
                numeric=(1, 2),
            )
        )
        blocks.append(
            Paragraph(
                f"Sources: {wording.note_span(notes['home'].number, notes['home'].number)} (home countries), "
                f"{wording.note_span(notes['hosts'].number, notes['hosts'].number)} (host countries).",
                "caption",
                (notes["home"].number, notes["hosts"].number),
            )
        )
        return blocks

    def _events(self, per_year, events, event_notes, notes, n_events) -> list[object]:
        blocks: list[object] = [
            Chart(
                "events_per_year",
                "Events per year, by type",
                per_year,
                {},
                notes["per_year"].number,
                "Events per year by type, as their reports date them.",
            )
        ]
        undated = int(per_year.loc[per_year["year"].isna(), "events"].sum())
        if undated:
            blocks.append(
                Paragraph(
                    f"Not shown in the chart: {undated:,} event(s) whose report gives no date.",
                    "caption",
                )
            )
        rows = [
            [
                dates.format_range(r.start_date, r.end_date, r.date_precision),
                r.title,
                wording.where(r.city, r.host),
                labels.participants(r.participants_total, r.participants_at_least),
                "; ".join(r.origins),
            ]
            for r in events.itertuples(index=False)
        ]
        blocks.append(
            Table(
                "Events",
                ["When", "Event", "Where", "Participants", "Home countries"],
                rows,
                [21, 39, 20, 17, 25],
                notes=[n.number for n in event_notes],
                numeric=(3,),
            )
        )
        if len(events) < n_events:
            blocks.append(
                Paragraph(self._more(n_events - len(events), "events", "events"), "caption")
            )
        return blocks

    def _outcomes(self, outcome_types, outcomes, outcome_notes, notes, n_outcomes) -> list[object]:
        if not n_outcomes:
            return [
                Paragraph("No outcome is recorded for these events or their projects.", "caption")
            ]
        blocks: list[object] = [
            Chart(
                "outcomes_by_type",
                "Outcomes by type",
                outcome_types,
                {},
                notes["by_type"].number,
                "Outcomes by type.",
            )
        ]
        rows = [
            [
                labels.outcome_type(r.outcome_type),
                r.title,
                labels.quantity(r.quantity, r.unit),
                r.event if isinstance(r.event, str) else f"{r.project} (the project as a whole)",
            ]
            for r in outcomes.itertuples(index=False)
        ]
        blocks.append(
            Table(
                "Outcomes",
                ["Type", "Outcome", "Quantity", "From"],
                rows,
                [22, 44, 18, 38],
                notes=[n.number for n in outcome_notes],
            )
        )
        if len(outcomes) < n_outcomes:
            blocks.append(
                Paragraph(self._more(n_outcomes - len(outcomes), "outcomes", "outcomes"), "caption")
            )
        return blocks

    def _changes(self) -> list[object]:
        since = self.request.since
        changes = self._run("report/changes", self.view, since=since, limit=LIST_LIMIT)
        if changes.empty:
            return [
                Paragraph(
                    f"No event or outcome of this selection was added or changed on or after {wording.day(since)}, as far as "
                    "the audit trail records (it holds the changes made on the Manage and Review pages and by imports; "
                    "records loaded from the seed with atlas.db build are not in it). Deleted records are not listed.",
                    "caption",
                )
            ]
        events, outcomes = (
            int(changes["matching_events"].iloc[0]),
            int(changes["matching_outcomes"].iloc[0]),
        )
        blocks: list[object] = [
            Paragraph(
                f"Since {wording.day(since)}, {wording.count(events, 'event')} and {wording.count(outcomes, 'outcome')} of this selection "
                "were added or changed, as the audit trail records (a change to an event's participants by country "
                "or to its organisations counts as a change of the event). Deleted records are not listed.",
                "body",
            )
        ]
        rows = [
            [
                ("Event" if r.kind == "event" else "Outcome"),
                r.title,
                "added" if r.added else "changed",
                pd.Timestamp(r.last_change).strftime("%Y-%m-%d"),
                f"{int(r.changes):,}",
            ]
            for r in changes.itertuples(index=False)
        ]
        blocks.append(
            Table(
                "Added or changed",
                ["Kind", "Record", "Added or changed", "Last change (UTC)", "Changes"],
                rows,
                [14, 54, 18, 20, 12],
                numeric=(4,),
            )
        )
        if len(changes) < events + outcomes:
            blocks.append(
                Paragraph(
                    f"The latest {len(changes):,} of {events + outcomes:,} are listed; the History "
                    "page has every change.",
                    "caption",
                )
            )
        return blocks

    # -- words, links and names --

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


def assemble(
    con: duckdb.DuckDBPyConnection, request: Request, generated_at: dt.datetime | None = None
) -> Report:
    """The report for `request`, from the database behind `con`. Raises ReportError for an unknown
    funder or project or a selection with no event."""
    generated_at = (generated_at or export.now()).astimezone(dt.UTC)
    return _Assembly(con, request, generated_at).build()
