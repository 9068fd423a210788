"""Autograde a whole class so that no submission can stop the run or touch another's grade.

Design
------
* One `nbgrader autograde --student S` process per student, so a notebook that makes
  nbgrader raise (or hang, or kill its kernel) costs only that student's run. The process
  is forked from a server that has imported nbgrader once (multiprocessing's forkserver):
  the same AutogradeApp that the `nbgrader autograde` command starts, without paying its
  ~3 s of imports for every student.
* Each run happens in a private temporary course directory: a copy of the config and the
  source folder, a template gradebook that holds the assignment and no student, and the
  student's pre-flighted submission. Its kernel runs in the grading sandbox
  (`nngrade.sandbox`): it sees none of these folders, no other kernel and no other student;
  every process it starts dies with it (pid namespace).
* Runs go in parallel (threads waiting on processes, `--jobs`, default: one per core, plus
  one). Only the main thread writes to the real `gradebook.db`, one student at a time,
  through nbgrader's Gradebook API, as each run finishes: SQLite is never written by two
  processes at once.
* Every run has a wall-clock budget (cells also have nbgrader's per-cell timeout). A run
  that overruns is killed (the process we forked; its sandboxes die with it) and whatever it
  graded is kept; anything left ungraded scores 0 and the student is flagged.
* The merge takes only automatic scores from the private gradebook (nbgrader's autograde
  never writes manual scores or extra credit there: any it holds is flagged and ignored), and
  records a checksum of the student's grades (`nngrade.gradesum`) that export verifies.
* The result is a summary table: each student graded (score / max) or flagged, and why.
"""

from __future__ import annotations

import concurrent.futures as cf
import csv
import json
import multiprocessing
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from . import gradesum, preflight, sandbox, spreadsheet, student_ids
from .environment import with_venv_bin

HERE = Path(__file__).resolve().parent
NBGRADER_FILES = ("timestamp.txt", "submission_secret.txt")  # written by submit/collect


@dataclass
class Outcome:
    student: str
    score: float = 0.0
    max_score: float = 0.0
    flags: list[str] = field(default_factory=list)
    seconds: float = 0.0
    needs_manual: int = 0

    @property
    def status(self) -> str:
        return "flagged" if self.flags else "graded"


@dataclass
class Run:
    student: str
    assignment: str
    workdir: Path
    course: Path
    flags: list[str]
    returncode: int | None = None
    log: str = ""
    seconds: float = 0.0
    timed_out: bool = False


def venv_env(extra: dict | None = None) -> dict:
    env = with_venv_bin()
    env.setdefault("MPLBACKEND", "Agg")
    env.update(extra or {})
    return env


def nbgrader(
    args: list[str],
    course: Path,
    *,
    env: dict | None = None,
    timeout: float | None = None,
    check: bool = True,
) -> subprocess.CompletedProcess:
    """Run `nbgrader <args>` in the course directory (the CLI, not the Python API)."""
    cmd = [str(Path(sys.executable).parent / "nbgrader"), *args]
    proc = subprocess.run(
        cmd, cwd=course, env=env or venv_env(), capture_output=True, text=True, timeout=timeout
    )
    if check and proc.returncode != 0:
        raise RuntimeError(
            f"`nbgrader {' '.join(args)}` failed ({proc.returncode}):\n"
            + "\n".join((proc.stdout + proc.stderr).splitlines()[-30:])
        )
    return proc


def default_jobs() -> int:
    """Parallel runs when none is asked for: one per core, plus one. A run spends part of its
    time waiting on its kernel (start-up, message round trips), so one run more than the
    cores keeps them busy. A class of 40 on 2 cores: 180 s with one job, 90 s with 3,
    115-125 s with 2, 92 s with 4 (`make bench-autograde`, and the same class timed per
    number of jobs)."""
    return (os.cpu_count() or 1) + 1


