"""A generated corpus of bad (and awkward but valid) import files, each tried on one copy of the
seed database. A refused file must give a message in the user's words and leave every table
exactly as it was (checksums of every table's content); an accepted file must store exactly the
text it carried, and is then undone, after which the data tables match their checksums again.

The strings follow the categories of the Big List of Naughty Strings (reserved words, whitespace,
quotes, Unicode of every kind, right-to-left and combining marks, emoji, injection and template
payloads, spreadsheet formulas, control characters, very long text), written out here rather
than downloaded. Text is data: any of it is accepted as text unless a rule refuses it (empty in
a required column, a control character, a cell longer than CSV allows).
"""

from __future__ import annotations

import codecs
import csv
import io
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from atlas import db, ingest, spreadsheet
from atlas.access import Person
from atlas.schema import DATA_TABLES, describe_all
from atlas.spreadsheet import MAX_CELL_CHARS, FileRefused, unguard_formula
from atlas.validation import id_problem
from tests.workbooks import workbook

NAUGHTY = [
    # reserved words and numbers that are not numbers here
    "undefined",
    "null",
    "NULL",
    "None",
    "nil",
    "true",
    "false",
    "NaN",
    "Infinity",
    "-Infinity",
    "0",
    "-1",
    "1e309",
    "0x0",
    "1/0",
    "1,000",
    "00123",
    # whitespace of every kind
    "",
    " ",
    "\t",
    "\u00a0",
    "\u2028",
    "\u3000",
    "\u200b",
    "\ufeff",
    "  padded  ",
    # quotes and punctuation
    "'",
    '"',
    "''",
    '""',
    "'\"'",
    "\"''''\"'\"",
    ",./;'[]\\-=",
    '<>?:"{}|_+',
    "!@#$%^&*()`~",
    # Unicode: symbols, scripts, right-to-left, combining marks, emoji, full width, superscripts
    "Ω≈ç√∫˜µ≤≥÷",
    "åß∂ƒ©˙∆˚¬…æ",
    "田中さんにあげて下さい",
    "사회과학원 어학연구소",
    "ثم نفس سقطت وبالتحديد",
    "בְּרֵאשִׁית",
    "Ṱ̺̺̕o͞ ̷i̲̬͇̪͙n̝̗͕v̟̜̘̦͟o̶̙̰̠kè͚̮̺̪̹̱̤",
    "😍",
    "👩🏽‍🚒",
    "🇹🇭🇲🇲",
    "１２３",
    "ﾟ･✿ヾ╲(｡◕‿◕｡)╱✿･ﾟ",
    "⁰⁴⁵",
    "\u202atest\u202a",
    "\u202etest\u202e",
    "᚛ᚄᚓᚐᚋᚒᚄ ᚑᚄᚂᚑᚏᚅ᚜",
    "Hà Nội",
    "ເວียงຈັນ",
    "မြန်မာ",
    "ភ្នំពេញ",
    # injection and template payloads
    "<script>alert(0)</script>",
    "<img src=x onerror=alert(1)>",
    "'; DROP TABLE events; --",
    "1' OR '1'='1",
    "Robert'); DROP TABLE Students;--",
    "$(touch /tmp/atlas)",
    "`ls`",
    "%s%s%s%n",
    "{0}",
    "${7*7}",
    "{{7*7}}",
    "../../../../etc/passwd",
    "file:///etc/passwd",
    "\\\\server\\share",
    "javascript:alert(1)",
    "**bold** _it_ [link](http://example.invalid)",
    "# heading",
    "<!-- comment -->",
    "&lt;b&gt;",
    # spreadsheet formulas, and formulas as an export guards them
    "=1+1",
    "+1+1",
    "-1+1",
    "@SUM(1)",
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("http://example.invalid","x")',
    "'=1+1",
    "'-3 months",
    "\t=1+1",
    # control characters, line breaks
    "a\x07b",
    "\x1b[31mred",
    "a\x7fb",
    "a\x00b",
    "line 1\nline 2",
    "line 1\r\nline 2",
    "tab\there",
    # long text
    "A" * 10_000,
    "é" * 5_000,
    "x" * 200_000,
    # words that naive filters break
    "Scunthorpe",
    "Penistone",
]
TEXT_FIELDS = ("title", "city", "venue", "description", "source_quote")
REQUIRED = {"title", "source_quote", "event_id"}
SEED = Path(__file__).resolve().parent.parent / "data" / "seed"


