"""Vectorised layers as forward/backward pairs that share a cache (CS231n style).

Weights follow the course's convention: W has shape (out, in), so a batch X of shape
(N, in) maps to X @ W.T + b of shape (N, out).
"""

from __future__ import annotations

import numpy as np

from ._checks import check_shape


def linear_forward(X, W, b):
    """Fully connected (affine) layer.

    Inputs:
    - X: (N, D) a batch of N inputs
    - W: (M, D) weights, one row per output unit
    - b: (M,) biases

    Returns (out, cache):
    - out: (N, M) equal to X @ W.T + b
    - cache: (X, W) for linear_backward
    """
    X, W, b = np.asarray(X), np.asarray(W), np.asarray(b)
    check_shape("W", W, ("M", "D"))
    check_shape("X", X, ("N", W.shape[1]))
    check_shape("b", b, (W.shape[0],))
    out = X @ W.T + b
    return out, (X, W)


def linear_backward(dout, cache, input_grad=True):
    """Backward pass of linear_forward.

    Inputs:
    - dout: (N, M) upstream gradient dL/dout
    - cache: (X, W) from linear_forward
    - input_grad: False skips dX (returned as None), e.g. when X is the data

    Returns (dX, dW, db) with shapes (N, D), (M, D), (M,).
    """
    X, W = cache
    check_shape("dout", dout, (X.shape[0], W.shape[0]))
    dX = dout @ W if input_grad else None
    dW = dout.T @ X
    db = dout.sum(axis=0)
    return dX, dW, db


def relu_forward(X):
    """Rectified linear unit, elementwise: max(0, X).

    Input X: any shape. Returns (out, cache): out has X's shape; cache is X.
    """
    out = np.maximum(X, 0)
    return out, X


def relu_backward(dout, cache):
    """Backward pass of relu_forward: the gradient flows only where the
    input was > 0.

    Inputs: dout (upstream gradient, X's shape) and cache (X).
    Returns dX (X's shape).
    """
    X = cache
    check_shape("dout", dout, X.shape)
    return dout * (X > 0)
