"""Event nouns in a sentence ("workshop", "exchange program", "field visits") and events a
sentence tells by its verb ("launched its hotline at a public event", "trained 27 crew leaders"),
each with its determiner, count and a title read from the words around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from atlas import countries
from atlas.extract import date_phrases, events33, missed_whole, numbers, organisations, places

_HEADS: list[tuple[str, str]] = [
    (
        r"exchange\s+program(?:me)?s?|exchange\s+visits?|(?:learning|youth|peer|staff|study|cross-border)\s+exchanges?",
        "exchange",
    ),
    # "A ten-day exchange": the noun alone, not "an exchange of views" or "in exchange for".
    (
        r"exchanges?(?!\s+(?:of|rates?|between|visits?|program(?:me)?s?)\b)(?<!in exchange)(?<!foreign exchange)",
        "exchange",
    ),
    (
        r"(?:field|study|country|exposure|site|learning)\s+visits?|(?:study\s+)?tours?"
        r"|(?:solidarity|fact-finding|observation|monitoring|study|exposure|learning)\s+missions?"
        r"|(?:exposure|study|learning)\s+trips?",
        "field_visit",
    ),
    # "a visit" alone is too common a word; "a visit to Osaka" and "each visit" are events.
    (
        r"visits?(?=,?\s+to\s+[A-Z])|(?:(?<=[Ee]ach )|(?<=[Tt]he )|(?<=[Tt]his )|(?<=[Tt]hese )|(?<=[Bb]oth ))visits?",
        "field_visit",
    ),
    # camps people hold to learn or act ("a youth climate camp", "a peace camp"); never where
    # people live ("a refugee camp", "the IDP camps")
    (
        r"workshops?|(?:youth\s+)?eco-camps?|(?:youth|media|summer|training|leadership|climate|peace|solidarity|activist"
        r"|arts?|science|coding|literacy|reading|writing|language)\s+camps?",
        "workshop",
    ),
    # "an international colloquium on land grabbing" is a seminar too
    # "a side event at the Water Week", "a side session on ...", "a panel on safe migration"; not
    # "a panel of judges", "solar panels"
    (
        r"seminars?|webinars?|colloqui(?:um|a|ums)"
        # after its determiner: a heading "Side session at the Forum" names the one the text
        # then tells
        r"|(?:(?<=[Aa] )|(?<=[Tt]he )|(?<=[Oo]ur )|(?<=[Ii]ts )|(?<=[Tt]heir ))side[- ](?:events?|sessions?)"
        r"|(?<!solar )panels?(?=\s+(?:on|about|discussions?)\b)|panel\s+discussions?",
        "seminar",
    ),
    (r"consultative(?:\s+and\s+[a-z]+)?\s+meetings?|consultations?", "consultation"),
    (
        # "a training-of-trainers", "a ToT for 20 volunteers"
        # (a name in capitals, "Regional Training of Trainers on ...", is read as before)
        r"(?-i:trainings?[-\s]+(?:of|for)[-\s]+trainers)|(?-i:To[Tt]s?|TOTs?)(?=\s+(?:in|on|for|with)\b)"
        r"|training\s+(?:courses?|programmes?|programs?|sessions?)|trainings?"
        # "a peer counsellor course", "a course on bookkeeping"; not "a five-day course in Lagos"
        # (told by its verb, "trained ..."), "of course" or "the course of".
        r"|(?<!of )(?<!the )(?<!this )(?<!-day )(?<!-week )(?<=[a-z]{3} )courses?(?!\s+(?:of|work|materials?|fees?)\b)"
        r"|(?<![Oo]f )courses?(?=\s+(?:on|in|for|about)\s+(?-i:[a-z]))"
        # "realized the course "Emprender en la Frontera"": a course named in quotes; "The course
        # ran for six weeks, from ...": the course told by how it ran
        r"|(?<=the )course(?=\s+[\"“]|\s+(?:ran|took\s+place|lasted|started|began|developed"
        r"|was\s+(?:held|run|conducted|organi[sz]ed)\s+(?:from|on|in|at|between|during)\b))",
        "training",
    ),
    # classes an organisation ran: "ran Sunday classes in Thai reading for 40 workers" (events33.py)
    (events33.RAN_CLASSES, "training"),
    # Courses told by other nouns: "a digital security bootcamp", "a summer school on labour
    # rights", "a three-day academy for young water monitors", "a masterclass".
    (
        r"boot-?camps?|(?:summer|winter|spring|autumn|political|leadership|field|feminist|labour)\s+schools?"
        # "a paralegal refresher", "a three-day induction for new volunteers"
        r"|(?-i:refreshers?)(?!\s+(?:on|of)\s+(?:the\s+)?(?:law|rules))"
        r"|(?:inductions?|orientations?)(?=\s+(?:for|of\s+new|course|training|programme|session)\b)"
        # a migrant workers' group's "Orientation day for 60 workers leaving for Taiwan",
        # "Pre-departure briefing for 52 seasonal workers"
        # (one such day, not "Pre-departure briefings ..., every Tuesday": a routine)
        r"|orientation\s+day\b|(?:pre-?departure|departure)\s+(?:briefing|orientation)\b"
        r"|(?-i:academ(?:y|ies))(?=\s+(?:on|for|of|in)\s)|master-?class(?:es)?"
        # a course given in batches or cohorts, each one a training: "Batch 1 - Duhok",
        # "Cohort 3, Arua", "the second cohort met"; not "a cohort of young people" or "a
        # batch of leaflets"
        r"|(?-i:Batch|Cohort)\s+(?-i:\d{1,2}|[A-H]|One|Two|Three|Four|Five|Six)\b"
        # ("applications for the second cohort close" is a plan)
        r"|(?<!for the first )(?<!for the second )(?<!for the third )(?<!for the fourth )(?<!for the fifth )"
        r"(?:(?<=first )|(?<=second )|(?<=third )|(?<=fourth )|(?<=fifth )|(?<=sixth )|(?<=last ))"
        r"(?-i:batch|cohort)(?!\s+of\b)",
        "training",
    ),
    (r"exhibitions?", "exhibition"),
    (
        r"(?:book|report|public|official)\s+launch(?:es)?|launch\s+(?:events?|ceremon(?:y|ies))",
        "launch",
    ),
    # A forum is an event written in lower case or with its subject ("Youth Forum on Safe
    # Migration"); "the Riverbank Labour Forum organised" is an organisation.
    (
        r"conferences?|symposi(?:um|a)|congress(?:es)?|(?-i:forums?)|(?-i:Forums?)(?=\s+(?:on|for)\s)"
        # "The Forum was organised by X from 19 to 21 September": the forum the report is
        # about, told by a verb of holding (no organisation is held or takes place)
        r"|(?<=The )(?-i:Forum)(?=\s+(?:was|were)\s+(?:held|organi[sz]ed|convened|hosted|opened)\b"
        r"|\s+took\s+place\b)"
        # "The Regional Forum of Domestic Workers was held in Vientiane", "the Mekong Migration
        # Forum 2024": a forum with its own name is held, or dated by its year in its name; a
        # body is neither
        # ("the European Forum of Vietnamese Community Organisations on Labour Rights took
        # place": its name may go on with "on", "for" or "and" between capitalised words)
        r"|(?<=(?-i:[a-z])\s)(?-i:Forum)(?=(?:\s+(?:of|in)(?:\s+(?-i:[A-Z])[\w'’-]*){1,5}"
        r"(?:\s+(?:on|for|and|of)(?:\s+(?-i:[A-Z])[\w'’-]*){1,4}){0,2})?"
        r"(?:\s+(?:was|were)\s+(?:held|convened)\b|\s+took\s+place\b))"
        r"|(?<=(?-i:[a-z])\s)(?-i:Forum)(?=\s+(?:19|20)\d\d\b(?!\s*[-–]))"
        # "the first Provincial Convention of Home-Based Workers", "a national convention of
        # domestic workers": people convened; never a treaty ("the Convention on the Rights of")
        r"|(?:(?<=first )|(?<=second )|(?<=third )|(?<=annual )|(?<=national )|(?<=provincial )|(?<=regional )|(?<=state )|(?<=district )|(?<=people's )|(?<=workers' ))"
        r"conventions?(?!\s+(?:on|against|concerning|for\s+the\s+(?:protection|elimination))\b)(?!\s+(?:No|no)\.?\s*\d)",
        "conference",
    ),
    (
        # a summit of leaders ("a two-day regional summit of women farmer leaders", "the
        # National Informal Traders' Summit") is their meeting, not a conference of papers
        r"meetings?|summits?|dialogues?|round-?\s?tables?|(?:general\s+|members['’]?\s+)?assembl(?:y|ies)"
        # a study's group discussions, held in a place on a day: "three focus-group rounds in
        # Mombasa", "Two rounds of focus groups were held in Kurunegala on 8 and 9 February"
        r"|focus[-\s]group\s+(?:discussions?|rounds?|sessions?|meetings?)|focus[-\s]groups"
        r"|public\s+hearings?|(?:people['’]s|public)\s+tribunals?"
        # "a gathering on women in territorial governance"; not "data gathering"
        r"|(?<!data )(?<!information )(?<!evidence )(?<!fact-)(?<!intelligence )gatherings?"
        # "a regional convening", "a strategy retreat", "a hearing on dust and lung disease"
        r"|convenings?|(?<!spiritual )retreats?|(?<!for a )(?<!fair )(?-i:hearings?)(?!\s+(?:aids?|loss|impair\w*|officers?|dates?)\b)"
        r"|caucus(?:es)?"
        # "an encounter of fisher women", "the Regional Encounter between ...": not "an encounter
        # with the police", "encountered"
        r"|(?-i:[Ee]ncounters?)(?=\s+(?:of|between|for|on|among)\s)"
        # gatherings named in their own language in an English report: "the National
        # Reclaimers' Indaba", "the Encuentro de Mujeres Cafetaleras", "the Imbizo on water"; capitalised, as a name is
        r"|(?-i:Indabas?|Imbizos?|Encuentros?|Encontros?)"
        # a hui (Maori: a gathering), "the Pacific Health Workers Hui", "its second hui"; not
        # a person's name ("Mr Hui", "Hui Ling") or the Hui people
        r"|(?<![Mm]r )(?<![Mm]s )(?<!Mrs )(?<!Dr )(?-i:[Hh]ui)(?!\s+(?:(?-i:[A-Z])|people|Muslims?|minority|ethnic))",
        "meeting",
    ),
    # Gatherings of no kind above: a caravan, a festival, a march, a jamboree, a vigil, a legal
    # clinic, a job fair. Lower case: "the March for Justice" may be a name, "March" a month.
    (
        r"caravans?|(?-i:festivals?)|(?<!to )(?-i:march(?:es)?)(?!\s+(?:to|on)\s+(?-i:[a-z]))|jamborees?"
        r"|(?-i:vigils?)|(?<!weekly )(?<!monthly )(?<!daily )(?<!regular )(?<!permanent )(?<!from a )(?<!from the )"
        r"(?-i:(?:legal|advice|paralegal|mobile|rights|health|eye|dental|medical|free)\s+clinics?)"
        # "a legal orientation fair", "a job-safety fair", "an information fair": a fair of
        # advice or services, not a "fair wage" (a fair is only one after one of these words)
        r"|(?:job|career|health|trade|food|book|seed|orientation|information|advice|services?"
        r"|job-safety|safety|rights|migration)\s+fairs?"
        # "Information day for families of migrants working in Russia"
        r"|information\s+days?(?=\s+(?:for|on|about)\b)|(?-i:rall(?:y|ies))(?!\s+(?:support|behind|round|around)\b)"
        # "a solidarity walk"; not "a walk to the river" alone
        r"|(?:solidarity|peace|protest|memorial|awareness|silent|heritage|sponsored|charity|community)\s+walks?"
        # public actions and community events: "a sit-in outside the ministry", "a free health
        # camp", "the Festival of the Mangrove", "a tree planting day", "a People's Hearing";
        # not "the Festival Committee" or "a planting season"
        r"|sit-ins?|(?:health|medical|eye|dental)\s+camps?|(?-i:Festivals?)(?=\s+(?:of|for)\s)"
        r"|(?:tree[- ])?planting\s+(?:marathons?|days?|drives?)|tree[- ]plantings?"
        r"|people['’]s\s+hearings?"
        # "a health day (jornada de salud)", "a health check day", "two documentation days" at a
        # village: a day of services; not "World Health Day"
        r"|(?<!World\s)(?<!International\s)(?:health(?:\s+check)?|medical|documentation|birth\s+registration)"
        r"\s+days?",
        "other",
    ),
    # public and community events of other nouns: "a cultural night", "a coastal clean-up" (events33.py)
    (events33.COMMUNITY_EVENTS, "other"),
    # A campaign's hand-over told as an entry of its own, by its noun, with its place and day:
    # "Hand-over, Kisumu, 4 June 2024. A delegation of 12 ...", "2 May 2024: hand-over at the
    # County Hall", "hand-over at the Senate in Lima"; not "the hand-over of the keys" or "a
    # smooth handover to the new chair".
    (r"hand-?overs?(?=\s*[,:.]|\s+(?:in|at)\s+(?:the\s+)?(?-i:[A-Z]))", "other"),
    # A campaign's other entries headed by their noun, capitalised at the head of the line:
    # "Vigil, Kisumu, 30 July 2024, World Day against Trafficking in Persons.", "Rally in Eldoret,
    # 1 May 2024"; and a day's celebration, "International Domestic Workers Day celebration at
    # ..." (not "the celebration of mass" alone).
    (
        r"(?-i:Vigils?|Rall(?:y|ies)|Candlelight\s+vigils?)(?=,\s+(?-i:[A-Z])|\s+(?:in|at)\s+(?-i:[A-Z]))"
        r"|(?<=Day )celebrations?",
        "other",
    ),
    # "10 December 2023, Human Rights Day: launch at Tha Phae Gate, Chiang Mai.", "Launch, Kisumu,
    # 4 March 2024.": a campaign's launch told as its entry; not "to launch at the forum".
    (
        r"(?<!to )(?<!will )(?<!would )(?-i:[Ll]aunch)(?=,\s+(?-i:[A-Z])|\s+at\s+(?:the\s+)?(?-i:[A-Z]))",
        "launch",
    ),
    # "Launch of the Fishers' Rights Pocket Guide | 20 November 2023 | ...", "Activity 2.2: Launch
    # of the research report "...". Date: ...": a launch named as an activity's title, by the
    # capital of a title, of a thing made (not "Launch of the project", a start of work)
    (
        r"(?<![\w,] )(?-i:Launch)(?=\s+of\s+(?:the|our|its|their)\s+(?!(?:new\s+)?(?:project|programme|program|"
        r"phase|process|activities|work|season)\b))",
        "launch",
    ),
]
HEAD_RE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(f"(?P<t{i}>{p})" for i, (p, _) in enumerate(_HEADS))
    + r")(?![\w-])",
    re.I,
)
_DETERMINERS = {
    "a": "a",
    "an": "a",
    "the": "the",
    "this": "the",
    "that": "the",
    "these": "the",
    "those": "the",
    "each": "each",
    "every": "each",
    "all": "the",
    "its": "the",
    "their": "the",
    "his": "the",
    "her": "the",
    "our": "the",
    "both": "the",
    "another": "a",
    "several": "some",
    "some": "some",
    "various": "some",
    "subsequent": "some",
    "similar": "some",
}
_STOP_LEFT = {
    "in",
    "at",
    "on",
    "of",
    "for",
    "with",
    "to",
    "from",
    "by",
    "between",
    "among",
    "during",
    "and",
    "or",
    "was",
    "were",
    "is",
    "are",
    "held",
    "organised",
    "organized",
    "conducted",
    "arranged",
    "through",
    "after",
    "before",
    "into",
    "about",
    "via",
    "than",
    "as",
}
_STOP_RIGHT = {
    # "a workshop on domestic workers there": the place told before, no part of the title
    "there",
    # "the encounter of fisher women we held last Tuesday": a relative clause's subject
    "we",
    "they",
    "took",
    "was",
    "were",
    "is",
    "are",
    "has",
    "had",
    "have",
    "held",
    "organised",
    "organized",
    "conducted",
    "arranged",
    "convened",
    "hosted",
    "which",
    "that",
    "who",
    "where",
    "when",
    "began",
    "ended",
    "concluded",
    "aimed",
    "looked",
    "included",
    "brought",
    "culminated",
    "provided",
    "travelled",
    "traveled",
    "crossed",
    "went",
    "marched",
    "drew",
    "gathered",
    "met",
    "stopped",
    "attracted",
    "and",
    "in",
    "at",
    "during",
    "from",
    "by",
    "as",
}
_COMPLEMENT_START = {
    "between",
    "with",
    "for",
    "on",
    "of",
    "among",
    "to",
    "about",
    "entitled",
    "called",
    "under",
}


@dataclass
class Mention:
    """A noun naming an event in a sentence, and what surrounds it."""

    start: int
    end: int
    head: str
    event_type: str
    plural: bool
    determiner: str  # "", "a", "the", "each", "some", or "n" for a number
    count: int | None
    np_start: int
    proper_title: str | None
    title: str

    @classmethod
    def told_by_verb(cls, start: int, end: int, head: str, event_type: str, title: str) -> Mention:
        """One event a verb tells ("launched its guide at", "visited", "were trained"): "a", no
        count and no proper title, its noun phrase starting where the match does."""
        return cls(start, end, head, event_type, False, "a", None, start, None, title)

    def as_one(self, **changes) -> Mention:
        """This mention as one event ("a", no count), with `changes` (dataclasses.replace)."""
        return replace(self, plural=False, determiner="a", count=None, **changes)


def _singular(word: str) -> str:
    if re.search(r"(?:of|for)[-\s]+trainers$", word, re.I):
        # "trainings of trainers" is one training's name plural: "training of trainers"
        return re.sub(r"^([Tt]raining)s", r"\1", word)
    if re.search(r"(?:ies)$", word):
        return word[:-3] + "y"
    if re.search(r"(?:ches|shes|sses)$", word):
        return word[:-2]
    if word.endswith("symposia"):
        return word[:-1] + "um"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _event_type(match: re.Match[str]) -> str:
    for name, value in match.groupdict().items():
        if value is not None:
            return _HEADS[int(name[1:])][1]
    return "other"


# A legislature named by its place or kind ("the Punjab Assembly", "the National Assembly") is
# where something happens, not a meeting; "the General Assembly of the network" is one.
_LEGISLATURE = re.compile(r"Assembl(?:y|ies)$")
# "the National Congress", "the Honduran Congress": a legislature; "the African Migration
# Congress", "the National Congress of Fishers' Unions" are held.
_CONGRESS_OF = re.compile(r"(?:National|Federal|People[’']s)\s+$|(?<![\w'’-])([A-Z][\w'’-]*)\s+$")


def mentions(text: str) -> list[Mention]:
    """Event nouns in a sentence, a noun that only qualifies the next one ("training
    workshops") folded into it."""
    found: list[re.Match[str]] = []
    for m in HEAD_RE.finditer(text):
        before, after = text[: m.start()], text[m.end() :]
        if (
            m.group(0).lower().startswith("consultation")
            and re.search(r"\bin\s+$", before)
            and after.lstrip().startswith("with")
        ):
            continue  # "in consultation with"
        if m.group(0).lower().startswith("meeting") and re.search(
            r"\b(?:after|before|by|for|while|of)\s+$", before
        ):
            continue  # "after meeting with officials"
        if re.match(
            r"\s+(?:reports?|papers?|proceedings|materials|documents?|kits?|manuals?|guides?|modules?|curricul(?:um|a)"
            r"|handbooks?|rooms?|halls?|buildings?|centres?|centers?|funds?|grants?|budgets?|secretariat|fees?"
            # "the Lancang River Training House", "a training college": a place, not an event
            r"|houses?|colleges?|institutes?|lodges?)\b",
            after,
            re.I,
        ):
            continue  # "a conference report", "a training manual": a thing, not an event
        body_meeting = re.match(r"(?i:meetings?|sessions?|retreats?)$", m.group(0)) and re.search(
            rf"\b(?:{'|'.join(organisations.ORG_WORDS)})\s+$", before
        )
        # "The ASEAN Civil Society Conference took place in Jakarta": held, so an event whatever
        # body's word comes before it
        held_named = re.match(r"(?:Conference|Summit|Symposium)$", m.group(0)) and re.match(
            r"(?:\s+(?:of|on|in)\s+[^.;]{1,40}?)?\s+(?:took\s+place|(?:was|were)\s+(?:held|convened))\b",
            after,
        )
        if (
            m.group(0)[0].isupper()
            and not body_meeting  # "the Steering Committee Meeting": the body's meeting
            and not held_named
            and re.search(
                rf"\b(?:{'|'.join(organisations.ORG_WORDS)})\b(?:\s+(?:of|for|and|the|on|[A-Z][\w'’-]*))*\s+$",
                before,
            )
        ):
            continue  # "Ministry of Labour and Vocational Training" names a ministry
        if (
            _LEGISLATURE.match(m.group(0))
            and re.search(
                r"(?<![\w'’-])(?!(?:General|Annual|Ordinary|Extraordinary|Founding|Plenary|Youth|Women)\s)"
                # "the Third Assembly", "the 5th Assembly": an edition of a yearly assembly
                r"(?!(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth"
                r"|\d{1,2}(?:st|nd|rd|th))\s)"
                r"[A-Z][\w'’-]*\s+$",
                before,
            )
            and not re.search(r"(?:s['’]|\b(?:Women|Children)['’]s)\s+$", before)
        ):
            # "the East African Domestic Workers' Assembly", "the Women's Assembly": whose
            # assembly it is, held; "the Punjab Assembly", "the National Assembly": a legislature
            continue
        congress = _CONGRESS_OF.search(before) if m.group(0) == "Congress" else None
        if (
            congress
            and (congress.group(1) is None or places.country_or_adjective(congress.group(1)))
            and re.search(r"\bthe\s+(?:[A-Z][\w'’-]*\s+)?$", before)
            and not re.match(r"\s+(?:of|on|for)\b", after)
        ):
            continue  # "at the National Congress in Tegucigalpa": a legislature, a place
        if (
            m.group(0)[0].isupper()
            and re.search(r"\b(?:with|by)\s+the\s+(?:[A-Z][\w'’-]*\s+){1,4}$", before)
            and re.match(r"\s+(?:for|of|on)\s+(?:[A-Z][\w'’-]*|the\s+[A-Z])", after)
        ):
            continue  # "co-organised with the Tunisian Forum for Workers' Rights": a body named
        if (
            m.group(0)[0].islower()
            and re.search(
                r"\b(?:combined|included|consisted\s+of|comprised|featured|mixed)\s+[^.;:]*"
                r"(?:,|\band)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}$",
                before,
            )
            and not re.search(r"\d|\s(?:in|at|to)\s+(?:the\s+)?[A-Z]", re.split(r"[.;]", after)[0])
        ):
            continue  # "combined case studies, role plays and a visit to a shelter": a part
        if re.search(
            r"\b(?:mix|mixture|combination|blend|hybrid|cross)\s+(?:between|of)\s+"
            r"(?:(?:a|an|the)\s+)?(?:[\w'’-]+,?\s+){0,8}?(?:(?:and|or|with)\s+(?:(?:a|an)\s+)?)?"
            r"(?:[\w'’-]+\s+){0,2}$",
            before,
        ) or re.search(
            r"\b(?:in\s+the\s+(?:form|format|shape)\s+of|run\s+as)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}$",
            before,
        ):
            continue  # "run as a mix of seminar and field visit": the event's format, no event
        if re.search(r"\b(?:at|from|during|after|since|of)\s+that\s+(?:[\w-]+\s+){0,2}$", before):
            continue  # "monitors chosen at that training": the event told before, named again
        if re.search(
            r"\b(?:(?:day|evening|morning|night|week)\s+(?:after|before)|eve\s+of)\s+(?:the|this|that)"
            r"\s+(?:[\w'’-]+\s+){0,3}$",
            before,
        ):
            continue  # "The day after the tribunal, ...", "On the eve of the ministers' meeting":
            # the event told before (or elsewhere) that dates this one, not an event of its own
        if (
            m.group(0).lower() in ("exchange", "exchanges")
            and not re.search(
                r"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Ee]ach|\w+-day|\w+-week|\d+|two|three|four|five)\s+(?:[\w-]+\s+)?$",
                before,
            )
            # a line's title: "Regional exchange in Bangkok, hosted by ...", "In June 2023:
            # Pacific exchange of ..."
            and not re.search(
                r"(?:^|:\s)(?:[A-Z][\w'’-]*\s+)?(?:Regional|National|International|Cross-border"
                r"|Bilateral|Provincial|Pacific|African|Asian|Mekong|Andean|Caribbean)\s+$",
                before,
            )
        ):
            continue  # "exchange" alone names an event only after "a", "the" or a length
        if (
            m.group(0).lower() in ("exchange", "exchanges")
            and re.match(r"\s+(?:for|with)\b", after)
            and not re.search(
                r"\b(?:[Aa]n?|[Tt]he|[Tt]his|\w+-day|\w+-week|\w+-month)\s+(?:\w+-(?:day|week|month)\s+)?$",
                before,
            )
        ):
            continue  # "a ten-day exchange for organisers", "an exchange with X"; not "in
            # exchange for", "a lively exchange with the minister"
        found.append(m)
    result: list[Mention] = []
    for i, m in enumerate(found):
        nxt = found[i + 1] if i + 1 < len(found) else None
        if nxt is not None and text[m.end() : nxt.start()].strip() == "":
            continue  # a modifier of the next noun
        result.append(_mention(text, m))
    told = _verb_mentions(text)
    told += _works_shown(text, told)
    told += _marches(text, told)
    told += _named_forums(text, told + result)
    told += _handed_where(text, told + result)
    told += _officials_met(text, told + result)
    result = [m for m in result if not any(v.start <= m.start < v.end for v in told)]
    if not result and not told:
        told = _met_mentions(text) or _held_mentions(text)
    return sorted(result + told, key=lambda m: m.start)


# An event of whatever noun, told by a verb of holding it or of gathering for it: "held an open
# day for fishers' families", "ran a two-day study circle on land history", "staged a sit-in
# outside the Labour Department", "went on an exposure trip to Anand", "came together at the
# parish hall for a listening session". The noun is read as an event only in a sentence that
# dates it and names a place or a count (see event_specs), and never for a thing made or done
# (a report, a petition, a campaign, a banner).
_HELD_OBJECT = re.compile(
    r"\b(?:held|organi[sz]ed|co-organi[sz]ed|ran|staged|hosted|convened|conducted|went\s+on"
    r"|joined|attended|took\s+part\s+in|participated\s+in"
    # "came together at the parish hall ... for", not "met the commissioner to ask for"
    r"|(?:met|gathered|came\s+together|convened|assembled)\s+(?:again\s+|together\s+)?(?:in|at|on|,)\s"
    r"[^.;]{0,100}?(?<!ask\s)(?<!asked\s)(?<!call\s)(?<!called\s)\bfor"
    # "The member groups met for their annual review on 31 January at ...": their own meeting
    r"|(?:met|gathered|came\s+together|convened|assembled)\s+for(?=\s+(?:its|their|our)\s))"
    r"\s+(?:a|an|its|their|our|(?:a|the)\s+first)\s+"
    r"(?P<np>(?:[\w'’-]+\s+){0,4}?(?P<head>[a-z][a-z-]*[a-z]))"
    r"(?=\s+(?:on|for|about|with|in|at|from|of|to|outside|near|across|along|before|by|between|among"
    r"|through|around|into|during|today|yesterday|tonight|this|last|which|where)\b"
    r"|\s*[,.;]|\s*$)"
)
# Told the other way round: "The first civic hackathon on migrant data was held in Nairobi".
_HELD_SUBJECT = re.compile(
    r"(?:^|(?<=[.;:]\s))(?:[Aa]n?|[Tt]he|[Oo]ur|[Ii]ts|[Tt]heir)\s+(?:first\s+|second\s+|annual\s+)?"
    r"(?P<np>(?:[\w'’-]+\s+){0,4}?(?P<head>[a-z][a-z-]*[a-z]))"
    r"(?:\s+(?:on|for|about|of|with)\s+[^.;,]{1,60}?)?\s+"
    r"(?:(?:was|were)\s+(?:held|organi[sz]ed|staged|run|hosted|convened|conducted)\b(?!\s+by\b)"
    r"|took\s+place\b)"
)
_NOT_EVENTS = re.compile(
    r"^(?:reports?|study|studies|surveys?|books?|booklets?|guides?|manuals?|petitions?|letters?"
    r"|statements?|campaigns?|projects?|programmes?|programs?|grants?|funds?|accounts?|positions?"
    r"|hotlines?|websites?|apps?|films?|videos?|documentar(?:y|ies)|census|votes?|ballots?|majority"
    r"|seats?|offices?|jobs?|banners?|placards?|signs?|posters?|talks|interviews?|press|releases?"
    r"|records?|titles?|elections?|strikes?|shelters?|centres?|centers?|houses?|homes?|clinics?"
    r"|schools?|classes|lessons|stakes?|shares?|views?|belief|hopes?|role|part|place|power"
    r"|responsibility|hands|breath|data|research|assessments?|evaluations?|audits?|analys[ie]s"
    r"|series|number|total|group|team|network|coalition|committee|union|association|budget"
    # an ordinal or pronoun stands for an event told before ("The second was held in X")
    r"|first|second|third|fourth|fifth|sixth|last|next|other|others|latter|former|rest|one|same"
    r"|final|event|events|activity|activities"
    # things run or held that are no gathering: a column, a stall, a helpline, an internship
    r"|columns?|stor(?:y|ies)|articles?|adverts?|advertisements?|stalls?|desks?|helplines?"
    r"|fellowships?|internships?|scholarships?|posts?|stakes?|records?|funerals?|dinners?|lunch(?:es)?)$"
)


def _dated(text: str) -> bool:
    """Whether a sentence has a date, with its year or without ("On 21 April more than 150
    residents marched ...", in a newsletter whose issue gives the year)."""
    return bool(date_phrases.find(text) or date_phrases.find(text, 2000))


def _held_mentions(text: str) -> list[Mention]:
    if not _dated(text):
        return []
    for m in [*_HELD_OBJECT.finditer(text), *_HELD_SUBJECT.finditer(text)]:
        head = m.group("head")
        if _NOT_EVENTS.match(head) or head in _DETERMINERS or head in _STOP_LEFT:
            continue
        if re.fullmatch(rf"{numbers.ANY_PEOPLE}|interns?|delegations?|[a-z]+(?:ists|ees)", head):
            continue  # "hosted an intern", "received a delegation": people, not an event
        if {head.capitalize(), re.sub(r"s$", "", head).capitalize()} & set(organisations.ORG_WORDS):
            continue  # "joined a federation": a body, not an event
            continue
        if re.search(r"\d", m.group("np")) and not re.search(r"\d+-(?:day|week)", m.group("np")):
            continue
        found = re.compile(re.escape(head)).match(text, m.start("head"))
        mention = _mention(text, found)
        kind = "field_visit" if re.fullmatch(r"trips?|tours?|visits?", head) else "other"
        if events33.BODY_REVIEW.fullmatch(m.group("np")):  # "held its annual review on ..."
            return [
                replace(
                    mention,
                    event_type="meeting",
                    title=m.group("np")[:1].upper() + m.group("np")[1:],
                )
            ]
        return [replace(mention, event_type=kind)]
    return []


# Events a sentence tells by its verb, with no event noun: "launched its hotline at a public
# event", "trained 27 crew leaders in Ranong".
_LAUNCHED = re.compile(
    r"\b(?:launched|unveiled)\s+(?P<what>(?!(?:a|an|the|its|their)\s+(?:new\s+)?project\b)[^.;:]{3,120}?),?"
    r"\s+at\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:event|ceremony|screening|reception|gathering|function|celebration)\b"
)
_COUNTED = (
    r"(?:(?:more than|over|some|about|around|nearly)\s+)?(?:\d{1,3}(?:,\d{3})+|\d+|[a-z]+(?:-[a-z]+)?)"
    rf"\s+(?:[A-Za-z-]+\s+){{0,4}}?(?:{numbers.PEOPLE}|{numbers.OTHER_PEOPLE})"
)
_TRAINED = re.compile(
    rf"\btrained\s+(?P<who>{_COUNTED})\b|\b(?P<who2>{_COUNTED})\s+(?:were|was)\s+trained\b", re.I
)


# "launched its book Bitter Harvest at the Bayanihan Hall on 2 December 2016": a launch told by
# its verb and a venue, in a sentence that dates it.
_LAUNCHED_AT = re.compile(
    r"\b(?:launched|unveiled"
    # "released their study "Nets Without Names" at the Press Club": only a thing written
    # "presented our study "Women Who Cross" at the public library": a work of its own, named
    # in quotes (never "presented the annual report at the Board meeting")
    r"|presented(?=\s+(?:its|their|our|the|a)\s+(?:new\s+)?(?:study|report|book|guide|handbook"
    r"|research|toolkit|atlas|phrasebook)\s+[“\"])"
    r"|released(?=\s+(?:its|their|his|her|our|the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:study|report|book"
    r"|guide|handbook|manual|brief|paper|survey|research|findings|atlas|index|toolkit)\b))"
    r"\s+(?P<what>(?:its|their|his|her|our|the|a|an)\s+(?!(?:new\s+)?project\b)"
    r"(?:[^.;:“”\"]|[“\"][^”\"]{1,150}[”\"]){3,80}?)"  # a quoted title may hold a colon
    r"(?=\s+(?:at\s+(?:the\s+)?[A-Z]|in\s+(?P<town>[A-Z])))"
    # told the other way round: "Our study ..., Debt Before Departure, was launched at the ..."
    # (or after the date that opens the sentence: "On 5 May 2023 the report ... was launched")
    r"|(?:^|(?<=[.;]\s)|(?<=\d{4}\s)|(?<=\d{4},\s))"
    r"(?P<what2>(?:[Oo]ur|[Ii]ts|[Tt]heir|[Tt]he|[Aa]n?)\s+(?!(?:new\s+)?project\b)[^.;:]{3,120}?)"
    r"\s+(?:was|were)\s+(?:launched|unveiled|presented\s+to\s+the\s+public|presented\s+publicly"
    r"|made\s+public)(?=(?:\s+on\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})(?:,?\s+\d{4})?,?)?"
    # "... was presented publicly on 30 January 2025 in Guatemala City, at the Hotel ..."
    r"\s+(?:at|in)\s+(?:the\s+)?[A-Z])"
    # a title first, then what it is: "Stitched Out: Women after Closures, a report by the
    # Centre, was launched on 9 July 2019 at the Lakeshore Hotel"
    r"|(?:^|(?<=[.;]\s))(?P<what3>[A-Z\"“][^.;]{2,120}?),\s+(?:a|an|the)\s+(?:new\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:report|study|book|guide|handbook|manual|brief|paper|survey|toolkit|atlas|documentary|film)\b"
    r"[^.;]{0,120}?,\s+(?:was|were)\s+(?:launched|unveiled|presented\s+to\s+the\s+public|made\s+public)"
    r"(?=(?:\s+on\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})(?:,?\s+\d{4})?,?)?"
    r"\s+(?:at|in)\s+(?:the\s+)?[A-Z])"
)
# "the documentary Beyond the Sea, about ..., was shown for the first time at the Dili Cultural
# Centre", "screened its film Far Shores at the Alliance Hall": a first screening, a launch.
_FILM = r"(?:documentary|film|video|short\s+film|play)"
_SCREENED = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Oo]ur)\s+(?:new\s+)?{_FILM}(?:\s+(?P<what>[^.;:]{{1,160}}?))?,?"
    r"\s+(?:was|were)\s+(?:shown|screened|premiered)(?:\s+(?:for\s+the\s+first\s+time|publicly"
    r"|to\s+the\s+public))?(?=\s+at\s+(?:the\s+)?[A-Z])"
    rf"|\b(?:screened|premiered)\s+(?:its|their|our|the|a)\s+(?:new\s+)?{_FILM}\s+(?P<what2>[^.;:]{{0,80}}?)"
    r"(?=\s+at\s+(?:the\s+)?[A-Z])"
)
# "handed over a petition ... to the Ministry", "The petition was submitted to the Legislative
# Council on 14 February 2017": an action at a place, dated.
_TEXTS = r"(?:petition|open\s+letter|declaration|memorandum|charter|statement|letter)"
_HANDED = re.compile(
    rf"\b(?:handed(?:\s+over)?|delivered|submitted|presented)\s+(?:a|an|the|their|its)\s+(?:joint\s+)?(?P<what>{_TEXTS})\b"
    r"[^.;]*?\bto\s+(?:the\s+)?(?P<to>[A-Z][^,.;]*?|(?:chair|head|speaker|members?|secretary|president"
    r"|director|minister|governor|mayor)\b[^,.;]*?)(?=\s+(?:in|on|at|by)\s|[,.;])"
    rf"|\b(?:[Tt]he|[Aa]|[Tt]heir|[Ii]ts)\s+(?:joint\s+)?(?P<what2>{_TEXTS})\s+was\s+(?:handed\s+over|submitted|delivered|presented)"
    r"\s+to\s+(?:the\s+)?(?P<to2>[A-Z][^,.;]*?)(?=\s+(?:in|on|at|by)\s|[,.;])"
    # "marched to the Ministry of Labour in Nairobi and handed over a petition": the place first
    r"|\b(?P<went>walked|marched|went|came|travelled|gathered\s+outside|gathered\s+at)\s+(?:[^.;]{0,60}?\s)?to\s+"
    r"(?:the\s+)?(?P<to3>(?:[A-Z][\w'’-]*\s+){0,3}(?:Ministry|Parliament|Office|Embassy|Consulate|Council"
    r"|Department|Commission|Secretariat|Senate|Congress|House|Palace|Court|Headquarters|Assembly|Hall)"
    r"\b[^,.;]*?)(?=\s+(?:in|on|at|by)\s|[,.;]|\s+and\s+(?:handed|delivered|submitted|presented)\b)"
    r"[^.;]{0,60}?"
    # "... and handed over a petition"; "... to hand over a petition", the purpose the march or
    # the visit ended with (trips34)
    r"\b(?:and\s+(?:handed(?:\s+over)?|delivered|submitted|presented)|(?P<purpose>to)\s+(?:hand(?:\s+over)?|deliver|submit|present))"
    rf"\s+(?:a|an|the|their|its)\s+(?:joint\s+)?(?P<what3>{_TEXTS})\b"
)
# "Ten trade unionists from Morocco visited strawberry farms around Huelva": a visit told by its
# verb, with the visitors counted.
_VISITED = re.compile(
    rf"\b(?P<who>{_COUNTED})\s+from\s+(?P<where>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s+visited\b"
)
# "a delegation of eight care workers from the Romanian union Sanitas visited Bologna, Italy":
# a group that visited a place, in a dated sentence.
_GROUP_VISITED = re.compile(
    rf"\b(?P<who>(?:\d+-member\s+|[\w-]+-strong\s+)?(?:delegation|study\s+group|team)|{_COUNTED})\b"
    r"[^.;]{0,120}?\svisited\s+(?:the\s+)?(?P<where>[A-Z])"
)
# "The West African Fisheries Workers Network met in Dakar, Senegal, on 27 and 28 January 2020":
# an organisation that met somewhere on a date, with no event noun in the sentence.
_BODY_MET = re.compile(
    rf"\b(?:[Tt]he\s+)?(?P<who>{organisations.NAME}|(?:network|union|alliance|coalition|federation"
    r"|platform|association|committee|council|forum)(?:'s\s+members)?|members)\s+"
    r"(?:met|gathered|convened|assembled)\s+(?:again\s+|together\s+|"
    + events33.FOR_DAYS
    + r")?(?:in|at)\s+(?:the\s+)?(?=[A-Z])"
)


