"""The whole instructor workflow with the real nbgrader CLI, on a temporary copy of the course
and a temporary exchange: generate -> release -> fetch -> fill answers -> submit (one
`nbgrader submit --student ID` per student, nbgrader's own route for several students on
one Unix account) -> collect -> autograde (one batch, in parallel) -> feedback -> export.

One class of 29 students goes through it together: correct, untouched, partial, the common
mistakes, and a hostile set. Every score below was worked out by hand from the answer key
(points per test cell: Part A 8, Part B 9, flashcards 9, Part C 2 automatic + 3 by hand).
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nngrade import manifest, variants
from nngrade.receipt import MIME
from nngrade.solutions import answered, solution_sources

from ..browser.chromium import chromium
from ..conftest import copy_course, course_cli

REPO = Path(__file__).resolve().parents[2]
COURSE_SRC = REPO / "exercises"

ASSIGNMENT = "backprop"
NOTEBOOKS = manifest.find(COURSE_SRC, ASSIGNMENT).notebook_names

C_NAME = NOTEBOOKS[3]


def nbgrader_cli(args: list[str], cwd: Path, env: dict, timeout: float = 300):
    return subprocess.run(
        [str(Path(sys.executable).parent / "nbgrader"), *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def solutions(course: Path) -> dict[str, dict[str, str]]:
    """Answer-cell sources of the instructor's solution, per notebook and answer cell id."""
    out = solution_sources(course, ASSIGNMENT)
    out[C_NAME]["c_reasoning"] = (
        "A wide linear layer is still one linear map, so it draws one flat "
        "boundary per class; ReLU kinks let different regions behave differently."
    )
    return out


def fill(release_nb: Path, answers: dict[str, str]) -> nbformat.NotebookNode:
    """The released notebook with some answer cells replaced, like a student would type them."""
    return answered(nbformat.read(release_nb, as_version=4), answers)


pytestmark = pytest.mark.slow

A, B, F, C = NOTEBOOKS

# ---------------------------------------------------------------------------------------------
# The class. Each student: {notebook: {answer cell id: source}} overriding the correct answers,
# `None` for "submit the released notebook untouched", and the notebooks they hand in.

WRONG_ORDER = {
    A: {
        "a_W_prime_answer": "W_prime = W1 @ W2\nb_prime = W2 @ b1 + b2",
        "a_collapse_answer": "def collapse(W1, b1, W2, b2):\n    return W1 @ W2, W2 @ b1 + b2",
    },
    B: {
        "b_backward_answer": "dfdx = 1.0\ndfdy = 1.0\ndfdz = q",
        "b_fn_answer": "def circuit_forward_backward(x, y, z):\n    q = x + y\n"
        "    return q, q * z, (1.0, 1.0, q)",
    },
    F: {
        "card6_answer": "card6 = (-2, 3)",
        "card8_answer": 'card8 = ["forward", "backward", "loss", "step"]',
    },
    C: {
        "c_kink_answer": "kink_x = -1.5\ndef kink_position(w, b):\n    return b / w",
        "c_reasoning": "YOUR ANSWER HERE",
    },
}
FORGOT_BIAS = {
    A: {
        "a_W_prime_answer": "W_prime = W2 @ W1\nb_prime = W2 @ b1",
        "a_collapse_answer": "def collapse(W1, b1, W2, b2):\n    return W2 @ W1, W2 @ b1",
    },
    B: {
        "b_forward_answer": "q = x + y\nf = q",
        "b_fn_answer": "def circuit_forward_backward(x, y, z):\n    q = x + y\n"
        "    return q, q, (z, z, q)",
    },
    F: {"card3_answer": "card3 = 3072", "card1_answer": 'card1 = "a"'},
}
RELU_OUT = {
    A: {"a_y_relu_answer": "y_relu = np.maximum(0, W2 @ (W1 @ x + b1) + b2)"},
    B: {
        "b_forward_answer": "q = x - y\nf = q * z",
        "b_fn_answer": "def circuit_forward_backward(x, y, z):\n    q = x - y\n"
        "    return q, q * z, (z, z, q)",
    },
    F: {
        "card2_answer": "def relu(z):\n    return np.minimum(0.0, z)",
        "card7_answer": "card7 = (1, 1)",
    },
}
LISTS = {
    A: {
        "a_W_prime_answer": "W_prime = (W2 @ W1).tolist()\nb_prime = (W2 @ b1 + b2).tolist()",
        "a_outputs_answer": "y_two_layer = (W2 @ (W1 @ x + b1) + b2).tolist()\n"
        "y_collapsed = ((W2 @ W1) @ x + W2 @ b1 + b2).tolist()",
        "a_y_relu_answer": "y_relu = (W2 @ np.maximum(0, W1 @ x + b1) + b2).tolist()",
        "a_collapse_answer": "def collapse(W1, b1, W2, b2):\n"
        "    return (W2 @ W1).tolist(), (W2 @ b1 + b2).tolist()",
    }
}
PARTIAL = {
    B: {"b_backward_answer": None, "b_fd_answer": None, "b_fn_answer": None},
    F: {f"card{i}_answer": None for i in (2, 4, 6, 7, 8)},
    C: {"c_kink_answer": None, "c_reasoning": None},
}

