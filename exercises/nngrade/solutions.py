"""The instructor's solutions as answer-cell sources, for generating test submissions."""

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
