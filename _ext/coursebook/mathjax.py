"""MathJax 3 served by the site itself.

`package.json` / `package-lock.json` pin npm's `mathjax`; the build runs `npm ci`, which
installs it into `node_modules/` (once, and again when the lock changes; later builds
reuse it, offline). This module copies the parts that the
`tex-chtml.js` bundle loads (itself, TeX extensions, CHTML fonts, menu and accessibility
parts) into `<static>/mathjax/`, which the site serves as `_static/mathjax/`;
`_config.yml` points `mathjax_path` at `mathjax/tex-chtml.js`.

The folder must not be the book's own `_static/`: Jupyter Book adds every `.js` file
under `_static/` to every page, which would load all of MathJax's scripts everywhere.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from sphinx.errors import ExtensionError
from sphinx.util import logging

logger = logging.getLogger(__name__)

BUNDLE = "tex-chtml.js"
# The other top-level files of es5/ are alternative bundles that tex-chtml.js never loads.
KEEP_DIRS = ("input", "output", "ui", "a11y", "sre")


def _es5(srcdir: Path) -> Path:
    return srcdir / "node_modules" / "mathjax" / "es5"


def ensure_installed(srcdir: Path) -> Path:
    """Return MathJax's es5/ folder, running `npm ci` first if it is missing or older
    than package-lock.json. This is the one place that runs `npm ci`."""
    es5 = _es5(srcdir)
    installed = srcdir / "node_modules" / ".package-lock.json"  # written by npm ci
    lock = srcdir / "package-lock.json"
    if (es5 / BUNDLE).is_file() and installed.is_file() and (
            not lock.is_file() or installed.stat().st_mtime >= lock.stat().st_mtime):
        return es5
    npm = shutil.which("npm")
    if npm is None:
        raise ExtensionError(
            "MathJax is not installed and `npm` is not on PATH. Install Node.js/npm, then "
            "run `npm ci` in the book folder (the site serves MathJax itself, no CDN).")
    logger.info("coursebook: installing MathJax with `npm ci` (once)")
    result = subprocess.run(
        [npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"],
        cwd=srcdir, capture_output=True, text=True)
    if result.returncode != 0 or not (es5 / BUNDLE).is_file():
        raise ExtensionError(f"`npm ci` failed to install MathJax:\n{result.stderr.strip()}")
    return es5


def vendor(srcdir: Path, static: Path) -> Path:
    """Copy MathJax into `<static>/mathjax/` unless this version is already there."""
    es5 = ensure_installed(srcdir)
    version = json.loads((es5.parent / "package.json").read_text())["version"]
    target = static / "mathjax"
    stamp = target / ".version"
    if stamp.is_file() and stamp.read_text() == version:
        return target
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    shutil.copy2(es5 / BUNDLE, target / BUNDLE)
    for name in KEEP_DIRS:
        if (es5 / name).is_dir():
            shutil.copytree(es5 / name, target / name)
    shutil.copy2(es5.parent / "LICENSE", target / "LICENSE")
    stamp.write_text(version)  # a dot file: Sphinx does not copy it to the site
    return target
