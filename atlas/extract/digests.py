"""A mailing list's digest of members' messages: each message's header dates the news below it.

A digest forwards its members' messages one after another, each under its sender line and its date
line ("From: Mae Sai Youth Without Borders" / "Date: Mon, 22 Apr 2024 09:12", "Sender: ..." /
"Date: 12 Feb 2024", "from: ..." / "date: 7 Oct 2024", "Posted: 16 December 2024", "Sent:
12/03/2024"). The message below says "yesterday", "this morning" or "on Saturday 20 April": it is
dated by its header. This module writes those words as the day they mean, so that the rules that
read dates read them.
"""

from __future__ import annotations

import datetime as dt
import re

from atlas.extract.date_phrases import MONTHS_IN_ORDER

# A message's header: its sender line, then its date line, maybe a subject line under them. The
# sender line may follow a message's number ("[1] From: ...") or a forward's mark ("Fwd from:").
_HEADER = re.compile(
    r"(?im)^[ \t]*(?:\[\d{1,2}\][ \t]*|(?:fwd|forwarded)[ \t]+)?(?:from|sender)[ \t]*:[ \t]*"
    r"(?P<who>[^\n<]{2,80}?)[ \t]*(?:<[^\n>]*>)?[ \t]*\n"
    r"[ \t]*(?:date|sent|posted)[ \t]*:[ \t]*(?P<when>[^\n]{6,40}?)[ \t]*(?:\n[ \t]*subject[ \t]*:[^\n]*)?$"
)
# The date line's day: "Mon, 22 Apr 2024 09:12", "12 Feb 2024", "16 December 2024", "12/03/2024"
# (day first).
_DAY_MONTH_YEAR = re.compile(
    r"\b(?P<d>\d{1,2})\s+(?P<mon>[A-Z][a-z]{2,8})\.?,?\s+(?P<y>(?:19|20)\d\d)\b"
)
_FIGURES = re.compile(r"\b(?P<d>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>(?:19|20)\d\d)\b")


def _day(when: str) -> str | None:
    """The day a date line gives, as "22 April 2024", or None."""
    m = _DAY_MONTH_YEAR.search(when)
    if m:
        month = next(
            (x for x in MONTHS_IN_ORDER if x.lower().startswith(m["mon"].lower()[:3])), None
        )
        return f"{int(m['d'])} {month} {m['y']}" if month else None
    m = _FIGURES.search(when)
    if m and 1 <= int(m["m"]) <= 12 and 1 <= int(m["d"]) <= 31:
        return f"{int(m['d'])} {MONTHS_IN_ORDER[int(m['m']) - 1]} {m['y']}"
    return None


# The words that date a message's news by the day it was written: "Yesterday, 12 October, 28
# workers met ...", "This morning we held an orientation ...", "today".
_RELATIVE = re.compile(
    r"\b(?P<word>[Yy]esterday|[Tt]his\s+(?:morning|afternoon|evening)|[Tt]oday)\b"
    # the day said beside it: "Yesterday, 12 October, ...", "Yesterday (15 March) we met ..."
    r"(?:,?\s*\(?(?P<given>\d{1,2}\s+[A-Z][a-z]{2,8})\)?(?=[,\s]))?(?P<comma>,?)"
)


def message_headers(text: str) -> str:
    """`text` with the news of each message of a digest (see `_HEADER`; two headers or more, a
    single e-mail's header is not a digest) dated by its header: "yesterday" in the message
    below a header dated 31 July 2024 is written "on 30 July 2024", "this morning" and "today"
    "on 31 July 2024". The headers stay as they are; a date the message gives itself is its own."""
    heads = list(_HEADER.finditer(text))
    if len(heads) < 2:
        return text
    out = [text[: heads[0].start()]]
    for i, m in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        body = text[m.end() : end]
        day = _day(m["when"])
        if day is not None:
            body = _RELATIVE.sub(lambda r, day=day: _dated(r, day), body)
        out.append(text[m.start() : m.end()] + body)
    return "".join(out)


def _dated(r: re.Match[str], day: str) -> str:
    """The relative word `r` as the day it means, the day `day` being the message's."""
    when = dt.datetime.strptime(day, "%d %B %Y").date()
    if r["word"].lower() == "yesterday":
        when -= dt.timedelta(days=1)
    on = "On" if r["word"][:1].isupper() else "on"
    if r["given"]:
        return f"{on} {r['given']} {when.year}{r['comma']}"
    return f"{on} {when.day} {MONTHS_IN_ORDER[when.month - 1]} {when.year}{r['comma']}"


# A message's sender line as the rules read it, alone or run into its date line and message:
# "From: Mae Sai Youth Without Borders", "from: Dien Bien Youth Migration Club <members list>",
# "Fwd from: Accra Returnee Women's Forum", "[1] From: Yangon Women Going Abroad Circle Posted: ...",
# "== (2) == From: ...".
_SENDER = re.compile(
    r"(?:^|(?<=[\]=)]\s)|(?<=\]))(?:(?:Fwd|Forwarded)\s+)?(?i:from|sender)\s*:\s*"
    r"(?P<who>[A-Z][^\n<:]{2,80}?)\s*(?=<|\b(?i:date|sent|posted|subject)\s*:|$)"
)
# A sender's name: capitalised words, with the small words of a name ("Accra Returnee Women's
# Forum", "Lome Returnees Association (Togo)"); not "list admin" or "Network secretariat, Kathmandu".
_SENDER_NAME = re.compile(
    r"[A-Z][\w'’.-]*(?:\s+(?:(?:of|the|and|for|de|du|la)\s+)*[A-Z][\w'’.-]*){1,7}(?:\s+\([A-Z][\w ]{1,30}\))?"
)
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s)\b")


def is_digest(sentences: list) -> bool:
    """Whether the sentences are a digest's: two sender lines or more (see `_SENDER`)."""
    return sum(1 for s in sentences if _SENDER.search(s.text)) >= 2


def sender_orgs(sentences: list, drafts: list, aliases: dict[str, str]) -> None:
    """In a digest (two sender lines or more, see `_SENDER`), the sender of a message told in
    the first person ("we held", "our training") organised the events the message tells, when
    no organiser of their own is told. A sender whose line is no name ("list admin") names none."""
    from atlas.extract.facts import (
        add_org,
    )  # facts reads the extractor's modules: imported when used

    owner: dict[int, str | None] = {}
    current: str | None = None
    body: dict[str | None, list[str]] = {}
    senders = 0
    for s in sentences:
        m = _SENDER.search(s.text)
        if m:
            senders += 1
            who = re.sub(r"\s*\([^()]*\)$", "", m["who"].strip(" ,."))
            current = who if _SENDER_NAME.fullmatch(m["who"].strip(" ,.")) else None
        owner[s.index] = current
        body.setdefault(current, []).append(s.text)
    if senders < 2:
        return
    for d in drafts:
        quote = d.evidence.get("title", "")
        s = next((s for s in sentences if quote and (quote in s.text or s.text in quote)), None)
        who = owner.get(s.index) if s is not None else None
        if who is None or not any(_FIRST_PERSON.search(t) for t in body.get(who, [])):
            continue
        if any(o.role == "organiser" for o in d.organisations):
            continue
        add_org(d, who, "organiser", s.text, aliases)
