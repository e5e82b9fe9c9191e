"""IATI 2.03 activity XML of the projects in view: what a funder's systems read.

    activities(con, filters, reporting_org=None) -> Activities  (the XML, validated, and warnings)

One `iati-activity` per project with reporting-org, title, description, participating-org (1
Funding for its funders, 4 Implementing for its lead and the organisers of its events),
activity-status, activity-date, recipient-country (where its events took place), a
`document-link` per source its records cite, and a `result` per target: an output indicator
with its period, target and actual (counted live, queries/results/table.sql), the actual's
"at least" and undated records said in its comment, and for participants one more actual per
home country with a stated count, as a `dimension`.

Identifiers the reports never give are never made up: they are columns (organisations.iati_org_id
and iati_org_type, projects.iati_identifier and iati_activity_status, migration 007) that the
network fills. **The export refuses** when an element the 2.03 schema requires cannot be filled
from the data (the reporting organisation's identifier and type, a project's start date, status
or participating organisation) or a target has no period to put its target and actual in: a file
with a placeholder there would be either invalid or a false claim, and a funder's system would
take it as the network's word. The refusal lists every missing item, where it goes and how to
add it; `complete_only` (--complete-only) writes the complete projects and lists the others
with what they lack. Optional things that are missing (a partner's or funder's IATI identifier, a source
with no web address) are written without, and listed as warnings.

Every file is validated against the official schema (standards/iati-2.03/) with xmlschema
before it is returned; a file that does not validate is never written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import duckdb
import pandas as pd
import xmlschema
from lxml import etree

from atlas import dates, labels, queries
from atlas.access import Scope
from atlas.filters import Filters

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = ROOT / "standards" / "iati-2.03" / "iati-activities-schema.xsd"
VERSION = "2.03"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# IATI code lists used here (codelists of the IATI Standard 2.03).
ROLE_FUNDING, ROLE_IMPLEMENTING = "1", "4"
RESULT_OUTPUT = "1"
MEASURE_UNIT = "1"
DATE_ACTUAL_START, DATE_PLANNED_END, DATE_ACTUAL_END = "2", "3", "4"
DOCUMENT_REVIEW = "A07"  # DocumentCategory: review of project performance and evaluation
FORMATS = {
    ".txt": "text/plain",
    ".md": "text/markdown",
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".html": "text/html",
    ".htm": "text/html",
}

HOW_ORG = (
    "organisations: set it on Manage -> Organisations, or import organisations.csv with the column filled: "
    "python -m atlas.ingest organisations FILE --commit"
)
HOW_PROJECT = (
    "projects: set it on Manage -> Projects, or import projects.csv with the column filled: "
    "python -m atlas.ingest projects FILE --commit"
)
HOW_TARGET = (
    "targets: set them on Manage -> Targets, or import targets.csv with the columns filled: "
    "python -m atlas.ingest targets FILE --commit"
)


@dataclass(frozen=True)
class Missing:
    """One thing the data lack that the export needs: what, where it goes, and how to add it."""

    what: str
    column: str
    how: str

    def __str__(self) -> str:
        return f"{self.what}: {self.column} is empty"


class IatiRefused(Exception):
    """The data lack what the schema requires; `missing` lists every item. Nothing is written."""

    def __init__(self, missing: list[Missing], warnings: list[str] | None = None):
        self.missing = missing
        self.warnings = warnings or []
        shown = "\n".join(f"- {m}" for m in missing[:40])
        more = f"\n... and {len(missing) - 40} more" if len(missing) > 40 else ""
        hows = "\n".join(f"- {h}" for h in dict.fromkeys(m.how for m in missing))
        super().__init__(
            f"No IATI file was written: {len(missing)} item(s) the IATI 2.03 schema requires are "
            f"missing from the data (identifiers are never made up):\n{shown}{more}\n"
            f"How to add them:\n{hows}"
        )


@dataclass
class Activities:
    xml: bytes
    activities: int
    results: int
    warnings: list[str] = field(default_factory=list)
    left_out: int = 0  # incomplete projects left out (complete_only)


@cache
def schema() -> xmlschema.XMLSchema:
    """The official 2.03 activity schema, loaded once from the copy in the project."""
    return xmlschema.XMLSchema(str(SCHEMA))


def file_name(filters: Filters, today: dt.date) -> str:
    """atlas-iati-activities-2026-11-24.xml; with filters, -filtered before the date."""
    return f"atlas-iati-activities{'' if filters.is_empty else '-filtered'}-{today.isoformat()}.xml"


def validate(xml: bytes) -> list[str]:
    """The schema's objections to `xml`, in its own words; empty when it is valid."""
    document = etree.fromstring(xml)
    return [f"{e.path}: {e.reason}" for e in schema().iter_errors(document)]


