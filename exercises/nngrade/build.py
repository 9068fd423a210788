"""Build nbgrader's source notebooks (`<course>/source/<assignment>/*.ipynb`) from the readable
authoring files of each assignment folder (`<course>/<assignment>/<notebook>.py`).

Authoring format: cells separated by header lines

    # %% [markdown]                 a markdown cell; every line starts with "# "
    # %%                            a plain code cell
    # %% [solution ID]              an autograded answer cell (### BEGIN/END SOLUTION inside)
    # %% [test ID]                  a graded test cell: the visible asserts you write; the hidden
                                     part (record the answer for the grader) is added here from
                                     the key's item ID, which also gives the points
    # %% [answer ID points=N]       a manually graded markdown answer (model answer + rubric
                                     inside; the student version shows an empty answer)

Run from the course directory: `python -m nngrade.build [ASSIGNMENT ...]` (or `make
exercises-source`); with no name, every assignment of the course. `--check` exits 1 when the
committed notebooks are out of date. The build also checks that the test cells, the key and
the manifest's points agree, and that every hidden input a check records is in the manifest.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from pathlib import Path

import nbformat

from . import instant, receipt
from . import manifest as manifests

HEADER = re.compile(
    r"^# %%(?: \[(?P<kind>\w+)(?: (?P<id>[\w-]+))?"
    r"(?: points=(?P<points>\d+))?\])?\s*$"
)
HIDDEN_REF = re.compile(rf"\b{receipt.PREFIX.upper()}_[A-Z0-9_]+\b")
# what a student calls a question: "## A.1 The equivalent ..." -> "A.1"; "**Card 4. ..." -> "Card 4"
SECTION = re.compile(r"^#{2,}\s+([A-Z]\.\d+)\b|\*\*(Card \d+)\b", re.M)
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


class BuildError(ValueError):
    """The authoring files, the key and the manifest disagree; the message says where."""


def hidden_block(item, constants: dict) -> str:
    """The hidden part of a test cell: the recorder, the hidden inputs it uses, one record."""
    used = HIDDEN_REF.findall(item.record)
    missing = sorted(set(used) - set(constants))
    if missing:
        raise BuildError(
            f"{item.grade_id}: records {', '.join(missing)}, which the manifest's "
            "[hidden] table does not define"
        )
    defined = "".join(f"{name} = {constants[name]!r}\n" for name in sorted(set(used)))
    return (
        "### BEGIN HIDDEN TESTS\n"
        "import numpy as _np\n"
        + receipt.PRELUDE
        + defined
        + f"_nnbp_sent = _nnbp_record({item.grade_id!r}, lambda: {item.record})\n"
        "assert _nnbp_sent, 'the answer could not be recorded'\n"
        "### END HIDDEN TESTS\n"
    )


def nbgrader_meta(
    grade_id: str, *, grade: bool, solution: bool, locked: bool, points: int = 0
) -> dict:
    meta = {
        "grade": grade,
        "grade_id": grade_id,
        "locked": locked,
        "schema_version": 3,
        "solution": solution,
        "task": False,
    }
    if grade:
        meta["points"] = points
    return meta


def parse(text: str) -> list[dict]:
    cells, current = [], None
    for line in text.splitlines():
        match = HEADER.match(line)
        if match:
            current = {
                "kind": match["kind"] or "code",
                "id": match["id"],
                "points": int(match["points"] or 0),
                "lines": [],
            }
            cells.append(current)
        elif current is not None:
            current["lines"].append(line)
    return cells


def build_cell(spec: dict, index: int, stem: str, key, constants: dict, section: str = ""):
    body = "\n".join(spec["lines"]).strip("\n")
    kind = spec["kind"]
    cell_id = spec["id"] or f"{stem}-{index:02d}"
    if kind in ("markdown", "answer"):
        body = "\n".join(re.sub(r"^# ?", "", ln) for ln in body.splitlines())
        cell = nbformat.v4.new_markdown_cell(body, id=cell_id)
    else:
        cell = nbformat.v4.new_code_cell(body, id=cell_id)
    if kind == "solution":
        cell.metadata["nbgrader"] = nbgrader_meta(
            spec["id"], grade=False, solution=True, locked=False
        )
    elif kind == "test":
        item = key.items.get(spec["id"])
        if item is None:
            raise BuildError(f"{stem}: test cell {spec['id']!r} has no check in the key")
        if item.notebook != stem:
            raise BuildError(f"{spec['id']} belongs to {item.notebook}, not {stem}")
        # hidden part first: the answer is recorded even if a visible assert below then fails;
        # then the instant feedback on public data, then the author's visible asserts
        shown = key.shown.get(spec["id"])
        if shown is not None:
            body = (
                f"# {instant.BESIDE}\n"  # shown above the import's error when the file is missing
                "from instant_feedback import verify, verify_calls\n"
                + instant.visible_line(shown, section or spec["id"])
                + "\n"
                + body
            )
        cell.source = hidden_block(item, constants) + body
        cell.metadata["nbgrader"] = nbgrader_meta(
            spec["id"], grade=True, solution=False, locked=True, points=item.points
        )
        cell.metadata["editable"] = False
        cell.metadata["deletable"] = False
    elif kind == "answer":
        cell.metadata["nbgrader"] = nbgrader_meta(
            spec["id"], grade=True, solution=True, locked=False, points=spec["points"]
        )
    elif kind not in ("markdown", "code"):
        raise BuildError(f"{stem}: unknown cell kind {kind!r}")
    return cell


def build_notebook(path: Path, key, constants: dict) -> nbformat.NotebookNode:
    stem = path.stem
    nb = nbformat.v4.new_notebook()
    nb.metadata = {
        "kernelspec": dict(KERNELSPEC),
        "language_info": {"name": "python", "pygments_lexer": "ipython3"},
    }
    nb.cells, section = [], ""
    for i, spec in enumerate(parse(path.read_text(encoding="utf-8"))):
        if spec["kind"] == "markdown":
            found = SECTION.search("\n".join(re.sub(r"^# ?", "", ln) for ln in spec["lines"]))
            section = next((g for g in found.groups() if g), section) if found else section
        nb.cells.append(build_cell(spec, i, stem, key, constants, section))
    tests = {
        c.metadata["nbgrader"]["grade_id"]
        for c in nb.cells
        if c.metadata.get("nbgrader", {}).get("grade") and not c.metadata["nbgrader"]["solution"]
    }
    expected = {i.grade_id for i in key.items.values() if i.notebook == stem}
    if tests != expected:
        raise BuildError(
            f"{path.name}: test cells {sorted(tests)} != answer key {sorted(expected)}"
        )
    for cell in nb.cells:
        if cell.cell_type == "code":
            compile(cell.source, f"{stem}:{cell.id}", "exec")  # a typo fails here, not in grading
    nbformat.validate(nb)
    return nb


REQUIREMENTS = "requirements.txt"
LOCK = "uv.lock"  # the course repository's pins, next to the course directory


def locked_versions(lock: Path) -> dict[str, str]:
    """{normalised package name: version} of every package in a uv.lock."""
    data = tomllib.loads(lock.read_text(encoding="utf-8"))
    return {
        re.sub(r"[-_.]+", "-", p["name"]).lower(): p["version"]
        for p in data.get("package", [])
        if "version" in p
    }


def requirements_txt(m: manifests.Manifest) -> str:
    """requirements.txt for the students: each package the manifest names, at the exact version
    of the course's lock file, so that the notebooks run in a fresh environment."""
    lock = m.folder.parent.parent / LOCK
    if not lock.is_file():
        raise BuildError(f"{m.name}: the manifest lists requirements, but there is no {lock}")
    pins = locked_versions(lock)
    lines = []
    for name in m.requirements:
        version = pins.get(re.sub(r"[-_.]+", "-", name).lower())
        if version is None:
            raise BuildError(f"{m.name}: requirement {name!r} is not pinned in {lock.name}")
        lines.append(f"{name}=={version}")
    if REQUIREMENTS not in {f.name for f in m.files}:
        raise BuildError(f"{m.folder / manifests.FILE}: list {REQUIREMENTS} in [[files]]")
    return (
        "# What the notebooks and check_notebook.py need, at the course's exact versions:\n"
        "#     python -m pip install -r requirements.txt\n" + "\n".join(lines) + "\n"
    )


