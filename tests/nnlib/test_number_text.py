"""nnlib.number_text: the one formatter of the numbers the course shows."""

import pytest

from nnlib.number_text import MINUS, number_text


@pytest.mark.parametrize(
    ("value", "fmt", "shown"),
    [
        (-4, "{:g}", f"{MINUS}4"),
        (3.0, "{:g}", "3"),
        (-0.0, "{:g}", "0"),
        (-0.001, "{:.2f}", "0.00"),
        (-0.005001, "{:.2f}", f"{MINUS}0.01"),
        (-12, "{:.2f}", f"{MINUS}12.00"),
        (1e-5, "{:g}", f"1e{MINUS}05"),
        (-7, "{:d}", f"{MINUS}7"),
    ],
)
def test_minus_sign_and_no_negative_zero(value, fmt, shown):
    assert number_text(value, fmt) == shown


@pytest.mark.parametrize(
    ("value", "fmt", "shown"),
    [
        (0.865, "{:.0%}", "87%"),  # the float is 0.86499999..., which "{:.0%}" shows as 86%
        (0.545, "{:.0%}", "55%"),
        (0.445, "{:.0%}", "45%"),
        (2.675, "{:.2f}", "2.68"),
        (0.5, "{:.0f}", "1"),
        (-0.125, "{:.2f}", f"{MINUS}0.13"),
        (0.0235, "{:.1e}", f"2.4e{MINUS}02"),
        (1234567.5, "{:,.0f}", "1,234,568"),
    ],
)
def test_halves_round_away_from_zero_on_the_decimal_the_reader_sees(value, fmt, shown):
    assert number_text(value, fmt) == shown
