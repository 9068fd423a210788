"""Fixtures and helpers of the exercises tests (the benchmarks use `generated_course` too)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def exercises_env(venv_env) -> dict:
    env = dict(venv_env)
    env["NN_BACKPROP_CELL_TIMEOUT"] = "6"
    return env


COURSE_SRC = Path(__file__).resolve().parents[2] / "exercises"
# what a working course folder may hold that a fresh one does not
NOT_COPIED = (
    "__pycache__",
    "release",
    "submitted",
    "autograded",
    "feedback",
    ".exchange",
    "gradebook.db",
)


def generated_course(root: Path, env: dict | None = None) -> Path:
    """`root`/course: the course folder copied, its student version generated into
    release/<assignment>/ (with `root`/exchange as the exchange)."""
    course = root / "course"
    shutil.copytree(COURSE_SRC, course, ignore=shutil.ignore_patterns(*NOT_COPIED))
    cmd = [sys.executable, str(course / "course.py"), "--course", str(course)]
    done = subprocess.run(
        [*cmd, "--exchange", str(root / "exchange"), "generate"],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if done.returncode != 0:
        raise RuntimeError(
            f"course.py generate failed:\n{done.stdout[-3000:]}{done.stderr[-3000:]}"
        )
    return course
