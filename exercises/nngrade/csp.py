"""The Content-Security-Policy of every page the grader shows the instructor or a student.

A policy in a `<meta http-equiv>` element, first in `<head>`, binds the page wherever it is
opened (a file on disk, JupyterLab's /files/, the exchange): the browser fetches nothing the
policy does not name, whatever a student's answer managed to put in the page.

* FEEDBACK: the feedback pages hold no script at all (`nngrade.offline_math` writes maths
  as MathML); styles are inline, images are `data:` URIs. Nothing else is allowed.
* FORMGRADE: formgrader's submission page runs its own scripts and the course's MathJax,
  all from the Jupyter server it is served by ('self'); images only from there or `data:`.
"""

from __future__ import annotations

import html
import re

HEAD = re.compile(r"<head(?=[\s>])[^>]*>", re.I)

FEEDBACK = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; "
    "base-uri 'none'; form-action 'none'"
)
FORMGRADE = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
    "frame-src 'none'; base-uri 'self'; form-action 'self'"
)


def meta(policy: str) -> str:
    """The `<meta>` element that puts `policy` on a page."""
    return f'<meta http-equiv="Content-Security-Policy" content="{html.escape(policy)}">'


def with_policy(page: str, policy: str) -> str:
    """`page` with `policy`'s `<meta>` as the first element of its `<head>` (one is made
    if the page has none), so that it governs everything the page loads."""
    head = HEAD.search(page)
    if head:
        return page[: head.end()] + meta(policy) + page[head.end() :]
    return f"<head>{meta(policy)}</head>" + page
