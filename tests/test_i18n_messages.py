"""The app's own sentences about a file, an import, a delete or a report, in the page's language:
English as the str the command line and logs read, said in Thai, Khmer, Burmese, Lao or
Vietnamese on screen, with the language's numbers, plural forms and list words."""

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from atlas import db, ingest, review, spreadsheet
from atlas.access import Person
from atlas.charts import event_participants, events_by_host, outcome_chain
from atlas.charts.label_width import NBSP, align_left, text_width
from atlas.charts.participants import FIGURE_WIDTH, fit_labels, participants_by_country
from atlas.extract import extract_text
from atlas.extract.pipeline import check_text
from atlas.i18n import LANGUAGES, MN_, translator
from tests.test_i18n import APP
from tests.test_ingest import csv_bytes, event


@pytest.fixture
def con(fresh_db):
    connection = db.connect(fresh_db)
    db.migrate(connection)
    yield connection
    connection.close()


def said(lang: str, message: object) -> str:
    return translator(lang).text(message)


def sheet(*changes: dict[str, str]) -> spreadsheet.Sheet:
    """A CSV of the standard new event (tests.test_ingest.event), one row per change."""
    return spreadsheet.read_bytes(csv_bytes([event(**c) for c in changes]), "partner.csv")


def test_a_delete_refused_while_in_use_reads_in_khmer(con):
    plan = ingest.plan_delete(con, "sources", ("report-000",))
    first = plan.problems[0]
    assert str(first) == (
        "Source 'report-000': is still used by 2 organisations ('diakonia', 'empower'); "
        "change or delete them first"
    )
    assert said("km", first.location) == "ប្រភព 'report-000'"
    assert said("km", first.message) == (
        "នៅតែត្រូវបានប្រើដោយអង្គការ 2 ('diakonia', 'empower'); សូមផ្លាស់ប្តូរ ឬលុបវាជាមុនសិន"
    )


def test_a_file_refusal_writes_numbers_as_the_language_does():
    wide = ("a," * 1000 + "b\r\n1,2\r\n").encode()
    with pytest.raises(spreadsheet.FileRefused) as refused:
        spreadsheet.read_bytes(wide, "wide.csv")
    message = refused.value.message
    assert message.startswith("Row 1 has 1,001 columns; at most 1,000 are read.")
    assert said("vi", message) == (
        "Hàng 1 có 1.001 cột; chỉ đọc tối đa 1.000 cột. Hãy xóa các cột thừa và tải tệp lên lại."
    )
    assert said("th", message).startswith("แถว 1 มี 1,001 คอลัมน์")


def test_the_country_hint_and_the_preview_notes_in_thai_lao_and_khmer(con):
    read = sheet({"country_iso3": "Cambodja"})
    assert said("km", read.described) == "CSV, UTF-8, បំបែកដោយសញ្ញាក្បៀស"
    plan = ingest.plan_import(con, "events", read)
    assert [str(p) for p in plan.problems] == [
        "Row 2, column country_iso3: 'Cambodja' is not a known country code "
        "(did you mean Cambodia or Samoa?)"
    ]
    # the names are what an import accepts, joined by the language's "or"
    assert said("th", plan.problems[0].message) == (
        "'Cambodja' ไม่ใช่รหัสประเทศที่รู้จัก (หมายถึง Cambodia หรือ Samoa หรือไม่)"
    )
    assert said("th", plan.problems[0].location) == "แถว 2"
    assert plan.notes == ["1 row with problems is left out of the changes shown."]
    assert said("lo", plan.notes[0]) == "ແຖວທີ່ມີບັນຫາ 1 ແຖວບໍ່ໄດ້ລວມຢູ່ໃນການປ່ຽນແປງທີ່ສະແດງ."


