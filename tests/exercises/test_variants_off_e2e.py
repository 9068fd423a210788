"""Variants switched off in the course config: everyone works on, and is graded against, the
public numbers (the seeds'). One compact run of the real commands on a copy of the course with
`[variants] enabled = false`: the build, generate, release, a real fetch, `nbgrader submit` for
two students handing in Part A, collect and autograde. The full class runs with variants on
(test_course_e2e.py), where the same typed-in public answers score 0 and are flagged.
"""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys

import nbformat
import pytest

from ..conftest import copy_course, course_cli
from . import test_course_e2e as e2e  # the class's helpers

ASSIGNMENT, REPO, PUBLIC_NUMBERS_A = e2e.ASSIGNMENT, e2e.REPO, e2e.PUBLIC_NUMBERS_A

pytestmark = pytest.mark.slow
A = "part_a_collapse"
ANSWERS = {"coder": {}, "typist": PUBLIC_NUMBERS_A}  # answers computed by code / typed in


@pytest.fixture(scope="module")
def graded(tmp_path_factory, exercises_env):
    root = tmp_path_factory.mktemp("variants-off")
    course, exchange = copy_course(root / "course"), root / "exchange"
    manifest_file = course / ASSIGNMENT / "manifest.toml"
    text = manifest_file.read_text()
    assert "enabled = true" in text
    manifest_file.write_text(text.replace("enabled = true", "enabled = false"))
    env = dict(exercises_env)
    shutil.copy(REPO / "uv.lock", root)  # the build pins requirements.txt from the course's lock
    built = subprocess.run(
        [sys.executable, "-m", "nngrade.build", ASSIGNMENT],
        cwd=course,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, built.stderr

    def step(*args, ok=(0,)):
        proc = course_cli(course, exchange, *args, env=env)
        assert proc.returncode in ok, proc.stdout[-3000:] + proc.stderr[-3000:]
        return proc

    step("generate")
    step("release")
    ex_args = [f"--Exchange.root={exchange}", "--CourseDirectory.course_id=nn-backprop"]
    sols = e2e.solutions(course)
    for student, answers in ANSWERS.items():
        home = root / "homes" / student
        home.mkdir(parents=True)
        fetched = e2e.nbgrader_cli(["fetch_assignment", ASSIGNMENT, *ex_args], home, env)
        assert fetched.returncode == 0, fetched.stderr[-2000:]
        for path in (home / ASSIGNMENT).glob("*.ipynb"):
            if path.stem != A:
                path.unlink()
        path = home / ASSIGNMENT / f"{A}.ipynb"
        nbformat.write(e2e.fill(path, {**sols[A], **answers}), path)
        proc = e2e.nbgrader_cli(["submit", ASSIGNMENT, "--student", student, *ex_args], home, env)
        assert proc.returncode == 0, proc.stderr[-2000:]
    step("collect")
    step("autograde", "--jobs", "2", "--quiet", ok=(0, 3))  # 3: flagged (notebooks not handed in)
    with (course / "autograded" / "summary.csv").open() as fh:
        summary = {row["student"]: row for row in csv.DictReader(fh)}
    return dict(course=course, summary=summary)


def test_the_switch_ships_no_variants(graded):
    shipped = (graded["course"] / "source" / ASSIGNMENT / "instant_feedback.py").read_text()
    assert "\n    'pool': [\n    ],\n" in shipped and "'public': {'part_a_collapse'" in shipped


def test_everyone_is_graded_on_the_public_numbers(graded):
    summary = graded["summary"]
    assert {s: float(summary[s]["score"]) for s in ANSWERS} == {"coder": 8.0, "typist": 8.0}
    for student in ANSWERS:
        assert "matches" not in summary[student]["flags"], summary[student]["flags"]
        nb = nbformat.read(graded["course"] / "autograded" / student / ASSIGNMENT / f"{A}.ipynb", 4)
        printed = "".join(o.get("text", "") for o in nb.cells[1].outputs)
        assert "The public numbers" in printed and "W1 = [[1, 2], [0, -1]]" in printed, printed
