"""What a reader's browser downloads when it opens one page with an empty cache.

Shared by the page-weight budget test (tests/browser/test_phone.py) and the benchmark
(benchmarks/bench_page_weight.py). A fresh browser context has no HTTP cache; the page
is loaded, scrolled to its end (so lazy images load as they would for a reader) and
left until the network is idle. Every response's body counts, whatever its type.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlparse

BUDGET_BYTES = 1_500_000  # 1.5 MB per page, cold
SCROLL_TO_END_JS = """async () => {
  const step = Math.max(200, window.innerHeight - 100);
  for (let y = 0; y < document.scrollingElement.scrollHeight; y += step) {
    window.scrollTo(0, y);
    await new Promise(r => setTimeout(r, 30));
  }
  window.scrollTo(0, 0);
}"""


@dataclass
class ColdLoad:
    """One page's cold load: every response (url, bytes), in the order they arrived."""

    path: str
    responses: list[tuple[str, int]] = field(default_factory=list)

    @property
    def total_bytes(self) -> int:
        return sum(size for _, size in self.responses)

    @property
    def requests(self) -> int:
        return len(self.responses)

    def heaviest(self, n: int = 5) -> list[tuple[str, int]]:
        """The n largest responses, as (path on the server, bytes)."""
        ranked = sorted(self.responses, key=lambda r: -r[1])[:n]
        return [(urlparse(url).path, size) for url, size in ranked]


def cold_load(browser, base_url: str, path: str, viewport=(1280, 900)) -> ColdLoad:
    """Open base_url/path in a new context (no cache) and record what it downloads."""
    context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
    page = context.new_page()
    seen = []
    page.on("requestfinished", lambda request: seen.append(request))
    try:
        page.goto(f"{base_url}/{path}", wait_until="load")
        page.evaluate(SCROLL_TO_END_JS)
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(200)
        load = ColdLoad(path)
        for request in seen:
            if request.url.startswith("data:"):
                continue
            response = request.response()
            if response is None:
                continue
            try:
                size = len(response.body())
            except Exception:  # noqa: BLE001 - a redirect has no body
                size = 0
            load.responses.append((request.url, size))
        return load
    finally:
        context.close()
