"""Rules written after the twenty-fourth blind set's first run (issue 16): a small group's notes
in shorthand, campaign and petition updates, award citations and mailing-list digests; each
tested on sentences of our own, with sentences that must not trigger it."""

from __future__ import annotations

from atlas.extract import shorthand
from tests.extract_drafts import drafts_of


def _by_title(found: list[dict], word: str) -> dict:
    return next(d for d in found if word in d["title"])


# A group's notes in shorthand: entry heads with a date, "mtg", "@ venue, town", "ppl" ----------

_NOTES = """KFC (Kisumu Fishers Circle) - notes Jul-Sep 2023
kept by sec., shorthand

3 Jul'23 - monthly mtg @ Dunga beach hall, Kisumu
- 21 ppl, all frm Kenya
- agreed: buy 2 cool boxes

12/8/23 - trng on fish drying w/ Lake Basin Women's Group
- approx 35 pax, 1 day
- trainers frm Lake Basin Women's Group

19 Sep - exchange visit, Homa Bay
- 14 of us + 10 hosts
- hosts paid for lunch

plans / TBC
- mtg w/ county fisheries office - Oct?
- trng on boat safety, maybe Nov
"""


def test_a_shorthand_entry_is_read_as_its_words():
    found = drafts_of(_NOTES)
    meeting = _by_title(found, "eeting")
    assert (meeting["start"], meeting["precision"]) == ("2023-07-03", "day")
    assert (meeting["city"], meeting["venue"]) == ("Kisumu", "Dunga beach hall")
    assert meeting["total"] == 21


def test_a_date_in_figures_with_two_year_digits_heads_its_entry():
    training = _by_title(drafts_of(_NOTES), "raining")
    assert training["type"] == "training"
    assert training["start"] == "2023-08-12"
    assert training["total"] == 35


def test_a_day_and_month_with_no_year_takes_the_year_above_it():
    visit = next(d for d in drafts_of(_NOTES) if d["start"] and d["start"].endswith("09-19"))
    assert visit["start"] == "2023-09-19"
    assert visit["city"] == "Homa Bay"


def test_the_plans_block_of_notes_holds_no_event():
    found = drafts_of(_NOTES)
    assert len(found) == 3, found
    assert not any("boat" in d["title"].lower() for d in found)


def test_a_line_that_says_no_meeting_was_held_is_no_event():
    text = _NOTES.replace(
        "plans / TBC", "Aug'23 - no mtg (harvest), most ppl at the lake\n\nplans / TBC"
    )
    assert len(drafts_of(text)) == 3


def test_prose_with_a_word_like_shorthand_is_left_as_it_is():
    # one mark of shorthand ("pax" in a travel agent's name) is no notes in shorthand
    text = "On 3 July 2023 the Pax Travel office in Kisumu hosted a meeting of 21 people."
    assert shorthand.expand(text) == text
    assert not shorthand.is_shorthand("We met @ 10 am w/ the chair.")


def test_the_days_of_the_year_are_written_out_in_notes_only():
    notes = "8 Mar'24 - IWD gathering @ Kibuye market, Kisumu\n- 60 ppl frm 3 grps, mtg after"
    assert "International Women's Day gathering" in shorthand.expand(notes)
    prose = "The IWD gathering in Kisumu drew 60 people."
    assert shorthand.expand(prose) == prose


# A campaign update's hand-over told as an entry by its noun, the delegation counted ------------

_CAMPAIGN = """CAMPAIGN UPDATE: Fair Pay at Sea

Our petition now has 9,300 signatures and 4,000 online supporters. They back the campaign; they
were not at our actions.

Hand-over, Mombasa, 12 July 2024. A delegation of 14 crew members and families took the signatures
to the county labour office. An officer received them.

3 September 2024: hand-over at the National Assembly in Nairobi. Nine delegates carried the boxes
to the clerk of the labour committee.
"""


