"""The pieces the Manage and History pages share: who is editing, a form field for any column
drawn from the schema, a choice among many records, the participants-by-country editor with its
live "not broken down" remainder, and problems shown in the users' words. The rules themselves
live in atlas.validation and atlas.ingest; nothing here decides what is valid.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from contextlib import contextmanager

import streamlit as st

from atlas import countries, labels
from atlas.access import Person
from atlas.db import shared
from atlas.i18n import N_
from atlas.schema import Table
from atlas.validation import Problem
from ui import shell
from ui.shell import _, ngettext, number

PICK_LIMIT = 200  # choices listed at once; past that a search box narrows them
LONG_TEXT = {"description", "source_quote", "title", "name", "manual_actual_quote"}
LABELS = {
    "event_id": N_("Event id"),
    "outcome_id": N_("Outcome id"),
    "org_id": N_("Organisation id"),
    "project_id": N_("Project"),
    "source_id": N_("Source"),
    "lead_org_id": N_("Lead organisation"),
    "country_iso3": N_("Country"),
    "participants_total": N_("Participants in all"),
    "participants_at_least": N_("The total is a lower bound ('more than N')"),
    "date_precision": N_("Date precision"),
    "source_quote": N_("Sentence from the source"),
    "path_or_url": N_("File or web address"),
    "short_name": N_("Short name"),
    "event_type": N_("Type of event"),
    "outcome_type": N_("Type of outcome"),
    "start_date": N_("Starts"),
    "end_date": N_("Ends"),
    # The other columns' names in words (the form shows no column name as it is stored).
    "title": N_("Title"),
    "description": N_("Description"),
    "city": N_("City"),
    "venue": N_("Venue"),
    "name": N_("Name"),
    "kind": N_("Kind"),
    "role": N_("Role"),
    "date": N_("Date"),
    "quantity": N_("Quantity"),
    "unit": N_("Unit"),
    "published": N_("Published"),
    "participants": N_("Participants"),
    "notes": N_("Notes"),
    "website": N_("Website"),
}
KEY_LABELS = {"events": N_("Event id"), "projects": N_("Project id"), "sources": N_("Source id")}
CHOICE_LABELS = {
    "event_type": labels.EVENT_TYPES,
    "outcome_type": labels.OUTCOME_TYPES,
    "kind": labels.ORGANISATION_KINDS,
    "role": labels.ROLES,
    "indicator_kind": labels.INDICATOR_KINDS,
    "date_precision": {
        "day": N_("day"),
        "month": N_("month"),
        "season": N_("season (early, mid or late)"),
        "year": N_("year"),
    },
}


@contextmanager
def cursor() -> Iterator:
    """A cursor of the app's own connection (the one process that writes the file), closed after."""
    con = shared.cursor()
    try:
        yield con
    finally:
        con.close()


def read_only() -> bool:
    return os.environ.get("ATLAS_READ_ONLY") == "1"


def actor() -> Person:
    """Who is changing the data: the signed-in person (their role is checked again by the write
    itself), else the machine's user in local mode. `.name` is what the audit trail records."""
    return shell.person()


def all_countries() -> list[str]:
    """Every ISO country code, in the order of the names users see."""
    return sorted((code for code, _iso2, _name in countries.reference_rows()), key=shell.country)


def label(table: Table, column: str) -> str:
    """A column's name in the form, in this session's language."""
    if column in table.key and table.name in KEY_LABELS:
        return _(KEY_LABELS[table.name])
    return _(LABELS[column]) if column in LABELS else column.replace("_", " ").capitalize()


def show_problems(problems: list[Problem], table: Table | None = None) -> None:
    """Each problem as an error line, the column named as the form names it."""
    for p in problems:
        field = (
            f"{label(table, p.column) if table and p.column in table.columns else shell.text(p.column)}: "
            if p.column
            else ""
        )
        where = "" if p.location in labels.FORM_NAMES.values() else f"{shell.text(p.location)}: "
        shell.say("error", f"{where}{field}{shell.text(p.message)}", icon=":material/warning:")


def choose(
    title: str,
    table: str,
    key: str,
    current: str | None = None,
    *,
    none_label: str | None = N_("(none)"),
    help: str | None = None,
) -> str | None:
    """Choose one record of `table` by its label; a search box appears when there are many."""
    none_label = _(none_label) if none_label is not None else None
    search = None
    first = shell.run(f"manage/{table}", search=None, limit=PICK_LIMIT)
    if len(first) >= PICK_LIMIT:
        search = st.text_input(_("Search: {what}").format(what=title), key=f"{key}_search") or None
    found = shell.run(f"manage/{table}", search=search, limit=PICK_LIMIT) if search else first
    names = dict(zip(found["id"], found["label"], strict=True))
    options = list(names)
    if current is not None and current not in names:
        options.insert(0, current)
    if none_label is not None:
        options.insert(0, None)
    if key in st.session_state and st.session_state[key] not in options:
        del st.session_state[key]
    # A value set through session state (after a save) is the choice; `index` only seeds a new widget.
    seed = (
        {}
        if key in st.session_state
        else {"index": options.index(current) if current in options else 0}
    )
    return st.selectbox(
        title,
        options,
        key=key,
        format_func=lambda v: none_label if v is None else names.get(v, v),
        help=help,
        **seed,
    )


