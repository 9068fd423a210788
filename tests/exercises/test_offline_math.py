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

from nngrade.offline_math import OfflineMathHTMLExporter, offline  # noqa: E402


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
