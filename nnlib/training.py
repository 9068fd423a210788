"""Minibatch stochastic gradient descent: forward, loss, backward, step, repeat."""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field

import numpy as np

from ._checks import check_shape


@dataclass
class History:
    """What happened during ``train``.

    - loss: the minibatch loss at every iteration
    - train_acc: the accuracy on the whole training set after every epoch
    - learning_rate: the learning rate used in every epoch
    - iterations_per_epoch: how many iterations make one epoch
    """

    loss: list = field(default_factory=list)
    train_acc: list = field(default_factory=list)
    learning_rate: list = field(default_factory=list)
    iterations_per_epoch: int = 0


def accuracy(model, X, y):
    """Fraction of the rows of X (N, D) that ``model`` labels as y (N,)."""
    return float(np.mean(model.predict(X) == y))


def train(
    model,
    X,
    y,
    *,
    learning_rate=1.0,
    reg=1e-3,
    num_epochs=100,
    batch_size=100,
    lr_decay=1.0,
    rng=None,
    verbose=False,
):
    """Train ``model`` with minibatch SGD.

    ``model`` is anything with ``params`` and ``loss(X, y, reg)``.
    Inputs: X (N, D) and integer labels y (N,). Each epoch visits every
    example once in a random order, in minibatches of ``batch_size``; after
    each epoch the learning rate is multiplied by ``lr_decay``. With
    ``verbose``, about ten progress lines are printed. Returns a History.
    """
    X, y = np.asarray(X), np.asarray(y)
    check_shape("X", X, ("N", "D"))
    check_shape("y", y, (X.shape[0],))
    rng = np.random.default_rng(rng)
    N = X.shape[0]
    batch_size = min(batch_size, N)
    history = History(iterations_per_epoch=math.ceil(N / batch_size))
    progress = _Progress(num_epochs) if verbose else None

    for epoch in range(num_epochs):
        order = rng.permutation(N)
        for first in range(0, N, batch_size):
            batch = order[first : first + batch_size]
            # forward, loss, backward
            loss, grads = model.loss(X[batch], y[batch], reg=reg)
            for name, dparam in grads.items():
                # step: W <- W - lr * dW
                model.params[name] -= learning_rate * dparam
            history.loss.append(loss)
        history.train_acc.append(accuracy(model, X, y))
        history.learning_rate.append(learning_rate)
        learning_rate *= lr_decay
        if progress:
            progress.report(epoch, history)
    return history


class _Progress:
    """Prints about ten lines over a run of ``train``, to stdout."""

    def __init__(self, num_epochs):
        self.num_epochs = num_epochs
        self.every = max(1, num_epochs // 10)
        self.start = time.perf_counter()

    def report(self, epoch, history):
        if epoch % self.every == 0 or epoch == self.num_epochs - 1:
            print(
                f"epoch {epoch + 1:>4}/{self.num_epochs}  loss {history.loss[-1]:.4f}  "
                f"train acc {history.train_acc[-1]:.3f}  "
                f"({time.perf_counter() - self.start:.1f} s)"
            )
