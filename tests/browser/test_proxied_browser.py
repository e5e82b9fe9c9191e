"""Local mode (no sign-in, every right) is for a browser on the server's own machine. A server on
127.0.0.1 behind a proxy on the same machine would otherwise hand every right to anyone who
reaches the proxy: a session opened at another name than a loopback one, or with a header that
says a proxy passed it on, sees no data and is told what to configure, in a real Chromium against
the real server of `make run`."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest

from tests.browser.conftest import find_chromium, screenshot, wait_for_app

pytestmark = pytest.mark.browser

PUBLIC_NAME = "atlas.example.org"  # resolved to 127.0.0.1 by this browser alone, as a proxy would
REFUSED = "opened through a proxy or an address other than this machine's own"


@pytest.fixture(scope="module")
def chromium(playwright):
    browser = playwright.chromium.launch(
        executable_path=find_chromium(),
        args=[
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            f"--host-resolver-rules=MAP {PUBLIC_NAME} 127.0.0.1",
        ],
    )
    yield browser
    browser.close()


def _open(chromium, url: str, **context_args):
    """A new session on `url`; requests to anything but this machine and PUBLIC_NAME blocked."""
    context = chromium.new_context(viewport={"width": 1400, "height": 1000}, **context_args)
    outside: list[str] = []

    def guard(route):
        host = urlparse(route.request.url).hostname or ""
        if host in {"127.0.0.1", "localhost", PUBLIC_NAME}:
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    page = context.new_page()
    page.goto(url)
    wait_for_app(page)
    return page, outside


def _shows_data(page) -> bool:
    return page.get_by_text("Participants by home country").count() > 0


def test_at_the_loopback_address_local_mode_shows_the_data(chromium, server):
    page, outside = _open(chromium, server.url)
    try:
        page.get_by_text("Participants by home country").first.wait_for(timeout=30_000)
        assert page.get_by_text("Local mode: no sign-in.").count() == 1
        assert page.get_by_text(REFUSED).count() == 0
        assert outside == []
    finally:
        page.context.close()


def test_opened_at_another_name_it_shows_no_data_and_says_what_to_configure(chromium, server):
    port = urlparse(server.url).port
    page, outside = _open(chromium, f"http://{PUBLIC_NAME}:{port}/")
    try:
        page.get_by_text(REFUSED).wait_for(timeout=30_000)
        screenshot(page, "proxied-refused")
        assert page.get_by_text("Local mode: no sign-in.").count() == 0
        assert not _shows_data(page)
        assert page.get_by_role("link", name="Manage").count() == 0
        assert outside == []
    finally:
        page.context.close()


def test_a_request_a_proxy_passed_on_shows_no_data(chromium, server):
    # What a proxy in front of the loopback address adds (the README's nginx example does).
    page, _ = _open(chromium, server.url, extra_http_headers={"X-Forwarded-For": "203.0.113.7"})
    try:
        page.get_by_text(REFUSED).wait_for(timeout=30_000)
        assert not _shows_data(page)
    finally:
        page.context.close()
