"""The Funders page's evidence and the Outcomes page's cards, written as one Markdown block per
section and per card (issue 17): a reader sees exactly the quotes, sources, titles and numbers
the page showed when each was an element of its own, on the seed, on a synthetic network and
within a funder's scope; text from the data is shown as text; a funder sees nothing outside its
projects; a write shows on the next run. The expected text is built here from the page's own
statement, as the element-per-row page wrote it."""

from __future__ import annotations

from pathlib import Path
from unittest import mock

import pytest
from streamlit.testing.v1 import AppTest

from atlas import dates, db, facts, ingest, labels, queries, sources, synth
from atlas.access import Person, Scope
from atlas.filters import Filters
from atlas.markdown import blocks, literal, shown
from ui import shell

ROOT = Path(__file__).resolve().parent.parent
HOSTILE_TITLE = "<img src=x onerror=alert(1)> **bold** :red[alarm] $x^2$ [a](javascript:x) ]]"


def fold(text: object) -> str:
    """Text as a reader reads it: what literal() displays (whitespace folded, nothing missing)."""
    return shown(literal(text))


EVIDENCE_OPEN = "funders_evidence_open"  # app_pages/funders.py's EVIDENCE_OPEN
EVERYTHING = Scope.everything()
NO_FILTER = Filters()


def page(
    script: str, scope: Scope = EVERYTHING, filters: Filters = NO_FILTER, evidence_open: bool = True
) -> AppTest:
    """The app on page `script` with `filters` in the link, for a session that may read `scope`
    (what app.py's scope_of gives a signed-in funder); the Funders page's "Where these figures
    come from" opened unless evidence_open is False (closed, it holds nothing)."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    for key, value in filters.to_query().items():
        at.query_params[key] = value
    at.switch_page(f"app_pages/{script}")
    if evidence_open:
        at.session_state[EVIDENCE_OPEN] = True
    with mock.patch("atlas.access.scope_of", lambda con, person: scope):
        at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.session_state[shell.SCOPE] == scope
    return at


# --- the Funders page's evidence --------------------------------------------------------------


def evidence_shown(at: AppTest) -> list[str]:
    [expander] = [e for e in at.expander if e.label == "Where these figures come from"]
    return [text for m in expander.markdown for text in blocks(m.value)]


def evidence_expected(scope: Scope, funder: str, filters: Filters) -> list[str]:
    """What the page showed, a bold heading, then a quote and a caption per row, per section."""
    parts = queries.run_parts(
        "funders/page",
        scope=scope,
        funder=funder,
        limit=100,
        **filters.replace(funders=()).sql_params(),
    )
    if int(parts["summary"].iloc[0]["events"]) == 0:
        return []
    out = ["Funding"]
    for r in parts["projects"].itertuples():
        out += [fold(r.funding_quote), f"{fold(r.name)}, from: {fold(r.source)}"]
    out.append("Events and their participants")
    for r in parts["events"].itertuples():
        out += [fold(r.source_quote), f"{fold(r.title)}, from: {fold(r.source)}"]
    if not parts["outcomes"].empty:
        out.append("Outcomes")
        for r in parts["outcomes"].itertuples():
            out += [fold(r.source_quote), f"{fold(r.title)}, from: {fold(r.source)}"]
    return out


def funders_of(path: Path) -> list[str]:
    con = db.shared.cursor()  # the app's database (ATLAS_DB is `path`)
    try:
        return [
            r[0]
            for r in con.execute(
                "SELECT DISTINCT org_id FROM project_funders ORDER BY 1"
            ).fetchall()
        ]
    finally:
        con.close()


def check_funder(funder: str, scope: Scope = EVERYTHING, filters: Filters = NO_FILTER):
    at = page("funders.py", scope, filters.replace(funders=(funder,)))
    expected = evidence_expected(scope, funder, filters)
    if not expected:
        assert not [e for e in at.expander if e.label == "Where these figures come from"]
        return at, expected
    assert evidence_shown(at) == expected
    return at, expected


def test_the_seed_funders_evidence_is_every_quote_and_source_as_before(seed_db_path):
    seen = 0
    for funder in funders_of(seed_db_path):
        _, expected = check_funder(funder)
        seen += len(expected)
    assert seen > 20  # every funder's sections, not an empty page passing
    _, diakonia = check_funder("diakonia")
    assert (
        "The exchange program was funded by the international non-profit organisation Diakonia."
        in diakonia
    )


@pytest.fixture(scope="module")
def network(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return synth.build(3000, 7, tmp_path_factory.mktemp("elements") / "synth.duckdb")


@pytest.fixture
def on_network(network: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    db.shared.close()
    monkeypatch.setenv("ATLAS_DB", str(network))
    yield network
    db.shared.close()


def projects_of(path: Path, funder: str) -> tuple[set[str], set[str], set[str]]:
    """The names of the projects `funder` funds, and the titles of their events and outcomes."""
    con = db.shared.cursor()  # the app's database (ATLAS_DB is `path`)
    try:
        one = {"f": funder}
        mine = "SELECT project_id FROM project_funders WHERE org_id = $f"
        names = {
            r[0]
            for r in con.execute(
                f"SELECT name FROM projects WHERE project_id IN ({mine})", one
            ).fetchall()
        }
        events = {
            r[0]
            for r in con.execute(
                f"SELECT title FROM events WHERE project_id IN ({mine})", one
            ).fetchall()
        }
        outcomes = {
            r[0]
            for r in con.execute(
                "SELECT o.title FROM outcomes AS o LEFT JOIN events AS e ON e.event_id = o.event_id "
                f"WHERE coalesce(o.project_id, e.project_id) IN ({mine})",
                one,
            ).fetchall()
        }
        return names, events, outcomes
    finally:
        con.close()


def test_a_synthetic_networks_funders_whole_and_within_their_scope(on_network):
    funders = funders_of(on_network)[:4]
    filters = Filters(event_types=("workshop", "training", "conference"))
    for funder in funders:
        check_funder(funder)
        check_funder(funder, filters=filters)
        at, expected = check_funder(funder, Scope.of_funder(funder))
        assert len(expected) > 3
        # Within its scope, every event and outcome the evidence names is of its own projects.
        names, events, outcomes = projects_of(on_network, funder)
        [expander] = [e for e in at.expander if e.label == "Where these figures come from"]
        sections = [blocks(m.value) for m in expander.markdown]
        for heading, allowed in zip(
            ("Funding", "Events and their participants", "Outcomes"),
            (names, events, outcomes),
            strict=True,
        ):
            [section] = [s for s in sections if s[0] == heading] or [[heading]]
            for line in section[2::2]:
                name = line.rsplit(", from: ", 1)[0]
                assert name in {fold(a) for a in allowed}, (funder, heading, name)


# --- the Outcomes page's cards ----------------------------------------------------------------


def card_texts(at: AppTest) -> list[str]:
    """Each card's Markdown: the list is one block, a rule between each two cards."""
    return [
        card
        for m in at.markdown
        if m.value.startswith("**") and ":gray[:small[" in m.value
        for card in m.value.split("\n\n---\n\n")
    ]


