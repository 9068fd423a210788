"""Checks and repairs of one submitted notebook before nbgrader sees it.

Each problem becomes a flag (a plain sentence for the summary table) instead of a crash:
missing or unreadable notebook, invalid JSON, an empty notebook, deleted, duplicated or
retyped graded cells, edited nbgrader metadata (points, grade, locked), duplicated cell ids,
test cells edited (nbgrader restores their source from the gradebook anyway), and answers
that import `nnlib` (whose code solves Parts A and B) for a human to look at.

The repair uses the released notebook as the reference layout: a graded cell that is
missing is put back where it was, after the previous graded cell that is present.
"""

from __future__ import annotations

import copy
import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

MAX_BYTES = 20 * 2**20
META_KEYS = ("grade", "solution", "locked", "points", "grade_id", "task")


@dataclass
class Checked:
    notebook: str
    flags: list[str] = field(default_factory=list)
    nb: nbformat.NotebookNode | None = None     # repaired notebook, or None: grade as missing

    def flag(self, text: str) -> None:
        self.flags.append(f"{self.notebook}: {text}")


def _meta(cell) -> dict:
    meta = cell.get("metadata", {}).get("nbgrader")
    return meta if isinstance(meta, dict) else {}


def _grade_id(cell):
    gid = _meta(cell).get("grade_id")
    return gid if isinstance(gid, str) else None


def check_notebook(path: Path, reference: nbformat.NotebookNode) -> Checked:
    name = path.stem
    result = Checked(name)
    if not path.exists():
        result.flag("not submitted (scored 0)")
        return result
    size = path.stat().st_size
    if size > MAX_BYTES:
        result.flag(f"file too large ({size // 2**20} MB); not graded (scored 0)")
        return result
    try:
        raw = json.loads(path.read_bytes().decode("utf-8"))
        nb = nbformat.from_dict(raw)
        if not isinstance(nb.get("cells"), list):
            raise ValueError("no list of cells")
        nb = nbformat.convert(nb, 4) if nb.get("nbformat") != 4 else nb
    except Exception as exc:  # noqa: BLE001 - any unreadable file is flagged the same way
        result.flag(f"not a valid notebook ({type(exc).__name__}); not graded (scored 0)")
        return result

    ref_cells = [c for c in reference.cells if _grade_id(c)]
    ref_by_id = {_grade_id(c): c for c in ref_cells}
    if not nb.cells:
        result.flag("empty notebook (no cells); the graded cells were put back, answers are missing")

    # cells must be dicts with a cell_type; drop anything else
    cells = []
    for cell in nb.cells:
        if isinstance(cell, dict) and cell.get("cell_type") in ("code", "markdown", "raw"):
            cell.setdefault("metadata", {})
            cell.setdefault("source", "")
            if isinstance(cell["source"], list):
                cell["source"] = "".join(cell["source"])
            if cell["cell_type"] == "code":
                cell.setdefault("outputs", [])
                cell.setdefault("execution_count", None)
            cells.append(cell)
        else:
            result.flag("a malformed cell was dropped")

    # graded cells: duplicated (keep the last, like nbgrader), unknown ids, metadata changes
    last_index = {}
    for i, cell in enumerate(cells):
        gid = _grade_id(cell)
        if gid is not None:
            last_index[gid] = i
    seen = set()
    for i, cell in enumerate(cells):
        gid = _grade_id(cell)
        if gid is None:
            if "nbgrader" in cell["metadata"]:
                del cell["metadata"]["nbgrader"]
            continue
        if gid not in ref_by_id:
            result.flag(f"unknown graded cell id {gid!r}; treated as an ordinary cell")
            del cell["metadata"]["nbgrader"]
            continue
        if last_index[gid] != i:
            if gid not in seen:
                result.flag(f"cell {gid!r} appears more than once; the last copy is graded")
                seen.add(gid)
            del cell["metadata"]["nbgrader"]
            continue
        ref = ref_by_id[gid]
        ref_meta = _meta(ref)
        changed = [k for k in META_KEYS if _meta(cell).get(k) != ref_meta.get(k)]
        if cell["cell_type"] != ref["cell_type"]:
            changed.append("cell type")
        if changed:
            result.flag(f"cell {gid!r}: nbgrader metadata changed ({', '.join(changed)}); restored")
            if cell["cell_type"] != ref["cell_type"]:
                keep_source = cell["source"]
                cell.clear()
                cell.update(copy.deepcopy(ref))
                if ref_meta.get("solution"):
                    cell["source"] = keep_source
            cell["metadata"]["nbgrader"] = copy.deepcopy(ref_meta)
        is_test = ref_meta.get("grade") and not ref_meta.get("solution")
        if is_test and cell["source"].strip() != ref["source"].strip():
            result.flag(f"test cell {gid!r} was edited; the original was restored")
        if ref_meta.get("solution") and ("nnlib" in cell["source"]):
            result.flag(f"answer {gid!r} imports or mentions nnlib; check it by hand")
        if "_nnbp" in cell["source"] or "HIDDEN TESTS" in cell["source"]:
            result.flag(f"cell {gid!r} mentions the grader's internals; check it by hand")

    # put back graded cells that are missing, after the previous graded cell that is present
    present = {_grade_id(c) for c in cells if _grade_id(c)}
    for pos, ref in enumerate(ref_cells):
        gid = _grade_id(ref)
        if gid in present:
            continue
        kind = "test" if _meta(ref).get("grade") and not _meta(ref).get("solution") else "answer"
        result.flag(f"{kind} cell {gid!r} was deleted; put back")
        insert_at = 0
        for prev in reversed(ref_cells[:pos]):
            idx = next((i for i, c in enumerate(cells) if _grade_id(c) == _grade_id(prev)), None)
            if idx is not None:
                insert_at = idx + 1
                break
        cells.insert(insert_at, copy.deepcopy(ref))
        present.add(gid)

    # unique cell ids (nbformat 4.5)
    ids = set()
    for cell in cells:
        cid = cell.get("id")
        if not isinstance(cid, str) or cid in ids:
            if cid in ids:
                result.flag(f"duplicated cell id {cid!r}; renamed")
            cell["id"] = uuid.uuid4().hex[:12]
        ids.add(cell["id"])

    nb.cells = cells
    nb.nbformat, nb.nbformat_minor = 4, max(int(nb.get("nbformat_minor", 5) or 5), 5)
    nb.metadata = nb.get("metadata") if isinstance(nb.get("metadata"), dict) else {}
    nb.metadata["kernelspec"] = copy.deepcopy(reference.metadata.get("kernelspec", {}))
    try:
        nbformat.validate(nb)
    except Exception as exc:  # noqa: BLE001
        result.flag(f"notebook still invalid after repair ({type(exc).__name__}); not graded (scored 0)")
        return result
    result.nb = nb
    return result
