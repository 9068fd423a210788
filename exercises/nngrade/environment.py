"""The environment in which a command of the course runs the tools it calls by name.

nbgrader shells out to `alembic`, and the tests and benchmarks call `jupyter-book` and
`nbgrader`, all console scripts of the environment this Python runs from. So that
environment's bin/ goes first on PATH. This is the one place that says so: the grading
engine, the book's extension, the tests and the benchmarks all call `with_venv_bin`.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

VENV_BIN = Path(sys.executable).parent


def with_venv_bin(env: Mapping[str, str] | None = None) -> dict[str, str]:
    """A copy of `env` (default: this process's environment) with VENV_BIN first on PATH."""
    env = dict(os.environ if env is None else env)
    env["PATH"] = f"{VENV_BIN}{os.pathsep}{env.get('PATH', '')}"
    return env
