"""Classification losses on a batch of scores, each with its gradient.

Both take scores (N, K) and integer labels y (N,), and return (loss, dscores): the
mean loss over the batch (a float) and dL/dscores (N, K) in the scores' dtype.
"""

from __future__ import annotations

import numpy as np

from ._checks import check_labels, check_shape


def softmax_loss(scores, y):
    """Softmax cross-entropy: L = mean_i -log(softmax(scores_i)[y_i])."""
    check_shape("scores", scores, ("N", "K"))
    N, K = scores.shape
    y = check_labels(y, N, K)
    # minus each row's max: softmax is unchanged and exp() cannot overflow
    shifted = scores - scores.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    rows = np.arange(N)
    loss = -log_probs[rows, y].mean()
    dscores = np.exp(log_probs)  # the probabilities
    dscores[rows, y] -= 1  # dL/ds = p - one_hot(y), per example
    dscores /= N
    return float(loss), dscores


def svm_loss(scores, y):
    """Multiclass SVM (hinge) loss with margin 1:
    L = mean over i of sum over j != y_i of max(0, s_ij - s_iy_i + 1)."""
    check_shape("scores", scores, ("N", "K"))
    N, K = scores.shape
    y = check_labels(y, N, K)
    rows = np.arange(N)
    margins = np.maximum(scores - scores[rows, y][:, None] + 1, 0)
    margins[rows, y] = 0
    loss = margins.sum() / N
    # each violated margin pushes its class score up by 1 and the correct one down by 1
    dscores = (margins > 0).astype(scores.dtype)
    dscores[rows, y] = -dscores.sum(axis=1)
    dscores /= N
    return float(loss), dscores
