"""A linear classifier: one template (row of W) per class, for comparison with TwoLayerNet."""

from __future__ import annotations

import numpy as np

from .layers import linear_backward, linear_forward
from .losses import softmax_loss


class LinearClassifier:
    """scores = X @ W.T + b, with W (K, D) and b (K,) in ``self.params``.

    Same interface and initialisation as TwoLayerNet: ``loss(X, y=None, reg=0.0)`` and
    ``predict(X)``.
    """

    def __init__(
        self,
        D,
        K,
        rng=None,
        weight_scale=1e-2,
        dtype=np.float64,
        data_loss=softmax_loss,
    ):
        rng = np.random.default_rng(rng)
        self.dtype = np.dtype(dtype)
        self.data_loss = data_loss
        self.params = {
            "W": (weight_scale * rng.standard_normal((K, D))).astype(dtype),
            "b": np.zeros(K, dtype),
        }

    def loss(self, X, y=None, reg=0.0):
        """Scores (N, K) for X (N, D); with y (N,), (loss, grads) with grads W, b.

        The loss adds 0.5 * reg * |W|^2.
        """
        W, b = self.params["W"], self.params["b"]
        scores, cache = linear_forward(np.asarray(X, dtype=self.dtype), W, b)
        if y is None:
            return scores

        data_loss, dscores = self.data_loss(scores, y)
        loss = data_loss + 0.5 * reg * np.vdot(
            W, W
        )  # vdot(W, W): sum of squared entries
        grads = {}
        _, grads["W"], grads["b"] = linear_backward(
            dscores, cache, input_grad=False
        )
        grads["W"] += reg * W
        return float(loss), grads

    def predict(self, X):
        """The highest-scoring class of each row of X (N, D); shape (N,)."""
        return np.argmax(self.loss(X), axis=1)