def test_data_changed_since_the_preview_reads_in_burmese(con):
    preview = ingest.plan_import(con, "events", sheet({}))
    ingest.commit(
        con, ingest.plan_import(con, "events", sheet({"title": "Another"})), Person.local("t")
    )
    with pytest.raises(ingest.Refused) as refused:
        ingest.commit(con, preview, Person.local("t"))
    assert refused.value.message == (
        "The data changed since this preview (1 event differs, the first 'workshop-2019-yangon'). "
        "Nothing was written; look at the preview again."
    )
    assert said("my", refused.value.message) == (
        "ဤအကြိုကြည့်ရှုမှု ပြီးနောက် ဒေတာ ပြောင်းသွားသည် (ပွဲ 1 ခု ကွဲပြားသည်၊ ပထမ "
        "'workshop-2019-yangon')။ ဘာမျှ မရေးခဲ့ပါ၊ အကြိုကြည့်ရှုမှုကို ထပ်ကြည့်ပါ။"
    )


def test_a_key_change_is_refused_in_lao(con):
    plan = ingest.plan_form(
        con, "organisations", {"org_id": "someone-else", "name": "MMN"}, editing=("mmn",)
    )
    assert [str(p) for p in plan.problems] == [
        "Organisation, column org_id: cannot be changed (it is the key); "
        "add a new organisation instead"
    ]
    assert said("lo", plan.problems[0].message) == "ປ່ຽນບໍ່ໄດ້ (ມັນແມ່ນຄີ); ໃຫ້ເພີ່ມອົງການໃໝ່ແທນ"


def test_counts_choose_their_plural_form():
    one = MN_("{n} empty row skipped.", "{n} empty rows skipped.", 1)
    many = MN_("{n} empty row skipped.", "{n} empty rows skipped.", 1234)
    assert (one, many) == ("1 empty row skipped.", "1,234 empty rows skipped.")
    assert said("vi", many) == "Đã bỏ qua 1.234 hàng trống."
    assert said("my", many) == "အတန်းလွတ် 1,234 တန်းကို ကျော်ခဲ့သည်။"


def test_the_extractors_reasons_in_khmer():
    drafts = extract_text(
        "About 30 participants from Cambodia attended a workshop in Bangkok, Thailand on "
        "3 May 2019.",
        "report",
    )
    assert drafts[0].unsure == {"participants_total": "the report gives an approximate number"}
    reasons = [r["unsure"] for r in review.evidence_rows(drafts[0], "km") if r["unsure"]]
    assert reasons == ["របាយការណ៍ផ្តល់ចំនួនប្រហាក់ប្រហែល"]
    assert said("km", check_text("")) == "អត្ថបទទទេ។"


@pytest.mark.parametrize(
    ("lang", "caption"),
    [
        ("en", "17 events. Click a row, or choose an event below, to open its story."),
        ("km", "ព្រឹត្តិការណ៍ 17។ ចុចជួរមួយ ឬជ្រើសព្រឹត្តិការណ៍ខាងក្រោម ដើម្បីបើករឿងរ៉ាវរបស់វា។"),
    ],
)
def test_the_events_caption_says_its_count_in_the_plural_form(lang, caption):
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["lang"] = lang
    at.switch_page("app_pages/events.py")
    at.run()
    assert not at.exception
    assert caption in [c.value for c in at.caption]


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_each_bar_label_fits_after_its_bar(lang):
    """In a figure FIGURE_WIDTH wide, every participants-by-country label (Burmese ones ran off
    the right edge) ends inside the plot area, measured with the served fonts."""
    df = pd.DataFrame(
        {
            "country_iso3": ["KHM", "LAO", "MMR", "THA"],
            "country": ["Cambodia", "Lao PDR", "Myanmar", "Thailand"],
            "participants": [22, 7, None, None],
            "events": [2, 4, 1, 3],
            "events_without_count": [1, 3, 1, 3],
        }
    )
    fig = participants_by_country(df, 263, lang=lang)
    bar = fig.data[0]
    plot = FIGURE_WIDTH - max(text_width(n) for n in bar.y) - 30
    top = fig.layout.xaxis.range[1]
    for value, label in zip(bar.x, bar.text, strict=True):
        assert value / top * plot + text_width(label) <= plot, label
    assert all("<br>" not in words for words in bar.customdata)  # the hover: one line each
    assert fit_labels(["Cambodia"], [5], ["5"]) == (["5"], 5 * 1.6)  # a short label: unchanged


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_a_bar_label_of_two_lines_starts_both_at_the_bar(lang):
    """Plotly centres the lines of a bar's outside text on each other: each shorter line is
    padded with no-break spaces to the widest one's width (within one space, never wider), so
    both start at the bar's end; the words are unchanged."""
    df = pd.DataFrame(
        {
            "country_iso3": ["KHM", "LAO"],
            "country": ["Cambodia", "Lao PDR"],
            "participants": [22, 7],
            "events": [2, 4],
            "events_without_count": [1, 3],
        }
    )
    label = participants_by_country(df, 263, lang=lang).data[0].text[0]
    t = translator(lang)
    said = (
        t.number(22)
        + " "
        + t.ngettext(
            "(+ named at {n} more event, no count)", "(+ named at {n} more events, no count)", 1
        ).format(n=t.number(1))
    )
    assert label.replace("<br>", " ").replace(NBSP, "").split() == said.split()
    lines = label.split("<br>")
    widest = max(text_width(line.rstrip(NBSP)) for line in lines)
    for line in lines:
        space = text_width(line + NBSP) - text_width(line)  # in the font of the line's script
        assert widest - space <= text_width(line) <= widest, line
    assert align_left("one line") == "one line"


