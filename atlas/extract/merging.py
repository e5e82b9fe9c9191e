"""Whether two readings are one event or one outcome, and folding one into the other.

`title_match` compares titles by their words; `same_outcome` and `add_outcome` keep one outcome
told twice once; `merge_drafts` folds a repeat of an event (a second sentence, a second report)
into the first reading, keeping the sentences behind each field. The pipeline, the review page
(events already in the database) and the benchmark (pairing drafts with expected events) use them.
"""

from __future__ import annotations

import re

from atlas.extract.drafts import Draft, OrganisationRole, Outcome, Participation
from atlas.i18n import M_

# Two titles of one outcome differ by a word at most ("... on Mekong Migration" and "... on
# Mekong Migrants"); two outcomes of one kind differ more ("Thai and Lao PDR counterparts agreed"
# and "Thai and Cambodian counterparts agreed" share 5 of 8 words).
SAME_OUTCOME = 0.75


def same_outcome(a: Outcome, b: Outcome) -> bool:
    return a.outcome_type == b.outcome_type and _similar(a.title, b.title) >= SAME_OUTCOME


def add_outcome(d: Draft, outcome: Outcome, text: str, guessed: bool = False) -> None:
    """Add an outcome unless the draft has it already; one set of recommendations per event."""
    for i, o in enumerate(d.outcomes):
        same_title = _similar(o.title, outcome.title) >= SAME_OUTCOME or _named_again(
            o.title, outcome.title
        )
        if o.outcome_type == outcome.outcome_type and (
            same_title or o.outcome_type == "recommendation"
        ):
            if o.quantity is None and outcome.quantity is not None:
                o.quantity, o.unit = outcome.quantity, outcome.unit
                d.evidence[f"outcomes[{i}]"] = text
            return
    d.outcomes.append(outcome)
    d.evidence[f"outcomes[{len(d.outcomes) - 1}]"] = text
    if guessed:
        d.unsure[f"outcomes[{len(d.outcomes) - 1}]"] = (
            M_("the project's outcome, shown with this event")
            if outcome.scope == "project"
            else M_("not said to come from this event; nearest event in the report")
        )


def _named_again(told: str, bare: str) -> bool:
    """ "Proceedings" after "Proceedings with 18 good practice papers": the thing told before,
    named again by its noun alone."""
    return len(bare.split()) == 1 and told.lower().split()[:1] == [bare.lower()]


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower().replace("’", "'")) if w not in _SMALL}


_SMALL = {"the", "a", "an", "of", "on", "for", "and", "in", "to", "with", "s", "at", "by"}


def _similar(a: str, b: str) -> float:
    return similar_words(a, b)


def similar_words(a: str, b: str, how: str = "jaccard") -> float:
    """The words two titles share: over all their words, or ("within") over the shorter's."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / (len(wa | wb) if how == "jaccard" else min(len(wa), len(wb)))


def merge_drafts(into: Draft, other: Draft, prefer_title: bool = False) -> None:
    """Fold a repeat of an event into the first reading: fields it lacks, list items it does
    not have, and the sentences behind them."""
    if prefer_title:
        into.title = other.title
        into.evidence["title"] = other.evidence.get("title", into.evidence.get("title"))
    for name in (
        "start_date",
        "end_date",
        "date_precision",
        "city",
        "venue",
        "country_iso3",
        "participants_total",
    ):
        if getattr(into, name) is None and getattr(other, name) is not None:
            setattr(into, name, getattr(other, name))
            if name in other.evidence:
                into.evidence[name] = other.evidence[name]
            if name in other.unsure:
                into.unsure[name] = other.unsure[name]
            if name == "participants_total":
                into.participants_at_least = other.participants_at_least
        elif (
            name in into.unsure
            and getattr(other, name) == getattr(into, name)
            and name not in other.unsure
        ):
            into.unsure.pop(name)
            into.evidence[name] = other.evidence.get(name, into.evidence.get(name))
    for i, p in enumerate(other.participation):
        mine = next((q for q in into.participation if q.country_iso3 == p.country_iso3), None)
        if mine is None:
            into.participation.append(Participation(p.country_iso3, p.participants))
            into.evidence[f"participation[{len(into.participation) - 1}]"] = other.evidence.get(
                f"participation[{i}]", ""
            )
        elif mine.participants is None and p.participants is not None:
            mine.participants = p.participants
            into.evidence[f"participation[{into.participation.index(mine)}]"] = other.evidence.get(
                f"participation[{i}]", ""
            )
    for i, o in enumerate(other.organisations):
        if not any(x.name == o.name and x.role == o.role for x in into.organisations):
            into.organisations.append(OrganisationRole(o.name, o.role))
            into.evidence[f"organisations[{len(into.organisations) - 1}]"] = other.evidence.get(
                f"organisations[{i}]", ""
            )
    for i, o in enumerate(other.outcomes):
        add_outcome(
            into,
            Outcome(o.outcome_type, o.title, o.quantity, o.unit, o.scope),
            other.evidence.get(f"outcomes[{i}]", ""),
        )
    if into.project is None:
        into.project = other.project


def title_match(a: str, b: str) -> float:
    """How far two titles agree: the F1 of their words (small words left out), 0 to 1."""
    wa, wb = _words(a), _words(b)
    common = len(wa & wb)
    if not common:
        return 0.0
    precision, recall = common / len(wa), common / len(wb)
    return 2 * precision * recall / (precision + recall)
