"""Draft records: what the extractor proposes for one event, before a person reviews it.

A Draft holds the event's fields, its participation, organisations and outcomes, the sentence
each field came from (`evidence`) and the fields it guessed (`unsure`, field -> why). `to_json`
is the command line's format; `drafts_to_rows` turns reviewed drafts into rows in the seed CSV
columns, ready for atlas.validation and the data-entry save path.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from atlas import dates
from atlas.folding import fold_for_record_match

# A draft's single-valued fields, in the order the command line's JSON gives them; the scorer
# compares the same fields one by one.
SCALAR_FIELDS = (
    "title",
    "event_type",
    "start_date",
    "end_date",
    "date_precision",
    "city",
    "venue",
    "country_iso3",
    "participants_total",
    "participants_at_least",
)
JSON_KEYS = (*SCALAR_FIELDS, "participation", "organisations", "outcomes", "evidence")


@dataclass
class Participation:
    country_iso3: str
    participants: int | None = None


@dataclass
class OrganisationRole:
    name: str
    role: str


@dataclass
class Outcome:
    outcome_type: str
    title: str
    quantity: int | None = None
    unit: str | None = None
    # "event" when the sentence is about this event; "project" when it tells what the project
    # produced and the draft only carries it (the JSON has no place for a project's outcomes).
    scope: str = "event"


@dataclass
class LooseOutcome:
    """An outcome a report tells with no event to go with it (a note on a publication): shown
    for review on its own, since an outcome row needs an event or a project."""

    outcome: Outcome
    evidence: str
    source_name: str = ""


@dataclass
class Project:
    """The project a report's events belong to, as far as the report says."""

    name: str
    short_name: str | None = None
    start_date: dt.date | None = None
    date_precision: str | None = None
    funders: list[str] = field(default_factory=list)
    partners: list[str] = field(default_factory=list)
    evidence: dict[str, str] = field(default_factory=dict)


@dataclass
class Draft:
    """One proposed event. Dates are the first day of their period (atlas.dates' rule)."""

    title: str
    event_type: str
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    date_precision: str | None = None
    city: str | None = None
    venue: str | None = None
    country_iso3: str | None = None
    participants_total: int | None = None
    participants_at_least: bool = False
    participation: list[Participation] = field(default_factory=list)
    organisations: list[OrganisationRole] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)
    evidence: dict[str, str] = field(default_factory=dict)
    unsure: dict[str, str] = field(default_factory=dict)
    project: Project | None = None
    source_name: str = ""

    def keep_items(self, name: str, indexes: list[int]) -> None:
        """Keep only the items of the list field `name` ("organisations", "outcomes") at
        `indexes`, each with its evidence and doubt, renumbered in order."""
        items = getattr(self, name)
        if len(indexes) == len(items):
            return
        kept = [
            (items[i], self.evidence.get(f"{name}[{i}]"), self.unsure.get(f"{name}[{i}]"))
            for i in indexes
        ]
        for store in (self.evidence, self.unsure):
            for key in [k for k in store if k.startswith(f"{name}[")]:
                del store[key]
        setattr(self, name, [item for item, _, _ in kept])
        for i, (_, quote, why) in enumerate(kept):
            if quote:
                self.evidence[f"{name}[{i}]"] = quote
            if why:
                self.unsure[f"{name}[{i}]"] = why

    def to_json(self, details: bool = False) -> dict:
        """The command line's object: exactly JSON_KEYS, dates as ISO text at their precision.
        With `details`, also the project, the guessed fields and the source's name."""
        out = {
            "title": self.title,
            "event_type": self.event_type,
            "start_date": dates.iso_at_precision(self.start_date, self.date_precision),
            "end_date": dates.iso_at_precision(self.end_date, self.date_precision),
            "date_precision": self.date_precision,
            "city": self.city,
            "venue": self.venue,
            "country_iso3": self.country_iso3,
            "participants_total": self.participants_total,
            "participants_at_least": self.participants_at_least,
            "participation": [
                {"country_iso3": p.country_iso3, "participants": p.participants}
                for p in self.participation
            ],
            "organisations": [{"name": o.name, "role": o.role} for o in self.organisations],
            "outcomes": [
                {"outcome_type": o.outcome_type, "title": o.title, "quantity": o.quantity}
                for o in self.outcomes
            ],
            "evidence": dict(self.evidence),
        }
        if details:
            out["project"] = self.project.name if self.project else None
            out["unsure"] = dict(self.unsure)
            out["source"] = self.source_name
        return out

    @classmethod
    def from_json(cls, obj: Mapping[str, object]) -> Draft:
        """The draft `to_json` wrote (what the Review page records as proposed and as saved);
        dates at their precision ("2016-05") back to the first day of their period."""
        precision = obj.get("date_precision")
        return cls(
            title=str(obj.get("title") or ""),
            event_type=obj.get("event_type"),
            start_date=dates.from_iso_at_precision(obj.get("start_date")),
            end_date=dates.from_iso_at_precision(obj.get("end_date")),
            date_precision=precision if isinstance(precision, str) else None,
            city=obj.get("city"),
            venue=obj.get("venue"),
            country_iso3=obj.get("country_iso3"),
            participants_total=obj.get("participants_total"),
            participants_at_least=bool(obj.get("participants_at_least")),
            participation=[
                Participation(p["country_iso3"], p.get("participants"))
                for p in obj.get("participation") or []
            ],
            organisations=[
                OrganisationRole(o["name"], o["role"]) for o in obj.get("organisations") or []
            ],
            outcomes=[
                Outcome(o["outcome_type"], o["title"], o.get("quantity"))
                for o in obj.get("outcomes") or []
            ],
            evidence=dict(obj.get("evidence") or {}),
        )