def make_template(course: Path, workroot: Path, assignment: str) -> Path:
    """A copy of the gradebook with the assignment and no students."""
    from nbgrader.api import Gradebook

    template = workroot / "template.db"
    shutil.copyfile(course / "gradebook.db", template)
    with Gradebook(f"sqlite:///{template}") as gb:
        gb.find_assignment(assignment)  # fails early if `generate` was never run
        for student in list(gb.students):
            gb.remove_student(student.id)
    return template


def prepare(course: Path, student: str, assignment: str, template: Path, workroot: Path) -> Run:
    work = Path(tempfile.mkdtemp(prefix=f"{student[:20]}-", dir=workroot))
    private = work / "course"
    private.mkdir(mode=0o700)
    (work / "boxes").mkdir(mode=0o700)
    (private / "nbgrader_config.py").write_text(
        f"c = get_config()\nload_subconfig({str(course / 'nbgrader_config.py')!r})\n"
        f"c.CourseDirectory.root = {str(private)!r}\n"
    )
    shutil.copytree(course / "source" / assignment, private / "source" / assignment)
    shutil.copyfile(template, private / "gradebook.db")

    src = course / "submitted" / student / assignment
    dest = private / "submitted" / student / assignment
    dest.mkdir(parents=True)
    references = sorted((course / "release" / assignment).glob("*.ipynb"))
    flags = preflight.copy_extras(src, dest, {p.name for p in references})
    for ref_path in references:
        reference = nbformat.read(ref_path, as_version=4)
        checked = preflight.check_notebook(src / ref_path.name, reference)
        flags.extend(checked.flags)
        if checked.nb is not None:
            nbformat.write(checked.nb, dest / ref_path.name)
    return Run(student, assignment, work, private, flags)


_CONTEXT = None
# nbgrader's apps that run once per student, each in a process forked from the forkserver
APPS = {
    "autograde": ("nbgrader.apps.autogradeapp", "AutogradeApp"),
    "generate_feedback": ("nbgrader.apps.generatefeedbackapp", "GenerateFeedbackApp"),
}


def _context():
    """A forkserver with nbgrader's per-student apps already imported."""
    global _CONTEXT
    if _CONTEXT is None:
        _CONTEXT = multiprocessing.get_context("forkserver")
        _CONTEXT.set_forkserver_preload([module for module, _ in APPS.values()])
    return _CONTEXT


def _nbgrader_child(
    app: str, course: str, student: str, assignment: str, env: dict, log_path: str
) -> None:
    """`nbgrader <app> ASSIGNMENT --student S --force`, run in a forked process."""
    os.setsid()
    os.chdir(course)
    os.environ.update(env)
    fd = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    code = 0
    try:
        import importlib

        module, name = APPS[app]
        App = getattr(importlib.import_module(module), name)
        # the id is checked before it gets here: never an option, never a glob
        App.launch_instance([assignment, f"--student={student}", "--force"])
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (1 if exc.code else 0)
    except BaseException:  # noqa: BLE001 - report, never hang the batch
        import traceback

        traceback.print_exc()
        code = 1
    finally:
        from .spare_kernel import discard

        discard()  # os._exit skips atexit: a kernel started for a notebook that never ran
        sys.stdout.flush()
        sys.stderr.flush()
    os._exit(code)


def run_app(
    app: str, course: Path, student: str, assignment: str, env: dict, log: Path, budget: float
) -> tuple[int | None, bool]:
    """Run nbgrader's `app` for one student in a forked process of its own, in `course`, for
    at most `budget` seconds: (its exit code, whether it was stopped at the budget)."""
    proc = _context().Process(
        target=_nbgrader_child,
        args=(app, str(course), student_ids.check(student), assignment, env, str(log)),
    )
    proc.start()
    proc.join(budget)
    if not proc.is_alive():
        return proc.exitcode, False
    proc.kill()  # the child we forked, by its id; its sandboxes die with it
    proc.join()
    return proc.exitcode, True


