"""The organisation check's candidates, features and how it changes a draft
(atlas/extract/org_check.py), and the training tool's fast count (tools/train_org_check.py).

The check is measured, not part of the pipeline (bench/extract-org-check.md); these tests keep
what the measurement rests on true: which names become candidates, what a reader's cues say
about them, and that the fast count the thresholds are chosen with is the scorer's own."""

from pathlib import Path

import numpy as np

from atlas.extract import org_check, sentences
from atlas.extract.drafts import Draft, OrganisationRole
from atlas.extract.truth import Truth
from tools import set_readings
from tools.train_org_check import changes, checked, fast_tally, read_set, score


def _features(text: str, drafts: list[Draft]) -> dict[tuple[int, str], dict[str, float]]:
    found = org_check.candidates(drafts, sentences.split(text), text)
    return {
        (c.draft, c.name): dict(zip(org_check.FEATURES, c.features, strict=True)) for c in found
    }


def _draft(title: str = "Training", *orgs: tuple[str, str]) -> Draft:
    d = Draft(title, "training")
    d.organisations = [OrganisationRole(n, r) for n, r in orgs]
    return d


def test_the_cue_before_a_name_says_its_role():
    text = (
        "The training was organised by the River Keepers Network. It was funded by the Nordlys "
        "Fund. Trainers from the Legal Aid Centre taught the sessions."
    )
    got = _features(text, [_draft()])
    river = got[(0, "River Keepers Network")]
    fund = got[(0, "Nordlys Fund")]
    legal = got[(0, "Legal Aid Centre")]
    assert (river["cue_organised_by"], river["cue_funded_by"]) == (1.0, 0.0)
    assert (fund["cue_funded_by"], fund["cue_organised_by"]) == (1.0, 0.0)
    assert (legal["cue_trainer"], legal["cue_funded_by"]) == (1.0, 0.0)


def test_a_name_that_does_the_verb_after_it_gets_its_cue():
    text = "The Hill Women Forum organised a workshop in Pokhara. The Lotus Trust funded it."
    got = _features(text, [_draft("Workshop")])
    assert got[(0, "Hill Women Forum")]["cue_organised_by"] == 1.0
    assert got[(0, "Lotus Trust")]["cue_funded_by"] == 1.0
    assert got[(0, "Lotus Trust")]["cue_organised_by"] == 0.0


def test_co_hosts_and_partners():
    text = (
        "The forum was co-hosted by the Coastal Fishers Union. It ran in partnership with the "
        "Delta Research Institute."
    )
    got = _features(text, [_draft("Forum")])
    assert got[(0, "Coastal Fishers Union")]["cue_hosted_by"] == 1.0
    assert got[(0, "Coastal Fishers Union")]["cue_with_partner"] == 0.0
    assert got[(0, "Delta Research Institute")]["cue_with_partner"] == 1.0


def test_a_cue_in_another_clause_does_not_count():
    text = "The day was organised by the team; the Green Valley Foundation sent two observers."
    got = _features(text, [_draft("Meeting")])
    assert got[(0, "Green Valley Foundation")]["cue_organised_by"] == 0.0


def test_brackets_heading_and_about_section():
    text = (
        "Annual meeting of the Mekong Migration Network\n\n"
        "The Mekong Migration Network (MMN) met in Chiang Mai with observers (the Delta Research "
        "Institute) on 3 May 2024.\n\n"
        "About the Lotus Trust\n\n"
        "The Lotus Trust is a foundation that supports migrant groups."
    )
    got = _features(text, [_draft("Annual meeting")])
    mmn = got[(0, "Mekong Migration Network")]
    assert (mmn["in_heading"], mmn["short_name"], mmn["in_brackets"]) == (1.0, 1.0, 0.0)
    assert got[(0, "Delta Research Institute")]["in_brackets"] == 1.0
    assert got[(0, "Delta Research Institute")]["in_about"] == 0.0
    assert got[(0, "Lotus Trust")]["in_about"] == 1.0


def test_the_rules_call_role_and_other_drafts_are_features():
    text = (
        "The River Keepers Network held a training in May 2024 and a forum in June 2024. The "
        "Lotus Trust funded the forum."
    )
    training = _draft("Training", ("River Keepers Network", "organiser"))
    forum = _draft("Forum", ("Lotus Trust", "funder"))
    forum.evidence["title"] = "The Lotus Trust funded the forum."
    got = _features(text, [training, forum])
    assert got[(0, "River Keepers Network")]["rules_org"] == 1.0
    assert got[(0, "River Keepers Network")]["rules_organiser"] == 1.0
    assert got[(0, "River Keepers Network")]["rules_funder"] == 0.0
    assert got[(0, "Lotus Trust")]["rules_other_draft"] == 1.0
    assert got[(1, "Lotus Trust")]["rules_other_draft"] == 0.0
    assert got[(1, "Lotus Trust")]["rules_funder"] == 1.0
    assert got[(1, "Lotus Trust")]["in_event_evidence"] == 1.0
    assert got[(0, "Lotus Trust")]["in_event_evidence"] == 0.0
    assert got[(0, "Lotus Trust")]["several_events"] == 1.0


