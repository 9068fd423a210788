"""Capacity and overfitting: trained once per (H, reg), training accuracy that keeps
rising with H while validation accuracy does not, regularisation with several
positions, the frames the page draws from, and the live widget."""

import base64
import io

import numpy as np
import pytest
from PIL import Image

from nnlib.training import accuracy
from nnlib.widgets import hidden_size, hidden_size_state
from nnlib.widgets.hidden_size import (HIDDEN_SIZES, NUM_TRAIN, REGS, picture_data, spiral_split,
                                       trained_model)


def test_the_validation_points_are_held_out():
    X_train, y_train, X_val, y_val = spiral_split()
    assert X_train.shape == (NUM_TRAIN, 2) and len(X_val) == 300 - NUM_TRAIN
    assert not {tuple(p) for p in X_train.round(9)} & {tuple(p) for p in X_val.round(9)}
    assert set(y_train) == set(y_val) == {0, 1, 2}
    model = trained_model(50, REGS[0])
    assert hidden_size_state(50)["val_accuracy"] == accuracy(model, X_val, y_val)


def test_training_accuracy_keeps_rising_while_validation_does_not():
    states = {H: hidden_size_state(H, 0.0) for H in HIDDEN_SIZES}
    train = [states[H]["train_accuracy"] for H in HIDDEN_SIZES]
    val = [states[H]["val_accuracy"] for H in HIDDEN_SIZES]
    assert train[0] < 0.6 and train[-1] >= 0.95          # one unit cannot wrap a spiral
    assert train[0] < train[2] < train[4] < train[-1]    # more units fit the training set better
    ten = HIDDEN_SIZES.index(10)
    # from H = 10 to H = 100 training accuracy gains 10+ points, validation under 5
    assert train[-1] - train[ten] > 0.1
    assert max(val[ten:]) - val[ten] < 0.05
    assert train[-1] - val[-1] > 0.1                     # the gap of an overfit net


def test_regularisation_has_several_positions_and_costs_training_accuracy():
    assert len(REGS) > 2 and list(REGS) == sorted(REGS)
    train = [hidden_size_state(100, reg)["train_accuracy"] for reg in REGS]
    assert train[0] > train[-1] + 0.2
    assert all(a >= b - 0.02 for a, b in zip(train, train[1:]))  # roughly monotone


def test_frames_are_the_predicted_classes_and_accuracies():
    data = picture_data(HIDDEN_SIZES, REGS)
    assert data["H"] == list(HIDDEN_SIZES) and data["reg"] == list(REGS)
    pngs = set()
    for i in (0, 3, 7):
        for j in (0, len(REGS) - 1):
            frame, state = data["frames"][i][j], hidden_size_state(HIDDEN_SIZES[i], REGS[j])
            img = Image.open(io.BytesIO(base64.b64decode(frame["png"])))
            np.testing.assert_array_equal(np.asarray(img), state["classes"])  # palette = class
            assert (frame["train"], frame["val"]) == (round(state["train_accuracy"], 4),
                                                      round(state["val_accuracy"], 4))
            pngs.add(frame["png"])
    assert len(pngs) >= 5  # the pictures differ
    assert sum(data["train"]) == NUM_TRAIN and len(data["X"]) == len(data["y"]) == 300


def test_models_are_trained_once_and_reused():
    first = trained_model(5, REGS[0])
    misses = trained_model.cache_info().misses
    live = hidden_size(H=5, mode="live")
    for H in (3, 0, 3, 0):
        live.move(H=H)
        live.state
    assert trained_model(5, REGS[0]) is first
    assert trained_model.cache_info().misses == misses


def test_bad_input_is_refused_with_a_clear_message():
    with pytest.raises(ValueError, match="whole number of hidden units"):
        hidden_size_state(0)
    with pytest.raises(ValueError, match="not one of the hidden sizes"):
        hidden_size(H=7, mode="live")
    with pytest.raises(ValueError, match="not one of the strengths"):
        hidden_size(reg=0.5, mode="live")


def test_the_live_widget_follows_its_positions():
    live = hidden_size(mode="live")
    assert HIDDEN_SIZES[live.positions["H"]] == 10
    live.move(H=HIDDEN_SIZES.index(50), reg=2)
    state = live.state
    assert (state["H"], state["reg"]) == (50, REGS[2])
    assert live.data["frames"][HIDDEN_SIZES.index(50)][2]["val"] == round(state["val_accuracy"], 4)
