"""The report's lists: the events (with the events-per-year chart), the outcomes (with the
outcomes-by-type chart) and what changed since a date, each cut at LIST_LIMIT rows with the count of
the rest and where they all are. A mixin of the content assembly (content._Assembly)."""

from __future__ import annotations

import pandas as pd

from atlas import dates, labels
from atlas.report import wording
from atlas.report.describing import LIST_LIMIT
from atlas.report.model import Chart, Paragraph, Table


class Lists:
    """The events, outcomes and changes sections; mixed into content._Assembly."""

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