@dataclass(frozen=True)
class Case:
    name: str
    table: str
    data: bytes
    accepted: bool
    message: str = ""  # part of the refusal every refused case must give
    sheet: str | None = None
    check: tuple | None = None  # accepted: (table, key column, key, column, stored value)


def event(i: int | str, **changes) -> dict[str, str]:
    row = {
        "event_id": f"corpus-{i}",
        "project_id": "",
        "title": "Corpus workshop",
        "event_type": "workshop",
        "start_date": "2019-03-01",
        "end_date": "",
        "date_precision": "month",
        "city": "Yangon",
        "venue": "",
        "country_iso3": "MMR",
        "participants_total": "30",
        "participants_at_least": "false",
        "description": "",
        "source_id": "report-001",
        "source_quote": "A workshop.",
    }
    return row | changes


def csv_bytes(
    rows: list[dict] | list[list], header: list[str] | None = None, encoding: str = "utf-8"
) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    if rows and isinstance(rows[0], dict):
        header = header or list(rows[0])
        writer.writerow(header)
        writer.writerows([[r.get(h, "") for h in header] for r in rows])
    else:
        writer.writerow(header or [])
        writer.writerows(rows)
    return buffer.getvalue().encode(encoding)


def naughty_cases() -> list[Case]:
    cases = []
    for n, text in enumerate(NAUGHTY):
        # Each string goes into two of the text columns (in turn), every fourth into the key too.
        fields = (
            TEXT_FIELDS[n % 5],
            TEXT_FIELDS[(n + 2) % 5],
            *(("event_id",) if n % 4 == 0 else ()),
        )
        for field in fields:
            row = event(f"{field}-{n}", **{field: text})
            value = unguard_formula(text).strip()
            key = value if field == "event_id" else row["event_id"]
            name = f"naughty {field} {n}"
            data = csv_bytes([row])
            if "\x00" in text:
                cases.append(Case(name, "events", data, False, "Row 2 contains a NUL byte"))
            elif len(text) > MAX_CELL_CHARS:
                cases.append(
                    Case(name, "events", data, False, f"Row 2, column {field}: the cell holds")
                )
            elif value == "" and field in REQUIRED:
                cases.append(Case(name, "events", data, False, f"column {field}: is required"))
            elif any(ord(c) < 32 and c not in "\t\n\r" or c == "\x7f" for c in value):
                cases.append(Case(name, "events", data, False, "contains the control character"))
            elif field == "event_id" and id_problem(value):
                cases.append(
                    Case(name, "events", data, False, "column event_id: " + repr(value)[:20])
                )
            else:
                cases.append(
                    Case(
                        name,
                        "events",
                        data,
                        True,
                        check=("events", "event_id", key, field, value or None),
                    )
                )
    return cases


