"""Formulas typeset once, when the book is built: SVG in the page, no MathJax in the browser.

MathJax 3 running in the reader's browser cost every page with a formula 1.2 MB of
script and fonts, and made every formula a Tab stop. Here the same MathJax (npm
`mathjax-full`, pinned in package-lock.json and installed by `npm ci`) runs in Node at the
end of the build (`tex2svg.js`):

- pages are written by Sphinx as its MathJax renderer writes them
  (`<span class="math ...">\\(...\\)</span>`, `<div class="math ...">\\[...\\]</div>`),
  but no MathJax script is added to them;
- when the build has finished, every written page that still holds such TeX gets it
  replaced by SVG (`<mjx-container jax="SVG">`, with hidden MathML for screen readers),
  sidebars and page titles included, with one hidden glyph cache per page;
- a TeX error fails the build, like any warning of this book.

The style sheet the SVG output needs is written into the site's static files as
`mathjax-svg.css` and added to every page.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.errors import ExtensionError
from sphinx.ext import mathjax as sphinx_mathjax
from sphinx.util import logging

logger = logging.getLogger(__name__)

RENDERER = "coursebook_svg"
SCRIPT = Path(__file__).with_name("tex2svg.js")
STYLESHEET = "mathjax-svg.css"
PACKAGE = Path("node_modules") / "mathjax-full" / "package.json"
SKIP_DIRS = {"_static", "_sources", "_images"}

INLINE = re.compile(r'(<span class="math notranslate nohighlight"[^>]*>)\\\((.*?)\\\)(</span>)',
                    re.S)
# a display formula: its number (Sphinx's eqno span) if any, then \[...\] or, for
# amsmath environments written without delimiters, the bare TeX
DISPLAY = re.compile(r'(<div class="math notranslate nohighlight[^"]*"[^>]*>)\s*'
                     r'(<span class="eqno">.*?</span>)?\s*(.*?)(</div>)', re.S)
BODY_OPEN = re.compile(r"<body[^>]*>")


def ensure_installed(srcdir: Path) -> None:
    """Make sure `mathjax-full` is in node_modules/, running `npm ci` if it is missing or
    older than package-lock.json. This is the one place that runs `npm ci`."""
    installed = srcdir / "node_modules" / ".package-lock.json"  # written by npm ci
    lock = srcdir / "package-lock.json"
    if (srcdir / PACKAGE).is_file() and installed.is_file() and (
            not lock.is_file() or installed.stat().st_mtime >= lock.stat().st_mtime):
        return
    npm = shutil.which("npm")
    if npm is None:
        raise ExtensionError(
            "mathjax-full is not installed and `npm` is not on PATH. Install Node.js/npm, "
            "then run `npm ci` in the book folder (formulas are typeset at build time).")
    logger.info("coursebook: installing MathJax with `npm ci` (once)")
    result = subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"],
                            cwd=srcdir, capture_output=True, text=True)
    if result.returncode != 0 or not (srcdir / PACKAGE).is_file():
        raise ExtensionError(f"`npm ci` failed to install mathjax-full:\n{result.stderr.strip()}")


def _node() -> str:
    node = shutil.which("node")
    if node is None:
        raise ExtensionError("`node` is not on PATH: it typesets the formulas at build time.")
    return node


def write_stylesheet(static: Path) -> None:
    """Write the CSS that MathJax's SVG output needs into `<static>/mathjax-svg.css`."""
    result = subprocess.run([_node(), str(SCRIPT)], input="", capture_output=True, text=True)
    if result.returncode != 0 or not result.stdout.strip():
        raise ExtensionError(f"tex2svg.js failed to start:\n{result.stderr.strip()}")
    css = json.loads(result.stdout.splitlines()[0])["css"]
    static.mkdir(parents=True, exist_ok=True)
    (static / STYLESHEET).write_text(css, encoding="utf-8")


def _formulas(page: str) -> list[tuple[re.Match, str, bool]]:
    """Every formula still written as TeX in the page: (match, TeX, display?)."""
    found = [(m, html.unescape(m.group(2)), False) for m in INLINE.finditer(page)]
    for m in DISPLAY.finditer(page):
        if "<mjx-container" in m.group(3):
            continue  # typeset by an earlier build (Sphinx rewrites only changed pages)
        tex = html.unescape(m.group(3)).strip()
        if tex.startswith("\\[") and tex.endswith("\\]"):
            tex = tex[2:-2]
        found.append((m, tex, True))
    return sorted(found, key=lambda f: f[0].start())


def _replacement(match: re.Match, svg: str, display: bool) -> str:
    if display:
        return match.group(1) + (match.group(2) or "") + svg + match.group(4)
    return match.group(1) + svg + match.group(3)


class Typesetter:
    """One Node process that typesets page after page."""

    def __init__(self):
        self.process = subprocess.Popen([_node(), str(SCRIPT)], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                        text=True, encoding="utf-8")
        self.process.stdout.readline()  # the style sheet, written at config time

    def page(self, formulas: list[dict]) -> dict:
        self.process.stdin.write(json.dumps({"formulas": formulas}) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            raise ExtensionError(f"tex2svg.js stopped:\n{self.process.stderr.read().strip()}")
        return json.loads(line)

    def close(self):
        self.process.stdin.close()
        self.process.wait(timeout=30)


def typeset_site(outdir: Path) -> int:
    """Replace the TeX of every page under outdir by SVG; return the pages changed."""
    pages = [p for p in sorted(outdir.rglob("*.html"))
             if not SKIP_DIRS & set(p.relative_to(outdir).parts)]
    typesetter, changed, errors = None, 0, []
    try:
        for path in pages:
            text = path.read_text(encoding="utf-8")
            formulas = _formulas(text)
            if not formulas:
                continue
            typesetter = typesetter or Typesetter()
            reply = typesetter.page([{"tex": tex, "display": d} for _, tex, d in formulas])
            pieces, last = [], 0
            for (match, tex, display), svg, error in zip(formulas, reply["html"], reply["errors"]):
                if error:
                    errors.append(f"{path.relative_to(outdir)}: {error} in {tex[:200]!r}")
                    continue
                pieces += [text[last:match.start()], _replacement(match, svg, display)]
                last = match.end()
            text = "".join(pieces) + text[last:]
            text = BODY_OPEN.sub(lambda m: m.group(0) + reply["cache"], text, count=1)
            path.write_text(text, encoding="utf-8")
            changed += 1
    finally:
        if typesetter:
            typesetter.close()
    if errors:
        raise ExtensionError("formulas MathJax cannot typeset:\n" + "\n".join(errors))
    return changed


def _on_build_finished(app: Sphinx, exception) -> None:
    if exception is None and app.builder.format == "html":
        changed = typeset_site(Path(app.outdir))
        logger.info(f"coursebook: formulas typeset as SVG in {changed} page(s)")


def setup(app: Sphinx) -> None:
    # Sphinx's own MathJax markup, minus the script: the formulas are typeset above.
    app.setup_extension("sphinx.ext.mathjax")
    app.add_html_math_renderer(
        RENDERER,
        (sphinx_mathjax.html_visit_math, None),
        (sphinx_mathjax.html_visit_displaymath, None))
    app.config.html_math_renderer = RENDERER
    app.add_css_file(STYLESHEET)
    app.connect("build-finished", _on_build_finished)
