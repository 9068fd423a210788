"""Student markup made inert before any browser shows it (feedback HTML, formgrader).

`SanitizeMarkup` runs at the end of the autograde (so the autograded notebooks that
formgrader renders are already clean) and again before feedback. It:

* escapes every raw HTML tag in markdown cells (`<b>` shows as text: no `<script>`, no
  `<iframe>`, no `<img onerror=...>`, no `<svg onload=...>`), and points at `#` every link
  whose target is not http(s), mailto, a relative path or an anchor (no `javascript:` URLs,
  however they are spelled) and every image whose source is on another host (`![](http://..)`,
  `//host/x.png`, a reference definition an image uses): an image never makes the
  instructor's browser ask a host the student chose;
* turns every rich output that a browser would run or parse as markup (HTML, SVG, markdown,
  JavaScript, LaTeX, widget views, unknown types) into its plain-text form; PNG and JPEG
  images stay, they are shown through `<img src="data:...">`;
* drops saved widget state (it is pasted into a `<script>` element).

The answer's text still shows; only its power to run is gone.
"""

from __future__ import annotations

import html
import re

from nbformat.notebooknode import NotebookNode
from nbgrader.preprocessors import NbGraderPreprocessor

TAG = re.compile(r"<(?=[A-Za-z/!?])")
INLINE_LINK = re.compile(r"(\]\(\s*<?)([^)>\s]*)")
# `![alt](src`, also inside a link's text; the alt may hold one level of brackets. (A deeper
# nesting escapes this pattern: the feedback page's own check and its CSP catch it.)
INLINE_IMAGE = re.compile(r"(!\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?)([^)>\s]*)")
IMAGE_REF = re.compile(r"!\[([^\]]*)\](?:\[([^\]]*)\])?")
REF_LINK = re.compile(r"^(\s{0,3}\[[^\]]+\]:\s*<?)(\S*)", re.MULTILINE)
SAFE_SCHEMES = ("http", "https", "mailto")
SAFE_MIME = ("text/plain", "image/png", "image/jpeg", "image/gif")


def safe_url(url: str) -> bool:
    """True for http(s)/mailto URLs, relative paths and anchors; False for anything with
    another scheme, including ones hidden by entities, case, whitespace or control bytes."""
    plain = html.unescape(html.unescape(url))
    plain = re.sub(r"[\x00-\x20\x7f]+", "", plain).lower()
    scheme = re.match(r"^([a-z][a-z0-9+.\-]*):", plain)
    if scheme:
        return scheme.group(1) in SAFE_SCHEMES
    return ":" not in plain.split("/", 1)[0] and "\\" not in plain


def local_url(url: str) -> bool:
    """True for a relative path or an anchor: a URL that names no host (`safe_url`, and no
    scheme, no `//host`)."""
    plain = re.sub(r"[\x00-\x20\x7f]+", "", html.unescape(html.unescape(url)))
    return safe_url(url) and not re.match(r"^([a-z][a-z0-9+.\-]*:|[/\\]{2})", plain, re.I)


def image_labels(source: str) -> set[str]:
    """The reference labels that the images of `source` use (`![alt][label]`, `![label]`)."""
    return {
        (m.group(2) or m.group(1)).strip().lower()
        for m in IMAGE_REF.finditer(source)
        if not source.startswith("(", m.end())
    }


def clean_markdown(source: str) -> str:
    source = TAG.sub("&lt;", source)
    images = image_labels(source)

    def link(m):
        return m.group(1) + (m.group(2) if safe_url(m.group(2)) else "#")

    def image(m):
        return m.group(1) + (m.group(2) if local_url(m.group(2)) else "#")

    def reference(m):
        label = re.match(r"\s*\[([^\]]+)\]", m.group(1)).group(1).strip().lower()
        allowed = local_url if label in images else safe_url
        return m.group(1) + (m.group(2) if allowed(m.group(2)) else "#")

    source = INLINE_IMAGE.sub(image, INLINE_LINK.sub(link, source))
    return REF_LINK.sub(reference, source)


def clean_output(out: NotebookNode) -> NotebookNode:
    data = out.get("data")
    if not isinstance(data, dict):
        return out
    text = data.get("text/plain")
    risky = [k for k in data if k not in SAFE_MIME]
    if not risky:
        return out
    if text is None:
        first = data[risky[0]]
        text = first if isinstance(first, str) else str(first)
        text = f"[{risky[0]} output shown as text]\n{text[:20_000]}"
    out["data"] = {k: v for k, v in data.items() if k in SAFE_MIME}
    out["data"]["text/plain"] = text
    out.get("metadata", {}).clear() if isinstance(out.get("metadata"), dict) else None
    return out


class SanitizeMarkup(NbGraderPreprocessor):
    """Make student markdown and outputs inert (see the module docstring)."""

    def preprocess(self, nb, resources):
        nb.metadata.pop("widgets", None)
        for cell in nb.cells:
            if cell.cell_type == "markdown":
                cell.source = clean_markdown(cell.source)
                cell.pop("attachments", None)
            elif cell.cell_type == "code":
                cell.outputs = [clean_output(o) for o in cell.get("outputs", [])]
            elif cell.cell_type == "raw":
                cell.source = TAG.sub("&lt;", cell.source)
                cell.metadata.pop("format", None)
                cell.metadata.pop("raw_mimetype", None)
        return nb, resources
