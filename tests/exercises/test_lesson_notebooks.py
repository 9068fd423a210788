"""Lessons as notebooks: `scripts/lesson_notebooks.py` (make lesson-notebooks) writes every
lesson of the table of contents as an executed .ipynb with no MyST-only markup left, and
leaves nothing beside the lessons that would break the next book build. The notebooks then
run top to bottom where students run them: a fresh environment made from the `lab` group
alone (binder/requirements.txt and nnlib, as binder/postBuild installs them), without
MyST-NB or anything else of the book build."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import nbformat
import pytest
from nngrade.environment import with_venv_bin

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow
LESSONS = sorted(p.stem for p in (REPO / "lessons").glob("*.md"))


def markdown_of(nb) -> str:
    return "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> Path:
    """The folder `make lesson-notebooks` writes, run once for the module."""
    out = tmp_path_factory.mktemp("lesson-notebooks")
    before = sorted(p.name for p in (REPO / "lessons").iterdir())
    env = with_venv_bin()
    env.pop("NNLIB_WIDGETS", None)
    env.pop("MPLBACKEND", None)
    env.setdefault("OPENBLAS_NUM_THREADS", "1")
    done = subprocess.run(
        [sys.executable, "scripts/lesson_notebooks.py", "--output", str(out)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=3000,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "Kernel is running over TCP" not in done.stderr
    assert sorted(p.name for p in (REPO / "lessons").iterdir()) == before
    return out


def test_every_lesson_becomes_a_rendered_notebook_and_nothing_is_left_behind(written):
    assert sorted(p.stem for p in written.glob("*.ipynb")) == LESSONS
    with zipfile.ZipFile(written / "lessons.zip") as zf:
        assert sorted(zf.namelist()) == sorted(f"lessons/{s}.ipynb" for s in LESSONS)
    for stem in LESSONS:
        nb = nbformat.read(written / f"{stem}.ipynb", as_version=4)
        markdown = markdown_of(nb)
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
    lesson1 = nbformat.read(written / "01_linear_layers_collapse.ipynb", as_version=4)
    assert "[[2, 3], [-1, -2]]" in markdown_of(lesson1)  # the glued W' of the lesson's own run


def test_labels_links_numbers_and_widgets_read_as_on_the_site(written):
    for stem in LESSONS:
        nb = nbformat.read(written / f"{stem}.ipynb", as_version=4)
        markdown = markdown_of(nb)
        # no MyST label left, and every link within the notebook lands on one of its headings
        assert not re.search(r"^\([\w-]+\)=", markdown, re.M), stem
        anchors = {
            m.strip().replace(" ", "-") for m in re.findall(r"^#{1,6}\s+(.+?)\s*$", markdown, re.M)
        }
        for anchor in re.findall(r"\]\(#([^)]+)\)", markdown):
            assert anchor in anchors, (stem, anchor)
        for target in re.findall(r"\]\(([^)#:]+)\)", markdown):
            assert target.endswith(".ipynb") and target[:-6] in LESSONS, (stem, target)
        # glued numbers as the site formats them: no float's full repr in a sentence
        assert not re.search(r"\d\.\d{7,}", markdown), stem
        for cell in nb.cells:
            for output in cell.get("outputs", []):
                data = output.get("data", {})
                assert "object at 0x" not in str(data.get("text/plain", "")), stem
    lesson2 = markdown_of(nbformat.read(written / "02_relu_hidden_layer.ipynb", as_version=4))
    assert "](#ReLU-and-its-older-siblings:-sigmoid-and-tanh)" in lesson2
    lesson5 = nbformat.read(written / "05_training_loop.ipynb", as_version=4)
    notes = [
        o
        for c in lesson5.cells
        for o in c.get("outputs", [])
        if "run this cell" in str(o.get("data", {}).get("text/markdown", ""))
    ]
    lesson2_nb = nbformat.read(written / "02_relu_hidden_layer.ipynb", as_version=4)
    notes += [
        o
        for c in lesson2_nb.cells
        for o in c.get("outputs", [])
        if "run this cell" in str(o.get("data", {}).get("text/markdown", ""))
    ]
    assert len(notes) >= 2  # lesson 2's two interactives, at least
    assert re.search(r"\d+\.\d%", markdown_of(lesson5))  # a glued percentage, as on the site


@pytest.fixture(scope="module")
def lab_python(tmp_path_factory) -> tuple[Path, dict]:
    """A new venv with what binder/ installs: the `lab` group and nnlib's own dependencies
    (binder/requirements.txt, exported from the lock), then the course's packages without
    dependencies (binder/postBuild). Nothing of the book build."""
    root = tmp_path_factory.mktemp("lab-env")
    venv = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    python = venv / "bin" / "python"
    env = {
        "PATH": f"{venv / 'bin'}{os.pathsep}/usr/bin:/bin",
        "HOME": str(root / "home"),
        "OPENBLAS_NUM_THREADS": "1",
        "OMP_NUM_THREADS": "1",
        # the machine's uv cache, which the course's own venv was installed from (its index,
        # certificates and proxy settings are copied below)
        "UV_CACHE_DIR": os.environ.get("UV_CACHE_DIR", str(Path.home() / ".cache" / "uv")),
    }
    env.update(
        {
            k: v
            for k, v in os.environ.items()
            if k.startswith(("UV_", "PIP_", "SSL_CERT_", "NIX_SSL_"))
            or k in ("REQUESTS_CA_BUNDLE",)
            or k.lower() in ("http_proxy", "https_proxy", "no_proxy")
        }
    )
    uv = Path(sys.executable).parent / "uv"
    # a copy of the repository's packages, so building them leaves nothing in the worktree
    source = root / "source"
    shutil.copytree(
        REPO,
        source,
        ignore=shutil.ignore_patterns(
            ".venv", "_build", "node_modules", ".git", "exercises", "tests", "*.egg-info"
        ),
    )
    shutil.copytree(REPO / "exercises" / "nngrade", source / "exercises" / "nngrade")
    for args in (
        ["-r", str(REPO / "binder" / "requirements.txt")],
        ["--no-deps", str(source)],
    ):
        done = subprocess.run(
            [str(uv), "pip", "install", "--python", str(python), *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=1800,
        )
        assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return python, env


def test_every_lesson_notebook_runs_top_to_bottom_with_the_lab_group_alone(
    written, lab_python, tmp_path
):
    python, env = lab_python
    absent = subprocess.run(
        [str(python), "-c", "import myst_nb"], env=env, capture_output=True, text=True
    )
    assert absent.returncode != 0, "MyST-NB is in the lab environment: the test proves nothing"
    # a student's folder: the notebooks alone, away from the repository
    folder = tmp_path / "student"
    folder.mkdir()
    for stem in LESSONS:
        shutil.copy(written / f"{stem}.ipynb", folder)
    for stem in LESSONS:
        done = subprocess.run(
            [
                str(python),
                "-m",
                "jupyter",
                "nbconvert",
                "--to",
                "notebook",
                "--execute",
                "--ExecutePreprocessor.timeout=600",
                "--output",
                f"{stem}.run.ipynb",
                f"{stem}.ipynb",
            ],
            cwd=folder,
            env=env,
            capture_output=True,
            text=True,
            timeout=1200,
        )
        assert done.returncode == 0, (stem, done.stderr[-3000:])
        nb = nbformat.read(folder / f"{stem}.run.ipynb", as_version=4)
        codes = [c for c in nb.cells if c.cell_type == "code"]
        assert codes and all(c.get("execution_count") for c in codes), stem
        errors = [o for c in codes for o in c.outputs if o.get("output_type") == "error"]
        assert not errors, (stem, errors[:1])
