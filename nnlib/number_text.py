"""Numbers as the course shows them, in prose, tables, figures, readouts and slider labels.

Every number the course states goes through `number_text`, so a sentence, the table beside
it and a figure's label round the same value the same way.
"""

from __future__ import annotations

import numbers
import re
from decimal import ROUND_HALF_UP, Decimal, localcontext

MINUS = "\u2212"  # the typographic minus sign, as matplotlib's own tick labels use


class _HalfUp:
    """A number that formats with halves rounded away from zero, on its shortest decimal
    form: 0.865 with ".0%" gives "87%" (Python's float formatting gives "86%", because the
    float stored for 0.865 is a little below it)."""

    def __init__(self, value):
        self.value = (
            int(value)
            if isinstance(value, numbers.Integral)
            else float(value)
        )

    def __format__(self, spec: str) -> str:
        if (
            isinstance(self.value, int)
            or not spec
            or spec[-1] not in "fF%eE"
        ):
            return format(
                self.value, spec
            )  # nothing is rounded at a half ("g" keeps 3 as "3")
        with localcontext() as context:
            context.rounding = ROUND_HALF_UP
            text = format(Decimal(repr(self.value)), spec)
        # exponents of at least two digits, as Python writes them for floats: 2.4e-02
        return re.sub(r"([eE][+-])(\d)$", r"\g<1>0\2", text)


def number_text(value, fmt: str = "{:g}") -> str:
    """`value` (a real number) formatted with `fmt`, a str.format pattern such as "{:.2f}",
    "{:.1%}", "{:,}" or "{:.0e}". Halves round away
    from zero, the minus is typographic, and there is never a negative zero: -0.001 with
    "{:.2f}" gives "0.00", -4 gives "−4"."""
    text = fmt.format(_HalfUp(value))
    if text.startswith("-") and not any(
        digit in text for digit in "123456789"
    ):
        text = text[1:]
    return text.replace("-", MINUS)
