"""Benchmark: what a reader's browser downloads to open each page of the site, cold.

For every HTML page of the built site, a fresh Chromium context (empty cache) opens it
from a local server, scrolls to its end and waits for the network to go idle; the sum
of every response body is the page's cold weight. Goal: at most 1.5 MB per page.
This is what a reader pays on a first visit, theme, fonts, scripts and images included
(not only the files a page adds).

Usage: python benchmarks/bench_page_weight.py [--site PATH] [--top 3]
--site defaults to _build/html (run `make build` first).
"""

from __future__ import annotations

import argparse
import functools
import http.server
import sys
import threading
from pathlib import Path

# run as `python -m benchmarks.bench_page_weight` from the repository (make bench-page-weight)
from tests.browser.chromium import chromium
from tests.browser.pageweight import BUDGET_BYTES, cold_load

REPO = Path(__file__).resolve().parent.parent


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def pages_of(site: Path) -> list[str]:
    """Every content page (not the forwarding index.html), relative to the site root."""
    skip = {"_static", "_sources", "_images"}
    pages = []
    for html in sorted(site.rglob("*.html")):
        rel = html.relative_to(site)
        if skip & set(rel.parts) or 'http-equiv="refresh"' in html.read_text(errors="replace"):
            continue
        pages.append(rel.as_posix())
    return pages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", default=str(REPO / "_build" / "html"))
    parser.add_argument("--top", type=int, default=3, help="largest downloads listed per page")
    args = parser.parse_args()
    site = Path(args.site).resolve()
    if not (site / "index.html").is_file():
        print(f"no built site in {site}: run `make build` first")
        return 2

    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    print(f"== Cold page weight: everything Chromium downloads, no cache ({site})")
    print(f"   goal <= {BUDGET_BYTES / 1e6:.1f} MB per page")
    print(f"   {'page':<38} {'MB':>6} {'requests':>8}   largest downloads (KB)")
    worst = 0
    try:
        with chromium() as browser:
            for path in pages_of(site):
                load = cold_load(browser, base, path)
                worst = max(worst, load.total_bytes)
                top = ", ".join(f"{Path(u).name} {s / 1e3:.0f}" for u, s in load.heaviest(args.top))
                flag = "ok" if load.total_bytes <= BUDGET_BYTES else "OVER"
                print(
                    f"   {path:<38} {load.total_bytes / 1e6:6.2f} {load.requests:8d}   "
                    f"{flag:<4} {top}"
                )
    finally:
        server.shutdown()
    print(f"\nSummary: heaviest page {worst / 1e6:.2f} MB cold (goal {BUDGET_BYTES / 1e6:.1f} MB).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
