"""Real-browser fixtures: a `streamlit run` server on 127.0.0.1 (tests/server.py, shared with the
benchmark) and the system Chromium.

Every page a test opens records each request it makes; requests to any host but this machine
are blocked and listed in `page.outside_requests`, so a test can prove the app works offline.
Screenshots go to tests/screenshots/ (git-ignored) for a person to look at.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest

from tests.server import Server

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "tests" / "screenshots"
LOCAL_HOSTS = {"127.0.0.1", "localhost", "[::1]", "::1"}


def find_chromium() -> str | None:
    """The system Chromium when present, else one Playwright installed, else None."""
    for candidate in (
        os.environ.get("ATLAS_CHROMIUM"),
        "/usr/bin/chromium",
        shutil.which("chromium"),
    ):
        if candidate and Path(candidate).exists():
            return candidate
    cache = Path(
        os.environ.get("PLAYWRIGHT_BROWSERS_PATH", Path.home() / ".cache" / "ms-playwright")
    )
    found = sorted(cache.glob("chromium-*/chrome-linux*/chrome"))
    return str(found[-1]) if found else None


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    chromium = find_chromium()
    if chromium is None:
        pytest.fail(
            "No Chromium found: install it with `apt-get install chromium` (or `python -m playwright install chromium`).",
            pytrace=False,
        )
    return {
        **browser_type_launch_args,
        "executable_path": chromium,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
        ],
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict) -> dict:
    return {
        **browser_context_args,
        "viewport": {"width": 1400, "height": 1000},
        "accept_downloads": True,
    }


@pytest.fixture(scope="session")
def start_server() -> Iterator:
    """Start extra servers (e.g. on a test database); all are stopped at the end of the session."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    servers: list[Server] = []

    def start(db_path: Path, **env: str) -> Server:
        """Serve `db_path`; the test process must not hold it open (DuckDB locks the file)."""
        server = Server(db_path, log_dir=SCREENSHOTS, env=env)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


@pytest.fixture(scope="session")
def server(start_server, seed_db_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Server:
    """The app on a copy of the seed database, as `make run` serves it. A copy, because a DuckDB
    file is locked by the one process that writes it, and the tests' own process reads the seed."""
    path = tmp_path_factory.mktemp("server") / "atlas.duckdb"
    shutil.copy(seed_db_path, path)
    return start_server(path)


@pytest.fixture
def page(page):
    """A Playwright page whose requests to anything but this machine are blocked and recorded."""
    page.outside_requests = []
    page.all_requests = []

    def guard(route):
        url = route.request.url
        page.all_requests.append(url)
        host = urlparse(url).hostname or ""
        if url.startswith(("data:", "blob:")) or host in LOCAL_HOSTS:
            route.continue_()
        else:
            page.outside_requests.append(url)
            route.abort()

    page.context.route("**/*", guard)
    page.on("websocket", lambda ws: page.all_requests.append(ws.url))
    return page


def wait_for_app(page, timeout: float = 30_000) -> None:
    """Wait until Streamlit has finished running the script and drawn the page."""
    page.wait_for_selector('[data-testid="stApp"]', timeout=timeout)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')"
        " && document.querySelector('[data-testid=\"stMainBlockContainer\"]')",
        timeout=timeout,
    )
    page.wait_for_timeout(500)


def screenshot(page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
