"""From a report's sentences to the events it describes, each with its fields and sentences.

An event is introduced by an *anchor*: a sentence naming an event ("workshop", "exchange
program", "field visits", "consultation"...) together with a date, a place or a participant
count ("On 5-7 August 2014 a Regional Exchange Program ... was organised in Chiang Mai").
One anchor may introduce several events: "Two workshops ... (in early 2010)" is two, "field
visits to Thailand (May 2016), Cambodia (May 2016)" one per place, "a national seminar ... in
January 2009 with 71 participants and again in April 2010 with 75" one per date. Later sentences
that name the event again ("The exchange program was funded by Diakonia") or, in the same
section, say more without naming another ("42 participants attended") add to it. A mention with
no date, place or count joins the nearest event of its kind in the report; with none of its
kind, it becomes an event of its own only when the sentence says one took place ("worked together
to conduct a series of trainings") and it is marked unsure. Plans ("will be organised") are
never events. The meetings of a series told with no date of their own ("six dialogues between
March and August ... The first, in Maliana on 12 March") are no separate events: only those
the report tells are, and a series told only as a whole is one event over its span.
"""

from __future__ import annotations

import datetime as dt
import re

from atlas import countries
from atlas.dates import period_end
from atlas.extract import (
    country_tables,
    date_phrases,
    events33,
    homes30,
    homes32,
    missed_whole,
    numbers,
    organisations,
    places,
    plans35,
    titles33,
    trips34,
)
from atlas.extract.drafts import (
    Draft,
    LooseOutcome,
    Outcome,
    Project,
)
from atlas.extract.event_specs import WITHIN, Spec, spec_from, specs_of, within
from atlas.extract.facts import FactReading, add_country, held_at, set_total
from atlas.extract.groups import ORDINAL_LIST, ORDINALS, Event, GroupReading, ordinal_clauses
from atlas.extract.mentions import Mention, mentions
from atlas.extract.merging import add_outcome, merge_drafts, same_outcome, similar_words
from atlas.extract.not_events import not_an_event, part_of_event
from atlas.extract.not_events2 import drop_series_told_apart, still_to_come, told_again_rescheduled
from atlas.extract.not_events3 import no_event_of_its_own
from atlas.extract.not_held import not_held
from atlas.extract.parts_of_events import frame_of_side_event, trained_count_only
from atlas.extract.projects import PROJECT, ProjectReading
from atlas.extract.report_orgs import about_all_events, add_whole_report_orgs
from atlas.extract.sentences import ENTRY_NOT_HELD, PLACE_DATE_LINE, Sentence, entry_date_line
from atlas.extract.whole_counts import people_counts, whole_count
from atlas.extract.whole_funders import add_whole_work_funder, whole_work_paid
from atlas.extract.whole_homes import add_homes, add_whole_told_after
from atlas.i18n import M_

# Words that point back at an event already told: "the event", "the exchange", "the program".
_BACK_REF = re.compile(
    r"\b(?:the|this|that)\s+(event|exchange|program(?:me)?|activity|gathering|course(?!\s+of\b))\b",
    re.I,
)
_FUTURE = re.compile(
    r"\b(?:will|would|shall|should|could|can|may|might|intends?\s+to"
    # "young people who plan to work abroad": whom the event was for, not a plan of it
    r"|(?<!\bwho\s)(?<!\bthat\s)(?:plans?|planned)\s+to"
    # "Next year we want to repeat the eco-camp": a wish, not an event held
    r"|(?<!\bwho\s)(?<!\bthat\s)(?:want|wants|hope|hopes)\s+to"
    r"|is\s+to\s+be|are\s+to\s+be|to\s+be\s+held|upcoming|next\s+year|similar|Will"
    # "In 2024 we are planning district consultations in A and B": a plan in the making
    r"|(?:we|they|I)\s+(?:are|am)\s+(?:now\s+|also\s+)?planning"
    # "Next year we plan a regional assembly in Hue": a plan told in the present tense
    r"|\b(?:[Ww]e|[Tt]hey)\s+(?:also\s+)?plan\s+(?:a|an|two|three|four|\d+)\s"
    # "A bootcamp for young organisers is planned for March 2024"
    r"|(?:is|are)\s+(?:planned|scheduled|foreseen|pencilled\s+in)"
    # an event called off never took place: "A third meeting ... was cancelled"
    r"|cancell?ed|called\s+off|postponed\s+(?:to|until|indefinitely)|did\s+not\s+take\s+place"
    r"|never\s+took\s+place|did\s+not\s+go\s+ahead"
    # "A follow-up exchange to Ranong ... was postponed because of the conscription law"
    r"|postponed\s+(?:because|due|owing|for\s+lack)"
    # a chronology's line of what did not happen: "Women's meeting in Myeik. POSTPONE because of
    # rain", "2nd batch postpone, no trainer", "Meeting with the consul - postponed by the
    # consulate", "Workshop in La Matanza - not done", "Annual assembly (planned)", "Regional
    # dialogue planned by partner"
    # (never "The workshop, first postponed, was finally held ..." or "The forum, planned by the
    # youth committee, was held ...": the sentence tells it held after all)
    r"|(?:[Pp]ostpone(?:d|ment)?\b(?!\s+from\b)|planned\s+by\b)(?![^.]*\b(?:held|took\s+place|happened)\b)"
    r"|POSTPONED?\b|CANCELL?ED\b|[Nn]ot\s+done\b|(?<=\()(?:planned|proposed)(?=\))"
    # "For the coming months, we prepare the training in Kayar and, inchallah, the General
    # Assembly in July": a plan, and a hope
    r"|(?:in|for|over)\s+the\s+coming\s+(?:months|weeks|year|period)"
    r"|inch?allah|insh?allah|God\s+willing"
    # "A training in Takeo in December, if we get the budget", "It is only a request": a plan
    # hanging on money, or asked for and not granted
    r"|\bif\s+(?:we|they)\s+(?:get|find|receive|raise|have)\s+(?:the\s+|a\s+|enough\s+)?"
    r"(?:budget|funds|funding|money|donor|grant)"
    r"|\b(?:is|was)\s+(?:still\s+)?only\s+a\s+(?:plan|proposal|request|wish|idea)\b"
    # "We want a real dialogue with the owners, maybe in March, but nothing is agreed"
    r"|\b(?:[Ww]e|[Tt]hey)\s+(?:still\s+)?want\s+(?:a|an)\s|\bnothing\s+is\s+(?:yet\s+)?(?:agreed|decided)\b"
    r"|not\s+yet\s+(?:reported|held)|yet\s+to\s+(?:be\s+held|take\s+place)"
    # a chair's summary's proposals: "A fishers' meeting in Jaffna was proposed; it has not been
    # fixed", "... was welcomed; no dates were set" (never "proposed by the owners, was held")
    r"|(?:was|were)\s+proposed\s*[;.]|(?:was|were)\s+proposed\s+for\s+(?:early\s+|late\s+|mid-?)?(?:19|20)\d\d\b"
    # "A meeting with the Ministry of Labour is still being requested"
    # "A follow-up seminar in Dhaka is being discussed for late 2025", "... is being prepared"
    r"|\b(?:is|are)\s+(?:still\s+)?being\s+(?:requested|sought|negotiated|discussed|considered"
    r"|prepared|explored|planned)\b"
    r"|(?:has|have)\s+not\s+(?:yet\s+)?been\s+(?:fixed|set|agreed|decided)"
    r"|no\s+dates?\s+(?:(?:was|were|has|have)\s+(?:yet\s+)?(?:been\s+)?)?(?:set|fixed|agreed)"
    # "planning meeting for next year's caravan (date to be fixed)"
    r"|(?:date|dates|venue)\s+(?:still\s+)?to\s+be\s+(?:fixed|confirmed|decided|set|agreed)"
    # "Next meeting: Ouagadougou, July 2022, to confirm", "(TBC)": a date not yet fixed
    r"|to\s+(?:be\s+)?confirm(?:ed)?|TBC"
    # "a training in Skopje ..., to be organised with the Fund": a plan's passive
    r"|to\s+be\s+(?:organi[sz]ed|convened|conducted|run|hosted|delivered|facilitated)"
    # "a summer school ... if the grant is approved", "subject to funding": a condition not met yet
    r"|if\s+(?:the\s+|our\s+)?(?:grant|funding|funds|budget|proposal|application)\s+(?:is|are)\s+"
    r"(?:approved|secured|confirmed|granted|available|found)"
    r"|if\s+funds\s+allow|subject\s+to\s+(?:funding|approval|the\s+availability)"
    # "Not carried out in 2022 because of travel restrictions": never held
    r"|[Nn]ot\s+(?:yet\s+)?(?:carried\s+out|implemented|conducted|realised|realized)"
    # a history page's years with no edition: "In 2020 and 2021 no assembly was held", "No
    # conference took place in 2020"
    r"|\b[Nn]o\s+(?:[a-z][\w'’-]*\s+){0,2}(?:(?:was|were)\s+(?:held|organi[sz]ed|convened)|took\s+place)"
    # "continues to Sikasso next month" (but "the next month, the group met": a past one)
    r"|(?<!\b[Tt]he\s)next\s+(?:month|week|quarter|semester|spring|summer|autumn|winter))\b"
)  # case-sensitive: "May 2016" is a month, not "may"
# A plan named right before the event: "the coalition plans national follow-up meetings",
# "Next step: a training for ...".
_PLANS = re.compile(
    r"(?:\b(?:plans|planning|proposes|proposed|intends)\s+(?:to\s+(?:hold|organi[sz]e|convene|run)\s+)?"
    # "The evaluation team recommends a refresher training in 2023": advice, not an event
    r"|\b(?:recommends?|recommended|suggests?|suggested|advises?|advised)\s+(?:that\s+)?"
    r"(?:(?:the|a|an)\s+(?:\w+\s+){0,3}?(?:hold|run|organi[sz]e|conduct)\s+)?"
    r"|^[Nn]ext\s+steps?\s*:\s*(?:\w+\s+){0,6}"
    # "Follow-up: each new trainer to run two local trainings", "Plans: ..."
    r"|^(?:[Ff]ollow[- ]?up|[Pp]lans?|[Pp]lanned|[Nn]ext)\s*:[^.:]*"
    # a letter's plans: "Coming up: in summer we go on an exchange visit to ...", "What's next:
    # ...", "We also dream of a river festival", "we prepare the training in Kayar for April"
    r"|^(?:[Cc]oming\s+up|[Ww]hat[’']s\s+next|[Ll]ooking\s+ahead)\s*:[^.:]*"
    r"|\b(?:[Ww]e|[Tt]hey|I)\s+(?:also\s+|now\s+)?(?:prepare|are\s+preparing|dream\s+of)\s+"
    r"(?:\w+\s+){0,3}"
    # "We asked the Bureau of Emigration for a joint meeting on fees", "we have requested the
    # ministry for a meeting": asked for, not held
    r"|\b(?:asked|requested|petitioned)\s+(?:[\w'’-]+\s+){0,5}?for\s+(?:a|an|the)?\s*"
    # "the partners agreed to hold two more dialogues", "decided to organise a forum"
    r"|\b(?:agreed|decided|resolved|committed|undertook|promised|pledged|expected|asked|invited)"
    r"\s+(?:\w+\s+){0,2}?to\s+(?:hold|run|organi[sz]e|convene|conduct|facilitate|host|deliver)\s+(?:\w+\s+){0,4})$"
)


# A section of plans: "5. Next steps", "Action points", "Follow-up", "Way forward"
# "5. Next steps", "D. Follow-up", "3.4 Next steps", "Item 6. Decisions": numbered or lettered
_SECTION_NUMBER = (
    # a slide deck's "Slide 9 - Plans 2025"
    r"(?:Slide\s+\d{1,2}\s*[-–:.]\s*)?"
    r"(?:(?:Item|Point|Agenda)\s+\d{1,2}\s*[.:]?\s+)?(?:(?:\d{1,2}(?:\.\d{1,2})*|[A-H])[.)]?\s+)?"
    # a proposal's "III. Proposed Activities", "Section 3: Proposed Activities", "Part 3 Plan ..."
    r"(?:(?:[IVX]{1,4})[.)]?\s+|(?:Section|Part)\s+\d{1,2}\s*[:.]?\s*)?"
)
# Minutes' decisions and agreements: what was decided for later, so plans, but an annual report's
# "2. Agreements" tells agreements signed at events held (see _plan_sections)
_DECISION_SECTION = re.compile(
    _SECTION_NUMBER
    + r"(?:Decisions?|Agreements?|Resolutions?)(?:\s*\((?:approved|adopted|agreed)\))?\s*:?",
    re.I,
)
_DONE = re.compile(
    r"\b(?:held|ran|organi[sz]ed|hosted|conducted|convened|facilitated|signed|took\s+place)\b", re.I
)
# A report's period: "quarter", "reporting period", "six months"
_PERIOD = (
    r"(?:quarter|period|reporting\s+period|trimester|semester|half[- ]year|year|month"
    r"|(?:six|three|twelve)\s+months|phase)"
)
_PLAN_SECTION = re.compile(
    _SECTION_NUMBER + r"(?:Next\s+steps?|Action\s+points?"
    r"|Follow[- ]?up(?:\s+actions?)?"
    r"|Way\s+forward|Plans?\s+for\s+(?:the\s+)?(?:next|coming)\s+\w+|Future\s+plans?"
    # an evaluation's advice for the next time: "5. Recommendations for the next workshop",
    # "Lessons and recommendations", "What we will change"
    r"|(?:Lessons(?:\s+learn[te]d)?\s+and\s+)?[Rr]ecommendations?"
    r"(?:\s+for\s+(?:the\s+)?(?:next|future|coming)(?:\s+[\w-]+){1,3})?"
    r"|What\s+we\s+will\s+(?:change|do\s+differently|do\s+next)"
    # a progress report's plans for a period: "4. Plans for Q3",
    # "Plans for Quarter 2",
    # "Planned activities", "Coming up"
    r"|Plans?\s+for\s+(?:Q[1-4]|[Qq]uarter\s+[1-4]|the\s+(?:first|second|third|fourth|next)\s+quarter|\d{4}"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s*[-–]\s*\w+)?(?:\s+\d{4})?)"
    r"|(?:Planned|Upcoming|Forthcoming)\s+(?:activities|events)|Coming\s+up"
    # an events page's or calendar's parts of what was not held: "UPCOMING", "POSTPONED",
    # "CANCELLED"
    r"|Upcoming|Forthcoming|Postponed|Cancell?ed|Called\s+off"
    # a bulletin's or letter's last section: "Looking ahead", "Looking forward"
    r"|Looking\s+(?:ahead|forward)"
    # a proposal's or concept note's plans, after its track record: "4. Proposed activities",
    # "What we propose", "Our plan for the new project"
    r"|Proposed\s+(?:activities|actions|interventions|work|project)|What\s+we\s+(?:propose|plan)"
    r"|(?:Our\s+)?plans?\s+for\s+the\s+(?:new|next|proposed|coming)\s+(?:project|phase|period|grant)"
    # a progress, annual or final report's: "Planned for next quarter", "Next trimester", "Next six
    # months plan", "Plan for fiscal year 2568", "Part 3. Plan for the first half of 2025", "What
    # comes next", "Outlook", a bare "Plans" or "Next", a slide's "Plans 2025", and what was not
    # held: "Activities not implemented or postponed"; not "Results against plans" nor
    # "Deviations from the work plan" (they tell what was held)
    r"|Planned\s+for\s+(?:the\s+)?(?:next|coming)\s+"
    + _PERIOD
    + r"|Next\s+"
    + _PERIOD
    + r"(?:\s+plans?)?"
    r"|Plans?\s+for\s+(?:the\s+)?(?:next|coming)\s+"
    + _PERIOD
    + r"|Plans?\s+for\s+(?:the\s+)?(?:fiscal\s+year\s+\d{4}|(?:first|second)\s+half\s+of\s+\d{4})"
    r"|What\s+(?:is|comes)\s+next|What\s+next|Outlook|Plans?(?:\s+(?:19|20)\d\d)?|Next"
    r"|Activities\s+not\s+(?:implemented|carried\s+out|realised|realized|held)"
    r"(?:\s+or\s+(?:postponed|cancell?ed))?)"
    # "4. Plans for 2025 (approved)"
    r"(?:\s*\((?:approved|adopted|agreed)\))?\s*:?",
    re.I,
)
# The period or a note in brackets after a title: "5. Plans for next quarter (October to December
# 2025)", "6. Follow-up (planned)"
_TITLE_BRACKETS = re.compile(r"\s*\([^()]{1,60}\)\s*:?\s*$")


