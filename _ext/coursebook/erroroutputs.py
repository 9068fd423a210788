"""A lesson cell's error output fails the build.

MyST-NB fails the build on a cell whose execution raised, but an error shown without
raising (a display formatter's exception, such as nnlib.figure_style's check of a figure
that would be unreadable on a phone) is published as a traceback, silently. Each one is a
warning here, so the build (-W) fails on it.
"""

from __future__ import annotations

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util import logging

logger = logging.getLogger(__name__)


def _warn_on_tracebacks(app: Sphinx, doctree: nodes.document) -> None:
    for node in doctree.findall(nodes.literal_block):
        if "traceback" in node.get("classes", []):
            last = node.astext().strip().splitlines()[-1:] or [""]
            logger.warning(f"a cell shows an error: {last[0][:300]}", location=node)


def setup(app: Sphinx) -> None:
    app.connect("doctree-read", _warn_on_tracebacks)
