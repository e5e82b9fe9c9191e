"""Outcomes read as a verb and its object: a verb lexicon crossed with an object lexicon.

A report states what came of an event in a clause whose verb says what was done (adopted,
agreed, signed, handed over, published, launched, produced, set up, founded, distributed) and
whose object says what came of it (a declaration, an action plan, demands, a petition; a
report, proceedings, a manual; a network, a committee, a working group; a leaflet). The object's
head noun gives the outcome's type; the verb must suit it ("published a network" is nothing,
"set up a report" neither). The object is read in either order: "the meeting adopted the Lima
Declaration and an action plan" (active, two objects) and "A glossary of asylum terms was
produced for the training" or "a directory, which the platform distributed to 300 officers"
(the object first). The noun of a verb says the same where an event ended with it ("ended with
the adoption of the Lima Declaration", "resulted in the creation of a network"); what a
ministry, a government or a council adopted (a checklist, procedures, a form) is a policy
change. A clause that speaks of the future, a plan, a wish or a denial ("will
publish", "plans to set up", "did not adopt", "called for a network") states no outcome, nor
does a history ("the network, founded in 2009").

Quantities are read where the clause states them: "a seven-point plan", "twelve demands",
"groups in four villages", "a petition signed by 12,400 workers", "2,000 copies", and "2,000 copies".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from atlas.extract import numbers, places

# Object lexicon: head nouns (longest first where one holds another) and the outcome type each
# gives. Plurals are read too.


def _nouns(names: str) -> tuple[str, ...]:
    return tuple(n.strip() for n in names.split(","))


_OBJECTS: dict[str, tuple[str, ...]] = {
    "agreement": _nouns(
        "plan of action, call to action, code of conduct, memorandum of understanding, platform"
        " of demands, list of demands, set of demands, charter of demands, action plan, "
        "strategic plan, work plan, workplan, referral form, declaration, statement, charter, "
        "strategy, principles, commitments, demands, pledge, protocol, memorandum, agreement, "
        "resolution, road map, roadmap, manifesto, petition, agenda, plan, communiqué, communique, "
        "plea, open letter, joint letter, letter, call, appeal, amendments, amendment, proposal of "
        "law, draft law, draft bill, legislative proposal, position, mandate"
    ),
    # what a meeting puts to those who decide: "drafted a youth submission on the guidelines"
    "recommendation": _nouns("submission, recommendation"),
    "publication": _nouns(
        "special issue, position paper, policy brief, working paper, proceedings, report, "
        "study, book, paper, brief, handbook, guidebook, guide, manual, glossary, briefing, "
        "guidelines, bulletin, newsletter, journal, compendium, compilation, learning note, "
        "policy note, briefing note, calendar"
    ),
    "materials": _nouns(
        "toolkit, leaflet, flyer, pamphlet, brochure, booklet, poster, directory, information "
        "kit, fact sheet, checklist, curriculum, standard operating procedures, kit, "
        # "90 registration folders handed out", "rights cards", "hygiene packs"
        "folder, rights card, information card, contact card, hotline card, card, pack"
    ),
    # "the province issued a directive on recruitment fees", "a ministerial circular", "a
    # sub-decree", a Cambodian ministry's "prakas"
    "policy_change": _nouns(
        "law, policy, regulation, decree, ordinance, bylaw, by-law, directive, circular, "
        "sub-decree, prakas"
    ),
    "network": _nouns(
        "working group, task force, network, coalition, alliance, platform, committee, council,"
        " association, union, cooperative, federation, coordination, groups, group, team, circle,"
        " caucus"
    ),
    # a service set up for migrants: "opened migrant desks", "set up a hotline"
    "service": _nouns(
        "migrant desk, service desk, help desk, helpdesk, desk, hotline, helpline, help line, "
        "referral centre, resource centre, drop-in centre"
    ),
}
_TYPE_OF = {noun: kind for kind, nouns in _OBJECTS.items() for noun in nouns}
# The head of a thing printed or handed out ("posters", "hygiene kits", "a booklet").
MATERIAL_HEAD = (
    r"(?:"
    + "|".join(
        n.replace(" ", r"\s+")
        for n in sorted((*_OBJECTS["materials"], *_OBJECTS["publication"]), key=len, reverse=True)
    )
    + r")(?:e?s)?\b"
)
_SINGULAR = {"strategies": "strategy", "directories": "directory", "memoranda": "memorandum"}
_NOUNS = sorted(_TYPE_OF, key=len, reverse=True)
_HEAD = re.compile(
    r"\b(" + "|".join([*_SINGULAR, *(n.replace(" ", r"\s+") for n in _NOUNS)]) + r")(?:e?s)?\b",
    re.I,
)

# Verb lexicon: the verb classes and which object kinds each suits; a verb of two classes
# ("launched" a report or a network) suits the kinds of both.
_VERBS: dict[str, tuple[str, tuple[str, ...]]] = {
    "agree": (
        r"adopted|agreed(?:\s+(?:on|upon))?|approved|endorsed|signed|ratified|drafted|drew\s+up"
        r"|formulated|elaborated|handed(?:\s+over)?|submitted|delivered|issued|presented|drawn\s+up|written"
        r"|wrote|validated|sent|came\s+up\s+with"
        r"|(?:adoption|signing|approval|endorsement|handover)\s+of",
        ("agreement", "policy_change", "recommendation"),
    ),
    "publish": (
        r"published(?:\s+in\s+(?:early\s+|late\s+)?(?:19|20)\d\d)?\s+as|(?:launched|released|issued)\s+as"
        r"|published|launched|released|issued|printed|produced|wrote|written|compiled|validated|adapted"
        # "elaborated a guide" (Spanish, Portuguese or French "elaborar/élaborer": wrote)
        r"|developed|prepared|unveiled|elaborated|finali[sz]ed|(?:publication|release)\s+of",
        ("publication", "materials"),
    ),
    "result": (
        r"(?:ended|closed|concluded)\s+with|led\s+to|resulted\s+in",
        ("agreement", "publication", "network"),
    ),
    "found": (
        r"set\s+up|formed|established|founded|created|launched|started|constituted|opened"
        # "a committee ... has been put in place" (French "mis en place"), "decided the
        # creation of a national coordination"; never "elected a (new) committee", which an
        # assembly does to a body it has
        r"|put\s+in\s+place|decided\s+(?:on\s+)?the\s+creation\s+of"
        r"|(?:formation|creation|establishment|founding|setting\s+up)\s+of",
        ("network", "service"),
    ),
    # "the Municipal Council passed a by-law": a body that makes rules made one
    "enact": (r"passed|enacted|promulgated", ("policy_change",)),
    "distribute": (
        r"distributed|handed\s+out|gave\s+out|given\s+out|disseminated"
        r"|received\s+(?:a\s+|one\s+)?cop(?:y|ies)\s+of",
        ("publication", "materials"),
    ),
}
_ALL_VERBS = "|".join(
    f"(?:{_VERBS[k][0]})" for k in ("distribute", "agree", "publish", "found", "result", "enact")
)
# "agreed to form a working group": what a meeting decided to do it did, for these verbs.
_INFINITIVES = {
    "form": "formed",
    "establish": "established",
    "found": "founded",
    "create": "created",
}
_INFINITIVES |= {"set up": "set up", "launch": "launched", "adopt": "adopted", "sign": "signed"}
# "ended with the adoption of the Lima Declaration", "the creation of a network": the noun of
# the verb says what was done.
_INFINITIVES |= {
    "adoption of": "adopted",
    "signing of": "signed",
    "approval of": "approved",
    "endorsement of": "endorsed",
    "handover of": "handed over",
    "publication of": "published",
    "release of": "released",
    "formation of": "formed",
    "creation of": "created",
    "establishment of": "established",
    "founding of": "founded",
    "setting up of": "set up",
}
_DECIDED = re.compile(
    r"\b(?:agreed|decided|voted|resolved)\s+to\s+(?P<verb>set\s+up|form|establish|found|create|launch"
    r"|adopt|sign)\s+"
)
_KINDS_OF = [(re.compile(rf"(?:{v})", re.I), kinds) for v, kinds in _VERBS.values()]
_ACTIVE = re.compile(
    rf"\b(?P<verb>{_ALL_VERBS})(?:\s+|(?=[,–—]\s+(?:with|by|after|unanimously|almost|nearly)\b))"
)
_PASSIVE = re.compile(
    r"(?P<which>,\s+(?:(?:some\s+)?\d[\d,]*\s+copies\s+of\s+)?which\s+(?:[\w-]+\s+){0,3}?)?"
    r"(?(which)|\s+(?:was|were|has\s+been|have\s+been)\s+"
    r"(?:later\s+|then\s+|also\s+|jointly\s+|formally\s+|first\s+)?)"
    rf"(?P<verb>{_ALL_VERBS})\b"
)
_DET = r"(?:a|an|the|its|their|his|her|our|this|these|[\w-]+[’']s)"
# What ends an object: punctuation, a relative clause, another verb, a date.
_END = re.compile(
    r"[;:.()]|(?<=\w)\s[–—-]\s(?=[a-z\d])|,(?!\d|\s+[A-Z][\w’'-]*(?:\s+[A-Z]|\s+(?:of|on|for)\b|,))"
    r"|\s(?:which|that|who|where|whose|while|as\s+well\s+as|so\s+that|to\s+be|to\s+the|with\s+the\s+support)\b"
    r"|\s+and\s+(?=(?:[a-z]+ed|set|drew|wrote|gave|met|sent|took|put|brought|made|won)\b)|\s+(?:before|after|during|following)\s+"
    r"|\s+(?:in|on|at|from|during|before|after)\s+(?=(?:(?:19|20)\d\d|\d{1,2}\s+[A-Z][a-z]+|January|February|March|April|May|June"
    r"|July|August|September|October|November|December|the\s+(?:end|beginning|following|same)|early|late)\b)"
)
# Clauses that state no outcome: the future, a plan or wish, a denial, a call for it.
_NOT_DONE = re.compile(
    r"\b(?:will|would|shall|should|could|can|might|must|plans?|planned|planning|intends?|intended"
    r"|aims?|aimed|hopes?|hoped|wants?|wanted|proposed|propose|called\s+for|calls\s+for|urged"
    r"|asked|demanded|expected|expects|not|never|no|failed|yet\s+to|is\s+to|are\s+to|to\s+be)\b",
    re.I,
)
_YEAR_AFTER = re.compile(
    r"^[^,;.]{0,40}?\b(?:in|since|back\s+in)\s+(?:\w+\s+)?(?:19|20)\d\d\b|^\s*(?:\w+\s+)?(?:years?|decades?)\s+ago\b"
)
_NAME_RUN = (
    r"[A-Z][\w’'-]*(?:\s+(?:(?:of|for|the|and|on|in|to|with|at|de|del|la)\s+)*[A-Z0-9][\w’'-]*)*"
)
_TITLE_RUN = r"[“\"]([^”\"]{3,150})[”\"]|((?:[A-Z][\w’'-]*)(?:\s+(?:(?:of|for|the|and|on|in|to|with|at|de|del|la)\s+)*[A-Z0-9][\w’'-]*)+)"
_QUANTIFIER = re.compile(
    r"^(?:(?:a|the)\s+)?(?:set|list|series|package|range|number)\s+of\s+", re.I
)
_PREPOSITION = re.compile(
    r"\s+(?:of|on|about|for|against|between|in|to|with|from|by|at|among|during|signed|which)\s+",
    re.I,
)
_NUM = r"(\d{1,3}(?:,\d{3})+|\d+)"
_YEARISH = re.compile(r"(?:19|20)\d\d$")


@dataclass(frozen=True)
class Stated:
    """An outcome a clause states."""

    outcome_type: str
    title: str
    quantity: int | None = None
    unit: str | None = None


def _object(text: str) -> str:
    """The object noun phrase at the start of `text`, up to where it ends."""
    m = _END.search(text)
    span = text[: m.start()] if m else text
    where = re.search(r"\s+in\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})$", span)
    if where and places.place_at(span, where.start(1)) is not None:
        span = span[: where.start()]  # "launched its Health Guide in Kuala Lumpur": where, not what
    return span


def _split(span: str) -> list[str]:
    """Objects joined by "and a/an/the ..."."""
    return re.split(rf"\s+and\s+(?={_DET}\s)", span)


def _head(np: str) -> tuple[str, int] | None:
    """The object's head noun (lower case) and where it starts: the last lexicon noun before the
    object's first preposition ("a glossary of terms", "the findings of the study" has none)."""
    np = _QUANTIFIER.sub("", np)
    heads = list(_HEAD.finditer(np))
    inside = [(h.start(), h.end()) for h in heads]
    cut = next(
        (
            p.start()
            for p in _PREPOSITION.finditer(np)
            if not any(a <= p.start() < b for a, b in inside)
        ),
        len(np),
    )
    core = [h for h in heads if h.end() <= cut]
    if not core and not re.search(r"[“”\"]", np):
        # "a Land for Growing statement", "a Regional Women in Mining Caucus": a preposition
        # between two capitalised words is inside a name, before the head noun (a quoted title
        # before its noun is read as a thing handed out, elsewhere)
        cut = next(
            (
                p.start()
                for p in _PREPOSITION.finditer(np)
                if not any(a <= p.start() < b for a, b in inside)
                and not (
                    np[: p.start()].split()[-1:][0][:1].isupper()
                    and np[p.end() : p.end() + 1].isupper()
                )
            ),
            len(np),
        )
        core = [h for h in heads if h.end() <= cut]
    if not core or len(np[:cut].split()) > 8:
        return None
    noun = re.sub(r"\s+", " ", core[-1].group(1).lower())
    return noun, core[-1].start()


