"""Fixtures of the widget tests: each static control built once per session."""

import pytest

from nnlib.widgets import circuit, hidden_size, relu_kinks


@pytest.fixture(scope="session")
def static_controls():
    """The three static controls with their default arguments, as the lessons call them."""
    return {
        "relu_kinks": relu_kinks(mode="static"),
        "circuit": circuit(mode="static"),
        "hidden_size": hidden_size(mode="static"),
    }
