"""Home countries that hold every participant, read after the drafts are made (issue 16).

The first runs of the blind sets named the country of "26 deckhand leaders, all from Myanmar"
without its count, left out the country of "the rest" and missed counts by nationality told
with words between or beside a count from a country: these kinds recur across many sets' first
runs.

- "all from X" with the count it follows: "we trained 26 deckhand leaders, all from Myanmar",
  "54 participants attended, all of them Lao", "Twenty-two men came, all of them Cambodian",
  "72 people in all, every one from Myanmar": X's count is that number when it is the event's
  total; any other country the same sentence gave without a count is no home ("60 women going
  to Thailand as domestic workers, all from Myanmar").
- "the rest" after those counted: "150 people took part: 110 from Venezuela, 20 from Colombia
  and the rest Peruvian neighbours", "the others came from Cambodian ministries": X is a home
  too, without a count.
- counts by nationality told as a list: "30 teachers - 18 Sudanese refugee teachers and 12
  Ugandan teachers - were trained as trainers by two specialists from X", "of which 30 Cambodian
  and 8 from the Lao PDR": each country its count, when the sentence counts two countries or
  more and the counts fit in the total; never those who taught ("3 Kenyan trainers").
- a group counted "from X" after the count of them all: "It had 45 participants: delegates
  from A (18) and B (24), and 3 observers from X", "90 people: 40 fishers from A, 25 from X",
  "among them four colleagues from X": each country its count, when the counts fit in the total;
  never those who taught or came back from X ("6 returnees from Oman").

- the whole told in the sentence right after the total's, where the event names no home: "36
  village volunteers completed a three-day training ... The volunteers, 20 women and 16 men, are
  all Lao nationals.", "52 pax. All Cambodian nationals.": the country holds the total; never
  those who ran it ("The trainers were all Thai."); "By nationality: 38 Venezuelan, 7
  Colombian.": each country its part, when the parts add up to the total.
- a split by sex in brackets between a count and "all X" is no part of it: "40 pax (F 22 / M
  18), all Lao".

A count of one nationality alone ("40 Burmese workers") keeps no count: the sets' expected
records disagree on it (the second to fourth sets name the country only, later sets give it
the total).
"""

from __future__ import annotations

import re

from atlas.extract import numbers, origins, places
from atlas.extract.drafts import Draft
from atlas.extract.facts import add_country
from atlas.extract.numbers import ANY_PEOPLE
from atlas.extract.origins import country_list

# "26 deckhand leaders, all from Myanmar", "54 participants attended, all of them Lao",
# "72 people in all, every one from Myanmar", "30 women volunteers, all of whom fled from X",
# "24 volunteers from 6 communes took part, all of them Lao" (a count of things between)
_ALL_FROM = re.compile(
    r"\b(?P<n>\d[\d,]*)\s+(?P<who>(?:[^\d.;:!?()]|(?:(?<=\bfrom\s)|(?<=\bin\s)|(?<=\bof\s)|(?<=\bacross\s))\d+(?=\s+[a-z])){0,80}?)"
    r",\s+(?:all|every\s+one)(?:\s+of\s+(?:them|whom))?"
    r"(?:\s+(?:were|was|are|came|come|had\s+come|fled))?\s+(?:from\s+(?:the\s+)?)?(?=[A-Z])"
)
_PEOPLE_WORD = re.compile(rf"\b{ANY_PEOPLE}\b", re.I)
# Not a count of them all: the top of a range or a count of each group ("each with 8 to 10
# workers, all from X"), a count told roughly ("Over 300 returnees, all of them Nepali citizens",
# where guests from elsewhere came too)
_NOT_EXACT = re.compile(
    r"(?:\b(?:to|or|each(?:\s+\w+)?|over|about|around|some|nearly|almost|approximately|more\s+than"
    r"|up\s+to)|[-–])\s*$",
    re.I,
)


# A split by sex in brackets after a count: "40 pax (F 22 / M 18)", "36 volunteers (20 women, 16 men)"
_SEX_SPLIT = re.compile(
    r"\s*\((?=[^()]*\d)(?:[^()]*\b(?:[FM]|women|men|female|male|girls|boys)\b[^()]*)\)"
)


