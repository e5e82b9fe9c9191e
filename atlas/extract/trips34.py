"""Which events a report tells, and their kind, for trips and for plans: kinds of text the first
runs of the blind sets drafted as events of their own or typed wrong, each in three sets or more
(issue 16).

- the parts of a trip: a report of an exchange or study tour that tells its programme ("with
  field visits to A and B", "On the fourth day the group went to C for a meeting with the labour
  office", "Tuesday: visit to a community radio") is one event, the trip; a visit, or a meeting
  "with" someone, held on one of its days or with no date of its own is a part of it, its
  outcomes kept with the trip. Not a workshop, forum or training the group held on the way
  ("On the last day the two networks held a public forum"): the reports keep those.
- a trip whose report is about it: a report titled by one study tour, study visit, exposure or
  learning visit ("Study Tour to X on Y", "Report of the Exposure Visit to X", "Study visit of
  A leaders to B") tells an exchange between the visitors and their hosts, as the reports record
  it, not a field visit; not a report titled by several ("Study visits", "Two study tours ...").
- a report titled by one exchange ("Sisters across the border: a survivors' exchange in X") with
  no exchange drafted: its first field visit ("The visit began on 14 October and lasted six
  days") is the exchange.
- a visit told as an exchange: "Exchange visit to Cambodia: our delegation visited A in B",
  "nine editors visited Dublin ... to exchange on ...", "organised a six-day exchange between
  fishers of A and B": an exchange, whatever noun the draft was read from.
- plans told after an event: "Member organisations agreed to hold national follow-up meetings",
  "The trainers committed to replicate the workshop with 15 young people each", "invited the
  committee to a meeting with the Department of Employment" (with no date: an invitation, not a
  meeting held; "On 14 November we invited two unions to a meeting" tells one held).
- a tour named in the report's title, dated in the first sentence ("Lao study tour to the
  Philippines" over "Between 9 and 15 June 2024, a Lao delegation spent a week in Manila"): the
  tour of the title (events.py) takes those days; its seminars and visits are parts of it.
- a march told with its purpose ("300 workers marched to the Ministry of Labour in Din Daeng,
  Bangkok, to hand over a petition"): the march, titled as a march (mentions.py's hand-overs);
  not when nothing dates it.
- sessions inside an event: "the participants divided into five parallel workshops", "6
  workshops running side by side": parts of the forum or gathering the report tells, when the
  report tells one.
"""

from __future__ import annotations

import re

from atlas.extract.drafts import Draft, LooseOutcome
from atlas.extract.merging import add_outcome
from atlas.extract.sentences import Sentence

# "Meeting with the labour office", "Courtesy meeting with ...", "meetings with the management"
_MEETING_WITH = re.compile(r"(?i)^(?:courtesy\s+)?meetings?\s+with\b")


def _inside(d: Draft, trip: Draft) -> bool:
    """Whether a draft has no date of its own or one within the trip's days."""
    return d.start_date is None or trip.start_date <= d.start_date <= trip.end_date


def parts_of_trips(told: list[Draft]) -> None:
    """A report's visits and meetings "with" someone held within its trip (its first exchange or
    field visit of more than one day), or told with no date, are parts of the trip: they are
    dropped, their outcomes kept with the trip."""
    trip = next(
        (
            d
            for d in told
            if d.event_type in ("exchange", "field_visit")
            and d.start_date
            and d.end_date
            and d.end_date > d.start_date
        ),
        None,
    )
    if trip is None:
        return
    parts = [
        d
        for d in told
        if d is not trip
        and (d.event_type == "field_visit" or _MEETING_WITH.match(d.title or ""))
        and _inside(d, trip)
    ]
    for d in parts:
        for outcome in d.outcomes:
            add_outcome(trip, outcome, d.evidence.get("title", ""))
        told.remove(d)


# A report's title naming one trip: "Study Tour to Taiwan on ...", "Report of the Exposure Visit
# to Hong Kong, 4-9 November 2023", "STUDY VISIT REPORT: ...", "Lao study tour to the
# Philippines"; not "Study visits" or "Two study tours".
_ONE_TRIP = re.compile(r"\b(?:study|exposure|learning)\s+(?:visit|tour|trip)\b(?!s)", re.I)
_SEVERAL = re.compile(
    r"(?i)\b(?:two|three|four|five|several|both)\s+(?:[\w-]+\s+)?(?:visits|tours|trips)\b"
)
# the draft read from such a trip's noun
_TRIP_NOUN = re.compile(r"\b(?:study|exposure|learning)\s+(?:visits?|tours?|trips?)\b", re.I)


def _title_line(split: list[Sentence]) -> str:
    """The report's title: its first line when it is a heading, or a short line with no full
    stop over more text (not the one sentence of a short note)."""
    if len(split) < 2:
        return ""
    first = split[0]
    short = len(first.text) < 160 and not first.text.rstrip().endswith(".")
    return first.text if first.kind == "heading" or short else ""


# A report's title naming one exchange: "Sisters across the border: a survivors' exchange in
# Lao Cai"; not "exchanges", "an exchange of views" or "in exchange for"
_ONE_EXCHANGE = re.compile(r"(?i)(?<!\bin )\bexchange\b(?!\s+(?:of\s+views|rates?|for)\b)")


