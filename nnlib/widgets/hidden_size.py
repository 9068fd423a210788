"""Hidden size against the decision boundary, and capacity against overfitting.

The two-layer net is trained on the training part of a noisy spiral for each hidden
size H and regularisation strength reg; the other part of the spiral is held out for
validation. A wider net keeps raising its training accuracy, while its validation
accuracy stops improving: the extra capacity goes into fitting the training points'
noise. Stronger regularisation trades training accuracy for a smoother boundary.

Every (H, reg) is trained once, on first use, and memoised. The widget carries one
small boundary image and both accuracies per (H, reg), computed when it is made.
"""

from __future__ import annotations

import base64
import functools
import io

import numpy as np
from PIL import Image

from ..data import make_spiral
from ..plotting import CLASS_COLORS
from ..training import accuracy, train
from ..two_layer_net import TwoLayerNet
from . import _front
from ._mode import widget_mode

HIDDEN_SIZES = (1, 2, 3, 5, 10, 20, 50, 100)
REGS = (0.0, 0.003, 0.01, 0.03)
NUM_CLASSES = 3
POINTS_PER_CLASS = 100
NOISE = 0.6  # a noisy spiral: the arms overlap, so fitting every training point is overfitting
NUM_TRAIN = 75  # the rest (225 points) is the validation set
# full-batch gradient descent, long enough for the widest nets to fit the training set
TRAINING = {
    "learning_rate": 1.0,
    "num_epochs": 1500,
    "batch_size": NUM_TRAIN,
}
RESOLUTION = 100  # boundary image: RESOLUTION x RESOLUTION cells
BOUNDARY_ALPHA = 0.35
CURVE_COLORS = {"train": "#0969da", "val": "#bc4c00"}


@functools.cache
def spiral_split(seed=0):
    """The noisy spiral, split at random: (X_train (75, 2), y_train, X_val (225, 2), y_val)."""
    X, y = make_spiral(POINTS_PER_CLASS, NUM_CLASSES, rng=seed, noise=NOISE)
    order = np.random.default_rng(seed + 3).permutation(len(y))
    train_rows, val_rows = order[:NUM_TRAIN], order[NUM_TRAIN:]
    return X[train_rows], y[train_rows], X[val_rows], y[val_rows]


@functools.cache
def trained_model(H, reg, seed=0):
    """A TwoLayerNet(2, H, 3) trained on the training split with regularisation reg
    (memoised)."""
    X, y, _, _ = spiral_split(seed)
    model = TwoLayerNet(2, H, NUM_CLASSES, rng=seed + 1, weight_scale=0.5)
    train(model, X, y, reg=reg, rng=seed + 2, **TRAINING)
    return model


def hidden_size_state(H, reg=REGS[0], seed=0) -> dict:
    """What the picture shows for hidden size H and regularisation reg.

    Returns a dict: 'H', 'reg', 'train_accuracy' and 'val_accuracy' (floats in
    [0, 1]), 'classes' (RESOLUTION, RESOLUTION) the predicted class on a grid over the
    data (row 0 at the top), 'extent' (left, right, bottom, top) of that grid.
    """
    if isinstance(H, bool) or not isinstance(H, (int, np.integer)) or H < 1:
        raise ValueError(
            f"H must be a whole number of hidden units >= 1, got {H!r}"
        )
    if not reg >= 0:
        raise ValueError(f"reg must be >= 0, got {reg!r}")
    return dict(_frame(int(H), float(reg), seed))


def _extent(seed):
    X_train, _, X_val, _ = spiral_split(seed)
    X = np.vstack([X_train, X_val])
    low, high = X.min(axis=0) - 0.2, X.max(axis=0) + 0.2
    return float(low[0]), float(high[0]), float(low[1]), float(high[1])


@functools.cache
def _frame(H, reg, seed):
    """hidden_size_state's work, memoised."""
    X_train, y_train, X_val, y_val = spiral_split(seed)
    model = trained_model(H, reg, seed)
    left, right, bottom, top = _extent(seed)
    grid_x, grid_y = np.meshgrid(
        np.linspace(left, right, RESOLUTION),
        np.linspace(top, bottom, RESOLUTION),
    )  # top row first
    classes = model.predict(
        np.column_stack([grid_x.ravel(), grid_y.ravel()])
    )
    classes = classes.reshape(RESOLUTION, RESOLUTION)
    classes.setflags(
        write=False
    )  # shared by every caller of the memoised frame
    return {
        "H": H,
        "reg": reg,
        "train_accuracy": accuracy(model, X_train, y_train),
        "val_accuracy": accuracy(model, X_val, y_val),
        "classes": classes,
        "extent": (left, right, bottom, top),
    }


