"""The circuit f = (x + y) * z: forward values and gradients on the drawn graph, and
the backward pass walked one gate at a time.

The numbers come from nnlib's Value graph: the step-by-step walk runs the graph's
own per-gate backward functions, in the order Value.backward runs them.
"""

from __future__ import annotations

import re

import numpy as np
from matplotlib.patches import Circle

from ..graph_drawing import GATE_RADIUS, draw_graph, layout_graph
from ..number_text import number_text
from ..value import Value, topological_order
from . import static
from ._live import BlitRenderer, float_slider, image_widget, new_figure
from ._mode import widget_mode

GRID = np.arange(-5.0, 5.0 + 1e-9, 1.0)  # slider positions for x, y and z
NAMES = ("x", "y", "z")
ACTIVE_COLOR = "#f59e0b"


def build_circuit(x, y, z):
    """The graph of f = (x + y) * z with labelled nodes; returns (f, nodes by label)."""
    xv, yv, zv = Value(x, "x"), Value(y, "y"), Value(z, "z")
    q = xv + yv
    q.label = "q"
    f = q * zv
    f.label = "f"
    return f, {"x": xv, "y": yv, "z": zv, "q": q, "f": f}


def backward_walk(root):
    """Run root's backward pass one gate at a time; return the snapshots.

    Returns (order, gates, grads): ``order`` is the graph's nodes (topological),
    ``gates`` the operations in the order the backward pass visits them, and
    ``grads[k]`` the list of every node's gradient (in ``order``) after step k:
    step 0 is before the backward pass (all 0), step 1 seeds d(root)/d(root) = 1,
    step k + 2 has pushed the gradient through ``gates[k]``.
    """
    order = topological_order(root)
    for node in order:
        node.grad = 0.0
    gates = [node for node in reversed(order) if node.children]
    grads = [[0.0] * len(order)]
    root.grad = 1.0
    grads.append([n.grad for n in order])
    for gate in gates:
        gate._backward()  # the gate's own local-times-upstream rule
        grads.append([n.grad for n in order])
    return order, gates, grads


def _num(v) -> str:
    """A number as the drawing shows it: '3', '-12', '0.5' (never '-0')."""
    return number_text(float(v))


def _known(order, gates, step):
    """Indices of nodes whose gradient is known after `step` (see backward_walk)."""
    if step == 0:
        return []
    known = {len(order) - 1} if order else set()  # the root is last in topological order
    for gate in gates[: step - 1]:
        known.update(order.index(child) for child in gate.children)
    return sorted(known)


def _caption(order, step, values, grads):
    """What happens at `step`, in words with the numbers (the same template the
    static page fills in)."""
    fill = {"v": values, "g": grads}
    return re.sub(r"\{([vg])(\d+)\}", lambda m: _num(fill[m[1]][int(m[2])]),
                  _caption_templates(order)[step])


def circuit_state(x, y, z, step=None) -> dict:
    """Forward values and gradients of f = (x + y) * z after `step` of the backward walk.

    step: 0 forward only, 1 seeds df/df = 1, 2 through the multiply gate, 3 through the
    add gate (= the full backward pass, also the default None).
    Returns a dict with 'values' and 'grads' ({'x', 'y', 'z', 'q', 'f'} -> float; a
    gradient not yet known at this step is None), 'step', 'steps' (how many there
    are), 'active' (label of the gate just processed, or None) and 'caption'.
    """
    for name, v in zip(NAMES, (x, y, z)):
        if isinstance(v, bool) or not isinstance(v, (int, float, np.integer, np.floating)):
            raise TypeError(f"{name} must be a number, got {type(v).__name__}: {v!r}")
    f, _ = build_circuit(float(x), float(y), float(z))
    order, gates, grads = backward_walk(f)
    steps = len(grads)
    step = steps - 1 if step is None else int(step)
    if not 0 <= step < steps:
        raise ValueError(f"step must be between 0 and {steps - 1}, got {step}")
    known = set(_known(order, gates, step))
    return {
        "values": {n.label: n.data for n in order},
        "grads": {n.label: (grads[step][i] if i in known else None) for i, n in enumerate(order)},
        "step": step,
        "steps": steps,
        "active": gates[step - 2].label if step >= 2 else None,
        "caption": _caption(order, step, [n.data for n in order], grads[step]),
    }


STEP_NAMES = ("0 \u00b7 forward pass", "1 \u00b7 df/df = 1", "2 \u00b7 through the \u00d7 gate",
              "3 \u00b7 through the + gate")


class _Picture:
    """nnlib's draw_graph of the circuit, plus a ring that marks the gate at work."""

    def __init__(self):
        f, nodes = build_circuit(1.0, 1.0, 1.0)
        self.order = topological_order(f)
        positions = layout_graph(f)
        xs = [p[0] for p in positions.values()]
        ys = [p[1] for p in positions.values()]
        self.fig = new_figure(1.2 + 1.1 * (max(xs) - min(xs) + 2.0),
                              0.9 + 1.0 * (max(ys) - min(ys) + 1.0))
        ax = self.fig.add_axes([0.0, 0.0, 1.0, 1.0])
        draw_graph(f, ax=ax, fmt="{:g}")
        self.texts = self.fig.graph_artists
        self.gates = [n for n in reversed(self.order) if n.children]
        self.rings = []
        for j, gate in enumerate(self.gates):
            ring = Circle(positions[gate], GATE_RADIUS + 0.055, fill=False, lw=2.5,
                          edgecolor=ACTIVE_COLOR, zorder=2, gid=f"active{j}")
            ax.add_patch(ring)
            self.rings.append(ring)
        for i, node in enumerate(self.order):
            self.texts[node].value.set_gid(f"value{i}")
            self.texts[node].grad.set_gid(f"grad{i}")

    def moving_artists(self):
        return [*self.rings, *(t for n in self.order for t in (self.texts[n].value,
                                                                 self.texts[n].grad))]

    def show(self, state):
        for node in self.order:
            grad = state["grads"][node.label]
            self.texts[node].value.set_text(_num(state["values"][node.label]))
            self.texts[node].grad.set_text("?" if grad is None else _num(grad))
        for gate, ring in zip(self.gates, self.rings):
            ring.set_visible(gate.label == state["active"])


