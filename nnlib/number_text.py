"""Numbers as the course shows them, in figures, readouts and slider labels."""

from __future__ import annotations

MINUS = "\u2212"  # the typographic minus sign, as matplotlib's own tick labels use


def number_text(value, fmt: str = "{:g}") -> str:
    """`value` formatted with `fmt` (a str.format pattern such as "{:.2f}"), with a
    typographic minus and never a negative zero: -0.001 with "{:.2f}" gives "0.00",
    -4 gives "−4"."""
    text = fmt.format(value)
    if text.startswith("-") and not any(
        digit in text for digit in "123456789"
    ):
        text = text[1:]
    return text.replace("-", MINUS)
