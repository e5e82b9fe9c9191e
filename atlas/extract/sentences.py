"""A report's text as a list of sentences, each knowing its paragraph, section and kind.

Written by hand rather than with a sentence-boundary library: the reports need only a few rules
(honorifics such as "Ms." and "Dr." do not end a sentence, bullets and headings are units of
their own, page numbers are dropped, a sentence broken by a blank line is joined again), and
the one rule-based library tried (pysbd) took about ten seconds per megabyte, which a 5 MB paste
would turn into a minute of waiting.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from atlas.extract import date_phrases, digests, shorthand, tables

# A "sentence" longer than this is not prose (a table, a word list): it is cut into pieces so
# that no pattern ever runs over megabytes at once.
MAX_SENTENCE = 1500

_ABBREVIATIONS = {
    "mr",
    "ms",
    "mrs",
    "dr",
    "prof",
    "st",
    "no",
    "nos",
    "vs",
    "etc",
    "e.g",
    "i.e",
    "approx",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "co",
    "inc",
    "ltd",
    "dept",
    "govt",
    "u.s",
    "u.k",
    "p.d.r",
    # "On 9 January B.E. 2567": the Buddhist Era's mark, its year after it
    "b.e",
    "fig",
    "vol",
    "ed",
    "eds",
}
_BULLET = re.compile(r"^\s*(?:[-*•–·▪◦]|\d{1,2}[.)])\s+")
_HEADING_MARK = re.compile(r"^\s*#{1,6}\s*")
_PAGE_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")
# A full stop, question or exclamation mark (with closing quotes or brackets) then space, then
# something that can open a sentence.
# A post's emoji ends its sentence as a full stop would: "... for supporting this dialogue 🙏
# Next step: ..."
_BOUNDARY = re.compile(
    r"(?:[.!?][\"'”’)\]]*|[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50](?:\uFE0F)?)\s+"
    r"(?=[\"'“‘(\[]?[A-Z0-9])"
)


# A paragraph's opening "sentence" that is only a place and a date: "Killybegs, Co. Donegal, 3 June
# 2021.", "MANILA, June 3, 2021."
_DATELINE_ALONE = re.compile(
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?,\s*"
    r"(?:\d{1,2}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2})?\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?)(?:,?\s+\d{4})\.$"
)

# A title's line of place and date: "Berlin, 2–3 March 2019, Werkhof Kreuzberg", "Kingston,
# Jamaica – 28th–30th of January 2020"
PLACE_DATE_LINE = re.compile(
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?"
    r"\s*[,–—-]\s*\d{1,2}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?)?\s+(?:of\s+)?"
    r"[A-Z][a-z]+\.?,?\s+\d{4}(?:,\s+[A-Z][^.]{2,60})?\.?$"
)
_DATED_BY_DATELINE = re.compile(
    r"\b(?:today|yesterday|this\s+(?:morning|afternoon|evening|week|(?:Mon|Tues|Wednes|Thurs|Fri"
    r"|Satur|Sun)day))\b"
    # a post opening an event's first day: "Day 1 of the Youth Climate Camp is on!"
    r"|\b(?:day\s+(?:1|one)|(?:the\s+)?(?:first|opening)\s+day)\s+of\s+the\b",
    re.I,
)


# A press release's headline, between its dateline and its lead: no full stop at its end
# ('Residents raise their voice: "Upgrade our neighbourhoods, do not remove us"')
_HEADLINE = re.compile(r"(?!.*[.!?][\"”’']?$)\S(?:\s*\S+){0,29}")


_QUOTED = re.compile(r"(?m)^[ \t]*(?:>[ \t]?)+")
# A thread's post numbers and times: "1/6 Today in ...", "2/ More than 70 ...", "... [09:12]"
_THREAD_NUMBER = re.compile(r"(?m)^[ \t]*\d{1,2}/(?:\d{1,2})?[ \t]+(?=\S)")
_POST_TIME = re.compile(r"(?m)[ \t]+\[\d{1,2}[:.]\d{2}\][ \t]*$")

# A weekday before a day, abbreviated or not: "Mon ", "Tuesday, ", "Thurs. "
_WEEKDAY = (
    r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\.?,?\s+"
)
# A post's or a thread's day closing its heading: "Mon 8 July 2024", "Thread posted by X
# (@x), 18 November 2023"
_POSTED_ON = re.compile(r"(?:^|,\s+)((?:" + _WEEKDAY + r")?\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})$")

# A post's date on a line of its own, as a page of social-media posts dates each post ("Mon 8
# July 2024", "12 February 2024", "Tuesday, March 5, 2024"): it dates the post below it, and a
# page of posts on one event runs on through it, so it opens no section of its own.
_POST_DATE = re.compile(
    r"(?:" + _WEEKDAY + r")?"
    r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?)\s+\d{4}"
)

# An events page's or a calendar's entry line: its date, then its town and maybe its venue, over
# the line that tells the entry ("12 January 2025 | Chiang Mai, Wat Suan Dok", "Friday 14 March
# 2025 - Port Vila, Tagabe Community Hall", "9 April 2025, Kulob", "February 2025 - Luang
# Prabang", "May 2025 (date to be confirmed) | Lamphun"). Read as a heading of the same section,
# as a post's date line is, so that the town is not read into the entry's first words; the
# entry below takes its date and place (atlas.extract.events). Never "9 March - Workshop on
# loads in Pokhara": a line naming its event tells it.
ENTRY_DATE_LINE = re.compile(
    r"(?:" + _WEEKDAY + r")?"
    r"(?P<date>(?:\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+[A-Z][a-z]{2,8}\.?"
    r"|[A-Z][a-z]{2,8}\.?(?:\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?,?)?)\s+\d{4}"
    # a calendar's bullet under its month, the year in its head: "- 5 Oct, Siem Reap"
    r"|\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
    r"[a-z]{0,6}\.?(?=,))"
    r"(?:\s*\([^()]{1,40}\))?"
    r"\s*(?:\||[-–—]|,)\s*(?P<place>[A-Z][^.|;:!?]{1,80}?)"
    # and its status after a dash: "- DONE", "- CANCELLED (flooded road)"
    r"(?:\s+[-–—]\s+(?P<status>[A-Z]{3,}(?:\s+[A-Z]{2,})?)(?:\s*\([^()]{1,60}\))?\.?)?\s*$"
)
# An entry's status that tells it was not held: "CANCELLED", "POSTPONED", "PLANNED".
ENTRY_NOT_HELD = re.compile(
    r"CANCELL?ED|POSTPONED|PLANNED|UPCOMING|CALLED\s+OFF|NOT\s+HELD|TBC|PROPOSED"
)
# The words a town and venue may have that are not names: "Lamphun, village of Ban Paen",
# "Namo district", "Khujand Drama Theatre foyer", "Malekula (to be confirmed)".
_PLACE_WORD = re.compile(
    r"[A-Z(][\w'’().-]*|of|the|and|de|del|district|province|region|town|city|village|island"
    r"|yard|foyer|grounds|office|hall|compound|(?:to|be|confirmed|tbc)\)?"
)


def entry_date_line(line: str) -> re.Match[str] | None:
    """An events page's entry line (ENTRY_DATE_LINE) whose place part has only names and the
    words of a place."""
    m = ENTRY_DATE_LINE.fullmatch(line.strip())
    if m is None or (m.group("status") and not m.group("status").isupper()):
        return None
    words = m.group("place").replace(",", " ").split()
    return m if all(_PLACE_WORD.fullmatch(w) for w in words) else None


@dataclass(frozen=True)
class Sentence:
    """One unit of text with its place in the document."""

    text: str
    index: int
    paragraph: int
    section: int
    kind: str  # "text", "bullet" or "heading"
    item: int = -1  # for a bullet, which list item it is part of (an item can hold sentences)


def clean_markup(line: str) -> str:
    line = _HEADING_MARK.sub("", line)
    line = re.sub(r"\*{1,3}([^*]+)\*{1,3}", r"\1", line)  # **bold**, ***bold italic***
    line = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", line)  # [text](link)
    return line.strip()


def _is_heading(line: str, raw: str) -> bool:
    if _HEADING_MARK.match(raw):
        return True
    words = line.split()
    if not (0 < len(words) <= 14 and line[:1].isupper()) or re.search(r"[.!?;,]$", line):
        return False
    # "OUTCOMES:" is a heading; "X agreed on the following issues:" leads into a list.
    return not line.endswith(":") or line.upper() == line


_FIELD = re.compile(r"^\s*[A-Z][\w'’()/-]*(?:\s+[\w'’()/-]+){0,3}\s*:\s+\S")


def _field_line(lines: list[str], n: int) -> bool:
    """A line of a form-like record ("Venue: Panorama Hotel, Kathmandu"): a label of up to four
    words and a colon, with a neighbouring line of the same shape."""
    if not _FIELD.match(lines[n]) or _BULLET.match(lines[n]):
        return False
    return any(0 <= k < len(lines) and _FIELD.match(lines[k]) for k in (n - 1, n + 1))


def _title_block(lines: list[str]) -> bool:
    """A document's first block of two to four short lines, each a title, a year's title ("2024
    HIGHLIGHTS") or a form's line ("Grant period: 1 July 2023 - 30 June 2024"), none a sentence
    or a bullet."""
    if not 2 <= len(lines) <= 4:
        return False
    if sum(1 for raw in lines if _FIELD.match(raw) or re.search(r":\s*\S", raw)) > 1:
        return False  # a form's lines ("Date: ...", "No. of participants: 64"), read as a form
    for raw in lines:
        line = clean_markup(raw)
        if _BULLET.match(raw) or re.search(r"[.!?;]$", line):
            return False
        year_title = re.match(r"(?:19|20)\d\d\s+[A-Z][\w ]{0,40}$", line)
        if (
            not _FIELD.match(raw)
            and not year_title
            and (
                PLACE_DATE_LINE.match(line)
                or (
                    _MONTH_OR_YEAR.search(line)
                    and not re.search(r"\b(?:period|report)\b", line, re.I)
                )
            )
        ):
            return False  # "Kingston, Jamaica, 22 to 24 April 2024": an event's title block
        if not (_is_heading(line, raw) or _FIELD.match(raw) or year_title):
            return False
    return True


def event_title_block(lines: list[str]) -> bool:
    """A document's first block that heads one event: its name on the first line, then short
    lines of its theme, venue and town, and a line that dates it ("MEKONG MIGRANT SOLIDARITY
    FORUM 2026" / '"Social Protection Without Borders"' / "Riverside Grand Convention Centre,
    Bangkok, Thailand" / "2 – 4 December 2026"), none a sentence or a bullet, none a form's
    labelled line but a theme's."""
    if not 2 <= len(lines) <= 5:
        return False
    cleaned = [clean_markup(raw) for raw in lines]
    if any(
        _BULLET.match(raw)
        or re.search(r"[.!?;:]$", line)
        or len(line.split()) > 16
        or (_FIELD.match(raw) and not re.match(r"(?:Theme|Motto)\s*:", line, re.I))
        for raw, line in zip(lines, cleaned, strict=True)
    ):
        return False
    if not _is_heading(cleaned[0], lines[0]) or any(
        p.precision == "day" for p in date_phrases.find(cleaned[0])
    ):
        return False  # the first line names the event, it does not date it
    if any(_NOT_EVENT_LINE.search(line) for line in cleaned[1:] if not _THEME_LINE.fullmatch(line)):
        # "Closing statement of the host, read by ...": a speech's head, not an event's
        return False
    phrases = [p for line in cleaned[1:] for p in date_phrases.find(line)]
    if any(p.last and (p.last - p.first).days >= _MAX_EVENT_DAYS for p in phrases):
        return False  # "Narrative report, 1 July – 30 September 2025": a period, not an event
    return any(
        re.search(r"\b(?:19|20)\d\d\b", line) and date_phrases.find(line) for line in cleaned[1:]
    )


# The longest span a title block's dates may give one event: a forum, a course or a tour, not a
# grant period.
_MAX_EVENT_DAYS = 15


# A title block's theme: quoted, or after "Theme:" ('"Social Protection Without Borders"', 'Theme:
# "Safe Going, Dignified Return"').
_THEME_LINE = re.compile(r"(?:(?:Theme|Motto)\s*:\s*)?[\"“‘'].{3,120}[\"”’']", re.I)
# A line under a title that says what the document is, not where and when its event was: a
# speech's or a statement's head, a post's or a bulletin's date, a report's period.
_NOT_EVENT_LINE = re.compile(
    r"\b(?:statement|remarks|speech|address|read\s+by|posted|published|recorded|updated|prepared"
    r"|period|issue|newsletter|bulletin|grant|release)\b",
    re.I,
)


_SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\.?\s+(?=[A-Z])")


# A consortium report's heading over a partner's section, longer than most titles: "Partner 1
# (lead): Association des Migrants de Retour de Tambacounda (Senegal)", "Section 3 - X (Honduras)".
_PARTNER_LINE = re.compile(
    r"^(?:Partner|PARTNER|Part|PART|Section|SECTION)\s+\d{1,2}\b[^.!?]{0,120}\([^()]{2,40}\)"
    r"(?:\s*[-–—]\s*lead)?$"
)


def _heading_line(lines: list[str], n: int) -> bool:
    """A title line on top of its paragraph with no blank line between, as text taken from a
    PDF has it: short, no closing punctuation, after a finished sentence, before a capital."""
    line = clean_markup(lines[n])
    if len(lines) == 1 or n + 1 >= len(lines) or _BULLET.match(lines[n]):
        return False
    before_done = n == 0 or re.search(r"[.!?:]$", clean_markup(lines[n - 1])) is not None
    following = clean_markup(lines[n + 1])
    following = _SECTION_NUMBER.sub("", following, count=1)  # "Agenda 1: Reports" / "1.1 ..."
    # "3.1 Peer educators" / "3.2 Learning visit": a report's numbered subsection title over its
    # paragraph (an evaluation's findings, a results narrative) is a title like any other; one
    # that dates or counts ("2.1 Tenants' hui, Whanganui - 19 March") tells its event and is read
    # with the paragraph it heads
    numbered = _SECTION_NUMBER.match(line)
    if numbered and not re.search(r"\d", line[numbered.end() :]):
        line = line[numbered.end() :]
    return (
        before_done
        and (len(line.split()) <= 10 or (len(line.split()) <= 16 and _PARTNER_LINE.match(line)))
        and line[:1].isupper()
        and not re.search(r"[.!?,;:]$", line)
        and following[:1].isupper()
    )


_MONTH_OR_YEAR = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|(?:19|20)\d\d)\b"
)


