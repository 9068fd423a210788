"""Numbers the lessons' prose quotes, recorded where the course website can show them.

    from nnlib.book import glue
    glue("spiral_net_accuracy", accuracy, "{:.1%}")   # prose: {glue:text}`spiral_net_accuracy`

The value is formatted here, with `number_text` (the one rounding of the course), so a
sentence reads exactly as the table or figure beside it. When the website is built
(MyST-NB installed), it is recorded with `myst_nb.glue`; in a student's notebook, where
MyST-NB is usually not installed and the prose already holds the numbers, nothing happens.
"""

from __future__ import annotations

from .number_text import number_text


def glue(name: str, value, fmt: str | None = None) -> None:
    """Record `value` under `name` for the page's {glue:text} roles, without showing it:
    formatted with `fmt` (a str.format pattern, see `number_text`) when given, else as is
    (a list of numbers, say)."""
    if fmt is not None:
        value = number_text(value, fmt)
    try:
        from myst_nb import glue as record
    except ImportError:  # a lesson notebook run outside the book build
        return
    record(name, value, display=False)
