"""The circuit f = (x + y) * z: values, gradients, the step-by-step backward walk, the
frames the page draws from, and the live widget driven through its positions."""

import numpy as np
import pytest

from nnlib.widgets import circuit, circuit_state
from nnlib.widgets.circuit import GRID, picture_data


@pytest.mark.parametrize("xyz, q, f, grads", [
    ((-2, 5, -4), 3, -12, [-4, -4, 3]),   # the lesson's circuit
    ((3, -1, 2), 2, 4, [2, 2, 2]),        # Part B's fresh numbers
])
def test_seed_numbers(xyz, q, f, grads):
    state = circuit_state(*xyz)
    assert state["values"]["q"] == q and state["values"]["f"] == f
    assert [state["grads"][n] for n in "xyz"] == grads
    assert state["grads"]["q"] == xyz[2] and state["grads"]["f"] == 1


def test_finite_difference_agrees_with_the_gradient():
    base, nudged = circuit_state(3, -1, 2), circuit_state(3.01, -1, 2)
    assert nudged["values"]["f"] == pytest.approx(4.02)
    slope = (nudged["values"]["f"] - base["values"]["f"]) / 0.01
    assert slope == pytest.approx(base["grads"]["x"])


def test_the_backward_pass_goes_one_gate_at_a_time():
    steps = [circuit_state(-2, 5, -4, step) for step in range(4)]
    known = [{n for n, g in s["grads"].items() if g is not None} for s in steps]
    assert known == [set(), {"f"}, {"f", "q", "z"}, {"f", "q", "z", "x", "y"}]
    assert [s["active"] for s in steps] == [None, None, "f", "q"]
    assert (steps[2]["grads"]["q"], steps[2]["grads"]["z"]) == (-4, 3)
    assert circuit_state(-2, 5, -4) == steps[3]  # the default is the whole pass


def test_bad_input_is_refused_with_a_clear_message():
    with pytest.raises(TypeError, match="x must be a number"):
        circuit_state("3", -1, 2)
    with pytest.raises(ValueError, match="step must be between 0 and 3"):
        circuit_state(3, -1, 2, step=7)
    with pytest.raises(ValueError, match="not a slider position"):
        circuit(x=0.5, mode="live")


def test_every_frame_is_nnlibs_circuit():
    data = picture_data()
    labels = [n["label"] for n in data["nodes"]]
    n = len(GRID)
    for xyz in [(-2, 5, -4), (3, -1, 2), (-5, 5, 0), (4, 4, -3)]:
        i, j, k = (int(np.argmin(abs(GRID - v))) for v in xyz)
        key = (i * n + j) * n + k
        state = circuit_state(*xyz)
        assert data["values"][key] == [state["values"][lab] for lab in labels]
        assert data["grads"][key] == [state["grads"][lab] for lab in labels]
    for step, known in enumerate(data["known"]):
        state = circuit_state(-2, 5, -4, step)
        assert {labels[i] for i in known} == {lab for lab, g in state["grads"].items()
                                              if g is not None}
        active = data["active"][step]
        assert (None if active is None else labels[active]) == state["active"]
    assert [labels[p] if p is not None else None for p in data["parent"]] == \
        [{"x": "q", "y": "q", "q": "f", "z": "f", "f": None}[lab] for lab in labels]


def test_the_live_widget_opens_at_step_0_with_no_gradient_shown():
    live = circuit(mode="live")
    assert live.positions["step"] == 0
    state = live.state
    assert set(state["grads"].values()) == {None}
    assert (state["values"]["q"], state["values"]["f"]) == (3, -12)


def test_the_live_widget_follows_its_positions():
    live = circuit(mode="live")
    live.move(x=3 + 5, y=-1 + 5, z=2 + 5, step=3)  # positions: -5..5 are indices 0..10
    state = live.state
    assert [state["grads"][v] for v in "xyz"] == [2, 2, 2]
    assert state["values"]["f"] == 4
    with pytest.raises(Exception, match="whole number in"):
        live.move(step=4)
