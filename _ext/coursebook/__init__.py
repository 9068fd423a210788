"""coursebook: the Sphinx extension that makes the course website self-contained.

Loaded by `_config.yml` (`sphinx.local_extensions`), so a plain `jupyter-book build`
does everything; nothing has to run before it:

- `mathsvg`   typesets every formula as SVG at build time (MathJax in Node), no
              MathJax in the reader's browser;
- `theme`     fixes of the theme for readers: working navigation buttons, no
              fontawesome.js, the site's style sheet (phones, figures, contrast);
- `iconfont`  the theme's icons from a few-KB subset of its Font Awesome font;
- `launch`    turns the launch buttons on only once a repository URL is configured;
- `cards`     the flashcards: one YAML file feeds the page directive and the Anki deck;
- `notebooks` the student versions of the graded notebooks, offered as downloads;
- `freshness` re-executes the lessons when `nnlib`, which they all import, changes;
- `erroroutputs` a cell's error output (a traceback shown without raising) fails the build;
- `accessible` names that screen readers announce (toggles, dropdowns);
- `readingtime` the intro's reading time, counted from the lessons' words;
- `redirect`  the site's index.html, a real page that forwards to the first page.

It also sets NNLIB_WIDGETS=static for the lessons' kernels: the site has no kernel, so
each interactive must be its self-contained HTML control.

Everything generated goes into `<build dir>/coursebook/`, never into the source tree.
"""

from __future__ import annotations

import os
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.config import Config

from . import (
    accessible,
    cards,
    erroroutputs,
    freshness,
    iconfont,
    launch,
    mathsvg,
    notebooks,
    pageassets,
    readingtime,
    redirect,
    theme,
)

STATIC = Path(__file__).parent / "static"
WIDGET_MODE_VAR = "NNLIB_WIDGETS"  # read by nnlib.widgets


def generated_dir(app: Sphinx) -> Path:
    """The folder, next to the build's doctrees, that holds this build's generated files."""
    return Path(app.doctreedir).parent / "coursebook"


def _on_config_inited(app: Sphinx, config: Config) -> None:
    os.environ[WIDGET_MODE_VAR] = "static"  # inherited by the kernels that run the lessons
    gen = generated_dir(app)
    srcdir = Path(app.srcdir)
    static = gen / "static"
    extra = gen / "extra"
    mathsvg.ensure_installed(srcdir)
    mathsvg.write_stylesheet(static)
    config.html_math_renderer = mathsvg.RENDERER
    theme.configure(config)
    cards.write_deck(srcdir, extra)
    app.coursebook_student_notebooks = notebooks.StudentNotebooks(srcdir, extra, gen / "nbgrader")
    app.coursebook_student_notebooks.start()  # in the background, collected in env-updated
    launch.configure(config)
    readingtime.configure(srcdir, config)
    # Absolute paths: Sphinx joins them with the conf dir, which leaves them as they are.
    # Added here rather than in _config.yml so Jupyter Book does not add every .js file
    # in them to every page.
    config.html_static_path = [*config.html_static_path, str(STATIC), str(static)]
    config.html_extra_path = [*config.html_extra_path, str(extra)]


def setup(app: Sphinx) -> dict:
    app.connect("config-inited", _on_config_inited)
    accessible.setup(app)
    cards.setup(app)
    erroroutputs.setup(app)
    mathsvg.setup(app)
    iconfont.setup(app)
    theme.setup(app)
    freshness.setup(app)
    notebooks.setup(app)
    pageassets.setup(app)
    redirect.setup(app)
    return {"version": "1.0", "parallel_read_safe": False, "parallel_write_safe": True}
