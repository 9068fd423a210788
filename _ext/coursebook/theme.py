"""The theme, fixed for readers on a phone or a desktop.

- Navigation: pydata-sphinx-theme 0.17.1 and sphinx-book-theme 1.3.0 bind the FIRST
  `.primary-toggle` / `.secondary-toggle` of the page, which is a button in a header that
  sphinx-book-theme hides; the visible buttons above the article did nothing. Our
  `templates/sections/header.html` is the theme's header without those two buttons, so
  the visible ones are the first and the themes' own scripts work (the lesson list opens
  as a drawer on a phone and collapses/expands on a desktop).
- Icons: `templates/static/webpack-macros.html` is the theme's macros without
  fontawesome.js (1.49 MB on every page); `iconfont` serves the few glyphs they need.
- `site.css`: the site's own style (phones, figures, contrast).
"""

from __future__ import annotations

from pathlib import Path

from sphinx.application import Sphinx
from sphinx.config import Config

TEMPLATES = Path(__file__).parent / "templates"


def configure(config: Config) -> None:
    # Our templates come before the theme's (Sphinx searches templates_path first).
    config.templates_path = [str(TEMPLATES), *config.templates_path]


def setup(app: Sphinx) -> None:
    app.add_css_file("coursebook/site.css")
