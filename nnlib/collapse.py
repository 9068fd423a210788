"""Two linear layers with nothing between them are one linear layer."""

from __future__ import annotations

import numpy as np

from ._checks import check_shape


def collapse(W1, b1, W2, b2):
    """The single linear layer equal to x -> W2 @ (W1 @ x + b1) + b2.

    Inputs: W1 (H, D), b1 (H,), W2 (K, H), b2 (K,).
    Returns (W, b): W = W2 @ W1, shape (K, D), and b = W2 @ b1 + b2,
    shape (K,).
    """
    W1, b1, W2, b2 = map(np.asarray, (W1, b1, W2, b2))
    check_shape("W1", W1, ("H", "D"))
    check_shape("b1", b1, (W1.shape[0],))
    check_shape("W2", W2, ("K", W1.shape[0]))
    check_shape("b2", b2, (W2.shape[0],))
    W = W2 @ W1
    b = W2 @ b1 + b2
    return W, b
