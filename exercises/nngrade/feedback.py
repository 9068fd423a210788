"""Feedback for a whole class, one student at a time, each within a time budget.

`nbgrader generate_feedback` for the whole class is one process: one submission whose pages
take long to write (5 MB of formulas took 85-93 s) holds up everyone's feedback, and one that
makes nbgrader fail stops the rest. Here each student's feedback is written by its own
`nbgrader generate_feedback --student S` (forked like autograde's runs, `nngrade.batch`),
several at once; a run that overruns its budget is stopped, its half-written pages are
removed and the student is reported; everybody else gets theirs.

Only folders of `autograded/` whose name is a valid student id (`nngrade.student_ids`) are
used; the others are reported and skipped.
"""

from __future__ import annotations

import concurrent.futures as cf
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from . import batch, student_ids

DEFAULT_BUDGET = 120.0  # seconds per student


@dataclass
class FeedbackRun:
    student: str
    returncode: int | None = None
    timed_out: bool = False
    log: str = ""

    @property
    def problem(self) -> str | None:
        if self.timed_out:
            return "writing the feedback ran over its budget and was stopped; none was written"
        if self.returncode != 0:
            tail = " / ".join(self.log.strip().splitlines()[-3:])[-400:]
            return f"nbgrader generate_feedback failed (exit {self.returncode}): {tail}"
        return None


def graded_students(course: Path, assignment: str) -> tuple[list[str], list[str]]:
    """(the students with an autograded notebook of `assignment`, the problems of folders of
    autograded/ whose name is no valid student id). A folder with no notebook in it (a
    submission autograde could not read, already flagged there) has nothing to give back."""
    root = course / "autograded"
    names = sorted(
        p.parent.name for p in root.glob(f"*/{assignment}") if p.is_dir() and any(p.glob("*.ipynb"))
    )
    problems = [student_ids.problem(name) for name in names]
    return (
        [n for n, why in zip(names, problems) if why is None],
        [f"autograded/: {why}; no feedback written" for why in problems if why],
    )


def generate(
    course: Path,
    assignment: str,
    students: list[str] | None = None,
    *,
    env: dict | None = None,
    jobs: int | None = None,
    budget: float = DEFAULT_BUDGET,
) -> tuple[list[FeedbackRun], list[str]]:
    """Write feedback/<student>/<assignment>/ for `students` (default: every graded one):
    (one FeedbackRun per student, the problems of skipped folders). Raises InvalidStudentId
    before anything runs if a student asked for is no valid id."""
    course = Path(course).resolve()
    for student in students or []:
        student_ids.check(student)
    skipped: list[str] = []
    if not students:
        students, skipped = graded_students(course, assignment)
    child_env = {"PATH": batch.venv_env()["PATH"], **(env or {})}
    with tempfile.TemporaryDirectory(prefix="nngrade-feedback-") as logs:

        def one(student: str) -> FeedbackRun:
            log = Path(logs) / f"{student}.log"
            code, timed_out = batch.run_app(
                "generate_feedback", course, student, assignment, child_env, log, budget
            )
            run = FeedbackRun(student, code, timed_out)
            run.log = log.read_text(errors="replace")[-20_000:] if log.exists() else ""
            if run.problem:  # nothing half-written is ever returned to the student
                shutil.rmtree(course / "feedback" / student / assignment, ignore_errors=True)
            return run

        with cf.ThreadPoolExecutor(max_workers=max(1, jobs or batch.default_jobs())) as pool:
            runs = list(pool.map(one, students))
    return runs, skipped
