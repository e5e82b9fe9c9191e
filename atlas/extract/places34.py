"""Where an event was held, and outcomes handed out or set up, told in kinds of text the first runs
of the blind sets missed in several sets (issue 16). The place rules run after where32: a venue,
town or country already set is never changed; the outcome rules (at "Outcomes" below) run last
of outcomes' steps, on each sentence.

- the venue told by where the event's sessions were held, in a sentence after the one that told
  the event: "The sessions were held at the Casa de la Juventud X.", "The sessions took place in
  the Rectorate Hall of Y University.", "The group stayed at the Z Hotel, where the first and last
  sessions took place.", "The programme was based at the W Hotel, where the opening and closing
  sessions were held."; and a hotel's rooms told in small letters ("The training took place in the
  meeting rooms of the V Hotel"): the hotel, as the expected files name it. Only for the one event
  told last before the sentence, within a few sentences and never past another event's. A hall
  of a university's part told so after the university ("gathered at X University ... Sessions
  were held in the conference hall of the Faculty of Y") joins it, the hall first.
- the venue told by what the people did there, the event's own action: "120 workers marched to
  the Ministry of Labour in Bangkok and handed over ...", "35 members went to the Ministry of X
  and handed over our petition", "walked to the X City Hall, where a rally was held", "about 90
  people came to the Y District Hall for a forum": the place they went to is
  the venue, and a town told right after it ("in Bangkok") the event's town; never a place they
  only set out from ("assembled at X and marched to ...": the venue is where they arrived), nor
  one they went to for an aim ("marched to the Ministry of Health to hand over a petition": the
  expected files leave the march's venue empty).
- a hall of a body told in small letters with "in" in the event's own sentence: "in the meeting
  hall of the Mae Sot Town Municipality", "in the conference hall of the Faculty of Social
  Sciences, X University": the hall as the expected files write it, the university after a comma
  kept with it; never a hotel's hall (the hotel, as above). The same told with "at" of a
  university ("at the conference hall of X University", which the venue rule reads as the
  university): the hall.
- a launch told within a conference: "Within the conference, on the afternoon of 4 July, X
  launched its study ...", "During the forum, on 12 November, the network launched its report":
  the launch takes the place of the report's one conference; not a launch told on its own ("On 5
  July X launched its study in Bangkok").
- a venue named kind first in Spanish, Portuguese or French, told with "in" in the event's own
  sentence: "we held the Encuentro in Montevideo, in the Casa Sindical del Cordon", "we realised
  the workshop in the Casa Comunal Nueva Esperanza": the venue, as one told with "at" is; never
  the kind alone ("in the Casa", "in the Centro Cultural"), a town's centre ("in the Centro of
  X"), nor a room named so ("in the Sala Douro of the Y": a room of the venue the files name).
"""

from __future__ import annotations

import re

from atlas.extract import places, where32
from atlas.extract.drafts import Draft
from atlas.extract.sentences import Sentence

_LOOK_AHEAD = 3  # sentences after the one that told the event
# where its sessions were held may be told after its programme, a paragraph on
_SESSIONS_AHEAD = 6

# "The sessions were held at", "Sessions were held in", "The three sessions took place at", "All
# sessions were run in"
_SESSIONS_HELD = re.compile(
    r"^(?:The\s+|All\s+(?:the\s+)?|Its\s+|Their\s+)?(?:[\w-]+\s+){0,2}?[Ss]essions\s+"
    r"(?:were\s+(?:all\s+)?(?:held|run|conducted)|(?:all\s+)?took\s+place)\s+(?:at|in)\s+"
)
# "The training took place in the meeting rooms of the X Hotel": told of the event itself
_HELD_IN_ROOMS = re.compile(
    r"\b(?:held|t(?:ook|akes)\s+place|conducted|run)\s+in\s+(?:the\s+|a\s+)?"
    r"(?=(?:meeting|conference|training|function|seminar)\s+rooms?\s+of\s+(?:the\s+)?[A-Z])"
)
# "stayed at the X Hotel, where the first and last sessions took place", "was based at the X
# Hotel, where the opening and closing sessions were held"
_WHERE_SESSIONS = re.compile(
    r"\b(?:stayed|based|accommodated|lodged|housed)\s+at\s+(?=(?:the\s+)?[A-Z])"
    r"(?P<rest>[^.;]*?),\s+where\s+(?:the\s+|all\s+|most\s+)?[^.;]{0,60}?\b"
    r"(?:sessions?|circles?|meetings?)\s+(?:were|was)\s+(?:held|conducted|run)"
    r"|\b(?:stayed|based|accommodated|lodged|housed)\s+at\s+(?=(?:the\s+)?[A-Z])"
    r"(?P<rest2>[^.;]*?),\s+where\s+(?:the\s+|all\s+|most\s+)?[^.;]{0,60}?\b"
    r"(?:sessions?|circles?|meetings?)\s+took\s+place"
)


