"""Numbers in words and digits, and the participant counts a sentence states.

text2num turns "twenty-four" into 24 and "Five" into 5. A count is only a participant count when
a word for people follows it ("24 participants", "more than 80 delegates") or "attended by"
precedes it; a number on its own ("communities and 29 advocate for") is never taken for one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import alpha2digit, text2num

from atlas.extract import homes30, places

PEOPLE = (
    r"(?:participants|people|persons|attendees|delegates|representatives|youth leaders"
    r"|young people|trainees|students|women|men|officials|activists|members|migrants|visitors"
    r"|guests"
    # a budget's word for heads: "32 pax x 2 days"
    r"|pax)"
)
# Other words for people, which name who attended only where the sentence says so ("trained 27
# crew leaders", "with 40 volunteers", "... attended"): "1,200 children are returned each year"
# and "2 million migrant workers live in Malaysia" are no event's count.
OTHER_PEOPLE = (
    r"(?:leaders|workers|fishers|fishermen|farmers|organi[sz]ers|volunteers|teachers|journalists"
    r"|staff|advocates|officers|researchers|practitioners|unionists|survivors|returnees|employers"
    r"|counsellors|paralegals|lawyers|children|girls|boys|villagers|experts|learners|parents"
    r"|youths?|mothers|graduates|employees|community members|civil servants|traders|vendors|seafarers"
    r"|nurses|caregivers|trade unionists|domestic workers|women leaders|coordinators|miners"
    r"|residents|refugees|asylum seekers|nationals|citizens|interpreters|translators|educators"
    r"|drivers|truckers|pickers|artisans|homeworkers|cleaners|midwives|inspectors|prosecutors"
    r"|judges|magistrates|police officers|promoters|mediators|guards|clerks|doctors|trainers"
    r"|monitors|defenders|community health workers|peer educators|health workers|cadres"
    r"|producers|growers|herders|pastoralists|reporters|editors|photographers|artists|musicians"
    r"|elders|chiefs|head\s+teachers|principals|councillors|mayors|parliamentarians|legislators"
    r"|academics|scholars|lecturers|technicians|engineers|pupils|apprentices|entrepreneurs"
    r"|weavers|tailors|labourers|laborers|tenants|dockworkers|fishworkers|fisherfolk"
    r"|directors|managers|administrators|instructors|supervisors|mentors|processors|chairpersons"
    r"|extension workers|school heads|headteachers|facilitators|caretakers|cooperativists"
    r"|cooperators|campers|gatherers|sellers|stitchers|makers|porters"
    # family and fellows: "29 wives of seasonal workers", "50 spouses", "35 compañeras"
    r"|wives|husbands|spouses|widows|widowers|neighbours|neighbors|teenagers|fellows"
    r"|compa[ñn]eras|compa[ñn]eros|treasurers|secretaries|reclaimers|recyclers|psychologists)"
)
ANY_PEOPLE = rf"(?:{PEOPLE}|{OTHER_PEOPLE})"
# Where a count of OTHER_PEOPLE is attendance: a word right before it, or a verb in the sentence.
_CUE_BEFORE = re.compile(
    r"\b(?:with|for|trained|training|together|gathered|welcomed|involving|involved|including|among them|of whom)\s+$"
    # "Participated 140 cooperativists of 26 cooperatives" (Spanish word order)
    r"|^(?:[Pp]articipated|[Aa]ttended|[Tt]ook\s+part)\s+$"
    # "with the participation of 130 producers", "launched before about 70 journalists"
    r"|\b(?:participation\s+of|before|in\s+front\s+of)\s+$"
    # "The 48 leaders were South Sudanese (20), ...": a sentence that opens on the people counted
    r"|^(?:the|all\s+the|all|these|those)\s+$"
    # "Batch 1 on 8-9 June 2024 had 32 workers": an event had them
    r"|\b(?:batch|cohort|session|training|workshop|course|meeting|forum|class|delegation"
    r"|camp|fair|festival|seminar|dialogue|consultation)\b[^.;:]{0,40}?\bhad\s+$",
    re.I,
)
# The gathering they made: "an assembly of more than 200 migrant workers", "a meeting of 40
# village leaders", "a delegation of 16 survivors"; not of people counted by one nationality ("a
# delegation of eight Zimbabwean traders" is that country's count, read as such).
_GATHERING_OF = re.compile(
    r"\b(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:assembly|meeting|gathering|workshop|forum|consultation"
    r"|rally|march|dialogue|conference|congress|seminar|delegation)\s+of\s+$",
    re.I,
)
CUE_VERB = re.compile(
    r"\b(?:attend\w*|took part|take part|taking part|participat\w*|joined|gathered|were present"
    r"|came together|brought together|bringing together|were trained|registered|enrolled|visited"
    r"|travell?ed|spent|came\s+from|completed|met|marched|rallied|demonstrated|staged|went\s+on|set\s+out"
    # "200 workers handed over a petition at the Ministry": those who went there to do it
    r"|handed\s+(?:over|in)|delivered"
    r"|(?:drew|attracted)(?=\s+(?:\w+\s+){0,2}?\d))\b",
    re.I,
)
# A line that is a count of people and nothing more, maybe with where they came from, as a
# slide's bullet under its event's title counts those who came: "52 teachers", "about seventy
# parents", "120 porters from Tanzania and Malawi".
_COUNT_ALONE = re.compile(r"(?:\s+(?:from|of)\s+[^.;:!?]{1,80}?)?\s*\.?\s*$")
_AT_LEAST = r"(?:more than|over|at least|in excess of|upwards of|no fewer than|no less than)"
_ABOUT = r"(?:about|around|approximately|roughly|nearly|almost|some|an estimated)"
_NUMBER = r"\d{1,3}(?:,\d{3})*|\d+"

# "40 Thai, Cambodian and Lao trade unionists", "25 Oxfam, CARE and ActionAid staff": a list of
# names before the people counted is whose they are (capitalised words with commas, then "and")
_TOTAL = re.compile(
    rf"(?:(?P<least>{_AT_LEAST})\s+|(?P<about>{_ABOUT})\s+|a total of\s+|total of\s+)?"
    rf"(?<![\d,.-])(?P<n>{_NUMBER})(?![\d,.%-])\s+(?P<words>(?:of\s+(?:its|their|our|the)\s+)?(?:(?:(?-i:[A-Z])[\w'’-]*,\s+){{1,6}}(?:(?-i:[A-Z])[\w'’-]*\s+)?(?:and|&)\s+)?(?:[a-z-]+\s+){{0,4}}?)(?P<who>{ANY_PEOPLE})\b"
    # "On 14 August we held a People's Hearing", "12 women's groups": whose the thing is, no
    # people counted
    r"(?!['’]s\b)",
    re.I,
)
_NOT_A_COUNT_WORD = re.compile(
    r"\b(?:million|billion|thousand|hundred|per|percent|cent|of|in|on|at|to|who|which|that|are|were|is|was)\b",
    re.I,
)
# "Delegates from Kenya, Uganda and Tanzania, 53 in all, elected ...": a total after a list.
_IN_ALL = re.compile(
    rf"(?<![\d,.])(?P<n>{_NUMBER})\s+(?:people\s+|persons\s+)?in\s+(?:all|total)\b", re.I
)
_ATTENDED_BY = re.compile(
    rf"\battended by\s+(?:(?P<least>{_AT_LEAST})\s+|(?P<about>{_ABOUT})\s+)?(?P<n>{_NUMBER})\b",
    re.I,
)
# "The training was followed by 35 cadres" (attended, in Indonesian or Romance English's word);
# never "followed by 2 days of visits".
_FOLLOWED_BY = re.compile(
    rf"\b(?:was|were)\s+followed\s+by\s+(?:(?P<least>{_AT_LEAST})\s+|(?P<about>{_ABOUT})\s+)?"
    rf"(?P<n>{_NUMBER})(?=\s+(?:[a-z-]+\s+){{0,2}}?{ANY_PEOPLE}\b)",
    re.I,
)

# "We were 28 in the end: members of ...": a count told by those who were there.
_WE_WERE = re.compile(
    rf"\b(?:[Ww]e|[Tt]hey)\s+were\s+(?:(?P<least>{_AT_LEAST})\s+|(?P<about>{_ABOUT})\s+)?(?P<n>{_NUMBER})"
    r"(?=(?:\s+(?:in\s+(?:all|total|the\s+end)|of\s+us|altogether|people|participants))?\s*[,.:;])",
)

# "Participants: 34 (Nepal 12, ...)", "Number of participants: about 40": a form's count line.
_LABELLED = re.compile(
    r"^(?:(?:total\s+)?(?:number|no\.?)\s+of\s+)?(?:participants|attendees|attendance|people)"
    rf"(?:\s+\(total\))?\s*:\s*(?:(?P<least>{_AT_LEAST})\s+|(?P<about>{_ABOUT})\s+)?(?P<n>{_NUMBER})\b"
    r"(?!\s*(?:%|per\s*cent|women|men|of\b))",
    re.I,
)

# Minutes' attendance line: "Present (10): 7 Board members, the Director and ...": the count in
# brackets after the label is all who were there.
_LABELLED_BRACKET = re.compile(
    r"^(?:present|attendance|participants|attendees|attending)\s*\(\s*(?P<n>\d{1,4})\s*\)\s*:",
    re.I,
)
# "Present: 13 out of 15 CEC members", "12 of the 15 board members attended": those who came,
# not the body's size.
_OUT_OF = re.compile(
    rf"(?<![\d,.])(?P<n>{_NUMBER})\s+(?:out\s+)?of\s+(?:the\s+|its\s+|our\s+)?(?:{_NUMBER})\s+"
    rf"(?P<words>(?:[a-z-]+\s+){{0,3}}?)(?P<who>{ANY_PEOPLE})\b",
    re.I,
)

# A course's attendance told with no word for people: "24 attended, all Sri Lankan", "31 of the
# 35 selected attended", "Attended: 28 of the 30 selected": those who came, not those selected.
_ATTENDED_ALONE = re.compile(
    rf"(?:^|(?<=[:;,.]\s))(?P<n>{_NUMBER})\s+(?:of\s+(?:the\s+)?(?:{_NUMBER})\s+"
    r"(?:selected|invited|registered|accepted|admitted|expected)\s+)?attended\b(?!\s+by\b)"
)
# A selection report's lines: "Selected: 35, including 9 women", "Shortlisted: 36", "Applications:
# 96 (caseworkers, ...)": those chosen or who applied, no count of those who came.
_SELECTION = re.compile(
    r"^(?:[\w-]+\s+){0,3}?(?:selected|shortlisted|short-listed|applications|applicants|nominations)"
    r"(?:\s+[\w-]+){0,5}?\s*:",
    re.I,
)
# A plan told before its count: "The project document foresaw a two-day training for 40 crew
# members", "The invitation expected 30 participants", "We had planned a meeting of 20 owners";
# the count is of the plan, unless the sentence goes on to tell who came.
_PLANNED_COUNT = re.compile(
    r"\b(?:foresaw|foresees|foreseen|envisaged|had\s+planned|originally\s+planned"
    r"|(?:was|were)\s+(?:planned|expected|budgeted|targeted)\s+for"
    r"|(?:invitation|proposal|plan|project\s+document|budget|concept\s+note)\s+"
    r"(?:expected|foresaw|provided\s+for|planned|was\s+for))\b",
    re.I,
)
_CAME = re.compile(
    r"\b(?:came|attended|took\s+part|participated|joined|turned\s+up|were\s+present"
    r"|(?:was|were)\s+held|took\s+place)\b",
    re.I,
)
_ATTENDED_LABEL = re.compile(rf"^Attended\s*:\s*(?P<n>{_NUMBER})\b(?!\s*%)")


# "1.200 leaflets", "2.500 participants": thousands written with a dot, as Portuguese, Spanish
# and French write them. Only three digits after each dot, then a count of people or things (a
# plural word, not a unit or "million"); "1.5 million" and "1.20" are decimals.
_DOT_THOUSANDS = re.compile(
    r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.,]\d|\d)"
    rf"(?=\s+(?:[a-z-]+\s+){{0,3}}?(?:{ANY_PEOPLE}|[a-z]{{2,}}s)\b)"
)
_NOT_COUNTED = re.compile(
    r"\s+(?:million|billion|thousand|hundred|percent|per|times|years|hours|days|weeks|months"
    r"|minutes|seconds|km|kms|kg|kgs|metres|meters|miles|hectares|tons|tonnes|litres|liters"
    r"|dollars|euros|points|degrees)\b",
    re.I,
)
# Any other number with a dot in the sentence ("1.5 million", "3.75", "version 2.1") means the
# dot is a decimal point there.
_DECIMAL = re.compile(r"(?<![\d.])\d+\.(?:\d{1,2}|\d{4,})(?![\d])")


def dot_thousands(sentence: str) -> str:
    """The sentence with "1.200 participants" written "1,200 participants" (same length), where
    the dot can't be a decimal point; unchanged otherwise."""
    if _DECIMAL.search(sentence):
        return sentence
    return _DOT_THOUSANDS.sub(
        lambda m: (
            m.group(0) if _NOT_COUNTED.match(sentence, m.end()) else m.group(0).replace(".", ",")
        ),
        sentence,
    )


