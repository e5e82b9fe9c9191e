"""Towns the gazetteer holds under names with small words or apostrophes in them."""

from atlas.extract import extract_text, places


def _at(text: str, after: str = "in "):
    hit = places.place_at(text, text.index(after) + len(after))
    return hit[0] if hit else None


def test_a_name_with_a_small_lowercase_word_is_read_whole():
    place = _at("The union held a workshop in Dar es Salaam on dry seasons.")
    assert (place.city, place.country) == ("Dar es Salaam", "TZA")


def test_a_name_with_a_small_word_takes_the_country_written_after_it():
    place = _at("A forum in Dar es Salaam, Tanzania, on land.")
    assert (place.city, place.country, place.country_stated) == ("Dar es Salaam", "TZA", True)


def test_a_longer_spanish_name_is_the_gazetteer_town_not_its_first_word():
    place = _at("Delegates met in San Cristóbal de las Casas for two days.")
    assert (place.city, place.country) == ("San Cristóbal de las Casas", "MEX")


def test_three_word_name():
    place = _at("Training for workers around San Pedro Sula in June.", "around ")
    assert (place.city, place.country) == ("San Pedro Sula", "HND")


def test_a_whole_name_on_another_continent_than_the_country_named_is_not_taken():
    # the text names Cambodia, where Dar es Salaam is not: the long name is not read as the
    # Tanzanian city
    place = _at("A meeting in Dar es Salaam, Cambodia.")
    assert place is None or place.city != "Dar es Salaam"


def test_a_first_name_alone_is_no_town():
    assert _at("A training in Pedro on Monday.") is None


def test_straight_and_typographic_apostrophes_find_the_same_town():
    straight = _at("A training at the community hall in Nuku'alofa. 30 people joined.")
    curly = _at("A training at the community hall in Nuku’alofa. 30 people joined.")
    assert (straight.city, straight.country) == ("Nuku'alofa", "TON")
    assert (curly.city, curly.country) == ("Nuku’alofa", "TON")


def test_a_name_that_goes_on_as_an_institution_is_no_town():
    assert _at("A lecture in the Universidad del Norte.", "the ") is None


# Where an event was, in sentences that put the town after the verb ---------------------------


def _drafts(text: str) -> list[dict]:
    return [d.to_json(details=True) for d in extract_text(text, "test")]


def test_has_taken_place_at_a_town_places_the_event():
    [d] = _drafts(
        "The seminar of the fishers' unions of the coast has taken place at Mopti, in Mali, "
        "on 3 and 4 May 2019. 40 participants attended."
    )
    assert (d["city"], d["country_iso3"]) == ("Mopti", "MLI")


def test_brought_together_people_in_a_town_for_a_meeting_places_it():
    [d] = _drafts(
        "On 5 March 2022 the association brought together 35 women traders in Sfax for a "
        "meeting on market fees."
    )
    assert (d["city"], d["country_iso3"]) == ("Sfax", "TUN")


def test_brought_together_without_a_town_places_nothing():
    [d] = _drafts(
        "On 5 March 2022 the association brought together 35 women traders for a meeting on "
        "market fees."
    )
    assert d.get("city") is None


def test_a_training_for_workers_around_a_town_is_placed_there_when_said_nowhere_else():
    [d] = _drafts(
        "In May 2021 the centre ran a training on labour rights for workers of the garment "
        "factories around San Pedro Sula. 30 workers took part."
    )
    assert (d["city"], d["country_iso3"]) == ("San Pedro Sula", "HND")


def test_where_people_work_around_a_town_is_not_where_the_training_was():
    [d] = _drafts(
        "In May 2021 the centre ran a training on labour rights for migrants working in the "
        "factories around San Pedro Sula. 30 workers took part."
    )
    assert d.get("city") is None


def test_a_town_around_which_a_later_sentence_tells_something_does_not_place_the_event():
    [d] = _drafts(
        "In May 2021 the centre ran a training on labour rights. 30 workers took part. The "
        "factories around San Pedro Sula employ many of them."
    )
    assert d.get("city") is None


def test_another_name_the_gazetteer_ships_is_read_in_a_text_that_names_the_country():
    place = _at("The exchange in India ended with a meeting in Calicut on 3 May.", "meeting in ")
    assert (place.city, place.country) == ("Calicut", "IND")
    assert places.city("Rangoon").name == "Yangon"