def _title(np: str) -> str:
    """A title given in apposition or quotes ("our study, Debt Before Departure,"), after a
    kind in lower case ("its book Bitter Harvest at the ..."), or the object's own words
    without its determiner."""
    appos = re.search(r",\s+(?:" + _TITLE_RUN + r")\s*(?:,|$)", np)
    if appos and not (appos.group(0).endswith(",") is False and " and " in appos.group(0)):
        return (appos.group(1) or appos.group(2)).strip()
    quoted = re.search(r"[“\"]([^”\"]{3,150})[”\"]", np)
    if quoted:
        return quoted.group(1)
    head = _head(np)
    if head and np[head[1] : head[1] + 1].islower():
        tail = _QUANTIFIER.sub("", np)[head[1] + len(head[0]) :]
        named = re.match(rf"(?:e?s)?\s+({_NAME_RUN})", tail)
        if named:
            return re.split(r"\s+(?:at|in|from)\s+(?:the\s+)?(?=[A-Z0-9])", named.group(1))[0]
    words = re.sub(rf"^(?:{_DET}\s+)+(?:new\s+)?", "", np.strip(), flags=re.I)
    words = " ".join(words.split()[:14]).strip(" ,")
    return words[:1].upper() + words[1:]


_COUNTED_PARTS = (
    r"(demands|points|commitments|principles|articles|recommendations|asks"
    # a plan's or a protocol's parts: "with 10 actions", "a referral protocol of 5 steps"
    r"|actions|steps)"
)


