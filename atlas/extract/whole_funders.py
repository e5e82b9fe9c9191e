"""One funder told once for all of a report's work, in wordings the report-wide rules of
report_orgs do not read: "All the activities below were made possible by the support of X", "All
activities on this page were financed by X", "The whole campaign was funded by X", "Our work on
this case was funded by X", "Activities this quarter were funded by X, except the field day",
"All activities above received support from X". Such a sentence names no one event, so the
funder goes to every event of the report (but one named after "except"); the first runs missed
it on every event but the one told next to the sentence.
"""

from __future__ import annotations

import re

from atlas.extract import report_orgs
from atlas.extract.drafts import Draft
from atlas.extract.facts import add_org
from atlas.extract.sentences import Sentence

# What a sentence says all of the report's work is: "All the activities below", "All our
# activities since 2021", "All activities reviewed in this section", "Activities this quarter",
# "The whole campaign", "Our work on this case", "The network's campaign work".
_ALL_WORK = (
    r"(?:(?:All|all)\s+(?:of\s+)?(?:the\s+|our\s+|its\s+|their\s+|these\s+)?(?:project\s+)?"
    r"(?P<acts>activities|events|work)"
    r"|(?:Activities|Events)\s+(?:this|that|of\s+the)\s+(?:quarter|year|period|semester|month)"
    r"|(?:The|Our|This)\s+(?:whole|entire)\s+(?:[\w'’-]+\s+)?(?:campaign|project|programme|program|work)"
    r"|(?:Our|The)\s+work\s+on\s+this\s+(?:case|campaign|project|programme)"
    r"|(?:The|Our)\s+(?:[A-Z][\w'’-]*'s?\s+|[\w'’-]+['’]s?\s+)?campaign\s+work)"
)
# Where the work stands in the report, or when: "below", "above", "reported here", "on this
# dashboard", "reviewed in this section", "in this report", "since 2021", "this year".
_WHERE = (
    r"(?:\s+(?P<place>below|above)"
    r"|\s+(?:reported|described|listed|reviewed|presented)\s+(?:here|(?:in|on)\s+this\s+[a-z]+)"
    r"|\s+(?:in|on|of)\s+this\s+(?:report|dashboard|page|section|document|quarter|year|period)"
    r"|\s+since\s+(?P<since>(?:19|20)\d\d)|\s+this\s+(?:quarter|year|period))?"
)
# How it was paid: "were made possible by the support of", "were possible thanks to", "were
# financed by", "are supported by", "was supported throughout by", "received support from".
_PAID = (
    r"\s+(?:(?:were|was|are|is|have\s+been|has\s+been)\s+(?:(?:made\s+)?possible\s+"
    r"(?:thanks\s+to|with\s+the\s+support\s+of|by\s+the\s+support\s+of|through\s+the\s+support\s+of"
    r"|because\s+of\s+the\s+support\s+of)"
    r"|(?:(?:co-)?funded|(?:co-)?financed|supported|sponsored|paid\s+for|paid)"
    r"(?:\s+(?:throughout|entirely|fully|wholly))?\s+by)"
    r"|received\s+(?:(?:financial|budget)\s+)?(?:support|funding|a\s+grant)(?:\s+budget)?\s+from"
    r"(?:\s+(?:the\s+)?(?:organi[sz]ation|donor|foundation)(?=\s+[A-ZÀ-Þ]))?)"
    r"\s+(?:the\s+)?(?=[A-ZÀ-Þ])"
)
_WHOLE_WORK_PAID = re.compile(rf"^{_ALL_WORK}{_WHERE}{_PAID}")


def _told_at(sentences: list[Sentence], d: Draft) -> int | None:
    at = [s.index for s in sentences if s.text == d.evidence.get("title")]
    return min(at) if at else None


def whole_work_paid(text: str) -> bool:
    """Whether a sentence tells the funder of all of a report's work in a wording this module
    reads (and report_orgs does not): no one event's sentence."""
    return bool(_WHOLE_WORK_PAID.match(text)) and not report_orgs.about_all_events(text)


def add_whole_work_funder(
    sentences: list[Sentence], drafts: list[Draft], aliases: dict[str, str]
) -> None:
    """The funder of all of a report's work (see the module's docstring), given to each of its
    events; with "below" or "above" only to those told after or before the sentence, and not to
    the one "except the field day" names."""
    for s in sentences:
        m = _WHOLE_WORK_PAID.match(s.text)
        if not m or report_orgs.about_all_events(s.text):  # whole_work_paid, matched once
            continue
        name = report_orgs._funder_named(s.text[m.end() :], aliases)
        if not name:
            continue
        but = report_orgs._EXCEPT_THE.search(s.text, m.end())
        noun = but.group("what").split()[-1].lower() if but else None
        place, since = m.group("place"), m.group("since")
        for d in drafts:
            if noun and report_orgs._titled(d, noun):
                continue
            at = _told_at(sentences, d)
            if place == "above" and (at is None or at > s.index):
                continue
            if place == "below" and (at is None or at < s.index):
                continue
            if since and (d.start_date is None or d.start_date.year < int(since)):
                continue  # "All our activities since 2021": not an undated one, nor one before
            add_org(d, name, "funder", s.text, aliases)
