"""The environment `make venv` builds: its modules are compiled ahead (uv sync
--compile-bytecode in scripts/env.sh), since grading sandboxes, a hub's shared environment
and machines with PYTHONDONTWRITEBYTECODE never write __pycache__ themselves: without it,
every kernel would compile what it imports at each start (1.2 s instead of 0.7 s)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

# what a kernel, the autograde and the book import first
MODULES = ["ipykernel.kernelapp", "numpy", "matplotlib.pyplot", "nbgrader.apps.autogradeapp"]


@pytest.mark.parametrize("name", MODULES)
def test_the_environment_holds_compiled_modules(name):
    origin = importlib.util.find_spec(name).origin
    assert Path(origin).is_relative_to(sys.prefix), origin
    cached = Path(importlib.util.cache_from_source(origin))
    assert cached.is_file(), f"{cached} missing: run `make venv` (it compiles the environment)"
