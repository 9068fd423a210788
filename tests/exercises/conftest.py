"""Fixtures of the exercises tests (the helpers live in the test modules: with
--import-mode=importlib a test module cannot import from this conftest)."""

from __future__ import annotations

import pytest



@pytest.fixture(scope="session")
def exercises_env(venv_env) -> dict:
    env = dict(venv_env)
    env["NN_BACKPROP_CELL_TIMEOUT"] = "6"
    return env

