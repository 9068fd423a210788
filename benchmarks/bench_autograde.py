"""Benchmark of the autograde: what grading costs on top of simply running the notebooks,
and what parallel grading buys.

    python benchmarks/bench_autograde.py [--students 40] [--repeats 3]   (make bench-autograde)

0. Seconds to start a kernel and run one cell: plain jupyter_client against the grading
   sandbox (`nngrade.sandbox.SandboxKernelManager`: bubblewrap, its own uid as root).
1. Seconds per notebook: the course's autograde of one complete submission (pre-flight,
   nbgrader's sanitising, execution in the sandboxed kernel, verification, gradebook merge)
   against a bare nbclient run of the same notebooks in the student's folder (unsandboxed,
   nbclient's defaults: a fresh kernel per notebook, started when the notebook's turn comes,
   shut down gracefully). The autograde starts each next notebook's kernel while the
   current one runs (`nngrade.spare_kernel`) and stops kernels without waiting.
   Goal: at most 1.3x.
2. A class of generated submissions (correct, partial and wrong answers mixed), graded
   with one job and with the default number of jobs (one per core, plus one). Goal: at
   least 1.8x faster on 2 cores.

Everything runs on a temporary copy of the course and prints a table.
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
from nbclient import NotebookClient

REPO = Path(__file__).resolve().parent.parent
COURSE_SRC = REPO / "exercises"
from nngrade import batch, manifest, sandbox  # noqa: E402
from nngrade.solutions import answered, solution_sources  # noqa: E402

ASSIGNMENT = "backprop"
NOTEBOOKS = manifest.find(COURSE_SRC, ASSIGNMENT).notebook_names
VARIANTS = [  # what generated students get wrong (None: everything right)
    None,
    {"a_W_prime_answer": "W_prime = W1 @ W2\nb_prime = W2 @ b1 + b2"},
    {"b_backward_answer": "dfdx = 1.0\ndfdy = 1.0\ndfdz = q"},
    {
        "card8_answer": 'card8 = ["forward", "backward", "loss", "step"]',
        "a_y_relu_answer": "y_relu = np.zeros(2)",
    },
]


def make_course(root: Path) -> Path:
    course = root / "course"
    course.mkdir(parents=True)
    shutil.copy(COURSE_SRC / "nbgrader_config.py", course)
    shutil.copytree(COURSE_SRC / "source", course / "source")
    shutil.copytree(COURSE_SRC / ASSIGNMENT, course / ASSIGNMENT)
    shutil.copytree(
        COURSE_SRC / "nngrade", course / "nngrade", ignore=shutil.ignore_patterns("__pycache__")
    )
    batch.nbgrader(["generate_assignment", ASSIGNMENT, "--force"], course)
    return course


def write_submission(course: Path, student: str, sols: dict, variant: dict | None) -> None:
    folder = course / "submitted" / student / ASSIGNMENT
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "timestamp.txt").write_text("2026-11-22 12:00:00.000000 UTC")
    for name in NOTEBOOKS:
        nb = nbformat.read(course / "release" / ASSIGNMENT / f"{name}.ipynb", as_version=4)
        nbformat.write(answered(nb, {**sols[name], **(variant or {})}), folder / f"{name}.ipynb")


def student_folder(course: Path, student: str, dest: Path) -> Path:
    """What a student's folder holds: the release (its checker and instant feedback beside the
    notebooks) with the student's submitted notebooks in it."""
    shutil.copytree(course / "release" / ASSIGNMENT, dest)
    for name in NOTEBOOKS:
        shutil.copy(course / "submitted" / student / ASSIGNMENT / f"{name}.ipynb", dest)
    return dest


def bare_nbclient(folder: Path) -> float:
    """Seconds to run the notebooks with nbclient alone (a fresh kernel each, like
    nbgrader)."""
    start = time.perf_counter()
    for name in NOTEBOOKS:
        nb = nbformat.read(folder / f"{name}.ipynb", as_version=4)
        NotebookClient(
            nb, kernel_name="python3", timeout=60, resources={"metadata": {"path": str(folder)}}
        ).execute()
    return time.perf_counter() - start


