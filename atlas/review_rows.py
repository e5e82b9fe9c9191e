"""A review's drafts and outcomes as rows a person edits in a table, and the drafts read
back from the edited rows (split from atlas.review, which plans and saves them)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

import pandas as pd

from atlas import countries
from atlas.extract import Draft
from atlas.extract.drafts import (
    LooseOutcome,
    OrganisationRole,
    Outcome,
    Participation,
    Project,
)
from atlas.i18n import DEFAULT, N_, translator

if TYPE_CHECKING:
    from atlas.review import Saved

FIELDS = {  # a draft's fields in the users' words, in the order the review shows them
    "title": N_("Title"),
    "event_type": N_("Type"),
    "start_date": N_("Starts"),
    "end_date": N_("Ends"),
    "date_precision": N_("Date precision"),
    "city": N_("City"),
    "venue": N_("Venue"),
    "country_iso3": N_("Country"),
    "participants_total": N_("Participants in all"),
    "participants_at_least": N_("At least (more than N)"),
    "participation": N_("Participants by country"),
    "organisations": N_("Organisations"),
    "project": N_("Project"),
}
# An outcome the person has not put with an event: an outcome row needs one, so it is not saved.
NO_EVENT = N_("(no event: not saved)")  # the option's value; shown translated


# --- drafts as editable rows ------------------------------------------------------------------


def participation_text(parts: list[Participation]) -> str:
    """ "Lao PDR: 7; Thailand: ?": a country named without a count has "?"."""
    return "; ".join(
        f"{_country(p.country_iso3)}: {'?' if p.participants is None else p.participants}"
        for p in parts
    )


def parse_participation(text: object) -> list[Participation]:
    """The inverse of participation_text. A country may be a name or a code; one not known is kept
    as written (validation then names it), a count that is not a number likewise."""
    parts = []
    for item in _items(text):
        name, _, count = item.rpartition(":") if ":" in item else (item, "", "")
        name, count = name.strip(), count.strip()
        number: object = None
        if count and count != "?":
            number = int(count) if re.fullmatch(r"[+-]?\d+", count) else count
        parts.append(Participation(countries.resolve(name) or name, number))  # type: ignore[arg-type]
    return parts


def organisations_text(orgs: list[OrganisationRole]) -> str:
    """ "Diakonia (funder); Mekong Migration Network (organiser)"."""
    return "; ".join(f"{o.name} ({o.role})" for o in orgs)


def parse_organisations(text: object) -> list[OrganisationRole]:
    """The inverse of organisations_text; an organisation with no role in brackets has none
    (validation then asks for one)."""
    orgs = []
    for item in _items(text):
        match = re.fullmatch(r"(.*\S)\s*\(([^()]*)\)", item)
        name, role = (match.group(1), match.group(2).strip().lower()) if match else (item, "")
        orgs.append(OrganisationRole(name.strip(), role or None))  # type: ignore[arg-type]
    return orgs


def _items(text: object) -> list[str]:
    if text is None or (isinstance(text, float) and pd.isna(text)):
        return []
    return [item.strip() for item in str(text).split(";") if item.strip()]


def _country(code: str, lang: str = DEFAULT) -> str:
    return translator(lang).country(code) if countries.is_code(code) else code


def unsure_label(name: str, lang: str = DEFAULT) -> str:
    """An unsure field in the users' words: "country_iso3" -> "Country", "outcomes[1]" -> "Outcome 2"."""
    t = translator(lang)
    match = re.fullmatch(r"(\w+)\[(\d+)\]", name)
    if match:
        what = {
            "participation": N_("Participants from a country {n}"),
            "organisations": N_("Organisation {n}"),
            "outcomes": N_("Outcome {n}"),
        }.get(match.group(1))
        n = int(match.group(2)) + 1
        return t._(what).format(n=n) if what else f"{match.group(1)} {n}"
    return t._(FIELDS[name]) if name in FIELDS else name.replace("_", " ").capitalize()


def editor_rows(
    drafts: list[Draft], saved: list[Saved | None], lang: str = DEFAULT
) -> pd.DataFrame:
    """One row per draft for the editable table: ticked to save unless already in the database.
    The guessed fields are named in `lang`."""
    frame = pd.DataFrame(
        [
            {
                "save": s is None,
                "unsure": ("⚠ " + ", ".join(dict.fromkeys(unsure_label(k, lang) for k in d.unsure)))
                if d.unsure
                else "",
                "title": d.title,
                "event_type": d.event_type,
                "start_date": d.start_date,
                "end_date": d.end_date,
                "date_precision": d.date_precision,
                "city": d.city,
                "venue": d.venue,
                "country_iso3": d.country_iso3,
                "participants_total": d.participants_total,
                "participants_at_least": d.participants_at_least,
                "participation": participation_text(d.participation),
                "organisations": organisations_text(d.organisations),
                "project": d.project.name if d.project else "",
            }
            for d, s in zip(drafts, saved, strict=True)
        ]
    )
    frame["participants_total"] = frame["participants_total"].astype("Int64")
    return frame


def _missing(value: object) -> bool:
    return value is None or (not isinstance(value, (list, str)) and bool(pd.isna(value)))


def _text(value: object) -> str | None:
    return None if _missing(value) or not str(value).strip() else str(value).strip()


