"""TwoLayerNet and LinearClassifier: gradients with regularisation, dtypes, shapes,
and the spiral, which only the network with a hidden layer can learn."""

import numpy as np
import pytest

from nnlib import (
    LinearClassifier,
    TwoLayerNet,
    make_spiral,
    numerical_gradient,
    rel_error,
    softmax_loss,
    svm_loss,
    train,
)


def check_model_gradients(model, X, y, reg):
    _, grads = model.loss(X, y, reg=reg)
    assert grads.keys() == model.params.keys()
    for name, param in model.params.items():
        numeric = numerical_gradient(lambda _: model.loss(X, y, reg=reg)[0], param)
        error = rel_error(grads[name], numeric)
        assert error < 1e-7, f"d{name}: relative error {error:.2e}"
        assert grads[name].shape == param.shape


@pytest.mark.parametrize("data_loss", [softmax_loss, svm_loss])
def test_two_layer_net_gradients(data_loss, rng):
    N, D, H, K = 5, 4, 6, 3
    model = TwoLayerNet(D, H, K, rng=rng, weight_scale=0.5, data_loss=data_loss)
    model.params["b1"] += rng.standard_normal(H) * 0.1  # non-zero biases, so db1 is tested fully
    model.params["b2"] += rng.standard_normal(K) * 0.1
    X, y = rng.standard_normal((N, D)), rng.integers(0, K, size=N)
    check_model_gradients(model, X, y, reg=0.3)


@pytest.mark.parametrize("data_loss", [softmax_loss, svm_loss])
def test_linear_classifier_gradients(data_loss, rng):
    N, D, K = 6, 5, 4
    model = LinearClassifier(D, K, rng=rng, weight_scale=0.5, data_loss=data_loss)
    model.params["b"] += rng.standard_normal(K) * 0.1
    X, y = rng.standard_normal((N, D)), rng.integers(0, K, size=N)
    check_model_gradients(model, X, y, reg=0.3)


def test_regularisation_adds_half_reg_times_squared_weights(rng):
    model = TwoLayerNet(4, 5, 3, rng=rng)
    X, y = rng.standard_normal((6, 4)), rng.integers(0, 3, size=6)
    loss0, _ = model.loss(X, y, reg=0.0)
    loss1, _ = model.loss(X, y, reg=2.0)
    W1, W2 = model.params["W1"], model.params["W2"]
    assert loss1 - loss0 == pytest.approx(np.sum(W1**2) + np.sum(W2**2))


def test_shapes_and_outputs(rng):
    N, D, H, K = 7, 4, 6, 3
    model = TwoLayerNet(D, H, K, rng=rng, weight_scale=0.5)
    shapes = {name: p.shape for name, p in model.params.items()}
    assert shapes == {"W1": (H, D), "b1": (H,), "W2": (K, H), "b2": (K,)}
    X = rng.standard_normal((N, D))
    scores = model.loss(X)
    hidden = model.hidden(X)
    assert scores.shape == (N, K) and hidden.shape == (N, H) and hidden.min() >= 0
    p = model.params
    np.testing.assert_allclose(scores, hidden @ p["W2"].T + p["b2"])
    np.testing.assert_array_equal(model.predict(X), scores.argmax(axis=1))


def test_seeded_initialisation():
    a, b = TwoLayerNet(3, 4, 2, rng=7), TwoLayerNet(3, 4, 2, rng=7)
    np.testing.assert_array_equal(a.params["W1"], b.params["W1"])
    assert np.std(TwoLayerNet(50, 40, 2, rng=1, weight_scale=0.1).params["W1"]) == pytest.approx(
        0.1, rel=0.1
    )


@pytest.mark.parametrize("Model, args", [(TwoLayerNet, (6, 5, 3)), (LinearClassifier, (6, 3))])
def test_float32_stays_float32(Model, args, rng):
    model = Model(*args, rng=rng, dtype=np.float32)
    X, y = rng.standard_normal((4, 6)), rng.integers(0, 3, size=4)  # float64 data
    assert model.loss(X).dtype == np.float32
    loss, grads = model.loss(X, y, reg=0.1)
    assert isinstance(loss, float)
    assert all(g.dtype == np.float32 for g in grads.values())
    assert all(p.dtype == np.float32 for p in model.params.values())


def test_wrong_input_size_is_named(rng):
    model = TwoLayerNet(3, 4, 2, rng=rng)
    with pytest.raises(ValueError, match=r"X must have shape \(N, 3\), got \(5, 4\)"):
        model.loss(rng.standard_normal((5, 4)))
    with pytest.raises(ValueError, match=r"y must have shape \(5,\)"):
        model.loss(rng.standard_normal((5, 3)), [0, 1])


@pytest.fixture(scope="module")
def spiral():
    return make_spiral(points_per_class=100, num_classes=3, rng=0)


def test_two_layer_net_learns_the_spiral(spiral):
    X, y = spiral
    model = TwoLayerNet(2, 100, 3, rng=1, weight_scale=0.5)
    history = train(model, X, y, learning_rate=1.0, reg=1e-3, num_epochs=300, batch_size=100, rng=2)
    assert np.mean(model.predict(X) == y) >= 0.95
    assert history.train_acc[-1] == np.mean(model.predict(X) == y)


def test_linear_classifier_cannot_learn_the_spiral(spiral):
    X, y = spiral
    model = LinearClassifier(2, 3, rng=1)
    train(model, X, y, learning_rate=1.0, reg=1e-3, num_epochs=300, batch_size=100, rng=2)
    accuracy = np.mean(model.predict(X) == y)
    assert 1 / 3 < accuracy < 0.60  # better than chance, far from solved
