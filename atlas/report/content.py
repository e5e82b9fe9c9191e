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
from collections.abc import Mapping

import duckdb
import pandas as pd

from atlas import dates, export, funders, queries, sources
from atlas.filters import Filters
from atlas.i18n import N_, translator
from atlas.report import wording
from atlas.report.describing import APP, LIST_LIMIT, Describing, file_stem, views  # noqa: F401
from atlas.report.lists import Lists
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

CHART_BARS = 30  # home countries drawn in the chart; its table lists them all


# --- assembling ------------------------------------------------------------------------------


class _Notes:
    """Hands out note numbers in the order the notes are made."""

    def __init__(self) -> None:
        self.notes: list[Note] = []

    def add(self, about: str, **kw: object) -> Note:
        note = Note(len(self.notes) + 1, about, **kw)  # type: ignore[arg-type]
        self.notes.append(note)
        return note


class _Assembly(Describing, Lists):
    def __init__(
        self, con: duckdb.DuckDBPyConnection, request: Request, generated_at: dt.datetime
    ) -> None:
        self.con = con
        self.request = request
        self.generated_at = generated_at
        self.t = t = translator(request.lang)
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
                t._("No funder with id {id}. Funders: {ids}.").format(
                    id=repr(request.funder), ids=wording.choices(t, self.names["funders"])
                )
            )
        if request.project is not None and request.project not in self.names["projects"]:
            raise ReportError(
                t._("No project with id {id}. Projects: {ids}.").format(
                    id=repr(request.project), ids=wording.choices(t, self.names["projects"])
                )
            )
        self.others, self.view = views(request)

    # Every number of the report comes through here: a named query with the filter state's bound
    # parameters (and whatever scope the query layer adds to them).
    def _run(self, name: str, filters: Filters | None = None, **params: object) -> pd.DataFrame:
        merged = (filters.sql_params() if filters is not None else {}) | params
        return queries.run(name, scope=self.request.scope, con=self.con, **merged)

    # -- the parts, in the order they are printed --

    def build(self) -> Report:
        req, view, t = self.request, self.view, self.t
        head = self._run("overview/headline", view).iloc[0]
        if int(head["events"]) == 0:
            raise ReportError(
                t._(
                    "No event matches this selection ({filters}): there is nothing to report. "
                    "Widen the dates or clear a filter."
                ).format(filters=self.filters_in_words())
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
                        t._("Funding of {project}").format(project=row.name),
                        source=row.source,
                        source_path=row.source_path,
                        sentences=sources.sentences(row.funding_quote),
                    )
                )
        figure_notes = {
            key: self.notes.add(t._(about))
            for key, about in (
                ("events", N_("Events")),
                ("participants", N_("Participants")),
                ("countries", N_("Countries of origin")),
                ("outcomes", N_("Outcomes")),
                ("home", N_("Participants by home country (chart and table)")),
                ("hosts", N_("Host countries")),
                ("per_year", N_("Events per year, by type (chart)")),
                ("by_type", N_("Outcomes by type (chart)")),
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
                t._("Summary"),
                self._summary(
                    head, remainder, by_country, summary, figure_notes, projects, funding_notes
                ),
            ),
            Section(t._("Reach"), self._reach(head, remainder, by_country, hosts, figure_notes)),
            Section(
                t._("Events"), self._events(per_year, events, event_notes, figure_notes, n_events)
            ),
            Section(
                t._("Outcomes"),
                self._outcomes(outcome_types, outcomes, outcome_notes, figure_notes, n_outcomes),
            ),
        ]
        if req.since is not None:
            sections.append(
                Section(
                    t._("What changed since {day}").format(day=wording.day(t, req.since)),
                    self._changes(),
                )
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
            lang=t.lang,
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
        t = self.t
        ev = (
            wording.note_span(t, event_notes[0].number, event_notes[-1].number)
            if event_notes
            else ""
        )
        oc = (
            wording.note_span(t, outcome_notes[0].number, outcome_notes[-1].number)
            if outcome_notes
            else ""
        )
        listed = " " + (
            t._(
                "The first {shown} of the {n} events are listed with their sentences ({notes}); "
                "the Data page's export of events has every one with its source and sentence: "
                "{link}"
            ).format(
                shown=wording.number(t, len(event_notes)),
                n=wording.number(t, n_events),
                notes=ev,
                link=self.data_link("events"),
            )
            if len(event_notes) < n_events
            else t._("Each event's report and sentence: {notes}.").format(notes=ev)
        )
        listed_outcomes = (
            " "
            + t._(
                "The first {shown} of the {n} outcomes are listed with their sentences ({notes}); "
                "the Data page's export of outcomes has them all: {link}"
            ).format(
                shown=wording.number(t, len(outcome_notes)),
                n=wording.number(t, n_outcomes),
                notes=oc,
                link=self.data_link("outcomes"),
            )
            if len(outcome_notes) < n_outcomes
            else (
                " " + t._("Each outcome's report and sentence: {notes}.").format(notes=oc)
                if oc
                else ""
            )
        )
        without = int(head["events_without_count"])
        notes["events"].explanation = (
            t.ngettext(
                "The {n} event record this selection holds.",
                "The {n} event records this selection holds.",
                n_events,
            ).format(n=wording.number(t, n_events))
            + listed
        )
        without_text = (
            t.ngettext(
                "; {n} of them gives no count", "; {n} of them give no count", without
            ).format(n=wording.number(t, without))
            if without
            else ""
        )
        lower = (
            t._("; some totals are lower bounds ('more than N'), so the sum is too")
            if int(head["participants_at_least_events"])
            else ""
        )
        notes["participants"].explanation = (
            t._(
                "The sum of the participant totals the reports state for these events"
                "{without_count}{lower_bounds}."
            ).format(without_count=without_text, lower_bounds=lower)
            + listed
        )
        notes["countries"].explanation = (
            t._(
                "Home countries of participants the reports name at these events, with or "
                "without a count."
            )
            + listed
        )
        notes["outcomes"].explanation = (
            t._("Outcomes of these events, and of their projects as a whole.") + listed_outcomes
        )
        notes["home"].explanation = (
            t._(
                "The counts by home country the reports state, summed over these events; a country "
                "named without a count is listed without a number. 'Not broken down by country' is "
                "the part of the stated totals no country count accounts for ({n})."
            ).format(n=wording.number(t, remainder["participants"]))
            + listed
        )
        notes["hosts"].explanation = (
            t._("The country each event was held in, as its report names the place.") + listed
        )
        notes["per_year"].explanation = (
            t._(
                "Events by the year their report dates them and by type; undated events are "
                "counted under the chart."
            )
            + listed
        )
        notes["by_type"].explanation = (
            t._("Outcomes of these events and of their projects, by type.") + listed_outcomes
        )

    def _summary(
        self, head, remainder, by_country, summary, notes, projects, funding_notes
    ) -> list[object]:
        req, t = self.request, self.t
        blocks: list[object] = []
        if int(self._run("sources/synthetic").iloc[0]["synthetic_sources"]):
            blocks.append(
                Paragraph(
                    t._("Synthetic data: generated by atlas.synth, not real events."), "warning"
                )
            )
        filtered = (
            not self.others.replace(projects=()).is_empty
            if req.project
            else not self.others.is_empty
        )
        if summary is not None:
            sentence = funders.summary_sentence(
                self.names["funders"][req.funder], summary, filtered=filtered, lang=t.lang
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
                t._("The project {name} has").format(name=self.names["projects"][req.project])
                if req.project
                else t._("The records hold")
            )
            sentence = funders.view_sentence(subject, row, filtered=filtered, lang=t.lang)
        blocks.append(Paragraph(sentence, "summary"))
        figures = []
        if summary is not None:
            funded = int(summary["projects_funded"])
            figures.append(
                KeyFigure(
                    t._("Projects funded"),
                    wording.number(t, funded),
                    funding_notes[0].number if funding_notes else notes["events"].number,
                )
            )
        figures += [
            KeyFigure(t._("Events"), wording.number(t, head["events"]), notes["events"].number),
            KeyFigure(
                t._("Participants"),
                wording.participants(
                    t,
                    head["participants"],
                    head["participants_at_least_events"],
                    int(head["events"]) - int(head["events_without_count"]),
                ),
                notes["participants"].number,
            ),
            KeyFigure(
                t._("Countries of origin"),
                wording.number(t, head["countries_of_origin"]),
                notes["countries"].number,
            ),
            KeyFigure(
                t._("Outcomes"), wording.number(t, head["outcomes"]), notes["outcomes"].number
            ),
        ]
        blocks.append(KeyFigures(figures))
        if projects is not None and len(projects):
            blocks.append(
                Table(
                    t._("Projects funded"),
                    [
                        t._("Project"),
                        t._("When"),
                        t._("Events in view"),
                        t._("Participants"),
                        t._("Outcomes in view"),
                    ],
                    [
                        [
                            row.name,
                            dates.format_range(
                                row.start_date, row.end_date, row.date_precision, t.lang
                            )
                            if pd.notna(row.start_date)
                            else t._("not stated"),
                            wording.number(t, row.events),
                            ""
                            if not row.events
                            else wording.participants(t, row.participants, row.at_least_events),
                            wording.number(t, row.outcomes),
                        ]
                        for row in projects.itertuples(index=False)
                    ],
                    [50, 24, 14, 16, 14],
                    notes=[n.number for n in funding_notes],
                    numeric=(2, 3, 4),
                )
            )
            if self.more_projects:
                blocks.append(Paragraph(self._more(self.more_projects, "projects"), "caption"))
        return blocks

    def _reach(self, head, remainder, by_country, hosts, notes) -> list[object]:
        t = self.t
        events = int(head["events"])
        blocks: list[object] = []
        captions = []
        no_count = int(head["events_without_count"])
        if no_count:
            captions.append(
                t.ngettext(
                    "{n} of the {events} events gives no participant count.",
                    "{n} of the {events} events give no participant count.",
                    no_count,
                ).format(n=wording.number(t, no_count), events=wording.number(t, events))
                if t.lang != "en"
                else f"{no_count:,} of the {events:,} events give no participant count."
            )
        not_broken_down = int(remainder["participants"])
        at_least = bool(remainder["at_least"])
        if self.view.countries and not pd.isna(head["participants_from_selected_countries"]):
            captions.append(
                t._(
                    "{n} participants are stated to come from the selected countries; "
                    "{remainder} are not broken down by country."
                ).format(
                    n=wording.number(t, head["participants_from_selected_countries"]),
                    remainder=wording.number(t, not_broken_down),
                )
            )
        elif not_broken_down:
            stated = int(by_country["participants"].fillna(0).sum())
            remainder_text = (
                t._("at least {n}").format(n=wording.number(t, not_broken_down))
                if at_least
                else wording.number(t, not_broken_down)
            )
            captions.append(
                t._(
                    "{stated} participants are stated by home country; {remainder} are not "
                    "broken down by country."
                ).format(stated=wording.number(t, stated), remainder=remainder_text)
                if stated
                else t._(
                    "No participant count is stated by home country; {remainder} are not broken "
                    "down by country."
                ).format(remainder=remainder_text)
            )
        if captions:
            blocks.append(Paragraph(" ".join(captions), "caption"))
        if len(by_country) or not_broken_down:
            blocks.append(
                Chart(
                    "participants_by_country",
                    t._("Participants by home country"),
                    self._named(by_country),
                    {"not_broken_down": not_broken_down, "at_least": at_least, "most": CHART_BARS},
                    notes["home"].number,
                    t._(
                        "Participants by home country as the reports state them, and the part not "
                        "broken down by country."
                    ),
                )
            )
            if len(by_country) > CHART_BARS:
                blocks.append(
                    Paragraph(
                        t._(
                            "Not drawn in the chart: {n} more home countries; the table lists "
                            "them all."
                        ).format(n=wording.number(t, len(by_country) - CHART_BARS)),
                        "caption",
                    )
                )
            rows = [
                [row.country, wording.home_text(t, row), wording.number(t, row.events)]
                for row in self._named(by_country).itertuples(index=False)
            ]
            if not_broken_down:
                rows.append(
                    [
                        t._("Not broken down by country"),
                        wording.participants(t, not_broken_down, at_least),
                        "",
                    ]
                )
            blocks.append(
                Table(
                    t._("Home countries of participants"),
                    [
                        t._("Home country"),
                        t._("Participants (as stated in the reports)"),
                        t._("Events naming it"),
                    ],
                    rows,
                    [40, 60, 20],
                    numeric=(2,),
                )
            )
        else:
            blocks.append(
                Paragraph(
                    t._("The reports give no participant count or home country for these events."),
                    "caption",
                )
            )
        host_rows = [
            [
                t.country(row.country_iso3, row.country)
                if isinstance(row.country, str)
                else t._("No place named"),
                wording.number(t, row.events),
                wording.participants(
                    t, row.participants, row.at_least_events, 0 if pd.isna(row.participants) else 1
                ),
            ]
            for row in hosts.itertuples(index=False)
        ]
        blocks.append(
            Table(
                t._("Host countries"),
                [t._("Host country"), t._("Events"), t._("Participants (stated totals)")],
                host_rows,
                [50, 20, 40],
                numeric=(1, 2),
            )
        )
        home_note, host_note = notes["home"].number, notes["hosts"].number
        blocks.append(
            Paragraph(
                t._("Sources: {home} (home countries), {hosts} (host countries).").format(
                    home=wording.note_span(t, home_note, home_note),
                    hosts=wording.note_span(t, host_note, host_note),
                ),
                "caption",
                (home_note, host_note),
            )
        )
        return blocks

    def _named(self, by_country: pd.DataFrame) -> pd.DataFrame:
        """The home countries with their names in the report's language (the order stays the
        query's, so every language lists the same rows in the same order)."""
        if self.t.lang == "en" or by_country.empty:
            return by_country
        named = by_country.copy()
        named["country"] = [
            self.t.country(code, name)
            for code, name in zip(named["country_iso3"], named["country"], strict=True)
        ]
        return named


def assemble(
    con: duckdb.DuckDBPyConnection, request: Request, generated_at: dt.datetime | None = None
) -> Report:
    """The report for `request`, from the database behind `con`. Raises ReportError for an unknown
    funder or project or a selection with no event."""
    generated_at = (generated_at or export.now()).astimezone(dt.UTC)
    return _Assembly(con, request, generated_at).build()
