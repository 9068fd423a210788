"""The real book, built once from clean with execution and -W (tests/conftest.py's
`built_site`): every page there, key numbers present, math rendered from the site
itself, no error output, no literal $...$, alt text, no request to another host."""

from __future__ import annotations

import re
from urllib.parse import urlparse

import pytest

from .conftest import resolve

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


def test_math_is_rendered_by_the_local_mathjax(built_site, site_pages):
    mathjax = built_site / "_static" / "mathjax" / "tex-chtml.js"
    assert mathjax.is_file(), "MathJax is not served by the site"
    with_math = []
    for rel, soup in site_pages.items():
        if not soup.select(".math"):
            continue
        with_math.append(rel)
        sources = [tag["src"] for tag in soup.find_all("script", src=True)]
        loaders = [src for src in sources if "mathjax" in src.lower()]
        assert len(loaders) == 1, f"{rel} loads {len(loaders)} MathJax scripts: {loaders}"
        assert resolve(built_site, rel, loaders[0]) == mathjax.resolve(), \
            f"{rel} loads MathJax from {loaders[0]}, not from the site's _static/mathjax/"
    for page in ("lessons/01_linear_layers_collapse.html", "lessons/04_backpropagation.html",
                 "practice/practice.html", "practice/cheatsheet.html"):
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
            assert (img.get("alt") or "").strip(), \
                f"{rel}: <img src={str(img.get('src'))[:80]!r}> has no alt text"


def test_no_page_loads_anything_from_another_host(site_pages):
    for rel, soup in site_pages.items():
        for tag, attr in (("script", "src"), ("link", "href"), ("img", "src"),
                          ("iframe", "src"), ("source", "src"), ("video", "src"), ("audio", "src")):
            for element in soup.find_all(tag, attrs={attr: True}):
                url = element[attr]
                if tag == "link" and not {"stylesheet", "icon", "preload", "modulepreload"} & set(
                        element.get("rel", [])):
                    continue  # e.g. rel=canonical / next / prev: links, not loads
                host = urlparse(url).netloc
                assert not host or host in ("localhost", "127.0.0.1"), \
                    f"{rel}: <{tag} {attr}={url!r}> loads from another host"
        # inline scripts that would fetch code at run time (thebe, the ipywidgets manager)
        for script in soup.find_all("script", src=False):
            body = script.get_text()
            for cdn in ("unpkg.com", "cdn.jsdelivr.net", "cdnjs.cloudflare.com", "require.js"):
                assert cdn not in body, f"{rel}: an inline script refers to {cdn}"


def test_mathjax_parts_are_not_added_to_every_page(site_pages):
    """The trap: js files in the book's _static/ go on every page. Only the one
    MathJax bundle may appear as a script, and only on pages with math."""
    for rel, soup in site_pages.items():
        scripts = [tag["src"] for tag in soup.find_all("script", src=True)]
        parts = [src for src in scripts if "/mathjax/" in src and "tex-chtml.js" not in src]
        assert not parts, f"{rel} loads MathJax's parts as scripts: {parts[:3]}"
