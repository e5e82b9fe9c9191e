"""Which events a report tells, and their kind, for trips and plans: kinds of text the first runs
drafted as events of their own or typed wrong in three blind sets or more (issue 16); tested on
texts of our own, each rule with a text it must leave alone."""

from __future__ import annotations

from tests.extract_drafts import drafts_of


def _events(text: str) -> list[tuple[str, str, str | None]]:
    return [(d["title"], d["type"], d["start"]) for d in drafts_of(text)]


# The parts of a trip: its field visits and its meetings "with" an office are the trip's


def test_field_visits_of_an_exchange_are_part_of_it():
    text = (
        "Exchange of fish traders from Mwanza to Kisumu\n\n"
        "A six-day exchange visit, from 3 to 8 March 2025, took 12 women fish traders from "
        "Mwanza to Kisumu to learn from the traders' cooperatives of the lake. "
        "The group was based in Kisumu, with field visits to Homa Bay and Bondo."
    )
    found = _events(text)
    assert [(k, start) for _, k, start in found] == [("exchange", "2025-03-03")]


def test_a_meeting_with_an_office_on_a_day_of_a_study_tour_is_part_of_it():
    text = (
        "Study Tour to Korea on the Protection of Fishers\n\n"
        "From 2 to 6 June 2025, a delegation of 10 union leaders from Indonesia made a five-day "
        "study tour to Busan, Korea, to learn how migrant fishers are organised. "
        "On the third day the group went to Seoul for a meeting with the migrant workers "
        "support office."
    )
    found = _events(text)
    assert len(found) == 1
    assert found[0][1] == "exchange"
    assert found[0][2] == "2025-06-02"


def test_a_public_forum_held_during_an_exchange_stays_an_event():
    text = (
        "An eight-day exchange, from 6 to 13 October 2025, took a delegation of shelter staff "
        "from Tapachula to Mae Sot. On the last day, 13 October, the two networks held a public "
        "forum at the Mae Sot Riverside Hotel, attended by about 70 people."
    )
    kinds = [k for _, k, _ in _events(text)]
    assert "exchange" in kinds and len(kinds) == 2


def test_a_meeting_with_an_office_with_no_trip_stays_an_event():
    text = (
        "On 12 March 2025 our committee held a meeting with the provincial labour office in "
        "Savannakhet on the fees of recruitment agencies, with 14 returnees."
    )
    found = _events(text)
    assert len(found) == 1 and found[0][1] == "meeting"


# A trip the report is titled by: an exchange, not a field visit


def test_a_report_titled_by_one_study_visit_tells_an_exchange():
    text = (
        "Study visit of Cambodian returnee leaders to Chiang Rai\n\n"
        "From 4 to 8 August 2024, nine returnee leaders from Prey Veng made a study visit to "
        "Chiang Rai, Thailand, hosted by the Mekong Returnee Network."
    )
    found = _events(text)
    assert [k for _, k, _ in found] == ["exchange"]
    assert found[0][2] == "2024-08-04"


def test_a_report_titled_by_several_study_visits_keeps_field_visits():
    text = (
        "Study visits\n\n"
        "From 4 to 8 August 2024, nine returnee leaders from Prey Veng made a study visit to "
        "Chiang Rai, Thailand, hosted by the Mekong Returnee Network."
    )
    assert [k for _, k, _ in _events(text)] == ["field_visit"]


def test_a_tour_named_in_the_title_takes_its_days_from_the_first_sentence():
    text = (
        "Nepali study tour to Malaysia on labour inspection\n\n"
        "Between 3 and 9 March 2025, a Nepali delegation spent a week in Kuala Lumpur to see how "
        "labour inspectors visit plantations. The study tour was organised by the Kathmandu "
        "Migration Forum. The delegation sat in on two inspection briefings for plantation "
        "managers."
    )
    found = _events(text)
    assert len(found) == 1
    assert found[0][1:] == ("exchange", "2025-03-03")


def test_no_tour_from_a_title_when_the_first_sentence_gives_no_days():
    text = (
        "Nepali study tour to Malaysia on labour inspection\n\n"
        "A Nepali delegation will spend a week in Kuala Lumpur next year to see how labour "
        "inspectors visit plantations."
    )
    assert not any(k in ("exchange", "field_visit") for _, k, _ in _events(text))


