"""The reading time of the lessons, counted from their words when the book is built.

The intro says how long the lessons take to read with MyST substitutions, which this
module sets from the lessons of `_toc.yml` (prose only: no code, maths, directive
options or labels):

    {{ lesson_words }}            "10,227"  words of prose in all lessons
    {{ lesson_reading_minutes }}  "45"      at READING_SPEED, to the nearest 5 minutes

so the figure follows the lessons as they are edited, and a change to it re-reads the
pages (Sphinx re-reads everything when a configuration value changes).
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from sphinx.config import Config

# words a minute: an adult reading technical prose carefully (non-fiction runs 200-260)
READING_SPEED = 230
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
# a code cell, a code block, or a directive whose body is not prose (literalinclude)
_CODE = re.compile(
    r"^(`{3,})(?:\w*|\{(?:code-cell|code|code-block|literalinclude|glue:\w+)\}[^\n]*)\n"
    r".*?^\1\s*$",
    re.S | re.M,
)
# the fence of a directive whose body is prose (an admonition): its title stays
_FENCE = re.compile(r"^\s*(`{3,}|:{3,})(\{[\w:-]+\})?", re.M)
_DISPLAY_MATH = re.compile(r"\$\$.*?\$\$", re.S)
_INLINE_MATH = re.compile(r"\$[^$\n]+\$")
_GLUED = re.compile(r"\{glue:\w+\}`[^`]*`")  # one number, read as one word
_MARKUP_LINE = re.compile(r"^\s*(:[\w-]+:.*|\([\w-]+\)=|\+\+\+.*)$", re.M)
_WORD = re.compile(r"[A-Za-z0-9][\w'’-]*")


def toc_lessons(srcdir: Path) -> list[Path]:
    """The lesson sources (`lessons/*.md`) that `_toc.yml` lists, in its order."""
    found: list[Path] = []

    def walk(node) -> None:
        if isinstance(node, dict):
            value = node.get("file")
            if isinstance(value, str) and value.startswith("lessons/"):
                found.append(srcdir / (value if value.endswith(".md") else f"{value}.md"))
            for child in node.values():
                walk(child)
        elif isinstance(node, list):
            for child in node:
                walk(child)

    toc = srcdir / "_toc.yml"
    if toc.is_file():
        walk(yaml.safe_load(toc.read_text(encoding="utf-8")))
    return found


def prose_words(text: str) -> int:
    """The number of words of prose in a MyST Markdown notebook's text."""
    text = _GLUED.sub(" 0 ", text)
    for pattern in (_FRONT_MATTER, _CODE, _DISPLAY_MATH, _INLINE_MATH, _MARKUP_LINE, _FENCE):
        text = pattern.sub(" ", text)
    return len(_WORD.findall(text))


def reading_minutes(words: int) -> int:
    """Minutes to read `words` at READING_SPEED, to the nearest 5 (at least 5)."""
    return max(5, 5 * round(words / READING_SPEED / 5))


def configure(srcdir: Path, config: Config) -> None:
    """Add the lessons' word count and reading time to the MyST substitutions."""
    words = sum(prose_words(p.read_text(encoding="utf-8")) for p in toc_lessons(srcdir))
    config.myst_substitutions = {
        **config.myst_substitutions,
        "lesson_words": f"{words:,}",
        "lesson_reading_minutes": str(reading_minutes(words)),
    }