def _date(value: object) -> dt.date | None:
    if _missing(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return pd.Timestamp(str(value)).date()


def _number(value: object) -> object:
    """A count as the editor gives it (a float, NaN for empty): whole numbers as int, anything
    else as it is, for validation to name."""
    if _missing(value):
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def edited_drafts(
    drafts: list[Draft], rows: pd.DataFrame | list[Mapping[str, object]]
) -> list[Draft]:
    """The ticked drafts with the person's edits; a field's sentence stays with it while the value
    is kept (a country's count, an organisation) and goes when it is removed. Rows after the
    drafts' are events the person added (an event the extractor missed): drafts of their own,
    with no sentence behind any field."""
    records = rows.to_dict("records") if isinstance(rows, pd.DataFrame) else list(rows)
    if len(records) < len(drafts):
        raise ValueError(f"{len(records)} rows for {len(drafts)} drafts: rows cannot be removed")
    out = []
    for position, row in enumerate(records):
        if not row.get("save"):
            continue
        draft = drafts[position] if position < len(drafts) else Draft(title="", event_type="")
        parts = parse_participation(row.get("participation"))
        orgs = parse_organisations(row.get("organisations"))
        evidence = {
            k: v
            for k, v in draft.evidence.items()
            if not k.startswith(("participation[", "organisations["))
        }
        for i, p in enumerate(parts):
            j = next(
                (j for j, q in enumerate(draft.participation) if q.country_iso3 == p.country_iso3),
                None,
            )
            if j is not None and f"participation[{j}]" in draft.evidence:
                evidence[f"participation[{i}]"] = draft.evidence[f"participation[{j}]"]
        for i, o in enumerate(orgs):
            j = next((j for j, q in enumerate(draft.organisations) if q.name == o.name), None)
            if j is not None and f"organisations[{j}]" in draft.evidence:
                evidence[f"organisations[{i}]"] = draft.evidence[f"organisations[{j}]"]
        project = _text(row.get("project"))
        if project is None:
            chosen_project = None
        elif draft.project is not None and project == draft.project.name:
            chosen_project = draft.project
        else:
            chosen_project = Project(name=project)  # typed by the person: no sentence behind it
        out.append(
            dataclasses.replace(
                draft,
                project=chosen_project,
                title=_text(row.get("title")) or "",
                event_type=_text(row.get("event_type")),
                start_date=_date(row.get("start_date")),
                end_date=_date(row.get("end_date")),
                date_precision=_text(row.get("date_precision")),
                city=_text(row.get("city")),
                venue=_text(row.get("venue")),
                country_iso3=_text(row.get("country_iso3")),
                participants_total=_number(row.get("participants_total")),
                participants_at_least=bool(row.get("participants_at_least"))
                if not _missing(row.get("participants_at_least"))
                else False,
                participation=parts,
                organisations=orgs,
                evidence=evidence,
                unsure=dict(draft.unsure),
            )
        )
    return out


# --- outcomes as editable rows ----------------------------------------------------------------


def event_label(number: int, draft: Draft) -> str:
    """How an outcome names its event in the outcomes table: "2. Regional Exchange Program"."""
    return f"{number}. {draft.title}"


def outcome_rows(drafts: list[Draft], loose: list[LooseOutcome] = ()) -> pd.DataFrame:
    """One row per outcome: the drafts' outcomes under their event, then the outcomes the report
    tells with no event ("(no event: not saved)" until the person chooses one)."""
    rows = []
    for number, d in enumerate(drafts, 1):
        for i, o in enumerate(d.outcomes):
            rows.append(
                {
                    "event": event_label(number, d),
                    "outcome_type": o.outcome_type,
                    "title": o.title,
                    "quantity": o.quantity,
                    "unit": o.unit or "",
                    "scope": o.scope,
                    "sentence": d.evidence.get(f"outcomes[{i}]", ""),
                }
            )
    for lo in loose:
        o = lo.outcome
        rows.append(
            {
                "event": NO_EVENT,
                "outcome_type": o.outcome_type,
                "title": o.title,
                "quantity": o.quantity,
                "unit": o.unit or "",
                "scope": "event",
                "sentence": lo.evidence,
            }
        )
    frame = pd.DataFrame(
        rows, columns=["event", "outcome_type", "title", "quantity", "unit", "scope", "sentence"]
    )
    frame["quantity"] = frame["quantity"].astype("Int64")
    return frame


def with_outcomes(
    drafts: list[Draft], rows: pd.DataFrame | list[Mapping[str, object]]
) -> list[Draft]:
    """The drafts with the outcomes of the outcomes table: each row's type, title and quantity as
    edited, under the event it names (rows under no event, or with no title, are left out). Each
    outcome keeps the sentence it came from."""
    records = rows.to_dict("records") if isinstance(rows, pd.DataFrame) else list(rows)
    by_label = {event_label(n, d): n - 1 for n, d in enumerate(drafts, 1)}
    outcomes: list[list[tuple[Outcome, str]]] = [[] for _ in drafts]
    for row in records:
        where, title = by_label.get(str(row.get("event"))), _text(row.get("title"))
        if where is None or title is None:
            continue
        quantity = _number(row.get("quantity"))
        outcome = Outcome(
            _text(row.get("outcome_type")) or "",
            title,
            quantity,  # type: ignore[arg-type]
            _text(row.get("unit")) if quantity is not None else None,
            _text(row.get("scope")) or "event",
        )
        outcomes[where].append((outcome, _text(row.get("sentence")) or ""))
    out = []
    for d, chosen in zip(drafts, outcomes, strict=True):
        evidence = {k: v for k, v in d.evidence.items() if not k.startswith("outcomes[")}
        unsure = {k: v for k, v in d.unsure.items() if not k.startswith("outcomes[")}
        for i, (_, quote) in enumerate(chosen):
            if quote:
                evidence[f"outcomes[{i}]"] = quote
        out.append(
            dataclasses.replace(
                d, outcomes=[o for o, _ in chosen], evidence=evidence, unsure=unsure
            )
        )
    return out
