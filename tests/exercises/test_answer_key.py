"""The answer key of `backprop` on its own (fast, no nbgrader): the instructor's solution passes
every item, each common mistake gets its named hint, and no wrong value, type or trick passes.

Answers are recorded exactly as in grading: the hidden part of each test cell (the recorder of
nngrade.receipt, the hidden inputs of the manifest, the item's record expression) runs against
a namespace built by executing the source notebook's code cells, and the verdict comes from the
key that the assignment's manifest names.
"""

from __future__ import annotations

import contextlib
import functools
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import IPython.display
import nbformat
import numpy as np
import pytest
from nngrade import manifest, receipt, variants
from nngrade.instant_feedback import STUDENT_ENV

REPO = Path(__file__).resolve().parents[2]
COURSE = REPO / "exercises"

ASSIGNMENT = manifest.find(COURSE, "backprop")
KEY = ASSIGNMENT.key()
answers = ASSIGNMENT.key_module()  # the key file: the seeds' numbers and reference functions

HIDDEN = re.compile(r"### BEGIN HIDDEN TESTS.*?### END HIDDEN TESTS\n?", re.S)


def solution_namespace(notebook: str, overrides: str = "", student: str = "") -> dict:
    """Run the source notebook's answer cells (not its tests) as `student` ("": no id, the
    public numbers), then `overrides`."""
    ns = dict(_solved(notebook, student))
    if overrides:
        exec(overrides, ns)
    return ns


@functools.cache
def _solved(notebook: str, student: str = "") -> dict:
    folder = COURSE / "source" / ASSIGNMENT.name
    nb = nbformat.read(folder / f"{notebook}.ipynb", as_version=4)
    ns: dict = {}
    saved = os.environ.get(STUDENT_ENV)
    os.environ[STUDENT_ENV] = student
    sys.path.insert(0, str(folder))  # the notebooks import instant_feedback from their folder
    try:
        for cell in nb.cells:
            meta = cell.metadata.get("nbgrader", {})
            if cell.cell_type != "code" or (meta.get("grade") and not meta.get("solution")):
                continue
            if "nnlib.widgets" in cell.source:
                continue
            with contextlib.redirect_stdout(io.StringIO()):
                exec(compile(cell.source, notebook, "exec"), ns)
    finally:
        sys.path.remove(str(folder))
        if saved is None:
            os.environ.pop(STUDENT_ENV)
        else:
            os.environ[STUDENT_ENV] = saved
    return ns


@pytest.fixture
def record(monkeypatch):
    """record(grade_id, ns) -> the answer dict the hidden cell would send."""
    sent = []
    monkeypatch.setattr(IPython.display, "display", lambda obj, raw=False: sent.append(obj))

    def run(grade_id: str, ns: dict) -> dict:
        item = KEY.items[grade_id]
        scope = dict(ns)
        exec(receipt.PRELUDE, scope)
        scope.update(ASSIGNMENT.hidden_constants(), _np=np)
        sent.clear()
        exec(f"_nnbp_record({grade_id!r}, lambda: {item.record})", scope)
        (payload,) = sent
        data = payload[receipt.MIME]
        assert data["id"] == grade_id
        return data["answer"]

    return run