def field(table: Table, name: str, current: object, key: str, *, editing: bool) -> object:
    """One form field for one column, its kind read from the schema."""
    column = table.columns[name]
    title = label(table, name) + (" *" if column.required or name in table.key else "")
    if name in table.key:
        return st.text_input(
            title,
            value=current or "",
            key=key,
            disabled=editing,
            help=_("Short and unique, e.g. workshop-2019-yangon. It cannot be changed later."),
        )
    if column.references and column.references[0] == "countries":
        options = [None, *all_countries()]
        return st.selectbox(
            title,
            options,
            index=options.index(current) if current in options else 0,
            key=key,
            format_func=lambda c: _("(not stated)") if c is None else shell.country(c),
        )
    # A required choice starts empty: nothing is filled in for the user that the source did not say.
    empty = _("(choose)") if column.required else _("(none)")
    if column.references:
        return choose(title, column.references[0], key, current, none_label=empty)
    if (
        name in labels.IATI_CODES
    ):  # IATI code lists: checked in atlas/validation.py (no CHECK, migration 007)
        codes = labels.IATI_CODES[name]
        options = [None, *codes]
        return st.selectbox(
            title,
            options,
            index=options.index(current) if current in options else 0,
            key=key,
            format_func=lambda v: _("(not stated)") if v is None else f"{v} {codes[v]}",
            help=_("An IATI code, needed only for the IATI export."),
        )
    if column.allowed:
        words = {code: _(word) for code, word in CHOICE_LABELS.get(name, {}).items()}
        options = [None, *column.allowed]
        return st.selectbox(
            title,
            options,
            index=options.index(current) if current in options else 0,
            key=key,
            format_func=lambda v: (
                (empty if column.required else _("(not stated)")) if v is None else words.get(v, v)
            ),
        )
    if column.type == "DATE":
        return st.date_input(
            title,
            value=current,
            min_value=dt.date(1900, 1, 1),
            max_value=dt.date(2100, 12, 31),
            format="YYYY-MM-DD",
            key=key,
            help=_(
                "At month, season or year precision use the period's first day: May 2016 is "
                "2016-05-01; early, mid and late start on 1 January, May and September."
            ),
        )
    if column.type in ("INTEGER", "BIGINT"):
        return st.number_input(
            title, value=current, step=1, format="%d", key=key, placeholder=_("not stated")
        )
    if column.type == "BOOLEAN":
        return st.checkbox(title, value=bool(current), key=key)
    if name in LONG_TEXT:
        return st.text_area(
            title, value=current or "", key=key, height=80 if name in ("title", "name") else 120
        )
    return st.text_input(title, value=current or "", key=key)


def participants_editor(
    key: str, stored: dict[str, tuple[int | None, str | None]], total: object, at_least: bool
) -> list[dict]:
    """Participants by home country, with what is not broken down computed as the counts change.
    A country named without a count keeps an empty count: the source gives none."""
    chosen = st.multiselect(
        _("Home countries of participants"),
        all_countries(),
        default=list(stored),
        key=f"{key}_countries",
        format_func=shell.country,
        placeholder=_("Choose the countries the source names"),
    )
    parts = []
    cols = st.columns(3)
    for i, code in enumerate(chosen):
        count, quote = stored.get(code, (None, None))
        value = cols[i % 3].number_input(
            _("Participants from {country}").format(country=shell.country(code)),
            value=count,
            step=1,
            format="%d",
            key=f"{key}_count_{code}",
            placeholder=_("count not stated"),
        )
        parts.append({"country_iso3": code, "participants": value, "source_quote": quote})
    known = sum(int(p["participants"]) for p in parts if p["participants"] is not None)
    unstated = sum(1 for p in parts if p["participants"] is None)
    named = (
        (
            "; "
            + ngettext(
                "{n} country named without a count", "{n} countries named without a count", unstated
            ).format(n=number(unstated))
        )
        if unstated
        else ""
    )
    if total is None:
        st.caption(
            _("No total is given: {known} counted by country").format(known=number(known))
            + named
            + "."
        )
    elif at_least:
        st.caption(
            _("At least {total} in all: {known} counted by country").format(
                total=number(total), known=number(known)
            )
            + named
            + "; "
            + _("the rest is not broken down by country.")
        )
    elif known > int(total):
        st.warning(
            _("The counts by country add up to {known}, more than the total of {total}.").format(
                known=number(known), total=number(total)
            )
        )
    else:
        st.caption(
            _(
                "{total} in all: {known} counted by country, {rest} not broken down by country"
            ).format(total=number(total), known=number(known), rest=number(int(total) - known))
            + named
            + "."
        )
    return parts