# "There were 35 numbers of participants, out of which 12 numbers from Myanmar", "22 numbers of
# the said workshop participants": South Asian English counts people in "numbers" (as "nos."),
# the word itself no one; read as "35 participants", "12 from Myanmar".
_NUMBERS_OF = re.compile(
    r"(?<=\d)\s+numbers?(?:\s+of(?:\s+the\s+said)?(?!\s+the\b))?(?=\s+[\w'’-])"
)


def digits(sentence: str) -> str:
    """The sentence with number words written as digits ("twenty-four" -> "24") and thousands
    written with a dot given a comma ("1.200 leaflets" -> "1,200 leaflets")."""
    sentence = _NUMBERS_OF.sub("", dot_thousands(sentence))
    try:
        written = alpha2digit(sentence, "en", threshold=0)
    except Exception:  # noqa: BLE001 - a library hiccup on odd text must not stop extraction
        return sentence
    if _FIRST_AID.search(written):
        # "first aid" is no ordinal: "18 first aid kits", "First aid at sea training"
        first = "First" if re.search(r"\bFirst\s+aid\b", sentence) else "first"
        written = _FIRST_AID.sub(first, written)
    if _DIGITS_THEN_SCALE.search(sentence):
        # "1.5 million", "2 million": text2num writes the scale word alone as "1000000", which
        # reads as a count of its own ("1.5 1000000 participants"); the word stays
        written = _SCALE_WRITTEN.sub(lambda m: m.group(1) + _SCALE_WORDS[m.group(2)], written)
    return written


