"""Rules written after the twenty-fifth blind set's first run (issue 16): ordinary event reports
written in English by people whose first language is another, or translated (Thai and Lao official
style, Vietnamese and Khmer, Spanish, Portuguese and French translated style, mixed South Asian,
Pacific, Central Asian and Middle Eastern English); each tested on sentences of our own, with
sentences that must not trigger it."""

from __future__ import annotations

from atlas.extract.sentences import split
from tests.extract_drafts import drafts_of, one_draft

# "in the locals of X": the rooms an event was held in, as Spanish "locales" put in English --------


def test_the_locals_of_a_place_are_its_venue_and_the_town_after_them():
    text = (
        "Activities of the year\n\n"
        "The 4/09/2023 we realized a workshop on the rights of fishers, which took place in the "
        "locals of the Santa Elena parish hall, in the city of Manta. Assisted 42 persons.\n"
    )
    d = one_draft(text)
    assert d["venue"] == "Santa Elena parish hall"
    assert d["city"] == "Manta"
    assert d["total"] == 42


def test_a_venue_in_small_letters_after_the_locals_runs_to_the_comma():
    text = (
        "Report\n\n"
        "The 9/10/2023 was held a meeting of the families in the locals of the school of the "
        "village, with 30 attendees.\n"
    )
    assert one_draft(text)["venue"] == "school of the village"


def test_the_locals_of_a_party_are_no_venue():
    text = (
        "Report\n\n"
        "The 9/10/2023 we held a meeting with the locals of the village on the water supply, "
        "with 30 attendees.\n"
    )
    assert all(d["venue"] is None for d in drafts_of(text))


def test_the_locals_of_a_body_in_one_word_are_no_venue():
    text = (
        "Report\n\n"
        "The 9/10/2023 the network held a meeting of its members in the locals of the "
        "network, with 30 attendees.\n"
    )
    assert one_draft(text)["venue"] is None


# A numbered line's heading, its noun and town, then the sentence telling it -----------------------


def test_a_heading_of_noun_and_town_then_its_telling_in_that_town_is_one_event():
    text = (
        "Activities\n\n"
        "2. Training in Cuenca. The day 4 of May of 2023 the cooperative realized a training "
        "on bookkeeping for women, in the city of Cuenca. Assisted 22 persons.\n"
    )
    d = one_draft(text)
    assert (d["start"], d["city"], d["total"]) == ("2023-05-04", "Cuenca", 22)
    assert d["title"].startswith("Training on bookkeeping")


def test_a_heading_then_another_town_is_two_events():
    text = (
        "Activities\n\n"
        "2. Training in Cuenca. The day 4 of May of 2023 the cooperative realized a training "
        "on bookkeeping for women, in the city of Loja. Assisted 22 persons.\n"
    )
    assert len(drafts_of(text)) == 2


# A sentence ending in a town whose last syllable is accented ----------------------------------


def test_a_town_ending_in_an_accented_syllable_ends_its_sentence():
    assert [
        s.text for s in split("2. Forum in Concepción. The 08/06/2023 the union held a forum.")
    ] == [
        "Forum in Concepción.",
        "The 08/06/2023 the union held a forum.",
    ]


def test_an_initial_still_ends_no_sentence():
    assert [s.text for s in split("The talk was given by M. Durán. It was short.")] == [
        "The talk was given by M. Durán.",
        "It was short.",
    ]


def test_a_heading_ending_in_such_a_town_and_its_telling_are_one_event():
    text = (
        "Activities\n\n"
        "1. Workshop of rights in Asunción. The 08/06/2023 the union realized a workshop on the "
        "rights of the domestic workers, which took place in the locals of the Casa Sindical. "
        "Participated 85 attendees.\n"
    )
    d = one_draft(text)
    assert (d["start"], d["venue"], d["total"]) == ("2023-06-08", "Casa Sindical", 85)


# "35 numbers of participants": people counted in "numbers" -----------------------------------


def test_people_counted_in_numbers_are_the_count():
    text = (
        "Quarterly report\n\n"
        "We had conducted a one day training on safe migration dated 14.08.2023 at the Karnali "
        "Community Hall, Surkhet. There were 42 numbers of participants, out of which 30 numbers "
        "from Nepal and 12 numbers from India.\n"
    )
    d = one_draft(text)
    assert d["total"] == 42
    assert sorted(d["homes"]) == [("IND", 12), ("NPL", 30)]


def test_numbers_of_copies_are_no_people():
    text = (
        "Quarterly report\n\n"
        "We had conducted a one day training on safe migration dated 14.08.2023 at the Karnali "
        "Community Hall, Surkhet. We had printed 500 numbers of leaflets for it.\n"
    )
    assert one_draft(text)["total"] is None


# A venue's address by district and province, and the room of a named venue -----------------------