def _plan_title(line: str) -> bool:
    """Whether a section title opens the next period's plans or what was not held, with or
    without its period in brackets."""
    line = line.strip()
    bare = _TITLE_BRACKETS.sub("", line)
    return bool(_PLAN_SECTION.fullmatch(line) or (bare != line and _PLAN_SECTION.fullmatch(bare)))


def _plan_sections(sentences: list[Sentence]) -> set[int]:
    """The sentences under a title of plans ("5. Next steps", "Action points"), up to the next
    title: a heading, or a short line with no full stop; under "Decisions" or "Agreements", those
    that tell nothing held or signed."""
    inside: set[int] = set()
    on = ""
    entry_off = False  # under an entry line whose status says it was not held
    for s in sentences:
        # "Next trimester", "5. Plans for next quarter (October to December 2025)"
        plan = _plan_title(s.text)
        title = (
            plan
            or s.kind == "heading"
            or (len(s.text.split()) <= 6 and not re.search(r"[.!?]$", s.text.rstrip()))
        )
        entry = entry_date_line(s.text) if title and s.kind == "heading" else None
        if entry and entry.group("status") and ENTRY_NOT_HELD.fullmatch(entry.group("status")):
            entry_off = True  # "26 Oct, Anlong Veng - CANCELLED (flooded road).": not held
            continue
        if entry:
            entry_off = False  # "26 April 2025 - Luang Prabang" under "Coming up": of the part
            continue
        if title:
            line = s.text.strip()
            on = "plans" if plan else "decisions" if _DECISION_SECTION.fullmatch(line) else ""
            entry_off = False
        elif entry_off or on == "plans" or (on == "decisions" and not _DONE.search(s.text)):
            inside.add(s.index)
    return inside


# A form's line of plans: "Follow-up: the Centre will send ... and ask for a meeting"
_PLAN_LINE = re.compile(
    # "Plans for 2026: to hold a refresher training ...", "Plans for the next quarter: ..."
    r"(?:Follow[- ]?up|Next\s+steps?|Planned|Next"
    r"|Plans?(?:\s+for\s+(?:(?:the\s+)?(?:next|coming|new)\s+[\w-]+|\d{4}(?:[-–]\d{2,4})?))?"
    # "Next meeting: Ouagadougou, July 2022": the next one of its kind, not yet held
    r"|(?:Next|Upcoming|Forthcoming|Future)\s+(?:[\w-]+\s+){0,2}?(?:meetings?|events?|sessions?"
    r"|workshops?|trainings?|assembl(?:y|ies)|conferences?|activities|dates?))\s*:"
    # a line of objectives or next steps: "- To hold a round table on budgets in Turkestan"
    r"|(?:[-•*]\s*)?To\s+(?:hold|organi[sz]e|conduct|run|convene|host|carry\s+out|facilitate)\b",
    re.I,
)
# A form's line naming its event: "Title: Workshop on ...", "Activity type: Community consultation"
FORM_EVENT_LABEL = re.compile(
    r"(?:Title|Activity|Activity\s+type|Type\s+of\s+activity|Event"
    r"|(?:Activity|Event)\s+(?:title|name)|(?:Name|Title)\s+of\s+(?:the\s+)?"
    r"(?:activity|event))\s*:\s*",
    re.I,
)
# A form's or a table's line of results: what came out of the event, not another event
# ("Result: a seed exchange network of 12 communities was formed")
_RESULT_LINE = re.compile(r"(?:Results?|Outcomes?|Outputs?|Achievements?|Remarks?)\s*:\s", re.I)
# A table's row read as a form (atlas/extract/tables.py): "Activity: ..."
_FORM_ROW = re.compile(r"Activity\s*:\s*", re.I)
# A sentence that tells the event the one before named: "It was last Tuesday (14 August)"
_IT_WAS = re.compile(
    r"(?:It|This|That)\s+(?:was\s+held|took\s+place|happened|was\s+(?:on|last|in|from)\b)", re.I
)
# A label of participants counted by country: "Annex 1 - Participants by country:",
# "Delegates per country:", "Attendance by nationality:"
_BY_COUNTRY = re.compile(
    r"[^.:;]{0,40}\b(?:participants?|delegates?|delegations?|attendees?|attendance)\s+"
    r"(?:by|per)\s+(?:country|countries|nationality|nationalities)\s*:",
    re.I,
)


# A section's title on who took part: "Participation", "2. Participants", "Attendance"
_PARTICIPATION_HEADING = re.compile(
    r"(?:\d{1,2}[.)]?\s+)?(?:Participation|Participants|Attendance|Attendees|Delegations"
    r"|Who\s+(?:took\s+part|attended|came)|Profile\s+of\s+(?:the\s+)?participants)\s*:?",
    re.I,
)


def _counts_by_country(text: str) -> bool:
    return bool(numbers.country_counts(numbers.digits(text)))


_FINER_RANK = {"day": 0, "month": 1, "season": 2, "year": 3}


def _city_of_venue(d: Draft) -> bool:
    """Whether a draft's town is only a word of its venue's name ("Hotel Arequipa Plaza")."""
    return bool(d.city and d.venue and d.city.lower() in d.venue.lower())


# A plan told by a bare participle after its noun: "Monitoring meeting planned for February
# 2023.", "a seed fair scheduled for 2021"; not when the sentence tells it happened.
_PLANNED_AFTER = re.compile(
    r"\s*(?:\([^()]*\)\s*)?[,:]?\s*(?:planned|scheduled|foreseen|pencilled\s+in|proposed)\s+"
    r"(?:for|in|on|before|around)\b",
    re.I,
)
# "the idea of a Pacific-wide gathering in 2024 is still on the table": an idea, no event (but
# "the idea of the forum held in Suva" names one held)
_IDEA_OF = re.compile(
    r"\b(?:idea|possibility|prospect|option|proposal)\s+(?:of|for)\s+"
    r"(?:(?:holding|organi[sz]ing|having|running)\s+)?$"
    # a chair's summary: "A proposal to hold provincial dialogues in A and B was welcomed"
    r"|\b(?:idea|proposal|request|suggestion|offer)\s+to\s+(?:hold|organi[sz]e|convene|run|host)\s+$",
    re.I,
)
_NEXT_ONE = re.compile(r"\b(?:[Tt]he|[Oo]ur|[Ii]ts|[Tt]heir)\s+next\s+(?:[\w'’-]+\s+){0,2}?\S+$")
# "Next CEC meeting in Biratnagar, Chaitra 2081.": a minutes' line naming the next one (not "Next
# day the trainers held a workshop": a time word, or a verb telling it was held, tells a past one)
_NEXT_OPENS = re.compile(
    r"Next\s+(?!(?:day|morning|afternoon|evening|night|week|weekend|month|time)\b)(?=[\w'’-]+)",
    re.I,
)
_HAPPENED = re.compile(
    r"\b(?:took\s+place|was\s+held|were\s+held|went\s+ahead|happened|was\s+attended"
    r"|brought\s+together|gathered|opened|met)\b",
    re.I,
)


_DEMANDED = re.compile(
    r"\b(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for|ask(?:s|ed|ing)?\s+for|request(?:s|ed|ing)?"
    r"|urg(?:es|ed|ing))\b[^.;:]*$",
    re.I,
)
_BODY_FORMED = re.compile(
    # the body's own verb: no other verb or clause between ("a meeting ... was held in Arusha,
    # where a committee was set up" tells a meeting held)
    r"(?:(?!\b(?:was|were|has|have|had|held|took|where|which|who|that|and)\b)[^.;:]){0,60}?"
    r"\b(?:was|were|has\s+been|have\s+been)\s+(?:formed|set\s+up|created|established"
    r"|founded|constituted|elected)\b"
)


def _planned(text: str, mention: Mention, hi: int | None = None) -> bool:
    """Whether a mention names a plan, not an event held ("will hold", "Follow-up: ... to run
    two local trainings", "agreed to hold two more dialogues", "Monitoring meeting planned for
    February 2023")."""
    end = len(text) if hi is None else hi
    return bool(
        _PLAN_LINE.match(text)
        or (_PLANNED_AFTER.match(text, mention.end) and not _HAPPENED.search(text, mention.end))
        or (mention.determiner != "the" and _IDEA_OF.search(text, 0, mention.np_start))
        # "Sri Lanka offered to host the next meeting in Colombo": the one after those told,
        # not held yet (but "The next meeting was held in Lusaka" tells one held)
        or (
            _NEXT_ONE.search(text[max(0, mention.np_start - 30) : mention.end])
            and not _HAPPENED.search(text, mention.end)
            and not _HAPPENED.search(text, 0, mention.np_start)
        )
        or (
            (nxt := _NEXT_OPENS.match(text)) is not None
            and mention.np_start <= nxt.end() + 30
            and not _DONE.search(text)
        )
        or _FUTURE.search(text[max(0, mention.np_start - 40) : end])
        or _PLANS.search(text[max(0, mention.np_start - 60) : mention.np_start])
        or (
            # "a communiqué that demands ... the consultation of the indigenous peoples": what
            # was asked for, not held
            _DEMANDED.search(text[max(0, mention.np_start - 80) : mention.np_start])
            and not _HAPPENED.search(text, mention.end)
        )
        # "A youth caucus of eight members, two per country, was formed": a body set up
        or _BODY_FORMED.match(text, mention.end)
        # asked for, proposed, moved, refused, or a plan its subject will carry out
        or not_held(text, mention.np_start, mention.end, hi)
        # one the report leaves out, stopped or never settled, or only announced
        or not_an_event(text, mention.np_start, mention.end, hi)
        # a day, morning or afternoon of an event told before, or how it ended
        or part_of_event(text, mention.np_start, mention.end)
        # still to come (moved on, to be discussed, advised), or told again for its new date
        or still_to_come(text, mention.np_start, mention.end, hi, mention.determiner)
        or told_again_rescheduled(text, mention.np_start, mention.end, mention.determiner)
        # a later part of one told before, minutes' opening or closing, a plan's further event
        or no_event_of_its_own(text, mention.np_start, mention.end)
        # "This was the sixth clean-up since 2023": one told before, placed in its series
        or events33.one_of_its_series(text, mention.np_start, mention.end)
        # "In the evening there was a solidarity culture night": no day of its own
        or events33.no_day_of_its_own(text, mention)
    )


_REALISED = re.compile(
    r"\b(?:\w+ed|was|were|held|took|ran|met|gave|led|began|made|set up|brought|came|went|had|saw)\b",
    re.I,
)
# A definite mention that is the object of a preposition or owns something ("a film about the
# visit", "proceedings of the round table", "the forum's conclusions") names an event told
# before; the date in its sentence is another thing's.
_REFERENCE_BEFORE = re.compile(r"\b(?:about|of|after|since|following|from|on|before|to)\s+$")
_REFERENCE_AFTER = re.compile(r"[’']s\b")
# A post or diary line opening with the first day of an event ("Day 1 of the ...", "First day
# of the ..."): the event is told here, opening on the day the post is dated, not pointed back at.
_FIRST_DAY_OF = re.compile(
    r"(?:^|[.!?:]\s+|\W\s)(?:[Dd]ay\s+(?:1|[Oo]ne)|(?:[Tt]he\s+)?(?:[Ff]irst|[Oo]pening)\s+day)"
    r"\s+of\s+$"
)