def test_a_name_only_the_rules_gave_is_a_candidate_not_found_by_the_finders():
    text = "A training was held in Suva on 3 May 2024."
    got = _features(text, [_draft("Training", ("Pacific Island Workers", "organiser"))])
    assert set(got) == {(0, "Pacific Island Workers")}
    assert got[(0, "Pacific Island Workers")]["found_by_finders"] == 0.0
    assert got[(0, "Pacific Island Workers")]["sentences"] == 0.0


def _model(**thresholds: float) -> org_check.Model:
    """A model whose keep probability follows rules_org and whose role model picks funder where
    a funding cue is, organiser elsewhere."""
    f = org_check.FEATURES
    keep = np.zeros(len(f))
    keep[f.index("rules_org")] = 4.0
    roles = np.zeros((2, len(f)))
    roles[1, f.index("cue_funded_by")] = 6.0
    return org_check.Model(
        keep,
        -2.0,
        roles,
        np.zeros(2),
        ("organiser", "funder"),
        thresholds.get("add_above", 0.1),
        thresholds.get("drop_below", -0.01),
        thresholds.get("switch_above", 0.9),
    )


def test_apply_adds_with_a_quote_and_changes_a_role_it_is_sure_of():
    text = "The Hill Women Forum organised the training. It was funded by the Lotus Trust."
    d = _draft("Training", ("Lotus Trust", "organiser"))
    found = org_check.candidates([d], sentences.split(text), text)
    org_check.apply([d], found, _model())
    assert {(o.name, o.role) for o in d.organisations} == {
        ("Lotus Trust", "funder"),
        ("Hill Women Forum", "organiser"),
    }
    added = next(i for i, o in enumerate(d.organisations) if o.name == "Hill Women Forum")
    assert d.evidence[f"organisations[{added}]"].startswith("The Hill Women Forum organised")
    assert "added" in d.unsure[f"organisations[{added}]"]


def test_apply_keeps_the_rules_below_its_thresholds():
    text = "The Hill Women Forum organised the training. It was funded by the Lotus Trust."
    d = _draft("Training", ("Lotus Trust", "organiser"))
    found = org_check.candidates([d], sentences.split(text), text)
    org_check.apply([d], found, _model(add_above=1.01, switch_above=1.01))
    assert [(o.name, o.role) for o in d.organisations] == [("Lotus Trust", "organiser")]


def test_the_fast_count_is_the_scorers(tmp_path: Path):
    text = "The Hill Women Forum organised the training. It was funded by the Lotus Trust."
    (tmp_path / "r1.txt").write_text(text, encoding="utf-8")
    d = _draft("Training", ("Lotus Trust", "organiser"), ("Blue Sky Network", "partner"))
    d.source_name = "r1.txt"
    event = {"label": "r1", "report": "r1", "title": "Training", "event_type": "training"}
    for name in ("start_date", "end_date", "date_precision", "city", "venue", "country_iso3"):
        event[name] = None
    truth = Truth(
        [event],
        [set()],
        [{("lotus trust", "funder"), ("hill women forum", "organiser"), ("river union", "host")}],
        [],
        {},
        [tmp_path / "r1.txt"],
        ("r1", "r2"),
    )
    s = read_set(set_readings.SetDrafts("one", truth, [(text, "r1.txt")], [d]))
    for thresholds in ({}, {"add_above": 1.01}, {"switch_above": 1.01}, {"drop_below": 0.95}):
        model = _model(**thresholds)
        keep = org_check.keep_probabilities(s.candidates, model)
        roles = org_check.role_probabilities(s.candidates, model)
        t = (model.add_above, model.drop_below, model.switch_above)
        fast = fast_tally(s, keep, roles, model, t)
        real = score(checked(s, model), truth).fields["organisations"]
        assert (fast.tp, fast.fp, fast.fn) == (real.tp, real.fp, real.fn), thresholds


def test_changes_counts_each_change_right_or_wrong(tmp_path: Path):
    text = "The Hill Women Forum organised the training. It was funded by the Lotus Trust."
    (tmp_path / "r1.txt").write_text(text, encoding="utf-8")
    d = _draft("Training", ("Lotus Trust", "organiser"), ("Blue Sky Network", "partner"))
    d.source_name = "r1.txt"
    event = {"label": "r1", "report": "r1", "title": "Training", "event_type": "training"}
    for name in ("start_date", "end_date", "date_precision", "city", "venue", "country_iso3"):
        event[name] = None
    pairs = {("lotus trust", "funder"), ("hill women forum", "funder")}
    truth = Truth([event], [set()], [pairs], [], {}, [tmp_path / "r1.txt"], ("r1", "r2"))
    s = read_set(set_readings.SetDrafts("one", truth, [(text, "r1.txt")], [d]))
    # the Forum is added as organiser (the event has it as funder), the Trust's role made right
    assert changes(s, _model()) == {"added wrong": 1, "role made right": 1}
    assert changes(s, _model(drop_below=0.95)) == {"added wrong": 1, "dropped a wrong pair": 2}
