"""Series of meetings, plans and forms (the seventh blind set's first run, read by shape): the
meetings of a series told with no date of their own are no separate dated events; a series
named again ("all six dialogues") is no new one; a follow-up plan is no event; a form's venue
and town on lines of their own. Each rule on sentences written for these tests, with negatives."""

from __future__ import annotations

import datetime as dt

import pytest

from atlas.extract import extract_text
from atlas.extract.origins import countries_named


def drafts(text: str):
    return extract_text(text, "test")


# A series' meetings told with no date of their own -----------------------------------------


@pytest.mark.parametrize(
    "text, start, city, total",
    [
        (
            "Between March and August 2019 the network ran six dialogues on the land law. The "
            "first, in Maliana on 12 March 2019, drew 48 people.",
            dt.date(2019, 3, 12),
            "Maliana",
            48,
        ),
        (
            "From May to July 2021 the union held four trainings for shop stewards; the first "
            "took place in Mombasa on 3 May with 30 workers.",
            dt.date(2021, 5, 3),
            "Mombasa",
            30,
        ),
        (
            "Between March and June 2022 the alliance ran a series of three community meetings, "
            "the first of which was held in Gizo on 19 March with 25 women.",
            dt.date(2022, 3, 19),
            "Gizo",
            25,
        ),
    ],
)
def test_only_the_meeting_told_of_a_series_is_an_event(text, start, city, total):
    found = drafts(text)
    assert len(found) == 1, [d.title for d in found]
    d = found[0]
    assert (d.start_date, d.date_precision, d.participants_total) == (start, "day", total)
    assert d.end_date is None
    if city != "Gizo":  # Gizo's own sentence is read by the round-4 rule; its date is what counts
        assert d.city == city


def test_a_series_told_only_as_a_whole_is_one_event_over_its_span():
    found = drafts("Between March and June 2022 the network ran three community meetings in Gizo.")
    assert len(found) == 1, [d.title for d in found]
    d = found[0]
    assert (d.start_date, d.end_date, d.date_precision) == (
        dt.date(2022, 3, 1),
        dt.date(2022, 6, 1),
        "month",
    )
    assert "of 3" not in d.title


def test_each_meeting_told_with_its_own_date_and_place_stays():
    found = drafts(
        "Between May and August 2017, the platform held a series of three district dialogues, "
        "reaching 210 people in all. The first, in Kurunegala on 20 May, brought together 85 "
        "people. The second and third dialogues took place in Batticaloa and Matara in July and "
        "August, with 70 and 55 participants."
    )
    assert [(d.city, d.start_date, d.participants_total) for d in found] == [
        ("Kurunegala", dt.date(2017, 5, 20), 85),
        ("Batticaloa", dt.date(2017, 7, 1), 70),
        ("Matara", dt.date(2017, 8, 1), 55),
    ]


def test_the_last_of_a_series_in_a_month_of_its_span_is_told():
    found = drafts(
        "Between March and May 2018 the network held three village meetings on safe migration "
        "in Indonesia. The first, in Kupang on 10 March, drew 80 people. The second took place "
        "in Soe on 14 April with 60 participants, and the last in Atambua in the second week of "
        "May, with 50."
    )
    assert len(found) == 3, [d.title for d in found]
    assert found[2].start_date == dt.date(2018, 5, 1) and found[2].end_date is None


@pytest.mark.parametrize(
    "text, n",
    [
        # one date for all (a season, a year): each meeting has it, so each is an event
        ("Two workshops were held in early 2010 for youth leaders from Thailand and Lao PDR.", 2),
        ("In 2019 the network ran three trainings for paralegals in Dili.", 3),
        (
            "During 2020 the union held three peer counsellor trainings in Hong Kong. The first, "
            "in January, trained 22 domestic workers. The second and third took place in July "
            "and November, with 30 and 27 participants.",
            3,
        ),
    ],
)
def test_meetings_with_a_date_of_their_own_stay_separate(text, n):
    assert len(drafts(text)) == n


# A series named again --------------------------------------------------------------------


@pytest.mark.parametrize(
    "again", ["all six dialogues", "all the six dialogues", "these six dialogues"]
)
def test_a_series_named_again_is_no_new_series(again):
    found = drafts(
        "Between March and August 2019 the network ran six dialogues in Bobonaro. The first, "
        "on 12 March 2019, drew 48 people. The questions collected in "
        f"{again} were compiled in a report, which the network submitted to the ministry in "
        "September 2019."
    )
    assert len(found) == 1, [d.title for d in found]
    assert found[0].start_date == dt.date(2019, 3, 12)