_FIRST_AID = re.compile(r"\b1st(?=\s+aid\b)", re.I)
_DIGITS_THEN_SCALE = re.compile(r"\d\s+(?:thousand|million|billion)\b", re.I)
_SCALE_WRITTEN = re.compile(
    r"(?<![\w.,])(\d+(?:[.,]\d+)?\s+)(1000|1000000|1000000000)(?![\d,.]?\d)"
)
_SCALE_WORDS = {"1000": "thousand", "1000000": "million", "1000000000": "billion"}


def number(word: str) -> int | None:
    """The value of one number written in digits or words ("7", "twenty-four", "Two")."""
    word = word.strip().replace(",", "")
    if word.isdigit():
        return int(word)
    try:
        return int(text2num(word.lower(), "en"))
    except (ValueError, TypeError):
        return None


@dataclass(frozen=True)
class Count:
    """A participant count: its value, whether it is a lower bound, and where it is."""

    value: int
    at_least: bool
    approximate: bool
    start: int
    end: int


# "Ethiopia sent 14 participants", "the Kenyan union sent 6 members": one country's count.
_SENT_BY_COUNTRY = re.compile(
    r"(?:^|[^\w-])(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
    r"|[A-Z][\w'’-]*\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:union|association|network|organi[sz]ation|group|delegation|federation|alliance|chapter))"
    r"\s+(?:also\s+)?(?:sent|brought|fielded|contributed)\s+$"
)
_NATION_COUNTED = re.compile(
    r"(?<![\d,.])\d+\s+(?:(?:[a-z-]+\s+){0,4}?from\s+(?:the\s+)?|(?:of\s+(?:them|whom)\s+)?(?:were|are)\s+)?(?=[A-Z])"
)


