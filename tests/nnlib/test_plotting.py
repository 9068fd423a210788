"""The lessons' figures show what they claim: the model's predictions, the history,
the kinks at -b/w."""

import numpy as np
import pytest

from nnlib import History, LinearClassifier
from nnlib.plotting import (plot_decision_boundary, plot_loss_curve, plot_relu_kinks,
                            plot_weight_images)


class ThresholdModel:
    """Predicts class 1 right of x = 0.3, else 0: a boundary we know exactly."""

    def predict(self, X):
        return (X[:, 0] > 0.3).astype(int)


def test_decision_boundary_follows_the_model(rng):
    X = rng.uniform(-1, 1, size=(40, 2))
    y = ThresholdModel().predict(X)
    ax = plot_decision_boundary(ThresholdModel(), X, y, resolution=101)
    filled = ax.collections[0]
    assert len(filled.get_paths()) >= 2  # one region per class
    class1_region = filled.get_paths()[1].vertices
    assert class1_region[:, 0].min() == pytest.approx(0.3, abs=0.05)
    # the true classes: one scatter each, told apart by marker shape as well as colour
    points = {c.get_label(): c for c in ax.collections[1:]}
    assert sorted(points) == ["class 0", "class 1"]
    for k in (0, 1):
        np.testing.assert_array_equal(points[f"class {k}"].get_offsets(), X[y == k])
    shapes = [points[f"class {k}"].get_paths()[0].vertices.shape for k in (0, 1)]
    assert shapes[0] != shapes[1]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["class 0", "class 1"]


def test_decision_boundary_refuses_non_2d_points(rng):
    with pytest.raises(ValueError, match=r"\(N, 2\)"):
        plot_decision_boundary(LinearClassifier(3, 2), rng.standard_normal((5, 3)), np.zeros(5, int))


def test_loss_curve_plots_the_history():
    history = History(loss=list(np.linspace(2, 0.5, 30)), train_acc=[0.4, 0.6, 0.8],
                      learning_rate=[1.0] * 3, iterations_per_epoch=10)
    ax = plot_loss_curve(history)
    raw, smoothed = ax.get_lines()[:2]
    np.testing.assert_array_equal(raw.get_ydata(), history.loss)
    assert len(smoothed.get_ydata()) == 21  # a 10-iteration moving average
    assert smoothed.get_label() == "mean of last 10 (one epoch)"
    accuracy_line = ax.figure.axes[1].get_lines()[0]
    np.testing.assert_array_equal(accuracy_line.get_xdata(), [10, 20, 30])
    np.testing.assert_array_equal(accuracy_line.get_ydata(), history.train_acc)


def test_relu_kinks_marked_at_minus_b_over_w():
    w, b, v = np.array([1.0, -2.0, 0.5]), np.array([0.5, 1.0, -1.0]), np.array([1.0, 1.0, -2.0])
    ax = plot_relu_kinks(w, b, v=v)
    markers = [line for line in ax.get_lines() if line.get_marker() == "o"]
    np.testing.assert_allclose(sorted(m.get_xdata()[0] for m in markers), sorted(-b / w))
    total = next(line for line in ax.get_lines() if line.get_label() == "weighted sum")
    x = total.get_xdata()
    np.testing.assert_allclose(total.get_ydata(), np.maximum(np.outer(x, w) + b, 0) @ v)


def test_relu_kinks_shape_check():
    with pytest.raises(ValueError, match=r"same shape \(H,\)"):
        plot_relu_kinks([1.0, 2.0], [0.0])


def test_weight_images(rng):
    W = rng.standard_normal((5, 4 * 4 * 3))
    fig = plot_weight_images(W, (4, 4, 3), columns=3)
    assert len(fig.axes) == 5
    shown = fig.axes[0].get_images()[0].get_array()
    assert shown.shape == (4, 4, 3) and shown.min() == 0.0 and shown.max() == pytest.approx(1.0)
    with pytest.raises(ValueError, match=r"W must have shape \(M, 75\)"):
        plot_weight_images(W, (5, 5, 3))