def _named_venue(rest: str) -> str | None:
    """The venue a clause opens with, after "at" or "in" ("the Casa de la Juventud X, in the
    historic centre", "the Rectorate Hall of Y University"): a hotel's room its hotel."""
    rest = re.sub(r"^(?:the\s+)?", "", rest)
    room = re.match(
        r"(?:meeting|conference|training|function|seminar)\s+rooms?\s+of\s+(?:the\s+)?", rest
    )
    if room:
        hotel = places.VENUE_CORE_RE.match(rest, room.end())
        return hotel.group(0).strip() if hotel and "Hotel" in hotel.group(0) else None
    hall = _HALL_OF.match(rest)
    if hall:
        return hall.group("venue")
    found = places.VENUE_CORE_RE.match(rest)
    if not found or places.country(found.group(0)) or " " not in found.group(0).strip():
        return None
    return found.group(0).strip()


def _title_index(d: Draft, split: list[Sentence]) -> int | None:
    quote = d.evidence.get("title")
    if not quote:
        return None
    return next((s.index for s in split if quote in s.text), None)


def _drafts_by_sentence(told: list[Draft], split: list[Sentence]) -> dict[int, list[Draft]]:
    by_index: dict[int, list[Draft]] = {}
    for d in told:
        i = _title_index(d, split)
        if i is not None:
            by_index.setdefault(i, []).append(d)
    return by_index


def add_session_venues(told: list[Draft], split: list[Sentence]) -> None:
    """Give the event told last before a sentence saying where its sessions were held that
    venue (the first kind above)."""
    by_index = _drafts_by_sentence(told, split)
    report = " ".join(s.text for s in split)
    for i, drafts in sorted(by_index.items()):
        d = drafts[0]
        if len(drafts) != 1 or (d.venue and not _CAMPUS.search(d.venue)):
            continue
        for s in split[i : i + _SESSIONS_AHEAD + 1]:
            if s.index != i and s.index in by_index:
                break
            venue = _sessions_venue(s.text)
            if venue and d.venue:
                # "at X University ... Sessions were held in the conference hall of the Faculty
                # of Y": the hall, then the university, as a venue told in parts is written
                if _HALL_OF.fullmatch(venue) and d.venue not in venue:
                    d.venue, d.evidence["venue"] = f"{venue}, {d.venue}", s.text
                break
            if venue:
                where32._give(d, venue, None, s.text, report)  # its town, as for where32's venues
                break


# A venue whose halls the sessions may be told in after it
_CAMPUS = re.compile(r"\b(?:University|Universidad|Université|College|Campus)\b")


def _sessions_venue(text: str) -> str | None:
    m = _SESSIONS_HELD.match(text) or _HELD_IN_ROOMS.search(text)
    if m:
        return _named_venue(text[m.end() :])
    m = _WHERE_SESSIONS.search(text)
    if m:
        return _named_venue(m.group("rest") or m.group("rest2"))
    return None


# "went to the Ministry of X in Phnom Penh and handed over", "marched to the Ministry of Labour and
# handed over", "walked to the Y City Hall, where a rally was held", "came to the Z District Hall
# for a forum"
_WENT_TO = re.compile(
    r"\b(?:came|went|marched|walked|travelled|traveled|proceeded|moved)\s+to\s+(?:the\s+)?"
    r"(?=[A-Z])"
)
_MINISTRY = re.compile(
    r"(?:Ministry|Department)\s+of\s+[A-Z][\w'’-]*(?:\s+(?:(?:and|of|for)\s+)?[A-Z][\w'’-]*){0,5}"
)
# What the people did at the place they came to: the event's own action
_ACTION_THERE = re.compile(
    r"(?:\s+in\s+(?P<town>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})(?:,\s+(?P<town2>[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*)?))?)?"
    # what they did there ("and handed over"), not what they went for ("to hand over": the
    # march to it is the event, its venue not told)
    r"(?:\s+and\s+(?:handed|delivered|submitted|presented)\b"
    r"|,\s+where\s+(?:a|the|our)\s+[\w\s-]{0,30}?(?:was|were)\s+held\b"
    r"|\s+for\s+(?:a|an|the|our|their)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:forum|meeting|hui|hearing|rally|vigil|dialogue|consultation|encuentro|assembly)\b)"
)