def _lone_nationality(text: str) -> bool:
    """Whether a sentence counts the people of one nationality and no other people ("Forty-one
    Kenyan paralegals completed ..."): that count is the event's total."""
    nations = 0
    for m in _NATION_COUNTED.finditer(text):
        if places.country_pattern().match(text, m.end()) or places.adjective_pattern().match(
            text, m.end()
        ):
            nations += 1
    people = len(
        [m for m in _TOTAL.finditer(text) if not 1900 <= int(m.group("n").replace(",", "")) <= 2100]
    )
    return nations == 1 and people <= 1


# Those counted as the makers of a work that was shown ("taken by 12 women", "made by 8 youths")
# are not those who came.
_MADE_BY = re.compile(
    r"\b(?:taken|made|painted|drawn|written|produced|created|shot|filmed|directed|photographed"
    r"|recorded|composed|sewn|woven|crafted)\s+by\s+(?:the\s+)?(?:(?:more\s+than|over|some"
    r"|about|around)\s+)?$"
)


# People a study or survey heard, not people at an event.
_STUDIED = re.compile(
    r"\b(?:interviews?\s+with|interviewed|surveyed|a\s+survey\s+of|survey\s+among|testimonies\s+of"
    r"|(?:focus\s+)?group\s+discussions\s+with|responses\s+from|data\s+on)\s+"
    r"(?:(?:more\s+than|over|some|about|around|nearly)\s+)?$",
    re.I,
)


