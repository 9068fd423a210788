"""Feedback HTML whose maths renders offline: no MathJax from a CDN, the formulas as MathML.

nbgrader's feedback template always loads MathJax 2 from cdnjs, so without the internet every
formula stays raw `$...$`. `OfflineMathHTMLExporter` (set as `GenerateFeedback.exporter_class`
in nbgrader_config.py) writes the same page, then removes the MathJax scripts and turns each
`$...$` / `$$...$$` of the rendered Markdown into MathML (latex2mathml), which browsers draw
natively. Code, outputs and anything inside <pre>, <code>, <script> or <style> is left as is;
a formula latex2mathml cannot read stays as TeX.
"""

from __future__ import annotations

import html
import re

from nbconvert.exporters import HTMLExporter

MATHJAX_SCRIPTS = re.compile(
    r"<!--[^>]*?mathjax[^>]*?-->|<script[^>]*src=\"[^\"]*mathjax[^\"]*\"[^>]*>\s*</script>"
    r"|<script type=\"text/x-mathjax-config\">.*?</script>"
    r"|<script[^>]*>(?:(?!</script>).)*init_mathjax(?:(?!</script>).)*</script>",
    re.S | re.I,
)
SKIPPED = re.compile(r"(<(pre|code|script|style|textarea)\b.*?</\2>|<[^>]+>)", re.S | re.I)
DISPLAY = re.compile(r"\$\$(.+?)\$\$", re.S)
INLINE = re.compile(r"(?<![\\$])\$(?!\s)([^$<>]+?)(?<!\s)\$(?!\d)")


def to_mathml(tex: str, display: bool) -> str | None:
    from latex2mathml.converter import convert

    try:
        return convert(html.unescape(tex).strip(), display="block" if display else "inline")
    except Exception:  # noqa: BLE001 - an unreadable formula stays as TeX
        return None


def _text(segment: str) -> str:
    def swap(display):
        def replace(match):
            return to_mathml(match.group(1), display) or match.group(0)

        return replace

    return INLINE.sub(swap(False), DISPLAY.sub(swap(True), segment))


def offline(page: str) -> str:
    """The page without MathJax scripts, its Markdown maths as MathML."""
    page = MATHJAX_SCRIPTS.sub("", page)
    body = page.find("<body")
    head, rest = (page[:body], page[body:]) if body >= 0 else ("", page)
    out, last = [], 0
    for match in SKIPPED.finditer(rest):
        out.append(_text(rest[last : match.start()]))
        out.append(match.group(0))
        last = match.end()
    out.append(_text(rest[last:]))
    return head + "".join(out)


class OfflineMathHTMLExporter(HTMLExporter):
    """HTMLExporter whose pages need no network for their maths (see the module's doc)."""

    def from_notebook_node(self, nb, resources=None, **kw):
        output, resources = super().from_notebook_node(nb, resources, **kw)
        return offline(output), resources