# "sixty women fish vendors met at the Fugalei market hall in Apia", "48 women of the Mojeño and
# Yuracaré peoples met in Trinidad": counted people who met at a place, in a dated sentence.
# People named by their mandate need no count: "delegates of teachers' unions gathered at the
# Hotel Panamericano in Asunción".
_DELEGATES = r"(?:[Dd]elegates|[Rr]epresentatives|[Ll]eaders|[Mm]embers)\s+of\s+(?:the\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,4}"
_PEOPLE_MET = re.compile(
    rf"\b(?P<who>{_COUNTED}|{_DELEGATES})\b(?:,?\s+(?:of|from)\s+[^.;]{{1,80}}?)?\s+"
    r"(?P<verb>met|gathered|came\s+together|convened|marched|rallied|demonstrated|paraded)\s+"
    r"(?:again\s+|together\s+|"
    + events33.FOR_DAYS
    + r")?(?:in|at|through|to)\s+(?:the\s+)?(?=[A-Z])",
    re.I,
)


def _met_place(text: str, pos: int) -> bool:
    """Whether a place starts at `pos`, or a venue there is followed by "in <place>"."""
    if places.place_at(text, pos) is not None:
        return True
    clause = re.split(r"[.;]|,\s+(?:where|and|to|for)\b|\s+(?:to|for)\s", text[pos:])[0]
    inside = re.search(r"\s(?:in|at)\s+(?=[A-Z])", clause)
    return bool(inside) and places.place_at(text, pos + inside.end()) is not None