def _quantity(kind: str, np: str, after: str) -> tuple[int | None, str | None]:
    """What the clause counts of its object: points, demands, signatures, places, copies."""
    # "a 12-point platform", or in apposition: "the X Declaration, a 10-point charter of demands"
    point = re.search(r"\b(\w+)-point\b", np) or re.match(r"\s*,\s+an?\s+(\w+)-point\b", after)
    if point and numbers.number(point.group(1)):
        return numbers.number(point.group(1)), "points"
    np, after = numbers.digits(_QUANTIFIER.sub("", np)), numbers.digits(after)
    if kind == "network":
        # "in 12 schools", "a watch committee in each of the three villages"
        m = re.search(rf"\bin\s+(?:each\s+of\s+(?:the\s+)?)?{_NUM}\s+([a-z-]+)", np) or re.match(
            # "Parent committees were formed in 12 schools": where, right after the verb
            rf"\s*(?:were|have\s+been|had\s+been)?\s*(?:set\s+up|formed|established|created)"
            rf"\s+in\s+(?:each\s+of\s+)?{_NUM}\s+([a-z-]+s)\b",
            after,
        )
        if m:
            return int(m.group(1)), m.group(2)
        # "38 water committees were set up": the bodies counted
        # ("two savings groups in its villages": where they are does not stop the count)
        counted = re.match(
            rf"\s*{_NUM}\s+(?:[\w'’-]+\s+){{0,3}}?[a-z-]+s(?:\s+(?:in|at|across)\s+[^,;]*)?\s*$", np
        )
        if counted and not _YEARISH.match(counted.group(1)):
            return int(counted.group(1).replace(",", "")), "bodies"
        # its members: "a committee of five women", "a network of 14 paralegals", "a task force of
        # seven workers' leaders", "a network of lawyers ..., with 18 lawyers signed up"
        m = re.search(
            rf"\bof\s+(?:[a-z-]+\s+of\s+)?{_NUM}\s+(?:[\w'’-]+\s+){{0,2}}?([a-z]+(?:s|men|ren|ple))\b",
            np,
        )
        if m is None:
            m = (
                re.match(
                    rf"[^.;]*?\bwith\s+{_NUM}\s+(?:[\w'’-]+\s+){{0,2}}?([a-z]+(?:s|men|ren|ple))\s+"
                    r"(?:signed\s+up|joining|on\s+board|as\s+(?:its\s+)?members)\b",
                    after,
                )
                or re.search(  # "a working group with 8 members (two from each country)"
                    rf"\bwith\s+{_NUM}\s+(members)\b", np
                )
                or re.search(  # "created a platform, with 17 member organisations" (or CSOs)
                    rf"\bwith\s+{_NUM}\s+member\s+([a-z]+s|[A-Z]{{2,}}s)\b",
                    np + " " + re.split(r"[.;]", after)[0][:60],
                )
            )
        if m is None:
            # "started a youth group; 15 youth joined on the first day": those who joined it
            m = re.match(
                rf"\s*[;,]\s+(?:and\s+)?{_NUM}\s+(?:[\w'’-]+\s+){{0,2}}?(youth|[a-z]+(?:s|men|ren|ple))"
                r"\s+(?:have\s+|had\s+)?(?:already\s+)?(?:joined|signed\s+up)\b",
                after,
            )
        if m is None:
            # "a network of mentor lawyers was created, 12 persons, who ...": its members set
            # apart by commas right after the verb
            m = re.match(
                r"\s*(?:(?:set\s+up|formed|established|created|founded|constituted)\s*)?"
                rf",\s+{_NUM}\s+(persons|people|members|women|men)\s*(?:[,;.]|$)",
                after,
            )
        if m and 1 < int(m.group(1).replace(",", "")) < 1000 and not _YEARISH.match(m.group(1)):
            return int(m.group(1).replace(",", "")), "members"
        return None, None
    if kind in ("agreement", "recommendation"):
        m = (
            re.match(
                rf"(?:{_DET}\s+)?{_NUM}\s+(?:[a-z-]+\s+)?(demands|points|commitments|principles|resolutions)",
                np,
            )
            or re.search(  # "a mandate with five demands to the governor", "... in 11 points"
                rf"^[^,;]{{3,80}}?\b(?:with\s+(?:its\s+|their\s+)?|in\s+){_NUM}\s+(?:[a-z-]+\s+)?{_COUNTED_PARTS}\b",
                np,
            )
            # "the Survivors' Charter of 8 points", "the Statement on X, of 12 points", "a
            # referral protocol of 5 steps"
            or re.search(rf"\bof\s+{_NUM}\s+(?:[a-z-]+\s+)?{_COUNTED_PARTS}\b", np)
            or re.match(rf"\s*,?\s+of\s+{_NUM}\s+(?:[a-z-]+\s+)?{_COUNTED_PARTS}\b", after)
            or re.match(
                r"\s*,\s+(?:(?:which|that)\s+(?:sets?\s+out|lists?|contains?|includes?|has|makes?)\s+)?"
                rf"(?:a\s+(?:set|list|series)\s+of\s+)?{_NUM}\s+(points|demands|commitments|principles)",
                after,
            )
        )
        if m is None:
            # "approved the Letter of X, with eight demands to ...", "was adopted (7 points)"
            m = re.match(
                # "with its ten demands", "in 10 principles", "(7 points)"
                rf"\s*(?:,?\s+(?:with\s+(?:its\s+|their\s+|the\s+)?|in\s+)|\s[-–—]\s+){_NUM}\s+(?:[a-z-]+\s+)?{_COUNTED_PARTS}\b"
                rf"|[^.;()]{{0,60}}\(\s*{_NUM}\s+{_COUNTED_PARTS}\s*\)",
                after,
            )
            if m:
                n = next(g for g in m.groups()[0::2] if g)
                return int(n.replace(",", "")), next(g for g in m.groups()[1::2] if g)
        if m:
            return int(m.group(1).replace(",", "")), m.group(2)
        m = re.search(
            rf"\bsigned\s+(?:(?:on\s+the\s+spot|at\s+once|there\s+and\s+then|then|already|that\s+day)\s+)?"
            rf"by\s+(?:more\s+than\s+|over\s+|some\s+|nearly\s+)?{_NUM}\b|{_NUM}\s+signatures"
            rf"|\bwhich\s+(?:more\s+than\s+|over\s+|some\s+)?{_NUM}\s+(?:[a-z-]+\s+){{0,2}}?signed\b",
            np + " " + after[:80],
        )
        if m:
            n = next(g for g in m.groups() if g)
            return int(n.replace(",", "")), "signatures"
        return None, None
    m = re.search(rf"(?<![\w,.]){_NUM}\s+(?:printed\s+)?copies\b", np + " " + after)
    if m:
        return int(m.group(1).replace(",", "")), "copies"
    # "distributed to 300 officers" counts who received it, not the copies: no quantity.
    return None, None