def _all_from(text: str) -> tuple[str, int] | None:
    """The one country and the count of "N people, all from X" in a sentence, if it says so
    ("40 pax (F 22 / M 18), all Lao": a split by sex in brackets between is no part of it)."""
    digits = _SEX_SPLIT.sub("", numbers.digits(text))
    for m in _ALL_FROM.finditer(digits):
        if not _PEOPLE_WORD.search(f"{m.group('n')} {m.group('who')}"):
            continue
        if _NOT_EXACT.search(digits[max(0, m.start() - 30) : m.start()]):
            continue
        listed, _end = country_list(digits, m.end(), adjectives=True)
        if len(listed) == 1:
            return listed[0][0], int(m.group("n").replace(",", ""))
    return None


def add_whole_homes(drafts: list[Draft]) -> None:
    """Give "all from X" its count (the event's total) and drop the countries the same sentence
    named without a count beside it."""
    for d in drafts:
        for p in list(d.participation):
            quote = d.evidence.get(f"participation[{d.participation.index(p)}]")
            if p.participants is not None or not quote:
                continue
            found = _all_from(quote)
            if not found or found[0] != p.country_iso3 or found[1] != d.participants_total:
                continue
            p.participants = found[1]
            others = [
                i
                for i, q in enumerate(d.participation)
                if q is not p
                and q.participants is None
                and d.evidence.get(f"participation[{i}]") == quote
            ]
            if others:
                keep = [i for i in range(len(d.participation)) if i not in others]
                d.keep_items("participation", keep)
            break


# "50 from Venezuela, 10 from Colombia and the rest Peruvian neighbours", "the others came from
# Cambodian ministries and unions", "of which 5 Gambians, the others Senegalese", "the rest
# were from Sri Lanka": those counted first came from elsewhere, the rest from X
_THE_REST = re.compile(
    r"(?:[,;:]\s*|\band\s+)(?:while\s+)?the\s+(?:rest|others|remaining\s+[a-z]+|other\s+[a-z]+)"
    r"(?:\s+of\s+them)?(?:\s+(?:were|came|come|being|was))?(?:\s+(?:all|mostly|mainly))?"
    r"(?:\s+from)?\s+(?:the\s+)?(?=[A-Z])"
)
_PLURAL = re.compile(r"([A-Z][a-z]+?)s\b")


def _the_rest(text: str) -> list[str]:
    """The countries "the rest" of those counted came from, as a sentence tells them."""
    found: list[str] = []
    for m in _THE_REST.finditer(text):
        listed, _end = country_list(text, m.end(), adjectives=True)
        plural = _PLURAL.match(text, m.end())
        if not listed and plural:  # "the rest Ecuadorians"
            listed, _end = country_list(plural.group(1), 0, adjectives=True)
        found += [iso3 for iso3, _at in listed]
    return found


def _count_quotes(d: Draft) -> list[str]:
    """The sentences that gave the draft its count or its home countries, each once, in order."""
    return sorted(
        {
            q
            for k, q in d.evidence.items()
            if k == "participants_total" or k.startswith("participation[")
        }
    )


def add_the_rest(drafts: list[Draft]) -> None:
    """Add the country of "the rest" in a sentence that gave the draft its count or its homes."""
    for d in drafts:
        for quote in _count_quotes(d):
            if not re.search(r"\d", numbers.digits(quote)):
                continue  # "the rest" of those counted
            for iso3 in _the_rest(quote):
                if all(p.country_iso3 != iso3 for p in d.participation):
                    add_country(d, iso3, None, quote)


# "18 South Sudanese refugee teachers and 12 Ugandan teachers", "of which 30 Cambodian and 8 from
# the Lao PDR", "15 Lao returnee women together with 10 Thai volunteers", "48 Vietnamese from Lao
# Cai": a count, then the nationality of those counted, then words for people or the list going on
_COUNT_THEN_NATION = re.compile(r"(?<![\d,.])\b(?!(?:19|20)\d\d\b)(?P<n>\d[\d,]*)\s+(?=[A-Z])")
_NATION_ENDS = re.compile(
    rf"(?:\s+(?:[a-z][\w'’-]*\s+){{0,2}}?{ANY_PEOPLE}\b|s?(?=\s*(?:,|\band\b|\bfrom\b|\btogether\b|$)))",
    re.I,
)

