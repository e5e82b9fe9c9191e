"""The thin-draft measure's count of what a draft holds (tools/first_run_thin_drafts.py), and the
first-run drafts rebuilt with their organisations and outcomes (tools/set_readings.py)."""

import datetime as dt

from atlas.extract.drafts import Draft, OrganisationRole, Participation
from tools.first_run_thin_drafts import facts
from tools.set_readings import draft_from_row


def test_a_title_alone_holds_no_fact() -> None:
    assert facts(Draft("Training", "training"), day_only=False) == 0


def test_each_of_the_six_facts_counts_once() -> None:
    d = Draft("Training", "training", start_date=dt.date(2024, 3, 1), date_precision="day")
    d.city, d.venue, d.participants_total = "Mae Sot", "Town Hall", 32
    d.participation = [Participation("MMR", 20), Participation("THA", 12)]
    d.organisations = [OrganisationRole("A", "organiser"), OrganisationRole("B", "funder")]
    assert facts(d, day_only=False) == 6
    assert facts(d, day_only=True) == 6


def test_a_month_counts_as_a_date_only_when_asked() -> None:
    d = Draft("Forum", "conference", start_date=dt.date(2024, 3, 1), date_precision="month")
    d.city = "Yangon"
    assert facts(d, day_only=False) == 2
    assert facts(d, day_only=True) == 1


def test_a_dumped_draft_keeps_its_organisations_and_outcomes() -> None:
    row = {
        "title": "Training",
        "event_type": "training",
        "start_date": "2024-03-01",
        "end_date": None,
        "date_precision": "day",
        "city": "Mae Sot",
        "venue": None,
        "country_iso3": "THA",
        "participants_total": 32,
        "participants_at_least": False,
        "participation": [["MMR", 20]],
        "organisations": [["Mekong Paralegals", "organiser"]],
        "outcomes": [["publication", "A guide", 500]],
        "evidence": {},
        "source_name": "r1.txt",
    }
    d = draft_from_row(row)
    assert d.start_date == dt.date(2024, 3, 1)
    assert [(o.name, o.role) for o in d.organisations] == [("Mekong Paralegals", "organiser")]
    assert [(o.outcome_type, o.title, o.quantity) for o in d.outcomes] == [
        ("publication", "A guide", 500)
    ]
    # a dump written before organisations and outcomes were kept still reads
    older = {k: v for k, v in row.items() if k not in ("organisations", "outcomes")}
    assert draft_from_row(older).organisations == []