# "On the second day of the summit, ...", "During the congress, ...", "On its second day, ...":
# the event a sentence then
# tells was held within a conference told before.
_WITHIN_TOLD = re.compile(
    r"\b(?:[Oo]n\s+the\s+(?:first|second|third|fourth|fifth|last|final|opening|closing)\s+day\s+of"
    r"|[Dd]uring|[Ww]ithin|[Ii]nside|[Aa]longside|[Oo]n\s+the\s+(?:side-?lines|margins)\s+of"
    r"|[Aa]s\s+part\s+of)"
    # "On the second day of the Forum": the forum named with its capital, as the report named it
    r"\s+(?:the|this|that)\s+(?i:summit|conference|congress|forum|symposium)\b"
    r"|\b[Oo]n\s+(?:its|the\s+(?i:summit|conference|congress|forum|symposium)['’]s)\s+"
    r"(?:first|second|third|fourth|fifth|last|final|opening|closing)\s+day\b"
)


# "a workshop on migrant domestic workers there, with 60 participants": the place told before
# (never "there were 60", "there is", "from there")
_THERE = re.compile(
    r"(?:\s+(?!from\b)[\w'’-]+){0,6}?\s+there\b(?!\s+(?:was|were|is|are|will|would|have|has|had)\b)"
)


# A dashboard's figures: a line of figures side by side ("9 village meetings | 410 people reached
# | 3 districts") or a sentence that calls them totals ("The 9 village meetings and the 410
# people are totals for the six months", "The 12 trainings ... are counted over the year and
# across the districts"): many events counted together, none of them told.
_FIGURES = re.compile(
    r"(?:^|\s)\d[\d,.]*\s+[^|.]{2,60}\|\s*\d"
    r"|\b(?:are|were|is|was)\s+(?:the\s+)?totals?\s+(?:for|of|over|across)\b"
    r"|\b(?:are|were)\s+counted\s+(?:over|across|for)\s+the\s+(?:whole\s+)?(?:year|period|quarter"
    r"|semester|months?|six\s+months|project)\b"
)


# A chair's summary's "The consultation was preceded on 9 December by a meeting of 22 fishers'
# leaders" (or "followed the next day by a field visit"): the meeting told first is the summary's
# own, named again; the date, place and count of the clause are the event that came before or
# after it.
_PRECEDED_BY = re.compile(
    r"\s+(?:was|were|had\s+been)\s+(?:preceded|followed)\b(?=[^.;]{0,60}?\bby\s+(?:a|an|one|two)\b)"
)


# Those of an event told before who went to another one, undated and unplaced: part of the
# event told ("The delegation met carers, visited two homes and attended a regional assembly").
_ATTENDED_WITHIN = re.compile(
    r"\b(?:attended|took\s+part\s+in|joined|participated\s+in|sat\s+in\s+on|observed)\s+$"
)


# "at the same hall", "in the same centre", "at the same West Lake hotel", "at the same Maison des
# Solidarites": a venue told before, named again by its kind (and its name's words); not "at the
# same hall where the project was launched" (another event's, told before).
_THE_SAME = re.compile(
    r"\b(?:at|in)\s+the\s+same\s+(?P<named>(?:[A-Z][\w'’-]*\s+){0,3})"
    rf"(?P<kind>(?i:venue|place|location|{places.VENUE_WORDS}))\b"
    r"(?!\s+(?:where|as|that|which)\b)"
)


# A press release's dateline: "Nairobi, 14 October 2022 –", "MANILA, June 3, 2021 -".
_DATELINE = re.compile(
    r"^([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)?)\s*,\s*"
    r"(?:\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?)(?:,?\s+\d{4})?\s*[–—:-]\s"
)


def only_a_reference(text: str, mention: Mention) -> bool:
    """Whether a definite mention only points back at an event ("a film about the visit")."""
    if _TOLD_HERE.match(text, mention.end):
        return False  # "evidence comes from the consultations held in Chiang Mai on 3 June"
    if _FIRST_DAY_OF.search(text[: mention.np_start]):
        return False  # "Day 1 of the Youth Climate Camp is on at ...": it opens on the day told
    return mention.determiner == "the" and bool(
        _REFERENCE_BEFORE.search(text[: mention.np_start])
        or _REFERENCE_AFTER.match(text, mention.end)
    )


# A definite mention told here, with its own participle and date: "the consultations held in
# Chiang Mai on 3 and 4 June 2023".
_TOLD_HERE = re.compile(
    # "the Encuentro de Mujeres Cafetaleras that we organized ... from March 19 to 21"
    r"(?:\s+(?:of|on|for|de|del|des|do|da)\s+[\w'’ -]{1,40}?)?"
    # "the forum, which was organized by our network with your support on 2025.02.27-28"
    # "the workshop, which we realised on ...", "the meeting which the Network held with ..."
    r",?\s+(?:(?:that|which)\s+(?:was\s+|were\s+)?|(?:(?:that|which)\s+)?(?:we|they|our\s+\w+"
    r"|the\s+[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and))*)\s+)?"
    r"(?:held|organi[sz]ed|convened|conducted|ran|hosted|took\s+place|reali[sz]ed)"
    r"(?:\s+by\s+[^.;,]{1,60}?)?"
    r"\s+(?:in|at|on|from|last|this|with)\s+[^.;]{0,60}?"
    r"\b(?:(?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})\b"
)


def _events_under(doc: _Document, sentences: list[Sentence], heading: Sentence) -> list[Event]:
    """The events told under `heading`, in its section, before the next heading there."""
    after = [
        t.index
        for t in sentences
        if t.kind == "heading" and t.section == heading.section and t.index > heading.index
    ]
    return [
        e
        for e in doc.events
        if e.section == heading.section
        and e.anchor > heading.index
        and not any(k < e.anchor for k in after)
    ]


def _entries_of_events_page(doc: _Document, sentences: list[Sentence]) -> None:
    """An events page's or a calendar's entry line over the entry it heads ("12 January 2025 |
    Chiang Mai, Wat Suan Dok" / "New Year gathering of domestic workers. 95 people came"; see
    sentences.ENTRY_DATE_LINE): the events told under it, before the next heading, with no date
    or place of their own were held on its date, in its town, at its venue."""
    for n, heading in enumerate(sentences):
        if heading.kind != "heading":
            continue
        m = entry_date_line(heading.text)
        if m is None:
            continue
        events = _events_under(doc, sentences, heading)
        if not events:
            continue
        dates = date_phrases.find(m.group("date"), doc.years[n])
        guessed = bool(dates) and dates[0].year_from_context
        if not dates and doc.years[n]:
            # "- 5 Oct, Siem Reap": a calendar's day in the year its head gives
            dates = date_phrases.find(f"{m.group('date').rstrip('.')} {doc.years[n]}")
            guessed = True
        place, venue = _place_and_venue(m.group("place"))
        for e in events:
            undated = e.draft.start_date is None
            _date_and_place(e.draft, dates, place, venue, heading.text)
            if undated and guessed and e.draft.start_date is not None:
                e.draft.unsure["start_date"] = M_(
                    "the sentence gives no year; {year} is the year the report gave before",
                    year=str(e.draft.start_date.year),
                )


# A temple of Thailand, Laos or Cambodia by its name, a common venue there: "Wat Suan Dok".
_WAT = re.compile(r"Wat(?:\s+[A-Z][\w'’-]*){1,3}")


def _place_and_venue(text: str) -> tuple[places.Place | None, str | None]:
    """The town and venue of a line of place ("Chiang Mai, Wat Suan Dok", "Ha Tinh city, Song
    La Hotel", "Mohan, Yunnan (China)"): the first town named, and a venue's name among the
    pieces that are no place."""
    pieces = [p.strip() for p in re.sub(r"\([^()]*\)", " ", text).split(",")]
    pieces = [p for p in pieces if p]
    place = None
    whole = places.place_at(text, 0)
    if whole and whole[0].city:
        place = whole[0]
    venue = None
    for k, piece in enumerate(pieces):
        # "Ky Anh town", "Thanh Hoa city": the town's name before its kind
        piece = re.sub(r"\s+(?:town|city)$", "", piece)
        found = places.place_at(piece, 0)
        if found and found[1] >= len(piece) - 1:
            if place is None and found[0].city:
                # "Kap Choeng, Surin (Thailand)": a town named after the first is its
                # province's, and tells only the country
                place = found[0] if k == 0 else places.Place(None, found[0].country, True)
            continue
        core = places.VENUE_CORE_RE.search(piece)
        if venue is None and core and core.group(0) != piece.split()[-1]:
            venue = core.group(0)
        elif venue is None and k > 0 and (temple := _WAT.match(piece)):
            venue = temple.group(0)  # "Chiang Mai, Wat Suan Dok", "Siem Reap, Wat Bo yard"
    return place, venue


def _date_and_place(
    d: Draft,
    dates: list[date_phrases.DatePhrase],
    place: places.Place | None,
    venue: str | None,
    text: str,
) -> None:
    """Give a draft with none of its own the one date, the town and the venue a line gives."""
    if d.start_date is None and len(dates) == 1:
        d.start_date, d.end_date, d.date_precision = (
            dates[0].first,
            dates[0].last,
            dates[0].precision,
        )
        for name in ("start_date", "date_precision", *(("end_date",) if d.end_date else ())):
            d.evidence[name] = text
    if place is not None and d.city is None and d.country_iso3 is None:
        places.put_place(d, place, text)
        if venue and d.venue is None:
            d.venue, d.evidence["venue"] = venue, text


# A table row's lines beside its activity (atlas.extract.tables): "Date: 6 July 2024", "Place: Ha
# Tinh city, Song La Hotel".
_ROW_LINE = re.compile(r"(?P<label>Date|Dates|Place)\s*:\s*(?P<value>.+?)\.?$")


def _rows_told_with_counts(
    doc: _Document, sentences: list[Sentence], anchored: dict[int, list[Event]]
) -> None:
    """A table's row whose activity cell tells its count ("Activity: Orientation day for 60
    workers", with "Date: 6 July 2024" and "Place: Ha Tinh city, Song La Hotel" before or after
    it): the event read in the activity's line, or the row's one event, takes the date and place
    of the row's lines when it has none of its own."""
    for s in sentences:
        if not _FORM_ROW.match(s.text):
            continue
        events = anchored.get(s.index) or [e for e in doc.events if e.section == s.section]
        if len(events) != 1:
            continue
        for t in sentences:
            if t.kind == "heading" or t.section != s.section:
                continue
            line = _ROW_LINE.match(t.text)
            if line is None:
                continue
            if line.group("label").startswith("Date"):
                # the whole line, so that a form's date cell reads ("Date: 10-12 Jun")
                dates = date_phrases.find(t.text, doc.years[t.index])
                _date_and_place(events[0].draft, dates, None, None, t.text)
            elif line.group("label") == "Place":
                # (a "Venue:" line names no town: "Livingstone Lodge" is not in Livingstone)
                place, venue = _place_and_venue(line.group("value"))
                _date_and_place(events[0].draft, [], place, venue, t.text)


def _dates_from_headings(doc: _Document, sentences: list[Sentence]) -> None:
    """ "Inclusive disaster preparedness training, Huế, 20-22 November 2020" over a section that
    tells one event and gives it no date: the heading's date is that event's."""
    for heading in sentences:
        if heading.kind != "heading":
            continue
        dates = date_phrases.find(heading.text)
        if len(dates) != 1 or dates[0].precision != "day":
            continue
        if date_phrases.DOCUMENT_DATE.search(heading.text):
            continue  # "Published 28 October 2025": when the report was written
        # a page of posts dated each by a line of its own keeps one section, and each post's
        # date line heads only the post below it
        events = _events_under(doc, sentences, heading)
        if len(events) != 1 or events[0].draft.start_date is not None:
            continue
        d = events[0].draft
        d.start_date, d.end_date, d.date_precision = dates[0].first, dates[0].last, "day"
        if d.end_date == d.start_date:
            d.end_date = None
        for name in ("start_date", "date_precision", *(("end_date",) if d.end_date else ())):
            d.evidence[name] = heading.text  # the evidence shows the heading it came from


# A diary's day heading, the day's date alone, maybe after its number and weekday: "Day 2 -
# Tuesday 4 June", "Day 3: Wednesday, 12 March 2025", "Monday 10 March". (Read without "Day 2 -",
# which a date reader takes for the first day of a range "2 - 4 June".)
_DAY_HEADING = re.compile(
    r"^\s*(?:(?:Day|DAY)\s+\d{1,2}\s*[-–—:,.|]\s*)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*,?\s+)?(?P<date>\S.*?)\s*[.:]?\s*$"
)


# A heading that is an event's name, maybe then its town or date after a comma or a dash:
# "Safety at sea training, Kantang", "Crew leaders course - Satun".
_HEADING_NAME = re.compile(r"[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,5}?(?=\s*(?:,|\s[-–—]\s|$))")


# A diary's travel to a town: "Bus from Chiang Mai to Chiang Rai", "Flight Kunming to Jinghong",
# "Drive to Mengla", "Travel to Mudon", "Arrived Tay Ninh city", "Stayed in Mengla".
_TOWN = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
_TRAVEL_TO = re.compile(
    r"\b(?:[Bb]us|[Ff]light|[Ff]lew|[Dd]rove|[Dd]rive|[Tt]ravel(?:led)?|[Tt]rain|[Bb]oat|[Ff]erry"
    r"|[Tt]axi|[Ww]alked|[Ww]ent|[Rr]eturned)\b[^.;:]{0,40}?\bto\s+(?P<a>" + _TOWN + r")"
    r"|\b(?:[Aa]rrived(?:\s+(?:in|at))?|[Ss]tayed\s+(?:in|at)|[Rr]eached)\s+(?P<b>" + _TOWN + r")"
)


def _places_of_travel(doc: _Document, sentences: list[Sentence]) -> None:
    """A field diary that tells where its writer travelled ("Day 1 - ... Flight Kunming to
    Jinghong", "Day 3 - ... Drive to Mengla"): an event it tells after with no place of its own
    was held in the town the writer last went to."""
    towns: list[tuple[int, places.Place, str]] = []
    for t in sentences:
        for m in _TRAVEL_TO.finditer(t.text):
            at = m.start("a") if m.group("a") else m.start("b")
            found = places.place_at(t.text, at)
            if found and found[0].city:
                towns.append((t.index, found[0], t.text))
    for e in doc.events:
        d = e.draft
        before = [(place, text) for k, place, text in towns if k < e.anchor]
        if before and d.city is None and d.country_iso3 is None:
            place, text = before[-1]
            places.put_place(d, place, text, M_("the town the diary last travelled to"))


