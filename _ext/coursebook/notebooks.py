"""The graded notebooks, student versions, as downloads of the website.

At build time the nbgrader course in `exercises/` is copied to a scratch folder and
`nbgrader generate_assignment` (nbgrader's own CLI) writes the student versions there;
they are copied to `<extra>/downloads/<assignment>/`, served at
`downloads/<assignment>/*.ipynb`, plus one zip of them all. The scratch copy keeps the
course's own `release/` folder and `gradebook.db` untouched. Runs again only when the
assignment's sources change.

The `graded-notebooks` directive lists them with download links, and fails the build
(a warning, so `-W` stops it) if one is missing.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.errors import ExtensionError
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

logger = logging.getLogger(__name__)

COURSE = Path("exercises")
ASSIGNMENT = "backprop"
NOTEBOOKS = {  # file name -> what it holds (the contract's fixed names)
    "part_a_collapse.ipynb": "Part A: collapse two linear layers",
    "part_b_circuit.ipynb": "Part B: a fresh chain-rule circuit",
    "part_c_reasoning.ipynb": "Part C: why the ReLU matters (with the ReLU-kink slider)",
    "flashcards.ipynb": "The nine flashcards, as graded questions",
}
# nbgrader's generated state, never part of the scratch copy
_SKIP = shutil.ignore_patterns("release", "submitted", "autograded", "feedback",
                               "gradebook.db", ".exchange", ".ipynb_checkpoints",
                               "__pycache__", "*.pyc")


def _digest(course: Path) -> str:
    sha = hashlib.sha256()
    files = [course / "nbgrader_config.py", *sorted((course / "source" / ASSIGNMENT).rglob("*"))]
    for path in files:
        if path.is_file() and ".ipynb_checkpoints" not in path.parts:
            sha.update(str(path.relative_to(course)).encode() + b"\0" + path.read_bytes())
    return sha.hexdigest()


def write_student_notebooks(srcdir: Path, extra: Path, scratch_root: Path) -> Path | None:
    """Generate the student notebooks into `<extra>/downloads/<assignment>/`."""
    course = srcdir / COURSE
    if not (course / "source" / ASSIGNMENT).is_dir():
        logger.info(f"coursebook: no {COURSE}/source/{ASSIGNMENT}, so no graded notebooks")
        return None
    target = extra / "downloads" / ASSIGNMENT
    stamp = target.parent / f".{ASSIGNMENT}.sha256"
    digest = _digest(course)
    if target.is_dir() and stamp.is_file() and stamp.read_text() == digest:
        return target

    logger.info("coursebook: generating the student notebooks with nbgrader")
    scratch_root.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=scratch_root) as tmp:
        copy = Path(tmp) / "course"
        shutil.copytree(course, copy, ignore=_SKIP)
        env = dict(os.environ)
        # nbgrader shells out to `alembic`, which lives next to this Python
        env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
        result = subprocess.run(
            [sys.executable, "-m", "nbgrader", "generate_assignment", ASSIGNMENT,
             "--force", "--log-level=WARN", f"--CourseDirectory.root={copy}"],
            cwd=copy, env=env, capture_output=True, text=True)
        released = copy / "release" / ASSIGNMENT
        if result.returncode != 0 or not released.is_dir():
            raise ExtensionError(
                "nbgrader generate_assignment failed, so the student notebooks cannot be "
                f"offered:\n{(result.stdout + result.stderr).strip()[-3000:]}")
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(released, target)
    with zipfile.ZipFile(target.parent / f"{ASSIGNMENT}.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(target.rglob("*")):
            if path.is_file():
                zf.write(path, Path(ASSIGNMENT) / path.relative_to(target))
    stamp.write_text(digest)
    return target


class GradedNotebooksDirective(SphinxDirective):
    """```{graded-notebooks}``` : a list of the student notebooks with download links."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        from . import generated_dir  # the package's helper; avoids an import cycle

        folder = generated_dir(self.env.app) / "extra" / "downloads" / ASSIGNMENT
        to_root = "../" * self.env.docname.count("/")
        items = nodes.bullet_list(classes=["graded-notebooks"])
        for name, what in NOTEBOOKS.items():
            if not (folder / name).is_file():
                logger.warning(
                    f"graded notebook {ASSIGNMENT}/{name} was not generated (is "
                    f"{COURSE}/source/{ASSIGNMENT}/{name} there?)",
                    location=(self.env.docname, self.lineno))
                continue
            para = nodes.paragraph()
            para += nodes.raw("", f'<a href="{to_root}downloads/{ASSIGNMENT}/{name}" '
                                  f'download><code>{name}</code></a>', format="html")
            para += nodes.Text(f": {what}")
            items += nodes.list_item("", para)
        bundle = nodes.paragraph()
        bundle += nodes.raw("", f'<a href="{to_root}downloads/{ASSIGNMENT}.zip" download>'
                                f'All of them in one zip ({ASSIGNMENT}.zip)</a>', format="html")
        return [items, bundle]


def setup(app: Sphinx) -> None:
    app.add_directive("graded-notebooks", GradedNotebooksDirective)