def build_assignment(m: manifests.Manifest) -> dict[str, str]:
    """{notebook file name: its JSON text} for one assignment, after checking it is whole."""
    key = m.key()
    constants = m.hidden_constants()
    out, manual = {}, 0
    for entry in m.notebooks:
        src = m.authoring_file(entry.name)
        if not src.is_file():
            raise BuildError(f"{src}: the manifest lists {entry.name!r}, but its source is missing")
        nb = build_notebook(src, key, constants)
        manual += sum(
            c.metadata["nbgrader"]["points"]
            for c in nb.cells
            if c.metadata.get("nbgrader", {}).get("grade") and c.metadata["nbgrader"]["solution"]
        )
        out[f"{entry.name}.ipynb"] = (
            json.dumps(nb, indent=1, ensure_ascii=False, sort_keys=True) + "\n"
        )
    if key.shown:
        try:
            out[instant.FILE] = instant.student_module(m, key)
        except instant.TableError as exc:
            raise BuildError(str(exc)) from None
        if instant.FILE not in {f.name for f in m.files}:
            raise BuildError(
                f"{m.folder / manifests.FILE}: list {instant.FILE} in [[files]], "
                "so that it is released with the notebooks"
            )
    if m.requirements:
        out[REQUIREMENTS] = requirements_txt(m)
    if (key.points, manual) != (m.points_auto, m.points_manual):
        raise BuildError(
            f"{m.folder / manifests.FILE}: [points] says auto = {m.points_auto}, "
            f"manual = {m.points_manual}; the key and the notebooks give "
            f"auto = {key.points}, manual = {manual}"
        )
    return out


