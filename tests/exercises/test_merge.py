"""The merge of one student's private gradebook into the course's (nngrade.batch.merge) and
the grades checksum (nngrade.gradesum), case by case, on a real nbgrader gradebook."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import nbformat
import pytest
from nngrade import batch, gradesum, manifest

REPO = Path(__file__).resolve().parents[2]


ASSIGNMENT = "backprop"
NOTEBOOKS = manifest.find(REPO / "exercises", ASSIGNMENT).notebook_names

A, B, F, C = NOTEBOOKS
pytestmark = pytest.mark.slow  # one `nbgrader generate_assignment`


@pytest.fixture(scope="module")
def generated(tmp_path_factory, exercises_env) -> Path:
    course = tmp_path_factory.mktemp("merge") / "course"
    course.mkdir()
    shutil.copy(REPO / "exercises" / "nbgrader_config.py", course)
    shutil.copytree(REPO / "exercises" / "source", course / "source")
    shutil.copytree(
        REPO / "exercises" / "nngrade",
        course / "nngrade",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    for m in manifest.assignments(REPO / "exercises"):
        shutil.copytree(m.folder, course / m.name, ignore=shutil.ignore_patterns("__pycache__"))
    batch.nbgrader(["generate_assignment", ASSIGNMENT, "--force"], course, env=exercises_env)
    return course


def gradebook(path: Path):
    from nbgrader.api import Gradebook

    return Gradebook(f"sqlite:///{path}")


def private_run(
    course: Path,
    tmp: Path,
    student: str,
    *,
    graded=(A,),
    submitted=(A,),
    score: float | None = None,
    tamper: dict | None = None,
    returncode=0,
    timed_out=False,
) -> batch.Run:
    """A finished private run: its gradebook holds `score` (default: full marks) on every
    cell of `graded`."""
    private = tmp / "private"
    private.mkdir()
    template = batch.make_template(course, tmp, ASSIGNMENT)
    shutil.copy(template, private / "gradebook.db")
    with gradebook(private / "gradebook.db") as gb:
        gb.add_student(student)
        gb.add_submission(ASSIGNMENT, student)
        for name in graded:
            for grade in gb.find_submission_notebook(name, ASSIGNMENT, student).grades:
                grade.auto_score = grade.max_score if score is None else score
                for field, value in (tamper or {}).items():
                    setattr(grade, field, value)
        gb.db.commit()
    for folder, names in (("autograded", graded), ("submitted", submitted)):
        dest = private / folder / student / ASSIGNMENT
        dest.mkdir(parents=True)
        for name in names:
            nbformat.write(nbformat.v4.new_notebook(), dest / f"{name}.ipynb")
    flags = ["grading ran over its budget"] if timed_out else []
    return batch.Run(
        student, ASSIGNMENT, tmp, private, flags, returncode=returncode, timed_out=timed_out
    )


CASES = [  # (case, run options, words of a flag or None, points expected on Part A)
    ("clean", {}, None, 8.0),
    (
        "extra credit written in the private gradebook",
        {"tamper": {"extra_credit": 20.0}},
        "tampering",
        8.0,
    ),
    (
        "manual score written in the private gradebook",
        {"tamper": {"manual_score": 99.0}},
        "tampering",
        8.0,
    ),
    (
        "submitted but never autograded",
        {"graded": (), "submitted": (A,)},
        "not graded by nbgrader",
        0.0,
    ),
    ("nbgrader failed", {"returncode": 1}, "exited with code 1", 8.0),
    ("ran over its budget", {"returncode": -9, "timed_out": True}, "budget", 8.0),
]


@pytest.mark.parametrize("name,options,flag,points", CASES, ids=[c[0] for c in CASES])
def test_merge_case(name, options, flag, points, generated, tmp_path):
    course = tmp_path / "course"
    shutil.copytree(generated, course)
    run = private_run(course, tmp_path, "stu", **options)
    outcome = batch.merge(run, course)
    if flag is None:
        assert outcome.flags == []
    else:
        assert any(flag in f for f in outcome.flags), outcome.flags
    if name == "nbgrader failed":
        assert not any("budget" in f for f in outcome.flags)
    if name == "ran over its budget":
        assert not any("exited with code" in f for f in outcome.flags)
    with gradebook(course / "gradebook.db") as gb:
        nb = gb.find_submission_notebook(A, ASSIGNMENT, "stu")
        assert sum(g.auto_score or 0 for g in nb.grades) == points
        assert all(g.extra_credit is None and g.manual_score is None for g in nb.grades)
        problems, by_hand = gradesum.verify(gb, course, ASSIGNMENT, "stu")
    assert problems == [] and by_hand == []


def test_a_hand_grade_survives_a_new_autograde_and_is_reported_not_refused(generated, tmp_path):
    course = tmp_path / "course"
    shutil.copytree(generated, course)
    first = tmp_path / "first"
    first.mkdir()
    batch.merge(private_run(course, first, "stu", graded=(A, C), submitted=(A, C)), course)
    with gradebook(course / "gradebook.db") as gb:  # the instructor, by hand
        written = next(
            g
            for g in gb.find_submission_notebook(C, ASSIGNMENT, "stu").grades
            if g.cell.cell_type == "markdown"
        )
        written.manual_score = 3.0
        gb.db.commit()
        problems, by_hand = gradesum.verify(gb, course, ASSIGNMENT, "stu")
    assert problems == [] and len(by_hand) == 1
    second = tmp_path / "second"
    second.mkdir()
    batch.merge(private_run(course, second, "stu", graded=(A, C), submitted=(A, C)), course)
    with gradebook(course / "gradebook.db") as gb:
        grade = gb.find_grade(written.name, C, ASSIGNMENT, "stu")
        assert grade.manual_score == 3.0
        assert gradesum.verify(gb, course, ASSIGNMENT, "stu")[0] == []


def test_an_automatic_score_changed_after_the_merge_is_caught(generated, tmp_path):
    course = tmp_path / "course"
    shutil.copytree(generated, course)
    batch.merge(private_run(course, tmp_path, "stu", score=0.0), course)
    with gradebook(course / "gradebook.db") as gb:
        grade = gb.find_submission_notebook(A, ASSIGNMENT, "stu").grades[0]
        grade.auto_score = grade.max_score
        gb.db.commit()
        problems, _ = gradesum.verify(gb, course, ASSIGNMENT, "stu")
    assert problems and "automatic score" in problems[0]
    record = gradesum.path_for(course, "stu", ASSIGNMENT)
    record.write_text(record.read_text().replace('"sha256": "', '"sha256": "0'))
    with gradebook(course / "gradebook.db") as gb:
        assert "no valid grade checksum" in gradesum.verify(gb, course, ASSIGNMENT, "stu")[0][0]


def test_grading_refuses_when_the_sandbox_cannot_start(generated, tmp_path, exercises_env):
    """Both paths refuse, say how to fix it, and grade nothing: `course.py autograde` without
    bubblewrap, and plain `nbgrader autograde` with an interpreter the sandbox cannot run
    (as root: in a 0700 folder the kernel's uid cannot enter; otherwise: no bubblewrap)."""
    import subprocess

    course = tmp_path / "course"
    shutil.copytree(generated, course)
    shutil.copy(REPO / "exercises" / "course.py", course)
    folder = course / "submitted" / "stu" / ASSIGNMENT
    folder.mkdir(parents=True)
    shutil.copy(course / "release" / ASSIGNMENT / f"{A}.ipynb", folder)

    env = dict(exercises_env, NN_BACKPROP_BWRAP="/nonexistent/bwrap")
    proc = subprocess.run(
        [
            sys.executable,
            str(course / "course.py"),
            "--course",
            str(course),
            "autograde",
            "--quiet",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "refused" in proc.stderr and "apt-get install -y bubblewrap" in proc.stderr

    hidden = tmp_path / "private-env"
    hidden.mkdir(mode=0o700)
    (hidden / "python").symlink_to(sys.executable)
    args = [f"--SandboxKernelManager.python={hidden / 'python'}"]
    env = dict(exercises_env) if os.geteuid() == 0 else env
    proc = subprocess.run(
        [
            str(Path(sys.executable).parent / "nbgrader"),
            "autograde",
            ASSIGNMENT,
            "--student",
            "stu",
            *args,
        ],
        cwd=course,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode != 0
    assert "The grading sandbox cannot start" in proc.stdout + proc.stderr
    with gradebook(course / "gradebook.db") as gb:
        graded = [
            g.auto_score
            for s in gb.students
            for sub in s.submissions
            for nb in sub.notebooks
            for g in nb.grades
        ]
    assert not any(score for score in graded if score is not None)
    assert not (course / "autograded" / "stu" / ASSIGNMENT / f"{A}.ipynb").exists()