def _met_mentions(text: str) -> list[Mention]:
    """A meeting told by "X met in <place>" in a dated sentence that names no event."""
    if not _dated(text):
        return []
    m = _BODY_MET.search(text)
    if m is None:
        p = _PEOPLE_MET.search(text)
        if p is None or not _met_place(text, p.end()):
            return []
        delegates = re.match(_DELEGATES, p.group("who"))
        if not delegates and not numbers.totals(numbers.digits("with " + p.group("who"))):
            return []
        people = (
            p.group("who")
            if delegates
            else re.sub(
                r"^(?:(?:more than|over|some|about|around|nearly)\s+)?\S+\s+",
                "",
                p.group("who"),
                flags=re.I,
            )
        )  # "sixty women fish vendors" -> "women fish vendors"
        marched = not p.group("verb").lower().startswith(("met", "gathered", "came", "convened"))
        kind, word = ("other", "March") if marched else ("meeting", "Meeting")
        title = f"{word} of {people[:1].lower()}{people[1:]}"
        return [Mention.told_by_verb(p.start(), p.end(), "met", kind, title)]
    if places.place_at(text, m.end()) is None:
        return []
    who = m.group("who")
    named = organisations.ORG_WORD.search(who) and who[:1].isupper()
    title = f"Meeting of the {organisations.clean_name(who)}" if named else "Meeting"
    return [Mention.told_by_verb(m.start(), m.end(), "met", "meeting", title)]


