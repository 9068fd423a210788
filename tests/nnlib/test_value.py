"""The scalar autograd engine: the seeds' circuits exactly, and every op against
centred differences."""

import math

import numpy as np
import pytest

from nnlib import Value, numerical_gradient, rel_error, topological_order


def circuit(x, y, z):
    """The lesson's circuit f = (x + y) * z."""
    q = x + y
    return q, q * z


@pytest.mark.parametrize(
    "inputs, q_expected, f_expected, grads_expected",
    [
        ((-2, 5, -4), 3, -12, [-4, -4, 3]),  # the lesson's worked example
        ((3, -1, 2), 2, 4, [2, 2, 2]),
    ],  # Part B of the practice page
)
def test_seed_circuits_exact(inputs, q_expected, f_expected, grads_expected):
    x, y, z = (Value(v, label) for v, label in zip(inputs, "xyz"))
    q, f = circuit(x, y, z)
    f.backward()
    assert (q.data, f.data) == (q_expected, f_expected)
    assert [x.grad, y.grad, z.grad] == grads_expected
    assert f.grad == 1.0 and q.grad == z.data  # the multiply gate hands z back to q


def test_part_b_finite_difference():
    _, f = circuit(Value(3.01), Value(-1), Value(2))
    assert f.data == pytest.approx(4.02, abs=1e-12)


def check_gradient(build, x):
    """Backprop gradients of build(*leaves) against numerical_gradient, in float64."""
    leaves = [Value(v) for v in x]
    build(*leaves).backward()
    analytic = np.array([leaf.grad for leaf in leaves])
    numeric = numerical_gradient(lambda a: build(*(Value(v) for v in a)).data, x.copy())
    error = rel_error(analytic, numeric)
    assert error < 1e-7, f"relative error {error:.2e}: analytic {analytic}, numeric {numeric}"


OPS = {
    "add": lambda a, b: a + b,
    "add constant": lambda a, b: 3.5 + a + b * 1.5,
    "sub": lambda a, b: a - b,
    "rsub": lambda a, b: 2.0 - a * b,
    "neg": lambda a, b: -a * b,
    "mul": lambda a, b: a * b,
    "div": lambda a, b: a / b,
    "div constant": lambda a, b: (a * b) / 3.0,
    "rdiv": lambda a, b: 2.0 / (a * b),
    "pow 2": lambda a, b: (a * b) ** 2,
    "pow 3": lambda a, b: a**3 + b,
    "pow -1.5": lambda a, b: a**-1.5 * b,
    "relu positive": lambda a, b: (a * b).relu() * b,
    "relu negative": lambda a, b: (-(a * b)).relu() + a,
    "max": lambda a, b: a.max(b) * a,
    "max other wins": lambda a, b: (a * 0.1).max(b) * a,
    "exp": lambda a, b: (a * b).exp(),
    "log": lambda a, b: (a * b).log(),
    "tanh": lambda a, b: (a * b).tanh(),
    "reuse": lambda a, b: a * a + a * b + b.tanh() * a,
    "sigmoid neuron": lambda a, b: 1 / (1 + (-(a * 2.0 - b * 3.0 + 0.5)).exp()),
}


@pytest.mark.parametrize("name", OPS)
def test_op_gradients_match_numerical(name, rng):
    x = rng.uniform(0.5, 2.0, size=2) * np.array([1.0, 1.3])  # positive, unequal
    check_gradient(OPS[name], x)


def test_signs_and_many_inputs(rng):
    x = rng.uniform(0.5, 1.5, size=6) * np.array([1, -1, 1, -1, 1, -1])

    def neuron(w0, x0, w1, x1, b, c):
        return (0.3 * (w0 * x0 + w1 * x1 + b)).tanh() * c + (w0 - c).relu() + w1.max(x1) * b

    check_gradient(neuron, x)


def test_gradients_accumulate_when_a_value_is_used_twice():
    a = Value(3.0, "a")
    f = a * a + a  # df/da = 2a + 1
    f.backward()
    assert a.grad == 7.0
    b = Value(-2.0)
    g = b + b
    g.backward()
    assert b.grad == 2.0


def test_max_routes_gradient_to_the_larger_input():
    a, b = Value(2.0), Value(5.0)
    m = a.max(b)
    m.backward()
    assert (m.data, a.grad, b.grad, m.op) == (5.0, 0.0, 1.0, "max")


def test_relu_gradient_is_zero_below_zero():
    a = Value(-0.5)
    r = a.relu()
    r.backward()
    assert (r.data, a.grad) == (0.0, 0.0)


def test_ops_are_recorded_for_drawing():
    x, y = Value(1.0, "x"), Value(2.0, "y")
    assert (x + y).op == "+" and (x * y).op == "*" and (x**2).op == "**2"
    assert x.relu().op == "relu" and x.exp().op == "exp" and x.op == ""
    s = x + y
    assert s.children == (x, y) and x.children == ()


def test_topological_order_lists_children_first():
    x, y, z = Value(1.0), Value(2.0), Value(3.0)
    q = x + y
    f = q * z + q
    order = topological_order(f)
    assert len(order) == len(set(order)) == 6  # x, y, q, z, q*z, f: each once
    position = {node: i for i, node in enumerate(order)}
    for node in order:
        for child in node.children:
            assert position[child] < position[node]
    assert order[-1] is f


def test_deep_graph_needs_no_recursion():
    x = Value(0.5)
    out = x
    for _ in range(5000):
        out = out * 1.0 + 0.0
    out.backward()
    assert x.grad == 1.0


def test_clear_errors():
    with pytest.raises(TypeError, match="real number"):
        Value("3")
    with pytest.raises(TypeError, match="constant"):
        Value(2.0) ** Value(2.0)
    with pytest.raises(ValueError, match="positive"):
        Value(-1.0).log()


def test_exp_and_tanh_values():
    assert Value(1.0).exp().data == math.e
    assert Value(0.3).tanh().data == math.tanh(0.3)
