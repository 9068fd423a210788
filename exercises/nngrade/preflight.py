"""Checks of one submitted notebook before nbgrader sees it, that never crash and never block.

`check_notebook(path, reference)` reads the file without following a symlink, without
opening a FIFO, socket or device, and up to `MAX_BYTES`; parses it with a depth and cell
limit; and returns either a notebook nbgrader can process, or None (graded as missing),
with a plain sentence for every problem.

It repairs only what nbgrader does not: the structure nbgrader would crash on (cells that
are not cells, metadata that is not a dict, sources that are not text, bad cell ids, graded
cells with ids the assignment does not have, earlier copies of a duplicated graded cell,
on which nbgrader's DeduplicateIds + add_missing_cells raise KeyError) and the
`grade`/`solution` flags of graded cells. nbgrader's OverwriteCells restores points, locks,
cell types and test sources, and `add_missing_cells` puts deleted cells back; those are only
flagged here. Answers that mention `nnlib` or the grader's
internals are flagged for a human.

`copy_extras(src, dest, notebooks)` copies a submission's other files the same careful way.
`RefuseSymlinks` stops plain `nbgrader autograde` from grading a submitted notebook that is a
symlink (nbgrader reads through it; the course CLI never does).
"""

from __future__ import annotations

import json
import os
import re
import stat
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from nbgrader.coursedir import CourseDirectory
from nbgrader.preprocessors import NbGraderPreprocessor

from .sandbox import read_regular

MAX_BYTES = 20 * 2**20
MAX_CELLS = 2000
MAX_DEPTH = 64
MAX_EXTRA_FILES, MAX_EXTRA_BYTES = 20, 2**20
KNOWN_FLAGS = ("grade", "solution", "task")
NEVER_COPIED = {"nbgrader_config.py", "sitecustomize.py", "usercustomize.py", "conftest.py"}
CELL_ID = re.compile(r"^[a-zA-Z0-9-_]{1,64}$")


@dataclass
class Checked:
    notebook: str
    flags: list[str] = field(default_factory=list)
    nb: nbformat.NotebookNode | None = None  # what nbgrader grades, or None: missing

    def flag(self, text: str) -> None:
        self.flags.append(f"{self.notebook}: {text}")


def _dict(value) -> dict:
    return value if isinstance(value, dict) else {}


def _meta(cell) -> dict:
    return _dict(_dict(cell.get("metadata")).get("nbgrader"))


def _grade_id(cell):
    gid = _meta(cell).get("grade_id")
    return gid if isinstance(gid, str) else None


def _text(source) -> str | None:
    if isinstance(source, str):
        return source
    if isinstance(source, list) and all(isinstance(s, str) for s in source):
        return "".join(source)
    return None


def _depth(value, limit: int) -> bool:
    """True when nesting stays within `limit` (iterative: no recursion to blow up)."""
    stack = [(value, 0)]
    while stack:
        item, level = stack.pop()
        if level > limit:
            return False
        if isinstance(item, dict):
            stack.extend((v, level + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, level + 1) for v in item)
    return True