def grade(run: Run, budget: float) -> Run:
    """Run nbgrader's autograde for one student in its private course directory."""
    start = time.monotonic()
    if not any(
        p.suffix == ".ipynb"
        for p in (run.course / "submitted" / run.student / run.assignment).iterdir()
    ):
        run.returncode, run.log = 0, "no gradable notebook; nothing to run"
        return run
    env = {
        "PATH": venv_env()["PATH"],
        "NN_BACKPROP_SANDBOX_DIR": str(run.workdir / "boxes"),
        **sandbox.probed_env(sys.executable, sandbox.PACKAGES),
    }
    log = run.workdir / "autograde.log"
    run.returncode, run.timed_out = run_app(
        "autograde", run.course, run.student, run.assignment, env, log, budget
    )
    if run.timed_out:
        run.flags.append(
            f"grading ran over its {budget:.0f} s budget and was stopped; "
            "what was not graded scores 0"
        )
    run.log = log.read_text(errors="replace")[-200_000:] if log.exists() else ""
    run.seconds = time.monotonic() - start
    return run


def merge(run: Run, course: Path) -> Outcome:
    """Copy one student's grades from the private gradebook into the real one (main thread)."""
    import warnings

    from nbgrader.api import Gradebook, MissingEntry

    warnings.filterwarnings(
        "ignore", message=".*not in session.*"
    )  # SQLAlchemy chatter in nbgrader's API
    outcome = Outcome(run.student, flags=list(run.flags), seconds=run.seconds)
    for nb_path in sorted(
        (run.course / "autograded" / run.student / run.assignment).glob("*.ipynb")
    ):
        try:
            meta = nbformat.read(nb_path, as_version=4).metadata.get("nngrade", {})
        except Exception:  # noqa: BLE001
            meta = {}
        outcome.flags.extend(f"{nb_path.stem}: {flag}" for flag in meta.get("flags", []))
    if run.returncode not in (0, None) and not run.timed_out:
        outcome.flags.append(f"nbgrader exited with code {run.returncode} (see nngrade.log)")

    with (
        Gradebook(f"sqlite:///{run.course / 'gradebook.db'}") as src,
        Gradebook(f"sqlite:///{course / 'gradebook.db'}") as dst,
    ):
        dst.update_or_create_student(run.student)
        try:
            sub = src.find_submission(run.assignment, run.student)
            timestamp = sub.timestamp
        except MissingEntry:
            sub, timestamp = None, None
        dst_sub = dst.update_or_create_submission(run.assignment, run.student, timestamp=timestamp)
        autograded = {
            p.stem
            for p in (run.course / "autograded" / run.student / run.assignment).glob("*.ipynb")
        }
        submitted = {
            p.stem
            for p in (run.course / "submitted" / run.student / run.assignment).glob("*.ipynb")
        }
        for dst_nb in dst_sub.notebooks:
            graded_here = dst_nb.name in autograded
            if dst_nb.name in submitted and not graded_here:
                outcome.flags.append(f"{dst_nb.name}: not graded by nbgrader; scored 0")
            for grade in dst_nb.grades:
                src_grade = None
                if sub is not None and graded_here:
                    try:
                        src_grade = src.find_grade(
                            grade.name, dst_nb.name, run.assignment, run.student
                        )
                    except MissingEntry:
                        pass
                if src_grade is not None and (
                    src_grade.manual_score is not None or src_grade.extra_credit is not None
                ):
                    outcome.flags.append(
                        f"{dst_nb.name}/{grade.name}: the private gradebook holds a "
                        "manual score or extra credit, which autograde never "
                        "writes (tampering?); ignored"
                    )
                manual_cell = grade.cell.cell_type == "markdown"  # Part C's written answer
                if src_grade is None or (src_grade.auto_score is None and not manual_cell):
                    # not submitted, unreadable, or never graded (crash, timeout): no points
                    grade.auto_score, grade.needs_manual_grade = 0.0, False
                    continue
                grade.auto_score = src_grade.auto_score
                grade.needs_manual_grade = (
                    bool(src_grade.needs_manual_grade) and grade.manual_score is None
                )
            if sub is not None and graded_here:
                try:
                    src_nb = src.find_submission_notebook(dst_nb.name, run.assignment, run.student)
                    dst_nb.late_submission_penalty = src_nb.late_submission_penalty
                except MissingEntry:
                    pass
            for comment in dst_nb.comments:
                if sub is not None and graded_here:
                    try:
                        comment.auto_comment = src.find_comment(
                            comment.name, dst_nb.name, run.assignment, run.student
                        ).auto_comment
                    except MissingEntry:
                        pass
        dst.db.commit()
        dst_sub = dst.find_submission(run.assignment, run.student)
        outcome.score, outcome.max_score = dst_sub.score, dst_sub.max_score
        outcome.needs_manual = sum(
            1 for nb in dst_sub.notebooks for g in nb.grades if g.needs_manual_grade
        )
        recorded = gradesum.grades_of(dst, run.assignment, run.student)

    target = course / "autograded" / student_ids.check(run.student) / run.assignment
    if target.exists():
        shutil.rmtree(target)
    source = run.course / "autograded" / run.student / run.assignment
    target.mkdir(parents=True)
    # the graded notebooks and the files nbgrader's exchange wrote only: a submission's
    # extra files stay out of autograded/, so they never reach feedback/ either
    for path in [*sorted(source.glob("*.ipynb")), *(source / n for n in NBGRADER_FILES)]:
        if path.is_file() and not path.is_symlink():
            shutil.copyfile(path, target / path.name)
    (target / "nngrade.log").write_text(run.log)
    (target / "nngrade-flags.json").write_text(json.dumps(outcome.flags, indent=1))
    gradesum.write(course, run.student, run.assignment, recorded)
    return outcome


