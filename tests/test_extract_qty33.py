"""The copies of a thing printed as its outcome's quantity, read from kinds of text the first
runs missed in three or more blind sets (issue 16); tested on texts of our own, each with a text
that must give no count."""

from __future__ import annotations

from atlas.extract import read_texts


def _outcomes(text: str) -> list[tuple[str, str, int | None]]:
    """Every outcome the text gives, with an event or loose: (type, title, quantity)."""
    reading = read_texts([(text, "report.txt")])
    found = [o for d in reading.drafts for o in d.outcomes]
    found += [lo.outcome for lo in reading.loose_outcomes]
    return [(o.outcome_type, o.title, o.quantity) for o in found]


_EVENT = (
    "On 5 March 2024 the Penang Workers' Centre held a one-day workshop on wage slips in George "
    "Town, with 30 domestic workers. "
)


# The copies in the sentence that tells the thing printed, wherever they stand.


def test_copies_after_the_title_and_its_languages():
    text = _EVENT + (
        'After the workshop the centre published the guide "Know Your Pay" in Tamil and Hindi, '
        "3,000 copies."
    )
    assert ("publication", "Know Your Pay", 3000) in _outcomes(text)


def test_copies_in_brackets():
    text = _EVENT + (
        "The proceedings of the workshop were printed in two languages (400 copies) and sent to "
        "the member unions."
    )
    assert ("publication", "Proceedings of the workshop", 400) in _outcomes(text)


def test_no_count_from_rough_copies():
    # "more than 500 copies" is not 500: an outcome's quantity has no "at least"
    text = _EVENT + (
        'After the workshop the centre published the guide "Know Your Pay" in Tamil, more than '
        "500 copies."
    )
    assert [q for t, _, q in _outcomes(text) if t == "publication"] == [None]


def test_no_count_from_two_counts_of_copies():
    text = _EVENT + (
        'After the workshop the centre published the guide "Know Your Pay", 500 copies in Tamil '
        "and 300 copies in Hindi."
    )
    assert [q for t, _, q in _outcomes(text) if t == "publication"] == [None]


# The copies told in the sentence right after, which names no thing printed of its own.


_LAUNCH = (
    'On 3 May 2024 the Delta Fishers\' Network launched its study "Fields of Debt" at a public '
    "forum in Can Tho, before 80 guests. "
)


def test_copies_in_the_sentence_after():
    text = _LAUNCH + "800 copies were printed in Vietnamese and Khmer."
    assert ("publication", "Fields of Debt", 800) in _outcomes(text)


def test_copies_of_it_in_the_sentence_after():
    text = _LAUNCH + "It was printed in 1,200 copies and will go to the village libraries."
    assert ("publication", "Fields of Debt", 1200) in _outcomes(text)


def test_no_count_from_a_sentence_after_that_names_its_own_thing():
    text = _LAUNCH + 'The network also printed a leaflet, "Ask Before You Sign", in 2,000 copies.'
    found = [(title, q) for t, title, q in _outcomes(text) if t == "publication"]
    assert found[0] == ("Fields of Debt", None)
    assert [q for _, q in found[1:]] == [2000]  # the leaflet's own copies


# A thing printed that the sentence tells only by its copies.


def test_a_handbook_told_by_its_copies():
    text = _EVENT + (
        'After the workshop the centre printed 4,000 copies of the handbook "Safe Roads Home" '
        "in Tamil."
    )
    assert ("publication", "Safe Roads Home", 4000) in _outcomes(text)


def test_a_thing_printed_by_its_words():
    text = _EVENT + "An atlas of the springs of the valley was printed in 500 copies in June."
    assert ("publication", "Atlas of the springs of the valley", 500) in _outcomes(text)


def test_no_thing_printed_from_a_plan():
    text = _EVENT + 'Next year the centre will print 2,000 copies of the guide "Know Your Pay".'
    assert [t for t, _, _ in _outcomes(text) if t == "publication"] == []


