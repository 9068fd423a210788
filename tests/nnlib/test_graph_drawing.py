"""draw_graph: one labelled gate per operation, every value above and every gradient
below its wire, and in-place updates."""

import numpy as np
import pytest
from matplotlib.figure import Figure
from matplotlib.patches import Circle

from nnlib import Value, draw_graph, layout_graph, topological_order, update_graph
from nnlib.graph_drawing import GRAD_COLOR, VALUE_COLOR


def lesson_circuit(x=-2.0, y=5.0, z=-4.0):
    x, y, z = Value(x, "x"), Value(y, "y"), Value(z, "z")
    q = x + y
    q.label = "q"
    f = q * z
    f.label = "f"
    f.backward()
    return f


def texts_of(fig):
    return [t for ax in fig.axes for t in ax.texts]


def test_one_labelled_gate_per_operation():
    f = lesson_circuit()
    fig = draw_graph(f)
    assert isinstance(fig, Figure)
    ax = fig.axes[0]
    nodes = topological_order(f)
    ops = [n for n in nodes if n.op]
    gates = [p for p in ax.patches if isinstance(p, Circle)]
    assert len(gates) == len(ops) == 2
    symbols = [fig.graph_artists[n].symbol.get_text() for n in ops]
    assert sorted(symbols) == ["*", "+"]
    for gate_node in ops:  # the op symbol sits inside its gate
        symbol = fig.graph_artists[gate_node].symbol
        assert any(np.allclose(g.center, symbol.get_position()) for g in gates)
    leaf_names = sorted(fig.graph_artists[n].name.get_text() for n in nodes if not n.op)
    assert leaf_names == ["x", "y", "z"]


def test_values_above_in_green_gradients_below_in_red():
    f = lesson_circuit()
    fig = draw_graph(f)
    numbers = {n.label: (a.value, a.grad) for n, a in fig.graph_artists.items()}
    expected = {"x": ("\u22122.00", "\u22124.00"), "y": ("5.00", "\u22124.00"),
                "z": ("\u22124.00", "3.00"), "q": ("3.00", "\u22124.00"), "f": ("\u221212.00", "1.00")}
    for label, (value_text, grad_text) in expected.items():
        value, grad = numbers[label]
        assert (value.get_text(), grad.get_text()) == (value_text, grad_text)
        assert value.get_position()[1] > grad.get_position()[1]
        assert value.get_color() == VALUE_COLOR and grad.get_color() == GRAD_COLOR


def test_layout_inputs_left_output_right():
    f = lesson_circuit()
    pos = layout_graph(f)
    by_label = {n.label: p for n, p in pos.items()}
    assert by_label["x"][0] == by_label["y"][0] == by_label["z"][0] < by_label["q"][0] < by_label["f"][0]
    assert by_label["x"][1] > by_label["y"][1] > by_label["z"][1]  # spread top to bottom
    ys_per_column = {}
    for x, y in pos.values():
        ys_per_column.setdefault(x, []).append(y)
    for ys in ys_per_column.values():  # no two nodes of a column overlap
        ys = sorted(ys)
        assert all(b - a >= 1.0 for a, b in zip(ys, ys[1:]))


def test_inputs_next_to_their_gate():
    x, w, b = Value(2.0, "x"), Value(-1.0, "w"), Value(0.5, "b")
    out = (x * w + b).relu()
    pos = layout_graph(out, inputs_left=False)
    assert pos[b][0] > pos[x][0]


def test_update_in_place():
    fig = draw_graph(lesson_circuit())
    texts_before = texts_of(fig)
    update_graph(fig, lesson_circuit(3.0, -1.0, 2.0))  # Part B's numbers
    assert texts_of(fig) == texts_before  # same artists, new text
    numbers = {n.label: (a.value.get_text(), a.grad.get_text()) for n, a in fig.graph_artists.items()}
    assert numbers["f"] == ("4.00", "1.00") and numbers["x"] == ("3.00", "2.00")
    with pytest.raises(ValueError, match="same operations"):
        update_graph(fig, Value(1.0) * Value(2.0))


def test_draws_into_a_given_axes_and_bigger_graphs():
    import matplotlib.pyplot as plt
    fig, ax = plt.subplots()
    a = Value(1.5, "a")
    out = (a * a + a.relu()).max(Value(0.5, "c")).tanh() ** 2
    out.backward()
    assert draw_graph(out, ax=ax) is fig
    assert sum(isinstance(p, Circle) for p in ax.patches) == 6  # *, relu, +, max, tanh, **2
