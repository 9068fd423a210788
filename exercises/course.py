#!/usr/bin/env python3
"""The instructor's commands for the course `nn-backprop`, one per step, built on nbgrader's CLI.

    python exercises/course.py generate          # student version -> release/<assignment>/
    python exercises/course.py release           # copy it to the exchange for students to fetch
    python exercises/course.py collect           # fetch submissions from the exchange
    python exercises/course.py autograde         # grade everyone (parallel, sandboxed), summary
    python exercises/course.py feedback          # HTML feedback (no hidden tests, no raw outputs,
                                                 # nothing from other hosts; a budget per student)
    python exercises/course.py return            # put the feedback in the exchange for students
    python exercises/course.py export            # grades -> CSV
    python exercises/course.py validate NB...    # what students run: non-zero exit on failure

Options common to all: --course DIR (default: this folder), --exchange DIR (default
$NN_BACKPROP_EXCHANGE, else a site-wide nbgrader config's Exchange.root, else
exercises/.exchange), --assignment NAME (a folder of the course with a
manifest.toml; default: the course's only one). `make help` lists the make targets that call
these.

Student ids (`--student`, the folders of submitted/) must be valid (nngrade/student_ids.py):
one folder name, no option, no wildcard, no spreadsheet formula; a command given an invalid
one refuses, and a folder with one is reported and skipped. `export` writes no CSV cell that
a spreadsheet would read as a formula.

Exit codes: 0 done; 1 the step failed or refused (e.g. the grading sandbox cannot start);
3 autograde or feedback finished, but some submissions were flagged, skipped or withheld, or
a student's feedback ran over its budget (see the table).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
from pathlib import Path

from nngrade import batch, feedback, gradesum, manifest, spreadsheet
from nngrade.exchange import FORGED_MARK, WITHHELD
from nngrade.hubexchange.store import is_store
from nngrade.sandbox import SandboxUnavailable
from nngrade.siteconfig import exchange_root
from nngrade.solutions import solution_lines
from nngrade.student_ids import InvalidStudentId

HERE = Path(__file__).resolve().parent


FLAGGED = 3  # exit code: finished, but something needs the instructor's eye

# The leak scans come from the assignment's manifest: `release_markers()` (anything of these in
# the student version means solutions or hidden tests leaked) and `feedback_markers()` (text
# that only hidden tests contain: student answers may legitimately contain anything else, even
# a copy of the rubric; the check is that no hidden test reaches the feedback).


def run_nbgrader(args, ns, **kw):
    proc = batch.nbgrader(args, ns.course, env=batch.venv_env(exchange_env(ns)), check=False, **kw)
    sys.stdout.write(proc.stdout)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr[-4000:])
        raise SystemExit(f"nbgrader {args[0]} failed (exit {proc.returncode})")
    warnings = nbgrader_warnings(proc.stderr)
    if warnings:  # e.g. collect's "cheating attempt?"
        sys.stderr.write("\n".join(warnings) + "\n")
    return proc


def nbgrader_warnings(stderr: str) -> list[str]:
    """nbgrader's WARNING/ERROR log records (with their continuation lines) from its stderr."""
    out, keep = [], False
    for line in stderr.splitlines():
        if re.match(r"\[\w+Apps?\S*\s*\|", line) or re.match(r"\[[A-Z]", line):
            keep = bool(
                re.match(r"\[(\w+\s*\|\s*)?(WARNING|ERROR|CRITICAL)\b", line)
                or re.match(r"\[[WEC] ", line)
            )
        if keep and line.strip():
            out.append(line)
    return out


def exchange_env(ns) -> dict:
    return {"NN_BACKPROP_EXCHANGE": str(ns.exchange)}


def ensure_exchange(path: Path) -> None:
    """nbgrader needs an existing exchange root that every user can write to: 1777, so that
    nobody can rename or remove another's folder in it (with 777 a student can replace the
    course's folder with their own). A hub's hand-in store stays the grader's, 0700."""
    if is_store(path):
        return
    path.mkdir(parents=True, exist_ok=True)
    if path.stat().st_mode & 0o1777 != 0o1777 and os.access(path, os.W_OK):
        try:
            path.chmod(0o1777)
        except PermissionError:
            pass


def scan_release(course: Path, m: manifest.Manifest) -> list[str]:
    """Problems in the student version: solution code, hidden tests, grader internals."""
    import nbformat

    problems = []
    release = course / "release" / m.name
    notebooks = sorted(release.glob("*.ipynb"))
    if not notebooks:
        return [f"no notebooks in {release}"]
    missing = sorted(set(m.notebook_names) - {p.stem for p in notebooks})
    if missing:
        problems.append(f"{release}: the manifest's {', '.join(missing)} not generated")
    for path in notebooks:
        text = path.read_text()
        for marker in m.release_markers():
            if marker in text:
                problems.append(f"{path.name}: contains {marker!r}")
        code = "\n".join(
            c.source for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code"
        )
        for line in solution_lines(course / "source" / m.name / path.name):
            if line in code:
                problems.append(f"{path.name}: solution line {line!r}")
    return problems


