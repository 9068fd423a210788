"""Vectorised layers: gradients against centred differences, shapes, and no mutation."""

import numpy as np
import pytest

from nnlib import (
    linear_backward,
    linear_forward,
    numerical_gradient,
    rel_error,
    relu_backward,
    relu_forward,
)


def numerical_layer_gradient(forward, x, dout):
    """d(sum(forward(x) * dout))/dx: the gradient a backward pass should return."""
    return numerical_gradient(lambda x_: np.sum(forward(x_) * dout), x)


@pytest.fixture
def linear_inputs(rng):
    N, D, M = 4, 5, 3
    return (
        rng.standard_normal((N, D)),
        rng.standard_normal((M, D)),
        rng.standard_normal(M),
        rng.standard_normal((N, M)),
    )


def test_linear_forward_values(linear_inputs):
    X, W, b, _ = linear_inputs
    out, _ = linear_forward(X, W, b)
    expected = np.array([[W[m] @ X[n] + b[m] for m in range(3)] for n in range(4)])
    assert out.shape == (4, 3)
    np.testing.assert_allclose(out, expected, rtol=1e-12)


def test_linear_backward_matches_numerical(linear_inputs):
    X, W, b, dout = linear_inputs
    _, cache = linear_forward(X, W, b)
    dX, dW, db = linear_backward(dout, cache)
    assert (
        rel_error(dX, numerical_layer_gradient(lambda X_: linear_forward(X_, W, b)[0], X, dout))
        < 1e-7
    )
    assert (
        rel_error(dW, numerical_layer_gradient(lambda W_: linear_forward(X, W_, b)[0], W, dout))
        < 1e-7
    )
    assert (
        rel_error(db, numerical_layer_gradient(lambda b_: linear_forward(X, W, b_)[0], b, dout))
        < 1e-7
    )
    assert (dX.shape, dW.shape, db.shape) == (X.shape, W.shape, b.shape)


def test_linear_backward_can_skip_the_input_gradient(linear_inputs):
    X, W, b, dout = linear_inputs
    _, cache = linear_forward(X, W, b)
    dX, dW, db = linear_backward(dout, cache, input_grad=False)
    _, dW_full, db_full = linear_backward(dout, cache)
    assert dX is None
    np.testing.assert_array_equal(dW, dW_full)
    np.testing.assert_array_equal(db, db_full)


def test_relu_backward_matches_numerical(rng):
    X = rng.standard_normal((5, 6))
    X[np.abs(X) < 1e-3] = 0.5  # stay clear of the kink, where no derivative exists
    dout = rng.standard_normal(X.shape)
    out, cache = relu_forward(X)
    np.testing.assert_array_equal(out, np.where(X > 0, X, 0))
    dX = relu_backward(dout, cache)
    assert rel_error(dX, numerical_layer_gradient(lambda X_: relu_forward(X_)[0], X, dout)) < 1e-7


def test_backward_does_not_mutate_dout(linear_inputs, rng):
    X, W, b, dout = linear_inputs
    kept = dout.copy()
    _, cache = linear_forward(X, W, b)
    linear_backward(dout, cache)
    np.testing.assert_array_equal(dout, kept)

    Z = rng.standard_normal((4, 3))
    relu_backward(dout, relu_forward(Z)[1])
    np.testing.assert_array_equal(dout, kept)


def test_forward_does_not_mutate_inputs(linear_inputs):
    X, W, b, _ = linear_inputs
    kept = [a.copy() for a in (X, W, b)]
    linear_forward(X, W, b)
    relu_forward(X)
    for before, after in zip(kept, (X, W, b)):
        np.testing.assert_array_equal(before, after)


def test_float32_stays_float32(linear_inputs):
    X, W, b, dout = (a.astype(np.float32) for a in linear_inputs)
    out, cache = linear_forward(X, W, b)
    grads = linear_backward(dout, cache)
    relu_out, relu_cache = relu_forward(out)
    assert out.dtype == relu_out.dtype == relu_backward(dout, relu_cache).dtype == np.float32
    assert all(g.dtype == np.float32 for g in grads)


def test_wrong_shapes_name_the_expected_shape(rng):
    X, W, b = rng.standard_normal((4, 5)), rng.standard_normal((3, 5)), rng.standard_normal(3)
    with pytest.raises(ValueError, match=r"X must have shape \(N, 5\), got \(4, 6\)"):
        linear_forward(rng.standard_normal((4, 6)), W, b)
    with pytest.raises(ValueError, match=r"b must have shape \(3,\), got \(4,\)"):
        linear_forward(X, W, rng.standard_normal(4))
    with pytest.raises(ValueError, match=r"X must have shape \(N, 5\), got \(5,\)"):
        linear_forward(X[0], W, b)
    _, cache = linear_forward(X, W, b)
    with pytest.raises(ValueError, match=r"dout must have shape \(4, 3\), got \(3, 4\)"):
        linear_backward(rng.standard_normal((3, 4)), cache)
    with pytest.raises(ValueError, match=r"dout must have shape \(4, 5\)"):
        relu_backward(rng.standard_normal((4, 3)), X)
