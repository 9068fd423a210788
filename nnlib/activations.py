"""Three activation functions as forward/backward pairs: ReLU's older siblings.

Each forward takes an array of pre-activations of any shape and returns (out, cache);
each backward takes the upstream gradient dout (the same shape) and that cache and
returns the gradient on the input. ReLU itself lives in layers.py.
"""

from __future__ import annotations

import numpy as np

from ._checks import check_shape


def sigmoid_forward(X):
    """Logistic sigmoid 1 / (1 + exp(-X)), elementwise; squashes into (0, 1).

    Input X: any shape. Returns (out, cache): out has X's shape; cache is out.
    """
    X = np.asarray(X)
    # exp of a non-positive number only, so that large |X| cannot overflow
    exp_neg_abs = np.exp(-np.abs(X))
    out = np.where(
        X >= 0, 1 / (1 + exp_neg_abs), exp_neg_abs / (1 + exp_neg_abs)
    )
    return out, out


def sigmoid_backward(dout, cache):
    """Backward pass of sigmoid_forward: local gradient out * (1 - out),
    at most 1/4.

    Inputs: dout (the output's shape) and cache (the output). Returns dX.
    """
    out = cache
    check_shape("dout", dout, out.shape)
    return dout * out * (1 - out)


def tanh_forward(X):
    """Hyperbolic tangent, elementwise; squashes into (-1, 1), centred on 0.

    Input X: any shape. Returns (out, cache): out has X's shape; cache is out.
    """
    out = np.tanh(X)
    return out, out


def tanh_backward(dout, cache):
    """Backward pass of tanh_forward: local gradient 1 - out**2, at most 1.

    Inputs: dout (the output's shape) and cache (the output). Returns dX.
    """
    out = cache
    check_shape("dout", dout, out.shape)
    return dout * (1 - out**2)