def test_another_name_on_another_continent_is_not_taken():
    # "Gizo" is also one of Giza's other names; a report on the Solomon Islands means its own
    place = _at("A training in Gizo for monitors from the Solomon Islands.")
    assert place is None or place.country != "EGY"
    assert _at("A training in Calicut on 3 May.") is None  # no country named: not guessed


def test_a_part_of_a_towns_name_is_not_another_name():
    assert places.city("Pedro") is None
    assert places.city("Salaam") is None


# Small towns (5,000-15,000 people) and towns' other names, in a country the text names --------


def test_a_small_town_is_placed_when_the_text_names_its_country():
    text = "Our partners in Thailand ran a workshop in Sangkhla Buri on 3 May 2023 with 20 workers."
    place = _at(text, "workshop in ")
    assert (place.city, place.country) == ("Sangkhla Buri", "THA")


def test_a_small_town_is_not_placed_when_the_text_names_no_country_of_it():
    assert _at("A workshop in Sangkhla Buri on 3 May 2023 with 20 workers.") is None
    assert _at("In Cambodia we ran a workshop in Sangkhla Buri on 3 May.", "workshop in ") is None


def test_a_village_written_without_its_ban_prefix_is_found():
    # the gazetteer writes "Ban Nong Pradu"; reports write the village's name alone
    text = "In Thailand, a meeting was held in Nong Pradu on 9 June 2022 with 31 farmers."
    place = _at(text, "held in ")
    assert (place.city, place.country) == ("Nong Pradu", "THA")


def test_a_towns_other_name_is_read_in_the_country_the_text_names():
    # Kawthoung (Myanmar), spelt Kawthaung; Victoria Point is its old name and an Australian town
    mm = _at("Eighteen Myanmar fishers' leaders met in Kawthaung on 9 December 2024.", "met in ")
    assert (mm.city, mm.country) == ("Kawthaung", "MMR")
    au = _at("Carers from Australia met in Victoria Point on 2 March 2024.", "met in ")
    assert (au.city, au.country) == ("Victoria Point", "AUS")


# A country's name opening a town's name -----------------------------------------------------


def test_a_town_whose_name_opens_with_a_country_is_the_town():
    # "Lao Cai" is a Vietnamese town, not "Lao" (Laos) followed by a word
    place = _at("The training of the watch groups was held in Lao Cai city for three days.")
    assert (place.city, place.country) == ("Lao Cai", "VNM")


def test_a_report_on_such_a_town_does_not_name_the_country_its_name_opens_with():
    assert places.countries_named("A training in Lao Cai, with 30 people.") == set()
    assert places.countries_named("Returnees from Lao Cai and from Laos met.") == {"LAO"}


def test_an_event_in_such_a_town_is_placed_there():
    [draft] = _drafts(
        "Annual report 2024 of the Border Women Association.\n\n"
        "On 12 June 2024 the Association held a training of the watch groups in Lao Cai city "
        "for three days, with 30 people.\n"
    )
    assert (draft["city"], draft["country_iso3"]) == ("Lao Cai", "VNM")


def test_a_capital_named_after_its_country_and_a_country_before_a_word_stay_as_they_were():
    # guards (pass before the change too): "Mexico City" is Mexico's; "Laos Ministry" no town
    place = _at("A forum in Mexico City on 3 May 2024.")
    assert (place.city, place.country) == ("Mexico City", "MEX")
    assert places.countries_named("A letter to the Mexico City council.") == {"MEX"}
    place = _at("A visit in Laos Ministry of Labour offices.")
    assert place is None or place.country == "LAO"


# "At the same X": a venue told before, named again by its kind or its name --------------------

_SAME = (
    "Activity report 2024 of the Red River Survivors Association, Viet Nam.\n\n"
    "On 11 September 2023 the Association held a survivors' exchange at the Hanoi West Lake "
    "Garden Hotel, with 30 survivors.\n\n"
    "On 3 October 2023 we ran a training for 20 volunteers in Vinh.\n\n"
    'On 6 September 2024 we opened the photo exhibition "Walking Home" at the Kbach Gallery in '
    "Siem Reap, Cambodia, with 60 guests.\n\n"
)


