"""Fixtures for the nnlib tests: seeded randomness and a headless matplotlib."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402


@pytest.fixture
def rng():
    return np.random.default_rng(231)


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")
