"""Reports to keep (atlas.report): the numbers in the PDF's text and in the Word file equal the
dashboard queries', every evidence quotation is in its source report, fonts are embedded and
Thai, Khmer and Burmese names survive as text, and bad input is refused in words."""

from __future__ import annotations

import datetime as dt
import io
import re

import docx
import pytest
from pypdf import PdfReader

from atlas import funders, ingest, queries, sources
from atlas.access import Person, Scope
from atlas.db import shared
from atlas.filters import Filters
from atlas.report import __main__ as cli
from atlas.report import content, render

AT = dt.datetime(2026, 11, 30, 9, 0, tzinfo=dt.UTC)


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u200b", "")).strip()


def pdf_text(data: bytes) -> str:
    return _normal(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages))


def docx_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return _normal(" ".join(parts))


def docx_table(data: bytes, first_heading: str) -> list[list[str]]:
    document = docx.Document(io.BytesIO(data))
    for table in document.tables:
        rows = [[_normal(c.text) for c in row.cells] for row in table.rows]
        if rows and rows[0][0] == first_heading:
            return rows
    raise AssertionError(f"no table headed {first_heading!r}")


@pytest.fixture(scope="module")
def made(seed_con):
    """Reports of four selections, in both formats, made once for the module."""
    requests = {
        "all": content.Request(scope=Scope.everything()),
        "diakonia": content.Request(funder="diakonia", scope=Scope.everything()),
        "toyota": content.Request(funder="toyota-foundation", scope=Scope.everything()),
        "lao": content.Request(filters=Filters(countries=("LAO",)), scope=Scope.everything()),
    }
    out = {}
    for name, request in requests.items():
        report = content.assemble(seed_con, request, AT)
        out[name] = (report, render(report, "pdf"), render(report, "docx"))
    return out


def texts(made, name: str) -> list[str]:
    _, pdf, word = made[name]
    return [pdf_text(pdf), docx_text(word)]


def headline(filters: Filters):
    return queries.run("overview/headline", **filters.sql_params(), scope=Scope.everything()).iloc[
        0
    ]


def test_all_records_17_events_292_participants(made):
    head = headline(Filters())
    assert (int(head["events"]), int(head["participants"])) == (17, 292)
    for text in texts(made, "all"):
        assert "The records hold 17 events reaching 292 participants from 4 countries" in text
        assert "11 of the 17 events give no participant count." in text
        assert "263 are not broken down by country" in text
        assert "Not broken down by country 263" in text
    assert (
        "Events 17 [1] Participants 292 [2] Countries of origin 4 [3] Outcomes 15 [4]"
        in pdf_text(made["all"][1])
    )
    word = made["all"][2]
    figures = docx_table(word, "Events")
    assert figures == [
        ["Events", "Participants", "Countries of origin", "Outcomes"],
        [
            f"{int(head['events'])} [1]",
            f"{int(head['participants'])} [2]",
            f"{int(head['countries_of_origin'])} [3]",
            f"{int(head['outcomes'])} [4]",
        ],
    ]


def test_diakonia_one_event_24_participants_three_countries_without_a_split(made):
    summary = queries.run(
        "funders/summary", funder="diakonia", **Filters().sql_params(), scope=Scope.everything()
    ).iloc[0]
    sentence = funders.summary_sentence("Diakonia", summary)
    assert sentence == (
        "Diakonia funded 1 project with 1 event reaching 24 participants from 3 countries "
        "(no split given), with 1 outcome."
    )
    home = docx_table(made["diakonia"][2], "Home country")
    assert home[1:] == [
        ["Cambodia", "named at 1 event, no count", "1"],
        ["Myanmar", "named at 1 event, no count", "1"],
        ["Thailand", "named at 1 event, no count", "1"],
        ["Not broken down by country", "24", ""],
    ]
    for text in texts(made, "diakonia"):
        assert sentence in text
        assert "Cambodia named at 1 event, no count" in text
        assert "Not broken down by country 24" in text
        assert (
            "No participant count is stated by home country; 24 are not broken down by country."
            in text
        )
        assert (
            "The exchange program was funded by the international non-profit organisation Diakonia."
            in text
        )


def test_toyota_foundation_seven_events(made):
    summary = queries.run(
        "funders/summary",
        funder="toyota-foundation",
        **Filters().sql_params(),
        scope=Scope.everything(),
    ).iloc[0]
    assert int(summary["events"]) == 7
    events = docx_table(made["toyota"][2], "When")
    assert len(events) - 1 == 7
    for text in texts(made, "toyota"):
        assert funders.summary_sentence("Toyota Foundation", summary) in text
        assert "Toyota Foundation funded 1 project with 7 events" in text
    assert "Events 7 [" in pdf_text(made["toyota"][1])


