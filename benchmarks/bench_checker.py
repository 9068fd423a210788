"""Benchmark of the student's checker: what `check_notebook.py` costs on top of simply running
the notebook.

    python benchmarks/bench_checker.py [--repeats 3]      (make bench-checker)

For each graded notebook, answered with the instructor's solution in a copy of the student
version (nbgrader generate_assignment on a temporary copy of the course): the median seconds
of `python check_notebook.py NB` (a fresh process: nbgrader's validator, the instant feedback
and the checker's own reading of the outputs) against a bare nbclient run of the same notebook
in this process. Goal: at most 1.5x.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

REPO = Path(__file__).resolve().parent.parent
COURSE_SRC = REPO / "exercises"
sys.path.insert(0, str(COURSE_SRC))

from nngrade import manifest  # noqa: E402
from nngrade.solutions import solution_sources  # noqa: E402


def student_folder(root: Path, m) -> Path:
    course = root / "course"
    shutil.copytree(
        COURSE_SRC,
        course,
        ignore=shutil.ignore_patterns(
            "__pycache__", "release", "submitted", "autograded", "feedback", ".exchange"
        ),
    )
    subprocess.run(
        [
            sys.executable,
            str(course / "course.py"),
            "--course",
            str(course),
            "--exchange",
            str(root / "exchange"),
            "generate",
        ],
        check=True,
        capture_output=True,
    )
    folder = course / "release" / m.name
    sols = solution_sources(COURSE_SRC, m.name)
    for name in m.notebook_names:
        path = folder / f"{name}.ipynb"
        nb = nbformat.read(path, as_version=4)
        for cell in nb.cells:
            gid = cell.metadata.get("nbgrader", {}).get("grade_id")
            if gid in sols[name] and cell.metadata["nbgrader"].get("solution"):
                cell.source = sols[name][gid]
        nbformat.write(nb, path)
    return folder


def bare(path: Path) -> float:
    nb = nbformat.read(path, as_version=4)
    start = time.perf_counter()
    NotebookClient(
        nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    ).execute()
    return time.perf_counter() - start


def checked(path: Path) -> float:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "check_notebook.py", path.name],
        cwd=path.parent,
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"the checker failed on the solution:\n{done.stdout}{done.stderr}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    m = manifest.find(COURSE_SRC)
    with tempfile.TemporaryDirectory() as tmp:
        folder = student_folder(Path(tmp), m)
        print(f"{'notebook':<22} {'bare nbclient s':>16} {'check_notebook s':>17} {'ratio':>6}")
        ratios = []
        for name in m.notebook_names:
            path = folder / f"{name}.ipynb"
            b = statistics.median(bare(path) for _ in range(args.repeats))
            c = statistics.median(checked(path) for _ in range(args.repeats))
            ratios.append(c / b)
            print(f"{name:<22} {b:>16.2f} {c:>17.2f} {c / b:>6.2f}")
        print(
            f"median ratio {statistics.median(ratios):.2f}x (goal <= 1.5x; the checker's "
            "time includes starting Python and importing nbgrader)"
        )


if __name__ == "__main__":
    main()