# "the Zambian union returned the visit": a visit of its own.
_RETURNED = re.compile(r"\breturned\s+(?:the|their|its)\s+visit\b|\b[Aa]\s+return\s+visit\b")


def _verb_mentions(text: str) -> list[Mention]:
    found = []
    dated = bool(_dated(text) or date_phrases.RELATIVE.search(text))
    for m in _LAUNCHED_AT.finditer(text) if dated else ():
        if _LAUNCHED.match(text, m.start()):
            continue
        if m.group("town") and places.place_at(text, m.start("town")) is None:
            continue  # "launched its guide in Kuala Lumpur" is placed; "in Tagalog" is not
        if m.group("what3"):
            # the title up to its subtitle: "Stitched Out: Women ..." is "Stitched Out"
            what = re.split(r":\s", m.group("what3").strip(' ,"“”'), maxsplit=1)[0].strip(' "“”')
            found.append(
                Mention.told_by_verb(m.start(), m.end(), "launch", "launch", "Launch of " + what)
            )
            continue
        what = (m.group("what") or m.group("what2")).strip(" ,")
        named = re.search(
            r",\s+((?:[A-Z][\w’'-]*\s*)+?(?:(?:\s+(?:of|the|and|on|in|for|a|at|to|from|by|with))+\s+[A-Z][\w’'-]*)*),?$",
            what,
        )
        what = named.group(1) if m.group("what2") and named else what
        what = re.sub(r"^(?:its|their|his|her|our|the|a|an)\s+", "", what, flags=re.I)
        found.append(
            Mention.told_by_verb(m.start(), m.end(), "launch", "launch", "Launch of " + what)
        )
    for m in _SCREENED.finditer(text) if dated else ():
        what = m.group("what") or m.group("what2") or ""
        name = re.match(r"(?:[A-Z0-9][\w’'-]*(?:\s+(?:of|the|and|on|in|for|to|a)\s+|\s+)?)+", what)
        title = name.group(0).strip() if name else ""
        found.append(
            Mention.told_by_verb(
                m.start(),
                m.end(),
                "screening",
                "launch",
                f"Screening of {title}" if title else "Screening",
            )
        )
    for m in _HANDED.finditer(text) if dated else ():
        what, to = (
            (m.group("what"), m.group("to"))
            if m.group("what")
            else (m.group("what2"), m.group("to2"))
            if m.group("what2")
            else (m.group("what3"), m.group("to3"))
        )
        title = f"{what[:1].upper()}{what[1:]} handed over to {to.strip()}"
        if m.group("purpose") and m.group("went") in ("marched", "walked"):
            if places.place_in_clause(text[m.start() :], "other"):
                continue  # `_marches` reads it, with its town
            # a march to hand over a petition is told as the march, as `_marches` titles it
            title = missed_whole.march_title("March", to.strip(), text)
        found.append(Mention.told_by_verb(m.start(), m.end(), what, "other", title))
    for m in _VISITED.finditer(text):
        if not numbers.totals(numbers.digits(m.group("who") + " visited")) and not numbers.number(
            m.group("who").split()[0]
        ):
            continue
        people = re.sub(
            r"^(?:(?:more than|over|some|about|around|nearly)\s+)?\S+\s+",
            "",
            m.group("who"),
            flags=re.I,
        ).lower()
        title = f"Visit of {people} from {m.group('where')}"
        found.append(Mention.told_by_verb(m.start(), m.end(), "visit", "field_visit", title))
    for m in _GROUP_VISITED.finditer(text) if dated else ():
        if any(x.start <= m.start() < x.end for x in found):
            continue  # told by _VISITED already
        hit = places.place_at(text, m.start("where"))
        if hit is None:  # "visited the Coastal Fishers Foundation in Songkhla": whom, then where
            clause = re.split(r"[.;]|,\s+(?:where|and)\b", text[m.start("where") :])[0]
            inside = re.search(r"\s(?:in|at)\s+(?=[A-Z])", clause)
            hit = places.place_at(text, m.start("where") + inside.end()) if inside else None
        if hit is None or not (hit[0].city or hit[0].country):
            continue  # "visited the Thai Fishers Foundation": whom, and no place
        where = hit[0].city or countries.display_name(hit[0].country)
        found.append(
            Mention.told_by_verb(
                m.start(), m.start("where"), "visit", "field_visit", f"Visit to {where}"
            )
        )
    for m in _RETURNED.finditer(text):
        found.append(
            Mention.told_by_verb(m.start(), m.end(), "return visit", "field_visit", "Return visit")
        )
    for m in _LAUNCHED.finditer(text):
        what = re.sub(r"^(?:its|their|his|her|our)\s+", "", m.group("what").strip(" ,"))
        title = "Launch of " + what.replace(", ", " ").rstrip(",")
        found.append(Mention.told_by_verb(m.start(), m.end(), "launch", "launch", title))
    for m in _TRAINED.finditer(text):
        who = m.group("who") or m.group("who2")
        value = numbers.totals(
            numbers.digits(("with " + who) if m.group("who") else who + " were trained")
        )
        if not value:
            continue
        people = re.sub(
            r"^(?:(?:more than|over|some|about|around|nearly)\s+)?\S+\s+", "", who, flags=re.I
        ).lower()
        found.append(
            Mention.told_by_verb(
                m.start(), m.end(), "training", "training", f"Training for {people}"
            )
        )
    # a launch of a work named in quotes, wherever its sentence puts it (events33.py)
    for start, end, title in events33.named_work_launches(
        text, dated, [(f.start, f.end) for f in found]
    ):
        found.append(Mention.told_by_verb(start, end, "launch", "launch", title))
    return found