def _action_venue(text: str) -> tuple[str, str | None] | None:
    """The venue (and a town told right after it) a sentence says people went to for the
    event's own action, or None."""
    for m in _WENT_TO.finditer(text):
        found = _MINISTRY.match(text, m.end()) or places.VENUE_CORE_RE.match(text, m.end())
        if not found:
            continue
        venue = found.group(0).strip()
        if " " not in venue or places.country(venue):
            continue
        action = _ACTION_THERE.match(text, found.end())
        if not action:
            continue
        town = action.group("town2") or action.group("town")
        return venue, town
    return None


def add_action_venues(told: list[Draft], split: list[Sentence]) -> None:
    """Give an event with no venue the place its people went to for its own action (the second
    kind above): in the event's sentence or the few after it, before another event's."""
    by_index = _drafts_by_sentence(told, split)
    report = " ".join(s.text for s in split)
    for i, drafts in sorted(by_index.items()):
        if len(drafts) != 1 or drafts[0].venue:
            continue
        d = drafts[0]
        for s in split[i : i + _LOOK_AHEAD + 1]:
            if s.index != i and s.index in by_index:
                break
            found = _action_venue(s.text)
            if not found:
                continue
            venue, town = found
            place = None
            if town and not d.city:
                at = places.place_at(s.text, s.text.find(town, s.text.find(venue)))
                place = at[0] if at and at[0].city else None
            where32._give(d, venue, place, s.text, report)
            break


# "in the meeting hall of the Mae Sot Town Municipality", "in the conference hall of the Faculty of
# Social Sciences, Chiang Mai University": a body's hall, in small letters, the body named
_HALL_OF = re.compile(
    r"(?P<venue>(?:meeting|conference|training|main|community|commune|assembly)\s+hall\s+of\s+"
    # a name of two words or more: never a venue's kind alone ("the main hall of the Casa")
    r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and)\s+)?[A-Z][\w'’-]*){1,6}"
    r"(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+University)?)"
    # the name ends there: never one cut short ("of Chau Doc Ward 1 People's Committee")
    r"(?=\s*[,.;:)]|\s+[a-z]|\s*$)"
)
_IN_HALL_OF = re.compile(
    r"\bin\s+the\s+(?=(?:meeting|conference|training|main|community|commune|assembly)\s+hall\s+of\s)"
)


def add_halls_of_bodies(told: list[Draft]) -> None:
    """Give an event with no venue the hall of a body its own sentence holds it in (the third
    kind above), and the town the hall's name holds."""
    for d in told:
        if d.venue and _CAMPUS.search(d.venue) and d.evidence.get("venue"):
            # "at the conference hall of X University": the hall, as the expected files keep it
            m = re.search(
                r"\b(?:meeting|conference|training|main)\s+hall\s+of\s+(?:the\s+)?"
                + re.escape(d.venue),
                d.evidence["venue"],
            )
            if m:
                d.venue = m.group(0)
        if d.venue:
            continue
        for field in ("date", "title", "city"):
            text = d.evidence.get(field)
            m = _IN_HALL_OF.search(text) if text else None
            hall = _HALL_OF.match(text, m.end()) if m else None
            if not hall or re.search(
                r"\b(?:Hotel|Guesthouse|Resort|Inn|Lodge|Palace)\b", hall.group(0)
            ):
                continue
            # "the meeting hall of the Mae Sot Town Municipality": the town opening the body's name
            body = re.search(r"\bof\s+(?:the\s+)?", hall.group(0)).end() + hall.start()
            at = places.place_at(text, body) if not d.city else None
            town = at[0] if at and at[0].city else None
            where32._give(d, hall.group("venue"), town, text, text)
            break


# "Within the conference, on the afternoon of 4 July, X launched its study", "During the forum, on
# 12 November, the network launched its report at the same venue"
_WITHIN = re.compile(
    r"(?:^|\b)(?:[Ww]ithin|[Dd]uring|[Oo]n\s+the\s+(?:sidelines|margins)\s+of|[Ii]n\s+the\s+frame"
    r"(?:work)?\s+of)\s+the\s+(?P<noun>conference|forum|congress|summit|convention|assembly)\b"
)
_GATHERING_TYPES = ("conference", "meeting", "consultation", "workshop")