def _where(text: str, title_word: str) -> tuple:
    [d] = [d for d in _drafts(text) if title_word in d["title"]]
    return d["city"], d["venue"], d["country_iso3"]


def test_the_same_named_venue_is_the_earlier_event_s_whose_venue_has_its_words():
    text = _SAME + (
        'On 9 May 2024 the Association launched the guide "Coming Home" at the same West Lake '
        "hotel, with 1,500 copies printed.\n"
    )
    assert _where(text, "Coming Home") == ("Hanoi", "Hanoi West Lake Garden Hotel", "VNM")


def test_the_same_kind_is_the_venue_of_that_kind_told_before_not_the_last_event_s():
    text = _SAME + (
        "On 2 October 2024 we held a meeting with 12 members in Vinh.\n\n"
        'On 5 December 2024 we presented our study "Pushed Back" at the same gallery to 45 guests.\n'
    )
    assert _where(text, "Pushed Back") == ("Siem Reap", "Kbach Gallery", "KHM")


def test_the_same_name_no_venue_told_before_has_is_no_place():
    # a guard (passes before the change too): no event told before was at a "Lotus Hall"
    text = _SAME + "On 8 December 2024 we held a meeting at the same Lotus Hall with 12 members.\n"
    assert _where(text, "Meeting") == (None, None, None)


# A town's unit in its name: the town without it; a province is no town ------------------------


def _put(name: str, iso3: str | None) -> tuple:
    from atlas.extract.drafts import Draft

    d = Draft(title="Meeting", event_type="meeting")
    places.put_place(d, places.Place(name, iso3, True), "a sentence")
    return d.city, d.country_iso3


def test_a_thai_province_town_s_district_is_the_town():
    assert _put("Mueang Chanthaburi", "THA") == ("Chanthaburi", "THA")


def test_the_lao_capital_s_prefecture_is_the_capital():
    assert _put("Vientiane Capital", "LAO") == ("Vientiane", "LAO")


def test_a_province_s_name_is_no_town_but_its_country_stays():
    assert _put("An Giang Province", "VNM") == (None, "VNM")


def test_a_province_s_country_not_stated_says_the_province_is_in_it():
    from atlas.extract.drafts import Draft

    d = Draft(title="Study tour", event_type="field_visit")
    places.put_place(d, places.Place("An Giang Province", "VNM", False), "a sentence")
    assert (d.city, d.country_iso3) == (None, "VNM")
    assert "An Giang Province" in str(d.unsure["country_iso3"])


def test_names_whose_unit_word_is_part_of_the_town_stay_whole():
    # guards (pass before the change too): the rest is no town of that country, or no unit
    assert _put("Muang Sing", "LAO")[0] == "Muang Sing"
    assert _put("Mexico City", "MEX")[0] == "Mexico City"


# A venue opening with a town's name, in a report that names only other countries -------------


def _held(text: str) -> tuple:
    [d] = [d for d in _drafts(text) if d["venue"]]
    return d["city"], d["country_iso3"]


_FROM_MYANMAR = (
    "Report of the Moei Valley Workers Centre on its work with workers from Myanmar.\n\n"
)


def test_a_town_opening_its_venue_and_named_alone_elsewhere_places_the_event():
    text = _FROM_MYANMAR + (
        "Most of our members work in the garment factories around Mae Sot.\n\n"
        "On 6 July 2024 the Centre held a general assembly at the Mae Sot Community Hall, where "
        "more than 150 members voted.\n"
    )
    assert _held(text) == ("Mae Sot", "THA")


def test_a_venue_of_a_town_named_alone_elsewhere_places_the_event():
    text = (
        "Report of the seasonal workers' network on workers from Morocco.\n\n"
        "Most members pick tomatoes around Foggia in summer.\n\n"
        "On 12 October 2024 the network held a seminar for 60 workers at the University of Foggia.\n"
    )
    assert _held(text) == ("Foggia", "ITA")


def test_a_town_inside_longer_names_only_or_of_two_countries_places_nothing():
    # guards (pass before the change too): "Mae Sot Road" is no mention of the town alone, and
    # a "Victoria" of many countries is no town of one
    road = _FROM_MYANMAR + (
        "Our office on Mae Sot Road gives advice every day.\n\n"
        "On 6 July 2024 the Centre held a general assembly at the Mae Sot Community Hall, where "
        "more than 150 members voted.\n"
    )
    assert _held(road) == (None, None)
    victoria = _FROM_MYANMAR + (
        "Some members work around Victoria now.\n\n"
        "On 6 July 2024 the Centre held a general assembly at the Victoria Community Hall, where "
        "more than 150 members voted.\n"
    )
    assert _held(victoria)[0] is None