def test_source_notebooks_are_built_from_the_authoring_files():
    proc = subprocess.run(
        [sys.executable, "-m", "nngrade.build", "--check"],
        cwd=COURSE,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr


def test_every_test_cell_has_an_item_and_every_item_a_test_cell():
    cells = {}
    for path in (COURSE / "source" / ASSIGNMENT.name).glob("*.ipynb"):
        for cell in nbformat.read(path, as_version=4).cells:
            meta = cell.metadata.get("nbgrader", {})
            if meta.get("grade") and not meta.get("solution"):
                cells[meta["grade_id"]] = (path.stem, meta["points"], cell.source)
    assert set(cells) == set(KEY.items)
    for gid, (notebook, points, source) in cells.items():
        assert (notebook, points) == (KEY.items[gid].notebook, KEY.items[gid].points)
        visible = HIDDEN.sub("", source).strip()
        assert visible.splitlines()[-1].startswith("assert"), f"{gid} must end in an assert"
    assert sum(i.points for i in KEY.items.values()) == 28 == ASSIGNMENT.points_auto
    assert ASSIGNMENT.points == 31


@pytest.mark.parametrize("grade_id", sorted(KEY.items))
def test_the_instructor_solution_passes(grade_id, record):
    ns = solution_namespace(KEY.items[grade_id].notebook)
    assert KEY.verdict(grade_id, record(grade_id, ns)) is None


@pytest.mark.parametrize("grade_id", sorted(KEY.items))
def test_an_unanswered_item_fails_with_a_plain_hint(grade_id, record):
    hint = KEY.verdict(grade_id, record(grade_id, {}))
    assert hint and "not defined" in hint


A, B, F, C = ASSIGNMENT.notebook_names
MISTAKES = [
    (A, "a_W_prime", "W_prime = W1 @ W2", "multiplied W1·W2"),
    (A, "a_W_prime", "W_prime = (W2 @ W1).T", "transpose"),
    (A, "a_W_prime", "W_prime = W2 * W1", "elementwise product"),
    (A, "a_W_prime", "W_prime = (W2 @ W1).tolist()", "Python list where a NumPy array is wanted"),
    (A, "a_b_prime", "b_prime = W2 @ b1", "Forgot the bias b2"),
    (A, "a_b_prime", "b_prime = b2.copy()", "Forgot the W2·b1 term"),
    (A, "a_y_two_layer", "y_two_layer = W2 @ (W1 @ x) + b2", "Forgot the bias b1"),
    (A, "a_y_two_layer", "y_two_layer = W2 @ (W1 @ x + b1)", "Forgot the bias b2"),
    (A, "a_y_collapsed", "y_collapsed = (W1 @ W2) @ x + b_prime", "multiplied W1·W2"),
    (
        A,
        "a_y_relu",
        "y_relu = np.maximum(0, W2 @ (W1 @ x + b1) + b2)",
        "ReLU was applied to the output",
    ),
    (A, "a_y_relu", "y_relu = W2 @ (W1 @ x + b1) + b2", "output without ReLU"),
    (
        A,
        "a_collapse_seed",
        "def collapse(W1, b1, W2, b2):\n    return W1 @ W2, W2 @ b1 + b2",
        "multiplied W1·W2",
    ),
    (
        A,
        "a_collapse_unseen",
        "def collapse(W1, b1, W2, b2):\n    return W1 @ W2, W2 @ b1 + b2",
        "the shapes do not fit",
    ),
    (
        A,
        "a_collapse_unseen",
        "def collapse(W1, b1, W2, b2):\n    return W2 @ W1, W2 @ b1",
        "Forgot the bias b2",
    ),
    (
        A,
        "a_collapse_unseen",
        "def collapse(W1, b1, W2, b2):\n    return W2 @ b1 + b2, W2 @ W1",
        "return the weights first",
    ),
    (A, "a_collapse_unseen", "def collapse(W1, b1, W2, b2):\n    W = W2 @ W1", "None"),
    (B, "b_q", "q = x - y", "sign error"),
    (B, "b_f", "f = q", "You gave q for f"),
    (B, "b_dfdx", "dfdx = 1.0", "Missed the upstream factor"),
    (B, "b_dfdy", "dfdy = -2.0", "Sign error"),
    (B, "b_finite_difference", "fd_dfdx = f_nudged - f", "divide it by the step"),
    (
        B,
        "b_fn_forward",
        "def circuit_forward_backward(x, y, z):\n    return x + y, x + y, (z, z, x + y)",
        "q given for f",
    ),
    (
        B,
        "b_fn_forward",
        "def circuit_forward_backward(x, y, z):\n    return (x + y) * z, x + y, (z, z, x + y)",
        "q given for f",
    ),
    (
        B,
        "b_fn_backward",
        "def circuit_forward_backward(x, y, z):\n    return x + y, (x + y) * z, (1, 1, x + y)",
        "Missed the upstream factor",
    ),
    (
        B,
        "b_fn_backward",
        "def circuit_forward_backward(x, y, z):\n    return x + y, (x + y) * z, (-z, -z, -(x + y))",
        "Sign error",
    ),
    (
        B,
        "b_fn_backward",
        "def circuit_forward_backward(x, y, z):\n    return x + y, (x + y) * z, (z, z, z)",
        "not z",
    ),
    (F, "card1_collapse", 'card1 = "a"', "multiplied W1·W2"),
    (F, "card2_relu", "def relu(z):\n    return np.minimum(0, z)", "not min(0, z)"),
    (F, "card2_relu", "def relu(z):\n    z[z < 0] = 0\n    return z", "in place"),
    (
        F,
        "card2_relu",
        "def relu(z):\n    out = np.maximum(0.0, z)\n    if z.size != 2:\n"
        "        z[:] = out\n    return out",
        "in place",
    ),
    (F, "card2_relu", "def relu(z):\n    return np.abs(z)", "abs(z) flips them"),
    (F, "card2_relu", "def relu(z):\n    return [max(0, v) for v in z]", "Python list"),
    (F, "card3_hidden_features", "card3 = 3072", "raw pixel count"),
    (F, "card4_hand_features", 'card4 = {"a", "b", "c", "d"}', "learned from data"),
    (F, "card6_gate", "card6 = (-2, 3)", "Missed the upstream factor"),
    (F, "card6_gate", "card6 = (15, -10)", "Swapped"),
    (F, "card7_costs", "card7 = (1_000_000, 1_000_000)", "does not scale"),
    (F, "card8_loop", 'card8 = ["forward", "backward", "loss", "step"]', "starts from the loss"),
    (F, "card9_deep", 'card9 = "b"', "composition"),
    (C, "c_kink_value", "kink_x = -1.5", "Sign error"),
    (C, "c_kink_fn", "def kink_position(w, b):\n    return b / w", "Sign error"),
]


@pytest.mark.parametrize(
    "notebook, grade_id, code, hint", MISTAKES, ids=[f"{m[1]}:{m[3][:20]}" for m in MISTAKES]
)
def test_a_common_mistake_is_named(notebook, grade_id, code, hint, record):
    got = KEY.verdict(grade_id, record(grade_id, solution_namespace(notebook, code)))
    assert got is not None and hint in got, got


# The mistakes students were seen to make that the key did not name (issue 18), each written
# as student code; graded on the public numbers unless a student id is given (their own).
NAMED = [
    (A, "a_W_prime", "W_prime = W2 @ W1.T", "", "transposed W1"),
    (
        A,
        "a_collapse_seed",
        "def collapse(W1, b1, W2, b2):\n    return W2 @ W1.T, W2 @ b1 + b2",
        "",
        "transposed W1",
    ),
    (
        A,
        "a_collapse_unseen",
        "def collapse(W1, b1, W2, b2):\n    return W2 @ W1.T, W2 @ b1 + b2",
        "",
        "shapes do not fit",
    ),
    (
        A,
        "a_collapse_unseen",
        "def collapse(W1, b1, W2, b2):\n"
        "    return np.array([[2.0, 3.0], [-1.0, -2.0]]), np.array([1.0, -1.0])",
        "",
        "returns the same result whatever its inputs",
    ),
    # typed in from the website while one's own numbers differ: here b2 = [1, -1] = the public
    # b', which the key used to call "Forgot the W2·b1 term"
    (A, "a_b_prime", "b_prime = np.array([1.0, -1.0])", "s17", "answer for the public numbers"),
    (
        A,
        "a_W_prime",
        "W_prime = np.array([[2.0, 3.0], [-1.0, -2.0]])",
        "s17",
        "answer for the public numbers",
    ),
    (B, "b_dfdx", "dfdx = q", "alice", "Swapped local gradients"),
    (B, "b_dfdz", "dfdz = z", "alice", "Swapped local gradients"),
    (
        B,
        "b_fn_backward",
        "def circuit_forward_backward(x, y, z):\n    q = x + y\n"
        "    dfdq, dfdz = q, z\n    return q, q * z, (dfdq, dfdq, dfdz)",
        "",
        "Swapped local gradients",
    ),
    (
        B,
        "b_fn_backward",
        "def circuit_forward_backward(x, y, z):\n    q = x + y\n    return q, q * z, (1.0, 1.0, q)",
        "",
        "Missed the upstream factor",
    ),
    (
        B,
        "b_fn_forward",
        "def circuit_forward_backward(x, y, z):\n    return 2.0, 4.0, (2.0, 2.0, 2.0)",
        "",
        "returns the same result whatever its inputs",
    ),
    (F, "card2_relu", "def relu(z):\n    return max(0, z)", "", "Python's max()"),
    (
        F,
        "card2_relu",
        "def relu(z):\n    return np.array([max(0, v) for v in z])",
        "",
        "Python's max()",
    ),
    (F, "card7_costs", "card7 = (2_000_000, 2)", "", "centred difference"),
    (C, "c_kink_fn", "def kink_position(w, b):\n    return -b // w", "", "floor division"),
    (
        C,
        "c_kink_fn",
        "def kink_position(w, b):\n    return 1.5",
        "",
        "returns the same result whatever its inputs",
    ),
]


@pytest.mark.parametrize(
    "notebook, grade_id, code, student, hint", NAMED, ids=[f"{m[1]}:{m[4][:20]}" for m in NAMED]
)
def test_each_mistake_seen_in_class_is_named(notebook, grade_id, code, student, hint, record):
    ns = solution_namespace(notebook, "import numpy as np\n" + code, student=student)
    got = KEY.verdict(grade_id, record(grade_id, ns), variants.of(KEY, student))
    assert got is not None and hint in got, got


ACCEPTED = [
    (B, "b_q", "q = np.float32(x + y)"),
    (B, "b_f", "f = np.array(q * z)"),  # a 0-d array
    (B, "b_dfdz", "dfdz = np.int64(q)"),
    (C, "c_kink_value", "kink_x = np.float64(1.5)"),
    (F, "card3_hidden_features", "card3 = np.int64(100)"),
    (F, "card8_loop", 'card8 = ["Forward pass", "loss", "backward pass", "step"]'),
    (
        B,
        "b_fn_forward",
        "def circuit_forward_backward(x, y, z):\n    q = x + y\n    return [q, q * z, [z, z, q]]",
    ),
]


@pytest.mark.parametrize("notebook, grade_id, code", ACCEPTED, ids=[m[2] for m in ACCEPTED])
def test_numpy_numbers_and_plain_variants_of_a_right_answer_are_right(
    notebook, grade_id, code, record
):
    ns = solution_namespace(notebook, "import numpy as np\n" + code)
    assert KEY.verdict(grade_id, record(grade_id, ns)) is None


def test_the_public_answer_is_named_only_where_it_is_wrong(record):
    ns = solution_namespace(A, "b_prime = np.array([1.0, -1.0])")
    assert KEY.verdict("a_b_prime", record("a_b_prime", ns), None) is None  # public: right
    mine = solution_namespace(A, student="s17")
    assert KEY.verdict("a_b_prime", record("a_b_prime", mine), variants.of(KEY, "s17")) is None


TRICKS = [
    ("W_prime = np.array([[2.0, 3.0], [-1.0, np.nan]])", "NaN"),
    (
        "W_prime = np.array([[2, 3], [-1, -2]]).view("
        "type('Sneaky', (np.ndarray,), {'__eq__': lambda s, o: True}))",
        "plain NumPy array",
    ),
    ("class Eq:\n    def __eq__(self, other): return True\nW_prime = Eq()", "unexpected type"),
    ("W_prime = '[[2, 3], [-1, -2]]'", "string"),
    ("W_prime = None", "None"),
    ("W_prime = np.matrix([[2.0, 3.0], [-1.0, -2.0]])", "plain NumPy array"),
    ("W_prime = np.array([[2.0, 3.0, 0.0], [-1.0, -2.0, 0.0]])", "shape"),
]


@pytest.mark.filterwarnings("ignore:the matrix subclass:PendingDeprecationWarning")
@pytest.mark.parametrize("code, hint", TRICKS, ids=[t[1] for t in TRICKS])
def test_no_trick_passes_for_a_right_looking_answer(code, hint, record):
    got = KEY.verdict("a_W_prime", record("a_W_prime", solution_namespace(A, code)))
    assert got is not None and hint in got, (code, got)


def test_a_function_that_raises_or_loops_is_recorded_as_an_error(record):
    ns = solution_namespace(
        B, "def circuit_forward_backward(x, y, z):\n    raise RuntimeError('x')"
    )
    assert "RuntimeError" in KEY.verdict("b_fn_backward", record("b_fn_backward", ns))


def test_the_numbers_of_the_seeds():
    a = answers.part_a(KEY.public)
    assert a.W_prime == [[2.0, 3.0], [-1.0, -2.0]] and a.b_prime == [1.0, -1.0]
    assert a.y_two_layer == [9.0, -6.0] and a.y_relu == [10.0, -6.0]
    assert answers.circuit_ref(*KEY.public[B].values()) == (2.0, 4.0, (2.0, 2.0, 2.0))
    assert answers.circuit_ref(-2.0, 5.0, -4.0) == (3.0, -12.0, (-4.0, -4.0, 3.0))


def test_every_hidden_input_the_notebooks_define_is_scanned_for_in_the_feedback():
    defined = set()
    for name in ASSIGNMENT.notebook_names:
        text = (COURSE / "source" / ASSIGNMENT.name / f"{name}.ipynb").read_text()
        defined |= set(re.findall(r"\b_NNBP_[A-Z0-9_]+\b", text))
    assert defined == set(ASSIGNMENT.hidden_constants())
    assert defined <= set(ASSIGNMENT.feedback_markers())


# ---- each student's own numbers ---------------------------------------------------------------
VARYING = [g for g in sorted(KEY.items) if KEY.items[g].notebook in (A, B)]


def test_two_students_get_different_numbers_and_no_id_gets_the_seeds():
    assert ASSIGNMENT.variants_enabled and len(KEY.pool()) == ASSIGNMENT.variant_pool
    alice, bob = variants.of(KEY, "alice"), variants.of(KEY, "bob")
    assert alice is not None and bob is not None and alice != bob
    assert KEY.numbers_of(alice) != KEY.numbers_of(bob)
    assert variants.of(KEY, "") is None and KEY.numbers_of(None) is None  # the public numbers
    ns = solution_namespace(A)
    assert ns["W1"].tolist() == [[1.0, 2.0], [0.0, -1.0]] and ns["x"].tolist() == [1.0, 2.0]
    assert (solution_namespace(B)["x"], solution_namespace(B)["z"]) == (3.0, 2.0)
    mine = solution_namespace(A, student="alice")
    assert mine["W1"].tolist() == KEY.numbers_of(alice)[A]["W1"]


def test_every_variant_of_the_pool_is_a_good_exercise():
    assert len({repr(n) for n in KEY.pool()}) > len(KEY.pool()) // 2  # not one variant
    for numbers in KEY.pool():
        assert KEY.problems(numbers) == []
        a = answers.part_a(numbers)
        assert all(v.is_integer() and abs(v) <= 5 for v in sum(a.W1 + a.W2, a.b1 + a.b2 + a.x))
        assert sum(h < 0 for h in a.hidden) == 1 and a.y_relu != a.y_two_layer
        x, y, z = numbers[B].values()
        assert x + y != z and all(b != 0 for b in a.b1 + a.b2)
    assert KEY.problems(KEY.public)  # the seeds are not drawn: q = z = 2 there


@pytest.mark.parametrize("notebook", [A, B])
def test_a_students_solution_is_right_for_their_own_numbers_only(notebook, record):
    alice, bob = variants.of(KEY, "alice"), variants.of(KEY, "bob")
    judged_as_bob = []
    for grade_id in [g for g in VARYING if KEY.items[g].notebook == notebook]:
        answer = record(grade_id, solution_namespace(notebook, student="alice"))
        assert KEY.verdict(grade_id, answer, alice) is None
        hint, reads_numbers = KEY.judge(grade_id, answer, bob)
        if reads_numbers:  # a value computed on alice's numbers: wrong for bob
            assert hint is not None
            judged_as_bob.append((grade_id, answer, hint))
    assert len(judged_as_bob) >= 5
    flags = variants.copies(KEY, judged_as_bob, bob, {alice: ["alice"]})
    if any(KEY.names_mistake(g, hint, bob) for g, _, hint in judged_as_bob):
        assert flags == {}  # it might be a genuine mistake on bob's numbers: no flag
    else:
        assert set(flags) == {g for g, _, _ in judged_as_bob}
        assert set(flags.values()) == {"matches student alice's numbers"}
    if notebook == A:  # 2×2 matrices: no named mistake looks like another's numbers here
        assert len(flags) == 5
    # one wrong answer alone that matches another's numbers (a mistake can, by chance): no flag
    right = [(g, a, None) for g, a, _ in judged_as_bob[1:]]
    assert variants.copies(KEY, judged_as_bob[:1] + right, bob, {alice: ["alice"]}) == {}