def _dated_clauses(piece: str) -> list[str]:
    """A long sentence that tells several events in clauses joined by semicolons, each dated
    ("in April 2019 the network held a training in Bo ...; in August, eight monitors went on an
    exchange visit to Robertsport ...; and on 21 November the network convened a dialogue ..."),
    read as one sentence per clause, so that what one clause says is not said of the others."""
    if len(piece) < 300 or ";" not in piece:
        return [piece]
    parts = [p.strip() for p in re.split(r";\s+(?=(?:and\s+)?(?:then\s+|finally\s+)?[a-z])", piece)]
    dated = [p for p in parts if _MONTH_OR_YEAR.search(p)]
    if len(parts) < 2 or len(dated) != len(parts):
        return [piece]
    return [p if p.endswith((".", "!", "?")) else p + ";" for p in parts]


def _split_prose(text: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.start() + 1
        before = text[start:end]
        # the word before the full stop, whole: "Tulcán." and "Concepción." end a sentence, their
        # last letter after an accented one is no initial
        word = re.search(r"(?<![^\W\d_])([A-Za-z.]+)\.$", before)
        if word and (
            word.group(1).lower().rstrip(".") in _ABBREVIATIONS or len(word.group(1)) == 1
        ):
            continue
        pieces.append(text[start : match.end()].strip())
        start = match.end()
    pieces.append(text[start:].strip())
    if len(pieces) > 1 and _DATELINE_ALONE.match(pieces[0]):
        # "Killybegs, Co. Donegal, 3 June 2021. Twenty-six fishers met ...": a press release's
        # dateline closed by a full stop belongs to the sentence it opens, as with a dash
        pieces[:2] = [pieces[0][:-1] + " – " + pieces[1]]
    pieces = [part for piece in pieces for part in _dated_clauses(piece)]
    out: list[str] = []
    for piece in pieces:
        while len(piece) > MAX_SENTENCE:
            cut = piece.rfind(" ", 0, MAX_SENTENCE)
            cut = cut if cut > 0 else MAX_SENTENCE
            out.append(piece[:cut].strip())
            piece = piece[cut:].strip()
        if piece:
            out.append(piece)
    return out


def _paragraphs(text: str) -> list[list[str]]:
    """Blank-line separated blocks of lines, page numbers dropped, and a block that continues
    the previous one's sentence (it starts in lower case) joined back to it."""
    blocks: list[list[str]] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [
            line for line in block.split("\n") if line.strip() and not _PAGE_NUMBER.match(line)
        ]
        if not lines:
            continue
        first = clean_markup(lines[0])
        if (
            blocks
            and first[:1].islower()
            and not _BULLET.match(lines[0])
            and not re.search(r"[.!?:;]$", clean_markup(blocks[-1][-1]))
        ):
            blocks[-1][-1] = blocks[-1][-1].rstrip() + " " + lines[0].strip()
            blocks[-1].extend(lines[1:])
            continue
        blocks.append(lines)
    return blocks


# A line of one country and its count: "Peru: 18", "- Bolivia (9)", "Ecuador – 7 participants"
_COUNTRY_COUNT_LINE = re.compile(
    r"^\s*(?:[-*•–·▪◦]\s*)?(?P<name>[A-Z][^:\d()\n]{1,40}?)\s*(?::|–|—|-)?\s*\(?\s*(?P<n>\d{1,4})\s*\)?"
    r"(?:\s+(?:participants?|delegates?|persons?|people|members?))?\s*\.?\s*$"
)


def _country_count_lines(text: str) -> str:
    """`text` with a run of two or more lines that each name a country and a count, under a
    title line ("Annex 1 - Participants by country" / "Peru: 18" / "Bolivia: 9"), written as the
    title's one sentence ("Annex 1 - Participants by country: Peru 18, Bolivia 9."), as the same
    list on one line would be; whether the title tells the people who took part is for the rules
    of home countries to judge. A run with no title line above it is left as it is."""
    from atlas.extract import places  # here: places is heavy, and most texts have no such run

    lines = text.split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        run: list[tuple[str, str]] = []
        while k + len(run) < len(lines):
            m = _COUNTRY_COUNT_LINE.match(lines[k + len(run)])
            if not m or not places.country(m["name"].strip()):
                break
            run.append((m["name"].strip(), m["n"]))
        title = out[-1].strip() if out else ""
        if (
            len(run) >= 2
            and title
            and not re.search(r"[.!?;,]$", title)
            and len(title.split()) <= 10
        ):
            out[-1] = (
                f"{title.rstrip(':').rstrip()}: " + ", ".join(f"{c} {n}" for c, n in run) + "."
            )
            k += len(run)
            continue
        out.append(lines[k])
        k += 1
    return "\n".join(out)


# A slide deck exported to text: "Slide 3 - Safety at sea training, Kantang", "Slide 4: Results",
# "Slide 1" alone, each over its bullets and its speaker's "Notes: ...".
_SLIDE_LINE = re.compile(
    r"(?im)^[ \t]*slide[ \t]+\d{1,3}\b[ \t]*(?:[-–—:.|][ \t]*)?(?P<title>[^\n]*)$"
)
_NOTES_LINE = re.compile(r"(?im)^[ \t]*(?:speaker[ \t]+)?notes?[ \t]*:")


# A transcript's speaker labels in capitals, maybe with the speaker's part in brackets: "HOST:",
# "GUEST (coordinator):", "CALLER 2:", "INTERVIEWER:".
_SPEAKER = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z0-9][A-Z0-9.'’-]*){0,2}(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*:[ \t]+(?=\S)"
)


