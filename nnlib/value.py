"""A scalar computational graph with reverse-mode autodiff, in the style of micrograd.

Each operation builds its output node and a small closure, ``_backward``, that knows
the operation's local gradients. ``Value.backward`` sorts the graph once and calls
those closures from the output back to the inputs (the chain rule, gate by gate).
"""

from __future__ import annotations

import math
from numbers import Real


class Value:
    """One scalar in a computational graph.

    Attributes:
    - data: the forward value (float)
    - grad: d(output)/d(this node), filled in by ``backward()`` (float)
    - op: the operation that made this node ('' for an input, e.g. '+', '*', 'relu')
    - children: the nodes this one was computed from (tuple of Value)
    - label: a name for drawings, e.g. 'x'
    """

    def __init__(self, data, label="", *, children=(), op=""):
        if isinstance(data, Value) or not isinstance(data, Real):
            raise TypeError(
                f"Value needs a real number, got {type(data).__name__}: {data!r}"
            )
        self.data = float(data)
        self.grad = 0.0
        self.label = label
        self.op = op
        self.children = tuple(children)
        self._backward = lambda: None

    def __repr__(self):
        name = f", label={self.label!r}" if self.label else ""
        return f"Value(data={self.data:.6g}, grad={self.grad:.6g}{name})"

    # --- gates -------------------------------------------------------------------

    def __add__(self, other):
        other = as_value(other)
        out = Value(self.data + other.data, children=(self, other), op="+")

        def _backward():
            # an add gate hands the upstream gradient to both inputs unchanged
            self.grad += out.grad
            other.grad += out.grad

        out._backward = _backward
        return out

    def __mul__(self, other):
        other = as_value(other)
        out = Value(self.data * other.data, children=(self, other), op="*")

        def _backward():
            # a multiply gate swaps its inputs: d(xy)/dx = y, d(xy)/dy = x
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad

        out._backward = _backward
        return out

    def __pow__(self, exponent):
        if not isinstance(exponent, Real):
            raise TypeError(
                "Value ** k needs a constant number k, not a Value"
            )
        out = Value(
            self.data**exponent, children=(self,), op=f"**{exponent:g}"
        )

        def _backward():
            self.grad += exponent * self.data ** (exponent - 1) * out.grad

        out._backward = _backward
        return out

    def max(self, other):
        other = as_value(other)
        winner = self if self.data >= other.data else other
        out = Value(winner.data, children=(self, other), op="max")

        def _backward():
            # a max gate routes the whole gradient to the larger input
            winner.grad += out.grad

        out._backward = _backward
        return out

    def relu(self):
        out = Value(max(self.data, 0.0), children=(self,), op="relu")

        def _backward():
            self.grad += (self.data > 0) * out.grad

        out._backward = _backward
        return out

    def exp(self):
        out = Value(math.exp(self.data), children=(self,), op="exp")

        def _backward():
            self.grad += out.data * out.grad  # d(e^x)/dx = e^x

        out._backward = _backward
        return out

    def log(self):
        if self.data <= 0:
            raise ValueError(f"log needs a positive number, got {self.data}")
        out = Value(math.log(self.data), children=(self,), op="log")

        def _backward():
            self.grad += out.grad / self.data

        out._backward = _backward
        return out

    def tanh(self):
        out = Value(math.tanh(self.data), children=(self,), op="tanh")

        def _backward():
            self.grad += (1.0 - out.data**2) * out.grad

        out._backward = _backward
        return out

    # --- the rest are built from the gates above -----------------------------------

    def __neg__(self):
        return self * -1

    def __sub__(self, other):
        return self + (-other)

    def __truediv__(self, other):
        if isinstance(other, Value):
            return self * other**-1
        return self * (1.0 / other)

    def __radd__(self, other):
        return self + other

    def __rmul__(self, other):
        return self * other

    def __rsub__(self, other):
        return as_value(other) - self

    def __rtruediv__(self, other):
        return as_value(other) * self**-1

    # --- backpropagation --------------------------------------------------------

    def backward(self):
        """Fill in ``.grad`` of every node below this one with d(self)/d(node).

        Gradients accumulate (+=): a node used twice receives both contributions.
        """
        self.grad = 1.0
        for node in reversed(topological_order(self)):
            node._backward()


def as_value(x):
    """Wrap a plain number as a constant leaf; pass a Value through."""
    if isinstance(x, Value):
        return x
    constant = Value(x)
    constant.label = f"{constant.data:g}"
    return constant


def topological_order(root):
    """Every node of the graph under ``root``, each listed after all of its children.

    Walking the list backwards visits each node before anything it was computed from,
    which is the order the chain rule needs.
    """
    order, seen = [], set()
    stack = [(root, False)]
    while (
        stack
    ):  # a depth-first search without recursion, so deep graphs are fine
        node, children_done = stack.pop()
        if children_done:
            order.append(node)
        elif node not in seen:
            seen.add(node)
            stack.append((node, True))
            stack.extend((child, False) for child in reversed(node.children))
    return order
