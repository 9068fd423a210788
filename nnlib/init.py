"""Starting weights scaled by 1/sqrt(fan-in), so that signals keep their size layer
after layer.

A unit adds up fan_in products w_j x_j. With independent zero-mean weights of variance
s**2, its output has variance fan_in * s**2 * mean(x**2): a factor that multiplies up
through every layer of a deep network. s = gain / sqrt(fan_in) makes the factor gain**2;
gain = sqrt(2) makes up for a ReLU, which zeroes about half of its inputs (He et al.,
2015).
"""

from __future__ import annotations

import numpy as np


def fan_in_normal(fan_out, fan_in, gain=1.0, rng=None):
    """Weights W (fan_out, fan_in), in the course's (out, in) convention,
    drawn from a normal distribution with mean 0 and standard deviation
    gain / sqrt(fan_in).

    gain = 1 keeps the variance of a linear layer's output equal to the
    mean square of its inputs; gain = sqrt(2) does the same after a ReLU.
    ``rng`` is a Generator or a seed.
    """
    if fan_out < 1 or fan_in < 1:
        raise ValueError(
            f"fan_out and fan_in must be positive, got {fan_out}, {fan_in}"
        )
    rng = np.random.default_rng(rng)
    return gain / np.sqrt(fan_in) * rng.standard_normal((fan_out, fan_in))
