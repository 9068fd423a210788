"""ReLU kinks: the pure state, and the live control driven through its sliders."""

import numpy as np
import pytest

from nnlib.widgets import relu_kinks, relu_kinks_state
from nnlib.widgets.relu_kinks import describe


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
    assert "no kink (w = 0)" in describe(state, relu=True)


def test_bad_input_is_refused_with_a_clear_message():
    with pytest.raises(ValueError, match="one number per hidden unit"):
        relu_kinks_state([1.0, 2.0], [0.0])
    with pytest.raises(ValueError, match="outside the slider range"):
        relu_kinks(ws=(3.0,), bs=(0.0,), vs=(1.0,), mode="live")
    with pytest.raises(ValueError, match="low < high"):
        relu_kinks_state([1.0], [0.0], x_range=(2, -2))


@pytest.fixture()
def live():
    return relu_kinks(mode="live")


def test_moving_a_slider_moves_the_kink_the_curves_and_the_readout(live):
    pic = live.picture
    before = live.image.value
    live.sliders["w1"].value = 2.0
    live.sliders["b1"].value = 1.0
    assert pic.kinks[0].get_xdata()[0] == pytest.approx(-0.5)  # -b/w
    assert pic.kinks[0].get_ydata()[0] == 0.0
    assert "h1: kink at x = \u22120.50" in live.readout.value
    x, h = pic.units[0].get_xdata(), pic.units[0].get_ydata()
    np.testing.assert_allclose(h, np.maximum(2.0 * x + 1.0, 0))
    ws = [live.sliders[f"w{i}"].value for i in (1, 2, 3)]
    bs = [live.sliders[f"b{i}"].value for i in (1, 2, 3)]
    xs, s = pic.sum.get_xdata(), pic.sum.get_ydata()
    np.testing.assert_allclose(s, direct_sum(xs, ws, bs, live.vs, live.c))
    assert live.image.value != before  # the picture was redrawn

    live.sliders["b2"].value = 1.5  # kink of h2 moves to -b/w = -1.5/-1 = 1.5
    assert pic.kinks[1].get_xdata()[0] == pytest.approx(1.5)
    assert "h2: kink at x = 1.50" in live.readout.value


def test_the_toggle_removes_the_relu_and_the_sum_collapses_to_a_line(live):
    live.relu.value = False
    xs, s = live.picture.sum.get_xdata(), live.picture.sum.get_ydata()
    slope = np.polyfit(xs, s, 1)[0]
    np.testing.assert_allclose(s, s[0] + slope * (xs - xs[0]), atol=1e-12)
    assert not any(k.get_visible() for k in live.picture.kinks)
    ws = [live.sliders[f"w{i}"].value for i in (1, 2, 3)]
    bs = [live.sliders[f"b{i}"].value for i in (1, 2, 3)]
    want = f"{np.dot(live.vs, ws):.2f}\u00b7x + {np.dot(live.vs, bs) + live.c:.2f}".replace("-", "\u2212")
    assert want in live.readout.value
    live.relu.value = True
    assert all(k.get_visible() for k in live.picture.kinks)


def test_the_live_control_displays_as_a_jupyter_widget(live):
    bundle = live._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
