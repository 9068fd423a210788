"""Re-execute every page when `nnlib` changes.

The execution cache keys a notebook by its own text, and Sphinx re-reads a page only
when its source changes, so an edit to `nnlib` (which every lesson imports) would
otherwise leave the site showing outputs of the old code. We fingerprint `nnlib`'s
sources; when the fingerprint moves, the cache is dropped and every page is re-read.
The fingerprint is recorded only after a build succeeds.

Likewise every page is written again when this extension itself changes (it rewrites
pages as they are written: formulas, figures, names): a fingerprint of its files is a
config value of the "html" kind, which Sphinx compares with the previous build's.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.util import logging

logger = logging.getLogger(__name__)


def nnlib_fingerprint(srcdir: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in (srcdir / "nnlib").rglob("*")  # widget.js / .css too
                       if p.suffix in (".py", ".js", ".css")):
        digest.update(path.relative_to(srcdir).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def extension_fingerprint() -> str:
    digest = hashlib.sha256()
    here = Path(__file__).parent
    for path in sorted(p for p in here.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(here).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _on_config_inited(app: Sphinx, config) -> None:
    config.coursebook_fingerprint = extension_fingerprint()


def _stamp(app: Sphinx) -> Path:
    from . import generated_dir  # the package's helper; avoids an import cycle

    return generated_dir(app) / "nnlib.fingerprint"


def _on_builder_inited(app: Sphinx) -> None:
    app.coursebook_nnlib_fingerprint = nnlib_fingerprint(Path(app.srcdir))
    stamp = _stamp(app)
    app.coursebook_nnlib_changed = (
        stamp.is_file() and stamp.read_text() != app.coursebook_nnlib_fingerprint)
    if app.coursebook_nnlib_changed:
        logger.info("coursebook: nnlib changed since the last build; re-executing every page")
        shutil.rmtree(Path(app.outdir).parent / ".jupyter_cache", ignore_errors=True)


def _on_env_get_outdated(app: Sphinx, env, added, changed, removed) -> list[str]:
    if getattr(app, "coursebook_nnlib_changed", False):
        return sorted(env.found_docs - added - changed)
    return []


def _on_build_finished(app: Sphinx, exception: Exception | None) -> None:
    if exception is None and app.statuscode == 0:
        stamp = _stamp(app)
        stamp.parent.mkdir(parents=True, exist_ok=True)
        stamp.write_text(app.coursebook_nnlib_fingerprint)


def setup(app: Sphinx) -> None:
    app.add_config_value("coursebook_fingerprint", "", "html")
    app.connect("config-inited", _on_config_inited)
    app.connect("builder-inited", _on_builder_inited)
    app.connect("env-get-outdated", _on_env_get_outdated)
    app.connect("build-finished", _on_build_finished)
