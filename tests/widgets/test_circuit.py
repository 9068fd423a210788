"""The circuit f = (x + y) * z: values, gradients, the step-by-step backward walk, and
the live control driven through its sliders."""

import pytest

from nnlib.widgets import circuit, circuit_state


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
    assert "df/dq = \u22124, df/dz = 3" in steps[2]["caption"]
    assert "df/dx = \u22124, df/dy = \u22124" in steps[3]["caption"]
    assert circuit_state(-2, 5, -4) == steps[3]  # the default is the whole pass


def test_bad_input_is_refused_with_a_clear_message():
    with pytest.raises(TypeError, match="x must be a number"):
        circuit_state("3", -1, 2)
    with pytest.raises(ValueError, match="step must be between 0 and 3"):
        circuit_state(3, -1, 2, step=7)
    with pytest.raises(ValueError, match="not a slider position"):
        circuit(x=0.5, mode="live")


def texts(widget):
    pic = widget.picture
    return {n.label: (pic.texts[n].value.get_text(), pic.texts[n].grad.get_text())
            for n in pic.order}


def test_live_sliders_update_values_and_gradients_on_the_graph():
    live = circuit(mode="live")
    assert texts(live) == {"x": ("\u22122", "\u22124"), "y": ("5", "\u22124"), "z": ("\u22124", "3"),
                           "q": ("3", "\u22124"), "f": ("\u221212", "1")}
    before = live.image.value
    for name, v in zip("xyz", (3, -1, 2)):
        live.sliders[name].value = v
    assert texts(live) == {"x": ("3", "2"), "y": ("\u22121", "2"), "z": ("2", "2"),
                           "q": ("2", "2"), "f": ("4", "1")}
    assert live.image.value != before
    assert "df/dx = 2, df/dy = 2" in live.readout.value


def test_live_step_control_walks_the_backward_pass():
    live = circuit(mode="live")
    live.step.value = 0
    assert {g for _, g in texts(live).values()} == {"?"}
    assert not any(r.get_visible() for r in live.picture.rings)
    live.step.value = 2
    t = texts(live)
    assert (t["q"][1], t["z"][1], t["x"][1]) == ("\u22124", "3", "?")
    visible = [g.label for g, r in zip(live.picture.gates, live.picture.rings) if r.get_visible()]
    assert visible == ["f"]  # the multiply gate is at work
    assert "multiply gate" in live.readout.value
