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


def test_the_visible_tests_name_the_mistakes_seen_in_class(shipped):
    def hard_coded(x, y, z):
        return 2.0, 4.0, (2.0, 2.0, 2.0)

    with pytest.raises(AssertionError, match="returns the same result whatever its inputs"):
        shipped.verify_calls("b_fn_forward", "B.4", lambda: hard_coded)
    with pytest.raises(AssertionError, match="floor division"):
        shipped.verify_calls("c_kink_fn", "C.1", lambda: lambda w, b: -b // w)
    with pytest.raises(AssertionError, match=r"Python's max\(\)"):
        shipped.verify_calls("card2_relu", "Card 2", lambda: lambda z: max(0, z))
    with pytest.raises(AssertionError, match="centred difference"):
        shipped.verify("card7_costs", "Card 7", lambda: (2_000_000, 2))
    with pytest.raises(AssertionError, match="transposed W1"):
        shipped.verify("a_W_prime", "A.1", lambda: np.array(KEYMOD.W2) @ np.array(KEYMOD.W1).T)
    with pytest.raises(AssertionError, match="transposed W1"):
        shipped.verify_calls("a_collapse_seed", "A.4", lambda: KEYMOD.collapse_w1_transposed)
    shipped.verify(
        "card8_loop", "Card 8", lambda: ["Forward pass", "loss", "backward pass", "step"]
    )
    for number in (np.float32(2.0), np.int64(2), np.array(2.0)):
        shipped.verify("b_q", "B.1", lambda: number)  # noqa: B023 - called at once
        assert shipped.is_number(number)
    assert not any(map(shipped.is_number, [True, "2", np.array([2.0]), None, np.bool_(True)]))


def test_where_the_public_numbers_cannot_tell_the_swap_the_visible_test_says_so(shipped, capsys):
    shipped.verify("b_dfdz", "B.2", lambda: 2.0)  # right, and so is the swap (q = z = 2)
    said = capsys.readouterr().out
    assert said.startswith("Note (B.2): On the public numbers q = z = 2") and "B.4" in said
    shipped.verify("b_q", "B.1", lambda: 2.0)
    assert capsys.readouterr().out == ""  # no note where nothing is ambiguous
    alice = shipped.variant_index("backprop", "alice", len(shipped.VARIANTS["pool"]))
    x, y, z = KEY.numbers_of(alice)["part_b_circuit"].values()
    try:
        shipped._CHOSEN.append(alice)  # her numbers tell the swap apart: named, no note
        shipped.verify("b_dfdz", "B.2", lambda: x + y)
        with pytest.raises(AssertionError, match="Swapped local gradients"):
            shipped.verify("b_dfdz", "B.2", lambda: z)
        assert capsys.readouterr().out == ""
    finally:
        shipped._CHOSEN.pop()


def test_a_public_mistake_without_a_note_stops_the_build():
    key = M.key()
    shown = checks.Shown("b_dfdx", expr="dfdx")  # no `alike`: q = z hides the swap silently
    with pytest.raises(instant.TableError, match="KEY.show\\('b_dfdx', alike=...\\)"):
        instant.entry(key, shown, "salt", instant._recorder())


def test_the_public_answer_on_ones_own_numbers_is_named_as_such(shipped):
    s17 = shipped.variant_index("backprop", "s17", len(shipped.VARIANTS["pool"]))
    assert KEYMOD.part_a(KEY.numbers_of(s17)).b2 == PUBLIC_A.b_prime  # once "Forgot W2·b1"
    try:
        shipped._CHOSEN.append(s17)
        with pytest.raises(AssertionError, match="answer for the public numbers"):
            shipped.verify("a_b_prime", "A.1", lambda: np.array(PUBLIC_A.b_prime))
    finally:
        shipped._CHOSEN.pop()


@pytest.mark.parametrize(
    "runs, said",
    [
        ([("W_prime = W2 @ W1\nb_prime = W2 @ b_one", "NameError")], "stopped with NameError"),
        ([("y_relu = 0\nwhile True:\n    pass", "KeyboardInterrupt")], "ran too long"),
        ([("while True:\n    pass", "KeyboardInterrupt")], "ran too long"),
        (
            [("# YOUR CODE HERE\nraise NotImplementedError()", "NotImplementedError")],
            "is not answered yet",
        ),
        ([], "is not answered yet"),
    ],
)
def test_an_undefined_answer_says_why(shipped, runs, said):
    """What the kernel ran (noted by instant_feedback's post_run_cell hook) decides between
    an unanswered question and an answer cell that stopped with an error or a time-out."""
    saved = list(shipped._RUNS)
    shipped._RUNS[:] = [
        *runs,
        (shipped.TEST_MARK + ", verify_calls\nverify(...)", "AssertionError"),
    ]
    try:
        with pytest.raises(AssertionError, match=said):
            shipped.verify("a_b_prime", "A.1", lambda: b_prime)  # noqa: F821
    finally:
        shipped._RUNS[:] = saved
