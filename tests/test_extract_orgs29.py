"""Organisations in roles other than organiser, read from the first runs (issue 16: speakers
and trainers missed in most sets' first runs, told through one of their people); each rule
tested on texts of our own, with texts that must not trigger it."""

from __future__ import annotations

from tests.extract_drafts import drafts_of


def _in_role(text: str, role: str) -> list[list[str]]:
    return [[name for name, r in d["orgs"] if r == role] for d in drafts_of(text)]


_PERSON_SPOKE = """On 4 March 2024 the Coastal Porters Network held a workshop on wage claims in Tacloban, with 45 porters.
A paralegal from the Harbour Rights Clinic explained how to claim unpaid wages.
"""

_PERSON_SPOKE_FROM_AFAR = """The Coastal Porters Network held its yearly forum in Tacloban on 9 May 2024; 120 porters came.
A researcher of the Institute for Island Labour Studies, Cebu, spoke online about the new port rules.
"""

_BODY_FROM_ABROAD = """The Coastal Porters Network held its yearly forum in Tacloban on 9 May 2024; 120 porters came.
Kestrel Dock Workers' Union from Norway shared how it bargains with the port owners.
"""


def test_a_body_whose_person_spoke_is_a_speaker():
    assert _in_role(_PERSON_SPOKE, "speaker") == [["Harbour Rights Clinic"]]
    assert _in_role(_PERSON_SPOKE_FROM_AFAR, "speaker") == [["Institute for Island Labour Studies"]]


def test_a_body_from_abroad_that_shared_its_experience_is_a_speaker():
    assert _in_role(_BODY_FROM_ABROAD, "speaker") == [["Kestrel Dock Workers' Union"]]


_PERSON_DID_ELSE = """On 4 March 2024 the Coastal Porters Network held a workshop on wage claims in Tacloban, with 45 porters.
A paralegal from the Harbour Rights Clinic registered the participants.
"""

_BODY_SHARED_ITS_OWN = """The Coastal Porters Network held its yearly forum in Tacloban on 9 May 2024; 120 porters came.
The Coastal Porters Network shared its plan for the year.
"""


def test_a_person_of_a_body_who_did_not_speak_makes_it_no_speaker():
    assert _in_role(_PERSON_DID_ELSE, "speaker") == [[]]
    assert _in_role(_BODY_SHARED_ITS_OWN, "speaker") == [[]]


_RUN_BY_PEOPLE = """On 12 June 2024 the Coastal Porters Network held a one-day first aid training in Ormoc for 30 porters, run by nurses from the Leyte Community Health Association.
"""

_PEOPLE_GAVE = """On 20 July 2024 the Coastal Porters Network held a legal clinic day at the Ormoc pier market; about 60 porters came.
Paralegals from the Visayas Labour Justice Centre gave the advice.
"""


def test_a_body_whose_people_taught_or_advised_is_a_trainer():
    assert _in_role(_RUN_BY_PEOPLE, "trainer") == [["Leyte Community Health Association"]]
    assert _in_role(_PEOPLE_GAVE, "trainer") == [["Visayas Labour Justice Centre"]]


_PEOPLE_DID_ELSE = """On 20 July 2024 the Coastal Porters Network held a legal clinic day at the Ormoc pier market; about 60 porters came.
Paralegals from the Visayas Labour Justice Centre gave their phone numbers to everyone.
"""

_RUN_BY_ITS_OWN = """On 12 June 2024 the Coastal Porters Network held a one-day first aid training in Ormoc for 30 porters, run by members of the Coastal Porters Network.
"""


def test_people_of_a_body_who_did_not_teach_make_it_no_trainer():
    assert _in_role(_PEOPLE_DID_ELSE, "trainer") == [[]]
    assert _in_role(_RUN_BY_ITS_OWN, "trainer") == [[]]