# People of two kinds counted together, one told by its nationality: "more than 2,000 migrant and
# South African workers marched" is everyone who marched, not South Africa's count, when the
# sentence counts no one else ("30 local and Thai workers, with 12 Cambodian workers": a part)
_MIXED_GROUP = re.compile(r"\s+[a-z]+\s+and\s+(?:(?:South|North|East|West)\s+)?[A-Z]")


_TRAINERS_TOOK_PART = re.compile(
    r"\s+(?:who\s+)?(?:also\s+|all\s+)?(?:took\s+part|attended|participated|joined|were\s+trained"
    r"|completed|enrolled|registered)\b"
)


def totals(text: str) -> list[Count]:
    """Participant counts in digit-form text (see `digits`), left to right.

    A count followed by "from <country>" with the country's own count in brackets is still the
    total; a count that is itself a per-country count ("7 from Lao PDR") is not one of these,
    because "from" is not a word for people. A count of one nationality ("12 Vietnamese
    participants") is one country's count beside other counts, and the total when the sentence
    counts no one else ("Forty-one Kenyan paralegals completed a training").
    """
    found: list[Count] = []
    if _SELECTION.search(text):
        return found  # "Selected: 35, including 9 women ...": chosen, not yet come
    patterns = [_OUT_OF, _LABELLED_BRACKET, _TOTAL, _ATTENDED_BY, _FOLLOWED_BY, _WE_WERE, _LABELLED]
    patterns += [_ATTENDED_ALONE, _ATTENDED_LABEL]
    if re.search(rf"\b{ANY_PEOPLE}\b|\bdelegations?\b", text, re.I):
        patterns.append(_IN_ALL)
    for pattern in patterns:
        for m in pattern.finditer(text):
            value = int(m.group("n").replace(",", ""))
            if 1900 <= value <= 2100 and not m.groupdict().get("least"):
                continue  # a year before "members" ("2015 members" is never meant)
            between = text[m.end("n") : m.end()]
            words = re.sub(
                r"^of\s+(?:its|their|our|the)\s+", "", m.groupdict().get("words") or ""
            )  # "nine of its teachers"
            if _NOT_A_COUNT_WORD.search(words):
                continue  # "2 million migrant workers", "12 provinces of the delta people"
            if re.search(
                r"\b(?:(?:from|between)\s+)?\d[\d,]*\s*(?:to|and|-|–)\s*$",
                text[max(0, m.start("n") - 20) : m.start("n")],
            ) and re.match(
                r"[^.;]{0,30}?\b(?:each|every|per|a\s+session|a\s+meeting)\b", text[m.end() :]
            ):
                continue  # "with from 20 to 60 persons each": a range over several, no count
            if re.search(
                r"\b(?:Annex|Appendix|Table|Figure|Chart|Section|Chapter|Part|Box|Activity|Item"
                r"|Output|Result|Objective|No\.?)\s+$",
                text[max(0, m.start("n") - 12) : m.start("n")],
                re.I,
            ):
                continue  # "Annex 1 - Participants by country": a part's number, no count
            if re.search(
                r"\b(?:committee|board|council|secretariat|bureau|commission|caucus|task\s+force"
                r"|working\s+group|steering\s+group|core\s+group|team|network|cooperative)\s+of\s+$",
                text[max(0, m.start("n") - 40) : m.start("n")],
                re.I,
            ):
                continue  # "elected a steering committee of 9 members": the body's size
            if (
                pattern is _TOTAL
                and not re.fullmatch(PEOPLE, m.group("who"), re.I)
                and not (_CUE_BEFORE.search(text[: m.start()]) or CUE_VERB.search(text))
                and not homes30.came_after(text, between, m.end())
                and not (
                    _GATHERING_OF.search(text[: m.start()])
                    and not places.country_pattern().search(between)
                    and not places.adjective_pattern().search(between)
                )
                and not (not text[: m.start()].strip() and _COUNT_ALONE.match(text, m.end()))
            ):
                continue  # "1,200 children are returned each year"
            names = len(places.country_pattern().findall(between))
            nations = names + len(places.adjective_pattern().findall(between))
            if (
                nations == 1
                and (names or not _lone_nationality(text))
                and not (_MIXED_GROUP.match(between) and len(list(_TOTAL.finditer(text))) == 1)
            ):
                continue  # "12 Vietnamese participants" beside others is one country's count
            sender = _SENT_BY_COUNTRY.search(text[max(0, m.start() - 60) : m.start()])
            if sender and not re.search(
                r"(?:,|\band)\s*$", text[: max(0, m.start() - 60) + sender.start("who")]
            ):
                continue  # "Ethiopia sent 14 participants" is Ethiopia's count
            if (
                m.groupdict().get("who") or ""
            ).lower() == "trainers" and not _TRAINERS_TOOK_PART.match(text, m.end()):
                continue  # "2 trainers led the sessions"; "19 trainers took part" (a training of trainers)
            if re.search(
                r"\b(?:petitions?|letters?|appeals?|demands?|complaints?|statements?)\s+"
                r"(?:on\s+behalf\s+of|for|from)\s+$",
                text[max(0, m.start() - 40) : m.start()],
                re.I,
            ):
                continue  # "handed over a petition for 5,000 workers": whom it speaks for
            if re.search(
                r"\b(?:selected|shortlisted|short-listed|accepted|admitted|chose|chosen)\s+"
                r"(?:only\s+)?$",
                text[max(0, m.start() - 30) : m.start()],
                re.I,
            ) or (
                re.match(
                    r"applicants|candidates|applications", m.groupdict().get("who") or "", re.I
                )
                and not re.match(r"\s+(?:attended|came|took\s+part|joined)\b", text[m.end() :])
            ):
                continue  # "we selected 30 of 140 applicants": those chosen, not those who came
            plan = _PLANNED_COUNT.search(text, 0, m.start())
            if plan and not _CAME.search(text, plan.end()):
                continue  # "The project document foresaw a training for 40 crew members": planned
            if _MADE_BY.search(text[max(0, m.start() - 40) : m.start()]):
                continue  # "photographs taken by 12 women": the makers of what was shown
            if _STUDIED.search(text[max(0, m.start() - 40) : m.start()]):
                continue  # "a study that draws on interviews with 212 workers": those studied
            if any(c.start < m.end() and m.start() < c.end for c in found):
                continue
            least, about = m.groupdict().get("least"), m.groupdict().get("about")
            found.append(Count(value, bool(least), bool(about), m.start(), m.end()))
    return sorted(found, key=lambda c: c.start)


def country_counts(text: str) -> list:
    """Per-country counts (atlas.extract.origins.country_counts; kept here for its callers)."""
    from atlas.extract import origins

    return origins.country_counts(text)


def countries_named(text: str) -> list:
    """Home countries without a count (atlas.extract.origins.countries_named; kept here for
    its callers)."""
    from atlas.extract import origins

    return origins.countries_named(text)