def _mention(text: str, m: re.Match[str]) -> Mention:
    head = m.group(0)
    head_start = m.start()
    words = list(re.finditer(r"[\w'’-]+", text[: m.start()]))
    determiner, count, np_start = "", None, m.start()
    mods: list[str] = []
    for w in reversed(words[-6:]):
        word = w.group(0)
        low = word.lower()
        if not re.search(r"\w", word) or text[w.start() - 1 : w.start()] in ("/", "."):
            break  # "Wednesday 4/6 - Site visits": a dash or a date's number opens no phrase
        if low in _DETERMINERS:
            determiner, np_start = _DETERMINERS[low], w.start()
            break
        value = numbers.number(word) if not re.fullmatch(r"\d+(?:st|nd|rd|th)", low) else None
        if value is not None and 1 < value < 50 and not re.fullmatch(r"(?:19|20)\d\d", word):
            determiner, count, np_start = "n", value, w.start()
            break
        if text[w.end() : np_start].strip():
            break  # punctuation between: the phrase starts after it
        if low in _STOP_LEFT:
            series = re.search(r"\b[Aa]\s+(?:series|range|number|couple)\s+$", text[: w.start()])
            if low == "of" and series:
                determiner, np_start = "a", series.start()
                mods.insert(0, text[series.start() + 2 : w.end()].strip())  # "series of"
            break
        if re.fullmatch(r"(?:19|20)\d\d", word):
            break
        if not re.fullmatch(r"(?:\w+-)?(?:day|days|week|month)(?:-long)?|week-long", low):
            mods.insert(0, word)
        np_start = w.start()
    if determiner == "n" and re.search(
        r"\b(?:[Aa]ll(?:\s+the)?|[Tt]hese|[Tt]hose|[Bb]oth|[Ee]ach\s+of\s+the|[Ee]very\s+one\s+of\s+the)\s+$",
        text[:np_start],
    ):
        # "the questions collected in all six dialogues": the series told before, not a new one
        determiner = "the"
    first_of = re.search(
        r"\b[Tt]he\s+(?:first|second|third|fourth|fifth|last|final)\s+of\s+(?:the\s+)?$",
        text[:np_start],
    )
    if first_of and determiner == "n":
        # "The first of four village consultations took place on 10 January": one of them,
        # the one the sentence tells; the others are not told
        determiner, count, np_start = "a", None, first_of.start()
        head = _singular(head)
    plural = bool(re.search(r"(?:s|ia)$", head, re.I)) and not head.lower().endswith(("ss",))
    series = bool(mods) and mods[0].startswith(("series", "range", "number", "couple"))
    proper = _proper_title(text, head_start, m.end(), [w for w in mods if " " not in w])
    title = proper or _generic_title(
        text, mods, head, m.end(), (plural or bool(count)) and not series
    )
    return Mention(
        head_start,
        m.end(),
        head,
        _event_type(m),
        plural,
        determiner,
        count,
        np_start,
        proper,
        title,
    )


