"""Words users see for the codes the database stores ("field_visit" -> "Field visit")."""

from __future__ import annotations

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


def event_type(code: str | None) -> str:
    return EVENT_TYPES.get(code or "", code or "")


def outcome_type(code: str | None) -> str:
    return OUTCOME_TYPES.get(code or "", code or "")


def role(code: str | None) -> str:
    return ROLES.get(code or "", code or "")
