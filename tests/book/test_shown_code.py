"""The nnlib code that pages show with `literalinclude` exists and fits the page."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
# a code block in the book's content column (1280 px window) shows 77 characters before it
# scrolls: 686 px of box, 16 px padding each side, 8.43 px per character
MAX_COLUMNS = 77
INCLUDE = re.compile(r"```\{literalinclude\} (?P<path>\S+)\n:pyobject: (?P<name>\S+)")


def shown_objects():
    for page in sorted(REPO.glob("**/*.md")):
        if {".venv", "_build", "node_modules"} & set(page.relative_to(REPO).parts):
            continue
        for match in INCLUDE.finditer(page.read_text()):
            yield pytest.param(
                page,
                (page.parent / match["path"]).resolve(),
                match["name"],
                id=f"{page.relative_to(REPO)}:{match['name']}",
            )


def find(tree: ast.AST, dotted: str) -> ast.AST | None:
    node = tree
    for name in dotted.split("."):
        node = next(
            (
                n
                for n in ast.iter_child_nodes(node)
                if isinstance(n, (ast.FunctionDef, ast.ClassDef)) and n.name == name
            ),
            None,
        )
        if node is None:
            return None
    return node


@pytest.mark.parametrize("page, source, name", list(shown_objects()))
def test_shown_code_fits_the_page(page, source, name):
    assert source.is_file(), f"{page.name} includes {source}, which does not exist"
    node = find(ast.parse(source.read_text()), name)
    assert node is not None, f"{page.name} shows {name}, which {source.name} does not define"
    lines = source.read_text().splitlines()[node.lineno - 1 : node.end_lineno]
    indent = len(lines[0]) - len(lines[0].lstrip())
    too_wide = [
        f"{source.name}:{node.lineno + i}: {len(line) - indent} columns"
        for i, line in enumerate(lines)
        if len(line) - indent > MAX_COLUMNS
    ]
    assert not too_wide, (
        f"{name} as shown on {page.name} scrolls sideways; wrap these "
        f"lines to {MAX_COLUMNS} columns:\n" + "\n".join(too_wide)
    )
