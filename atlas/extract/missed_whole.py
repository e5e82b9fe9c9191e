"""Events the first runs of the blind sets missed whole, in kinds of text that recur from set to
set (issue 16, read from every first run's misses; tools/first_run_thin_drafts.py rebuilds those
runs). Each rule here widens a reading the extractor already has, for wording the first runs met
in three or more sets and the narrower reading did not take.
"""

from __future__ import annotations

import re

from atlas.extract.sentences import PLACE_DATE_LINE

# Where a march or walk ended, told in lower case: a public building or place, its own head noun
# first or with "of the ..." after it: "marched ... to the offices of the county water company
# in Kisumu town", "walked this morning from the park to the main office of the Department of
# Labor", "walked with us to the provincial hall in Sihanoukville". Only such places: "walked to
# the river" or "marched to the end of the road" is no destination of a public action.
_PUBLIC_PLACE = (
    r"(?:offices?|headquarters|hall|town\s+hall|city\s+hall|gates?|assembly|parliament|ministry|"
    r"court(?:house)?|embassy|consulate|governorate|square|castle|secretariat|building|"
    r"palace|council|legislature|congress|prefecture)"
)
MARCH_TO_PLACE = re.compile(
    r"(?:\s+(?:this\s+\w+|on\s+\w+|today|together|with\s+[^.;]{1,60}?))?"
    r"(?:\s+from\s+(?:the\s+)?[^.;]{2,60}?)?\s+to\s+the\s+"
    r"(?P<to>(?:[a-z][\w'’-]*\s+){0,2}?" + _PUBLIC_PLACE + r"(?:\s+of\s+(?:the\s+)?"
    r"[\w'’-]+(?:\s+(?:[\w'’-]+)){0,4}?)?)(?=\s+(?:in|at)\s+[A-Z]|,|\s+where\b|\s+and\b|\.|;)"
)


def march_title(noun: str, destination: str, sentence: str) -> str:
    """A march's or walk's title: on the international day its sentence names, when it names one
    ("On World Water Day, more than 400 residents marched ... to the offices of ...": "March on
    World Water Day"), else to where it went ("Walk to the provincial hall")."""
    from atlas.extract.date_phrases import _FIXED_DAY_RE

    day = _FIXED_DAY_RE.search(sentence)
    if day:
        name = next(v for k, v in day.groupdict().items() if v and k.startswith("f"))
        return f"{noun} on {' '.join(name.split())}"
    return f"{noun} to the {destination}"


# A name in quotes right after an event's noun: 'the side event "Voices of the Lake"'
_QUOTED_NAME = re.compile(r"\s*[\"“][^\"”]{3,80}[\"”]")


def named_part_of_host(determiner: str, after: str, hosting: bool) -> bool:
    """Whether an event after "the", named by its own title in quotes (`after`: the sentence's
    words after its noun), may be one held within a larger event told before, as one told after
    "a" may ("On its second day our network organised the side event "Voices of the Lake" in
    Hall B", "On the first day of the forum we held the workshop "Gardens without Borders""):
    the sentence still has to point back at the larger event (events.py, _WITHIN_TOLD). Never a
    conference or summit, which is itself a host."""
    return determiner == "the" and bool(_QUOTED_NAME.match(after)) and not hosting


def named_by_title_block(before: list[tuple[str, str, bool]], event_type: str) -> bool:
    """Whether "the consultation" with no date of its own points back at the event a report's
    title block names and dates: a heading naming an event of the same kind, right over a line
    of its town and days ("Andean Regional Consultation on Fair Wages" / "Cusco, Peru, 7-9
    November 2023" / ... "The consultation was organised by X at the Casa Campesina"), so that
    it is that event again, not one of its own with no date. `before`: the report's lines
    above, each as (kind, text, names an event of `event_type`)."""
    for k, (kind, _text, names) in enumerate(before[:-1]):
        if kind == "heading" and names and PLACE_DATE_LINE.match(before[k + 1][1]):
            return True
    return False


def give_venue(drafts: list, kind: str, venue: str, text: str) -> None:
    """The venue "the consultation was organised ... at the Y Centre" tells, given to the title
    block's event it points back at: the one event of its kind, when it has no venue yet."""
    same = [d for d in drafts if d.event_type == kind]
    if len(same) == 1 and not same[0].venue:
        same[0].venue = venue
        same[0].evidence["venue"] = text