def _proper_title(text: str, start: int, end: int, mods: list[str]) -> str | None:
    """A name in capitals around the noun ("Regional Exchange Program on Migration Issues",
    "15th Anniversary Workshop"), when the noun itself is written with a capital."""
    if not text[start].isupper():
        return None
    left = start
    for word in reversed(mods):
        if not (word[0].isupper() or re.fullmatch(r"\d+(?:st|nd|rd|th)", word)):
            break
        left = text.rfind(word, 0, left)
    right = end
    while True:
        m = re.match(r"\s+((?:(?:on|of|for|and|the|in)\s+)*)([A-Z][\w'’-]*)", text[right:])
        if not m or (m.group(2) in ("On", "In", "At") and not m.group(1)):
            break
        if places.country(m.group(2)) and m.group(1).strip() in ("in",):
            break
        right += m.end()
    title = text[left:right].strip()
    if left == start and right == end:
        return None  # a capitalised noun alone ("Workshop") is not a name
    return title


def _generic_title(text: str, mods: list[str], head: str, end: int, singular: bool) -> str:
    words = [*mods, _singular(head) if singular else head]
    after = text[end:]
    first = re.match(r"\s+([a-z]+)\b", after)
    place_next = re.match(r"\s+(?:to|in|at)\s+(?:the\s+)?[A-Z]", after)
    if (
        first
        and first.group(1) in _COMPLEMENT_START
        and not place_next
        and not re.match(
            r"\s+(?:to|in|with)\s+\d|\s+on\s+\d{1,2}(?:st|nd|rd|th)?(?:\s+[A-Z]|[./]\d)", after
        )
    ):
        taken: list[str] = []
        for token in re.finditer(r"[^\s,;:()\[\].]+|[,;:()\[\].]", after):
            word = token.group(0)
            if word in ",;:()[]." or (
                taken and word.lower() in _STOP_RIGHT and word.lower() != "and"
            ):
                break
            if (
                taken
                and word.lower() == "and"
                and re.match(r"\s+(?:the\s+)?[a-z]+ed\b", after[token.end() :])
            ):
                break
            if taken and (
                date_phrases.find(word + after[token.end() : token.end() + 12])
                and word[0].isupper()
            ):
                break
            if word.lower() == "with" and re.match(r"\s+\d", after[token.end() :]):
                break
            if word.lower() == "dated" and re.match(r"\s+\d", after[token.end() :]):
                break  # "a training for boat skippers dated 11.03.2024": its date, not its name
            taken.append(word)
            if len(taken) >= 12:
                break
        words += taken
    title = " ".join(words)
    return title[:1].upper() + title[1:]


