"""Reading the instructor's solutions out of the source notebooks (the one reader of
solution cells): as answer-cell sources, for generating test submissions, and as the
solution lines that must never reach the student version."""

from __future__ import annotations

from pathlib import Path

import nbformat

ASSIGNMENT = "backprop"
NOTEBOOKS = ["part_a_collapse", "part_b_circuit", "flashcards", "part_c_reasoning"]


def solution_sources(course: Path) -> dict[str, dict[str, str]]:
    """{notebook: {answer cell id: its solution code, without the SOLUTION markers}},
    read from the course's source notebooks."""
    out = {}
    for name in NOTEBOOKS:
        nb = nbformat.read(course / "source" / ASSIGNMENT / f"{name}.ipynb", as_version=4)
        out[name] = {c.metadata["nbgrader"]["grade_id"]:
                     "\n".join(ln for ln in c.source.splitlines() if "SOLUTION" not in ln)
                     for c in nb.cells if c.metadata.get("nbgrader", {}).get("solution")}
    return out


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