# An exchange visit "to" a town is where it went -----------------------------------------------


def test_an_exchange_visit_to_a_town_is_placed_there():
    found = _drafts(
        "Annual report of the network.\n\n"
        "From 22 to 25 May 2024 a team of 11 from Bangladesh made an exchange visit to Kolkata, "
        "India, hosted by a partner collective.\n"
    )
    assert [(d["event_type"], d["city"], d["country_iso3"]) for d in found] == [
        ("exchange", "Kolkata", "IND")
    ]


def test_a_learning_exchange_to_a_town_is_placed_there():
    found = _drafts(
        "Annual report of the network.\n\n"
        "In August 2024, 18 of our members took part in a learning exchange to Musanze, Rwanda, "
        "hosted by a women's cooperative.\n"
    )
    assert [(d["city"], d["country_iso3"]) for d in found] == [("Musanze", "RWA")]


def test_a_training_for_people_going_to_a_country_is_not_placed_there():
    # guard (passes before the change too): only a visit goes "to" where it was
    found = _drafts(
        "Annual report of the network.\n\n"
        "On 3 May 2024 we held a pre-departure training for 30 workers going to Malaysia.\n"
    )
    assert [d["country_iso3"] for d in found] == [None]


# A room of a named building: the building is the venue ----------------------------------------


def _venue(sentence: str) -> str | None:
    [d] = _drafts("Annual report of the network.\n\n" + sentence + "\n")
    return d["venue"]


def test_a_room_of_a_named_building_gives_the_building():
    assert (
        _venue(
            "A training on sexual violence was held from 12 to 16 February 2024, in the training room "
            "of Goroka Base Hospital in Goroka, Papua New Guinea, for 20 nurses."
        )
        == "Goroka Base Hospital"
    )
    assert (
        _venue(
            "On 15 April 2021 the Network held a forum for 40 lawyers in Ulaanbaatar, in the "
            "conference hall of Tuul Palace."
        )
        == "Tuul Palace"
    )


def test_an_authority_s_room_or_a_name_that_goes_on_in_small_letters_is_no_building_named():
    # guards (pass before the change too): the owner alone is no venue, nor a parish's saint
    assert (
        _venue(
            "On 3 May 2024 the Union held a public hearing for 60 workers in the meeting hall of the "
            "Mae Sot Town Municipality."
        )
        != "Mae Sot Town Municipality"
    )
    assert (
        _venue(
            "On 12 January 2024 we held a training for 30 women in the hall of the Saint Anthony "
            "parish in Beirut."
        )
        != "Saint Anthony"
    )


# A log's or a budget's line: the venue between commas ----------------------------------------

_LEDGER = "Expenditure report of the Moei Valley Legal Aid Clinic, Thailand.\n\n"


def test_a_budget_line_s_venue_between_commas_is_the_venue():
    [d] = _drafts(
        _LEDGER + "Training of paralegals, Mae Sot, 14-15 March 2024, Tak Border Hotel, 32 pax x "
        "2 days, per diem THB 350 x 64.\n"
    )
    assert (d["city"], d["venue"]) == ("Mae Sot", "Tak Border Hotel")


def test_a_log_line_s_venue_after_its_town_is_the_venue():
    [d] = _drafts(
        _LEDGER + "27-28/11/2024: Regional dialogue on fishers in detention, Da Nang, Song Han "
        "Riverside Hotel, with 40 fishers' families.\n"
    )
    assert (d["city"], d["venue"]) == ("Da Nang", "Song Han Riverside Hotel")


def test_a_part_between_commas_that_goes_on_past_a_venue_s_name_is_no_venue():
    # guard (passes before the change too): "Tak Border Hotel staff" is people, not a place
    [d] = _drafts(
        _LEDGER + "Training of paralegals, Mae Sot, 14-15 March 2024, with Tak Border Hotel staff, "
        "32 pax x 2 days.\n"
    )
    assert d["venue"] is None