# The day a transcript was recorded or broadcast: "Recorded Thursday 10 October 2024", "Chiang
# Mai, recorded Monday 2 December 2024", "broadcast on 6 March 2025".
_RECORDED = re.compile(
    r"\b(?:[Rr]ecorded|[Bb]roadcast|[Aa]ired)\s+(?:on\s+)?(?:" + _WEEKDAY + r")?"
    r"(?P<day>\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})"
)
# Days a speaker tells from the day of the recording: "last Sunday", "yesterday".
_DAYS_BACK = re.compile(
    r"\b(?:[Ll]ast\s+(?P<w>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|(?P<y>[Yy]esterday))\b"
    r"(?!\s*\()"
)
_WEEKDAY_NAMES = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def _speakers(text: str) -> str:
    """A radio or podcast transcript's text (three speaker labels or more) without its labels,
    so that what a speaker says is read as the sentences it is, not as a form's lines; and,
    when its head says the day it was recorded, the days its speakers tell from that day ("last
    Sunday", "yesterday") written out after them ("Last Sunday (6 October 2024)")."""
    if len(_SPEAKER.findall(text)) < 3:
        return text
    text = _SPEAKER.sub("", text)
    recorded = _RECORDED.search(text[:400])
    if recorded:
        from atlas.extract import date_phrases  # here: most texts are no transcripts

        told = date_phrases.find(recorded["day"])
        day = told[0].first if told and told[0].precision == "day" else None
        if day is not None:
            start = recorded.end()

            def back(m: re.Match[str]) -> str:
                if m["y"]:
                    then = day - dt.timedelta(days=1)
                else:
                    gap = (day.weekday() - _WEEKDAY_NAMES.index(m["w"].lower())) % 7 or 7
                    then = day - dt.timedelta(days=gap)
                return f"{m.group(0)} ({then.day} {then:%B} {then.year})"

            text = text[:start] + _DAYS_BACK.sub(back, text[start:])
    return text


