#!/usr/bin/env python3
"""Check a notebook before you submit it.

    python check_notebook.py part_a_collapse.ipynb [more notebooks...]

It runs each notebook from top to bottom with nbgrader, the way the grader will, and tells
you in plain words which visible checks fail. It exits with status 0 only when every
notebook passes (`nbgrader validate` alone exits 0 even when it prints VALIDATION FAILED).
Passing here means your answers have the right type and shape; the values are checked by
hidden tests when your work is graded.
"""

import os
import re
import sys

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def last_line(error: str) -> str:
    lines = [ln for ln in ANSI.sub("", error).strip().splitlines() if ln.strip()]
    return lines[-1].strip() if lines else "an error"


def check(path: str) -> bool:
    from nbgrader.validator import Validator

    if not os.path.isfile(path):
        print(f"{path}: there is no such file.")
        return False
    try:
        results = Validator().validate(path)
    except Exception as exc:  # a broken file, a kernel that cannot start ...
        print(f"{path}: could not be run ({type(exc).__name__}: {str(exc)[:200]}).")
        print("  Is it a notebook saved by Jupyter? Re-download it if it will not open.")
        return False
    name = os.path.basename(path)
    if results.get("type_changed"):
        print(f"{name}: a graded cell's type was changed (code <-> Markdown). Change it back:")
        for cell in results["type_changed"]:
            print(f"  - a {cell['old_type']} cell that should be {cell['new_type']}: {cell['source'][:60]!r}")
        return False
    if results.get("changed"):
        print(f"{name}: a test cell was edited. Undo the edit (or take a fresh copy of that cell):")
        for cell in results["changed"]:
            print(f"  - {cell['source'].splitlines()[0][:70]!r}")
        return False
    if results.get("failed"):
        print(f"{name}: {len(results['failed'])} check(s) do not pass yet:")
        for cell in results["failed"]:
            first = (cell["source"].splitlines() or [""])[0][:70]
            print(f"  - {last_line(cell.get('raw_error', ''))}\n      (in the cell starting {first!r})")
        return False
    print(f"{name}: all visible checks pass. Hidden tests check the values when it is graded.")
    return True


def main(argv):
    if not argv:
        print(__doc__.strip())
        return 2
    ok = [check(path) for path in argv]
    return 0 if all(ok) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