# Those who taught are counted apart: "3 Kenyan trainers and 2 Ugandan facilitators"
_TEACHERS = re.compile(
    r"\b(?:trainers|facilitators|speakers|experts|resource\s+persons|instructors|lecturers"
    r"|panell?ists|moderators)\b",
    re.I,
)


def _counted_nationalities(text: str) -> list[tuple[str, int]]:
    found: list[tuple[str, int]] = []
    for m in _COUNT_THEN_NATION.finditer(text):
        plural = _PLURAL.match(text, m.end())
        listed, end = country_list(text, m.end(), adjectives=True)
        if not listed and plural:  # "5 Gambians"
            listed, end = country_list(plural.group(1), 0, adjectives=True)
            end = m.end() + len(plural.group(1))
        if len(listed) != 1 or listed[0][1] != m.end() and not plural:
            continue
        ends = _NATION_ENDS.match(text, end)
        if ends and places.country_pattern().match(text, m.end()) and not ends.group().strip():
            continue  # "25 China, 10 Myanmar": a table of places (country_tables), not this
        if ends and not _TEACHERS.search(ends.group()):
            found.append((listed[0][0], int(m.group("n").replace(",", ""))))
    return found


def add_counted_nationalities(drafts: list[Draft]) -> None:
    """Counts by nationality told as a list ("18 South Sudanese refugee teachers and 12 Ugandan
    teachers"), in a sentence that gave the draft its count or its homes: each country gets its
    count when the sentence counts at least two countries and their counts fit in the total."""
    for d in drafts:
        for quote in _count_quotes(d):
            text = numbers.digits(quote)
            mine = _counted_nationalities(text)
            if not mine:
                continue
            counted = dict(mine)
            for cc in origins.country_counts(text):
                if cc.participants is not None:
                    counted.setdefault(cc.country_iso3, cc.participants)
            if len(counted) < 2 or len(dict(mine)) < len(mine):
                continue
            if d.participants_total is None or sum(n for _c, n in mine) > d.participants_total:
                continue
            for iso3, n in mine:
                if n < d.participants_total:
                    add_country(d, iso3, n, quote)


# "and 3 observers from Nepal", "among them four colleagues from Nepal", "40 fishers from
# Myanmar, 25 from Cambodia", "3 colleagues from our partner organisations in Greece": a group of
# those who came, counted, after the count of them all
_GROUP_FROM = re.compile(
    r"(?<![\d,.])\b(?!(?:19|20)\d\d\b)(?P<n>\d[\d,]*)\s+"
    r"(?:(?P<who>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}?)\s+)?from\s+"
    r"(?:(?:the|our|their|its)\s+)?(?:(?:[a-z][\w'’-]*\s+){1,3}in\s+)?(?=[A-Z])"
)
_GROUP_WORD = re.compile(rf"(?:{ANY_PEOPLE}|observers|guests|colleagues)$", re.I)
_CAME_BACK = re.compile(r"\b(?:returnees|returned|back|deportees|evacuees)\b", re.I)


def _groups_from(text: str) -> list[tuple[str, int]]:
    found: list[tuple[str, int]] = []
    for m in _GROUP_FROM.finditer(text):
        who = m.group("who")
        if who is None and not found:
            continue  # "25 from Cambodia" only after another group counted so
        if who is not None and not _GROUP_WORD.search(who):
            continue
        if who and (_TEACHERS.search(who) or _CAME_BACK.search(who)):
            continue
        if _NOT_EXACT.search(text[max(0, m.start() - 30) : m.start()]):
            continue
        listed, _end = country_list(text, m.end())
        if len(listed) >= 1:
            found.append((listed[0][0], int(m.group("n").replace(",", ""))))
    return found


