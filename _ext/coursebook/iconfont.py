"""The theme's icons from a small subset of its own Font Awesome font.

pydata-sphinx-theme draws its icons twice over: `fontawesome.js` (1.49 MB, left out of
every page by `templates/static/webpack-macros.html`) turns `<span class="fa-solid
fa-bars">` into SVG, and its style sheet draws the same classes, plus the admonition,
download and external-link marks, with the Font Awesome webfont (156 KB). Once the
site is written, this module keeps only the glyphs the site uses: those of the `fa-*`
classes found in its pages and those the theme's style sheets put in `content:`, read
from the theme's TrueType copy of the font. The subset (a few KB, WOFF) is written over
the site's copy of `fa-solid-900.woff2`, the file the theme's @font-face asks for first
(browsers tell WOFF from WOFF2 by the file's signature). A second @font-face with a
subset would not do: for any character the subset lacks, the browser fetches the full
font listed before it.
"""

from __future__ import annotations

import re
from pathlib import Path

from fontTools import subset
from sphinx.application import Sphinx
from sphinx.util import logging

logger = logging.getLogger(__name__)

WEBFONTS = Path("_static") / "vendor" / "fontawesome" / "webfonts"
FONT = WEBFONTS / "fa-solid-900.ttf"  # the source; reading woff2 would need brotli
SERVED = WEBFONTS / "fa-solid-900.woff2"
SKIP_DIRS = {"_static", "_sources", "_images"}

ICON = r"(\\[0-9a-f]{4}|[\ue000-\uf8ff])"  # a private-use character, escaped or not
CLASS_GLYPH = re.compile(r'((?:\.fa-[a-z0-9-]+:before,?)+)\{content:"' + ICON + r'"\}')
CLASS_NAME = re.compile(r"\.fa-([a-z0-9-]+):before")
# a `content:` or `--pst-icon-*:` value that is one private-use character (the icon fonts')
ICON_VALUE = re.compile(r'(?:content|--pst-icon-[a-z-]+):\s*"' + ICON + '"')
USED_CLASS = re.compile(r'class="[^"]*\bfa-solid\b[^"]*"')


def _codepoint(value: str) -> int:
    return int(value[1:], 16) if value.startswith("\\") else ord(value)


def glyphs_used(outdir: Path) -> set[int]:
    """The solid-icon code points the written site can show."""
    css = "\n".join(
        p.read_text(encoding="utf-8", errors="replace") for p in (outdir / "_static").rglob("*.css")
    )
    by_class: dict[str, int] = {}
    for match in CLASS_GLYPH.finditer(css):
        for name in CLASS_NAME.findall(match.group(1)):
            by_class[name] = _codepoint(match.group(2))
    # the per-class rules (.fa-bars:before ...) list every icon: only the other rules count
    used = {_codepoint(v) for v in ICON_VALUE.findall(CLASS_GLYPH.sub("", css))}
    for page in outdir.rglob("*.html"):
        if SKIP_DIRS & set(page.relative_to(outdir).parts):
            continue
        for attr in USED_CLASS.findall(page.read_text(encoding="utf-8", errors="replace")):
            used |= {by_class[n] for n in re.findall(r"\bfa-([a-z0-9-]+)", attr) if n in by_class}
    return used


def write_subset(outdir: Path) -> int:
    """Write the subset over the served font; return the number of glyphs kept."""
    glyphs = glyphs_used(outdir)
    options = subset.Options()
    options.flavor = "woff"  # zlib-compressed; woff2 would need the brotli package
    options.layout_features = []
    font = subset.load_font(str(outdir / FONT), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(glyphs))
    subsetter.subset(font)
    subset.save_font(font, str(outdir / SERVED), options)
    return len(glyphs)


def _on_build_finished(app: Sphinx, exception) -> None:
    if exception is None and app.builder.format == "html":
        kept = write_subset(Path(app.outdir))
        logger.info(f"coursebook: {kept} Font Awesome glyphs kept in {SERVED}")


def setup(app: Sphinx) -> None:
    app.connect("build-finished", _on_build_finished)