def _slides(text: str) -> str:
    """A slide deck's text (two "Slide N" lines or more) with each slide's title a paragraph of
    its own, read as a heading over the slide's bullets without its number, and the speaker's
    notes a paragraph of their own, so that a slide is one section and its notes do not run into
    the bullets or the title lines above them."""
    if len(_SLIDE_LINE.findall(text)) < 2:
        return text
    text = _SLIDE_LINE.sub(lambda m: f"\n{m['title'].strip()}\n", text)
    text = _CELLS_LINE.sub(lambda m: m["bullet"] + _cells_as_prose(m["cells"]), text)
    return _NOTES_LINE.sub(lambda m: f"\n{m.group(0)}", text)


# A slide's bullet of cells split by bars: "- 12-13 March 2024 | Kantang Port Community Hall",
# "- June 2024 | 3 days | La-ngu, Satun | 44 fishers".
_CELLS_LINE = re.compile(r"(?m)^(?P<bullet>[ \t]*[-*•–·▪◦][ \t]+)(?P<cells>[^\n|]+(?:\|[^\n|]+)+)$")


def _cells_as_prose(cells: str) -> str:
    """A slide's cells as the words around them would read: the date first, a town "in" it
    and a venue "at" it ("23-27 October 2023 in Mae Sot at Mae Sot Teachers' Lodge"), countries
    "from" ("200 fishers from Myanmar, Cambodia and Thailand"); a cell that is none of these (a
    count, a length) follows after a comma."""
    from atlas.extract import places  # here: places is heavy, and most texts have no slides

    parts = [c.strip() for c in cells.split("|") if c.strip()]
    out = parts[0]
    for cell in parts[1:]:
        if cell[:1].isupper() and places.VENUE_CORE_RE.fullmatch(
            re.sub(r"\s*\([^()]*\)$", "", cell)
        ):
            out += f" at {cell}"
        elif all(places.country(n) for n in re.split(r"\s*,\s*|\s+and\s+", cell)):
            # countries are where the people counted came from ("More than 200 fishers |
            # Myanmar, Cambodia and Thailand"), a town where the event was
            out += f" from {cell}"
        elif (
            cell[:1].isupper()
            and (found := places.place_at(cell, 0))
            and found[1] >= len(cell.split(",")[0])
        ):
            out += f" in {cell}"
        else:
            out += f", {cell}"
    return out


