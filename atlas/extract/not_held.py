"""Events a sentence names but does not tell as held: asked for, proposed, moved, refused, or a
plan the sentence's subject will carry out. Read from what the first runs of every blind set
invented (tools/first_run_thin_drafts.py rebuilds them): in every kind of report, a sentence
names a meeting, visit or forum that no one held, and the wording that says so recurs from set
to set, far from the event's noun where the nearer plan words (atlas/extract/events.py,
_FUTURE and _PLANS) do not reach.
"""

from __future__ import annotations

import re

# The event's own clause says it was only asked for, proposed or pushed back, or not settled:
# "A meeting with the Governor is requested for June", "A follow-up meeting ... was requested
# but has not been granted", "A coordination meeting has been proposed for late 2025 but not yet
# agreed", "Round table with the employers: proposed for March 2025, not confirmed", "The
# exchange visit ... has been moved to May 2025", "we planned a workshop ... but it is moved to
# October", "The closing forum was planned in Mbeya for May", "a youth camp in January, but that
# is not sure yet", "invited to a regional conference in March, but our visas did not come", "a
# forum in May 2024, but my visa was refused"
_NOT_HELD_AFTER = re.compile(
    r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:still\s+|only\s+|also\s+)?"
    r"(?:requested|proposed|suggested|moved\s+to|pushed\s+back|put\s+off)\b"
    r"|\b(?:was|were)\s+planned\s+(?:in|for|at)\b"
    r"|[:,(]\s*(?:proposed|requested)\s+(?:for|in)\b"
    r"|\bnot\s+(?:yet\s+|been\s+|yet\s+been\s+)?(?:confirmed|granted|agreed|approved|planned|sure|"
    r"answered|accepted)\b"
    r"|\bnot\s+sure\s+yet\b"
    # (who could not go, only after "but": "Four nominees could not travel" tells a training held
    # without them)
    r"|\bbut\s+(?:[\w'’-]+\s+){0,3}?(?:visas?\s+(?:was|were|did\s+not|didn[’']t)\s*"
    r"(?:refused|denied|rejected|come|arrive)|(?:could|did)\s+not\s+(?:go|travel|attend|come))\b",
    re.I,
)
# The event's own noun phrase says it is a plan or a wish: "Photo 7: A planned visit to the
# Ministry", "A proposed study visit to Tanga", "a possible second forum"
_NOT_HELD_BEFORE = re.compile(
    r"\b(?:a|an|the|our|their)\s+(?:planned|proposed|requested|possible|hoped-for|future)\s+"
    r"(?:[\w'’-]+\s+){0,3}?[\w'’-]+$",
    re.I,
)
# Earlier in the sentence, a plan its subject will carry out, or a goal: "The new grant would
# fund two trainings each year, a family meeting in Bukoba ...", "Our plan: We will reach two
# more districts, organise a national assembly in 2027", "Our next goal is a national congress
# in 2026", "The Cooperative proposes to train village leaders and to co-host a regional forum",
# "the union asks to use the balance for a refresher in 2024", "Outlook 2025: exchange visit of
# the youth group to Tabora (April), second forum in Mbeya."
_PLAN_OPENS = re.compile(
    r"\b(?:we|they|it|he|she|I|the\s+(?:[\w'’-]+\s+){0,3}?(?:grant|project|network|association"
    r"|organisation|organization|group|centre|center|fund|union|federation|alliance|programme"
    r"|program))\s+(?:will|would|shall)\s"
    r"|\b(?:next|main|long-term|new)\s+goal\s+is\b"
    r"|\b(?:proposes?|asks?|wishes?|intends?)\s+to\s"
    r"|^\s*(?:Perspectives?|Prospects?|Outlook)(?:\s+(?:for\s+)?(?:19|20)\d\d)?\s*:",
    re.I,
)
# What someone never did, told of a kind of event, not one: "she had never spoken at a meeting
# before", "Most had never been to a training about their rights"
_NEVER = re.compile(r"\b(?:never|not\s+once)\s+(?:[\w'’-]+\s+){0,4}$", re.I)
# The sentence still tells something held: "... requested by the union, was held in May"
# ("the training was moved to Adama and held a week later", "completed the training")
_HELD = re.compile(
    r"\b(?:held|took\s+place|went\s+ahead|attended|happened|finally|completed)\b",
    re.I,
)


def not_held(text: str, np_start: int, end: int, hi: int | None = None) -> bool:
    """Whether the event named at text[np_start:end] is one the sentence says was not held, or
    not yet: asked for, proposed, moved, refused, a planned one, or a plan of the sentence's
    subject (`hi`: where the next event named in the sentence begins)."""
    stop = len(text) if hi is None else hi
    if _HELD.search(text):
        return False
    if _NOT_HELD_BEFORE.search(text[max(0, np_start - 40) : end]):
        return True
    if _NEVER.search(text[max(0, np_start - 50) : np_start]):
        return True
    if _NOT_HELD_AFTER.search(text, end, stop):
        return True
    opens = _PLAN_OPENS.search(text, 0, np_start)
    # the plan's clause reaches the event: no full stop or other verb of its own between
    return bool(opens) and not re.search(r"[.;]\s", text[opens.end() : np_start])


# After people and their country, what kept them away, told after "but" with no new subject, or
# told of them at once: "Colleagues from Lesotho were registered but could not come", "A
# delegation of Eritrea was invited but did not obtain permission to travel", "A group of
# traders from Malawi was supposed to join, but they were stuck at the border", "the two members
# from Burundi missed the trip", "A fourth round with Somali workers was planned for May but
# could not be arranged". (Never "Workers from Chad came but could not speak freely": they came.)
_KEPT_AWAY = re.compile(
    r"[^.;]{0,80}?\bbut\s+(?:they\s+|it\s+|he\s+|she\s+|the\s+\w+\s+)?"
    r"(?:(?:could|did|were|was)\s+not|couldn[’']t|didn[’']t|never)\s+(?:be\s+able\s+to\s+)?"
    r"(?:come|attend|travel|join|make\s+it|get\s+(?:there|visas?|permission)|obtain|be\s+arranged"
    r"|take\s+part|participate|be\s+held|arrive)\b"
    r"|[^.;]{0,80}?\bbut\s+(?:they|it|he|she)\s+(?:were|was|got)\s+(?:stuck|refused|denied|turned\s+back)\b"
    r"|[^.;,]{0,30}?\b(?:missed\s+the\s+(?:trip|visit|event|meeting|workshop|training|forum|exchange"
    r"|conference)|(?:was|were)\s+supposed\s+to\s+(?:join|come|attend|take\s+part))\b",
    re.I,
)


def kept_away(after: str) -> bool:
    """Whether the words after a country named for people (`after`, from the country's name on)
    say those people did not come: invited or registered but kept away, or the trip missed."""
    return bool(_KEPT_AWAY.match(after))
