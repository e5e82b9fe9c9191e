"""Sign-in in a real Chromium against a real OpenID provider (oidc-provider-mock) on 127.0.0.1:
the app configured with [auth] shows nothing but "Sign in" until the provider says who it is,
then the role the database grants that email decides the pages and the rows."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from atlas import db
from atlas.access import Person, grant
from tests.browser.conftest import SCREENSHOTS, screenshot, wait_for_app
from tests.server import Server, free_port

pytestmark = pytest.mark.browser

PEOPLE = {  # sub -> email; grants below
    "funder": "funder@diakonia.example.org",
    "viewer": "viewer@network.example.org",
    "editor": "editor@network.example.org",
    "stranger": "stranger@elsewhere.example.org",
    "unverified": "unverified@network.example.org",  # the provider says: email_verified false
    "admin": "admin@network.example.org",
    "newcomer": "newcomer@elsewhere.example.org",  # granted and revoked on the Access page
}
UNVERIFIED = {"unverified"}
HEADER = (
    "event_id,project_id,title,event_type,start_date,end_date,date_precision,city,venue,country_iso3,"
    "participants_total,participants_at_least,description,source_id,source_quote\r\n"
)
GOOD = "signed-2019-yangon,,Workshop entered by an editor,workshop,2019-03-01,,month,Yangon,,Myanmar,40,false,,report-001,A workshop.\r\n"


def _wait_for(url: str, proc: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{proc.args[2]} exited with {proc.returncode}; see {log}")
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer within 60 s; see {log}")


@pytest.fixture(scope="module")
def signed_in_app(seed_db_path, tmp_path_factory):
    """An OpenID provider and the app with [auth] pointing at it, on a copy of the seed with grants."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    folder = tmp_path_factory.mktemp("signin")
    path = folder / "atlas.duckdb"
    shutil.copy(seed_db_path, path)
    con = db.connect(path)
    admin = Person.local("test setup")
    grant(con, PEOPLE["funder"], "funder", "diakonia", admin)
    grant(con, PEOPLE["viewer"], "viewer", None, admin)
    grant(con, PEOPLE["editor"], "editor", None, admin)
    grant(con, PEOPLE["admin"], "admin", None, admin)
    grant(con, "@network.example.org", "viewer", None, admin)  # would let "unverified" in
    con.close()

    mock_port, app_port = free_port(), free_port()
    claims = [
        arg
        for sub, email in PEOPLE.items()
        for arg in (
            "--user-claims",
            json.dumps(
                {"sub": sub, "email": email}
                | ({"email_verified": False} if sub in UNVERIFIED else {})
            ),
        )
    ]
    mock_log = SCREENSHOTS / f"oidc-{mock_port}.log"
    log = open(mock_log, "w")  # noqa: SIM115
    mock = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "oidc_provider_mock",
            "--host",
            "127.0.0.1",
            "--port",
            str(mock_port),
            *claims,
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        _wait_for(f"http://127.0.0.1:{mock_port}/.well-known/openid-configuration", mock, mock_log)
        secrets = folder / "secrets.toml"
        secrets.write_text(
            "[auth]\n"
            f'redirect_uri = "http://127.0.0.1:{app_port}/oauth2callback"\n'
            'cookie_secret = "a test secret that is long enough for the cookie"\n'
            'client_id = "outcome-atlas-test"\n'
            'client_secret = "not-a-secret"\n'
            f'server_metadata_url = "http://127.0.0.1:{mock_port}/.well-known/openid-configuration"\n',
            encoding="utf-8",
        )
        with Server(
            path, log_dir=SCREENSHOTS, port=app_port, args=("--secrets.files", str(secrets))
        ) as app:
            yield app.url
    finally:
        mock.terminate()
        try:
            mock.wait(timeout=10)
        except subprocess.TimeoutExpired:
            mock.kill()
        log.close()


def sign_in(page, url: str, sub: str) -> None:
    page.goto(url)
    page.get_by_role("button", name="Sign in").click(timeout=30_000)
    page.wait_for_url("**/oauth2/authorize**", timeout=30_000)
    page.locator('input[name="sub"]').fill(sub)
    page.get_by_role("button", name="Authorize").click()
    page.wait_for_url(url + "/**", timeout=30_000)
    wait_for_app(page)
    if sub not in UNVERIFIED:
        page.get_by_text(f"Signed in as {PEOPLE[sub]}").first.wait_for(timeout=30_000)


def nav(page) -> str:
    return page.locator('[data-testid="stSidebarNav"]').inner_text()


def metric(page, label: str) -> str:
    box = page.locator('[data-testid="stMetric"]', has_text=label).first
    return box.locator('[data-testid="stMetricValue"]').inner_text().strip()