def trip_of_the_report(told: list[Draft], split: list[Sentence]) -> None:
    """In a report titled by one study tour, study or exposure visit, the field visit read from
    that noun is an exchange; in a report titled by one exchange with no exchange drafted, its
    first field visit ("The visit began on 14 October and lasted six days") is."""
    title = _title_line(split)
    if _ONE_EXCHANGE.search(title) and not any(d.event_type == "exchange" for d in told):
        visit = next((d for d in told if d.event_type == "field_visit"), None)
        if visit is not None:
            visit.event_type = "exchange"
            return
    if not _ONE_TRIP.search(title) or _SEVERAL.search(title):
        return
    for d in told:
        told_by = " ".join((d.title or "", d.evidence.get("event_type", "")))
        if d.event_type == "field_visit" and _TRIP_NOUN.search(told_by):
            d.event_type = "exchange"
            return


# A visit told as an exchange: "Exchange visit to Cambodia: ...", "visited Dublin, received by
# the paper X, to exchange on ...", "organised a six-day exchange between fishers of A and B"
_TOLD_AS_EXCHANGE = re.compile(
    r"\bexchange\s+visits?\b|\bto\s+exchange\s+(?:on|with|about|experiences?|ideas|views)\b"
    r"|\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}exchange\s+between\b",
    re.I,
)


def visits_told_as_exchanges(told: list[Draft]) -> None:
    """A field visit or an event of no kind whose sentence tells it as an exchange is one."""
    for d in told:
        if d.event_type not in ("field_visit", "other"):
            continue
        said = d.evidence.get("title", "") + " " + d.evidence.get("event_type", "")
        if _TOLD_AS_EXCHANGE.search(said) or _TOLD_AS_EXCHANGE.search(d.title or ""):
            d.event_type = "exchange"


_EVENT_NOUN = (
    r"(?:meetings?|workshops?|trainings?|consultations?|dialogues?|forums?|seminars?|visits?"
    r"|assembl(?:y|ies)|conferences?|exchanges?|sessions?)\b"
)
# what the people agreed or committed to do after the event: "agreed to hold national follow-up
# meetings", "committed to replicate the workshop with 15 young people each"
_AGREED_TO = re.compile(
    r"\b(?:agreed|decided|resolved|committed|promised|pledged|undertook)\s+(?:[\w'’-]+\s+){0,4}?to\s+"
    r"(?:[\w'’-]+\s+){0,6}?" + _EVENT_NOUN,
    re.I,
)
# "invited the committee to a meeting with the Department": only when no date tells it held
_INVITED_TO = re.compile(
    r"\binvited\s+(?:[\w'’-]+\s+){0,4}?to\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?" + _EVENT_NOUN, re.I
)


def _drop(d: Draft, told: list[Draft], loose: list[LooseOutcome]) -> None:
    """Drop a draft that is no event of its own; its outcomes (a statement, a network the
    sentences around it told) go to the report's first other event, or stay on their own."""
    told.remove(d)
    said = d.evidence.get("title", "")
    for outcome in d.outcomes:
        if told:
            add_outcome(told[0], outcome, said)
        else:
            loose.append(LooseOutcome(outcome, said, d.source_name))


def plans_told_after(told: list[Draft], loose: list[LooseOutcome]) -> None:
    """Drop drafts read from a plan agreed or an invitation ("agreed to hold follow-up
    meetings", "invited the committee to a meeting with ...", with no date)."""
    for d in list(told):
        said = d.evidence.get("title", "")
        if _AGREED_TO.search(said) or (d.start_date is None and _INVITED_TO.search(said)):
            _drop(d, told, loose)


# "divided into five parallel workshops", "6 workshops running side by side", "in parallel
# sessions"
_PARALLEL = re.compile(
    r"\bparallel\s+(?:workshops|sessions|groups)\b|\b(?:workshops|sessions)\s+(?:running\s+)?side\s+by\s+side\b",
    re.I,
)


def parallel_sessions(told: list[Draft], loose: list[LooseOutcome]) -> None:
    """Workshops or sessions told as running in parallel are parts of the event the report
    tells (its forum, its gathering): dropped when the report has another draft."""
    if len(told) < 2:
        return
    for d in list(told):
        if d.event_type in ("workshop", "seminar") and _PARALLEL.search(
            d.evidence.get("title", "")
        ):
            _drop(d, told, loose)


def tidy_trips_and_plans(
    told: list[Draft], split: list[Sentence], loose: list[LooseOutcome]
) -> None:
    """The rules of this module in their order: kinds first, then what is a part or a plan."""
    visits_told_as_exchanges(told)
    trip_of_the_report(told, split)
    parts_of_trips(told)
    plans_told_after(told, loose)
    parallel_sessions(told, loose)


def days_told_first(sentences: list[Sentence], after: int) -> list:
    """The date phrases of the first sentence after a report's title block, when it is prose:
    "Lao study tour to the Philippines" over "Between 9 and 15 June 2024, a Lao delegation
    spent a week in Manila" (events.py reads the tour of the title from them)."""
    from atlas.extract import date_phrases  # date_phrases is read once events are read

    first = sentences[after] if after < len(sentences) else None
    if first is None or first.kind == "heading":
        return []
    return date_phrases.find(first.text)
