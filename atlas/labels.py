"""Words users see for the codes the database stores ("field_visit" -> "Field visit")."""

from __future__ import annotations

import pandas as pd

EVENT_TYPES = {
    "workshop": "Workshop",
    "exchange": "Exchange programme",
    "consultation": "Consultation",
    "seminar": "Seminar",
    "training": "Training",
    "field_visit": "Field visit",
    "exhibition": "Exhibition",
    "launch": "Launch",
    "meeting": "Meeting",
    "conference": "Conference",
    "other": "Other",
}

OUTCOME_TYPES = {
    "publication": "Publication",
    "documentary": "Documentary",
    "recommendation": "Recommendations",
    "agreement": "Agreement",
    "network": "Network formed",
    "policy_change": "Policy or institutional change",
    "materials_distributed": "Materials distributed",
    "media_product": "Media product",
    "other": "Other",
}

ROLES = {
    "organiser": "Organiser",
    "funder": "Funder",
    "partner": "Partner",
    "host": "Host",
    "visited": "Visited",
    "trainer": "Trainer",
    "speaker": "Speaker",
}

ORGANISATION_KINDS = {
    "network": "Network",
    "member": "Member",
    "partner": "Partner",
    "funder": "Funder",
    "government": "Government",
    "igo": "Intergovernmental organisation",
    "academic": "Academic",
    "media": "Media",
    "other": "Other",
}

# A table's rows in the users' words: (one, many).
TABLE_ROWS = {
    "sources": ("source", "sources"),
    "organisations": ("organisation", "organisations"),
    "projects": ("project", "projects"),
    "project_funders": ("funder link", "funder links"),
    "project_partners": ("partner link", "partner links"),
    "events": ("event", "events"),
    "event_organisations": ("organisation link", "organisation links"),
    "participation": ("participation row (participants from one country)", "participation rows (participants by country)"),
    "outcomes": ("outcome", "outcomes"),
    "targets": ("target", "targets"),
}

# The name a form's problems are located by ("Event: title is required").
FORM_NAMES = {"events": "Event", "outcomes": "Outcome", "organisations": "Organisation",
              "projects": "Project", "sources": "Source", "targets": "Target"}

# A column type in words, for the data dictionary and the manifests.
TYPE_WORDS = {
    "VARCHAR": "text",
    "INTEGER": "whole number",
    "BIGINT": "whole number",
    "HUGEINT": "whole number",
    "DOUBLE": "number",
    "DATE": "date (YYYY-MM-DD)",
    "BOOLEAN": "true/false",
    "TIMESTAMP": "date and time (UTC)",
}

INDICATOR_KINDS = {
    "events": "Events",
    "participants": "Participants",
    "countries_reached": "Countries reached",
    "outcomes": "Outcomes",
    "manual": "Counted by hand",
}

# IATI 2.03 code lists the export needs and the data may hold (organisations.iati_org_type,
# projects.iati_activity_status): OrganisationType and ActivityStatus, as the IATI Standard's
# codelist pages publish them. DuckDB cannot add a CHECK to an existing table, so
# atlas/validation.py checks these.
IATI_ORGANISATION_TYPES = {
    "10": "Government", "11": "Local Government", "15": "Other Public Sector",
    "21": "International NGO", "22": "National NGO", "23": "Regional NGO",
    "24": "Partner Country based NGO", "30": "Public Private Partnership", "40": "Multilateral",
    "60": "Foundation", "70": "Private Sector", "71": "Private Sector in Provider Country",
    "72": "Private Sector in Aid Recipient Country", "73": "Private Sector in Third Country",
    "80": "Academic, Training and Research", "90": "Other",
}
IATI_ACTIVITY_STATUS = {
    "1": "Pipeline/identification", "2": "Implementation", "3": "Finalisation", "4": "Closed",
    "5": "Cancelled", "6": "Suspended",
}
IATI_CODES = {"iati_org_type": IATI_ORGANISATION_TYPES, "iati_activity_status": IATI_ACTIVITY_STATUS}


def indicator_kind(code: str | None) -> str:
    return INDICATOR_KINDS.get(code or "", code or "")


def event_type(code: str | None) -> str:
    return EVENT_TYPES.get(code or "", code or "")


def outcome_type(code: str | None) -> str:
    return OUTCOME_TYPES.get(code or "", code or "")


def role(code: str | None) -> str:
    return ROLES.get(code or "", code or "")


def _missing(value: object) -> bool:
    return value is None or bool(pd.isna(value))


def participants(total: object, at_least: object = False) -> str:
    """A stated participant total in words: "24", "at least 80", "not stated"."""
    if _missing(total):
        return "not stated"
    return ("at least " if not _missing(at_least) and bool(at_least) else "") + f"{int(total):,}"


def quantity(value: object, unit: object) -> str:
    """An outcome's quantity as the report gives it: "5 newsletters", "5 languages"; "" if none."""
    if _missing(value):
        return ""
    unit_text = unit if isinstance(unit, str) and unit.strip() else ""
    return f"{int(value):,} {unit_text}".strip()


def counted_rows(table: str, n: int) -> str:
    """n rows of a table in words: "1 event", "3 participation rows (participants by country)"."""
    one, many = TABLE_ROWS.get(table, (table, table))
    return f"{n:,} {one if n == 1 else many}"
