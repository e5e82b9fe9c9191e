"""The report to keep in the language of the page that asked for it: its own words from the
catalogs, numbers, dates and country names from CLDR, the data's text as recorded, and the same
figures as the English report. Read back from the real files (pypdf, python-docx)."""

from __future__ import annotations

import dataclasses
import io
import re

import docx
import pytest
from pypdf import PdfReader

from atlas import ingest
from atlas.access import Person, Scope
from atlas.db import shared
from atlas.i18n import translator
from atlas.report import __main__ as cli
from atlas.report import content, render
from atlas.report.model import Chart, KeyFigures, Table
from tests.test_report import AT, docx_table

LANGS = ("en", "th", "km", "my", "vi")
EVENT_TITLE = "Regional Exchange Program on Migration Issues"  # data: never translated


@pytest.fixture(scope="module")
def reports(seed_con):
    """The all-records report in English and four other languages (made once)."""
    return {
        lang: content.assemble(seed_con, content.Request(scope=Scope.everything(), lang=lang), AT)
        for lang in LANGS
    }


def pdf_letters(data: bytes) -> str:
    """The PDF's text without spaces and C0 controls: HarfBuzz moves glyphs within a cluster,
    pypdf may read a space there, and a glyph standing for no character of its own (a Khmer
    subscript form) comes back as its raw code (see test_report's title test)."""
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return re.sub(r"[\s\x00-\x1f\u200b]", "", text)


def letters(text: str) -> str:
    return re.sub(r"\s", "", text)


SCRIPT = {"th": "\u0e00-\u0e7f", "km": "\u1780-\u17ff"}


def script_letters(text: str, lang: str) -> str:
    """Only the letters of the language's script and the digits, in order: a glyph fpdf2's font
    maps to no character of its own may also come back as a stray Latin-1 character from pypdf
    (a Khmer subscript as "k" or "R-"); every letter of the script is still there, in order."""
    return re.sub(f"[^{SCRIPT[lang]}0-9,]", "", text)


# What a reader of each language sees where the English report says the same thing.
PDF_WORDS = {
    "th": {
        "headings": ["สรุป", "การเข้าถึง", "กิจกรรม", "ผลลัพธ์", "หลักฐาน"],
        "sentence": "11 จาก 17 กิจกรรมไม่ระบุจำนวนผู้เข้าร่วม",
        "home row": "กัมพูชา22 (+ มีชื่อในอีก 1 กิจกรรม ไม่มีจำนวน)2",
        "english": "11 of the 17 events give no participant count.",
    },
    "km": {
        "headings": ["សេចក្តីសង្ខេប", "ការឈានដល់", "ព្រឹត្តិការណ៍", "លទ្ធផល", "ភស្តុតាង"],
        "sentence": "ព្រឹត្តិការណ៍ 11 ក្នុងចំណោម 17 មិនផ្តល់ចំនួនអ្នកចូលរួម។",
        "home row": "កម្ពុជា22 (+ មានឈ្មោះនៅព្រឹត្តិការណ៍ 1 ទៀត គ្មានចំនួន)2",
        "english": "11 of the 17 events give no participant count.",
    },
}


@pytest.mark.parametrize("lang", ["th", "km"])
def test_a_pdf_in_thai_and_in_khmer_says_its_words_in_the_language(reports, lang):
    data = render(reports[lang], "pdf")
    text = pdf_letters(data)
    words = PDF_WORDS[lang]
    said = script_letters(text, lang)
    for heading in words["headings"]:
        assert script_letters(heading, lang) in said, heading
    assert script_letters(words["sentence"], lang) in said
    # Cambodia's row of the home-country table: the name from CLDR, the count and its note.
    assert script_letters(words["home row"], lang) in said
    assert letters(EVENT_TITLE) in text  # the data's own text, as recorded
    assert letters(words["english"]) not in text
    assert PdfReader(io.BytesIO(data)).trailer["/Root"]["/Lang"] == lang


def test_a_larger_number_is_grouped_as_each_language_writes_it(fresh_db):
    """One event given 1,250 participants: 292 - 24 + 1,250 = 1,518 in all; Thai and Khmer
    group it as English does (CLDR), Vietnamese with a dot."""
    con = shared.connection()
    key = ("exchange-2014-chiang-mai",)
    event = ingest.fetch_rows(con, ingest.schema(con)["events"], [key])
    ingest.commit(
        con,
        ingest.plan_form(con, "events", event[key] | {"participants_total": 1250}, editing=key),
        Person.local("tester"),
    )

    def report(lang: str):
        return content.assemble(con, content.Request(scope=Scope.everything(), lang=lang), AT)

    th = script_letters(pdf_letters(render(report("th"), "pdf")), "th")
    assert script_letters("ข้อมูลที่บันทึกไว้มี 17 กิจกรรม เข้าถึงผู้เข้าร่วม 1,518 คน", "th") in th
    km = script_letters(pdf_letters(render(report("km"), "pdf")), "km")
    assert script_letters("ឈានដល់អ្នកចូលរួម 1,518 នាក់", "km") in km
    vi = report("vi")
    assert vi.sections[0].blocks[1].items[1].value == "1.518"  # the key figure "Participants"
    assert "1.518 người tham gia" in vi.sections[0].blocks[0].text


