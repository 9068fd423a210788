"""The real book, built once from clean with execution and -W (tests/conftest.py's
`built_site`): every page there, key numbers present, math typeset at build time,
no error output, no literal $...$, alt text, no request to another host."""

from __future__ import annotations

import re
from urllib.parse import urlparse

import pytest

pytestmark = pytest.mark.slow


def vector_pattern(values) -> str:
    """A regex for a (nested) list of integers as the pages print it, whether as a
    Python list ([9, -6]), a NumPy array ([ 9 -6]) or floats ([9.0, -6.0])."""
    if isinstance(values, (list, tuple)):
        inner = r"[\s,]*".join(vector_pattern(v) for v in values)
        return r"\[\s*" + inner + r"\s*\]"
    return rf"(?<![\d.]){values}(?:\.0+)?(?![\d.])"


KEY_NUMBERS = {
    "lessons/01_linear_layers_collapse.html": [
        ("W' = [[2, 3], [-1, -2]]", vector_pattern([[2, 3], [-1, -2]])),
        ("b' = [1, -1]", vector_pattern([1, -1])),
        ("output without ReLU [9, -6]", vector_pattern([9, -6])),
        ("output with ReLU [10, -6]", vector_pattern([10, -6])),
    ],
    "lessons/04_backpropagation.html": [
        ("q = 3", r"q\s*=\s*(?:x\s*\+\s*y\s*=\s*)?3(?![\d.])"),
        ("f = -12", r"f\s*=\s*(?:q\s*\*\s*z\s*=\s*)?-12(?![\d.])"),
        ("gradients [-4, -4, 3]", vector_pattern([-4, -4, 3])),
    ],
    "practice/practice.html": [
        ("finite difference 4.02", r"(?<![\d.])4\.02(?!\d)"),
        ("gradients [2, 2, 2]", vector_pattern([2, 2, 2])),
        ("W' = [[2, 3], [-1, -2]]", vector_pattern([[2, 3], [-1, -2]])),
        ("output with ReLU [10, -6]", vector_pattern([10, -6])),
    ],
}


def test_every_toc_page_is_built_and_nothing_else(built_site, site_pages, toc_pages):
    missing = [page for page in toc_pages if page not in site_pages]
    assert not missing, f"pages of _toc.yml missing from the site: {missing}"
    extra = set(site_pages) - set(toc_pages) - {"index.html", "genindex.html", "search.html"}
    assert not extra, f"pages published although _toc.yml does not list them: {sorted(extra)}"


@pytest.mark.parametrize("page", sorted(KEY_NUMBERS))
def test_key_numbers_are_on_the_page(page, page_text):
    text = page_text(page)
    missing = [what for what, pattern in KEY_NUMBERS[page] if not re.search(pattern, text)]
    assert not missing, f"{page} does not show {missing}"


def test_math_is_typeset_when_the_book_is_built(site_pages):
    """Every formula is SVG in the page (with MathML for screen readers), none is left as
    TeX, no page loads MathJax, and every glyph a formula draws is in its page."""
    with_math = []
    for rel, soup in site_pages.items():
        scripts = [tag.get("src", "") + tag.get_text() for tag in soup.find_all("script")]
        assert not [s for s in scripts if "mathjax" in s.lower()], f"{rel} loads MathJax"
        formulas = soup.select(".math")
        if not formulas:
            continue
        with_math.append(rel)
        for formula in formulas:
            assert formula.select_one("mjx-container > svg"), (
                f"{rel}: a formula is not typeset: {formula.get_text()[:80]!r}"
            )
            assert formula.select_one("mjx-assistive-mml math"), f"{rel}: a formula has no MathML"
            assert not re.search(r"\\[(\[]", formula.get_text()), f"{rel}: TeX left in a formula"
        glyphs = {tag["id"] for tag in soup.select("#MJX-SVG-global-cache path[id]")}
        used = {tag.get("xlink:href", "").lstrip("#") for tag in soup.select("mjx-container use")}
        missing = sorted(used - glyphs)[:5]
        assert used and not missing, f"{rel}: glyphs missing from the page: {missing}"
    for page in (
        "lessons/01_linear_layers_collapse.html",
        "lessons/04_backpropagation.html",
        "practice/practice.html",
        "practice/cheatsheet.html",
    ):
        assert page in with_math, f"{page} has no math containers: math was not parsed"


def test_no_error_output_or_traceback(site_pages):
    for rel, soup in site_pages.items():
        bad = soup.select(".output.traceback, .output.error, .output.stderr, .system-message")
        assert not bad, f"{rel} shows error output: {bad[0].get_text()[:300]!r}"
        text = soup.get_text(" ")
        for marker in ("Traceback (most recent call last)", "CellExecutionError"):
            assert marker not in text, f"{rel} contains {marker!r}"


def test_no_literal_dollar_math_in_text(site_pages):
    dollars = re.compile(r"\$[^$\s][^$]*\$")
    for rel, soup in site_pages.items():
        article = soup.select_one("article")
        if article is None:
            continue
        for block in article.find_all(["p", "li", "td", "th", "dd", "dt", "h1", "h2", "h3"]):
            for skip in block.select("code, pre, .math, script, .cell_output"):
                skip.decompose()
            text = block.get_text(" ")
            assert not dollars.search(text), f"{rel}: literal math in {text[:200]!r}"


def test_every_image_has_alt_text(site_pages):
    for rel, soup in site_pages.items():
        for img in soup.find_all("img"):
            assert (img.get("alt") or "").strip(), (
                f"{rel}: <img src={str(img.get('src'))[:80]!r}> has no alt text"
            )


def test_no_page_loads_anything_from_another_host(site_pages):
    for rel, soup in site_pages.items():
        for tag, attr in (
            ("script", "src"),
            ("link", "href"),
            ("img", "src"),
            ("iframe", "src"),
            ("source", "src"),
            ("video", "src"),
            ("audio", "src"),
        ):
            for element in soup.find_all(tag, attrs={attr: True}):
                url = element[attr]
                if tag == "link" and not {"stylesheet", "icon", "preload", "modulepreload"} & set(
                    element.get("rel", [])
                ):
                    continue  # e.g. rel=canonical / next / prev: links, not loads
                host = urlparse(url).netloc
                assert not host or host in ("localhost", "127.0.0.1"), (
                    f"{rel}: <{tag} {attr}={url!r}> loads from another host"
                )
        # inline scripts that would fetch code at run time (thebe, the ipywidgets manager)
        for script in soup.find_all("script", src=False):
            body = script.get_text()
            for cdn in ("unpkg.com", "cdn.jsdelivr.net", "cdnjs.cloudflare.com", "require.js"):
                assert cdn not in body, f"{rel}: an inline script refers to {cdn}"


def test_pages_load_no_icon_script_and_a_small_icon_font(built_site, site_pages):
    """fontawesome.js (1.49 MB) is on no page; the theme's icon font is the site's subset."""
    for rel, soup in site_pages.items():
        scripts = [tag["src"] for tag in soup.find_all("script", src=True)]
        assert not [s for s in scripts if "fontawesome" in s], f"{rel} loads fontawesome.js"
    font = built_site / "_static" / "vendor" / "fontawesome" / "webfonts" / "fa-solid-900.woff2"
    assert font.stat().st_size < 20_000, f"the icon font is {font.stat().st_size} bytes"
