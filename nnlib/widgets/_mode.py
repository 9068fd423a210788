"""Which face an interactive shows: a live ipywidgets control, or static HTML.

The book build sets ``NNLIB_WIDGETS=static``: the built site has no kernel, so each
interactive becomes a self-contained HTML/JS control with precomputed frames.
Anywhere else (Jupyter, nbgrader) the reader gets the live widget.
"""

from __future__ import annotations

import os

ENV_VAR = "NNLIB_WIDGETS"
MODES = ("live", "static")


def widget_mode(mode: str | None = None) -> str:
    """Return 'live' or 'static': `mode` if given, else $NNLIB_WIDGETS, else 'live'."""
    chosen = (
        mode
        if mode is not None
        else os.environ.get(ENV_VAR, "").strip().lower() or "live"
    )
    if chosen not in MODES:
        raise ValueError(
            f"unknown widget mode {chosen!r} (from {'the mode argument' if mode else ENV_VAR}); "
            f"use one of {', '.join(MODES)}"
        )
    return chosen