def slug(text: str, limit: int = 48) -> str:
    """A readable identifier from a title: "Regional Exchange Program" -> "regional-exchange-program"."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text[:limit].rstrip("-") or "item"


_KIND_WORDS = (
    ("academic", r"\b(?:University|Institute|College|Academy|School)\b"),
    ("government", r"\b(?:Ministry|Department|Bureau|Government|Embassy|Office of)\b"),
    ("network", r"\b(?:Network|Net|Coalition|Alliance|Coordinating Committee)\b|-Cord\b"),
    ("igo", r"\b(?:United Nations|International Labour Organization|ILO|IOM|UNICEF|UNDP|ASEAN)\b"),
)


def _org_kind(name: str, roles: set[str]) -> str:
    for kind, pattern in _KIND_WORDS:
        if re.search(pattern, name):
            return kind
    if "funder" in roles:
        return "funder"
    if "partner" in roles:
        return "partner"
    return "other"


def _unique(base: str, taken: set[str]) -> str:
    key, n = base, 2
    while key in taken:
        key, n = f"{base}-{n}", n + 1
    taken.add(key)
    return key


def drafts_to_rows(
    drafts: Iterable[Draft],
    source_id: str,
    known_orgs: Mapping[str, str] | None = None,
    known_projects: Mapping[str, str] | None = None,
    taken_ids: Iterable[str] = (),
) -> dict[str, list[dict]]:
    """Rows for the tables, in the seed CSV columns, from reviewed drafts.

    `source_id` is the source row the caller made for the document. `known_orgs` maps an
    organisation's name or short name (any case) to the org_id already in the database, and
    `known_projects` a project's name to its project_id, so existing rows are referred to
    rather than added again; `taken_ids` are identifiers already used in the database, which new
    rows avoid. New organisations get kind from their name (University ->
    academic) or role, and a person reviews them with the rest. Values are typed (dates as
    dates, counts as ints); atlas.validation.coerce accepts them as they are.
    """
    known_orgs = {fold_for_record_match(k): v for k, v in (known_orgs or {}).items()}
    known_projects = {fold_for_record_match(k): v for k, v in (known_projects or {}).items()}
    tables: dict[str, list[dict]] = {
        name: []
        for name in (
            "projects",
            "project_funders",
            "project_partners",
            "organisations",
            "events",
            "participation",
            "event_organisations",
            "outcomes",
        )
    }
    drafts = list(drafts)
    taken: set[str] = set(taken_ids)
    org_ids: dict[str, str] = {}
    org_roles: dict[str, set[str]] = {}
    org_quotes: dict[str, str] = {}
    for d in drafts:
        for i, org in enumerate(d.organisations):
            org_roles.setdefault(org.name, set()).add(org.role)
            org_quotes.setdefault(org.name, d.evidence.get(f"organisations[{i}]", ""))
        if d.project:
            for name in d.project.funders:
                org_roles.setdefault(name, set()).add("funder")
                org_quotes.setdefault(name, d.project.evidence.get("funders", ""))
            for name in d.project.partners:
                org_roles.setdefault(name, set()).add("partner")
                org_quotes.setdefault(name, d.project.evidence.get("partners", ""))

    def org_id(name: str) -> str:
        if name not in org_ids:
            existing = known_orgs.get(fold_for_record_match(name))
            if existing:
                org_ids[name] = existing
            else:
                org_ids[name] = _unique(slug(name, 32), taken)
                tables["organisations"].append(
                    {
                        "org_id": org_ids[name],
                        "name": name,
                        "short_name": None,
                        "kind": _org_kind(name, org_roles.get(name, set())),
                        "country_iso3": None,
                        "source_id": source_id,
                        "source_quote": org_quotes.get(name) or None,
                    }
                )
        return org_ids[name]

    project_ids: dict[str, str] = {}

    def project_id(project: Project) -> str:
        if project.name not in project_ids:
            existing = known_projects.get(fold_for_record_match(project.name))
            if existing:
                project_ids[project.name] = existing
                return existing
            pid = project_ids[project.name] = _unique(
                slug(project.short_name or project.name, 32), taken
            )
            tables["projects"].append(
                {
                    "project_id": pid,
                    "name": project.name,
                    "description": None,
                    "start_date": project.start_date,
                    "end_date": None,
                    "date_precision": project.date_precision if project.start_date else None,
                    "lead_org_id": None,
                    "source_id": source_id,
                    "source_quote": project.evidence.get("name"),
                }
            )
            for name in project.funders:
                tables["project_funders"].append(
                    {
                        "project_id": pid,
                        "org_id": org_id(name),
                        "source_quote": project.evidence.get("funders"),
                    }
                )
            for name in project.partners:
                tables["project_partners"].append(
                    {
                        "project_id": pid,
                        "org_id": org_id(name),
                        "source_quote": project.evidence.get("partners"),
                    }
                )
        return project_ids[project.name]

    for d in drafts:
        when = d.start_date.strftime("%Y-%m") if d.start_date else "undated"
        event_id = _unique(slug(f"{d.title} {when}", 64), taken)
        pid = project_id(d.project) if d.project else None
        quote = " … ".join(
            dict.fromkeys(
                q
                for q in (
                    d.evidence.get("title"),
                    d.evidence.get("participants_total"),
                )
                if q
            )
        )
        tables["events"].append(
            {
                "event_id": event_id,
                "project_id": pid,
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
                "description": None,
                "source_id": source_id,
                "source_quote": quote or d.title,
            }
        )
        for i, p in enumerate(d.participation):
            tables["participation"].append(
                {
                    "event_id": event_id,
                    "country_iso3": p.country_iso3,
                    "participants": p.participants,
                    "source_quote": d.evidence.get(f"participation[{i}]"),
                }
            )
        seen_roles: set[tuple[str, str]] = set()
        for i, org in enumerate(d.organisations):
            key = (org_id(org.name), org.role)
            if key in seen_roles:
                continue
            seen_roles.add(key)
            tables["event_organisations"].append(
                {
                    "event_id": event_id,
                    "org_id": key[0],
                    "role": org.role,
                    "source_quote": d.evidence.get(f"organisations[{i}]"),
                }
            )
        for i, o in enumerate(d.outcomes):
            at_project = o.scope == "project" and pid is not None
            tables["outcomes"].append(
                {
                    "outcome_id": _unique(slug(f"{o.outcome_type} {o.title}", 64), taken),
                    "outcome_type": o.outcome_type,
                    "title": o.title,
                    "description": None,
                    "quantity": o.quantity,
                    "unit": o.unit if o.quantity is not None else None,
                    "date": None,
                    "date_precision": None,
                    "project_id": pid,
                    "event_id": None if at_project else event_id,
                    "country_iso3": None,
                    "source_id": source_id,
                    "source_quote": d.evidence.get(f"outcomes[{i}]") or o.title,
                }
            )
    return tables
