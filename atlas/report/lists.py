"""The report's lists: the events (with the events-per-year chart), the outcomes (with the
outcomes-by-type chart) and what changed since a date, each cut at LIST_LIMIT rows with the count of
the rest and where they all are. A mixin of the content assembly (content._Assembly)."""

from __future__ import annotations

import pandas as pd

from atlas import dates, labels
from atlas.i18n import DEFAULT
from atlas.report import wording
from atlas.report.describing import LIST_LIMIT
from atlas.report.model import Chart, Paragraph, Table


class Lists:
    """The events, outcomes and changes sections; mixed into content._Assembly."""

    def _origins(self, origins) -> str:
        """An event's home countries: "Lao PDR: 7; Thailand: named, no count", in the language."""
        t = self.t
        return "; ".join(
            t._("{country}: {participants}").format(
                country=t.country(o["iso3"], o["country"]),
                participants=t._("named, no count")
                if o["participants"] is None or pd.isna(o["participants"])
                else wording.number(t, o["participants"]),
            )
            for o in origins
        )

    def _events(self, per_year, events, event_notes, notes, n_events) -> list[object]:
        t = self.t
        blocks: list[object] = [
            Chart(
                "events_per_year",
                t._("Events per year, by type"),
                per_year,
                {},
                notes["per_year"].number,
                t._("Events per year by type, as their reports date them."),
            )
        ]
        undated = int(per_year.loc[per_year["year"].isna(), "events"].sum())
        if undated:
            blocks.append(
                Paragraph(
                    t.ngettext(
                        "Not shown in the chart: {n} event whose report gives no date.",
                        "Not shown in the chart: {n} events whose report gives no date.",
                        undated,
                    ).format(n=wording.number(t, undated)),
                    "caption",
                )
            )
        rows = [
            [
                dates.format_range(r.start_date, r.end_date, r.date_precision, t.lang),
                r.title,
                wording.where(
                    t, r.city, t.country(r.host_iso3, r.host) if isinstance(r.host, str) else None
                ),
                labels.participants(r.participants_total, r.participants_at_least, t.lang),
                "; ".join(r.origins) if t.lang == DEFAULT else self._origins(r.origin_counts),
            ]
            for r in events.itertuples(index=False)
        ]
        blocks.append(
            Table(
                t._("Events"),
                [
                    t._("When"),
                    t._("Event"),
                    t._("Where"),
                    t._("Participants"),
                    t._("Home countries"),
                ],
                rows,
                [21, 39, 20, 17, 25],
                notes=[n.number for n in event_notes],
                numeric=(3,),
            )
        )
        if len(events) < n_events:
            blocks.append(Paragraph(self._more(n_events - len(events), "events"), "caption"))
        return blocks

    def _outcomes(self, outcome_types, outcomes, outcome_notes, notes, n_outcomes) -> list[object]:
        t = self.t
        if not n_outcomes:
            return [
                Paragraph(
                    t._("No outcome is recorded for these events or their projects."), "caption"
                )
            ]
        blocks: list[object] = [
            Chart(
                "outcomes_by_type",
                t._("Outcomes by type"),
                outcome_types,
                {},
                notes["by_type"].number,
                t._("Outcomes by type."),
            )
        ]
        rows = [
            [
                labels.outcome_type(r.outcome_type, t.lang),
                r.title,
                labels.quantity(r.quantity, r.unit, t.lang),
                r.event
                if isinstance(r.event, str)
                else t._("{project} (the project as a whole)").format(project=r.project),
            ]
            for r in outcomes.itertuples(index=False)
        ]
        blocks.append(
            Table(
                t._("Outcomes"),
                [t._("Type"), t._("Outcome"), t._("Quantity"), t._("From")],
                rows,
                [22, 44, 18, 38],
                notes=[n.number for n in outcome_notes],
            )
        )
        if len(outcomes) < n_outcomes:
            blocks.append(Paragraph(self._more(n_outcomes - len(outcomes), "outcomes"), "caption"))
        return blocks

    def _changes(self) -> list[object]:
        t = self.t
        since = self.request.since
        changes = self._run("report/changes", self.view, since=since, limit=LIST_LIMIT)
        if changes.empty:
            return [
                Paragraph(
                    t._(
                        "No event or outcome of this selection was added or changed on or after "
                        "{day}, as far as the audit trail records (it holds the changes made on the "
                        "Manage and Review pages and by imports; records loaded from the seed with "
                        "atlas.db build are not in it). Deleted records are not listed."
                    ).format(day=wording.day(t, since)),
                    "caption",
                )
            ]
        events, outcomes = (
            int(changes["matching_events"].iloc[0]),
            int(changes["matching_outcomes"].iloc[0]),
        )
        blocks: list[object] = [
            Paragraph(
                t._(
                    "Since {day}, {events} and {outcomes} of this selection were added or changed, "
                    "as the audit trail records (a change to an event's participants by country or "
                    "to its organisations counts as a change of the event). Deleted records are not "
                    "listed."
                ).format(
                    day=wording.day(t, since),
                    events=t.ngettext("{n} event", "{n} events", events).format(
                        n=wording.number(t, events)
                    ),
                    outcomes=t.ngettext("{n} outcome", "{n} outcomes", outcomes).format(
                        n=wording.number(t, outcomes)
                    ),
                ),
                "body",
            )
        ]
        rows = [
            [
                (t._("Event") if r.kind == "event" else t._("Outcome")),
                r.title,
                t._("added") if r.added else t._("changed"),
                pd.Timestamp(r.last_change).strftime("%Y-%m-%d"),
                wording.number(t, r.changes),
            ]
            for r in changes.itertuples(index=False)
        ]
        blocks.append(
            Table(
                t._("Added or changed"),
                [
                    t._("Kind"),
                    t._("Record"),
                    t._("Added or changed"),
                    t._("Last change (UTC)"),
                    t._("Changes"),
                ],
                rows,
                [14, 54, 18, 20, 12],
                numeric=(4,),
            )
        )
        if len(changes) < events + outcomes:
            blocks.append(
                Paragraph(
                    t._(
                        "The latest {shown} of {n} are listed; the History page has every change."
                    ).format(
                        shown=wording.number(t, len(changes)),
                        n=wording.number(t, events + outcomes),
                    ),
                    "caption",
                )
            )
        return blocks