# A photo essay or story: "Faces of Mahachai: a photo essay", "Border Lives in Ruili - a photo
# story", "Our year in pictures".
_PHOTO_ESSAY = re.compile(r"\bphoto[- ]?(?:essay|story|stories)\b|\bin\s+pictures\b", re.I)


def _place_of_essay(doc: _Document, sentences: list[Sentence]) -> None:
    """A photo essay whose opening sentence is about its town ("Samut Sakhon is home to tens of
    thousands of workers", "Ruili, in Dehong, Yunnan, has many workers"): the events its captions
    show with no place of their own were held there (marked unsure)."""
    if len(sentences) < 2 or not _PHOTO_ESSAY.search(sentences[0].text):
        return
    opening = sentences[1]
    found = places.place_at(opening.text, 0)
    if not found or not found[0].city:
        return
    for e in doc.events:
        d = e.draft
        if d.city is None and d.country_iso3 is None:
            places.put_place(d, found[0], opening.text, M_("the town the photo essay is about"))


def _dates_of_day_headings(doc: _Document, sentences: list[Sentence]) -> None:
    """A field diary written day by day under headings that are the day's date ("Day 2 -
    Tuesday 4 June"): every event told under a day's heading with no date of its own is of that
    day, however many the day has; the year is the one the diary named last. A diary has two
    days or more: a news item's one dateline ("Tuesday, October 8, 2024") heads no day."""
    days: list[tuple[Sentence, dt.date]] = []
    for n, heading in enumerate(sentences):
        if heading.kind != "heading":
            continue
        m = _DAY_HEADING.match(heading.text)
        if not m:
            continue
        rest = m.group("date")
        dates = date_phrases.find(rest, doc.years[n])
        if (
            len(dates) != 1
            or dates[0].precision != "day"
            or dates[0].last not in (None, dates[0].first)
            or dates[0].start > 0
            or len(rest) - dates[0].end > 1
        ):
            continue
        days.append((heading, dates[0].first))
    if len(days) < 2:
        return
    _places_of_travel(doc, sentences)
    for heading, day in days:
        for e in doc.events:
            d = e.draft
            if e.section != heading.section or e.anchor <= heading.index or d.start_date:
                continue
            d.start_date, d.end_date, d.date_precision = day, None, "day"
            for name in ("start_date", "date_precision"):
                d.evidence[name] = heading.text  # the evidence shows the heading it came from


# A study tour's report names the tour and its days in its title block: "Report of the Exposure
# Visit to Hong Kong, 4-9 November 2023"; "Study Tour Report: ... to the Philippines" over
# "12th to 16th February 2024". The tour is one event of those days; the visits, meetings,
# forums and seminars of its programme are inside it, not events of their own.
_TOUR = re.compile(
    r"\b(?:study|exposure|learning|exchange)\s+(?:visits?|tours?|trips?)\b|\bstudy\s+tours?\b", re.I
)
# where a tour of day trips was based: "The delegation stayed in Quezon City throughout", "The
# base of the tour was Samarkand"
_TOUR_BASE = re.compile(
    r"\b(?:stayed\s+in\s+(?P<a>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+(?:throughout|the\s+whole\s+(?:time|week))"
    r"|base\s+of\s+the\s+(?:tour|visit|trip|delegation)\s+was\s+(?P<b>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}))"
)


def _tour_of_title(doc: _Document, sentences: list[Sentence]) -> None:
    block: list[Sentence] = []
    for s in sentences:
        if s.kind != "heading" or len(block) >= 3:
            break
        block.append(s)
    if not block and sentences and len(sentences[0].text) < 200:
        block = sentences[:1]  # the title lines read as one sentence
    title_line = next((s for s in block if _TOUR.search(s.text)), None)
    if title_line is None:
        return
    dates = [p for s in block for p in date_phrases.find(s.text)]
    first_told = not dates  # the days in the first sentence after the title (trips34.py)
    if first_told:
        dates = trips34.days_told_first(sentences, len(block))
    if len(dates) != 1 or dates[0].precision != "day" or dates[0].last is None:
        return
    first, last = dates[0].first, dates[0].last
    named = _TOUR.search(title_line.text)
    title = named.group(0)[:1].upper() + named.group(0)[1:].lower()
    to = re.search(r"\bto\s+((?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})", title_line.text)
    if to:
        title += f" to {to.group(1)}"
    place = places.place_in_clause(title_line.text[named.start() :], "field_visit")
    visits = [e for e in doc.events if e.draft.event_type in ("field_visit", "exchange")]
    inside = [
        e for e in doc.events if e.draft.start_date is None or first <= e.draft.start_date <= last
    ]
    if any(e.draft.start_date is not None and e.draft.start_date < first for e in doc.events):
        return  # events before the tour: a report of more than the tour
    tour = visits[0] if visits and visits[0] in inside else None
    if (tour is None or first_told) and visits:
        return  # a tour read from its own sentence keeps its title
    alone = tour is None and not doc.events
    if tour is None:
        # the report names the tour only in its title and tells its days
        tour = Event(
            Draft(title=title, event_type="field_visit", source_name=doc.source),
            anchor=title_line.index,
            section=title_line.section,
        )
        tour.draft.evidence["event_type"] = title_line.text
        doc.events.insert(0, tour)
    d = tour.draft
    d.title, d.evidence["title"] = title, title_line.text
    d.start_date, d.end_date, d.date_precision = first, last, "day"
    for name in ("start_date", "end_date", "date_precision"):
        d.evidence[name] = title_line.text
    d.unsure.pop("start_date", None)
    base = next((m for t in sentences if (m := _TOUR_BASE.search(t.text))), None)
    town = places.place_named_in(f"in {base.group('a') or base.group('b')}") if base else None
    if town and town.city:
        places.put_place(d, town, base.string)
    elif place:
        d.city = None
        places.put_place(d, place, title_line.text)
    if alone:
        # the report's one event, told by its title and the sentences under it ("The visit was
        # organised by X together with Y", "Twelve leaders made the journey: eight Ugandans and
        # four Kenyans"): every sentence is about it, as a title block's lone event's are
        plans = _plan_sections(sentences)
        for t in sentences:
            if t.kind != "heading" and t.index not in plans:
                doc.set_facts(t, [tour], False, about_event=False)
    if d.participants_total is None:
        # "The delegation had 13 members", "The group was 16 persons"
        told = next(
            (
                t
                for t in sentences
                if t.kind != "heading"
                and re.search(r"\b(?:delegation|group)\b", t.text, re.I)
                and re.search(r"\b(?:had|was|were|of|consisted|made\s+up)\b", t.text)
            ),
            None,
        )
        if told is not None:
            doc.set_facts(told, [tour], False, about_event=False)
    for e in inside:
        if e is not tour and e in doc.events:
            for outcome in e.draft.outcomes:
                add_outcome(d, outcome, e.draft.evidence.get("title", ""))
            doc.events.remove(e)


# A course given in modules or blocks, each dated in one list: "The first batch followed the three
# modules: 6-10 March, 8-12 May and 3-7 July 2023"; "in two blocks, 4th to 8th September and 2nd
# to 6th October 2023"; "in three modules in June, August and October 2023". The training runs
# from the first module's first day to the last module's last day; the list's one year is every
# module's.
_MODULES = re.compile(r"\b(?:modules?|blocks?)\b", re.I)


def _span_of_modules(event: Event, sentences: list[Sentence]) -> None:
    d = event.draft
    if d.event_type != "training":
        return
    told = d.evidence.get("start_date") if d.start_date else None
    texts = (
        [told]
        if told
        else [t.text for t in sentences if t.section == event.section and t.kind != "heading"]
    )
    for text in texts:
        if not _MODULES.search(text) or _FUTURE.search(text):
            continue
        stated = date_phrases.find(text)
        if not stated or stated[-1].year_from_context:
            continue
        year = stated[-1].first.year
        listed = date_phrases.find(text, year)
        if len(listed) < 2 or len({p.precision for p in listed}) != 1:
            continue
        if listed[0].precision not in ("day", "month") or listed[-1].year_from_context:
            continue
        first = listed[0].first
        if listed[0].year_from_context:
            first = first.replace(year=year)
            if first > listed[-1].first:
                first = first.replace(year=year - 1)
        last = listed[-1].last or listed[-1].first
        if told and d.start_date not in (first, listed[0].first):
            return
        d.start_date, d.end_date, d.date_precision = first, last, listed[0].precision
        for name in ("start_date", "end_date", "date_precision"):
            d.evidence[name] = text
        d.unsure.pop("start_date", None)
        return


# An evaluation's title block names the document on its first line and the event it evaluates
# below it or after a colon: "WORKSHOP EVALUATION SUMMARY" / "Community Disaster Preparedness
# for Small Island Communities" / "Kingston, Jamaica, 22 to 24 April 2024"; "TRAINING EVALUATION
# SUMMARY" / "Peasant Seed Saving, Thiès, Senegal, 13 to 16 March 2024"; "Evaluation summary:
# Pacific Community Health Workers Hui".
_EVALUATION_OF = re.compile(
    r"(?:[A-Za-z]+\s+){0,2}evaluation\s+(?:summary|report)(?:\s*[:–—-]\s*(?P<title>\S.*))?",
    re.I,
)
_NOT_A_TITLE = re.compile(r"(?:Prepared|Written|Submitted|Compiled|Report|By)\b", re.I)


def _evaluated_event(
    doc: _Document, sentences: list[Sentence], anchored: dict[int, list[Event]]
) -> None:
    """A report evaluating one event: the title block's name of the document is no event (its
    date, read from the title block, is the event's), and the event the body tells takes the
    title the block gives it ("The three-day workshop opened on ..." under "Regional Workshop
    on Ethical Recruitment")."""
    if not sentences or sentences[0].kind != "heading":
        return
    m = _EVALUATION_OF.fullmatch(sentences[0].text.strip().rstrip("."))
    if not m:
        return
    title = m.group("title")
    if title is None and len(sentences) > 1 and sentences[1].paragraph == sentences[0].paragraph:
        title = sentences[1].text
    document_name = sentences[0].text.strip().casefold()
    named = [
        e
        for e in doc.events
        if not m.group("title")
        and (e.anchor == 0 or e.draft.title.strip().casefold() == document_name)
    ]
    told = [e for e in doc.events if e not in named]
    if len(told) != 1:
        return
    event = told[0].draft
    for e in named:  # the document's own name, dated by the line under it
        d = e.draft
        if event.start_date is None and d.start_date is not None:
            event.start_date, event.end_date = d.start_date, d.end_date
            event.date_precision = d.date_precision
            for name in ("start_date", "end_date", "date_precision"):
                if name in d.evidence:
                    event.evidence[name] = d.evidence[name]
        doc.events.remove(e)
        for key, events_of in anchored.items():  # what its sentences tell is the event's
            kept = [x for x in events_of if x is not e]
            if len(kept) < len(events_of) and not any(x is told[0] for x in kept):
                kept.append(told[0])
            anchored[key] = kept
    if not title or _NOT_A_TITLE.match(title):
        return
    # "Peasant Seed Saving and Multiplication, Thiès, Senegal, 13 to 16 March 2024": the title
    # is what stands before the place and date
    head, _, rest = title.partition(",")
    dates = date_phrases.find(rest) if rest else []
    if dates:
        words = head.split()
        for k in (3, 2, 1):  # "... for Small Island Communities Kingston, Jamaica, 22 to 24 April"
            if len(words) > k + 1 and places.city(" ".join(words[-k:])):
                words = words[:-k]
                break
        title = " ".join(words)
        if event.start_date is None and len(dates) == 1 and dates[0].precision == "day":
            # the date the title line gives the event it names, when its body gives none
            event.start_date, event.end_date = dates[0].first, dates[0].last
            event.date_precision = "day"
            if event.end_date == event.start_date:
                event.end_date = None
            for name in (
                "start_date",
                "date_precision",
                *(("end_date",) if event.end_date else ()),
            ):
                event.evidence[name] = sentences[1].text
    title = title.strip(" .:–—-")
    if date_phrases.find(title) or not (2 <= len(title.split()) <= 14) or not title[:1].isupper():
        return
    event.title = title
    event.evidence["title"] = sentences[0].text if m.group("title") else sentences[1].text


_PLACE_LABEL = re.compile(
    r"(Place|Venue|Location|Where|City|Town|City\s*/\s*country|City\s+and\s+country)\s*:\s*", re.I
)


# A venue's name in a table's place cell: its words capitalised ("Town Hall", "Deccan Press
# Club"), not a description ("the union's training room", "Boma grounds").
_NAMED_VENUE = re.compile(r"[A-Z][\w'’&.-]*(?:\s+(?:of|de|la|du|the|and|&)?\s*[A-Z][\w'’&.-]*)*")


def _town_then_venue(rest: str, text: str) -> tuple[places.Place, str | None, str] | None:
    """An activity table's place cell that names the town first and its venue after it
    ("Place: Kurnool, Town Hall", "Place: Mzuzu, the cooperative's hall"): the town, with the
    venue when the words after it name one. None when the first part is no town of the
    gazetteer (a district, a venue) or when what follows is itself a place ("Lusaka, Zambia"); no
    venue when what follows is where the town lies ("Chasefu, Lundazi district")."""
    first, comma, after = rest.partition(",")
    after = after.strip()
    if not comma or not after or "," in after:
        return None
    first = first.strip()
    hit = places.place_at(first, 0)
    if not hit and re.fullmatch(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}", first):
        # "Kaysone Phomvihane, ...": a town the gazetteer knows by another name, as written
        other = places.city(first)
        hit = (places.Place(first, other.country_iso3, False), len(first)) if other else None
    if not hit or not hit[0].city or not hit[0].in_gazetteer or hit[1] != len(first):
        return None
    ahead = places.place_at(after, 0)
    if (ahead and ahead[1] == len(after)) or places.country(after):
        return None
    # "Chasefu, Lundazi district": where the town lies, not a venue
    lies = re.search(
        r"\b(?:district|province|region|county|state|island|municipality)\b", after, re.I
    )
    venue = after if _NAMED_VENUE.fullmatch(after) and not lies else None
    return hit[0], venue, text