def options(page, label: str) -> list[str]:
    box = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').filter(
        has_text=label
    )
    assert box.count() == 1, (
        label,
        box.count(),
        page.locator('[data-testid="stSidebar"]').inner_text(),
    )
    box.locator("input").click()
    page.keyboard.press("ArrowDown")
    page.wait_for_timeout(500)
    screenshot(page, f"access-options-{label}")
    page.get_by_role("option").first.wait_for(timeout=10_000)
    found = page.get_by_role("option").all_inner_texts()
    page.keyboard.press("Escape")
    return found


def test_before_sign_in_there_is_only_a_sign_in_button(page, signed_in_app):
    page.goto(signed_in_app)
    page.get_by_role("button", name="Sign in").wait_for(timeout=30_000)
    wait_for_app(page)
    main = page.locator('[data-testid="stMain"]').inner_text()
    assert "Sign in" in main and "Participants" not in main and "Events" not in main
    assert page.locator('[data-testid="stSidebarNav"]').count() == 0
    screenshot(page, "access-sign-in")


def test_a_diakonia_funder_sees_only_diakonia(page, signed_in_app):
    sign_in(page, signed_in_app, "funder")
    page.get_by_text("Participants by home country").first.wait_for(timeout=30_000)
    assert metric(page, "Events") == "1"
    assert metric(page, "Participants") == "24"
    links = nav(page)
    for hidden in ("Manage", "Review", "History", "Access"):
        assert hidden not in links
    assert options(page, "Funders") == ["Diakonia"]
    assert options(page, "Projects") == ["Regional Exchange Program on Migration Issues"]
    # the sidebar names whose projects these are by the funder's name, not its id
    page.get_by_text(re.compile("You see the projects funded by Diakonia,")).wait_for(
        timeout=10_000
    )
    screenshot(page, "access-funder-overview")
    page.goto(signed_in_app + "/events?event=ilo-consultation-lao-2009-06")
    wait_for_app(page)
    page.get_by_text("was not found").wait_for(timeout=30_000)
    page.goto(signed_in_app + "/?funder=toyota-foundation")  # a link cannot widen the scope
    wait_for_app(page)
    page.get_by_text("Participants by home country").first.wait_for(timeout=30_000)
    assert metric(page, "Events") == "1"
    assert page.outside_requests == [] or all("oidc" not in u for u in page.outside_requests)


def test_a_viewer_has_no_manage_page(page, signed_in_app):
    sign_in(page, signed_in_app, "viewer")
    page.get_by_text("Participants by home country").first.wait_for(timeout=30_000)
    assert metric(page, "Events") == "17"
    links = nav(page)
    assert (
        "History" in links
        and "Manage" not in links
        and "Review" not in links
        and "Access" not in links
    )


def test_an_editor_adds_an_event_and_history_names_them(page, signed_in_app, tmp_path):
    sign_in(page, signed_in_app, "editor")
    assert "Manage" in nav(page) and "Access" not in nav(page)
    good = tmp_path / "partner.csv"
    good.write_text(HEADER + GOOD, encoding="utf-8")
    page.goto(signed_in_app + "/manage")
    wait_for_app(page)
    page.get_by_text("Import a spreadsheet").click()
    wait_for_app(page)
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(good))
    page.get_by_role("button", name="Write 1 new and 0 changed rows").click(timeout=30_000)
    page.get_by_text("Imported partner.csv into events: 1 added").wait_for(timeout=30_000)
    page.goto(signed_in_app + "/history")
    wait_for_app(page)
    page.get_by_text(PEOPLE["editor"]).first.wait_for(timeout=30_000)
    screenshot(page, "access-editor-history")


def test_an_email_with_no_grant_sees_nothing_and_sign_out_ends_it(page, signed_in_app):
    sign_in(page, signed_in_app, "stranger")
    main = page.locator('[data-testid="stMain"]').inner_text()
    assert "have no access yet" in main
    assert "Participants" not in main and page.locator('[data-testid="stSidebarNav"]').count() == 0
    page.get_by_role("button", name="Sign out").click()
    page.wait_for_timeout(1500)
    page.goto(signed_in_app)
    wait_for_app(page)
    page.get_by_role("button", name="Sign in").wait_for(timeout=30_000)
    assert "have no access yet" not in page.locator('[data-testid="stMain"]').inner_text()


