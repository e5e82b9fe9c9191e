"""General rules against invented events and wrong values (issue 16), read from what the first
runs of the blind sets invented (tools/first_run_thin_drafts.py rebuilds them) and today's
extractor still made: kinds of text that recur across sets, not one report's wording. Each is
tested on sentences of our own, with a sentence that must still give its event."""

from __future__ import annotations

from tests.extract_drafts import drafts_of


def _titles(text: str) -> list[str]:
    return [d["title"] for d in drafts_of(text)]


# Events asked for, proposed, moved or refused: named, never held ---------------------------------


def test_a_meeting_only_requested_is_no_event():
    for text in (
        "A meeting with the Governor of Mwanza is requested for June 2024.",
        "A follow-up meeting with the port police was requested but has not been granted.",
        "A hearing with the labour committee has been requested.",
        "A coordination meeting has been proposed for late 2025 but not yet agreed.",
    ):
        assert drafts_of(text) == [], text


def test_a_meeting_requested_and_then_held_is_still_an_event():
    text = (
        "A meeting with the Governor of Mwanza, requested by the fishers, was held on 4 June 2024."
    )
    found = drafts_of(text)
    assert [(d["type"], d["start"]) for d in found] == [("meeting", "2024-06-04")]


def test_an_event_moved_or_not_confirmed_is_no_event():
    for text in (
        "The exchange visit to Mombasa has been moved to May 2025 with the donor's agreement.",
        "In July we planned a workshop with the fishers in Lamu but it is moved to October.",
        "Round table with the employers: proposed for March 2025, not confirmed.",
        "We also wanted a youth camp in Moshi in January, but that is not sure yet.",
    ):
        assert drafts_of(text) == [], text


def test_an_event_moved_and_held_keeps_its_place_and_days():
    text = (
        "Because the hall was booked, the workshop was moved to Moshi and held on 3-4 May 2023, "
        "with 30 farmers."
    )
    found = drafts_of(text)
    assert [(d["type"], d["start"], d["end"], d["total"]) for d in found] == [
        ("workshop", "2023-05-03", "2023-05-04", 30)
    ]


def test_an_event_the_writer_could_not_reach_is_no_event():
    for text in (
        "We were invited to a regional conference in Nairobi in March, but our visas did not come.",
        "I was asked to speak at a forum in Kampala in May 2024, but my visa was refused.",
    ):
        assert drafts_of(text) == [], text


def test_people_who_could_not_travel_leave_the_event_held():
    text = (
        "On 8-9 May 2023 the union held a training in Arusha for 20 drivers. Three drivers "
        "from Moshi could not travel because of the rains."
    )
    found = drafts_of(text)
    assert [(d["type"], d["city"], d["total"]) for d in found] == [("training", "Arusha", 20)]


def test_a_planned_or_proposed_event_named_so_is_no_event():
    for text in (
        "Photo 7: A planned visit to the Ministry of Labour in Dodoma.",
        "A proposed study visit to Tanga has not yet been organised.",
    ):
        assert drafts_of(text) == [], text


def test_a_plan_of_the_sentences_subject_is_no_event():
    for text in (
        "The new grant would fund two trainings each year, a family meeting in Bukoba and a "
        "regional exchange in Kigoma.",
        "Our plan: We will reach two more districts, organise a national assembly of fishers in "
        "Dodoma in 2027 and publish a small study.",
        "Our next goal is a national congress of farmers in 2026.",
        "The Cooperative proposes to train village leaders and to co-host a regional forum in "
        "Musoma in 2025.",
        "Outlook 2025: exchange visit of the youth group to Tabora (April), second forum in Mbeya.",
    ):
        assert drafts_of(text) == [], text


def test_a_plan_told_before_an_event_held_leaves_the_event():
    text = (
        "We will remember it for long: on 12 March 2024 we held a forum in Mbeya with 80 farmers."
    )
    found = drafts_of(text)
    assert [(d["type"], d["city"], d["start"]) for d in found] == [
        ("conference", "Mbeya", "2024-03-12")
    ]


# Home countries of people who were invited or registered but kept away -----------------------


def _homes(text: str) -> list[str]:
    found = drafts_of(text)
    assert len(found) == 1, found
    return [c for c, _ in found[0]["homes"]]


def test_people_registered_or_invited_but_kept_away_give_no_home():
    base = "On 3-4 June 2024 the alliance held a workshop in Lusaka with 30 delegates from Zambia and Malawi. "
    for tail in (
        "Colleagues from Lesotho were registered but could not come.",
        "A delegation of Eritrea was invited but did not obtain permission to travel.",
        "A group of traders from Botswana was supposed to join, but they were stuck at the border.",
        "Sadly the two members from Burundi missed the trip because their passports were late.",
    ):
        assert _homes(base + tail) == ["ZMB", "MWI"], tail


def test_people_who_came_but_could_not_do_something_keep_their_home():
    text = (
        "On 3-4 June 2024 the alliance held a workshop in Lusaka with 30 delegates from Zambia and "
        "Malawi. Delegates from Zimbabwe came too, but could not speak freely in front of officials."
    )
    assert "ZWE" in _homes(text)


# A part counted first, then the whole: the whole is the event's count ----------------------------

_HEARING = "On 4 May 2024 the fishers' network held a public hearing in Mwanza. "


def _total(text: str) -> int | None:
    found = drafts_of(text)
    assert len(found) == 1, found
    return found[0]["total"]


def test_those_who_spoke_then_those_who_listened_count_the_listeners():
    assert _total(_HEARING + "Six women gave testimony, and more than 120 persons listened.") == 120
    assert _total(_HEARING + "Five elders spoke; around 70 people attended.") == 70


