"""Fixtures shared by every test area: the repository, its environment, a private home
for every test, and one real build of the whole book per test session (reused by the
book and browser tests).

Shared helpers live in the conftest.py of the folder that shares them, and test modules
import them relatively (`from ..conftest import build_book`); fixtures need no import."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest
from nngrade import manifest
from nngrade.environment import VENV_BIN, with_venv_bin

REPO = Path(__file__).resolve().parent.parent
COURSE_SRC = REPO / "exercises"
# What a test may write outside its temporary folders: nothing. These variables point
# every tool (Jupyter, nbgrader's submit cache, IPython, matplotlib, pip, npm) elsewhere.
PRIVATE_DIRS = {
    "HOME": "home",
    "JUPYTER_DATA_DIR": "jupyter/data",  # nbgrader_cache lives here (Exchange.cache)
    "JUPYTER_RUNTIME_DIR": "jupyter/runtime",
    "JUPYTER_CONFIG_DIR": "jupyter/config",
    "IPYTHONDIR": "ipython",
    "MPLCONFIGDIR": "matplotlib",
    "XDG_CACHE_HOME": "xdg/cache",
    "XDG_CONFIG_HOME": "xdg/config",
    "XDG_DATA_HOME": "xdg/data",
}
# Kernel connection files of other programs on the machine come and go here at any time.
NOT_COMPARED = ("runtime",)


def jupyter_tree(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file under `folder` (but NOT_COMPARED) -> (size, mtime in ns)."""
    tree = {}
    for path in sorted(folder.rglob("*")) if folder.is_dir() else []:
        rel = path.relative_to(folder)
        if rel.parts[0] not in NOT_COMPARED and (path.is_file() or path.is_symlink()):
            stat = path.lstat()
            tree[rel.as_posix()] = (stat.st_size, stat.st_mtime_ns)
    return tree


_SESSION: dict = {}


def pytest_configure(config):
    """Before any test module is imported (matplotlib writes its caches at import): point
    every folder of PRIVATE_DIRS into one temporary folder, and note what the real
    ~/.local/share/jupyter holds."""
    real_jupyter = Path(os.environ.get("HOME") or Path.home()) / ".local/share/jupyter"
    root = Path(tempfile.mkdtemp(prefix="nn-backprop-tests-"))
    _SESSION.update(
        real_jupyter=real_jupyter,
        before=jupyter_tree(real_jupyter),
        root=root,
        saved={name: os.environ.get(name) for name in PRIVATE_DIRS},
    )
    for name, sub in PRIVATE_DIRS.items():
        (root / sub).mkdir(parents=True, exist_ok=True)
        os.environ[name] = str(root / sub)


def pytest_unconfigure(config):
    for name, value in _SESSION.get("saved", {}).items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
    if "root" in _SESSION:
        shutil.rmtree(_SESSION["root"], ignore_errors=True)


@pytest.fixture(scope="session", autouse=True)
def private_home() -> Path:
    """Every test runs with HOME, the Jupyter data, runtime and config folders (and so
    nbgrader's submission cache) in a temporary folder, removed after the session. At the
    end of the session the real ~/.local/share/jupyter must be exactly as it was."""
    yield _SESSION["root"] / "home"
    real_jupyter = _SESSION["real_jupyter"]
    changed = sorted(set(_SESSION["before"].items()) ^ set(jupyter_tree(real_jupyter).items()))
    assert not changed, (
        f"{real_jupyter} changed during the tests: a test wrote outside its private home "
        "(or another program on this machine wrote there meanwhile): "
        + ", ".join(sorted({rel for rel, _ in changed})[:20])
    )


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture(scope="session")
def venv_env(private_home) -> dict[str, str]:
    """The environment a command of the course runs in: the venv's bin/ first on PATH,
    the private home, and one BLAS thread per process. NNLIB_WIDGETS stays unset (the
    book's extension sets it; a plain `jupyter-book build` must work) and MPLBACKEND too
    (forcing Agg would stop notebook kernels from showing figures inline)."""
    env = with_venv_bin()
    env.pop("MPLBACKEND", None)
    env.pop("NNLIB_WIDGETS", None)
    env.setdefault("OPENBLAS_NUM_THREADS", "1")
    env.setdefault("OMP_NUM_THREADS", "1")
    return env


def build_book(source: Path, output: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    """A plain clean `jupyter-book build` (warnings as errors, nothing set for it) of
    the book in `source`, writing into `output/_build/html`."""
    return subprocess.run(
        [
            str(VENV_BIN / "jupyter-book"),
            "build",
            ".",
            "--all",
            "-W",
            "--keep-going",
            "--path-output",
            str(output),
        ],
        cwd=source,
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
    )


@pytest.fixture(scope="session")
def built_site(tmp_path_factory, venv_env) -> Path:
    """The whole book, built once from clean with execution. Returns the html folder."""
    out = tmp_path_factory.mktemp("book")
    result = build_book(REPO, out, venv_env)
    if result.returncode != 0:
        tail = "\n".join((result.stdout + result.stderr).splitlines()[-60:])
        pytest.fail(f"jupyter-book build failed (exit {result.returncode}):\n{tail}", pytrace=False)
    html = out / "_build" / "html"
    assert (html / "index.html").is_file(), f"no index.html in {html}"
    return html


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep test output readable
        pass


@pytest.fixture(scope="session")
def served_site(built_site) -> str:
    """The built site served from localhost; returns its base URL (no trailing slash)."""
    handler = functools.partial(_QuietHandler, directory=str(built_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


# ------------------------------------------------------------------ a private copy of the course


def copy_course(dest: Path) -> Path:
    """The committed part of the course folder (config, course.py, nbgrader's source/, the
    grading package, the assignment folders) copied to `dest`, nothing generated."""
    dest.mkdir(parents=True, exist_ok=True)
    for m in manifest.assignments(COURSE_SRC):
        shutil.copytree(m.folder, dest / m.name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(COURSE_SRC / "nbgrader_config.py", dest)
    shutil.copy(COURSE_SRC / "course.py", dest)
    shutil.copytree(COURSE_SRC / "source", dest / "source")
    shutil.copytree(
        COURSE_SRC / "nngrade", dest / "nngrade", ignore=shutil.ignore_patterns("__pycache__")
    )
    return dest


def course_cli(
    course: Path, exchange: Path, *args: str, env: dict | None = None, timeout: float = 600
) -> subprocess.CompletedProcess:
    """The instructor's command, exactly as documented: python exercises/course.py ..."""
    return subprocess.run(
        [sys.executable, str(course / "course.py"), "--course", str(course)]
        + ["--exchange", str(exchange), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def generated_course(root: Path, env: dict | None = None) -> Path:
    """`root`/course: a copy of the course with its student version made by `course.py
    generate` (nbgrader's generate_assignment underneath), `root`/exchange its exchange."""
    course = copy_course(root / "course")
    done = course_cli(course, root / "exchange", "generate", env=env)
    if done.returncode != 0:
        output = done.stdout[-3000:] + done.stderr[-3000:]
        raise RuntimeError(f"course.py generate failed:\n{output}")
    return course