def load(path: Path) -> tuple[dict | None, str | None]:
    """(raw notebook dict, None) or (None, why it cannot be graded)."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None, "not submitted (scored 0)"
    except OSError as exc:
        return None, f"unreadable ({type(exc).__name__}); not graded (scored 0)"
    if stat.S_ISLNK(info.st_mode):
        return None, "is a symlink; not followed, not graded (scored 0)"
    if not stat.S_ISREG(info.st_mode):
        return None, "is not a regular file (FIFO, socket, device or folder); not graded (scored 0)"
    if info.st_size > MAX_BYTES:
        return None, f"file too large ({info.st_size // 2**20} MB); not graded (scored 0)"
    data = read_regular(path, MAX_BYTES)
    if data is None:
        return None, "unreadable, or changed while being read; not graded (scored 0)"
    try:
        raw = json.loads(data.decode("utf-8"))
    except RecursionError:
        return None, "nested too deeply; not graded (scored 0)"
    except (UnicodeDecodeError, ValueError) as exc:
        return None, f"not a valid notebook ({type(exc).__name__}); not graded (scored 0)"
    if not isinstance(raw, dict) or not _depth(raw, MAX_DEPTH):
        return None, (
            "not a valid notebook (not a JSON object, or nested too deeply); not graded (scored 0)"
        )
    if raw.get("nbformat") == 3:
        try:
            raw = json.loads(json.dumps(nbformat.convert(nbformat.from_dict(raw), 4)))
        except Exception as exc:  # noqa: BLE001 - a broken v3 file is just unreadable
            return None, (
                f"nbformat 3 notebook that cannot be converted ({type(exc).__name__}); scored 0"
            )
    if raw.get("nbformat") != 4 or not isinstance(raw.get("cells"), list):
        return None, "not a valid notebook (no nbformat 4 list of cells); not graded (scored 0)"
    if len(raw["cells"]) > MAX_CELLS:
        return None, f"{len(raw['cells'])} cells (more than {MAX_CELLS}); not graded (scored 0)"
    return raw, None


def _clean_cell(cell) -> dict | None:
    """The cell as nbformat 4.5 wants it, or None when it is not a cell at all."""
    if not isinstance(cell, dict) or cell.get("cell_type") not in ("code", "markdown", "raw"):
        return None
    source = _text(cell.get("source", ""))
    if source is None:
        return None
    out = {
        "cell_type": cell["cell_type"],
        "source": source,
        "metadata": _dict(cell.get("metadata")),
        "id": cell.get("id"),
    }
    nbg = out["metadata"].get("nbgrader")
    if nbg is not None and not isinstance(nbg, dict):
        del out["metadata"]["nbgrader"]
    if cell["cell_type"] == "code":
        out["outputs"], out["execution_count"] = [], None
    return out


def check_notebook(path: Path, reference: nbformat.NotebookNode) -> Checked:
    result = Checked(Path(path).stem)
    raw, why = load(Path(path))
    if raw is None:
        result.flag(why)
        return result
    return repair(raw, reference, result)


def repair(raw: dict, reference: nbformat.NotebookNode, result: Checked) -> Checked:
    """`result` with the notebook nbgrader can grade made from `raw` (a parsed notebook,
    nbformat 4) against the released `reference`, and a flag for each repair."""
    if not raw["cells"]:
        result.flag(
            "empty notebook (no cells); nbgrader puts the graded cells back, answers are missing"
        )
    cells = []
    for cell in raw["cells"]:
        clean = _clean_cell(cell)
        if clean is None:
            result.flag("a malformed cell was dropped")
        else:
            cells.append(clean)

    ref_by_id = {_grade_id(c): c for c in reference.cells if _grade_id(c)}
    counts: dict[str, int] = {}
    for cell in cells:
        gid = _grade_id(cell)
        if gid is None:
            cell["metadata"].pop("nbgrader", None)
        elif gid not in ref_by_id:
            result.flag(f"unknown graded cell id {gid[:40]!r}; treated as an ordinary cell")
            cell["metadata"].pop("nbgrader")
        else:
            counts[gid] = counts.get(gid, 0) + 1
    last = {_grade_id(c): c for c in cells if _grade_id(c)}
    for gid, n in counts.items():
        if n > 1:
            result.flag(f"cell {gid!r} appears more than once; the last copy is graded")
    for cell in cells:
        # nbgrader's DeduplicateIds leaves `nbgrader: {}` on the earlier copies, on which its
        # OverwriteCells(add_missing_cells) raises KeyError and aborts the whole student:
        # drop the metadata of the earlier copies here instead
        gid = _grade_id(cell)
        if gid is not None and last.get(gid) is not cell:
            cell["metadata"].pop("nbgrader")
    for gid, ref in ref_by_id.items():
        ref_meta = _meta(ref)
        is_test = ref_meta.get("grade") and not ref_meta.get("solution")
        cell = last.get(gid)
        if cell is None:
            kind = "test" if is_test else "answer"
            result.flag(f"{kind} cell {gid!r} was deleted; put back")
            continue
        meta = cell["metadata"]["nbgrader"]
        changed = [k for k in (*KNOWN_FLAGS, "points", "locked") if meta.get(k) != ref_meta.get(k)]
        if cell["cell_type"] != ref["cell_type"]:
            changed.append("cell type")
        if changed:
            result.flag(f"cell {gid!r}: nbgrader metadata changed ({', '.join(changed)}); restored")
        for key in KNOWN_FLAGS:  # nbgrader itself does not restore these
            meta[key] = ref_meta.get(key, False)
        if is_test and cell["source"].strip() != ref["source"].strip():
            result.flag(f"test cell {gid!r} was edited; the original was restored")
        if ref_meta.get("solution") and "nnlib" in cell["source"]:
            result.flag(f"answer {gid!r} imports or mentions nnlib; check it by hand")
        if "_nnbp" in cell["source"] or "HIDDEN TESTS" in cell["source"]:
            result.flag(f"cell {gid!r} mentions the grader's internals; check it by hand")
    _put_back(cells, ref_by_id, last)

    ids: set[str] = set()
    for cell in cells:
        if not isinstance(cell["id"], str) or not CELL_ID.match(cell["id"]) or cell["id"] in ids:
            cell["id"] = uuid.uuid4().hex[:12]
        ids.add(cell["id"])
    metadata = _dict(raw.get("metadata"))
    if metadata.pop("nngrade", None) is not None:  # the grader's own records: never the student's
        result.flag("notebook metadata 'nngrade' written by the student was removed")
    nb = nbformat.from_dict(
        {"cells": cells, "metadata": metadata, "nbformat": 4, "nbformat_minor": 5}
    )
    nb.metadata["kernelspec"] = dict(reference.metadata.get("kernelspec", {}))
    try:
        nbformat.validate(nb)
    except Exception as exc:  # noqa: BLE001
        result.flag(
            f"notebook still invalid after clean-up ({type(exc).__name__}); not graded (scored 0)"
        )
        return result
    result.nb = nb
    return result


def _put_back(cells: list[dict], ref_by_id: dict, last: dict) -> None:
    """Put each deleted graded cell back (the reference's copy), right after the graded cell
    that precedes it in the assignment. nbgrader's own `add_missing_cells` needs the cell
    before a missing one to be there: with an answer cell and its test cell both deleted it
    raises KeyError and the whole submission scores 0."""
    order = list(ref_by_id)
    for i, gid in enumerate(order):
        if gid in last:
            continue
        restored = _clean_cell(json.loads(json.dumps(ref_by_id[gid])))
        if restored is None:
            continue
        restored["id"] = None  # a fresh one below
        before = next((last[g] for g in reversed(order[:i]) if g in last), None)
        after = next((last[g] for g in order[i + 1 :] if g in last), None)
        if before is not None:
            pos = next(k for k, c in enumerate(cells) if c is before) + 1
        elif after is not None:
            pos = next(k for k, c in enumerate(cells) if c is after)
        else:
            pos = len(cells)
        cells.insert(pos, restored)
        last[gid] = restored


def copy_extras(src: Path, dest: Path, notebooks: set[str]) -> list[str]:
    """Copy the submission's other files (regular, small, few, at the top level; never a
    symlink, a special file, a folder, or a file the grader's Python could pick up) and
    return a flag for each one left out."""
    flags: list[str] = []
    try:
        names = sorted(os.listdir(src)) if not os.path.islink(src) else []
    except OSError:
        return flags
    try:
        skipped = (
            (Path(src) / ".nngrade-skipped").read_text()
            if not os.path.islink(Path(src) / ".nngrade-skipped")
            else ""
        )
        flags += [
            f"{line}: a symlink or special file in the submission; not collected"
            for line in skipped.splitlines()[:20]
            if line.strip()
        ]
    except OSError:
        pass
    copied = 0
    for name in names:
        if name in notebooks or name == ".nngrade-skipped":
            continue
        path = Path(src) / name
        try:
            mode = os.lstat(path).st_mode
        except OSError:
            continue
        why = None
        if stat.S_ISLNK(mode):
            why = "is a symlink; not followed"
        elif stat.S_ISDIR(mode):
            why = "is a folder; not copied"
        elif not stat.S_ISREG(mode):
            why = "is not a regular file; not opened"
        elif (
            name in NEVER_COPIED
            or name.endswith((".pth", ".ipynb", ".html"))
            or name.startswith(".")
        ):
            why = "could change how Python or nbgrader runs; not copied"
        elif copied >= MAX_EXTRA_FILES:
            why = "one extra file too many; not copied"
        else:
            data = read_regular(path, MAX_EXTRA_BYTES)
            if data is None:
                why = "too large or unreadable; not copied"
            else:
                (Path(dest) / name).write_bytes(data)
                copied += 1
        if why:
            flags.append(f"extra file {name[:60]!r} {why}")
    return flags


class RefuseSymlinks(NbGraderPreprocessor):
    """First of nbgrader's sanitising steps: a submitted notebook that is a symlink (to a
    classmate's notebook, to a system file) is not graded (nbgrader reports the error and
    the notebook scores nothing)."""

    def preprocess(self, nb, resources):
        folder = resources.get("metadata", {}).get("path") or ""
        name = resources.get("nbgrader", {}).get("notebook", "")
        path = Path(folder) / f"{name}.ipynb"
        if path.is_symlink() or Path(folder).is_symlink():
            raise ValueError(f"{path} is a symlink; it is not graded")
        return nb, resources


PREFLIGHT_FLAGS = "nngrade_preflight"  # resources key: the flags of `Preflight`


class Preflight(NbGraderPreprocessor):
    """The pre-flight repairs on every grading path: plain `nbgrader autograde` (formgrader's
    Autograde button) never goes through the course CLI's own pre-flight. The notebook is
    repaired against the released one (`repair`), so a malformed notebook loses only what is
    malformed; the repairs are flagged (`resources[PREFLIGHT_FLAGS]`, which `SafeExecute`
    adds to the notebook's flags). A notebook the course CLI already checked needs no repair,
    so nothing is flagged twice."""

    def preprocess(self, nb, resources):
        nbgrader = (resources or {}).get("nbgrader", {})
        assignment, notebook = nbgrader.get("assignment"), nbgrader.get("notebook")
        if not (assignment and notebook):
            return nb, resources
        coursedir = CourseDirectory(config=self.config)
        reference = None
        for step in (coursedir.release_directory, coursedir.source_directory):
            path = Path(coursedir.format_path(step, ".", assignment)) / f"{notebook}.ipynb"
            if path.is_file():
                reference = nbformat.read(path, as_version=4)
                break
        if reference is None:
            return nb, resources
        raw = json.loads(json.dumps(nb))
        if not isinstance(raw.get("cells"), list) or len(raw["cells"]) > MAX_CELLS:
            raise ValueError(f"{notebook}: not a notebook that can be graded")
        result = repair(raw, reference, Checked(notebook))
        if result.nb is None:
            raise ValueError("; ".join(result.flags)[:500])
        nb.cells, nb.metadata = result.nb.cells, result.nb.metadata
        resources[PREFLIGHT_FLAGS] = [
            f.split(": ", 1)[1] for f in result.flags if "check it by hand" not in f
        ]
        return nb, resources