# Students who work on numbers other than their own: the grader passes the submission's id into
# the kernel, so each is graded against their own numbers and flagged.
OTHER_ID_A = (
    "import os\nos.environ['NNGRADE_STUDENT_ID'] = 'correct'\n"
    "W1, b1, W2, b2, x = my_numbers('part_a_collapse')\n"
    "W_prime = W2 @ W1\nb_prime = W2 @ b1 + b2"
)
OTHER_ID_B = (
    "import os\nos.environ['NNGRADE_STUDENT_ID'] = 'correct'\n"
    "x, y, z = my_numbers('part_b_circuit')\nq = x + y\nf = q * z"
)
HUB_USER_A = (
    "import os\nos.environ.pop('NNGRADE_STUDENT_ID', None)\n"
    "os.environ['JUPYTERHUB_USER'] = 'correct'\n"
    "W1, b1, W2, b2, x = my_numbers('part_a_collapse')\n"
    "W_prime = W2 @ W1\nb_prime = W2 @ b1 + b2"
)
PUBLIC_NUMBERS_A = {  # the worked example's answers, typed in (right only without an id)
    "a_W_prime_answer": "W_prime = np.array([[2.0, 3.0], [-1.0, -2.0]])\n"
    "b_prime = np.array([1.0, -1.0])",
    "a_outputs_answer": "y_two_layer = np.array([9.0, -6.0])\ny_collapsed = np.array([9.0, -6.0])",
    "a_y_relu_answer": "y_relu = np.array([10.0, -6.0])",
}

READ_SECRETS = r"""
import os
found = []
def attempt(path):
    try:
        with open(path, "rb") as fh:
            fh.read(16)
        found.append("READ-OK " + path)
    except Exception as exc:
        found.append("READ-DENIED " + type(exc).__name__)
for rel in ["../../course/gradebook.db", "../../course/source/backprop/part_a_collapse.ipynb",
            "../../../gradebook.db", "part_a_collapse.ipynb"]:
    attempt(rel)
for pid in os.listdir("/proc"):
    try:
        cmd = open(f"/proc/{pid}/cmdline", "rb").read().split(b"\0")
    except Exception:
        continue
    if b"--course" in cmd:
        course = cmd[cmd.index(b"--course") + 1].decode()
        for name in ["gradebook.db", "backprop/key.py", "source/backprop/part_a_collapse.ipynb"]:
            attempt(os.path.join(course, name))
    try:
        if os.stat(f"/proc/{pid}").st_uid != os.getuid():
            os.readlink(f"/proc/{pid}/cwd")      # where the grader runs
            found.append("READ-OK cwd of " + pid)
    except Exception:
        pass
print("\n".join(found))
W_prime = W2 @ W1
b_prime = W2 @ b1 + b2
"""

MONKEYPATCH = r"""
import math, builtins
import IPython.display
np.allclose = lambda *a, **k: True
np.isclose = lambda *a, **k: True
np.array_equal = lambda *a, **k: True
np.testing.assert_allclose = lambda *a, **k: None
math.isclose = lambda *a, **k: True
IPython.display.display = lambda *a, **k: None
def _nnbp_record(*args, **kwargs):
    return True
get_ipython().input_transformers_post.append(
    lambda lines: ["pass\n"] if any("assert" in line for line in lines) else lines)
W_prime = np.zeros((2, 2))
b_prime = np.zeros(2)
"""