KEEP_IN_FEEDBACK = ("timestamp.txt", "submission_secret.txt", WITHHELD)


def scan_feedback(course: Path, m: manifest.Manifest, withhold: bool = False) -> list[str]:
    """Problems in feedback/: a hidden test in a page, or a file that is not a page of one of
    the assignment's notebooks (an extra file of the submission). With `withhold`, each
    problem file is removed or listed in the folder's withheld list, so `return` skips it."""
    import stat

    notebooks = set(m.notebook_names)
    problems = []
    for folder in sorted((course / "feedback").glob(f"*/{m.name}")):
        withheld = []
        for path in sorted(folder.iterdir()):
            rel = path.relative_to(course)
            mode = path.lstat().st_mode
            if path.name in KEEP_IN_FEEDBACK and stat.S_ISREG(mode):
                continue
            if not stat.S_ISREG(mode) or path.suffix != ".html" or path.stem not in notebooks:
                problems.append(f"{rel}: not a feedback page of this assignment")
                if withhold:
                    shutil.rmtree(path) if stat.S_ISDIR(mode) else path.unlink()
                continue
            text = path.read_text(errors="replace")
            hits = [marker for marker in m.feedback_markers() if marker in text]
            if hits:
                problems.append(f"{rel}: contains {hits[0]!r}")
                withheld.append(path.name)
        if withhold and withheld:
            (folder / WITHHELD).write_text("\n".join(withheld) + "\n")
    return problems


# ----------------------------------------------------------------------------- subcommands


def cmd_generate(ns):
    run_nbgrader(["generate_assignment", ns.assignment.name, "--force"], ns)
    problems = scan_release(ns.course, ns.assignment)
    if problems:
        raise SystemExit("The student version leaks:\n  " + "\n  ".join(problems))
    print(
        f"Student version in {ns.course / 'release' / ns.assignment.name} "
        "(scanned: no solutions, no hidden tests)."
    )


def cmd_release(ns):
    ensure_exchange(ns.exchange)
    run_nbgrader(["release_assignment", ns.assignment.name, "--force"], ns)
    print(f"Released {ns.assignment.name} to the exchange {ns.exchange}.")


def cmd_collect(ns):
    ensure_exchange(ns.exchange)
    proc = run_nbgrader(["collect", ns.assignment.name, "--update"], ns)
    forged = [line for line in nbgrader_warnings(proc.stderr) if FORGED_MARK in line]
    if forged:
        print(
            f"{len(forged)} submission folder(s) not owned by the student they name were "
            "flagged and not collected (see above).",
            file=sys.stderr,
        )
    print(
        f"Submissions of {len(batch.students_of(ns.course, ns.assignment.name))} students "
        f"in {ns.course / 'submitted'}."
    )
    if forged:
        raise SystemExit(FLAGGED)


def report_skipped(problems: list[str]) -> None:
    """Folders whose name is no valid student id: said on stderr, never graded."""
    for line in problems:
        print(f"skipped: {line}", file=sys.stderr)


def cmd_autograde(ns):
    skipped = [] if ns.student else batch.submitted_folders(ns.course, ns.assignment.name)[1]
    report_skipped(skipped)
    if ns.merge:
        outcomes = batch.merge_shards(ns.course, ns.assignment.name)
    else:
        try:
            outcomes = batch.autograde(
                ns.course,
                ns.assignment.name,
                ns.student or None,
                jobs=ns.jobs,
                budget=ns.budget,
                progress=not ns.quiet,
                shard=batch.parse_shard(ns.shard) if ns.shard else None,
            )
        except SandboxUnavailable as exc:
            raise SystemExit(f"Autograde refused; nothing was graded.\n{exc}") from None
        except InvalidStudentId as exc:
            raise SystemExit(f"{exc}; nothing was graded.") from None
        except ValueError as exc:
            raise SystemExit(str(exc)) from None
        if ns.shard:
            print(
                f"Shard {ns.shard}: {len(outcomes)} students graded; once every shard is done, "
                "`course.py autograde --merge` records them."
            )
            return
    print(batch.format_table(outcomes))
    print(f"Summary written to {ns.course / 'autograded' / 'summary.csv'}")
    if skipped:
        print(f"{len(skipped)} folder(s) of submitted/ skipped: not valid student ids (see above).")
    if skipped or any(o.flags for o in outcomes):
        raise SystemExit(FLAGGED)


