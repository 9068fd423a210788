"""Lessons as proper notebooks: each lesson of the table of contents, run, with its MyST-only
markup turned into what JupyterLab renders.

    python scripts/lesson_notebooks.py [--output _build/lesson-notebooks]    (make lesson-notebooks)

The lessons are MyST Markdown notebooks; opened as they are in JupyterLab, their directives
show as raw text. Here each one is read with jupytext, executed with nbclient (cwd: lessons/,
as in the book build) and rewritten:

- ```{literalinclude} ../nnlib/x.py``` with `:pyobject: name` -> a Python code block holding
  that object's source, read from nnlib (the single source of truth);
- :::{admonition} Title ... ::: (and ```{note} ...```-style directives) -> a block quote
  with the title in bold;
- {glue:text}`name` -> the value the lesson's own `glue("name", value, fmt)` recorded when
  it ran, already formatted as on the website (`nnlib.book.glue`);
  {math}`x` -> $x$; other roles ({doc}, {term} ...) -> their text;
- a label `(name)=` above a heading is dropped, and a link to it, `[text](name)` or
  {ref}`text <name>`, points at that heading's anchor in JupyterLab, in whichever lesson;
- an interactive's output (a live widget, which a saved notebook cannot show) -> a short
  note to run its cell.

The lessons import nothing that only the book build has (`nnlib.book.glue` records nothing
without MyST-NB), so the notebooks run where students run them, with the `lab` group alone.

The notebooks are written outside the book's source tree (default `_build/lesson-notebooks/`,
plus `lessons.zip`), so nothing is left beside the lessons: an `.ipynb` next to a lesson's
`.md` would make the next `jupyter-book build` fail with "multiple files found".
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import sys
import tempfile
import textwrap
import zipfile
from pathlib import Path

import jupytext
import nbformat
import yaml
from jupyter_client import KernelManager
from nbclient import NotebookClient

REPO = Path(__file__).resolve().parent.parent
GLUE_MIME = "application/papermill.record/"
WIDGET_MIME = "application/vnd.jupyter.widget-view+json"
WIDGET_NOTE = (
    "*Interactive: run this cell (with the cells above it) to use it. "
    "A saved notebook cannot show it before its kernel runs.*"
)
LABEL = re.compile(r"^\((?P<name>[\w-]+)\)=\s*$")
HEADING = re.compile(r"^#{1,6}\s+(?P<text>.+?)\s*$")
FENCE = re.compile(r"^(?P<fence>`{3,}|:{3,})\{(?P<name>[\w:-]+)\}\s*(?P<arg>.*)$")
ROLE = re.compile(r"\{(?P<role>[\w:-]+)\}`(?P<text>[^`]*)`")


def toc_lessons(repo: Path) -> list[Path]:
    """The lesson files of the table of contents, in its order."""
    toc = yaml.safe_load((repo / "_toc.yml").read_text(encoding="utf-8"))
    found = []

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "file" and str(value).startswith("lessons/"):
                    found.append(
                        repo / f"{value}.md" if not str(value).endswith(".md") else repo / value
                    )
                else:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(toc)
    return found


def object_source(path: Path, name: str) -> str:
    """The source of the top-level function or class `name` (or `Class.method`) in `path`."""
    text = path.read_text(encoding="utf-8")
    tree = ast.parse(text)
    nodes = tree.body
    node = None
    for part in name.split("."):
        node = next((n for n in nodes if getattr(n, "name", None) == part), None)
        if node is None:
            raise SystemExit(f"{path}: no {name} for :pyobject:")
        nodes = getattr(node, "body", [])
    lines = text.splitlines()
    start = min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])])
    return "\n".join(lines[start - 1 : node.end_lineno])


def heading_anchor(text: str) -> str:
    """The id JupyterLab gives a Markdown heading: its text, spaces turned into hyphens."""
    plain = re.sub(r"[`*_]", "", ROLE.sub(lambda m: m["text"], text))
    return plain.strip().replace(" ", "-")


def label_targets(lessons: list[Path]) -> dict[str, str]:
    """{label: "NN_lesson.ipynb#Heading-anchor"} for every `(label)=` above a heading."""
    targets = {}
    for lesson in lessons:
        lines = lesson.read_text(encoding="utf-8").splitlines()
        for k, line in enumerate(lines):
            label = LABEL.match(line)
            if not label:
                continue
            following = next((ln for ln in lines[k + 1 :] if ln.strip()), "")
            heading = HEADING.match(following)
            if heading is None:
                raise SystemExit(f"{lesson.name}: label ({label['name']})= is not above a heading")
            targets[label["name"]] = f"{lesson.stem}.ipynb#{heading_anchor(heading['text'])}"
    return targets


def link_to_label(target: str, lesson: Path) -> str:
    """A link target within the lesson (#anchor) or to another lesson's notebook."""
    notebook, anchor = target.split("#", 1)
    return f"#{anchor}" if notebook == f"{lesson.stem}.ipynb" else target


def rewrite_markdown(
    source: str, lesson: Path, glued: dict[str, str], labels: dict[str, str] | None = None
) -> str:
    labels = labels or {}
    out, lines, i = [], source.splitlines(), 0
    while i < len(lines):
        if LABEL.match(lines[i]):
            i += 1  # the heading below it is the anchor
            continue
        match = FENCE.match(lines[i])
        if not match:
            out.append(lines[i])
            i += 1
            continue
        fence, name, arg = match["fence"], match["name"], match["arg"].strip()
        body, options, i = [], {}, i + 1
        while i < len(lines) and lines[i].strip() != fence:
            option = re.match(r"^:(\w[\w-]*):\s*(.*)$", lines[i])
            if option and not body:
                options[option[1]] = option[2]
            else:
                body.append(lines[i])
            i += 1
        i += 1
        if name == "literalinclude":
            path = (lesson.parent / arg).resolve()
            code = (
                object_source(path, options["pyobject"])
                if "pyobject" in options
                else path.read_text(encoding="utf-8")
            )
            if "dedent" in options:
                code = textwrap.dedent(code)
            out += [f"From `{path.relative_to(REPO)}`:", "", "```python", code, "```"]
        else:
            title = arg or name.capitalize()
            inner = rewrite_markdown(
                "\n".join(body).strip("\n"), lesson, glued, labels
            ).splitlines()
            out += [f"> **{title}**", ">"] + [f"> {ln}".rstrip() for ln in inner]
    text = "\n".join(out)

    def role(match):
        kind, value = match["role"], match["text"]
        if kind.startswith("glue"):
            key, _, spec = value.partition(":")
            if "::" in value or spec not in ("", "s"):
                raise SystemExit(
                    f"{lesson.name}: {{{kind}}}`{value}`: give the format to glue() in the "
                    "lesson's code (nnlib.book.glue), not to the role, so the notebook and "
                    "the website show the same text"
                )
            if key not in glued:
                raise SystemExit(f"{lesson.name}: nothing was glued as {key!r}")
            return glued[key]
        if kind == "math":
            return f"${value}$"
        if kind == "ref":
            ref = re.fullmatch(r"(?P<text>.*?)\s*<(?P<label>[\w-]+)>", value)
            if ref and ref["label"] in labels:
                return f"[{ref['text']}]({link_to_label(labels[ref['label']], lesson)})"
            if value in labels:
                return f"[{value}]({link_to_label(labels[value], lesson)})"
            raise SystemExit(f"{lesson.name}: {{ref}}`{value}` names no label of the lessons")
        return re.sub(r"\s*<[^>]*>$", "", value) or value

    def label_link(match):
        if match["target"] not in labels:
            return match[0]
        return f"]({link_to_label(labels[match['target']], lesson)})"

    text = re.sub(r"\]\((?P<target>[\w-]+)\)", label_link, text)

    # a link to another lesson points at its notebook
    text = re.sub(r"\]\((\d\d_[\w-]+)\.md(#[\w-]*)?\)", r"](\1.ipynb\2)", text)
    return ROLE.sub(role, text)


def glued_values(nb) -> dict[str, str]:
    """{name: text} of every glue() the executed notebook recorded."""
    out = {}
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            name = output.get("metadata", {}).get("scrapbook", {}).get("name")
            text = output.get("data", {}).get(GLUE_MIME + "text/plain")
            if name and text is not None:
                out[name] = text.strip("'\"")
    return out


def note_interactives(nb) -> None:
    """Replace each live widget's output (shown as `<... Interactive object at 0x...>` once
    saved) with a note to run its cell."""
    for cell in nb.cells:
        for k, output in enumerate(cell.get("outputs", [])):
            if WIDGET_MIME in output.get("data", {}):
                cell.outputs[k] = nbformat.v4.new_output(
                    "display_data", data={"text/markdown": WIDGET_NOTE, "text/plain": WIDGET_NOTE}
                )


def convert(
    lesson: Path, timeout: int = 600, labels: dict[str, str] | None = None
) -> nbformat.NotebookNode:
    nb = jupytext.read(lesson)
    nb.metadata.pop("jupytext", None)
    # local sockets at an absolute path (the kernel runs in lessons/): no "over TCP" warning
    with tempfile.TemporaryDirectory(prefix="lesson-notebooks-") as sockets:
        km = KernelManager(
            kernel_name="python3", transport="ipc", ip=os.path.join(sockets, "kernel")
        )
        try:
            NotebookClient(
                nb,
                km=km,
                timeout=timeout,
                kernel_name="python3",
                resources={"metadata": {"path": str(lesson.parent)}},
            ).execute()
        finally:
            if km.has_kernel:
                km.shutdown_kernel(now=True)
    glued = glued_values(nb)
    note_interactives(nb)
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            cell.source = rewrite_markdown(cell.source, lesson, glued, labels)
    return nb


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=REPO / "_build" / "lesson-notebooks")
    parser.add_argument("lessons", nargs="*", type=Path, help="default: every lesson of _toc.yml")
    args = parser.parse_args(argv)
    lessons = [p.resolve() for p in args.lessons] or toc_lessons(REPO)
    args.output.mkdir(parents=True, exist_ok=True)
    written = []
    labels = label_targets(toc_lessons(REPO))
    for lesson in lessons:
        nb = convert(lesson, labels=labels)
        target = args.output / f"{lesson.stem}.ipynb"
        nbformat.write(nb, target)
        written.append(target)
        print(f"wrote {target}")
    with zipfile.ZipFile(args.output / "lessons.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        for path in written:
            zf.write(path, Path("lessons") / path.name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