def add_counted_groups(drafts: list[Draft]) -> None:
    """Counts of groups "from X" in a sentence that gave the draft its count or its homes, after
    the count of them all ("It had 45 participants: ..., and 3 observers from Nepal"): each
    country its count, when the counts fit in the total and each is below it."""
    for d in drafts:
        if d.participants_total is None:
            continue
        for quote in _count_quotes(d):
            text = numbers.digits(quote)
            groups = _groups_from(text)
            if not groups or len(dict(groups)) < len(groups):
                continue
            if sum(n for _c, n in groups) > d.participants_total:
                continue
            if origins.NOT_PARTICIPANTS.search(re.sub(r"\bobservers?\b", "", text)):
                continue  # those who taught or spoke, counted; observers took part
            for iso3, n in groups:
                if n < d.participants_total:
                    add_country(d, iso3, n, quote)


def add_homes(drafts: list[Draft]) -> None:
    """Every reading of this module, in order, once the drafts are made: "all from X" first (it
    may drop countries named beside it), then "the rest", the counts by nationality and the
    groups counted "from X"."""
    add_whole_homes(drafts)
    add_the_rest(drafts)
    add_counted_nationalities(drafts)
    add_counted_groups(drafts)


# Those who ran the event, not those who came: "The trainers were all Thai."
_NOT_THOSE_WHO_CAME = (
    r"(?:trainers?|facilitators?|speakers?|resource\s+persons?|staff|organi[sz]ers?|hosts?"
    r"|panellists?|panelists?|experts?|lecturers?|presenters?|moderators?)\b"
)
# The whole told in the sentence after the total's, of one nationality: "The volunteers, 20
# women and 16 men, are all Lao nationals.", "All Cambodian nationals.", "They were all Nepali
# migrant workers."
_ALL_OF_THEM_AFTER = re.compile(
    r"^\s*(?:(?:The|These|Those)\s+(?!(?:[a-z-]+\s+){0,3}?" + _NOT_THOSE_WHO_CAME + r")"
    r"(?:[a-z-]+\s+){0,3}?[a-z-]+(?:\s*,[^,.;]{1,40},)?|They)\s+"
    r"(?:are|were)\s+all\s+(?=[A-Z])"
    r"|^\s*All\s+(?=[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:nationals|citizens)\b)"
)
# The total split by nationality in the sentence after it: "By nationality: 38 Venezuelan, 7
# Colombian.", "Nationalities: 14 Lao, 8 Thai."
_BY_NATIONALITY = re.compile(
    r"^\s*(?:By\s+(?:nationality|country(?:\s+of\s+origin)?)|Nationalit(?:y|ies)"
    r"|Countries(?:\s+of\s+origin)?)\s*:\s*"
)


def _next_sentence(sentences: list, quote: str):
    """The sentence after the one holding `quote`, in the same paragraph or list item, if any."""
    for s, after in zip(sentences, sentences[1:], strict=False):
        if quote in s.text or (len(s.text) > 20 and s.text in quote):
            if after.paragraph == s.paragraph or (
                s.kind == after.kind == "bullet" and after.item == s.item
            ):
                return after
            return None
    return None


def add_whole_told_after(sentences: list, drafts: list[Draft]) -> None:
    """Where an event names no home country, the sentence right after its total's may: all of
    one nationality ("The volunteers, 20 women and 16 men, are all Lao nationals.", "All
    Cambodian nationals.") gives that country the total; a split by nationality after a colon
    ("By nationality: 38 Venezuelan, 7 Colombian.") gives each country its part when the parts
    add up to the total."""
    from atlas.extract.homes30 import split_of_total

    for d in drafts:
        quote = d.evidence.get("participants_total")
        if d.participation or d.participants_total is None or d.participants_at_least or not quote:
            continue
        after = _next_sentence(sentences, quote)
        if after is None:
            continue
        text = numbers.digits(after.text)
        if m := _ALL_OF_THEM_AFTER.match(text):
            listed, end = country_list(text, m.end(), adjectives=True)
            if len(listed) == 1 and not re.match(r"\s*(?:and|or|,)\s", text[end:]):
                add_country(d, listed[0][0], d.participants_total, after.text)
        elif m := _BY_NATIONALITY.match(text):
            for iso3, n in split_of_total(text, d.participants_total):
                add_country(d, iso3, n, after.text)