def test_a_filter_state_lao_pdr(made):
    lao = Filters(countries=("LAO",))
    head = headline(lao)
    remainder = queries.run(
        "participation/not_broken_down", **lao.sql_params(), scope=Scope.everything()
    ).iloc[0]
    assert (
        int(head["events"]),
        int(head["participants"]),
        int(head["participants_from_selected_countries"]),
        int(remainder["participants"]),
    ) == (4, 29, 7, 22)
    for text in texts(made, "lao"):
        assert (
            "Within the filters, the records hold 4 events reaching 29 participants from 1 country "
            "(7 with a stated home country, 22 not broken down; 3 more events without a count)"
        ) in text
        assert (
            "7 participants are stated to come from the selected countries; 22 are not broken down by country."
            in text
        )
        assert "Filters: countries Lao PDR" in text
        assert "country=LAO" in text  # the link and the query string in the manifest


def test_the_pdf_and_the_word_file_say_the_same(made):
    """One content, two writers: every table cell of the Word file is in the PDF's text."""
    for name in made:
        _, pdf, word = made[name]
        text = pdf_text(pdf).replace(" ", "")
        document = docx.Document(io.BytesIO(word))
        for table in document.tables:
            for row in table.rows:
                for cell in row.cells:
                    assert _normal(cell.text).replace(" ", "") in text, (name, cell.text)


def test_every_evidence_quotation_is_verbatim_in_its_source_report(made):
    checked = 0
    for name, (report, _, word) in made.items():
        text = docx_text(word)
        for note in report.notes:
            if not note.sentences:
                assert note.explanation, (
                    f"{name} note {note.number} has neither sentences nor an explanation"
                )
                continue
            source = sources.report_text(note.source_path)
            assert source is not None, (
                f"{name} note {note.number}: no report file {note.source_path}"
            )
            for sentence in note.sentences:
                assert _normal(sentence) in _normal(source), (
                    f"{name} note {note.number}: {sentence[:60]}"
                )
                assert f"“{_normal(sentence)}”" in text
                checked += 1
    assert checked > 40


def test_every_figure_and_record_has_a_note_that_exists(made):
    report, pdf, _ = made["all"]
    numbers = {n.number for n in report.notes}
    assert numbers == set(range(1, len(report.notes) + 1))
    for section in report.sections:
        for block in section.blocks:
            if isinstance(block, content.KeyFigures):
                assert all(item.note in numbers for item in block.items)
            if isinstance(block, content.Chart):
                assert block.note in numbers
            if isinstance(block, content.Table) and block.notes is not None:
                assert len(block.notes) == len(block.rows) and set(block.notes) <= numbers
    text = pdf_text(pdf)
    assert f"[{len(report.notes)}]" in text and "Evidence" in text and "Manifest" in text


def fonts_of(data: bytes) -> list[tuple[str, bool]]:
    """Every font the PDF's pages use, and whether its file is embedded (FontFile2: TrueType)."""
    found = []
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            described = descendants[0].get_object() if descendants else font
            descriptor = described.get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            found.append((str(font["/BaseFont"]), embedded))
    return found


def test_every_font_in_the_pdf_is_embedded(made):
    used = fonts_of(made["all"][1])
    assert used and all(embedded for _, embedded in used), used
    assert any("NotoSans" in name for name, _ in used)


SCRIPTS = {
    "Thai": "การประชุมเชิงปฏิบัติการเชียงใหม่",
    "Khmer": "សិក្ខាសាលាភ្នំពេញ",
    "Burmese": "မြန်မာအလုပ်ရုံဆွေးနွေးပွဲ",
    "Lao": "ກອງປະຊຸມວຽງຈັນ",
    "Vietnamese": "Hội thảo tại Hà Nội",
}


def test_a_title_in_thai_khmer_and_burmese_survives_into_the_pdf_text(fresh_db):
    con = shared.connection()
    name = "Beyond " + " ".join(SCRIPTS.values())
    con.execute("UPDATE projects SET name = $n WHERE project_id = 'beyond-tolerance'", {"n": name})
    event = ingest.fetch_rows(con, ingest.schema(con)["events"], [("exchange-2014-chiang-mai",)])
    row = event[("exchange-2014-chiang-mai",)] | {"title": "Exchange " + SCRIPTS["Thai"]}
    ingest.commit(
        con,
        ingest.plan_form(con, "events", row, editing=("exchange-2014-chiang-mai",)),
        Person.local("tester"),
    )
    report = content.assemble(
        con, content.Request(project="beyond-tolerance", scope=Scope.everything()), AT
    )
    assert report.title.endswith(name)
    data = render(report, "pdf")
    reader = PdfReader(io.BytesIO(data))
    # HarfBuzz reorders and joins the glyphs of these scripts; pypdf reads them back in text order
    # but may put a space where a cluster's glyphs are moved, so spaces are not compared. A glyph
    # that stands for no character of its own (a Khmer subscript form, a part of a Burmese medial)
    # has no ToUnicode entry in fpdf2's font, and a reader gives its raw code, a C0 control
    # character: those are dropped too. Every character of the title is there, in order.
    first = re.sub(r"[\s\x00-\x1f]", "", reader.pages[0].extract_text())
    for script, words in SCRIPTS.items():
        assert re.sub(r"\s", "", words) in first, script
    assert all(embedded for _, embedded in fonts_of(data))
    used = {name.split("+")[-1] for name, _ in fonts_of(data)}
    assert {"NotoSansThaiBold", "NotoSansKhmerBold", "NotoSansMyanmarBold"} <= used, used
    everything = render(
        content.assemble(con, content.Request(scope=Scope.everything()), AT), "docx"
    )
    assert "Exchange " + SCRIPTS["Thai"] in docx_text(everything)


