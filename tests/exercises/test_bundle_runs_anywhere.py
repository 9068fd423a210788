"""The student bundle runs anywhere: the files nbgrader releases (the same files the website's
zip holds, see _ext/coursebook/notebooks.py) carry everything the notebooks import and a
requirements.txt of exact versions. In a fresh virtual environment with only those packages,
every notebook answered with the solution passes check_notebook.py, and a cell that errors
makes it fail.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import nbformat
import pytest

REPO = Path(__file__).resolve().parents[2]
COURSE_SRC = REPO / "exercises"
sys.path.insert(0, str(COURSE_SRC))

from nngrade import manifest  # noqa: E402
from nngrade.solutions import answered, solution_sources  # noqa: E402

from ..conftest import generated_course  # noqa: E402

ASSIGNMENT = "backprop"
M = manifest.find(COURSE_SRC, ASSIGNMENT)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def unpacked(tmp_path_factory, exercises_env) -> Path:
    """The release, zipped and unzipped like a student downloading it, with the solution in."""
    root = tmp_path_factory.mktemp("bundle")
    course = generated_course(root, exercises_env)
    release = course / "release" / ASSIGNMENT
    bundle = root / f"{ASSIGNMENT}.zip"
    with zipfile.ZipFile(bundle, "w") as zf:
        for path in sorted(release.rglob("*")):
            zf.write(path, Path(ASSIGNMENT) / path.relative_to(release))
    with zipfile.ZipFile(bundle) as zf:
        zf.extractall(root / "student")
    folder = root / "student" / ASSIGNMENT
    sols = solution_sources(COURSE_SRC, ASSIGNMENT)
    for name in M.notebook_names:
        path = folder / f"{name}.ipynb"
        nbformat.write(answered(nbformat.read(path, as_version=4), sols[name]), path)
    return folder


@pytest.fixture(scope="module")
def fresh_python(tmp_path_factory, unpacked) -> tuple[Path, dict]:
    """A new venv with nothing but the bundle's requirements.txt installed."""
    venv = tmp_path_factory.mktemp("fresh") / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    home = tmp_path_factory.mktemp("home")
    env = {
        "PATH": f"{venv / 'bin'}{os.pathsep}/usr/bin:/bin",
        "HOME": str(home),
        "OPENBLAS_NUM_THREADS": "1",
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
    }
    # this machine's pip settings (index, wheel folders, proxy) and its cache, which the
    # course's own venv was installed from
    env.update(
        {
            k: v
            for k, v in os.environ.items()
            if k.startswith("PIP_") or k.lower() in ("http_proxy", "https_proxy", "no_proxy")
        }
    )
    env.setdefault("PIP_CACHE_DIR", str(Path.home() / ".cache" / "pip"))
    done = subprocess.run(
        [
            str(venv / "bin" / "python"),
            "-m",
            "pip",
            "install",
            "-q",
            "-r",
            str(unpacked / "requirements.txt"),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return venv / "bin" / "python", env


def test_the_bundle_names_exact_versions_of_what_it_imports(unpacked):
    lines = [
        ln
        for ln in (unpacked / "requirements.txt").read_text().splitlines()
        if ln and not ln.startswith("#")
    ]
    assert lines and all("==" in ln for ln in lines), lines
    assert {ln.split("==")[0] for ln in lines} >= {"nbgrader", "numpy", "ipywidgets"}
    for name in M.notebook_names:
        nb = nbformat.read(unpacked / f"{name}.ipynb", as_version=4)
        code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
        assert "nnlib" not in code or (unpacked / "nnlib").is_dir(), name


def test_every_notebook_passes_the_checker_in_a_fresh_venv(unpacked, fresh_python):
    python, env = fresh_python
    done = subprocess.run(
        [str(python), "check_notebook.py", *(f"{n}.ipynb" for n in M.notebook_names)],
        cwd=unpacked,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count("every visible check passes") == len(M.notebook_names)
    # nothing but the verdicts: no kernel warnings, no traceback
    assert "Kernel is running over TCP" not in done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr


def test_a_cell_that_errors_fails_the_checker(unpacked, fresh_python, tmp_path):
    python, env = fresh_python
    folder = tmp_path / "broken"
    shutil.copytree(unpacked, folder)
    name = M.notebook_names[-1]
    nb = nbformat.read(folder / f"{name}.ipynb", as_version=4)
    nb.cells.insert(1, nbformat.v4.new_code_cell("import nnlib_is_not_here"))
    nbformat.write(nb, folder / f"{name}.ipynb")
    done = subprocess.run(
        [str(python), "check_notebook.py", f"{name}.ipynb"],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "ModuleNotFoundError" in done.stdout and "nnlib_is_not_here" in done.stdout
