"""Numerical gradients by centred differences, to check analytic (backprop) gradients."""

from __future__ import annotations

import numpy as np


def numerical_gradient(f, x, step=1e-5):
    """Estimate df/dx for a scalar function f of the float array x.

    Each entry of x is nudged by +step and -step in place, f(x) is
    evaluated both times, and the entry is restored: two forward passes per
    entry, which is why this is only a check.

    Inputs:
    - f: function of x returning a scalar
    - x: float array of any shape (modified during the call, restored
      afterwards)
    - step: the size of the nudge

    Returns grad, an array of x's shape:
    grad[i] ~ (f(x + step e_i) - f(x - step e_i)) / (2 step).
    """
    is_float_array = isinstance(x, np.ndarray) and np.issubdtype(
        x.dtype, np.floating
    )
    if not is_float_array:
        raise TypeError(
            "numerical_gradient needs x as a float numpy array "
            "(it is nudged in place)"
        )
    grad = np.zeros_like(x)
    for i in np.ndindex(x.shape):
        original = x[i]
        try:
            x[i] = original + step
            f_plus = float(f(x))
            x[i] = original - step
            f_minus = float(f(x))
        finally:
            x[i] = original
        grad[i] = (f_plus - f_minus) / (2 * step)
    return grad


def rel_error(a, b):
    """Largest elementwise relative error |a - b| / max(|a| + |b|, 1e-8), a float."""
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    if a.shape != b.shape:
        raise ValueError(
            f"rel_error needs equal shapes, got {a.shape} and {b.shape}"
        )
    return float(
        np.max(np.abs(a - b) / np.maximum(np.abs(a) + np.abs(b), 1e-8))
    )
