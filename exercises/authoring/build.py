"""Build the nbgrader source notebooks (exercises/source/backprop/*.ipynb) from the readable
authoring files next to this script (exercises/authoring/backprop/*.py).

Authoring format: cells separated by header lines

    # %% [markdown]                 a markdown cell; every line starts with "# "
    # %%                            a plain code cell
    # %% [solution ID]              an autograded answer cell (### BEGIN/END SOLUTION inside)
    # %% [test ID]                  a graded test cell: the visible asserts you write; the hidden
                                     part (record the answer for the grader) is added here from
                                     nngrade.answers.ITEMS[ID], which also gives the points
    # %% [answer ID points=N]       a manually graded markdown answer (model answer + rubric
                                     inside; the student version shows an empty answer)

Run `python exercises/authoring/build.py` (or `make exercises-source`); `--check` exits 1 when
the committed notebooks are out of date.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import nbformat

HERE = Path(__file__).resolve().parent
COURSE = HERE.parent
from nngrade import answers, receipt  # noqa: E402

HEADER = re.compile(r"^# %%(?: \[(?P<kind>\w+)(?: (?P<id>[\w-]+))?(?: points=(?P<points>\d+))?\])?\s*$")
ASSIGNMENT = "backprop"


def hidden_block(grade_id: str) -> str:
    item = answers.ITEMS[grade_id]
    constants = "".join(f"{name} = {value!r}\n" for name, value in answers.HIDDEN_CONSTANTS.items()
                        if name in item.record)
    return ("### BEGIN HIDDEN TESTS\n"
            "import numpy as _np\n"
            + receipt.PRELUDE + constants
            + f"_nnbp_sent = _nnbp_record({grade_id!r}, lambda: {item.record})\n"
            "assert _nnbp_sent, 'the answer could not be recorded'\n"
            "### END HIDDEN TESTS\n")


def nbgrader_meta(grade_id: str, *, grade: bool, solution: bool, locked: bool, points: int = 0) -> dict:
    meta = {"grade": grade, "grade_id": grade_id, "locked": locked, "schema_version": 3,
            "solution": solution, "task": False}
    if grade:
        meta["points"] = points
    return meta


def parse(text: str) -> list[dict]:
    cells, current = [], None
    for line in text.splitlines():
        match = HEADER.match(line)
        if match:
            current = {"kind": match["kind"] or "code", "id": match["id"],
                       "points": int(match["points"] or 0), "lines": []}
            cells.append(current)
        elif current is not None:
            current["lines"].append(line)
    return cells


def build_cell(spec: dict, index: int, stem: str):
    body = "\n".join(spec["lines"]).strip("\n")
    kind = spec["kind"]
    cell_id = spec["id"] or f"{stem}-{index:02d}"
    if kind in ("markdown", "answer"):
        body = "\n".join(re.sub(r"^# ?", "", ln) for ln in body.splitlines())
        cell = nbformat.v4.new_markdown_cell(body, id=cell_id)
    else:
        cell = nbformat.v4.new_code_cell(body, id=cell_id)
    if kind == "solution":
        cell.metadata["nbgrader"] = nbgrader_meta(spec["id"], grade=False, solution=True, locked=False)
    elif kind == "test":
        item = answers.ITEMS[spec["id"]]
        assert item.notebook == stem, f"{spec['id']} belongs to {item.notebook}, not {stem}"
        # hidden part first: the answer is recorded even if a visible assert below then fails
        cell.source = hidden_block(spec["id"]) + body
        cell.metadata["nbgrader"] = nbgrader_meta(spec["id"], grade=True, solution=False, locked=True,
                                                  points=item.points)
        cell.metadata["editable"] = False
        cell.metadata["deletable"] = False
    elif kind == "answer":
        cell.metadata["nbgrader"] = nbgrader_meta(spec["id"], grade=True, solution=True, locked=False,
                                                  points=spec["points"])
    elif kind not in ("markdown", "code"):
        raise ValueError(f"unknown cell kind {kind!r}")
    return cell


def build_notebook(path: Path) -> nbformat.NotebookNode:
    stem = path.stem
    specs = parse(path.read_text())
    nb = nbformat.v4.new_notebook()
    nb.metadata = {
        "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
        "language_info": {"name": "python", "pygments_lexer": "ipython3"},
    }
    nb.cells = [build_cell(spec, i, stem) for i, spec in enumerate(specs)]
    tests = {c.metadata["nbgrader"]["grade_id"] for c in nb.cells
             if c.metadata.get("nbgrader", {}).get("grade") and not c.metadata["nbgrader"]["solution"]}
    expected = {i.grade_id for i in answers.ITEMS.values() if i.notebook == stem}
    if tests != expected:
        raise ValueError(f"{path.name}: test cells {sorted(tests)} != answer key {sorted(expected)}")
    for cell in nb.cells:
        if cell.cell_type == "code":
            compile(cell.source, f"{stem}:{cell.id}", "exec")   # a typo fails here, not in grading
    nbformat.validate(nb)
    return nb


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the committed notebooks are current")
    args = parser.parse_args(argv)
    out_dir = COURSE / "source" / ASSIGNMENT
    out_dir.mkdir(parents=True, exist_ok=True)
    stale = []
    for src in sorted((HERE / ASSIGNMENT).glob("*.py")):
        text = json.dumps(build_notebook(src), indent=1, ensure_ascii=False, sort_keys=True) + "\n"
        target = out_dir / f"{src.stem}.ipynb"
        if args.check:
            if not target.exists() or target.read_text() != text:
                stale.append(target.name)
        else:
            target.write_text(text)
            print(f"wrote {target.relative_to(COURSE.parent)}")
    if stale:
        print("out of date (run make exercises-source): " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
