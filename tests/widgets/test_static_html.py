"""The static face of the interactives: self-contained HTML whose precomputed frames
carry the same numbers as the pure functions (the browser tests move its sliders)."""

import json
import re
import subprocess
import sys

import pytest
from bs4 import BeautifulSoup

from nnlib.widgets import relu_kinks, widget_mode
from nnlib.widgets._front import check_positions, esm

SVG_NS = "http://www.w3.org/2000/svg"


def parts(control):
    soup = BeautifulSoup(control._repr_html_(), "html.parser")
    root = soup.find(attrs={"data-nnlib-widget": True})
    payload = json.loads(root.find("script", class_="nnw-data").string)
    return soup, root, payload


@pytest.mark.parametrize("kind", ["relu_kinks", "circuit", "hidden_size"])
def test_static_control_is_self_contained(static_controls, kind):
    text = static_controls[kind]._repr_html_()
    # the one URL allowed is SVG's namespace name, which is never fetched
    assert not re.search(r"https?:", text.replace(SVG_NS, "")), "a URL: it must work offline"
    soup = BeautifulSoup(text, "html.parser")
    assert not soup.find(["link", "iframe", "img"])
    assert all(not s.get("src") for s in soup.find_all("script"))
    assert not re.search(r"\bimport\s*\(|\bfetch\s*\(|XMLHttpRequest", text)
    assert len(text) < 400_000, f"{kind} control is {len(text)} bytes"


@pytest.mark.parametrize("kind", ["relu_kinks", "circuit", "hidden_size"])
def test_the_page_gets_the_same_data_and_script_as_jupyter(static_controls, kind):
    """One front end: the static control carries the numbers a live widget sends to
    JupyterLab, and widget.js itself (as a classic script instead of a module)."""
    control = static_controls[kind]
    soup, root, payload = parts(control)
    assert payload["kind"] == kind and root["data-nnlib-widget"] == kind
    assert payload["data"] == json.loads(json.dumps(control.data))
    assert payload["positions"] == control.positions
    script = root.find_all("script")[-1].string
    assert "window.nnlibWidgets = {render, mount}" in script and "export default" not in script
    assert "if (window.nnlibWidgets) return;" in script  # defined once per page
    for line in ("function render({model, el}) {", "const KINDS = {relu_kinks: reluKinks"):
        assert line in esm() and line in script


def test_every_control_has_a_position_and_a_name(static_controls):
    for control in static_controls.values():
        names = [c["name"] for c in control.data["controls"]]
        assert sorted(names) == sorted(control.positions)
        assert all(c["label"] for c in control.data["controls"])


def test_the_circuit_opens_at_step_0(static_controls):
    assert static_controls["circuit"].positions["step"] == 0


def test_check_positions_refuses_what_no_control_can_show():
    data = {"controls": [{"name": "H", "values": [1, 2, 3]}]}
    check_positions(data, {"H": 2})
    for bad in ({"H": 3}, {"H": -1}, {"H": 1.0}, {"H": True}, {}, {"H": 0, "reg": 0}):
        with pytest.raises(ValueError):
            check_positions(data, bad)


def test_the_environment_variable_chooses_the_face(monkeypatch):
    monkeypatch.setenv("NNLIB_WIDGETS", "static")
    assert widget_mode() == "static"
    assert "data-nnlib-widget" in relu_kinks()._repr_html_()
    monkeypatch.delenv("NNLIB_WIDGETS")
    assert widget_mode() == "live"
    monkeypatch.setenv("NNLIB_WIDGETS", "kernel")
    with pytest.raises(ValueError, match="unknown widget mode 'kernel'"):
        relu_kinks()


def test_static_mode_never_creates_an_ipywidget(tmp_path):
    """No widget, so no widget state in the executed notebook, so myst-nb never asks for
    the ipywidgets manager from a CDN."""
    code = ("import sys; from nnlib.widgets import relu_kinks, circuit, hidden_size\n"
            "for make in (relu_kinks, circuit, hidden_size): make()._repr_html_()\n"
            "print('ipywidgets' in sys.modules or 'anywidget' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={"NNLIB_WIDGETS": "static", "MPLBACKEND": "Agg", "PATH": ""},
                         cwd=tmp_path, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"
