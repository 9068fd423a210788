"""Benchmark of the interactives: how fast a moved control redraws its picture, in a
real browser, and how heavy a page is.

1. Latency, measured in Chromium where readers and students use the widgets: on the
   built site (served from localhost) and in a real JupyterLab 4 (with a kernel; and
   Notebook 7 with --notebook7). For every move, widget.js timestamps are taken in the
   page: the `input` (or `click`) event's timeStamp, the first change to the picture's
   SVG (a MutationObserver: the picture is updated), and the next animation frame (the
   browser is about to paint it). Moves are keyboard presses (arrow keys on a slider,
   Enter on a button, Space on a checkbox), alternating so that each one changes the
   picture. Printed: median and 90th percentile per widget and control.
   Goals: <= 16 ms (one frame) on the site, <= 30 ms median in JupyterLab.
2. The size of each static control (HTML + data + script) and the time to build it.
3. The size of each lesson page with its own assets (the HTML, which carries the
   static controls and their frames, plus the images only that page uses; the theme
   and MathJax under _static/ are shared by every page and listed apart).
   Goal <= 1.5 MB per page.

Usage: python -m benchmarks.bench_widgets [--site PATH] [--moves 40] [--no-jupyter]
                                         [--notebook7]
--site defaults to _build/html when it exists; otherwise the book is built into a
temporary folder first (several minutes). The report says which.
"""

from __future__ import annotations

import argparse
import atexit
import functools
import http.server
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlparse

from tests.browser.chromium import chromium

REPO = Path(__file__).resolve().parent.parent
GOAL_SITE_MS = 16.0
GOAL_JUPYTER_MS = 30.0
GOAL_PAGE_MB = 1.5

# (widget kind, what is moved, selector of the control inside the widget, keys pressed in turn)
MOVES = [
    ("relu_kinks", "w1 slider", 'input[data-name="w1"]', ["ArrowRight", "ArrowLeft"]),
    ("relu_kinks", "ReLU toggle", 'input[data-name="relu"]', ["Space"]),
    ("circuit", "x slider", 'input[data-name="x"]', ["ArrowRight", "ArrowLeft"]),
    ("circuit", "Next / Back", ('button[data-step="1"]', 'button[data-step="-1"]'), ["Enter"]),
    ("hidden_size", "H slider", 'input[data-name="H"]', ["ArrowRight", "ArrowLeft"]),
    ("hidden_size", "reg slider", 'input[data-name="reg"]', ["ArrowRight", "ArrowLeft"]),
]

# Arms a one-shot probe on one widget: resolves to [event time, picture changed, next frame]
# (performance.now() time base), or null when nothing changed within 3 s.
ARM_PROBE = """(widget) => {
  window.__probe = new Promise((resolve) => {
    let start = null;
    const onEvent = (e) => {
      if (start === null && widget.contains(e.target)) start = e.timeStamp;
    };
    for (const type of ["input", "click"]) document.addEventListener(type, onEvent, true);
    const observer = new MutationObserver(() => {
      observer.disconnect();
      const changed = performance.now();
      requestAnimationFrame(() => resolve([start, changed, performance.now()]));
    });
    observer.observe(widget.querySelector(".nnw-figure"),
                     {subtree: true, attributes: true, characterData: true, childList: true});
    setTimeout(() => { observer.disconnect(); resolve(null); }, 3000);
  });
}"""


