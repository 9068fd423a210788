"""Reading the instructor's solutions out of the source notebooks (the one reader of
solution cells): as answer-cell sources, for generating test submissions, and as the
solution lines that must never reach the student version."""

from __future__ import annotations

from pathlib import Path

import nbformat

from . import manifest


def solution_sources(course: Path, assignment: str | None = None) -> dict[str, dict[str, str]]:
    """{notebook: {answer cell id: its solution code, without the SOLUTION markers}}, read
    from the course's source notebooks of `assignment` (default: the course's only one), in
    the manifest's order."""
    m = manifest.find(course, assignment)
    out = {}
    for name in m.notebook_names:
        nb = nbformat.read(Path(course) / "source" / m.name / f"{name}.ipynb", as_version=4)
        out[name] = {
            c.metadata["nbgrader"]["grade_id"]: "\n".join(
                ln for ln in c.source.splitlines() if "SOLUTION" not in ln
            )
            for c in nb.cells
            if c.metadata.get("nbgrader", {}).get("solution")
        }
    return out


def answered(nb, answers: dict[str, str]):
    """The student-version notebook `nb` with each answer cell whose id is in `answers` given
    that source, as a student would type it (in place; returned). Test cells never change."""
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("solution") and meta.get("grade_id") in answers:
            cell.source = answers[meta["grade_id"]]
    return nb


def solution_lines(source_nb: Path) -> list[str]:
    """Non-trivial code lines inside ### BEGIN/END SOLUTION of a source notebook."""
    lines, inside = [], False
    for cell in nbformat.read(source_nb, as_version=4).cells:
        for line in cell.source.splitlines():
            if "BEGIN SOLUTION" in line:
                inside = True
            elif "END SOLUTION" in line:
                inside = False
            elif inside and len(line.strip()) > 8 and not line.strip().startswith("#"):
                lines.append(line.strip())
    return lines