def test_a_series_told_first_with_the_is_still_an_event():
    found = drafts("The two workshops were held in Hue on 3 and 5 May 2019 with 40 farmers.")
    assert found


# Plans --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "plan",
    [
        "Follow-up: each new trainer to run two local trainings in his or her country between "
        "July and November 2019 (not yet reported).",
        "Follow-up: two local trainings in each country between July and November 2019.",
        "The partners agreed to hold two more dialogues in Kisumu in October 2019.",
        "The trainers decided to organise a refresher course in Lusaka in March 2020.",
        "Two district trainings between July and November 2019 are yet to take place.",
    ],
)
def test_a_follow_up_plan_is_no_event(plan):
    found = drafts(
        "The network held a training of trainers in Lusaka, Zambia, on 3-7 June 2019 with 22 "
        "participants. " + plan
    )
    assert len(found) == 1, [d.title for d in found]
    assert found[0].start_date == dt.date(2019, 6, 3)


def test_a_training_used_to_run_is_held():
    found = drafts(
        "The union used the grant to run two trainings for shop stewards in Mombasa in May and "
        "June 2021."
    )
    assert found


# A form's venue and town on lines of their own ------------------------------------------------

FORM = """ACTIVITY RECORD - Livelihoods Programme, Year 2

Activity: Regional training of trainers on inclusive savings groups
Dates: 3-7 June 2019
Venue: Livingstone Lodge
{town_line}
Participants: 22 (Zambia 9, Malawi 7, Zimbabwe 6)
Organiser: Zambezi Network of Disabled Persons' Organisations
Follow-up: each new trainer to run two local trainings between July and November 2019.
"""


@pytest.mark.parametrize(
    "town_line", ["City / country: Lusaka, Zambia", "City: Lusaka", "Location: Lusaka, Zambia"]
)
def test_a_form_gives_venue_and_town_on_lines_of_their_own(town_line):
    found = drafts(FORM.format(town_line=town_line))
    assert len(found) == 1, [d.title for d in found]
    d = found[0]
    assert (d.city, d.venue, d.country_iso3) == ("Lusaka", "Livingstone Lodge", "ZMB")
    assert (d.start_date, d.end_date, d.participants_total) == (
        dt.date(2019, 6, 3),
        dt.date(2019, 6, 7),
        22,
    )


def test_a_form_with_a_venue_and_no_town_gives_no_town():
    found = drafts(FORM.format(town_line="Language: English and Chichewa"))
    assert len(found) == 1
    assert found[0].city is None


# One event told again by "the" with a finer date ------------------------------------------


@pytest.mark.parametrize(
    "text, start, end, total",
    [
        (
            "In June 2019 the workers' centre ran a training on labour rights in Choloma. The "
            "training took place on 8 and 9 June, and 34 workers took part.",
            dt.date(2019, 6, 8),
            dt.date(2019, 6, 9),
            34,
        ),
        (
            "LIMA, 25 November 2022 - The Andean Conference of Domestic Workers closed today in "
            "Lima. The conference, held on 24 and 25 November at the Hotel Arequipa Plaza, "
            "brought together 200 domestic workers.",
            dt.date(2022, 11, 24),
            dt.date(2022, 11, 25),
            200,
        ),
        (
            "In March 2021 the union held a workshop for shop stewards in Mombasa. The workshop "
            "was held on 12 March with 25 participants.",
            dt.date(2021, 3, 12),
            None,
            25,
        ),
    ],
)
def test_the_event_told_again_with_a_finer_date_is_the_same(text, start, end, total):
    found = drafts(text)
    assert len(found) == 1, [d.title for d in found]
    d = found[0]
    assert (d.start_date, d.end_date, d.participants_total) == (start, end, total)


def test_a_venue_named_after_a_town_does_not_move_the_event():
    found = drafts(
        "LIMA, 25 November 2022 - The Andean Conference of Domestic Workers closed today in "
        "Lima. The conference, held on 24 and 25 November at the Hotel Arequipa Plaza, brought "
        "together 200 domestic workers."
    )
    assert (found[0].city, found[0].venue) == ("Lima", "Hotel Arequipa Plaza")


def test_two_events_of_a_kind_are_not_joined_by_a_finer_date():
    found = drafts(
        "In June 2019 the centre ran a training for drivers in Choloma. In May 2019 it ran a "
        "training for cooks in Tela. The training took place on 8 and 9 June with 34 workers."
    )
    assert len(found) >= 2


def test_a_date_outside_the_first_telling_is_another_event():
    found = drafts(
        "In June 2019 the centre ran a training on labour rights in Choloma with 30 workers. "
        "The training was held again on 8 and 9 October with 34 workers."
    )
    assert len(found) == 2, [d.title for d in found]


