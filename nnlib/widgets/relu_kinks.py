"""ReLU kinks: each hidden unit ReLU(w*x + b) bends at x = -b/w, and a weighted sum
of such units bends into a piecewise-linear curve. Without the ReLU the sum is a
straight line, whatever the weights.

This is a two-layer net with one input and one output (D = 1, H units, K = 1):
h = ReLU(x @ W1.T + b1), s = h @ W2.T + b2, computed with nnlib's own layers.
"""

from __future__ import annotations

import numpy as np

from ..layers import linear_forward, relu_forward
from ..number_text import number_text
from . import static
from ._live import BlitRenderer, float_slider, image_widget, new_figure
from ._mode import widget_mode

GRID = np.round(np.linspace(-2.0, 2.0, 17), 6)  # slider positions for every w and b
X_RANGE = (-3.0, 3.0)
UNIT_YLIM = (-3.5, 6.5)
SUM_YLIM = (-5.0, 5.0)
COLORS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd")
DEFAULT_WS = (1.0, -1.0, 1.5)
DEFAULT_BS = (0.5, -1.0, -1.5)
DEFAULT_VS = (1.0, 1.0, -1.5)


def relu_kinks_state(ws, bs, vs=None, c=0.0, relu=True, x_range=X_RANGE) -> dict:
    """Everything the ReLU-kinks picture shows, for hidden weights ws, biases bs (H,)
    and output weights vs (H,) (default all 1) plus output bias c.

    Returns a dict:
    - x: (P,) sorted points where the curves may bend: the ends of x_range and every
      kink inside it. The curves are straight between them, so (x, y) is exact.
    - h: (P, H) each unit at x: ReLU(w*x + b), or w*x + b when relu is False
    - s: (P,) the output s(x) = sum_i v_i h_i(x) + c
    - kinks: (H,) x = -b/w for every unit (nan where w = 0: that unit never bends)
    - kinks_in_view: (H,) bool, the kink exists, the ReLU is on and it lies in x_range
    - is_linear: True when s is one straight line over x_range
    - slope, intercept: of the line through s's two ends
    """
    ws, bs = np.atleast_1d(np.asarray(ws, float)), np.atleast_1d(np.asarray(bs, float))
    vs = np.ones_like(ws) if vs is None else np.atleast_1d(np.asarray(vs, float))
    if not (ws.ndim == bs.ndim == vs.ndim == 1 and ws.size == bs.size == vs.size >= 1):
        raise ValueError(f"ws, bs and vs need one number per hidden unit each; got sizes "
                         f"{ws.size}, {bs.size}, {vs.size}")
    x0, x1 = map(float, x_range)
    if not x0 < x1:
        raise ValueError(f"x_range needs (low, high) with low < high, got {x_range}")

    with np.errstate(divide="ignore", invalid="ignore"):
        kinks = np.where(ws != 0, -bs / np.where(ws != 0, ws, 1.0), np.nan)
    in_view = np.asarray(relu & np.isfinite(kinks) & (kinks >= x0) & (kinks <= x1), bool)
    x = np.unique(np.concatenate([[x0, x1], kinks[in_view]]))

    z, _ = linear_forward(x[:, None], ws[:, None], bs)  # (P, H): w*x + b per unit
    h = relu_forward(z)[0] if relu else z
    s = linear_forward(h, vs[None, :], np.array([float(c)]))[0][:, 0]

    slope = (s[-1] - s[0]) / (x1 - x0)
    line = s[0] + slope * (x - x0)
    is_linear = bool(np.allclose(s, line, atol=1e-9 * max(1.0, np.abs(s).max())))
    return {"x": x, "h": h, "s": s, "kinks": kinks, "kinks_in_view": in_view,
            "is_linear": is_linear, "slope": float(slope), "intercept": float(s[0] - slope * x0)}


def describe(state: dict, relu: bool) -> str:
    """The readout under the picture: where each unit bends, and what the sum does."""
    parts = []
    for i, (k, seen) in enumerate(zip(state["kinks"], state["kinks_in_view"])):
        if not relu:
            what = "no ReLU, no kink"
        elif np.isnan(k):
            what = "no kink (w = 0)"
        else:
            what = f"kink at x = {_fmt(k)}" + ("" if seen else " (off the plot)")
        parts.append(f"h{i + 1}: {what}")
    first = "kinks at x = \u2212b/w \u2192 " + " \u00b7 ".join(parts)
    if relu:
        return first + ("\nthe sum bends at every kink in view" if state["kinks_in_view"].any()
                        else "\nno kink in view: here the sum is a straight line")
    return (first + "\nwithout ReLU the sum is one straight line: s(x) = "
            f"{_fmt(state['slope'])}\u00b7x + {_fmt(state['intercept'])}")