def measure_moves(page, widget, selector, keys, moves):
    """[(ms to the changed picture, ms to the next frame)] over `moves` keyboard moves."""
    out = []
    for i in range(moves):
        if isinstance(selector, tuple):  # Next until the end, then Back, ...
            nxt, back = (widget.locator(s) for s in selector)
            control = nxt if not nxt.is_disabled() else back
            if (i // 3) % 2 and not back.is_disabled():
                control = back
        else:
            control = widget.locator(selector)
        key = keys[i % len(keys)]
        if control.get_attribute("type") == "range":  # stay inside the slider's range
            value, top = int(control.input_value()), int(control.get_attribute("max"))
            key = "ArrowLeft" if value == top else "ArrowRight" if value == 0 else key
        control.focus()
        page.evaluate(ARM_PROBE, widget.element_handle())
        page.keyboard.press(key)
        probe = page.evaluate("window.__probe")
        if probe is None or probe[0] is None:
            raise RuntimeError(f"pressing {key} on {selector} did not change the picture")
        start, changed, frame = probe
        out.append((changed - start, frame - start))
    return out


def summarise(place, results, goal):
    print(
        f"   {'widget':<12} {'control':<12} {'picture ms':>10} {'p90':>6} "
        f"{'next frame ms':>13} {'p90':>6}   goal: picture median <= {goal:.0f} ms"
    )
    worst = 0.0
    for (kind, control), samples in results.items():
        changed = sorted(s[0] for s in samples)
        frame = sorted(s[1] for s in samples)
        median = statistics.median(changed)
        worst = max(worst, median)
        print(
            f"   {kind:<12} {control:<12} {median:10.1f} {_p90(changed):6.1f} "
            f"{statistics.median(frame):13.1f} {_p90(frame):6.1f}   "
            f"{'ok' if median <= goal else 'OVER'}"
        )
    return worst


def _p90(values):
    return values[int(0.9 * (len(values) - 1))]


def site_latency(browser, site: Path, moves):
    handler = functools.partial(_Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    results = {}
    try:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        for path in ("lessons/02_relu_hidden_layer.html", "lessons/04_backpropagation.html"):
            page = context.new_page()
            page.goto(f"{base}/{path}")
            page.wait_for_function(
                "() => [...document.querySelectorAll('[data-nnlib-widget]')]"
                ".every(w => w.dataset.ready === '1')"
            )
            for kind, control, selector, keys in MOVES:
                widget = page.locator(f'[data-nnlib-widget="{kind}"]')
                if widget.count():
                    widget.scroll_into_view_if_needed()
                    results[(kind, control)] = measure_moves(page, widget, selector, keys, moves)
            page.close()
        context.close()
    finally:
        server.shutdown()
    return results


def jupyter_latency(browser, app, moves):
    sys.path.insert(0, str(REPO / "tests" / "browser"))
    from jupyter_runner import JupyterServer, open_and_run, write_notebook

    results = {}
    with tempfile.TemporaryDirectory(prefix="bench-widgets-nb-") as tmp:
        folder = Path(tmp)
        write_notebook(
            folder / "widgets.ipynb",
            [
                "from nnlib.widgets import relu_kinks, circuit, hidden_size\nrelu_kinks()",
                "circuit()",
                "hidden_size()",
            ],
        )
        with JupyterServer(app, folder) as server:
            context, page, _ = open_and_run(browser, server, "widgets.ipynb", cells=3)
            for kind, control, selector, keys in MOVES:
                widget = page.locator(f'.nnw[data-nnlib-widget="{kind}"]')
                widget.scroll_into_view_if_needed()
                results[(kind, control)] = measure_moves(page, widget, selector, keys, moves)
            context.close()
    return results


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class _Refs(HTMLParser):
    def __init__(self):
        super().__init__()
        self.refs = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("img", "script", "source") and attrs.get("src"):
            self.refs.append(attrs["src"])
        if tag == "link" and attrs.get("href") and "stylesheet" in (attrs.get("rel") or ""):
            self.refs.append(attrs["href"])


def page_sizes(site: Path):
    print(f"\n== Lesson pages with their own assets (goal <= {GOAL_PAGE_MB} MB each)")
    print(
        f"   {'page':<40} {'html KB':>8} {'own files KB':>12} {'total MB':>8} "
        f"{'controls':>8} {'shared _static KB':>17}"
    )
    worst = 0.0
    for page in sorted((site / "lessons").glob("*.html")):
        text = page.read_text(encoding="utf-8")
        parser = _Refs()
        parser.feed(text)
        own = shared = 0
        for ref in set(parser.refs):
            if urlparse(ref).scheme or ref.startswith("data:"):
                continue
            target = (page.parent / urlparse(ref).path).resolve()
            if not target.is_file():
                continue
            if "_static" in target.relative_to(site.resolve()).parts:
                shared += target.stat().st_size
            else:
                own += target.stat().st_size
        html_bytes = len(text.encode("utf-8"))
        total = (html_bytes + own) / 1e6
        worst = max(worst, total)
        print(
            f"   {page.relative_to(site).as_posix():<40} {html_bytes / 1e3:8.0f} {own / 1e3:12.0f} "
            f"{total:8.2f} {text.count('data-nnlib-widget='):8d} {shared / 1e3:17.0f}  "
            f"{'ok' if total <= GOAL_PAGE_MB else 'OVER'}"
        )
    return worst


def static_control_sizes():
    from nnlib.widgets import circuit, hidden_size, relu_kinks

    print("\n== Each static control on its own (HTML + data + script), and its build time")
    for make in (relu_kinks, circuit, hidden_size):
        start = time.perf_counter()
        control = make(mode="static")
        print(
            f"   {make.__name__:<12} {len(control._repr_html_()) / 1e3:6.0f} KB   "
            f"built in {time.perf_counter() - start:.2f} s"
        )


def find_site(arg):
    if arg:
        return Path(arg), f"the site given with --site ({arg})"
    built = REPO / "_build" / "html"
    if (built / "lessons").is_dir():
        stamp = time.strftime(
            "%Y-%m-%d %H:%M", time.localtime((built / "index.html").stat().st_mtime)
        )
        return built, f"the existing _build/html (built {stamp})"
    out = Path(tempfile.mkdtemp(prefix="bench-widgets-book-"))
    atexit.register(shutil.rmtree, out, ignore_errors=True)
    print(f"(no _build/html: building the book into {out}, this takes a few minutes)")
    env = dict(os.environ, NNLIB_WIDGETS="static", MPLBACKEND="Agg")
    subprocess.run(
        [
            str(Path(sys.executable).parent / "jupyter-book"),
            "build",
            str(REPO),
            "--all",
            "--path-output",
            str(out),
        ],
        env=env,
        check=True,
        capture_output=True,
    )
    return out / "_build" / "html", f"a fresh build in {out}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", help="a built site (the html folder)")
    parser.add_argument("--moves", type=int, default=40, help="moves per control")
    parser.add_argument("--no-jupyter", action="store_true", help="skip JupyterLab")
    parser.add_argument("--notebook7", action="store_true", help="also measure in Notebook 7")
    args = parser.parse_args()
    os.environ.setdefault("MPLBACKEND", "Agg")
    site, which = find_site(args.site)
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"(machine: {os.cpu_count()} CPUs, load average {load}: other work inflates these)")
    summary = []
    with chromium() as browser:
        print(
            f"\n== Latency on the static site ({which}), {args.moves} moves per control: "
            "input event -> changed picture / next frame"
        )
        worst = summarise("site", site_latency(browser, site, args.moves), GOAL_SITE_MS)
        summary.append(f"site {worst:.1f} ms (goal {GOAL_SITE_MS:.0f})")
        apps = [] if args.no_jupyter else ["lab"] + (["notebook"] if args.notebook7 else [])
        for app in apps:
            name = {"lab": "JupyterLab 4", "notebook": "Notebook 7"}[app]
            print(
                f"\n== Latency in {name} with a live kernel (anywidget), {args.moves} moves per "
                "control"
            )
            worst = summarise(app, jupyter_latency(browser, app, args.moves), GOAL_JUPYTER_MS)
            summary.append(f"{name} {worst:.1f} ms (goal {GOAL_JUPYTER_MS:.0f})")
    static_control_sizes()
    print(f"\n(page sizes measured on {which})")
    worst_mb = page_sizes(site)
    print(
        f"\nSummary: slowest median input-to-picture {'; '.join(summary)}; "
        f"heaviest lesson page {worst_mb:.2f} MB (goal {GOAL_PAGE_MB})."
    )


if __name__ == "__main__":
    main()