def kernel_start(manager_class) -> float:
    """Seconds from nothing to one executed cell and back, with this kernel manager."""
    import asyncio

    async def once():
        km = (
            manager_class(kernel_name="python3", packages=["nnlib"])
            if manager_class is sandbox.SandboxKernelManager
            else manager_class(kernel_name="python3")
        )
        await km.start_kernel(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        kc = km.client()
        kc.start_channels()
        await kc.wait_for_ready(timeout=60)
        await kc.execute("import numpy", reply=True, timeout=60)
        kc.stop_channels()
        await km.shutdown_kernel(now=True)

    start = time.perf_counter()
    asyncio.run(once())
    return time.perf_counter() - start


def timed_autograde(course: Path, students: list[str], jobs: int) -> float:
    start = time.perf_counter()
    outcomes = batch.autograde(course, ASSIGNMENT, students, jobs=jobs, progress=False)
    elapsed = time.perf_counter() - start
    bad = [o for o in outcomes if o.flags]
    if bad:
        raise SystemExit(f"unexpected flags: {[(o.student, o.flags) for o in bad]}")
    return elapsed


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=40)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=batch.default_jobs())
    args = parser.parse_args(argv)
    os.environ.setdefault("MPLBACKEND", "Agg")
    os.environ.setdefault("NNLIB_WIDGETS", "static")

    load_before = os.getloadavg()[0]
    from jupyter_client.manager import AsyncKernelManager

    sandbox.probe(sys.executable, ["nnlib"])
    plain_start = statistics.median(kernel_start(AsyncKernelManager) for _ in range(args.repeats))
    boxed_start = statistics.median(
        kernel_start(sandbox.SandboxKernelManager) for _ in range(args.repeats)
    )
    with tempfile.TemporaryDirectory(prefix="bench-autograde-") as tmp:
        course = make_course(Path(tmp))
        sols = solution_sources(course, ASSIGNMENT)
        write_submission(course, "one", sols, None)
        timed_autograde(course, ["one"], 1)  # warm-up: forkserver, caches
        bare_folder = student_folder(course, "one", Path(tmp) / "bare")
        bare, graded = [], []
        for _ in range(args.repeats):
            bare.append(bare_nbclient(bare_folder))
            graded.append(timed_autograde(course, ["one"], 1))
        bare_nb = statistics.median(bare) / len(NOTEBOOKS)
        graded_nb = statistics.median(graded) / len(NOTEBOOKS)

        students = [f"s{i:02d}" for i in range(args.students)]
        for i, student in enumerate(students):
            write_submission(course, student, sols, VARIANTS[i % len(VARIANTS)])
        sequential = timed_autograde(course, students, 1)
        parallel = timed_autograde(course, students, args.jobs)

    rows = [
        ("kernel start + 1 cell, plain, s", f"{plain_start:.2f}", ""),
        (
            "kernel start + 1 cell, sandboxed, s",
            f"{boxed_start:.2f}",
            f"{boxed_start / plain_start:.2f}x of plain",
        ),
        ("bare nbclient run, s / notebook", f"{bare_nb:.2f}", ""),
        (
            "course autograde, s / notebook",
            f"{graded_nb:.2f}",
            f"{graded_nb / bare_nb:.2f}x of bare (goal <= 1.3x)",
        ),
        (
            f"{args.students} submissions, 1 job, s",
            f"{sequential:.1f}",
            f"{sequential / args.students:.2f} s / student",
        ),
        (
            f"{args.students} submissions, {args.jobs} jobs, s",
            f"{parallel:.1f}",
            f"{sequential / parallel:.2f}x faster (goal >= 1.8x on 2 cores)",
        ),
    ]
    width = max(len(r[0]) for r in rows)
    print(
        f"\nautograde benchmark ({os.cpu_count()} cores, {args.repeats} repeats, medians; "
        f"load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after: other work on "
        "the machine shrinks the parallel gain; sandbox: bubblewrap, "
        f"{'a leased uid per kernel' if os.geteuid() == 0 else 'user namespace'})"
    )
    for name, value, note in rows:
        print(f"  {name.ljust(width)}  {value:>7}  {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
