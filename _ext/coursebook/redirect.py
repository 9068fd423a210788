"""The site's `index.html`: a real page that sends the reader to the course's first page.

sphinx-external-toc writes a bare `<meta http-equiv="Refresh">` line there, which a
browser reads as a document with no icon, so it asks the server for `/favicon.ico` and
logs a 404 in the console. This page names the site, points at the site's own icon, and
keeps a plain link for readers whose browser does not follow the refresh. We write it
first; sphinx-external-toc leaves an existing index.html alone.
"""

from __future__ import annotations

import html
from pathlib import Path

from sphinx.application import Sphinx

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title}</title>
<link rel="icon" href="_static/{icon}">
<meta http-equiv="refresh" content="0; url={target}">
</head>
<body>
<p><a href="{target}">{title}: go to the course</a></p>
</body>
</html>
"""


def write_index(app: Sphinx, exception: Exception | None) -> None:
    if exception is not None or app.builder.format != "html" or app.builder.name != "html":
        return
    root = app.config.root_doc
    if root == "index":
        return
    favicon = Path(app.config.html_favicon or "favicon.svg").name
    Path(app.outdir, "index.html").write_text(
        PAGE.format(
            title=html.escape(app.config.html_title or app.config.project),
            icon=favicon,
            target=f"{root}.html",
        ),
        encoding="utf8",
    )


def setup(app: Sphinx) -> None:
    # before sphinx-external-toc's own build-finished handler (default priority 500)
    app.connect("build-finished", write_index, priority=400)