_HANDED_OUT = re.compile(
    r"\b(?:distributed|handed\s+out|given\s+out|gave\s+out|disseminated|received\s+(?:a\s+|one\s+)?cop(?:y|ies))\b"
)
_LOOSE_NOUNS = (
    "group",
    "groups",
    "union",
    "association",
    "council",
    "platform",
    "committee",
    "team",
)
_LOOSE_NOUNS += ("federation", "circle")


def _stated(sentence: str, kinds: set[str], np: str, after: str, verb: str = "") -> Stated | None:
    head = _head(np)
    if head is None:
        return None
    noun, at = head
    if re.fullmatch(
        rf"(?:the|this|these|that)\s+{re.escape(np.split()[-1])}", np.strip(), re.I
    ) and not re.fullmatch(r"proceedings", noun, re.I):
        # "the petition": one the report told before; "The proceedings were published": those
        # of the event told, never told before as what came of it
        return None
    kind = _TYPE_OF.get(noun) or _TYPE_OF.get(_SINGULAR.get(noun, noun.removesuffix("s")))
    if noun in ("call", "calls") and re.search(
        r"\bcalls?\s+for\s+(?:\w+\s+)?(?:proposals|applications|papers|nominations|tenders"
        r"|expressions|bids|participants|volunteers)\b",
        np,
        re.I,
    ):
        return None  # "issued a call for proposals": an invitation, nothing agreed
    if kind != "agreement" and "agreement" in kinds and re.search(r"\b\w+-point\b", np):
        kind = "agreement"  # "approved a twelve-point platform": points agreed
    if (
        kind == "publication"
        and "agreement" in kinds
        and re.match(r"position\s+papers?$", noun, re.I)
        and not re.search(r"\b(?:published|released|printed)\b", sentence)
    ):
        kind = "agreement"  # "delegates agreed a joint position paper": a position agreed
    if kind == "service" and "network" in kinds and re.search(r"\bwith\s+\w+\s+members\b", np):
        kind = "network"  # "a Women Traders' Desk with 18 members": a body of people
    if kind is None or kind not in kinds:
        return None
    before_head = _QUANTIFIER.sub("", np)[:at]
    if kind == "network" and noun.removesuffix("s") in _LOOSE_NOUNS:
        # "formed small groups to discuss" is how a session ran; "the union" one named before.
        if re.search(
            r"\b(?:small|discussion|breakout|buzz|\d+|two|three|four|five|six)\s+$", before_head
        ):
            return None
        # A bare "groups" or "the committee" says too little; "a committee of leaders" enough.
        bare = re.fullmatch(rf"\s*(?:{_DET}\s+)?", before_head, re.I)
        if bare and not (
            re.search(
                r"\bin\s+\d|\bin\s+\w+\s+(?:villages|districts|provinces|towns)", numbers.digits(np)
            )
            or (noun.removesuffix("s") != "group" and re.match(r"\s*an?\s", before_head, re.I))
        ):
            return None
    outcome_type = "publication" if kind == "materials" else kind
    if (
        kind == "agreement"
        and re.fullmatch(r"memorand(?:um|a|ums)", noun)
        and re.fullmatch(r"submitted|sent|presented|handed(?:\s+over)?|delivered", verb.lower())
        and _TO_AUTHORITY.search(after)
    ):
        # "a memorandum submitted to the Tribal Welfare Department": asks, does not agree
        outcome_type = "recommendation"
    if kind == "service" and re.match(r"launch", verb, re.I):
        return None  # "launched its hotline at a public event": the launch is the event told
    if kind == "service":
        # a desk a village or a ministry opened is a change in what the state offers
        by_state = _GOVERNMENT.search(sentence) or re.search(
            r"\b(?:villages?|municipalit(?:y|ies)|districts?|provinces?|councils?)\b",
            sentence,
            re.I,
        )
        outcome_type = "policy_change" if by_state else "other"
    if kind in ("publication", "materials") and _HANDED_OUT.search(sentence):
        outcome_type = "materials_distributed"
    quantity, unit = _quantity(kind, np, after)
    if unit == "members" and re.search(
        r"\b(?:decided|agreed|plan(?:s|ned)?|proposed|resolved|intend(?:s|ed)?|hope[sd]?)\s+to\s+"
        r"(?:\w+\s+){0,2}?$|\bwill\s+(?:\w+\s+){0,2}?$",
        sentence[: sentence.find(verb)] if verb and verb in sentence else "",
    ):
        quantity, unit = None, None  # "decided to set up a committee of seven": not yet its members
    if kind == "agreement" and quantity is None and verb and np.strip() in sentence:
        # "31 groups signed the Glasgow Pledge": the signers counted before the verb
        lead = re.search(
            rf"(?<![\w,.%]){_NUM}\s+(?:[\w'’-]+\s+){{0,2}}?(?:organi[sz]ations|groups|unions"
            rf"|associations|networks|cooperatives|councils|municipalities|parties|CSOs|NGOs"
            # "all 60 participants signed the pledge": each one of them signed ("about 60
            # participants signed" counts no signatures)
            rf"|(?<=\ball\s\d\s)participants|(?<=\ball\s\d\d\s)participants"
            rf"|(?<=\ball\s\d\d\d\s)participants|(?<=\ball\s\d\d\s)delegates|(?<=\ball\s\d\d\d\s)delegates)"
            rf"\s+(?:have\s+|had\s+)?(?:also\s+|then\s+|jointly\s+)?(?:signed|endorsed)\s+$",
            numbers.digits(sentence[: sentence.index(np.strip())]),
        )
        before = (
            numbers.digits(sentence[: sentence.index(np.strip())])[: lead.start()] if lead else ""
        )
        if (
            lead
            and not _YEARISH.match(lead.group(1))
            and not re.search(r"\b(?:the|these|those|both)\s+$", before, re.I)
        ):
            # "the two groups signed a memorandum": the parties named before, not signers counted
            quantity, unit = int(lead.group(1).replace(",", "")), "signatures"
    if unit == "bodies":
        np = re.sub(r"^\s*[\d,]+\s+", "", np)  # "38 water committees": the count is the quantity
    if quantity is not None and re.match(rf"(?:{_DET}\s+)?[A-Z]", np.strip()):
        # "the Recommendation on X in 11 points", "a Regional Working Group with 8 members": the
        # count is the quantity, not a part of a named thing's title
        np = re.sub(
            rf"\s+(?:with\s+(?:its\s+|their\s+)?|in\s+)(?:\d+|[a-z]+)\s+(?:[a-z-]+\s+)?"
            rf"(?:members|{_COUNTED_PARTS[1:-1]})\b.*$",
            "",
            np,
        )
    if outcome_type == "publication":
        quantity, unit = None, None
    if outcome_type == "materials_distributed" and quantity is None:
        # "handed out 52 teaching kits", "distributed 2,500 leaflets": the things handed out
        counted = re.match(
            rf"(?:{_DET}\s+)?{_NUM}\s+(?:[\w-]+\s+){{0,3}}?$", numbers.digits(before_head)
        )
        if counted:
            quantity, unit = int(counted.group(1).replace(",", "")), noun.removesuffix("s") + "s"
            np = np[: counted.start(1)] + np[counted.end(1) :].lstrip()
    if outcome_type == "materials_distributed" and quantity is None and np.strip() in sentence:
        # "1,500 copies of a rights leaflet were printed and distributed": the copies before it
        lead = re.search(
            rf"(?<![\w,.]){_NUM}\s+(?:printed\s+)?copies\s+of\s+$",
            numbers.digits(sentence[: sentence.index(np.strip())]),
        )
        if lead:
            quantity, unit = int(lead.group(1).replace(",", "")), "copies"
    title = _title(np)
    done = re.sub(r"\s+", " ", verb.lower())
    done = _INFINITIVES.get(done, done)
    if kind in ("network", "service") and done in _FOUND_TITLES:
        title = f"{title} {_FOUND_TITLES[done]}"  # "Regional referral network set up"
    elif (
        kind in ("agreement", "policy_change")
        and done in _ADOPTED
        and np.strip()[:1].islower()
        and title[:1].isupper()
    ):
        if not re.search(r"[A-Z]", title[1:]):
            title = f"{title} {done}"  # "Five-year strategy adopted"
    elif outcome_type == "materials_distributed":
        title = f"{title} distributed"
    return Stated(outcome_type, title, quantity, unit)


