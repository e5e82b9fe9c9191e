"""Who may see and change what: grants and their refusals, the scope enforced in SQL for every
named query and export table (a property test with hostile filter states), the write paths
refusing a person without the role, the modes, and export --as."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from atlas import db, export, ingest, queries
from atlas.access import (
    GrantError,
    NotAllowed,
    Person,
    Scope,
    grant,
    grant_of,
    list_grants,
    revoke,
    scope_of,
)
from atlas.access import __main__ as access_cli
from atlas.access.modes import Mode, decide, opened_here, refusal
from atlas.export import __main__ as export_cli
from atlas.filters import Filters
from tests.test_ingest import event, import_plan

DIAKONIA = Scope.of_funder("diakonia")
LOCAL = Person.local("tester")
NEW_EVENT = {
    "event_id": "workshop-2019-yangon",
    "title": "Workshop on safe migration",
    "event_type": "workshop",
    "start_date": "2019-03-01",
    "date_precision": "month",
    "country_iso3": "MMR",
    "participants_total": "30",
    "source_id": "report-001",
    "source_quote": "A workshop with 30 participants.",
}


@pytest.fixture
def con(fresh_db):
    connection = db.connect(fresh_db)
    yield connection
    connection.close()


def audit_rows(con) -> list[tuple]:
    return con.execute(
        "SELECT actor, action, table_name, row_key, via FROM audit_log ORDER BY audit_id"
    ).fetchall()


# --- grants -----------------------------------------------------------------------------------


def test_grant_list_revoke_are_audited_and_an_email_wins_over_its_domain(con):
    grant(con, "@Partner.org", "viewer", None, LOCAL)
    grant(con, " Officer@Partner.org ", "funder", "diakonia", LOCAL)
    assert [(g.principal, g.role, g.funder_org_id) for g in list_grants(con)] == [
        ("officer@partner.org", "funder", "diakonia"),
        ("@partner.org", "viewer", None),
    ]
    assert grant_of(con, "OFFICER@partner.org").role == "funder"
    assert grant_of(con, "member@partner.org").role == "viewer"
    assert grant_of(con, "member@elsewhere.org") is None
    assert scope_of(con, Person.signed("officer@partner.org")) == DIAKONIA
    assert scope_of(con, Person.signed("member@partner.org")) == Scope.everything()
    assert scope_of(con, Person.signed("member@elsewhere.org")) is None
    revoke(con, "officer@partner.org", LOCAL)
    assert grant_of(con, "officer@partner.org").role == "viewer"  # the domain's grant now applies
    assert [(a, act, t, json.loads(k), v) for a, act, t, k, v in audit_rows(con)] == [
        ("tester", "insert", "access_grants", ["@partner.org"], "access"),
        ("tester", "insert", "access_grants", ["officer@partner.org"], "access"),
        ("tester", "delete", "access_grants", ["officer@partner.org"], "access"),
    ]


@pytest.mark.parametrize(
    ("principal", "role", "funder", "says"),
    [
        ("not-an-email", "viewer", None, "is not an email address"),
        ("ana@partner", "viewer", None, "is not an email address"),
        ("officer@partner.org", "boss", None, "'boss' is not a role"),
        ("officer@partner.org", "funder", None, "needs --funder"),
        (
            "officer@partner.org",
            "funder",
            "no-such-org",
            "No organisation has the id 'no-such-org'",
        ),
        ("officer@partner.org", "funder", "mmn", "funds no project"),
        ("officer@partner.org", "viewer", "diakonia", "Only a funder grant names a funder"),
    ],
)
def test_a_bad_grant_is_refused_in_words_and_changes_nothing(con, principal, role, funder, says):
    with pytest.raises(GrantError, match=re.escape(says)) as refused:
        grant(con, principal, role, funder, LOCAL)
    assert "Nothing was changed" in str(refused.value)
    assert list_grants(con) == [] and audit_rows(con) == []


def test_only_an_admin_changes_access_and_the_last_admin_stays(con):
    grant(con, "boss@network.org", "admin", None, LOCAL)
    grant(con, "ed@network.org", "editor", None, LOCAL)
    with pytest.raises(
        NotAllowed, match="ed@network.org has the role editor and may not change who has access"
    ):
        grant(con, "ed@network.org", "admin", None, Person.signed("ed@network.org"))
    with pytest.raises(NotAllowed):
        revoke(con, "boss@network.org", Person.signed("nobody@network.org"))
    with pytest.raises(GrantError, match="last admin"):
        revoke(con, "boss@network.org", Person.signed("boss@network.org"))
    grant(con, "ed@network.org", "viewer", None, Person.signed("boss@network.org"))
    assert grant_of(con, "ed@network.org").granted_by == "boss@network.org"


def test_the_command_line_grants_lists_and_refuses(fresh_db, capsys):
    assert access_cli.main(["grant", "officer@partner.org", "funder", "--funder", "diakonia"]) == 0
    assert access_cli.main(["grant", "bad", "viewer"]) == 1
    assert "is not an email address" in capsys.readouterr().err
    assert access_cli.main(["list"]) == 0
    assert "officer@partner.org\tfunder of diakonia" in capsys.readouterr().out
    assert access_cli.main(["revoke", "officer@partner.org"]) == 0
    assert access_cli.main(["revoke", "officer@partner.org"]) == 1


# --- the write paths check the role at the moment of writing -----------------------------------


def test_writes_are_refused_without_the_role_and_record_the_signed_in_email(con):
    grant(con, "viewer@partner.org", "viewer", None, LOCAL)
    grant(con, "funder@partner.org", "funder", "diakonia", LOCAL)
    grant(con, "ed@partner.org", "editor", None, LOCAL)
    before = ingest.checksums(con)
    plan = ingest.plan_form(con, "events", NEW_EVENT)
    for who in (
        Person.signed("viewer@partner.org"),
        Person.signed("funder@partner.org"),
        Person.signed("stranger@partner.org"),
    ):
        with pytest.raises(ingest.Refused, match="may not change the data"):
            ingest.commit(con, plan, who)
    with pytest.raises(ingest.Refused, match="must be an atlas.access.Person"):
        ingest.commit(con, plan, "ed@partner.org")  # a bare name cannot skip the check
    assert ingest.checksums(con) == before
    ingest.commit(con, plan, Person.signed("ed@partner.org"))
    assert con.execute("SELECT actor FROM audit_log WHERE table_name = 'events'").fetchall() == [
        ("ed@partner.org",)
    ]
    revoke(con, "ed@partner.org", LOCAL)  # a revoke counts from the next write on
    again = ingest.plan_form(con, "events", NEW_EVENT | {"event_id": "workshop-2019-mandalay"})
    with pytest.raises(ingest.Refused, match="has no access"):
        ingest.commit(con, again, Person.signed("ed@partner.org"))


@pytest.mark.parametrize(
    ("claims", "verified"),
    [
        ({"email": "Ed@Partner.org", "email_verified": True}, True),
        ({"email": "ed@partner.org"}, True),  # no claim: the provider is trusted (README)
        ({"email": "ed@partner.org", "email_verified": False}, False),
        ({"email": "ed@partner.org", "email_verified": "false"}, False),
        ({"email": "ed@partner.org", "email_verified": "true"}, True),
    ],
)
def test_an_email_the_provider_has_not_verified_holds_no_grant(con, claims, verified):
    grant(con, "@partner.org", "editor", None, LOCAL)  # a domain grant: the case that matters
    person = Person.from_claims(claims)
    assert (person.name, person.verified) == ("ed@partner.org", verified)
    if verified:
        assert scope_of(con, person) == Scope.everything()
        return
    assert scope_of(con, person) is None  # reads nothing
    before = ingest.checksums(con)
    with pytest.raises(ingest.Refused, match="ed@partner.org has no access"):
        ingest.commit(con, ingest.plan_form(con, "events", NEW_EVENT), person)
    assert ingest.checksums(con) == before


def test_undo_is_refused_without_the_role(con):
    grant(con, "viewer@partner.org", "viewer", None, LOCAL)
    ingest.commit(con, import_plan(con, "events", [event()]), LOCAL)
    with pytest.raises(ingest.Refused, match="may not change the data"):
        ingest.undo_last_import(con, Person.signed("viewer@partner.org"))
    assert ingest.last_import(con).can_undo  # a grant after the import does not block its undo
    ingest.undo_last_import(con, LOCAL)


# --- the scope, in SQL ----------------------------------------------------------------------


def test_every_query_that_reads_rows_takes_the_scope():
    reads = re.compile(
        r"\b(events|participation|outcomes|organisations|projects|project_funders|project_partners|"
        r"event_organisations|sources|event_facts|audit_log|imports|filtered_\w+)\b"
    )
    unscoped = [
        name
        for name in queries.names()
        if reads.search(queries.load(name).sql.split("\n", 1)[1])
        and queries.SCOPE_PARAM not in queries.load(name).params
        and name not in queries.SCOPE_FREE
    ]
    assert unscoped == []
    assert set(queries.SCOPE_FREE) <= set(queries.names())


def test_the_scope_is_required_and_never_a_parameter(seed_con):
    with pytest.raises(TypeError):
        queries.run("filters/projects", con=seed_con)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="never from a parameter"):
        queries.run("filters/projects", scope=DIAKONIA, con=seed_con, scope_funder=None)
    with pytest.raises(TypeError):
        export.Selection("events")  # type: ignore[call-arg]


def scope_sets(con, funder: str) -> dict[str, set]:
    one = {"f": funder}
    projects = {
        r[0]
        for r in con.execute(
            "SELECT project_id FROM project_funders WHERE org_id = $f", one
        ).fetchall()
    }
    events = {
        r[0]
        for r in con.execute(
            "SELECT event_id FROM events WHERE project_id IN "
            "(SELECT project_id FROM project_funders WHERE org_id = $f)",
            one,
        ).fetchall()
    }
    outcomes = {
        r[0]
        for r in con.execute(
            "SELECT outcome_id FROM outcomes WHERE event_id IN (SELECT event_id FROM events WHERE project_id IN "
            "(SELECT project_id FROM project_funders WHERE org_id = $f)) OR (event_id IS NULL AND project_id IN "
            "(SELECT project_id FROM project_funders WHERE org_id = $f))",
            one,
        ).fetchall()
    }
    orgs = {r[0] for r in con.execute("SELECT org_id FROM scope_organisations($f)", one).fetchall()}
    other_funders = {
        r[0]
        for r in con.execute(
            "SELECT org_id FROM project_funders WHERE org_id <> $f", one
        ).fetchall()
    }
    names = {
        "project": {
            r[0]
            for r in con.execute(
                "SELECT name FROM projects WHERE project_id IN "
                "(SELECT project_id FROM project_funders WHERE org_id = $f)",
                one,
            ).fetchall()
        },
        "funder names": {
            r[0]
            for r in con.execute(
                "SELECT name FROM organisations WHERE org_id = ANY($o)",
                {"o": sorted(other_funders - orgs)},
            ).fetchall()
        },
    }
    return {
        "project_id": projects,
        "event_id": events,
        "outcome_id": outcomes,
        "org_id": orgs,
        **names,
    }


def assert_within(frame, allowed: dict[str, set], where: str) -> None:
    for column in ("project_id", "event_id", "outcome_id", "org_id", "project"):
        if column in frame.columns:
            seen = {v for v in frame[column].dropna()}
            assert seen <= allowed[column], (
                f"{where}: {column} {sorted(seen - allowed[column])} outside the scope"
            )
    text = frame.astype(str).to_csv()
    for name in allowed["funder names"]:
        assert name not in text, f"{where}: names another funder, {name}"


def _ids(con, sql):
    return sorted(r[0] for r in con.execute(sql).fetchall())


@pytest.fixture(scope="module")
def everything_ids(seed_con):
    return {
        "projects": _ids(seed_con, "SELECT project_id FROM projects"),
        "orgs": _ids(seed_con, "SELECT org_id FROM organisations"),
        "events": _ids(seed_con, "SELECT event_id FROM events"),
        "countries": _ids(seed_con, "SELECT DISTINCT country_iso3 FROM participation"),
    }


SCOPED_QUERIES = [n for n in queries.names() if n not in queries.SCOPE_FREE]


@pytest.mark.slow
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_a_funder_scope_returns_no_row_outside_it_whatever_the_filters(
    seed_con, everything_ids, data
):
    """Every named query and every export table, within Diakonia's scope, with filters that name
    anything in the database (other funders, their projects and organisations: a hostile link)."""
    ids = everything_ids
    some = lambda values: st.lists(st.sampled_from(values), max_size=3).map(tuple)  # noqa: E731
    filters = Filters(
        countries=data.draw(some(ids["countries"])),
        projects=data.draw(some(ids["projects"])),
        funders=data.draw(some(ids["orgs"])),
        organisations=data.draw(some(ids["orgs"])),
    )
    allowed = scope_sets(seed_con, "diakonia")
    extra = {
        "limit": 1000,
        "search": None,
        "tables": None,
        "actions": None,
        "actors": None,
        "event_id": data.draw(st.sampled_from(ids["events"])),
        "funder": data.draw(st.sampled_from(ids["orgs"])),
        "org_id": data.draw(st.none() | st.sampled_from(ids["orgs"])),
        "project_ids": ids["projects"],
        "target_id": None,
        "since": dt.date(2000, 1, 1),
    }
    for name in SCOPED_QUERIES:
        query = queries.load(name)
        params = filters.sql_params() | {k: v for k, v in extra.items() if k in query.params}
        frame = queries.run(name, scope=DIAKONIA, con=seed_con, **params)
        assert_within(frame, allowed, name)
        if name.startswith("audit/") and "changes" not in frame.columns:
            assert frame.empty, name
    for table in export.TABLES:
        selection = export.Selection(table, filters, scope=DIAKONIA)
        assert_within(export.frame(seed_con, selection), allowed, f"export {table}")


def test_a_diakonia_funder_sees_one_event_of_24_participants_and_one_funder(seed_con):
    head = queries.run(
        "overview/headline", scope=DIAKONIA, con=seed_con, **Filters().sql_params()
    ).iloc[0]
    assert (head["events"], head["participants"]) == (1, 24)
    assert queries.run("filters/funders", scope=DIAKONIA, con=seed_con)["org_id"].tolist() == [
        "diakonia"
    ]
    assert queries.run("filters/projects", scope=DIAKONIA, con=seed_con)["project_id"].tolist() == [
        "exchange-2014"
    ]
    story = queries.run(
        "events/story", scope=DIAKONIA, con=seed_con, event_id="ilo-consultation-lao-2009-06"
    )
    assert story.empty  # an event outside the scope is "not found"
    everything = queries.run(
        "overview/headline", scope=Scope.everything(), con=seed_con, **Filters().sql_params()
    )
    assert everything.iloc[0]["events"] == 17


def test_export_as_a_person_writes_their_scope_and_names_it(fresh_db, tmp_path, capsys):
    con = db.connect(fresh_db)
    grant(con, "officer@partner.org", "funder", "diakonia", LOCAL)
    con.close()
    out = tmp_path / "events.csv"
    assert export_cli.main(["events", "--as", "officer@partner.org", "-o", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and lines[1].startswith("exchange-2014-chiang-mai,")
    manifest = json.loads(out.with_name("events.manifest.json").read_text(encoding="utf-8"))
    assert manifest["scope"]["funder"] == "diakonia" and manifest["rows"] == 1
    assert (
        export_cli.main(
            [
                "events",
                "--as",
                "officer@partner.org",
                "--query",
                "funder=toyota-foundation",
                "-o",
                str(out),
            ]
        )
        == 2
    )  # a funder outside the scope is not a filter here
    assert export_cli.main(["events", "--as", "nobody@partner.org", "-o", str(out)]) == 1
    assert "has no access grant" in capsys.readouterr().err


# --- modes ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "auth", "read_only", "mode"),
    [
        ("127.0.0.1", False, False, Mode.LOCAL),
        ("localhost", False, False, Mode.LOCAL),
        ("::1", False, False, Mode.LOCAL),
        ("0.0.0.0", False, False, Mode.REFUSED),
        (None, False, False, Mode.REFUSED),  # no address: Streamlit listens on every interface
        ("192.168.1.4", False, True, Mode.PUBLIC_READ_ONLY),
        ("0.0.0.0", True, False, Mode.SIGNED_IN),
        ("127.0.0.1", True, True, Mode.SIGNED_IN),
    ],
)
def test_the_mode_follows_the_configuration(address, auth, read_only, mode):
    assert decide(address, auth, read_only) is mode


BROWSER_HERE = {"Host": "127.0.0.1:8501", "Origin": "http://127.0.0.1:8501"}


@pytest.mark.parametrize(
    ("headers", "here"),
    [
        (BROWSER_HERE, True),
        ({"Host": "localhost:8501", "Origin": "http://localhost:8501"}, True),
        ({"Host": "[::1]:8501", "Origin": "http://[::1]:8501"}, True),
        ({}, True),  # a script run in-process (AppTest): no request, no browser elsewhere
        # a proxy that passes requests on to the loopback address says so in a header
        ({**BROWSER_HERE, "X-Forwarded-For": "203.0.113.7"}, False),
        ({**BROWSER_HERE, "x-real-ip": "203.0.113.7"}, False),
        ({**BROWSER_HERE, "Forwarded": "for=203.0.113.7;proto=https"}, False),
        ({**BROWSER_HERE, "X-Forwarded-Proto": "https"}, False),
        ({**BROWSER_HERE, "Via": "1.1 proxy.example.org"}, False),
        # a public name, in the Host or only in the browser's Origin
        ({"Host": "atlas.example.org", "Origin": "https://atlas.example.org"}, False),
        ({"Host": "127.0.0.1:8501", "Origin": "https://atlas.example.org"}, False),
        ({"Host": "192.168.1.4:8501"}, False),
        ({"Origin": "http://127.0.0.1:8501"}, False),  # no Host: not a browser's request
        ({**BROWSER_HERE, "X-Forwarded-For": ""}, True),  # an empty header says nothing
        ({"Host": "[::1", "Origin": "http://[::1"}, False),  # malformed: no name of this machine
    ],
)
def test_a_session_is_opened_here_only_at_a_loopback_name_with_no_proxy_between(headers, here):
    assert opened_here(headers) is here


def test_local_mode_needs_a_loopback_server_and_a_session_opened_here():
    assert decide("127.0.0.1", False, False, direct=True) is Mode.LOCAL
    assert decide("127.0.0.1", False, False, direct=False) is Mode.REFUSED
    # sign-in and read-only do not depend on where the browser is
    assert decide("127.0.0.1", True, False, direct=False) is Mode.SIGNED_IN
    assert decide("127.0.0.1", False, True, direct=False) is Mode.PUBLIC_READ_ONLY
    # the refusal says why: a proxy or another name, or a server listening beyond loopback
    assert "through a proxy" in refusal("127.0.0.1")
    assert "listens beyond this machine" in refusal("0.0.0.0")