def cmd_feedback(ns):
    try:
        runs, skipped = feedback.generate(
            ns.course,
            ns.assignment.name,
            ns.student,
            env=exchange_env(ns),
            jobs=ns.jobs,
            budget=ns.budget,
        )
    except InvalidStudentId as exc:
        raise SystemExit(f"{exc}; no feedback written.") from None
    report_skipped(skipped)
    failed = [f"{run.student}: {run.problem}" for run in runs if run.problem]
    problems = scan_feedback(ns.course, ns.assignment, withhold=True)
    print(f"Feedback written for {len(runs) - len(failed)} of {len(runs)} students.")
    if failed:
        print(
            f"No feedback (budget {ns.budget:g} s each; the others' feedback is fine):\n  "
            + "\n  ".join(failed)
        )
    if problems:
        print(
            "Withheld from release (the other students' feedback is fine):\n  "
            + "\n  ".join(problems)
        )
    if failed or problems or skipped:
        raise SystemExit(FLAGGED)
    print(f"Feedback in {ns.course / 'feedback'} (scanned: no hidden tests, no stray files).")


def cmd_return(ns):
    ensure_exchange(ns.exchange)
    problems = scan_feedback(
        ns.course, ns.assignment, withhold=True
    )  # never release what the scan flags
    for line in problems:
        print(f"withheld: {line}")
    run_nbgrader(["release_feedback", ns.assignment.name], ns)
    course = course_id(ns.course)
    option = f" --course {course}" if course else ""
    print(
        "Feedback is in the exchange; students press Fetch Feedback in the Assignments tab, or "
        f"run `nbgrader fetch_feedback {ns.assignment.name}{option}`."
    )


def course_id(course: Path) -> str | None:
    """`CourseDirectory.course_id` as the course's nbgrader_config.py sets it (read, not run:
    running it installs the grading sandbox in this process)."""
    try:
        text = (course / "nbgrader_config.py").read_text()
    except OSError:
        return None
    found = re.search(r"^c\.CourseDirectory\.course_id\s*=\s*[\"']([^\"']+)[\"']", text, re.M)
    return found.group(1) if found else None


def verify_grades(course: Path) -> tuple[list[str], list[str]]:
    """(problems, changes by hand) of every submission in the gradebook against its checksum."""
    from nbgrader.api import Gradebook

    problems, by_hand = [], []
    names = [m.name for m in manifest.assignments(course)]
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        for name in names:
            for student in gb.students:
                try:
                    gb.find_submission(name, student.id)
                except Exception:  # noqa: BLE001 - no submission, nothing recorded
                    continue
                p, h = gradesum.verify(gb, course, name, student.id)
                problems += p
                by_hand += h
    return problems, by_hand


def cmd_export(ns):
    problems, by_hand = verify_grades(ns.course)
    for line in by_hand:
        print(f"set by hand after autograde: {line}")
    if problems and not ns.accept_changed_grades:
        raise SystemExit(
            "Grades do not match what the autograde recorded; not exported:\n  "
            + "\n  ".join(problems)
            + "\nRe-run `course.py autograde` for these "
            "students, or pass --accept-changed-grades after checking them."
        )
    out = Path(ns.output).resolve()
    run_nbgrader(["export", "--to", str(out)], ns)
    changed = spreadsheet.safe_cells(out)
    if changed:
        print(f"{changed} cell(s) that a spreadsheet would read as a formula start with ' now.")
    print(f"Grades written to {out}")


def cmd_validate(ns):
    """The students' checker, run in the grading sandbox on copies of the notebooks (an
    instructor may run it on anybody's submission)."""
    from nngrade import sandbox
    from nngrade.sandbox import read_regular

    script = read_regular(ns.course / "source" / ns.assignment.name / "check_notebook.py", 2**20)
    files, names = {"check_notebook.py": script or b""}, []
    for extra in ns.assignment.files:  # what the checker and the test cells import
        if extra.name.endswith(".py") and extra.name not in files:
            data = read_regular(ns.course / "source" / ns.assignment.name / extra.name, 2**22)
            if data is not None:
                files[extra.name] = data
    for i, nb in enumerate(ns.notebooks):
        data = read_regular(nb, 20 * 2**20)
        if data is None:
            raise SystemExit(f"{nb}: not a regular file of at most 20 MB; not checked")
        name = Path(nb).name
        name = name if name not in files else f"{i:02d}-{name}"
        files[name] = data
        names.append(name)
    try:
        proc = sandbox.run(
            [sys.executable, "check_notebook.py", *names],
            files=files,
            packages=sandbox.PACKAGES,
            timeout=600,
        )
    except SandboxUnavailable as exc:
        raise SystemExit(f"Validation refused.\n{exc}") from None
    sys.stdout.write(proc.stdout.decode(errors="replace"))
    if proc.returncode not in (0, 1):  # 1: a check failed, already said in plain words
        sys.stderr.write(proc.stderr.decode(errors="replace")[-4000:])
    raise SystemExit(proc.returncode)