def _overlaps(m: re.Match[str], told: list[Mention]) -> bool:
    """Whether a match shares any of its text with a mention already read."""
    return any(t.start <= m.start() < t.end or m.start() <= t.start < m.end() for t in told)


# A work of the writer's or a member's shown to the public where the verb and the work do not
# sit as `_LAUNCHED_AT` reads them: "presented our documentary film "Dry Season" in Dodoma",
# "presented its shadow report on water for herders at the Assembly Hall", "launched in Mombasa
# our report "Salt and Sand"", "closed with the premiere of the documentary "Long Road"". Only a
# work of its own (its, our, their) named in quotes or by its subject, shown at a venue or in a
# town; "the coordinator presented the annual report at the Board meeting" is no launch.
_WORK = (
    r"(?:[\w-]+\s+){0,2}?(?:documentary(?:\s+film)?|film|podcast(?:\s+series)?|video|toolkit"
    r"|report|study|book|guide|handbook|map|atlas|survey|photo\s+exhibition)"
)
_WORK_NAMED = (
    r"(?:\s+[“\"][^”\"]{2,80}[”\"]|\s+on\s+[^.;,“”\"]{3,80}?(?=\s+(?:at|in)\s+(?:the\s+)?[A-Z]))"
)
_SHOWN_WORK = re.compile(
    rf"\b(?P<verb>presented|launched|released)\s+(?:(?:in|at)\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]*"
    rf"(?:\s+[A-Z][\w'’-]*){{0,3}})\s+)?(?P<what>(?:its|our|their)\s+{_WORK}{_WORK_NAMED})"
    r"(?(place)|(?=,?\s+(?:in|at)\s+(?:the\s+)?[A-Z]))"
    rf"|\b(?:the\s+)?premiere\s+of\s+(?P<what2>(?:the|its|our|their)\s+{_WORK}\s+[“\"][^”\"]{{2,80}}[”\"])"
)


def _works_shown(text: str, told: list[Mention]) -> list[Mention]:
    """Launches of a work of one's own told by `_SHOWN_WORK`, where no other verb rule read one."""
    if not _dated(text):
        return []
    found = []
    for m in _SHOWN_WORK.finditer(text):
        if _overlaps(m, told):
            continue
        if m.group("place") and places.place_at(text, m.start("place")) is None:
            continue  # "launched in Tagalog its guide": no place
        what = re.sub(r"^(?:its|our|their|the)\s+", "", m.group("what") or m.group("what2"))
        verb = "Launch" if m.group("verb") in ("launched", "released") else "Presentation"
        title = f"{verb} of the {what}" if m.group("what") else f"Premiere of the {what}"
        found.append(Mention.told_by_verb(m.start(), m.end(), "launch", "launch", title))
    return found


# A march or walk told by its verb, its marchers counted, from one place to another: "more than
# 500 market women marched from the central market to the Town Hall", "Some 300 farmers walked
# this morning from the stadium to the Ministry of Agriculture", "led more than 200 workers in a
# walk from the park to the Parliament". Ten or more people counted and a named end are what
# make it an event: "two officers walked to the District Office" or "we walked to the office"
# are none.
_MARCHED = re.compile(
    rf"(?P<who>{_COUNTED})(?:,?\s+(?:[\w'’-]+,?\s+){{0,12}}?)?\s*(?P<verb>marched|walked|paraded)\b"
    rf"|\bled\s+(?P<who2>{_COUNTED})\s+in\s+an?\s+(?P<verb2>march|walk|parade)\b"
)
_MARCH_TO = re.compile(
    r"(?:\s+(?:this\s+\w+|on\s+\w+|today|together|with\s+[^.;]{1,60}?))?"
    r"(?:\s+from\s+(?:the\s+)?[^.;]{2,60}?)?\s+to\s+(?:the\s+)?(?P<to>[A-Z][\w'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?"
    r"[A-Z][\w'’-]*)*)"
)


def _marches(text: str, told: list[Mention]) -> list[Mention]:
    """Marches and walks told by `_MARCHED`, ending at a place `_MARCH_TO` names."""
    if not (_dated(text) or date_phrases.RELATIVE.search(text)):
        return []
    found = []
    for m in _MARCHED.finditer(text):
        if _overlaps(m, told):
            continue
        who = m.group("who") or m.group("who2")
        counted = numbers.totals(numbers.digits("with " + who))
        if not counted or counted[0].value < 10:
            continue  # "two of our officers walked to the District Office": an errand
        to = _MARCH_TO.match(text, m.end()) or missed_whole.MARCH_TO_PLACE.match(text, m.end())
        if not to or not places.place_in_clause(text[m.start() :], "other"):
            continue  # a march in no town the sentence names: the report tells it elsewhere
        verb = (m.group("verb") or m.group("verb2")).lower()
        noun = {"marched": "March", "walked": "Walk", "paraded": "Parade"}.get(verb, verb.title())
        found.append(
            Mention.told_by_verb(
                m.start(),
                to.end(),
                noun.lower(),
                "other",
                missed_whole.march_title(noun, to.group("to"), text),
            )
        )
    return found


