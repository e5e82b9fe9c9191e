"""A community group's notes kept in shorthand, read as the plain words they stand for.

A small group's secretary writes "14 Jan'24 - monthly mtg @ Hlaing community room, Mae Sot" and
under it "- 26 ppl, all frm Myanmar": lines without verbs, words cut short, dates in figures or with
an apostrophe for the century. The rules that read reports know "meeting", "people", "at" and
"14 January 2024"; this module writes the notes' words out so that those rules read them. It runs
only on a text written so (see `is_shorthand`): "pax" or "@" in a report of prose is left as it is.
"""

from __future__ import annotations

import re

from atlas.extract.date_phrases import MONTHS_IN_ORDER

# The marks of notes in shorthand: "ppl", "pax", "mtg", "trng", "w/", "frm", "abt", "wkrs",
# "cttee", "grp". A text with three kinds of them or more is read as such notes.
_MARKS = re.compile(r"\b(?:ppl|pax|mtgs?|trng|frm|abt|wkrs|cttee|grp)\b|\bw/\s")

# The words written short, with the words they stand for, in the order they are written out
# ("w/o" before "w/", "mtgs" before "mtg").
_WORDS = [
    (re.compile(r"\bmtgs\b"), "meetings"),
    (re.compile(r"\bmtg\b"), "meeting"),
    (re.compile(r"\bppl\b"), "people"),
    (re.compile(r"\bpax\b"), "participants"),
    (re.compile(r"\btrng\b"), "training"),
    (re.compile(r"\bw/o\b"), "without"),
    (re.compile(r"\bw/\s*"), "with "),
    (re.compile(r"\bfrm\b"), "from"),
    (re.compile(r"\babt\b"), "about"),
    (re.compile(r"\bwkrs\b"), "workers"),
    (re.compile(r"\bcttee\b"), "committee"),
    (re.compile(r"\bgrp\b"), "group"),
    (re.compile(r"\bincl\b\.?"), "including"),
    (re.compile(r"\bFGD\b"), "focus-group discussion"),
    (re.compile(r"\bTOT\b"), "total"),
    (re.compile(r"\bapprox\b\.?"), "about"),
    (re.compile(r"\brcvd\b"), "received"),
    (re.compile(r"\bvols?\b\.?"), "volunteers"),
    (re.compile(r"\bassoc\b\.?"), "association"),
    (re.compile(r"\bprov\b\.?"), "province"),
    (re.compile(r"\brpt\b"), "report"),
    (re.compile(r"[ \t]@[ \t]"), " at "),
    # the days the groups keep, by their initials: "IWD gathering", "IDWD celebration", "Intl
    # Migrants Day forum"
    (re.compile(r"\bIWD\b"), "International Women's Day"),
    (re.compile(r"\bIDWD\b"), "International Domestic Workers Day"),
    (re.compile(r"\bIMD\b"), "International Migrants Day"),
    (re.compile(r"\bIntl\b\.?"), "International"),
]

# A month with the year's last two figures after an apostrophe: "Jan'24", "May'24", "Dec '23".
_MONTH_APOSTROPHE = re.compile(r"\b(?P<mon>[A-Z][a-z]{2,8})\s?['’](?P<yy>\d\d)\b")
# A line headed by a date in figures, maybe after its weekday: "24-25/2/2024", "Sun 10/3/24",
# "19.11.2023", "12-13/3/24" (day first, as the notes of these groups write it).
_FIGURES_HEAD = re.compile(
    r"(?m)^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\s+)?(?P<d>\d{1,2})(?:-(?P<d2>\d{1,2}))?"
    r"[/.](?P<m>\d{1,2})[/.](?P<y>(?:19|20)\d\d|\d\d)\b"
)
# A line headed by a day and month with no year, before a dash: "14 Jun - mtg w/ officials",
# "Feb 3rd (Sat) - FGD w/ ...", "9 Mar - IWD gathering".
_YEARLESS_HEAD = re.compile(
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\s+)?"
    r"(?:(?P<d>\d{1,2}(?:-\d{1,2})?)\s+(?P<mon>[A-Z][a-z]{2,8})"
    r"|(?P<mon2>[A-Z][a-z]{2,8})\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?:\s*\([A-Z][a-z]{2}\))?)"
    r"(?=\s+[-–—]\s)"
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _month(word: str) -> str | None:
    """The month a word names ("Jan", "Sept", "June"), or None ("Sat", "Wat")."""
    word = word.lower()
    if word == "sept":
        return "September"
    return next((m for m in MONTHS_IN_ORDER if len(word) >= 3 and m.lower().startswith(word)), None)


def is_shorthand(text: str) -> bool:
    """Whether `text` is notes in shorthand: three kinds of shorthand marks or more (see `_MARKS`)."""
    return len({m.group(0).strip() for m in _MARKS.finditer(text)}) >= 3


def _figures(m: re.Match[str]) -> str:
    month = int(m["m"])
    if not 1 <= month <= 12 or not 1 <= int(m["d"]) <= 31:
        return m.group(0)
    year = m["y"] if len(m["y"]) == 4 else "20" + m["y"]
    days = m["d"] + (f"-{m['d2']}" if m["d2"] else "")
    return f"{days} {MONTHS_IN_ORDER[month - 1]} {year}"


