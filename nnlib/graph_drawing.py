"""Draw a Value graph as a circuit, CS231n style, with matplotlib only (no Graphviz).

Inputs sit on the left, the output on the right. Every node has a short wire leaving
it on the right: its forward value is written above that wire (green) and its
gradient below (red). Each operation is a round gate showing its op, e.g. '+' or '*'.
"""

from __future__ import annotations

from dataclasses import dataclass

import matplotlib.pyplot as plt
from matplotlib.patches import Circle

from .number_text import number_text
from .value import topological_order

VALUE_COLOR = "#1a9641"  # green: forward values
GRAD_COLOR = "#d7191c"  # red: gradients
GATE_RADIUS = 0.28
COLUMN_WIDTH = 1.8
WIRE_LENGTH = (
    1.0  # the wire on the right of each node that carries its numbers
)


@dataclass
class NodeArtists:
    """The matplotlib texts drawn for one node, so a figure can be updated in place."""

    value: plt.Text
    grad: plt.Text
    symbol: plt.Text | None  # the op inside a gate; None for an input
    name: plt.Text | None  # the node's label, if it has one


def layout_graph(root, inputs_left=True):
    """Positions {node: (x, y)} for drawing the graph under ``root``.

    An operation goes in the column of its longest path to the root counted from the
    right, so the root is in the last column. Inputs (leaves) go in column 0, or with
    ``inputs_left=False`` just left of the first gate that uses them.
    Inputs are spread evenly from top to bottom in the order the graph first reaches
    them; each gate sits at the mean height of its inputs, nudged so that no two
    nodes in a column overlap.
    """
    order = topological_order(root)
    depth = {root: 0}  # longest path from the root
    for node in reversed(order):
        for child in node.children:
            depth[child] = max(depth.get(child, 0), depth[node] + 1)
    last_column = max(depth.values())
    column = {node: last_column - depth[node] for node in order}
    if inputs_left:
        column.update({node: 0 for node in order if not node.children})

    leaves = [node for node in _first_visit_order(root) if not node.children]
    y = {leaf: -float(i) for i, leaf in enumerate(leaves)}
    for node in order:  # children before parents
        if node.children:
            y[node] = sum(y[child] for child in node.children) / len(
                node.children
            )

    for col in set(
        column.values()
    ):  # keep at least one unit between nodes of a column
        nodes = sorted(
            (n for n in order if column[n] == col), key=lambda n: -y[n]
        )
        for above, below in zip(nodes, nodes[1:]):
            y[below] = min(y[below], y[above] - 1.0)
    return {node: (column[node] * COLUMN_WIDTH, y[node]) for node in order}


def draw_graph(root, ax=None, fmt="{:.2f}", fontsize=11, inputs_left=True):
    """Draw the graph under ``root`` with every node's value (above) and gradient (below).

    Draws into ``ax`` if given; ``inputs_left`` as in layout_graph. Returns the
    matplotlib Figure. ``fig.graph_artists`` maps each node to its NodeArtists, and
    ``update_graph(fig, new_root)`` rewrites the numbers in place.
    """
    positions = layout_graph(root, inputs_left)
    if ax is None:
        xs = [x for x, _ in positions.values()]
        ys = [y for _, y in positions.values()]
        width = 1.2 + 1.1 * (max(xs) - min(xs) + WIRE_LENGTH + 1.0)
        height = 0.9 + 1.0 * (max(ys) - min(ys) + 1.0)
        fig, ax = plt.subplots(figsize=(width, height))
    fig = ax.figure

    artists = {}
    for node, (x, y) in positions.items():
        artists[node] = _draw_node(ax, node, x, y, positions, fmt, fontsize)

    ax.set_aspect("equal")
    ax.axis("off")
    ax.autoscale_view()
    xs = [x for x, _ in positions.values()]
    ys = [y for _, y in positions.values()]
    ax.set_xlim(min(xs) - 0.9, max(xs) + WIRE_LENGTH + 0.7)
    ax.set_ylim(min(ys) - 0.6, max(ys) + 0.6)
    fig.graph_artists = artists
    fig.graph_format = fmt
    return fig


def update_graph(fig, root):
    """Rewrite the numbers of a figure from ``draw_graph`` with those of ``root``.

    ``root`` may be the same graph after a new backward pass, or a new graph of the
    same shape (same ops in the same order); no redrawing of shapes is needed.
    """
    drawn = list(fig.graph_artists.items())
    nodes = topological_order(root)
    if [n.op for n in nodes] != [n.op for n, _ in drawn]:
        raise ValueError(
            "update_graph needs a graph with the same operations as the drawn one"
        )
    for node, (_, texts) in zip(nodes, drawn):
        texts.value.set_text(number_text(node.data, fig.graph_format))
        texts.grad.set_text(number_text(node.grad, fig.graph_format))
    fig.graph_artists = {
        node: texts for node, (_, texts) in zip(nodes, drawn)
    }


def _draw_node(ax, node, x, y, positions, fmt, fontsize):
    """Draw one node: its gate (or input name), its outgoing wire and its two numbers."""
    symbol = name = None
    if node.children:
        ax.add_patch(
            Circle(
                (x, y),
                GATE_RADIUS,
                facecolor="white",
                edgecolor="black",
                linewidth=1.4,
                zorder=3,
            )
        )
        symbol = ax.text(
            x,
            y,
            node.op,
            ha="center",
            va="center",
            zorder=4,
            fontsize=fontsize if len(node.op) <= 2 else fontsize - 3,
        )
        if node.label:
            name = ax.text(
                x,
                y + GATE_RADIUS + 0.08,
                node.label,
                ha="center",
                va="bottom",
                fontsize=fontsize - 1,
                style="italic",
                color="0.35",
            )
        for i, child in enumerate(
            node.children
        ):  # from the end of each input's wire
            cx, cy = positions[child]
            entry = y + 0.4 * GATE_RADIUS * (
                1 - 2 * i / max(len(node.children) - 1, 1)
            )
            ax.plot(
                [cx + WIRE_LENGTH, x],
                [cy, entry],
                color="black",
                linewidth=1.2,
                zorder=1,
            )
    else:
        name = ax.text(
            x - 0.1,
            y,
            node.label,
            ha="right",
            va="center",
            fontsize=fontsize + 1,
            style="italic",
        )

    ax.plot(
        [x, x + WIRE_LENGTH], [y, y], color="black", linewidth=1.2, zorder=1
    )
    middle = (
        x + (GATE_RADIUS + WIRE_LENGTH) / 2
        if node.children
        else x + WIRE_LENGTH / 2
    )
    value = ax.text(
        middle,
        y + 0.07,
        number_text(node.data, fmt),
        ha="center",
        va="bottom",
        color=VALUE_COLOR,
        fontsize=fontsize,
        fontweight="bold",
    )
    grad = ax.text(
        middle,
        y - 0.07,
        number_text(node.grad, fmt),
        ha="center",
        va="top",
        color=GRAD_COLOR,
        fontsize=fontsize,
        fontweight="bold",
    )
    return NodeArtists(value=value, grad=grad, symbol=symbol, name=name)


def _first_visit_order(root):
    """Nodes in the order a depth-first walk from the root first meets them."""
    order, seen, stack = [], set(), [root]
    while stack:
        node = stack.pop()
        if node not in seen:
            seen.add(node)
            order.append(node)
            stack.extend(reversed(node.children))
    return order