def cards_shown(at: AppTest) -> list[list[str]]:
    return [blocks(card) for card in card_texts(at)]


def cards_expected(scope: Scope, filters: Filters) -> list[list[str]]:
    listed = queries.run_parts("outcomes/page", scope=scope, limit=50, **filters.sql_params())[
        "list"
    ]
    out = []
    for o in listed.itertuples():
        amount = labels.quantity(o.quantity, o.unit, "en")
        when = dates.format_date(o.date, o.date_precision, "en")
        if o.date_from_event:
            when += " (the event's date)"
        facts_ = [
            labels.outcome_type(o.outcome_type, "en"),
            when,
            o.project if isinstance(o.project, str) else "no project",
        ]
        if isinstance(o.event, str):
            facts_.append(f"at: {o.event}")
        if isinstance(o.country, str):
            facts_.append(o.country)
        out.append(
            [
                fold(o.title) + (f" — {fold(amount)}" if amount else ""),
                fold(" · ".join(facts_)),
                *(fold(s) for s in sources.sentences(o.source_quote)),
                "Source: " + fold(o.source_title),
            ]
        )
    return out


@pytest.mark.parametrize(
    "filters",
    [Filters(), Filters(countries=("LAO",)), Filters(projects=("beyond-tolerance",))],
    ids=["all", "lao", "project"],
)
def test_the_seed_outcome_cards_are_as_before(seed_db_path, filters):
    at = page("outcomes.py", filters=filters)
    expected = cards_expected(Scope.everything(), filters)
    assert expected and cards_shown(at) == expected


def test_the_seed_cards_read_as_a_reader_checks_them(seed_db_path):
    cards = cards_shown(page("outcomes.py"))
    assert len(cards) == 15
    documentary = [c for c in cards if "— 5 languages" in c[0]]
    assert len(documentary) == 1
    assert (
        "The documentary is available in English, Thai, Khmer, Burmese, and Japanese."
        in documentary[0]
    )
    assert all(c[-1].startswith("Source: ") for c in cards)