def _labelled_place(section: list[Sentence]) -> tuple[places.Place, str | None, str] | None:
    """The place minutes give under a label: "Place: Rumah Buruh Migran, Jakarta." is the town
    Jakarta and the venue before it; the sentence it is read from. A form may give the venue
    and the town on lines of their own ("Venue: Livingstone Lodge" / "City / country: Lusaka,
    Zambia"), in either order."""
    venue_alone: str | None = None
    found: tuple[places.Place, str | None, str] | None = None
    for t in section:
        label = _PLACE_LABEL.match(t.text)
        if not label:
            continue
        rest = t.text[label.end() :].rstrip(". ")
        bracket = re.match(r"(.+?)\s*\(([^()]{3,80})\)$", rest)
        if bracket and places.country(bracket.group(2).strip()):
            # "Casa Campesina, Cusco (Peru)": the country in brackets after its town
            rest = f"{bracket.group(1)}, {bracket.group(2).strip()}"
        elif (
            bracket
            and places.place_at(bracket.group(2), 0)
            and not places.place_at(bracket.group(1), 0)
        ):
            # "Casa Campesina (Cusco, Peru)": the venue, then its town in brackets
            rest = f"{bracket.group(1)}, {bracket.group(2)}"
        elif bracket and places.place_at(bracket.group(1), 0):
            # "Addis Ababa, Ethiopia (Meskel Square Youth Centre)": the venue in brackets
            rest = f"{bracket.group(2)}, {bracket.group(1)}"
        dash = re.match(r"(.+?)\s+[-–—]\s+(.{3,80})$", rest)
        if dash and places.place_at(dash.group(1), 0):
            # "Thiès, Senegal - training centre of the farmers' union": the venue after a dash
            rest = f"{dash.group(2)}, {dash.group(1)}"
        starts = [0] + [m.end() for m in re.finditer(r",\s+", rest)]
        hit_here = None
        for k, start in enumerate(starts):
            hit = places.place_at(rest, start)
            if hit and hit[1] == len(rest):
                hit_here = hit[0], rest[: starts[k]].rstrip(", ") or None, t.text
                town = places.city(rest[: starts[1]].rstrip(", "), hit[0].country) if k else None
                if town and k >= 1:
                    # "Changuinola, Bocas del Toro, Panama": a town of the country, then its
                    # province; no venue
                    hit_here = places.Place(town.name, town.country_iso3, True), None, t.text
                break
        if hit_here is None:
            hit_here = _town_then_venue(rest, t.text)
        if hit_here and found is None:
            found = hit_here
        elif not hit_here and label.group(1).lower() == "venue" and venue_alone is None and rest:
            venue_alone = rest  # the town may be on a line of its own
        elif not hit_here and found is None and venue_alone is None:
            return None
    if found is None:
        return None
    place, venue, text = found
    first = venue.split(",")[0].strip() if venue else ""
    if venue and first != venue and re.search(rf"\b(?:{places.VENUE_WORDS})$", first):
        venue = first  # "Khanya House, Braamfontein, Johannesburg": the suburb is no venue
    return place, venue or venue_alone, text


def place_from_label(
    d: Draft, sentences: list[Sentence], kinds: tuple[str, ...] = ("text",)
) -> None:
    """A report of one event that places it nowhere in its prose, with a form's line of place
    ("Place: Niamey, Niger" on top of a mission report, "Venue: Casa Campesina, Cusco"): the
    event is where the label says, its town and country; its venue only when it has none.
    `kinds` are the kinds of line read ("bullet" too for a key facts list's "- Where: ...")."""
    if d.city or d.country_iso3:
        return
    labelled = _labelled_place([t for t in sentences if t.kind in kinds])
    if labelled is None:
        return
    place, venue, text = labelled
    places.put_place(d, place, text)
    if venue and d.venue is None:
        d.venue, d.evidence["venue"] = venue, text


# A mission's or trip's header line: "Mission: Mae Sot, Tak province, Thailand, 9-13 September
# 2024", "Destination: Kuala Lumpur and Johor Bahru, Malaysia", "Subject: Mission to Iloilo City
# and Guimaras, 14-18 July 2025", "Route: Almaty - Shymkent - Turkestan - Almaty".
_MISSION_LINE = re.compile(
    r"(?P<label>Mission|Destinations?|Route|Itinerary|Places?\s+visited|Subject|Trip|Travel)\s*:\s*"
    r"(?:(?:[Mm]ission|[Tt]rip|[Vv]isit|[Tt]ravel)\s+to\s+)?(?P<rest>.+)$"
)
_MISSION_PERIOD = re.compile(r"(?:Period|Dates?|Duration|Travel\s+dates?)\s*:\s*(?P<rest>.+)$")
_WHERE_IT_LIES = re.compile(
    r"\b(?:province|district|region|county|state|island|islands|department|oblast|governorate)$",
    re.I,
)


def _venue_before_town(d: Draft) -> None:
    """ "1. Survivors' consultation, 15 July, Casa Amihan Retreat House, Iloilo City." or "6-7
    March: workshop at the Sanma Hall, Luganville": an activity line that names its venue, a
    comma and then the town the event was placed in gives that venue, when the draft has none."""
    if d.venue or not d.city:
        return
    text = d.evidence.get("city") or ""
    m = re.search(
        rf"(?:^|,\s+|\bat\s+(?:the\s+)?|\bof\s+)(?P<venue>{places.VENUE_CORE}),\s+{re.escape(d.city)}"
        r"(?![\w-])\s*(?:[.;,(]|$)",
        text,
    )
    if m is None:
        return
    venue = m.group("venue").strip()
    if (whole := places.place_at(venue, 0)) and whole[1] == len(venue):
        return
    d.venue, d.evidence["venue"] = venue, text


# A bulletin's item headed by its place: "Poipet, Cambodia - returnees' dialogue", "Mokpo: training
# for fishers' leaders", "Skopje (North Macedonia): shadow report launch", "3. Delhi: legal aid
# camp", "Online - webinar on recruitment scams" (an item placed nowhere).
_ITEM_HEAD = re.compile(
    r"(?:\d{1,2}[.)]\s+)?(?P<place>[A-Z][^:()]{1,60}?(?:\s*\([^()]{2,40}\))?)"
    r"\s*(?::|\s[-–—]\s)\s*(?P<what>\S.{0,80})$"
)


def _item_place(text: str) -> places.Place | None | bool:
    """The place a bulletin item's heading opens with; None for an item placed nowhere
    ("Online - ..."), False for a line that is no item heading."""
    m = _ITEM_HEAD.fullmatch(text.strip())
    if m is None or len(m.group("what").split()) > 9 or re.search(r"\d", m.group("what")):
        return False
    name = m.group("place").strip()
    if re.fullmatch(r"(?:Online|Virtual|Webinar|Zoom|Regional|National)", name, re.I):
        return None
    bracket = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", name)
    if bracket and places.country(bracket.group(2)):
        name = f"{bracket.group(1)}, {bracket.group(2)}"
    hit = places.place_at(name, 0)
    if hit and re.fullmatch(r",\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?", name[hit[1] :]):
        return hit[0]  # "George Town, Penang": the town, then its state
    if hit is None or hit[1] != len(name):
        # "Bhasan Char: dialogue on education": an item placed where the gazetteer does not
        # know; it still ends the item before it
        return None if re.fullmatch(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}", name) else False
    return hit[0]


def _places_of_items(doc: _Document, sentences: list[Sentence]) -> None:
    """A members' bulletin or blog post tells several short items, each under a line that opens
    with its place and then says what it was ("Mokpo: training for fishers' leaders"): an event
    told in an item with no place of its own is in the item's place. Only where two or more
    such lines head items, so a single "Nairobi: ..." line places nothing."""
    heads: list[tuple[int, places.Place | None]] = []
    for t in sentences:
        if t.kind not in ("heading", "bullet"):
            continue
        place = _item_place(t.text)
        if place is not False:
            heads.append((t.index, place))
        elif t.kind == "heading":
            heads.append((t.index, None))  # another heading ends the item
    if sum(1 for _, p in heads if p) < 2:
        return
    for e in doc.events:
        d = e.draft
        if d.city or d.country_iso3:
            continue
        before = [(i, p) for i, p in heads if i < e.anchor]
        if not before or before[-1][1] is None:
            continue
        index, place = before[-1]
        places.put_place(d, place, sentences[index].text)


def _mission_places(
    sentences: list[Sentence],
) -> tuple[list[places.Place], tuple | None, str] | None:
    """The towns a mission or trip report's header line names, the days its line or a
    "Period:" line gives, and the line. None when the report has no such line among its first
    lines, or when the line names no town (only a province or a country)."""
    head = [t for t in sentences[:12] if t.kind in ("text", "heading")]
    line = next((t for t in head if _MISSION_LINE.match(t.text)), None)
    if line is None:
        return None
    m = _MISSION_LINE.match(line.text)
    rest = m.group("rest").rstrip(". ")
    span = None
    dates = date_phrases.find(rest)
    if dates:
        span = (dates[0].first, dates[0].last or dates[0].first)
        rest = rest[: dates[0].start].rstrip(" ,;-–")
    else:
        for t in head:
            period = _MISSION_PERIOD.match(t.text)
            found = date_phrases.find(period.group("rest")) if period else []
            if found:
                span = (found[0].first, found[0].last or found[0].first)
                break
    pieces = [
        p.strip() for p in re.split(r",\s+|\s+and\s+|\s+[-–—>]+\s+|\s*&\s*", rest) if p.strip()
    ]
    if m.group("label") == "Route" and len(pieces) > 2:
        pieces = pieces[1:]  # "Almaty - Shymkent - Turkestan - Almaty": the trip starts at home
        if pieces[-1] == m.group("rest").split()[0]:
            pieces = pieces[:-1]
    stated = [places.country(p) for p in pieces if places.country(p)]
    country = stated[-1] if len(set(stated)) == 1 else None
    towns: list[places.Place] = []
    for piece in pieces:
        if places.country(piece) or _WHERE_IT_LIES.search(piece):
            continue
        if not re.fullmatch(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}", piece):
            return None  # words that are no town's name: not a line of places
        hit = places.place_at(piece, 0)
        whole = hit and (hit[1] == len(piece) or piece[hit[1] :] == " City")
        if whole and hit[0].city:
            if country and hit[0].country != country:
                continue  # a town of the same name elsewhere
            # "Iloilo City" as the report writes it, where the gazetteer has "Iloilo"
            name = piece if piece.endswith(" City") else hit[0].city
            towns.append(places.Place(name, hit[0].country, bool(country)))
        elif country:
            # "Port Vila and Luganville, Vanuatu": a town the gazetteer lacks, before its country
            towns.append(places.Place(piece, country, True, in_gazetteer=False))
    if not towns:
        return None
    return towns, span, line.text


def _places_of_mission(doc: _Document, sentences: list[Sentence]) -> None:
    """A mission or trip report places its activities by its header line: an activity with no
    place of its own is in the header's town its own sentence names ("Regional seminar, 22-23
    April, Shymkent, conference hall of ..."), or, dated within the mission's days, in the
    header's one town, or in the country of its several towns. An event outside the mission's
    days (a board meeting after the return, a plan) is left as it is."""
    mission = _mission_places(sentences)
    if mission is None:
        return
    towns, span, line = mission
    countries = {t.country for t in towns}
    for e in doc.events:
        d = e.draft
        if d.city or d.country_iso3:
            continue
        told = sentences[e.anchor].text if 0 <= e.anchor < len(sentences) else ""
        named = [t for t in towns if re.search(rf"(?<![\w-]){re.escape(t.city)}(?![\w-])", told)]
        if len({t.city for t in named}) == 1:
            places.put_place(d, named[0], told)
            continue
        within = (
            span is not None and d.start_date is not None and span[0] <= d.start_date <= span[1]
        )
        if not within or named:
            continue
        if len(towns) == 1:
            places.put_place(d, towns[0], line)
        elif len(countries) == 1 and towns[0].country:
            places.put_place(d, places.Place(None, towns[0].country, True), line)


# Documents -------------------------------------------------------------------------------