_FOUND_TITLES = {
    **dict.fromkeys(("set up", "launched", "started", "created", "constituted"), "set up"),
    "opened": "opened",
    **{v: v for v in ("formed", "established", "founded")},
}
_ADOPTED = ("adopted", "approved", "endorsed", "ratified")


# Where the noun of a verb tells what an event did: "ended with the adoption of", "resulted in
# the creation of", "led to the signing of".
_NOMINAL_AFTER = re.compile(
    r"\b(?:(?:ended|closed|concluded|culminated)\s+(?:with|in)|resulted\s+in|led\s+to|saw)\s+the\s+$"
)


# Who makes a thing adopted a rule of the state: a ministry, a government, a council.
_GOVERNMENT = re.compile(
    r"\b(?:[Mm]inistr(?:y|ies)|[Gg]overnment|[Dd]epartment\s+of|[Pp]arliament|[Ll]egislature"
    r"|(?:[Dd]istrict|[Cc]ity|[Mm]unicipal|[Pp]rovincial|[Cc]ounty)\s+(?:council|assembly|government)"
    r"|[Ll]abour\s+[Ii]nspectorate)\b"
)


# Those a memorandum is put to: "to the Department of Labour", "to the Minister".
_TO_AUTHORITY = re.compile(
    r"^[^.;]{0,40}?\bto\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}?(?:Department|Ministry|Minister"
    r"|Government|Govt|Parliament|Commission|Governor|Secretary|Council|Assembly|Mayor|Prefect)\b"
)


