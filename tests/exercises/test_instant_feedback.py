"""Students hear the truth while they work: the released notebooks, worked with each mistake the
answer key names (written as code), fail the student's checker (check_notebook.py, `make
validate`) with the mistake's name, and `nbgrader validate` prints it too and exits non-zero.
The instructor's solution passes. Real nbgrader, real kernels, on the release nbgrader generates.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import nbformat
import pytest

REPO = Path(__file__).resolve().parents[2]
COURSE_SRC = REPO / "exercises"
sys.path.insert(0, str(COURSE_SRC))

from nngrade import instant, manifest  # noqa: E402
from nngrade.solutions import answered, solution_sources  # noqa: E402

from ..conftest import generated_course  # noqa: E402

ASSIGNMENT = "backprop"
A, B, F, C = manifest.find(COURSE_SRC, ASSIGNMENT).notebook_names
VENV_BIN = Path(sys.executable).parent

ORDER = "Looks like you multiplied W1·W2"

pytestmark = pytest.mark.slow

# Each case: {notebook: {answer cell: code}} on top of the solution, and the hints (from the
# answer key) the checker must print. Several mistakes share one notebook run to keep it fast.
MISTAKES = {
    "part_a_order_and_biases": (
        A,
        {
            "a_W_prime_answer": "W_prime = W1 @ W2\nb_prime = W2 @ b1",
            "a_outputs_answer": "y_two_layer = W2 @ (W1 @ x) + b2\ny_collapsed = y_two_layer",
            "a_y_relu_answer": "y_relu = W2 @ (W1 @ x + b1) + b2",
            "a_collapse_answer": "def collapse(W1, b1, W2, b2):\n    return W1 @ W2, W2 @ b1 + b2",
        },
        [
            ORDER,
            "Forgot the bias b2: this is W2·b1 alone",
            "Forgot the bias b1 of the first layer",
            "This is the output without ReLU",
            "collapse raised ValueError on non-square matrices: the shapes do not fit",
        ],
    ),
    "part_a_elementwise_and_relu_on_output": (
        A,
        {
            "a_W_prime_answer": "W_prime = W2 * W1\nb_prime = b2",
            "a_outputs_answer": "y_two_layer = W2 @ (W1 @ x + b1)\ny_collapsed = y_two_layer",
            "a_y_relu_answer": "y_relu = np.maximum(0, W2 @ (W1 @ x + b1) + b2)",
            "a_collapse_answer": "def collapse(W1, b1, W2, b2):\n    return W2 @ W1, W2 @ b1",
        },
        [
            "Looks like an elementwise product (W2 * W1)",
            "Forgot the W2·b1 term",
            "Forgot the bias b2 of the second layer",
            "Looks like ReLU was applied to the output",
            "Forgot the bias b2: b = W2 @ b1 + b2.",
        ],
    ),
    "part_b_upstream_and_q_times_z": (
        B,
        {
            "b_forward_answer": "q = x - y\nf = x + y",
            "b_backward_answer": "dfdq = z\ndfdz = (x + y) * z\ndfdx = 1.0\ndfdy = 1.0",
            "b_fd_answer": (
                "h = 0.01\nf_nudged = ((x + h) + y) * z\nfd_dfdx = f_nudged - (x + y) * z"
            ),
            "b_fn_answer": "def circuit_forward_backward(x, y, z):\n    q = x + y\n"
            "    return q, q * z, (z, z, q * z)",
        },
        [
            "This is x - y",
            "You gave q for f",
            "Missed the upstream factor",
            "q · z is f itself",
            "This is the change in f",
            "df/dz = q · z is f itself",
        ],
    ),
    "part_b_function_mistakes": (
        B,
        {
            "b_fn_answer": "def circuit_forward_backward(x, y, z):\n    q = x + y\n"
            "    return q * z, q, (1.0, 1.0, q)",
        },
        ["the function returned f first", "Missed the upstream factor"],
    ),
    "flashcards": (
        F,
        {
            "card1_answer": 'card1 = "a"',
            "card2_answer": "def relu(z):\n    return np.abs(z)",
            "card3_answer": "card3 = 3072",
            "card4_answer": 'card4 = {"a", "b", "c", "d"}',
            "card5_answer": 'card5 = "(A)"',
            "card6_answer": "card6 = (-2, 3)",
            "card7_answer": "card7 = (1, 2)",
            "card8_answer": 'card8 = ["forward", "backward", "loss", "step"]',
            "card9_answer": 'card9 = "b"',
        },
        [
            "The bias also goes through W2",
            "abs(z) flips them",
            "3072 is the raw pixel count",
            "AlexNet's first-layer filters were learned",
            "Finite differences are the numerical",
            "multiply each local gradient by the upstream 5",
            "about a million",
            "the loss comes before it",
            "Depth is about composition",
        ],
    ),
    "flashcards_relu_in_place": (
        F,
        {
            "card2_answer": "def relu(z):\n    z[z < 0] = 0\n    return z",
        },
        ["relu changed its input array in place"],
    ),
    "part_c_kink_sign": (
        C,
        {
            "c_kink_answer": "kink_x = -1.5\ndef kink_position(w, b):\n    return b / w",
        },
        ["Sign error: the kink is where w·x + b = 0", "Sign error: solve w·x + b = 0"],
    ),
}


@pytest.fixture(scope="module")
def release(tmp_path_factory, exercises_env) -> Path:
    """The student version, generated by nbgrader from a copy of the course."""
    import matplotlib.font_manager  # noqa: F401 - the kernels share its cache: built here once,
    # not in a notebook's first cell, which has 6 s (NN_BACKPROP_CELL_TIMEOUT) in these tests

    root = tmp_path_factory.mktemp("instant")
    course = generated_course(root, exercises_env)
    return course / "release" / ASSIGNMENT


def worked(release: Path, dest: Path, notebook: str, answers: dict[str, str]) -> Path:
    """A student's folder: the release, with `notebook` answered (the solution plus
    `answers`) and every other notebook answered with the solution."""
    shutil.copytree(release, dest)
    sols = solution_sources(COURSE_SRC, ASSIGNMENT)
    for name in (A, B, F, C):
        path = dest / f"{name}.ipynb"
        chosen = {**sols[name], **(answers if name == notebook else {})}
        chosen = {
            cell: code for cell, code in chosen.items() if code is not None
        }  # None: as released
        nbformat.write(answered(nbformat.read(path, as_version=4), chosen), path)
    return dest


def checker(folder: Path, *notebooks: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "check_notebook.py", *notebooks],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_the_released_files_hold_fingerprints_not_answers(release):
    text = (release / instant.FILE).read_text()
    literal = text.split("TABLE = ", 1)[1].split("\nDIGITS")[0]
    table = json.loads(json.dumps(ast.literal_eval(literal)))
    assert set(table) == set(manifest.find(COURSE_SRC, ASSIGNMENT).key().items)
    # the function questions are checked on public inputs: none of the hidden ones is there
    hidden = [
        case for cases in manifest.find(COURSE_SRC, ASSIGNMENT).hidden.values() for case in cases
    ]
    public = [case for entry in table.values() for case in entry.get("cases", [])]
    assert public and not [case for case in public if case in hidden or case[0] in hidden]
    released = "".join(p.read_text() for p in release.iterdir())
    for case in hidden:
        if len(repr(case)) > 20:  # short ones, like [1.0, 0.0], occur by chance
            assert repr(case) not in released, case
    # the seeds' answers, written as numbers, appear in no visible cell
    for name in (A, B):
        for cell in nbformat.read(release / f"{name}.ipynb", as_version=4).cells:
            assert "[[2.0, 3.0], [-1.0, -2.0]]" not in cell.source
            assert "[10.0, -6.0]" not in cell.source


def test_the_solution_passes_and_any_list_or_tuple_the_grader_accepts_passes(
    release, tmp_path, exercises_env
):
    folder = worked(
        release,
        tmp_path / "correct",
        F,
        {
            "card4_answer": 'card4 = ["d", "a", "b"]',
            "card8_answer": 'card8 = ("forward", "loss", "backward", "step")',
        },
    )
    done = checker(folder, *(f"{n}.ipynb" for n in (A, B, F, C)), env=exercises_env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count("every visible check passes") == 4, done.stdout
    assert "Kernel is running over TCP" not in done.stdout + done.stderr


@pytest.mark.parametrize("case", sorted(MISTAKES))
def test_each_named_mistake_is_named_by_the_checker(case, release, tmp_path, exercises_env):
    notebook, answers, hints = MISTAKES[case]
    folder = worked(release, tmp_path / case, notebook, answers)
    done = checker(folder, f"{notebook}.ipynb", env=exercises_env)
    assert done.returncode == 1, done.stdout + done.stderr
    for hint in hints:
        assert hint in done.stdout, f"{hint!r} not in:\n{done.stdout}"
    assert "Traceback" not in done.stdout + done.stderr


def nbgrader_validate(notebook: Path, cwd: Path, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(VENV_BIN / "nbgrader"), "validate", str(notebook)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_nbgrader_validate_and_make_validate_name_the_mistake(release, tmp_path, exercises_env):
    """`nbgrader validate` exits 1 on the wrong notebook and 0 on the solution wherever it runs
    with the course's config: a student on the hub (the hub's site-wide config, in the
    student's folder) and the instructor (the course directory's config, in the sandbox)."""
    notebook, answers, hints = MISTAKES["part_a_order_and_biases"]
    wrong = worked(release, tmp_path / "wrong", notebook, answers)
    right = worked(release, tmp_path / "right", notebook, {})
    hub = dict(exercises_env)
    hub["JUPYTER_CONFIG_PATH"] = os.pathsep.join(
        str(REPO / "deploy" / "hub" / "jupyter" / role) for role in ("student", "common")
    )
    course = release.parents[1]
    for env, cwd in ((hub, None), (exercises_env, course)):
        done = nbgrader_validate(wrong / f"{notebook}.ipynb", cwd or wrong, env)
        said = done.stdout + done.stderr
        assert done.returncode != 0, said
        assert "VALIDATION FAILED" in done.stdout, said
        assert ORDER in done.stdout and "collapse raised ValueError" in done.stdout, said
        done = nbgrader_validate(right / f"{notebook}.ipynb", cwd or right, env)
        assert done.returncode == 0, done.stdout + done.stderr
        assert "Success! Your notebook passes all the tests." in done.stdout
    made = subprocess.run(
        ["make", "-s", "validate", f"NB={wrong / f'{notebook}.ipynb'}"],
        cwd=REPO,
        env=exercises_env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert made.returncode != 0, made.stdout + made.stderr
    assert ORDER in made.stdout


def test_the_validate_button_shows_the_failure_and_the_hint(release, tmp_path, exercises_env):
    """JupyterLab's Validate button asks the server extension, not the CLI: with the hub's
    config (which makes the CLI exit 1) it still answers with the failed cells and the hint,
    and the server keeps running."""
    notebook, answers, _ = MISTAKES["part_a_order_and_biases"]
    wrong = worked(release, tmp_path / "lab", notebook, answers)
    env = dict(exercises_env)
    env["JUPYTER_CONFIG_PATH"] = os.pathsep.join(
        str(REPO / "deploy" / "hub" / "jupyter" / role) for role in ("student", "common")
    )
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [
            str(VENV_BIN / "jupyter"),
            "server",
            "--allow-root",
            "--no-browser",
            f"--port={port}",
            "--ServerApp.ip=127.0.0.1",
            "--IdentityProvider.token=validate-button",
        ],
        cwd=wrong,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base, auth = f"http://127.0.0.1:{port}", {"Authorization": "token validate-button"}
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                urllib.request.urlopen(urllib.request.Request(f"{base}/api/status", headers=auth))
                break
            except OSError:
                assert time.monotonic() < deadline and server.poll() is None, "no server"
                time.sleep(0.5)
        query = urllib.parse.urlencode({"path": f"{notebook}.ipynb"})
        asked = urllib.request.Request(
            f"{base}/assignments/validate?{query}", data=b"", headers=auth, method="POST"
        )
        with urllib.request.urlopen(asked, timeout=300) as reply:
            answer = json.load(reply)
        assert answer["success"], answer
        failed = answer["value"]["failed"]
        assert any(ORDER in cell["raw_error"] for cell in failed), failed
        assert server.poll() is None
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_unanswered_deleted_and_broken_cells_are_said_in_plain_words(
    release, tmp_path, exercises_env
):
    folder = tmp_path / "student"
    shutil.copytree(release, folder)
    nb = nbformat.read(folder / f"{C}.ipynb", as_version=4)
    nb.cells = [
        c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") != "c_kink_fn"
    ]
    nb.cells.insert(1, nbformat.v4.new_code_cell("import not_a_course_package"))
    nbformat.write(nb, folder / f"{C}.ipynb")
    done = checker(folder, f"{A}.ipynb", f"{C}.ipynb", env=exercises_env)
    out = done.stdout
    assert done.returncode == 1, out + done.stderr
    assert "A.1 is not answered yet" in out and "NameError" not in out, out
    assert "the test cell 'c_kink_fn' was deleted" in out, out
    assert re.search(
        r"stops with ModuleNotFoundError: No module named 'not_a_course_package'", out
    ), out
    assert "Traceback" not in out + done.stderr


def test_edited_and_retyped_cells_and_a_dead_kernel_are_said_in_plain_words(
    release, tmp_path, exercises_env
):
    """The checker restates nbgrader's rules for changed cells (it does not import nbgrader,
    which takes seconds): its checksum is nbgrader's, an edited test cell and a graded cell
    turned into Markdown are named, and a cell that ends the kernel or never ends is reported."""
    from nbgrader.utils import compute_checksum

    spec = importlib.util.spec_from_file_location("check_notebook", release / "check_notebook.py")
    checker_module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(checker_module)
    for name in (A, B, F, C):
        nb = nbformat.read(release / f"{name}.ipynb", as_version=4)
        locked = [c for c in nb.cells if "checksum" in c.metadata.get("nbgrader", {})]
        assert locked
        for cell in locked:
            assert checker_module.checksum(cell) == compute_checksum(cell)
            assert cell.metadata.nbgrader.checksum == compute_checksum(cell)
    folder = worked(release, tmp_path / "edited", A, {})
    nb = nbformat.read(folder / f"{A}.ipynb", as_version=4)
    test_cell = next(
        c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == ("a_W_prime")
    )
    test_cell.source = "assert True  # all good"
    nbformat.write(nb, folder / f"{A}.ipynb")
    nb = nbformat.read(folder / f"{B}.ipynb", as_version=4)
    answer = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("solution"))
    answer.cell_type = "markdown"
    answer.pop("outputs", None)
    answer.pop("execution_count", None)
    nbformat.write(nb, folder / f"{B}.ipynb")
    nb = nbformat.read(folder / f"{F}.ipynb", as_version=4)
    nb.cells.insert(1, nbformat.v4.new_code_cell("import os\nos._exit(1)"))
    nbformat.write(nb, folder / f"{F}.ipynb")
    nb = nbformat.read(folder / f"{C}.ipynb", as_version=4)
    nb.cells.insert(1, nbformat.v4.new_code_cell("while True:\n    pass"))
    nbformat.write(nb, folder / f"{C}.ipynb")
    done = checker(folder, *(f"{n}.ipynb" for n in (A, B, F, C)), env=exercises_env)
    out = done.stdout
    assert done.returncode == 1, out + done.stderr
    assert f"{A}.ipynb: a test cell was edited" in out and "assert True" in out, out
    assert f"{B}.ipynb: a graded cell's type was changed" in out, out
    assert "a markdown cell that should be code" in out, out
    assert "the cell starting 'import os' stops with DeadKernelError" in out, out
    timeout = exercises_env["NN_BACKPROP_CELL_TIMEOUT"]
    assert f"'while True:' stops with CellTimeoutError: it ran longer than {timeout} s" in out
    assert f"{C}.ipynb: every visible check passes" not in out
    assert "Traceback" not in out + done.stderr


def test_checker_without_arguments_or_nbgrader_explains_itself(release, tmp_path, exercises_env):
    bare = checker(release, env=exercises_env)
    assert bare.returncode == 2 and "python check_notebook.py" in bare.stdout
    # a Python without nbgrader: the system one, isolated from the venv
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    done = subprocess.run(
        ["/usr/bin/python3", "-I", "check_notebook.py", f"{A}.ipynb"],
        cwd=release,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 3, done.stdout + done.stderr
    assert (
        "needs nbgrader's Jupyter packages" in done.stdout
        and "jupyter_client" in done.stdout
        and "Traceback" not in done.stderr
    )
    made = subprocess.run(
        ["make", "-s", "validate"],
        cwd=REPO,
        env=exercises_env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert made.returncode != 0 and "NB=" in made.stdout + made.stderr


# The mistakes of issue 18, each written as student code: the checker (which prints what the
# visible tests say) and `nbgrader validate` name each one alike. Each case: notebook, answers
# (None: the cell as released), the student id whose numbers it is worked on, the sentences the
# checker must print (one per failing test cell, as validate counts them; the checker says a
# sentence once), and the notes a passing visible test adds. validate cuts its lines at about
# 85 characters, so it is asked for each sentence's first 50.
SEEN_IN_CLASS = {
    "part_a_transpose_error_and_time_out": (
        A,
        {
            "a_W_prime_answer": "W_prime = W2 @ W1.T\nb_prime = W2 @ b1 + b2",
            "a_outputs_answer": "y_two_layer = W2 @ (W1 @ x + b1) + b2\n"
            "y_collapsed = W_prime @ x + b_prim",
            "a_y_relu_answer": "while True:\n    pass\n"
            "y_relu = W2 @ np.maximum(0, W1 @ x + b1) + b2",
            "a_collapse_answer": "def collapse(W1, b1, W2, b2):\n"
            "    return W2 @ W1.T, W2 @ b1 + b2",
        },
        "",
        [
            "A.1: Looks like you transposed W1 (W2 @ W1.T)",
            "A.2: `y_collapsed` is not defined: the answer cell under A.2 stopped with NameError",
            "A.3: `y_relu` is not defined: the answer cell under A.3 was stopped before it "
            "finished (it ran too long",
            "A.4: Looks like you transposed W1",
            "A.4: collapse raised ValueError on non-square matrices: the shapes do not fit",
        ],
        [],
    ),
    "part_a_public_answers_typed_in": (
        A,
        {"a_W_prime_answer": "W_prime = W2 @ W1\nb_prime = np.array([1.0, -1.0])"},
        "s17",  # b2 = [1, -1], the public b': no "Forgot the W2·b1 term" any more
        [
            "A.1: This is the answer for the public numbers (the course website's), not for yours",
            "A.2: Used b2 as the collapsed bias",  # y_collapsed uses that b_prime: true here
        ],
        [],
    ),
    "part_b_swap_and_numpy_numbers": (
        B,
        {
            "b_forward_answer": "import numpy as np\nq = np.float32(x + y)\nf = np.int64(q * z)",
            "b_backward_answer": "import numpy as np\ndfdq = q * 1.0\ndfdz = np.array(z * 1.0)\n"
            "dfdx = 1.0 * dfdq\ndfdy = 1.0 * dfdq",
            "b_fn_answer": "def circuit_forward_backward(x, y, z):\n    q = x + y\n"
            "    dfdq, dfdz = q, z\n    return [q, q * z, [dfdq, dfdq, dfdz]]",
        },
        "",
        ["B.4: Swapped local gradients of the multiply gate"],
        ["Note (B.2): On the public numbers q = z = 2", "answer B.4 too"],
    ),
    "part_b_local_only_gradients": (
        B,
        {
            "b_fn_answer": "def circuit_forward_backward(x, y, z):\n    q = x + y\n"
            "    return q, q * z, (1, 1, q)",
        },
        "",
        ["B.4: Missed the upstream factor"],
        [],
    ),
    "part_b_hard_coded_function": (
        B,
        {
            "b_fn_answer": "def circuit_forward_backward(x, y, z):\n"
            "    return 2.0, 4.0, (2.0, 2.0, 2.0)"
        },
        "",
        ["B.4: `circuit_forward_backward` returns the same result whatever its inputs"] * 2,
        [],
    ),
    "flashcards_max_centred_and_pass": (
        F,
        {
            "card2_answer": "def relu(z):\n    return max(0, z)",
            "card3_answer": "card3 = np.int64(100)",
            "card7_answer": "card7 = (2_000_000, 2)",
            "card8_answer": 'card8 = ["Forward pass", "loss", "backward pass", "step"]',
        },
        "",
        [
            "Card 2: relu raised ValueError on an array: Python's max()",
            "Card 7: That is a centred difference, two passes per weight",
        ],
        [],
    ),
    "part_c_floor_division_and_no_argument": (
        C,
        {
            "c_kink_answer": "kink_x = 1.5\ndef kink_position(w, b):\n    return -b // w",
            "c_reasoning": None,
        },
        "",
        ["C.1: `//` is floor division", "C.2 is not answered yet (graded by hand, 3 points)"],
        [],
    ),
}


# what nbgrader validate itself says where the checker names the question
NBGRADE_SAYS = {
    "C.2 is not answered yet (graded by hand, 3 points)": "You did not provide a response."
}


@pytest.mark.parametrize("case", sorted(SEEN_IN_CLASS))
def test_each_mistake_seen_in_class_is_named_by_the_checker_and_validate(
    case, release, tmp_path, exercises_env
):
    notebook, answers, student, said, notes = SEEN_IN_CLASS[case]
    folder = worked(release, tmp_path / case, notebook, answers)
    env = {**exercises_env, "NNGRADE_STUDENT_ID": student}
    done = checker(folder, f"{notebook}.ipynb", env=env)
    out = done.stdout
    assert done.returncode == 1, out + done.stderr
    named = [ln for ln in out.splitlines() if re.match(r"  - (?!the cell starting )", ln)]
    assert len(named) == len(set(said)), out  # no sentence but these on the test cells
    for sentence in said + notes:
        assert sentence in out, f"{sentence!r} not in:\n{out}"
    assert "not right yet" not in out and "should be a number" not in out, out
    assert "Forgot the W2·b1 term" not in out, out
    assert "Traceback" not in out + done.stderr
    validated = nbgrader_validate(folder / f"{notebook}.ipynb", folder, env)
    assert f"VALIDATION FAILED ON {len(said)} CELL(S)" in validated.stdout, validated.stdout
    for sentence in said:
        words = NBGRADE_SAYS.get(sentence, sentence.split(": ", 1)[-1][:50])
        assert words in validated.stdout, (sentence, validated.stdout)


def test_a_notebook_without_instant_feedback_says_where_the_file_belongs(
    release, tmp_path, exercises_env
):
    folder = worked(release, tmp_path / "no-feedback", A, {})
    (folder / instant.FILE).unlink()
    done = checker(folder, f"{A}.ipynb", f"{F}.ipynb", env=exercises_env)
    assert done.returncode == 1, done.stdout + done.stderr
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 2 and all("instant_feedback.py is missing" in ln for ln in lines), lines
    assert "put it in the same folder as part_a_collapse.ipynb" in lines[0]
    assert "No module named" not in done.stdout
    validated = nbgrader_validate(folder / f"{A}.ipynb", folder, exercises_env)
    failed = validated.stdout.count("No module named 'instant_feedback'")
    assert failed == 7, validated.stdout  # each test cell, with the sentence above the import
    assert validated.stdout.count(f"1 # {instant.BESIDE}") == failed, validated.stdout