def test_the_visit_of_a_report_titled_by_one_exchange_is_the_exchange():
    text = (
        "Neighbours across the river: a fishers' exchange in Stung Treng\n\n"
        "The visit began on Monday 7 April 2025 and lasted five days, until Friday 11 April. "
        "Twenty fishers from Champasak stayed with families in Stung Treng."
    )
    assert [(k, start) for _, k, start in _events(text)] == [("exchange", "2025-04-07")]


def test_the_visit_of_a_report_titled_by_an_exchange_of_views_stays_a_visit():
    text = (
        "An exchange of views on river fisheries\n\n"
        "The visit began on Monday 7 April 2025 and lasted five days, until Friday 11 April. "
        "Twenty fishers from Champasak stayed with families in Stung Treng."
    )
    assert [k for _, k, _ in _events(text)] == ["field_visit"]


# A visit told as an exchange


def test_a_visit_told_as_an_exchange_visit_is_an_exchange():
    text = (
        "Exchange visit to Laos: our delegation of 8 visited the Savannakhet Women's Group in "
        "Savannakhet from 10 to 13 February 2025 to learn about its savings scheme."
    )
    assert [k for _, k, _ in _events(text)] == ["exchange"]


def test_a_visit_of_officials_stays_a_field_visit():
    text = (
        "Our delegation of 8 visited the Savannakhet provincial shelter from 10 to 13 February "
        "2025 to see its rooms and its records."
    )
    assert [k for _, k, _ in _events(text)] == ["field_visit"]


# Plans told after the event


def test_meetings_agreed_at_a_forum_are_not_events():
    text = (
        "The Mekong Farmworkers Forum was held on 4 and 5 May 2024 in Vientiane with 90 "
        "delegates. The unions agreed to hold provincial follow-up meetings by September 2024."
    )
    assert [t for t, _, _ in _events(text)] == ["Mekong Farmworkers Forum"]


def test_an_invitation_to_a_meeting_with_no_date_is_not_an_event():
    text = (
        "On 3 April 2025 about 200 fishers marched to the provincial hall in Songkhla. The "
        "governor's deputy invited the fishers' committee to a meeting with the fisheries office."
    )
    assert not any(t.startswith("Meeting with") for t, _, _ in _events(text))


def test_an_invitation_to_a_dated_meeting_is_one_held():
    text = (
        "On 14 November 2024 we invited two dockworkers' unions to a meeting at our centre in "
        "Chittagong to learn from the case."
    )
    assert [k for _, k, _ in _events(text)] == ["meeting"]


# Sessions inside an event


def test_parallel_workshops_of_a_forum_are_part_of_it():
    text = (
        "The National Youth Forum on Safe Work was held in Phnom Penh on 2 and 3 June 2025 with "
        "150 young people. After the opening, the participants divided into four parallel "
        "workshops on jobs, travel, money and health."
    )
    found = _events(text)
    assert [k for _, k, _ in found] == ["conference"]


def test_a_workshop_of_its_own_after_a_forum_stays():
    text = (
        "The National Youth Forum on Safe Work was held in Phnom Penh on 2 and 3 June 2025 with "
        "150 young people. On 10 June the network held a workshop on safe travel in Takeo for "
        "30 volunteers."
    )
    kinds = [k for _, k, _ in _events(text)]
    assert kinds.count("workshop") == 1


# A petition handed over at the end of a march, told as the march's purpose


def test_a_march_to_hand_over_a_petition_is_one_event():
    text = (
        "On 5 May 2025, more than 200 farmworkers and supporters marched to the Ministry of "
        "Agriculture in Lat Phrao, Bangkok, to hand over a petition on crop prices."
    )
    found = drafts_of(text)
    assert [(d["type"], d["start"]) for d in found] == [("other", "2025-05-05")]
    assert found[0]["title"].startswith("March")


def test_a_march_to_hand_over_a_petition_with_no_date_is_none():
    text = (
        "Next year the farmworkers want to march to the Ministry of Agriculture in Lat Phrao, "
        "Bangkok, to hand over a petition on crop prices."
    )
    assert drafts_of(text) == []
