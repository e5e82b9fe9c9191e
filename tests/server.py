"""A real `streamlit run` server for the browser tests and the benchmark, on 127.0.0.1 and a free
port, stopped by whoever started it:

    with Server(db_path, log_dir=folder) as server:      # or server = Server(...); server.stop()
        page.goto(server.url + "/events")

The browser tests' fixtures (tests/browser/conftest.py, and the signed-in app of
tests/browser/test_access_browser.py) and the benchmark's Chromium runs (bench/run.py) all start
theirs here, so all serve the app the same way. It lives in tests/
because the browser tests run it on every `make test` and in CI, so it cannot rot unnoticed
between benchmark runs.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "app.py"
START_SECONDS = 60
# The health check goes straight to this machine, whatever proxy the environment names.
_LOCAL = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def free_port() -> int:
    """A port on 127.0.0.1 no process listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`streamlit run SCRIPT` on 127.0.0.1 serving `db_path`, its output in
    LOG_DIR/server-PORT.log. `env` adds variables to this process's environment for the server
    (a value of None removes one); `args` adds streamlit options (e.g. --secrets.files); `port`
    fixes the port instead of a free one; `root` is the folder it runs in (its
    .streamlit/config.toml; another checkout of the app, for the benchmark's before/after runs). No other process may have the file open for writing
    meanwhile (DuckDB locks it for its one writing process)."""

    def __init__(
        self,
        db_path: Path,
        *,
        log_dir: Path,
        script: Path = APP,
        env: dict[str, str | None] | None = None,
        port: int | None = None,
        args: tuple[str, ...] = (),
        root: Path = ROOT,
    ):
        environment = {**os.environ, "ATLAS_DB": str(db_path)}
        for name, value in (env or {}).items():
            if value is None:
                environment.pop(name, None)
            else:
                environment[name] = value
        log_dir.mkdir(parents=True, exist_ok=True)
        # Another process may take a free port before streamlit binds it: then another one is tried,
        # unless the caller chose the port (it may have written it into a setting, as a sign-in
        # redirect address).
        for _attempt in range(1 if port else 3):
            self.port = port or free_port()
            self.url = f"http://127.0.0.1:{self.port}"
            self.log_path = log_dir / f"server-{self.port}.log"
            self.log = self.log_path.open("w")
            self.proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "streamlit",
                    "run",
                    str(script),
                    "--server.address",
                    "127.0.0.1",
                    "--server.port",
                    str(self.port),
                    "--server.headless",
                    "true",
                    "--browser.gatherUsageStats",
                    "false",
                    "--server.fileWatcherType",
                    "none",
                    *args,
                ],
                cwd=root,
                env=environment,
                stdout=self.log,
                stderr=subprocess.STDOUT,
            )
            if self._healthy():
                return
            if f"Port {self.port} is not available" not in self.log_path.read_text(
                errors="replace"
            ):
                break
        raise RuntimeError(
            f"streamlit did not start (exit status {self.proc.returncode}); see {self.log_path}"
        )

    def _healthy(self) -> bool:
        """Wait until the server answers its health check (True), exits or times out (False; stopped)."""
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                self.log.close()
                return False
            try:
                with _LOCAL.open(f"{self.url}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        return True
            except OSError:
                time.sleep(0.3)
        self.stop()
        return False

    def rss(self) -> int:
        """The server's resident memory in bytes."""
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
        return 0

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)
        self.log.close()

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()