def cmd_scan(ns):
    problems = scan_release(ns.course, ns.assignment) + scan_feedback(ns.course, ns.assignment)
    print("\n".join(problems) or "release and feedback: no solutions, no hidden tests")
    raise SystemExit(1 if problems else 0)


def per_student_runs(p: argparse.ArgumentParser, budget_env: str, default: float) -> None:
    """--student, --jobs and --budget of a step that runs one nbgrader process per student."""
    p.add_argument("--student", action="append", help="only this student (repeatable)")
    p.add_argument(
        "--jobs", type=int, default=None, help="parallel runs (default: one per core, plus one)"
    )
    p.add_argument(
        "--budget",
        type=float,
        default=float(os.environ.get(budget_env, default)),
        help=f"seconds allowed per student (default {default:g})",
    )


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="course.py",
        description=__doc__.splitlines()[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="\n".join(__doc__.splitlines()[1:]),
    )
    # The common options work before or after the subcommand: each subcommand knows them too,
    # with no default of its own, so that one given before it is not overwritten.
    common = argparse.ArgumentParser(add_help=False)
    for defaults, parent in ((None, parser), (argparse.SUPPRESS, common)):
        parent.add_argument(
            "--course", type=Path, default=defaults or HERE, help="the nbgrader course directory"
        )
        parent.add_argument(
            "--exchange",
            type=Path,
            default=defaults,
            help="the exchange root shared with students (default: "
            "$NN_BACKPROP_EXCHANGE, else a site-wide nbgrader config's "
            "Exchange.root, else exercises/.exchange)",
        )
        parent.add_argument(
            "--assignment",
            default=defaults,
            help="the assignment (a folder with a manifest.toml; default: the only one)",
        )
    sub = parser.add_subparsers(dest="command", required=True)
    add_parser = sub.add_parser
    sub.add_parser = lambda *a, **kw: add_parser(*a, parents=[common], **kw)
    sub.add_parser("generate", help="make the student version (release/<assignment>) and scan it")
    sub.add_parser("release", help="release the assignment to the exchange")
    sub.add_parser("collect", help="collect submissions from the exchange")
    p = sub.add_parser(
        "autograde", help="grade every submission, in parallel, one process per student"
    )
    per_student_runs(p, "NN_BACKPROP_STUDENT_BUDGET", 300)
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument(
        "--shard",
        metavar="I/N",
        help="grade only the I-th of N slices of the class "
        "(0 <= I < N) and keep the results for --merge",
    )
    p.add_argument("--merge", action="store_true", help="record the results of every --shard run")
    p = sub.add_parser("feedback", help="generate HTML feedback without hidden tests")
    per_student_runs(p, "NN_BACKPROP_FEEDBACK_BUDGET", feedback.DEFAULT_BUDGET)
    sub.add_parser("return", help="release the feedback to the exchange")
    p = sub.add_parser(
        "export", help="export grades to CSV (after checking them against the autograde)"
    )
    p.add_argument("--output", default="grades.csv", help="CSV file (default: grades.csv)")
    p.add_argument(
        "--accept-changed-grades",
        action="store_true",
        help="export even if automatic scores changed since the autograde",
    )
    p = sub.add_parser("validate", help="check notebooks like a student would (exit 1 on failure)")
    p.add_argument("notebooks", nargs="+")
    sub.add_parser("scan", help="check release/ and feedback/ for solutions or hidden tests")
    ns = parser.parse_args(argv)
    ns.course = ns.course.resolve()
    ns.exchange = Path(ns.exchange or exchange_root(ns.course)).resolve()
    if ns.command != "export":  # nbgrader exports every assignment at once
        try:
            ns.assignment = manifest.find(ns.course, ns.assignment)
        except manifest.ManifestError as exc:
            parser.error(str(exc))
    return ns


def main(argv=None):
    ns = parse_args(argv)
    {
        "generate": cmd_generate,
        "release": cmd_release,
        "collect": cmd_collect,
        "autograde": cmd_autograde,
        "feedback": cmd_feedback,
        "return": cmd_return,
        "export": cmd_export,
        "validate": cmd_validate,
        "scan": cmd_scan,
    }[ns.command](ns)


if __name__ == "__main__":
    main()
