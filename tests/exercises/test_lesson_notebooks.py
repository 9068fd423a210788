"""Lessons as notebooks: `scripts/lesson_notebooks.py` (make lesson-notebooks) writes every
lesson of the table of contents as an executed .ipynb with no MyST-only markup left, and
leaves nothing beside the lessons that would break the next book build."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from pathlib import Path

import nbformat
import pytest

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def test_every_lesson_becomes_a_rendered_notebook_and_nothing_is_left_behind(tmp_path, venv_env):
    before = sorted(p.name for p in (REPO / "lessons").iterdir())
    done = subprocess.run(
        [sys.executable, "scripts/lesson_notebooks.py", "--output", str(tmp_path)],
        cwd=REPO,
        env=venv_env,
        capture_output=True,
        text=True,
        timeout=3000,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "Kernel is running over TCP" not in done.stderr
    lessons = sorted(p.stem for p in (REPO / "lessons").glob("*.md"))
    assert sorted(p.stem for p in tmp_path.glob("*.ipynb")) == lessons
    with zipfile.ZipFile(tmp_path / "lessons.zip") as zf:
        assert sorted(zf.namelist()) == sorted(f"lessons/{s}.ipynb" for s in lessons)
    for stem in lessons:
        nb = nbformat.read(tmp_path / f"{stem}.ipynb", as_version=4)
        markdown = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
        source = (REPO / "lessons" / f"{stem}.md").read_text()
        for raw in (":::{", "```{", "{glue:", ":pyobject:", ":class:"):
            assert raw not in markdown, (stem, raw)
        assert not re.search(r"\{[\w:-]+\}`", markdown), stem
        for obj in re.findall(r":pyobject: ([\w.]+)", source):  # nnlib's own source is shown
            name = obj.split(".")[-1]
            assert re.search(rf"^def {name}\(|^class {name}\b", markdown, re.M), (stem, obj)
        assert not re.search(r"\]\(\d\d_\w+\.md", markdown), stem  # links go to notebooks
        assert not [
            c
            for c in nb.cells
            if c.cell_type == "code"
            for o in c.get("outputs", [])
            if o.get("output_type") == "error"
        ], stem
    lesson1 = nbformat.read(tmp_path / "01_linear_layers_collapse.ipynb", as_version=4)
    text = "\n".join(c.source for c in lesson1.cells if c.cell_type == "markdown")
    assert "[[2, 3], [-1, -2]]" in text  # the glued W' of the lesson's own run
    assert sorted(p.name for p in (REPO / "lessons").iterdir()) == before