# A form names its event on one line and tells it on the next -------------------------------

SHEET = """EVENT SUMMARY SHEET

{label}: {event}
Date: 27 November 2020
Place: Hanoi, Viet Nam
Venue: Green Lotus Hotel
Organised by: Centre for Workers' Housing and Community Development
Partner: Hanoi Architecture Students' Volunteer Club
Funding: Asia Urban Equity Fund
Participants: 36 (21 women)
Follow-up: the Centre will send the standards in December and ask for a meeting.
"""


@pytest.mark.parametrize(
    "label, event, kind",
    [
        ("Title", "Workshop on decent rental housing for workers", "workshop"),
        ("Activity type", "Community consultation", "consultation"),
        ("Name of activity", "Training on fire safety for landlords", "training"),
    ],
)
def test_a_form_tells_its_event_on_the_lines_after_its_title(label, event, kind):
    found = drafts(SHEET.format(label=label, event=event))
    assert len(found) == 1, [d.title for d in found]
    d = found[0]
    assert d.event_type == kind
    assert (d.start_date, d.city, d.venue, d.participants_total) == (
        dt.date(2020, 11, 27),
        "Hanoi",
        "Green Lotus Hotel",
        36,
    )
    roles = {(o.name, o.role) for o in d.organisations}
    assert ("Centre for Workers' Housing and Community Development", "organiser") in roles
    assert ("Asia Urban Equity Fund", "funder") in roles
    assert ("Hanoi Architecture Students' Volunteer Club", "partner") in roles


def test_a_form_whose_title_names_no_event_tells_none():
    found = drafts(SHEET.format(label="Title", event="Notes on rental housing"))
    assert found == []


@pytest.mark.parametrize(
    "line, role",
    [
        ("Supported by: West Coast Fisheries Trust", "funder"),
        ("Financed by: West Coast Fisheries Trust", "funder"),
        ("Facilitated by: West Coast Fisheries Trust", "organiser"),
        ("Hosted by: West Coast Fisheries Trust", "host"),
    ],
)
def test_a_form_line_gives_its_organisation_a_role(line, role):
    text = SHEET.format(label="Title", event="Community consultation on the closed season")
    found = drafts(text.replace("Funding: Asia Urban Equity Fund", line))
    assert ("West Coast Fisheries Trust", role) in {
        (o.name, o.role) for o in found[0].organisations
    }


# An event named, then told by "It was ..." -------------------------------------------------


@pytest.mark.parametrize(
    "told, start, end",
    [
        (
            "It was last Tuesday and Wednesday (14 and 15 August) at the community hall.",
            dt.date(2018, 8, 14),
            dt.date(2018, 8, 15),
        ),
        ("It took place on 14 August in the town hall.", dt.date(2018, 8, 14), None),
        ("It was held on 14 and 15 August.", dt.date(2018, 8, 14), dt.date(2018, 8, 15)),
    ],
)
def test_an_event_named_then_told_by_it_was(told, start, end):
    found = drafts(
        "Date: Monday 20 August 2018\nFrom: Tonga Disability Action Collective\n\n"
        "The training on disability-inclusive disaster preparedness went well. " + told + " 30 "
        "people joined."
    )
    assert len(found) == 1, [d.title for d in found]
    d = found[0]
    assert (d.event_type, d.start_date, d.end_date) == ("training", start, end)
    assert "preparedness" in d.title


@pytest.mark.parametrize(
    "after",
    [
        "It was a great success.",  # no date
        "It will take place on 14 September.",  # a plan
        "The next one will be in March.",
    ],
)
def test_a_named_event_with_no_telling_sentence_stays_unread(after):
    found = drafts(
        "Date: Monday 20 August 2018\n\nThe training on disaster preparedness went well. " + after
    )
    assert all(d.start_date is None for d in found)


# A title first, then what it is, launched ---------------------------------------------------


@pytest.mark.parametrize(
    "text, title",
    [
        (
            "Stitched Out: Women Garment Workers after Factory Closures, a report by the Garment "
            "Workers' Solidarity Centre, was launched on 9 July 2019 at the Lakeshore Hotel in "
            "Dhaka.",
            "Stitched Out",
        ),
        (
            "Bitter Harvest, a study by the Fishers' Centre, was launched on 2 December 2016 at "
            "the Bayanihan Hall in Manila.",
            "Bitter Harvest",
        ),
        (
            '"Coming Home", a new guide for returnee nurses, was presented to the public on '
            "3 May 2018 at the Metro Hotel in Manila.",
            "Coming Home",
        ),
    ],
)
def test_a_work_named_first_then_launched_at_a_venue(text, title):
    found = drafts(text)
    assert len(found) == 1, [d.title for d in found]
    assert found[0].event_type == "launch" and title in found[0].title
    assert found[0].start_date is not None and found[0].venue


