"""ReLU kinks: each hidden unit ReLU(w*x + b) bends at x = -b/w, and a weighted sum
of such units bends into a piecewise-linear curve. Without the ReLU the sum is a
straight line, whatever the weights.

This is a two-layer net with one input and one output (D = 1, H units, K = 1):
h = ReLU(x @ W1.T + b1), s = h @ W2.T + b2, computed with nnlib's own layers.
"""

from __future__ import annotations

import numpy as np

from ..layers import linear_forward, relu_forward
from . import _front
from ._mode import widget_mode

GRID = np.round(
    np.linspace(-2.0, 2.0, 17), 6
)  # slider positions for every w and b
X_RANGE = (-3.0, 3.0)
UNIT_YLIM = (-3.5, 6.5)
SUM_YLIM = (-5.0, 5.0)
DEFAULT_WS = (1.0, -1.0, 1.5)
DEFAULT_BS = (0.5, -1.0, -1.5)
DEFAULT_VS = (1.0, 1.0, -1.5)


def relu_kinks_state(
    ws, bs, vs=None, c=0.0, relu=True, x_range=X_RANGE
) -> dict:
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
    ws, bs = (
        np.atleast_1d(np.asarray(ws, float)),
        np.atleast_1d(np.asarray(bs, float)),
    )
    vs = (
        np.ones_like(ws)
        if vs is None
        else np.atleast_1d(np.asarray(vs, float))
    )
    if not (
        ws.ndim == bs.ndim == vs.ndim == 1
        and ws.size == bs.size == vs.size >= 1
    ):
        raise ValueError(
            f"ws, bs and vs need one number per hidden unit each; got sizes "
            f"{ws.size}, {bs.size}, {vs.size}"
        )
    x0, x1 = map(float, x_range)
    if not x0 < x1:
        raise ValueError(
            f"x_range needs (low, high) with low < high, got {x_range}"
        )

    with np.errstate(divide="ignore", invalid="ignore"):
        kinks = np.where(ws != 0, -bs / np.where(ws != 0, ws, 1.0), np.nan)
    in_view = np.asarray(
        relu & np.isfinite(kinks) & (kinks >= x0) & (kinks <= x1), bool
    )
    x = np.unique(np.concatenate([[x0, x1], kinks[in_view]]))

    z, _ = linear_forward(
        x[:, None], ws[:, None], bs
    )  # (P, H): w*x + b per unit
    h = relu_forward(z)[0] if relu else z
    s = linear_forward(h, vs[None, :], np.array([float(c)]))[0][:, 0]

    slope = (s[-1] - s[0]) / (x1 - x0)
    line = s[0] + slope * (x - x0)
    is_linear = bool(
        np.allclose(s, line, atol=1e-9 * max(1.0, np.abs(s).max()))
    )
    return {
        "x": x,
        "h": h,
        "s": s,
        "kinks": kinks,
        "kinks_in_view": in_view,
        "is_linear": is_linear,
        "slope": float(slope),
        "intercept": float(s[0] - slope * x0),
    }


def _grid_index(value, name):
    if not GRID[0] - 1e-9 <= value <= GRID[-1] + 1e-9:
        raise ValueError(
            f"{name} = {value} is outside the slider range [{GRID[0]:g}, {GRID[-1]:g}]"
        )
    return int(np.argmin(np.abs(GRID - value)))


def relu_kinks(
    ws=DEFAULT_WS,
    bs=DEFAULT_BS,
    vs=DEFAULT_VS,
    c=0.0,
    relu=True,
    x_range=X_RANGE,
    mode=None,
):
    """The ReLU-kinks interactive: sliders for each hidden unit's w and b, a ReLU toggle.

    Inputs: ws, bs (H,) the hidden units' weights and biases (slider positions, in
    [-2, 2] by steps of 0.25), vs (H,) the fixed output weights, c the output bias.
    Returns an anywidget in Jupyter (``.positions``, ``.state``), or a static HTML
    control when NNLIB_WIDGETS=static (the book build) or mode='static'.
    """
    ws, bs, vs = (
        tuple(float(v) for v in np.atleast_1d(a)) for a in (ws, bs, vs)
    )
    relu_kinks_state(
        ws, bs, vs, c, relu, x_range
    )  # validates the input before any drawing
    positions = {"relu": int(bool(relu))}
    for i, (w, b) in enumerate(zip(ws, bs)):
        positions[f"w{i + 1}"] = _grid_index(w, f"w{i + 1}")
        positions[f"b{i + 1}"] = _grid_index(b, f"b{i + 1}")
    data = picture_data(vs, c, x_range)
    if widget_mode(mode) == "static":
        return _front.static("relu_kinks", data, positions)

    def state_of(p):
        return relu_kinks_state(
            [GRID[p[f"w{i + 1}"]] for i in range(len(vs))],
            [GRID[p[f"b{i + 1}"]] for i in range(len(vs))],
            vs,
            c,
            bool(p["relu"]),
            x_range,
        )

    return _front.live("relu_kinks", data, positions, state_of)


def picture_data(vs, c, x_range) -> dict:
    """What widget.js needs to draw any slider position: for every (w, b) on the grid,
    one unit's curve with the ReLU ({'kink', 'x', 'h'}, exact polylines) and without
    (h at the two ends of x_range). The page adds the units up with the weights vs."""
    relu_table, linear_table = [], []
    for w in GRID:
        relu_row, linear_row = [], []
        for b in GRID:
            one = relu_kinks_state([w], [b], [1.0], 0.0, True, x_range)
            k = one["kinks"][0]
            relu_row.append(
                {
                    "kink": None if np.isnan(k) else _r(k),
                    "x": _r(one["x"]),
                    "h": _r(one["h"][:, 0]),
                }
            )
            linear_row.append(
                _r(
                    relu_kinks_state([w], [b], [1.0], 0.0, False, x_range)[
                        "h"
                    ][:, 0]
                )
            )
        relu_table.append(relu_row)
        linear_table.append(linear_row)
    controls = []
    for i in range(len(vs)):
        n = chr(0x2080 + i + 1) if i < 9 else str(i + 1)  # subscript digit
        controls += [
            _front.slider(f"w{i + 1}", f"w{n}", GRID, row=f"h{n}"),
            _front.slider(f"b{i + 1}", f"b{n}", GRID, row=f"h{n}"),
        ]
    controls.append(_front.checkbox("relu", "ReLU on"))
    x0, x1 = map(float, x_range)
    return {
        "title": "ReLU kinks: move w and b of each hidden unit",
        "controls": controls,
        "v": list(vs),
        "c": float(c),
        "xlim": [x0, x1],
        "xticks": [
            float(t) for t in np.arange(np.ceil(x0), np.floor(x1) + 1)
        ],
        "unit_ylim": list(UNIT_YLIM),
        "unit_yticks": [-2.0, 0.0, 2.0, 4.0, 6.0],
        "sum_ylim": list(SUM_YLIM),
        "sum_yticks": [-4.0, -2.0, 0.0, 2.0, 4.0],
        "relu": relu_table,
        "linear": linear_table,
    }


def _r(a):
    """Round for the JSON payload: 4 decimals are far below a pixel."""
    if np.ndim(a) == 0:
        return round(float(a), 4) + 0.0
    return [round(float(v), 4) + 0.0 for v in np.asarray(a).ravel()]