def test_a_hand_over_entry_is_an_event_with_its_delegation():
    found = drafts_of(_CAMPAIGN)
    first = next(d for d in found if d["start"] == "2024-07-12")
    assert (first["type"], first["city"], first["total"]) == ("other", "Mombasa", 14)
    second = next(d for d in found if d["start"] == "2024-09-03")
    assert (second["type"], second["city"]) == ("other", "Nairobi")


def test_the_signatures_are_no_participants_and_no_event():
    found = drafts_of(_CAMPAIGN)
    assert len(found) == 2, found
    assert not any(d["total"] in (9300, 4000) for d in found)


def test_a_hand_over_of_keys_or_duties_is_no_event():
    text = (
        "On 12 July 2024 in Mombasa the outgoing chair made a smooth handover to the new chair. "
        "Handover notes, 3 September 2024: the keys of the Nairobi office are with 2 members."
    )
    assert drafts_of(text) == []


# A campaign's vigil, rally, launch or day's celebration told as an entry headed by its noun ----

_ENTRIES = """What we did this year

Launch, Eldoret, 2 March 2024. About 90 farm workers came to the market square.

Vigil, Kisumu, 30 July 2024, World Day against Trafficking in Persons. Some 120 people lit
candles at the lakeside for those still missing.

15 October 2024 - Rural Women's Day celebration at Kibos Community Hall, Kisumu. 70 women came.
"""


def test_a_campaign_entry_headed_by_its_noun_is_its_event():
    found = drafts_of(_ENTRIES)
    launch = next(d for d in found if d["start"] == "2024-03-02")
    assert (launch["type"], launch["city"]) == ("launch", "Eldoret")
    vigil = next(d for d in found if d["start"] == "2024-07-30")
    assert (vigil["type"], vigil["city"], vigil["total"]) == ("other", "Kisumu", 120)


def test_a_days_celebration_is_an_event():
    found = drafts_of(_ENTRIES)
    assert any(d["type"] == "other" and "celebration" in d["title"] for d in found), found


def test_a_launch_or_vigil_to_come_or_in_a_name_is_no_entry():
    text = (
        "We plan to launch at the Eldoret market on 2 March 2025 if the permit comes. "
        "Vigil Mwangi, our treasurer, visited the office on 30 July 2024."
    )
    assert drafts_of(text) == []


# A meeting with officials, or a march, told by its verb ----------------------------------------


def test_a_delegation_that_met_officials_is_a_meeting():
    text = (
        "On 14 March 2024 a delegation of 14 from member groups met officials of the County "
        "Labour Office in Nakuru, at the office's board room."
    )
    found = drafts_of(text)
    assert [(d["type"], d["start"], d["city"], d["total"]) for d in found] == [
        ("meeting", "2024-03-14", "Nakuru", 14)
    ]
    assert "County Labour Office" in found[0]["title"]


def test_we_marched_through_a_town_is_a_march():
    text = (
        "On 8 March 2024 we marched through Eldoret from the bus park to the county offices. "
        "About 250 people walked with us."
    )
    found = drafts_of(text)
    assert [(d["type"], d["start"], d["total"]) for d in found] == [("other", "2024-03-08", 250)]


def test_officials_who_met_or_a_walk_in_a_garden_is_no_event():
    text = (
        "On 14 March 2024 officials of the County Labour Office met in private; we were not there. "
        "On 8 March 2024 we walked in the Hope Garden after lunch."
    )
    assert drafts_of(text) == []


# A digest's message header dates its news: "yesterday", "this morning" -------------------------

_DIGEST = """LAKE REGION LIST - DIGEST 7

From: Kisumu Fishers Circle
Date: Tue, 9 Jul 2024 10:02
Yesterday, 8 July, 40 fishers met at the Dunga beach hall in Kisumu to talk about fuel prices.

From: Homa Bay Women Traders
Date: 12 Jul 2024
This morning we held a training on bookkeeping for 25 women traders in Homa Bay.
"""