@pytest.mark.parametrize(
    "text",
    [
        "Bitter Harvest, a study by the Fishers' Centre, was launched in 2016.",  # no venue
        "Maria, a member of the union, was elected on 2 December 2016 at the Bayanihan Hall.",
        "Bitter Harvest, a study by the Fishers' Centre, will be launched on 2 December 2026 at "
        "the Bayanihan Hall in Manila.",
    ],
)
def test_no_launch_without_a_venue_a_work_or_a_past(text):
    assert drafts(text) == []


# Home countries in three more shapes -------------------------------------------------------


def homes(text: str) -> list[str]:
    return [c.country_iso3 for c in countries_named(text)]


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Were present 64 participants, in majority women, coming of Senegal, of the Gambia "
            "and of Guinea-Bissau.",
            ["SEN", "GMB", "GNB"],
        ),
        (
            "The 30 delegates, arriving from Kenya and from Uganda, met for two days.",
            ["KEN", "UGA"],
        ),
        ("Participants originating from Bolivia, Peru and Chile took part.", ["BOL", "PER", "CHL"]),
        (
            "Forty reporters took part, sent by the network's member organisations: the Free "
            "Press Centre (Montenegro), the Journalists' Union (Serbia) and Civic Media Lab "
            "(North Macedonia).",
            ["MNE", "SRB", "MKD"],
        ),
        (
            "38 associations were represented, Cameroonian, Ivorian, Malian and Senegalese, in "
            "total 71 persons.",
            ["CMR", "CIV", "MLI", "SEN"],
        ),
    ],
)
def test_homes_told_in_french_word_order_after_a_colon_or_by_nationality(text, want):
    assert homes(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "The fish coming from Senegal and the Gambia is smoked on the beach.",  # no people
        "Trainers coming from Kenya and Uganda led the sessions.",  # those who taught
        "The report was sent by the network's member organisations: the Free Press Centre and "
        "the Journalists' Union.",  # bodies with no country
        "Two associations were represented, one of them new.",  # no nationality
    ],
)
def test_no_homes_from_things_trainers_or_bodies_without_countries(text):
    assert homes(text) == []


# An organiser named after a month without its year; people who plan are no plan -----------


@pytest.mark.parametrize(
    "opening",
    [
        "In October the Fergana Valley Migrant Help Line ran a two-day training",
        "In October, the Fergana Valley Migrant Help Line ran a two-day training",
        "On 11 October the Fergana Valley Migrant Help Line ran a two-day training",
    ],
)
def test_an_organiser_after_a_month_without_its_year(opening):
    found = drafts(
        opening + " for young people who plan to work abroad. The training took place on 11 and "
        "12 October 2021 in Osh, Kyrgyzstan, with 32 young men and women."
    )
    assert len(found) == 1, [d.title for d in found]
    assert ("Fergana Valley Migrant Help Line", "organiser") in {
        (o.name, o.role) for o in found[0].organisations
    }


def test_a_hall_named_after_a_month_is_no_time():
    from atlas.extract.organisations import clean_name

    assert clean_name("In May Day Hall the Centre") == "In May Day Hall the Centre"
    assert clean_name("In October the Help Line") == "Help Line"


@pytest.mark.parametrize(
    "text, events",
    [
        ("A training for young people who plan to work abroad was held in Osh on 3 May 2022.", 1),
        ("The union plans to hold a training for drivers in Osh on 3 May 2022.", 0),
        ("The union planned to hold a training for drivers in Osh on 3 May 2022.", 0),
    ],
)
def test_people_who_plan_are_no_plan_of_the_event(text, events):
    assert len(drafts(text)) == events


# An e-mail's writer and funder ------------------------------------------------------------

MAIL = """From: {sender}
To: {to}
Sent: Thursday 14 March 2019
Subject: quick update

Hi all,

Last Tuesday (12 March) {who} had the village meeting in Kampong Chhnang with the families -
around 60 people came. {thanks}
"""


