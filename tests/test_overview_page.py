"""The Overview page, run by Streamlit's AppTest on the seed database."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

from atlas.markdown import shown

APP = str(Path(__file__).resolve().parent.parent / "app.py")


def run_app(**query) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, at.exception
    return at


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def test_overview_all_records():
    at = run_app()
    assert metrics(at) == {
        "Events": "17",
        "Participants": "292",
        "Countries of origin": "4",
        "Organisations": "9",
        "Outcomes": "15",
    }


def test_overview_with_a_country_in_the_link_shows_its_totals():
    at = run_app(country="LAO")
    assert metrics(at)["Events"] == "4"
    assert metrics(at)["Participants"] == "29"
    captions = " ".join(c.value for c in at.caption)
    assert (
        "7 participants are stated to come from the selected countries; 22 are not broken down by country."
        in captions
    )


def test_overview_drops_bad_link_values_with_a_notice_and_applies_the_rest():
    at = run_app(country="LAO,XXX", **{"from": "2009-13-01"}, type="consultation")
    assert metrics(at)["Events"] == "1"  # the June 2009 Lao consultation
    warnings = [shown(w.value) for w in at.warning]
    assert "Ignored an unknown country value: 'XXX'." in warnings
    assert any(w.startswith("Ignored from='2009-13-01'") for w in warnings)
    assert at.query_params["country"] == "LAO"  # the link is rewritten to what applies


def test_overview_with_nothing_matching_says_so():
    at = run_app(**{"from": "2030"})
    assert not at.metric
    assert any("No event matches these filters" in i.value for i in at.info)


def test_changing_a_widget_rewrites_the_link():
    at = run_app()
    at.sidebar.multiselect(key="filter_countries").set_value(["KHM"]).run()
    assert at.query_params["country"] == "KHM"
    # The 2014 exchange, the July 2009 consultation, the Cambodia visit, the Phnom Penh exhibition.
    assert metrics(at)["Events"] == "4"
