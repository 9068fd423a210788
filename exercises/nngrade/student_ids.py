"""What the grader accepts as a student id: one place, used by every command that takes one
(`course.py autograde/feedback --student`, the folders of `submitted/`, the grades' records).

An id becomes a folder name (`submitted/<id>/`, `autograded/<id>/`, whose old copy is
removed before each run), an argument of nbgrader's CLI (`--student <id>`, a glob pattern
there) and a cell of the exported CSV. So a valid id is one path component that is no
option, no glob and no spreadsheet formula: a letter, digit or `_` first, then letters,
digits and `_ . @ -`, at most 100 characters. `..`, `../x`, `-rf`, `*`, `=HYPERLINK(1)`,
`+1`, `@x` are refused, each with the reason.
"""

from __future__ import annotations

import re

from nbgrader.preprocessors import NbGraderPreprocessor

VALID = re.compile(r"[^\W][\w.@-]{0,99}")
FORMULA_START = ("=", "+", "-", "@")


class InvalidStudentId(ValueError):
    """A student id that `problem` refuses; its message says why."""


def problem(student: str) -> str | None:
    """Why `student` cannot be a student id, or None if it can."""
    if not isinstance(student, str) or not student:
        return "an empty student id"
    shown = repr(student[:60]) + ("..." if len(student) > 60 else "")
    if VALID.fullmatch(student):
        return None
    if "/" in student or "\\" in student or student in (".", ".."):
        why = "it is not a single folder name"
    elif student.startswith("-"):
        why = "it starts with '-' and would be read as an option"
    elif student.startswith(FORMULA_START):
        why = f"it starts with {student[0]!r}, which a spreadsheet reads as a formula"
    elif any(ch in student for ch in "*?[]"):
        why = "it holds a wildcard (* ? [ ])"
    elif len(student) > 100:
        why = "it is longer than 100 characters"
    else:
        why = "it holds characters other than letters, digits and _ . @ - (or starts with . )"
    return f"{shown} is not a valid student id: {why}"


def check(student: str) -> str:
    """`student`, if it is a valid id; else InvalidStudentId with the reason."""
    why = problem(student)
    if why:
        raise InvalidStudentId(why)
    return student


class RefuseInvalidStudentId(NbGraderPreprocessor):
    """First step of nbgrader's own autograde and feedback (`nbgrader autograde`,
    formgrader's buttons): a notebook of a student whose id is not valid is not processed
    (nbgrader reports it as failed and goes on with the others)."""

    def preprocess(self, nb, resources):
        check(resources["nbgrader"]["student"])
        return nb, resources
