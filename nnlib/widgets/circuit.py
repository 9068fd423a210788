"""The circuit f = (x + y) * z: forward values and gradients on the drawn graph, and
the backward pass walked one gate at a time.

The widget opens at step 0 (the forward pass, no gradient known yet) and goes back to
step 0 whenever an input moves: the reader predicts each gradient before stepping.

The numbers come from nnlib's Value graph: the step-by-step walk runs the graph's
own per-gate backward functions, in the order Value.backward runs them.
"""

from __future__ import annotations

import numpy as np

from ..graph_drawing import GATE_RADIUS, WIRE_LENGTH, layout_graph
from ..value import Value, topological_order
from . import _front
from ._mode import widget_mode

GRID = np.arange(-5.0, 5.0 + 1e-9, 1.0)  # slider positions for x, y and z
NAMES = ("x", "y", "z")


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


def _known(order, gates, step):
    """Indices of nodes whose gradient is known after `step` (see backward_walk)."""
    if step == 0:
        return []
    known = (
        {len(order) - 1} if order else set()
    )  # the root is last in topological order
    for gate in gates[: step - 1]:
        known.update(order.index(child) for child in gate.children)
    return sorted(known)


def circuit_state(x, y, z, step=None) -> dict:
    """Forward values and gradients of f = (x + y) * z after `step` of the backward walk.

    step: 0 forward only, 1 seeds df/df = 1, 2 through the multiply gate, 3 through the
    add gate (= the full backward pass, also the default None).
    Returns a dict with 'values' and 'grads' ({'x', 'y', 'z', 'q', 'f'} -> float; a
    gradient not yet known at this step is None), 'step', 'steps' (how many there
    are) and 'active' (label of the gate just processed, or None).
    """
    for name, v in zip(NAMES, (x, y, z)):
        if isinstance(v, bool) or not isinstance(
            v, (int, float, np.integer, np.floating)
        ):
            raise TypeError(
                f"{name} must be a number, got {type(v).__name__}: {v!r}"
            )
    f, _ = build_circuit(float(x), float(y), float(z))
    order, gates, grads = backward_walk(f)
    steps = len(grads)
    step = steps - 1 if step is None else int(step)
    if not 0 <= step < steps:
        raise ValueError(
            f"step must be between 0 and {steps - 1}, got {step}"
        )
    known = set(_known(order, gates, step))
    return {
        "values": {n.label: n.data for n in order},
        "grads": {
            n.label: (grads[step][i] if i in known else None)
            for i, n in enumerate(order)
        },
        "step": step,
        "steps": steps,
        "active": gates[step - 2].label if step >= 2 else None,
    }


STEP_NAMES = (
    "step 0 of 3: forward pass",
    "step 1 of 3: df/df = 1",
    "step 2 of 3: through the \u00d7 gate",
    "step 3 of 3: through the + gate",
)


def circuit(x=-2.0, y=5.0, z=-4.0, step=0, mode=None):
    """The circuit interactive: x, y, z in [-5, 5] (steps of 1), Back / Next buttons
    that walk the backward pass.

    Starts at the lesson's numbers (-2, 5, -4) and at step 0: the forward pass, no
    gradient shown. Returns an anywidget in Jupyter (``.positions``, ``.state``), or
    a static HTML control when NNLIB_WIDGETS=static (the book build) or mode='static'.
    """
    start = circuit_state(x, y, z, step)
    positions = {
        name: _grid_index(v, name) for name, v in zip(NAMES, (x, y, z))
    }
    positions["step"] = start["step"]
    data = picture_data()
    if widget_mode(mode) == "static":
        return _front.static("circuit", data, positions)
    return _front.live(
        "circuit",
        data,
        positions,
        lambda p: circuit_state(*(GRID[p[n]] for n in NAMES), p["step"]),
    )


def _grid_index(value, name):
    i = int(np.argmin(np.abs(GRID - value)))
    if abs(GRID[i] - value) > 1e-9:
        raise ValueError(
            f"{name} = {value} is not a slider position; use a whole number "
            f"from {GRID[0]:g} to {GRID[-1]:g}"
        )
    return i


def picture_data() -> dict:
    """What widget.js needs: the graph's layout (nnlib's layout_graph), and for every
    (x, y, z) on the grid every node's value and gradient (from Value.backward's own
    gate rules), plus which gradients are known and which gate works at each step."""
    f, _ = build_circuit(1.0, 1.0, 1.0)
    order, gates, walk = backward_walk(f)
    positions = layout_graph(f)
    index = {n: i for i, n in enumerate(order)}
    parent = [None] * len(order)
    for gate in gates:
        for child in gate.children:
            parent[index[child]] = index[gate]
    values, grads = [], []
    for x in GRID:
        for y in GRID:
            for z in GRID:
                root, _ = build_circuit(x, y, z)
                nodes, _, snapshots = backward_walk(root)
                values.append([_int(n.data) for n in nodes])
                grads.append([_int(g) for g in snapshots[-1]])
    return {
        "title": "The circuit f = (x + y) \u00b7 z: move x, y, z, then step through the "
        "backward pass",
        "controls": [
            *(_front.slider(n, n, GRID, decimals=None) for n in NAMES),
            _front.stepper("step", "backward pass", STEP_NAMES),
        ],
        "nodes": [
            {
                "label": n.label,
                "op": n.op if n.children else "",
                "x": positions[n][0],
                "y": positions[n][1],
            }
            for n in order
        ],
        "parent": parent,
        "radius": GATE_RADIUS,
        "wire": WIRE_LENGTH,
        "sizes": [len(GRID)] * 3,
        "values": values,
        "grads": grads,
        "known": [_known(order, gates, k) for k in range(len(walk))],
        "active": [None, None] + [index[g] for g in gates],
        "captions": _caption_templates(order),
    }


def _caption_templates(order):
    """The sentence of every step, with {v<i>} / {g<i>} where node i's value / gradient
    goes (widget.js writes the numbers in)."""
    i = {n.label: k for k, n in enumerate(order)}

    def v(label):
        return "{v" + str(i[label]) + "}"

    def g(label):
        return "{g" + str(i[label]) + "}"

    return [
        f"forward pass: q = x + y = {v('q')}, f = q \u00b7 z = {v('f')}. No gradient is known "
        "yet ([?]): predict them, then press Next.",
        "backward pass starts at the output: df/df = 1",
        f"multiply gate f = q\u00b7z: local gradients z = {v('z')} and q = {v('q')}, times "
        f"upstream 1 \u2192 df/dq = {g('q')}, df/dz = {g('z')}",
        f"add gate q = x + y: local gradients 1 and 1, times upstream {g('q')} "
        f"\u2192 df/dx = {g('x')}, df/dy = {g('y')}",
    ]


def _int(v):
    """Whole numbers as ints in the JSON (shorter), others rounded."""
    v = float(v) + 0.0
    return int(v) if v.is_integer() else round(v, 4)
