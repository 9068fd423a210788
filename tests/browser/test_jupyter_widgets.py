"""The interactives where students use them: a real JupyterLab 4 and a real Notebook 7
(servers on 127.0.0.1 in temporary Jupyter folders), a real kernel, Chromium.

A notebook using the widgets is opened and executed; a slider is focused and moved with
the arrow keys; the picture must change, and the kernel must see the new position."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # pytest runs with --import-mode=importlib
from jupyter_runner import JupyterServer, open_and_run, run_cell, write_notebook  # noqa: E402

pytestmark = pytest.mark.slow

CELLS = [
    "from nnlib.widgets import relu_kinks, circuit\nw = relu_kinks()\nw",
    "c = circuit()\nc",
    "print('w1 at', w.positions['w1'], 'kink', w.state['kinks'][0], "
    "'| circuit', c.positions)",
]


@pytest.fixture(scope="module", params=["lab", "notebook"])
def jupyter(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp(f"jupyter-{request.param}")
    write_notebook(folder / "widgets.ipynb", CELLS)
    with JupyterServer(request.param, folder) as server:
        yield server


def picture(widget):
    return "".join(svg.inner_html() for svg in widget.locator("svg").all())


def test_arrow_keys_move_the_sliders_and_the_kernel_follows(browser, jupyter):
    context, page, errors = open_and_run(browser, jupyter, "widgets.ipynb", cells=2)
    try:
        relu = page.locator('.nnw[data-nnlib-widget="relu_kinks"]')
        slider = relu.locator('input[data-name="w1"]')
        assert slider.get_attribute("aria-valuetext") == "1.00"
        before = picture(relu)
        slider.focus()
        page.keyboard.press("ArrowRight")
        assert slider.input_value() == "13", f"ArrowRight did not move the slider in {jupyter.app}"
        assert slider.get_attribute("aria-valuetext") == "1.25"
        assert picture(relu) != before, f"the picture did not change in {jupyter.app}"
        assert "h\u2081: kink at x = \u22120.40" in relu.locator(".nnw-readout").inner_text()

        circuit = page.locator('.nnw[data-nnlib-widget="circuit"]')
        step = circuit.locator(".nnw-stepper output")
        assert step.inner_text().startswith("step 0")
        circuit.get_by_role("button", name="Next").click()
        circuit.get_by_role("button", name="Next").click()
        assert step.inner_text().startswith("step 2")
        x = circuit.locator('input[data-name="x"]')
        x.focus()
        page.keyboard.press("ArrowLeft")
        assert step.inner_text().startswith("step 0"), "moving an input must restart the walk"
        assert {t.text_content() for t in circuit.locator("text.nnw-grad").all()} == {"[?]"}

        out = run_cell(page, 2).locator(".jp-OutputArea-output")
        out.wait_for(timeout=30_000)
        page.wait_for_function("e => /w1 at/.test(e.textContent)", arg=out.element_handle())
        text = out.inner_text()
        assert re.search(r"w1 at 13 kink -0\.4\b", text), text
        assert "'x': 2" in text and "'step': 0" in text, text  # x = -3, back at step 0
        assert not errors, errors
    finally:
        context.close()