def _text(parent: etree._Element, tag: str, text: str, **attrs: str) -> etree._Element:
    """<tag attrs><narrative>text</narrative></tag>"""
    element = etree.SubElement(parent, tag, {k.replace("_", "-"): v for k, v in attrs.items()})
    etree.SubElement(element, "narrative").text = text
    return element


def _missing(value: object) -> bool:
    return value is None or (not isinstance(value, (list, tuple)) and bool(pd.isna(value)))


def _date(value: object) -> dt.date:
    return pd.Timestamp(value).date()


def _reporting_org(
    con: duckdb.DuckDBPyConnection, org_id: str | None, scope: Scope
) -> tuple[pd.Series | None, list[Missing]]:
    found = queries.run("iati/reporting_org", scope=scope, con=con, org_id=org_id)
    if org_id is not None and found.empty:
        return None, [
            Missing(
                f"Reporting organisation {org_id!r} (no organisation has this id)",
                "organisations.org_id",
                "--reporting-org takes the org_id of the organisation that publishes",
            )
        ]
    if org_id is None and len(found) != 1:
        said = (
            "no organisation of kind network has an IATI identifier"
            if found.empty
            else "several networks have one (" + ", ".join(found["org_id"]) + ")"
        )
        return None, [
            Missing(
                "Reporting organisation (the publisher of the file)",
                "organisations.iati_org_id",
                f"{said}: fill the publishing network's identifier, or name the "
                "publisher with --reporting-org ORG_ID (the Data page: 'Reporting organisation')",
            )
        ]
    org = found.iloc[0]
    missing = []
    if _missing(org["iati_org_id"]):
        missing.append(
            Missing(
                f"Reporting organisation {org['name']} ({org['org_id']})",
                "organisations.iati_org_id",
                HOW_ORG,
            )
        )
    if _missing(org["iati_org_type"]):
        missing.append(
            Missing(
                f"Reporting organisation {org['name']} ({org['org_id']})",
                "organisations.iati_org_type (an IATI OrganisationType code, e.g. 21 International "
                "NGO, 23 Regional NGO)",
                HOW_ORG,
            )
        )
    return org, missing


