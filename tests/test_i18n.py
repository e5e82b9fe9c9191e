"""The dashboard's languages: catalogs, negotiation, CLDR dates, numbers and country names, and
pages in each language run by AppTest on the seed database."""

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from babel.numbers import parse_decimal
from streamlit.testing.v1 import AppTest

from atlas import dates, i18n, ingest, labels

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")
OTHERS = [code for code in i18n.LANGUAGES if code != "en"]


def _ids(path: Path) -> dict[str, object]:
    with path.open("rb") as f:
        return {(m.id if isinstance(m.id, str) else m.id[0]): m.string for m in read_po(f) if m.id}


ENGLISH_IDS = _ids(ROOT / "locale" / "atlas.pot")


@pytest.mark.parametrize("lang", OTHERS)
def test_every_message_of_the_template_has_an_entry_in_each_catalog(lang):
    catalog = _ids(ROOT / "locale" / lang / "LC_MESSAGES" / "atlas.po")
    assert set(ENGLISH_IDS) <= set(catalog), sorted(set(ENGLISH_IDS) - set(catalog))[:5]
    header = (ROOT / "locale" / lang / "LC_MESSAGES" / "atlas.po").read_text(encoding="utf-8")
    assert "not yet reviewed by a native speaker" in header


PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


@pytest.mark.parametrize("lang", OTHERS)
def test_every_message_is_translated_in_each_language_with_its_placeholders(lang):
    """A non-empty msgstr (every plural form) for every message of the template, none fuzzy,
    each keeping the English message's {placeholders}, so no label falls back to English."""
    with (ROOT / "locale" / lang / "LC_MESSAGES" / "atlas.po").open("rb") as f:
        catalog = read_po(f, locale=lang)
    entries = {(m.id if isinstance(m.id, str) else m.id[0]): m for m in catalog if m.id}
    untranslated, fuzzy, broken = [], [], []
    for msgid in ENGLISH_IDS:
        m = entries[msgid]
        forms = [m.string] if isinstance(m.string, str) else list(m.string)
        if len(forms) != catalog.num_plurals and not isinstance(m.string, str) or not all(forms):
            untranslated.append(msgid)
        if m.fuzzy:
            fuzzy.append(msgid)
        english = m.id if isinstance(m.id, str) else m.id[-1]
        if any(
            sorted(PLACEHOLDER.findall(f)) != sorted(PLACEHOLDER.findall(english))
            for f in forms
            if f
        ):
            broken.append(msgid)
    assert (untranslated, fuzzy, broken) == ([], [], []), (untranslated[:5], fuzzy[:5], broken[:5])


def test_negotiation_link_then_browser_then_english():
    assert i18n.negotiate("km", "th-TH") == "km"
    assert i18n.negotiate("xx", "th-TH") == "th"
    assert i18n.negotiate(None, "vi_VN") == "vi"
    assert i18n.negotiate(None, "fr-FR") == "en"
    assert i18n.negotiate(None, None) == "en"


def test_an_untranslated_message_shows_in_english_never_empty():
    assert i18n.translator("km")._("A message no catalog has") == "A message no catalog has"
    assert i18n.translator("km")._("Overview") == "ទិដ្ឋភាពទូទៅ"


def test_dates_at_their_precision_in_each_language():
    aug5, aug7 = dt.date(2014, 8, 5), dt.date(2014, 8, 7)
    assert dates.format_range(aug5, aug7, "day") == "5-7 August 2014"  # English unchanged
    assert dates.format_range(aug5, aug7, "day", "th") == "5–7 สิงหาคม 2014"
    assert dates.format_range(aug5, aug7, "day", "km") == "5 – 7 សីហា 2014"
    assert dates.format_date(dt.date(2016, 5, 1), "month", "vi") == "tháng 5 năm 2016"
    assert dates.format_date(dt.date(2016, 5, 1), "month", "lo") == "ພຶດສະພາ 2016"
    assert dates.format_date(dt.date(2010, 1, 1), "season", "th") == "ต้นปี 2010"
    assert dates.format_date(dt.date(2010, 1, 1), "season", "my") == "2010 အစပိုင်း"
    assert dates.format_date(None, None, "km") == "មិនបានបញ្ជាក់កាលបរិច្ឆេទ"


def test_counts_and_country_names_in_each_language():
    assert labels.participants(80, True) == "at least 80"
    assert labels.participants(80, True, "vi") == "ít nhất 80"
    assert labels.participants(1234, False, "vi") == "1.234"  # CLDR's grouping mark
    assert labels.event_type("field_visit", "th") == "การลงพื้นที่"
    assert i18n.translator("km").country("LAO") == "ឡាវ"
    assert i18n.translator("vi").country("KHM") == "Campuchia"
    assert i18n.translator("en").country("LAO") == "Lao PDR"