def seed_rows() -> dict[str, tuple[list[str], list[str]]]:
    """Each table's header and first seed row as text cells, read from data/seed."""
    out = {}
    for table in DATA_TABLES:
        with (SEED / f"{table}.csv").open(encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            out[table] = (next(reader), next(reader))
    return out


def structure_cases() -> list[Case]:
    cases = []
    for table, (header, row) in seed_rows().items():
        cases.append(
            Case(
                f"{table} header only",
                table,
                csv_bytes([], header),
                False,
                "has a header but no rows",
            )
        )
        cases.append(
            Case(
                f"{table} duplicate key",
                table,
                csv_bytes([row, row], header),
                False,
                "appears twice (also at Row 2)",
            )
        )
        cases.append(
            Case(
                f"{table} duplicate header",
                table,
                csv_bytes([[*row, row[0]]], [*header, header[0]]),
                False,
                f"column {header[0]}: appears twice in the header",
            )
        )
        cases.append(
            Case(
                f"{table} empty header cell",
                table,
                csv_bytes([[row[0], "x", *row[1:]]], [header[0], "", *header[1:]]),
                False,
                "column 2 of the header is empty",
            )
        )
        cases.append(
            Case(
                f"{table} surplus cell",
                table,
                csv_bytes([[*row, "surplus"]], header),
                False,
                f"Row 2: has {len(row) + 1} cells but the header has {len(header)} columns",
            )
        )
        for i, column in enumerate(header):
            renamed = [*header[:i], column.replace("_", " ") + " (new)", *header[i + 1 :]]
            cases.append(
                Case(
                    f"{table} renamed {column}",
                    table,
                    csv_bytes([row], renamed),
                    False,
                    f"is not a column of {table}",
                )
            )
            cases.append(
                Case(
                    f"{table} missing {column}",
                    table,
                    csv_bytes([row[:i] + row[i + 1 :]], header[:i] + header[i + 1 :]),
                    False,
                    f"column {column}: missing from the header",
                )
            )
    return cases


def value_cases() -> list[Case]:
    """Wrong types, negative and huge numbers, unreal dates, unknown and known country names."""
    cases = []
    bad = {
        "participants_total": [
            ("abc", "is not a whole number"),
            ("3.5", "is not a whole number"),
            ("1e3", "is not a whole number"),
            ("true", "is not a whole number"),
            ("-1", "-1 is below zero"),
            ("-2147483649", "is too large"),
            ("2147483648", "is too large"),
            ("1" + "0" * 30, "is too large"),
        ],
        "start_date": [
            ("yesterday", "is not a real date"),
            ("2016/02/01", "is not a real date"),
            ("01-02-2016", "is not a real date"),
            ("2016-02-30", "'2016-02-30' is not a real date (expected YYYY-MM-DD)"),
            ("2015-02-29", "is not a real date"),
            ("2016-13-01", "is not a real date"),
            ("2016-00-10", "is not a real date"),
            ("2016-05-17", "is not the first day of a month"),
        ],
        "participants_at_least": [("maybe", "is not true or false"), ("2", "is not true or false")],
        "event_type": [("party", "is not one of"), ("Workshop ", "is not one of")],
        "date_precision": [("week", "is not one of"), ("Month", "is not one of")],
        "country_iso3": [
            ("Cambodja", "is not a known country code (did you mean Cambodia"),
            ("Atlantis", "is not a known country code"),
            ("XXX", "is not a known country code"),
            ("ZZ", "is not a known country code"),
        ],
        "project_id": [("no-such-project", "'no-such-project' is not in projects")],
        "source_id": [
            ("", "column source_id: is required"),
            ("no-such-source", "is not in sources"),
        ],
    }
    for column, values in bad.items():
        for n, (value, message) in enumerate(values):
            cases.append(
                Case(
                    f"events {column} {value[:20]!r}",
                    "events",
                    csv_bytes([event(f"v-{column}-{n}", **{column: value})]),
                    False,
                    message,
                )
            )
    good = {
        "country_iso3": [
            ("Burma/Myanmar", "MMR"),
            ("Viet Nam", "VNM"),
            ("lao", "LAO"),
            ("tha", "THA"),
            ("Thailand", "THA"),
            ("  Cambodia ", "KHM"),
            ("China (Yunnan)", "CHN"),
        ],
        "participants_total": [("0", 0), ("2147483647", 2147483647), ("1,200", 1200), ("", None)],
        "participants_at_least": [("yes", True), ("FALSE", False)],
        "start_date": [("2016-02-29", None)],
    }
    for column, values in good.items():
        for n, (value, stored) in enumerate(values):
            changes = {column: value}
            if column == "start_date":
                changes["date_precision"] = "day"
                stored = __import__("datetime").date(2016, 2, 29)
            cases.append(
                Case(
                    f"events {column} {value!r} accepted",
                    "events",
                    csv_bytes([event(f"g-{column}-{n}", **changes)]),
                    True,
                    check=("events", "event_id", f"corpus-g-{column}-{n}", column, stored),
                )
            )
    part = {
        "event_id": "exchange-2014-chiang-mai",
        "country_iso3": "LAO",
        "participants": "",
        "source_quote": "",
    }
    for value, message in [
        ("-5", "-5 is below zero"),
        ("five", "is not a whole number"),
        ("25", "more than the event's total of 24"),
    ]:
        cases.append(
            Case(
                f"participation count {value}",
                "participation",
                csv_bytes([part | {"participants": value}]),
                False,
                message,
            )
        )
    cases.append(
        Case(
            "participation unknown event",
            "participation",
            csv_bytes([part | {"event_id": "no-such-event"}]),
            False,
            "'no-such-event' is not in events",
        )
    )
    cases.append(
        Case(
            "participation country by name",
            "participation",
            csv_bytes([part | {"country_iso3": "Lao PDR", "participants": "3"}]),
            True,
            check=(
                "participation",
                "event_id = 'exchange-2014-chiang-mai' AND country_iso3",
                "LAO",
                "participants",
                3,
            ),
        )
    )
    outcome = {
        "outcome_id": "corpus-outcome",
        "outcome_type": "publication",
        "title": "A paper",
        "description": "",
        "quantity": "",
        "unit": "",
        "date": "",
        "date_precision": "",
        "project_id": "ilo-ipec",
        "event_id": "",
        "country_iso3": "",
        "source_id": "report-003",
        "source_quote": "A paper was written.",
    }
    for value, message in [("-1", "-1 is below zero"), ("lots", "is not a whole number")]:
        cases.append(
            Case(
                f"outcomes quantity {value}",
                "outcomes",
                csv_bytes([outcome | {"quantity": value, "unit": "copies"}]),
                False,
                message,
            )
        )
    cases.append(
        Case(
            "outcomes date 2016-02-30",
            "outcomes",
            csv_bytes([outcome | {"date": "2016-02-30", "date_precision": "day"}]),
            False,
            "'2016-02-30' is not a real date",
        )
    )
    cases.append(
        Case(
            "outcomes with no project or event",
            "outcomes",
            csv_bytes([outcome | {"project_id": ""}]),
            False,
            "an outcome needs a project or an event",
        )
    )
    return cases


def file_cases() -> list[Case]:
    """Empty files, encodings, and workbooks: several sheets, truncated, not a workbook."""
    row = event("file", city="São Tomé", venue="Café")
    good = csv_bytes([row])
    check = ("events", "event_id", "corpus-file", "city", "São Tomé")
    cases = [
        Case("empty file", "events", b"", False, "The file is empty."),
        Case("blank lines only", "events", b"  \r\n\r\n", False, "The file is empty."),
        Case("byte-order mark only", "events", codecs.BOM_UTF8, False, "The file is empty."),
        Case("commas only", "events", b",,,\r\n,,\r\n", False, "no header and no rows"),
        Case("UTF-8", "events", good, True, check=check),
        Case("UTF-8 with BOM", "events", codecs.BOM_UTF8 + good, True, check=check),
        Case(
            "UTF-16 LE with BOM",
            "events",
            codecs.BOM_UTF16_LE + csv_bytes([row], encoding="utf-16-le"),
            True,
            check=check,
        ),
        Case(
            "UTF-16 BE with BOM",
            "events",
            codecs.BOM_UTF16_BE + csv_bytes([row], encoding="utf-16-be"),
            True,
            check=check,
        ),
        Case(
            "UTF-16 without BOM",
            "events",
            csv_bytes([row], encoding="utf-16-le"),
            False,
            "UTF-16 text without a byte-order mark",
        ),
        Case(
            "UTF-16 BOM then damage",
            "events",
            codecs.BOM_UTF16_LE + csv_bytes([row], encoding="utf-16-le")[:-1],
            False,
            "damaged",
        ),
        Case(
            "UTF-32",
            "events",
            codecs.BOM_UTF32_LE + csv_bytes([row], encoding="utf-32-le"),
            False,
            "UTF-32",
        ),
        Case("Latin-1", "events", csv_bytes([row], encoding="latin-1"), True, check=check),
        Case(
            "Windows-1252",
            "events",
            csv_bytes(
                [event("file", city="São Tomé", title="“Quoted” – dashed")], encoding="cp1252"
            ),
            True,
            check=("events", "event_id", "corpus-file", "title", "“Quoted” – dashed"),
        ),
        Case(
            "Thai TIS-620",
            "events",
            csv_bytes([event("file", city="เชียงใหม่")], encoding="tis-620"),
            False,
            "is not UTF-8, UTF-16 or Latin-1 text",
        ),
        Case(
            "Shift-JIS",
            "events",
            csv_bytes([event("file", city="東京都千代田区")], encoding="shift_jis"),
            False,
            "is not UTF-8, UTF-16 or Latin-1 text",
        ),
        Case(
            "old xls",
            "events",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512,
            False,
            "old-style .xls",
        ),
        Case(
            "zip that is not a workbook",
            "events",
            b"PK\x03\x04" + b"\x00" * 64,
            False,
            "damaged or incomplete",
        ),
        Case("semicolons", "events", good.replace(b",", b";"), True, check=check),
    ]
    header, values = list(row), list(row.values())
    book = workbook({"Events": [header, values]})
    several = workbook({"Events": [header, values], "Notes": [["from the partner"]], "Sheet3": []})
    cases += [
        Case("xlsx", "events", book, True, check=check),
        Case(
            "xlsx several sheets",
            "events",
            several,
            False,
            "The workbook has 3 sheets ('Events', 'Notes', 'Sheet3')",
        ),
        Case(
            "xlsx several sheets, one chosen", "events", several, True, sheet="Events", check=check
        ),
        Case(
            "xlsx sheet that is not there",
            "events",
            book,
            False,
            "no sheet named 'Other'",
            sheet="Other",
        ),
        Case(
            "xlsx header only",
            "events",
            workbook({"Events": [header]}),
            False,
            "has a header but no rows",
        ),
        Case(
            "xlsx empty sheet", "events", workbook({"Events": []}), False, "no header and no rows"
        ),
    ]
    for fraction in (0.05, 0.25, 0.5, 0.75, 0.95):
        cases.append(
            Case(
                f"xlsx truncated at {fraction:.0%}",
                "events",
                book[: int(len(book) * fraction)],
                False,
                "damaged or incomplete",
            )
        )
    cases.append(
        Case("xlsx missing its last byte", "events", book[:-1], False, "damaged or incomplete")
    )
    return cases


CASES = naughty_cases() + structure_cases() + value_cases() + file_cases()


def test_the_corpus_is_large_and_mixed():
    assert len(CASES) >= 300
    assert sum(c.accepted for c in CASES) > 100 and sum(not c.accepted for c in CASES) > 200
    assert len({c.name for c in CASES}) == len(CASES)


@pytest.fixture(scope="module")
def corpus_con(tmp_path_factory, seed_db_path):
    path = tmp_path_factory.mktemp("corpus") / "atlas.duckdb"
    shutil.copy(seed_db_path, path)
    con = db.connect(path)
    db.migrate(con)
    yield con
    con.close()


def _attempt(con, case: Case) -> tuple[str, ingest.Plan | None]:
    """The refusal message (empty when accepted) and the plan that was written, if any."""
    try:
        sheet = spreadsheet.read_bytes(case.data, f"{case.name}.csv", sheet=case.sheet)
    except FileRefused as err:
        return err.message, None
    plan = ingest.plan_import(con, case.table, sheet)
    if plan.problems:
        with pytest.raises(ingest.Refused):
            ingest.commit(con, plan, Person.local("corpus"))
        return "\n".join(str(p) for p in plan.problems), None
    ingest.commit(con, plan, Person.local("corpus"))
    return "", plan


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_corpus_case(corpus_con, case):
    con = corpus_con
    before = ingest.checksums(con)
    message, plan = _attempt(con, case)
    if not case.accepted:
        assert message, "a refused file must say why"
        assert case.message in message
        assert (
            ingest.checksums(con) == before
        )  # every table, audit trail included, byte for byte in content
        return
    assert message == "" and plan is not None
    table, key_column, key, column, value = case.check
    key_sql = (
        "SELECT " + column + " FROM " + table + " WHERE " + key_column + " = $k"
    )  # names from the test's own table
    assert con.execute(key_sql, {"k": key}).fetchall() == [(value,)]
    audit = con.execute(
        "SELECT count(*) FROM audit_log WHERE import_id = (SELECT max(import_id) FROM imports)"
    ).fetchone()[0]
    assert audit == len(plan.changes)
    ingest.undo_last_import(con, Person.local("corpus"))
    after = ingest.checksums(con)
    assert {t: after[t] for t in DATA_TABLES} == {t: before[t] for t in DATA_TABLES}
    assert con.execute("SELECT count(*) FROM pending_writes").fetchone()[0] == 0


def test_every_table_of_the_corpus_database_is_checked(corpus_con):
    names = set(ingest.checksums(corpus_con))
    assert set(DATA_TABLES) | {"audit_log", "imports", "pending_writes", "countries"} <= names
    assert describe_all(corpus_con)  # the schema is intact