@pytest.mark.parametrize(
    ("lang", "one", "many"),
    [("en", "1 event", "1,234 events"), ("vi", "1 sự kiện", "1.234 sự kiện")],
)
def test_chart_hovers_count_with_the_languages_plural_not_an_s_in_brackets(lang, one, many):
    """A hover says "1 event" and "1,234 events" with the language's numbers, never "event(s)"."""
    hosts = pd.DataFrame(
        {
            "country_iso3": ["LAO", "THA"],
            "country": ["Lao PDR", "Thailand"],
            "events": [1, 1234],
            "participants": [29, None],
            "at_least_events": [0, 0],
            "events_without_count": [0, 1234],
        }
    )
    bar = events_by_host(hosts, lang=lang).data[0]
    assert list(bar.hovertext) == [one, many]
    chain = pd.DataFrame(
        {
            "project_id": ["p1", "p1"],
            "project": ["Safe migration", "Safe migration"],
            "event_id": ["e1", None],
            "event": ["Workshop", None],
            "event_start": [pd.Timestamp("2015-03-02").date(), None],
            "event_precision": ["day", None],
            "outcome_type": ["policy_change", "policy_change"],
            "outcomes": [1, 2],
        }
    )
    nodes = outcome_chain(chain, lang="en").data[0].node
    said_of = dict(zip(nodes.label, nodes.customdata, strict=True))
    assert said_of["Safe migration"] == "3 outcomes"  # the project: 1 through its event + 2 whole
    assert said_of["(project as a whole)"] == "2 outcomes"
    assert [w for k, w in said_of.items() if k.startswith("Workshop")] == ["1 outcome"]
    homes = pd.DataFrame({"country": ["Lao PDR", "Thailand"], "participants": [1, 7]})
    hovers = [b.hovertext[0] for b in event_participants(homes, 8, lang="en").data]
    assert hovers == ["Lao PDR: 1 participant", "Thailand: 7 participants"]


def test_a_measured_width_is_the_same_kept_or_measured_again():
    """text_width keeps what it measured per (text, size) (a chart measures the same names and
    words on every filter state): what it gives is what measuring again gives, at each size, and
    a chart drawn with nothing kept is the chart drawn with everything kept."""
    words = [
        "Cambodia",
        "ກຳປູເຈຍ",
        "กัมพูชา",
        "ကမ္ဘောဒီးယား",
        "1,234 (+ named at 1 more<br>event)",
        NBSP,
    ]
    for size in (12, 14, 12):
        for text in words:
            assert text_width(text, size) == text_width.__wrapped__(text, size), (text, size)
    df = pd.DataFrame(
        {
            "country_iso3": ["KHM", "LAO", "MMR"],
            "country": ["Cambodia", "Lao PDR", "Myanmar"],
            "participants": [1234.0, None, 7.0],
            "events": [3, 2, 1],
            "events_without_count": [0, 2, 1],
        }
    )
    for lang in LANGUAGES:
        text_width.cache_clear()
        cold = participants_by_country(df, 263, lang=lang).to_plotly_json()
        assert participants_by_country(df, 263, lang=lang).to_plotly_json() == cold