# An edition of a recurring meeting on a history page, at the head of its paragraph: its ordinal
# and name, then its date and town (and venue) between commas or in brackets: "The 3rd Forum,
# 12-14 November 2019, Bangkok, Riverside Mekong Hotel.", "Fifth Assembly (5-6 November 2022,
# Chiang Mai).", "3rd Conference, 2018, Biratnagar, 9-10 April.", "IV Encuentro (2019, Arequipa)."
_ORDINAL = (
    r"(?:\d{1,2}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth"
    r"|Tenth|Eleventh|Twelfth|[IVX]{1,5})"
)
_EDITION_LINE = re.compile(
    r"(?m)^(?P<the>The\s+)?(?P<name>" + _ORDINAL + r"\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})"
    r"(?:\s*\((?P<inner>[^()\n]{4,120})\)\s*\.|,\s*(?P<parts>[^.\n]{4,120}?)\.)(?=\s|$)"
)
_EDITION_YEAR = re.compile(r"(?:19|20)\d\d")
_EDITION_MONTH = re.compile(r"\b" + date_phrases.FULL_MONTH + r"\b")


def _edition_lines(text: str) -> str:
    """`text` with each edition line of a history page (see `_EDITION_LINE`) written as the
    sentence it stands for ("The 3rd Forum was held in Bangkok at Riverside Mekong Hotel on
    12-14 November 2019."), so that the sentences after it in its paragraph tell that edition.
    A line whose parts hold no year, or no town after the date, is left as it is: "The 2nd
    Floor, Block B." is no edition."""

    def rewrite(m: re.Match[str]) -> str:
        parts = [p.strip() for p in (m["inner"] or m["parts"]).split(",") if p.strip()]
        dates = [p for p in parts if re.search(r"\d", p) or _EDITION_MONTH.search(p)]
        names = [p for p in parts if p not in dates]
        years = [p for p in dates if _EDITION_YEAR.search(p)]
        if (
            len(years) != 1
            or not names
            or len(dates) > 2
            or any(not p[:1].isupper() or len(p.split()) > 6 for p in names)
            or parts.index(names[0]) == 0
        ):
            return m.group(0)
        year = _EDITION_YEAR.search(years[0]).group(0)
        other = [p for p in dates if p is not years[0]]
        when = f"{other[0]} {year}" if other and years[0] == year else years[0]
        if len(other) and years[0] != year:
            return m.group(0)
        where = f"in {names[0]}" + "".join(f" at {v}" for v in names[1:2])
        word = "on" if when[:1].isdigit() and not _EDITION_YEAR.fullmatch(when) else "in"
        return f"The {m['name']} was held {where} {word} {when}."

    return _EDITION_LINE.sub(rewrite, text)