def test_the_district_after_a_venue_names_its_town():
    text = (
        "Report of activities\n\n"
        "On 12/09/2023 the Foundation organized the Training on Occupational Safety at the "
        "Phop Phra Provincial Hall, Mueang Phop Phra District, Tak Province, trainees "
        "totally 31 persons.\n"
    )
    d = one_draft(text)
    assert (d["city"], d["venue"], d["total"]) == ("Phop Phra", "Phop Phra Provincial Hall", 31)


def test_the_room_of_a_named_venue_names_the_venue():
    text = (
        "Report of activities\n\n"
        "On 12/09/2023 the Centre organized the Training on Occupational Safety at the meeting "
        "hall of the Mekong Riverside Hotel, Pakse District, Champasak Province.\n"
    )
    d = one_draft(text)
    assert (d["city"], d["venue"]) == ("Pakse", "Mekong Riverside Hotel")


def test_a_district_that_is_not_where_the_event_was_is_no_town():
    text = (
        "Report of activities\n\n"
        "On 12/09/2023 the Centre organized the Training on Occupational Safety at the Mekong "
        "Riverside Hotel, for farmers of Pakse District and Khong District.\n"
    )
    assert one_draft(text)["city"] is None


# The province first, then the town in it ------------------------------------------------------


def test_the_town_after_its_province_is_where():
    text = (
        "Report of the project\n\n"
        "On the date of 9th October 2023, the training on savings was organized at Thanh Hoa "
        "Province, Sam Son City, in the hall of the Sea Breeze Hotel, with 28 participants.\n"
    )
    d = one_draft(text)
    assert (d["city"], d["total"]) == ("Sam Son", 28)


def test_the_town_after_its_province_and_district_is_where():
    text = (
        "Report of the project\n\n"
        "On the date of 9th October 2023, the training on savings was organized at Dien Bien "
        "Province, Muong Nhe District, Chung Chai Town, with 28 participants.\n"
    )
    assert one_draft(text)["city"] == "Chung Chai"


def test_a_province_and_town_the_people_came_from_are_not_where():
    text = (
        "Report of the project\n\n"
        "On the date of 9th October 2023, the training on savings was organized for 28 women. "
        "They came from Thanh Hoa Province, Sam Son City.\n"
    )
    assert one_draft(text)["city"] is None


# Dates as these writers write them --------------------------------------------------------------


def test_a_buddhist_era_year_after_its_mark_dates_the_day():
    text = (
        "Report of activities\n\n"
        "On 14 August B.E. 2566 the Foundation organized the Training of Crew Leaders at the "
        "Songkhla Fisheries Hall, participants totally 33 persons.\n"
    )
    d = one_draft(text)
    assert (d["start"], d["precision"], d["total"]) == ("2023-08-14", "day", 33)


def test_day_month_year_told_in_words_is_the_date():
    text = (
        "Report of the project\n\n"
        "Day 7 month 9 year 2023, the training on savings was organized at Thanh Hoa Province, "
        "Sam Son City, with 28 participants.\n"
    )
    assert one_draft(text)["start"] == "2023-09-07"


def test_a_month_of_the_year_is_no_date_of_words():
    text = (
        "Report of the project\n\n"
        "In the third month of the year 2023 the network was registered. On 7/9/2023 the "
        "training on savings was organized at Thanh Hoa Province, Sam Son City, with 28 "
        "participants.\n"
    )
    assert one_draft(text)["start"] == "2023-09-07"


def test_a_date_told_by_dated_ends_the_title():
    text = (
        "Quarterly report\n\n"
        "We had conducted a training for paralegals dated 14.08.2023 at the Karnali "
        "Community Hall, Surkhet. There were 42 numbers of participants.\n"
    )
    assert one_draft(text)["title"] == "Training for paralegals"


def test_a_dated_word_of_the_topic_stays_in_the_title():
    text = (
        "Quarterly report\n\n"
        "On 14.08.2023 we had conducted a training for paralegals on dated land titles at the "
        "Karnali Community Hall, Surkhet.\n"
    )
    assert one_draft(text)["title"] == "Training for paralegals on dated land titles"


# A venue's town, then its island or region --------------------------------------------------------


def test_the_town_after_a_venue_keeps_when_its_region_follows():
    text = (
        "Quarterly report\n\n"
        "A two days workshop on savings was held dated 04.09.2023 to 05.09.2023 at the Lake View "
        "Hall, Kandy, Central Province. There were 31 participants.\n"
    )
    d = one_draft(text)
    assert (d["city"], d["venue"]) == ("Kandy", "Lake View Hall")


def test_a_venue_then_a_list_of_towns_names_no_town():
    text = (
        "Quarterly report\n\n"
        "A two days workshop on savings was held dated 04.09.2023 to 05.09.2023 at the Lake View "
        "Hall, for farmers, Kandy, Matale and Badulla. There were 31 participants.\n"
    )
    assert one_draft(text)["city"] is None