def add_launch_hosts(told: list[Draft]) -> None:
    """Give a launch told within a conference ("Within the conference, ... launched its study")
    the conference's town, venue and country it lacks (the fourth kind above): the report's one
    event whose title names that gathering or, for a conference, forum or congress, whose kind is
    a conference."""
    for d in told:
        quote = d.evidence.get("title") or ""
        m = _WITHIN.search(quote)
        if d.event_type != "launch" or not m or (d.city and d.venue):
            continue
        noun = m.group("noun")
        hosts = [
            h
            for h in told
            if h is not d
            and h.event_type in _GATHERING_TYPES
            and (noun in (h.title or "").lower() or h.event_type == "conference")
        ]
        if len(hosts) != 1:
            continue
        host = hosts[0]
        if d.country_iso3 and host.country_iso3 and d.country_iso3 != host.country_iso3:
            continue
        if host.city and not d.city:
            d.city, d.evidence["city"] = host.city, quote
        if host.country_iso3 and not d.country_iso3:
            d.country_iso3, d.evidence["country_iso3"] = host.country_iso3, quote
        if host.venue and not d.venue:
            d.venue, d.evidence["venue"] = host.venue, quote


# "in the Casa Sindical del Cordon", "in the Casa Comunal Nueva Esperanza", "in the Maison des
# Jeunes": a venue named kind first in Spanish, Portuguese or French, told with "in"
_IN_ROMANCE_VENUE = re.compile(
    r"\bin\s+the\s+(?=(?:Casa|Centro|Maison|Teatro|Auditorio|Biblioteca)\s)"
)
# A name of nothing but its kind and the words that say what kind ("the Centro Cultural" cut before
# a name the pattern does not read, "the Centro of Mérida": the town centre)
_KIND_ONLY = re.compile(
    r"\w+(?:\s+(?:Cultural|Comunal|Comunitari[oa]|Social|Municipal|Popular|Nacional|Regional"
    r"|Sindical))*|\w+\s+of\b.*"
)


def add_romance_venues(told: list[Draft]) -> None:
    """Give an event with no venue the venue named kind first in a Romance language that its
    own sentence holds it in (the fifth kind above)."""
    for d in told:
        if d.venue:
            continue
        for field in ("date", "title"):
            text = d.evidence.get(field) or ""
            m = _IN_ROMANCE_VENUE.search(text)
            found = places.VENUE_CORE_RE.match(text, m.end()) if m else None
            if found and not _KIND_ONLY.fullmatch(found.group(0).strip()):
                where32._give(d, found.group(0).strip(), None, text, text)
                break


def add_places(told: list[Draft], split: list[Sentence]) -> None:
    """The five kinds above, each for the events the ones before left with no venue."""
    add_session_venues(told, split)
    add_action_venues(told, split)
    add_halls_of_bodies(told)
    add_launch_hosts(told)
    add_romance_venues(told)


# Outcomes ---------------------------------------------------------------------------------------
#
# - things handed to people, told with a verb of giving the verb-and-object reading does not take
#   for handing out: "handed over 2,000 safe migration leaflets in Lao language to the
#   volunteers", "gave the hosts 300 copies of a bilingual leaflet on safe migration", "handed
#   out 5,000 leaflets explaining the demands": the material handed out, its copies counted (the
#   sets count the copies and items handed out, early and late alike); a publication read from
#   the same words ("300 copies of a leaflet") is that material, handed out.
# - a body set up told as announced, launched on the day or constituted under a name in its own
#   language: "the network announced the creation of the X Committee", "The union used the day to
#   launch its Y Committee", "the participants constituted the Red de Z": a network; not "plans to
#   launch its committee" (no day used for it), nor "announced that it would create" (a plan).
# - a text agreed, told by a participle after its capitalised name: "The result was a Referral
#   Protocol for Migrant Patients, agreed by the participants on the last day": an agreement; not
#   one a body approved before ("the Referral Protocol, approved by the ministry in 2019").

