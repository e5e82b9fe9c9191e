"""Words for people a count may be of, which the rules did not know (issue 16): wives, spouses,
fellows, compañeras, treasurers and the like count those who came when a cue says they did, as
'workers' and 'villagers' do (atlas/extract/numbers.py's OTHER_PEOPLE)."""

from __future__ import annotations

from tests.extract_drafts import one_draft


def test_family_and_fellows_counted_when_they_came():
    d = one_draft(
        "On Saturday 26 April 2025 the network held a savings workshop for 29 wives of seasonal "
        "workers at the Tagabe Community Hall in Port Vila."
    )
    assert d["total"] == 29
    d = one_draft(
        "On 14 and 15 May 2021 the federation realised a training for treasurers in Avellaneda, "
        "with 28 treasurers of the 14 cooperatives."
    )
    assert d["total"] == 28
    d = one_draft(
        "On 3 March 2024 the union held an assembly in Buenos Aires. 35 compañeras took part."
    )
    assert d["total"] == 35


def test_such_a_word_with_no_cue_is_no_count():
    d = one_draft(
        "On 3 March 2024 the women's group held a meeting in Kampot. The village has 200 widows."
    )
    assert d["total"] is None


def test_an_event_that_had_its_people():
    d = one_draft(
        "Two batches were trained at the Centre's hall in Samut Sakhon. Batch 1 on 8-9 June 2024 "
        "had 32 workers (Myanmar 24, Cambodia 8)."
    )
    assert (d["total"], d["homes"]) == (32, [("MMR", 24), ("KHM", 8)])
    assert d["title"] == "Batch 1"
    # a workplace that has workers is no event's count
    d = one_draft("On 3 May 2024 we held a meeting in Mae Sot. The factory had 300 workers.")
    assert d["total"] is None