@pytest.mark.parametrize(
    "sender, to, thanks, want",
    [
        (
            "field coordinator, Tonle Sap Land Rights Network",
            "programme team, Mekong Land Alliance",
            "Thanks again to your team for the small grant, it paid the transport.",
            {("Tonle Sap Land Rights Network", "organiser"), ("Mekong Land Alliance", "funder")},
        ),
        (
            "Tonle Sap Land Rights Network, Phnom Penh",
            "partners of the Decent Homes Coalition",
            "Thank you to the Decent Homes Coalition for covering the interpretation!",
            {("Tonle Sap Land Rights Network", "organiser"), ("Decent Homes Coalition", "funder")},
        ),
        (
            "Tonle Sap Land Rights Network",
            "Mekong Land Alliance",
            "Thank you again for the funding.",
            {("Tonle Sap Land Rights Network", "organiser"), ("Mekong Land Alliance", "funder")},
        ),
    ],
)
def test_an_e_mail_names_its_writer_and_its_funder(sender, to, thanks, want):
    found = drafts(MAIL.format(sender=sender, to=to, who="we", thanks=thanks))
    assert len(found) == 1
    assert {(o.name, o.role) for o in found[0].organisations} == want


@pytest.mark.parametrize(
    "who, thanks",
    [
        ("the commune", "Thank you for your patience."),  # not told in the first person, no grant
        ("the commune", "Thank you to the Mekong Land Alliance for the photos."),  # not paid for
    ],
)
def test_no_writer_or_funder_without_we_or_payment(who, thanks):
    found = drafts(
        MAIL.format(
            sender="Tonle Sap Land Rights Network",
            to="Mekong Land Alliance",
            who=who,
            thanks=thanks,
        )
    )
    assert found
    assert found[0].organisations == []


# Outcomes: a plea adopted, a body put in place or created, a manual finalised ----------------

BASE = "The network held a workshop in Nairobi on 3 May 2019 with 40 participants. "


def outcomes_of(text: str):
    return [(o.outcome_type, o.title) for d in drafts(BASE + text) for o in d.outcomes]


@pytest.mark.parametrize(
    "text, kind, word",
    [
        (
            "At the end of the works, the participants have adopted a plea addressed to the "
            "Ministry of Fisheries.",
            "agreement",
            "plea",
        ),
        (
            "Also, a committee of follow-up of five women has been put in place to carry the plea.",
            "network",
            "committee",
        ),
        (
            "At the end, the associations have decided the creation of a national coordination, "
            "with a secretariat that turns each year.",
            "network",
            "coordination",
        ),
        (
            "The participants finalised a trainer's manual on inclusive savings groups.",
            "publication",
            "manual",
        ),
    ],
)
def test_outcomes_told_by_these_verbs(text, kind, word):
    found = outcomes_of(text)
    assert len(found) == 1, found
    assert found[0][0] == kind and word in found[0][1].lower()


@pytest.mark.parametrize(
    "text",
    [
        "The assembly elected a new coordinating committee.",  # a body it has
        "The delegates elected a steering committee.",
        "The plea was not adopted.",
        "They will put in place a committee next year.",
        "The ministry has not yet decided the creation of a fund.",
    ],
)
def test_no_outcome_from_elections_denials_or_plans(text):
    assert outcomes_of(text) == []


# A press release's "yesterday"; an assembly of workers; a committee's size -----------------


def test_an_assembly_closed_yesterday_under_a_dateline():
    found = drafts(
        "NAIROBI, 4 March 2019 - More than 80 leaders of domestic workers' unions closed the "
        "first East African Domestic Workers' Assembly yesterday at the Nairobi Safari Club."
    )
    assert len(found) == 1, [d.title for d in found]
    d = found[0]
    assert (d.event_type, d.start_date, d.city) == ("meeting", dt.date(2019, 3, 3), "Nairobi")


def test_today_under_a_dateline_is_the_dateline_day():
    found = drafts("NAIROBI, 4 March 2019 - Members of the union today held a rally at Uhuru Park.")
    assert found[0].start_date == dt.date(2019, 3, 4)


@pytest.mark.parametrize(
    "text, events",
    [
        ("The first Women's Assembly was held in Nairobi on 3 March 2019 with 80 delegates.", 1),
        ("The petition was handed to the Punjab Assembly in Lahore on 3 March 2019.", 0),
        ("The network met the National Assembly in Nairobi on 3 March 2019.", 0),
    ],
)
def test_an_assembly_of_people_is_held_a_legislature_is_a_place(text, events):
    assert len([d for d in drafts(text) if d.event_type == "meeting"]) == events


@pytest.mark.parametrize(
    "tail, total",
    [
        ("Delegates also elected a regional steering committee of 9 members.", None),
        ("A board of 7 members was chosen.", None),
        ("It brought together a group of 12 participants.", 12),
    ],
)
def test_a_committee_s_size_is_no_count(tail, total):
    found = drafts("The network held a workshop in Nairobi on 3 May 2019. " + tail)
    assert found[0].participants_total == total
