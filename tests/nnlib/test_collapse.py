"""Two linear layers collapse into one: the practice page's Part A, exactly, and
random larger layers."""

import numpy as np
import pytest

from nnlib import collapse, linear_forward, relu_forward

W1 = np.array([[1, 2], [0, -1]])
b1 = np.array([0, 1])
W2 = np.array([[2, 1], [-1, 0]])
b2 = np.array([0, -1])
x = np.array([1, 2])


def test_part_a_exact():
    W, b = collapse(W1, b1, W2, b2)
    np.testing.assert_array_equal(W, [[2, 3], [-1, -2]])
    np.testing.assert_array_equal(b, [1, -1])
    hidden = W1 @ x + b1
    np.testing.assert_array_equal(hidden, [5, -1])
    np.testing.assert_array_equal(W2 @ hidden + b2, [9, -6])  # two layers
    np.testing.assert_array_equal(W @ x + b, [9, -6])  # the collapsed layer


def test_part_a_with_relu_differs():
    h, _ = relu_forward(W1 @ x + b1)
    np.testing.assert_array_equal(h, [5, 0])
    np.testing.assert_array_equal(W2 @ h + b2, [10, -6])


def test_random_layers_collapse(rng):
    D, H, K, N = 30, 50, 20, 7
    W1, b1 = rng.standard_normal((H, D)), rng.standard_normal(H)  # 50 x 30
    W2, b2 = rng.standard_normal((K, H)), rng.standard_normal(K)  # 20 x 50
    X = rng.standard_normal((N, D))
    W, b = collapse(W1, b1, W2, b2)
    assert W.shape == (K, D) and b.shape == (K,)
    two_layers, _ = linear_forward(linear_forward(X, W1, b1)[0], W2, b2)
    np.testing.assert_allclose(linear_forward(X, W, b)[0], two_layers, rtol=1e-10, atol=1e-10)
    # the order matters: W1 @ W2 is not even defined here, and W2 @ W1 is
    with_relu, _ = linear_forward(relu_forward(linear_forward(X, W1, b1)[0])[0], W2, b2)
    assert not np.allclose(with_relu, two_layers)


def test_wrong_shapes(rng):
    with pytest.raises(ValueError, match=r"W2 must have shape \(K, 2\), got \(2, 3\)"):
        collapse(W1, b1, np.ones((2, 3)), b2)
    with pytest.raises(ValueError, match=r"b1 must have shape \(2,\)"):
        collapse(W1, np.ones(3), W2, b2)
