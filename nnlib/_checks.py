"""Input checks shared by the layers, losses and models: fail early, say what was expected."""

from __future__ import annotations

import numpy as np


def check_shape(name, array, expected):
    """Raise ValueError unless ``array`` has the ``expected`` shape.

    ``expected`` is a tuple whose entries are ints (that size exactly) or names such
    as ``"N"`` (any size), e.g. ``check_shape("W", W, ("M", 30))``.
    """
    shape = np.shape(array)
    fits = len(shape) == len(expected) and all(
        isinstance(want, str) or have == want
        for have, want in zip(shape, expected)
    )
    if not fits:
        wanted = (
            "("
            + ", ".join(str(want) for want in expected)
            + ("," if len(expected) == 1 else "")
            + ")"
        )
        raise ValueError(f"{name} must have shape {wanted}, got {shape}")


def check_labels(y, num_examples, num_classes):
    """Return ``y`` as an integer array of shape (N,) with labels in [0, K), or raise."""
    y = np.asarray(y)
    check_shape("y", y, (num_examples,))
    if y.size and not np.issubdtype(y.dtype, np.integer):
        raise ValueError(
            f"y must hold integer class labels, got dtype {y.dtype}"
        )
    if y.size and (y.min() < 0 or y.max() >= num_classes):
        raise ValueError(
            f"y must hold labels in 0..{num_classes - 1}, got {y.min()}..{y.max()}"
        )
    return y