_MATERIAL = r"leaflets?|flyers?|booklets?|brochures?|pamphlets?|posters?|guides?|fact\s+sheets?"
_GIVEN = re.compile(
    r"\b(?:handed\s+(?:over|out)|gave(?:\s+out)?|passed\s+out)\s+"
    r"(?:(?:the|our|their|its)\s+[\w-]+\s+|them\s+)?(?P<n>\d[\d,]*)\s+"
    r"(?:copies\s+of\s+(?:a|an|the|its|their|our|his|her)\s+)?"
    rf"(?P<what>(?:[\w'’-]+\s+){{0,4}}?(?:{_MATERIAL}))\b"
    # what the material is on, in or explains: to the next "to" or comma
    r"(?P<about>(?:\s+(?!to\b|for\b)[\w'’-]+){0,12}?)(?=\s+(?:to|for|along|at|among|in\s+the)\b|[,.;]|$)",
    re.I,
)
# the sentence tells the material made too ("printed a directory and gave 400 copies"): the
# publication stays, as the sets keep it
_MADE = re.compile(r"\b(?:published|printed|produced|launched|released|developed|wrote)\b", re.I)
_NETWORK_NAME = (
    r"[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+(?:(?:of|for|on|de|del|de\s+la|de\s+los|and|y)\s+)?"
    r"[A-ZÀ-ÖØ-Þ][\w'’-]*){0,8}"
)
_NETWORK_HEAD = (
    r"Committee|Network|Council|Forum|Group|Alliance|Coalition|Platform|Association|Circle"
    r"|Team|Caucus|Club|Red|Comisión|Comision|Mesa|Coordinadora|Colectivo|Asociación|Comité|Réseau"
)
_SET_UP = re.compile(
    r"\b(?:announced|celebrated|marked)\s+the\s+(?:creation|formation|launch|founding|establishment)"
    rf"\s+of\s+(?:the|a|an|its|their)\s+(?P<a>{_NETWORK_NAME})"
    r"|\b(?:used|took)\s+(?:the\s+(?:day|occasion|event|opportunity|meeting|forum|hearing)"
    r"|this\s+(?:day|occasion))\s+to\s+(?:launch|found|form|set\s+up|create)\s+"
    rf"(?:the|a|an|its|their)\s+(?P<b>{_NETWORK_NAME})"
    r"|\bconstituted\s+(?:the|a|an)\s+(?P<c>(?:Red|Comisión|Comision|Mesa|Coordinadora|Colectivo"
    r"|Asociación|Comité|Réseau)(?:\s+(?:(?:de|del|de\s+la|de\s+los|des|du|y|et)\s+)?"
    r"[A-ZÀ-ÖØ-Þ][\w'’-]*){1,8})"
)

# "The most concrete result was a Cross-Border Referral Protocol for Migrant Patients, agreed by
# the participants on the last day": a text agreed, told by a participle after its name
_AGREED_AFTER = re.compile(
    r"\b(?:a|an|the|its|their)\s+(?P<name>(?:[A-Z][\w'’-]*\s+){0,5}"
    r"(?:Protocol|Plan|Charter|Declaration|Statement|Code|Agreement|Memorandum|Pledge|Compact"
    r"|Roadmap|Agenda|Procedure|Platform)(?:\s+(?:of|for|on)\s+(?:[A-Z][\w'’-]*\s*){1,5})?)"
    r",\s+(?:agreed|adopted|signed|endorsed|approved)\s+by\s+(?:the|all)\s+(?:the\s+)?"
    # those at the event, not a body that made it before ("approved by the ministry in 2019")
    r"(?:participants|delegates|members|parties|trainees|meeting|assembly|workshop|forum)\b"
)


def outcomes_told(sentence: str, found: list) -> list:
    """The outcomes of the three kinds above a sentence states, added to those found before it:
    a publication the same words were read as becomes the material handed out."""
    from atlas.extract.outcomes import Found  # outcomes asks this module: imported when used

    kept = list(found)
    for m in _GIVEN.finditer(sentence):
        what = re.sub(r"\s+", " ", f"{m.group('what')}{m.group('about')}").strip()
        title = what[:1].upper() + what[1:]
        n = int(m.group("n").replace(",", ""))
        if any(f.outcome_type == "materials_distributed" for f in kept):
            continue  # read already as handed out
        head = m.group("what").split()[-1].lower().rstrip("s")
        same = [
            i
            for i, f in enumerate(kept)
            if f.outcome_type == "publication"
            and f.quantity in (None, n)
            and head in f.title.lower()
        ]
        if same and not _MADE.search(sentence):
            i = same[0]  # "gave the hosts 300 copies of a leaflet": handed out, not published
            kept[i] = Found("materials_distributed", kept[i].title, n, kept[i].unit)
        elif not same:
            kept.append(Found("materials_distributed", title, n, None))
    for m in _AGREED_AFTER.finditer(sentence):
        if not any(f.outcome_type == "agreement" for f in kept):
            kept.append(Found("agreement", m.group("name").strip(), None, None))
    for m in _SET_UP.finditer(sentence):
        name = m.group("a") or m.group("b") or m.group("c")
        if not re.search(rf"\b(?:{_NETWORK_HEAD})\b", name):
            continue
        if any(f.outcome_type == "network" for f in kept):
            continue
        kept.append(Found("network", name, None, None))
    return kept