def test_no_new_thing_from_copies_of_the_report_told_before():
    text = _LAUNCH + "1,500 copies of the study were printed, and a summary went to the ministry."
    assert [(t, q) for t, _, q in _outcomes(text) if t == "publication"] == [("publication", 1500)]


# A way of working agreed: a procedure, contract, checklist, form, guidelines, rules or
# standards, counted by its parts as other agreements are.

_MEETING = (
    "On 14 June 2024 the Andaman Crew Union held a dialogue with boat owners in Ranong, with 40 "
    "fishers. "
)


def test_a_procedure_agreed_with_its_steps():
    text = (
        _MEETING + "The meeting agreed a joint complaints procedure with 4 steps for unpaid crew."
    )
    assert ("agreement", "Joint complaints procedure", 4) in _outcomes(text)


def test_a_contract_agreed_on_without_a_count():
    text = _MEETING + "The boat owners agreed on a model crew contract in Thai and Burmese."
    assert ("agreement", "Model crew contract", None) in _outcomes(text)


def test_no_agreement_from_a_procedure_not_agreed():
    text = _MEETING + (
        "The boat owners have not agreed a complaints procedure, so the crew will raise it again "
        "in May."
    )
    assert [t for t, _, _ in _outcomes(text) if t == "agreement"] == []


def test_no_agreement_from_a_procedure_only_hoped_for():
    text = _MEETING + (
        "The union hopes that the boat owners will have adopted a complaints procedure by May."
    )
    assert [t for t, _, _ in _outcomes(text) if t == "agreement"] == []


def test_no_agreement_from_a_contract_one_worker_signed():
    text = _MEETING + "One of the fishers signed a new contract with his boat owner."
    assert [t for t, _, _ in _outcomes(text) if t == "agreement"] == []


def test_standards_agreed_to_be_sent_on_are_a_recommendation():
    text = _MEETING + (
        "The fishers agreed on a set of minimum standards for crew quarters, to be sent to the "
        "provincial labour office as recommendations."
    )
    found = _outcomes(text)
    assert ("recommendation", "Set of minimum standards for crew quarters", None) in found
    assert [t for t, _, _ in found if t == "agreement"] == []


def test_copies_two_sentences_after_in_one_paragraph():
    text = _LAUNCH + "About 80 guests stayed for the lunch. 600 copies were printed in Khmer."
    assert ("publication", "Fields of Debt", 600) in _outcomes(text)


def test_no_copies_from_another_paragraph():
    text = _LAUNCH + "\n\nIn other news, 600 copies were printed in Khmer."
    assert ("publication", "Fields of Debt", None) in _outcomes(text)


def test_copies_beside_an_action_plan_agreed():
    # "plan" as a thing agreed is no plan to print
    text = _EVENT + (
        "The workers agreed a joint action plan on wage slips, and the centre published a short "
        'report, "Paid Late", with 700 copies printed in Tamil.'
    )
    assert [q for t, _, q in _outcomes(text) if t == "publication"] == [700]


def test_copies_after_sentences_about_the_launch():
    text = _LAUNCH + (
        "Two survivors read from the study. A singer closed the evening. The network printed 900 "
        "copies in Vietnamese."
    )
    assert ("publication", "Fields of Debt", 900) in _outcomes(text)


# Bodies counted where they are set up (a small fix to the outcome lexicon's count of bodies):
# "set up two savings groups in its villages", "a watch committee in each of the three villages".


def test_bodies_counted_with_where_they_are():
    text = _EVENT + "After the workshop the workers set up two savings groups in their villages."
    assert [q for t, _, q in _outcomes(text) if t == "network"] == [2]


def test_a_body_in_each_of_the_villages():
    text = _EVENT + (
        "After the workshop the centre set up a workers' committee in each of the four estates."
    )
    assert [q for t, _, q in _outcomes(text) if t == "network"] == [4]


def test_no_count_for_one_body_in_its_village():
    text = _EVENT + "After the workshop the workers set up a savings group in their village."
    assert [q for t, _, q in _outcomes(text) if t == "network"] == [None]