def _fmt(v: float) -> str:
    return number_text(float(v), "{:.2f}")


def _grid_index(value, name):
    if not GRID[0] - 1e-9 <= value <= GRID[-1] + 1e-9:
        raise ValueError(f"{name} = {value} is outside the slider range "
                         f"[{GRID[0]:g}, {GRID[-1]:g}]")
    return int(np.argmin(np.abs(GRID - value)))


class _Picture:
    """The figure both faces share: units on the left, their weighted sum on the right."""

    def __init__(self, vs, c, x_range):
        n = len(vs)
        self.fig = fig = new_figure(7.4, 3.0)
        self.ax_units, self.ax_sum = fig.subplots(1, 2)
        fig.subplots_adjust(left=0.06, right=0.985, bottom=0.155, top=0.9, wspace=0.17)
        ax_u, ax_s = self.ax_units, self.ax_sum
        for ax, ylim in ((ax_u, UNIT_YLIM), (ax_s, SUM_YLIM)):
            ax.set_xlim(*x_range)
            ax.set_ylim(*ylim)
            ax.axhline(0, color="#999999", lw=0.8, zorder=0)
            ax.grid(True, color="#eeeeee", lw=0.6)
            ax.set_xlabel("x")
        ax_u.set_title("hidden units  h\u1d62 = ReLU(w\u1d62\u00b7x + b\u1d62)", fontsize=10)
        ax_s.set_title("", fontsize=10)
        ax_s.title.set_gid("sumtitle")
        self.units, self.kinks, self.sum_kinks = [], [], []
        for i in range(n):
            color = COLORS[i % len(COLORS)]
            (line,) = ax_u.plot(x_range, [0, 1], color=color, lw=2,
                                label=f"h{i + 1}   (v{i + 1} = {vs[i]:+g})", gid=f"unit{i}")
            (kink,) = ax_u.plot([0], [0], "o", color=color, ms=7, mec="white", mew=1.2,
                                gid=f"kink{i}", zorder=5)
            (skink,) = ax_s.plot([0], [0], "o", color=color, ms=6, mec="white", mew=1.0,
                                 gid=f"sumkink{i}", zorder=5)
            self.units.append(line)
            self.kinks.append(kink)
            self.sum_kinks.append(skink)
        (self.sum,) = ax_s.plot(x_range, [0, 1], color="black", lw=2.2, gid="sum")
        ax_u.legend(loc="upper left", fontsize=8, frameon=False)
        if c:
            ax_s.text(0.02, 0.96, f"c = {c:+g}", transform=ax_s.transAxes, va="top", fontsize=8)

    def moving_artists(self):
        """What changes between frames, in drawing order."""
        return [*self.units, *self.kinks, self.sum, *self.sum_kinks]

    def title_variants(self):
        """The sum's title for ReLU on (True) and off (False): it changes with the
        toggle only, so each version is part of a cached background."""
        return {relu: (lambda relu=relu: self.set_title(relu)) for relu in (False, True)}

    def set_title(self, relu):
        self.ax_sum.set_title(TITLES["relu" if relu else "linear"], fontsize=10)

    def show(self, state, relu):
        x, h, s = state["x"], state["h"], state["s"]
        for i, line in enumerate(self.units):
            line.set_data(x, h[:, i])
            k, seen = state["kinks"][i], bool(state["kinks_in_view"][i])
            self.kinks[i].set_visible(seen)
            self.sum_kinks[i].set_visible(seen)
            if seen:
                self.kinks[i].set_data([k], [0.0])
                self.sum_kinks[i].set_data([k], [np.interp(k, x, s)])
        self.sum.set_data(x, s)
        self.set_title(relu)


TITLES = {"relu": "their weighted sum  s(x) = \u03a3 v\u1d62h\u1d62(x)",
          "linear": "no ReLU: the sum collapses to one straight line"}


def relu_kinks(ws=DEFAULT_WS, bs=DEFAULT_BS, vs=DEFAULT_VS, c=0.0, relu=True,
               x_range=X_RANGE, mode=None):
    """The ReLU-kinks interactive: sliders for each hidden unit's w and b, a ReLU toggle.

    Inputs: ws, bs (H,) the hidden units' weights and biases (slider positions, in
    [-2, 2] by steps of 0.25), vs (H,) the fixed output weights, c the output bias.
    Returns a live ipywidgets control, or a static HTML control when the environment
    variable NNLIB_WIDGETS=static (the book build) or mode='static'.
    """
    ws, bs, vs = (tuple(float(v) for v in np.atleast_1d(a)) for a in (ws, bs, vs))
    relu_kinks_state(ws, bs, vs, c, relu, x_range)  # validates the input before any drawing
    idx_w = [_grid_index(w, f"w{i + 1}") for i, w in enumerate(ws)]
    idx_b = [_grid_index(b, f"b{i + 1}") for i, b in enumerate(bs)]
    if widget_mode(mode) == "static":
        return _static(idx_w, idx_b, vs, c, relu, x_range)
    return ReluKinksWidget([GRID[i] for i in idx_w], [GRID[i] for i in idx_b], vs, c, relu,
                           x_range)