def activities(
    con: duckdb.DuckDBPyConnection,
    filters: Filters | None = None,
    *,
    reporting_org: str | None = None,
    generated_at: dt.datetime | None = None,
    complete_only: bool = False,
    scope: Scope,
) -> Activities:
    """The IATI activity file of the projects in view. Raises IatiRefused with every missing
    required item; raises ValueError if the file does not validate (a bug, never shipped).
    `complete_only` leaves out the projects that lack a required item instead, and says which and
    why in the warnings (the reporting organisation is still required: without it no activity is
    valid).

    `scope` (no default) is whose view the file holds: every query below reads within it."""
    filters = filters or Filters()
    params = filters.sql_params()
    generated_at = (
        (generated_at or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    )
    org, file_missing = _reporting_org(con, reporting_org, scope)
    missing: list[Missing] = []
    warnings: list[str] = []
    left_out = 0
    projects = queries.run("iati/activities", scope=scope, con=con, **params)
    ids = list(projects["project_id"])
    orgs = queries.run("iati/participating_orgs", scope=scope, con=con, project_ids=ids)
    countries = queries.run(
        "iati/recipient_countries", scope=scope, con=con, project_ids=ids, **params
    )
    documents = queries.run("iati/documents", scope=scope, con=con, project_ids=ids)
    results = queries.run("results/table", scope=scope, con=con, search=None, **params)
    by_country = queries.run("results/participants_by_country", scope=scope, con=con, **params)

    if projects.empty:
        raise IatiRefused([Missing("No project is in view", "(the filters)", "widen the filters")])
    root = etree.Element(
        "iati-activities",
        {"version": VERSION, "generated-datetime": generated_at.strftime("%Y-%m-%dT%H:%M:%SZ")},
    )
    written_results = 0
    for project in projects.itertuples(index=False):
        pid = project.project_id
        where = f"Project {project.name} ({pid})"
        mine_missing: list[Missing] = []
        ref = None if org is None or _missing(org["iati_org_id"]) else str(org["iati_org_id"])
        activity = etree.SubElement(
            root,
            "iati-activity",
            {"last-updated-datetime": generated_at.strftime("%Y-%m-%dT%H:%M:%SZ"), XML_LANG: "en"},
        )
        identifier = (
            project.iati_identifier
            if not _missing(project.iati_identifier)
            else (f"{ref}-{pid}" if ref else "")
        )
        etree.SubElement(activity, "iati-identifier").text = identifier
        if ref and _missing(project.iati_identifier):
            warnings.append(
                f"{where}: iati-identifier {identifier} is made by IATI's rule (the reporting "
                f"organisation's identifier, a hyphen, the project's own id); once published it must "
                f"never change, so store it in projects.iati_identifier."
            )
        if org is not None:
            _text(
                activity,
                "reporting-org",
                str(org["name"]),
                ref=ref or "",
                type="" if _missing(org["iati_org_type"]) else str(org["iati_org_type"]),
            )
        else:
            _text(activity, "reporting-org", "", ref="", type="")
        _text(activity, "title", project.name)
        description = (
            project.description if not _missing(project.description) else project.source_quote
        )
        if _missing(description):
            mine_missing.append(Missing(where, "projects.description", HOW_PROJECT))
            description = ""
        _text(activity, "description", str(description), type="1")
        mine = orgs[orgs["project_id"] == pid]
        if mine.empty:
            mine_missing.append(
                Missing(
                    where + ": no funder, lead or event organiser is recorded (the schema needs "
                    "at least one participating organisation)",
                    "projects.lead_org_id",
                    HOW_PROJECT,
                )
            )
        for o in mine.itertuples(index=False):
            attrs = {"role": o.iati_role}
            if not _missing(o.iati_org_id):
                attrs["ref"] = o.iati_org_id
            else:
                warnings.append(
                    f"{where}: participating organisation {o.name} ({o.org_id}) has no "
                    "organisations.iati_org_id; written by name only."
                )
            if not _missing(o.iati_org_type):
                attrs["type"] = o.iati_org_type
            _text(activity, "participating-org", o.name, **attrs)
        status = project.iati_activity_status
        if _missing(status):
            mine_missing.append(
                Missing(
                    where,
                    "projects.iati_activity_status (an IATI ActivityStatus code: "
                    + ", ".join(f"{c} {w}" for c, w in labels.IATI_ACTIVITY_STATUS.items())
                    + ")",
                    HOW_PROJECT,
                )
            )
            status = ""
        etree.SubElement(activity, "activity-status", code=str(status))
        if _missing(project.start_date):
            mine_missing.append(
                Missing(
                    where + " (the schema needs at least one activity date)",
                    "projects.start_date",
                    HOW_PROJECT,
                )
            )
        else:
            _dated(
                activity,
                "activity-date",
                _date(project.start_date),
                project.date_precision,
                type=DATE_ACTUAL_START,
            )
        if not _missing(project.end_date):
            end = _date(project.end_date)
            _dated(
                activity,
                "activity-date",
                end,
                "day",
                type=DATE_ACTUAL_END if end <= generated_at.date() else DATE_PLANNED_END,
            )
        for c in countries[countries["project_id"] == pid].itertuples(index=False):
            _text(activity, "recipient-country", c.name, code=c.iso2)
        for d in documents[documents["project_id"] == pid].itertuples(index=False):
            _document(activity, d, warnings, where)
        for r in results[results["project_id"] == pid].itertuples(index=False):
            _result(activity, r, project, by_country, mine_missing)
            written_results += 1
        if mine_missing and complete_only:
            root.remove(activity)
            left_out += 1
            written_results -= int((results["project_id"] == pid).sum())
            warnings.append(
                f"{where}: left out (--complete-only); it lacks: "
                + "; ".join(
                    f"{m.column} ({m.what})" if m.what != where else m.column for m in mine_missing
                )
            )
        else:
            missing += mine_missing
    if file_missing or missing:
        raise IatiRefused(file_missing + missing, warnings)
    if len(root) == 0:
        raise IatiRefused(
            [
                Missing(
                    "Every project in view is incomplete, so no activity is left to write",
                    "(see the warnings)",
                    "fill what the warnings list, or widen the filters",
                )
            ],
            warnings,
        )
    xml = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    problems = validate(xml)
    if problems:
        raise ValueError(
            "The IATI file does not validate against the 2.03 schema: " + "; ".join(problems[:5])
        )
    return Activities(xml, len(projects) - left_out, written_results, warnings, left_out)


def _dated(
    parent: etree._Element, tag: str, day: dt.date, precision: str | None, **attrs: str
) -> None:
    """An element with iso-date; a date known only to the month, season or year is stored as the
    first day of its period, so its narrative says the period as the source gives it."""
    element = etree.SubElement(parent, tag, {"iso-date": day.isoformat(), **attrs})
    if precision and precision != "day":
        etree.SubElement(
            element, "narrative"
        ).text = f"{dates.format_date(day, precision)} (the source gives no day; the date is the first day of that period)"


def _document(activity: etree._Element, source, warnings: list[str], where: str) -> None:
    url = source.path_or_url if not _missing(source.path_or_url) else ""
    if not url.startswith(("http://", "https://")):
        warnings.append(
            f"{where}: source {source.source_id} has no web address; its document-link holds "
            f"{'the path ' + url if url else 'no address'} (sources.path_or_url)."
        )
    suffix = Path(url.split("?")[0]).suffix.lower()
    link = etree.SubElement(
        activity,
        "document-link",
        url=url,
        format=FORMATS.get(suffix, "text/html" if url.startswith("http") else "text/plain"),
    )
    _text(link, "title", source.title)
    etree.SubElement(link, "category", code=DOCUMENT_REVIEW)
    if not _missing(source.published):
        etree.SubElement(link, "document-date", {"iso-date": _date(source.published).isoformat()})


def _indicator_description(r) -> str:
    kind = labels.indicator_kind(r.indicator_kind).lower()
    of = (
        r.event_type
        if not _missing(r.event_type)
        else (r.outcome_type if not _missing(r.outcome_type) else None)
    )
    what = f"{kind} of type {of}" if of else kind
    return f"Counted from the recorded {what}. The target as the source states it: {r.source_quote}"


def _result(
    activity: etree._Element, r, project, by_country: pd.DataFrame, missing: list[Missing]
) -> None:
    result = etree.SubElement(
        activity, "result", {"type": RESULT_OUTPUT, "aggregation-status": "0"}
    )
    _text(result, "title", r.indicator)
    indicator = etree.SubElement(result, "indicator", measure=MEASURE_UNIT, ascending="1")
    _text(indicator, "title", r.indicator)
    _text(indicator, "description", _indicator_description(r))
    if not _missing(r.baseline_value):
        if _missing(r.baseline_year):
            missing.append(
                Missing(
                    f"Target {r.target_id}: the baseline {r.baseline_value} has no year (the schema "
                    "needs one)",
                    "targets.baseline_year",
                    HOW_TARGET,
                )
            )
        else:
            etree.SubElement(
                indicator,
                "baseline",
                year=str(int(r.baseline_year)),
                value=str(int(r.baseline_value)),
            )
    start = r.period_start if not _missing(r.period_start) else project.start_date
    end = r.period_end if not _missing(r.period_end) else project.end_date
    if _missing(start) or _missing(end):
        missing.append(
            Missing(
                f"Target {r.target_id} ({r.indicator}): no period (the target states none and the project "
                f"{'has no end date' if _missing(end) else 'has no start date'}); IATI puts a target and its actual in a period",
                "targets.period_start and targets.period_end (or projects.start_date / end_date)",
                HOW_TARGET,
            )
        )
        return
    period = etree.SubElement(indicator, "period")
    etree.SubElement(period, "period-start", {"iso-date": _date(start).isoformat()})
    etree.SubElement(period, "period-end", {"iso-date": _date(end).isoformat()})
    target = etree.SubElement(period, "target", value=str(int(r.target_value)))
    _text(target, "comment", f"{r.source_quote} ({r.source_id})")
    actual = etree.SubElement(period, "actual")
    notes = []
    if _missing(r.actual):
        notes.append("Not stated: the counted events give no participant total.")
    else:
        actual.set("value", str(int(r.actual)))
    if r.actual_at_least:
        notes.append(
            "At least: the sources give a lower bound, or some records are left out below."
        )
    if r.undated_in_actual:
        n = int(r.undated_in_actual)
        notes.append(f"{n} counted record{' has' if n == 1 else 's have'} no date in the sources.")
    if r.undated_left_out:
        n = int(r.undated_left_out)
        notes.append(
            f"{n} record{' has' if n == 1 else 's have'} no date to place in the period and "
            f"{'is' if n == 1 else 'are'} not counted."
        )
    if r.indicator_kind == "manual":
        notes.append(f"Counted by hand: {r.manual_actual_quote}")
    else:
        notes.append("Counted from the network's records (Outcome Atlas).")
    _text(actual, "comment", " ".join(notes))
    for c in by_country[by_country["target_id"] == r.target_id].itertuples(index=False):
        part = etree.SubElement(period, "actual", value=str(int(c.participants)))
        etree.SubElement(part, "dimension", name="home country", value=c.country_iso3)