def test_the_parts_then_their_sum_in_all_count_the_sum():
    assert _total(_HEARING + "27 fishers and 9 family members attended (36 in all).") == 36


def test_a_group_that_travelled_then_the_crowd_it_joined_count_the_crowd():
    text = (
        "On 9 March 2024 the union held a march in Dodoma. 40 members of our union travelled by "
        "bus; the march gathered more than 2,000 people."
    )
    assert _total(text) == 2000


def test_a_count_then_a_part_of_it_or_a_later_group_keeps_the_first():
    assert _total(_HEARING + "27 fishers attended, 20 of them women.") == 27
    text = (
        "On 4 May 2024 the fishers' network held a public hearing in Mwanza with 60 fishers; 12 "
        "officials joined them in the afternoon."
    )
    assert _total(text) == 60


# People a programme trained, counted with no date and no place: no training of their own -------

_HELD_FIRST = "On 3 May 2024 the fishers' union held a meeting with boat owners in Arusha. "


def test_people_counted_as_trained_with_no_date_or_place_are_no_training():
    for text in (
        "24 fishers were trained by two lawyers of the legal aid clinic.",
        "Thirty-one officers were trained (Arusha 17, Moshi 14).",
        "We trained 22 young people together with the Lake Trust, which also paid for it.",
    ):
        assert _titles(_HELD_FIRST + text) == ["Meeting with boat owners"], text


def test_people_trained_on_a_date_or_in_a_town_are_a_training():
    text = _HELD_FIRST + "In June 2024 we trained 30 women leaders in case documentation in Moshi."
    found = drafts_of(text)
    trainings = [d for d in found if d["type"] == "training"]
    assert [(d["start"], d["city"], d["total"]) for d in trainings] == [("2024-06-01", "Moshi", 30)]


def test_a_report_with_only_people_trained_still_has_its_training():
    found = drafts_of("24 fishers were trained by two lawyers of the legal aid clinic.")
    assert [(d["type"], d["total"]) for d in found] == [("training", 24)]


# A body's founding or registered members: its size, not those who came --------------------------


def test_a_bodys_founding_or_registered_members_are_no_count():
    for text in (
        "On 5 June 2024 the forum in Mbeya founded the Highland Beekeepers Network, with 35 "
        "founding members.",
        "On 5 June 2024 we held a forum in Mbeya. The hosts were the Beekeepers' Union, which "
        "has 57 registered members today.",
    ):
        assert _total(text) is None, text


def test_members_who_came_are_still_counted():
    assert _total("On 5 June 2024 we held a forum in Mbeya with 35 members of the union.") == 35
    text = "On 5 June 2024 a delegation went to Mbeya for a forum. The delegation had 13 members."
    assert _total(text) == 13


# The conference a side event was held at: its frame, not an event of the report ----------------


def test_the_conference_framing_a_side_event_is_no_event():
    for text in (
        'At the Lake Basin Forum in Kisumu, the network organised the side event "Permits for '
        'all" on 14 March 2024 in Room B of the Lakeside Hotel, with 45 participants.',
        "In May 2024 I spoke at a side session on returnees, organised by the Coast Migrant "
        "Network, during the Ocean Migration Conference in Mombasa.",
    ):
        found = drafts_of(text)
        assert not any("Forum" in d["title"] or "Conference" in d["title"] for d in found), found


def test_the_side_event_itself_stays_and_a_conference_alone_is_an_event():
    text = (
        'At the Lake Basin Forum in Kisumu, the network organised the side event "Permits for '
        'all" on 14 March 2024 in Room B of the Lakeside Hotel, with 45 participants.'
    )
    assert [(d["start"], d["total"]) for d in drafts_of(text)] == [("2024-03-14", 45)]
    alone = drafts_of("The Lake Basin Forum was held in Kisumu on 14-15 March 2024.")
    assert [(d["type"], d["city"]) for d in alone] == [("conference", "Kisumu")]


# What someone never did: a kind of event, not one held ------------------------------------------


def test_an_event_someone_never_went_to_is_no_event():
    text = (
        "On 5 June 2024 the union held a workshop in Mbeya with 30 women. A farmer from Ileje "
        "told us she had never spoken at a meeting before."
    )
    assert [d["type"] for d in drafts_of(text)] == ["workshop"]


def test_never_before_so_many_still_tells_the_event_held():
    text = "Never before had so many farmers attended a meeting in Mbeya as on 5 June 2024."
    assert [(d["type"], d["city"]) for d in drafts_of(text)] == [("meeting", "Mbeya")]


# Counts of people expected, planned or who will go: no count of those who came -------------------


def test_an_invitations_expected_count_is_no_count():
    text = (
        "Invitation: Consultation on seed banks\n\nDate: 5-6 June 2024\nVenue: Mbeya Hall, "
        "Mbeya\nParticipants expected: 30 women traders\n"
    )
    assert [d["total"] for d in drafts_of(text)][0] is None
    line = "Consultation on seed banks, Mbeya, 5 June 2024. Planned: 25 participants from the districts."
    assert _total(line) is None


def test_a_count_that_came_after_the_invitation_is_kept():
    text = "Consultation on seed banks, Mbeya, 5 June 2024. Participants: 25 from the districts."
    assert _total(text) == 25


def test_people_who_will_go_are_no_count_but_those_who_came_are():
    text = (
        "On 5 June 2024 we held a forum in Mbeya. Three delegates will take the statement to "
        "Nairobi."
    )
    assert _total(text) is None
    text = "On 5 June 2024 we held a forum in Mbeya. 45 participants came, though 60 were expected."
    assert _total(text) == 45
