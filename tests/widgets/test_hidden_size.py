"""Hidden size against the decision boundary: trained once per (H, reg), frames that
differ, accuracy that grows with H, and the live control."""

import numpy as np
import pytest

from nnlib.widgets import hidden_size, hidden_size_state
from nnlib.widgets.hidden_size import boundary_rgba, describe, title, trained_model


def test_accuracy_grows_with_hidden_size():
    acc = {H: hidden_size_state(H)["accuracy"] for H in (1, 2, 5, 20, 100)}
    assert acc[1] < 0.6 and acc[2] < 0.6            # one or two kinks cannot wrap a spiral
    assert acc[2] < acc[5] < acc[20] <= acc[100]
    assert acc[100] >= 0.95


def test_stronger_regularisation_costs_training_accuracy():
    assert hidden_size_state(100, 0.01)["accuracy"] < hidden_size_state(100, 0.001)["accuracy"] - 0.05


def test_frames_differ_between_hidden_sizes():
    small, large = hidden_size_state(2)["classes"], hidden_size_state(50)["classes"]
    assert small.shape == large.shape == (120, 120)
    assert (small != large).mean() > 0.05
    assert len(np.unique(large)) == 3  # the big net uses all three classes


def test_models_are_trained_once_and_reused():
    first = trained_model(5, 0.001)
    trained = trained_model.cache_info().misses
    live = hidden_size(H=5, mode="live")
    for H in (10, 5, 10, 5):
        live.sliders["H"].value = H
    assert trained_model(5, 0.001) is first
    assert trained_model.cache_info().misses <= trained + 1  # at most H = 10 was new


def test_bad_input_is_refused_with_a_clear_message():
    with pytest.raises(ValueError, match="whole number of hidden units"):
        hidden_size_state(0)
    with pytest.raises(ValueError, match="not one of the hidden sizes"):
        hidden_size(H=7, mode="live")


def test_live_slider_redraws_the_boundary_and_the_accuracy():
    live = hidden_size(mode="live")
    before = live.image.value
    live.sliders["H"].value = 50
    state = hidden_size_state(50)
    np.testing.assert_array_equal(np.asarray(live.picture.image.get_array()),
                                  boundary_rgba(state["classes"]))
    assert live.picture.title.get_text() == title(state) == "H = 50, reg = 0.001"
    assert f"{100 * state['accuracy']:.1f} %" in live.readout.value
    assert live.image.value != before
    live.sliders["reg"].value = 0.01
    assert "reg = 0.01" in live.readout.value