# A forum with its own name, where a body of the same kind of name would not stand: held or
# organised at a place ("We organised on 14 and 15 March 2024 the Regional Forum of Returnees at
# the Youth House"), a gathering's purpose ("71 women met at the Community Hall for the
# Cross-Border Women Traders' Forum"), or a dated line of a timeline ("08-09/10/2024 - Southeast
# Asian Fishers Forum in Penang"). A body named "X Forum" is funded, thanked, joined or met with;
# it is not held, met for, or dated in a town. Such forums are meetings.
_FORUM_NAME = (
    r"(?P<name>(?:[A-Z][\w'’-]*\s+){1,6}Forum(?:\s+(?:19|20)\d\d)?"
    r"(?:\s+(?:of|on|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of|and|on|for)?\s*[A-Z][\w'’-]*){0,4})?)"
)
_NAMED_FORUM = re.compile(
    r"\b(?:organi[sz]ed|held|convened|hosted)\s+(?:on\s+[^.;]{3,40}?\s+)?the\s+"
    + _FORUM_NAME
    + r"(?=,?\s+(?:at|in)\s+(?:the\s+)?[A-Z])"
    + r"|\b(?:met|gathered|came\s+together)\b[^.;]{0,80}?\bfor\s+the\s+"
    + _FORUM_NAME.replace("?P<name>", "?P<name2>")
    + r"|^[\d/.\s–-]{6,25}[-–—:]\s+"
    + _FORUM_NAME.replace("?P<name>", "?P<name3>")
    + r"(?=,?\s+in\s+[A-Z])"
)


def _named_forums(text: str, told: list[Mention]) -> list[Mention]:
    """Forums told by `_NAMED_FORUM`, in a sentence that dates them."""
    if not _dated(text):
        return []
    found = []
    for m in _NAMED_FORUM.finditer(text):
        if _overlaps(m, told):
            continue
        group = next(g for g in ("name", "name2", "name3") if m.group(g))
        found.append(
            Mention.told_by_verb(
                m.start(group), m.end(), "forum", "meeting", m.group(group).strip()
            )
        )
    return found


# A meeting with officials told by its verb, in a dated sentence that names no event: "On 10
# April we met officials of the district at the district office", "a delegation of 12 from member
# groups met officials of the Labour Board in Kathmandu", "we met with representatives of the
# County Assembly"; and a march told by "we": "we marched through Tamale from the mosque to ...".
_OFFICIALS_MET = re.compile(
    r"\b(?:[Ww]e|[Dd]elegation\b[^.;]{0,60}?|(?:members|leaders|delegates)\b[^.;]{0,40}?)\s+(?P<met>met)\s+"
    r"(?:with\s+)?(?:the\s+)?(?:(?:senior|local|district|provincial|county|government|two|three|four"
    r"|five|\d{1,2})\s+)?(?P<who>officials|representatives|officers)\s+(?:of|from)\s+(?:the\s+)?"
    r"(?P<body>[A-Z][^.;,:()]*?)(?=\s+(?:in|at|on|to|for|about)\s|\s*[,.;:(]|$)"
)
# A body's gathering told by its verb in a citation of its record or its own news: "On 18
# December 2022 it gathered more than 400 domestic workers in Amman at ...", "we gathered 60
# fishers at the Harbour Hall in Mombasa".
_BODY_GATHERED = re.compile(
    rf"\b(?:[Ii]t|[Ww]e|[Tt]hey)\s+(?:gathered|assembled)\s+(?P<who>{_COUNTED})\s+(?:in|at)\s+(?:the\s+)?(?=[A-Z])"
)
_WE_MARCHED = re.compile(
    r"\b[Ww]e\s+(?P<verb>marched|walked|rallied)\s+(?:through|across|in)\s+(?:the\s+)?(?=[A-Z])"
)


def _officials_met(text: str, told: list[Mention]) -> list[Mention]:
    """Meetings with officials, gatherings and marches told by `_OFFICIALS_MET`, `_BODY_GATHERED`
    and `_WE_MARCHED`, in a sentence that dates them ("On 22 February ...", "Yesterday, ..."),
    not already told."""
    if not (_dated(text) or date_phrases.RELATIVE.search(text)):
        return []
    found = []
    for m in _OFFICIALS_MET.finditer(text):
        if _overlaps(m, told):
            continue
        title = f"Meeting with {m.group('who')} of {m.group('body').strip()}"
        # the mention starts at its verb: the delegation's count before it is the meeting's
        found.append(Mention.told_by_verb(m.start("met"), m.end(), "met", "meeting", title))
    for m in _BODY_GATHERED.finditer(text):
        if _overlaps(m, told) or not _met_place(text, m.end()):
            continue  # "it gathered 40 signatures in the market": no place, or no people
        if not numbers.totals(numbers.digits("with " + m.group("who"))):
            continue
        people = re.sub(
            r"^(?:(?:more than|over|some|about|around|nearly)\s+)?\S+\s+",
            "",
            m.group("who"),
            flags=re.I,
        )
        found.append(
            Mention.told_by_verb(m.start(), m.end(), "gathering", "other", f"Gathering of {people}")
        )
    for m in _WE_MARCHED.finditer(text):
        hit = places.place_at(text, m.end())
        if _overlaps(m, told) or hit is None or not hit[0].city:
            continue  # "we walked in the Hope Garden": no town
        noun = {"marched": "March", "walked": "Walk", "rallied": "Rally"}[m.group("verb")]
        found.append(
            Mention.told_by_verb(
                m.start(), m.end(), noun.lower(), "other", f"{noun} through {hit[0].city}"
            )
        )
    return found


# A petition or charter handed over where `_HANDED` does not read it: the place before the text
# ("delivered at the National Congress a petition", "delivered to the National Assembly a
# petition"), the place after "at" ("handed over the Charter with 2,100 signatures at the
# Deputy Commissioner's Office"), or the going there first ("35 members went to the Ministry of
# Labour and handed over our petition").
_HANDED_VERB = r"(?P<verb>handed\s+over|handed|delivered|submitted)"
_HANDED_TEXT = rf"(?:joint\s+|our\s+|[\w-]+\s+){{0,2}}?(?P<what>{_TEXTS}|charter)\b"
_HANDED_WHERE = re.compile(
    rf"\b{_HANDED_VERB}\s+(?:at|to)\s+(?:the\s+)?(?P<to>[A-Z][^,.;]*?)\s+(?:a|an|the|our|their|its)\s+"
    rf"{_HANDED_TEXT}"
    rf"|\b{_HANDED_VERB.replace('?P<verb>', '?P<verb2>')}\s+(?:our|their|its|the|a)\s+"
    rf"{_HANDED_TEXT.replace('?P<what>', '?P<what2>')}[^.;]{{0,80}}?\bat\s+(?:the\s+)?"
    r"(?P<to2>[A-Z][^,.;]*?)(?=\s*[,.;]|\s+(?:in|on)\s|$)"
    r"|\bwent\s+to\s+(?:the\s+)?(?P<to3>[A-Z][^,.;]*?)(?:\s+in\s+[A-Z][\w'’ -]*?)?\s+and\s+"
    rf"{_HANDED_VERB.replace('?P<verb>', '?P<verb3>')}\s+(?:our|their|its|the|a)\s+"
    rf"{_HANDED_TEXT.replace('?P<what>', '?P<what3>')}",
    re.I,
)


def _handed_where(text: str, told: list[Mention]) -> list[Mention]:
    """Hand-overs told by `_HANDED_WHERE`, in a sentence that dates them and counts the people
    who went or tells it as "we" ("a delegation handed over to the Office a petition" is news of
    others)."""
    if not _dated(text) or not (
        numbers.totals(numbers.digits(text)) or re.search(r"\b[Ww]e\b", text)
    ):
        return []
    found = []
    for m in _HANDED_WHERE.finditer(text):
        if _overlaps(m, told):
            continue
        k = next(i for i in ("", "2", "3") if m.group("to" + i))
        verb = (m.group("verb" + k) or "").lower()
        what = m.group("what" + k).lower()
        to = m.group("to" + k).strip()
        noun = "Delivery" if verb.startswith("deliver") else "Handover"
        # what the text asks for names it better than where it went: "our petition for the
        # protection of domestic workers with 1,870 thumbprints"
        asks = re.match(
            r"\s+for\s+(the\s+[a-z][^,.;]{3,60}?)(?=\s+with\b|\s*[,.;]|$)", text[m.end() :]
        )
        title = f"{noun} of the {what} " + (f"for {asks.group(1)}" if asks else f"to the {to}")
        found.append(Mention.told_by_verb(m.start(), m.end(), what, "other", title))
    return found