def test_an_email_the_provider_has_not_verified_gets_no_role_even_at_a_granted_domain(
    page, signed_in_app
):
    sign_in(page, signed_in_app, "unverified")
    page.get_by_text("has not verified the email address").first.wait_for(timeout=30_000)
    main = page.locator('[data-testid="stMain"]').inner_text()
    assert "unverified@network.example.org" in main
    assert "Participants" not in main and page.locator('[data-testid="stSidebarNav"]').count() == 0
    screenshot(page, "access-unverified-email")


def test_an_admin_grants_and_revokes_on_the_access_page_and_it_counts_at_once(page, signed_in_app):
    sign_in(page, signed_in_app, "admin")
    assert "Access" in nav(page)
    page.goto(signed_in_app + "/access")
    wait_for_app(page)
    grant_form = page.locator('[data-testid="stForm"]').filter(has_text="Grant").first
    grant_form.get_by_label("Email or @domain").fill(PEOPLE["newcomer"])
    grant_form.get_by_role("button", name="Grant").click()
    page.get_by_text(f"Granted viewer to {PEOPLE['newcomer']}.").wait_for(timeout=30_000)
    screenshot(page, "access-page-granted")

    other = page.context.browser.new_context(viewport={"width": 1400, "height": 1000})
    try:
        newcomer = other.new_page()
        sign_in(newcomer, signed_in_app, "newcomer")
        newcomer.get_by_text("Participants by home country").first.wait_for(timeout=30_000)
        # every event: the seed's 17, and the one the editor's test may have added before this
        assert metric(newcomer, "Events") in {"17", "18"}

        revoke_form = page.locator('[data-testid="stForm"]').filter(has_text="Revoke").first
        revoke_form.locator('[data-testid="stSelectbox"]').click()
        page.get_by_role("option", name=PEOPLE["newcomer"]).click()
        revoke_form.get_by_role("button", name="Revoke").click()
        page.get_by_text(f"Revoked viewer from {PEOPLE['newcomer']}.").wait_for(timeout=30_000)

        newcomer.reload()  # the next rerun reads the grant again
        wait_for_app(newcomer)
        newcomer.get_by_text("have no access yet").wait_for(timeout=30_000)
        assert "Participants" not in newcomer.locator('[data-testid="stMain"]').inner_text()
    finally:
        other.close()
    page.goto(signed_in_app + "/history")
    wait_for_app(page)
    cells = page.locator('td[role="gridcell"]')  # the grid's cells for screen readers
    cells.filter(has_text="access_grants").first.wait_for(state="attached", timeout=30_000)
    history = cells.all_text_contents()
    assert PEOPLE["admin"] in history and PEOPLE["newcomer"] in " ".join(history)


def test_after_sign_out_nothing(page, signed_in_app):
    sign_in(page, signed_in_app, "viewer")
    page.get_by_role("button", name="Sign out").click()
    # Sign-out ends at the provider's end_session page. A fixed pause before the next
    # navigation was sometimes too short on a loaded machine, and that redirect cut it: wait
    # until the browser has arrived there.
    page.wait_for_url("**/oauth2/end_session**", timeout=30_000)
    page.wait_for_load_state()
    page.goto(signed_in_app + "/events")
    page.get_by_role("button", name="Sign in").wait_for(timeout=30_000)
    wait_for_app(page)
    main = page.locator('[data-testid="stMain"]').inner_text()
    assert "Sign in" in main and "Participants" not in main


def test_a_tampered_session_cookie_leads_back_to_sign_in(page, signed_in_app):
    """Streamlit keeps the sign-in in a signed cookie: a cookie whose value was changed (or signed
    with another secret, or expired) is refused, and the app shows the sign-in button, no data."""
    sign_in(page, signed_in_app, "viewer")
    cookies = page.context.cookies()
    user = [c for c in cookies if "user" in c["name"]]
    assert user, [c["name"] for c in cookies]  # the sign-in is held in a cookie
    page.context.clear_cookies()  # the same cookie put back as it was still signs in (the control)
    page.context.add_cookies(user)
    page.goto(signed_in_app + "/events")
    wait_for_app(page)
    page.get_by_text(f"Signed in as {PEOPLE['viewer']}").first.wait_for(timeout=30_000)
    tampered = []
    for c in user:
        value = c["value"]
        flipped = value[:-6] + ("A" if value[-6] != "A" else "B") + value[-5:]
        tampered.append({**c, "value": flipped})
    page.context.clear_cookies()
    page.context.add_cookies(tampered)
    page.goto(signed_in_app + "/events")
    page.get_by_role("button", name="Sign in").wait_for(timeout=30_000)
    wait_for_app(page)
    main = page.locator('[data-testid="stMain"]').inner_text()
    assert "Signed in as" not in page.inner_text("body")
    assert "Participants" not in main and page.locator('[data-testid="stSidebarNav"]').count() == 0