class _Document(GroupReading, FactReading, ProjectReading):
    """The state of one report while it is read: its events, project and where we are."""

    def __init__(self, sentences: list[Sentence], source: str, aliases: dict[str, str]):
        self.sentences = sentences
        self.source = source
        self.aliases = aliases
        self.events: list[Event] = []
        self.project: Project | None = None
        self.project_at = -1
        self.groups = 0
        self.only_hosts: list[Event] = []  # larger events told only as where another was held
        self.pending_outcomes: list[tuple[Outcome, str]] = []
        # venues told of a title block's event by "the consultation" before it is read (missed_whole.py)
        self.title_block_venues: list[tuple[str, str, str]] = []
        self.last_title: str | None = (
            None  # the publication named last, for "800 copies were distributed"
        )
        self.named_orgs: list[str] = []  # organisations given a role so far, for "the network"
        self.seen_orgs: list[str] = []  # every organisation named so far, for the same
        # The year the report named last before each sentence, for dates written without one.
        self.years: list[int | None] = []
        # The date the report gave last before each sentence, for "a year later".
        self.last_dates: list[date_phrases.DatePhrase | None] = []
        last, last_date = None, None
        for s in sentences:
            self.years.append(last)
            self.last_dates.append(last_date)
            last_date = date_phrases.last_phrase(s.text, last) or last_date
            year = date_phrases.last_year(s.text)
            future = _FUTURE.search(s.text)
            if year is not None and future:
                # "a proposal that will be presented to the Congress in 2022": a plan's year
                # is not the year of the dates the report writes without one after it
                told = [p for p in date_phrases.find(s.text) if p.start < future.start()]
                year = told[-1].first.year if told else None
            if year is None and (s.kind == "heading" or (s.index == 0 and len(s.text) < 250)):
                # "Annual report 2021", "Activity log, third quarter 2020": the year a heading
                # (or a report's short first line) names is that of the dates without one below.
                bare = re.findall(r"(?<![\d,.$€£-])((?:19|20)\d\d)(?![\d%-])", s.text)
                year = int(bare[-1]) if len(set(bare)) == 1 else None
            last = year or last

    # -- pass 1: anchors --------------------------------------------------------------------

    def anchors(self, s: Sentence, found: list[Mention]) -> list[Event]:
        created: list[Event] = []
        if s.kind == "heading":
            return created
        digits_text = numbers.digits(s.text)
        host: Draft | None = None
        host_clause_from: int | None = None  # where the words about the host begin, if before
        from_start = True  # the first mention read takes the clause from the sentence's start
        for i, mention in enumerate(found):
            lo = 0 if from_start else mention.np_start
            from_start = False
            hi = found[i + 1].np_start if i + 1 < len(found) else len(s.text)
            if (
                mention.determiner == "the"
                and i + 1 < len(found)
                and _PRECEDED_BY.match(s.text, mention.end)
            ):
                from_start = True  # "The forum was preceded on 4 May by a training": the training's
                continue
            if _planned(s.text, mention, hi):
                continue
            if i == 0 and len(found) > 1 and self._is_host(s.text, mention, found[1]):
                host = self._host_draft(s, mention, (lo, hi))
                if host is not None:
                    continue
            # "On its second day we organised the side event "X"": named, as one after "a"
            named_part = missed_whole.named_part_of_host(
                mention.determiner,
                s.text[mention.end :],
                _hosting(mention.event_type, mention.title),
            )
            if host is None and (mention.determiner == "a" or named_part):
                told = self._host_told_before(s.text[: mention.np_start]) or self._host_there(
                    s.text[mention.end : hi]
                )
                if named_part and told is not None and told.draft.start_date is None:
                    told = None  # a named event takes its day from a host told with its days
                if told is not None:
                    host, host_clause_from = told.draft, 0
                    if told not in self.only_hosts:
                        self.only_hosts.append(told)
                elif day_host := events33.host_of_its_day(self.events, s.text, mention, s.index):
                    # "On the second day ... launched its report": a launch on a day of that event
                    host, host_clause_from = day_host, 0
            before = re.search(
                rf"\b[Tt]he\s+({'|'.join(ORDINALS)})\s+(?:[\w-]+\s+){{0,2}}$",
                s.text[: mention.start],
            )
            if (
                before is None
                and i == 0
                and (mention.determiner != "a" or mention.np_start == mention.start)
            ):
                # "The first, in January, trained 22 domestic workers": the sentence opens with it.
                before = re.match(
                    rf"(?:Of\s+these,\s+)?[Tt]he\s+({'|'.join(ORDINALS)})\b(?=,)", s.text
                )
            if before and i == 0 and ORDINAL_LIST.match(s.text):
                # "The second and third dialogues took place in A and B in July and August":
                # several of a group, read in order by ordinal_references
                continue
            target = (
                self.ordinal_target(ORDINALS[before.group(1).lower()], mention.event_type, s.index)
                if before
                else None
            )
            if (
                target is not None
            ):  # "The second workshop was held in ...": one of a group told before
                self.refine(target, s.text[min(before.start(), mention.np_start) : hi], s)
                created.append(target)
                continue
            if only_a_reference(s.text, mention):
                continue  # "a film about the visit was broadcast in June": the date is the film's
            specs = specs_of(
                s.text,
                digits_text,
                mention,
                (lo, hi),
                self.years[s.index],
                self.last_dates[s.index],
            )
            if not specs and host is not None and (mention.determiner == "a" or named_part):
                specs = [Spec()]
            if not specs and i == 0 and self._under_entry_line(s):
                # "12 January 2025 | Chiang Mai, Wat Suan Dok" / "New Year gathering of domestic
                # workers.": the entry line dates and places it (_entries_of_events_page)
                specs = [Spec(counts=s.text[lo:hi])]
            if not specs:
                continue
            ran_on = self._ran_until(s.text, mention, specs)
            if ran_on is not None:
                created.append(ran_on)  # "The exhibition stayed open until 8 January 2023"
                continue
            if (
                mention.plural
                and (mention.count or 0) >= 2
                and not specs[0].start
                and _FIGURES.search(s.text)
            ):
                continue  # "9 village meetings | 410 people reached": a dashboard's figure
            if host is not None:
                for spec in specs:
                    start = mention.np_start if host_clause_from is None else host_clause_from
                    within(spec, host, s.text[start:hi])
            if (
                mention.determiner == "the"
                and mention.plural
                and mention.count
                and any(e.draft.event_type == mention.event_type for e in self.events)
            ):
                continue  # "the questions of all six dialogues ... in September": the series again
            if mention.determiner in ("the", "each") and not specs[0].start:
                if any(e.draft.event_type == mention.event_type for e in self.events):
                    continue  # "the exchange program" again, with its count: a reference
                if missed_whole.named_by_title_block(
                    [
                        (
                            t.kind,
                            t.text,
                            any(m.event_type == mention.event_type for m in mentions(t.text)),
                        )
                        for t in self.sentences[: min(s.index, 6)]
                    ],
                    mention.event_type,
                ):
                    # "The consultation was organised by X at the Y Centre": the title block's
                    # event, given its venue once it is read (read(), below)
                    venue = specs[0].venue or places.places_after(s.text, mention, len(s.text))[1]
                    if venue:
                        self.title_block_venues.append((mention.event_type, venue, s.text))
                    continue
            if (
                self.events
                and not specs[0].start
                and not specs[0].place
                and _ATTENDED_WITHIN.search(
                    s.text[max(0, mention.np_start - 60) : mention.np_start]
                )
            ):
                continue  # "The delegation ... attended a regional assembly": part of the visit
            if mention.event_type in ("conference", "meeting") and frame_of_side_event(
                s.text, mention.np_start, mention.end
            ):
                continue  # "At the Lake Basin Forum ..., we organised a side event": its frame
            if self.events and trained_count_only(
                s.text[mention.start : mention.end], bool(specs[0].start), bool(specs[0].place)
            ):
                continue  # "24 fishers were trained by two lawyers": people counted, no event
            self.groups += 1
            group: list[Event] = []
            for spec in specs:
                event = self._event(s, mention, spec)
                twin = self._twin(event)
                if twin is not None:
                    self._merge(twin, event, s)
                    created.append(twin)
                else:
                    self.events.append(event)
                    created.append(event)
                    group.append(event)
            if len(group) >= 2:
                for k, start, end in ordinal_clauses(s.text, mention.end, hi):
                    if -len(group) <= k < len(group):
                        self.refine(group[k], s.text[start:end], s)
        return created

    def _ran_until(self, text: str, mention: Mention, specs: list[Spec]) -> Event | None:
        """ "... opened their photo exhibition on 10 December 2022. The exhibition stayed open
        until 8 January 2023 and received more than 1,200 visitors": "the" event of a kind told
        before, with only the day it ran until, is that event, which ends then (when it has no
        end of its own and began before); the sentence's facts are its."""
        if mention.determiner != "the" or len(specs) != 1 or specs[0].start is None:
            return None
        spec = specs[0]
        if not spec.date_text or spec.place is not None:
            return None
        at = text.find(spec.date_text, mention.end)
        if at < 0 or not re.search(r"\b(?:until|till|up\s+to|through)\s+(?:the\s+)?$", text[:at]):
            return None
        if not re.search(
            r"\b(?:stayed|remained|ran|lasted|went\s+on|continued|open)\b", text[mention.end : at]
        ):
            return None
        told = [e for e in self.events if e.draft.event_type == mention.event_type]
        if len(told) != 1:
            return None
        d = told[0].draft
        if d.start_date is None or d.end_date is not None or not d.start_date < spec.start:
            return None
        if spec.precision != d.date_precision:
            return None  # "until March 2023" gives no day to end an event dated to the day
        d.end_date = spec.end or spec.start
        d.evidence["end_date"] = text
        return told[0]

    def _under_entry_line(self, s: Sentence) -> bool:
        """Whether a sentence is the first of an events page's entry, right under its line of
        date, town and venue (sentences.ENTRY_DATE_LINE)."""
        if s.index == 0 or s.kind == "heading":
            return False
        above = self.sentences[s.index - 1]
        return (
            above.kind == "heading"
            and above.section == s.section
            and entry_date_line(above.text) is not None
        )

    def _host_told_before(self, before: str) -> Event | None:
        """ "The Summit met from 6 to 8 May in Vienna. On the second day of the summit, the
        platform ran a workshop": the conference told in an earlier sentence is where this
        event was held. The latest conference told before, if the sentence points back at one."""
        if not _WITHIN_TOLD.search(before):
            return None
        hosts = [e for e in self.events if _hosting(e.draft.event_type, e.draft.title)]
        return hosts[-1] if hosts else None

    def _host_there(self, after: str) -> Event | None:
        """ "The ASEAN Civil Society Conference took place in Jakarta ... On 4 September we
        organised a workshop on domestic workers there": the latest conference told before, where
        the sentence puts its event "there"."""
        if not _THERE.match(after):
            return None
        hosts = [e for e in self.events if _hosting(e.draft.event_type, e.draft.title)]
        return hosts[-1] if hosts and (hosts[-1].draft.city or hosts[-1].draft.venue) else None

    def _is_host(self, text: str, mention: Mention, other: Mention) -> bool:
        """Whether a sentence opens with the larger event another one was held within."""
        return (
            _hosting(mention.event_type, mention.title)
            and not _hosting(other.event_type, other.title)
            and other.determiner == "a"
            and bool(WITHIN.fullmatch(text[: mention.np_start]))
        )

    def _host_draft(self, s: Sentence, mention: Mention, scope: tuple[int, int]) -> Draft | None:
        """The date and place of the larger event a sentence opens with: read from its own
        words, or, for "Within the conference", the event of that kind told before."""
        specs = specs_of(
            s.text,
            numbers.digits(s.text),
            mention,
            scope,
            self.years[s.index],
            self.last_dates[s.index],
        )
        if specs and (specs[0].start or specs[0].place):
            draft = self._event(s, mention, specs[0]).draft
            draft.title = mention.title
            return draft
        if mention.determiner == "the":
            told = [e for e in self.events if e.draft.event_type == mention.event_type]
            if told:
                if told[-1] not in self.only_hosts:
                    self.only_hosts.append(told[-1])
                return told[-1].draft
        return None

    def heading_anchor(
        self,
        heading: Sentence,
        mention: Mention,
        found: list[list[Mention]],
        anchored: dict[int, list[Event]],
    ) -> tuple[int, Event] | None:
        """A heading that names an event ("## Exposure visit to Nepal") over a section that
        tells it without naming it ("In February 2014, six network members visited ..."): the
        event, read from the section's first dated sentence. None when the section names its
        events itself."""
        section = [
            t for t in self.sentences if t.section == heading.section and t.kind != "heading"
        ]
        if any(
            anchored.get(t.index)
            or any(
                m.determiner not in ("the", "each", "") and not _planned(t.text, m)
                for m in found[t.index]
            )
            for t in section
        ):
            # the section names its events itself ("the visit" only points back; a bare noun
            # that anchors nothing, "the rules for pre-departure training", names none)
            return None
        body = next((t for t in section if date_phrases.find(t.text, self.years[t.index])), None)
        if body is None or _FUTURE.search(body.text):
            return None
        dates = date_phrases.find(body.text, self.years[body.index])
        listed, _ = places.places_after(heading.text, mention, len(heading.text))
        place = places.place_in_clause(body.text, mention.event_type) or (
            listed[0] if listed else None
        )
        labelled = None if place else _labelled_place(section)
        if labelled:
            place = labelled[0]
        at_start = (
            places.place_at(body.text, 0)
            if place is None and PLACE_DATE_LINE.match(body.text)
            else None
        )
        if at_start and dates[0].start <= at_start[1] + 3:
            # "Berlin, 2–3 March 2019, Werkhof Kreuzberg" under the title: the town opens the
            # line, right before its date
            place = at_start[0]
        spec = spec_from(dates[0], place, body.text, "")
        at_body = mention.as_one(start=0, end=0, np_start=0)
        event = self._event(body, at_body, spec)
        named = _HEADING_NAME.match(heading.text)
        if named and named.end() == mention.end and not mention.proper_title:
            # "Safety at sea training, Kantang", "First aid course": a heading that is the event's
            # name alone, maybe with its town after a comma, is its title, all its words kept
            event.draft.title = named.group(0)
        if labelled:  # "Place: Rumah Buruh Migran, Jakarta.": minutes' labels
            for name in ("city", "country_iso3"):
                if getattr(event.draft, name):
                    event.draft.evidence[name] = labelled[2]
            if labelled[1]:
                event.draft.venue, event.draft.evidence["venue"] = labelled[1], labelled[2]
        told = self._told_apart(event, heading, body)
        town = next((o for o in self.events if self._dated_after_its_town(event, o)), None)
        if town is not None:
            # the event's telling by "the" and its town came first: one event, the form's
            self.events.remove(town)
            merge_drafts(event.draft, town.draft)
            event.sentences.extend(town.sentences)
            for key, events_of in anchored.items():
                anchored[key] = [event if e is town else e for e in events_of]
        return told

    def told_next(self, s: Sentence, mention: Mention) -> tuple[int, Event] | None:
        """ "The training on preparedness went well. It was last Tuesday and Wednesday (14 and
        15 August) at the community hall in Nuku'alofa": an event named with no date of its own
        and told by the next sentence, which opens with "It was", "It took place" or the like."""
        if s.index + 1 >= len(self.sentences) or self.events:
            return None
        t = self.sentences[s.index + 1]
        if t.section != s.section or t.kind == "heading" or not _IT_WAS.match(t.text):
            return None
        if _FUTURE.search(t.text):
            return None
        dates = date_phrases.find(t.text, self.years[t.index])
        if not dates:
            return None
        place = places.place_in_clause(t.text, mention.event_type)
        at_next = mention.as_one(start=0, end=0, np_start=0)
        event = self._event(t, at_next, spec_from(dates[0], place, t.text, ""))
        return self._told_apart(event, s, t)

    def _told_apart(self, event: Event, named: Sentence, told: Sentence) -> tuple[int, Event]:
        """Keep `event`, named by one sentence (its title and type's evidence) and told by
        another (where it is anchored), as a group of its own."""
        event.draft.evidence["title"] = event.draft.evidence["event_type"] = named.text
        event.anchor, event.section = told.index, told.section
        self.groups += 1
        event.group = self.groups
        self.events.append(event)
        return told.index, event

    def _event(self, s: Sentence, mention: Mention, spec: Spec) -> Event:
        if mention.head == "return visit":
            earlier = [e for e in self.events if e.draft.event_type in ("exchange", "field_visit")]
            if earlier:
                mention = mention.as_one(event_type=earlier[-1].draft.event_type, proper_title=None)
        title = mention.title
        if not mention.proper_title and self.project and self.project.short_name:
            if self.project.short_name.lower() not in title.lower():
                title = f"{self.project.short_name} {title[:1].lower()}{title[1:]}"
        draft = Draft(
            title=title + spec.suffix, event_type=mention.event_type, source_name=self.source
        )
        draft.evidence["title"] = s.text
        draft.evidence["event_type"] = s.text
        if spec.start:
            draft.start_date, draft.end_date, draft.date_precision = (
                spec.start,
                spec.end,
                spec.precision,
            )
            draft.evidence["start_date"] = s.text
            draft.evidence["date_precision"] = s.text
            if spec.end:
                draft.evidence["end_date"] = s.text
            if spec.year_from_context and date_phrases.RELATIVE.fullmatch(spec.date_text or ""):
                draft.unsure["start_date"] = M_(
                    "told as '{phrase}': counted from the date the report gave before",
                    phrase=spec.date_text,
                )
            elif spec.year_from_context:
                draft.unsure["start_date"] = M_(
                    "the sentence gives no year; {year} is the year the report gave before",
                    year=str(spec.start.year),
                )
        if spec.place:
            places.put_place(draft, spec.place, s.text)
        else:
            named = places.place_named_in(s.text[mention.np_start :])
            if named:
                places.put_place(
                    draft,
                    named,
                    s.text,
                    M_("the sentence names the place, not that the event was held there"),
                )
        visited = re.compile(r"\bvisited\s+(?=[A-Z])").search(s.text, mention.np_start)
        if mention.head == "visit" and visited and not (draft.city or draft.country_iso3):
            hit = places.place_at(s.text, visited.end()) or places.place_named_in(
                s.text[visited.end() :]
            )  # "visited Bologna, Italy", "visited the X Foundation in Songkhla"
            hit = (hit, 0) if isinstance(hit, places.Place) else hit
            if hit:
                places.put_place(draft, hit[0], s.text)
        dateline = _DATELINE.match(s.text)
        if dateline and not (draft.city or draft.country_iso3):
            # "Nairobi, 14 October 2022 – Members of the union today handed ...": a press
            # release's dateline is where what it tells happened "today"
            hit = places.place_at(s.text, 0)
            if hit and hit[1] <= dateline.end(1):
                places.put_place(draft, hit[0], s.text)
        same = _THE_SAME.search(s.text)
        before = self._same_venue_as(same) if same else None
        if before and not (draft.city or draft.country_iso3):
            # "at the same venue": where the event told before it was.
            for name in ("city", "venue", "country_iso3"):
                if getattr(before, name):
                    setattr(draft, name, getattr(before, name))
                    draft.evidence[name] = s.text
                    draft.unsure[name] = M_("the sentence says the same venue as the event before")
        venue = places.places_after(s.text, mention, len(s.text))[1] or spec.venue
        if venue and not spec.suffix:
            draft.venue = venue
            draft.evidence["venue"] = s.text
            held = (
                places.city_in_venue(
                    venue, draft.country_iso3, " ".join(x.text for x in self.sentences)
                )
                if not draft.city
                else None
            )
            if held:  # "at the Dili Cultural Centre": the city its name holds
                places.put_place(
                    draft,
                    held,
                    s.text,
                    M_("the sentence names the place, not that the event was held there"),
                )
        counts = people_counts(numbers.digits(spec.counts))
        if counts:
            set_total(draft, whole_count(counts, numbers.digits(spec.counts)), s.text)
        for cc in numbers.country_counts(numbers.digits(spec.counts)):
            add_country(draft, cc.country_iso3, cc.participants, s.text)
        if spec.within:
            for name in ("start_date", "city", "venue"):
                if getattr(draft, name) and name not in draft.unsure:
                    draft.unsure[name] = M_("held within {event}: read from it", event=spec.within)
        if mention.plural and not mention.count and not spec.suffix and mention.determiner != "a":
            draft.unsure["title"] = M_("the report speaks of several; how many is not stated")
        if self.project:
            draft.project = self.project
        ordinal = re.match(
            rf"(?:{'|'.join(ORDINALS)}|next|another|further)\s+(?=\w)", draft.title, re.I
        )
        if ordinal and not mention.proper_title and not spec.suffix:
            # "A second visit, to Taipei": the order is no name; the place tells it apart.
            rest = draft.title[ordinal.end() :]
            where = draft.city or (
                countries.display_name(draft.country_iso3) if draft.country_iso3 else None
            )
            if where:
                rest += (" to " if draft.event_type == "field_visit" else " in ") + where
            draft.title = rest[:1].upper() + rest[1:]
        return Event(
            draft,
            [s.index],
            s.index,
            self.groups,
            s.section,
            bool(mention.proper_title),
            mention.determiner in ("the", "each"),
            several=bool(mention.plural and not mention.count and not spec.suffix),
            met=mention.head == "met",
        )

    def _same_venue_as(self, same: re.Match[str]) -> Draft | None:
        """The event told before whose venue "the same X" names: the latest one whose venue
        has the words ("at the same West Lake hotel" -> "Hanoi West Lake Garden Hotel", "at the
        same gallery" -> "Kbach Gallery"), else, for a kind with no name of its own, the event
        told just before ("at the same venue", "at the same temple")."""
        if not self.events:
            return None
        words = set(same.group("named").lower().split()) | {same.group("kind").lower()}
        for event in reversed(self.events):
            venue = event.draft.venue
            if venue and words <= set(re.findall(r"[\w'’-]+", venue.lower())):
                return event.draft
        return None if same.group("named") else self.events[-1].draft

    def _twin(self, event: Event) -> Event | None:
        """An event of this report already read that this one repeats: same kind, same date
        and no conflicting place, from another sentence."""
        d = event.draft
        for other in self.events:
            o = other.draft
            if other.group == event.group or o.event_type != d.event_type:
                continue
            finer = self._finer_telling(event, other)
            if self._named_then_dated(event, other):
                return other
            if not finer and (o.start_date, o.end_date, o.date_precision) != (
                d.start_date,
                d.end_date,
                d.date_precision,
            ):
                continue
            if d.city and o.city and d.city != o.city and not (finer and _city_of_venue(d)):
                continue
            if d.country_iso3 and o.country_iso3 and d.country_iso3 != o.country_iso3:
                continue
            if d.start_date is None and not (d.city or d.country_iso3):
                continue
            return other
        for other in self.events:
            if self._one_of_its_days(event, other):
                return other
        return None

    @staticmethod
    def _one_of_its_days(event: Event, other: Event) -> bool:
        """ "The chairperson ... closed the consultation on 11 December": the meeting of several
        days told before, named again (the same kind, "the", no name of its own) on one of its
        days, is that meeting, not another."""
        d, o = event.draft, other.draft
        if other.group == event.group or o.event_type != d.event_type:
            return False
        if not event.definite or event.proper or d.date_precision != "day":
            return False
        if o.date_precision != "day" or o.start_date is None or o.end_date is None:
            return False
        if d.city and o.city and d.city != o.city:
            return False
        return o.start_date <= d.start_date <= o.end_date and (
            d.end_date is None or d.end_date <= o.end_date
        )

    def _named_then_dated(self, event: Event, other: Event) -> bool:
        """ "Seed fair in Riobamba. On Saturday 14 October 2023 the network held its third seed
        fair ...": an event named with its place and no date, then told with its date and no
        place of its own in the next sentence of the same paragraph, is one event; its fuller
        name stays. Never two dated events, nor one named in another paragraph.

        "1. Seminar in Maputo. The day 7 of March of 2024 the association realized a seminar
        on ..., in the city of Maputo": a numbered line's heading, its noun and town alone, then
        the sentence telling it in that same town, is one event too."""
        d, o = event.draft, other.draft
        if o.start_date is not None or d.start_date is None or not o.city:
            return False
        if d.city and d.city != o.city:
            return False
        if not other.sentences or not event.anchor >= 0:
            return False
        last = self.sentences[other.sentences[-1]]
        here = self.sentences[event.anchor]
        if here.paragraph != last.paragraph or here.index != last.index + 1:
            return False
        if any(e is not other and e.draft.event_type == d.event_type for e in self.events):
            return False
        if d.city:
            # the telling in the heading's own town: the heading is its noun and town alone
            return _kind_and_town(o.title, o.city)
        return similar_words(o.title, d.title, "within") == 1.0

    def _dated_after_its_town(self, event: Event, other: Event) -> bool:
        """ "2. The workshop in Sanliurfa was organised with X." read before the table's row
        "Food safety and labelling workshop | 11 Feb | Sanliurfa": an event told by "the", its
        kind alone and its town and no date, is the one event of that kind in that town the
        report dates later. (Told the other way round, "the workshop" after the dated one is a
        reference.)"""
        d, o = event.draft, other.draft
        if not other.definite or other.proper or o.start_date is not None or not o.city:
            return False
        if d.start_date is None or d.event_type != o.event_type or d.city != o.city:
            return False
        if not _kind_and_town(o.title, o.city):
            return False  # "the Federation's Gandaki provincial meeting": a name, not its kind
        return not any(
            e not in (event, other)
            and e.draft.event_type == d.event_type
            and e.draft.city == d.city
            for e in self.events
        )

    def _finer_telling(self, event: Event, other: Event) -> bool:
        """ "In June 2019 the centre ran a training ... The training took place on 8 and 9
        June": the one event of its kind told before, told again by "the" with a date inside
        its own and finer or fuller (a day within its month, a range holding its day)."""
        d, o = event.draft, other.draft
        if not event.definite or d.start_date is None or o.start_date is None:
            return False
        if sum(e.draft.event_type == d.event_type for e in self.events) != 1:
            return False
        o_end = period_end(o.end_date or o.start_date, o.date_precision)
        d_end = period_end(d.end_date or d.start_date, d.date_precision)
        inside = o.start_date <= d.start_date <= o_end and d_end <= o_end
        holds = d.start_date <= o.start_date <= d_end and d.end_date is not None
        finer = _FINER_RANK[d.date_precision or "year"] < _FINER_RANK[o.date_precision or "year"]
        return (inside and finer) or (holds and o.end_date is None)

    def _merge(self, into: Event, other: Event, s: Sentence) -> None:
        if self._finer_telling(other, into):
            # the finer date is the event's; a town read from the venue's name gives way to
            # the one the report gave
            for name in ("start_date", "end_date", "date_precision"):
                setattr(into.draft, name, getattr(other.draft, name))
                if name in other.draft.evidence:
                    into.draft.evidence[name] = other.draft.evidence[name]
                into.draft.unsure.pop(name, None)
            if into.draft.city and _city_of_venue(other.draft):
                other.draft.city = None
        # "Seminar in Maputo" (or "Seminar" alone) over the sentence telling the seminar on ... in
        # Maputo: the heading's noun and town give way to the telling's fuller name
        bare_heading = (
            into.draft.start_date is None
            and other.draft.start_date is not None
            and into.draft.city is not None
            and re.fullmatch(
                rf"[\w'’-]+(?:\s+(?:in|at)\s+{re.escape(into.draft.city)})?", into.draft.title
            )
        )
        merge_drafts(
            into.draft,
            other.draft,
            prefer_title=bool(bare_heading)
            or (not into.proper and other.definite is False and into.definite),
        )
        into.sentences.append(s.index)


