"""A second assignment, graded end to end by the same engine, without a line of nngrade changed.

The test fixture `fixtures/squares/` (one notebook, its key, its manifest) is dropped into a
temporary copy of the course, beside `backprop` and an untouched copy of the course's config,
`course.py` and `nngrade`; then the real commands run: the build of the source notebook from
the authoring file, and through `course.py --assignment squares` (nbgrader's own CLI
underneath) generate, release, a real fetch and `nbgrader submit` for three students,
collect, autograde, feedback and export.
"""

from __future__ import annotations

import csv
import filecmp
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nngrade.environment import with_venv_bin

from ..conftest import copy_course, course_cli

REPO = Path(__file__).resolve().parents[2]
COURSE_SRC = REPO / "exercises"
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "squares"
COURSE_ID = "nn-backprop"


pytestmark = pytest.mark.slow

ANSWERS = {  # student: {answer cell id: source}; None: hand in the fetched notebook untouched
    "correct": {
        "sq_answer": "sq = 3 ** 2",
        "square_answer": "def square(x):\n    return x * x",
        "why": "A negative times a negative is positive.",
    },
    "doubled": {"sq_answer": "sq = 3 * 2", "square_answer": "def square(x):\n    return 2 * x"},
    "untouched": None,
}
EXPECTED = {"correct": 3.0, "doubled": 0.0, "untouched": 0.0}  # out of 3 auto + 1 manual


def run(args: list[str], cwd: Path, env: dict) -> subprocess.CompletedProcess:
    proc = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, (
        f"{' '.join(args)} failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    )
    return proc


@pytest.fixture(scope="module")
def graded(tmp_path_factory, exercises_env):
    root = tmp_path_factory.mktemp("second-assignment")
    course, exchange, home = root / "course", root / "exchange", root / "home"
    home.mkdir()
    copy_course(course)  # the course's own assignment(s), beside the fixture's
    shutil.copytree(FIXTURE, course / "squares", ignore=shutil.ignore_patterns("__pycache__"))
    env = dict(exercises_env, HOME=str(home), NN_BACKPROP_STUDENT_BUDGET="60")
    env.pop("JUPYTER_DATA_DIR", None)
    nbgrader = str(Path(sys.executable).parent / "nbgrader")
    ex_args = [f"--Exchange.root={exchange}", f"--CourseDirectory.course_id={COURSE_ID}"]

    def squares_cli(*args):
        proc = course_cli(course, exchange, "--assignment", "squares", *args, env=env)
        assert proc.returncode == 0, f"{args} failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
        return proc

    steps = {"build": run([sys.executable, "-m", "nngrade.build", "squares"], course, env)}
    steps["generate"] = squares_cli("generate")
    steps["release"] = squares_cli("release")
    run([nbgrader, "fetch_assignment", "squares", *ex_args], home, env)
    fetched = home / "squares" / "squares.ipynb"
    for student, answers in ANSWERS.items():
        nb = nbformat.read(fetched, as_version=4)
        for cell in nb.cells:
            gid = cell.metadata.get("nbgrader", {}).get("grade_id")
            if answers and gid in answers:
                cell.source = answers[gid]
        folder = root / "students" / student / "squares"
        folder.mkdir(parents=True)
        nbformat.write(nb, folder / "squares.ipynb")
        run([nbgrader, "submit", "squares", "--student", student, *ex_args], folder.parent, env)
    steps["collect"] = squares_cli("collect")
    steps["autograde"] = squares_cli("autograde", "--jobs", "2", "--quiet")
    steps["feedback"] = squares_cli("feedback")
    steps["export"] = squares_cli("export", "--output", str(root / "grades.csv"))
    with (course / "autograded" / "summary.csv").open() as fh:
        summary = {row["student"]: row for row in csv.DictReader(fh)}
    with (root / "grades.csv").open() as fh:
        grades = {row["student_id"]: row for row in csv.DictReader(fh)}
    return dict(
        course=course, exchange=exchange, env=env, steps=steps, summary=summary, grades=grades
    )


def test_with_two_assignments_the_course_cli_asks_which(graded):
    proc = subprocess.run(
        [
            sys.executable,
            str(graded["course"] / "course.py"),
            "--course",
            str(graded["course"]),
            "scan",
        ],
        env=graded["env"],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 2
    assert "2 assignments (backprop, squares); name the one you mean" in proc.stderr


def test_the_engine_was_not_edited(graded):
    same = filecmp.dircmp(
        COURSE_SRC / "nngrade", graded["course"] / "nngrade", ignore=["__pycache__"]
    )
    assert not (same.diff_files or same.left_only or same.right_only)


def test_the_source_and_student_version_come_from_the_fixture(graded):
    course = graded["course"]
    source = nbformat.read(course / "source" / "squares" / "squares.ipynb", as_version=4)
    assert "_NNBP_SQUARE_CASES = [[1.5], [-4.0], [0.25]]" in str(source)
    released = (course / "release" / "squares" / "squares.ipynb").read_text()
    for marker in ("BEGIN SOLUTION", "HIDDEN TESTS", "_nnbp", "Model answer", "return x * x"):
        assert marker not in released, marker


def test_every_student_has_the_score_the_fixture_key_gives(graded):
    summary = graded["summary"]
    assert {s: float(row["score"]) for s, row in summary.items()} == EXPECTED
    assert {float(row["max_score"]) for row in summary.values()} == {4.0}
    assert all(row["status"] == "graded" for row in summary.values()), summary
    assert summary["correct"]["needs_manual_grade"] == "1"  # the written answer
    for student, expected in EXPECTED.items():
        row = graded["grades"][student]
        assert row["assignment"] == "squares"
        assert float(row["raw_score"]) == expected and float(row["max_score"]) == 4.0


def test_feedback_names_the_mistake_and_hides_the_hidden_inputs(graded):
    course = graded["course"]
    pages = {
        p.parent.parent.name: p.read_text()
        for p in (course / "feedback").glob("*/squares/squares.html")
    }
    assert set(pages) == set(ANSWERS)
    assert "That is 3 · 2; the square is 3 · 3." in pages["doubled"]
    assert "square(x) doubled x; the square is x * x." in pages["doubled"]
    for text in pages.values():
        for marker in ("_NNBP_SQUARE_CASES", "HIDDEN TESTS", "[[1.5], [-4.0], [0.25]]"):
            assert marker not in text


def test_the_leak_scan_of_the_feedback_uses_the_fixture_manifest(graded):
    course = graded["course"]
    page = next((course / "feedback").glob("doubled/squares/squares.html"))
    page.write_text(page.read_text() + "<!-- _NNBP_SQUARE_CASES -->")
    env = with_venv_bin()
    proc = subprocess.run(
        [
            sys.executable,
            str(course / "course.py"),
            "--course",
            str(course),
            "--assignment",
            "squares",
            "scan",
        ],
        cwd=course,
        env=env,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 1 and "_NNBP_SQUARE_CASES" in proc.stdout, proc.stdout
