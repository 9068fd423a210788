"""The fingerprint table behind the visible tests (fast, no kernel): it agrees with the answer
key, names each mistake, and holds no answer."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest

REPO = Path(__file__).resolve().parents[2]
COURSE_SRC = REPO / "exercises"
sys.path.insert(0, str(COURSE_SRC))

from nngrade import checks, instant, manifest  # noqa: E402
from nngrade import instant_feedback as student  # noqa: E402

M = manifest.find(COURSE_SRC, "backprop")
KEYMOD = M.key_module()
KEY = M.key()
PUBLIC_A = KEYMOD.part_a(KEY.public)


@pytest.fixture(scope="module")
def shipped():
    """The generated instant_feedback.py, imported as the student's kernel imports it."""
    path = COURSE_SRC / "source" / "backprop" / instant.FILE
    spec = importlib.util.spec_from_file_location("shipped_instant_feedback", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module._CHOSEN[:] = [None]  # as after my_numbers() without a course id: the public numbers
    return module


def test_the_committed_file_is_the_table_of_the_key(shipped):
    assert (
        COURSE_SRC / "source" / "backprop" / instant.FILE
    ).read_text() == instant.student_module(M)
    assert set(shipped.TABLE) == set(M.key().items)


def test_right_values_pass_and_named_mistakes_are_named(shipped):
    shipped.verify("a_W_prime", "A.1", lambda: np.array(PUBLIC_A.W_prime))
    with pytest.raises(AssertionError, match="multiplied W1·W2"):
        shipped.verify("a_W_prime", "A.1", lambda: np.array(KEYMOD.W1) @ np.array(KEYMOD.W2))
    with pytest.raises(AssertionError, match="q · z is f itself"):
        shipped.verify("b_dfdz", "B.2", lambda: 4.0)
    with pytest.raises(AssertionError, match="A.1 is not answered yet: `W_prime`"):
        shipped.verify("a_W_prime", "A.1", lambda: W_prime)  # noqa: F821
    shipped.verify_calls("a_collapse_unseen", "A.4", lambda: KEYMOD.collapse_right)
    with pytest.raises(AssertionError, match="raised ValueError on non-square"):
        shipped.verify_calls("a_collapse_unseen", "A.4", lambda: KEYMOD.collapse_order_swapped)

    def two_mistakes(x, y, z):  # f first and the upstream factor missed: both are named
        return (x + y) * z, x + y, (1.0, 1.0, x + y)

    with pytest.raises(AssertionError, match="returned f first"):
        shipped.verify_calls("b_fn_forward", "B.4", lambda: two_mistakes)
    with pytest.raises(AssertionError, match="Missed the upstream factor"):
        shipped.verify_calls("b_fn_backward", "B.4", lambda: two_mistakes)


def test_answers_of_another_type_the_grader_accepts_pass_too(shipped):
    shipped.verify("card8_loop", "Card 8", lambda: list(("forward", "loss", "backward", "step")))
    shipped.verify("card4_hand_features", "Card 4", lambda: set(["d", "a", "b"]))
    shipped.verify("b_q", "B.1", lambda: np.float64(2.0))
    assert student.canonical(-0.0) == student.canonical(0.0)
    assert student.canonical((1, 2)) == student.canonical(np.array([1.0, 2.0]))


def test_the_table_holds_no_answer():
    text = (COURSE_SRC / "source" / "backprop" / instant.FILE).read_text()
    a = PUBLIC_A
    for value in (a.W_prime, a.b_prime, a.y_relu, a.y_two_layer):
        assert repr(value) not in text and repr(np.array(value).tolist()) not in text
    for numbers in KEY.pool():  # (a pair of numbers may match a public input by chance)
        assert repr(KEYMOD.part_a(numbers).W_prime) not in text
    assert "def collapse_right" not in text and "W2 @ W1, W2 @ b1 + b2" not in text


def test_a_mistake_the_public_inputs_cannot_tell_apart_stops_the_build():
    key = M.key()
    shown = checks.Shown(
        "c_kink_fn",
        function="kink_position",
        cases=[[1.0, 1.0]],
        candidates=[KEYMOD.kink_right, KEYMOD.kink_upside_down],
        case_check=KEYMOD._kink_case,
    )  # -b/w == -w/b when w == b
    with pytest.raises(instant.TableError, match="cannot tell the mistake kink_upside_down"):
        instant.entry(key, shown, "salt", instant._recorder())


def test_each_variant_has_its_own_fingerprints(shipped):
    alice = shipped.variant_index("backprop", "alice", len(shipped.VARIANTS["pool"]))
    assert alice == KEYMOD.KEY.pool().index(KEY.numbers_of(alice))
    mine = KEYMOD.part_a(KEY.numbers_of(alice))
    try:
        shipped._CHOSEN.append(alice)
        shipped.verify("a_W_prime", "A.1", lambda: np.array(mine.W_prime))
        shipped.verify("a_y_relu", "A.3", lambda: np.array(mine.y_relu))
        with pytest.raises(AssertionError, match="multiplied W1·W2"):
            shipped.verify("a_W_prime", "A.1", lambda: np.array(mine.W1) @ np.array(mine.W2))
        with pytest.raises(AssertionError):  # the public answer is not alice's
            shipped.verify("a_W_prime", "A.1", lambda: np.array(PUBLIC_A.W_prime))
    finally:
        shipped._CHOSEN.pop()
    with pytest.raises(AssertionError):  # and alice's answer is not the public one
        shipped.verify("a_W_prime", "A.1", lambda: np.array(mine.W_prime))
