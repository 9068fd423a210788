"""A plain `jupyter-book build .` needs nothing set or run before it. The session's one
build (tests/conftest.py's build_book) runs with NNLIB_WIDGETS unset, and the lessons'
interactives still come out as static controls: the coursebook extension sets the
widget mode itself (in `config-inited`)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

LESSONS_WITH_INTERACTIVES = ["lessons/02_relu_hidden_layer.html", "lessons/04_backpropagation.html"]


def test_the_build_runs_without_a_widget_mode(venv_env):
    assert "NNLIB_WIDGETS" not in venv_env


@pytest.mark.parametrize("page", LESSONS_WITH_INTERACTIVES)
def test_interactives_are_static_controls(site_pages, page):
    html = str(site_pages[page])
    assert "data-nnlib-widget" in html, f"{page} shows no static interactive"
    assert "application/vnd.jupyter.widget-view+json" not in html, f"{page} has a live widget"