def circuit(x=-2.0, y=5.0, z=-4.0, step=None, mode=None):
    """The circuit interactive: x, y, z in [-5, 5] (steps of 1), a backward-step control.

    Starts at the lesson's numbers (-2, 5, -4) with the backward pass complete (or at
    `step`). Returns a live ipywidgets control, or a static HTML control when
    NNLIB_WIDGETS=static (the book build) or mode='static'.
    """
    start = circuit_state(x, y, z, step)
    idx = [_grid_index(v, name) for name, v in zip(NAMES, (x, y, z))]
    if widget_mode(mode) == "static":
        return _static(idx, start["step"])
    return CircuitWidget([GRID[i] for i in idx], start["step"])


def _grid_index(value, name):
    i = int(np.argmin(np.abs(GRID - value)))
    if abs(GRID[i] - value) > 1e-9:
        raise ValueError(f"{name} = {value} is not a slider position; use a whole number "
                         f"from {GRID[0]:g} to {GRID[-1]:g}")
    return i


class CircuitWidget:
    """The live control: ``.sliders`` maps 'x', 'y', 'z' to sliders, ``.step`` walks
    the backward pass, ``.picture`` holds the drawn graph, ``.readout`` the caption."""

    def __init__(self, xyz, step):
        import ipywidgets

        self.picture = _Picture()
        self.sliders = {n: float_slider(GRID, v, n) for n, v in zip(NAMES, xyz)}
        self.step = ipywidgets.IntSlider(value=step, min=0, max=len(STEP_NAMES) - 1,
                                         description="backward step",
                                         style={"description_width": "initial"})
        self.readout = ipywidgets.HTML()
        self.state = None
        self.update()
        self.renderer = BlitRenderer(self.picture.fig, self.picture.moving_artists())
        self.image = image_widget(self.renderer.render(), self.picture.fig)
        for w in [*self.sliders.values(), self.step]:
            w.observe(self.update, names="value")
        self.box = ipywidgets.VBox([ipywidgets.HBox(list(self.sliders.values())), self.step,
                                    self.image, self.readout])

    def update(self, change=None):
        x, y, z = (self.sliders[n].value for n in NAMES)
        self.state = circuit_state(x, y, z, self.step.value)
        self.picture.show(self.state)
        self.readout.value = f"<pre>{self.state['caption']}</pre>"
        if change is not None:
            self.image.value = self.renderer.render()

    def _repr_mimebundle_(self, **kwargs):
        return self.box._repr_mimebundle_(**kwargs)


def _static(idx, step):
    uid = static.new_uid("circuit")
    picture = _Picture()
    state = circuit_state(*(GRID[i] for i in idx), step)
    picture.show(state)
    svg = static.save_with_hidden(picture.fig, uid, picture.rings)

    values, grads = [], []
    for x in GRID:
        for y in GRID:
            for z in GRID:
                f, _ = build_circuit(x, y, z)
                order, gates, walk = backward_walk(f)
                values.append([_int(n.data) for n in order])
                grads.append([_int(g) for g in walk[-1]])
    order, gates, walk = backward_walk(build_circuit(1.0, 1.0, 1.0)[0])
    known = [_known(order, gates, k) for k in range(len(walk))]
    active = [None, None] + list(range(len(gates)))
    payload = {"gy": len(GRID), "gz": len(GRID), "values": values, "grads": grads,
               "known": known, "active": active, "ngates": len(gates),
               "labels": [n.label for n in order], "captions": _caption_templates(order)}
    controls = [static.Slider(n, n, tuple(GRID), i, fmt="{:g}") for n, i in zip(NAMES, idx)]
    controls.append(static.Stepper("step", STEP_NAMES, step))
    return static.assemble(
        "circuit", uid, title="The circuit f = (x + y) \u00b7 z: move x, y, z; step through the backward pass",
        controls=controls, svg=svg, payload=payload, readout=state["caption"])


def _caption_templates(order):
    """The captions of every step with {v<i>} / {g<i>} where node i's value / gradient
    goes (filled in by the page's script)."""
    i = {n.label: k for k, n in enumerate(order)}
    return [
        "forward pass: q = x + y = {v%d}, f = q \u00b7 z = {v%d}; gradients not computed yet (?)"
        % (i["q"], i["f"]),
        "backward pass starts at the output: df/df = 1",
        "multiply gate f = q\u00b7z: local gradients z = {v%d} and q = {v%d}, times upstream 1 "
        "\u2192 df/dq = {g%d}, df/dz = {g%d}" % (i["z"], i["q"], i["q"], i["z"]),
        "add gate q = x + y: local gradients 1 and 1, times upstream {g%d} "
        "\u2192 df/dx = {g%d}, df/dy = {g%d}" % (i["q"], i["x"], i["y"]),
    ]


def _int(v):
    """Whole numbers as ints in the JSON (shorter), others rounded."""
    v = float(v) + 0.0
    return int(v) if v.is_integer() else round(v, 4)
