"""A two-layer fully connected network: linear -> ReLU -> linear, then a loss."""

from __future__ import annotations

import numpy as np

from .layers import (
    linear_backward,
    linear_forward,
    relu_backward,
    relu_forward,
)
from .losses import softmax_loss


class TwoLayerNet:
    """h = ReLU(X @ W1.T + b1), scores = h @ W2.T + b2.

    Sizes: D inputs, H hidden units, K classes. Parameters in ``self.params``:
    W1 (H, D), b1 (H,), W2 (K, H), b2 (K,). Weights start as weight_scale times
    standard normal draws from ``rng`` (a Generator or a seed), biases at zero.
    ``data_loss`` is softmax_loss or svm_loss.
    """

    def __init__(
        self,
        D,
        H,
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
            "W1": (weight_scale * rng.standard_normal((H, D))).astype(dtype),
            "b1": np.zeros(H, dtype),
            "W2": (weight_scale * rng.standard_normal((K, H))).astype(dtype),
            "b2": np.zeros(K, dtype),
        }

    def loss(self, X, y=None, reg=0.0):
        """Scores for X (N, D); with labels y (N,), the loss and its gradients.

        Returns scores (N, K) when y is None, else (loss, grads) where grads
        has the keys and shapes of self.params. The loss adds
        0.5 * reg * (|W1|^2 + |W2|^2).
        """
        W1, b1, W2, b2 = (
            self.params[name] for name in ("W1", "b1", "W2", "b2")
        )
        X = np.asarray(X, dtype=self.dtype)

        # forward pass
        z, linear1_cache = linear_forward(X, W1, b1)
        h, relu_cache = relu_forward(z)
        scores, linear2_cache = linear_forward(h, W2, b2)
        if y is None:
            return scores

        data_loss, dscores = self.data_loss(scores, y)
        # np.vdot(W, W): the sum of W's squared entries, without a temporary
        loss = data_loss + 0.5 * reg * (np.vdot(W1, W1) + np.vdot(W2, W2))

        # backward pass: the chain rule, layer by layer from the scores down
        grads = {}
        dh, grads["W2"], grads["b2"] = linear_backward(
            dscores, linear2_cache
        )
        dz = relu_backward(dh, relu_cache)
        _, grads["W1"], grads["b1"] = linear_backward(
            dz, linear1_cache, input_grad=False
        )
        grads["W1"] += reg * W1
        grads["W2"] += reg * W2
        return float(loss), grads

    def hidden(self, X):
        """The hidden features h = ReLU(X @ W1.T + b1) of X (N, D);
        shape (N, H)."""
        X = np.asarray(X, dtype=self.dtype)
        z, _ = linear_forward(X, self.params["W1"], self.params["b1"])
        h, _ = relu_forward(z)
        return h

    def predict(self, X):
        """The highest-scoring class of each row of X (N, D); shape (N,)."""
        return np.argmax(self.loss(X), axis=1)
