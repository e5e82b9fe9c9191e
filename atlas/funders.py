"""A funder's reach in one sentence, from the row of queries/funders/summary.sql.

Every number comes from that row; what the reports do not give (a split by country, a
participant count) is said in words, never filled in:

    Diakonia funded 1 project with 1 event reaching 24 participants from 3 countries
    (no split given), with 1 outcome.
"""

from __future__ import annotations

from collections.abc import Mapping


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n:,} {one if n == 1 else (many or one + 's')}"


def _reach(row: Mapping[str, object]) -> str:
    """"reaching 24 participants from 3 countries (no split given)" and the like."""
    events = int(row["events"])
    with_count = int(row["events_with_count"])
    countries = int(row["countries"])
    stated = int(row["stated"])
    remainder = int(row["not_broken_down"])
    from_countries = f" from {_count(countries, 'country', 'countries')}" if countries else ""
    if not with_count:
        none = "the reports give no participant count" if events > 1 else "the report gives no participant count"
        named = f", with participants{from_countries} named" if countries else ""
        return f"{named} ({none})"
    people = ("at least " if int(row["at_least_events"]) else "") + _count(int(row["participants"]), "participant")
    notes = []
    if not countries:
        notes.append("home countries not given")
    elif not stated:
        notes.append("no split given")
    elif remainder:
        notes.append(f"{stated:,} with a stated home country, {remainder:,} not broken down")
    missing = int(row["events_without_count"])
    if missing:
        notes.append(f"{_count(missing, 'more event')} without a count")
    return f" reaching {people}{from_countries}" + (f" ({'; '.join(notes)})" if notes else "")


def view_sentence(subject: str, row: Mapping[str, object], *, filtered: bool = False) -> str:
    """The same sentence for a selection that is not one funder's (all records, a project, a
    filter state): "The records hold 17 events reaching 292 participants from 4 countries (...),
    with 15 outcomes." `subject` says whose events ("The records hold", "The project X has");
    `row` has the keys summary_sentence reads, but for the project counts."""
    opening = f"Within the filters, {subject[0].lower()}{subject[1:]}" if filtered else subject
    events = int(row["events"])
    if not events:
        return f"{opening} no event."
    outcomes = int(row["outcomes"])
    ending = f", with {_count(outcomes, 'outcome')}." if outcomes else "; no outcome is recorded."
    return f"{opening} {_count(events, 'event')}{_reach(row)}{ending}"


def summary_sentence(name: str, row: Mapping[str, object], *, filtered: bool = False) -> str:
    """One sentence on what `name` funded: projects, events, participants and their countries,
    outcomes. `filtered` when filters other than the funder are set: the sentence then speaks of
    the projects with an event in the view and says so."""
    projects = int(row["projects_in_view"] if filtered else row["projects_funded"])
    events = int(row["events"])
    opening = ("Within the filters, " if filtered else "") + f"{name} funded {_count(projects, 'project')}"
    if not events:
        if filtered:
            return f"{name} funded {_count(int(row['projects_funded']), 'project')}; none of its events matches the filters."
        return f"{opening}; the reports name no event of it."
    outcomes = int(row["outcomes"])
    ending = f", with {_count(outcomes, 'outcome')}." if outcomes else "; no outcome is recorded."
    return f"{opening} with {_count(events, 'event')}{_reach(row)}{ending}"
