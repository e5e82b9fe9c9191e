"""A funder's reach in one sentence, from the row of queries/funders/summary.sql.

Every number comes from that row; what the reports do not give (a split by country, a
participant count) is said in words, never filled in:

    Diakonia funded 1 project with 1 event reaching 24 participants from 3 countries
    (no split given), with 1 outcome.

The sentence is in the language asked for (`lang=`, English by default): each piece is a
translatable template with its count's plural form; the funder's name stays as recorded.
"""

from __future__ import annotations

from collections.abc import Mapping

from atlas.i18n import DEFAULT, Translator, translator


def _projects(t: Translator, n: int) -> str:
    return t.ngettext("{n} project", "{n} projects", n).format(n=t.number(n))


def _reach(t: Translator, row: Mapping[str, object]) -> str:
    """ "reaching 24 participants from 3 countries (no split given)" and the like."""
    events = int(row["events"])
    with_count = int(row["events_with_count"])
    countries = int(row["countries"])
    stated = int(row["stated"])
    remainder = int(row["not_broken_down"])
    from_countries = (
        t.ngettext("from {n} country", "from {n} countries", countries).format(
            n=t.number(countries)
        )
        if countries
        else ""
    )
    if not with_count:
        none = (
            t._("the reports give no participant count")
            if events > 1
            else t._("the report gives no participant count")
        )
        if countries:
            return t._(", with participants {from_countries} named ({none})").format(
                from_countries=from_countries, none=none
            )
        return t._(" ({none})").format(none=none)
    people = t.ngettext("{n} participant", "{n} participants", int(row["participants"])).format(
        n=t.number(int(row["participants"]))
    )
    if int(row["at_least_events"]):
        people = t._("at least {n}").format(n=people)
    notes = []
    if not countries:
        notes.append(t._("home countries not given"))
    elif not stated:
        notes.append(t._("no split given"))
    elif remainder:
        notes.append(
            t._("{stated} with a stated home country, {remainder} not broken down").format(
                stated=t.number(stated), remainder=t.number(remainder)
            )
        )
    missing = int(row["events_without_count"])
    if missing:
        notes.append(
            t.ngettext(
                "{n} more event without a count", "{n} more events without a count", missing
            ).format(n=t.number(missing))
        )
    reach = (
        t._(" reaching {people} {from_countries}") if from_countries else t._(" reaching {people}")
    ).format(people=people, from_countries=from_countries)
    return reach + (t._(" ({notes})").format(notes=t._("; ").join(notes)) if notes else "")


def view_sentence(
    subject: str, row: Mapping[str, object], *, filtered: bool = False, lang: str = DEFAULT
) -> str:
    """The same sentence for a selection that is not one funder's (all records, a project, a
    filter state): "The records hold 17 events reaching 292 participants from 4 countries (...),
    with 15 outcomes." `subject` says whose events ("The records hold", "The project X has"), in
    `lang` already; `row` has the keys summary_sentence reads, but for the project counts."""
    t = translator(lang)
    opening = (
        t._("Within the filters, {sentence}").format(sentence=f"{subject[0].lower()}{subject[1:]}")
        if filtered
        else subject
    )
    events = int(row["events"])
    if not events:
        return t._("{opening} no event.").format(opening=opening)
    ending = _outcomes_ending(t, int(row["outcomes"]))
    return (
        t._("{opening} {events}").format(
            opening=opening,
            events=t.ngettext("{n} event", "{n} events", events).format(n=t.number(events)),
        )
        + _reach(t, row)
        + ending
    )


def _outcomes_ending(t, outcomes: int) -> str:
    """How a funder's sentence ends: its outcomes counted, or that none is recorded."""
    if not outcomes:
        return t._("; no outcome is recorded.")
    return t._(", with {outcomes}.").format(
        outcomes=t.ngettext("{n} outcome", "{n} outcomes", outcomes).format(n=t.number(outcomes))
    )


def summary_sentence(
    name: str, row: Mapping[str, object], *, filtered: bool = False, lang: str = DEFAULT
) -> str:
    """One sentence on what `name` funded: projects, events, participants and their countries,
    outcomes. `filtered` when filters other than the funder are set: the sentence then speaks of
    the projects with an event in the view and says so."""
    t = translator(lang)
    projects = int(row["projects_in_view"] if filtered else row["projects_funded"])
    events = int(row["events"])
    opening = t._("{name} funded {projects}").format(name=name, projects=_projects(t, projects))
    if filtered:
        opening = t._("Within the filters, {sentence}").format(sentence=opening)
    if not events:
        if filtered:
            return t._("{name} funded {projects}; none of its events matches the filters.").format(
                name=name, projects=_projects(t, int(row["projects_funded"]))
            )
        return t._("{opening}; the reports name no event of it.").format(opening=opening)
    ending = _outcomes_ending(t, int(row["outcomes"]))
    return (
        t._("{opening} with {events}").format(
            opening=opening,
            events=t.ngettext("{n} event", "{n} events", events).format(n=t.number(events)),
        )
        + _reach(t, row)
        + ending
    )