def build(course: Path, names: list[str] | None = None, *, check: bool = False) -> list[str]:
    """Write (or, with `check`, compare) the source notebooks; return the problems found."""
    course = Path(course).resolve()
    chosen = [manifests.find(course, n) for n in names] if names else manifests.assignments(course)
    if not chosen:
        return [f"{course}: no assignment folder (one with a {manifests.FILE})"]
    problems = []
    for m in chosen:
        out_dir = course / "source" / m.name
        try:
            notebooks = build_assignment(m)
        except (BuildError, manifests.ManifestError) as exc:
            problems.append(str(exc))
            continue
        expected = set(notebooks) | {f.name for f in m.files}
        if out_dir.is_dir():
            for path in sorted(out_dir.iterdir()):
                if path.is_file() and path.name not in expected:
                    problems.append(
                        f"{path.relative_to(course)}: not in {m.name}'s manifest "
                        "(nbgrader would release it): delete it or list it"
                    )
        for f in m.files:
            if f.name not in notebooks and not (out_dir / f.name).is_file():
                problems.append(f"source/{m.name}/{f.name}: listed in [[files]] but missing")
        for name, text in notebooks.items():
            target = out_dir / name
            if check:
                if not target.is_file() or target.read_text(encoding="utf-8") != text:
                    problems.append(
                        f"source/{m.name}/{name}: out of date (run make exercises-source)"
                    )
            else:
                out_dir.mkdir(parents=True, exist_ok=True)
                target.write_text(text, encoding="utf-8")
                print(f"wrote {target.relative_to(course.parent)}")
    return problems


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m nngrade.build", description=__doc__.splitlines()[0]
    )
    parser.add_argument("assignments", nargs="*", help="assignment folders (default: all)")
    parser.add_argument(
        "--course",
        type=Path,
        default=Path.cwd(),
        help="the nbgrader course directory (default: the current folder)",
    )
    parser.add_argument(
        "--check", action="store_true", help="only check that the committed notebooks are current"
    )
    args = parser.parse_args(argv)
    try:
        problems = build(args.course, args.assignments or None, check=args.check)
    except manifests.ManifestError as exc:
        problems = [str(exc)]
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
