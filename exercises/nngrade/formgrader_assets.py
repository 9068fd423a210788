"""formgrader's submission page with MathJax from the course's own server, under a CSP.

nbgrader 0.9.6's formgrade template loads MathJax 2 from cdnjs (its `mathjax()` macro takes
no URL from any setting), so every submission an instructor opens tells cdnjs so, and
offline the maths stays raw. Two documented extension points replace that:

* nbconvert's template lookup: `TEMPLATE_BASEDIRS` (set as `HTMLExporter.extra_template_basedirs`
  in nbgrader_config.py) puts `nngrade/templates/formgrade/index.html.j2` before nbgrader's
  own, which it extends: the same page, its `<head>` starting with the CSP
  `nngrade.csp.FORMGRADE` and loading MathJax 3 (with its `ui/safe` filter: no URLs, styles,
  classes or ids from TeX) from `<base_url>/nngrade/mathjax/`;
* a Jupyter server extension (this module, `jpserver_extensions: {"nngrade.formgrader_assets":
  true}` in the grader's Jupyter config) serves that folder: the vendored npm `mathjax-full`
  (`package.json`), found by `mathjax_dir()`.

Without the extension the page still loads nothing from another host; its maths stays TeX.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from . import csp

HERE = Path(__file__).resolve().parent
ROUTE = "nngrade/mathjax"
SCRIPT = "tex-chtml.js"


def nbgrader_templates() -> Path:
    import nbgrader

    return Path(nbgrader.__file__).parent / "server_extensions" / "formgrader" / "templates"


# Ours first (formgrade), then nbgrader's (formgrade, feedback): nbgrader_config.py sets both.
TEMPLATE_BASEDIRS = [str(HERE / "templates"), str(nbgrader_templates())]
# where our formgrade template finds nbgrader's, which it extends ('formgrade/index.html.j2')
TEMPLATE_PATHS = [str(nbgrader_templates())]


def mathjax_dir() -> Path | None:
    """The folder of MathJax 3's `tex-chtml.js` (npm `mathjax-full`, `es5/`): from
    $NN_BACKPROP_MATHJAX, else the checkout's node_modules (`make venv`, the book build), else
    the hub's proxy folder beside its venv (`scripts/hub-env.sh` installs package.json
    there). None if there is none."""
    candidates = [os.environ.get("NN_BACKPROP_MATHJAX")]
    for root in (HERE.parents[1], Path(sys.prefix).parent / "proxy"):
        candidates.append(str(root / "node_modules" / "mathjax-full" / "es5"))
    for folder in filter(None, candidates):
        if (Path(folder) / SCRIPT).is_file():
            return Path(folder)
    return None


def mathjax_url(base_url: str) -> str:
    """Where the formgrade page loads MathJax from (a Jinja filter: `base_url | ...`)."""
    return f"{base_url.rstrip('/')}/{ROUTE}/{SCRIPT}"


def formgrade_csp(_resources=None) -> str:
    """The formgrade page's CSP (a Jinja filter)."""
    return csp.FORMGRADE


# HTMLExporter.filters in nbgrader_config.py
FILTERS = {"nngrade_mathjax_url": mathjax_url, "nngrade_formgrade_csp": formgrade_csp}


def _jupyter_server_extension_points():
    return [{"module": "nngrade.formgrader_assets"}]


def _load_jupyter_server_extension(serverapp) -> None:
    """Serve `mathjax_dir()` at <base_url>/nngrade/mathjax/ (public, like /static/)."""
    from jupyter_server.utils import url_path_join
    from tornado.web import StaticFileHandler

    folder = mathjax_dir()
    if folder is None:
        serverapp.log.warning(
            "nngrade: no MathJax (npm mathjax-full) found: formgrader's maths stays TeX. "
            "Run `npm ci` in the checkout or set NN_BACKPROP_MATHJAX to its es5/ folder."
        )
        return
    pattern = url_path_join(serverapp.web_app.settings["base_url"], ROUTE, "(.*)")
    serverapp.web_app.add_handlers(".*$", [(pattern, StaticFileHandler, {"path": str(folder)})])
    serverapp.log.info("nngrade: MathJax for formgrader served from %s", folder)
