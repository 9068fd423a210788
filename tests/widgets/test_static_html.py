"""The static face of the interactives: self-contained HTML whose precomputed frames
carry the same numbers as the pure functions (the browser tests move its sliders)."""

import base64
import io
import json
import re
import subprocess
import sys

import numpy as np
import pytest
from bs4 import BeautifulSoup
from PIL import Image

from nnlib.widgets import circuit_state, hidden_size_state, relu_kinks, relu_kinks_state, widget_mode
from nnlib.widgets.hidden_size import HIDDEN_SIZES, REGS
from nnlib.widgets.relu_kinks import GRID as RELU_GRID
from nnlib.widgets.circuit import GRID as CIRCUIT_GRID


def parts(control):
    soup = BeautifulSoup(control._repr_html_(), "html.parser")
    root = soup.find(attrs={"data-nnlib-widget": True})
    payload = json.loads(root.find("script", class_="nnw-data").string)
    return soup, root, payload


@pytest.mark.parametrize("kind", ["relu_kinks", "circuit", "hidden_size"])
def test_static_control_is_self_contained(static_controls, kind):
    text = static_controls[kind]._repr_html_()
    assert not re.search(r"https?:", text), "a URL in the control: it must work offline"
    soup = BeautifulSoup(text, "html.parser")
    assert not soup.find(["link", "iframe", "img"])
    assert all(not s.get("src") for s in soup.find_all("script"))
    for tag in soup.find_all(True):  # every href/src is an in-page reference or inline data
        for attr in ("href", "src"):
            value = tag.get(attr)
            assert value is None or value.startswith(("#", "data:")), (tag.name, value[:60])
    assert all(u.startswith("#") for u in re.findall(r"url\(([^)]*)\)", text))
    assert len(text) < 400_000, f"{kind} control is {len(text)} bytes"


@pytest.mark.parametrize("kind, ids", [
    ("relu_kinks", ["unit0", "unit2", "kink0", "kink2", "sumkink1", "sum", "sumtitle"]),
    ("circuit", [f"value{i}" for i in range(5)] + [f"grad{i}" for i in range(5)]
     + ["active0", "active1"]),
    ("hidden_size", ["boundary", "title"]),
])
def test_every_artist_the_script_moves_is_in_the_svg(static_controls, kind, ids):
    soup, root, payload = parts(static_controls[kind])
    uid = root["id"]
    for gid in ids:
        assert soup.find(id=f"{uid}-{gid}") is not None, f"{gid} missing from the SVG"
    assert root.find("svg") is not None
    for control in payload["controls"]:
        assert root.find(attrs={"data-name": control["name"]}) is not None


def test_relu_frames_match_the_pure_function(static_controls):
    _, _, payload = parts(static_controls["relu_kinks"])
    iw, ib = int(np.argmin(abs(RELU_GRID - 2.0))), int(np.argmin(abs(RELU_GRID - 1.0)))
    kink, xs, ys = payload["relu"][iw][ib]
    state = relu_kinks_state([2.0], [1.0])
    assert kink == -0.5
    np.testing.assert_allclose(xs, state["x"])
    np.testing.assert_allclose(ys, state["h"][:, 0])
    # without ReLU each unit is the straight line w*x + b between the ends of the plot
    np.testing.assert_allclose(payload["linear"][iw][ib], [2.0 * -3 + 1, 2.0 * 3 + 1])


def test_circuit_frames_match_the_pure_function(static_controls):
    _, _, payload = parts(static_controls["circuit"])
    n = len(CIRCUIT_GRID)
    for xyz in [(-2, 5, -4), (3, -1, 2), (-5, 5, 0)]:
        i, j, k = (int(np.argmin(abs(CIRCUIT_GRID - v))) for v in xyz)
        key = (i * n + j) * n + k
        state = circuit_state(*xyz)
        assert payload["values"][key] == [state["values"][label] for label in payload["labels"]]
        assert payload["grads"][key] == [state["grads"][label] for label in payload["labels"]]


def test_hidden_size_frames_are_the_predicted_classes(static_controls):
    _, _, payload = parts(static_controls["hidden_size"])
    assert payload["H"] == list(HIDDEN_SIZES) and payload["reg"] == list(REGS)
    pngs = {}
    for i, H in enumerate(HIDDEN_SIZES[::3]):
        png, acc = payload["frames"][3 * i][0]
        state = hidden_size_state(H)
        img = Image.open(io.BytesIO(base64.b64decode(png)))
        np.testing.assert_array_equal(np.asarray(img), state["classes"])  # palette index = class
        assert acc == round(state["accuracy"], 4)
        pngs[H] = png
    assert len(set(pngs.values())) == len(pngs)  # every hidden size looks different


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
            "print('ipywidgets' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={"NNLIB_WIDGETS": "static", "MPLBACKEND": "Agg", "PATH": ""},
                         cwd=tmp_path, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


def test_the_saved_picture_is_the_first_frame_even_without_javascript(static_controls):
    soup, root, _ = parts(static_controls["circuit"])
    uid = root["id"]

    def text(gid):
        return soup.find(id=f"{uid}-{gid}").find("text").string

    labels = ["x", "y", "q", "z", "f"]
    assert [text(f"grad{i}") for i in range(5)] == ["\u22124", "\u22124", "\u22124", "3", "1"]
    assert text(f"value{labels.index('f')}") == "\u221212"
    shown = [not soup.find(id=f"{uid}-active{j}").get("style") for j in range(2)]
    assert shown == [False, True]  # the last step went through the + gate (the second visited)

    no_relu = relu_kinks(relu=False, mode="static")
    soup, root, _ = parts(no_relu)
    for i in range(3):
        assert soup.find(id=f"{root['id']}-kink{i}")["style"] == "display: none"
    assert not soup.find(id=f"{root['id']}-unit0").get("style")
