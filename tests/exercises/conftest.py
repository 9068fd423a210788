"""Fixtures of the exercises tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def exercises_env(venv_env) -> dict:
    env = dict(venv_env)
    env["NN_BACKPROP_CELL_TIMEOUT"] = "6"
    return env