FORGE = (
    r"""
from IPython.display import display
def _forge(result):
    display({"%s": {"id": "a_W_prime", "answer": {
        "kind": "ndarray", "type": "ndarray", "dtype": "float64", "shape": [2, 2],
        "data": {"kind": "list", "items": [
            {"kind": "list", "items": [{"kind": "number", "value": "2.0"}, {"kind": "number", "value": "3.0"}]},
            {"kind": "list", "items": [{"kind": "number", "value": "-1.0"}, {"kind": "number", "value": "-2.0"}]}]}}}},
        raw=True)
get_ipython().events.register("post_run_cell", _forge)
W_prime = np.zeros((2, 2))
b_prime = W2 @ b1 + b2
"""
    % MIME
)

EQ_TRUE = r"""
class AlwaysEqual:
    def __eq__(self, other):
        return True
    def __ne__(self, other):
        return False
class SneakyArray(np.ndarray):
    def __eq__(self, other):
        return np.ones(np.shape(other), dtype=bool)
W_prime = AlwaysEqual()
b_prime = np.zeros(2).view(SneakyArray)
"""

CLASS = {
    # name: (overrides, notebooks handed in)
    "correct": ({}, NOTEBOOKS),
    "untouched": (None, NOTEBOOKS),
    "partial": (PARTIAL, NOTEBOOKS),
    "mistake_order": (WRONG_ORDER, NOTEBOOKS),
    "mistake_bias": (FORGOT_BIAS, NOTEBOOKS),
    "mistake_relu": (RELU_OUT, NOTEBOOKS),
    "mistake_lists": (LISTS, NOTEBOOKS),
    # numbers of another: a classmate's id set in the notebook, a hub user set, the public answers
    "copier": ({A: {"a_W_prime_answer": OTHER_ID_A}, B: {"b_forward_answer": OTHER_ID_B}}, [A, B]),
    "h_hub_user": ({A: {"a_W_prime_answer": HUB_USER_A}}, [A]),
    "h_public_numbers": ({A: PUBLIC_NUMBERS_A}, [A]),
    # the hostile set: each hands in Part A only (other notebooks: not submitted, scored 0)
    "h_syntax": ({A: {"a_y_relu_answer": "y_relu = W2 @ np.maximum(0, W1 @ x + b1 + b2\n"}}, [A]),
    "h_exception": (
        {
            A: {
                "a_outputs_answer": "1 / 0\ny_two_layer = W2 @ (W1 @ x + b1) + b2\n"
                "y_collapsed = W_prime @ x + b_prime"
            }
        },
        [A],
    ),
    "h_loop": ({A: {"a_y_relu_answer": "while True:\n    pass"}}, [A]),
    "h_stubborn_loop": (
        {
            A: {
                "a_y_relu_answer": "import signal\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\n"
                "while True:\n    pass"
            }
        },
        [A],
    ),
    "h_sys_exit": (
        {
            A: {
                "a_y_relu_answer": "y_relu = W2 @ np.maximum(0, W1 @ x + b1) + b2\n"
                "import sys\nsys.exit('stop grading')"
            }
        },
        [A],
    ),
    "h_os_exit": ({A: {"a_y_relu_answer": "import os\nos._exit(0)"}}, [A]),
    "h_huge_print": (
        {
            A: {
                "a_y_relu_answer": "y_relu = W2 @ np.maximum(0, W1 @ x + b1) + b2\n"
                "print('x' * 30_000_000)\nfor i in range(20_000):\n    print(i)"
            }
        },
        [A],
    ),
    "h_deleted_tests": ({}, [A]),
    "h_edited_test": (
        {
            A: {
                "a_W_prime_answer": "W_prime = W2 @ W1\nb_prime = W2 @ b1",
                "a_outputs_answer": "y_two_layer = W2 @ (W1 @ x + b1) + b2\n"
                "y_collapsed = W_prime @ x + W2 @ b1 + b2",
            }
        },
        [A],
    ),
    "h_duplicated_test": ({}, [A]),
    "h_metadata": ({}, [A]),
    "h_invalid_json": ({}, [A]),
    "h_empty": ({}, [A]),
    "h_missing": ({}, [B]),
    "h_wrong_type": (
        {
            A: {
                "a_W_prime_answer": "W_prime = [[2.0, 3.0], [-1.0, -2.0]]\nb_prime = W2 @ b1 + b2",
                "a_outputs_answer": "y_two_layer = W2 @ (W1 @ x + b1) + b2\n"
                "y_collapsed = (W2 @ W1) @ x + b_prime",
                "a_y_relu_answer": "y_relu = {'answer': [10, -6]}",
            }
        },
        [A],
    ),
    "h_nan": (
        {
            A: {
                "a_W_prime_answer": "W_prime = np.full((2, 2), np.nan)\nb_prime = W2 @ b1 + b2",
                "a_outputs_answer": "y_two_layer = W2 @ (W1 @ x + b1) + b2\n"
                "y_collapsed = (W2 @ W1) @ x + b_prime",
                "a_y_relu_answer": "y_relu = np.array([np.nan, np.nan])",
            }
        },
        [A],
    ),
    "h_eq_true": (
        {
            A: {
                "a_W_prime_answer": EQ_TRUE,
                "a_outputs_answer": "y_two_layer = W2 @ (W1 @ x + b1) + b2\n"
                "y_collapsed = (W2 @ W1) @ x + W2 @ b1 + b2",
                "a_collapse_answer": "def collapse(W1, b1, W2, b2):\n"
                "    return AlwaysEqual(), AlwaysEqual()",
            }
        },
        [A],
    ),
    "h_monkeypatch": (
        {
            A: {
                "a_W_prime_answer": MONKEYPATCH,
                "a_outputs_answer": "y_two_layer = np.zeros(2)\ny_collapsed = np.zeros(2)",
                "a_y_relu_answer": "y_relu = np.zeros(2)",
                "a_collapse_answer": "def collapse(W1, b1, W2, b2):\n"
                "    return np.zeros((len(W2), len(W1[0]))), np.zeros(len(W2))",
            }
        },
        [A],
    ),
    "h_forge": ({A: {"a_W_prime_answer": FORGE}}, [A]),
    "h_read_secrets": ({A: {"a_W_prime_answer": READ_SECRETS}}, [A]),
    "h_memory": (
        {
            A: {
                "a_y_relu_answer": "y_relu = W2 @ np.maximum(0, W1 @ x + b1) + b2\n"
                "hog = bytearray(64 * 2**30)"
            }
        },
        [A],
    ),
    "h_daemon": (
        {
            A: {
                "a_y_relu_answer": "y_relu = W2 @ np.maximum(0, W1 @ x + b1) + b2\n"
                "import subprocess, sys\n"
                "subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(600)', "
                "'nngrade-daemon-marker'], start_new_session=True)"
            }
        },
        [A],
    ),
}

