#!/usr/bin/env python3
"""Check a notebook before you submit it.

    python check_notebook.py part_a_collapse.ipynb [more notebooks...]

It runs each notebook from top to bottom with nbgrader, the way the grader will, and tells you
in plain words what is not right yet: a question not answered, the likely mistake behind a
wrong answer (checked on the numbers in your notebook and on public inputs), a cell that stops
with an error, a test cell that was edited or deleted. It exits with status 0 only when every
notebook passes, 1 when something is not right yet, 2 when it was called wrongly and 3 when
nbgrader or another package it needs is missing. Passing here is a very good sign; the grade
also uses hidden inputs for your functions.
"""

import os
import re
import sys
import tempfile

ANSI = re.compile(r"\x1b\[[0-9;]*m")
MISSING_PACKAGE = 3


def plain(error: str) -> str:
    """The last line of a traceback, without colours and without 'AssertionError: '."""
    lines = [ln for ln in ANSI.sub("", error).strip().splitlines() if ln.strip()]
    last = lines[-1].strip() if lines else "an error"
    return re.sub(r"^AssertionError:\s*", "", last) or "a visible check failed"


def sections(nb):
    """{cell index: the question it belongs to ("A.1", "Card 4", ...)} from the headings."""
    out, current = {}, ""
    pattern = re.compile(r"^#{2,}\s+([A-Z]\.\d+)\b|\*\*(Card \d+)\b", re.M)
    for index, cell in enumerate(nb.cells):
        if cell.cell_type == "markdown":
            found = pattern.search(cell.source)
            if found:
                current = next(g for g in found.groups() if g)
        out[index] = current
    return out


def expected_tests(folder: str, name: str):
    """The grade ids of the test cells this notebook was released with, if known."""
    sys.path.insert(0, folder)
    try:
        import instant_feedback
    except ImportError:
        return None
    finally:
        sys.path.remove(folder)
    return {gid for gid, entry in instant_feedback.TABLE.items() if entry["notebook"] == name}


def run(path: str):
    """Run the notebook as nbgrader validate does; return (nbgrader's results, executed nb)."""
    from nbgrader.validator import Validator
    from traitlets.config import Config

    executed = {}

    class Keeping(Validator):
        def _preprocess(self, nb):
            executed["nb"] = super()._preprocess(nb)
            return executed["nb"]

    config = Config()
    config.Validator.validate_all = False
    # local sockets, not TCP: no "Kernel is running over TCP" warning; an absolute path, since
    # the kernel runs in the notebook's folder
    with tempfile.TemporaryDirectory(prefix="check-notebook-") as sockets:
        config.KernelManager.transport = "ipc"
        config.KernelManager.ip = os.path.join(sockets, "kernel")
        return Keeping(config=config).validate(path), executed.get("nb")


def check(path: str) -> bool:
    if not os.path.isfile(path):
        print(f"{path}: there is no such file.")
        return False
    name = os.path.basename(path)
    try:
        results, nb = run(path)
    except Exception as exc:  # a broken file, a kernel that cannot start ...
        print(f"{name}: could not be run ({type(exc).__name__}: {str(exc)[:200]}).")
        print("  Is it a notebook saved by Jupyter? Re-download it if it will not open.")
        return False
    if results.get("type_changed"):
        print(f"{name}: a graded cell's type was changed (code <-> Markdown). Change it back:")
        for cell in results["type_changed"]:
            print(f"  - a {cell['old_type']} cell that should be {cell['new_type']}: "
                  f"{cell['source'][:60]!r}")
        return False
    if results.get("changed"):
        print(f"{name}: a test cell was edited. Undo the edit (or take a fresh copy of that "
              "cell from the released notebook):")
        for cell in results["changed"]:
            print(f"  - {(cell['source'].splitlines() or [''])[0][:70]!r}")
        return False

    problems = []
    where = sections(nb) if nb is not None else {}
    present = set()
    unanswered = []
    for index, cell in enumerate(nb.cells if nb is not None else []):
        meta = cell.metadata.get("nbgrader", {})
        if cell.cell_type != "code":
            continue
        if meta.get("grade") and not meta.get("solution"):
            present.add(meta.get("grade_id"))
        errors = [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]
        if not errors:
            continue
        section = where.get(index) or "a question"
        ename = errors[0].get("ename", "")
        if meta.get("grade") and not meta.get("solution"):
            problems.append(f"{section}: {plain(chr(10).join(errors[0].get('traceback', [])))}"
                            if ename == "AssertionError" else
                            f"{section}: the check stopped with {ename}: "
                            f"{ANSI.sub('', errors[0].get('evalue', ''))[:150]}")
        elif ename == "NotImplementedError" and meta.get("solution"):
            unanswered.append(section)
        else:
            first = (cell.source.splitlines() or [""])[0][:60]
            problems.append(f"the cell starting {first!r} stops with {ename}: "
                            f"{ANSI.sub('', errors[0].get('evalue', ''))[:150]}")
    expected = expected_tests(os.path.dirname(os.path.abspath(path)),
                              os.path.splitext(name)[0])
    if expected:
        for gid in sorted(expected - present):
            problems.append(f"the test cell {gid!r} was deleted: take a fresh copy of the "
                            "notebook and move your answers into it")
    for section in dict.fromkeys(unanswered):
        note = f"{section} is not answered yet"
        if not any(p.startswith(f"{section}: {section} is not answered") for p in problems):
            problems.insert(0, note)
    # "A.1: A.1 is not answered yet ..." is said once per question
    said, kept = set(), []
    for problem in (re.sub(r"^(\S+(?: \d+)?): \1 ", r"\1 ", p) for p in problems):
        found = re.match(r"^(.+?) is not answered yet", problem)
        if found and found.group(1) in said:
            continue
        said.add(found.group(1) if found else problem)
        kept.append(problem)
    problems = list(dict.fromkeys(kept))    # two checks, one sentence: said once
    if problems:
        print(f"{name}: {len(problems)} thing(s) to fix:")
        for problem in problems:
            print(f"  - {problem}")
        return False
    print(f"{name}: every visible check passes. The grade also calls your functions on inputs "
          "you have not seen.")
    return True


def main(argv):
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__.strip())
        return 2
    try:
        import nbgrader.validator  # noqa: F401
    except ImportError as exc:
        print(f"This checker needs nbgrader, and Python could not import it ({exc}).\n"
              "Install the course's packages first: pip install -r requirements.txt "
              "(or pip install nbgrader), then run the checker again.")
        return MISSING_PACKAGE
    ok = [check(path) for path in argv]
    return 0 if all(ok) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
