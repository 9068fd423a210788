"""Sigmoid and tanh: values, gradients against centred differences, and the sizes of
their local gradients that the lessons quote (at most 1/4 and 1; tiny when saturated)."""

import numpy as np
import pytest

from nnlib import numerical_gradient, rel_error
from nnlib.activations import sigmoid_backward, sigmoid_forward, tanh_backward, tanh_forward

PAIRS = [(sigmoid_forward, sigmoid_backward), (tanh_forward, tanh_backward)]


@pytest.mark.parametrize("forward, backward", PAIRS, ids=["sigmoid", "tanh"])
def test_backward_matches_numerical_gradient(forward, backward, rng):
    X = 1.5 * rng.standard_normal((4, 5))  # not deep in saturation: see lesson 5
    dout = rng.standard_normal((4, 5))
    out, cache = forward(X)
    dX = backward(dout, cache)
    numeric = numerical_gradient(lambda X_: np.sum(forward(X_)[0] * dout), X.copy())
    assert dX.shape == X.shape
    assert rel_error(dX, numeric) < 1e-7


def test_a_wrong_backward_fails_the_same_check(rng):
    X = rng.standard_normal((3, 4))
    dout = rng.standard_normal((3, 4))
    out, _ = sigmoid_forward(X)
    wrong = dout * out  # forgot the (1 - out) factor
    numeric = numerical_gradient(lambda X_: np.sum(sigmoid_forward(X_)[0] * dout), X.copy())
    assert rel_error(wrong, numeric) > 1e-2


def test_values_against_the_textbook_formulas(rng):
    X = rng.uniform(-6, 6, size=50)
    np.testing.assert_allclose(sigmoid_forward(X)[0], 1 / (1 + np.exp(-X)), rtol=1e-12)
    np.testing.assert_allclose(tanh_forward(X)[0], np.tanh(X), rtol=1e-12)
    # tanh is a shifted, stretched sigmoid
    np.testing.assert_allclose(tanh_forward(X)[0], 2 * sigmoid_forward(2 * X)[0] - 1,
                               atol=1e-12)


def test_sigmoid_does_not_overflow_far_from_zero():
    with np.errstate(over="raise"):
        out, cache = sigmoid_forward(np.array([-1000.0, 0.0, 1000.0]))
    np.testing.assert_array_equal(out, [0.0, 0.5, 1.0])
    np.testing.assert_array_equal(sigmoid_backward(np.ones(3), cache), [0.0, 0.25, 0.0])


def test_local_gradients_peak_at_zero_and_vanish_when_saturated():
    z = np.linspace(-10, 10, 2001)
    sig = sigmoid_backward(np.ones_like(z), sigmoid_forward(z)[1])
    tanh = tanh_backward(np.ones_like(z), tanh_forward(z)[1])
    assert sig.max() == pytest.approx(0.25) and z[np.argmax(sig)] == pytest.approx(0.0)
    assert tanh.max() == pytest.approx(1.0) and z[np.argmax(tanh)] == pytest.approx(0.0)
    assert sig[np.abs(z) >= 5].max() < 0.007
    assert tanh[np.abs(z) >= 5].max() < 2e-4


def test_backward_checks_the_shape(rng):
    _, cache = tanh_forward(rng.standard_normal((2, 3)))
    with pytest.raises(ValueError, match=r"dout must have shape \(2, 3\)"):
        tanh_backward(np.ones((3, 2)), cache)