def _apostrophe(m: re.Match[str]) -> str:
    month = _month(m["mon"])
    return f"{month} 20{m['yy']}" if month else m.group(0)


def expand(text: str) -> str:
    """`text` with its shorthand written out when it is notes in shorthand (`is_shorthand`), else
    as it is: the words of `_WORDS`, "Jan'24" as "January 2024", a line's head "10/3/24" as "10
    March 2024", and a line's head "14 Jun - ..." with no year given the year last written above
    it ("notes Mar-Jun 2024", an entry of 2024 above); each entry's head is then written as a
    small form (`_entries_as_forms`). The notes' blocks of plans and their lines that say nothing
    was held are left out first (`_without_plans`)."""
    if not is_shorthand(text):
        return text
    text = _without_plans(text)
    for pattern, word in _WORDS:
        text = pattern.sub(word, text)
    text = _MONTH_APOSTROPHE.sub(_apostrophe, text)
    text = _FIGURES_HEAD.sub(_figures, text)
    lines = []
    year = None
    for line in text.split("\n"):
        m = _YEARLESS_HEAD.match(line)
        month = m and _month(m["mon"] or m["mon2"])
        if m and month and year:
            line = f"{m['d'] or m['d2']} {month} {year}" + line[m.end() :]
        found = _YEAR.findall(line)
        if found:
            year = found[-1]
        lines.append(line)
    return _entries_as_forms("\n".join(lines))


# A block of notes headed by what is still to come: "plans", "plans / ideas", "Next / TBC",
# "to do", "ideas". Its lines plan; none tells what was held.
_PLANS_HEAD = re.compile(
    r"(?im)^[ \t]*(?:plans?|next|to[ \t]+do|ideas|upcoming|coming[ \t]+up|tbc)"
    r"(?:[ \t]*[/&,+][ \t]*(?:plans?|next|to[ \t]+do|ideas|tbc))*[ \t]*:?[ \t]*$"
)
# A dated line that says nothing was held: "Apr'24 - no mtg (Khmer New Year)", "Apr - Pi Mai,
# no activity".
_NONE_HELD = re.compile(
    r"(?im)^(?P<head>[^\n]{0,40}?[-–—][ \t]+(?:[^\n,]{0,30},[ \t]*)?)no[ \t]+(?:mtgs?|meetings?|activit(?:y|ies))\b"
)


def _without_plans(text: str) -> str:
    """`text` without its blocks of plans (see `_PLANS_HEAD`: from the head to the next blank
    line) and with a dated line that says nothing was held ("Apr'24 - no mtg") left out."""
    blocks = re.split(r"(\n[ \t]*\n)", text)
    text = "".join(b for b in blocks if not _PLANS_HEAD.match(b.lstrip("\n").split("\n", 1)[0]))
    return "\n".join(line for line in text.split("\n") if not _NONE_HELD.match(line))


# An entry's head once its shorthand is written out: its date, maybe a dash, what was held, and
# where: "14 January 2024 - monthly meeting at Hlaing community room, Mae Sot", "20 January
# 2024 meeting at Pallabi community centre, Mirpur", "5 May 2024 - training at Sovanna hall",
# "12-13 March 2024 - training at district youth hall, Champasak town", "15-17 Feb 2024 - peer
# counsellor training, Dhaka".
_ENTRY_HEAD = re.compile(
    r"(?m)^(?P<date>(?:\d{1,2}(?:-\d{1,2})?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov"
    r"|Dec)[a-z]{0,6}\s+(?:19|20)\d\d)(?:\s*[-–—]\s*|\s+)"
    r"(?P<what>[a-zA-Z][^\n@]*?)(?:\s+at\s+(?P<venue>[A-Z][^\n,]*|[\w][^\n]*?,\s*[A-Z][^\n]*?)"
    r"|,\s*(?P<town>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})|)[ \t]*$"
)


def _entries_as_forms(text: str) -> str:
    """`text` with each entry's head (see `_ENTRY_HEAD`) written as the lines of a form the
    rules of forms read: what was held on a line of its own, then "Date: ...", then "Venue: ..."
    (the venue and its town) or "Place: ..." (the town alone, when it is a town). A head that
    names no venue, or whose place is no town ("..., co-organised with X"), keeps its words on
    the first line: each entry heads its own block, whether it names its place or not."""
    from atlas.extract import places  # places reads sentences: imported when used

    def rewrite(m: re.Match[str]) -> str:
        what = m["what"].strip(" -–—,")
        if m["venue"]:
            where = f"Venue: {m['venue']}"
        elif m["town"] and places.city(m["town"]) is not None:
            where = f"Place: {m['town']}"
        else:
            what, where = what + (f", {m['town']}" if m["town"] else ""), ""
        # "FGD w/ women garment wkrs, co-organised w/ X": the title is what comes before the
        # comma, the rest a line of its own under the form
        title, _, rest = what.partition(", ")
        # "18 Dec 2023" with its month in full, as forms write it
        when = re.sub(r"[A-Z][a-z]+", lambda w: _month(w.group(0)) or w.group(0), m["date"])
        lines = [f"{title[:1].upper()}{title[1:]}", f"Date: {when}"]
        lines += [where] if where else []
        lines += [f"- {rest}"] if rest else []
        return "\n".join(lines)

    return _ENTRY_HEAD.sub(rewrite, text)
