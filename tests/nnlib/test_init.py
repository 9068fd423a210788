"""Fan-in scaled starting weights: shape, scale, and the property the lesson relies on,
that a deep ReLU stack keeps its activations' size with gain sqrt(2) and not otherwise."""

import numpy as np
import pytest

from nnlib import linear_forward, relu_forward
from nnlib.init import fan_in_normal


def test_shape_follows_the_out_in_convention():
    W = fan_in_normal(3, 7, rng=0)
    assert W.shape == (3, 7)
    X = np.ones((5, 7))
    assert linear_forward(X, W, np.zeros(3))[0].shape == (5, 3)


@pytest.mark.parametrize("fan_in, gain", [(16, 1.0), (400, 1.0), (400, np.sqrt(2))])
def test_standard_deviation_is_gain_over_root_fan_in(fan_in, gain):
    W = fan_in_normal(500, fan_in, gain=gain, rng=1)
    assert W.std() == pytest.approx(gain / np.sqrt(fan_in), rel=0.02)
    assert abs(W.mean()) < 0.02 * gain / np.sqrt(fan_in) * 10


def test_seeded_draws_repeat():
    np.testing.assert_array_equal(fan_in_normal(4, 4, rng=5), fan_in_normal(4, 4, rng=5))


def test_refuses_empty_layers():
    with pytest.raises(ValueError, match="positive"):
        fan_in_normal(0, 3)


def relu_stack_rms(gain, depth=10, width=256, seed=0):
    """Root mean square of the activations after each of ``depth`` ReLU layers."""
    rng = np.random.default_rng(seed)
    h = rng.standard_normal((100, width))
    rms = []
    for _ in range(depth):
        W = fan_in_normal(width, width, gain=gain, rng=rng)
        h, _ = relu_forward(linear_forward(h, W, np.zeros(width))[0])
        rms.append(np.sqrt(np.mean(h**2)))
    return np.array(rms)


def test_gain_root_two_keeps_relu_activations_the_same_size():
    rms = relu_stack_rms(np.sqrt(2))
    assert 0.5 < rms[-1] / rms[0] < 2


def test_gain_one_halves_the_mean_square_at_every_relu_layer():
    rms = relu_stack_rms(1.0)
    # mean square halves per layer: after 9 more layers, about 2**-9 of the first
    assert rms[-1] ** 2 / rms[0] ** 2 == pytest.approx(2.0**-9, rel=0.5)
