"""The gradient checker: right on known functions, restores its input, and rejects a
wrong backward pass."""

import numpy as np
import pytest

from nnlib import Value, linear_forward, numerical_gradient, rel_error, relu_forward


def test_known_gradient(rng):
    x = rng.standard_normal((3, 4))
    grad = numerical_gradient(lambda a: np.sum(a**3) + np.sum(np.sin(a)), x)
    assert rel_error(grad, 3 * x**2 + np.cos(x)) < 1e-7


def test_restores_x_even_when_f_fails(rng):
    x = rng.standard_normal(5)
    kept = x.copy()
    numerical_gradient(lambda a: np.sum(a**2), x)
    np.testing.assert_array_equal(x, kept)

    def explodes(a):
        if a[2] != kept[2]:
            raise RuntimeError("boom")
        return 0.0

    with pytest.raises(RuntimeError):
        numerical_gradient(explodes, x)
    np.testing.assert_array_equal(x, kept)


def test_clear_error_on_integer_input():
    with pytest.raises(TypeError, match="float"):
        numerical_gradient(lambda a: a.sum(), np.arange(3))


def test_rel_error():
    assert rel_error([1.0, 2.0], [1.0, 2.0]) == 0.0
    assert rel_error([1.0], [3.0]) == pytest.approx(0.5)
    assert rel_error([0.0], [0.0]) == 0.0
    with pytest.raises(ValueError, match="equal shapes"):
        rel_error([1.0], [1.0, 2.0])


def test_rejects_a_multiply_gate_that_forgets_to_swap(rng):
    a_val, b_val = rng.uniform(0.5, 1.0), rng.uniform(2.0, 3.0)  # clearly unequal
    a, b = Value(a_val), Value(b_val)
    out = a * b

    def wrong_backward():  # the classic slip: d(ab)/da taken as a instead of b
        a.grad += a.data * out.grad
        b.grad += b.data * out.grad

    out._backward = wrong_backward
    out.backward()
    numeric = numerical_gradient(lambda x: x[0] * x[1], np.array([a_val, b_val]))
    assert rel_error([a.grad, b.grad], numeric) > 1e-2


def test_rejects_a_linear_backward_that_averages_the_bias(rng):
    X, W, b = rng.standard_normal((4, 5)), rng.standard_normal((3, 5)), rng.standard_normal(3)
    dout = rng.standard_normal((4, 3))
    wrong_db = dout.mean(axis=0)  # should be a sum over the batch
    numeric = numerical_gradient(lambda b_: np.sum(linear_forward(X, W, b_)[0] * dout), b)
    assert rel_error(wrong_db, numeric) > 1e-2


def test_rejects_a_relu_backward_that_ignores_the_upstream_gradient(rng):
    X = rng.standard_normal((4, 5))
    dout = rng.standard_normal((4, 5))
    wrong_dX = (X > 0).astype(float)  # the local gradient alone, never multiplied by dout
    numeric = numerical_gradient(lambda X_: np.sum(relu_forward(X_)[0] * dout), X)
    assert rel_error(wrong_dX, numeric) > 1e-2
