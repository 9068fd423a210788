"""Hidden size against the decision boundary: the two-layer net trained on the spiral
for a choice of H (and of the regularisation strength), with its training accuracy.

Every (H, reg) is trained once, on first use, and memoised, so moving the slider back
and forth never retrains. The static page carries one small boundary image per
(H, reg), rendered at build time.
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
from . import static
from ._live import BlitRenderer, image_widget, new_figure
from ._mode import widget_mode

HIDDEN_SIZES = (1, 2, 3, 5, 10, 20, 50, 100)
REGS = (0.001, 0.01)
RESOLUTION = 120  # boundary image: RESOLUTION x RESOLUTION cells
NUM_CLASSES = 3
TRAINING = {"learning_rate": 1.0, "num_epochs": 300, "batch_size": 100}
BOUNDARY_ALPHA = 0.35


@functools.lru_cache(maxsize=None)
def spiral(seed=0):
    """The spiral the nets are trained on: X (300, 2), y (300,)."""
    return make_spiral(100, NUM_CLASSES, rng=seed)


@functools.lru_cache(maxsize=None)
def trained_model(H, reg, seed=0):
    """A TwoLayerNet(2, H, 3) trained on spiral(seed) with regularisation reg (memoised)."""
    X, y = spiral(seed)
    model = TwoLayerNet(2, H, NUM_CLASSES, rng=seed + 1, weight_scale=0.5)
    train(model, X, y, reg=reg, rng=seed + 2, **TRAINING)
    return model


def _bounds(X, padding=0.2):
    return X.min(axis=0) - padding, X.max(axis=0) + padding


def hidden_size_state(H, reg=REGS[0], seed=0) -> dict:
    """What the picture shows for hidden size H and regularisation reg.

    Returns a dict: 'H', 'reg', 'accuracy' (training accuracy, a float in [0, 1]),
    'classes' (RESOLUTION, RESOLUTION) the predicted class on a grid over the data
    (row 0 at the top), 'extent' (left, right, bottom, top) of that grid.
    """
    if isinstance(H, bool) or not isinstance(H, (int, np.integer)) or H < 1:
        raise ValueError(f"H must be a whole number of hidden units >= 1, got {H!r}")
    if not reg >= 0:
        raise ValueError(f"reg must be >= 0, got {reg!r}")
    return dict(_frame(int(H), float(reg), seed))


@functools.lru_cache(maxsize=None)
def _frame(H, reg, seed):
    """hidden_size_state's work, memoised: a slider move back to an H is a lookup."""
    X, y = spiral(seed)
    model = trained_model(int(H), float(reg), seed)
    low, high = _bounds(X)
    gx = np.linspace(low[0], high[0], RESOLUTION)
    gy = np.linspace(high[1], low[1], RESOLUTION)  # top row first, as an image
    grid_x, grid_y = np.meshgrid(gx, gy)
    classes = model.predict(np.column_stack([grid_x.ravel(), grid_y.ravel()]))
    classes.setflags(write=False)  # shared by every caller of the memoised frame
    return {"H": int(H), "reg": float(reg), "accuracy": accuracy(model, X, y),
            "classes": classes.reshape(RESOLUTION, RESOLUTION),
            "extent": (low[0], high[0], low[1], high[1])}


def _palette():
    """The class colours, lightened towards white as on plot_decision_boundary."""
    rgb = np.array([[int(c[i:i + 2], 16) for i in (1, 3, 5)] for c in CLASS_COLORS[:NUM_CLASSES]])
    return np.round(255 - BOUNDARY_ALPHA * (255 - rgb)).astype(np.uint8)


def boundary_rgba(classes):
    """(R, R, 4) uint8 image of a class grid (RGBA draws about 3x faster than RGB)."""
    rgba = np.full((*classes.shape, 4), 255, np.uint8)
    rgba[..., :3] = _palette()[classes]
    return rgba


def boundary_png(classes) -> bytes:
    """A small palette PNG of a class grid (a few KiB)."""
    img = Image.fromarray(classes.astype(np.uint8), mode="L").convert("P")
    img.putpalette(_palette().ravel().tolist())
    buf = io.BytesIO()
    img.save(buf, format="png", optimize=True)
    return buf.getvalue()


def describe(state) -> str:
    """The readout: the choice and the training accuracy it reaches."""
    return (f"H = {state['H']}, reg = {state['reg']:g}: "
            f"training accuracy {100 * state['accuracy']:.1f} %")


def title(state) -> str:
    """The figure's title, kept short (every glyph costs time on a live redraw)."""
    return f"H = {state['H']}, reg = {state['reg']:g}"