def _palette():
    """The class colours, lightened towards white as on plot_decision_boundary."""
    rgb = np.array(
        [
            [int(c[i : i + 2], 16) for i in (1, 3, 5)]
            for c in CLASS_COLORS[:NUM_CLASSES]
        ]
    )
    return np.round(255 - BOUNDARY_ALPHA * (255 - rgb)).astype(np.uint8)


def boundary_png(classes) -> bytes:
    """A small palette PNG of a class grid (a few KiB)."""
    img = Image.fromarray(np.asarray(classes, np.uint8), mode="L").convert(
        "P"
    )
    img.putpalette(_palette().ravel().tolist())
    buf = io.BytesIO()
    img.save(buf, format="png", optimize=True)
    return buf.getvalue()


def hidden_size(
    H=10, reg=REGS[0], hidden_sizes=HIDDEN_SIZES, regs=REGS, mode=None
):
    """The capacity interactive: a slider over `hidden_sizes` and one over `regs` show
    the net's decision boundary on the spiral (training points filled, validation points
    hollow) beside its training and validation accuracy for every H.

    Trains every (H, reg) when called (about ten seconds the first time in a process).
    Returns an anywidget in Jupyter (``.positions``, ``.state``), or a static HTML
    control when NNLIB_WIDGETS=static (the book build) or mode='static'.
    """
    hidden_sizes = tuple(int(h) for h in hidden_sizes)
    regs = tuple(float(r) for r in regs)
    if H not in hidden_sizes:
        raise ValueError(
            f"H = {H!r} is not one of the hidden sizes offered: {hidden_sizes}"
        )
    if reg not in regs:
        raise ValueError(
            f"reg = {reg!r} is not one of the strengths offered: {regs}"
        )
    positions = {"H": hidden_sizes.index(H), "reg": regs.index(reg)}
    data = picture_data(hidden_sizes, regs)
    if widget_mode(mode) == "static":
        return _front.static("hidden_size", data, positions)
    return _front.live(
        "hidden_size",
        data,
        positions,
        lambda p: hidden_size_state(hidden_sizes[p["H"]], regs[p["reg"]]),
    )


def picture_data(hidden_sizes, regs, seed=0) -> dict:
    """What widget.js needs: the points (and which are training points), and for every
    (H, reg) the boundary as a base64 PNG and both accuracies."""
    X_train, y_train, X_val, y_val = spiral_split(seed)
    frames = []
    for H in hidden_sizes:
        row = []
        for reg in regs:
            state = hidden_size_state(H, reg, seed)
            row.append(
                {
                    "png": base64.b64encode(
                        boundary_png(state["classes"])
                    ).decode("ascii"),
                    "train": round(state["train_accuracy"], 4),
                    "val": round(state["val_accuracy"], 4),
                }
            )
        frames.append(row)
    lowest = min(min(f["train"], f["val"]) for row in frames for f in row)
    floor = max(0.0, np.floor(lowest * 10) / 10)
    return {
        "title": "Capacity and overfitting: hidden size H and regularisation reg on a noisy "
        "spiral (3 classes)",
        "controls": [
            _front.slider("H", "hidden size H", hidden_sizes, decimals=None),
            _front.slider("reg", "regularisation reg", regs, decimals=None),
        ],
        "H": list(hidden_sizes),
        "reg": list(regs),
        "frames": frames,
        "X": np.round(np.vstack([X_train, X_val]), 3).tolist(),
        "y": np.concatenate([y_train, y_val]).tolist(),
        "train": [1] * len(y_train) + [0] * len(y_val),
        "extent": list(_extent(seed)),
        "colors": list(CLASS_COLORS[:NUM_CLASSES]),
        "curve_colors": CURVE_COLORS,
        "acc_ylim": [floor, 1.0],
        "acc_yticks": [
            round(t, 1) for t in np.arange(floor, 1.0 + 1e-9, 0.1)
        ],
    }
