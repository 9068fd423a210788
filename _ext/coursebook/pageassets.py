"""Per-page script and style fixes, applied to every page just before it is written.

- Sphinx 7.4 adds every inline script that an extension registered with
  `app.add_js_file(None, body=...)` twice (once as filename None, once as ''). Harmless
  for `var`, fatal for sphinx-thebe's `const THEBE_JS_URL`: the browser stops with
  "Identifier 'THEBE_JS_URL' has already been declared". Duplicates are dropped here.
- Lessons written as MyST Markdown notebooks get their executed `.ipynb` in the
  page's download menu (the theme offers it only when launch buttons are on).
- A live ipywidgets output would render as nothing on this static site (its manager
  would come from a CDN, which the book never loads): such a page is a warning, so a
  `-W` build fails instead of publishing a blank control.
- Thebe (live code cells) is switched off in this book and would load its code from a
  CDN, so its script, its CDN address and its style are left out altogether.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.util import logging

logger = logging.getLogger(__name__)
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


def _is_thebe(asset) -> bool:
    body = str(asset.attributes.get("body", ""))
    return "thebe" in str(asset.filename or "") or "THEBE_JS_URL" in body


def clean_page_assets(app: Sphinx, pagename: str, templatename: str, context: dict,
                      doctree) -> None:
    builder = app.builder
    seen, kept = set(), []
    for asset in builder._js_files:
        key = (asset.filename or "", tuple(sorted(asset.attributes.items())))
        if key in seen or _is_thebe(asset):
            continue
        seen.add(key)
        kept.append(asset)
    builder._js_files[:] = kept  # the page context holds this same list
    builder._css_files[:] = [css for css in builder._css_files if not _is_thebe(css)]


def refuse_live_widgets(app: Sphinx, pagename: str, templatename: str, context: dict,
                        doctree) -> None:
    if WIDGET_VIEW in str(context.get("body", "")):
        logger.warning(
            "a live ipywidgets control is shown on this page; the static site cannot run "
            "it (it would render blank). The coursebook extension sets NNLIB_WIDGETS=static "
            "for the lessons; display a self-contained HTML control instead.", location=pagename)


def offer_notebook_download(app: Sphinx, pagename: str, templatename: str, context: dict,
                            doctree) -> None:
    if doctree is None or "kernelspec" not in app.env.metadata.get(pagename, {}):
        return
    if not str(context.get("sourcename", "")).endswith((".md", ".md.txt")):
        return
    executed = Path(app.outdir).parent / "jupyter_execute" / f"{pagename}.ipynb"
    if not executed.is_file():
        return
    target = Path(app.outdir) / "_sources" / f"{pagename}.ipynb"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(executed, target)
    context["ipynb_source"] = f"{pagename}.ipynb"


def setup(app: Sphinx) -> None:
    # before the theme builds its header buttons (priority 501)
    app.connect("html-page-context", offer_notebook_download, priority=499)
    app.connect("html-page-context", refuse_live_widgets)
    # late priority: after the theme and the other extensions have added theirs
    app.connect("html-page-context", clean_page_assets, priority=900)
