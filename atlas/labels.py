"""Words users see for the codes the database stores ("field_visit" -> "Field visit")."""

from __future__ import annotations

import pandas as pd

from atlas.i18n import DEFAULT, M_, N_, Message, phrase, translator

EVENT_TYPES = {
    "workshop": N_("Workshop"),
    "exchange": N_("Exchange programme"),
    "consultation": N_("Consultation"),
    "seminar": N_("Seminar"),
    "training": N_("Training"),
    "field_visit": N_("Field visit"),
    "exhibition": N_("Exhibition"),
    "launch": N_("Launch"),
    "meeting": N_("Meeting"),
    "conference": N_("Conference"),
    "other": N_("Other"),
}

OUTCOME_TYPES = {
    "publication": N_("Publication"),
    "documentary": N_("Documentary"),
    "recommendation": N_("Recommendations"),
    "agreement": N_("Agreement"),
    "network": N_("Network formed"),
    "policy_change": N_("Policy or institutional change"),
    "materials_distributed": N_("Materials distributed"),
    "media_product": N_("Media product"),
    "other": N_("Other"),
}

ROLES = {
    "organiser": N_("Organiser"),
    "funder": N_("Funder"),
    "partner": N_("Partner"),
    "host": N_("Host"),
    "visited": N_("Visited"),
    "trainer": N_("Trainer"),
    "speaker": N_("Speaker"),
}

ORGANISATION_KINDS = {
    "network": N_("Network"),
    "member": N_("Member"),
    "partner": N_("Partner"),
    "funder": N_("Funder"),
    "government": N_("Government"),
    "igo": N_("Intergovernmental organisation"),
    "academic": N_("Academic"),
    "media": N_("Media"),
    "other": N_("Other"),
}

# A table's rows in the users' words: (one, many).
# What a change of the audit trail did, as a noun for a sentence ("the first: a deletion of ...").
ACTION_NOUNS = {"insert": N_("addition"), "update": N_("change"), "delete": N_("deletion")}

TABLE_ROWS = {
    "sources": (N_("source"), N_("sources")),
    "organisations": (N_("organisation"), N_("organisations")),
    "projects": (N_("project"), N_("projects")),
    "project_funders": (N_("funder link"), N_("funder links")),
    "project_partners": (N_("partner link"), N_("partner links")),
    "events": (N_("event"), N_("events")),
    "event_organisations": (N_("organisation link"), N_("organisation links")),
    "participation": (
        N_("participation row (participants from one country)"),
        N_("participation rows (participants by country)"),
    ),
    "outcomes": (N_("outcome"), N_("outcomes")),
    "targets": (N_("target"), N_("targets")),
}

# The name a form's problems are located by ("Event: title is required").
FORM_NAMES = {
    "events": N_("Event"),
    "outcomes": N_("Outcome"),
    "organisations": N_("Organisation"),
    "projects": N_("Project"),
    "sources": N_("Source"),
    "targets": N_("Target"),
}

# A column type in words, for the data dictionary and the manifests.
TYPE_WORDS = {
    "VARCHAR": N_("text"),
    "INTEGER": N_("whole number"),
    "BIGINT": N_("whole number"),
    "HUGEINT": N_("whole number"),
    "DOUBLE": N_("number"),
    "DATE": N_("date (YYYY-MM-DD)"),
    "BOOLEAN": N_("true/false"),
    "TIMESTAMP": N_("date and time (UTC)"),
}

INDICATOR_KINDS = {
    "events": N_("Events"),
    "participants": N_("Participants"),
    "countries_reached": N_("Countries reached"),
    "outcomes": N_("Outcomes"),
    "manual": N_("Counted by hand"),
}

# IATI 2.03 code lists the export needs and the data may hold (organisations.iati_org_type,
# projects.iati_activity_status): OrganisationType and ActivityStatus, as the IATI Standard's
# codelist pages publish them. DuckDB cannot add a CHECK to an existing table, so
# atlas/validation.py checks these.
IATI_ORGANISATION_TYPES = {
    "10": "Government",
    "11": "Local Government",
    "15": "Other Public Sector",
    "21": "International NGO",
    "22": "National NGO",
    "23": "Regional NGO",
    "24": "Partner Country based NGO",
    "30": "Public Private Partnership",
    "40": "Multilateral",
    "60": "Foundation",
    "70": "Private Sector",
    "71": "Private Sector in Provider Country",
    "72": "Private Sector in Aid Recipient Country",
    "73": "Private Sector in Third Country",
    "80": "Academic, Training and Research",
    "90": "Other",
}
IATI_ACTIVITY_STATUS = {
    "1": "Pipeline/identification",
    "2": "Implementation",
    "3": "Finalisation",
    "4": "Closed",
    "5": "Cancelled",
    "6": "Suspended",
}
IATI_CODES = {
    "iati_org_type": IATI_ORGANISATION_TYPES,
    "iati_activity_status": IATI_ACTIVITY_STATUS,
}


def indicator_kind(code: str | None, lang: str = DEFAULT) -> str:
    return _word(INDICATOR_KINDS, code, lang)


def _word(words: dict[str, str], code: str | None, lang: str) -> str:
    return translator(lang)._(words[code]) if code in words else (code or "")


def event_type(code: str | None, lang: str = DEFAULT) -> str:
    return _word(EVENT_TYPES, code, lang)


def outcome_type(code: str | None, lang: str = DEFAULT) -> str:
    return _word(OUTCOME_TYPES, code, lang)


def role(code: str | None, lang: str = DEFAULT) -> str:
    return _word(ROLES, code, lang)


def organisation_kind(code: str | None, lang: str = DEFAULT) -> str:
    return _word(ORGANISATION_KINDS, code, lang)


def _missing(value: object) -> bool:
    return value is None or bool(pd.isna(value))


def participants(total: object, at_least: object = False, lang: str = DEFAULT) -> str:
    """A stated participant total in words: "24", "at least 80", "not stated"."""
    t = translator(lang)
    if _missing(total):
        return t._("not stated")
    number = f"{int(total):,}" if t.lang == DEFAULT else t.number(total)
    if not _missing(at_least) and bool(at_least):
        return t._("at least {n}").format(n=number)
    return number


def quantity(value: object, unit: object, lang: str = DEFAULT) -> str:
    """An outcome's quantity as the report gives it: "5 newsletters", "5 languages"; "" if none.
    The unit is data (as recorded), so it stays in the report's words."""
    if _missing(value):
        return ""
    unit_text = unit if isinstance(unit, str) and unit.strip() else ""
    number = f"{int(value):,}" if lang == DEFAULT else translator(lang).number(value)
    return f"{number} {unit_text}".strip()


def counted(table: str, n: int) -> Message:
    """n rows of a table in words, as a Message: "1 event", "3 participation rows (participants
    by country)"; a table with no words of its own is named as it is."""
    if table not in TABLE_ROWS:
        return M_("{n} {rows}", n=n, rows=table)
    # The nouns are two messages of their own (N_ above), not one plural entry: the English
    # form for n is said in the language ("{n} {rows}" places the number).
    one, many = TABLE_ROWS[table]
    return M_("{n} {rows}", n=n, rows=phrase(one if n == 1 else many))


def counted_rows(table: str, n: int, lang: str = DEFAULT) -> str:
    """n rows of a table in words in a language: "1 event", "3 participation rows"."""
    return translator(lang).text(counted(table, n))
