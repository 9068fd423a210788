"""Figures whose text stays readable on a phone.

A matplotlib figure is a PNG whose smallest text (8-pt legends and titles in this
course) is 8/72 x dpi pixels high, 11 px at the book's 100 dpi. Squeezed into a 342-px
phone column, a 990-px-wide figure showed that text at under 4 px. Each figure of a
page gets a minimum width at which its 8-pt text is 9 CSS px (81 px per inch of
figure, whatever its dpi), and a box of its own that scrolls sideways when the screen
is narrower than that; the page itself never does. This applies to phone-sized screens
(site.css); a desktop column shows figures as before. Larger fonts in a figure, or a
narrower figure, would let it fit a phone without scrolling. The figure's resolution
is read from the PNG itself (its pHYs chunk, which matplotlib writes); images without
one are left as they are.
"""

from __future__ import annotations

import posixpath
import re
import struct
from pathlib import Path

from sphinx.application import Sphinx

MIN_TEXT_PX = 9.0
# the smallest text the course's figures use: legends and small titles are set to 8 pt
# (matplotlib's default for tick labels is 10 pt)
FIGURE_TEXT_PT = 8.0
IMG = re.compile(
    r'<img (?P<attrs>[^>]*?)src="(?P<src>[^"]*_images/(?P<name>[^"/]+\.png))"'
    r"(?P<rest>[^>]*?)\s*/?>"
)


def png_size_and_dpi(path: Path) -> tuple[int, float | None]:
    """(width in pixels, dots per inch or None) of a PNG file."""
    with path.open("rb") as f:
        data = f.read(64 * 1024)
    width = struct.unpack(">I", data[16:20])[0]
    pos = 8
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        if kind == b"pHYs":
            per_unit, _, unit = struct.unpack(">IIB", data[pos + 8 : pos + 17])
            return width, per_unit * 0.0254 if unit == 1 else None
        if kind == b"IDAT":  # pHYs, when there is one, comes before the pixels
            break
        pos += 12 + length
    return width, None


def readable_width(width: int, dpi: float) -> int:
    """The narrowest display width (CSS px) at which the figure's text is MIN_TEXT_PX."""
    text_px = FIGURE_TEXT_PT / 72 * dpi
    # (above the natural width only for a figure saved at under 81 dpi: slightly upscaled)
    return int(width * MIN_TEXT_PX / text_px + 0.999)


def make_figures_readable(
    app: Sphinx, pagename: str, templatename: str, context: dict, doctree
) -> None:
    body = context.get("body")
    if not body or "_images/" not in body:
        return
    sources = {posixpath.basename(out): src for src, out in app.builder.images.items()}

    def widen(match: re.Match) -> str:
        source = sources.get(match.group("name"))
        path = Path(app.srcdir, source) if source else None
        if path is None or not path.is_file():
            return match.group(0)
        width, dpi = png_size_and_dpi(path)
        if dpi is None:
            return match.group(0)
        img = (
            f'<img {match.group("attrs")}src="{match.group("src")}"{match.group("rest")} '
            f'style="--cb-readable-width: {readable_width(width, dpi)}px" />'
        )
        return f'<span class="cb-figure-scroll">{img}</span>'

    context["body"] = IMG.sub(widen, body)


def setup(app: Sphinx) -> None:
    app.connect("html-page-context", make_figures_readable)
