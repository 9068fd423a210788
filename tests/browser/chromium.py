"""Debian's Chromium, driven by Playwright for Python: the one way every test and benchmark
opens a browser. Playwright never downloads one here (scripts/ensure-chromium.sh installs
/usr/bin/chromium)."""

from __future__ import annotations

import contextlib
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
DESKTOP = {"viewport": {"width": 1280, "height": 900}}
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}


class ChromiumMissing(RuntimeError):
    """/usr/bin/chromium is not installed."""


@contextlib.contextmanager
def chromium():
    """A headless Chromium (Playwright's sync `Browser`), closed on exit."""
    if not CHROMIUM.exists():
        raise ChromiumMissing(
            f"{CHROMIUM} is missing: run scripts/ensure-chromium.sh (apt-get install chromium)"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()
