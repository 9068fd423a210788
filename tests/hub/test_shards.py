"""`course.py autograde --shard i/n` then `--merge` (what a Kubernetes Indexed Job runs, one
shard a pod) records the same grades as one `course.py autograde` of the whole class.

Two copies of one course with the same submissions: one graded in a single run, the other by
two shard processes running side by side and then one merge."""

from __future__ import annotations

import csv
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
import pytest
from nbgrader.api import Gradebook
from nngrade.solutions import answered, solution_sources

from ..conftest import copy_course, course_cli

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parents[2]
COURSE_SRC = REPO / "exercises"
ASSIGNMENT = "backprop"
CLASS = {
    "s1-correct": {},
    "s2-wrong": {"a_W_prime_answer": "W_prime = W1 @ W2\nb_prime = W2 @ b1 + b2"},
    "s3-untouched": None,
    "s4-bias": {"a_W_prime_answer": "W_prime = W2 @ W1\nb_prime = W2 @ b1"},
}


def course_py(course: Path, *args: str, env: dict) -> subprocess.CompletedProcess:
    return course_cli(course, course / ".exchange", *args, env=env, timeout=900)


def make_course(dest: Path, env: dict) -> Path:
    copy_course(dest)
    r = course_py(dest, "generate", env=env)
    assert r.returncode == 0, r.stdout + r.stderr
    sols = solution_sources(COURSE_SRC, ASSIGNMENT)
    for student, changes in CLASS.items():
        folder = dest / "submitted" / student / ASSIGNMENT
        folder.mkdir(parents=True)
        (folder / "timestamp.txt").write_text("2026-11-29 10:00:00.000000 UTC")
        for path in sorted((dest / "release" / ASSIGNMENT).glob("*.ipynb")):
            nb = nbformat.read(path, as_version=4)
            if changes is not None:
                answered(nb, {**sols[path.stem], **changes})
            nbformat.write(nb, folder / path.name)
    return dest


def recorded(course: Path) -> tuple[list[list[str]], dict]:
    with open(course / "autograded" / "summary.csv") as fh:
        rows = [row[:5] + row[6:] for row in csv.reader(fh)]  # all but the seconds
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        grades = {
            (s.student.id, nb.name, g.name): (g.auto_score, g.needs_manual_grade)
            for s in gb.assignment_submissions(ASSIGNMENT)
            for nb in s.notebooks
            for g in nb.grades
        }
    return rows, grades


def test_shards_then_merge_equal_one_run(tmp_path, venv_env):
    env = {
        **venv_env,
        "NN_BACKPROP_CELL_TIMEOUT": "6",
        "NN_BACKPROP_EXCHANGE": str(tmp_path / "exchange"),
    }
    whole = make_course(tmp_path / "whole", env)
    sharded = tmp_path / "sharded"
    shutil.copytree(whole, sharded)
    sharded_config = sharded / "nbgrader_config.py"
    assert sharded_config.exists()

    one = course_py(whole, "autograde", "--quiet", "--jobs", "2", env=env)
    assert one.returncode in (0, 3), one.stdout + one.stderr
    with ThreadPoolExecutor(2) as pool:
        shards = list(
            pool.map(
                lambda i: course_py(
                    sharded, "autograde", "--quiet", "--jobs", "1", "--shard", f"{i}/2", env=env
                ),
                range(2),
            )
        )
    for r in shards:
        assert r.returncode == 0, r.stdout + r.stderr
    assert not (sharded / "autograded" / "summary.csv").exists()  # nothing recorded yet
    merged = course_py(sharded, "autograde", "--merge", env=env)
    assert merged.returncode == one.returncode, merged.stdout + merged.stderr

    rows, grades = recorded(whole)
    assert len(rows) == len(CLASS) + 1 and len(grades) > 0
    assert recorded(sharded) == (rows, grades)
    scores = {row[0]: float(row[2]) for row in rows[1:]}
    assert scores["s1-correct"] == 28 and scores["s2-wrong"] < 28 and scores["s3-untouched"] == 0
