"""nnlib.number_text: the one formatter of the numbers the course shows."""

import pytest

from nnlib.number_text import MINUS, number_text


@pytest.mark.parametrize(("value", "fmt", "shown"), [
    (-4, "{:g}", f"{MINUS}4"),
    (3.0, "{:g}", "3"),
    (-0.0, "{:g}", "0"),
    (-0.001, "{:.2f}", "0.00"),
    (-0.005001, "{:.2f}", f"{MINUS}0.01"),
    (-12, "{:.2f}", f"{MINUS}12.00"),
    (1e-5, "{:g}", f"1e{MINUS}05"),
    (-7, "{:d}", f"{MINUS}7"),
])
def test_minus_sign_and_no_negative_zero(value, fmt, shown):
    assert number_text(value, fmt) == shown
