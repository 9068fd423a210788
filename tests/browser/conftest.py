"""Browser fixtures: Debian's Chromium driven by Playwright for Python.

Playwright never downloads a browser here: it is /usr/bin/chromium (scripts/ensure-chromium.sh
installs it). Every test here is slow and reuses the session's one book build
(`built_site` / `served_site` from tests/conftest.py).

To iterate on these tests without rebuilding, point NNLIB_TEST_SITE at an html folder
you built before (e.g. _build/html): it is served instead of a fresh build.
"""

from __future__ import annotations

import functools
import http.server
import os
import re
import shutil
import threading
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import pytest

from .chromium import DESKTOP, ChromiumMissing, chromium

SCREENS_COPY = Path("/tmp/site_screens")  # a second copy of the screenshots, to look at


# One Chromium per test module, not per session: Playwright's sync API keeps an event loop
# running for as long as it is open, and the tests after tests/browser/ (kernels started
# with asyncio.run, other Playwright sessions) refuse to run inside it.
@pytest.fixture(scope="module")
def browser():
    try:
        with chromium() as opened:
            yield opened
    except ChromiumMissing as missing:
        pytest.fail(str(missing), pytrace=False)


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def site(request) -> tuple[Path, str]:
    """(html folder, base URL) of the site under test: the session's one build, or the
    folder named by NNLIB_TEST_SITE."""
    given = os.environ.get("NNLIB_TEST_SITE")
    if not given:
        yield request.getfixturevalue("built_site"), request.getfixturevalue("served_site")
        return
    root = Path(given).resolve()
    if not (root / "index.html").is_file():
        pytest.fail(f"NNLIB_TEST_SITE={given} has no index.html", pytrace=False)
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Quiet, directory=str(root))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield root, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="session")
def screens_dir(tmp_path_factory) -> Path:
    """Where every page's screenshot goes (the session's tmp folder), copied to
    /tmp/site_screens at the end of the session."""
    folder = tmp_path_factory.mktemp("site_screens")
    yield folder
    shutil.rmtree(SCREENS_COPY, ignore_errors=True)
    shutil.copytree(folder, SCREENS_COPY)


@dataclass
class PageLog:
    """What a page did while it loaded: console errors, uncaught exceptions, requests
    to another host, and failed requests."""

    allowed_host: str
    errors: list = field(default_factory=list)
    foreign: list = field(default_factory=list)

    def attach(self, page):
        page.on("console", lambda m: m.type == "error" and self.errors.append(f"console: {m.text}"))
        page.on("pageerror", lambda e: self.errors.append(f"uncaught: {e}"))
        page.on("request", self._request)
        page.on("requestfailed", self._failed)
        page.on(
            "response",
            lambda r: r.status >= 400 and self.errors.append(f"HTTP {r.status}: {r.url}"),
        )

    def _failed(self, request):
        # a request the browser itself cancelled because the page moved on (index.html
        # forwarding to the first page) did not fail to load; a missing file shows up
        # as an HTTP 404 response instead
        if request.failure != "net::ERR_ABORTED":
            self.errors.append(f"request failed: {request.url} ({request.failure})")

    def _request(self, request):
        url = urlparse(request.url)
        if url.scheme in ("http", "https", "ws", "wss") and url.netloc != self.allowed_host:
            self.foreign.append(request.url)


@pytest.fixture()
def open_page(browser, site):
    """open_page(path, screen=DESKTOP, dark=False) -> (page, log): a fresh tab (no cache)
    on the served site with a PageLog; screen=PHONE is a 390x844 touch screen."""
    served_site = site[1]
    host = urlparse(served_site).netloc
    contexts = []

    def _open(path: str, wait_until: str = "load", screen: dict | None = None, dark: bool = False):
        context = browser.new_context(
            **(screen or DESKTOP), color_scheme="dark" if dark else "light"
        )
        contexts.append(context)
        page = context.new_page()
        log = PageLog(host)
        log.attach(page)
        response = page.goto(f"{served_site}/{path}", wait_until=wait_until)
        if response is not None and response.status >= 400:
            pytest.fail(
                f"{path}: HTTP {response.status}, the page is not in the built site "
                "(is it in _toc.yml?)",
                pytrace=False,
            )
        target = redirect_target(site[0] / urlparse(path).path)
        if target:  # e.g. index.html, Jupyter Book's redirect to the root page
            page.wait_for_url(f"**/{target}")
            page.wait_for_load_state(wait_until)
        return page, log

    yield _open
    for context in contexts:
        context.close()


def redirect_target(page: Path) -> str | None:
    """The page a `<meta http-equiv="refresh">` page sends the reader to, if any."""
    if not page.is_file():
        return None
    match = re.search(
        r'http-equiv="refresh"[^>]*url=([^"\s]+)"', page.read_text(errors="replace"), re.IGNORECASE
    )
    return match.group(1) if match else None


def site_pages(site: Path) -> list[str]:
    """Every HTML page of the built site, as paths relative to its root."""
    return sorted(
        p.relative_to(site).as_posix()
        for p in site.rglob("*.html")
        if not {"_static", "_sources", "_images"} & set(p.relative_to(site).parts)
    )
