"""Build-time typesetting of formulas (coursebook.mathsvg) on a small written site,
with the real MathJax in Node, without building the book: formulas become SVG with
their glyphs in the page, a second pass changes nothing, and a TeX error stops the build
naming the page and the formula."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
from coursebook import mathsvg  # the book's Sphinx extension
from sphinx.errors import ExtensionError

# needs node and `npm ci` (node_modules/mathjax-full), as `make build` does
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed"),
]

PAGE = """<html><body class="x">
<p>Inline <span class="math notranslate nohighlight">\\(W' = W_2 W_1\\)</span>.</p>
<div class="math notranslate nohighlight">
\\[
h = \\mathrm{ReLU}(W_1 x + b_1) &lt; 2
\\]</div>
<div class="math notranslate nohighlight" id="equation-x">
<span class="eqno">(1)<a class="headerlink" href="#equation-x">#</a></span>\\[s = W_2 h\\]</div>
</body></html>"""


@pytest.fixture(scope="module", autouse=True)
def mathjax_installed():
    mathsvg.ensure_installed(REPO)


def test_formulas_become_svg_with_their_glyphs(tmp_path):
    page = tmp_path / "lessons" / "page.html"
    page.parent.mkdir()
    page.write_text(PAGE)
    assert mathsvg.typeset_site(tmp_path) == 1
    html = page.read_text()
    assert "\\(" not in html and "\\[" not in html
    assert html.count('<mjx-container class="MathJax" jax="SVG"') == 3
    assert html.count('display="true"') >= 2
    assert '<span class="eqno">(1)' in html, "the equation number is kept"
    assert html.index('id="MJX-SVG-global-cache"') < html.index("<p>"), "glyphs come first"
    assert "<mo>&lt;</mo>" in html, "the MathML for screen readers reads the escaped <"
    assert mathsvg.typeset_site(tmp_path) == 0, "a typeset page is left alone"
    assert page.read_text() == html


def test_a_tex_error_stops_the_build_naming_page_and_formula(tmp_path):
    (tmp_path / "bad.html").write_text(
        '<body><span class="math notranslate nohighlight">\\(\\frac{1}{2} + \\nosuchmacro\\)'
        "</span></body>")
    with pytest.raises(ExtensionError, match=r"bad\.html.*nosuchmacro"):
        mathsvg.typeset_site(tmp_path)


def test_the_stylesheet_is_written(tmp_path):
    mathsvg.write_stylesheet(tmp_path)
    css = (tmp_path / mathsvg.STYLESHEET).read_text()
    assert 'mjx-container[jax="SVG"]' in css and "mjx-assistive-mml" in css