class _Picture:
    def __init__(self, state, interpolation):
        X, y = spiral()
        self.fig = fig = new_figure(4.6, 4.6)
        self.ax = ax = fig.add_axes([0.02, 0.02, 0.96, 0.88])
        self.image = ax.imshow(boundary_rgba(state["classes"]), extent=state["extent"],
                               interpolation=interpolation, origin="upper", gid="boundary",
                               zorder=0)
        colors = np.array(CLASS_COLORS[:NUM_CLASSES])
        self.points = ax.scatter(X[:, 0], X[:, 1], c=colors[y], s=12, edgecolors="black",
                                 linewidths=0.4, zorder=2)
        ax.set_xlim(state["extent"][:2])
        ax.set_ylim(state["extent"][2:])
        ax.set_xticks([])
        ax.set_yticks([])
        self.title = ax.set_title(title(state), fontsize=10)
        self.title.set_gid("title")

    def moving_artists(self):
        return [self.image, self.points, self.title]

    def show(self, state):
        self.image.set_data(boundary_rgba(state["classes"]))
        self.title.set_text(title(state))


def hidden_size(H=10, reg=REGS[0], hidden_sizes=HIDDEN_SIZES, regs=REGS, mode=None):
    """The hidden-size interactive: a slider over `hidden_sizes` (and one over `regs`
    when there are several) redraws the net's decision boundary on the spiral.

    Returns a live ipywidgets control, or a static HTML control when
    NNLIB_WIDGETS=static (the book build) or mode='static'. The static control
    trains every (H, reg) at build time (a few seconds).
    """
    hidden_sizes = tuple(int(h) for h in hidden_sizes)
    regs = tuple(float(r) for r in regs)
    if H not in hidden_sizes:
        raise ValueError(f"H = {H!r} is not one of the hidden sizes offered: {hidden_sizes}")
    if reg not in regs:
        raise ValueError(f"reg = {reg!r} is not one of the strengths offered: {regs}")
    if widget_mode(mode) == "static":
        return _static(hidden_sizes, regs, H, reg)
    return HiddenSizeWidget(hidden_sizes, regs, H, reg)


class HiddenSizeWidget:
    """The live control: ``.sliders['H']`` (and ``['reg']``) choose the model,
    ``.picture`` holds the figure, ``.readout`` the accuracy."""

    def __init__(self, hidden_sizes, regs, H, reg):
        import ipywidgets

        self.sliders = {"H": ipywidgets.SelectionSlider(
            options=list(hidden_sizes), value=H, description="hidden size H",
            style={"description_width": "initial"}, continuous_update=True)}
        if len(regs) > 1:
            self.sliders["reg"] = ipywidgets.SelectionSlider(
                options=list(regs), value=reg, description="reg",
                style={"description_width": "initial"})
        self.regs = regs
        self.state = hidden_size_state(H, reg)
        self.picture = _Picture(self.state, interpolation="nearest")
        self.readout = ipywidgets.HTML(f"<pre>{describe(self.state)}</pre>")
        self.renderer = BlitRenderer(self.picture.fig, self.picture.moving_artists())
        self.frames = {}  # (H, reg) -> PNG bytes: a position seen before is a lookup
        self.image = image_widget(self._png((H, reg)), self.picture.fig)
        for w in self.sliders.values():
            w.observe(self.update, names="value")
        self.box = ipywidgets.VBox([ipywidgets.HBox(list(self.sliders.values())), self.image,
                                    self.readout])

    def update(self, change=None):
        reg = self.sliders["reg"].value if "reg" in self.sliders else self.regs[0]
        self.state = hidden_size_state(self.sliders["H"].value, reg)
        self.picture.show(self.state)
        self.readout.value = f"<pre>{describe(self.state)}</pre>"
        self.image.value = self._png((self.state["H"], reg))

    def _png(self, key):
        if key not in self.frames:
            self.frames[key] = self.renderer.render()
        return self.frames[key]

    def _repr_mimebundle_(self, **kwargs):
        return self.box._repr_mimebundle_(**kwargs)


def _static(hidden_sizes, regs, H, reg):
    uid = static.new_uid("hidden_size")
    first = hidden_size_state(H, reg)
    picture = _Picture(first, interpolation="none")
    svg = static.figure_to_svg(picture.fig, uid)
    frames = []
    for h in hidden_sizes:
        row = []
        for r in regs:
            state = hidden_size_state(h, r)
            row.append([base64.b64encode(boundary_png(state["classes"])).decode("ascii"),
                        round(state["accuracy"], 4)])
        frames.append(row)
    controls = [static.Slider("H", "hidden size H", hidden_sizes, hidden_sizes.index(H),
                              fmt="{:d}")]
    if len(regs) > 1:
        controls.append(static.Slider("reg", "reg", regs, regs.index(reg), fmt="{:g}"))
    payload = {"H": list(hidden_sizes), "reg": list(regs), "frames": frames}
    return static.assemble(
        "hidden_size", uid, title="Hidden size H against the decision boundary (spiral, 3 classes)",
        controls=controls, svg=svg, payload=payload, readout=describe(first))