def _kinds(verb: str) -> set[str]:
    verb = _INFINITIVES.get(re.sub(r"\s+", " ", verb.lower()), verb)
    return {k for pattern, kinds in _KINDS_OF if pattern.fullmatch(verb) for k in kinds}


def read(sentence: str) -> list[Stated]:
    """The outcomes a sentence states as verb and object, in the order written."""
    found: list[Stated] = []
    for m in [*_ACTIVE.finditer(sentence), *_DECIDED.finditer(sentence)]:
        before = re.split(r"[,;]|\band\b|\bwhich\b", sentence[: m.start()])[-1]
        if re.search(
            r"\b(?:[Ss]peakers?|[Tt]rainers?|[Ff]acilitators?|[Rr]esource\s+persons?|[Pp]anell?ists?"
            r"|[Ee]xperts?|[Rr]esearchers?)\b",
            before,
        ) and re.fullmatch(r"presented|explained|introduced|shared", m.group("verb").lower()):
            continue  # "Speakers from the ILO presented the General Principles": taught, not made
        if _NOT_DONE.search(before) or (
            re.search(r"\bhad\s+$", before)
            and not re.match(r"\s*By\s+(?:the\s+end|then|the\s+time)\b", sentence)
        ):
            continue  # "had signed an agreement in 2012" is background; "By the end, they had" not
        rest = sentence[m.end() :]
        # "adopted, with two abstentions, the Resolution": how it was adopted, then what
        aside = re.match(
            r"[,–—-]\s+(?:with|by|after|unanimously|almost|nearly|in\s+the\s+end)\b[^,;.–—]{0,40}[,–—]\s+"
            r"(?=(?:a|an|the|its|their)\s|[“\"])",
            rest,
        )
        if aside:
            rest = rest[aside.end() :]
        if re.match(r"(?:to|that|with|in|on|at|by|from|for|into|under|through|as)\b", rest):
            continue
        nominal = re.sub(r"\s+", " ", m.group("verb").lower()) in _INFINITIVES and m.group(
            "verb"
        ).endswith(" of")
        if nominal and not _NOMINAL_AFTER.search(sentence[: m.start()]):
            continue  # "achieved through the signing of memoranda" is background, not this event

        span = _object(rest)
        if re.match(
            r",\s+which\s+(?:were|was|had\s+been)\s+(?:already\s+)?in\s+(?:place|force)",
            rest[len(span) :],
        ):
            continue
        if "found" in _verb_classes(m.group("verb")) and _YEAR_AFTER.match(rest):
            continue
        if re.match(
            r"\s+in\s+(?:early\s+|late\s+|\w+\s+)?(?:19|20)\d\d\b", rest[len(span) :]
        ) and any(
            _head(np) and _TYPE_OF.get(_head(np)[0]) == "policy_change" for np in _split(span)
        ):
            continue  # "adopted a law on domestic work in 2015": what was there before the event
        kinds = _kinds(m.group("verb"))
        if m.group("verb").lower() == "presented" and re.match(r"(?:its|their|our)\s", rest):
            kinds |= {"publication"}  # "X presented its shadow report": its own work, made public
        adopted_by_state = (
            bool(_GOVERNMENT.search(before))
            and _INFINITIVES.get(m.group("verb").lower(), m.group("verb").lower()) in _ADOPTED
        )
        if adopted_by_state:
            kinds |= {"publication", "materials"}  # "the ministry adopted a checklist"
        for np in _split(span):
            stated = _stated(sentence, kinds, np, rest[len(span) :], m.group("verb"))
            if (
                stated
                and stated.outcome_type == "materials_distributed"
                and "distribute" not in _verb_classes(m.group("verb"))
                and not re.match(r",\s+(?:\S+\s+){0,3}?which\b", rest[len(span) :])
            ):
                # "produced a booklet ..., and 3,000 copies were distributed": made, then handed out
                found.append(Stated("publication", stated.title.removesuffix(" distributed")))
                found.append(stated)
            elif stated:
                if adopted_by_state:
                    # "The Ministry of Labour adopted the checklist": a rule of the state now
                    stated = Stated("policy_change", stated.title, stated.quantity, stated.unit)
                found.append(stated)
            elif _named(np, rest[len(span) :], m.group("verb")):
                found.append(_named(np, rest[len(span) :], m.group("verb")))
    for m in _PASSIVE.finditer(sentence):
        after = sentence[m.end() :]
        if (
            re.match(r"\s+as\b", after)
            or m.group("verb").endswith("as")
            or _YEAR_AFTER.match(after)
            and "network" in _kinds(m.group("verb"))
        ):
            continue
        if _NOT_DONE.search(
            sentence[max(0, m.start() - 25) : m.start()] + " " + (m.group("which") or "")
        ):
            continue
        if re.search(
            r"\bhad\b", m.group("which") or ""
        ):  # "which had been signed in 2006": told as background
            continue
        np = _subject(sentence[: m.start()], bool(m.group("which")))
        if np is None:
            continue
        kinds = _kinds(m.group("verb"))
        stated = _stated(
            sentence,
            kinds,
            np,
            (m.group("which") or "") + sentence[m.start("verb") :],
            m.group("verb"),
        )
        if stated:
            found.append(stated)
    for m in re.finditer(
        r"\b(?:founding|inaugural|constituent)\s+(?:assembly|meeting|congress|conference)\s+of\s+(?:the\s+)?"
        r"((?:[A-Z][\w’'-]*)(?:\s+(?:(?:of|for|the|and|de|del|la)\s+)*[A-Z][\w’'-]*)*)",
        sentence,
    ):
        found.append(Stated("network", f"{m.group(1)} founded"))
    petition = re.search(
        rf"\b(?:a|an|the|its|their)\s+(?:joint\s+)?petition\b[^.;]*?(?:\b{_NUM}\s+signatures|\bwhich\s+"
        rf"(?:more\s+than\s+|over\s+|some\s+)?{_NUM}\s+(?:[a-z-]+\s+){{0,2}}?signed|\bsigned\s+by\s+"
        rf"(?:more\s+than\s+|over\s+|some\s+|nearly\s+)?{_NUM})",
        numbers.digits(sentence),
    )
    if petition and not any(f.title.lower().startswith("petition") for f in found):
        # a petition counted by its signatures is an outcome whatever verb tells it
        np = _object(numbers.digits(sentence)[petition.start() :])
        n = next(g for g in petition.groups() if g)
        found.append(Stated("agreement", _title(np), int(n.replace(",", "")), "signatures"))
    kept: list[Stated] = []
    for f in found:  # one object read twice ("a leaflet, 2,000 copies of which were printed")
        twin = next(
            (
                k
                for k in kept
                if k.outcome_type == f.outcome_type
                and (k.title == f.title or _same_object(k.title, f.title))
            ),
            None,
        )
        if twin is None:
            kept.append(f)
        elif twin.quantity is None and f.quantity is not None:
            kept[kept.index(twin)] = f
    return kept


