"""Figures the lessons need: decision boundaries, loss curves and ReLU kinks.

Each function draws into ``ax`` (a new figure when ax is None) and returns the Axes,
except plot_weight_images, which fills a grid of axes and returns the Figure.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.colors import ListedColormap

CLASS_COLORS = (
    "#1f77b4",
    "#ff7f0e",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
)
# one marker shape per class as well, so that the classes never differ by colour alone
CLASS_MARKERS = ("o", "s", "^", "D", "v", "P")


def plot_decision_boundary(
    model, X, y, ax=None, resolution=200, padding=0.2, legend=True
):
    """Colour the 2-D plane by the class ``model`` predicts, with the points on top.

    Inputs: a model with ``predict``, X (N, 2), labels y (N,). ``resolution`` is the
    number of grid points along each axis. Each true class has its own colour and
    marker shape; ``legend`` adds the key, right of the axes.
    """
    X, y = np.asarray(X), np.asarray(y)
    if X.ndim != 2 or X.shape[1] != 2:
        raise ValueError(
            f"plot_decision_boundary needs 2-D points X of shape (N, 2), got {X.shape}"
        )
    ax = ax or plt.subplots(figsize=(4.6, 4.6))[1]
    num_classes = max(int(y.max()) + 1, 2)
    colors = ListedColormap(CLASS_COLORS[:num_classes])

    low, high = X.min(axis=0) - padding, X.max(axis=0) + padding
    grid_x, grid_y = np.meshgrid(
        np.linspace(low[0], high[0], resolution),
        np.linspace(low[1], high[1], resolution),
    )
    predicted = model.predict(
        np.column_stack([grid_x.ravel(), grid_y.ravel()])
    )
    ax.contourf(
        grid_x,
        grid_y,
        predicted.reshape(grid_x.shape),
        alpha=0.3,
        cmap=colors,
        levels=np.arange(num_classes + 1) - 0.5,
    )
    for k in range(num_classes):
        ax.scatter(
            X[y == k, 0],
            X[y == k, 1],
            color=CLASS_COLORS[k],
            marker=CLASS_MARKERS[k % len(CLASS_MARKERS)],
            s=16,
            edgecolors="black",
            linewidths=0.4,
            label=f"class {k}",
        )
    if legend:
        ax.legend(
            title="true class",
            loc="upper left",
            bbox_to_anchor=(1.01, 1),
            borderaxespad=0,
            frameon=False,
            handletextpad=0.3,
        )
    ax.set_xlim(low[0], high[0])
    ax.set_ylim(low[1], high[1])
    ax.set_aspect("equal")
    ax.set_xticks([])
    ax.set_yticks([])
    return ax


def plot_loss_curve(history, ax=None, window=None):
    """The loss at every iteration (light), its moving average (dark), and the
    training accuracy after each epoch on a second axis.

    Inputs: a History from ``train``; ``window`` is the averaging width in iterations
    (one epoch by default).
    """
    ax = ax or plt.subplots(figsize=(4.6, 3.2))[1]
    loss = np.asarray(history.loss, dtype=float)
    iterations = np.arange(1, loss.size + 1)
    ax.plot(
        iterations,
        loss,
        color="#1f77b4",
        alpha=0.3,
        linewidth=0.8,
        label="minibatch loss",
    )
    window = window or max(history.iterations_per_epoch, 1)
    if 1 < window <= loss.size:
        average = np.convolve(loss, np.ones(window) / window, mode="valid")
        ax.plot(
            iterations[window - 1 :],
            average,
            color="#1f77b4",
            linewidth=2,
            label=_average_label(window, history.iterations_per_epoch),
        )
    ax.set_xlabel("iteration")
    ax.set_ylabel("loss")
    lines = ax.get_lines()

    if history.train_acc:
        acc_ax = ax.twinx()
        epoch_ends = history.iterations_per_epoch * np.arange(
            1, len(history.train_acc) + 1
        )
        lines += acc_ax.plot(
            epoch_ends,
            history.train_acc,
            color="#ff7f0e",
            linewidth=1.5,
            label="training accuracy (per epoch)",
        )
        acc_ax.set_ylabel("training accuracy", color="#ff7f0e")
        acc_ax.set_ylim(0, 1.02)
        acc_ax.legend(handles=lines, loc="center right", framealpha=0.9)
    else:
        ax.legend(handles=lines, loc="upper right", framealpha=0.9)
    return ax


def _average_label(window, iterations_per_epoch):
    """Legend text of the moving average: what it averages over, in words."""
    if window == iterations_per_epoch:
        return f"mean of last {window} (one epoch)"
    return f"mean of last {window} iterations"


def plot_relu_kinks(
    w, b, ax=None, v=None, x_range=(-3.0, 3.0), show_units=True
):
    """Hidden units ReLU(w_i x + b_i) of one input x, and their weighted sum.

    Inputs: w (H,) and b (H,) for the H units, output weights v (H,) (ones by
    default). Each unit bends at its kink x = -b_i / w_i, marked with a dot; the sum
    sum_i v_i ReLU(w_i x + b_i) is drawn in black.
    """
    w, b = (
        np.atleast_1d(np.asarray(w, dtype=float)),
        np.atleast_1d(np.asarray(b, dtype=float)),
    )
    v = (
        np.ones_like(w)
        if v is None
        else np.atleast_1d(np.asarray(v, dtype=float))
    )
    if not (w.ndim == 1 and w.shape == b.shape == v.shape):
        raise ValueError(
            f"w, b and v need the same shape (H,), got {w.shape}, {b.shape}, {v.shape}"
        )
    ax = ax or plt.subplots(figsize=(4.6, 3.2))[1]

    x = np.linspace(*x_range, 400)
    units = np.maximum(
        np.outer(x, w) + b, 0
    )  # (400, H): one column per hidden unit
    if show_units:
        for i in range(w.size):
            color = CLASS_COLORS[i % len(CLASS_COLORS)]
            ax.plot(
                x,
                v[i] * units[:, i],
                color=color,
                linestyle="--",
                linewidth=1.2,
                label=f"{v[i]:g}·ReLU({w[i]:g}x {'+' if b[i] >= 0 else '−'} {abs(b[i]):g})",
            )
            if w[i] != 0 and x_range[0] <= -b[i] / w[i] <= x_range[1]:
                ax.plot(
                    [-b[i] / w[i]],
                    [0],
                    "o",
                    color=color,
                    markersize=7,
                    zorder=3,
                )
    ax.plot(x, units @ v, color="black", linewidth=2.2, label="weighted sum")
    ax.axhline(0, color="0.6", linewidth=0.8)
    ax.set_xlim(*x_range)
    ax.set_xlabel("x")
    ax.legend(frameon=False)
    return ax


def plot_weight_images(W, image_shape, columns=8, fig=None, titles=None):
    """Show each row of W (M, D) as an image of ``image_shape`` (e.g. (16, 16, 3)).

    Each row is stretched to the full colour range on its own, so the pattern a unit
    responds to is visible whatever its scale. Returns the Figure.
    """
    W = np.asarray(W, dtype=float)
    if W.ndim != 2 or W.shape[1] != np.prod(image_shape):
        raise ValueError(
            f"W must have shape (M, {int(np.prod(image_shape))}) to show images of "
            f"shape {tuple(image_shape)}, got {W.shape}"
        )
    rows = -(-W.shape[0] // columns)
    fig = fig or plt.figure(figsize=(1.2 * columns, 1.2 * rows + 0.2))
    for i, row in enumerate(W):
        ax = fig.add_subplot(rows, columns, i + 1)
        low, high = row.min(), row.max()
        ax.imshow(
            ((row - low) / (high - low + 1e-12)).reshape(image_shape),
            cmap="gray" if len(image_shape) == 2 else None,
        )
        ax.set_xticks([])
        ax.set_yticks([])
        if titles is not None:
            ax.set_title(titles[i])
    return fig