def _kind_and_town(title: str, city: str) -> bool:
    """Whether a title is only the event's kind, maybe with its town ("Seminar in Maputo",
    "Workshop"): no name of its own."""
    return len(re.sub(rf"\s+(?:in|at)\s+{re.escape(city)}$", "", title).split()) == 1


def _names_whole_line(text: str, mention: Mention) -> bool:
    """ "Activity: Food safety and labelling workshop": a form's activity line whose event noun
    ends the line, after a few words of its topic joined by "and" that the noun's phrase left out,
    names the event as a whole."""
    label = FORM_EVENT_LABEL.match(text)
    if label is None or mention.np_start <= label.end():
        return False
    if text[mention.end :].strip(" .") or mention.plural:
        return False
    before = text[label.end() : mention.np_start]
    return bool(re.fullmatch(r"(?:[\w'’-]+\s+){1,4}(?:and|&)\s+", before)) and before[:1].isupper()


def read(
    sentences: list[Sentence],
    source: str,
    aliases: dict[str, str],
    loose: list[LooseOutcome] | None = None,
) -> list[Draft]:
    """The events one report describes, as drafts in the order the report tells them. A report
    that tells outcomes but no event puts them in `loose` when it is given."""
    doc = _Document(sentences, source, aliases)
    found = [
        mentions(s.text)
        if (s.kind != "heading" or len(s.text) < 200) and not _RESULT_LINE.match(s.text)
        else []
        for s in sentences
    ]
    anchored: dict[int, list[Event]] = {}
    plans = _plan_sections(sentences)
    for s, ms in zip(sentences, found, strict=True):
        if doc.find_project(s):
            continue
        if s.kind == "heading":
            doc.find_partners(s.index)
        if ms and s.index in plans:
            continue  # "5. Next steps" / "Replica trainings in each country between July and ..."
        if ms:
            anchored[s.index] = doc.anchors(s, ms)
    for s, ms in zip(sentences, found, strict=True):
        form_title = (
            # a numbered form's lines are read as bullets: "1. Name of the event: ..."
            s.kind in ("text", "bullet")
            and len(ms) == 1
            and not anchored.get(s.index)
            and FORM_EVENT_LABEL.match(s.text) is not None
            and (
                ms[0].np_start == FORM_EVENT_LABEL.match(s.text).end()
                or _names_whole_line(s.text, ms[0])
            )
        )
        if form_title and (not ms[0].plural or _FORM_ROW.match(s.text)):
            # "Title: Workshop on ..." over "Date: ..." / "Place: ...": a form names its event
            # on one line and tells it on the next ones, as a heading over its section; a
            # table's row may name a series ("Gram sabha meetings"), told as one event
            body = doc.heading_anchor(s, ms[0], found, anchored)
            if body is not None:
                anchored[body[0]] = [body[1]]
                whole = s.text[FORM_EVENT_LABEL.match(s.text).end() :].rstrip(" .;")
                if len(whole.split()) <= 16 and not re.search(r"[.;:!?]\s", whole):
                    # the whole line names it: "Workshop on free, prior and informed consent"
                    body[1].draft.title = whole
        if (
            s.kind == "text"
            and len(ms) == 1
            and not ms[0].plural
            and ms[0].determiner in ("the", "a", "")
            and not anchored.get(s.index)
            and not anchored.get(s.index + 1)
            and not _planned(s.text, ms[0])
        ):
            told = doc.told_next(s, ms[0])
            if told is not None:
                anchored[told[0]] = [told[1]]
        if s.kind == "heading" and len(ms) == 1 and not ms[0].plural:
            body = doc.heading_anchor(s, ms[0], found, anchored)
            if body is not None:
                anchored[body[0]] = [body[1]]
            met = [e for e in doc.events if e.section == s.section and e.met]
            if len(met) == 1 and ms[0].event_type == met[0].draft.event_type:
                # "## Sub-regional meeting of fishers' unions" over "The network met in Dakar"
                met[0].draft.title = ms[0].title
                met[0].draft.evidence["title"] = s.text
    for told in doc.only_hosts:
        # A conference told only as where another event was held, with no count or outcome of
        # its own, is not an event of the report.
        d = told.draft
        if d.participants_total is None and not d.outcomes and told in doc.events:
            doc.events.remove(told)
            for key, events_of in anchored.items():
                anchored[key] = [e for e in events_of if e is not told]
    for kind, venue, text in doc.title_block_venues:
        missed_whole.give_venue([e.draft for e in doc.events], kind, venue, text)
    doc.events.sort(key=lambda e: e.anchor)
    _evaluated_event(doc, sentences, anchored)
    _dates_from_headings(doc, sentences)
    _entries_of_events_page(doc, sentences)
    _rows_told_with_counts(doc, sentences, anchored)
    events33.lone_event(doc, sentences, anchored)  # "The vigil was organised by X", told after it
    current: list[Event] = []
    current_section = -1
    headings = {t.section: t.text for t in sentences if t.kind == "heading"}
    for s, ms in zip(sentences, found, strict=True):
        doc.seen_orgs += [
            name for name, _ in organisations.names_in(s.text, aliases) if name not in doc.seen_orgs
        ]
        if s.index == doc.project_at and PROJECT.search(s.text):
            continue  # the project's own sentence: its funder is the project's, not an event's
        if len(doc.events) >= 2 and about_all_events(s.text):
            continue  # "All activities above were funded by X": every event's, read at the end
        if whole_work_paid(s.text):
            continue  # "The whole campaign was funded by X": the same, read at the end
        targets = anchored.get(s.index, [])
        is_anchor = bool(targets)
        told_before = [e for e in doc.events if e.anchor < s.index]
        if not targets and s.kind != "heading":
            targets = doc.ordinal_references(s)
        if not targets and ms:
            targets = doc_references(doc, s, ms)
        if not targets and _BACK_REF.search(s.text) and current and current_section == s.section:
            targets = current
        if s.kind == "heading":
            if targets:
                current, current_section = targets, s.section
            continue
        if targets:
            doc.set_facts(
                s,
                targets,
                is_anchor,
                about_event=True,
                every=any(m.determiner == "each" for m in ms),
            )
            doc.add_outcomes(s, targets, about_one=len(targets) == 1)
            current, current_section = targets, s.section
        elif current and current_section == s.section:
            doc.set_facts(s, current, False, about_event=False)
            doc.add_outcomes(s, current, about_one=len(current) == 1 and doc.project is None)
        elif len(doc.events) == 1 and (
            (_BY_COUNTRY.match(s.text) and _counts_by_country(s.text))
            # "Participation" / "Fifty-two young people took part: twenty from Jamaica, ...":
            # a section on who took part, in a report of one event, is about that event
            or _PARTICIPATION_HEADING.fullmatch(headings.get(s.section, ""))
        ):
            # "Annex 1 - Participants by country: Peru 18, Bolivia 9": an annex of a report of
            # one event tells that event's home countries, in whatever section it stands
            doc.set_facts(s, doc.events, False, about_event=False)
            doc.add_outcomes(s, [], about_one=False)
        elif len(doc.events) == 1 and held_at(s.text):
            # "2. Venue" / "All the sessions were held at the Green Lake Pavilion Hotel": the
            # venue of the report's one event, in a section of its own (its venue only: what
            # else the sentence says may be of another event the rules did not find)
            doc.venue_told_apart(s, doc.events[0])
            doc.add_outcomes(s, [], about_one=False)
        elif homes32.section_on_who_took_part(told_before, headings.get(s.section, ""), s.text):
            # "Participation" in a report of several events: who took part in the one told before
            doc.set_facts(s, told_before, False, about_event=False)
            doc.add_outcomes(s, [], about_one=False)
        else:
            doc.add_outcomes(s, [], about_one=False)
    if doc.events:
        for outcome, text in doc.pending_outcomes:
            add_outcome(doc.events[0].draft, outcome, text, guessed=True)
    elif loose is not None:
        for outcome, text in doc.pending_outcomes:
            if not any(same_outcome(outcome, other.outcome) for other in loose):
                loose.append(LooseOutcome(outcome, text, source))
    _dates_of_day_headings(doc, sentences)
    _place_of_essay(doc, sentences)
    _tour_of_title(doc, sentences)
    for e in doc.events:
        _span_of_modules(e, sentences)
    _drop_undated_of_series(doc.events)
    drop_series_told_apart(doc.events)
    if len(doc.events) == 1:
        place_from_label(doc.events[0].draft, sentences)
    _places_of_mission(doc, sentences)
    _places_of_items(doc, sentences)
    for e in doc.events:
        _venue_before_town(e.draft)
    drafts = [e.draft for e in doc.events]
    for d in drafts:
        _host_country(d)
        _quoted_name(d)
    titles33.name_events(doc.events, sentences)  # a heading or sentence naming the event
    plans35.drop_codes(drafts)  # "Activity 1.2.3, paralegal training": the code is no name
    add_whole_report_orgs(sentences, drafts, aliases)
    add_whole_work_funder(sentences, drafts, aliases)
    country_tables.add_country_tables(sentences, drafts)
    add_homes(drafts)
    homes30.add_all_of_one_country(drafts)
    homes30.add_split_of_total(drafts)
    homes32.add_part_all_of_one_country(drafts)  # "All of them were Lao.", "12 of them, all Lao"
    add_whole_told_after(sentences, drafts)  # "... 36 volunteers ... The volunteers are all Lao."
    return drafts


