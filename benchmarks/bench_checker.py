"""Benchmark of the student's checker: what `check_notebook.py` costs on top of simply running
the notebook.

    python benchmarks/bench_checker.py [--repeats 5] [--checker OTHER.py]  (make bench-checker)

For each graded notebook, answered with the instructor's solution in a copy of the student
version (nbgrader generate_assignment on a temporary copy of the course), two commands are
timed, each a fresh process started in the student's folder with the same environment, the
same notebook and the same kernel (the notebook's kernelspec, a new kernel per run):

* the student's command line, `python check_notebook.py NB`;
* a bare nbclient run, `python -c "<read NB with nbformat, NotebookClient(nb).execute()>"`:
  starting Python, importing nbclient, starting the kernel, running every cell.

Both include starting Python and the kernel, as the student waits for both. The runs alternate
(bare, checker, bare, ...) after one untimed run of each (the first run writes the folder's
__pycache__), and the medians are printed with the machine's load average. Goal: at most
1.5x. `--checker` times another version of the checker (e.g. an older one from git) in its
place.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat

REPO = Path(__file__).resolve().parent.parent
COURSE_SRC = REPO / "exercises"
sys.path.insert(0, str(COURSE_SRC))
sys.path.insert(0, str(REPO))

from nngrade import manifest  # noqa: E402
from nngrade.solutions import answered, solution_sources  # noqa: E402

from tests.conftest import generated_course  # noqa: E402


def student_folder(root: Path, m) -> Path:
    course = generated_course(root)
    folder = course / "release" / m.name
    sols = solution_sources(COURSE_SRC, m.name)
    for name in m.notebook_names:
        path = folder / f"{name}.ipynb"
        nbformat.write(answered(nbformat.read(path, as_version=4), sols[name]), path)
    return folder


# prints the seconds of the kernel's start and the cells alone (no Python start, no imports)
BARE = """
import sys, time
import nbformat
from nbclient import NotebookClient

nb = nbformat.read(sys.argv[1], as_version=4)
start = time.perf_counter()
NotebookClient(nb, timeout=120, resources={"metadata": {"path": "."}}).execute()
print(time.perf_counter() - start)
"""


def timed(command: list[str], folder: Path) -> tuple[float, str]:
    """Seconds the command took, and what it printed."""
    start = time.perf_counter()
    done = subprocess.run(command, cwd=folder, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{command} failed on the solution:\n{done.stdout}{done.stderr}")
    return elapsed, done.stdout


def bare_command(path: Path) -> list[str]:
    return [sys.executable, "-c", BARE, path.name]


def checker_command(path: Path) -> list[str]:
    return [sys.executable, "check_notebook.py", path.name]


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--checker", type=Path, help="time this file as check_notebook.py")
    args = parser.parse_args()
    m = manifest.find(COURSE_SRC)
    with tempfile.TemporaryDirectory() as tmp:
        folder = student_folder(Path(tmp), m)
        if args.checker:
            shutil.copyfile(args.checker, folder / "check_notebook.py")
        print(f"checker: {args.checker or 'the released check_notebook.py'}; {args.repeats} runs")
        print(f"load average before: {load()} ({os.cpu_count()} CPUs)")
        print(
            f"{'notebook':<18} {'bare s':>7} {'(kernel+cells s)':>16} {'checker s':>10} "
            f"{'ratio':>6} {'(vs kernel+cells)':>17}"
        )
        rows = []
        for name in m.notebook_names:
            path = folder / f"{name}.ipynb"
            timed(bare_command(path), folder)  # untimed: __pycache__, disk cache
            timed(checker_command(path), folder)
            bares, insides, checks = [], [], []
            for _ in range(args.repeats):
                elapsed, said = timed(bare_command(path), folder)
                bares.append(elapsed)
                insides.append(float(said.split()[-1]))
                checks.append(timed(checker_command(path), folder)[0])
            row = [statistics.median(x) for x in (bares, insides, checks)]
            rows.append(row)
            b, inside, c = row
            print(
                f"{name:<18} {b:>7.2f} {inside:>16.2f} {c:>10.2f} {c / b:>6.2f} {c / inside:>17.2f}"
            )
        b, inside, c = (sum(column) for column in zip(*rows))
        print(
            f"{'total':<18} {b:>7.2f} {inside:>16.2f} {c:>10.2f} {c / b:>6.2f} {c / inside:>17.2f}"
        )
        ratios = [row[2] / row[0] for row in rows]
        print(
            f"checker / bare run, per notebook: median {statistics.median(ratios):.2f}x, worst "
            f"{max(ratios):.2f}x (goal <= 1.5x). Both are whole commands (Python, imports, "
            "a kernel, the cells); the kernel+cells column is the bare run without starting "
            "Python and importing nbclient."
        )
        print(f"load average after: {load()}")


if __name__ == "__main__":
    main()
