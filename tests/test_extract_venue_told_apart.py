"""The venue of an event told in a sentence of its own that does not name the event ("It was held
at ...", "Sessions took place at ...", "The session happened on <date> at ..."), or in a report's
"Venue" section under its one event (issue 16); tested on texts of our own, each rule with a text
that must give no venue. "Sessions took place at", "It was held at <venue>, <town>" right after
the organisers and "happened on <date> at" were read by older rules in these texts too; they are
kept so that the broader reading does not lose them."""

from __future__ import annotations

from tests.extract_drafts import drafts_of


def _where(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(d["city"], d["venue"], d["country"]) for d in drafts_of(text)]


def _report(after: str) -> str:
    """A workshop report whose head gives the town and days, its first paragraph the organisers
    and then ``after``; the workshop is told as an event only in a later section."""
    return (
        "Regional Workshop on Safe Fishing Work: Protecting Migrant Crews - Report\n\n"
        "Kisumu, Kenya, 14-16 October 2025\n\n"
        "The Nyanza Fishers' Centre (NFC) organised this regional workshop together with the Lake "
        f"Victoria Crew Welfare Trust. It was financed by the Great Lakes Fisheries Fund. {after}\n\n"
        "Delegations\n"
        "The workshop brought together 40 participants. National delegations came from Kenya "
        "(20), Uganda (12) and Tanzania (8).\n"
    )


def test_sessions_took_place_at_a_venue():
    text = _report("Sessions took place at the Dunga Heritage Hotel.")
    assert _where(text) == [("Kisumu", "Dunga Heritage Hotel", "KEN")]


def test_it_was_held_at_a_venue_and_its_town():
    text = _report("It was held at the Milimani Conference Centre, Kisumu.")
    assert _where(text) == [("Kisumu", "Milimani Conference Centre", "KEN")]


def test_the_session_happened_on_a_weekday_at_a_venue():
    text = (
        "Webinar and In-Room Session on Fishing Licences for Young Crews\n\n"
        "With great enthusiasm, the Nyanza Fishers' Centre carried out a hybrid session on "
        "fishing licences for young crews. The session happened on Saturday 15 February 2025 at "
        "the Kisumu Youth Art Space, and at the same time it was streamed to remote beaches. We "
        "count with the support of the Great Lakes Fisheries Fund.\n\n"
        "In the room we received 64 young people.\n"
    )
    assert [venue for _, venue, _ in _where(text)] == ["Kisumu Youth Art Space"]


def test_a_venue_section_under_the_one_event_of_a_report():
    text = (
        "Proceedings Report: Regional Workshop on Referral of Trafficking Survivors\n\n"
        "Vientiane, Lao PDR - 12th to 14th May 2025\n\n"
        "1. Organisers\n"
        "The Regional Workshop was organised by the Mekong Child Rights Association jointly with "
        "the Lao Shelter Network.\n\n"
        "2. Venue\n"
        "All the sessions were held at the Riverside Lotus Hotel, Vientiane.\n\n"
        "3. Participation\n"
        "The workshop saw the participation of 38 delegates from four countries.\n"
    )
    assert _where(text) == [("Vientiane", "Riverside Lotus Hotel", "LAO")]


def test_no_venue_from_a_meeting_still_to_be_held():
    text = _report("The next workshop will be held at the Dunga Heritage Hotel.")
    assert _where(text) == [("Kisumu", None, "KEN")]


def test_it_was_held_at_a_venue_after_the_convenors():
    text = (
        "Proceedings of the National Policy Dialogue on Fishers' Social Security\n"
        "Mombasa, 26 to 27 August 2024\n"
        "Rapporteur's summary\n\n"
        "1. Overview\n"
        "The National Policy Dialogue was convened by the Coast Fishers' Alliance, a coalition of "
        "Kenyan and Tanzanian crews, and co-hosted with the Mombasa Labour Law Centre. It was held "
        "at the Nyali Maritime Building, Mombasa. The event was supported by the Indian Ocean "
        "Crew Fund.\n\n"
        "2. Participants\n"
        "The dialogue brought together 70 participants: officials, employers and unions.\n"
    )
    assert [venue for _, venue, _ in _where(text)] == ["Nyali Maritime Building"]


def test_a_kinds_word_alone_is_no_venue():
    text = (
        "The network held a training on land rights for 30 women farmers in Kribi, Cameroon, on "
        "6 March 2023. It took place at the Centre d'Accueil Les Palmiers."
    )
    assert [venue for _, venue, _ in _where(text)] != ["Centre"]