def submitted_folders(course: Path, assignment: str) -> tuple[list[str], list[str]]:
    """(the students with a submission of `assignment` in submitted/, the problems of the
    folders there whose name is no valid student id: never graded)."""
    root = course / "submitted"
    names = sorted(p.parent.name for p in root.glob(f"*/{assignment}") if p.is_dir())
    problems = [student_ids.problem(name) for name in names]
    return (
        [n for n, why in zip(names, problems) if why is None],
        [f"submitted/: {why}; not graded" for why in problems if why],
    )


def students_of(course: Path, assignment: str) -> list[str]:
    """The students with a submission of `assignment` (valid ids only, see submitted_folders)."""
    return submitted_folders(course, assignment)[0]


SHARDS = ".shards"  # autograded/.shards/<assignment>/<student>/: a graded run awaiting its merge


def parse_shard(text: str) -> tuple[int, int]:
    """ "i/n" (0 <= i < n): this process grades every n-th student, starting at the i-th."""
    index, _, count = text.partition("/")
    if not (index.isdigit() and count.isdigit() and int(index) < int(count)):
        raise ValueError(f"--shard wants i/n with 0 <= i < n, got {text!r}")
    return int(index), int(count)


def keep_for_merge(run: Run, course: Path) -> Path:
    """Park one shard's graded run (its private course) in the course for `merge_shards`."""
    dest = course / "autograded" / SHARDS / run.assignment / run.student
    shutil.rmtree(dest, ignore_errors=True)
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(str(run.workdir), dest)
    fields = {
        k: getattr(run, k)
        for k in ("student", "assignment", "flags", "returncode", "log", "seconds", "timed_out")
    }
    (dest / "run.json").write_text(json.dumps(fields))
    return dest


def merge_shards(course: Path, assignment: str) -> list[Outcome]:
    """Record every parked run in gradebook.db from this one process, like one whole run."""
    course = course.resolve()
    root = course / "autograded" / SHARDS / assignment
    outcomes = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir()) if root.is_dir() else []:
        run = Run(
            workdir=folder,
            course=folder / "course",
            **json.loads((folder / "run.json").read_text()),
        )
        try:
            outcomes.append(merge(run, course))
        except Exception as exc:  # noqa: BLE001 - one broken merge must not stop the batch
            outcomes.append(
                Outcome(run.student, flags=run.flags + [f"could not record grades: {exc!r}"[:200]])
            )
        shutil.rmtree(folder, ignore_errors=True)
    write_summary(course, outcomes)
    return outcomes