# An expenditure report's line of one budget item, headed by its code: "201 Reintegration
# training for returnee women, Sylhet, 3-5 June 2024, ... Budget 95,000; spent 91,200.",
# "Activity line 1.2 - Training of peer educators, Jinja, ...", "A2.1: Workshop on ...". The
# code is no count of those who came, and the line is read without it.
_BUDGET_CODE = re.compile(
    r"(?m)^(?P<code>[ \t]*(?:(?:Activity|Budget|Cost)(?:[ \t]+(?:line|item|code))?[ \t]+)?"
    r"[A-Z]?\d{1,3}(?:\.\d{1,2}){0,2}[ \t]*(?:[-–—:.][ \t]+|[ \t]+))(?=[A-Z][a-z])(?P<rest>[^\n]*)$"
)
# What such a line costs: "spent 91,200", "Budget UGX 6,500,000", "Unit cost", "20 meetings x BDT 2,500"
_AMOUNT = re.compile(
    r"\b(?:[Ss]pent|[Bb]udget(?:ed)?|[Uu]nit\s+cost|[Cc]ost)\b[^.\n]{0,20}\d|\bx\s+(?:[A-Z]{3}\s+)?\d"
)


# An item planned and not spent on: "302 Meeting with members of parliament, planned for
# September 2024. Budget 40,000; spent 0.", "..., planned for May 2024. Budget THB 18,000; actual
# THB 0.", "...; spent nil."
_PLANNED_UNSPENT = re.compile(
    r"(?m)^[^\n]*\bplanned\s+for\b[^\n]*\b(?:[Ss]pent|[Aa]ctual)\s*:?\s+(?:[A-Z]{3}\s+)?"
    r"(?:0|nil|none|zero)\b[^\n]*$"
)


def _budget_codes(text: str) -> str:
    """`text` with the codes of an expenditure report's item lines (see `_BUDGET_CODE`) taken
    off, when two lines or more so headed tell what they cost; a numbered list of other things
    keeps its numbers. An item line planned for a day and not spent on (see `_PLANNED_UNSPENT`)
    tells no event and is left out, so that what it plans is not taken for held nor its line
    run into the next one."""
    lines = [m for m in _BUDGET_CODE.finditer(text) if _AMOUNT.search(m["rest"])]
    if len(lines) < 2:
        return text
    text = _PLANNED_UNSPENT.sub("", text)
    lines = [m for m in _BUDGET_CODE.finditer(text) if _AMOUNT.search(m["rest"])]
    for m in reversed(lines):
        text = text[: m.start()] + m["rest"] + text[m.end() :]
    return text


# A course report's line for one of its parts, at the head of its paragraph: the part, its town,
# its days and maybe its venue, then who came: "Part A, Phnom Penh, 6-10 February 2023, at the
# network's training room.", "Session 2, Negombo, 21-23 September 2023, St Mary's Parish Hall: 24
# attended", "Module 1, Bangkok, 8-12 April 2024, Baan Suan Training Centre: 22 fellows attended."
_COURSE_PART_LINE = re.compile(
    r"(?m)^(?P<part>(?:Part|Session|Module|Phase|Block|Round)\s+(?:\d{1,2}|[A-H]|[IVX]{1,4})"
    r"|Residential\s+week|Practice\s+week|Field\s+week)"
    r",\s*(?P<town>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}),\s*"
    r"(?P<date>\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+[A-Z][a-z]{2,8}(?:\s*[-–]\s*\d{1,2}\s+[A-Z][a-z]{2,8})?"
    r"\s+(?:19|20)\d\d)(?P<rest>[^\n]*)$"
)
# A course report's head: "Course report: ...", "Fishers' Paralegal Course 2023: selection,
# attendance and sessions", "Fellowship 2024 - selection and attendance".
_COURSE_HEAD = re.compile(r"\b(?:course|training|fellowship|curriculum)\b", re.I)


