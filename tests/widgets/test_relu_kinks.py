"""ReLU kinks: the pure state, the frames the page draws from, and the live widget
driven through its positions (the browser tests move its sliders)."""

import numpy as np
import pytest

from nnlib.widgets import relu_kinks, relu_kinks_state
from nnlib.widgets.relu_kinks import GRID, picture_data


def direct_sum(x, ws, bs, vs, c, relu=True):
    """An independent reference: s(x) = sum_i v_i ReLU(w_i x + b_i) + c, written out."""
    z = np.outer(x, ws) + bs
    return (np.maximum(z, 0) if relu else z) @ np.asarray(vs) + c


def test_kinks_sit_at_minus_b_over_w():
    rng = np.random.default_rng(5)
    ws, bs = rng.uniform(0.3, 2, 3) * np.array([1, -1, 1]), rng.uniform(-1.5, 1.5, 3)
    state = relu_kinks_state(ws, bs, [1.0, -0.7, 0.4])
    np.testing.assert_allclose(state["kinks"], -bs / ws)
    for k, w, b in zip(state["kinks"], ws, bs):
        assert w * k + b == pytest.approx(0.0, abs=1e-12)  # the unit's input is 0 there


def test_polyline_is_exact_everywhere():
    """The state gives the curves at their bend points only; straight lines between
    them must reproduce the true sum at any x."""
    rng = np.random.default_rng(11)
    ws, bs, vs, c = rng.normal(size=3), rng.normal(size=3), rng.normal(size=3), 0.3
    state = relu_kinks_state(ws, bs, vs, c)
    x = np.sort(rng.uniform(-3, 3, 500))
    np.testing.assert_allclose(np.interp(x, state["x"], state["s"]), direct_sum(x, ws, bs, vs, c),
                               atol=1e-12)
    for i in range(3):
        np.testing.assert_allclose(np.interp(x, state["x"], state["h"][:, i]),
                                   np.maximum(ws[i] * x + bs[i], 0), atol=1e-12)


def test_relu_makes_the_sum_bend_and_removing_it_makes_it_straight():
    ws, bs, vs, c = [1.0, -1.0, 1.5], [0.5, -1.0, -1.5], [1.0, 1.0, -1.5], 0.25
    bent = relu_kinks_state(ws, bs, vs, c, relu=True)
    assert not bent["is_linear"]
    assert bent["kinks_in_view"].all()
    straight = relu_kinks_state(ws, bs, vs, c, relu=False)
    assert straight["is_linear"]
    assert not straight["kinks_in_view"].any()
    # the collapsed line is W2 W1 x + (W2 b1 + b2)
    assert straight["slope"] == pytest.approx(np.dot(vs, ws))
    assert straight["intercept"] == pytest.approx(np.dot(vs, bs) + c)


def test_a_unit_with_zero_weight_has_no_kink():
    state = relu_kinks_state([0.0, 1.0], [0.5, -1.0])
    assert np.isnan(state["kinks"][0]) and state["kinks"][1] == 1.0
    assert list(state["kinks_in_view"]) == [False, True]


def test_bad_input_is_refused_with_a_clear_message():
    with pytest.raises(ValueError, match="one number per hidden unit"):
        relu_kinks_state([1.0, 2.0], [0.0])
    with pytest.raises(ValueError, match="outside the slider range"):
        relu_kinks(ws=(3.0,), bs=(0.0,), vs=(1.0,), mode="live")
    with pytest.raises(ValueError, match="low < high"):
        relu_kinks_state([1.0], [0.0], x_range=(2, -2))


def test_every_frame_is_the_units_exact_curve():
    """The page draws unit i from data['relu'][w][b] (with ReLU) or data['linear'][w][b]
    and weights the units by v: every entry is nnlib's curve for that (w, b)."""
    data = picture_data((1.0, 1.0, -1.5), 0.0, (-3.0, 3.0))
    rng = np.random.default_rng(2)
    for iw, ib in rng.integers(0, len(GRID), size=(25, 2)):
        w, b = GRID[iw], GRID[ib]
        unit = data["relu"][iw][ib]
        x = np.linspace(-3, 3, 61)
        np.testing.assert_allclose(np.interp(x, unit["x"], unit["h"]), np.maximum(w * x + b, 0),
                                   atol=1e-4)
        assert unit["kink"] is None if w == 0 else unit["kink"] == pytest.approx(-b / w, abs=1e-4)
        np.testing.assert_allclose(data["linear"][iw][ib], [-3 * w + b, 3 * w + b], atol=1e-4)
    assert data["v"] == [1.0, 1.0, -1.5]


@pytest.fixture()
def live():
    return relu_kinks(mode="live")


def test_the_live_widget_starts_at_the_given_weights(live):
    p = live.positions
    assert [GRID[p[f"w{i}"]] for i in (1, 2, 3)] == [1.0, -1.0, 1.5]
    assert [GRID[p[f"b{i}"]] for i in (1, 2, 3)] == [0.5, -1.0, -1.5]
    assert p["relu"] == 1
    np.testing.assert_allclose(live.state["kinks"], [-0.5, -1.0, 1.0])


def test_moving_the_live_widget_moves_the_kink_and_the_sum(live):
    live.move(w1=16, b1=12)  # w1 = 2.0, b1 = 1.0
    state = live.state
    assert state["kinks"][0] == pytest.approx(-0.5)
    x = np.linspace(-3, 3, 101)
    want = direct_sum(x, [2.0, -1.0, 1.5], [1.0, -1.0, -1.5], [1.0, 1.0, -1.5], 0.0)
    np.testing.assert_allclose(np.interp(x, state["x"], state["s"]), want, atol=1e-12)
    live.move(relu=0)
    assert live.state["is_linear"] and not live.state["kinks_in_view"].any()


def test_the_live_widget_refuses_positions_off_its_sliders(live):
    import traitlets

    with pytest.raises((ValueError, traitlets.TraitError), match="whole number in"):
        live.move(w1=17)
    with pytest.raises((ValueError, traitlets.TraitError), match="do not match the controls"):
        live.positions = {"w1": 3}


def test_the_live_widget_displays_as_a_jupyter_widget(live):
    bundle = live._repr_mimebundle_()
    bundle = bundle[0] if isinstance(bundle, tuple) else bundle  # (data, metadata)
    assert "application/vnd.jupyter.widget-view+json" in bundle
    assert live.kind == "relu_kinks" and "export default" in live._esm
