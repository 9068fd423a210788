"""A checksum of each student's recorded grades, written by the grading process beside the
gradebook and verified before export.

    autograded/<student>/<assignment>/nngrade-grades.json
        {"sha256": "...", "grades": {"<notebook>": {"<cell>": [auto, manual, extra]}}}

`record` is called by the grading process only, after the kernel has ended: by the batch
merge (`course.py autograde`) and by the `RecordGrades` preprocessor at the end of nbgrader's
own autograde pipeline (plain `nbgrader autograde`, formgrader's Autograde button).
`verify` compares the gradebook with what was recorded: an automatic score that changed is
tampering; a manual score or extra credit set since is listed (formgrader's work, by hand).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from nbgrader.preprocessors import NbGraderPreprocessor

from . import student_ids

FILE = "nngrade-grades.json"


def grades_of(gb, assignment: str, student: str, notebooks: list[str] | None = None) -> dict:
    """{notebook: {cell: [auto_score, manual_score, extra_credit]}} from the gradebook."""
    out: dict = {}
    sub = gb.find_submission(assignment, student)
    for nb in sub.notebooks:
        if notebooks is not None and nb.name not in notebooks:
            continue
        out[nb.name] = {g.name: [g.auto_score, g.manual_score, g.extra_credit] for g in nb.grades}
    return out


def digest(grades: dict) -> str:
    return hashlib.sha256(json.dumps(grades, sort_keys=True).encode()).hexdigest()


def path_for(course: Path, student: str, assignment: str) -> Path:
    """Raises InvalidStudentId for a student id that is not one folder name (`..`)."""
    return Path(course) / "autograded" / student_ids.check(student) / assignment / FILE


def write(course: Path, student: str, assignment: str, grades: dict) -> None:
    path = path_for(course, student, assignment)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    record = {"sha256": digest(grades), "grades": grades}
    tmp.write_text(json.dumps(record, indent=1, sort_keys=True))
    tmp.replace(path)


def read(course: Path, student: str, assignment: str) -> dict | None:
    try:
        data = json.loads(path_for(course, student, assignment).read_text())
    except (OSError, ValueError):
        return None
    valid = isinstance(data, dict) and data.get("sha256") == digest(data.get("grades"))
    return data if valid else None


def verify(gb, course: Path, assignment: str, student: str) -> tuple[list[str], list[str]]:
    """(problems, changes by hand) for one student's submission."""
    why = student_ids.problem(student)
    if why:
        return [f"gradebook: {why} (its grades cannot be checked)"], []
    recorded = read(course, student, assignment)
    now = grades_of(gb, assignment, student)
    if recorded is None:
        if not any(v for cells in now.values() for row in cells.values() for v in row):
            return [], []  # nothing scored (nbgrader never graded it): nothing to check
        return [
            f"{student}: no valid grade checksum (graded outside the course's autograde, "
            "or the record was edited)"
        ], []
    problems, by_hand = [], []
    for nb, cells in recorded["grades"].items():
        for cell, (auto, manual, extra) in cells.items():
            cur = now.get(nb, {}).get(cell)
            if cur is None:
                problems.append(f"{student}/{nb}/{cell}: grade missing from the gradebook")
                continue
            if cur[0] != auto:
                problems.append(
                    f"{student}/{nb}/{cell}: automatic score {cur[0]} was recorded as {auto}"
                )
            if (cur[1], cur[2]) != (manual, extra):
                by_hand.append(f"{student}/{nb}/{cell}: manual {cur[1]}, extra credit {cur[2]}")
    return problems, by_hand


class RecordGrades(NbGraderPreprocessor):
    """Last step of nbgrader's autograde: record the checksum of this notebook's grades
    (the kernel has ended; its grades were just saved by SaveAutoGrades)."""

    def preprocess(self, nb, resources):
        from nbgrader.api import Gradebook

        info = resources["nbgrader"]
        db_url = info["db_url"]
        course = Path(db_url.split("sqlite:///", 1)[1]).parent
        assignment, student, notebook = info["assignment"], info["student"], info["notebook"]
        with Gradebook(db_url) as gb:
            fresh = grades_of(gb, assignment, student, [notebook])
        old = read(course, student, assignment)
        grades = dict(old["grades"]) if old else {}
        grades.update(fresh)
        write(course, student, assignment, grades)
        return nb, resources