# Expected automatic scores, worked out by hand item by item (see the module docstring).
EXPECTED = {
    "correct": 28,  # 8 + 9 + 9 + 2 (Part C's written answer waits for a human)
    "untouched": 0,
    "partial": 14,  # A 8; B q, f = 2; cards 1, 3, 5, 9 = 4; C 0
    "mistake_order": 15,  # A b', y2, y_relu = 3; B q, f, dfdz, fd, fn-forward = 5; cards 7; C 0
    "mistake_bias": 18,  # A W', y2, y_relu = 3; B q, 3 grads, fn-backward 2 = 6; cards 7; C 2
    "mistake_relu": 18,  # A 7; B dfdx, dfdy = 2 (fd nudges x + y, not x - y); cards 7; C 2
    "mistake_lists": 20,  # A 0 (lists everywhere); B 9; cards 9; C 2
    "copier": 6,  # the functions only: A collapse 3, B circuit 3 (every value is correct's)
    "h_hub_user": 3,  # A's collapse only
    "h_public_numbers": 3,  # A's collapse only
    "h_syntax": 7,
    "h_exception": 6,
    "h_loop": 7,
    "h_stubborn_loop": 4,
    "h_sys_exit": 8,
    "h_os_exit": 4,
    "h_huge_print": 8,
    "h_deleted_tests": 8,
    "h_edited_test": 7,
    "h_duplicated_test": 8,
    "h_metadata": 8,
    "h_invalid_json": 0,
    "h_empty": 0,
    "h_missing": 9,
    "h_wrong_type": 6,
    "h_nan": 6,
    "h_eq_true": 3,
    "h_monkeypatch": 0,
    "h_forge": 0,
    "h_read_secrets": 8,
    "h_memory": 8,
    "h_daemon": 8,
}
HINTS = {  # a hint each mistake must produce in that student's feedback
    "mistake_order": [
        "multiplied W1·W2",
        "Missed the upstream factor",
        "The backward pass starts from the loss",
        "Sign error: solve w·x + b = 0",
    ],
    "mistake_bias": [
        "Forgot the bias b2",
        "You gave q for f",
        "q given for f",
        "3072 is the raw pixel count",
    ],
    "mistake_relu": [
        "ReLU was applied to the output",
        "a sign error",
        "Sign error in the adder",
        "max(0, z), not min(0, z)",
    ],
    "mistake_lists": ["Python list where a NumPy array is wanted"],
    "h_wrong_type": ["Python list where a NumPy array is wanted", "unexpected type (dict)"],
    "h_nan": ["NaN"],
}
FLAGS = {  # words that must appear among the student's flags
    "h_stubborn_loop": ["could not be interrupted"],
    "h_os_exit": ["kernel died"],
    "h_deleted_tests": ["deleted; put back"],
    "h_edited_test": ["was edited"],
    "h_duplicated_test": ["more than once"],
    "h_metadata": ["metadata changed"],
    "h_invalid_json": ["not a valid notebook"],
    "h_empty": ["empty notebook"],
    "h_missing": ["part_a_collapse: not submitted"],
    "h_forge": ["tampering"],
    "copier": ["a_W_prime: matches student correct's numbers", "b_q: matches student correct's"],
    "h_hub_user": ["a_y_relu: matches student correct's numbers"],
    "h_public_numbers": ["a_W_prime: matches the public numbers"],
}


