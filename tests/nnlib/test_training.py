"""The SGD loop: it lowers the loss, records its history, decays the learning rate,
and reports progress on stdout (never stderr, which nbgrader treats as an error)."""

import numpy as np
import pytest

from nnlib import History, TwoLayerNet, make_spiral, make_toy_images, train


@pytest.fixture(scope="module")
def data():
    return make_spiral(points_per_class=40, num_classes=3, rng=3)


def test_history_and_learning(data):
    X, y = data
    model = TwoLayerNet(2, 30, 3, rng=0, weight_scale=0.5)
    history = train(
        model, X, y, learning_rate=0.5, num_epochs=20, batch_size=32, lr_decay=0.9, rng=1
    )
    assert isinstance(history, History)
    assert history.iterations_per_epoch == 4  # 120 examples in batches of 32
    assert len(history.loss) == 80 and len(history.train_acc) == 20
    assert np.mean(history.loss[-8:]) < 0.8 * np.mean(history.loss[:4])
    np.testing.assert_allclose(history.learning_rate, 0.5 * 0.9 ** np.arange(20))


def test_seeded_training_is_reproducible(data):
    X, y = data
    runs = []
    for _ in range(2):
        model = TwoLayerNet(2, 10, 3, rng=0)
        runs.append(train(model, X, y, num_epochs=3, rng=5).loss)
    assert runs[0] == runs[1]


def test_data_is_not_modified(data):
    X, y = data
    X_kept, y_kept = X.copy(), y.copy()
    train(TwoLayerNet(2, 10, 3, rng=0), X, y, num_epochs=2, rng=0)
    np.testing.assert_array_equal(X, X_kept)
    np.testing.assert_array_equal(y, y_kept)


def test_verbose_prints_progress_to_stdout(data, capsys):
    X, y = data
    train(TwoLayerNet(2, 10, 3, rng=0), X, y, num_epochs=30, rng=0, verbose=True)
    out, err = capsys.readouterr()
    lines = out.strip().splitlines()
    assert err == ""
    assert 5 <= len(lines) <= 12
    assert lines[-1].startswith("epoch   30/30") and "train acc" in lines[-1]
    train(TwoLayerNet(2, 10, 3, rng=0), X, y, num_epochs=3, rng=0)
    assert capsys.readouterr().out == ""


def test_mismatched_labels_are_refused(data):
    X, y = data
    with pytest.raises(ValueError, match=r"y must have shape \(120,\)"):
        train(TwoLayerNet(2, 10, 3, rng=0), X, y[:-1])


def test_a_network_learns_the_toy_images():
    images, y = make_toy_images(images_per_class=50, rng=0)
    X = images.reshape(len(images), -1)
    X = X - X.mean(axis=0)
    model = TwoLayerNet(X.shape[1], 32, 4, rng=1)
    history = train(model, X, y, learning_rate=0.1, num_epochs=40, batch_size=50, rng=2)
    assert history.train_acc[-1] >= 0.9