WORD_WORDS = {
    "vi": {
        "headings": ["Tóm tắt", "Phạm vi tiếp cận", "Sự kiện", "Kết quả", "Bằng chứng"],
        "events": [
            "Khi nào",
            "Sự kiện",
            "Ở đâu",
            "Người tham gia",
            "Quốc gia xuất xứ",
            "Chú thích",
        ],
        "homes": [
            "Quốc gia xuất xứ",
            "Người tham gia (theo báo cáo)",
            "Sự kiện nêu tên",
        ],
        "figures": ["Sự kiện", "Người tham gia", "Quốc gia xuất xứ", "Kết quả"],
    },
    "my": {
        "headings": ["အနှစ်ချုပ်", "ရောက်ရှိမှု", "ပွဲများ", "ရလဒ်များ", "အထောက်အထား"],
        "events": ["အချိန်", "ပွဲ", "နေရာ", "ပါဝင်သူများ", "မူလနိုင်ငံများ", "မှတ်ချက်"],
        "homes": [
            "မူလနိုင်ငံ",
            "ပါဝင်သူများ (အစီရင်ခံစာများ ဖော်ပြသည့်အတိုင်း)",
            "၎င်းကို အမည်ဖော်ပြသော ပွဲများ",
        ],
        "figures": ["ပွဲများ", "ပါဝင်သူများ", "မူလနိုင်ငံများ", "ရလဒ်များ"],
    },
}


@pytest.mark.parametrize("lang", ["vi", "my"])
def test_a_word_file_in_vietnamese_and_in_burmese_has_translated_headings_and_headers(
    reports, lang
):
    data = render(reports[lang], "docx")
    document = docx.Document(io.BytesIO(data))
    words = WORD_WORDS[lang]
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[: len(words["headings"])] == words["headings"]
    assert headings[-1] == "Manifest"  # kept in Latin letters (locale/GLOSSARY.md)
    events = docx_table(data, words["events"][0])
    assert events[0] == words["events"]
    assert EVENT_TITLE in {row[1] for row in events[1:]}
    assert docx_table(data, words["homes"][0])[0] == words["homes"]
    assert docx_table(data, words["figures"][0])[0] == words["figures"]
    assert document.core_properties.language == lang


def _figures(report) -> dict[str, object]:
    """Every number of a report by where it stands, with the language's words taken out: key
    figures, each table's rows and the numbers in them, each chart's data, the notes."""
    t = translator(report.lang)
    seen: dict[str, object] = {"notes": len(report.notes)}
    for i, section in enumerate(report.sections):
        for j, block in enumerate(section.blocks):
            where = f"{i}.{j}"
            if isinstance(block, KeyFigures):
                seen[where] = [re.sub(r"\D", "", item.value) for item in block.items]
                seen[where + " notes"] = [item.note for item in block.items]
            elif isinstance(block, Table):
                # Dates are said as each language says them (CLDR), so their digits differ.
                when = block.columns.index(t._("When")) if t._("When") in block.columns else None
                seen[where] = [
                    [
                        re.findall(r"\d+", re.sub(r"(?<=\d)[.,](?=\d{3})", "", value))
                        for k, value in enumerate(row)
                        if k != when
                    ]
                    for row in block.rows
                ]
                seen[where + " notes"] = block.notes
            elif isinstance(block, Chart):
                numbers = block.data.select_dtypes("number")
                seen[where] = numbers.fillna(-1).to_numpy().tolist()
    return seen


@pytest.mark.parametrize("lang", ["th", "km", "my", "vi"])
def test_a_translated_report_has_the_english_reports_figures(reports, lang):
    english, translated = reports["en"], reports[lang]
    # 8 figures, 17 events, 15 outcomes: one note each
    assert len(translated.notes) == len(english.notes) == 8 + 17 + 15
    assert [note.sentences for note in translated.notes] == [n.sentences for n in english.notes]
    assert _figures(translated) == _figures(english)
    assert translated.sections[1].heading != english.sections[1].heading  # the words did change


def test_the_command_line_takes_a_language(tmp_path, capsys):
    out = tmp_path / "r.docx"
    args = ["--funder", "diakonia", "--lang", "vi", "--format", "docx", "-o", str(out)]
    assert cli.main(args) == 0
    document = docx.Document(str(out))
    assert document.paragraphs[0].text == "Báo cáo Outcome Atlas: Diakonia"
    manifest = {row.cells[0].text: row.cells[1].text for row in document.tables[-1].rows}
    # The command it gives makes the same report again, in the same language.
    assert "--funder diakonia --lang vi --format pdf" in manifest["Lệnh tạo lại báo cáo này"]
    assert manifest["Ngôn ngữ"] == "Tiếng Việt"
    assert "Wrote" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        cli.main(["--lang", "fr", "--format", "pdf", "-o", str(tmp_path / "x.pdf")])
    assert not (tmp_path / "x.pdf").exists()


def test_the_buttons_no_longer_say_the_report_is_in_english():
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file("../app.py", default_timeout=60)
    at.switch_page("app_pages/overview.py")
    at.query_params["lang"] = "th"
    at.run()
    assert not at.exception
    buttons = at.get("download_button")
    assert [b.proto.label for b in buttons] == ["ดาวน์โหลดรายงาน (PDF)", "ดาวน์โหลดรายงาน (Word)"]
    assert "ข้อความของรายงานเป็นภาษาของหน้านี้" in buttons[0].proto.help
    at = AppTest.from_file("../app.py", default_timeout=60)
    at.switch_page("app_pages/overview.py")
    at.run()
    assert "English" not in at.get("download_button")[0].proto.help


def test_the_file_name_says_the_language_when_it_is_not_english(reports):
    """Two downloads of one view in two languages must not share a name in the user's folder."""
    date = AT.date().isoformat()
    assert reports["en"].file_stem == f"atlas-report-all-{date}"
    assert reports["km"].file_stem == f"atlas-report-all-km-{date}"
    assert reports["vi"].file_stem == f"atlas-report-all-vi-{date}"
    everything = content.Request(scope=Scope.everything(), lang="th")
    lao = dataclasses.replace(everything, filters=everything.filters.replace(countries=("LAO",)))
    assert content.file_stem(lao, AT.date()) == f"atlas-report-view-LAO-th-{date}"
