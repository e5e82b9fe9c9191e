"""HXL hashtags of the exported columns: the one table of them.

The Humanitarian Exchange Language (HXL, hxlstandard.org) marks each column of a spreadsheet
with a hashtag row under the header (#event+id, #date+start, #country+code, #reached+num), so
tools that read HXL (HDX, HXL Proxy, many M&E systems) understand a file without a mapping.
`python -m atlas.export TABLE --format csv --hxl` and the Data page's "HXL hashtag row" add the
row; the data dictionary lists each column's hashtag.

Core hashtags and attributes of the HXL 1.1 dictionary where one fits (#event, #activity,
#org, #country, #loc, #date, #reached, #output, #indicator, #description, #meta, +id, +name,
+type, +code, +v_iso3, +start, +end, +num, +pct); HXL allows attributes of one's own, and
those used here for what HXL has no word for are plain lowercase words (+at_least, +precision,
+quote, +target, +actual, +undated).
"""

from __future__ import annotations

import re

from atlas import countries

# Columns that mean the same in every table they appear in.
COMMON = {
    "event_id": "#event+id",
    "project_id": "#activity+id",
    "project_name": "#activity+name",
    "event_type": "#event+type",
    "outcome_id": "#output+id",
    "outcome_type": "#output+type",
    "org_id": "#org+id",
    "start_date": "#date+start",
    "end_date": "#date+end",
    "date_precision": "#date+precision",
    "city": "#loc+name",
    "venue": "#loc+name+venue",
    "description": "#description",
    "source_id": "#meta+source+id",
    "source_quote": "#meta+source+quote",
    "participants_total": "#reached+num",
    "participants_at_least": "#reached+at_least",
    "not_broken_down": "#reached+num+unassigned",
    "countries_without_count": "#country+code+v_iso3+nocount",
}

# Columns whose meaning depends on the table (a title is an event's or an outcome's).
BY_TABLE = {
    "events": {"title": "#event+name", "country_iso3": "#country+code+v_iso3+host"},
    "events_by_country": {"title": "#event+name", "country_iso3": "#country+code+v_iso3+host"},
    "participation": {
        "country_iso3": "#country+code+v_iso3+origin",
        "participants": "#reached+num+origin",
        "title": "#event+name",
    },
    "outcomes": {
        "title": "#output+name",
        "quantity": "#output+num",
        "unit": "#output+unit",
        "date": "#date",
        "country_iso3": "#country+code+v_iso3",
    },
    "organisations": {
        "name": "#org+name",
        "short_name": "#org+acronym",
        "kind": "#org+type",
        "country_iso3": "#country+code+v_iso3",
        "iati_org_id": "#org+code+iati",
        "iati_org_type": "#org+type+iati",
    },
    "projects": {
        "name": "#activity+name",
        "lead_org_id": "#org+id+lead",
        "iati_identifier": "#activity+code+iati",
        "iati_activity_status": "#status+iati",
    },
    "results": {
        "target_id": "#indicator+id",
        "indicator": "#indicator+name",
        "indicator_kind": "#indicator+type",
        "period_start": "#date+start",
        "period_end": "#date+end",
        "baseline_value": "#indicator+num+baseline",
        "baseline_year": "#date+year+baseline",
        "target_value": "#indicator+num+target",
        "actual": "#indicator+num+actual",
        "actual_at_least": "#indicator+actual+at_least",
        "progress_pct": "#indicator+pct+progress",
        "undated_in_actual": "#indicator+num+undated",
        "undated_left_out": "#indicator+num+undated+excluded",
        "manual_actual_quote": "#meta+quote+actual",
    },
}

_TAG = re.compile(r"^#[a-z][a-z0-9_]*(\+[a-z][a-z0-9_]*)*$")


def hashtag(table: str, column: str) -> str:
    """The column's HXL hashtag in this table; "" for a column with none (HXL allows that)."""
    tag = BY_TABLE.get(table, {}).get(column) or COMMON.get(column)
    if tag:
        return tag
    if table == "events_by_country" and countries.is_code(column):
        # One column per home country: participants from that country.
        return f"#reached+num+origin+{column.lower()}"
    return ""


def row(table: str, columns: list[str]) -> list[str]:
    """The hashtag row for these columns, in order."""
    return [hashtag(table, c) for c in columns]


def is_hashtag(text: str) -> bool:
    """A well-formed HXL hashtag spec (#tag+attribute+...), all lowercase."""
    return bool(_TAG.match(text))