def autograde(
    course: Path,
    assignment: str,
    students: list[str] | None = None,
    *,
    jobs: int | None = None,
    budget: float = 300.0,
    progress: bool = True,
    shard: tuple[int, int] | None = None,
) -> list[Outcome]:
    """Grade `students` (default: everyone in submitted/) and merge into gradebook.db. With
    `shard=(i, n)`, grade only the i-th of n slices of them and park the runs for
    `merge_shards` (n processes, or pods of a Kubernetes Indexed Job, then one merge)."""
    from tqdm import tqdm

    course = course.resolve()
    for student in students or []:
        student_ids.check(student)  # InvalidStudentId (a ValueError): nothing runs
    sandbox.probe(
        sys.executable, sandbox.PACKAGES
    )  # refuses (SandboxUnavailable) before anything runs
    students = students or students_of(course, assignment)
    if shard:
        students = sorted(students)[shard[0] :: shard[1]]
    jobs = max(1, jobs or default_jobs())
    outcomes: list[Outcome] = []
    with tempfile.TemporaryDirectory(prefix="nngrade-") as tmp:
        workroot = Path(tmp)
        template = make_template(course, workroot, assignment)
        runs = []
        for student in students:
            runs.append(prepare(course, student, assignment, template, workroot))
        bar = tqdm(
            total=len(runs), desc="autograde", unit="student", disable=not progress, file=sys.stderr
        )
        with cf.ThreadPoolExecutor(max_workers=jobs) as pool:
            futures = [pool.submit(grade, run, budget) for run in runs]
            for future in cf.as_completed(futures):
                run = future.result()
                if shard:
                    keep_for_merge(run, course)
                    outcome = Outcome(run.student, flags=list(run.flags), seconds=run.seconds)
                    outcomes.append(outcome)
                    bar.update()
                    continue
                try:
                    outcome = merge(run, course)
                except Exception as exc:  # noqa: BLE001 - one broken merge must not stop the batch
                    outcome = Outcome(
                        run.student, flags=run.flags + [f"could not record grades: {exc!r}"[:200]]
                    )
                outcomes.append(outcome)
                shutil.rmtree(run.workdir, ignore_errors=True)
                bar.set_postfix_str(f"{run.student}: {outcome.status}")
                bar.update()
        bar.close()
    outcomes.sort(key=lambda o: o.student)
    if not shard:
        write_summary(course, outcomes)
    return outcomes


def write_summary(course: Path, outcomes: list[Outcome]) -> Path:
    path = course / "autograded" / "summary.csv"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(
            ["student", "status", "score", "max_score", "needs_manual_grade", "seconds", "flags"]
        )
        for o in outcomes:
            row = [
                o.student,
                o.status,
                f"{o.score:g}",
                f"{o.max_score:g}",
                o.needs_manual,
                f"{o.seconds:.1f}",
                " | ".join(o.flags),
            ]
            writer.writerow([spreadsheet.safe_cell(cell) for cell in row])
    return path


def format_table(outcomes: list[Outcome]) -> str:
    rows = [("student", "status", "score", "manual", "why flagged")]
    for o in outcomes:
        rows.append(
            (
                o.student,
                o.status,
                f"{o.score:g} / {o.max_score:g}",
                str(o.needs_manual),
                "; ".join(o.flags) or "-",
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = []
    for i, r in enumerate(rows):
        lines.append("  ".join(r[j].ljust(widths[j]) for j in range(4)) + "  " + r[4])
        if i == 0:
            lines.append("  ".join("-" * w for w in widths) + "  " + "-" * 11)
    flagged = sum(1 for o in outcomes if o.flags)
    lines.append(
        f"\n{len(outcomes)} students: {len(outcomes) - flagged} graded cleanly, {flagged} flagged."
    )
    return "\n".join(lines)
