"""Softmax and SVM losses: known values, gradients, stability, and clear errors."""

import numpy as np
import pytest

from nnlib import numerical_gradient, rel_error, softmax_loss, svm_loss

LOSSES = [softmax_loss, svm_loss]


@pytest.fixture
def batch(rng):
    N, K = 6, 4
    return rng.standard_normal((N, K)), rng.integers(0, K, size=N)


@pytest.mark.parametrize("loss_fn", LOSSES)
def test_gradient_matches_numerical(loss_fn, batch):
    scores, y = batch
    _, dscores = loss_fn(scores, y)
    numeric = numerical_gradient(lambda s: loss_fn(s, y)[0], scores)
    assert rel_error(dscores, numeric) < 1e-7


@pytest.mark.parametrize("loss_fn", LOSSES)
def test_does_not_mutate_scores(loss_fn, batch):
    scores, y = batch
    kept = scores.copy()
    loss_fn(scores, y)
    np.testing.assert_array_equal(scores, kept)


def test_softmax_known_values():
    loss, dscores = softmax_loss(np.zeros((2, 4)), np.array([0, 3]))
    assert loss == pytest.approx(np.log(4))  # uniform guesses over K = 4 classes
    np.testing.assert_allclose(dscores, (np.full((2, 4), 0.25) - np.eye(4)[[0, 3]]) / 2)


def test_svm_known_values():
    scores = np.array([[3.2, 5.1, -1.7], [1.3, 4.9, 2.0], [2.2, 2.5, -3.1]])
    loss, _ = svm_loss(scores, np.array([0, 1, 2]))  # the CS231n cat/car/frog example
    assert loss == pytest.approx((2.9 + 0.0 + 12.9) / 3)


@pytest.mark.parametrize("loss_fn", LOSSES)
def test_stable_on_huge_scores(loss_fn, rng):
    scores = rng.standard_normal((5, 3)) * 1e4
    y = rng.integers(0, 3, size=5)
    loss, dscores = loss_fn(scores, y)
    assert np.isfinite(loss) and np.all(np.isfinite(dscores))


def test_softmax_exact_on_huge_scores():
    scores = np.array([[1e4, 0.0, -1e4]])
    assert softmax_loss(scores, [0])[0] == 0.0
    loss, dscores = softmax_loss(scores, [2])
    assert loss == 2e4
    np.testing.assert_array_equal(dscores, [[1.0, 0.0, -1.0]])


@pytest.mark.parametrize("loss_fn", LOSSES)
def test_float32_stays_float32(loss_fn, batch):
    scores, y = batch
    _, dscores = loss_fn(scores.astype(np.float32), y)
    assert dscores.dtype == np.float32


@pytest.mark.parametrize("loss_fn", LOSSES)
def test_clear_errors(loss_fn, batch):
    scores, y = batch
    with pytest.raises(ValueError, match=r"y must have shape \(6,\), got \(5,\)"):
        loss_fn(scores, y[:5])
    with pytest.raises(ValueError, match=r"labels in 0\.\.3"):
        loss_fn(scores, np.full(6, 4))
    with pytest.raises(ValueError, match="integer"):
        loss_fn(scores, y.astype(float))
    with pytest.raises(ValueError, match=r"scores must have shape \(N, K\)"):
        loss_fn(scores[0], y)