class ReluKinksWidget:
    """The live control. ``.sliders`` maps 'w1', 'b1', ... to FloatSliders, ``.relu``
    is the toggle, ``.picture`` holds the figure and its artists, ``.readout`` the text."""

    def __init__(self, ws, bs, vs, c, relu, x_range):
        import ipywidgets

        self.vs, self.c, self.x_range = vs, c, x_range
        self.picture = _Picture(vs, c, x_range)
        self.sliders = {}
        rows = []
        for i in range(len(ws)):
            w = self.sliders[f"w{i + 1}"] = float_slider(GRID, ws[i], f"w{i + 1}")
            b = self.sliders[f"b{i + 1}"] = float_slider(GRID, bs[i], f"b{i + 1}")
            rows.append(ipywidgets.HBox([ipywidgets.Label(f"h{i + 1}"), w, b]))
        self.relu = ipywidgets.Checkbox(value=relu, description="ReLU on", indent=False)
        self.readout = ipywidgets.HTML()
        self.state = None
        self.update()
        self.renderer = BlitRenderer(self.picture.fig, self.picture.moving_artists(),
                                     self.picture.title_variants())
        self.picture.set_title(self.relu.value)
        self.image = image_widget(self.renderer.render(self.relu.value), self.picture.fig)
        for w in [*self.sliders.values(), self.relu]:
            w.observe(self.update, names="value")
        self.box = ipywidgets.VBox([ipywidgets.HBox([ipywidgets.VBox(rows), self.relu]),
                                    self.image, self.readout])

    def update(self, change=None):
        n = len(self.vs)
        ws = [self.sliders[f"w{i + 1}"].value for i in range(n)]
        bs = [self.sliders[f"b{i + 1}"].value for i in range(n)]
        self.state = relu_kinks_state(ws, bs, self.vs, self.c, self.relu.value, self.x_range)
        self.picture.show(self.state, self.relu.value)
        self.readout.value = f"<pre>{describe(self.state, self.relu.value)}</pre>"
        if change is not None:
            self.image.value = self.renderer.render(self.relu.value)

    def _repr_mimebundle_(self, **kwargs):
        return self.box._repr_mimebundle_(**kwargs)


def _static(idx_w, idx_b, vs, c, relu, x_range):
    uid = static.new_uid("relu_kinks")
    n = len(vs)
    picture = _Picture(vs, c, x_range)
    state = relu_kinks_state([GRID[i] for i in idx_w], [GRID[i] for i in idx_b], vs, c, relu,
                             x_range)
    picture.show(state, relu)
    svg = static.save_with_hidden(picture.fig, uid, picture.kinks + picture.sum_kinks)
    x0, x1 = map(float, x_range)
    relu_table, linear_table = [], []
    for w in GRID:
        relu_row, linear_row = [], []
        for b in GRID:
            one = relu_kinks_state([w], [b], [1.0], 0.0, True, x_range)
            k = one["kinks"][0]
            relu_row.append([None if np.isnan(k) else _r(k), _r(one["x"]), _r(one["h"][:, 0])])
            line = relu_kinks_state([w], [b], [1.0], 0.0, False, x_range)
            linear_row.append(_r(line["h"][:, 0]))
        relu_table.append(relu_row)
        linear_table.append(linear_row)
    controls = []
    for i in range(n):
        controls.append(static.Row(f"h<sub>{i + 1}</sub>", (
            static.Slider(f"w{i}", f"w<sub>{i + 1}</sub>", tuple(GRID), idx_w[i]),
            static.Slider(f"b{i}", f"b<sub>{i + 1}</sub>", tuple(GRID), idx_b[i]))))
    controls.append(static.Toggle("relu", "ReLU on", relu))
    payload = {
        "v": list(vs), "c": float(c), "xlim": [x0, x1], "gw": _r(GRID), "gb": _r(GRID),
        "relu": relu_table, "linear": linear_table, "titles": TITLES,
        "T": {"units": static.svg_transform(picture.ax_units),
              "sum": static.svg_transform(picture.ax_sum)},
    }
    return static.assemble(
        "relu_kinks", uid, title="ReLU kinks: move w and b of each hidden unit",
        controls=controls, svg=svg, payload=payload, readout=describe(state, relu))


def _r(a):
    """Round for the JSON payload: 4 decimals are far below a pixel."""
    if np.ndim(a) == 0:
        return round(float(a), 4) + 0.0
    return [round(float(v), 4) + 0.0 for v in np.asarray(a).ravel()]
