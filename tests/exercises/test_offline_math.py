"""Feedback HTML renders its maths offline: nbgrader's feedback template, exported by the
course's OfflineMathHTMLExporter, loads no MathJax from a CDN and shows each formula as
MathML that Chromium draws with no network at all."""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
import pytest
from traitlets.config import Config

from ..browser.chromium import chromium

REPO = Path(__file__).resolve().parents[2]
COURSE_SRC = REPO / "exercises"
sys.path.insert(0, str(COURSE_SRC))

from nngrade.offline_math import (  # noqa: E402
    OfflineMathHTMLExporter,
    inert_urls,
    offline,
    to_mathml,
)


def feedback_page(notebook: Path) -> str:
    """The page nbgrader's generate_feedback writes, with its own template."""
    import nbgrader

    templates = Path(nbgrader.__file__).parent / "server_extensions" / "formgrader" / "templates"
    config = Config()
    config.HTMLExporter.template_name = "feedback"
    config.HTMLExporter.extra_template_basedirs = [str(templates)]
    config.HTMLExporter.extra_template_paths = [
        str(templates.parent / "static" / "node_modules" / "bootstrap" / "dist" / "css")
    ]
    nb = nbformat.read(notebook, as_version=4)
    for cell in nb.cells:  # what nbgrader's GetGrades adds before the template runs
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("grade"):
            meta["score"], meta["max_score"] = 0, meta.get("points", 0)
    return OfflineMathHTMLExporter(config=config).from_notebook_node(
        nb,
        resources={
            "nbgrader": {"notebook": notebook.stem, "score": 1, "max_score": 2, "late_penalty": 0}
        },
    )[0]


def test_formulas_become_mathml_and_code_is_left_alone():
    page = offline(
        "<html><body><p>So $W_2 W_1$ and $$b' = W_2 b_1 + b_2$$ cost $5.</p>"
        '<pre>print("$x$")</pre><script src="https://cdn/mathjax/2.7/x.js"></script>'
        "</body></html>"
    )
    assert page.count("<math") == 2 and 'display="block"' in page
    assert '<pre>print("$x$")</pre>' in page and "cost $5" in page and "mathjax" not in page


@pytest.mark.parametrize(
    "tex,gone",
    [
        (r"\style{background-image:url(http://evil.test/x.png)}{x}", "evil.test"),
        (r"\href{javascript:alert(1)}{x}", "javascript"),
        (r"\href{http://evil.test/}{x}", "evil.test"),
        (r"\color{red}{x}", None),
    ],
)
def test_mathml_is_cleaned_after_conversion(tex, gone):
    mathml = to_mathml(tex, display=False)
    assert mathml and mathml.startswith("<math") and "<mi>x</mi>" in mathml
    assert not gone or gone not in mathml
    assert "style=" not in mathml and "href=" not in mathml


@pytest.mark.parametrize(
    "tex", [r"\text{&lt;img src=x onerror=alert(1)&gt;}", r"\text{&lt;b&gt;}", r"\text{a&amp;b}"]
)
def test_a_formula_whose_mathml_would_hold_markup_stays_tex(tex):
    assert to_mathml(tex, display=True) is None
    page = offline(f"<html><head></head><body><p>$${tex}$$</p></body></html>")
    assert "<img" not in page and "<b>" not in page and "<math" not in page


def test_urls_that_fetch_or_run_are_made_inert():
    body = inert_urls(
        '<img src="http://evil.test/a.png"><img src=//evil.test/b.png><a href="javascript:x">j</a>'
        '<a href="https://numpy.org/">n</a><img src="data:image/png;base64,AA">'
        '<div style="background:url(http://evil.test/c.png)">c</div><img src="figs/r.png">'
        '<video poster="http://evil.test/p.png"></video><img srcset="http://evil.test/d.png 2x">'
    )
    assert "evil.test" not in body and "javascript" not in body
    assert 'href="https://numpy.org/"' in body and "data:image/png" in body
    assert 'src="figs/r.png"' in body


def test_the_page_carries_the_feedback_csp_first_in_its_head():
    page = offline('<html><head><meta charset="utf-8"><title>t</title></head><body></body></html>')
    assert page.index('http-equiv="Content-Security-Policy"') < page.index("charset")
    assert "default-src &#x27;none&#x27;" in page


@pytest.mark.slow
@pytest.mark.parametrize("name", ["part_a_collapse", "part_b_circuit"])
def test_feedback_maths_renders_in_chromium_without_network(name, tmp_path):
    page = feedback_page(COURSE_SRC / "source" / "backprop" / f"{name}.ipynb")
    assert "cdnjs" not in page and "mathjax" not in page.lower().replace("<!-- mathjax", "")
    path = tmp_path / f"{name}.html"
    path.write_text(page, encoding="utf-8")
    requests = []
    with chromium() as browser:
        tab = browser.new_page()
        tab.on("request", lambda r: requests.append(r.url))
        tab.route("http*://**", lambda route: route.abort())
        tab.goto(path.as_uri())
        formulas = tab.locator(".rendered_html math")
        assert formulas.count() >= 1
        box = formulas.first.bounding_box()
        assert box and box["width"] > 5 and box["height"] > 5
        text = tab.locator(".rendered_html").all_inner_texts()
        assert not [t for t in text if "$" in t], text
    assert not [u for u in requests if u.startswith("http")], requests