def _course_parts(text: str) -> str:
    """`text` with each part line of a course report (see `_COURSE_PART_LINE`) written as the
    sentence it stands for ("The training course was held in Phnom Penh on 6-10 February 2023,
    at the network's training room."), each part an event of its own in its town and on
    its days; the rest of the line follows as it was. A text whose head names no course, or a
    part line with no town or days, is left as it is."""
    if not _COURSE_HEAD.search(text[:300]):
        return text

    def rewrite(m: re.Match[str]) -> str:
        rest = m["rest"]
        venue = re.match(
            r",\s*(?!at\b|hosted\b|with\b)(?P<v>[A-Z][^,:.;]{2,60}?)(?=[,:.;]|$)", rest
        )
        if venue:
            rest = f" at {venue['v']}" + rest[venue.end() :]
        if rest.startswith(":"):
            rest = "." + rest[1:]
        rest = re.sub(r"^(\s*at\s[^:]*?|[^:]*?hosted\s+by[^:]*?):\s", r"\1. ", rest, count=1)
        # the part's name is left out: "Module 1" would be read as a course's module, no event
        return f"The training course was held in {m['town']} on {m['date']}{rest}"

    return _COURSE_PART_LINE.sub(rewrite, text)


# A track record's or timeline's line headed by its year or month and a dash: "2021 - Survivor-led
# forum in Phnom Penh. More than 100 survivors met ...", "June 2023 - Regional exchange in
# Bangkok, hosted by ...". The year is the date of what the line tells.
_YEAR_DASH_LINE = re.compile(
    r"(?m)^(?P<when>(?:"
    + date_phrases.FULL_MONTH
    + r"\s+)?(?:19|20)\d\d)[ \t]*[-–—][ \t]+(?=[A-Z])"
)


def _year_dash_lines(text: str) -> str:
    """`text` with each line headed by a year or a month and a dash (see `_YEAR_DASH_LINE`)
    headed instead as prose dates it ("In 2021: Survivor-led forum in Phnom Penh."), so that
    its year is its events' date. A line that tells a month or year of its own, or tells what
    "we" did (a timeline's prose, which the rules of timelines read), is left as it is, and so
    is an entry line of a date and a place over its entry ("February 2025 - Luang Prabang")."""

    def rewrite(m: re.Match[str]) -> str:
        end = text.find("\n", m.end())
        line = text[m.end() : end if end >= 0 else len(text)]
        if (
            _EDITION_MONTH.search(line)
            or _EDITION_YEAR.search(line)
            or re.search(r"\b(?:[Ww]e|[Tt]hey|[Oo]ur|I)\b", line)
        ):
            return m.group(0)  # "2013 - In February, from 4 to 8, we held ...": its own date
        if len(line.split()) < 4 or not re.search(r"[.!?]", line):
            return m.group(0)  # "February 2025 - Luang Prabang": an entry line over its entry
        return f"In {m['when']}: "

    return _YEAR_DASH_LINE.sub(rewrite, text)


# Text pasted from a web page or an e-mail keeps its formatting tags: "funded by the <b>Nordic</b>
# Fund", "<em>Dates:</em> 3-4 May<br>". The tags of inline formatting are dropped and a line
# break tag becomes a line's end, so that a name or a date reads as one; any other "<...>" is
# left as the text it is.
_INLINE_TAG = re.compile(
    r"</?(?:b|i|u|s|em|strong|span|font|small|big|mark|sup|sub|a|abbr|cite|code)(?:\s[^<>]*)?>",
    re.I,
)
_BREAK_TAG = re.compile(r"<br\s*/?>", re.I)
_ENTITIES = {"&nbsp;": " ", "&amp;": "&", "&quot;": '"', "&#39;": "'", "&rsquo;": "’"}


def without_tags(text: str) -> str:
    """`text` without the tags of inline formatting a pasted web page or e-mail carries, and
    with their common entities read, when it has such tags; otherwise `text` as it is."""
    if not (_INLINE_TAG.search(text) or _BREAK_TAG.search(text)):
        return text
    text = _BREAK_TAG.sub("\n", _INLINE_TAG.sub("", text))
    for entity, char in _ENTITIES.items():
        text = text.replace(entity, char)
    return text