SUBMIT_MANY = """
import json, os, sys
from nbgrader.apps.submitapp import SubmitApp
students, ex_args = json.loads(sys.argv[1])
for home, student in students:
    os.chdir(home)
    SubmitApp.clear_instance()
    app = SubmitApp.instance()
    app.initialize(["backprop", "--student", student, *ex_args])
    app.start()
"""


def build_submission(name: str, fetched: Path, sols: dict, home: Path) -> None:
    overrides, handed_in = CLASS[name]
    folder = home / ASSIGNMENT
    shutil.copytree(fetched, folder)
    for nb_name in NOTEBOOKS:
        path = folder / f"{nb_name}.ipynb"
        if nb_name not in handed_in:
            path.unlink()
            continue
        if overrides is None:
            continue
        answers = dict(sols[nb_name])
        for gid, src in (overrides.get(nb_name) or {}).items():
            if src is None:
                answers.pop(gid)
            else:
                answers[gid] = src
        nbformat.write(fill(path, answers), path)
    hostile_edits(name, folder / f"{A}.ipynb")


def hostile_edits(name: str, path: Path) -> None:
    """Edits a student can make to the notebook file itself."""
    if not path.exists():
        return
    if name == "h_invalid_json":
        path.write_text(path.read_text()[:300])
        return
    nb = nbformat.read(path, as_version=4)
    gid = lambda c: c.metadata.get("nbgrader", {}).get("grade_id")  # noqa: E731
    if name == "h_deleted_tests":
        nb.cells = [c for c in nb.cells if gid(c) not in ("a_W_prime", "a_collapse_unseen")]
    elif name == "h_edited_test":
        for c in nb.cells:
            if gid(c) == "a_b_prime":
                c.source = "assert True"
    elif name == "h_duplicated_test":
        i = next(i for i, c in enumerate(nb.cells) if gid(c) == "a_y_relu")
        same, empty = (
            nbformat.from_dict(dict(nb.cells[i])),
            nbformat.from_dict(json.loads(json.dumps(nb.cells[i]))),
        )
        same["id"], empty["id"] = "dup-same", "dup-empty"
        empty.metadata["nbgrader"] = {}
        nb.cells[i + 1 : i + 1] = [same, empty]
        j = next(i for i, c in enumerate(nb.cells) if gid(c) == "a_W_prime_answer")
        wrong = nbformat.from_dict(json.loads(json.dumps(nb.cells[j])))
        wrong["id"], wrong.source = (
            "dup-answer",
            "W_prime = np.zeros((2, 2))\nb_prime = np.zeros(2)",
        )
        nb.cells.insert(j, wrong)  # an earlier copy: the last one is graded
    elif name == "h_metadata":
        for c in nb.cells:
            if gid(c) == "a_W_prime":
                c.metadata.nbgrader["points"] = 99
            if gid(c) == "a_y_relu":
                c.metadata.nbgrader["grade"] = False
            if gid(c) == "a_collapse_answer":
                c.metadata.nbgrader["locked"] = True
    elif name == "h_empty":
        nb.cells = []
    elif name == "h_sys_exit":
        pass
    nbformat.write(nb, path) if name != "h_empty" else path.write_text(
        json.dumps({"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5})
    )


@pytest.fixture(scope="module")
def graded(tmp_path_factory, exercises_env):
    """Run the whole workflow once for the class; return what the tests look at."""
    root = tmp_path_factory.mktemp("course-e2e")
    course = copy_course(root / "course")
    exchange = root / "exchange"
    env = dict(exercises_env, NN_BACKPROP_STUDENT_BUDGET="40")
    steps = {}

    def step(name, *args, timeout=900, ok=(0,)):
        proc = course_cli(course, exchange, *args, env=env, timeout=timeout)
        steps[name] = proc
        assert proc.returncode in ok, (
            f"course.py {' '.join(args)} failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
        )
        return proc

    step("generate", "generate")
    step("release", "release")

    # one real fetch; every student starts from what it fetched
    fetcher = root / "homes" / "_fetch"
    fetcher.mkdir(parents=True)
    ex_args = [f"--Exchange.root={exchange}", "--CourseDirectory.course_id=nn-backprop"]
    fetched = nbgrader_cli(["fetch_assignment", ASSIGNMENT, *ex_args], fetcher, env)
    assert fetched.returncode == 0, fetched.stderr[-2000:]
    sols = solutions(course)

    for name in CLASS:
        (root / "homes" / name).mkdir()
        build_submission(name, fetcher / ASSIGNMENT, sols, root / "homes" / name)
    # Two students submit with the `nbgrader submit` command; the rest go through the same
    # SubmitApp in one Python process (27 separate CLI starts would cost ~80 s of imports).
    cli_students = ["correct", "untouched"]
    for name in cli_students:
        proc = nbgrader_cli(
            ["submit", ASSIGNMENT, "--student", name, *ex_args], root / "homes" / name, env
        )
        assert proc.returncode == 0, f"submit {name} failed:\n{proc.stderr[-2000:]}"
    others = [(str(root / "homes" / n), n) for n in CLASS if n not in cli_students]
    proc = subprocess.run(
        [sys.executable, "-c", SUBMIT_MANY, json.dumps([others, ex_args])],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-3000:]

    step("collect", "collect")
    step("autograde", "autograde", "--jobs", "2", "--quiet", ok=(3,))  # 3: some were flagged
    step("feedback", "feedback")
    step("export", "export", "--output", str(root / "grades.csv"))
    with (course / "autograded" / "summary.csv").open() as fh:
        summary = {row["student"]: row for row in csv.DictReader(fh)}
    with (root / "grades.csv").open() as fh:
        grades = {row["student_id"]: row for row in csv.DictReader(fh)}
    return dict(
        course=course,
        exchange=exchange,
        steps=steps,
        summary=summary,
        grades=grades,
        fetched=fetcher / ASSIGNMENT,
        root=root,
    )


def feedback_text(course: Path, student: str) -> str:
    pages = sorted((course / "feedback" / student / ASSIGNMENT).glob("*.html"))
    return "\n".join(p.read_text() for p in pages).replace("&#39;", "'").replace("&quot;", '"')


def test_every_student_has_the_expected_score(graded):
    got = {s: float(graded["summary"][s]["score"]) for s in CLASS}
    assert got == {s: float(v) for s, v in EXPECTED.items()}
    assert {float(graded["summary"][s]["max_score"]) for s in CLASS} == {31.0}


def test_exported_csv_agrees_with_the_gradebook(graded):
    for student, expected in EXPECTED.items():
        row = graded["grades"][student]
        assert row["assignment"] == ASSIGNMENT
        assert float(row["raw_score"]) == expected, student
        assert float(row["max_score"]) == 31.0


def test_clean_submissions_are_not_flagged_and_written_answers_wait_for_a_human(graded):
    summary = graded["summary"]
    for student in (
        "correct",
        "untouched",
        "partial",
        "mistake_order",
        "mistake_bias",
        "mistake_relu",
    ):
        assert summary[student]["status"] == "graded", (student, summary[student]["flags"])
    assert summary["correct"]["needs_manual_grade"] == "1"  # the Part C argument
    assert summary["untouched"]["needs_manual_grade"] == "0"  # left as released: nothing to grade


def test_each_hostile_case_is_flagged_for_the_right_reason(graded):
    for student, words in FLAGS.items():
        flags = graded["summary"][student]["flags"]
        assert graded["summary"][student]["status"] == "flagged"
        for word in words:
            assert word in flags, (student, word, flags)


def test_each_student_is_graded_on_their_own_numbers(graded):
    """The numbers printed in each graded notebook are those of the submission's id, never
    those a student's code asked for (the first cell runs before any answer cell)."""
    key = manifest.find(COURSE_SRC, ASSIGNMENT).key()
    for student in ("correct", "copier", "h_public_numbers"):
        nb = nbformat.read(graded["course"] / "autograded" / student / ASSIGNMENT / f"{A}.ipynb", 4)
        printed = "".join(o.get("text", "") for o in nb.cells[1].outputs)
        own = key.numbers_of(variants.of(key, student))[A]
        assert f"for the id {student!r}" in printed, printed
        assert f"W1 = {own['W1']}".replace(".0", "") in printed, printed
    assert variants.of(key, "copier") != variants.of(key, "correct")
    text = feedback_text(graded["course"], "copier")
    assert "fits other numbers than yours" in text


def test_feedback_names_the_likely_mistake(graded):
    for student, hints in HINTS.items():
        text = feedback_text(graded["course"], student)
        for hint in hints:
            assert hint in text, (student, hint)


def test_feedback_maths_needs_no_network(graded):
    page = feedback_text(graded["course"], "correct")
    assert "cdnjs" not in page and "mathjax" not in page.lower()
    assert page.count("<math") >= 5 and "$W_1" not in page


def test_feedback_reveals_no_hidden_test_and_no_raw_output(graded):
    course = graded["course"]
    pages = list((course / "feedback").glob(f"*/{ASSIGNMENT}/*.html"))
    assert len(pages) >= 7 * 4
    for page in pages:
        text = page.read_text()
        # what only hidden tests contain (a student's own source may contain anything)
        for marker in ("HIDDEN TESTS", "_nnbp_sent", "_NNBP_", "Send the answer to the grader"):
            assert marker not in text, (page, marker)
        # outputs of student code never reach the feedback
        for printed in ("READ-DENIED PermissionError", "READ-OK ..", "xxxxxxxxxx"):
            assert printed not in text, (page, printed)
    # the hidden inputs of the functions are not in the feedback either
    assert "0.25, -2.0, 1.0, 0.5" not in "".join(p.read_text() for p in pages)


def test_released_and_fetched_notebooks_hold_no_solution_and_no_hidden_test(graded):
    course = graded["course"]
    src = {c.strip() for name in NOTEBOOKS for c in solutions(course)[name].values()}
    for folder in (course / "release" / ASSIGNMENT, graded["fetched"]):
        for name in NOTEBOOKS:
            nb = nbformat.read(folder / f"{name}.ipynb", as_version=4)
            text = json.dumps(nb)
            for marker in ("HIDDEN TESTS", "_nnbp", "BEGIN SOLUTION", "Rubric", "Model answer"):
                assert marker not in text, (folder, name, marker)
            code = [c.source.strip() for c in nb.cells if c.cell_type == "code"]
            assert not (set(code) & src), (name, set(code) & src)


def test_hostile_code_could_not_read_the_gradebook_or_hidden_tests(graded):
    nb = nbformat.read(
        graded["course"] / "autograded" / "h_read_secrets" / ASSIGNMENT / f"{A}.ipynb", as_version=4
    )
    printed = "".join(o.get("text", "") for c in nb.cells for o in c.get("outputs", []))
    assert "READ-DENIED" in printed
    assert "READ-OK" not in printed, printed


def test_the_student_checker_exits_non_zero_with_plain_words(graded, exercises_env):
    homes = graded["root"] / "homes"
    ok = course_cli(
        graded["course"],
        graded["exchange"],
        "validate",
        str(homes / "correct" / ASSIGNMENT / f"{A}.ipynb"),
        env=exercises_env,
    )
    assert ok.returncode == 0 and "every visible check passes" in ok.stdout, ok.stdout + ok.stderr
    bad = course_cli(
        graded["course"],
        graded["exchange"],
        "validate",
        str(homes / "mistake_lists" / ASSIGNMENT / f"{A}.ipynb"),
        str(homes / "untouched" / ASSIGNMENT / f"{B}.ipynb"),
        env=exercises_env,
    )
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "W_prime should be a NumPy array" in bad.stdout
    assert "thing(s) to fix" in bad.stdout and "Traceback" not in bad.stdout


def test_huge_output_is_capped(graded):
    path = graded["course"] / "autograded" / "h_huge_print" / ASSIGNMENT / f"{A}.ipynb"
    assert path.stat().st_size < 500_000
    assert "output capped by the grader" in path.read_text()


def test_no_other_students_grade_was_lost(graded):
    # every student of the class has a submission with grades in the real gradebook
    assert set(graded["grades"]) >= set(CLASS)
    assert set(graded["summary"]) == set(CLASS)
    log = graded["steps"]["autograde"].stdout
    assert re.search(rf"{len(CLASS)} students:", log)


def test_the_relu_kink_slider_runs_in_the_grading_kernel(graded):
    nb = nbformat.read(
        graded["course"] / "autograded" / "correct" / ASSIGNMENT / f"{C}.ipynb", as_version=4
    )
    (cell,) = [c for c in nb.cells if "interact(draw_unit" in c.source]
    assert cell.outputs and not [o for o in cell.outputs if o.output_type == "error"], cell.outputs


def test_nothing_a_student_started_survives_the_grading(graded):
    left = []
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and b"nngrade-daemon-marker" in (proc / "cmdline").read_bytes():
                left.append(proc.name)
        except OSError:
            pass
    assert not left, f"processes started by student code are still running: {left}"


def test_the_misconception_report_counts_the_class_and_opens_offline_in_chromium(graded, tmp_path):
    made = subprocess.run(
        [
            sys.executable,
            "-m",
            "nngrade.report",
            ASSIGNMENT,
            "--course",
            str(graded["course"]),
            "--output",
            str(tmp_path / "report.html"),
        ],
        cwd=COURSE_SRC,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert made.returncode == 0, made.stdout + made.stderr
    page = (tmp_path / "report.html").read_text()
    assert "http://" not in page and "https://" not in page and "<script" not in page
    sys.path.insert(0, str(COURSE_SRC))
    from nngrade import report

    questions, students, _ = report.read_class(
        graded["course"], manifest.find(COURSE_SRC, ASSIGNMENT)
    )
    assert set(students) == set(CLASS)
    # the class, worked out by hand: right / named mistake / unanswered for a few questions
    order = next(
        h for h in questions["a_W_prime"].mistakes if h.startswith("Looks like you multiplied")
    )
    assert students["mistake_order"]["a_W_prime"] == order
    assert students["correct"]["a_W_prime"] == report.RIGHT
    assert students["untouched"]["a_W_prime"] == report.UNANSWERED
    assert students["h_missing"]["a_W_prime"] == report.UNANSWERED  # Part A not handed in
    assert students["copier"]["a_W_prime"] == report.COPIED
    assert "copier" in page and "matches student correct" in page.replace("&#x27;", "'")
    bias = questions["a_b_prime"]
    assert bias.counts[next(h for h in bias.mistakes if h.startswith("Forgot the bias b2"))] >= 2
    for q in questions.values():
        assert sum(q.counts.values()) == len(CLASS), q

    requests = []
    with chromium() as browser:
        tab = browser.new_page(viewport={"width": 1200, "height": 900})
        tab.on("request", lambda r: requests.append(r.url))
        tab.goto((tmp_path / "report.html").as_uri())
        assert tab.locator("section.q svg").count() == len(questions)
        assert tab.locator("section#a_W_prime").inner_text().count("Looks like you multiplied") == 1
        assert tab.locator("tbody tr").count() == len(CLASS)
        tab.screenshot(path=str(tmp_path / "report.png"), full_page=True)
    assert (tmp_path / "report.png").stat().st_size > 10_000
    assert all(url.startswith("file://") for url in requests), requests