def run_app(**query) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, at.exception
    return at


def ui_strings(at: AppTest) -> list[str]:
    """The interface's own words on the page: titles, headers, metric and widget labels,
    captions, notices (data such as event titles are inside tables and charts, not here)."""
    texts = [e.value for e in [*at.title, *at.subheader, *at.info, *at.warning]]
    texts += [m.label for m in at.metric]
    texts += [w.label for w in [*at.multiselect, *at.selectbox, *at.button, *at.date_input]]
    return [t for t in texts if isinstance(t, str)]


@pytest.mark.parametrize("lang", OTHERS)
def test_overview_in_each_language_shows_no_english_ui_string_and_the_same_figures(lang):
    english = run_app()
    other = run_app(lang=lang)
    leftover = [
        t for t in ui_strings(other) if t in ENGLISH_IDS and i18n.translator(lang)._(t) == t
    ]
    assert leftover == []
    assert other.title[0].value == i18n.translator(lang)._("Overview")
    numbers = {m.label: m.value for m in english.metric}
    assert [float(parse_decimal(m.value, locale=lang)) for m in other.metric] == [
        float(parse_decimal(v, locale="en")) for v in numbers.values()
    ]


def test_the_link_language_is_kept_in_the_url_and_an_unknown_one_is_dropped_with_a_notice():
    at = run_app(lang="km")
    assert at.query_params["lang"] == "km"
    at = run_app(lang="xx")
    assert at.title[0].value == "Overview"
    assert any("Ignored lang='xx'" in w.value for w in at.warning)
    assert "lang" not in at.query_params


def test_two_sessions_in_two_languages_at_once_each_keep_their_own():
    khmer, thai = (
        AppTest.from_file(APP, default_timeout=60),
        AppTest.from_file(APP, default_timeout=60),
    )
    khmer.query_params["lang"], thai.query_params["lang"] = "km", "th"
    khmer.run()
    thai.run()
    khmer.run()  # a rerun of the first session after the second chose its language
    assert khmer.title[0].value == "ទិដ្ឋភាពទូទៅ"
    assert thai.title[0].value == "ภาพรวม"
    assert khmer.metric[0].label == "ព្រឹត្តិការណ៍" and thai.metric[0].label == "กิจกรรม"


# --- every page in every language ----------------------------------------------------------
# Each page registered in app.py, run by AppTest on the seed database in English and in each
# language: no English UI string may be left (data aside), and the figures are the same numbers.
PAGES = sorted(
    re.findall(r'st\.Page\(\s*"(app_pages/\w+\.py)"', (ROOT / "app.py").read_text(encoding="utf-8"))
)
# Names and technical words that stay as they are in every language (locale/GLOSSARY.md).
KEPT = {
    "csv",
    "xlsx",
    "parquet",
    "json",
    "iati",
    "hxl",
    "utc",
    "excel",
    "word",
    "pdf",
    "atlas",
    "yyyy",
    "manifest",
    "schema",
    "hashtag",
    "metadata",
    "latin",
    "english",
    "outcome",
    "language",
    "diakonia",
    "activity",
    "ctrl",
    "enter",
    "officer",  # the example address officer@partner.org on the Access page
}


