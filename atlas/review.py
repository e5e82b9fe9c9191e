"""From a report's reviewed drafts to one write: the report's source row, its events with their
participation and organisations, new organisations and projects, and outcomes, checked together
by atlas.validation and written with their audit rows by atlas.ingest.commit, or not at all.

The Review page (app_pages/review.py) draws the drafts as one editable row per event; the
functions here turn drafts into those rows and back, say which sentence each field came from,
and find events the database already holds, so a report read twice is not saved twice. An
organisation or project already in the database is referred to by its name, never added again.
A save also records the report's text with the drafts as proposed and as saved (`judged`,
`recorder`; table reviewed_reports), which atlas.extract.reviewed scores. Nothing here imports
Streamlit.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import duckdb
import pandas as pd

from atlas import dates, ingest, labels
from atlas.extract import Draft, drafts_to_rows, fingerprint
from atlas.extract.drafts import LooseOutcome, slug
from atlas.extract.merging import title_match
from atlas.extract.score import Score
from atlas.folding import fold_for_same_city
from atlas.i18n import DEFAULT, N_, translator
from atlas.review_rows import (  # noqa: F401  (re-exported: callers use review.X)
    FIELDS,
    NO_EVENT,
    _country,
    edited_drafts,
    editor_rows,
    event_label,
    organisations_text,
    outcome_rows,
    parse_organisations,
    parse_participation,
    participation_text,
    unsure_label,
    with_outcomes,
)
from atlas.validation import Problem

# The keys of new rows, which drafts_to_rows draws from one namespace of identifiers.
_KEYED = {
    "organisations": "org_id",
    "projects": "project_id",
    "events": "event_id",
    "outcomes": "outcome_id",
}
# An event already in the database: same kind, same start at the same precision, no other city or
# country, and a title sharing this much of its words (F1, atlas.extract.merging.title_match) or
# the same city. 0.4 and not the extractor's own 0.5: a hand-typed title in the database words
# the same event differently ("Creative media workshop for Thai and Lao youth leaders (1 of 2)"
# against the report's "workshop to develop a joint campaign between Thai and Lao ... (1 of 2)").
SAME_TITLE = 0.4
# How the audit trail records a saved review (allowed by migration 005): data a person read in a
# report and confirmed, told apart from forms and imports.
VIA = "review"


# --- what the database already holds -------------------------------------------------------


@dataclass(frozen=True)
class Known:
    """Names of organisations and projects in the database, by name (and short name), for reuse."""

    orgs: dict[str, str]
    projects: dict[str, str]


def known(con: duckdb.DuckDBPyConnection) -> Known:
    orgs: dict[str, str] = {}
    for org_id, name, short in con.execute(
        "SELECT org_id, name, short_name FROM organisations ORDER BY org_id"
    ).fetchall():
        orgs[name] = org_id
        if short:
            orgs.setdefault(short, org_id)
    projects = dict(
        con.execute("SELECT name, project_id FROM projects ORDER BY project_id").fetchall()
    )
    return Known(orgs, projects)


def _taken(con: duckdb.DuckDBPyConnection, wanted: set[str]) -> set[str]:
    """The identifiers among `wanted`, or `wanted` with a "-N" ending, that the database uses:
    all drafts_to_rows needs to avoid, without reading every key of a large database."""
    if not wanted:
        return set()
    rows = con.execute(
        "SELECT id FROM (SELECT source_id AS id FROM sources UNION ALL SELECT org_id FROM organisations"
        " UNION ALL SELECT project_id FROM projects UNION ALL SELECT event_id FROM events"
        " UNION ALL SELECT outcome_id FROM outcomes)"
        " WHERE id = ANY($w) OR regexp_replace(id, '-[0-9]+$', '') = ANY($w)",
        {"w": sorted(wanted)},
    ).fetchall()
    return {i for (i,) in rows}


def source_row(title: str, file_name: str | None, source_id: str) -> dict:
    """The sources row of the report being reviewed."""
    return {
        "source_id": source_id,
        "title": title,
        "kind": "report",
        "path_or_url": file_name or None,
        "published": None,
    }


def rows_for(
    con: duckdb.DuckDBPyConnection, drafts: list[Draft], title: str, file_name: str | None = None
) -> tuple[dict, dict[str, list[dict]]]:
    """The report's source row and the drafts' rows (drafts_to_rows), with identifiers new to the
    database and existing organisations and projects referred to by name."""
    have = known(con)
    base = "report-" + slug(title or "report", 40)
    first = drafts_to_rows(drafts, base, known_orgs=have.orgs, known_projects=have.projects)
    wanted = {base} | {row[_KEYED[t]] for t, rows in first.items() if t in _KEYED for row in rows}
    taken = _taken(con, wanted)
    source_id = base
    n = 2
    while source_id in taken:
        source_id, n = f"{base}-{n}", n + 1
    rows = drafts_to_rows(
        drafts,
        source_id,
        known_orgs=have.orgs,
        known_projects=have.projects,
        taken_ids=taken | {source_id},
    )
    return source_row(title, file_name, source_id), rows


@dataclass(frozen=True)
class Saved:
    """An event in the database that a draft is taken to be."""

    event_id: str
    title: str
    when: str

    def __str__(self) -> str:
        return f"{self.event_id!r} ({self.title}, {self.when})"


def find_saved(
    con: duckdb.DuckDBPyConnection, events: list[Mapping[str, object]]
) -> list[Saved | None]:
    """For each event row (or draft as a dict), the event the database already holds that it is."""
    if not events:
        return []
    types = sorted({str(e.get("event_type")) for e in events if e.get("event_type")})
    starts = sorted(
        {e.get("start_date") for e in events if isinstance(e.get("start_date"), dt.date)}
    )
    candidates = con.execute(
        "SELECT event_id, title, event_type, start_date, end_date, date_precision, city, country_iso3 FROM events"
        " WHERE event_type = ANY($types) AND (start_date = ANY($starts) OR ($undated AND start_date IS NULL))"
        " ORDER BY event_id",
        {
            "types": types or None,
            "starts": starts or None,
            "undated": any(e.get("start_date") is None for e in events),
        },
    ).fetchall()
    found: list[Saved | None] = []
    for e in events:
        best = None
        for event_id, title, kind, start, end, precision, city, country in candidates:
            if (kind, start) != (e.get("event_type"), e.get("start_date")):
                continue
            if start is not None and precision != e.get("date_precision"):
                continue
            other_city = (
                city
                and e.get("city")
                and fold_for_same_city(city) != fold_for_same_city(str(e["city"]))
            )
            other_country = country and e.get("country_iso3") and country != e["country_iso3"]
            if other_city or other_country:
                continue
            score = title_match(str(e.get("title") or ""), title)
            same_city = bool(
                city
                and e.get("city")
                and fold_for_same_city(city) == fold_for_same_city(str(e["city"]))
            )
            if (score >= SAME_TITLE or same_city) and (best is None or score > best[0]):
                best = (
                    score,
                    Saved(event_id, title, dates.format_range(start, end, precision) or "no date"),
                )
        found.append(best[1] if best else None)
    return found


# --- the plan ---------------------------------------------------------------------------------


def event_location(number: int, title: object) -> str:
    """Where a problem is, as the person sees it: "Event 2 (Regional Exchange Program ...)"."""
    title = " ".join(str(title or "").split())
    if len(title) > 60:
        title = title[:57] + "..."
    return f"Event {number} ({title})" if title else f"Event {number}"


def _located(
    source: Mapping[str, object], rows_by_table: Mapping[str, list[dict]]
) -> dict[str, list[tuple[str, dict]]]:
    events = {
        row.get("event_id"): event_location(i, row.get("title"))
        for i, row in enumerate(rows_by_table.get("events", []), 1)
    }
    orgs = {row.get("org_id"): row.get("name") for row in rows_by_table.get("organisations", [])}

    def where(table: str, row: Mapping[str, object]) -> str:
        event = events.get(row.get("event_id"))
        if table == "events":
            return event or "Event"
        if table == "participation":
            code = str(row.get("country_iso3") or "?")
            return f"{event}, participants from {_country(code)}"
        if table == "event_organisations":
            return f"{event}, organisation {orgs.get(row.get('org_id'), row.get('org_id'))!r}"
        if table == "outcomes":
            return f"{event + ', ' if event else ''}outcome {row.get('title')!r}"
        if table == "organisations":
            return f"Organisation {row.get('name')!r}"
        if table == "projects":
            return f"Project {row.get('name')!r}"
        if table in ("project_funders", "project_partners"):
            return f"Project {row.get('project_id')!r}, {table.split('_')[1][:-1]} {orgs.get(row.get('org_id'), row.get('org_id'))!r}"
        return table

    located = {"sources": [("The report (its source record)", dict(source))]}
    for table, rows in rows_by_table.items():
        located[table] = [(where(table, row), row) for row in rows]
    return located


def plan_drafts(
    con: duckdb.DuckDBPyConnection,
    source: Mapping[str, object],
    rows_by_table: Mapping[str, list[dict]],
) -> ingest.Plan:
    """Check a reviewed report's rows (its source row and what drafts_to_rows made of its drafts)
    as one batch and plan their inserts; `ingest.commit` writes them with their audit rows.

    An event the database already holds (see `find_saved`) is a problem, so a report read and
    saved twice is not saved twice; so are identifiers already used (drafts_to_rows avoids them
    when told which). While there are problems the plan has no changes."""
    plan = ingest.plan_rows(con, _located(source, rows_by_table), table="events", via=VIA)
    events = rows_by_table.get("events", [])
    if not events:
        plan.problems.append(
            Problem("The report", None, "has no event to save; tick at least one event")
        )
    for i, (row, saved) in enumerate(zip(events, find_saved(con, events), strict=True), 1):
        if saved is not None:
            plan.problems.append(
                Problem(
                    event_location(i, row.get("title")),
                    None,
                    f"is already in the database as {saved}; untick it so it is not saved twice",
                )
            )
    if plan.problems:
        plan.changes = []
    return plan


def describe(plan: ingest.Plan, lang: str = DEFAULT) -> str:
    """What a plan adds, table by table: "1 source, 1 event, 3 participation rows, ..."."""
    counts: dict[str, int] = {}
    for change in plan.changes:
        counts[change.table] = counts.get(change.table, 0) + 1
    order = (
        "sources",
        "events",
        "participation",
        "organisations",
        "event_organisations",
        "projects",
        "project_funders",
        "project_partners",
        "outcomes",
    )
    return ", ".join(
        labels.counted_rows(t, counts[t], lang) for t in order if t in counts
    ) or translator(lang)._("nothing")


# --- what was proposed and what was saved ---------------------------------------------------


def _records(table: pd.DataFrame | list[Mapping[str, object]] | None) -> list[Mapping[str, object]]:
    if table is None:
        return []
    return table.to_dict("records") if isinstance(table, pd.DataFrame) else list(table)


def judged(
    drafts: list[Draft],
    loose: list[LooseOutcome],
    saved: list[Saved | None],
    table: pd.DataFrame | list[Mapping[str, object]],
    outcome_table: pd.DataFrame | list[Mapping[str, object]] | None,
    chosen: list[Draft],
) -> tuple[dict, dict]:
    """What the extractor proposed that the person judged and what they saved, as JSON
    ({"events", "outcomes"} in Draft.to_json's shape), for the save's record.

    Proposed: every draft not already in the database, ticked or not (an unticked one was judged
    not worth saving), and one found in it that the person ticked again (the match was wrong); and
    the outcomes the report told under no event that the person gave an event (one left under no
    event could not be saved, so leaving it says nothing about it). Saved: `chosen` (the ticked
    rows as edited, edited_drafts), each with "draft", the index of the proposed event it was, or
    None for an event the person added, so the scorer pairs them as they were and not by
    likeness. `table` and `outcome_table` are the two tables as edited (outcome_rows' order: the
    drafts' outcomes, then the loose ones)."""
    rows = _records(table)
    judged_at = [p for p in range(len(drafts)) if saved[p] is None or rows[p].get("save")]
    ticked_at = [p for p, row in enumerate(rows) if row.get("save")]
    outcome_rows_ = _records(outcome_table)
    first_loose = sum(len(d.outcomes) for d in drafts)
    given_an_event = [
        lo.outcome
        for k, lo in enumerate(loose)
        if first_loose + k < len(outcome_rows_)
        and str(outcome_rows_[first_loose + k].get("event")) != NO_EVENT
    ]
    proposed = {
        "events": [drafts[p].to_json() for p in judged_at],
        "outcomes": [
            {"outcome_type": o.outcome_type, "title": o.title, "quantity": o.quantity}
            for o in given_an_event
        ],
    }
    kept = {
        "events": [
            d.to_json() | {"draft": judged_at.index(p) if p < len(drafts) else None}
            for d, p in zip(chosen, ticked_at, strict=True)
        ],
        "outcomes": [],
    }
    return proposed, kept


def recorder(
    source_id: str,
    by: str,
    text: str,
    file_name: str | None,
    proposed: dict,
    saved: dict,
    *,
    keep_text: bool = True,
) -> Callable[[duckdb.DuckDBPyConnection], None]:
    """The write of a saved report's record (migration 013): its text and what the extractor
    proposed and the person saved (`judged`), for atlas.ingest.commit to run in the save's own
    transaction. Without `keep_text` neither the text nor any sentence of it is kept, only the
    fields proposed and saved."""
    if not keep_text:
        text, proposed, saved = None, _without_sentences(proposed), _without_sentences(saved)

    def record(con: duckdb.DuckDBPyConnection) -> None:
        con.execute(
            "INSERT INTO reviewed_reports VALUES ($source_id, $at, $by, $extractor, $file_name,"
            " $text, $proposed, $saved)",
            {
                "source_id": source_id,
                "at": dt.datetime.now(dt.UTC).replace(tzinfo=None),
                "by": by,
                "extractor": fingerprint(),
                "file_name": file_name,
                "text": text,
                "proposed": json.dumps(proposed, ensure_ascii=False),
                "saved": json.dumps(saved, ensure_ascii=False),
            },
        )

    return record


def _without_sentences(drafts_json: dict) -> dict:
    """{"events", "outcomes"} with each event's sentences ("evidence") left out."""
    return {
        "events": [
            {k: v for k, v in event.items() if k != "evidence"} for event in drafts_json["events"]
        ],
        "outcomes": drafts_json["outcomes"],
    }


# The benchmark's fields (atlas.extract.score) in the users' words, in the review's order.
SCORED = {
    "events": N_("Events"),
    **{name: FIELDS[name] for name in FIELDS if name != "project"},
    "outcomes": N_("Outcomes"),
    "outcome_quantity": N_("Outcome quantities"),
}


def track_record(result: Score, lang: str = DEFAULT) -> list[dict[str, object]]:
    """How the drafts as proposed compared with what was saved (atlas.extract.reviewed), one row
    per field that any report had: {field, right, wrong, added, precision}. Right: saved as
    proposed; wrong: proposed, then corrected or left out; added: saved, not proposed (typed by
    the person, or corrected). Precision (right of all proposed) as a fraction, None when
    nothing was proposed."""
    t = translator(lang)
    return [
        {
            "field": t._(SCORED[name]),
            "right": tally.tp,
            "wrong": tally.fp,
            "added": tally.fn,
            "precision": tally.precision,
        }
        for name, tally in result.fields.items()
        if name in SCORED and tally.tp + tally.fp + tally.fn
    ]


# --- each field with its sentence -------------------------------------------------------------


def evidence_rows(draft: Draft, lang: str = DEFAULT) -> list[dict[str, str]]:
    """The draft's fields as the extractor proposed them, each with the sentence it came from and,
    when the extractor guessed, why: {field, value, unsure, sentence}. Field names and the app's
    own words in `lang`; what the report says stays as it says it."""
    t = translator(lang)
    rows = []

    def add(key: str, label: str, value: object, quote: str | None = None) -> None:
        if value in (None, "") and key not in draft.evidence and key not in draft.unsure:
            return
        rows.append(
            {
                "field": label,
                "value": "" if value is None else str(value),
                "unsure": t.text(draft.unsure.get(key, "")),
                "sentence": quote or draft.evidence.get(key, ""),
            }
        )

    add("title", t._("Title"), draft.title)
    add("event_type", t._("Type"), labels.event_type(draft.event_type, lang))
    when = dates.format_range(draft.start_date, draft.end_date, draft.date_precision, lang)
    add(
        "start_date",
        t._("When"),
        when or None,
        draft.evidence.get("start_date") or draft.evidence.get("end_date"),
    )
    for key in ("city", "venue"):
        add(key, t._(FIELDS[key]), getattr(draft, key))
    add(
        "country_iso3",
        t._("Country"),
        _country(draft.country_iso3, lang) if draft.country_iso3 else None,
    )
    if draft.participants_total is not None:
        add(
            "participants_total",
            t._("Participants in all"),
            labels.participants(draft.participants_total, draft.participants_at_least, lang),
        )
    for i, p in enumerate(draft.participation):
        add(
            f"participation[{i}]",
            t._("Participants from {country}").format(country=_country(p.country_iso3, lang)),
            t._("named, no count") if p.participants is None else t.number(p.participants),
        )
    for i, o in enumerate(draft.organisations):
        add(
            f"organisations[{i}]",
            t._("Organisation ({role})").format(role=labels.role(o.role, lang).lower()),
            o.name,
        )
    for i, o in enumerate(draft.outcomes):
        amount = labels.quantity(o.quantity, o.unit, lang)
        add(
            f"outcomes[{i}]",
            t._("Outcome ({type})").format(type=labels.outcome_type(o.outcome_type, lang).lower()),
            o.title + (f" ({amount})" if amount else ""),
        )
    if draft.project is not None:
        add("project", t._("Project"), draft.project.name, draft.project.evidence.get("name"))
    return rows


def default_title(text: str, file_name: str | None, drafts: list[Draft]) -> str:
    """A title for the report's source row: its heading line, else the file's name, else its
    first event's title."""
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            if len(line) <= 120 and not line.endswith((".", ":")):
                return line
            break
    if file_name:
        return re.sub(r"\.[A-Za-z0-9]+$", "", file_name)
    return f"Report: {drafts[0].title}" if drafts else "Report"