def test_a_synthetic_networks_cards_whole_filtered_and_within_a_scope(on_network):
    funder = funders_of(on_network)[0]
    for scope, filters in (
        (Scope.everything(), Filters()),
        (Scope.everything(), Filters(event_types=("workshop", "training"))),
        (Scope.of_funder(funder), Filters()),
    ):
        at = page("outcomes.py", scope, filters)
        expected = cards_expected(scope, filters)
        assert len(expected) == 50
        assert cards_shown(at) == expected
    # A funder's cards name only its projects.
    names, _, _ = projects_of(on_network, funder)
    for card in cards_shown(page("outcomes.py", Scope.of_funder(funder))):
        assert any(fold(n) in card[1] for n in names), card[1]


# --- text from the data is text; a write shows on the next run ---------------------------------


def test_a_title_and_quote_with_markdown_and_html_are_shown_as_written(fresh_db):
    con = db.connect(fresh_db)
    try:
        con.execute(
            "UPDATE outcomes SET title = $t, source_quote = $t WHERE outcome_id = "
            "(SELECT min(outcome_id) FROM outcomes)",
            {"t": HOSTILE_TITLE},
        )
        con.execute(
            "UPDATE events SET source_quote = $t, title = $t WHERE event_id = "
            "(SELECT min(event_id) FROM events WHERE project_id = 'exchange-2014')",
            {"t": HOSTILE_TITLE},
        )
        facts.refresh(con, None)
    finally:
        con.close()
    cards = [c for c in cards_shown(page("outcomes.py")) if c[0].startswith("<img")]
    assert len(cards) == 1 and cards[0][0] == HOSTILE_TITLE and HOSTILE_TITLE in cards[0]
    at = page("funders.py", filters=Filters(funders=("diakonia",)))
    evidence = evidence_shown(at)
    assert HOSTILE_TITLE in evidence and f"{HOSTILE_TITLE}, from: " in " ".join(evidence)
    # Escaped where it stands (no image, bold, colour, formula or link made of it): the quote's
    # paragraph, the caption line naming it, the card's title.
    [expander] = [e for e in at.expander if e.label == "Where these figures come from"]
    paragraphs = [p for m in expander.markdown for p in m.value.split("\n\n")]
    assert "> " + literal(HOSTILE_TITLE) in paragraphs
    assert any(
        p.startswith(":gray[:small[" + literal(HOSTILE_TITLE) + ", from: ") for p in paragraphs
    )
    title = f"**{literal(HOSTILE_TITLE)}**"
    [card] = [c for c in card_texts(page("outcomes.py")) if c.startswith(title)]
    assert card.split("\n\n")[0] == title
    assert "> " + literal(HOSTILE_TITLE) in card.split("\n\n")


def edit(table: str, key_column: str, key: str, changes: dict[str, object]) -> None:
    """Edit a row of `table` through atlas.ingest on the app's own connection, as the Manage
    page does."""
    con = db.shared.cursor()
    try:
        row = con.execute(f"SELECT * FROM {table} WHERE {key_column} = $k", {"k": key}).df()
        values = {k: (None if v != v else v) for k, v in row.iloc[0].to_dict().items()} | changes
        plan = ingest.plan_form(con, table, values, editing=(values[key_column],))
        ingest.commit(con, plan, Person.local("tester"))
    finally:
        con.close()


def test_a_write_shows_on_the_next_run(fresh_db):
    funders = page("funders.py", filters=Filters(funders=("diakonia",)))
    outcomes = page("outcomes.py")
    assert "A new sentence, written just now." not in evidence_shown(funders)
    con = db.shared.cursor()
    try:
        (event_id,) = con.execute(
            "SELECT min(event_id) FROM events WHERE project_id = 'exchange-2014'"
        ).fetchone()
        (outcome_id,) = con.execute("SELECT min(outcome_id) FROM outcomes").fetchone()
    finally:
        con.close()
    edit("events", "event_id", event_id, {"source_quote": "A new sentence, written just now."})
    edit("outcomes", "outcome_id", outcome_id, {"title": "A new outcome title"})
    funders.run()
    outcomes.run()
    assert not funders.exception and not outcomes.exception
    assert "A new sentence, written just now." in evidence_shown(funders)
    assert any(c[0].startswith("A new outcome title") for c in cards_shown(outcomes))


def test_the_funders_evidence_is_made_only_while_its_box_is_open(seed_db_path):
    """Closed (as a page opens), the box holds nothing, so a filter change sends no quote; open,
    it holds every section; closed again, nothing."""
    closed = page("funders.py", filters=Filters(funders=("diakonia",)), evidence_open=False)
    [box] = [e for e in closed.expander if e.label == "Where these figures come from"]
    assert len(box.markdown) == 0
    closed.session_state[EVIDENCE_OPEN] = True
    closed.run()
    assert evidence_shown(closed) == evidence_expected(EVERYTHING, "diakonia", NO_FILTER)
    closed.session_state[EVIDENCE_OPEN] = False
    closed.run()
    [box] = [e for e in closed.expander if e.label == "Where these figures come from"]
    assert len(box.markdown) == 0