def page_run(page: str, lang: str | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    if lang:
        at.query_params["lang"] = lang
    at.switch_page(page)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def page_strings(at: AppTest) -> list[str]:
    """Every word of the interface a page shows at rest: titles, headers, captions, notices,
    metric and widget labels, options, placeholders, expanders, buttons (download ones too) and
    table headers (machine column names, lower_snake_case, are export column names: kept)."""
    texts = [
        e.value
        for e in [
            *at.title,
            *at.header,
            *at.subheader,
            *at.caption,
            *at.info,
            *at.warning,
            *at.error,
            *at.success,
        ]
    ]
    texts += [m.label for m in at.metric]
    widgets = [
        *at.multiselect,
        *at.selectbox,
        *at.button,
        *at.date_input,
        *at.radio,
        *at.checkbox,
        *at.text_input,
        *at.text_area,
        *at.number_input,
    ]
    texts += [w.label for w in widgets]
    texts += [w.placeholder for w in widgets if getattr(w, "placeholder", None)]
    texts += [str(o) for w in [*at.radio] for o in w.options]
    texts += [e.label for e in at.expander]
    texts += [d.proto.label for d in at.get("download_button")]
    texts += [
        str(c)
        for d in at.dataframe
        for c in d.value.columns
        if not re.fullmatch(r"[a-z0-9_]+|[A-Z]{3}", str(c))
    ]
    texts += [
        t for chart in at.get("plotly_chart") for t in chart_strings(json.loads(chart.proto.spec))
    ]
    return [t for t in texts if isinstance(t, str) and t.strip()]


# Where a chart's spec holds words a person reads: titles, legend names, annotations, labels
# and what shows on hover (customdata holds a click's ISO code too: [A-Z]{3} is no word).
CHART_TEXT_KEYS = {"text", "name", "hovertemplate", "hovertext", "customdata", "label", "labels"}


def chart_strings(spec: object, key: str = "") -> list[str]:
    """The words of a Plotly figure's spec, Plotly's %{...} placeholders and HTML tags taken out."""
    if isinstance(spec, dict):
        return [t for k, v in spec.items() for t in chart_strings(v, k)]
    if isinstance(spec, list):
        return [t for v in spec for t in chart_strings(v, key)]
    if isinstance(spec, str) and key in CHART_TEXT_KEYS:
        # a long title cut in a chart ("consul…") is data, a part of a word
        return [re.sub(r"%\{[^}]*\}|<[^>]*>|[A-Za-z]+…", " ", spec)]
    return []


@pytest.fixture(scope="module")
def data_words(seed_con) -> set[str]:
    """Every word the seed's data hold (titles, names, places, quotes): data stay as recorded."""
    con = seed_con.cursor()
    try:
        words = set()
        for table, column in con.execute(
            "SELECT table_name, column_name FROM duckdb_columns() WHERE data_type = 'VARCHAR'"
            " AND database_name = current_database() AND schema_name = 'main'"
        ).fetchall():
            for (value,) in con.execute(f'SELECT DISTINCT "{column}" FROM "{table}"').fetchall():  # noqa: S608
                words.update(w.lower() for w in re.findall(r"[A-Za-z]+", str(value or "")))
        return words | {
            w.lower() for w in re.findall(r"[A-Za-z]+", ingest.os_actor())
        }  # who edits: data too
    finally:
        con.close()


@pytest.fixture(scope="module")
def english_pages() -> dict[str, AppTest]:
    return {}


def metric_digits(at: AppTest) -> list[str]:
    return [re.sub(r"\D", "", m.value) for m in at.metric]


@pytest.mark.parametrize("lang", OTHERS)
@pytest.mark.parametrize("page", PAGES)
def test_each_page_in_each_language_shows_no_english_ui_string_and_the_same_figures(
    page, lang, data_words, english_pages
):
    if page not in english_pages:
        english_pages[page] = page_run(page)
    english = english_pages[page]
    other = page_run(page, lang)
    t = i18n.translator(lang)
    shown = page_strings(other)
    assert shown, "the page showed no interface words"
    # 1. no message of the catalogs shown in English when the catalog translates it
    leftover = [s for s in shown if s in ENGLISH_IDS and t._(s) != s]
    # 2. no English word outside the catalogs: an interface string shown the same in English
    #    with a word that is neither data nor a kept name (a string that was never wrapped)
    english_shown = set(page_strings(english))
    for s in shown:
        prose = re.sub(r"`[^`]*`", "", s)  # commands in backticks are typed as they are
        words = {w.lower() for w in re.findall(r"[A-Za-z]{4,}", prose)} - data_words - KEPT
        if words and (s in english_shown or lang != "vi"):
            leftover.append(s)
    assert leftover == [], leftover[:8]
    assert metric_digits(other) == metric_digits(english)
    assert len(other.dataframe) == len(english.dataframe)
    assert [len(d.value) for d in other.dataframe] == [len(d.value) for d in english.dataframe]


@pytest.mark.parametrize("lang", list(i18n.LANGUAGES))
def test_numbers_formatted_once_per_language_are_babels_own(lang):
    """The formatter built once per language (issue 17) writes every number as Babel's
    format_decimal does: whole numbers of every size and sign, and fractions."""
    import random

    from babel.numbers import format_decimal

    rng = random.Random(17)
    values = [0, 1, -1, 7, 999, 1000, -1000, 12345, 999999, 1000000, -1234567, 10**12, 2**63]
    values += [rng.randint(-(10**15), 10**15) for _ in range(3000)]
    values += [rng.randint(0, 10 ** rng.randint(1, 9)) for _ in range(3000)]
    values += [0.5, -2.25, 1234.5678, 0.1, 1e-7, 12345678.9, float(rng.random() * 10**6)]
    t = i18n.translator(lang)
    for value in values:
        assert t.text(i18n.M_("{n}", n=value)) == format_decimal(value, locale=lang)
        if isinstance(value, int):
            assert t.number(value) == format_decimal(value, locale=lang)
    assert i18n.translator("vi").number(1234567) == "1.234.567"
    assert i18n.translator("en").number(-1234567) == "-1,234,567"
