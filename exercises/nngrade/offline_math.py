"""Feedback HTML that renders offline and asks no other host for anything.

nbgrader's feedback template always loads MathJax 2 from cdnjs, so without the internet every
formula stays raw `$...$`. `OfflineMathHTMLExporter` (set as `GenerateFeedback.exporter_class`
in nbgrader_config.py) writes the same page, then

* removes the MathJax scripts and turns each `$...$` / `$$...$$` of the rendered Markdown into
  MathML (latex2mathml), which browsers draw natively. Code, outputs and anything inside
  <pre>, <code>, <script> or <style> is left as is; a formula latex2mathml cannot read stays
  as TeX. The MathML is cleaned AFTER the conversion (`clean_mathml`): latex2mathml turns
  `\\style{...}` into a `style` attribute and `\\href{...}` into an `href`, and copies the
  text of `\\text{...}` unescaped; only MathML elements and plain presentational attributes
  are kept, or the formula stays as TeX;
* points at `#` every URL in an element of the page that would make the browser fetch from
  another host or run script (`inert_urls`: `src`, `href` of anything but a link, `srcset`,
  ...; a link's `href` only if it is not http(s), mailto or relative), and drops any `style`
  attribute that could fetch (`url(`, `image-set(`, `@import`);
* puts the page under `nngrade.csp.FEEDBACK` (no script, nothing from anywhere but `data:`).
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET

from nbconvert.exporters import HTMLExporter

from .csp import FEEDBACK, with_policy
from .sanitize import local_url, safe_url

MATHJAX_SCRIPTS = re.compile(
    r"<!--[^>]*?mathjax[^>]*?-->|<script[^>]*src=\"[^\"]*mathjax[^\"]*\"[^>]*>\s*</script>"
    r"|<script type=\"text/x-mathjax-config\">.*?</script>"
    r"|<script[^>]*>(?:(?!</script>).)*init_mathjax(?:(?!</script>).)*</script>",
    re.S | re.I,
)
SKIPPED = re.compile(r"(<(pre|code|script|style|textarea)\b.*?</\2>|<[^>]+>)", re.S | re.I)
DISPLAY = re.compile(r"\$\$(.+?)\$\$", re.S)
INLINE = re.compile(r"(?<![\\$])\$(?!\s)([^$<>]+?)(?<!\s)\$(?!\d)")

MATHML = "http://www.w3.org/1998/Math/MathML"
MATHML_ELEMENTS = set(
    "math mrow mi mn mo ms mtext mspace msup msub msubsup mfrac msqrt mroot mover munder "
    "munderover mtable mtr mtd mstyle mpadded mphantom menclose merror mfenced "
    "mmultiscripts mprescripts none semantics annotation".split()
)
MATHML_ATTRIBUTES = set(
    "display xmlns mathvariant mathcolor mathbackground mathsize stretchy fence separator form "
    "lspace rspace width height depth linethickness accent accentunder movablelimits largeop "
    "symmetric minsize maxsize notation displaystyle scriptlevel columnalign rowalign "
    "columnlines rowlines columnspacing rowspacing frame framespacing equalrows equalcolumns "
    "align columnspan rowspan bevelled voffset".split()
)
PLAIN_VALUE = re.compile(r"^[\w\s#.,%+\-]*$")  # no parentheses, colons, quotes or slashes


def clean_mathml(mathml: str) -> str | None:
    """`mathml` with only MathML elements and presentational attributes of plain values, its
    text escaped; None if it holds anything else (then the formula stays as TeX)."""
    try:
        root = ET.fromstring(mathml)
    except ET.ParseError:
        return None
    for element in root.iter():
        ns, _, name = element.tag.rpartition("}")
        if ns.lstrip("{") != MATHML or name not in MATHML_ELEMENTS:
            return None
        for key, value in list(element.attrib.items()):
            if key not in MATHML_ATTRIBUTES or not PLAIN_VALUE.match(value):
                del element.attrib[key]
    ET.register_namespace("", MATHML)
    return ET.tostring(root, encoding="unicode", short_empty_elements=False)


def to_mathml(tex: str, display: bool) -> str | None:
    from latex2mathml.converter import convert

    try:
        mathml = convert(html.unescape(tex).strip(), display="block" if display else "inline")
    except Exception:  # noqa: BLE001 - an unreadable formula stays as TeX
        return None
    return clean_mathml(mathml)


def _text(segment: str) -> str:
    def swap(display):
        def replace(match):
            return to_mathml(match.group(1), display) or match.group(0)

        return replace

    return INLINE.sub(swap(False), DISPLAY.sub(swap(True), segment))


TAG = re.compile(r"<([a-zA-Z][\w:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>")
URL_ATTRIBUTE = re.compile(
    r"(\s(src|href|srcset|poster|background|data|action|formaction|xlink:href|ping|cite"
    r"|longdesc|manifest|codebase|lowsrc|dynsrc|style)\s*=\s*)(\"[^\"]*\"|'[^']*'|[^\s>]+)",
    re.I,
)
FETCHING_CSS = re.compile(r"url\s*\(|image-set|@import|expression\s*\(|\\", re.I)


def _inert_tag(match: re.Match) -> str:
    tag = match.group(1).lower()

    def attribute(m):
        name, value = m.group(2).lower(), html.unescape(m.group(3).strip("\"'"))
        if name == "style":
            return "" if FETCHING_CSS.search(value) else m.group(0)
        if name == "href" and tag == "a":
            return m.group(0) if safe_url(value) else f'{m.group(1)}"#"'
        if name in ("src", "href") and (local_url(value) or value.startswith("data:image/")):
            return m.group(0)
        return f'{m.group(1)}"#"'

    return f"<{match.group(1)}{URL_ATTRIBUTE.sub(attribute, match.group(2))}>"


def inert_urls(body: str) -> str:
    """`body` with every URL that would fetch from another host or run script pointed at
    `#` (links to http(s) pages stay: following one is the reader's choice)."""
    return TAG.sub(_inert_tag, body)


def offline(page: str) -> str:
    """The page without MathJax scripts, its Markdown maths as MathML, no URL that fetches
    from another host, under the feedback CSP."""
    page = MATHJAX_SCRIPTS.sub("", page)
    body = page.find("<body")
    head, rest = (page[:body], page[body:]) if body >= 0 else ("", page)
    out, last = [], 0
    for match in SKIPPED.finditer(rest):
        out.append(_text(rest[last : match.start()]))
        out.append(match.group(0))
        last = match.end()
    out.append(_text(rest[last:]))
    return with_policy(head + inert_urls("".join(out)), FEEDBACK)


class OfflineMathHTMLExporter(HTMLExporter):
    """HTMLExporter whose pages need no network and fetch from no other host (see the
    module's doc)."""

    def from_notebook_node(self, nb, resources=None, **kw):
        output, resources = super().from_notebook_node(nb, resources, **kw)
        return offline(output), resources