# A title that is only the event's kind, maybe with its town: "Photo exhibition", "Final
# conference", "Round table in Khujand".
_KIND_ONLY = re.compile(r"^([A-Z][a-z-]+(?:\s+[a-z-]+){0,2}?)(?:\s+in\s+[A-ZÀ-ÖØ-Þ][\w'’ -]*)?$")


def _quoted_name(d: Draft) -> None:
    """'the photo exhibition "Faces of the Harbour"', 'the final conference "What Works"': the
    name in quotes right after the event's noun in the sentence that told it is its title, where
    the title found so far is only its kind (a title with its topic stays)."""
    kind = _KIND_ONLY.match(d.title or "")
    told = d.evidence.get("title", "")
    if not kind or not told:
        return
    if re.search(r"\b(?:on|of|for|about|with|against)\b", kind.group(1)):
        return
    noun = kind.group(1).split()[-1]
    m = re.search(rf"\b{re.escape(noun)}\s+[\"“]([A-ZÀ-ÖØ-Þ][^\"“”\n]{{2,90}}?)[\"”]", told, re.I)
    if m:
        d.title = m.group(1).strip().rstrip(",.;:")


# "Nepal, as host country, had the largest delegation", "Tanzania as host had the biggest group",
# "the host country, Ghana, sent 14": the country the event was held in.
_AS_HOST = re.compile(
    r"(?<![\w-])(?P<a>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s*,?\s+as\s+(?:the\s+)?host"
    r"(?:\s+country|\s+nation)?\b"
    r"|\b[Tt]he\s+host\s+country\s*,\s+(?P<b>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s*,"
)


def _hosting(event_type: str, title: str) -> bool:
    """Whether an event may hold others within it: a conference, or a summit (a meeting of
    leaders, which may have side events: "On the second day of the summit, X ran a workshop")."""
    return event_type == "conference" or bool(re.search(r"\b[Ss]ummits?\b", title or ""))


def _host_country(d: Draft) -> None:
    """A town's country guessed from the gazetteer (a name several countries share) gives way to
    the country the event's own sentences call its host."""
    if not (d.city and d.country_iso3 and "country_iso3" in d.unsure):
        return
    for text in dict.fromkeys(d.evidence.values()):
        for m in _AS_HOST.finditer(text):
            iso3 = places.country(m.group("a") or m.group("b"))
            if iso3 and iso3 != d.country_iso3:
                d.country_iso3 = iso3
                d.evidence["country_iso3"] = text
                return


def _series_span(d: Draft) -> tuple | None:
    """The span a draft's date covers when it is a range ("between March and August 2019"),
    else None."""
    if d.start_date is None or d.end_date is None or d.date_precision == "day":
        return None
    return (d.start_date, d.end_date, d.date_precision)


def _told_apart(group: list[Event], events: list[Event], *, in_its_year: bool) -> bool:
    """Whether the report tells a meeting of the series' kind on its own, dated, in the series'
    country (or where either names none) and, `in_its_year`, at a day or month of its year."""
    first = group[0].draft
    for e in events:
        d = e.draft
        if e in group or d.event_type != first.event_type or not d.start_date:
            continue
        if d.country_iso3 and first.country_iso3 and d.country_iso3 != first.country_iso3:
            continue
        if in_its_year and (
            d.date_precision not in ("day", "month") or d.start_date.year != first.start_date.year
        ):
            continue
        return True
    return False


def _drop_undated_of_series(events: list[Event]) -> None:
    """ "Between March and August 2019 the network ran six dialogues. The first, in Maliana on
    12 March, drew 48 people": the meetings of a series told with no date, place or count of
    their own are not separate events; only those the report tells are. A meeting still holding
    the series' span and no count of its own, when another of its group has a date of its own,
    is dropped (a careful reader never gives a meeting a date or count it does not have); when
    none is told on its own, the series is one event over its span."""
    groups: dict[int, list[Event]] = {}
    for e in events:
        if e.group >= 0:
            groups.setdefault(e.group, []).append(e)
    for group in groups.values():
        if len(group) < 2:
            continue
        spans = [_series_span(e.draft) for e in group]
        if all(
            e.draft.date_precision == "year"
            and not e.draft.end_date
            and not e.draft.city
            and not e.draft.participants_total
            for e in group
        ) and _told_apart(group, events, in_its_year=True):
            # "The programme records nine village consultations in Fiji during 2024. The team
            # joined the consultation at Nabavatu on 4 September": a count of a year's meetings
            # announces the ones the report tells with dates of their own, and is none itself
            for e in group:
                events.remove(e)
            continue
        told = [
            e for e, span in zip(group, spans, strict=True) if span is None and e.draft.start_date
        ]
        # a count every meeting of the series holds is the series' total ("3 trainings | 86
        # people"), none's own
        shared = len({e.draft.participants_total for e in group}) == 1
        if not told and not any(
            e.draft.start_date or e.draft.city or (e.draft.participants_total and not shared)
            for e in group
        ):
            if _told_apart(group, events, in_its_year=False):
                # "The network ran two trainings in Fiji. The first, ... from 13 to 17 February":
                # the series only announces the meetings the report tells with dates of their own
                for e in group:
                    events.remove(e)
                continue
        if not told:
            alike = {
                (span, e.draft.city, e.draft.venue, e.draft.participants_total)
                for e, span in zip(group, spans, strict=True)
            }
            if spans[0] is None or len(alike) != 1 or group[0].draft.participants_total:
                # "three meetings with 25 women each": a count of each meeting's own
                continue
            # none told on its own: the series is one event over its span
            for e in group[1:]:
                events.remove(e)
            d = group[0].draft
            d.title = re.sub(r"\s\(1 of \d+\)$", "", d.title)
            continue
        for e, span in zip(group, spans, strict=True):
            d = e.draft
            if span is not None and d.participants_total is None and e in events and e not in told:
                events.remove(e)


def doc_references(doc: _Document, s: Sentence, found: list[Mention]) -> list[Event]:
    """The events a sentence without an anchor names again, or the event it introduces with
    no date, place or count when the report has none of its kind."""
    targets: list[Event] = []
    realised = not _FUTURE.search(s.text) and _REALISED.search(s.text)
    for mention in found:
        if _FUTURE.search(s.text[max(0, mention.np_start - 40) : mention.end + 60]) or _planned(
            s.text, mention
        ):
            continue
        near = doc.nearest(mention.event_type, s.index)
        if near and (
            mention.determiner == "each" or (mention.plural and mention.determiner == "the")
        ):
            near = doc.group_of(near[0])  # "Both consultations were funded by", "Each tour had"
        if near:
            for event in near:
                if event not in targets:
                    targets.append(event)
            continue
        if (
            mention.determiner in ("a", "n")
            and realised
            and len(found) == 1
            and s.kind != "heading"
            and not (
                doc.events
                and _ATTENDED_WITHIN.search(
                    s.text[max(0, mention.np_start - 60) : mention.np_start]
                )
            )  # "The delegation ... attended a regional assembly": part of the event told
            and not (
                doc.events
                and trained_count_only(
                    s.text[mention.start : mention.end],
                    bool(date_phrases.find(s.text)),
                    places.place_in_clause(s.text, "training") is not None,
                )
            )  # "24 fishers were trained by two lawyers": people counted, no event
        ):
            doc.groups += 1
            event = doc._event(s, mention, Spec())
            event.draft.unsure["start_date"] = M_(
                "the report gives no date, place or count for this event"
            )
            doc.events.append(event)
            event.anchor = s.index
            targets.append(event)
    return targets