def test_a_digest_message_is_dated_by_its_header():
    found = drafts_of(_DIGEST)
    assert sorted((d["type"], d["start"], d["city"]) for d in found) == [
        ("meeting", "2024-07-08", "Kisumu"),
        ("training", "2024-07-12", "Homa Bay"),
    ]


def test_a_single_emails_header_is_no_digest():
    from atlas.extract import digests

    one = "From: Kisumu Fishers Circle\nDate: 9 Jul 2024\nYesterday we cleaned the office."
    assert digests.message_headers(one) == one


# A group's own notes or a campaign's update page under its name: the writer organised its events


def test_notes_under_the_groups_name_are_its_own_events():
    found = drafts_of(_NOTES)
    assert found and all(("Kisumu Fishers Circle", "organiser") in d["orgs"] for d in found), found


def test_a_short_name_the_notes_never_spell_out_organises_nothing():
    text = _NOTES.replace("KFC (Kisumu Fishers Circle) - notes", "KFC - notes")
    assert text != _NOTES
    found = drafts_of(text)
    assert found and not any(o for d in found for o, _ in d["orgs"] if o == "KFC"), found


def test_a_campaign_update_under_its_name_is_its_own_record():
    text = """Fair Pay at Sea - campaign update, August 2024
Lake Crew Welfare Alliance, Kisumu

Vigil, Kisumu, 30 July 2024. Some 120 people lit candles at the lakeside for the crew lost in May.
"""
    found = drafts_of(text)
    assert [d["orgs"] for d in found] == [[("Lake Crew Welfare Alliance", "organiser")]]


def test_a_digest_messages_sender_organised_what_it_tells_as_we():
    found = drafts_of(_DIGEST)
    training = next(d for d in found if d["type"] == "training")
    assert ("Homa Bay Women Traders", "organiser") in training["orgs"]
    # the first message tells others' meeting, not "we": its sender organised nothing
    meeting = next(d for d in found if d["type"] == "meeting")
    assert not any(role == "organiser" for _, role in meeting["orgs"])


def test_a_digest_is_no_single_emails_writer():
    # the first sender is not the writer of every message below it
    found = drafts_of(_DIGEST)
    assert not any(("Kisumu Fishers Circle", "organiser") in d["orgs"] for d in found)


# A citation's record told in passing: "it gathered 400 domestic workers in Amman" --------------


def test_a_body_that_gathered_counted_people_in_a_town_held_a_gathering():
    text = (
        "The jury noted its record. On 1 May 2023 it gathered more than 300 dock workers in "
        "Mombasa at the Tononoka grounds for a day of talks and music."
    )
    found = drafts_of(text)
    assert [(d["type"], d["start"], d["city"], d["total"]) for d in found] == [
        ("other", "2023-05-01", "Mombasa", 300)
    ]


def test_gathered_signatures_or_no_town_is_no_gathering():
    text = (
        "On 1 May 2023 it gathered 3,000 signatures in the markets. "
        "On 2 May 2023 we gathered 40 photographs at the office."
    )
    assert drafts_of(text) == []


# A venue named in small letters after its name: "the Ochheuteal community hall" ----------------


def test_a_venue_of_a_name_then_its_kind_in_small_letters():
    text = (
        "On 3 May 2024 we held a meeting at the Kibos community hall in Kisumu. 40 people came. "
        "On 9 May 2024 we held a vigil at the Dunga fishing pier in Kisumu. 60 people came."
    )
    venues = sorted(d["venue"] for d in drafts_of(text))
    assert venues == ["Dunga fishing pier", "Kibos community hall"]


def test_a_place_of_a_kind_alone_or_a_market_is_no_such_venue():
    text = (
        "On 3 May 2024 we held a meeting at the Kisumu office. 40 people came. "
        "On 9 May 2024 we held a vigil at the Kibuye market square in Kisumu. 60 people came."
    )
    assert all(d["venue"] is None for d in drafts_of(text)), drafts_of(text)
