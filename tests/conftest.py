"""Fixtures shared by every test area: the repository, its environment, and one real
build of the whole book per test session (reused by the book and browser tests)."""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture(scope="session")
def venv_env() -> dict[str, str]:
    """The environment a command of the course runs in: the venv's bin/ first on PATH
    (nbgrader shells out to `alembic`), one BLAS thread per process, and the static
    rendering of the interactives that the book build uses. MPLBACKEND stays unset:
    forcing Agg would stop notebook kernels from showing figures inline."""
    env = dict(os.environ)
    env["PATH"] = f"{VENV_BIN}{os.pathsep}{env.get('PATH', '')}"
    env.pop("MPLBACKEND", None)
    env.setdefault("OPENBLAS_NUM_THREADS", "1")
    env.setdefault("OMP_NUM_THREADS", "1")
    env["NNLIB_WIDGETS"] = "static"
    return env


def build_book(source: Path, output: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    """Run the README's build (a clean `jupyter-book build`, warnings as errors) of
    the book in `source`, writing into `output/_build/html`."""
    return subprocess.run(
        [str(VENV_BIN / "jupyter-book"), "build", str(source), "--all", "-W", "--keep-going",
         "--path-output", str(output)],
        env=env, capture_output=True, text=True, timeout=1800,
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
