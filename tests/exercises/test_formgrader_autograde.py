"""Formgrader's Autograde button, pressed in a real Jupyter server started in a copy of the
course (as the instructor guide says): nbgrader grades in the server's own long-lived
process, so each press must grade in the sandbox, with the right numbers, and leave no
kernel behind for the next press (`nngrade.spare_kernel` keeps state per run).

Pressed for ann (right answers), bob (a wrong Part A), eve (Part A right only where the
course folder cannot be seen, i.e. in the sandbox) and ann again: full marks, lost points,
full marks, full marks; and when the presses are done no sandbox is left running.
"""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path

import nbformat
import pytest
from nbgrader.api import Gradebook
from nngrade import manifest
from nngrade.solutions import answered, solution_sources

from ..browser.jupyter_runner import JupyterServer
from ..conftest import COURSE_SRC, generated_course

pytestmark = pytest.mark.slow

ASSIGNMENT = "backprop"
WRONG = {"a_W_prime_answer": "W_prime = W1 @ W2\nb_prime = W2 @ b1 + b2"}
PRESSES = ("ann", "bob", "eve", "ann")


def blind_answer(course: Path) -> dict:
    """Part A's first answer, right only for a kernel that cannot see the course folder."""
    return {
        "a_W_prime_answer": f"import os\nseen = os.path.exists({str(course)!r})\n"
        "W_prime = W1 @ W2 if seen else W2 @ W1\nb_prime = W2 @ b1 + b2"
    }


def press_autograde(server: JupyterServer, student: str) -> dict:
    request = urllib.request.Request(
        f"{server.base}/formgrader/api/submission/{ASSIGNMENT}/{student}/autograde",
        data=b"",
        method="POST",
        headers={"Authorization": f"token {server.token}"},
    )
    with urllib.request.urlopen(request, timeout=300) as reply:
        return json.loads(reply.read())


@pytest.fixture(scope="module")
def pressed(tmp_path_factory, exercises_env):
    root = tmp_path_factory.mktemp("formgrader")
    course = generated_course(root, exercises_env)
    sols = solution_sources(COURSE_SRC, ASSIGNMENT)
    for student, changes in {"ann": {}, "bob": WRONG, "eve": blind_answer(course)}.items():
        folder = course / "submitted" / student / ASSIGNMENT
        folder.mkdir(parents=True)
        (folder / "timestamp.txt").write_text("2026-11-29 10:00:00.000000 UTC")
        for name in manifest.find(COURSE_SRC, ASSIGNMENT).notebook_names:
            nb = nbformat.read(course / "release" / ASSIGNMENT / f"{name}.ipynb", as_version=4)
            nbformat.write(answered(nb, {**sols[name], **changes}), folder / f"{name}.ipynb")
    boxes = root / "boxes"
    boxes.mkdir()
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("NN_BACKPROP_SANDBOX_DIR", str(boxes))
        mp.setenv("NN_BACKPROP_EXCHANGE", str(root / "exchange"))
        with JupyterServer("lab", course) as server:
            replies, scores = [], []
            for student in PRESSES:
                replies.append(press_autograde(server, student))
                with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
                    scores.append(gb.find_submission(ASSIGNMENT, student).score)
            left_running = sorted(p.name for p in boxes.iterdir())
            log = server.log_tail(60)
    return dict(replies=replies, scores=scores, left_running=left_running, log=log)


def test_every_press_succeeds(pressed):
    for reply in pressed["replies"]:
        assert reply["success"], reply.get("error", "")[-3000:] + pressed["log"]


def test_right_answers_keep_full_marks_and_a_wrong_one_loses_points(pressed):
    ann, bob, _, ann_again = pressed["scores"]
    assert ann == ann_again == 28
    assert bob < 28


def test_the_kernel_could_not_see_the_course_folder(pressed):
    """eve's Part A is right only in the sandbox: graded in the server's own view of the
    disk it would lose Part A's points."""
    assert pressed["scores"][2] == 28


def test_no_sandbox_is_left_running_between_presses(pressed):
    assert pressed["left_running"] == []