def test_what_changed_since_lists_an_edited_event(fresh_db):
    con = shared.connection()
    key = ("ilo-consultation-lao-2009-06",)
    row = ingest.fetch_rows(con, ingest.schema(con)["events"], [key])[key]
    ingest.commit(
        con,
        ingest.plan_form(con, "events", row | {"venue": "Vientiane"}, editing=key),
        Person.local("tester"),
    )
    today = dt.datetime.now(dt.UTC).date()
    report = content.assemble(
        con,
        content.Request(filters=Filters(countries=("LAO",)), since=today, scope=Scope.everything()),
        AT,
    )
    text = docx_text(render(report, "docx"))
    assert (
        f"Since {today.day} " in text
        and "1 event and 0 outcomes of this selection were added or changed" in text
    )
    assert "Event Consultation of Thai-Cord members and Lao PDR counterparts changed" in text
    # Another selection does not see it.
    other = content.assemble(
        con, content.Request(funder="diakonia", since=today, scope=Scope.everything()), AT
    )
    assert "No event or outcome of this selection was added or changed" in docx_text(
        render(other, "docx")
    )


def test_a_long_list_says_how_many_more_and_where_they_all_are(seed_con, monkeypatch):
    monkeypatch.setattr(content, "LIST_LIMIT", 5)
    report = content.assemble(seed_con, content.Request(scope=Scope.everything()), AT)
    text = docx_text(render(report, "docx"))
    assert "12 more events are not listed here" in text and "/data?table=events" in text
    assert "10 more outcomes are not listed here" in text
    assert "The first 5 of the 17 events are listed with their sentences" in text
    assert len(docx_table(render(report, "docx"), "When")) == 1 + 5


def test_letter_paper(seed_con):
    data = render(
        content.assemble(
            seed_con, content.Request(funder="diakonia", scope=Scope.everything()), AT
        ),
        "pdf",
        "letter",
    )
    box = PdfReader(io.BytesIO(data)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


# --- the command line ------------------------------------------------------------------------


def test_command_writes_a_pdf_and_a_word_file(tmp_path, capsys):
    pdf, word = tmp_path / "r.pdf", tmp_path / "r.docx"
    assert cli.main(["--funder", "diakonia", "--format", "pdf", "-o", str(pdf)]) == 0
    assert (
        cli.main(
            ["--query", "country=LAO", "--format", "docx", "--paper", "letter", "-o", str(word)]
        )
        == 0
    )
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "Within the filters, the records hold 4 events" in docx_text(word.read_bytes())
    assert "Wrote" in capsys.readouterr().err


@pytest.mark.parametrize(
    "args, message",
    [
        (["--funder", "nobody"], "No funder with id 'nobody'"),
        (["--project", "nothing"], "No project with id 'nothing'"),
        (["--query", "country=LAO&q=consultation"], "the text search q= is not one of its filters"),
        (["--query", "colour=red"], "Ignored unknown link parameter 'colour'"),
        (["--query", "from=2030"], "No event matches this selection"),
        (["--funder", "diakonia", "--query", "funder=toyota-foundation"], "give the funder once"),
    ],
)
def test_bad_input_is_refused_in_words_and_nothing_is_written(tmp_path, capsys, args, message):
    out = tmp_path / "r.pdf"
    assert cli.main([*args, "--format", "pdf", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not out.exists()


def test_a_bad_date_is_refused_by_the_parser(tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:
        cli.main(["--since", "last week", "--format", "pdf", "-o", str(tmp_path / "r.pdf")])
    assert stop.value.code == 2
    assert "not a date" in capsys.readouterr().err


# --- the pages' buttons ----------------------------------------------------------------------


def test_overview_and_funders_offer_the_report_downloads():
    from streamlit.testing.v1 import AppTest

    for path, query in (
        ("app_pages/overview.py", {}),
        ("app_pages/funders.py", {"funder": "diakonia"}),
    ):
        at = AppTest.from_file("../app.py", default_timeout=60)
        at.switch_page(path)
        for key, value in query.items():
            at.query_params[key] = value
        at.run()
        assert not at.exception
        labels = [b.proto.label for b in at.get("download_button")]
        assert labels == ["Download report (PDF)", "Download report (Word)"], path


def test_a_funders_report_names_its_scope_by_the_funders_name(seed_con):
    # what a funder keeps says whose projects it holds by the organisation's name, not its id
    report = content.assemble(
        seed_con, content.Request(funder="diakonia", scope=Scope.of_funder("diakonia")), AT
    )
    scope = dict(report.manifest)["Scope"]
    assert scope == (
        "the projects funded by Diakonia, their events, participation, outcomes and sources"
    )
