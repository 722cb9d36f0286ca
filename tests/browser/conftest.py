"""A real headless Chromium (Debian's package) driven by Playwright, and a local web server.

With CI=true a browser that cannot start fails the run; elsewhere it skips.
No browser is ever downloaded.
"""

from __future__ import annotations

import functools
import http.server
import os
import threading
from pathlib import Path
from typing import Iterator

import pytest

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass


@pytest.fixture(scope="session")
def serve():
    """Serve a folder on 127.0.0.1 with a free port; returns its base URL."""
    servers = []

    def start(folder: Path) -> str:
        handler = functools.partial(_QuietHandler, directory=str(folder))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/"

    yield start
    for server in servers:
        server.shutdown()


@pytest.fixture(scope="session")
def example_url(serve, example_site) -> str:
    return serve(example_site.site_dir)


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    try:
        from playwright.sync_api import sync_playwright

        manager = sync_playwright().start()
        browser = manager.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
    except Exception as error:  # noqa: BLE001 - any failure to start means no browser
        if os.environ.get("CI") == "true":
            pytest.fail(f"the browser could not start (CI requires it): {error}")
        pytest.skip(f"no browser: {error}")
    yield browser
    browser.close()
    manager.stop()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()