def split(text: str) -> list[Sentence]:
    """The sentences of `text` in order. A sentence repeated word for word (a pasted paragraph
    twice) is kept once."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    # an e-mail thread's quoted lines ("> Dear partners, ...", ">> Could you send ...") are
    # read as the text they quote
    text = _QUOTED.sub("", text)
    # a group's notes in shorthand ("14 Jan'24 - mtg @ ..., Mae Sot" / "- 26 ppl") are read as
    # the words they stand for, each entry as a small form
    text = shorthand.expand(text)
    # a digest's message headers ("From: X" / "Date: Mon, 22 Apr 2024") as one line that dates
    # the message below it
    text = digests.message_headers(text)
    # a thread's posts are read as the text they post, without their numbers and times
    if len(_THREAD_NUMBER.findall(text)) >= 2:
        text = _THREAD_NUMBER.sub("", text)
    text = _POST_TIME.sub("", text)
    text = _slides(text)
    text = _speakers(text)
    text = tables.as_forms(text)
    text = _country_count_lines(text)
    text = _edition_lines(text)
    text = _budget_codes(text)
    text = _course_parts(text)
    text = _year_dash_lines(text)
    sentences: list[Sentence] = []
    seen: set[str] = set()
    section = 0

    items = 0

    dateline: list[str] = []  # a press release's dateline on a line of its own, not yet used
    post_of: list[int] = []  # the paragraph of the post a post's date line heads

    def add(piece: str, paragraph: int, kind: str, item: int = -1) -> None:
        key = " ".join(piece.split()).lower()
        if not key or key in seen:
            return
        seen.add(key)
        if kind in ("heading", "text") and _DATELINE_ALONE.match(piece.rstrip(".") + "."):
            dateline[:] = [piece.rstrip(". ")]
            post_of.clear()
        elif kind == "heading" and (post := _POSTED_ON.search(piece)):
            # "Mon 8 July 2024" over a post, "Thread posted by X (@x), 18 November 2023": the
            # day the post below was written, for its "today" or "Day 1 of the ..."
            dateline[:] = [post.group(1)]
            post_of[:] = [paragraph]
        elif kind == "text" and dateline:
            # "Kampala, 21 March 2023" / a title / "The coalition today launched ...": the
            # first sentence's "today" is the dateline's day, as if the dateline opened it
            if _DATED_BY_DATELINE.search(piece):
                piece = f"{dateline[0]} – {piece}"
                dateline.clear()
            elif not _HEADLINE.fullmatch(piece.strip()):
                # a headline with no full stop keeps it for the lead below, and a post's date
                # line for the post's next sentences ("Hello all! Day 1 of the ...")
                if post_of != [paragraph]:
                    dateline.clear()
        sentences.append(
            Sentence(" ".join(piece.split()), len(sentences), paragraph, section, kind, item)
        )

    for number, lines in enumerate(_paragraphs(text)):
        prose: list[str] = []
        # "NETWORK NAME" / "Minutes of the Steering Committee Meeting", in either order: a block
        # of title lines only, each a heading, all of one section, so that the form below the
        # block tells the meeting whichever line names it
        title_only = 2 <= len(lines) <= 3 and all(
            _is_heading(clean_markup(x), x) and not _BULLET.match(x) and not _FIELD.match(x)
            for x in lines
        )

        def flush(number: int = number, prose: list[str] = prose) -> None:
            if prose:
                for piece in _split_prose(" ".join(prose)):
                    add(piece, number, "text")
                prose.clear()

        for n, raw in enumerate(lines):
            line = clean_markup(raw)
            if not line:
                continue
            if sentences and sentences[-1].kind == "heading" and PLACE_DATE_LINE.match(line):
                # "Annual Assembly of ..." / "Berlin, 2–3 March 2019, Werkhof Kreuzberg": the
                # place and date under a title tell the title's event, in its section
                flush()
                add(line, number, "text")
            elif n + 1 < len(lines) and not _BULLET.match(raw) and entry_date_line(line):
                # "12 January 2025 | Chiang Mai, Wat Suan Dok" over the entry it dates and places
                flush()
                add(line, number, "heading")
            elif _POST_DATE.fullmatch(line.strip()) and n == 0 and len(lines) > 1:
                # "Mon 8 July 2024" over the post it dates: a heading in the same section
                flush()
                add(line, number, "heading")
            elif (_heading_line(lines, n) and not _field_line(lines, n)) or title_only:
                flush()
                if not (title_only and n > 0):
                    section += 1
                add(line, number, "heading")
            elif number == 0 and _title_block(lines):
                # a report's title block: "Narrative Report to the X Fund" / "Grant period: ..."
                # / "Our Centre, Ranong, Thailand": each line its own, a form's line as a
                # sentence, so that the writer's name on its own line is not run into the line
                # above
                flush()
                if _FIELD.match(raw):
                    add(line, number, "text")
                else:
                    section += 1
                    add(line, number, "heading")
            elif _BULLET.match(raw):
                flush()
                items += 1
                pieces = _split_prose(_BULLET.sub("", raw).strip())
                if len(pieces) > 1 and entry_date_line(clean_markup(pieces[0])):
                    # "- 5 Oct, Siem Reap, Wat Bo yard - DONE. Job fair ...": the bullet's date,
                    # town and status head what it tells, as an events page's entry line
                    add(clean_markup(pieces.pop(0)), number, "heading")
                for piece in pieces:
                    add(clean_markup(piece), number, "bullet", items)
            elif _field_line(lines, n):
                # "Dates: 9-13 September 2022" / "Venue: ..." / "Participants: 34 (...)": the
                # lines of a form are each a sentence, never run together into one
                flush()
                add(line, number, "text")
            elif len(lines) == 1 and _is_heading(line, raw):
                flush()
                section += 1
                add(line, number, "heading")
            else:
                numbered = _SECTION_NUMBER.match(line)
                if numbered:
                    # "1.1 Mobile outreach. NTSN ran ..." / "1.2 The public seminar ...": the
                    # numbered items of minutes' agenda, one a line, each begin anew, read
                    # without their number
                    flush()
                    line = line[numbered.end() :]
                prose.append(line)
        flush()
    return sentences