_LED_WITH = """On 8 May 2024 a workshop on port safety was held in Ormoc with 40 porters. It was led by the Coastal Porters Network, together with the Visayas Labour Justice Centre.
"""

_CONDUCTED_WITH = """Dialogue on port safety
Date: 9 May 2024
Place: Ormoc
Participants: 40 porters
Facilitated by: Coastal Porters Network, together with the Leyte Community Health Association
"""


def test_a_body_that_led_or_conducted_the_event_with_another_makes_both_organisers():
    assert _in_role(_LED_WITH, "organiser") == [
        ["Coastal Porters Network", "Visayas Labour Justice Centre"]
    ]
    assert _in_role(_CONDUCTED_WITH, "organiser") == [
        ["Coastal Porters Network", "Leyte Community Health Association"]
    ]


_WITH_NO_ORGANISER = """The dialogue on port safety was conducted together with the Leyte Community Health Association in Ormoc on 9 May 2024, with 40 porters.
"""


def test_an_event_conducted_with_a_body_and_no_organiser_keeps_it_partner():
    assert _in_role(_WITH_NO_ORGANISER, "partner") == [["Leyte Community Health Association"]]


_HEADING_ABOVE = """PRESS NOTE
Coastal Porters' Network (CPN)
Ormoc, 12 August 2024

Porters hand over 2,000 signatures to the port authority

Ormoc - Yesterday a delegation of porters handed a petition to the port authority.

The petition was adopted at the Porters' Assembly that CPN convened from 3 to 5 August at the Ormoc Pier Hall in Ormoc. The Assembly brought together 150 porters.
"""


def test_a_heading_line_above_the_name_is_no_part_of_it():
    found = drafts_of(_HEADING_ABOVE)
    assert found and all("\n" not in name for d in found for name, _ in d["orgs"]), found
    assert ("Coastal Porters' Network", "organiser") in [o for d in found for o in d["orgs"]], found


_TWO_AS_ONE = """Campaign update: safe piers for all
Harbour Voice Philippines, with Dockhands Youth for Justice - 30 August 2024

Public forum, Ormoc, 8 May 2024. At the pier hall, 60 porters spoke about the broken piers. The forum was organised by Harbour Voice Philippines and Dockhands Youth for Justice with a grant from the Visayas Porters Fund.
"""

_ONE_NAME_WITH_AND = """Public forum, Ormoc, 8 May 2024. At the pier hall, 60 porters spoke about the broken piers. The forum was organised by Harbour Voice Philippines and Dockhands Youth for Justice with a grant from the Visayas Porters Fund.
"""


def test_two_bodies_read_as_one_name_are_two_when_the_report_names_each_alone():
    assert _in_role(_TWO_AS_ONE, "organiser") == [
        ["Dockhands Youth for Justice", "Harbour Voice Philippines"]
    ]
    # named only together, they may be one body's name
    assert _in_role(_ONE_NAME_WITH_AND, "organiser") == [
        ["Harbour Voice Philippines and Dockhands Youth for Justice"]
    ]


_THANKED = """Dear friends,

On 14 March 2024 we held a training on first aid for 30 porters in Ormoc. Big thanks to the Harbour Light Trust, who supported the training.
"""

_THANKED_FOR_SUPPORT = """Dear friends,

On 14 March 2024 we held a training on first aid for 30 porters in Ormoc. Thanks so much to the Harbour Light Trust for support to this training.
"""

_THANKED_FOR_ELSE = """Dear friends,

On 14 March 2024 we held a training on first aid for 30 porters in Ormoc. Big thanks to the Harbour Light Trust, who sent two nurses.
"""


def test_a_body_thanked_for_paying_is_the_funder():
    assert _in_role(_THANKED, "funder") == [["Harbour Light Trust"]]
    assert _in_role(_THANKED_FOR_SUPPORT, "funder") == [["Harbour Light Trust"]]
    assert _in_role(_THANKED_FOR_ELSE, "funder") == [[]]