def _same_object(a: str, b: str) -> bool:
    """ "Mandate with five demands approved" and "Mandate with five demands to the governor":
    one object read by its verb and again by a "which" clause after it."""
    a = re.sub(rf"\s+(?:{'|'.join(_ADOPTED)}|set up|formed|established|founded)$", "", a)
    b = re.sub(rf"\s+(?:{'|'.join(_ADOPTED)}|set up|formed|established|founded)$", "", b)
    short, long_ = sorted((a, b), key=len)
    return len(short.split()) >= 3 and long_.startswith(short)


def _named(np: str, after: str, verb: str) -> Stated | None:
    """A name told by what follows it ("set up the Red Sur de Apoyo, a network of shelters") or
    by its verb alone ("published in 2019 as Escuela sin Fronteras")."""
    if verb.lower().endswith(" as") and re.match(r"\s*[A-Z“\"]", np):
        return Stated("publication", np.strip(' “”"'))
    name = re.fullmatch(rf"\s*(?:the\s+)?({_NAME_RUN})\s*", np)
    if not name:
        return None
    kind = re.match(
        r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(network|coalition|alliance|platform|committee)\b",
        after,
    )
    if kind and "network" in _kinds(verb) and verb.lower() in _FOUND_TITLES:
        return Stated("network", f"{name.group(1)} {_FOUND_TITLES[verb.lower()]}")
    return None


def _verb_classes(verb: str) -> set[str]:
    verb = _INFINITIVES.get(re.sub(r"\s+", " ", verb.lower()), verb)
    return {k for k, (v, _) in _VERBS.items() if re.fullmatch(rf"(?:{v})", verb, re.I)}


def _subject(before: str, which: bool) -> str | None:
    """The noun phrase a passive verb is about. Before ", which" it is the nearest one ("the
    adoption of a joint position paper on live-in care, which was published"); before "was" the
    clause's subject from its start ("A glossary of asylum terms in Farsi, Arabic and French",
    "Our study ..., Debt Before Departure,")."""
    dets = [m.start() for m in re.finditer(rf"(?:^|(?<=\s)){_DET}\s", before, re.I)]
    clause = max(
        (
            m.end()
            for m in re.finditer(
                r"[;:]\s*|,\s+(?:and|but|while)\s+|\b(?:came|followed|emerged)\s+", before
            )
        ),
        default=0,
    )
    starts = sorted((d for d in dets if d >= clause), reverse=which)
    if not which:
        starts = [clause, *starts]
    for start in starts:
        np = re.sub(r"^(?:and|but|then|later|finally|also)\s+", "", before[start:].strip())
        # "Also, a committee ...", "As a result of the workshop, a task force ...": the clause's
        # opening words are no part of what was made
        np = re.sub(
            r"^(?:Also|In\s+addition|Moreover|Furthermore|Finally|Then|Later|Afterwards|Besides"
            r"|In\s+the\s+end|In\s+(?:early\s+|late\s+)?(?:19|20)\d\d|(?:As\s+a\s+result|At\s+the\s+(?:end|close))(?:\s+of\s+[^,]{1,60})?),\s+"
            rf"(?=(?:{_DET})\s|\d)",
            "",
            np,
        )
        # "At the forum a provincial committee ... was set up": the event it came of, told
        # first with no comma, is no part of it either
        np = re.sub(
            r"^(?:At|During|After)\s+(?:the|this|that|our)\s+(?:[\w'’-]+\s+){0,2}?"
            r"(?:forum|meeting|workshop|conference|training|session|assembly|dialogue|event|summit"
            r"|congress|seminar|consultation)\s+"
            rf"(?=(?:{_DET})\s|\d)",
            "",
            np,
        )
        if not np or len(np.split()) > 22 or _ACTIVE.search(re.sub(r"\b\w+ed\s+by\b", "", np)):
            continue
        if re.search(r"\b(?:was|were|is|are|has|have|had)\b", np) or not re.match(
            rf"(?:{_DET}\s|[A-Z“\"]|\d[\d,]*\s+[a-z])", np, re.I
        ):
            continue
        head = _head(np)
        if head is not None and re.match(
            r"(?:e?s)?(?:[’']s)?(?:\s*$|\s*,|\s+(?:of|on|in|for|about|between|with|to|by|from|among|against)\b"
            r"|\s+\w+ed\s+by\b)",
            np[len(np) - len(_QUANTIFIER.sub("", np)) + head[1] + len(head[0]) :],
        ):
            return np
    return None
